"""Doing much less than a full parse, with the suggestions of a full parse.

Issue 15 asks the engine to cost at most 1.25x bare tagging (tok2vec, tagger, attribute ruler,
lemmatizer). Analysis therefore runs in stages (see :class:`StagePlan`):

1. **Tokenizer only**, over every paragraph. A paragraph where the restorer could find a site (a
   word the channel table knows; almost every paragraph of news) goes on; otherwise a *surface
   filter* asks whether any lexicon entry could match there, judging only by what the tokenizer
   knows for sure (the words, their spacing, quotations) and by every lemma the pipeline could
   possibly give a word (from the lemmatizer's own rule, exception and attribute-ruler tables,
   whatever the part of speech turns out to be). Conditions that look only at the words
   (``before:``, ``after:``, ...) are checked too; all others are assumed to hold. A paragraph
   that fails cannot produce a candidate, so it is not tagged at all.
2. **Tagging**: tok2vec, tagger, the trained sentence recogniser (``senter``: disabled in
   ``en_core_web_sm``'s default pipeline, cheap, its own small network) for sentence boundaries,
   attribute ruler, lemmatizer; **no parser**. In ``en_core_web_sm`` the attribute ruler sets some
   parts of speech from dependency labels (``aux`` -> AUX, ``mark`` -> SCONJ, a non-``det`` DT ->
   PRON, main-verb "have"/"do" -> VERB); :func:`emulate_parse_pos` sets them from tags and the
   next words instead (measured on the speed benchmark's text: without it 1.3 % of parts of speech
   and 0.003 % of lemmas differ from a full parse; tags are identical). The docs are marked
   ``UNPARSED``.
3. **The parse, for one sentence, on demand.** Lexicon conditions are written on tags, words and
   sentence boundaries (:mod:`unspin.engine.conditions`). The few that need syntax (``reporting``,
   ``passive``, ``child_lemma``, ``singular_verb``, ``dep``) declare ``PARSE``: the matcher tries
   them last, and when one is reached on an unparsed paragraph it is judged on that sentence alone,
   parsed (:func:`parsed_sentence`: the sentence keeps the paragraph's token vectors, the parser
   and the attribute ruler run on it). The engine matches a block of paragraphs first and leaves
   such matches open, then parses all their sentences in one batch (:func:`parse_sentences`, half
   the parser's cost per sentence), then judges them (``LexiconMatcher.start`` / ``complete``).
   ``after_det`` reads the parse only where tags leave it open (a noun between the determiner and
   the phrase: a compound or not?) and says so by raising ``NeedsParse``. On the speed benchmark's text a sentence was parsed in 19 % of
   paragraphs, each paragraph's other sentences never.
4. **Entities**, only on the sentences where a name could change a result: a candidate covers a
   capitalised word that is not already protected as a proper noun (names are protected through
   ``protect.protected_tokens``, which only ever adds capitalised words). Where an entry's
   conditions read entities (none of the bundled ones), the whole paragraph gets them.

The lexicon candidates and the suggestions are those of a full parse on the test texts
(``tests/engine/test_analyzer_staged.py``); the restorer's lattices may differ where the sentence
recogniser splits sentences differently from the parser. Which conditions read what is what each
one declares (``@condition("name", reads=...)``; a test checks the declarations against the
source), so a bundled app without ``.py`` files stages exactly as the source tree does; a
condition that declares nothing is treated as needing everything (it parses its sentence).
``Engine(staged=False)`` (or the environment variable ``UNSPIN_FULL_PARSE=1``) runs the full
pipeline everywhere, for comparison.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from unspin.engine.conditions import UNPARSED
from unspin.engine.lexicon import Entry
from unspin.engine.numerals import WORDS as NUMERAL_WORDS, may_start_mixed_compound, mixed_compound, spelled_decimal
from unspin.engine.protect import protected_tokens
from unspin.engine.fast_components import fast_component

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
    stage2: list[str]                 # the tagging pass: component names in order (no parser, no ner)
    ner: str | None                   # the entity component run on demand, or None (run always)
    parser: str | None = None         # the dependency parser run on demand, or None (in stage2)
    entity_entries: set[int] = field(default_factory=set)   # id(entry) whose conditions read entities
    lexical_conditions: dict[int, tuple] = field(default_factory=dict)  # id(entry) -> word-only conditions
    _words: dict[int, tuple] = field(default_factory=dict, repr=False)
    _first_word_cache: dict[str, tuple] = field(default_factory=dict, repr=False)
    _index: dict | None = field(default=None, repr=False)

    @classmethod
    def build(cls, nlp, entries: list[Entry]) -> "StagePlan":
        names = list(nlp.pipe_names)
        ner = "ner" if names and names[-1] == "ner" else None
        stage2 = [n for n in names if n != ner]
        parser = None
        # The parser is deferred only where the trained sentence recogniser can stand in for its
        # sentence boundaries, and where nothing but the attribute ruler reads its labels.
        if "parser" in names and "senter" in nlp.component_names and "tagger" in names \
                and set(stage2) <= {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
            parser = "parser"
            stage2.remove(parser)
            stage2.insert(stage2.index("tagger") + 1, "senter")
        plan = cls(LemmaOracle.from_nlp(nlp), stage2, ner, parser)
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
            if (numerals and texts[i] in NUMERAL_WORDS) or spelled_decimal(texts[i]) is not None \
                    or texts[i] == "{" \
                    or (may_start_mixed_compound(texts[i])
                        and mixed_compound(texts, i, lambda k: doc[k].whitespace_ == "") is not None):
                # a braced word (matcher.BRACES_RULE), a half-swapped compound number ("30-one")
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
    def entity_sentences(doc, candidates, offset: int, settings, texts: list[str] | None = None
                         ) -> list[tuple[int, int]]:
        """On a doc without entities: the token ranges of the sentences where entities could
        change these candidates (a candidate covers a capitalised word not already protected).
        ``texts``: the tokens' texts when the caller has them."""
        if not candidates or not settings.protect_names:
            return []
        _, named = protected_tokens(doc, False, True, texts)
        out: dict[int, int] = {}
        for c in candidates:
            span = doc.char_span(c.start - offset, c.end - offset, alignment_mode="expand")
            if span is None:
                return [(0, len(doc))]
            for tok in span:
                if tok.text[:1].isupper() and tok.i not in named:
                    sent = tok.sent
                    out[sent.start] = max(out.get(sent.start, 0), sent.end)
        return sorted(out.items())

    def add_entities(self, nlp, work: list, batch_size: int) -> None:
        """Run the entity recogniser on the given sentences of each doc (``work``: pairs of a doc and
        its sentence ranges) and set the entities found on the doc. The recogniser has its own
        token vectors, so a sentence is judged from its own words."""
        pieces = [(doc, s0, doc[s0:s1].as_doc()) for doc, ranges in work for s0, s1 in ranges]
        done = run_components(nlp, [self.ner], [p for _, _, p in pieces], batch_size)
        spans: dict[int, list] = {}
        for (doc, s0, _), sub in zip(pieces, done):
            spans.setdefault(id(doc), []).extend(
                Span(doc, s0 + e.start, s0 + e.end, label=e.label_) for e in sub.ents)
        for doc, _ in work:
            doc.set_ents(spans.get(id(doc), []), default="unmodified")

    # -- stage 2: tags; the parse where a condition needs it -----------------------------------------
    def tag(self, nlp, docs: list, batch_size: int) -> list:
        """Tag, find sentences and lemmatise; without the parser, stand in for the attribute
        ruler's parse-dependent rules (:func:`emulate_parse_pos`) and mark the docs as unparsed."""
        if self.parser is None:
            return run_components(nlp, self.stage2, docs, batch_size)
        k = self.stage2.index("attribute_ruler") + 1 if "attribute_ruler" in self.stage2 else len(self.stage2)
        docs = run_components(nlp, self.stage2[:k], docs, batch_size)
        for doc in docs:
            mark_stops_in_abbreviations(doc)
            emulate_parse_pos(doc)
            doc.user_data[UNPARSED] = True
        return run_components(nlp, self.stage2[k:], docs, batch_size)


