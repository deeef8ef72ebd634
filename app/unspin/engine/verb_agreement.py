"""Keep a repaired verb in agreement with its subject ("They must discover" -> "They need to find").

An observed swap records the original as it stood in its own sentence: "must discover" stood for
"needs to find" after a singular subject, "used to be" for "was", "can" for "is". A modal or "used
to" carries no person, so the spun form fits any subject, but the repair does not: applied after
"they" or "the officials" it would write "they needs to find", "the officials was". The repair's
first word is put in the plural where the word before the span is a plural subject: a plural
personal pronoun or a plural common noun (skipping one adverb: "they also must"). A singular or
unclear subject leaves the repair as it is, which is how it was observed.

Text only, like :mod:`articles`: the words before a suggestion and lemminflect, no parse.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from unspin.engine.quantifiers import is_plural_noun

# Spun forms whose first word carries no person: a repair after them must take the subject's.
_PERSONLESS = frozenset("must can could will would should shall may might used ought".split())
# Singular-only forms of the verbs an observed repair starts with, and their plural.
_IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
# The one adverb a subject and its verb may have between them here ("they also must").
_ADVERB = re.compile(r"^(?:also|still|now|then|often|never|just|only|already|too|all|both)$|^[a-z]+ly$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_LOOK_BACK = 64


@lru_cache(maxsize=2048)
def plural_verb(word: str, subject: str = "") -> str | None:
    """The plural of a third-person singular verb form ("needs" -> "need", "is" -> "are"; "am"
    after "I"), or None if ``word`` is not one."""
    low = word.lower()
    if subject.lower() == "i" and low in ("is", "was"):
        return "am" if low == "is" else None   # "I was" agrees already
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if not low.endswith("s") or low.endswith("ss"):
        return None
    from lemminflect import getAllInflections, getAllLemmas

    for lemma in getAllLemmas(low).get("VERB", ()):
        if low in getAllInflections(lemma, upos="VERB").get("VBZ", ()):
            return lemma
    return None


def _subject_before(text: str, start: int) -> str | None:
    """The word before ``start`` (or before one adverb there) if it is a plural subject."""
    end = start
    for _ in range(2):
        # within the last few dozen characters: a search from the text's start per suggestion
        # would be quadratic on a long document
        m = _WORD_BEFORE.search(text, max(0, end - _LOOK_BACK), end)
        if m is None:
            return None
        word = m.group(1)
        low = word.lower()
        if low in _PLURAL_PRONOUNS or (not word[:1].isupper() and is_plural_noun(word)):
            return word
        if not _ADVERB.match(low):
            return None
        end = m.start()
    return None


def _agreed(text: str, s):
    original = s.original.split()
    words = s.replacement.split(" ")
    if not original or not words or original[0].lower() not in _PERSONLESS:
        return s
    if words[0].lower() in _PERSONLESS:
        return s   # a modal repaired to a modal: still no person
    subject = _subject_before(text, s.start)
    if subject is None:
        return s
    plural = plural_verb(words[0], subject)
    if plural is None:
        return s

    def agreeing(phrase: str) -> str:
        head, _, rest = phrase.partition(" ")
        form = plural_verb(head, subject)
        if form is None:
            return phrase
        if head[:1].isupper():
            form = form[:1].upper() + form[1:]
        return form + (" " + rest if rest else "")

    fixed = agreeing(s.replacement)
    return replace(s, replacement=fixed, first_choice=fixed, alternatives=[agreeing(a) for a in s.alternatives])


def agree_verbs(text: str, suggestions: list) -> list:
    """The suggestions, with a personless spun verb's repair put in the plural after a plural subject."""
    return [_agreed(text, s) for s in suggestions]
