"""Keeping suggestion spans attached to their words while the user types (no Qt here).

All offsets are code points of the repaired (right-pane) text. The window converts Qt's UTF-16
positions through :class:`unspin.core.offsets.OffsetMap` before calling in here.
"""
from __future__ import annotations

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
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    if hint is not None:
        prefix = min(prefix, max(hint, 0))
    suffix = 0
    max_suffix = limit - prefix
    while suffix < max_suffix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return TextChange(prefix, old[prefix:len(old) - suffix], new[prefix:len(new) - suffix])


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
    out: list[Span] = []
    touched: list[int] = []
    dropped: list[int] = []
    floor = 0  # typed text is given to the first span it overlaps, never to two
    for i, (s, e) in enumerate(spans):
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
    return out, touched, dropped


def map_offset(offset: int, from_spans: list[Span], to_spans: list[Span]) -> int:
    """Map an offset between the two panes using the suggestions as anchors.

    Between two suggestions both texts hold the same words (unless the user typed there), so an
    offset keeps its distance from the end of the previous suggestion, clamped before the next.
    """
    prev_from, prev_to = 0, 0
    for (fs, fe), (ts, te) in zip(from_spans, to_spans):
        if offset < fs:
            return min(prev_to + (offset - prev_from), ts)
        if offset < fe:
            return ts + min(offset - fs, max(te - ts - 1, 0))
        prev_from, prev_to = fe, te
    return prev_to + (offset - prev_from)
