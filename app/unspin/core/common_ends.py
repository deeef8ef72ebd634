"""How much two sequences share at their start and at their end (a cheap, exact diff of one edit)."""
from __future__ import annotations

from typing import Sequence


def common_ends(a: Sequence, b: Sequence) -> tuple[int, int]:
    """(head, tail): the length of the longest common prefix of ``a`` and ``b``, and of the longest
    common suffix of what is left after it, so that head + tail never exceeds either length."""
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail
