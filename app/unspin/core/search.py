"""Finding words in a text the way a reader sees them (no Qt here): the window's Find.

The text and the query are compared in Unicode's composed form (NFC), so "café" typed with a
composed "é" finds a "café" written with "e" and a combining accent, and the other way round (text
pasted from a PDF is often decomposed). The matches are returned as code-point offsets into the
text itself, never the composed copy.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

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


def find_all(text: str, query: str, match_case: bool = False) -> list[tuple[int, int]]:
    """(start, end) code-point offsets in ``text`` of every match of ``query`` (not overlapping),
    in text order; case-insensitive unless ``match_case``."""
    if not query:
        return []
    composed = _Composed(text)
    query = unicodedata.normalize("NFC", query)
    flags = 0 if match_case else re.IGNORECASE
    spans = (m.span() for m in re.finditer(re.escape(query), composed.nfc, flags))
    if not composed._breaks:
        return list(spans)
    return [(composed.back(a), composed.back(b, end=True)) for a, b in spans]
