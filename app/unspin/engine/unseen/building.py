"""Learning the finder's tables from the tortured-phrase lexicons: the word swaps (and the verb
forms they carry to), several-word chunks, the list read as a thesaurus, the term displays, and the
bundled term and synonym files.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from .tuning import CHUNK_MIN, CHUNK_SHARE, MAX_WORDS
from .words import _ALPHA, _norm, _word_of_term, join_hyphens, singular
from .found import CATEGORY


def _list_neighbours(swaps: dict[str, Counter]) -> dict[str, list[str]]:
    """The list read as the paraphraser's thesaurus, for the dictionary route: a thesaurus pairs
    words both ways, so a standard word the list swaps ("data" -> "information") may itself be
    put for the word it was swapped with; two words swapped for the same standard word, and two
    standard words the same word was swapped for, are neighbours too. Measured on the development
    fifth: recall 27.7 -> 28.2 %, Pok 92.5 -> 92.6 %."""
    out: dict[str, dict[str, None]] = defaultdict(dict)
    by_target: dict[str, list[str]] = defaultdict(list)
    for word, counter in swaps.items():
        for target in counter:
            out[word][target] = None
            by_target[target].append(word)
            for other in counter:
                if other != target:
                    out[target][other] = None
    for words in by_target.values():
        for a in words:
            for b in words:
                if a != b:
                    out[a][b] = None
    return {w: list(alts) for w, alts in out.items()}


def _verb_forms(word: str) -> tuple[dict[str, list[str]], str]:
    """The other forms of a verb form (``{"ing": [...], "ed": [...], "": [...]}`` less its own;
    the bare form with and without a final e where that is ambiguous: "computing" -> "comput",
    "compute") and its own form ("ing", "ed" or "" for any other word)."""
    if word.endswith("ing") and len(word) > 5:
        stems, form = [word[:-3], word[:-3] + "e"], "ing"
    elif word.endswith("ed") and len(word) > 4:
        stems, form = [word[:-2], word[:-1]], "ed"
    else:
        stems, form = [word], ""
    out: dict[str, list[str]] = {}
    for f in ("", "ing", "ed"):
        if f == form:
            continue
        got = []
        for stem in stems:
            if f == "":
                got.append(stem)
            elif stem.endswith("e"):
                got.append(stem[:-1] + f)
            else:
                got.append(stem + f)
        out[f] = list(dict.fromkeys(got))
    return out, form


def _verb_form_swaps(swaps: dict[str, Counter], known: set[str]) -> dict[str, Counter]:
    """Swaps the list shows in one verb form, carried over to the others ("registering" ->
    "computing" gives "registered" -> "computed"; "expanded" -> "increased" gives "expanding" ->
    "increasing"; a hyphenated compound by its last part: "pre-handled" -> "pre-processed" gives
    "pre-handling" -> "pre-processing"): a paraphraser's thesaurus swaps a verb, whatever its form.
    Only both words in the same form, both compounds or neither, and towards a word that stands
    in some standard term (``known``). A word the list swaps itself gets the targets it lacks (the
    caller puts them after the list's own)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for word, counter in swaps.items():
        if " " in word:
            continue
        forms_a, form = _verb_forms(word)
        for target, count in counter.items():
            if " " in target or ("-" in target) != ("-" in word):
                continue
            forms_b, form_b = _verb_forms(target)
            if form_b != form:
                continue
            for f, words in forms_a.items():
                targets = [t for t in forms_b[f] if t in known]
                if len(targets) != 1:
                    continue
                for w in words:
                    if targets[0] not in swaps.get(w, ()):
                        out[w][targets[0]] = max(out[w][targets[0]], count)
    return dict(out)


# A chunk seen once counts too when neither its first nor its last word is one the list swaps word
# for word ("underground creepy crawly" for "ant"; not "squander water" for "wastewater": "squander"
# is a swap of "waste" of its own, and the chunk would eat it). Measured on three development
# fifths (seeds 11-13, the test fifth excluded): recall 1012 -> 1014/3004, Pok 89.8 % unchanged;
# every once-seen chunk: 1010, Pok 89.9 % (the chunks swallowed word swaps: "signal to commotion").


def _learn_chunks(entries, swaps: dict[str, Counter], terms) -> dict[str, Counter]:
    """Several tortured words for one standard word ("getting to know" for "learning", "the
    executives" for "management"), from list entries whose two sides differ in length: the words
    that agree at both ends (the same, or a known one-word swap) are set aside; two to four tortured
    words left against one standard word make a swap. A chunk that is a standard term itself
    ("immune system") is no swap; one seen once only where its edge words are no word swaps of the
    list (see CHUNK_MIN)."""
    def agree(a: str, b: str) -> bool:
        if a == b or singular(a) == singular(b):
            return True
        got = swaps.get(a) or swaps.get(singular(a)) or {}
        return b in got or singular(b) in got

    found: dict[str, Counter] = defaultdict(Counter)
    for e in entries:
        if e.category != CATEGORY or e.gap or not e.restored:
            continue
        a = [w.lower() for w in join_hyphens(list(e.spun))]
        b = [w.lower() for w in join_hyphens(e.restored[0].replace("*", "").split())]
        if len(a) == len(b):
            continue
        i = 0
        while i < min(len(a), len(b)) and agree(a[i], b[i]):
            i += 1
        j = 0
        while j < min(len(a), len(b)) - i and agree(a[len(a) - 1 - j], b[len(b) - 1 - j]):
            j += 1
        left, right = a[i:len(a) - j], b[i:len(b) - j]
        if 2 <= len(left) <= MAX_WORDS and len(right) == 1 and _ALPHA.match(right[0]) \
                and all(_word_of_term(w) or w in ("'s", "’s") for w in left):
            found[" ".join(left)][right[0]] += 1
    # a chunk in the singular and in the plural is one habit ("the executive", "the executives"
    # for "management"): each form counts the other's entries too
    by_number: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for chunk, counter in found.items():
        words = chunk.split(" ")
        by_number[tuple(words[:-1]) + (singular(words[-1]),)].update(counter)
    for chunk in found:
        words = chunk.split(" ")
        found[chunk] = Counter(by_number[tuple(words[:-1]) + (singular(words[-1]),)])
    out = {}
    for chunk, counter in found.items():
        total = sum(counter.values())
        best = counter.most_common(1)[0][1]
        words = chunk.split(" ")
        seen = total >= CHUNK_MIN or not any(w in swaps or singular(w) in swaps for w in (words[0], words[-1]))
        if seen and best >= CHUNK_SHARE * total and _norm(words) not in terms:
            out[chunk] = counter
    return out


def _display(displays: dict, term: tuple[str, ...], words: list[str]) -> None:
    """The repair shown for a term: its singular form when one was seen (inflected to fit later)."""
    text = " ".join(words)
    old = displays.get(term)
    if old is None or (old.split()[-1].lower() != term[-1] and words[-1].lower() == term[-1]):
        displays[term] = text


def _bundled(name: str) -> list[Path]:
    from unspin.resources_path import resource
    p = resource("tortured") / name
    return [p] if p.exists() else []


def bundled_term_files() -> list[Path]:
    return _bundled("terms.txt")


def bundled_phrasal_files() -> list[Path]:
    # phrasal_synonyms.tsv: a phrasal thesaurus of English written for Unspin (see SwapModel._phrasal)
    return _bundled("phrasal_synonyms.tsv")


def bundled_synonym_files() -> list[Path]:
    # synonyms_written.tsv: a thesaurus-style table of paraphraser swaps written for Unspin
    return _bundled("synonyms.tsv") + _bundled("synonyms_roget.tsv") + _bundled("synonyms_written.tsv")


def read_synonyms(path: Path) -> dict[str, list[str]]:
    """``word<TAB>synonym synonym ...`` lines (``#`` comments): a word -> its dictionary synonyms."""
    out: dict[str, list[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        word, alts = line.split("\t", 1)
        words = [w for w in alts.split() if _ALPHA.match(w)]
        if _ALPHA.match(word) and words:
            out[word] = words
    return out
