"""Spans the engine must not rewrite by default: quotations and proper names."""
from __future__ import annotations

import re

from spacy.tokens import Doc

NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT",
                           "WORK_OF_ART", "LAW", "LANGUAGE"})
# Curly quotes pair unambiguously; straight double quotes pair by alternation within a paragraph.
_QUOTE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»")


def quoted_char_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


_QUOTED_KEY = "unspin.quoted_tokens"


def protected_tokens(doc: Doc, quotes: bool = True, names: bool = True,
                     texts: list[str] | None = None) -> tuple[set[int], set[int]]:
    """Token indexes inside quotations, and token indexes that are part of proper names.
    ``texts``: the tokens' texts when the caller has them (saves reading every token again)."""
    out: set[int] = set()
    named: set[int] = set()
    if quotes:
        cached = doc.user_data.get(_QUOTED_KEY)   # depends on the text only: once per paragraph
        if cached is None:
            cached = set()
            spans = quoted_char_spans(doc.text)
            if spans:
                k = 0
                for tok in doc:
                    while k < len(spans) and spans[k][1] <= tok.idx:
                        k += 1
                    if k < len(spans) and spans[k][0] <= tok.idx < spans[k][1]:
                        cached.add(tok.i)
            doc.user_data[_QUOTED_KEY] = frozenset(cached)
        out = set(cached)
    if names:
        if texts is None:
            texts = [t.text for t in doc]
        for i, text in enumerate(texts):
            if not text[:1].isupper():
                continue
            tok = doc[i]
            if tok.ent_type_ in NAME_ENTITIES or (tok.pos_ == "PROPN" and not tok.is_sent_start):
                named.add(i)
    return out, named
