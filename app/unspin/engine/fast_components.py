"""Faster equivalents of two of spaCy's rule-based components: the same results, a fraction of the time.

Issue 15 asks the engine to cost at most 1.25x bare tagging; two of the tagging pass's components
are plain Python per token in spaCy and cost more than their work needs. Each has a faster form
here that sets exactly what spaCy's sets (tests compare every token); :func:`fast_component` gives
the one to run for a pipeline component's name (spaCy's own where there is none, or where the
pipeline's component is not of the shape handled).

**The attribute ruler.** In ``en_core_web_sm`` it sets parts of speech and morphology from tags (the
old tag map) plus exceptions by word ("that"/WDT is a pronoun, "'d"/MD is "would"); it cost about
0.4 of all of tagging on the speed benchmark's text: spaCy's ``Matcher`` tries all 179 patterns at
every token. Its patterns are fixed sequences of tokens (no operators) that test only a token's
tag, dependency label, lowercase form, text or whether it is a space (a value, a set, the
complement of a set, a regular expression). Whether such a test holds depends only on those few
values of the token, so :class:`CompiledAttributeRuler` works out once per distinct combination of
values which one-token patterns match (and their attributes, merged) and which longer patterns
could start there, and then needs one look-up per token. Patterns of any other shape still go
through a ``Matcher`` of their own. spaCy sorts all matches by the pattern's number and sets their
attributes in that order, a later pattern overriding an earlier one attribute by attribute. A
token's table entry is its one-token patterns' attributes merged in that order; a token that a
longer pattern also sets gets all its matches applied one by one in the same order.

**The lemmatizer.** spaCy's rule (and lookup) lemmatizer is a function of a token's text, part of
speech and morphology, but it builds a ``Token`` and sets its lemma one at a time, and recomputes
the forms it does not cache (base forms). :class:`CachedLemmatizer` reads those three values of
every token in one array, asks spaCy's lemmatizer once per distinct combination, and writes the
lemmas back in one array.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a pattern may test and still be compiled (spaCy's names and aliases).
_KEYS = {"TAG": "TAG", "DEP": "DEP", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH", "IS_SPACE": "IS_SPACE"}
_MAX_CACHED = 200_000   # distinct combinations kept; a long session must not grow the table forever


@dataclass(frozen=True)
class Check:
    """One attribute's test in a token pattern: a value, ``IN``, ``NOT_IN`` or ``REGEX`` (as
    spaCy's ``Matcher`` judges them: on the attribute's string, "" where it is not set)."""
    op: str                        # "IN", "NOT_IN" or "REGEX"
    values: frozenset = frozenset()
    regex: re.Pattern | None = None

    def __call__(self, value) -> bool:
        if self.op == "IN":
            return value in self.values
        if self.op == "NOT_IN":
            return value not in self.values
        return bool(self.regex.search(value))


Test = dict   # attribute -> Check


def compile_token(spec) -> Test | None:
    """``{attribute: Check}`` for one token of a pattern, or None when it is of a shape this
    module does not handle (an operator, another attribute, another predicate)."""
    if not isinstance(spec, dict) or not spec:
        return None
    test: Test = {}
    for key, value in spec.items():
        attr = _KEYS.get(str(key).upper())
        if attr is None:
            return None
        kind = bool if attr == "IS_SPACE" else str
        if not isinstance(value, dict):
            value = {"IN": [value]}
        if len(value) != 1:
            return None
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple, set)) and all(type(v) is kind for v in arg):
            test[attr] = Check(op, frozenset(arg))
        elif op == "REGEX" and kind is str and isinstance(arg, str):
            test[attr] = Check(op, regex=re.compile(arg))
        else:
            return None
    return test


def compile_pattern(tokens) -> list[Test] | None:
    if not isinstance(tokens, list) or not tokens:
        return None
    tests = [compile_token(spec) for spec in tokens]
    return None if any(t is None for t in tests) else tests


def _rows(doc, attr_ids: list[int]) -> list[tuple]:
    """Each token's values of the attributes, as ``Doc.to_array`` gives them (hashes, flags)."""
    if not len(doc):
        return []
    array = doc.to_array(attr_ids)
    if array.ndim == 1:
        array = array.reshape(-1, 1)
    return [tuple(row) for row in array.tolist()]


class CompiledAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns to a doc, as the ruler itself would (see module doc)."""

    def __init__(self, ruler):
        self.ruler = ruler
        self.size = len(ruler.attrs)
        self.one: list[tuple[int, Test]] = []                    # one-token patterns: (number, test)
        self.longer: list[tuple[int, list[Test], int]] = []      # (number, tests, index of the token set)
        self.rest = Matcher(ruler.vocab)                         # everything else, as spaCy runs it
        for number, pattern in enumerate(ruler.patterns):
            index = ruler.indices[number]
            compiled = [compile_pattern(p) for p in pattern["patterns"]]
            if not compiled or any(c is None or (len(c) == 1 and index not in (0, -1)) for c in compiled):
                self.rest.add(str(number), pattern["patterns"])
                continue
            for tests in compiled:
                if len(tests) == 1:
                    self.one.append((number, tests[0]))
                else:
                    self.longer.append((number, tests, index))
        self.has_rest = len(self.rest) > 0
        self.attrs = sorted({a for _, t in self.one for a in t}
                            | {a for _, ts, _ in self.longer for t in ts for a in t})
        self._attr_ids = [IDS[a] for a in self.attrs]
        # Candidates by tag, so that a new combination is checked against a few patterns only.
        self._by_tag: dict[str, list] = {}
        self._any_tag: list = []
        for kind, items in (("one", self.one), ("longer", [(n, ts[0]) for n, ts, _ in self.longer])):
            for k, (number, test) in enumerate(items):
                entry = (kind, k, number, test)
                if "TAG" in test and test["TAG"].op == "IN":
                    for tag in test["TAG"].values:
                        self._by_tag.setdefault(tag, []).append(entry)
                else:
                    self._any_tag.append(entry)
        self._table: dict[tuple, tuple] = {}

    def _entry(self, key: tuple) -> tuple:
        """For a token with these values (``key``: as ``Doc.to_array`` gives them): (numbers of
        the one-token patterns that match, their attributes merged in spaCy's order or None,
        indexes into ``longer`` that could start here)."""
        got = self._table.get(key)
        if got is not None:
            return got
        values = self._strings(key)
        ones, starts = set(), []
        for kind, k, number, test in self._by_tag.get(values.get("TAG"), []) + self._any_tag:
            if all(check(values[a]) for a, check in test.items()):
                if kind == "one":
                    ones.add(number)
                else:
                    starts.append(k)
        numbers = tuple(sorted(ones))
        merged = None
        if numbers:
            merged = {}
            for n in numbers:
                merged.update(self.ruler.attrs[n])
        got = (numbers, merged, tuple(sorted(starts)))
        if len(self._table) >= _MAX_CACHED:
            self._table.clear()
        self._table[key] = got
        return got

    def _strings(self, key: tuple) -> dict:
        """The tested attributes' values as the patterns write them ("" where a label is not set)."""
        strings = self.ruler.vocab.strings
        return {a: bool(v) if a == "IS_SPACE" else strings[v] for a, v in zip(self.attrs, key)}

    def _matches(self, keys: list[tuple], tests: list[Test], i: int) -> bool:
        if i + len(tests) > len(keys):
            return False
        for j in range(1, len(tests)):
            row = self._strings(keys[i + j])
            if not all(check(row[a]) for a, check in tests[j].items()):
                return False
        return True

    @staticmethod
    def _target(number: int, index: int, start: int, end: int) -> int:
        """The token a match sets (spaCy's ``span[index]``)."""
        length = end - start
        if not -length <= index < length:
            raise ValueError(f"attribute ruler pattern {number}: index {index} outside its match of {length} tokens")
        return start + index if index >= 0 else end + index

    def __call__(self, doc):
        if len(self.ruler.attrs) != self.size:   # patterns were added since: compile again
            self.__init__(self.ruler)
        keys = _rows(doc, self._attr_ids) if self._attr_ids else [()] * len(doc)
        table, entry = self._table, self._entry
        entries = [table.get(k) or entry(k) for k in keys]   # the look-up inline: most keys are known
        extra: dict[int, list[int]] = {}     # token -> numbers of the longer patterns that set it
        for i, (_, _, starts) in enumerate(entries):
            for k in starts:
                number, tests, index = self.longer[k]
                if self._matches(keys, tests, i):
                    extra.setdefault(self._target(number, index, i, i + len(tests)), []).append(number)
        if self.has_rest:
            for match_id, start, end in self.rest(doc, allow_missing=True):
                number = int(self.ruler.vocab.strings[match_id])
                extra.setdefault(self._target(number, self.ruler.indices[number], start, end), []).append(number)
        attrs = self.ruler.attrs
        for i, (numbers, merged, _) in enumerate(entries):
            more = extra.get(i)
            if more:
                tok = doc[i]
                for n in sorted(set(numbers) | set(more)):
                    set_token_attrs(tok, attrs[n])
            elif merged:
                set_token_attrs(doc[i], merged)
        return doc


class CachedLemmatizer:
    """Applies a rule or lookup ``Lemmatizer`` to a doc, as the lemmatizer itself would (see module doc)."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self._table: dict[tuple[int, int, int], int] = {}   # (text, part of speech, morphology) -> lemma

    @staticmethod
    def handles(lemmatizer) -> bool:
        """Only spaCy's own classes: a subclass may read more of a token than these three values."""
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer
        return type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode in ("rule", "lookup")

    def __call__(self, doc):
        lem = self.lemmatizer
        if not getattr(lem, "_validated", True) or not len(doc):
            return lem(doc)     # spaCy checks its tables on the first doc (and says what is missing)
        rows = _rows(doc, [ORTH, POS, MORPH, LEMMA])
        table, overwrite = self._table, lem.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            got = table.get((orth, pos, morph))
            if got is None:
                got = doc.vocab.strings.add(lem.lemmatize(doc[i])[0])
                if len(table) >= _MAX_CACHED:
                    table.clear()
                table[(orth, pos, morph)] = got
            lemmas.append(got)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


_FAST: dict[int, object] = {}


def fast_component(nlp, name: str):
    """What to run for the pipeline component ``name``: its faster equivalent where there is one
    (built once per component), else spaCy's component itself."""
    proc = nlp.get_pipe(name)
    got = _FAST.get(id(proc))
    if got is not None and (getattr(got, "ruler", None) is proc or getattr(got, "lemmatizer", None) is proc):
        return got
    from spacy.pipeline import AttributeRuler, Lemmatizer
    if type(proc) is AttributeRuler:
        got = CompiledAttributeRuler(proc)
    elif isinstance(proc, Lemmatizer) and CachedLemmatizer.handles(proc):
        got = CachedLemmatizer(proc)
    else:
        return proc
    _FAST[id(proc)] = got
    return got
