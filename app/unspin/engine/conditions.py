"""Context conditions that lexicon entries name in their ``when`` column.

Each condition looks at a candidate match — the spaCy ``Doc``, the token range ``[start, end)`` and
the head token — and says whether the entry applies there. Conditions are registered by name so
that lexicon files (data) can refer to them; ``name:arg`` passes an argument (words joined with
``|``), and ``!name`` negates. Unknown names are reported when a lexicon is loaded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

Condition = Callable[[Doc, int, int, int, frozenset], bool]
REGISTRY: dict[str, Condition] = {}

DETERMINERS = frozenset("a an the this that these those his her its their our my your every each "
                        "another any some no".split())
SUBJECT_POS = frozenset({"PRON", "PROPN", "DET", "NOUN", "NUM"})


def condition(name: str) -> Callable[[Condition], Condition]:
    def register(fn: Condition) -> Condition:
        REGISTRY[name] = fn
        return fn
    return register


def _prev(doc: Doc, i: int):
    return doc[i - 1] if i > 0 else None


def _next(doc: Doc, i: int):
    return doc[i] if i < len(doc) else None


@condition("after_det")
def after_det(doc, start, end, head, arg):
    """A determiner or possessive before the phrase, allowing adjectives between ("a planned go to")."""
    i = start - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV", "NUM") and start - i <= 3:
        i -= 1
    if i < 0:
        return False
    t = doc[i]
    return t.lower_ in DETERMINERS or t.tag_ in ("DT", "PRP$", "POS", "WP$") or t.dep_ == "poss"


@condition("reporting")
def reporting(doc, start, end, head, arg):
    """A verb of saying used to report speech: no direct object of its own.

    "..., the ministry mentioned." and "she mentioned (that) talks were over" are reporting
    clauses (spun "said"); "she mentioned the report" has an object and is left alone.
    """
    tok = doc[head]
    deps = {c.dep_ for c in tok.children}
    if "dobj" in deps or "dative" in deps:
        return False
    if "ccomp" in deps or tok.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
        return True
    return False


@condition("before_noun")
def before_noun(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


@condition("after_noun")
def after_noun(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "PRON")


@condition("before_clause")
def before_clause(doc, start, end, head, arg):
    """Followed by the subject of a clause ("the place there are ..." = "where there are")."""
    t = _next(doc, end)
    return t is not None and (t.pos_ in SUBJECT_POS or t.lower_ in ("there", "it")) and t.dep_ != "prep"


@condition("sent_start")
def sent_start(doc, start, end, head, arg):
    return doc[start].is_sent_start or start == 0


@condition("before")
def before(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.lower_ in arg


@condition("after")
def after(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.lower_ in arg


@condition("near")
def near(doc, start, end, head, arg):
    """One of the words within five tokens either side."""
    lo, hi = max(0, start - 5), min(len(doc), end + 5)
    return any(doc[i].lower_ in arg or doc[i].lemma_.lower() in arg for i in range(lo, hi)
               if not start <= i < end)


@condition("before_pos")
def before_pos(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_.lower() in arg


@condition("after_pos")
def after_pos(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_.lower() in arg


@condition("tag")
def tag(doc, start, end, head, arg):
    return doc[head].tag_.lower() in arg


@condition("dep")
def dep(doc, start, end, head, arg):
    return doc[head].dep_.lower() in arg


@condition("has_object")
def has_object(doc, start, end, head, arg):
    return any(c.dep_ in ("dobj", "obj") for c in doc[head].children)


@condition("lower")
def lower(doc, start, end, head, arg):
    """Written in lowercase (a capitalised word mid-sentence is likely a name)."""
    return all(not doc[i].text[:1].isupper() or doc[i].is_sent_start for i in range(start, end))


@dataclass(frozen=True)
class ParsedCondition:
    name: str
    fn: Condition
    arg: frozenset
    negate: bool

    def __call__(self, doc, start, end, head) -> bool:
        return self.fn(doc, start, end, head, self.arg) != self.negate


def parse_condition(text: str) -> ParsedCondition:
    negate = text.startswith("!")
    body = text[1:] if negate else text
    name, _, arg = body.partition(":")
    fn = REGISTRY.get(name.strip())
    if fn is None:
        raise ValueError(f"unknown condition {name.strip()!r} (known: {', '.join(sorted(REGISTRY))})")
    words = frozenset(w.strip().lower() for w in arg.split("|") if w.strip())
    return ParsedCondition(name.strip(), fn, words, negate)
