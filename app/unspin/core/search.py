"""Finding words in a text the way a reader sees them (no Qt here): the window's Find.

The text and the query are compared in Unicode's composed form (NFC), so "café" finds "café"
whether the "é" is one character or "e" and a combining accent (text pasted from a PDF is often
decomposed). Their accents are folded away unless ``match_accents``: "cafe" finds "café" and
"café" finds "cafe" too; Match case does not change that. With ``match_accents``, "cafe" finds
neither "café" nor a "cafe" that a combining accent follows.

A space in the query matches any run of spaces and tabs, with at most one line break in it: words
wrapped onto the next line are found, words on either side of a blank line (a paragraph break in
plain text) are not. In a text that holds one paragraph a line (a .docx's, an .odt's:
``lines_are_paragraphs``) a line break is a paragraph break, so a space matches none -- but for
the line breaks inside a paragraph (a .docx's soft break, ``soft_breaks``), which it matches as it
matches a wrapped line's.

The matches are returned as code-point offsets into the text itself, never the folded copy; the
caller turns them into Qt's UTF-16 positions (core.offsets).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import Iterable

# The accents folded away: the combining diacritical marks (and their supplements), not the marks
# that make a letter of another script (a Devanagari virama, a kana voicing mark).
_ACCENT = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# A character with the combining marks after it: the span NFC may change.
_CLUSTER = re.compile(r".[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
                      r"\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a"
                      r"\ufe20-\ufe2f]+", re.S)


class _Composed:
    """The NFC form of a text and the way back to the text's own offsets."""

    def __init__(self, text: str):
        self.text = text
        self.nfc = text
        self._breaks: list[tuple[int, int]] = []   # (offset in nfc, offset in text), ascending
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return
        parts, pos, shift = [], 0, 0
        for m in _CLUSTER.finditer(text):
            a, b = m.span()
            composed = unicodedata.normalize("NFC", m.group())
            parts.append(text[pos:a])
            parts.append(composed)
            self._breaks.append((a + shift, a))
            shift += len(composed) - (b - a)
            self._breaks.append((b + shift, b))
            pos = b
        parts.append(text[pos:])
        # Whatever NFC composes across what no cluster holds (rare: Hangul jamo) is left as written.
        self.nfc = "".join(parts)

    def back(self, i: int, end: bool = False) -> int:
        """The text's offset of the composed text's offset ``i`` (inside a cluster: its edge)."""
        k = bisect_right(self._breaks, (i, 1 << 62)) - 1
        if k < 0:
            return i
        at, orig = self._breaks[k]
        if k % 2 == 0 and i > at:   # inside a cluster: the cluster's start, or its end for an end
            return self._breaks[k + 1][1] if end else orig
        return orig + (i - at)


class _FoldTable(dict):
    """str.translate's table: each character without its accents ("é" -> "e"), a lone accent to
    nothing; filled as characters are met, so a long text is folded at C speed."""

    def __missing__(self, code: int):
        ch = chr(code)
        if _ACCENT.fullmatch(ch):
            folded = None                     # dropped
        else:
            bare = unicodedata.normalize("NFC", _ACCENT.sub("", unicodedata.normalize("NFD", ch)))
            # One character for one: anything else (a Hangul syllable's jamo) stays as written.
            folded = bare if len(bare) == 1 and bare != ch else code
        self[code] = folded
        return folded


_FOLD = _FoldTable()


class _Folded:
    """A text folded for searching (composed; its accents dropped when ``fold_accents``), and the
    way back from the folded copy to the text's offsets."""

    def __init__(self, text: str, fold_accents: bool = True):
        self.text = text
        self.fold_accents = fold_accents
        self.composed = _Composed(text)
        nfc = self.composed.nfc
        self.folded = nfc if nfc.isascii() or not fold_accents else nfc.translate(_FOLD)
        # Only a dropped accent moves what follows; for the k-th one dropped (k from 0), where
        # the folded copy goes on (its offset in the composed text minus k).
        dropped = [m.start() for m in _ACCENT.finditer(nfc)] if len(self.folded) != len(nfc) else []
        self._dropped_at = [d - k for k, d in enumerate(dropped)]

    def back(self, i: int, end: bool = False) -> int:
        """The text's offset of the folded copy's offset ``i``: of the character that is there
        (past any accents dropped before it), so a match ending on a letter takes its accents."""
        i += bisect_right(self._dropped_at, i)
        return self.composed.back(i, end)


_last: _Folded | None = None   # the text last searched: typing a query folds the text once


def _folded(text: str, fold_accents: bool) -> _Folded:
    global _last
    if (_last is None or _last.fold_accents != fold_accents
            or _last.text is not text and _last.text != text):
        _last = _Folded(text, fold_accents)
    return _last


def fold(text: str, fold_accents: bool = True) -> str:
    """``text`` as Find compares it: composed, accents folded away (unless not ``fold_accents``)."""
    composed = unicodedata.normalize("NFC", text)
    return composed.translate(_FOLD) if fold_accents else composed


# A space in the query: spaces and tabs, with at most one line break among them (words wrapped in
# a paragraph) -- or with none, where each line is a paragraph of its own; there the line breaks
# inside a paragraph are searched as U+2028 (LINE SEPARATOR: one code point for one, so the offsets
# hold), and a space may cross one of them.
_GAP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_SOFT = "\u2028"
_GAP_IN_LINE = r"(?:[^\S\n\u2028]+(?:\u2028[^\S\n\u2028]*)?|\u2028[^\S\n\u2028]*)"
# With accents matched, a match must not end on a letter that keeps a combining accent NFC could
# not compose onto it ("q" + U+0301): the letter found would not be the one written.
_NO_ACCENT_AFTER = "(?!" + _ACCENT.pattern + ")"


def find_all(text: str, query: str, match_case: bool = False, match_accents: bool = False,
             lines_are_paragraphs: bool = False, soft_breaks: Iterable[int] = ()) -> list[tuple[int, int]]:
    """(start, end) code-point offsets in ``text`` of every match of ``query`` (not overlapping),
    in text order; case-insensitive unless ``match_case``; accents count only if ``match_accents``;
    a space in the query crosses no line break if ``lines_are_paragraphs``, but for those at the
    offsets ``soft_breaks`` (line breaks inside a paragraph)."""
    query = fold(query, fold_accents=not match_accents)
    if not query:
        return []
    if lines_are_paragraphs:
        text = _with_soft_breaks(text, soft_breaks)
    gap = _GAP_IN_LINE if lines_are_paragraphs else _GAP
    pattern = gap.join(re.escape(word) for word in re.split(r"\s+", query))
    if match_accents:
        pattern += _NO_ACCENT_AFTER
    folded = _folded(text, fold_accents=not match_accents)
    flags = 0 if match_case else re.IGNORECASE
    return [(folded.back(m.start()), folded.back(m.end(), end=True))
            for m in re.finditer(pattern, folded.folded, flags)]


def _with_soft_breaks(text: str, soft_breaks: Iterable[int]) -> str:
    """``text`` with the line breaks at ``soft_breaks`` written as U+2028 (the rest as they are)."""
    at = sorted(k for k in soft_breaks if 0 <= k < len(text) and text[k] == "\n")
    if not at:
        return text
    parts, pos = [], 0
    for k in at:
        parts.append(text[pos:k])
        parts.append(_SOFT)
        pos = k + 1
    parts.append(text[pos:])
    return "".join(parts)
