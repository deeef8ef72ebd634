"""Context conditions that lexicon entries name in their ``when`` column.

Each condition looks at a candidate match — the spaCy ``Doc``, the token range ``[start, end)`` and
the head token — and says whether the entry applies there. Conditions are registered by name so
that lexicon files (data) can refer to them; ``name:arg`` passes an argument (words joined with
``|``), and ``!name`` negates. Unknown names are reported when a lexicon is loaded.

Each condition declares what it reads, ``@condition("name", reads=TOKENS | TAGS)``, because the
analysis runs the pipeline in stages (:mod:`unspin.engine.staging`) and must know which
conditions can be judged on a tokenized paragraph (``TOKENS`` only: words, spacing, punctuation,
``like_num``), which need the tagger and lemmatizer (``TAGS``: ``pos_``, ``tag_``, ``lemma_``) or the
parser (``PARSE``: ``dep_``, ``head``, ``children``, sentence starts), and which read named
entities (``ENTITIES``: ``ent_type_``, ``doc.ents``). Include everything the function and the
helpers it calls read; a test checks the declarations against the source. A condition that
declares nothing is assumed to read everything (always correct, only slower).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

Condition = Callable[[Doc, int, int, int, frozenset], bool]


class Reads(enum.Flag):
    TOKENS = enum.auto()
    TAGS = enum.auto()
    PARSE = enum.auto()
    ENTITIES = enum.auto()


TOKENS, TAGS, PARSE, ENTITIES = Reads.TOKENS, Reads.TAGS, Reads.PARSE, Reads.ENTITIES
EVERYTHING = TOKENS | TAGS | PARSE | ENTITIES

REGISTRY: dict[str, Condition] = {}
READS: dict[str, Reads] = {}          # what each registered condition reads, by name

DETERMINERS = frozenset("a an the this that these those his her its their our my your every each "
                        "another any some no".split())
SUBJECT_POS = frozenset({"PRON", "PROPN", "DET", "NOUN", "NUM"})


def condition(name: str, reads: Reads = EVERYTHING) -> Callable[[Condition], Condition]:
    def register(fn: Condition) -> Condition:
        REGISTRY[name] = fn
        READS[name] = reads
        return fn
    return register


def _prev(doc: Doc, i: int):
    return doc[i - 1] if i > 0 else None


def _next(doc: Doc, i: int):
    return doc[i] if i < len(doc) else None


@condition("after_det", reads=TOKENS | TAGS | PARSE)
def after_det(doc, start, end, head, arg):
    """A determiner or possessive before the phrase, allowing adjectives, numbers and compound nouns
    between ("a planned go to", "the condominium constructing")."""
    i = start - 1
    while i >= 0 and start - i <= 3 and (doc[i].pos_ in ("ADJ", "ADV", "NUM")
                                         or (doc[i].pos_ == "NOUN" and doc[i].dep_ == "compound")):
        i -= 1
    if i < 0:
        return False
    t = doc[i]
    return t.lower_ in DETERMINERS or t.tag_ in ("DT", "PRP$", "POS", "WP$") or t.dep_ == "poss"


@condition("reporting", reads=TOKENS | TAGS | PARSE)
def reporting(doc, start, end, head, arg):
    """A verb of saying used to report speech: no direct object of its own, not passive.

    "..., the ministry mentioned." and "she mentioned (that) talks were over" are reporting
    clauses (spun "said"); so is "X, the ministry's spokesman, mentioned in a briefing" (an
    appositive subject). "she mentioned the report", "was mentioned in" and "as mentioned" are
    left alone.
    """
    tok = doc[head]
    deps = {c.dep_ for c in tok.children}
    if deps & {"dobj", "dative", "auxpass", "nsubjpass"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return False
    prev = _prev(doc, start)
    if prev is not None and prev.lemma_ in ("be", "have", "get", "as", "the", "a", "an", "above", "previously", "already"):
        return False
    if "ccomp" in deps or tok.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
        return True
    # "X, the agency's head, mentioned in a statement": parsed as a clause hanging off the subject.
    return tok.dep_ in ("acl", "relcl", "advcl") and prev is not None and prev.text in (",", "—", "–")


@condition("before_noun", reads=TAGS)
def before_noun(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


@condition("after_noun", reads=TAGS)
def after_noun(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "PRON")


@condition("before_clause", reads=TOKENS | TAGS | PARSE)
def before_clause(doc, start, end, head, arg):
    """Followed by the subject of a clause ("the place there are ..." = "where there are")."""
    t = _next(doc, end)
    return t is not None and (t.pos_ in SUBJECT_POS or t.lower_ in ("there", "it")) and t.dep_ != "prep"


@condition("sent_start", reads=PARSE)
def sent_start(doc, start, end, head, arg):
    return doc[start].is_sent_start or start == 0


@condition("before", reads=TOKENS)
def before(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.lower_ in arg


@condition("after", reads=TOKENS)
def after(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.lower_ in arg


@condition("near", reads=TOKENS | TAGS)
def near(doc, start, end, head, arg):
    """One of the words within five tokens either side."""
    lo, hi = max(0, start - 5), min(len(doc), end + 5)
    return any(doc[i].lower_ in arg or doc[i].lemma_.lower() in arg for i in range(lo, hi)
               if not start <= i < end)


@condition("before_pos", reads=TAGS)
def before_pos(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_.lower() in arg


@condition("after_pos", reads=TAGS)
def after_pos(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_.lower() in arg


@condition("tag", reads=TAGS)
def tag(doc, start, end, head, arg):
    return doc[head].tag_.lower() in arg


@condition("dep", reads=PARSE)
def dep(doc, start, end, head, arg):
    return doc[head].dep_.lower() in arg


@condition("has_object", reads=PARSE)
def has_object(doc, start, end, head, arg):
    return any(c.dep_ in ("dobj", "obj") for c in doc[head].children)


@condition("lower", reads=TOKENS | PARSE)
def lower(doc, start, end, head, arg):
    """Written in lowercase (a capitalised word mid-sentence is likely a name)."""
    return all(not doc[i].text[:1].isupper() or doc[i].is_sent_start for i in range(start, end))


@condition("before_lemma", reads=TOKENS | TAGS)
def before_lemma(doc, start, end, head, arg):
    """The next word, or its lemma, is one of the words ("power" after "took", "taking", "takes")."""
    t = _next(doc, end)
    return t is not None and (t.lower_ in arg or t.lemma_.lower() in arg)


@condition("after_lemma", reads=TOKENS | TAGS)
def after_lemma(doc, start, end, head, arg):
    """The previous word, or its lemma, is one of the words."""
    t = _prev(doc, start)
    return t is not None and (t.lower_ in arg or t.lemma_.lower() in arg)


@condition("before_tag", reads=TAGS)
def before_tag(doc, start, end, head, arg):
    """The next word has one of the Penn tags (e.g. ``before_tag:jjs|rbs`` for a superlative)."""
    t = _next(doc, end)
    return t is not None and t.tag_.lower() in arg


@condition("after_tag", reads=TAGS)
def after_tag(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.tag_.lower() in arg


@condition("after_num", reads=TOKENS | TAGS)
def after_num(doc, start, end, head, arg):
    """Right after a number ("5 p.c.", "three our bodies")."""
    t = _prev(doc, start)
    return t is not None and (t.like_num or t.pos_ == "NUM")


@condition("head_lemma", reads=TAGS | PARSE)
def head_lemma(doc, start, end, head, arg):
    """The word this phrase depends on (its syntactic head) has one of the lemmas: "energy" as the
    object of "take", "seize", "hold" is a spun "power"."""
    h = doc[head].head
    return h.i != head and h.lemma_.lower() in arg


@condition("child_lemma", reads=TOKENS | TAGS | PARSE)
def child_lemma(doc, start, end, head, arg):
    """One of the head word's dependents has one of the lemmas."""
    return any(c.lemma_.lower() in arg or c.lower_ in arg for c in doc[head].children)


@condition("passive", reads=TAGS | PARSE)
def passive(doc, start, end, head, arg):
    """The head verb is passive ("was mentioned")."""
    tok = doc[head]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    prev = _prev(doc, start)
    return tok.tag_ == "VBN" and prev is not None and prev.lemma_ in ("be", "get")


@condition("singular_verb", reads=TAGS | PARSE)
def singular_verb(doc, start, end, head, arg):
    """The (plural-looking) noun is the subject of a singular verb: "the authorities has", spun
    from "the government has"."""
    tok = doc[head]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ == "VBZ":
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return any(c.tag_ == "VBZ" and c.dep_ in ("aux", "auxpass") for c in tok.head.children)
    return False


@condition("modifier", reads=TAGS | PARSE)
def modifier(doc, start, end, head, arg):
    """The phrase modifies a following noun ("authorities officers" = "government officials")."""
    tok = doc[end - 1]
    nxt = _next(doc, end)
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.dep_ in ("compound", "amod", "nmod", "npadvmod") and tok.head.i > tok.i


@condition("noun_slot", reads=TOKENS | TAGS | PARSE)
def noun_slot(doc, start, end, head, arg):
    """The phrase stands where a noun phrase goes: after a determiner, possessive, adjective,
    number, preposition or a verb taking an object ("condemn makes an attempt by ...")."""
    if after_det(doc, start, end, head, arg):
        return True
    t = _prev(doc, start)
    return t is not None and (t.pos_ in ("ADP", "ADJ", "NUM") or (t.pos_ == "VERB" and t.tag_ != "VBN"))


@condition("clause_follows", reads=TOKENS | TAGS | PARSE)
def clause_follows(doc, start, end, head, arg):
    """A finite clause follows, with its own subject, before the next punctuation: the phrase is a
    conjunction ("as a result of the talks failed" = "because the talks failed"), not a
    preposition ("as a result of the storm", "as a result of the storm that hit")."""
    subject = False
    for i in range(end, min(len(doc), end + 14)):
        t = doc[i]
        if t.is_punct and t.text not in ("'", "’", "\"", "“", "”"):
            return False
        if t.tag_ in ("WDT", "WP", "WP$") or (t.lower_ == "that" and subject):
            return False  # a relative clause inside a noun phrase
        if t.pos_ in ("NOUN", "PROPN", "PRON") or t.dep_ in ("nsubj", "nsubjpass", "expl"):
            subject = True
        elif subject and (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.pos_ == "AUX" and t.tag_ != "VBN")):
            return True
    return False


@condition("clause_initial", reads=TOKENS | PARSE)
def clause_initial(doc, start, end, head, arg):
    """At the start of a sentence or right after a comma, colon, semicolon, dash or opening quote."""
    if start == 0 or doc[start].is_sent_start:
        return True
    t = doc[start - 1]
    return t.text in (",", ";", ":", "—", "–", "-", "(", "“", "\"", "‘")


@condition("after_capitalized", reads=TOKENS)
def after_capitalized(doc, start, end, head, arg):
    """The previous word is capitalised (a name before "Get together" = "Party")."""
    t = _prev(doc, start)
    return t is not None and t.text[:1].isupper() and not t.is_punct