# Clock times keep a capitalised word after them in the same sentence ("at 9 a.m. Eastern time").
_TIMES = frozenset({"a.m.", "p.m."})


def mark_stops_in_abbreviations(doc) -> None:
    """Start a sentence after a unit's abbreviation that also holds the sentence's full stop.

    The matcher keeps abbreviations such as "p.c." one token, so "fell 2 p.c. Each firms stated"
    has no full stop of its own and the sentence recogniser reads one sentence where the parser
    reads two: the next sentence's first word then counts as a capitalised word mid-sentence, and
    rows that read a sentence's start skip it. After a number, a lowercase abbreviation followed by
    a capitalised word ends the sentence (the spinner writes "p.c." for a sentence-final "percent.").
    """
    last = len(doc) - 1
    for tok in doc:
        text = tok.text
        if text[-1:] != "." or not text[:1].islower() or "." not in text[:-1] or text in _TIMES \
                or not 0 < tok.i < last:
            continue
        after = doc[tok.i + 1]
        if doc[tok.i - 1].like_num and after.text[:1].isupper() and not after.is_sent_start:
            after.is_sent_start = True


# ``doc.user_data`` key: the sentences of a tagged paragraph parsed so far, by token range.
PARSED_SENTENCES = "unspin.parsed_sentences"


def _sentence_range(doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].sent.start, doc[last].sent.end


def is_parsed(doc, first: int, last: int) -> bool:
    """The sentence(s) holding tokens ``first..last`` have been parsed (:func:`parsed_sentence`)."""
    return _sentence_range(doc, first, last) in doc.user_data.get(PARSED_SENTENCES, {})


