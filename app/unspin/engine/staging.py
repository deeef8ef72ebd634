"""Doing less than a full parse, with exactly the same suggestions as a full parse.

Most paragraphs cannot hold a single candidate, and most candidates do not need named entities.
Analysis therefore runs in stages (see :class:`StagePlan`):

1. **Tokenizer only**, over every paragraph. A *surface filter* asks whether any lexicon entry
   could match there, judging only by what the tokenizer knows for sure (the words, their
   spacing, quotations) and by every lemma the pipeline could possibly give a word (from the
   lemmatizer's own rule, exception and attribute-ruler tables, whatever the part of speech turns
   out to be). Conditions that look only at the words (``before:``, ``after:``, ...) are checked
   too; all others are assumed to hold. A paragraph that fails cannot produce a candidate under a
   full parse either, so it is not parsed at all.
2. **tok2vec, tagger, parser, attribute_ruler, lemmatizer** over the paragraphs that pass, in the
   pipeline's own order. In ``en_core_web_sm`` the attribute ruler sets parts of speech and
   lemmas from dependency labels (``aux`` -> AUX, ``mark`` -> SCONJ, a non-``det`` DT -> PRON, ...),
   so the parser cannot be skipped where a candidate may be: without it ``pos_`` and ``lemma_``
   would differ from the full parse.
3. **ner** (the most expensive component: its own tok2vec and a transition system) only on the
   paragraphs where an entity could change a result: a candidate found without entities covers a
   capitalised word that is not already protected as a proper noun (names are protected through
   ``protect.protected_tokens``, which only ever adds capitalised words), or an entry whose
   conditions read entities could match there.

Which conditions count as "looking only at the words" or "reading entities" is what each one
declares (``@condition("name", reads=...)`` in :mod:`unspin.engine.conditions`; a test checks
the declarations against the source), so a bundled app without ``.py`` files stages exactly as
the source tree does; a condition that declares nothing is treated as needing everything.
The matcher and the numeral rules read no entities (a test checks their source too). ``Engine(staged=False)`` (or the environment
variable ``UNSPIN_FULL_PARSE=1``) runs the full pipeline everywhere, for comparison.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unspin.engine.lexicon import Entry
from unspin.engine.numerals import WORDS as NUMERAL_WORDS, spelled_decimal
from unspin.engine.protect import protected_tokens

def _has_upper(word: str) -> bool:
    return any(c.isupper() for c in word)


class LemmaOracle:
    """Every lemma (lowercased) that the pipeline could give a word, whatever its tag and parse.

    Built from the rule lemmatizer's tables (rules, exceptions), the attribute ruler's ``LEMMA``
    patterns and the fall-backs (the word itself). ``None`` from :meth:`from_nlp` when the
    pipeline is not of that shape (then nothing is skipped).
    """

    def __init__(self, rules: list[tuple[str, str]], exceptions: dict[str, set[str]],
                 ruler_exact: dict[str, set[str]], ruler_regex: list[tuple[re.Pattern, str]],
                 ruler_any: set[str]):
        self.rules = rules
        self.exceptions = exceptions
        self.ruler_exact = ruler_exact
        self.ruler_regex = ruler_regex
        self.ruler_any = ruler_any
        self._cache: dict[str, frozenset[str]] = {}

    @classmethod
    def from_nlp(cls, nlp) -> "LemmaOracle | None":
        names = nlp.pipe_names
        if "lemmatizer" not in names:
            return None
        lem = nlp.get_pipe("lemmatizer")
        if getattr(lem, "mode", None) != "rule":
            return None
        rules: set[tuple[str, str]] = set()
        for table in lem.lookups.get_table("lemma_rules", {}).values():
            rules.update((old, new) for old, new in table)
        exceptions: dict[str, set[str]] = {}
        for table in lem.lookups.get_table("lemma_exc", {}).values():
            for form, lemmas in table.items():
                exceptions.setdefault(form, set()).update(x.lower() for x in lemmas)
        exact: dict[str, set[str]] = {}
        regex: list[tuple[re.Pattern, str]] = []
        anyword: set[str] = set()
        if "attribute_ruler" in names:
            for pat in nlp.get_pipe("attribute_ruler").patterns:
                lemma = pat.get("attrs", {}).get("LEMMA")
                if lemma is None:
                    continue
                lemma = str(lemma).lower()
                for token_patterns in pat.get("patterns", []):
                    idx = pat.get("index", 0)
                    if not isinstance(token_patterns, list) or not -len(token_patterns) <= idx < len(token_patterns):
                        anyword.add(lemma)
                        continue
                    spec = token_patterns[idx].get("LOWER") if isinstance(token_patterns[idx], dict) else None
                    if isinstance(spec, str):
                        exact.setdefault(spec, set()).add(lemma)
                    elif isinstance(spec, dict) and set(spec) == {"IN"}:
                        for w in spec["IN"]:
                            exact.setdefault(str(w), set()).add(lemma)
                    elif isinstance(spec, dict) and set(spec) == {"REGEX"}:
                        regex.append((re.compile(spec["REGEX"]), lemma))
                    else:
                        anyword.add(lemma)  # cannot tell which words: any word may get it
        elif any(n not in ("tok2vec", "tagger", "parser", "lemmatizer", "ner", "senter") for n in names):
            return None
        return cls(sorted(rules), exceptions, exact, regex, anyword)

    def lemmas(self, lower: str) -> frozenset[str]:
        got = self._cache.get(lower)
        if got is not None:
            return got
        out = {lower} | self.ruler_any
        out.update(self.exceptions.get(lower, ()))
        for old, new in self.rules:
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if form:
                    out.add(form.lower())
        out.update(self.ruler_exact.get(lower, ()))
        for rx, lemma in self.ruler_regex:
            if rx.search(lower):
                out.add(lemma)
        got = frozenset(out)
        self._cache[lower] = got
        return got


@dataclass
class StagePlan:
    """What may be skipped for this pipeline and these lexicon entries (see the module doc)."""

    oracle: LemmaOracle | None
    stage2: list[str]                 # component names, in pipeline order, minus ner
    ner: str | None                   # the entity component run on demand, or None (run always)
    entity_entries: set[int] = field(default_factory=set)   # id(entry) whose conditions read entities
    lexical_conditions: dict[int, tuple] = field(default_factory=dict)  # id(entry) -> word-only conditions
    _words: dict[int, tuple] = field(default_factory=dict, repr=False)
    _first_word_cache: dict[str, tuple] = field(default_factory=dict, repr=False)
    _index: dict | None = field(default=None, repr=False)

    @classmethod
    def build(cls, nlp, entries: list[Entry]) -> "StagePlan":
        names = list(nlp.pipe_names)
        ner = "ner" if names and names[-1] == "ner" else None
        plan = cls(LemmaOracle.from_nlp(nlp), [n for n in names if n != ner], ner)
        for e in entries:
            conds = getattr(e, "conditions", ())
            # Something that is not a declared condition is assumed to read everything.
            if any(getattr(c, "reads_entities", True) for c in conds):
                plan.entity_entries.add(id(e))
            plan.lexical_conditions[id(e)] = tuple(c for c in conds if getattr(c, "lexical", False))
        return plan

    # -- stage 1 ------------------------------------------------------------------------------------
    def _entries_for(self, lower: str, index: dict[str, list[Entry]]) -> tuple:
        """Compiled entries whose first word this word could be (by its text or any lemma)."""
        cache = self._first_word_cache
        got = cache.get(lower)
        if got is None:
            seen: dict[int, Entry] = {}
            for key in self.oracle.lemmas(lower):
                for e in index.get(key, ()):
                    seen.setdefault(id(e), e)
            got = tuple(self._compiled(e) for e in seen.values())
            cache[lower] = got
        return got

    def _compiled(self, e: Entry) -> tuple:
        got = self._words.get(id(e))
        if got is None:
            words = tuple((w, _has_upper(w)) for w in e.spun)
            got = (words, getattr(e, "gap", 0), e.head, self.lexical_conditions.get(id(e), ()),
                   id(e) in self.entity_entries)
            self._words[id(e)] = got
        return got

    def surface_scan(self, doc, index: dict[str, list[Entry]], settings) -> tuple[bool, bool]:
        """On a tokenizer-only doc: (could any candidate be found here, could entities matter)."""
        if self.oracle is None:
            return True, True
        if self._index is not index:  # the cache is only valid for one matcher's index
            self._index, self._first_word_cache = index, {}
        lowers = [t.lower_ for t in doc]
        texts = [t.text for t in doc]
        quoted: set[int] | None = None
        possible = False
        numerals = settings.numerals
        for i, lower in enumerate(lowers):
            if (numerals and texts[i] in NUMERAL_WORDS) or spelled_decimal(texts[i]) is not None:
                if quoted is None:
                    quoted = protected_tokens(doc, settings.protect_quotes, False)[0]
                if i not in quoted:
                    possible = True
            compiled = self._entries_for(lower, index)
            if not compiled:
                continue
            for spec in compiled:
                if possible and not spec[4]:
                    continue  # already known to need the parse; only entity entries still matter
                if quoted is None:
                    quoted = protected_tokens(doc, settings.protect_quotes, False)[0]
                if self._may_match(doc, lowers, texts, i, spec, quoted):
                    possible = True
                    if spec[4]:
                        return True, True
        return possible, False

    def _may_match(self, doc, lowers: list[str], texts: list[str], i: int, spec: tuple, quoted: set[int]) -> bool:
        words, gap, head, conditions, _ = spec
        lemmas = self.oracle.lemmas
        n, n_doc = len(words), len(lowers)
        if i + n > n_doc:
            return False
        if gap:
            # Words in between are allowed (``~N``): only ask that the words occur in this order.
            k = i + 1
            for w, upper in words[1:]:
                while k < n_doc and not (texts[k] == w if upper else lowers[k] == w or w in lemmas(lowers[k])):
                    k += 1
                if k >= n_doc:
                    return False
                k += 1
            return True
        for j in range(1, n):  # the first word matched already (it is how the entry was found)
            w, upper = words[j]
            lower = lowers[i + j]
            if not (texts[i + j] == w if upper else lower == w or w in lemmas(lower)):
                return False
        w, upper = words[0]
        if upper and texts[i] != w:
            return False
        for j in range(1, n):
            prev, tok = doc[i + j - 1], doc[i + j]
            if prev.whitespace_ == "" and not tok.is_punct and not prev.is_punct \
                    and not tok.text.startswith(("'", "’")):  # as the matcher: "Young's" is two words
                return False
        if any((i + j) in quoted for j in range(n)):
            return False
        return all(c(doc, i, i + n, i + head) for c in conditions)

    # -- stage 3 ------------------------------------------------------------------------------------
    @staticmethod
    def entities_matter(doc, candidates, offset: int, settings) -> bool:
        """On a parsed doc without entities: could entities change these candidates?"""
        if not candidates:
            return False
        _, named = protected_tokens(doc, False, settings.protect_names)
        if not settings.protect_names:
            return False
        for c in candidates:
            span = doc.char_span(c.start - offset, c.end - offset, alignment_mode="expand")
            if span is None:
                return True
            for tok in span:
                if tok.text[:1].isupper() and tok.i not in named:
                    return True
        return False


def run_components(nlp, names: list[str], docs: list, batch_size: int) -> list:
    """Run the named pipeline components, in order, over tokenized docs."""
    for name in names:
        proc = nlp.get_pipe(name)
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs

