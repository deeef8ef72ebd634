"""Tortured phrases that no list has yet: swapping words back to a known standard term.

The paraphrasers behind paper-mill text replace the words of a standard term one by one with
dictionary synonyms (recognition -> acknowledgment, data -> information, network -> organization,
deep -> profound). So a new tortured phrase is usually made of *known swaps*. :class:`SwapModel`
learns the word-level swap table from the lexicon's tortured phrases themselves (each tortured
phrase aligned word by word with its repair of the same length) and collects the standard terms
(the repairs, plus the hand-written term list ``resources/tortured/terms.txt``). A run of two to
four words, one or more of which are known tortured swaps, is proposed as tortured when swapping
those words back gives a known standard term and the run is not a known term itself.

Confidence comes from the evidence (see :meth:`SwapModel.prior`): two or more swapped words make
an unambiguous tell; a single swapped word ("spatial information" -> "spatial data") is often
ordinary English, so it starts below the default threshold and rises only with the document's
other evidence (the spin score of :mod:`scoring`, i.e. other tortured phrases in the same text);
a term that many list entries restore to, and a swap seen many times, add a little.

Detection reads only the words (lowercased token texts), so the staging filter can ask it before
parsing; the matcher then keeps only noun phrases (the last word a noun, no verb inside).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

MAX_WORDS = 4
CACHE_SIZE = 200_000
_MISSING = object()
STRONG_SWAP = 2          # a swap seen this often in the list is a habit of the paraphraser
STRONG_TERM = 3          # a term this many list entries restore to is a usual target
MAX_OPTIONS = 40         # swap-backs tried per word, most frequent first
_ALPHA = re.compile(r"^[a-z][a-z\-]*$")
CATEGORY = "tortured phrase"
GROUP = "tortured-unseen"

# Function words are not content swaps ("of" -> "in" aligns by accident); they may stand inside a
# term but are never themselves evidence.
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or as into onto over under than then that this these "
    "those its it is are be was were based using via per".split())


def singular(word: str) -> str:
    """A crude singular for matching terms (not for display): networks -> network."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return word


def _norm(words: Iterable[str]) -> tuple[str, ...]:
    words = [w.lower() for w in words]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


@dataclass(frozen=True)
class Found:
    start: int                  # token index
    length: int                 # tokens
    term: tuple[str, ...]       # the standard term's words (normalised)
    display: str                # the term as a repair, as written in its source
    swapped: int                # words swapped back
    term_weight: int            # how many list entries restore to this term (+1 if in the term list)
    swap_weight: int            # the rarest swap's count in the table


class SwapModel:
    def __init__(self, swaps: dict[str, Counter], terms: dict[tuple[str, ...], int],
                 displays: dict[tuple[str, ...], str], tortured: set[tuple[str, ...]]):
        self.swaps = {w: [c for c, _ in counter.most_common(MAX_OPTIONS)] for w, counter in swaps.items()}
        self.swap_counts = swaps
        self.terms = terms
        self.displays = displays
        self.tortured = tortured
        self.term_words = {w for t in terms for w in t}
        by_len: dict[int, set[str]] = defaultdict(set)
        for t in terms:
            by_len[len(t)].add(t[0])
        self._firsts = set().union(*by_len.values()) if by_len else set()
        # (length, position, word) -> the terms with that word there, to intersect per position.
        self._at: dict[tuple[int, int], dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for t in terms:
            for j, w in enumerate(t):
                self._at[(len(t), j)][w].add(t)
        self._at = {k: dict(v) for k, v in self._at.items()}
        self._lasts = {t[-1] for t in terms}
        self._cache: dict[tuple[str, ...], tuple | None] = {}  # run -> best term (runs recur)

    # -- building ----------------------------------------------------------------------------------
    @classmethod
    def from_entries(cls, entries, term_files: Iterable[Path] = ()) -> "SwapModel":
        swaps: dict[str, Counter] = defaultdict(Counter)
        terms: Counter = Counter()
        displays: dict[tuple[str, ...], str] = {}
        tortured: Counter = Counter()
        for e in entries:
            if e.category != CATEGORY or e.gap:
                continue
            spun = _norm(e.spun)
            tortured[spun] += 1
            for k, alt in enumerate(e.restored):
                words = alt.replace("*", "").split()
                if not 2 <= len(words) <= MAX_WORDS or not all(_ALPHA.match(w.lower()) for w in words):
                    continue
                term = _norm(words)
                terms[term] += 1
                _display(displays, term, words)
                if k == 0 and len(term) == len(spun):
                    for a, b in zip(spun, term):
                        if a != b and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
                                and singular(a) != singular(b):
                            swaps[a][b] += 1
        for path in term_files:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                words = line.split("#", 1)[0].split()
                if 2 <= len(words) <= MAX_WORDS and all(_ALPHA.match(w.lower()) for w in words):
                    term = _norm(words)
                    terms[term] += 1
                    _display(displays, term, words)
        # A phrase listed as tortured more often than as a repair is not a standard term.
        for t, n in tortured.items():
            if terms.get(t, 0) <= n:
                terms.pop(t, None)
        # Plural tortured words get the same swaps as their singular ("informations").
        return cls(dict(swaps), dict(terms), displays, set(tortured))

    # -- finding -----------------------------------------------------------------------------------
    def _options(self, word: str, last: bool) -> list[str]:
        w = singular(word) if last else word
        opts = [w]
        for x in (self.swaps.get(w) or self.swaps.get(word) or ()):
            if x not in opts:
                opts.append(x)
        return opts

    def find(self, lowers: list[str]) -> list[Found]:
        """Runs of ``lowers`` (lowercased token texts) that swap back to a known term; longest
        first at each start, no overlaps."""
        out: list[Found] = []
        n_tok = len(lowers)
        swaps, terms, firsts, lasts = self.swaps, self.terms, self._firsts, self._lasts
        # Per token, once: a plain word? could it be swapped? could it end a term?
        alpha = [bool(_ALPHA.match(w)) for w in lowers]
        sing = [singular(w) if a else w for w, a in zip(lowers, alpha)]
        swappable = [a and (w in swaps or sw in swaps) for w, sw, a in zip(lowers, sing, alpha)]
        can_end = [a and (sw in lasts or sw in swaps or w in swaps) for w, sw, a in zip(lowers, sing, alpha)]
        i = 0
        while i < n_tok:
            if not alpha[i] or (lowers[i] not in firsts and not swappable[i]):
                i += 1
                continue
            hit = None
            for n in range(min(MAX_WORDS, n_tok - i), 1, -1):
                end = i + n
                if not can_end[end - 1] or not all(alpha[i:end]) or not any(swappable[i:end]):
                    continue
                gram = lowers[i:end]
                plain = tuple(gram[:-1]) + (sing[end - 1],)
                if plain in terms or plain in self.tortured:
                    continue  # a standard term as written; a listed phrase is the lexicon's job
                key = tuple(gram)
                hit = self._cache.get(key, _MISSING)
                if hit is _MISSING:
                    if len(self._cache) >= CACHE_SIZE:
                        self._cache.clear()
                    hit = self._cache[key] = self._best(gram)
                if hit is not None:
                    hit = Found(i, n, *hit)
                    break
            if hit is not None:
                out.append(hit)
                i += hit.length
            else:
                i += 1
        return out

    def _best(self, gram: list[str]):
        """The known term this run swaps back to with the fewest swapped words (the paraphraser
        changed as little as the evidence needs), then the most common term, then the best-attested
        swaps."""
        n = len(gram)
        base = _norm(gram)
        candidates: set | None = None
        for j, w in enumerate(base):
            at = self._at.get((n, j))
            if at is None:
                return None
            found: set = set()
            for opt in self._options(gram[j], j == n - 1):
                found |= at.get(opt, set())
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return None
        best = None
        for term in candidates:
            changed = [j for j in range(n) if term[j] != base[j]]
            if not changed or any(base[j] in FUNCTION_WORDS for j in changed):
                continue
            swap_weight = min(self._swap_count(gram[j], base[j], term[j]) for j in changed)
            key = (-len(changed), self.terms[term], swap_weight, term)
            if best is None or key > best[0]:
                best = (key, (term, self.displays[term], len(changed), self.terms[term], swap_weight))
        return best[1] if best else None

    def _swap_count(self, word: str, norm: str, target: str) -> int:
        for w in (norm, word, singular(word)):
            got = self.swap_counts.get(w)
            if got and target in got:
                return got[target]
        return 0

    def possible(self, lowers: list[str]) -> bool:
        return bool(self.find(lowers))

    # -- confidence --------------------------------------------------------------------------------
    @staticmethod
    def prior(found: Found) -> float:
        """The evidence, as a prior confidence (the spin score raises the weak ones).

        * A tell (0.80-0.90): two or more swapped words, each swap seen at least ``STRONG_SWAP``
          times in the list; if every word was swapped (nothing of the term left to anchor it),
          also a term that at least ``STRONG_TERM`` list entries restore to.
        * Weak (0.30-0.40, shown only where the document's other tortured phrases raise it):
          everything else, e.g. one swapped word ("spatial information" -> "spatial data").
        * Not proposed (0): a single swap seen only once in the list.
        """
        bonus = min(0.05, 0.01 * found.term_weight) + min(0.05, 0.01 * found.swap_weight)
        anchored = found.swapped < found.length
        strong = found.swapped >= 2 and found.swap_weight >= STRONG_SWAP and \
            (anchored or found.term_weight >= STRONG_TERM)
        if strong:
            return round(0.80 + bonus, 3)
        if found.swapped == 1 and found.swap_weight < STRONG_SWAP:
            return 0.0
        return round(0.30 + bonus, 3)


def _display(displays: dict, term: tuple[str, ...], words: list[str]) -> None:
    """The repair shown for a term: its singular form when one was seen (inflected to fit later)."""
    text = " ".join(words)
    old = displays.get(term)
    if old is None or (old.split()[-1].lower() != term[-1] and words[-1].lower() == term[-1]):
        displays[term] = text


def bundled_term_files() -> list[Path]:
    from unspin.resources_path import resource
    p = resource("tortured") / "terms.txt"
    return [p] if p.exists() else []