def parse_sentences(nlp, requests: list[tuple], batch_size: int) -> None:
    """Parse the sentences of many paragraphs at once, as :func:`parsed_sentence` would one at a
    time (the parser costs about half as much per sentence in a batch). ``requests``: (doc,
    first token, last token) triples; each range's sentence(s) are parsed once."""
    todo: dict[tuple, tuple] = {}
    for doc, first, last in requests:
        s0, s1 = _sentence_range(doc, first, last)
        if (s0, s1) not in doc.user_data.get(PARSED_SENTENCES, {}):
            todo.setdefault((id(doc), s0, s1), (doc, s0, s1))
    if not todo:
        return
    jobs = list(todo.values())
    parsed = _parse(nlp, [doc[s0:s1].as_doc() for doc, s0, s1 in jobs], batch_size)
    for (doc, s0, s1), got in zip(jobs, parsed):
        doc.user_data.setdefault(PARSED_SENTENCES, {})[(s0, s1)] = got


def _parse(nlp, sentences: list, batch_size: int) -> list:
    """The dependency parse and the attribute ruler's parse-dependent parts of speech."""
    sentences = list(nlp.get_pipe("parser").pipe(sentences, batch_size=batch_size))
    if "attribute_ruler" in nlp.pipe_names:
        ruler = fast_component(nlp, "attribute_ruler")
        sentences = [ruler(s) for s in sentences]
    return sentences


def parsed_sentence(nlp, doc, first: int, last: int):
    """The sentence(s) holding tokens ``first..last`` of a paragraph tagged without the parse, as a
    doc of their own with the dependency parse and the attribute ruler's parse-dependent parts of
    speech, and the index of its first token in ``doc``. Parsed once per paragraph and range.

    The sentence keeps the paragraph's token vectors (``Span.as_doc`` copies them), so the parser
    sees what it would have seen in the whole paragraph.
    """
    cache = doc.user_data.setdefault(PARSED_SENTENCES, {})
    s0, s1 = _sentence_range(doc, first, last)
    got = cache.get((s0, s1))
    if got is None:
        got = cache[(s0, s1)] = _parse(nlp, [doc[s0:s1].as_doc()], 1)[0]
    return got, s0


# Subordinating words that the attribute ruler calls SCONJ when the parser labels them ``mark``.
_SUBORDINATORS = frozenset("as than after before until till since because if while although though "
                           "whether once unless so like that".split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_DET_BEFORE = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV", "X", "SYM"})


def emulate_parse_pos(doc) -> None:
    """Set the parts of speech that ``en_core_web_sm``'s attribute ruler derives from dependency
    labels, from tags and the next few words instead (measured on the speed benchmark's text: the
    parse changes 1.3 % of tags-only parts of speech; these rules bring them closer):

    * a determiner not followed by what it could determine is a pronoun ("which was", "that is");
    * a preposition followed by a finite clause is a subordinating conjunction ("as it rose");
    * "have"/"do" with no verb after them are main verbs ("had a meeting"), not auxiliaries;
    * "'s" after a pronoun is a verb ("it's", "that's"), not a possessive.
    """
    toks = list(doc)
    n = len(toks)
    tags = [t.tag_ for t in toks]
    pos = [t.pos_ for t in toks]
    lowers = [t.lower_ for t in toks]
    for i, tok in enumerate(toks):
        tag, p = tags[i], pos[i]
        if tag in ("DT", "WDT") and p == "DET":
            if i + 1 >= n or pos[i + 1] not in _DET_BEFORE:
                tok.pos_ = "PRON"
        elif tag == "IN" and p == "ADP" and lowers[i] in _SUBORDINATORS:
            if i + 1 < n and tags[i + 1] == "VBN" and lowers[i] in ("as", "than"):
                tok.pos_ = "SCONJ"   # "as expected", "than planned"
                continue
            for k in range(i + 1, min(n, i + 10)):
                if pos[k] == "PUNCT" or (tags[k] == "IN" and k > i + 1):
                    break
                if tags[k] in _FINITE:
                    tok.pos_ = "SCONJ"
                    break
        elif p == "AUX" and tag.startswith("VB") and lowers[i] in _HAVE_DO:
            verb = False
            for k in range(i + 1, min(n, i + 5)):
                if tags[k].startswith("VB") or tags[k] == "MD":
                    verb = True
                    break
                if not (pos[k] in ("ADV", "PRON") or lowers[k] in ("not", "n't")):
                    break
            if not verb:
                tok.pos_ = "VERB"
        elif tag == "POS" and i > 0 and (pos[i - 1] == "PRON" or lowers[i - 1] in ("there", "here", "that", "what")):
            tok.pos_ = "AUX"


_HAVE_DO = frozenset("have has had having 've 'd do does did".split())


def run_components(nlp, names: list[str], docs: list, batch_size: int) -> list:
    """Run the named pipeline components, in order, over tokenized docs. The attribute ruler and
    the lemmatizer run in their faster forms (:mod:`unspin.engine.fast_components`: the same
    results, a fraction of the time)."""
    for name in names:
        proc = fast_component(nlp, name)
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs

