"""Spaces that are not U+0020: read as plain spaces, written back as they were.

Text copied from web pages carries no-break spaces (U+00A0) and the typographic spaces (thin,
narrow no-break, figure, en and em spaces) between words. The tokenizer does not split on them,
so "declined\u00a0to\u00a0remark" is not the lexicon's "declined to remark", and the language
model never sees the words. Each is one code point, like the space it stands for, so the engine
reads a copy with plain spaces (:func:`plain_spaces`) at the very same offsets, and a suggestion's
``original`` is taken back from the text as written (:func:`as_written`). Characters inside a word
(soft hyphens, zero-width spaces and joiners) are not spaces and stay as they are. Control
characters are read as spaces too (``_CONTROLS``).
"""
from __future__ import annotations

import re
from dataclasses import replace

# One code point each, between words: read as U+0020.
_SPACES = {ord(c): " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
# Control characters (tab and line ends aside) and a terminal's colour codes ("\x1b[1m") pasted
# with the text, DOS's end-of-file mark: glued to a word, spaCy reads "Home.\x01" as one token and
# the phrase is missed. Read as spaces, one per code point, so the offsets stay the same.
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def plain_spaces(text: str) -> str:
    """``text`` with every space of ``_SPACES`` and every control character read as U+0020: same
    length, same offsets."""
    if not text.isascii():
        text = text.translate(_SPACES)
    if _CONTROLS.search(text) is None:
        return text
    return _CONTROLS.sub(lambda m: " " * len(m.group()), text)


def as_written(text: str, suggestions: list) -> list:
    """The suggestions with their ``original`` as ``text`` writes it, where the engine read it with
    plain spaces. A suggestion whose span does not read so (a first estimate made on a part of the
    text, whose offsets are the whole document's) is left alone. The caller skips it where
    :func:`plain_spaces` changed nothing (``Engine.finish`` has that copy already)."""
    out = []
    for s in suggestions:
        written = text[s.start:s.end]
        if written != s.original and plain_spaces(written) == s.original:
            def keep(words: str, plain: str = s.original) -> str:
                return _keep_spaces(written, plain, words)
            s = replace(s, original=written, replacement=keep(s.replacement), first_choice=keep(s.first_choice),
                        alternatives=[keep(a) for a in s.alternatives])
        out.append(s)
    return out


def _keep_spaces(written: str, plain: str, repair: str) -> str:
    """``repair`` with the spaces of ``written`` (``plain`` as the engine read it) kept in the words
    it leaves as they were, at its start and end: "declined\u00a0to\u00a0remark" repaired to
    "declined to comment" keeps "declined\u00a0to\u00a0"."""
    p = 0
    limit = min(len(plain), len(repair))
    while p < limit and plain[p] == repair[p]:
        p += 1
    q = 0
    while q < limit - p and plain[len(plain) - 1 - q] == repair[len(repair) - 1 - q]:
        q += 1
    return written[:p] + repair[p:len(repair) - q] + (written[len(written) - q:] if q else "")
