"""The coordinated route of the unseen-phrase finder (a mixin of :class:`SwapModel`).
"""
from __future__ import annotations

from . import tuning
from .tuning import CACHE_SIZE, COORDINATION_GAIN, COORDINATION_OPTIONS, ODD_PER_MILLION, STRONG_SWAP
from .words import NOT_CONTENT, _ALPHA, _norm, singular
from .found import Found
from .phrasal import OBJECT_PREPOSITIONS


class CoordinationRoute:
    """The coordinated route: "X and Y" or "X and Y H", swapped conjunct by conjunct.

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _conjuncts(self, word: str, last: bool) -> list[str]:
        """A conjunct as written and its habitual list swap-backs (seen ``STRONG_SWAP`` times, or
        once with a dictionary's witness), most frequent first."""
        key = (word, last)
        got = self._conjunct_memo.get(key)
        if got is None:
            got = [word]
            if self._swappable(word):
                for t in self._targets(word)[:COORDINATION_OPTIONS]:
                    if t not in got and self._corroborated(word, word, t, last) >= STRONG_SWAP:
                        got.append(t)
            if len(self._conjunct_memo) >= CACHE_SIZE:
                self._conjunct_memo.clear()
            self._conjunct_memo[key] = got
        return got

    def _siblings(self, a: str, b: str) -> int:
        """How many pairs of known terms ``a`` and ``b`` fill the same place of, agreeing in every
        other word ("training set", "validation set"): words of one kind, as coordinated words are."""
        key = (a, b)
        got = self._sibling_memo.get(key)
        if got is None:
            got = 0
            for (n, j), at in self._at.items():
                ta, tb = at.get(a), at.get(b)
                if ta and tb:
                    got += sum(1 for t in ta if t[:j] + (b,) + t[j + 1:] in tb)
            if len(self._sibling_memo) >= CACHE_SIZE:
                self._sibling_memo.clear()
            self._sibling_memo[key] = got
        return got

    def _coordination(self, a: str, b: str) -> bool:
        """The trigram model knows "a and b" as a coordination: ``b`` at least ``COORDINATION_GAIN``
        likelier after "a and" than alone ("speed and accuracy" +7.2; "rate and accuracy" +1.4)."""
        key = (a, b)
        got = self._coordination_memo.get(key)
        if got is None:
            tm = self.trigram
            got = tm is not None and tm.logp3(a, "and", b) - tm.unigram_logp(b) >= COORDINATION_GAIN
            if len(self._coordination_memo) >= CACHE_SIZE:
                self._coordination_memo.clear()
            self._coordination_memo[key] = got
        return got

    def _coordinated(self, texts: list[str], words: list, out: list, every: bool) -> None:
        """Coordinations of two one-word conjuncts, "X and Y" or "X and Y H" (a head of one or two
        words), that the paraphraser swapped word by word: each conjunct, and the head's last word,
        as written or swapped back by a habit of the list (see _conjuncts). With a head, "X' H'" and
        "Y' H'" must both be known terms ("disappearing and detonating inclination" -> "vanishing and
        exploding gradient"; a term of the form "X and Y H" is rare in any list); without one, the
        swap-backs are siblings in known terms ("preparing and approval" -> "training and
        validation"), more often than the words as written, with both conjuncts swapped, or a
        coordination the trigram model knows ("width and profundity" -> "width and depth"). One
        swapped conjunct is a paraphraser's word (see _odd). Most swapped words first (the
        paraphraser swaps every word it can), then the commonest terms. A find inside must agree
        with the repair; the coordination replaces it (with its evidence, see ``inner``), and takes
        in the head of a find that the second conjunct starts ("associated and self-ruling
        automobile" -> "connected and autonomous vehicle")."""
        if self.lm is None:
            return
        n_w = len(texts)
        terms = self.terms
        for k in range(1, n_w - 1):
            if texts[k] != "and":
                continue
            x, y = texts[k - 1], texts[k + 1]
            ym = 1   # the units the second conjunct takes: an expression of the phrasal thesaurus
            expressions = self.phrasal.get(tuple(texts[k + 1:k + 3]), ()) if tuning.COORDINATED_PHRASAL else ()
            for c, text, _slots in expressions:
                if tuple(texts[k + 1:k + 1 + len(c)]) == c and c[-1] not in OBJECT_PREPOSITIONS:
                    y, ym = text, len(c)   # "schooling and trying out" -> "training and testing"
                    break
            if x in NOT_CONTENT or y in NOT_CONTENT or not _ALPHA.match(x) or ym == 1 and not _ALPHA.match(y) or \
                    not (self._swappable(x) or self._swappable(y)):
                continue
            # each element's characters: the conjuncts, "and", the head's words
            spans = [(words[k - 1][1], words[k - 1][2]), (words[k][1], words[k][2]),
                     (words[k + 1][1], words[k + ym][2])]
            best = None
            for h in (2, 1, 0):
                head = texts[k + 1 + ym:k + 1 + ym + h]
                if len(head) < h or any(w in NOT_CONTENT or not _ALPHA.match(w) for w in head):
                    continue
                cx, cy = self._conjuncts(x, not h), self._conjuncts(y, not h)
                # one conjunct swapped back must be a paraphraser's word ("strain and temperature
                # sensors" is the writer's own)
                odd_x = [xo == x or self._odd(x, xo) >= ODD_PER_MILLION for xo in cx]
                odd_y = [yo == y or ym > 1 or self._odd(y, yo) >= ODD_PER_MILLION for yo in cy]
                if not any(odd_x[1:]) and not any(odd_y[1:]):
                    continue
                heads = [head] if h else [[]]
                if h:
                    heads += [head[:-1] + [t] for t in self._conjuncts(head[-1], True)[1:]]
                for a, xo in enumerate(cx):
                    for b, yo in enumerate(cy):
                        if not (a and odd_x[a] or b and odd_y[b]) or ym > 1 and not (a and b):
                            continue   # (an expression only beside another paraphraser's word)
                        for hh in heads:
                            swapped = (xo != x) + (yo != y) + (h > 0 and hh[-1] != head[-1])
                            if h:
                                tx, ty = _norm([xo] + hh), _norm([yo] + hh)
                                if tx not in terms or ty not in terms or \
                                        xo != x and _norm([x] + hh) in terms or yo != y and _norm([y] + hh) in terms:
                                    continue   # a conjunct that makes a known term as written is the writer's
                                weight = (True, terms[tx] + terms[ty])
                            else:
                                if xo == yo or self._coordination(x, y):
                                    continue
                                weight = (self._coordination(xo, yo), self._siblings(xo, singular(yo)))
                                if weight == (False, 0) or swapped < 2 and not weight[0] or \
                                        self._siblings(x, singular(y)) >= weight[1] > 0:
                                    continue   # the writer's own pair of one kind ("data and information")
                                # the paraphraser's commonest swaps first, then the pair of one kind
                                weight = (weight[0], -(a + b), weight[1])
                            key = (swapped, h, weight)
                            if best is None or key > best[0]:
                                best = (key, [xo, "and", yo] + hh, h, swapped)
                if best is not None and best[2] == h:
                    break
            if best is None:
                continue
            _, repair, h, swapped = best
            spans += [(words[u][1], words[u][2]) for u in range(k + 1 + ym, k + 1 + ym + h)]
            first, last = words[k - 1][1], spans[-1][1]
            original = [x, "and", y] + texts[k + 1 + ym:k + 1 + ym + h]
            if not h and ym == 1:
                # the second conjunct starts a find that goes on ("associated and self-ruling
                # automobile": "autonomous vehicle"): the coordination takes in its head
                on = [f for f in out if f.start == words[k + 1][1] and f.start + f.length > last and
                      f.term[0] == singular(repair[2]) and self.prior(f) > 0]
                if on:
                    f = max(on, key=lambda f: (f.length, self.prior(f)))
                    u = next(u for u in range(k + 1, n_w) if words[u][2] == f.start + f.length)
                    shown = f.display.split(" ")
                    if len(shown) == u - k:
                        repair = repair[:2] + shown
                        original = texts[k - 1:u + 1]
                        swapped += f.swapped - 1
                        h = u - k - 1
                        last = words[u][2]
                        spans = [(words[v][1], words[v][2]) for v in range(k - 1, u + 1)]
            changed = tuple(t for u, (a, b) in enumerate(zip(original, repair)) if a != b
                            for t in range(*spans[u]))
            term = _norm(repair)
            held = [f for f in out if first <= f.start and f.start + f.length <= last]
            starts = {span[0]: u for u, span in enumerate(spans)}
            if any(self.prior(f) > 0 and (f.start not in starts or
                                          term[starts[f.start]:starts[f.start] + len(f.term)] != f.term)
                   for f in held):
                continue   # a find inside repairs its words otherwise ("protection strategy" -> "security policy")
            inner = max((self.prior(f) for f in held), default=0.0)
            if not every:
                out[:] = [f for f in out if not (first <= f.start < last or first < f.start + f.length <= last)]
            out.append(Found(first, last - first, term, " ".join(repair), swapped,
                             terms.get(term, 0), STRONG_SWAP, route="coordinated", changed=changed,
                             inner=inner))
        out.sort(key=lambda f: f.start)
