"""Words split as spaCy's English tokenizer splits them, without loading a pipeline.

Lexicon rows and their conditions are written as a person writes words ("first-round choose",
"after:nation's"); the document is matched token by token, and the tokenizer makes several tokens
of such a word: a hyphen between a letter or digit and a letter is a token of its own
("first-round" -> first, -, round; "covid-19" stays whole), and so are a possessive "'s", a plural's
closing "'", a "n't" ("didn't" -> did, n't), the other contracted verbs ("they'll" -> they, 'll; "'re",
"'ve", "'d", "'m"), a closing comma, colon, semicolon, question or
exclamation mark ("Mission:" -> Mission, :) and brackets around a word ("{dollars}" -> {, dollars, }). A row or a condition word written that way is split
the same way, or it could never match.
"""
from __future__ import annotations

import re

INFIX_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")
_SUFFIX = re.compile(r"(?i)^(.*[^\W_])(['’]s|n['’]t|(?<=s)['’]|['’](?:ll|re|ve|d|m))$")


# Lowercase abbreviations that keep their full stop as one token, also where a row's words end with one.
_ABBREVIATIONS = frozenset("etc approx vs no nos inc corp co ltd jr sr st dept est fig figs govt min max "
                           "jan feb mar apr jun jul aug sep sept oct nov dec".split())


_OTHER_APOSTROPHE = str.maketrans({"'": "’", "’": "'"})


def other_apostrophe(word: str) -> str:
    """``word`` with each apostrophe written the other way ("nation's" <-> "nation’s"): a row's author
    types one, a page may use either, and the tokenizer keeps each as written."""
    return word.translate(_OTHER_APOSTROPHE)


def split_like_tokenizer(word: str) -> list[str]:
    """The tokens of one written word (a trailing head marker ``*`` stays on its piece)."""
    parts = []
    closing = []
    while len(word) > 1 and word[-1] in ",:;?!)}]":
        closing.insert(0, word[-1])
        word = word[:-1]
    # A sentence's full stop after a plain word ("after it was based.") is a token of its own, as the
    # tokenizer has it; not an abbreviation's ("p.c.", "etc.").
    if len(word) > 2 and word[-1] == "." and word[:-1].isalpha() and word[:-1].lower() not in _ABBREVIATIONS \
            and not word[:1].isupper():
        closing.insert(0, ".")
        word = word[:-1]
    while len(word) > 1 and word[0] in "({[":
        parts.append(word[0])
        word = word[1:]
    for piece in INFIX_HYPHEN.sub(" - ", word).split():
        m = _SUFFIX.match(piece.rstrip("*")) if len(piece) > 2 else None
        if m:
            marked = "*" if piece.endswith("*") and len(piece) > 1 else ""
            parts += [m.group(1) + marked, m.group(2)]
        else:
            parts.append(piece)
    return parts + closing
