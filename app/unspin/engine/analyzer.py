"""The engine: runs spaCy over a text, matches the lexicons, and turns matches into suggestions.

Flow: ``Engine.analyse(text)`` splits the text into paragraphs, runs spaCy over them (only as
much of the pipeline as each paragraph needs, see :mod:`staging`; in worker processes for large
texts), collects candidate matches in each (:mod:`matcher`), then scores the whole document (the
spin score from unambiguous tells) and gives each candidate its final confidence (:mod:`scoring`).
"""
from __future__ import annotations

import gc
import os
import re
import sys
import threading
from functools import partial
from multiprocessing import TimeoutError as mp_TimeoutError
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from unspin.core.model import Document, Suggestion
from unspin.engine import scoring
from unspin.engine.articles import agree_articles
from unspin.engine.quantifiers import drop_mass_disagreement
from unspin.engine.verb_agreement import agree_verbs
from unspin.engine.spaces import as_written, plain_spaces
from unspin.engine.lexicon import Entry, LexiconProblem, bundled_lexicon_paths, load_lexicons
from unspin.engine.windows import Skipped, bounded_pieces
from unspin.engine.restorer import Lattice
from unspin.engine import local_evidence
from unspin.engine import science_words
from unspin.engine import site_calibration

if TYPE_CHECKING:  # importing these imports spaCy (seconds): the window must open before that
    from unspin.engine.matcher import Candidate, LexiconMatcher
    from unspin.engine.staging import StagePlan

DEFAULT_MIN_CONFIDENCE = 0.5
TORTURED = "tortured phrase"  # the category of tortured-phrase candidates (lexicon and unseen)
_PARAGRAPH = re.compile(r"[^\n]+")
_WORDS = re.compile(r"\w+")
PARALLEL_MIN_WORDS = 40_000     # below this, starting worker processes costs more than it saves
# Worker processes used by default for big texts in the CLI. Measured on the 2-core dev machine
# (bench/speed_engine.py), two processes gained 1.6x when the machine was otherwise idle but lost
# (0.5-0.7x) whenever anything else ran, so they are opt-in: UNSPIN_PROCESSES=2 or processes=2.
AUTO_PROCESSES = 1
RATES_GROUP = "news-observed"   # the observed swap rates are switched off with the observed lexicon
# An unseen tortured find (in no list) below the threshold, in a text of LONE_UNSEEN_WORDS words or
# more, is shown only where other tortured phrases stand around it (scoring.local_tortured_scores at
# least LONE_UNSEEN_SCORE): alone in a longer text it is noise (the clean news corpus: "planning
# trips" -> "training errors", "medical calls" -> "clinical decisions", 54 in 40,499 words, all
# review-only); a sentence or two pasted on their own are asked about, so their finds stay.
LONE_UNSEEN_SCORE = 0.05
LONE_UNSEEN_WORDS = 100
# A text whose news-spinner score reaches this (and that is no paper-mill text) reads as spun news:
# its unseen tortured finds with no tortured phrase around them are held for review.
SPUN_NEWS_SCORE = 0.5
PARALLEL_CHUNK_CHARS = 40_000   # work handed to a worker at a time (about 7,000 words)
# While an analysis runs, the garbage collector considers a full collection after this many
# collections of its middle generation instead of Python's 10 (see fewer_full_collections).
FULL_COLLECTION_EVERY = 100
_GC_LOCK = threading.Lock()
_gc_users = 0
_gc_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_full_collections():
    """Let the garbage collector walk everything (a full collection) less often while analyses run.

    With spaCy, the lexicons and the engine's caches loaded, a full collection walks some 400,000
    objects (0.3-0.45 s on the development machine), and Python starts one whenever the objects that
    survived since the last grow by a quarter: an analysis of 100,000 words keeps about 100,000
    (its candidates and the restorer's lattices until the end), so nearly every such analysis paid
    one or two, and a first one (the caches filling) up to four. Only the oldest generation's
    threshold changes: young objects are collected as usual, and cycles among old ones wait at most
    ten times longer. Nested and concurrent analyses share one setting: the first to start raises
    the threshold, the last to end restores what was there."""
    global _gc_users, _gc_saved
    with _GC_LOCK:
        if _gc_users == 0:
            _gc_saved = gc.get_threshold()
            first, middle, _ = _gc_saved
            gc.set_threshold(first, middle, max(_gc_saved[2], FULL_COLLECTION_EVERY))
        _gc_users += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_users -= 1
            if _gc_users == 0 and _gc_saved is not None:
                gc.set_threshold(*_gc_saved)
                _gc_saved = None


@dataclass
class EngineSettings:
    min_confidence: float = DEFAULT_MIN_CONFIDENCE  # shown and accepted by default at or above this
    floor: float = 0.1                              # candidates below this are not reported at all
    # A spinner rewrites quotations like the rest of the text ("handed" for "passed" inside a
    # quote), so they are repaired too; the document gate keeps clean text clean either way. Users
    # who want quoted words left as written turn this on (Preferences, --protect-quotes).
    protect_quotes: bool = False
    protect_names: bool = True
    numerals: bool = True
    disabled_rules: set[str] = field(default_factory=set)
    disabled_groups: set[str] = field(default_factory=set)
    user_lexicons: list[Path] = field(default_factory=list)
    unseen_tortured: bool = True                     # propose tortured phrases no lexicon lists
    thesauri: list[Path] = field(default_factory=list)  # spinner synonym files (head|alt|alt, {a|b})
    restore: bool = True                                # run the noisy-channel restorer (engine/restorer/)
    # The built-in lexicon files; None means the bundled ones. Benchmarks swap one for a variant
    # (bench/recall_loso.py puts each fold's observed lexicon in place of the shipped one).
    builtin_lexicons: list[Path] | None = None
    # The observed swap-rate tables (engine/swap_rates.py); None means the bundled ones.
    swap_rates: list[Path] | None = None
    # Hand-written vetoes of observed rates (swap_rates.VETOES_NAME); None means the bundled file.
    rate_vetoes: list[Path] | None = None
    # Originals the user has (engine/sources.py): a copy of one is repaired against it.
    sources: list[Path] = field(default_factory=list)
    # The learned second opinion on possible swaps (engine/site_calibration.py): its coefficient
    # file, None for the bundled one; calibrate=False leaves the hand-set confidences alone
    # (bench/recall_loso.py records the folds' features that way, then uses per-fold files).
    calibrate: bool = True
    site_calibration: Path | None = None
    # The calibration's lower bar where the sentence already holds an applied swap
    # (site_calibration.DENSE_THRESHOLD); False keeps the file's one threshold everywhere.
    dense_lift: bool = True
    # The neural language model's second opinion on uncertain swaps of a spun page
    # (engine/second_opinion.py): on documents up to neural_max_words words, when it is installed.
    # Some 18 uncertain swaps per 1,000 words of spun news at 0.2 s each: an article waits a few
    # seconds, a 5,000-word report about 20; past that only on request (--neural).
    neural: bool = True
    neural_max_words: int = 5_000


@dataclass
class Analysis:
    text: str
    spin_score: float
    suggestions: list[Suggestion]
    words: int
    skipped: list = field(default_factory=list)  # windows.Skipped: stretches not analysed, and why
    source: str | None = None    # the name of the original this text was matched to (engine/sources.py)

    def shown(self, min_confidence: float) -> list[Suggestion]:
        """What a user sees at this threshold: :mod:`unspin.engine.visibility` decides."""
        from unspin.engine.visibility import Visibility
        return Visibility(min_confidence).shown(self.suggestions)

    def to_document(self) -> Document:
        return Document(self.text, self.suggestions, self.spin_score)

    def tortured(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE):
        """The paper verdict (:mod:`unspin.core.verdict`): tortured phrases, density, risk level."""
        from unspin.core.verdict import tortured_verdict
        return tortured_verdict(self.suggestions, self.words, min_confidence)

    def to_json(self, min_confidence: float) -> dict:
        return {"spin_score": round(self.spin_score, 3), "source": self.source,
                "tortured": self.tortured(max(min_confidence, DEFAULT_MIN_CONFIDENCE)).to_json(),
                "suggestions": [s.to_json() for s in self.shown(min_confidence)]}


@dataclass
class StageStats:
    """How much of the pipeline the analyses since the last reset ran (see :mod:`staging`)."""
    paragraphs: int = 0
    tagged: int = 0          # tagged, with sentences and lemmas
    parsed: int = 0          # with the dependency parse of some sentences (a condition needed it)
    entities: int = 0        # and given the entity recogniser (on the sentences where a name could matter)

    def add(self, other: "StageStats") -> None:
        self.paragraphs += other.paragraphs
        self.tagged += other.tagged
        self.parsed += other.parsed
        self.entities += other.entities

    def summary(self) -> str:
        p = max(self.paragraphs, 1)
        return (f"{self.paragraphs} paragraphs: {self.tagged} tagged ({100 * self.tagged / p:.1f}%), "
                f"{self.parsed} parsed ({100 * self.parsed / p:.1f}%), "
                f"{self.entities} with entities ({100 * self.entities / p:.1f}%)")


class Cancelled(Exception):
    """Raised inside analysis when the caller's cancel flag is set."""


class Engine:
    """One engine serves the CLI and the window. Loading the pipeline is the slow part; it is
    done once, lazily, and is safe to trigger from a background thread.

    Analysis is staged (:mod:`unspin.engine.staging`): only the paragraphs where a candidate may
    be are tagged, only the sentences where a condition needs syntax are parsed, and only those
    where a name could matter get the entity recogniser. ``staged=False`` (or the
    environment variable ``UNSPIN_FULL_PARSE=1``) parses everything. Large texts are analysed
    by ``processes`` worker processes (``UNSPIN_PROCESSES=2``; by default ``AUTO_PROCESSES`` for
    texts of ``PARALLEL_MIN_WORDS`` words or more, and only where the workers can be forked,
    i.e. in the CLI, never in the window's analysis thread).
    """

    def __init__(self, settings: EngineSettings | None = None, nlp=None,
                 entries: Iterable[Entry] | None = None, staged: bool | None = None,
                 processes: int | None = None, swap_model=None):
        self.settings = settings or EngineSettings()
        self._swap_model = swap_model  # unseen.SwapModel; learnt from the entries when None
        self._nlp = nlp
        self._pipeline_name: str | None = None
        self._lock = threading.Lock()
        self.problems: list[LexiconProblem] = []
        if entries is None:
            builtin = self.settings.builtin_lexicons
            builtin = bundled_lexicon_paths() if builtin is None else list(builtin)
            entries, self.problems = load_lexicons(builtin + list(self.settings.user_lexicons))
        self.entries = [e for e in entries if e.group not in self.settings.disabled_groups]
        self.synonyms = []
        if self.settings.thesauri:
            from unspin.engine.thesaurus import load_thesauri
            self.synonyms, problems = load_thesauri(self.settings.thesauri)
            self.problems.extend(problems)
        self.rates = []
        self.rate_vetoes = []
        if self.settings.restore and RATES_GROUP not in self.settings.disabled_groups:
            from unspin.engine.swap_rates import bundled_rate_paths, bundled_veto_paths, load_rates, load_vetoes
            paths = bundled_rate_paths() if self.settings.swap_rates is None else self.settings.swap_rates
            self.rates, problems = load_rates(paths)
            self.problems.extend(problems)
            paths = bundled_veto_paths() if self.settings.rate_vetoes is None else self.settings.rate_vetoes
            self.rate_vetoes, problems = load_vetoes(paths)
            self.problems.extend(problems)
        self.sources = None
        if self.settings.sources:
            from unspin.engine.sources import SourceLibrary
            self.sources, problems = SourceLibrary.load(self.settings.sources)
            self.problems.extend(problems)
        self.calibration = None
        if self.settings.calibrate and self.settings.restore:
            path = self.settings.site_calibration
            self.calibration = site_calibration.bundled() if path is None else site_calibration.load(path)
        # called as recorder(suggestion, features) for every spinner swap judged below (benchmarks
        # and tools/train_site_calibration.py record the features the calibration is fitted on)
        self.site_recorder = None
        self._channel = None
        self._heads: tuple | None = None   # (the groups, thesaurus_heads of them)
        self._matcher: LexiconMatcher | None = None
        self._plan: StagePlan | None = None
        if staged is None:
            staged = os.environ.get("UNSPIN_FULL_PARSE", "").strip() in ("", "0")
        self.staged = staged
        if processes is None and os.environ.get("UNSPIN_PROCESSES", "").strip().isdigit():
            processes = int(os.environ["UNSPIN_PROCESSES"])
        self.processes = processes
        self._pool = None
        self._pool_size = 0
        self.stats = StageStats()  # of the last analysis (all ranges since the last reset)
        self.skipped: list[Skipped] = []  # stretches left out since the last analyse() (windows.py)

    # -- set-up ----------------------------------------------------------------------------------
    @property
    def nlp(self):
        with self._lock:
            if self._nlp is None:
                from unspin.engine.pipeline import available_pipeline, load_pipeline
                self._pipeline_name = available_pipeline()
                self._nlp = load_pipeline(self._pipeline_name)
            return self._nlp

    @property
    def matcher(self) -> LexiconMatcher:
        nlp = self.nlp
        with self._lock:
            if self._matcher is None:
                from unspin.engine.matcher import LexiconMatcher
                self._matcher = LexiconMatcher(self.entries, nlp, self._unseen_model())
                self.problems.extend(self._matcher.problems)
            return self._matcher

    def _unseen_model(self):
        """The unseen tortured-phrase detector, learnt from these entries (None when turned off:
        ``unseen_tortured=False`` or the rule group "tortured-unseen" disabled)."""
        from unspin.engine import unseen
        if not self.settings.unseen_tortured or unseen.GROUP in self.settings.disabled_groups:
            return None
        if self._swap_model is None:
            self._swap_model = unseen.SwapModel.bundled(self.entries)
        return self._swap_model

    @property
    def plan(self) -> StagePlan:
        matcher = self.matcher  # parses the entries' conditions first
        with self._lock:
            if self._plan is None:
                from unspin.engine.staging import StagePlan
                # the matcher's own entries: those it could parse, with their apostrophe twins
                self._plan = StagePlan.build(matcher.nlp, matcher.entries)
            return self._plan

    @property
    def channel(self):
        """The restorer's table of spun forms and their candidate originals (see :mod:`channel`)."""
        with self._lock:
            if self._channel is None:
                from unspin.engine.channel import ChannelTable
                self._channel = ChannelTable.build(self.entries, self.synonyms, self.rates, self.rate_vetoes)
            return self._channel

    @property
    def thesaurus_heads(self) -> dict:
        """The imported thesauri's spun forms and the heads each may stand for (see
        ``thesaurus.heads_by_form``), built once for the groups loaded."""
        with self._lock:
            if self._heads is None or self._heads[0] is not self.synonyms:
                from unspin.engine.thesaurus import heads_by_form
                self._heads = (self.synonyms, heads_by_form(self.synonyms))
            return self._heads[1]

    def _lattices(self, doc, offset: int, cands: list, para=None) -> list:
        """The restorer's lattices of a paragraph. ``para``: the matcher's ``OpenParagraph`` of this
        doc, whose words the restorer reuses instead of reading every token again."""
        if not self.settings.restore:
            return []
        from unspin.engine.protect import protected_tokens
        from unspin.engine.restorer import ParagraphWords, build_lattices, restorer_named
        words = ParagraphWords.read(doc, None if para is None else (para.texts, para.lowers, para.lemmas, para.glued))
        quoted, _ = protected_tokens(doc, self.settings.protect_quotes, False)
        named = restorer_named(doc, words.texts) if self.settings.protect_names else set()
        lattices = build_lattices(doc, offset, self.channel, quoted, named, cands, words)
        finds = [c for c in cands if c.unseen]
        if not finds:
            return lattices
        # the sentences of unseen tortured finds once more, with what each find displaced in its
        # place: on a spun news page a find with no tortured phrase around is noise, and the news
        # swaps in its words are still to be judged ("revenue development": "revenue growth")
        others = [x for c in cands for x in (c.displaced if c.unseen else (c,))]
        shadows = build_lattices(doc, offset, self.channel, quoted, named, others, words, [c.start for c in finds])
        for lat in shadows:
            lat.shadow = True
        return lattices + shadows

    def _restorer_may_apply(self, doc) -> bool:
        """On a tokenizer-only doc: could the restorer find a site here (so the paragraph is parsed)?"""
        if not self.settings.restore:
            return False
        first = self.channel.first_words
        oracle = self.plan.oracle
        for tok in doc:
            if tok.lower_ in first or (oracle is not None and not first.isdisjoint(oracle.lemmas(tok.lower_))):
                return True
        return False

    def warm_up(self) -> None:
        """Load the pipeline and build the matcher (for a background thread at start-up)."""
        if self.settings.restore:
            from unspin.engine.langmodel import load_in_background
            load_in_background()
            self.channel  # noqa: B018 - builds the restorer's table
        self.matcher.nlp("Warm up.")
        from unspin.engine.inflect import inflect_word
        inflect_word("say", "VBD")  # loads lemminflect's tables (about a second) now, not mid-analysis
        if self.staged:
            self.plan  # noqa: B018 - builds the lemma tables
        from unspin.engine import unseen
        model = self._unseen_model()
        if model is not None and unseen.near_route_on():
            model.vectors  # noqa: B018 - the word vectors of the unseen finder's near route (about a second)

    def close(self) -> None:
        """Stop the worker processes, if any (they are also stopped at exit)."""
        pool, self._pool, self._pool_size = self._pool, None, 0
        if pool is not None:
            pool.terminate()
            pool.join()

    # -- analysis --------------------------------------------------------------------------------
    def iter_candidates(self, text: str, start: int = 0, end: int | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        batch_size: int = 64, processes: int | None = None) -> Iterator[Candidate]:
        """Candidates paragraph by paragraph for text[start:end], offsets in the whole text.

        ``progress(done, total)`` counts paragraphs and never goes back; ``cancelled()`` is
        polled between paragraphs (between chunks with worker processes) and raises
        :class:`Cancelled`.
        """
        end = len(text) if end is None else end
        if self.settings.restore:  # the language model is needed by finish(): load it meanwhile
            from unspin.engine import trigrams
            from unspin.engine.langmodel import is_loaded, load_in_background
            if not (is_loaded() and trigrams.is_loaded()):
                load_in_background()
        # Bounded pieces only: a pathological paragraph must not stall spaCy (see windows.py).
        paras: list[tuple[int, str]] = []
        for m in _PARAGRAPH.finditer(text, start, end):
            if m.group().strip():
                # a no-break space reads as a space, at the same offsets (spaces.py)
                pieces, skipped = bounded_pieces(m.start(), plain_spaces(m.group()))
                paras.extend(pieces)
                self.skipped.extend(skipped)
        total = len(paras)
        n = self._processes_for(paras, processes)
        with fewer_full_collections():
            if n > 1:
                yield from self._iter_parallel(paras, n, cancelled, progress)
                return
            for k, cands in enumerate(self._paragraph_candidates(paras, cancelled, batch_size)):
                yield from cands
                if progress is not None:
                    progress(k + 1, total)

    def _paragraph_candidates(self, paras: list[tuple[int, str]], cancelled=None,
                              batch_size: int = 64) -> Iterator[list[Candidate]]:
        """One list of candidates per paragraph, in order."""
        matcher, settings = self.matcher, self.settings
        nlp = matcher.nlp
        stats = self.stats
        if not self.staged:
            docs = nlp.pipe((p for _, p in paras), batch_size=batch_size)
            for (offset, _), doc in zip(paras, docs):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                stats.paragraphs += 1
                stats.tagged += 1
                stats.parsed += 1
                stats.entities += 1
                cands = matcher.candidates(doc, offset, settings)
                yield cands + self._lattices(doc, offset, cands)
            return
        from unspin.engine.staging import PARSED_SENTENCES, parse_sentences, run_components
        plan = self.plan
        for b in range(0, len(paras), batch_size):
            if cancelled is not None and cancelled():
                raise Cancelled()
            block = paras[b:b + batch_size]
            docs = [nlp.make_doc(p) for _, p in block]
            found: list[list[Candidate]] = [[] for _ in block]
            need, need_ner = [], set()
            for j, doc in enumerate(docs):
                # The restorer's check is the cheapest and passes almost every paragraph of news;
                # the surface filter is then only needed to know whether entities could matter.
                if not plan.entity_entries and self._restorer_may_apply(doc):
                    possible, entities = True, False
                else:
                    possible, entities = plan.surface_scan(doc, matcher.index, settings)
                    if not possible and matcher.unseen is not None:
                        possible = matcher.unseen.possible([t.lower_ for t in doc], [t.whitespace_ == "" for t in doc])
                    possible = possible or self._restorer_may_apply(doc)
                if possible:
                    need.append(j)
                    if entities:
                        need_ner.add(j)
            stats.paragraphs += len(block)
            stats.tagged += len(need)
            if need:
                tagged = plan.tag(nlp, [docs[j] for j in need], batch_size)
                # Matches whose conditions need a sentence's parse wait until the block's
                # sentences are parsed together (parse_sentences).
                opened = [matcher.start(doc, block[j][0], settings, defer=True, text=block[j][1])
                          for j, doc in zip(need, tagged)]
                parse_sentences(nlp, [(p.doc, first, last) for p in opened for first, last in p.parse_requests],
                                batch_size)
                ner_docs, ner_sentences = [], []
                for j, doc, para in zip(need, tagged, opened):
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    offset = block[j][0]
                    cands = matcher.complete(para)
                    if plan.parser is None or doc.user_data.get(PARSED_SENTENCES):
                        stats.parsed += 1  # wholly, or the sentences a condition needed parsed
                    sentences = [] if plan.ner is None or j in need_ner else \
                        plan.entity_sentences(doc, cands, offset, settings, para.texts)
                    if plan.ner is not None and j in need_ner:
                        ner_docs.append((j, doc))   # an entry's conditions read entities: all of it
                    elif sentences:
                        ner_sentences.append((j, doc, sentences, cands, _names(doc, para.texts), para))
                    else:
                        found[j] = cands + self._lattices(doc, offset, cands, para)
                if ner_docs:
                    ner_docs = list(zip([j for j, _ in ner_docs],
                                        run_components(nlp, [plan.ner], [d for _, d in ner_docs], batch_size)))
                if ner_sentences:
                    plan.add_entities(nlp, [(doc, sents) for _, doc, sents, _, _, _ in ner_sentences], batch_size)
                for j, doc, _, cands, names, para in ner_sentences:
                    stats.entities += 1
                    # Entities only protect names: where they name no word the tags had not, the
                    # candidates are those found already (most paragraphs; no second match).
                    if _names(doc, para.texts) != names:
                        cands = matcher.candidates(doc, block[j][0], settings)
                    found[j] = cands + self._lattices(doc, block[j][0], cands, para)
                for j, doc in ner_docs:
                    stats.entities += 1
                    cands = matcher.candidates(doc, block[j][0], settings)
                    found[j] = cands + self._lattices(doc, block[j][0], cands)
            yield from found

    # -- worker processes ---------------------------------------------------------------------------
    def _processes_for(self, paras, requested: int | None) -> int:
        n = requested if requested is not None else self.processes
        if n is not None:
            return max(1, n)
        if (os.cpu_count() or 1) < 2 or self._nlp is not None and self._pipeline_name is None:
            return 1  # a pipeline object given by the caller cannot be rebuilt in a worker
        if not _can_fork():
            # In the window (analysis in a thread) workers would have to be spawned: seconds to
            # start, a model copy each, unsafe in a frozen app, and the two cores are then busy
            # while the window needs one. Staged analysis in the thread is fast enough there.
            return 1
        words = sum(len(p) for _, p in paras) // 6
        return AUTO_PROCESSES if words >= PARALLEL_MIN_WORDS else 1

    def _worker_pool(self, n: int):
        if self._pool is not None and self._pool_size == n:
            return self._pool
        self.close()
        import multiprocessing as mp

        self.warm_up()  # forked workers inherit the loaded pipeline; spawned ones need its name
        # fork shares the loaded pipeline (fast start, shared memory) but is only safe while this
        # is the only thread (the CLI); the window analyses in a thread, so workers are spawned.
        if _can_fork():
            ctx, init = mp.get_context("fork"), (self,)
        else:
            ctx, init = mp.get_context("spawn"), (_EngineSpec.of(self),)
        self._pool = ctx.Pool(n, initializer=_worker_init, initargs=init)
        self._pool_size = n
        return self._pool

    def _iter_parallel(self, paras, n: int, cancelled, progress) -> Iterator[Candidate]:
        chunks: list[list[tuple[int, str]]] = []
        size = 0
        for p in paras:
            if not chunks or size >= PARALLEL_CHUNK_CHARS:
                chunks.append([])
                size = 0
            chunks[-1].append(p)
            size += len(p[1])
        pool = self._worker_pool(n)
        results = pool.imap(_worker_run, chunks)
        total, done = len(paras), 0
        finished = False
        try:
            for chunk in chunks:
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    try:
                        cands, stats = results.next(timeout=0.05)
                        break
                    except mp_TimeoutError:
                        continue
                self.stats.add(stats)
                yield from cands
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            finished = True
        finally:
            if not finished:
                self.close()  # drop the queued work of an abandoned analysis

    # -- results -----------------------------------------------------------------------------------
    def finish(self, text: str, candidates: list[Candidate], words: int | None = None,
               whole: bool = True, cancelled: Callable[[], bool] | None = None,
               readings: Callable[[int, int], None] | None = None) -> Analysis:
        """Score the candidates of ``text``. ``words`` is its word count when the caller already
        has it (the window counts in pieces: one ``findall`` over a long text holds the GIL for
        tens of milliseconds); by default it is counted here. ``whole=False``: ``text`` is only a
        part of the document (a first estimate), so it is not matched against the sources.
        ``cancelled()`` is asked between the neural model's readings, the one part of this that
        takes seconds; when it says yes, :class:`Cancelled` is raised. ``readings(done, total)``
        counts those readings."""
        if words is None:
            words = count_words(text)
        written, text = text, plain_spaces(text)   # read as iter_candidates read it; see spaces.py
        lattices = [c for c in candidates if isinstance(c, Lattice) and not c.shadow]
        shadows = [c for c in candidates if isinstance(c, Lattice) and c.shadow]
        candidates = [c for c in candidates if not isinstance(c, Lattice)]
        score = scoring.spin_score(candidates, words)
        # Ambiguous candidates gain confidence from the tells of their own kind: tortured phrases
        # from other tortured phrases, spinner swaps from spinner tells ("model" -> "version" must
        # not be applied to a paper because it holds tortured phrases).
        tortured = [c for c in candidates if c.category == TORTURED]
        spinner = [c for c in candidates if c.category != TORTURED]
        # each tortured phrase by the evidence around it (see scoring.LOCAL_WORDS)
        local = dict(zip(map(id, tortured), scoring.local_tortured_scores(tortured, len(text), words)))
        spinner_score = scoring.spin_score(spinner, words) if not scoring.paper_mill(tortured, spinner) else 0.0
        threshold = self.settings.min_confidence
        spun_news = spinner_score >= SPUN_NEWS_SCORE   # 0 for a paper-mill text (see above)
        if spun_news and shadows:
            lattices, candidates = _without_noise_finds(lattices, shadows, candidates, local)
            spinner = [c for c in candidates if c.category != TORTURED]
        # a usual word of science in paper-mill prose is the writer's own: news swaps of it for review
        held = science_words.held_for_review(spinner, tortured, len(text), words, self._unseen_model)
        margins: dict = {}
        rated: dict = {}
        decided: list = []   # (decision, its suggestion from the sentence alone)
        if lattices:
            from unspin.engine import restorer
            from unspin.engine.trigrams import restorer_model
            lm = restorer_model()
            # the restorer's word swaps are spinner evidence: tortured phrases do not open its gate
            # many ambiguous swaps are evidence too: a short spun page may hold no unambiguous tell
            soft = scoring.soft_spin_score(spinner, words)
            gate = restorer.spin_probability(lattices, lm, max(spinner_score, soft))
            score = max(score, gate)
            spinner_score = max(spinner_score, gate)
            decisions, margins = restorer.decode(lattices, lm, gate, rated)
            for d in decisions:
                s = restorer.suggestion_for(d, threshold)
                if s.rule not in self.settings.disabled_rules:
                    decided.append((d, s))
        scored: list = []    # (candidate, confidence)
        # an unseen tortured guess over an imported file's line: the restorer decided the span (build_lattices)
        filed = {(d.site.start, d.site.end) for d, _ in decided if restorer.file_site(d.site)} if decided else set()
        for c in candidates:
            if c.rule in self.settings.disabled_rules:
                continue
            if filed and (c.start, c.end) in filed and c.unseen:
                continue
            conf = scoring.confidence(c, local[id(c)] if c.category == TORTURED else spinner_score)
            if margins:
                if not any(ch.isdigit() for ch in c.original):  # the model knows no figures
                    conf = restorer.adjust_lexicon_confidence(conf, margins.get((c.start, c.end)), threshold,
                                                              gate if c.spinner_lift else 0.0, c.prior)
                    # the same swap observed in spun news and winning in its sentence: as sure as that evidence
                    conf = max(conf, rated.get((c.start, c.end), 0.0))
            if id(c) in held:
                conf = min(conf, threshold - 0.01)
            elif spun_news and c.category == TORTURED and c.unseen \
                    and local[id(c)] < LONE_UNSEEN_SCORE:
                # spun news, no tortured phrase around: the unseen finder's swaps overlap the news
                # spinner's ("trial outcomes" read "experimental results", "examination outcomes"
                # "search results"), whose originals are everyday phrases: for review only
                conf = min(conf, threshold - 0.01)
            scored.append((c, conf))
        # What the rest of the document says about each spinner swap (local_evidence.py): tortured
        # phrases have their own local evidence (scoring.local_tortured_scores).
        spans = [(s.start, s.end, s.confidence) for _, s in decided]
        spans += [(c.start, c.end, conf) for c, conf in scored if c.category != TORTURED]
        attestable = [s.replacement if restorer.observed_swap(d) else None for d, s in decided]
        attestable += [None] * (len(spans) - len(attestable))
        bonuses = iter(local_evidence.document_bonuses(text, spans, threshold, attestable))
        suggestions = []
        # the learned second opinion on the possible swaps (site_calibration.py): only where the
        # restorer ran, whose margins and gate it reads
        calib = self.calibration if lattices else None
        record = self.site_recorder if lattices else None
        # how many swaps each sentence already has at the threshold: there the calibration's bar is lower
        applied = site_calibration.SentenceCounts(lattices) if calib is not None else None
        if applied is not None:
            applied.add(s.start for _, s in decided if s.confidence >= threshold)
            applied.add(c.start for c, conf in scored if c.category != TORTURED and conf >= threshold)
        # the tier is fitted on the built-in lexicons' swaps: an imported thesaurus' candidates keep the
        # file's bar (bench/restorer_eval.py --oracle with the tier on them: 66.1 -> 70.6 %, Pok 95.0 -> 94.3 %)
        dense = self.settings.dense_lift
        from unspin.engine.channel import THESAURUS_RULE
        model = self._neural_model(whole, spinner_score, words)
        # An imported thesaurus's swaps too weak to be listed are read by the neural model all the
        # same (second_opinion.py: applied only where it is sure, never listed otherwise). The user's
        # thesaurus is the spinner's own channel, so its candidates are worth a reading; the
        # built-in lexicons' are not (tried for all of them: LOSO's Pok fell to 94.2 %, thirty-fourth
        # session; for an imported thesaurus: bench/restorer_eval.py --oracle, thirty-fifth session).
        quiet: list = []
        for d, s in decided:
            bonus = next(bonuses)
            if bonus and not restorer.sure_of_original(d):
                bonus = 0.0
            if bonus:
                s = restorer.suggestion_for(d, threshold, bonus)
            if calib is not None or record is not None:
                feats = partial(site_calibration.restorer_features, d, s.confidence, s.original)
                if record is not None:
                    record(s, feats())
                if calib is not None and calib.lifts(s.confidence, threshold, feats, dense and applied.dense(s.start)
                                                     and THESAURUS_RULE not in s.rule):
                    s = restorer.suggestion_for(d, threshold, bonus, lifted=True)
            if s.confidence >= self.settings.floor:
                suggestions.append(s)
            elif model is not None and THESAURUS_RULE in s.rule:
                quiet.append(s)
        for c, conf in scored:
            if c.category != TORTURED:
                bonus = next(bonuses)
                # an entry its author rated below the threshold ("as a result of" + a noun phrase,
                # 0.1: usually the writer's own) stays a possible swap whatever the paragraph
                if c.prior >= threshold and id(c) not in held:
                    conf = local_evidence.with_bonus(conf, bonus)
                    if calib is not None or record is not None:
                        feats = partial(site_calibration.matcher_features, conf, c.prior, margins.get((c.start, c.end)),
                                        gate, c.original, len(c.alternatives))
                        if record is not None:
                            record(c, feats())
                        if calib is not None and calib.lifts(conf, threshold, feats, dense and applied.dense(c.start)):
                            conf = threshold
            elif conf < threshold and words >= LONE_UNSEEN_WORDS and local[id(c)] < LONE_UNSEEN_SCORE \
                    and c.unseen:
                continue
            if conf >= self.settings.floor:
                suggestions.append(c.to_suggestion(conf))
        suggestions.sort(key=lambda s: s.start)
        suggestions = agree_articles(text, agree_verbs(text, drop_mass_disagreement(text, suggestions)))
        spaced = text != written     # plain_spaces changed something: originals as written (one pass, above)
        if spaced:
            suggestions = as_written(written, suggestions)
        if model is not None:
            from unspin.engine.second_opinion import second_opinion
            quiet.sort(key=lambda s: s.start)
            suggestions = second_opinion(written, suggestions, threshold, model, cancelled, readings,
                                         quiet=as_written(written, quiet) if spaced else quiet,
                                         heads=self.thesaurus_heads if self.synonyms else None)
        source = self.sources.match(written) if self.sources and whole else None
        if source is not None:
            from unspin.engine.sources import apply_source, copy_spin_score
            suggestions = apply_source(written, suggestions, source)
            score = max(score, copy_spin_score(suggestions, words))
        return Analysis(written, score, suggestions, words, source=source.name if source is not None else None)

    def _neural_model(self, whole: bool, spinner_score: float, words: int):
        """The neural language model for the second opinion, or None where it does not run: not on
        a first estimate of the visible part (``whole`` False: that one must come at once), not on
        a page that does not read as spun news, not past ``neural_max_words``, not when off."""
        if not (whole and self.settings.neural and spinner_score >= SPUN_NEWS_SCORE
                and words <= self.settings.neural_max_words):
            return None
        from unspin.engine import neural_lm
        return neural_lm.shared_model()

    def analyse(self, text: str, cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> Analysis:
        self.skipped = []
        candidates = list(self.iter_candidates(text, cancelled=cancelled, progress=progress))
        analysis = self.finish(text, candidates, cancelled=cancelled)
        analysis.skipped = list(self.skipped)
        return analysis


def _without_noise_finds(lattices: list, shadows: list, candidates: list, local: dict) -> tuple[list, list]:
    """A spun news page's sentences whose unseen tortured finds all have no tortured phrase around
    them: there the finds are noise (held for review at best), so the matches they displaced stand
    in their place and the sentence is read from its shadow lattice (``Engine._lattices``)."""
    finds = [c for c in candidates if c.unseen]
    noise = []   # the sentences to read from their shadows
    for lat in lattices:
        inside = [c for c in finds if lat.start <= c.start < lat.end]
        if inside and all(local[id(c)] < LONE_UNSEEN_SCORE for c in inside):
            noise.append(lat)
    if not noise:
        return lattices, candidates
    starts = {lat.start for lat in noise}
    kept = []
    for c in candidates:
        if c.unseen and any(lat.start <= c.start < lat.end for lat in noise):
            kept.extend(c.displaced)
        else:
            kept.append(c)
    lattices = sorted([lat for lat in lattices if lat.start not in starts] +
                      [lat for lat in shadows if lat.start in starts], key=lambda lat: lat.start)
    return lattices, sorted(kept, key=lambda c: c.start)


def _names(doc, texts: list[str] | None = None) -> set[int]:
    """The tokens the matcher protects as names (:func:`protect.protected_tokens`); ``texts``: the
    tokens' texts when the caller has them."""
    from unspin.engine.protect import protected_tokens
    return protected_tokens(doc, False, True, texts)[1]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words (``\\w+`` runs) in text[start:end]; ``finish`` counts them the same way. A word never
    spans a newline, so counts of line-aligned pieces add up to the whole text's."""
    return len(_WORDS.findall(text, start, len(text) if end is None else end))


# -- worker processes (module level so that they can be pickled) ----------------------------------
def _can_fork() -> bool:
    """fork shares the loaded pipeline but is only safe while this is the only thread (the CLI)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1 and not getattr(sys, "frozen", False)


@dataclass
class _EngineSpec:
    """What a spawned worker needs to rebuild the same engine."""
    settings: EngineSettings
    entries: list[Entry]
    pipeline: str | None
    staged: bool

    @classmethod
    def of(cls, engine: Engine) -> "_EngineSpec":
        return cls(engine.settings, engine.entries, engine._pipeline_name, engine.staged)


_WORKER: Engine | None = None


def _worker_init(source) -> None:
    global _WORKER
    if isinstance(source, Engine):  # forked: the parent's engine, pipeline already loaded
        _WORKER = source
    else:
        from unspin.engine.pipeline import load_pipeline
        _WORKER = Engine(source.settings, nlp=load_pipeline(source.pipeline), entries=source.entries,
                         staged=source.staged, processes=1)
    _WORKER._pool = None
    _WORKER.processes = 1


def _worker_run(paras: list[tuple[int, str]]):
    engine = _WORKER
    engine.stats = StageStats()
    out: list[Candidate] = []
    for cands in engine._paragraph_candidates(paras):
        out.extend(cands)
    return out, engine.stats
