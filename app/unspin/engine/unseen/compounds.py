"""Compounds and spellings in the unseen-phrase finder (a mixin of :class:`SwapModel`).
"""
from __future__ import annotations

from .tuning import EVERYDAY_PER_MILLION, JOIN_USES, KEPT_SLOT, LM_OPTIONS, MAX_WORDS, STRONG_SWAP
from .words import NOT_CONTENT, _ALPHA, _norm, _squash, singular
from .found import _DICTIONARY


class CompoundsAndSpellings:
    """Compounds and spellings: a term's words written as one word or glued by a hyphen, a kept word
    spelt otherwise, and a find carried one swap-back further to a known term.

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _split_compound(self, gram: list[str]):
        """A run holding a hyphenated compound whose parts, written apart, swap back to a known term
        that writes them apart ("machine-mastering algorithms" -> "machine learning algorithms",
        "blood-mind boundary" -> "blood brain barrier"): the paraphraser (or the writer) glued two
        words of the term, and a part of the compound is swapped. Term route only, list swaps only.
        Measured on three development fifths (seeds 11-13, the test fifth excluded): recall 1122 ->
        1127/3004, Pok 91.0 % (90.96 -> 90.99), harm 12; seeds 14-15 732 -> 736/2046, every new edit exact;
        clean science 0, mixed documents' false finds unchanged. Without the everyday-word guard,
        "time-space highlights" became a harmful "time domain features"."""
        if not any("-" in w for w in gram):
            return None
        parts = [p for w in gram for p in w.split("-")]
        if len(parts) > MAX_WORDS or not all(_ALPHA.match(p) for p in parts) or _norm(parts) in self.terms:
            return None
        hit = self._best(parts)
        if hit is None or hit[_DICTIONARY] or hit[0] not in self.terms:
            return None
        # a part of a compound is swapped back, and by a word that is no everyday word of English
        # ("time-space highlights" is the writer's "time-space", not a tortured "time domain")
        base = _norm(parts)
        k = 0
        for w in gram:
            n = w.count("-") + 1
            if n > 1 and any(hit[0][k + u] != base[k + u] and
                             self._odd(parts[k + u], hit[0][k + u]) >= EVERYDAY_PER_MILLION for u in range(n)):
                return hit
            k += n
        return None

    def _join_word(self, a: str, b: str) -> str | None:
        """``a`` and ``b`` written as one word, where standard terms write them so: the joined word
        stands in ``JOIN_USES`` terms or more, the two words side by side in none."""
        if not (_ALPHA.match(a) and _ALPHA.match(b)) or "-" in a or "-" in b or len(a) < 2 or len(b) < 2 or \
                a in NOT_CONTENT or b in NOT_CONTENT:
            return None   # a letter alone ("s" of a possessive split apart) is no part of a word
        word = a + b
        if self.term_uses(word) < JOIN_USES or self.term_uses(a + " " + b):
            return None
        return word

    def _joined(self, gram: list[str], hit: tuple) -> tuple:
        """A find whose repair holds two words that standard terms write as one, one of them
        swapped back ("hyper otherworldly" -> "hyper spectral" -> "hyperspectral"): the repair
        writes them so. The confidence stays that of the find's route."""
        words = hit[1].split(" ")
        if len(words) != 2 or len(gram) != 2:
            return hit   # a longer run would lose track of which written word is which
        a, b = words[0].lower(), words[1].lower()
        if (a, b) == tuple(gram) or not self._everyday_kept((a, b), gram):
            return hit   # neither swapped, or a kept word of the writer's own spelling ("eigen")
        word = self._join_word(a, b)
        if word is None:
            return hit
        joined = [word if words[0].islower() else words[0] + words[1].lower()]
        return (_norm(joined), " ".join(joined)) + hit[2:]

    def _everyday_kept(self, pair: tuple[str, str], written: list[str]) -> bool:
        """Each word of ``pair`` kept as ``written`` is a word of ordinary English (see known_word):
        a technical word spelt apart ("eigen worth" -> "eigen value", not "eigenvalue") is the
        writer's own spelling."""
        return all(self.known_word(x) for x, w in zip(pair, written) if x == w)

    def _joined_pair(self, gram: list[str]):
        """Two words, one of them swapped back by a habit of the list, that make one word of
        standard terms ("square chain" -> "blockchain"), where the pair as written is no common
        English pair. Weak evidence."""
        a, b = gram
        if self._common_pair(a, b):
            return None
        best = None
        for j in (0, 1):
            other = gram[1 - j]
            for shown in self._targets(gram[j])[:LM_OPTIONS]:
                x = singular(shown) if j == 1 else shown
                count = self._corroborated(gram[j], gram[j], x, j == 1)
                if count < STRONG_SWAP:
                    continue
                pair = (x, other) if j == 0 else (other, x)
                word = self._join_word(*pair) if self._everyday_kept(pair, gram) else None
                if word is not None and (best is None or count > best[0]):
                    uses = self.term_uses(word)
                    best = (count, ((word,), word, 1, uses, count, True, "joined"))
        return best[1] if best else None

    def _to_term(self, gram: list[str], hit: tuple) -> tuple:
        """A find that no term list knows ("recurrence scope" -> "frequency scope", a hallmark
        swap beside a kept word) becomes the known term that one more swap-back of a kept word
        gives ("frequency range"), when exactly one does: a paraphraser swaps every word it can.
        The confidence stays that of the find's own route."""
        term = hit[0]
        n = len(term)
        if n != len(gram):
            return hit
        base = _norm(gram)
        found = []
        for j in range(n):
            if term[j] != base[j] or base[j] in NOT_CONTENT or \
                    len(self._at.get((n, j), {}).get(base[j], ())) >= KEPT_SLOT:
                continue
            last = j == n - 1
            for x in dict.fromkeys(self._options(gram[j], last)[1:] + self._synonym_of(gram[j], last) +
                                   self._spellings(gram[j])):
                t = term[:j] + (x,) + term[j + 1:]
                if t in self.terms and t not in found:
                    found.append(t)
        if len(found) != 1:
            return hit
        t = found[0]
        return (t, self.displays[t], hit[2] + 1, self.terms[t]) + hit[4:]

    def _spellings(self, word: str) -> list[str]:
        """Words of standard terms that ``word``, no word of ordinary English, spells with other
        hyphens or without a final "s" ("kmeans" and "k-mean" for "k-means", "leastsquares" for
        "least-squares"): the writer's kept word is the term's own, written otherwise. Measured on
        three development fifths (seeds 11-13): recall 1127 -> 1130/3004, Pok 91.0 % unchanged,
        harm 12; seeds 14-15 unchanged (736/2046); clean science 0."""
        if self.lm is None or self.known_word(word):
            return []
        return [w for w in self._spelling_index.get(_squash(word), ()) if w != word]
