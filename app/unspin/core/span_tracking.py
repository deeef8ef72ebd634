"""Keeping suggestion spans attached to their words while the user types (no Qt here).

All offsets are code points of the repaired (right-pane) text. The window converts Qt's UTF-16
positions through :class:`unspin.core.offsets.OffsetMap` before calling in here.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True)
class TextChange:
    pos: int
    removed: str
    added: str

    @property
    def end(self) -> int:
        return self.pos + len(self.removed)


def diff_change(old: str, new: str, hint: int | None = None) -> TextChange | None:
    """The single replacement that turns ``old`` into ``new``.

    ``hint`` is where the editor says the change began; when typing repeats a neighbouring letter
    ("off" + "f") several positions explain the change, and the hint picks the one the user made,
    so a letter typed just after a suggestion does not count as typed inside it.
    """
    if old == new:
        return None
    limit = min(len(old), len(new))
    prefix = _common_prefix(old, new, limit if hint is None else min(limit, max(hint, 0)))
    suffix = _common_suffix(old, new, limit - prefix)
    return TextChange(prefix, old[prefix:len(old) - suffix], new[prefix:len(new) - suffix])


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix of a and b, at most ``limit``; string slices compare in C, so a
    keystroke at the end of a 200,000-word text costs a few compares, not a Python loop over it."""
    if a[:limit] == b[:limit]:
        return limit
    lo, hi = 0, limit          # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    while lo < hi and a[lo] == b[lo]:
        lo += 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix of a and b, at most ``limit``."""
    la, lb = len(a), len(b)
    if limit <= 0:
        return 0
    if a[la - limit:] == b[lb - limit:]:
        return limit
    lo, hi = 0, limit          # same last lo characters; the last hi differ
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid
    while lo < hi and a[la - 1 - lo] == b[lb - 1 - lo]:
        lo += 1
    return lo


def _continues_word(text: str) -> bool:
    return bool(text) and all(c.isalnum() or c in "'’-" or 0x300 <= ord(c) <= 0x36F for c in text)


def apply_change(spans: list[Span], change: TextChange, extend: int | None = None
                 ) -> tuple[list[Span], list[int], list[int]]:
    """Move spans through one text change.

    Returns (new spans, touched, dropped): *touched* are the indexes of spans whose words the
    change rewrote (their new span covers the typed text), *dropped* those the change swallowed
    whole together with text around them (they collapse to an empty span and stop applying).
    Typing right before or right after a span is not typing inside it, except that letters typed
    at the end of span ``extend`` (the one the user is retyping) continue its word.
    """
    pos, end = change.pos, change.end
    delta = len(change.added) - len(change.removed)
    # Spans are in text order and never overlap, so only those from the first one ending at or
    # after the change to the last one starting before its end need a look: the ones before stay,
    # the ones after move by delta (a document may hold tens of thousands of spans).
    lo = _first_ending_at_or_after(spans, pos)
    hi = max(bisect_left(spans, (end, -1), lo), lo)
    if extend is not None and extend >= hi and extend < len(spans) and spans[extend][1] == pos:
        hi = extend + 1
    out: list[Span] = spans[:lo]
    touched: list[int] = []
    dropped: list[int] = []
    floor = spans[lo - 1][1] if lo else 0  # typed text is given to the first span it overlaps, never to two
    for i in range(lo, hi):
        s, e = spans[i]
        if s >= end:
            new = (s + delta, e + delta)
        elif i == extend and e == pos and not change.removed and _continues_word(change.added):
            new = (s, e + len(change.added))
            touched.append(i)
        elif e <= pos:
            new = (s, e)
        elif pos <= s and e <= end and (pos < s or e < end):
            new = (pos + len(change.added), pos + len(change.added))
            dropped.append(i)
        else:
            ns = max(min(s, pos), floor)
            ne = max(max(e + delta, pos + len(change.added)), ns)
            new = (ns, ne)
            touched.append(i)
        out.append(new)
        floor = max(floor, new[1])
    if delta:
        out.extend([(s + delta, e + delta) for s, e in spans[hi:]])
    else:
        out.extend(spans[hi:])
    return out, touched, dropped


def _first_ending_at_or_after(spans: list[Span], pos: int) -> int:
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def map_offset(offset: int, from_spans: list[Span], to_spans: list[Span]) -> int:
    """Map an offset between the two panes using the suggestions as anchors.

    Between two suggestions both texts hold the same words (unless the user typed there), so an
    offset keeps its distance from the end of the previous suggestion, clamped before the next.
    """
    n = min(len(from_spans), len(to_spans))
    k = bisect_right(from_spans, (offset, float("inf")), 0, n)   # spans starting at or before offset
    if k == 0:
        return min(offset, to_spans[0][0]) if n else offset
    fs, fe = from_spans[k - 1]
    ts, te = to_spans[k - 1]
    if offset < fe:
        return ts + min(offset - fs, max(te - ts - 1, 0))
    if k < n:
        return min(te + (offset - fe), to_spans[k][0])
    return te + (offset - fe)
