"""The one-line reason a suggestion shows, told with the words the text actually has.

A lexicon note often quotes examples ('"senior officers" / "administration officers" are spun
"officials"'). Shown on "Chinese officers" such a note quotes words that are not there, which reads
as a mistake. So a note is shown only when every phrase it quotes is in the sentence, before or
after the repair (inflections count: "officer" matches "officers"). Otherwise the reason is
written from the match itself, with the neighbouring word that the entry's context conditions
read ('"Chinese officers" is a typical article-spinner swap for "Chinese officials".').
Only the note's first sentence counts, for the check as for the showing: what follows it is the
maintainers' remark (:func:`unspin.engine.lexicon.shown_note`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

WINDOW = 12  # words either side of a match where a note's quoted phrases are looked for
_QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
_WORD = re.compile(r"[\w.]+")  # "institution’s" is "institution" + "s", "high-level" "high" + "level"
_OPENING = "\"“‘'([{"
_CLOSING = "\"”’'.,;:!?)]}"
# Conditions that read the word just before the match, or just after it.
READS_PREVIOUS = frozenset({"after", "after_lemma", "after_det", "after_noun", "after_pos", "after_tag",
                            "after_num", "after_capitalized"})
READS_NEXT = frozenset({"before", "before_lemma", "before_noun", "before_pos", "before_tag",
                        "before_capitalized", "modifier"})


@lru_cache(maxsize=200_000)   # a pure function of the word, asked at every match; words recur
def _stem(word: str) -> str:
    w = word.lower().strip(".")
    for suffix in ("ies", "es", "s", "ed", "d", "ing"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text)]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


@lru_cache(maxsize=4096)
def _quoted_words(note: str) -> tuple[list[str], ...]:
    """The words of each phrase the note quotes (a note is read at every match of its entry)."""
    return tuple(_words(m.group(1) or m.group(2)) for m in _QUOTED.finditer(note))


def note_fits(note: str, sentence: str, repaired_sentence: str) -> bool:
    """Every phrase the note quotes occurs in the sentence as written or as repaired."""
    before, after = _words(sentence), None
    for quoted in _quoted_words(note):
        if quoted and not _contains(before, quoted):
            if after is None:
                after = _words(repaired_sentence)
            if not _contains(after, quoted):
                return False
    return True


def _neighbour(doc: Doc, i: int):
    if 0 <= i < len(doc) and not doc[i].is_punct and not doc[i].is_space:
        return doc[i]
    return None


def context_words(doc: Doc, first: int, last: int, conditions) -> tuple[str, str]:
    """The text before and after the match that its entry's conditions looked at ('' if none):
    "Chinese " for an entry that applies after "Chinese"."""
    names = {c.name for c in conditions if not c.negate}
    before = after = ""
    # A few tokens around the match, not ``doc.text`` (rebuilt from every token on each access:
    # read per candidate, it made long paragraphs quadratic). Offsets below are the doc's.
    window = doc[max(0, first - 8):min(len(doc), last + 9)]
    base, text = window.start_char, window.text
    limit = base + len(text)
    if names & READS_PREVIOUS:
        prev = _neighbour(doc, first - 1)
        if prev is not None:
            lo = prev.idx  # the whole written word: "China’s", "human-like", not "’s", "like"
            while lo > base and not text[lo - 1 - base].isspace():
                lo -= 1
            while lo < prev.idx and text[lo - base] in _OPENING:
                lo += 1
            before = text[lo - base:doc[first].idx - base]
    if names & READS_NEXT:
        nxt = _neighbour(doc, last + 1)
        if nxt is not None:
            end = doc[last].idx + len(doc[last].text)
            hi = nxt.idx + len(nxt.text)
            while hi < limit and not text[hi - base].isspace():
                hi += 1
            while hi > nxt.idx + len(nxt.text) and text[hi - 1 - base] in _CLOSING:
                hi -= 1
            after = text[end - base:hi - base]
    return before, after


def explain(entry, doc: Doc, positions: tuple[int, ...], original: str, replacement: str) -> str:
    """The reason for replacing ``original`` (the words at ``positions``) with ``replacement``."""
    first, last = positions[0], positions[-1]
    note = entry.shown_note   # the note's first sentence: the rest is the maintainers' (lexicon.py)
    if note:
        # A window of words around the match, stopping at sentence starts: notes quote near context,
        # and a bounded walk (not Token.sent, which walks the whole sentence) keeps this linear.
        lo = first
        while lo > max(0, first - WINDOW) and not doc[lo].is_sent_start:
            lo -= 1
        hi = last + 1
        while hi < min(len(doc), last + 1 + WINDOW) and not doc[hi].is_sent_start:
            hi += 1
        window = doc[lo:hi]
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        text = window.text   # the window's own tokens, not doc.text (see context_words)
        repaired = text[:start - window.start_char] + replacement + text[end - window.start_char:]
        if note_fits(note, text, repaired):
            return note
    before, after = context_words(doc, first, last, entry.conditions)
    shown, restored = f"{before}{original}{after}", f"{before}{replacement}{after}"
    if entry.category == "tortured phrase":
        return f'"{shown}" is a known tortured phrase for the standard term "{restored}".'
    return f'"{shown}" is a typical article-spinner swap for "{restored}".'
