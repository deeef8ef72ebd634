"""The language models' say on a run of the unseen-phrase finder (a mixin of :class:`SwapModel`).
"""
from __future__ import annotations

from .tuning import CACHE_SIZE, COLLOCATION, EVERYDAY_PER_MILLION, KNOWN_LOGP, ODD_PER_MILLION, STANDARD_SLOT
from .words import _norm
from .found import _DICTIONARY, _ROUTE


class OrdinaryEnglish:
    """The language models' say on a run: whether it reads as ordinary English as written, and how
    much of a paraphraser's word a written word is (the guards every route shares).

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def association(self, a: str, b: str) -> float:
        """How much likelier ``b`` is after ``a`` than alone under the trigram model (natural log;
        0 or below when the model holds no such pair and backs off; 0 without the model)."""
        key = (a, b)
        got = self._collocation_memo.get(key)
        if got is None:
            tm = self.trigram
            got = 0.0 if tm is None else tm.logp(a, b) - tm.unigram_logp(b)
            if len(self._collocation_memo) >= CACHE_SIZE:
                self._collocation_memo.clear()
            self._collocation_memo[key] = got
        return got

    def _pairs_witness(self, gram: list[str], term: tuple[str, ...], known) -> bool:
        """One word swapped back (``term`` and ``gram`` differ in one place): every pair it makes
        in the term is ``known(a, b)``, and every pair it makes as written is no pair at all,
        neither in the bigram file nor in the trigram model ("contrarily charged" -> "negatively
        charged", "harsh set" -> "rough set")."""
        if self.lm is None:
            return False
        base = _norm(gram)
        j = next(k for k in range(len(term)) if term[k] != base[k])
        bigrams = self.lm.bigrams
        for a, b in ((j - 1, j), (j, j + 1)):
            if 0 <= a and b < len(gram):
                if bigrams.get(gram[a] + " " + gram[b]) is not None or self.collocation(gram[a], gram[b]) or \
                        not known(term[a], term[b]):
                    return False
        return True

    def _common_pair(self, a: str, b: str) -> bool:
        """``a b`` is in the bigram file (a pair seen very often in books)."""
        return self.lm.bigrams.get(a + " " + b) is not None

    def collocation(self, a: str, b: str) -> bool:
        """``a b`` is a pair the trigram model knows as such (see COLLOCATION)."""
        return self.association(a, b) > COLLOCATION

    def _odd_as_written(self, gram: list[str], positions: list[int]) -> bool:
        """Every word pair of ``gram`` touching one of ``positions`` is no common English pair: a
        dictionary synonym in a phrase everyone writes ("linear model") is the writer's own word."""
        lm = self.lm
        if lm is None:
            return False
        for j in positions:
            for a, b in ((j - 1, j), (j, j + 1)):
                if 0 <= a and b < len(gram) and lm.bigrams.get(gram[a] + " " + gram[b]) is not None:
                    return False
        return True

    def _ordinary(self, gram: list[str], term: tuple[str, ...]) -> bool:
        """The run reads as ordinary English although it swaps back to a term: every word pair is a
        common pair, or every word was swapped and none is a word paraphrasers favour ("document
        structure" -> "file system": two everyday words, both swapped)."""
        if self._common_pairs(gram):
            return True
        base = _norm(gram)
        if all(t != b for t, b in zip(term, base)):
            return all(self._odd(w, t) < ODD_PER_MILLION for w, t in zip(gram, term))
        return False

    def _rare_kept(self, gram: list[str], hit: tuple) -> bool:
        """Two words, one swapped back to a known term, and the kept one is no word of ordinary
        English (the trigram model's unigram score at most ``KNOWN_LOGP``: "lyapunov", "wavelet",
        "sigmoid"): the language models know nothing of the pair, so they cannot call it the
        writer's ordinary English ("lyapunov work" -> "lyapunov function", "wavelet change" ->
        "wavelet transform"). Measured on three development fifths (seeds 11-13): recall 1108 ->
        1113/3004, Pok 90.8 % unchanged, harm 12; seeds 14-15: 723 -> 729/2046, Pok 88.8 -> 88.9 %,
        harm 8 (below the threshold before, such finds were right 9 times in 10 on the five fifths)."""
        term = hit[0]
        if hit[2] != 1 or len(term) != 2 or len(gram) != 2 or hit[_ROUTE] != "term" or hit[_DICTIONARY]:
            return False
        tm = self.trigram
        if tm is None:
            return False
        base = _norm(gram)
        kept = [gram[k] for k in range(2) if term[k] == base[k]]
        return len(kept) == 1 and tm.unigram_logp(kept[0]) <= KNOWN_LOGP

    def _common_pairs(self, gram: list[str]) -> bool:
        """Every word pair of the run is a common English pair (in the model's bigram file)."""
        return all(self.lm.bigrams.get(a + " " + b) is not None for a, b in zip(gram, gram[1:]))

    def _everyday(self, gram: list[str], hit: tuple) -> bool:
        """Two words, one swapped back, and that one is an everyday word the list seldom swaps for
        the term's word ("proposed scheme" -> "proposed system": "scheme" is common, and swapped
        twice), unless the trigram model says otherwise (see the note at EVERYDAY_PER_MILLION)."""
        term = hit[0]
        if hit[2] != 1 or len(term) != 2:
            return False  # a longer run keeps more of the term as written: better evidence
        base = _norm(gram)
        j = next(k for k in range(len(term)) if term[k] != base[k])
        # The trigram model knows the pair as written as no pair ("heat move", "quantum laptop")
        # and the term's pair as one: the everyday word is out of place there, not the writer's own
        # (see the note at EVERYDAY_PER_MILLION).
        return self._odd(gram[j], term[j]) < EVERYDAY_PER_MILLION and \
            (self.trigram is None or self.collocation(gram[0], gram[1]) or
             not (self._common_pair(term[0], term[1]) or self.collocation(term[0], term[1])))

    def _standard_word(self, gram: list[str], hit: tuple) -> bool:
        """One word swapped back, and that word as written is itself a usual word of standard terms
        in its place ("brain systems" -> "brain networks": "system" ends some 170 terms of two
        words): the writer's own standard word more likely than a paraphraser's."""
        term = hit[0]
        if hit[2] != 1 or len(term) != len(gram):
            return False
        base = _norm(gram)
        j = next(k for k in range(len(term)) if term[k] != base[k])
        if len(self._at.get((len(term), j), {}).get(base[j], ())) < STANDARD_SLOT:
            return False
        # ... unless the word is out of place as written and the term's pairs are pairs the
        # trigram model knows ("neural system" -> "neural network"; see the note at STANDARD_SLOT)
        return self.trigram is None or not self._pairs_witness(gram, term, self.collocation)

    def _odd(self, word: str, target: str) -> float:
        """How often the list swaps ``target`` for ``word``, per million uses of the word in
        ordinary English: high for a paraphraser's favourite ("corrosive"), low for a word
        everyone uses ("information")."""
        return self._swap_count(word, word, target) / (self.lm.count(word) / 1e6)
