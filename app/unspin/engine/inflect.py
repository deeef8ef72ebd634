"""Fitting a restored phrase to the words it replaces: inflection and capitalisation."""
from __future__ import annotations

from functools import lru_cache

# Penn tags that mark an inflected form worth reproducing on the replacement.
INFLECTED_TAGS = frozenset({"NNS", "NNPS", "VBD", "VBN", "VBG", "VBZ", "JJR", "JJS", "RBR", "RBS"})
# Comparatives and superlatives: a word of a phrase other than its head does not take them ("high
# precedence" is not in "higher precedence"; matcher._word_matches, restorer._site_at).
DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
# Words that are a degree already: never "more more".
_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "fewer", "fewest", "further", "furthest",
                           "farther", "farthest", "better", "best", "worse", "worst"})


# Nouns whose usual plural in news prose is the word itself (besides "-craft": aircraft, spacecraft).
_SAME_PLURAL = frozenset({"offspring", "staff", "fish", "salmon", "trout", "cod", "shrimp", "swine", "deer"})


def _verb_base(word: str) -> str:
    """The base form of a verb a row's repair already writes inflected ("voted" for a spun "cast a
    ballot"): inflecting "voted" again to the text's "casting" gave "voteding"."""
    from lemminflect import getInflection, getLemma

    base = getLemma(word, upos="VERB")
    if base and base[0] != word:
        forms = {f for t in ("VBD", "VBN", "VBG") for f in getInflection(base[0], tag=t)}
        if word in forms:
            return base[0]
    return word


def _already_plural(word: str) -> bool:
    """A plural already, the plural of another lemma: irregular ("children", "women", "criteria") or
    regular ("credits", "homes"). Inflected again, the irregular took an "-s" ("women and childrens"
    for a tortured "ladies and youngsters", helper tortured24) and the regular an "-es" (a lemma
    match of the row "tax credit" -> "tax credits" wrote "tax creditses"). A word that is its own
    lemma ("bus", "status", "news") is no plural and inflects as before."""
    from lemminflect import getInflection, getLemma

    return any(base != word and word in getInflection(base, tag="NNS") for base in getLemma(word, upos="NOUN"))


_VERB_FORM_TAGS = ("VBZ", "VBD", "VBN", "VBG")


@lru_cache(maxsize=20000)
def verb_forms(word: str) -> tuple[str, str, str, str] | None:
    """A verb's third person, past, past participle and -ing form (as :func:`inflect_word` gives
    each, in one look-up for a verb of lemminflect's dictionary); None for a word in -ed or -ing
    that is no verb's base there ("wanting", "covered"; not "bring", "speed"): a form already."""
    from lemminflect import getAllInflections

    known = getAllInflections(word, upos="VERB")
    if known:
        return tuple((known.get(tag) or (inflect_word(word, tag),))[0] for tag in _VERB_FORM_TAGS)
    if word.endswith(("ed", "ing")):
        return None
    return tuple(inflect_word(word, tag) for tag in _VERB_FORM_TAGS)


@lru_cache(maxsize=20000)
def inflect_word(lemma: str, tag: str) -> str:
    """``lemma`` inflected to the Penn ``tag`` (e.g. say + VBD -> said); unchanged if unknown."""
    if tag not in INFLECTED_TAGS:
        return lemma
    stem, hyphen, last = lemma.rpartition("-")
    if hyphen and stem and last.isalpha():
        return f"{stem}-{inflect_word(last, tag)}"   # "start-up" -> "start-ups", "fine-tune" -> "fine-tuned"
    if not lemma.isalpha():
        return lemma
    from lemminflect import getInflection

    if tag in DEGREE_TAGS:
        # Only the degrees lemminflect's dictionary holds: its rules for unknown words make
        # "vulnerabler" and "importanter" (a restored "weaker" read "vulnerabler"). The rest compare
        # with "more" and "most", as English does for long adjectives and for "-ly" adverbs.
        forms = getInflection(lemma, tag=tag, inflect_oov=False)
        if forms or lemma in _DEGREE_WORDS:
            return forms[0] if forms else lemma
        return ("more " if tag in ("JJR", "RBR") else "most ") + lemma
    if tag.startswith("VB") and lemma.endswith(("ed", "ing")):
        lemma = _verb_base(lemma)
    if tag in ("NNS", "NNPS") and _already_plural(lemma):
        return lemma   # a repair that writes an irregular plural: "children", never "childrens"
    forms = getInflection(lemma, tag=tag)
    if tag in ("NNS", "NNPS") and lemma in forms and (lemma.endswith("craft") or lemma in _SAME_PLURAL):
        # lemminflect lists the rarer "-s" plural first for these ("military aircrafts"); it also
        # lists the bare word for nouns that never take it ("company"), so only these keep it.
        return lemma
    if forms:
        return forms[0]
    # lemminflect knows no such word for this tag (a word from another class): regular rules.
    if tag in ("NNS", "NNPS"):
        return lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")
    return lemma


