"""Carrying review decisions over to a new version of a document's text.

A user who reviews a file, saves the repaired text over it and opens it again (or whose file was
edited elsewhere) should not be asked again about what they already ignored or edited. The old
and new texts are compared with diff-match-patch; each decision's span is mapped through the diff
and kept only where the new text still has the same words at the mapped place.
"""
from __future__ import annotations

from diff_match_patch import diff_match_patch

# Comparing two versions of a long thesis must not stall the window: past this many seconds
# diff-match-patch returns a coarser (still valid) diff.
DIFF_TIMEOUT = 2.0


def offset_mapper(old_text: str, new_text: str):
    """A function mapping an offset in ``old_text`` to the matching offset in ``new_text``."""
    if old_text == new_text:
        return lambda i: i
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    diffs = dmp.diff_main(old_text, new_text, False)
    return lambda i: dmp.diff_xIndex(diffs, i)


def relocate_decisions(old_text: str, new_text: str, decisions: list[dict]) -> list[dict]:
    """The decisions (as from ``Document.decisions()``) that still apply to ``new_text``, with
    their offsets moved; decisions whose words changed or vanished are dropped."""
    mapper = offset_mapper(old_text, new_text)
    moved = []
    for d in decisions:
        try:
            start, end, original = int(d["start"]), int(d["end"]), str(d["original"])
        except (KeyError, TypeError, ValueError):
            continue
        if old_text[start:end] != original:
            continue
        new_start = mapper(start)
        new_end = new_start + (end - start)
        if new_text[new_start:new_end] != original:
            continue
        moved.append({**d, "start": new_start, "end": new_end})
    return moved
