"""The space that goes with words removed, and comes back with words put in again (no Qt here).

A suggestion edited to nothing removes its words; removing only the words leaves two spaces ("the
 vote"), or a space at the start of a line or before a full stop. A writer deleting a word deletes
one space with it: the one after the word, or the one before it where the word ended a sentence,
a clause or a line ("the vote big." -> "the vote."). Words put back into that empty place (the user
accepts the suggestion after all) get the space back on the same side.

Both functions look only at the characters around the words, so the live text the user edits and
the text rebuilt from the document (:meth:`unspin.core.model.Document.repaired_text`) take the same
space away.
"""
from __future__ import annotations

OPENERS = "([{“‘«¿¡\"'"
CLOSERS = ".,;:!?)]}”’»…%\"'"
JOINERS = "-‐‑–—/"   # a word joined to a neighbour ("big-time") has no space of its own to lose


def _gap(ch: str | None) -> bool:
    """Nothing, or white space: the edge of a line or of the text."""
    return ch is None or ch.isspace()


def space_to_drop(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> int | None:
    """Index of the one space that goes with the words ``text[start:end]`` when they are removed
    (``start == end``: words already removed from there), or None (no neighbouring space, or the words are glued to their neighbours: "(big)", "big-time").
    The space must lie in ``[lo, hi)``: not inside another suggestion's words, nor one already taken.
    """
    hi = len(text) if hi is None else hi
    before = text[start - 1] if start > 0 else None
    after = text[end] if end < len(text) else None
    if after == " " and end < hi and (_gap(before) or before in OPENERS):
        return end                     # "the big vote" -> "the vote"; "Big vote" -> "vote"
    if before == " " and start - 1 >= lo and (_gap(after) or after in CLOSERS):
        return start - 1               # "the vote big." -> "the vote."; "vote big" at a line end
    return None


def spaces_to_restore(text: str, pos: int) -> tuple[str, str]:
    """(before, after): the space to put back with words inserted at ``pos``, where words were
    removed with :func:`space_to_drop` ("the |vote" -> "the big vote", "the vote|." -> "the vote big.")."""
    before = text[pos - 1] if pos > 0 else None
    after = text[pos] if pos < len(text) else None
    if not _gap(after) and after not in CLOSERS and after not in JOINERS and (_gap(before) or before in OPENERS):
        return "", " "
    if not _gap(before) and before not in OPENERS and before not in JOINERS and (_gap(after) or after in CLOSERS):
        return " ", ""
    return "", ""


def _words_end_before(spans: list[tuple[int, int]], i: int) -> int:
    """Where the words of the nearest span before ``spans[i]`` that still has words end (0: none).
    An empty span (words already removed) has no words a space could be inside of."""
    p = i - 1
    while p >= 0 and spans[p][0] == spans[p][1]:
        p -= 1
    return spans[p][1] if p >= 0 else 0


def _runs(text: str, spans: list[tuple[int, int]], removed: list[int]) -> list[list[int]]:
    """The removed spans in groups of neighbours: spans with one space between them and nothing
    else (only empty spans) - "the big red." with "big" and "red" both removed is one group."""
    runs: list[list[int]] = []
    for i in removed:
        if runs:
            p = runs[-1][-1]
            if (all(spans[k][0] == spans[k][1] for k in range(p + 1, i))
                    and text[spans[p][1]:spans[i][0]] == " "):
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


def spaces_dropped_at(text: str, spans: list[tuple[int, int]], removed: list[int]) -> dict[int, int]:
    """The index of the space that goes with the words removed at ``spans[i]``, by ``i``, for each
    ``i`` of ``removed`` (in text order) that has one: each space once, never one inside another
    span's words. The one rule the window's live text, the rebuilt text and the .docx/.odt writer share.

    Neighbours removed together ("the big red." -> "the.") are removed as one run of words: the
    spaces between them go, and the run's outer space is chosen as for one word, so no space is
    left before the full stop ("the ."). Each span takes a space beside it: the one before it
    when the run's outer space is before the run, otherwise the one after it."""
    out: dict[int, int] = {}
    last = -1
    for run in _runs(text, spans, sorted(removed)):
        first, final = run[0], run[-1]
        a, b = spans[first][0], spans[final][1]
        lo = max(_words_end_before(spans, first), last + 1)
        hi = spans[final + 1][0] if final + 1 < len(spans) else len(text)
        j = space_to_drop(text, a, b, lo, hi)
        if j is not None and j < a:
            taken = {i: spans[i][0] - 1 for i in run}     # "the big red." -> "the."
        elif j is not None:
            taken = {i: spans[i][1] for i in run}         # "the big red vote" -> "the vote"
        else:
            taken = {i: spans[i][1] for i in run[:-1]}    # "(big red)" -> "()"
        out.update(taken)
        if taken:
            last = max(taken.values())
    return out


def spaces_dropped(text: str, spans: list[tuple[int, int]], removed: list[int]) -> list[int]:
    """Indexes of the spaces that go with the words removed at ``spans[i]`` for each ``i`` of
    ``removed`` (in text order; each space once, never one inside another span's words)."""
    return list(spaces_dropped_at(text, spans, removed).values())