@condition("before_capitalized", reads=TOKENS)
def before_capitalized(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.text[:1].isupper() and not t.is_punct


@condition("object_is", reads=TOKENS | TAGS | PARSE | ENTITIES)
def object_is(doc, start, end, head, arg):
    """The head verb's direct object (or dative) is one of the words, or, with no argument, is a
    person: a pronoun or a name ("instructed reporters", "instructed him")."""
    for c in doc[head].children:
        if c.dep_ in ("dobj", "dative", "obj"):
            if arg:
                return c.lower_ in arg or c.lemma_.lower() in arg
            return c.pos_ in ("PRON", "PROPN") or c.ent_type_ in ("PERSON", "ORG")
    return False


@dataclass(frozen=True)
class ParsedCondition:
    name: str
    fn: Condition
    arg: frozenset
    negate: bool
    reads: Reads = EVERYTHING

    @property
    def lexical(self) -> bool:
        """Judged on the tokenizer's output alone (see the module's docstring)."""
        return self.reads == TOKENS

    @property
    def reads_entities(self) -> bool:
        return bool(self.reads & ENTITIES)

    def __call__(self, doc, start, end, head) -> bool:
        return self.fn(doc, start, end, head, self.arg) != self.negate


def parse_condition(text: str) -> ParsedCondition:
    negate = text.startswith("!")
    body = text[1:] if negate else text
    name, _, arg = body.partition(":")
    fn = REGISTRY.get(name.strip())
    if fn is None:
        raise ValueError(f"unknown condition {name.strip()!r} (known: {', '.join(sorted(REGISTRY))})")
    words = frozenset(PUNCT_ALIASES.get(w.strip().lower(), w.strip().lower()) for w in arg.split("|") if w.strip())
    if fn is para_has:
        for phrase in words:
            phrase_words(phrase)   # a bad phrase is the lexicon row's error now, not the analysis's
    return ParsedCondition(name.strip(), fn, words, negate, READS.get(name.strip(), EVERYTHING))


# Word lists cannot hold "," (it separates conditions): write these names for punctuation.
PUNCT_ALIASES = {"<comma>": ",", "<period>": ".", "<semicolon>": ";", "<colon>": ":", "<question>": "?",
                 "<dash>": "—", "<hyphen>": "-"}


# -- paragraph context (used by imported Problematic Paper Screener fingerprints) -------------------
import re as _re
from collections import defaultdict as _defaultdict
from functools import lru_cache as _lru_cache

_NONWORD = _re.compile(r"[^\w]+")
_SLOP = _re.compile(r"^(.*?)\s*~\s*(\d+)\s*$")
_PARA_KEY = "unspin.para_words"


@_lru_cache(maxsize=8192)
def phrase_words(phrase: str) -> tuple[tuple[str, ...], int]:
    """``"signal-to-noise ratio~2"`` -> (("signal", "to", "noise", "ratio"), 2): lowercase words
    without punctuation, and the number of other words allowed between them."""
    slop = 0
    m = _SLOP.match(phrase)
    if m:
        from unspin.engine.lexicon import parse_gap
        phrase, slop = m.group(1), parse_gap(m.group(2))
    return tuple(w for w in _NONWORD.split(phrase.lower()) if w), slop


def _para_words(doc: Doc):
    """The paragraph's words (lowercase and lemma, punctuation dropped) and an index from each form
    to its positions; computed once per paragraph and cached on the Doc."""
    cached = doc.user_data.get(_PARA_KEY)
    if cached is None:
        lowers: list[str] = []
        lemmas: list[str] = []
        index: dict[str, list[int]] = _defaultdict(list)
        for tok in doc:
            parts = [w for w in _NONWORD.split(tok.lower_) if w]
            lemma_parts = [w for w in _NONWORD.split(tok.lemma_.lower()) if w]
            if len(parts) != 1 or len(lemma_parts) != 1:
                lemma_parts = parts
            for low, lem in zip(parts, lemma_parts):
                k = len(lowers)
                lowers.append(low)
                lemmas.append(lem)
                index[low].append(k)
                if lem != low:
                    index[lem].append(k)
        cached = (lowers, lemmas, index)
        doc.user_data[_PARA_KEY] = cached
    return cached


def paragraph_has(doc: Doc, phrase: str) -> bool:
    """The phrase occurs in the paragraph: its words in order, each as written or as the lemma of
    the text's word, with at most ``~N`` other words between them in total."""
    words, slop = phrase_words(phrase)
    if not words:
        return False
    lowers, lemmas, index = _para_words(doc)
    n = len(lowers)
    for first in index.get(words[0], ()):
        pos, budget, ok = first, slop, True
        for w in words[1:]:
            # The earliest next occurrence leaves the most room for the rest of the phrase.
            for q in range(pos + 1, min(n, pos + 2 + budget)):
                if lowers[q] == w or lemmas[q] == w:
                    budget -= q - pos - 1
                    pos = q
                    break
            else:
                ok = False
                break
        if ok:
            return True
    return False


@condition("para_has", reads=TOKENS | TAGS)
def para_has(doc, start, end, head, arg):
    """One of the phrases occurs somewhere in the same paragraph (``para_has:neural network|deep
    learning``; ``phrase~N`` allows N words between its words). ``!para_has`` forbids them."""
    return any(paragraph_has(doc, p) for p in arg)
