"""The phrasal route of the unseen-phrase finder (a mixin of :class:`SwapModel`), the phrasal
thesaurus's reader and the forms of its expressions.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from ..inflect import verb_forms
from .tuning import CACHE_SIZE, EVERYDAY_PER_MILLION, MAX_OPTIONS, MAX_WORDS, STRONG_SWAP, _MISSING
from .words import NOT_CONTENT, _ALPHA, _norm, _word_of_term, join_hyphens, plural, singular
from .found import Found, _DICTIONARY, _ORDINARY, _ROUTE


# The phrasal route (see SwapModel._phrasal): several words of English that a paraphraser's
# thesaurus puts for one ("take a look at" for "test", "leave out" for "miss"), from the project's own
# phrasal thesaurus (resources/tortured/phrasal_synonyms.tsv). Such an expression counts as a
# swap seen this often: one swapped back alone is weak evidence (as one habitual list swap is), with
# another word swapped back by a habit of the list a tell (see SwapModel.prior).
PHRASAL_COUNT = STRONG_SWAP
# The particles and prepositions after a verb that make an expression a phrasal verb, whose verb is
# matched in its other forms too ("leaving out", "left out"); an expression led by one of the verbs
# below is matched in its other forms whatever follows ("taking a look at", "made use of").
PARTICLES = frozenset(
    "up out off down in on away back over through into to for with about around apart together forward "
    "aside behind a an the upon at across by ahead along onto under".split())
# ... and the prepositions that want an object after them: an expression ending in one ("work as",
# "look at", "consist of") never ends a run ("auto-correlation work as a way" is no "auto-correlation
# function a way"); a particle may ("semi-managed taking in" -> "semi-supervised learning").
OBJECT_PREPOSITIONS = frozenset(
    "as at of to for with from by into onto upon than about like toward towards via per within without "
    "between among against".split())
# The verbs whose expressions are matched in their other forms whatever follows them ("take a look
# at", "make use of"); the forms themselves come from the engine's inflector (lemminflect, see
# inflect.py), as do the forms of the words such an expression stands for.
PHRASAL_VERBS = frozenset(
    "take make give get go come bring put set cut keep hold lay draw bear break fall run stand stick "
    "leave pay throw find think see shed cast wear tear lead win lose deal seek do have shut spread split "
    "blow burn sell buy catch build fight spell wind let knock show sum step map drop stop plan ward "
    "zero".split())


def _phrasal_forms(chunk: tuple[str, ...], targets: list[str], starts: set[str] | None = None):
    """An expression of the phrasal thesaurus with its words, then its verb's other forms with the
    same forms of its words ("leave out": "left out" for "missed"), and, for an expression that
    may end in a noun, its plural with its words' plurals ("weak point": "weak points").
    ``starts``: the first three letters of the words wanted (the model's term words); a word
    whose forms cannot begin so is not inflected (the inflector is the model build's dearest step)."""
    yield chunk, list(targets)
    first, last = chunk[0], chunk[-1]
    if first not in NOT_CONTENT and (first in PHRASAL_VERBS or chunk[1] in PARTICLES):
        mine = verb_forms(first)
        theirs = [f for t in targets if starts is None or t[:3] in starts
                  for f in [verb_forms(t)] if f is not None]
        for k in range(4 if mine else 0):
            words = [t[k] for t in theirs]   # the inflector doubles a final consonant ("omitted", "visited")
            if k == 3:
                words += targets   # an -ing form is a noun as often as a verb ("pulling out": "extraction")
            elif k in (1, 2):
                words += [t for t in targets if t.endswith(("ed", "en"))]   # "covered up": "hidden"
            yield (mine[k],) + chunk[1:], words
    if last not in NOT_CONTENT and last not in PARTICLES:
        yield chunk[:-1] + (plural(last),), [plural(t) for t in targets]


def read_phrasal(path: Path) -> dict[str, list[str]]:
    """``expression<TAB>word|word ...`` lines (``#`` comments): an expression of two to four words
    -> the single words it may stand for (the phrasal thesaurus, see SwapModel._phrasal)."""
    out: dict[str, list[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        phrase, words = line.split("\t", 1)
        phrase = " ".join(join_hyphens(phrase.lower().split()))
        words = [w for w in words.lower().split("|") if _ALPHA.match(w.strip())]
        if 2 <= len(phrase.split(" ")) <= MAX_WORDS and words and all(_word_of_term(w) for w in phrase.split(" ")):
            out[phrase] = list(dict.fromkeys(out.get(phrase, []) + [w.strip() for w in words]))
    return out


class PhrasalRoute:
    """The phrasal route: an expression of several words that a paraphraser's thesaurus puts for one
    word of a known term ("take a look at set" -> "test set").

    Methods of :class:`SwapModel`: they read the tables its constructor builds."""

    def _phrasal_index(self, phrasal: dict[str, list[str]]) -> None:
        """The phrasal thesaurus as several-word swaps (see _phrasal): each expression, and its
        other forms (see _phrasal_forms), towards the words of this model's standard terms only;
        none that the list already teaches as a chunk ("getting to know"), none that is a standard
        term as written, and no word of the expression itself."""
        words = self.term_words
        starts = {w[:3] for w in words}
        found: dict[tuple[str, ...], list[str]] = {}
        for phrase, targets in phrasal.items():
            for form, mapped in _phrasal_forms(tuple(phrase.split(" ")), targets, starts):
                own = {singular(w) for w in form}
                # a word of the expression itself is no swap back: "in public databases" is no
                # tortured "public databases", only the writer's preposition before them
                kept = [t for t in mapped if (t in words or singular(t) in words) and t not in NOT_CONTENT
                        and singular(t) not in own]
                if kept:
                    found[form] = list(dict.fromkeys(found.get(form, []) + kept))
        # where each word stands in the terms, as (length, place): an expression's places in a run
        places: dict[str, set] = defaultdict(set)
        for (n, j), at in self._at.items():
            for w in at:
                places[w].add((n, j))
        by_first: dict[tuple[str, str], list] = defaultdict(list)
        for form, targets in found.items():
            text = " ".join(form)
            if text in self.swaps or _norm(form) in self.terms:
                continue
            self.swaps[text] = targets[:MAX_OPTIONS]
            self.swap_counts[text] = Counter({t: PHRASAL_COUNT for t in targets})
            # the places in a run the expression may stand in: those of its words in the terms
            slots = frozenset(p for t in targets for p in places.get(t, set()) | places.get(singular(t), set()))
            by_first[form[:2]].append((form, text, slots))
        for v in by_first.values():
            v.sort(key=lambda x: len(x[0]), reverse=True)
        self.phrasal = dict(by_first)
        # the same expressions written as one hyphenated word ("covered-up", "getting-to-know"): the
        # detector reads such a compound as one unit, and the paraphraser writes its expression so
        # (and the list's own chunks, "sorting out" for "organizing", written so: any place in a term)
        self.phrasal_joined = {"-".join(form): (form, text, slots)
                               for v in by_first.values() for form, text, slots in v}
        # ... and for a compound whose last part begins one ("self-sorting out map"): the thesaurus's
        # expressions and the list's chunks by their first two words, the longest first
        parts: dict[tuple[str, str], list] = defaultdict(list)
        for v in by_first.values():
            for form, text, slots in v:
                parts[form[:2]].append((form, text, None))
        for text in self.swaps:
            if " " not in text:
                continue
            form = tuple(text.split(" "))
            if 2 <= len(form) <= MAX_WORDS and all(_ALPHA.match(w) for w in form) and not any(
                    f == form for f, _, _ in parts.get(form[:2], ())):
                parts[form[:2]].append((form, text, None))
                self.phrasal_joined.setdefault("-".join(form), (form, text, None))
        for v in parts.values():
            v.sort(key=lambda x: len(x[0]), reverse=True)
        self.phrasal_parts = dict(parts)

    def _phrasal(self, texts: list[str], words: list, alpha: list[bool], out: list, every: bool) -> None:
        """The phrasal route: an expression of the phrasal thesaurus (two to four words, see
        _phrasal_index) that swaps back to one word so that a run of it and the words around it
        becomes a known standard term ("take a look at set" -> "test set", "leave out rate" -> "miss
        rate"), by the term route's rules: the other words as written or swapped back by the list's
        habits (see _best). Never over a find of another route, never across punctuation or inside
        a compound (the words are the detector's units). The longest run at each expression."""
        phrasal, joined, parts = self.phrasal, self.phrasal_joined, self.phrasal_parts
        starts = [k for k, pair in enumerate(zip(texts, texts[1:])) if pair in phrasal]
        compounds = [k for k, text in enumerate(texts) if "-" in text and (
            text in joined or k + 1 < len(texts) and (text.rpartition("-")[2], texts[k + 1]) in parts)]
        if compounds:
            starts = sorted(set(starts + compounds))
        if not starts:
            return
        n_w = len(texts)
        covered = None
        added = []
        done = 0    # the words before this are taken by an expression's find
        for k in starts:
            if k < done:
                continue
            chunk = None
            for c, text, slots in phrasal.get(tuple(texts[k:k + 2]), ()):
                if len(c) == 2 or tuple(texts[k:k + len(c)]) == c:
                    chunk, m = c, len(c)
                    break
            if chunk is None and texts[k] in joined:
                (chunk, text, slots), m = joined[texts[k]], 1   # the expression as one compound
            if chunk is None and "-" in texts[k]:
                # a compound's last part begins the expression ("self-sorting out map" for
                # "self-organizing map"): the compound's first part and the expression as one word,
                # swapped back part by part (see _find_targets); any place in a term
                prefix, _, part = texts[k].rpartition("-")
                for c, text, slots in parts.get((part, texts[k + 1]) if k + 1 < n_w else (), ()):
                    if tuple(texts[k + 1:k + len(c)]) == c[1:]:
                        chunk, m, text = c, len(c), prefix + "-" + text
                        break
            if chunk is None:
                continue
            if covered is None:
                covered = {t for f in out if self.prior(f) > 0 for t in range(f.start, f.start + f.length)}
            if any(words[u][1] in covered for u in range(k, k + m)):
                continue
            lo = k
            while lo > 0 and k - lo < MAX_WORDS - 1 and alpha[lo - 1] and words[lo - 1][1] not in covered:
                lo -= 1
            hi = k + m
            while hi < n_w and hi - (k + m) < MAX_WORDS - 1 and alpha[hi] and words[hi][1] not in covered:
                hi += 1
            hits = []
            for a in range(lo, k + 1):
                for b in range(hi, k + m - 1, -1):
                    n = k - a + 1 + b - k - m
                    if not 2 <= n <= MAX_WORDS or slots is not None and (n, k - a) not in slots or \
                            b == k + m and chunk[-1] in OBJECT_PREPOSITIONS:
                        continue   # (an expression ending in a preposition wants the words after it: "work as a way")
                    gram = tuple(texts[a:k]) + (text,) + tuple(texts[k + m:b])
                    if gram[0] in NOT_CONTENT or gram[-1] in NOT_CONTENT:
                        continue
                    payload = self._phrasal_run(gram)
                    if payload is None:
                        continue
                    units_of = list(range(a, k)) + [None] + list(range(k + m, b))
                    shown = payload[1].lower().split(" ")
                    changed = []
                    for u, w in enumerate(gram):
                        if u == k - a:
                            changed.extend(t for x in range(k, k + m) for t in range(words[x][1], words[x][2]))
                        elif len(shown) == len(gram) and shown[u] != w and singular(shown[u]) != singular(w):
                            changed.extend(range(words[units_of[u]][1], words[units_of[u]][2]))
                    first, last = words[a][1], words[b - 1][2]
                    found = Found(first, last - first, *payload, changed=tuple(changed),
                                  chunk=tuple(range(words[k][1], words[k + m - 1][2])))
                    hits.append(((self.prior(found) > 0, len(gram), self.prior(found)), found))
            if hits:
                hits.sort(key=lambda h: h[0], reverse=True)
                added.extend(f for _, f in (hits if every else hits[:1]))
                done = k + m
                if not every:
                    covered.update(range(hits[0][1].start, hits[0][1].start + hits[0][1].length))
        if added:
            if not every:
                spans = [(f.start, f.start + f.length) for f in added]
                out[:] = [f for f in out if not any(f.start < e and s < f.start + f.length for s, e in spans)]
            out.extend(added)
            out.sort(key=lambda f: f.start)

    def _phrasal_run(self, gram: tuple[str, ...]):
        """The phrasal route's find for exactly this run (one word of it an expression of the
        phrasal thesaurus), or None: a known term by the term route, marked ordinary where the
        run reads as ordinary English (see _run)."""
        key = ("\x00phrasal",) + gram
        hit = self._cache.get(key, _MISSING)
        if hit is not _MISSING:
            return hit
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        words = list(gram)
        hit = self._best(words)
        if hit is not None and (hit[_DICTIONARY] or not self._phrasal_others(words, hit[0])):
            hit = None
        if hit is not None:
            if self.lm is not None and not self._rare_kept(words, hit) and \
                    (self._ordinary(words, hit[0]) or self._everyday(words, hit) or self._standard_word(words, hit)):
                hit = hit[:_ORDINARY] + (True,) + hit[_ORDINARY + 1:]
            hit = hit[:_ROUTE] + ("phrasal",) + hit[_ROUTE + 1:]
        self._cache[key] = hit
        return hit

    def _phrasal_others(self, gram: list[str], term: tuple[str, ...]) -> bool:
        """Every word of a phrasal find other than the expression that is swapped back is a
        paraphraser's word: the list swaps it to the term's word at least ``EVERYDAY_PER_MILLION``
        times per million uses in English ("leave out charge" -> "miss rate"; not the writer's
        "plans" in "put forward plans" -> "proposed design")."""
        if self.lm is None:
            return True
        base = _norm(gram)
        return all(b == t or " " in w or self._odd(w, t) >= EVERYDAY_PER_MILLION
                   for w, b, t in zip(gram, base, term))