# A phrasal verb's particle never takes a verb's ending: a repair "set up" whose row marks no head
# word (the last is the default) inflects the verb before the particle ("were set upped" otherwise).
_PARTICLES = frozenset("up down out off on in over back away through along around apart together forward aside about".split())
_VERB_ENDINGS = frozenset({"VBD", "VBN", "VBZ", "VBG"})


def past_as_base(form: str, lemma: str, tag: str) -> bool:
    """A past tense or participle written as its own base form ("shut", "cut", "put", "set"):
    the word does not show its inflection, the tag does, so a repair keyed by the base form must
    still take it ("will shut its doorways" -> "close", "has shut its doorways" -> "closed")."""
    return tag in ("VBD", "VBN") and form == lemma


def inflect_phrase(phrase: str, head: int, tag: str) -> str:
    words = phrase.split(" ")
    if 0 <= head < len(words):
        if head > 0 and tag in _VERB_ENDINGS and words[head].lower() in _PARTICLES:
            head -= 1
        words[head] = inflect_word(words[head], tag)
    return " ".join(words)


def match_case(replacement: str, original: str, sentence_start: bool = False) -> str:
    """Give ``replacement`` the capitalisation of ``original``. An original that starts with no
    letter ("1000's of") says nothing about the first letter: it is capitalised where the original
    starts a sentence ("Thousands of residents ..."), kept as written elsewhere."""
    if replacement and original[:1] and not original[:1].isalpha():
        if sentence_start and replacement[:1].islower():
            return replacement[:1].upper() + replacement[1:]
        return replacement
    letters = [c for c in original if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    if letters[0].islower() and replacement[:1].isupper() and not _looks_like_name(replacement):
        return replacement[:1].lower() + replacement[1:]
    return replacement


def _looks_like_name(text: str) -> bool:
    # "White House", "U.S.": a replacement written capitalised in the lexicon stays capitalised.
    return any(c.isupper() for c in text[1:]) or " " in text and text.split(" ")[1][:1].isupper()


# Personal pronouns are not inflections of one another when a row is matched: "ahead of he" (a
# spun "before he") must not take "ahead of him", whose lemma spaCy gives as "he"; nor "ahead of
# they" the ordinary "the season ahead of them".
_PRONOUN_LEMMAS = frozenset({"he", "she", "they", "we", "i"})


def matching_lemma(lower: str, lemma: str) -> str:
    """The lemma a lexicon row's lowercase word is compared with: the word's own form for a
    personal pronoun, else its lemma (both lowercase)."""
    return lower if lemma in _PRONOUN_LEMMAS else lemma


def token_words(doc) -> tuple[list[str], list[str], list[str], list[bool]]:
    """A paragraph's tokens as plain lists, read once (each ``doc[i]`` builds a Token object): their
    texts, lowercase forms, matching lemmas (:func:`matching_lemma`) and whether each is glued to the
    next (no space after it). The matcher reads them and hands them on to the restorer."""
    texts, lowers, lemmas, glued = [], [], [], []
    for tok in doc:
        texts.append(tok.text)
        lower = tok.lower_
        lowers.append(lower)
        lemmas.append(matching_lemma(lower, tok.lemma_.lower()))
        glued.append(tok.whitespace_ == "")
    return texts, lowers, lemmas, glued
