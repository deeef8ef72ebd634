"""Named word lists shared by the engine's rules and the lexicons' conditions.

A list lives in ``resources/word_lists/NAME.txt`` (one word a line, ``#`` comments). Code reads it
with :func:`word_list`; a lexicon row names it inside a condition's words as ``@NAME``
(``!before:@figure_units|minutes``), so a rule and the rows that must agree with it read one list.
"""
from __future__ import annotations

from functools import lru_cache

PREFIX = "@"


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of list ``name``, lowercase. Raises ``ValueError`` for a list that does not exist."""
    from unspin.resources_path import resource
    if not name or not name.replace("_", "").isalnum():
        raise ValueError(f"bad word list name {name!r}")
    path = resource("word_lists", f"{name}.txt")
    if not path.is_file():
        raise ValueError(f"unknown word list {PREFIX}{name} (no {path.name} in resources/word_lists)")
    return read_words(path)


def read_words(path) -> frozenset[str]:
    """The words of a file of one word a line, lowercase; blank lines and ``#`` comments skipped."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


def expand(words):
    """A condition's words with every ``@NAME`` replaced by the words of that list."""
    out = []
    for word in words:
        if word.startswith(PREFIX) and len(word) > 1:
            out.extend(sorted(word_list(word[len(PREFIX):])))
        else:
            out.append(word)
    return out
