"""The swap model: the tables learnt from the list and the bundled files, and :meth:`SwapModel.find`,
which tries the routes (each a mixin of its own module) on every run of two to four words.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from .tuning import (
    CACHE_SIZE,
    COMPLETION_MIN,
    DICTIONARY_ANCHORS,
    EXTENDED_MIN,
    HALLMARK_ANCHOR_COUNT,
    KNOWN_LOGP,
    MAX_OPTIONS,
    MAX_WORDS,
    SHORT_ANCHORS,
    SINGULAR_MIN,
    SINGULAR_RATIO,
    STRONG_SWAP,
    STRONG_TERM,
    _MISSING,
)
from .words import (
    NOT_CONTENT,
    _ALPHA,
    _POSSESSIVE,
    _bare,
    _norm,
    _squash,
    _word_of_term,
    join_hyphens,
    plural,
    singular,
    units,
)
from .found import CATEGORY, Found, _DICTIONARY, _ORDINARY, _ROUTE, prior
from .building import (
    _display,
    _learn_chunks,
    _list_neighbours,
    _verb_form_swaps,
    bundled_phrasal_files,
    bundled_synonym_files,
    bundled_term_files,
    read_synonyms,
)
from .ordinary import OrdinaryEnglish
from .term_route import TermRoute
from .phrasal import PhrasalRoute, read_phrasal
from .coordination import CoordinationRoute
from .language_routes import LanguageModelRoutes
from .near import NearRoute
from .compounds import CompoundsAndSpellings
from .completion import CompletionRoute


class SwapModel(TermRoute,
                PhrasalRoute,
                CoordinationRoute,
                LanguageModelRoutes,
                NearRoute,
                CompoundsAndSpellings,
                CompletionRoute,
                OrdinaryEnglish):
    """What a paraphraser may have swapped, learnt from the list (see the package's docstring);
    :meth:`find` gives the runs of a paragraph that swap back to a standard term."""

    prior = staticmethod(prior)

    def __init__(self, swaps: dict[str, Counter], terms: dict[tuple[str, ...], int],
                 displays: dict[tuple[str, ...], str], tortured: set[tuple[str, ...]], lm=None,
                 chunks: dict[str, Counter] | None = None, synonyms: dict[str, list[str]] | None = None,
                 neighbours: dict[str, list[str]] | None = None, trigram=_MISSING, vectors=_MISSING,
                 phrasal: dict[str, list[str]] | None = None):
        swaps = dict(swaps)
        swaps.update(chunks or {})
        self.swaps = {w: [c for c, _ in counter.most_common(MAX_OPTIONS)] for w, counter in swaps.items()}
        # several words the paraphraser puts for one ("getting to know" for "learning"), by first word
        self.chunks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for chunk in (chunks or {}):
            self.chunks[chunk.split(" ")[0]].append(tuple(chunk.split(" ")))
        for v in self.chunks.values():
            v.sort(key=len, reverse=True)
        self.chunks = dict(self.chunks)
        self.swap_counts = swaps
        self.terms = terms
        self.displays = displays
        self.tortured = tortured
        self._lm = lm                # langmodel.LanguageModel; the shared one on first use when None
        self._lm_failed = False
        # the trigram model (see collocation): by default the restorer's when the shared bigram
        # model is used too, none beside a language model of the caller's own (a test's)
        self._trigram = (None if lm is not None else _MISSING) if trigram is _MISSING else trigram
        self._collocation_memo: dict[tuple[str, str], float] = {}
        # the word vectors (see _near): the bundled table on first use by default, none beside a
        # language model of the caller's own (a test's) unless given
        self._vectors = (None if lm is not None else _MISSING) if vectors is _MISSING else vectors
        self.term_words = {w for t in terms for w in t}
        # see term_uses and _spellings: built here (with the model, at load: the background loader)
        # rather than on first use, which was in the first analysis of a text (cold run)
        self._term_uses: Counter = Counter()
        self._term_pairs: dict[tuple[str, str], list | tuple] = defaultdict(list)   # word pair -> (term, place)
        for t in terms:
            self._term_uses.update(set(t))
            for i in range(len(t) - 1):
                self._term_pairs[t[i:i + 2]].append((t, i))
        self._term_pairs = {k: tuple(v) for k, v in self._term_pairs.items()}
        spellings: dict[str, list[str]] = defaultdict(list)
        for w in self.term_words:
            spellings[_squash(w)].append(w)
        self._spelling_index: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in spellings.items()}
        self._firsts = {t[0] for t in terms}
        # The dictionary route: a word -> the term words it is a dictionary synonym of
        # (synonyms.tsv), for the words of this model's own terms only.
        # ``neighbours`` (the list read as a thesaurus, see _list_neighbours) count as synonyms
        # too, but only a dictionary file's pairs are *witnessed* (see _short_dictionary).
        self.dictionary: dict[str, list[str]] = defaultdict(list)
        self._witnessed: set[tuple[str, str]] = set()
        for source in (synonyms or {}, neighbours or {}):
            for word, alts in source.items():
                if word in self.term_words or singular(word) in self.term_words:
                    for a in alts:
                        if a != word and a not in NOT_CONTENT and singular(a) != singular(word):
                            if word not in self.dictionary.get(a, ()):
                                self.dictionary[a].append(word)
                            if source is synonyms:
                                self._witnessed.add((a, word))
        self.dictionary = dict(self.dictionary)
        # every term with one word blanked out: a cheap first test for a one-synonym swap-back
        self._masked = {t[:j] + ("",) + t[j + 1:] for t in terms for j in range(len(t))} if self.dictionary else set()
        # the terms of three or four words by their words less one (the completion route)
        self._completions: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for t in terms:
            if len(t) >= COMPLETION_MIN:
                for j in range(len(t)):
                    self._completions[t[:j] + ("",) + t[j + 1:]].append(t)
        self._completions = dict(self._completions)
        # ... and the first three words of every longer term, as written and with one blanked out
        # (the dictionary and completion routes' cheap first test)
        self._starts = {t[:3][:j] + ("",) + t[:3][j + 1:] for t in terms if len(t) > DICTIONARY_ANCHORS
                        for j in range(3)}
        self._starts |= {t[:3] for t in terms if len(t) > DICTIONARY_ANCHORS}
        # (length, position) -> word -> the terms with that word there, to intersect per position.
        self._at: dict[tuple[int, int], dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for t in terms:
            for j, w in enumerate(t):
                self._at[(len(t), j)][w].add(t)
        self._at = {k: dict(v) for k, v in self._at.items()}
        self._lasts = {t[-1] for t in terms}
        # the near route: (place of the kept word, kept word) -> the two-word terms with it there
        near: dict[tuple[int, str], list] = defaultdict(list)
        for t in terms:
            if len(t) == 2:
                near[(0, t[0])].append(t)
                near[(1, t[1])].append(t)
        # ... only where one of them is a usual target (the route's find must be one)
        self._near_terms = {k: tuple(v) for k, v in near.items() if any(terms[t] >= STRONG_TERM for t in v)}
        self._near_memo: dict[tuple[str, str], tuple | None] = {}
        # How many terms each word heads (ends) and modifies (stands before the end in): the
        # composed route asks whether a swapped-back word is a usual word of terms in its place.
        self._heads: Counter = Counter(t[-1] for t in terms)
        self._mods: Counter = Counter(w for t in terms for w in t[:-1])
        self._cache: dict[tuple[str, ...], list] = {}    # a run of words -> its finds (runs recur)
        self._best_cache: dict[tuple[str, ...], tuple | None] = {}   # shorter runs recur more often
        self._info: dict[str, tuple] = {}                # a word -> see _word_info
        self._slot_memo: dict[tuple[str, int, int], frozenset | set] = {}   # see _slot
        self._pair_cache: dict[tuple[str, str], list] = {}
        self._targets_memo: dict[str, list[str]] = {}
        self._pair_memo: dict[tuple[str, str], bool] = {}   # see _may_pair
        self._sibling_memo: dict[tuple[str, str], int] = {}    # see _siblings
        self._coordination_memo: dict[tuple[str, str], bool] = {}   # see _coordination
        self._conjunct_memo: dict[tuple[str, bool], list[str]] = {}  # see _conjuncts
        self._favourite_memo: dict[str, bool] = {}          # see _favourite
        self._synonym_memo: dict[tuple[str, bool], list[str]] = {}
        self._short_memo: dict[tuple[str, bool], list[str]] = {}
        # plural heads as written that the list restores to a singular head (see singular_after)
        self.singular_heads: frozenset[str] = frozenset()
        # the phrasal route (see _phrasal): several words of English for one, by their first two
        self.phrasal: dict[tuple[str, str], list] = {}
        self.phrasal_joined: dict[str, tuple] = {}
        self.phrasal_parts: dict[tuple[str, str], list] = {}
        self._phrasal_index(phrasal or {})

    @classmethod
    def from_entries(cls, entries, term_files: Iterable[Path] = (), lm=None,
                     synonym_files: Iterable[Path] = (), trigram=_MISSING, vectors=_MISSING,
                     phrasal_files: Iterable[Path] = ()) -> "SwapModel":
        swaps: dict[str, Counter] = defaultdict(Counter)
        terms: Counter = Counter()
        displays: dict[tuple[str, ...], str] = {}
        tortured: Counter = Counter()
        # the listed phrases as the lexicon matches them: as written, and a singular head also in
        # the plural (a phrase listed only in the plural, "irregular walks", leaves its singular
        # to this finder)
        listed: set[tuple[str, ...]] = set()
        number: dict[str, list[int]] = defaultdict(lambda: [0, 0])   # see singular_after
        for e in entries:
            if e.category != CATEGORY or e.gap:
                continue
            written = [w.lower() for w in join_hyphens(list(e.spun))]
            spun = _norm(written)
            tortured[spun] += 1
            if written:
                listed.add(tuple(written))
                if singular(written[-1]) == written[-1]:
                    listed.add(tuple(written[:-1]) + (plural(written[-1]),))
            for k, alt in enumerate(e.restored):
                words = join_hyphens(alt.replace("*", "").split())
                if not 2 <= len(words) <= MAX_WORDS or not all(_word_of_term(w.lower()) for w in words) or \
                        _POSSESSIVE.match(words[-1].lower()):
                    continue
                term = _norm(words)
                terms[term] += 1
                _display(displays, term, words)
                if k == 0 and len(term) == len(spun):
                    head, repaired = written[-1], words[-1].lower()
                    if singular(head) != head and repaired != head:
                        number[head][singular(repaired) == repaired] += 1
                    for a, b in zip(spun, term):
                        if a != b and a not in NOT_CONTENT and b not in NOT_CONTENT \
                                and singular(a) != singular(b) and _bare(a) != _bare(b):
                            swaps[a][b] += 1
        for path in term_files:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                words = join_hyphens(line.split("#", 1)[0].split())
                if 2 <= len(words) <= MAX_WORDS and all(_ALPHA.match(w.lower()) for w in words):
                    term = _norm(words)
                    terms[term] += 1
                    _display(displays, term, words)
        # A phrase listed as tortured more often than as a repair is not a standard term.
        for t, n in tortured.items():
            if terms.get(t, 0) <= n:
                terms.pop(t, None)
        chunks = _learn_chunks(entries, swaps, terms)
        # Measured on three development fifths (seeds 11-13, the test fifth excluded): recall
        # 1006 -> 1008/3004, Pok 89.6 % unchanged; 32 ms on the bundled model's build (1.1 s).
        for word, counter in _verb_form_swaps(swaps, {w for t in terms for w in t}).items():
            if word not in swaps:
                swaps[word] = counter
            else:
                # a word the list swaps itself keeps its own swaps first: the derived one comes
                # after them, as often as the list's rarest ("separated" -> "stratified" shown,
                # "separate" -> "extract" gives "separated" -> "extracted" too). Seeds 11-13
                # 1118 -> 1120/3004, Pok 90.9 %; seeds 14-15 731/2046, two more helpful edits.
                own = min(swaps[word].values())
                for t, c in counter.items():
                    if t not in swaps[word]:
                        swaps[word][t] = min(c, own)
        synonyms: dict[str, list[str]] = {}
        for path in synonym_files:   # several files (WordNet, Roget) add up word by word
            for word, alts in read_synonyms(path).items():
                synonyms[word] = list(dict.fromkeys(synonyms.get(word, []) + alts))
        phrasal: dict[str, list[str]] = {}
        for path in phrasal_files:
            for phrase, words in read_phrasal(path).items():
                phrasal[phrase] = list(dict.fromkeys(phrasal.get(phrase, []) + words))
        model = cls(dict(swaps), dict(terms), displays, listed, lm, chunks, synonyms,
                    _list_neighbours(swaps), trigram, vectors, phrasal)
        model.singular_heads = frozenset(w for w, (pl, sg) in number.items()
                                         if sg >= SINGULAR_MIN and sg >= SINGULAR_RATIO * pl)
        return model

    @classmethod
    def bundled(cls, entries, lm=None) -> "SwapModel":
        """The model learnt from ``entries`` with the bundled term lists and dictionary synonyms."""
        return cls.from_entries(entries, bundled_term_files(), lm, bundled_synonym_files(),
                                phrasal_files=bundled_phrasal_files())

    @property
    def lm(self):
        """The language model for the attested route (None when it cannot be loaded)."""
        if self._lm is None and not self._lm_failed:
            try:
                from unspin.engine.langmodel import shared_model
                self._lm = shared_model()
            except Exception:  # noqa: BLE001 - symspellpy missing or unreadable: no attested route
                self._lm_failed = True
        return self._lm

    @property
    def trigram(self):
        """CMU Sphinx's trigram model of general English (:mod:`trigrams`), or None."""
        if self._trigram is _MISSING:
            self._trigram = None
            try:
                from unspin.engine.trigrams import TrigramModel, restorer_model
                model = restorer_model()
                if isinstance(model, TrigramModel):
                    self._trigram = model
            except Exception:  # noqa: BLE001 - pocketsphinx missing or unreadable: bigram pairs only
                pass
        return self._trigram

    @property
    def vectors(self):
        """The bundled word vectors (:mod:`word_vectors`) for the near route, or None."""
        if self._vectors is _MISSING:
            self._vectors = None
            try:
                from unspin.engine.word_vectors import word_vectors
                self._vectors = word_vectors()
            except Exception:  # noqa: BLE001 - numpy missing or the table unreadable: no near route
                pass
        return self._vectors

    def _targets(self, word: str) -> list[str]:
        """What the paraphraser may have swapped ``word`` for, most frequent first; a plural
        word gets its singular's swaps in the plural ("highlights" -> "features")."""
        got = self._targets_memo.get(word)
        if got is None:
            if len(self._targets_memo) >= CACHE_SIZE:
                self._targets_memo.clear()
            got = self._targets_memo[word] = self._find_targets(word)
        return got

    def _find_targets(self, word: str) -> list[str]:
        got = self.swaps.get(word)
        sing = singular(word)
        if got:
            # a swap learnt inside a plural phrase keeps the word's number ("blunder" -> "error")
            return list(dict.fromkeys(singular(x) for x in got)) if sing == word else got
        if sing != word and sing in self.swaps:
            # a mass noun keeps its singular: "facts" -> "data", never "datas" (a plural ordinary
            # English never writes)
            return [plural(x) if self._known_plural(x) else x for x in self.swaps[sing]]
        if "-" in word:  # a compound: swap its parts ("high-recurrence" -> "high-frequency")
            parts = word.split("-")
            out = []
            for j, part in enumerate(parts):
                for x in self.swaps.get(part, ())[:5]:
                    out.append("-".join(parts[:j] + [x] + parts[j + 1:]))
            return out
        return []

    def _known_plural(self, word: str) -> bool:
        """The plural of ``word`` is a word of ordinary English (see known_word)."""
        return self.known_word(plural(word))

    def singular_after(self, written: str) -> bool:
        """The list restores the plural head ``written`` to a singular one as a rule ("liver
        ailments" -> "liver disease", "random backwoods" -> "random forest"; but "highlights" ->
        "features"): an unseen find with that head keeps its term's singular."""
        return written in self.singular_heads

    def known_word(self, word: str) -> bool:
        """``word`` is a word of ordinary English: the bigram file's words or the trigram model's
        vocabulary (the bigram file lacks some plurals, "behaviors"); True without a language
        model. A mass noun's plural is in neither ("datas", "informations")."""
        lm = self.lm
        if lm is None or word in lm.unigrams:
            return True
        tm = self.trigram
        return tm is not None and tm.unigram_logp(word) > KNOWN_LOGP

    def _options(self, word: str, last: bool) -> list[str]:
        w = singular(word) if last else word
        opts = [w]
        for x in (self.swaps.get(w) or self.swaps.get(word) or self._targets(word)):
            x = singular(x) if last else x
            if x not in opts:
                opts.append(x)
        return opts

    def _swappable(self, word: str) -> bool:
        return word in self.swaps or singular(word) in self.swaps or \
            ("-" in word and any(p in self.swaps for p in word.split("-")))

    def _units(self, lowers: list[str], glued: list[bool] | None,
               common: set[int] | None = None) -> list[tuple[str, int, int]]:
        """:func:`units`, with the list's several-word swaps ("getting to know") as one word. A
        chunk that is a common English pair ("the board", "the executives") is one word only right
        after a word of content ("energy the executives"), where English has no determiner; its
        place goes into ``common`` (the finds over it must reach a known term, see find)."""
        words = units(lowers, glued)
        if not self.chunks:
            return words
        texts = [w for w, _, _ in words]
        out = []
        k = 0
        while k < len(words):
            for chunk in self.chunks.get(texts[k], ()):
                n = len(chunk)
                if tuple(texts[k:k + n]) == chunk:
                    if self._common(chunk):
                        if common is None or not out or out[-1][0] in NOT_CONTENT or \
                                not self._chunk_after(out[-1][0]):
                            continue
                        common.add(len(out))
                    out.append((" ".join(chunk), words[k][1], words[k + n - 1][2]))
                    k += n
                    break
            else:
                out.append(words[k])
                k += 1
        return out

    def _chunk_after(self, word: str) -> bool:
        """``word`` may stand before a common-pair chunk in a term: a word of letters that some
        term of ours holds as written (before its head)."""
        return bool(_ALPHA.match(word)) and (word in self._mods or self._swappable(word))

    def ends_in_chunk(self, lowers: list[str]) -> bool:
        """The last words of ``lowers`` are one of the list's several-word swaps ("the executives")."""
        for k in range(max(0, len(lowers) - MAX_WORDS), len(lowers) - 1):
            chunk = tuple(lowers[k:])
            if chunk in self.chunks.get(lowers[k], ()):
                return True
        return False

    def _common(self, chunk: tuple[str, ...]) -> bool:
        """A two-word chunk that is a common English pair ("water system") is read as written."""
        return len(chunk) == 2 and self.lm is not None and self.lm.bigrams.get(" ".join(chunk)) is not None

    def find(self, lowers: list[str], glued: list[bool] | None = None, every: bool = False) -> list[Found]:
        """Runs of ``lowers`` (lowercased token texts; ``glued[k]``: token k has no space after it)
        that swap back to a known term or to an attested phrase. By default the longest at each
        start and no overlaps; ``every`` gives every length at every start (longest first), for a
        caller that filters them further."""
        out: list[Found] = []
        common: set[int] = set()
        words = self._units(lowers, glued, common)
        n_w = len(words)
        texts = [w for w, _, _ in words]
        info = self._info
        if len(info) >= CACHE_SIZE:
            info.clear()
        infos = [info.get(w) or self._word_info(w) for w in texts]
        alpha = [x[0] for x in infos]
        sing = [x[1] for x in infos]
        learned = [x[2] for x in infos]
        swappable = [x[3] for x in infos]
        i = 0
        while i < n_w:
            if not infos[i][4]:
                i += 1
                continue
            # the cheap test: a run may start here by a term's first word or a swap; else only a
            # term of three or more words with its first word swapped (the completion route), or
            # two words of which one stands in a two-word term in its place (the near route)
            opening = infos[i][5] or swappable[i] or (i + 1 < n_w and swappable[i + 1])
            if not opening and not (i + 2 < n_w and alpha[i] and alpha[i + 1] and alpha[i + 2] and
                                    self._may_start(texts[i:i + 3], sing[i + 2])) and \
                    not (i + 1 < n_w and alpha[i + 1] and self._may_be_near(texts[i], sing[i + 1])):
                i += 1
                continue
            end = i
            while end < n_w and end - i < MAX_WORDS and alpha[end]:
                end += 1
            if end - i < 2:
                i += 1
                continue
            # A run that may start a term as written or by a learnt swap, with a learnt swap in it,
            # takes every route; any other run only the dictionary and completion routes (one word
            # swapped back, the rest kept).
            full = (infos[i][5] or learned[i + 1]) and any(learned[i:end])
            if not full and not (end - i >= COMPLETION_MIN and self._may_start(texts[i:i + 3], sing[i + 2])) and \
                    not (SHORT_ANCHORS < 2 and (swappable[i] or swappable[i + 1]) and
                         self._may_pair(texts[i], sing[i + 1])):
                if not self._may_be_near(texts[i], sing[i + 1]):
                    i += 1
                    continue
                end = i + 2   # the near route only: two words
            key = tuple(texts[i:end])
            hits = self._cache.get(key)
            if hits is None:
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.clear()
                hits = self._cache[key] = self._runs(list(key), sing[i:end],
                                                     learned[i:end] if full else [False] * (end - i))
            kept = []
            for n, payload in hits:
                shown = payload[1].lower().split(" ")
                shown = shown if len(shown) == n else [None] * n
                swapped = [u for u in range(n) if shown[u] != texts[i + u] and
                           (shown[u] is None or singular(shown[u]) != sing[i + u])]
                open_end = payload[_ROUTE] == "completed" and i + n < n_w and alpha[i + n] and \
                    texts[i + n] not in NOT_CONTENT
                if open_end and not every:
                    continue  # the noun phrase may go on ("... box indicator"): the term is no whole
                # a find resting on one swap seen once is as weak as the language-model routes
                weak = payload[_ROUTE] in ("attested", "hallmark", "vouched") or payload[2] == 1 and payload[4] < STRONG_SWAP
                if common and any(i + u in common for u in range(n)) and not (
                        payload[_ROUTE] == "term" and payload[0] in self.terms and not payload[_DICTIONARY]):
                    continue  # a common pair read as a chunk vouches only for a known term
                if not self._in_written_term(texts, sing, i, n, swapped, weak):
                    kept.append((n, payload, swapped, open_end))
            if len(kept) > 1:
                kept = self._known_inside(kept)
            hits = kept[:1] if not every else kept
            for n, payload, swapped, open_end in hits:
                first, last = words[i][1], words[i + n - 1][2]
                changed = tuple(t for u in swapped for t in range(words[i + u][1], words[i + u][2]))
                out.append(Found(first, last - first, *payload, changed=changed, open_end=open_end))
            if hits and not every:
                i += hits[0][0]
            else:
                i += 1
        if self.phrasal:
            self._phrasal(texts, words, alpha, out, every)
        if "and" in texts:
            self._coordinated(texts, words, out, every)
        return out

    def _known_inside(self, kept: list) -> list:
        """The finds of one start (longest first), less those that no term list knows while a
        shorter one of the same start swaps back to a known term: "arrangement exactness changes"
        is a tortured "classification accuracy" before a verb, not a composed "classification
        accuracy changes". The longest match would otherwise win the overlap with the weaker
        evidence (see _composed, _attested, _hallmark)."""
        terms = self.terms
        known = [k[0] for k in kept if k[1][_ROUTE] == "term" and k[1][0] in terms]
        if not known:
            return kept
        shortest = min(known)
        return [k for k in kept if k[0] <= shortest or k[1][0] in terms]

    def _in_written_term(self, texts: list[str], sing: list[str], i: int, n: int, swapped: list[int],
                         weak: bool) -> bool:
        """The find (words ``i .. i+n-1``) overlaps a known term as written that reaches beyond it
        and holds one of its swapped words ("element model" in "finite element model", "discovery
        rate" in "false discovery rate"): the writer's words there are the standard ones. A find
        on the weaker routes (no known term behind it, or one swap seen once) yields to such a term even when the term
        only shares a kept word with it ("theory calculations" in "density functional theory
        calculations")."""
        end = i + n
        terms = self.terms
        for a in range(max(0, i - MAX_WORDS + 1), end):
            for b in range(max(a + 2, i + 1), min(len(texts), a + MAX_WORDS) + 1):
                if not (a < i < b or a < end < b):
                    continue  # inside the find, or the find inside it: not a term crossing it
                if not (weak or any(a <= i + u < b for u in swapped)):
                    continue
                if tuple(texts[a:b - 1]) + (sing[b - 1],) in terms:
                    return True
        return False

    def _word_info(self, word: str) -> tuple:
        """``(alphabetic, singular, has a learnt swap, has any swap-back, may start a run, starts a
        term or has a learnt swap)`` for a word, worked out once per word (the hot path meets the same
        words again and again)."""
        alpha = bool(_ALPHA.match(word)) or " " in word or bool(_POSSESSIVE.match(word))
        sing = singular(word) if alpha else word
        learned = alpha and self._swappable(word)
        swappable = learned or (alpha and (word in self.dictionary or sing in self.dictionary))
        got = self._info[word] = (alpha, sing, learned, swappable, alpha and word not in NOT_CONTENT,
                                  word in self._firsts or learned)
        return got

    def _runs(self, gram: list[str], sing: list[str], learned: list[bool]) -> list:
        """The finds that start a run of words, longest first: ``[(words, payload)]``. ``learned``:
        per word, whether it has a swap learnt from the list. What a run of n words finds depends
        on those n words only, so each length is cached on its own (shorter runs recur more often
        than the four-word window)."""
        cache = self._best_cache
        hits: dict[int, tuple | None] = {}
        missing = []   # (length, its cache key, whether a word of it has a learnt swap)
        for n in range(len(gram), 1, -1):
            if gram[n - 1] in NOT_CONTENT:
                continue
            has_learned = any(learned[:n])
            key = (has_learned,) + tuple(gram[:n])
            hit = cache.get(key, _MISSING)
            if hit is _MISSING:
                missing.append((n, key, has_learned))
            else:
                hits[n] = hit
        if missing:
            if len(cache) >= CACHE_SIZE:
                cache.clear()
            top, _, top_learned = missing[0]
            attested = self._attested(gram[:top]) if self.lm is not None and top_learned else {}
            for n, key, has_learned in missing:
                hits[n] = cache[key] = self._run(gram[:n], sing[n - 1], has_learned, attested.get(n))
        # a tuple (of ints, strings and tuples of them): the garbage collector need not track it
        return tuple((n, hits[n]) for n in sorted(hits, reverse=True) if hits[n] is not None)

    def _run(self, gram: list[str], last_singular: str, learned: bool, attested: tuple | None):
        """The find for exactly this run of words, or None. ``learned``: some word of it has a swap
        learnt from the list (else only the dictionary route can find anything); ``attested``: the
        language-model route's find for it."""
        plain = tuple(gram[:-1]) + (last_singular,)
        if plain in self.terms or tuple(gram) in self.tortured:
            return None  # a standard term as written; a listed phrase is the lexicon's job
        hit = self._best(gram) if learned else self._one_synonym(gram)
        if hit is not None and self.lm is not None and hit[2] >= len(gram) and self._common_pairs(gram):
            return None  # every word swapped in a phrase everyone writes ("force field" -> "power plant")
        if hit is not None and self.lm is not None and not self._rare_kept(gram, hit) and \
                (self._ordinary(gram, hit[0]) or self._everyday(gram, hit) or self._standard_word(gram, hit)):
            hit = hit[:_ORDINARY] + (True,) + hit[_ORDINARY + 1:]
        if hit is not None and hit[2] == 1 and hit[4] < STRONG_SWAP and hit[3] < STRONG_TERM and \
                hit[_ROUTE] == "term" and not hit[_ORDINARY] and not hit[_DICTIONARY] and len(hit[0]) == len(gram) and \
                self._pairs_witness(gram, hit[0], self._common_pair):
            hit = hit[:4] + (STRONG_SWAP,) + hit[5:]   # see the note after KEPT_SLOT
        if hit is None:
            hit = attested
        if hit is None and len(gram) == 2 and self.lm is not None and learned:
            hit = self._hallmark(gram)
        if hit is None and learned and len(gram) >= EXTENDED_MIN and self.lm is not None:
            hit = self._extended(gram)
        if hit is None and learned and self.lm is not None:
            hit = self._composed(gram)
        if hit is None and len(gram) == 2 and learned and self.lm is not None:
            hit = self._vouched(gram)
        if hit is not None and hit[_ROUTE] in ("attested", "hallmark") and hit[0] not in self.terms:
            hit = self._to_term(gram, hit)
        if hit is not None and hit[_ROUTE] == "attested" and hit[0] not in self.terms and not self._of_attested(gram, hit):
            hit = None   # "sickness of parkinson" is no "disease of parkinson": see ATTESTED_OF_GAIN
        if hit is not None and hit[_ROUTE] == "hallmark" and hit[0] not in self.terms and \
                any(w == t and self.lm.count(w) >= HALLMARK_ANCHOR_COUNT for w, t in zip(_norm(gram), hit[0])):
            hit = None   # a hallmark beside a word everyone writes, to no known term: see HALLMARK_ANCHOR_COUNT
        if hit is None and len(gram) >= COMPLETION_MIN and self.lm is not None:
            hit = self._completed(gram)
            if hit is None and learned:
                hit = self._completed_by_swaps(gram)
        if hit is None and len(gram) == 2 and learned and self.lm is not None:
            hit = self._joined_pair(gram)
        if hit is None and learned and self.lm is not None:
            hit = self._split_compound(gram)
        if hit is None and len(gram) == 2 and self.lm is not None:
            hit = self._near(gram)
        if hit is not None and any(a == b for a, b in zip(hit[0], hit[0][1:])):
            return None  # "exactness accuracy" is no "accuracy accuracy"
        if hit is not None and hit[_ROUTE] != "joined":
            hit = self._joined(gram, hit)
        return hit

    def _corroborated(self, word: str, norm: str, target: str, last: bool) -> int:
        """:meth:`_swap_count`, but a swap the list shows only once counts as a habit
        (``STRONG_SWAP``) when a dictionary also gives the word as a synonym of the target: two
        independent witnesses (measured on the development fifth with WordNet and Roget: recall
        26.4 -> 27.7 %, Pok 92.2 -> 92.5 %)."""
        count = self._swap_count(word, norm, target)
        if 0 < count < STRONG_SWAP and (target in self._synonym_of(word, last) or
                                        singular(target) in self._synonym_of(word, True)):
            return STRONG_SWAP
        return count

    def _swap_count(self, word: str, norm: str, target: str) -> int:
        """How often the list swapped ``target`` for ``word`` (either in the singular or plural)."""
        best = 0
        for w in {norm, word, singular(word)}:
            got = self.swap_counts.get(w)
            if got:
                best = max(best, got.get(target, 0), got.get(singular(target), 0))
        if not best and "-" in word:  # a compound swapped in one of its parts
            for a, b in zip(word.split("-"), target.split("-")):
                if a != b:
                    return self.swap_counts.get(a, {}).get(b, 0)
        return best

    def possible(self, lowers: list[str], glued: list[bool] | None = None) -> bool:
        return bool(self.find(lowers, glued))

    def term_uses(self, phrase: str) -> int:
        """How many standard terms hold ``phrase`` as written, its words side by side (any place; a
        plural as its singular): "knowledge" stands in some 30 ("knowledge base", "prior
        knowledge"), "vitality" in none; "electrical energy" in some, "coronary heart failure"
        (a spinner's "heart failure") in none."""
        words = phrase.lower().split()
        if len(words) == 1:
            return max(self._term_uses.get(words[0], 0), self._term_uses.get(singular(words[0]), 0))
        if not words or any(w not in self._term_uses and singular(w) not in self._term_uses for w in words):
            return 0
        # the terms that hold the first two words side by side (any form), then the rest checked:
        # as a scan of every term would count them (which cost ~20 ms a call)
        forms = [{w, singular(w)} for w in words]
        n = len(words)
        found = set()
        pairs = self._term_pairs
        for a in forms[0]:
            for b in forms[1]:
                for t, i in pairs.get((a, b), ()):
                    if i + n <= len(t) and all(t[i + k] in forms[k] for k in range(2, n)):
                        found.add(t)
        return len(found)
