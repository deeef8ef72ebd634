"""The completion route of the unseen-phrase finder (a mixin of :class:`SwapModel`).
"""
from __future__ import annotations

from .tuning import CACHE_SIZE, STRONG_SWAP, _EMPTY
from .words import NOT_CONTENT, _ALPHA, _norm


class CompletionRoute:
    """The completion route: a run that is one known term in all but one word that no source links.

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _completed(self, gram: list[str]):
        """A run of three or four words that is exactly one known term in all but one word
        ("light producing diode" -> "light emitting diode"): the paraphraser swapped that word
        through a synonym no source of ours gives. Only where the completion is unique (no other
        term keeps the same words), the word as written stands in no term in that place (the
        writer's own variant of a term, "liquid crystal polymer", would), and every pair it makes
        as written is no common English pair."""
        n = len(gram)
        base = _norm(gram)
        found = self._sole_completion(gram, base, lambda j: self._completions.get(base[:j] + ("",) + base[j + 1:]))
        if found is None:
            return None
        j, term = found
        # A known term with a word of the writer's own before or after it ("lightweight
        # convolutional neural network", "artificial intelligence system") is that term.
        if j == 0 and base[1:] in self.terms or j == n - 1 and _norm(gram[:-1]) in self.terms:
            return None
        return (term, self.displays[term], 1, self.terms[term], 0, False, "completed", False, 0)

    def _sole_completion(self, gram: list[str], base: tuple, terms_at):
        """The one (odd word's place, term) of a completion route, or None: ``terms_at(j)`` lists the
        terms the run completes to with its j-th word as the odd one. More than one way to complete
        the run is no evidence for either. The odd word passes the routes' guards: no word the list
        itself puts in that place of a term, a word of letters, and odd as written (no common
        English pair)."""
        found = None
        for j in range(len(gram)):
            if base[j] in NOT_CONTENT:
                continue
            terms = terms_at(j)
            if not terms:
                continue
            if found is not None or len(terms) > 1:
                return None
            found = (j, terms[0])
        if found is None:
            return None
        j = found[0]
        if self._at.get((len(gram), j), {}).get(base[j], ()) or not _ALPHA.match(gram[j]) \
                or not self._odd_as_written(gram, [j]):
            return None
        return found

    def _completed_by_swaps(self, gram: list[str]):
        """:meth:`_completed` where the other words are kept or swapped back by the list's own
        swaps ("quick fourier exchange" -> "fast fourier transform": "quick" -> "fast" is a list
        swap, "exchange" -> "transform" none of ours): the list swap says the run is tortured, the
        term's other words say which term. Only where exactly one term fits with at least one list
        swap, and under the guards of :meth:`_completed` on the odd word. Weak evidence, like the
        completion route. Measured on three development fifths (seeds 11-13, the test fifth
        excluded): recall 1031 -> 1040/3004, Pok 90.3 -> 90.4 %, harm 12 unchanged; without the
        guards on the odd word and the swaps' habit, 1053 at Pok 89.8 %, harm 19 ("insusceptibility
        quality of bacteriocin" -> "gene of interest", "generative stochastic system" ->
        "generative adversarial network")."""
        n = len(gram)
        base = _norm(gram)

        def terms_at(j: int) -> list:
            sets = []
            for k in range(n):
                if k != j:
                    slot = self._list_slot(gram[k], n, k)
                    if not slot:
                        return []
                    sets.append(slot)
            sets.sort(key=len)
            return [t for t in sets[0].intersection(*sets[1:])
                    if t[j] != base[j] and any(t[k] != base[k] for k in range(n) if k != j)]

        found = self._sole_completion(gram, base, terms_at)
        if found is None:
            return None
        j, term = found
        # The odd word is an everyday word (a dictionary knows it) that stands in no term at all:
        # a paraphraser's pick, not the writer's own technical word ("teager", "stochastic").
        if base[j] in self.term_words or gram[j] in self.term_words or \
                not (gram[j] in self.dictionary or base[j] in self.dictionary):
            return None
        # ... and every list swap it rests on is a habit of the paraphraser
        if any(self._swap_count(gram[k], base[k], term[k]) < STRONG_SWAP
               for k in range(n) if k != j and term[k] != base[k]):
            return None
        if j in (0, n - 1):
            # the odd word at an edge may be the writer's own word around a shorter term ("examined
            # [distant detecting]" is no "satellite remote sensing"): the rest must be no term
            rest = gram[1:] if j == 0 else gram[:-1]
            sets = [self._list_slot(w, n - 1, k) for k, w in enumerate(rest)]
            if all(sets) and sets[0].intersection(*sets[1:]):
                return None
        swapped = sum(1 for k in range(n) if term[k] != base[k])
        return (term, self.displays[term], swapped, self.terms[term], 0, False, "completed", False, 0)

    def _list_slot(self, word: str, n: int, j: int) -> frozenset | set:
        """The terms of ``n`` words that ``word`` may stand for at position ``j`` as written or by a
        swap learnt from the list (no dictionary synonym: see _completed_by_swaps)."""
        key = (word, n, j, "list")
        got = self._slot_memo.get(key)
        if got is None:
            if len(self._slot_memo) >= CACHE_SIZE:
                self._slot_memo.clear()
            at = self._at.get((n, j))
            sets = [at[o] for o in self._options(word, j == n - 1) if at and o in at]
            got = self._slot_memo[key] = (sets[0] if len(sets) == 1 else frozenset().union(*sets)) if sets else _EMPTY
        return got
