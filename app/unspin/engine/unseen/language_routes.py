"""The language-model routes of the unseen-phrase finder (a mixin of :class:`SwapModel`): finds
whose swapped-back phrase no term list knows.
"""
from __future__ import annotations

import math

from .tuning import (
    ANCHOR_PER_MILLION,
    ATTESTED_ODD,
    ATTESTED_OF_GAIN,
    ATTESTED_RATIO,
    CACHE_SIZE,
    COMPOSED_ODD,
    COMPOSED_ROLE,
    EXTENDED_ODD,
    HALLMARK_COUNT,
    HALLMARK_PER_MILLION,
    HALLMARK_SHARE,
    LM_OPTIONS,
    MAX_OPTIONS,
    ODD_PER_MILLION,
    STRONG_SWAP,
)
from .words import NOT_CONTENT, _norm, plural, singular
from .found import _DICTIONARY


class LanguageModelRoutes:
    """The routes for a run that no term list knows once swapped back: the attested, hallmark,
    composed, extended and vouched routes, each asking the language models for the evidence.

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _pairs(self, a: str, b: str) -> list[tuple[str, str, float]]:
        """Swapped-back forms of the word pair ``a b`` (at least one word swapped) that are common
        English pairs (in the model's bigram file) and at least ``ATTESTED_RATIO`` times commoner
        than ``a b`` as written: ``[(a', b', count)]``."""
        key = (a, b)
        got = self._pair_cache.get(key)
        if got is not None:
            return got
        if len(self._pair_cache) >= CACHE_SIZE:
            self._pair_cache.clear()
        bigrams = self.lm.bigrams
        source = bigrams.get(a + " " + b, 0.0)
        first = [a] + ([] if a in NOT_CONTENT else self._targets(a)[:LM_OPTIONS])
        second = [b] + ([] if b in NOT_CONTENT else self._targets(b)[:LM_OPTIONS])
        got = []
        for x in first:
            for y in second:
                if x == a and y == b:
                    continue
                c = bigrams.get(x + " " + y)
                if c is not None and c >= ATTESTED_RATIO * source:
                    got.append((x, y, c))
        self._pair_cache[key] = got
        return got

    def _attested(self, gram: list[str]) -> dict[int, tuple]:
        """Best attested swap-back per run length (2.. words from the start of ``gram``): every pair
        touching a swapped word is a common pair once swapped back and was not as written; a run
        starts at most one kept word before a swap (it may end with kept words: the head noun).
        Fewest swapped words first (the paraphraser changed as little as the evidence needs), then
        the commonest pairs. A swap the list shows once counts when a dictionary gives it too
        (:meth:`_corroborated`; measured on the development fifth: recall 345 -> 346/1006, Pok
        90.9 -> 91.0 %). Two or more swapped words must each be a paraphraser's word
        (``ATTESTED_ODD``)."""
        best: dict[int, tuple] = {}
        n_max = len(gram)
        # paths: (words so far, swapped positions, score, rarest swap count)
        paths = [([x], ([0] if x != gram[0] else []), 0.0, None) for x in
                 [gram[0]] + ([] if gram[0] in NOT_CONTENT else self._targets(gram[0])[:LM_OPTIONS])]
        for k in range(1, n_max):
            if gram[k] in NOT_CONTENT and gram[k] != "of":
                break  # "framework at every stage": the run is a noun phrase, not a clause
            pairs = self._pairs(gram[k - 1], gram[k])
            nxt = []
            for words, swapped, score, weight in paths:
                prev = words[-1]
                prev_swapped = bool(swapped) and swapped[-1] == k - 1
                if not prev_swapped:  # the next word may stay as written
                    nxt.append((words + [gram[k]], swapped, score, weight))
                for x, y, c in pairs:
                    if x == prev and (y != gram[k] or prev_swapped):
                        w = self._corroborated(gram[k], gram[k], y, False) if y != gram[k] else None
                        if w is not None and w < STRONG_SWAP:
                            continue  # a swap seen once (and in no dictionary) is no evidence here
                        sw = swapped + [k] if y != gram[k] else swapped
                        new_weight = weight if w is None else (w if weight is None else min(weight, w))
                        nxt.append((words + [y], sw, score + math.log(c), new_weight))
            paths = nxt
            if not paths:
                break
            n = k + 1
            for words, swapped, score, weight in paths:
                if not swapped or swapped[0] > 1 or gram[0] in NOT_CONTENT:
                    continue
                if 0 in swapped:
                    w0 = self._corroborated(gram[0], gram[0], words[0], False)
                    if w0 < STRONG_SWAP:
                        continue
                    weight = w0 if weight is None else min(weight, w0)
                if max(self._odd(gram[k], words[k]) for k in swapped) < ODD_PER_MILLION:
                    continue  # only everyday words swapped ("general data"): the bigram file is too thin
                if len(swapped) >= 2 and min(self._odd(gram[k], words[k]) for k in swapped) < ATTESTED_ODD:
                    continue  # the writer's own everyday word swapped back too: see ATTESTED_ODD
                key = (-len(swapped), score, weight or 0)
                if n not in best or key > best[n][0]:
                    term = _norm(words)
                    best[n] = (key, (term, " ".join(words), len(swapped), self.terms.get(term, 0),
                                     weight or 0, True, "attested"))
        return {n: payload for n, (_, payload) in best.items()}

    def _of_attested(self, gram: list[str], hit: tuple) -> bool:
        """An attested find "x of y" with a word beside "of" swapped back: the bigram file vouches only
        for "x of" and "of y" apart, each common with nearly any noun; the trigram model must know
        the phrase, "x" making "y" likelier after "of" (``ATTESTED_OF_GAIN``: "source of income",
        not "disease of parkinson", "properties of hall", "trials of order"). True without "of",
        without a trigram model or with neither neighbour of "of" swapped."""
        words = hit[1].lower().split(" ")
        if len(words) != len(gram):
            return True
        tm = None
        for k in range(1, len(gram) - 1):
            if gram[k] != "of" or (words[k - 1] == gram[k - 1] and words[k + 1] == gram[k + 1]):
                continue
            tm = tm or self.trigram
            if tm is None:
                return True
            if tm.logp3(words[k - 1], "of", words[k + 1]) - tm.logp("of", words[k + 1]) < ATTESTED_OF_GAIN:
                return False
        return True

    def _composed(self, gram: list[str]):
        """No known term and no common pair: each word the list swaps, and that is itself seldom a
        word of terms in its place, is swapped back to its commonest target that is a usual word of
        terms there (a head at the end, a modifier before it); the run is content words only, as
        written no common English pair where a word was swapped, and one swapped word at least is
        a paraphraser's favourite (see :meth:`_odd`)."""
        n = len(gram)
        if any(w in NOT_CONTENT for w in gram) or not any(self._favourite(w) for w in gram):
            return None
        words = list(gram)
        base = _norm(gram)
        swapped = []
        weight = None
        odd = 0.0
        for j in range(n):
            w = gram[j]
            last = j == n - 1
            role = self._heads if last else self._mods
            if role.get(base[j], 0) >= COMPOSED_ROLE:
                continue   # a usual word of terms in this place: the writer's own
            for shown in self._targets(w):
                x = singular(shown) if last else shown
                if x == base[j] or x in NOT_CONTENT or role.get(x, 0) < COMPOSED_ROLE:
                    continue
                c = self._corroborated(w, base[j], x, last)
                if c < STRONG_SWAP:
                    continue
                # the repair keeps the number of the written head ("pinnacles" -> "peaks"), but a
                # mass noun keeps its singular ("facts" -> "data")
                words[j] = plural(x) if last and base[j] != w and shown == x and self._known_plural(x) else shown
                swapped.append(j)
                weight = c if weight is None else min(weight, c)
                odd = max(odd, self._odd(w, x))
                break
        if not swapped or odd < COMPOSED_ODD or not self._odd_as_written(gram, swapped):
            return None
        term = _norm(words)
        if term in self.terms:
            return None
        return (term, " ".join(words), len(swapped), 0, weight or 0, True, "composed")

    def _extended(self, gram: list[str]):
        """A known term of two or three words (as written or swapped back on the term route), and
        before it a paraphraser's favourite word (see :meth:`_odd`, ``COMPOSED_ODD``) that the list
        habitually swaps for a usual modifier of terms, while the word as written is none ("slightest
        developed countries" -> "least developed countries", "ravenous learning algorithm" ->
        "greedy learning algorithm"): the paraphraser's thesaurus reached one word further than the
        term lists. The first word and the term's first word as written are no common English pair
        (the writer's own adjective before a term: "recent neural networks"). Weak evidence, like
        the composed route's."""
        w = gram[0]
        if w in NOT_CONTENT or any(x in NOT_CONTENT for x in gram[1:]) or "-" in w or w.endswith("ing"):
            return None   # "preparing neural networks": a verb and its object
        if self._mods.get(w, 0) >= COMPOSED_ROLE or self._heads.get(singular(w), 0) >= COMPOSED_ROLE:
            return None   # a usual word of terms: the writer's own
        tail = gram[1:]
        base = _norm(tail)
        if base in self.terms:
            inner = (base, self.displays[base], 0, self.terms[base], 0)
        else:
            inner = self._best(tail)
            if inner is None or inner[_DICTIONARY] or inner[4] < STRONG_SWAP or \
                    (inner[2] == 1 and len(inner) > _DICTIONARY + 1 and inner[_DICTIONARY + 1]):
                return None   # the term itself on weak or contested evidence
        if inner[3] < 1 or not self._odd_as_written(gram, [0]):
            return None
        for x in self._targets(w)[:MAX_OPTIONS]:
            if x in NOT_CONTENT or x == w or self._mods.get(x, 0) < COMPOSED_ROLE:
                continue
            count = self._corroborated(w, w, x, False)
            if count < STRONG_SWAP or self._odd(w, x) < EXTENDED_ODD:
                continue
            term = (x,) + inner[0]
            if term in self.terms:
                return None   # the term route's business
            weight = count if not inner[2] else min(count, inner[4])
            return (term, x + " " + inner[1], inner[2] + 1, 0, weight, True, "extended")
        return None

    def _vouched(self, gram: list[str]):
        """Two words, both swapped back by habits of the list (each swap seen ``STRONG_SWAP``
        times), where the pair as written is no pair of English (neither in the bigram file nor a
        collocation of the trigram model) and the swapped-back pair is a common pair of the bigram
        file ("global diary" -> "international journal"). For a run whose swaps are everyday words
        (no paraphraser's favourite, so the composed and attested routes leave it) and whose term
        no list knows: the language model's evidence that the written phrase is far rarer than the
        swapped-back one. The commonest such pair wins. A written head that is a usual head of terms
        is the writer's own ("interaction data" is no "process information"). Weak evidence, like
        the composed route's two swaps; the matcher takes it only as a noun phrase of its own
        (``unseen_matching._whole_phrase``).

        Measured on the development fifths (seeds 11-13, the test fifth excluded): recall 1130 ->
        1134/3004, Pok 91.0 % unchanged, harm 12, every new edit exact; seeds 14-15 unchanged. With
        the trigram model's collocations (log ratio above 2) as vouching too: 1135 and 737/2046, but
        one harmful edit on seed 15 ("mental conduct" -> "cognitive behavior") and "starting
        medication" -> "initial drug" over the clean corpus; without the head and whole-phrase
        checks: 1137, Pok 90.8 %, harm 17."""
        a, b = gram
        if a in NOT_CONTENT or b in NOT_CONTENT or self.trigram is None:
            return None
        if self._common_pair(a, b) or self.collocation(a, b):
            return None
        if self._heads.get(singular(b), 0) >= COMPOSED_ROLE:
            return None
        bigrams = self.lm.bigrams
        best = None
        for x in self._targets(a)[:LM_OPTIONS]:
            ca = self._swap_count(a, a, x)
            if ca < STRONG_SWAP or x in NOT_CONTENT:
                continue
            for y in self._targets(b)[:LM_OPTIONS]:
                cb = self._swap_count(b, singular(b), singular(y))
                if cb < STRONG_SWAP or y in NOT_CONTENT:
                    continue
                count = max(bigrams.get(x + " " + y, 0.0), bigrams.get(x + " " + singular(y), 0.0))
                if count and (best is None or count > best[0]):
                    best = (count, x, y, min(ca, cb))
        if best is None:
            return None
        _, x, y, weight = best
        term = _norm([x, y])
        return (term, x + " " + y, 2, self.terms.get(term, 0), weight, True, "vouched")

    def _favourite(self, word: str) -> bool:
        """Some swap of ``word`` reaches ``COMPOSED_ODD`` (the cheap test before the composed route)."""
        got = self._favourite_memo.get(word)
        if got is None:
            if len(self._favourite_memo) >= CACHE_SIZE:
                self._favourite_memo.clear()
            got = any(self._odd(word, t) >= COMPOSED_ODD for t in self._targets(word)[:MAX_OPTIONS])
            self._favourite_memo[word] = got
        return got

    def _hallmark(self, pair: list[str]):
        """Two words, one of them a paraphraser's hallmark: a word the list swaps for the same
        standard word again and again while ordinary English seldom uses it ("corrosive" for
        "acid", "vitality" for "energy"), next to a plain word that anchors it ("gastric
        corrosive"), and the pair is no common English pair. Weak evidence on its own. An anchor
        that looks swapped too ("discourse highlights") would be repaired by half: left alone."""
        if self.lm.bigrams.get(pair[0] + " " + pair[1]) is not None:
            return None
        if pair[0] in NOT_CONTENT or pair[1] in NOT_CONTENT:
            return None
        marks = [self._hallmark_of(w) for w in pair]
        for j in (1, 0):
            mark = marks[j]
            other = self._hallmark_of(pair[1 - j], ANCHOR_PER_MILLION, 0.0, STRONG_SWAP)
            if mark is None or other is not None:
                continue
            target, count = mark
            words = list(pair)
            words[j] = target
            term = _norm(words)
            return (term, " ".join(words), 1, self.terms.get(term, 0), count, True, "hallmark")
        return None

    def _hallmark_of(self, word: str, per_million_min: float = HALLMARK_PER_MILLION,
                     share_min: float = HALLMARK_SHARE, count_min: int = HALLMARK_COUNT):
        """``(target, count)`` when ``word`` is a hallmark swap (see :meth:`_hallmark`), else None."""
        counts = self.swap_counts.get(word) or self.swap_counts.get(singular(word))
        if not counts:
            return None
        target = self._targets(word)[0]
        count = self._swap_count(word, word, target)
        per_million = count / (self.lm.count(word) / 1e6)
        if count >= count_min and per_million >= per_million_min and count >= share_min * sum(counts.values()):
            return target, count
        return None
