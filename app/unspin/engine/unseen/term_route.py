"""The term route of the unseen-phrase finder, with its dictionary swap-backs (a mixin of
:class:`SwapModel`).
"""
from __future__ import annotations

from .tuning import (
    CACHE_SIZE,
    DICTIONARY_ANCHORS,
    EVERYDAY_PER_MILLION,
    MAX_DICTIONARY,
    RIVAL_RATIO,
    SHORT_ANCHORS,
    STRONG_SWAP,
    _EMPTY,
)
from .words import NOT_CONTENT, _norm, singular


class TermRoute:
    """The term route and its dictionary swap-backs: a run whose words, as written, swapped back by
    the list's habits or (at most one) by a dictionary synonym, make a known standard term.

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _synonym_of(self, word: str, last: bool) -> list[str]:
        """The term words ``word`` is a dictionary synonym of (the dictionary route); worked out
        once per word (the combined dictionaries give common words long lists)."""
        key = (word, last)
        got = self._synonym_memo.get(key)
        if got is None:
            if len(self._synonym_memo) >= CACHE_SIZE:
                self._synonym_memo.clear()
            found = self.dictionary.get(word) or self.dictionary.get(singular(word)) or ()
            got = self._synonym_memo[key] = list(dict.fromkeys(singular(x) for x in found)) if last else list(found)
        return got

    def _short_synonyms(self, word: str, last: bool) -> list[str]:
        """:meth:`_synonym_of`, only those the two-word dictionary route may take (see _short_synonym)."""
        key = (word, last)
        got = self._short_memo.get(key)
        if got is None:
            if len(self._short_memo) >= CACHE_SIZE:
                self._short_memo.clear()
            synonyms = self._synonym_of(word, last)
            # _short_synonym's test of the word itself (no word of terms in its place, no list
            # swap) first: it holds for every synonym or for none
            if synonyms and self._short_word(word, last):
                got = [x for x in synonyms if self._witness(word, x)]
            else:
                got = []
            self._short_memo[key] = got
        return got

    def _anchored(self, gram: list[str], base: tuple, term: tuple, changed: list[int], by_list: list[int]) -> bool:
        """A dictionary swap-back has enough of the term around it: ``DICTIONARY_ANCHORS`` words kept
        as written (``SHORT_ANCHORS`` in a two-word term), or another word swapped back by a habit
        of the list's paraphraser (seen ``STRONG_SWAP`` times; in a longer term, of a word that is no
        everyday word, beside one kept word)."""
        n = len(gram)
        if n - len(changed) >= (DICTIONARY_ANCHORS if n > 2 else SHORT_ANCHORS):
            return True
        if n > 2 and n - len(changed) >= 1 and self.lm is not None and any(
                self._corroborated(gram[j], base[j], term[j], j == n - 1) >= STRONG_SWAP and
                self._odd(gram[j], term[j]) >= EVERYDAY_PER_MILLION for j in by_list):
            return True   # see the note at SHORT_ANCHORS
        return n == 2 and len(by_list) == 1 and \
            self._corroborated(gram[by_list[0]], base[by_list[0]], term[by_list[0]], by_list[0] == 1) >= STRONG_SWAP

    def _short_dictionary(self, gram: list[str], j: int, target: str) -> bool:
        """A dictionary swap-back in a two-word term (one word kept): only where a dictionary file
        (not the list read as a thesaurus) gives the word for the target, the word as written is
        no word of terms in its place, and the list never swaps it (else the list route decides)."""
        return self._short_synonym(gram[j], j == len(gram) - 1, target)

    def _short_synonym(self, word: str, last: bool, target: str) -> bool:
        """:meth:`_short_dictionary` for ``word`` at the end of the term or before it."""
        return self._witness(word, target) and self._short_word(word, last)

    def _witness(self, word: str, target: str) -> bool:
        """A dictionary file (not the list read as a thesaurus) gives ``word`` for ``target``."""
        witnessed = self._witnessed
        return (word, target) in witnessed or (singular(word), target) in witnessed or \
            (word, singular(target)) in witnessed or (singular(word), singular(target)) in witnessed

    def _short_word(self, word: str, last: bool) -> bool:
        """``word`` as written is no word of terms in its place and the list never swaps it."""
        role = self._heads if last else self._mods
        return role.get(singular(word) if last else word, 0) == 0 and not self._swappable(word)

    def _may_pair(self, first: str, second_singular: str) -> bool:
        """A two-word term is these two words with one of them swapped back to a dictionary
        synonym (the cheap test before the two-word dictionary route)."""
        key = (first, second_singular)
        got = self._pair_memo.get(key)
        if got is None:
            if len(self._pair_memo) >= CACHE_SIZE:
                self._pair_memo.clear()
            terms = self.terms
            got = ("", second_singular) in self._masked and \
                any((x, second_singular) in terms for x in self._short_synonyms(first, False)) or \
                (first, "") in self._masked and \
                any((first, x) in terms for x in self._short_synonyms(second_singular, True))
            self._pair_memo[key] = got
        return got

    def _may_start(self, words: list[str], third_singular: str) -> bool:
        """A term of three or more words with at most one word swapped back may start with these
        three words (the only find possible in a run without a learnt swap is a one-synonym
        swap-back with DICTIONARY_ANCHORS words kept)."""
        starts = self._starts
        a, b, c = words
        for third in (c, third_singular):
            if (a, b, third) in starts or ("", b, third) in starts or (a, "", third) in starts or (a, b, "") in starts:
                return True
        return False

    def _one_synonym(self, gram: list[str]):
        """:meth:`_best` for a run without a learnt swap: only the dictionary route can find it,
        with one word swapped back and the others as written, so the terms are looked up directly."""
        n = len(gram)
        if n - 1 < (DICTIONARY_ANCHORS if n > 2 else SHORT_ANCHORS):
            return None
        base = _norm(gram)
        best = None
        for j in range(n):
            if base[j] in NOT_CONTENT or base[:j] + ("",) + base[j + 1:] not in self._masked:
                continue
            for x in self._synonym_of(gram[j], j == n - 1):
                term = base[:j] + (x,) + base[j + 1:]
                weight = self.terms.get(term)
                if weight is None or term == base:
                    continue
                key = (weight, term)
                if (best is None or key > best[0]) and self._odd_as_written(gram, [j]) and \
                        (n > 2 or self._short_dictionary(gram, j, x)):
                    best = (key, (term, self.displays[term], 1, weight, 0, False, "term", False, 1))
        return best[1] if best else None

    def _slot(self, word: str, n: int, j: int) -> frozenset | set:
        """The terms of ``n`` words that ``word`` may stand for at position ``j``: as written, by a
        swap learnt from the list, or by a dictionary synonym (worked out once per word and slot)."""
        key = (word, n, j)
        got = self._slot_memo.get(key)
        if got is None:
            if len(self._slot_memo) >= CACHE_SIZE:
                self._slot_memo.clear()
            at = self._at.get((n, j))
            sets = []
            if at is not None:
                last = j == n - 1
                # a dictionary swap needs DICTIONARY_ANCHORS kept words: never in a shorter run
                if n > DICTIONARY_ANCHORS:
                    synonyms = self._synonym_of(word, last)
                elif n == 2 and SHORT_ANCHORS < 2:   # only those the two-word route may take
                    synonyms = self._short_synonyms(word, last)
                else:
                    synonyms = []
                for opt in dict.fromkeys(self._options(word, last) + synonyms):
                    got = at.get(opt)
                    if got:
                        sets.append(got)
            got = self._slot_memo[key] = (sets[0] if len(sets) == 1 else frozenset().union(*sets)) if sets else _EMPTY
        return got

    def _best(self, gram: list[str]):
        """The known term this run swaps back to with the fewest swapped words (the paraphraser
        changed as little as the evidence needs), then the most common term, then the best-attested
        swaps; but a term whose swaps the list makes ``RIVAL_RATIO`` times as often as the common
        term's (as many swapped words) is the paraphraser's habit and wins ("skin sickness" ->
        "skin disease", not the commoner "skin cancer" that "sickness" stood for once)."""
        n = len(gram)
        slots = []
        for j in range(n):
            slot = self._slot(gram[j], n, j)
            if not slot:
                return None
            slots.append(slot)
        slots.sort(key=len)
        candidates = slots[0].intersection(*slots[1:]) if n > 1 else slots[0]
        if not candidates:
            return None
        base = _norm(gram)
        listed = [self._options(gram[j], j == n - 1) for j in range(n)]  # the word and its list swaps
        best = habit = None
        for term in candidates:
            changed = [j for j in range(n) if term[j] != base[j]]
            if not changed or any(base[j] in NOT_CONTENT for j in changed):
                continue
            by_list = [j for j in changed if term[j] in listed[j]]
            dictionary = len(changed) - len(by_list)
            if dictionary and (dictionary > MAX_DICTIONARY or
                               not self._anchored(gram, base, term, changed, by_list) or
                               n == 2 and not all(self._short_dictionary(gram, j, term[j])
                                                  for j in changed if j not in by_list) or
                               not self._odd_as_written(gram, [j for j in changed if j not in by_list])):
                continue  # see DICTIONARY_PRIOR
            swap_weight = min((self._corroborated(gram[j], base[j], term[j], j == n - 1) for j in by_list),
                              default=0)
            key = (-len(changed), -dictionary, self.terms[term], swap_weight, term)
            payload = (term, self.displays[term], len(changed), self.terms[term], swap_weight,
                       False, "term", False, dictionary)
            if best is None or key > best[0]:
                best = (key, payload)
            if habit is None or (key[0], key[1], swap_weight) > habit[0]:
                habit = ((key[0], key[1], swap_weight), payload)
        if best is None:
            return None
        found = best[1]
        if habit[1] is not found and habit[0][:2] == best[0][:2] and \
                habit[0][2] >= RIVAL_RATIO * max(1, found[4]):
            found = habit[1]
        if found[2] == 1:
            rivals = self._rivals(gram, base, found[0])
            if rivals:
                found = found + (rivals,)
        return found

    def _rivals(self, gram: list[str], base: tuple, term: tuple) -> int:
        """How many other known terms the one swapped word of a find gives, by another list swap or
        a dictionary synonym of it, the other words kept ("skin sickness": "skin cancer", "skin
        disease", "skin infection"); none that the find's own swap outweighs ``RIVAL_RATIO`` times
        in the list (a dictionary synonym counts as one list swap)."""
        n = len(gram)
        j = next(j for j in range(n) if term[j] != base[j])
        last = j == n - 1
        # the find's own swap, and how often the list makes it: a habit far stronger than every
        # other swap-back of the word leaves those no rivals (see RIVAL_RATIO)
        own = self._corroborated(gram[j], base[j], term[j], last)
        found = set()
        for x in self._options(gram[j], last)[1:] + self._synonym_of(gram[j], last):
            t = base[:j] + (x,) + base[j + 1:]
            if t != term and t in self.terms:
                if own >= RIVAL_RATIO * max(1, self._corroborated(gram[j], base[j], x, last)):
                    continue
                found.add(t)
        return len(found)
