#!/usr/bin/env python3
"""Grow the bundled lexicon of observed spinner swaps from training pairs (original + spun copy).

    python bench/grow_observed_lexicon.py                      # writes resources/lexicons/news_observed.tsv
    python bench/grow_observed_lexicon.py --exclude t31 -o /tmp/fold.tsv   # leave a story out

Reads ``../shared/corpus/train/*.gold.txt`` with their ``*.spun.txt`` (relative to the repository
root; override with ``--train``), aligns each pair (:mod:`unspin.engine.align`) and turns the
substitutions into lexicon entries (:mod:`unspin.engine.learn`): spun -> original, alternatives
ranked by how often they were observed. Only mappings and counts are written, never sentences.

Pairs with the same original are one *story* (two spins of one article); ``--exclude`` names a
pair (or a prefix such as ``t31``) and leaves out its whole story. The leave-one-story-out
benchmark (``bench/recall_loso.py``) uses :func:`observed_lexicon` in-process for every fold.

How sure an entry is (its prior, see :mod:`unspin.engine.scoring`) follows from the evidence:

* in how many different stories the swap was seen: one story may be one copy-editor's choice;
* how often the spun form was a substitution at all, against how often it stood unchanged in the
  spun texts where the original has the same word (the writer's own word: repairing it is harm);
* function words ("within", "on", "could") are cheap for a spinner and common in clean English:
  they stay low whatever the counts;
* forms the hand-written lexicons already cover are left to them (their context conditions are
  more precise than counts).

Every prior stays below the default threshold (0.5) so that observed entries alone never change
a document that shows no other sign of spin; in a spun document their confidence rises with the
spin score, and the restorer scores them as candidates. Nothing here is a tell.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from unspin.engine.align import function_words  # noqa: E402
from unspin.engine.learn import LearnedEntry, SubstitutionLearner, lexicon_text  # noqa: E402

OBSERVED_NAME = "news_observed.tsv"
DEFAULT_TRAIN = ROOT.parent / "shared" / "corpus" / "train"
DEFAULT_OUT = ROOT / "resources" / "lexicons" / OBSERVED_NAME
GROUP = "news-observed"
DESCRIPTION = ("Unspin lexicon: spinner swaps observed in real spun news with their originals, grown by "
               "bench/grow_observed_lexicon.py (do not edit by hand; re-run the script).")
NOTE = 'Observed in spun news: "{spun}" stood for "{best}".'

# Priors by evidence; see the module docstring. Tuned with bench/recall_loso.py.
PRIOR_STRONG = 0.45      # seen in >= STRONG_SOURCES stories, rarely left as written
PRIOR_REPEATED = 0.35    # seen in 2 stories, >= REPEATED_COUNT times, rarely left as written
PRIOR_WEAK = 0.1         # one story, a function word, or often the writer's own word: never applied alone
STRONG_SOURCES = 3
REPEATED_COUNT = 4       # two stories are thin evidence: a common word may be the writer's own
MIN_PURITY = 0.8         # share of the form's occurrences in spun text that were substitutions


@dataclass(frozen=True)
class Pair:
    name: str      # file stem, e.g. "t31-sbf-verdict-omshree"
    story: str     # name of the first pair with the same original
    gold: str
    spun: str


def training_pairs(train: Path) -> list[Pair]:
    pairs, stories = [], {}
    for gold_path in sorted(train.glob("*.gold.txt")):
        spun_path = gold_path.with_name(gold_path.name.replace(".gold.txt", ".spun.txt"))
        if not spun_path.exists():
            continue
        gold = gold_path.read_text(encoding="utf-8")
        name = gold_path.name[: -len(".gold.txt")]
        digest = hashlib.sha1(" ".join(gold.split()).encode()).hexdigest()
        story = stories.setdefault(digest, name)
        pairs.append(Pair(name, story, gold, spun_path.read_text(encoding="utf-8")))
    return pairs


def stories_named(pairs: list[Pair], names: list[str]) -> set[str]:
    """The stories of the pairs whose name is, or starts with, one of ``names``."""
    out = set()
    for n in names:
        hit = {p.story for p in pairs if p.name == n or p.name.startswith(n + "-")}
        if not hit:
            raise SystemExit(f"--exclude {n}: no training pair of that name")
        out |= hit
    return out


def learn(pairs: list[Pair], nlp) -> SubstitutionLearner:
    learner = SubstitutionLearner(nlp)
    for p in pairs:
        learner.add_pair(p.gold, p.spun, p.story)
    return learner


def cached_learner(pairs: list[Pair], nlp) -> SubstitutionLearner:
    """:func:`learn`, kept in the temp folder between benchmark runs (parsing 68 texts takes a
    minute on a busy machine); the key covers the texts and the code and data that learn."""
    import pickle
    import tempfile

    from unspin.engine import align as align_mod, learn as learn_mod
    from unspin.resources_path import resource
    h = hashlib.sha1()
    for p in pairs:
        h.update(f"{p.name}\0{p.story}\0{p.gold}\0{p.spun}\0".encode())
    for path in (Path(align_mod.__file__), Path(learn_mod.__file__), resource("align", "function_words.txt")):
        h.update(path.read_bytes())
    cache = Path(tempfile.gettempdir()) / f"unspin-observed-{h.hexdigest()[:16]}.pickle"
    if cache.exists():
        try:
            learner = pickle.loads(cache.read_bytes())
            learner.nlp = nlp
            return learner
        except Exception:  # a stale or broken cache is simply rebuilt
            pass
    learner = learn(pairs, nlp)
    learner.nlp = None
    try:
        cache.write_bytes(pickle.dumps(learner))
    except OSError:
        pass
    learner.nlp = nlp
    return learner


def hand_written_forms(nlp, lexicon_dir: Path) -> set[str]:
    """Spun forms of the hand-written news lexicons, as written and (one word) as lemma."""
    from unspin.engine.lexicon import load_lexicons
    paths = [p for p in sorted(lexicon_dir.glob("news_*.tsv")) if p.name != OBSERVED_NAME]
    entries, _ = load_lexicons(paths)
    forms = {" ".join(e.spun).lower() for e in entries}
    if nlp is not None:
        singles = sorted({e.spun[0].lower() for e in entries if len(e.spun) == 1})
        with nlp.select_pipes(enable=[p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
                                      if p in nlp.pipe_names]):
            forms.update(doc[0].lemma_.lower() for doc in nlp.pipe(singles) if len(doc))
    return forms


def prior(e: LearnedEntry) -> float:
    purity = e.changed / (e.changed + e.kept)
    words = e.form.spun.lower().split()
    if all(w in function_words() for w in words) or e.sources < 2:
        # Seen in one story only: as likely a copy-edit or a rewrite as a swap. Function words and
        # forms often left as written: the writer's own words too. Candidates, never applied alone.
        return PRIOR_WEAK
    if e.sources >= STRONG_SOURCES and purity >= MIN_PURITY:
        return PRIOR_STRONG
    if purity >= MIN_PURITY and e.count >= REPEATED_COUNT:
        return PRIOR_REPEATED
    return PRIOR_WEAK


_LEMMAS: dict[str, str] = {}
RARITY = 0.5   # an applied swap's spun form must be at most this common, relative to its original


def _rarer_than_original(e: LearnedEntry) -> bool:
    """Is the spun form clearly rarer in ordinary English than the original (the restorer's word
    counts)? A spinner's form as common as the original ("common" for "average", "film" for
    "movie", "large" for "big") is mostly the writer's own word in clean text."""
    from unspin.engine.langmodel import shared_model
    lm = shared_model()
    spun = min(lm.count(w) for w in e.form.spun.lower().split())
    original = min(lm.count(w) for w in e.best.lower().split())
    return spun <= RARITY * original




def _lemma(nlp, word: str) -> str:
    if word not in _LEMMAS:
        doc = nlp(word) if nlp is not None else None
        _LEMMAS[word] = doc[0].lemma_.lower() if doc is not None and len(doc) == 1 else word
    return _LEMMAS[word]


def choose(entries: list[LearnedEntry], covered: set[str], nlp=None) -> list[LearnedEntry]:
    """Entries with their priors, leaving the forms of the hand-written lexicons to them (also
    by lemma: "mentioned" belongs to their "mention", with its conditions)."""
    out = []
    for e in entries:
        spun = e.form.spun.lower()
        if spun in covered or (" " not in spun and _lemma(nlp, spun) in covered):
            continue
        e.confidence = prior(e)
        if e.confidence > PRIOR_WEAK and e.form.kind != "cased" and not _rarer_than_original(e):
            e.confidence = PRIOR_WEAK
        if e.confidence <= PRIOR_WEAK:
            # Weak evidence stays out: the restorer takes every lexicon entry as a candidate and its
            # language model then prefers common words ("help" -> "support", "common" -> "average")
            # on clean text; measured, those candidates cost more than they repaired.
            continue
        out.append(e)
    return out


def observed_lexicon(learner: SubstitutionLearner, covered: set[str], exclude: set[str] = frozenset(),
                     source: str = "") -> str:
    chosen = choose([e for e in learner.entries(exclude) if _fixed_neighbour(learner, e, exclude) is None],
                    covered, learner.nlp)
    src = source or "Unspin project; counts of swaps observed in training pairs of real spun news"
    return lexicon_text(chosen, GROUP, src, DESCRIPTION, NOTE, rate_vetoes())


def rate_vetoes() -> dict[tuple[str, str], str]:
    """The hand-written vetoes of observed rates (resources/channel/rate_vetoes.tsv) by (spun, original): their
    negated conditions bind the observed lexicon's entry of the same swap ("a lot of people" is no "much of
    people", whether the rate or the entry proposes it). Several rows for one swap join."""
    from unspin.engine.swap_rates import bundled_veto_paths, load_vetoes
    out: dict[tuple[str, str], str] = {}
    for v in load_vetoes(bundled_veto_paths())[0]:   # the engine's own reader: the rows it applies
        key = (v.spun, v.original)
        out[key] = ",".join(w for w in (out.get(key, ""), ",".join(v.written)) if w)
    return out


RATES_NAME = "observed_rates.tsv"
DEFAULT_RATES_OUT = ROOT / "resources" / "channel" / RATES_NAME
RATES_HEADER = ("Unspin observed swap rates: in real spun news, how often each form stood for each original\n"
                "and how often it was the writer's own word. Grown by bench/grow_observed_lexicon.py from\n"
                "training pairs (counts only; do not edit by hand, re-run the script). Format: engine/swap_rates.py.")


def _fixed_neighbour(learner: SubstitutionLearner, e: LearnedEntry, exclude: set[str]):
    """A one-word swap whose every observed change sat beside the same content word ("field" ->
    "box", five times, all in "field workplace" = "box office"; "price" -> "cost" only in
    "borrowing price") was learned for the phrase, not the word: on its own it turns the writer's
    own "field" or "price" on a spun page. None: the changes had no fixed neighbour (keep the word's
    row). Otherwise the row for the phrase where the neighbour stood as written in every change
    ("borrowing price" -> "borrowing cost"), or () where the neighbour was a swap too (the phrase
    swap is left to the lexicons and to the neighbour's own rate). Only one-word, lowercase swaps seen
    at least twice are asked."""
    if e.form.kind == "cased" or " " in e.form.spun or e.changed < 2:
        return None
    from unspin.engine.learn import FormKey, _form_matches, _kept
    from unspin.engine.swap_rates import RateRow
    sides = {-1: [], 1: []}   # per change: (neighbour's lowercase text, was it changed too)
    words = []
    for src, _, text in learner._pairs:
        if src in exclude:
            continue
        toks = text.tokens
        for i in text.starts(e.form, e.form.spun):
            if i not in text.changed or not _form_matches(e.form, [e.form.spun], toks, i):
                continue
            words.append(toks[i].lower)
            for d in (-1, 1):
                j = i + d
                sides[d].append((toks[j].lower, j in text.changed) if 0 <= j < len(toks) else ("", False))
    if len(words) < 2:
        return None
    for d in (-1, 1):
        seen = {w for w, _ in sides[d]}
        if len(seen) != 1:
            continue
        neighbour = seen.pop()
        if not neighbour.isalpha() or neighbour in function_words():
            continue
        if any(changed for _, changed in sides[d]) or len(set(words)) != 1:
            return ()
        word = words[0]
        phrase = (neighbour, word) if d < 0 else (word, neighbour)
        if e.form.kind == "lemma" and word != e.form.spun:
            return ()   # an inflected word: its originals are lemmas, the phrase's inflection is not known
        originals = tuple((f"{neighbour} {o}" if d < 0 else f"{o} {neighbour}", c) for o, c in e.alternatives)
        form = FormKey(" ".join(phrase), "", "surface")
        kept = _kept(form, [t for src, _, t in learner._pairs if src not in exclude])
        return RateRow(form.spun, "surface", frozenset(), e.changed, kept, e.sources, originals)
    return None


def observed_rates(learner: SubstitutionLearner, exclude: set[str] = frozenset()) -> str:
    """Every observed swap as a rate row for the restorer (no priors to choose: the restorer weighs
    the counts in context). Case-exact forms of several words ("White Home") are left to the lexicon;
    a single capitalised word becomes a row of kind "cased" (read only at capitalised words)."""
    from unspin.engine.swap_rates import RateRow, rates_text
    rows = []
    for e in learner.entries(exclude):
        fixed = _fixed_neighbour(learner, e, exclude)
        if fixed is not None:
            if fixed:
                rows.append(fixed)
            continue
        if e.form.kind == "cased":
            # Only single capitalised words ("Tremendous" -> "Super"): the restorer reads them at
            # capitalised words mid-sentence (swap_rates.py, kind "cased").
            words = e.form.spun.split()
            if len(words) != 1 or not words[0].isalpha() or words[0].isupper() \
                    or any(" " in o or not o[:1].isupper() for o, _ in e.alternatives):
                continue
        rows.append(RateRow(e.form.spun.lower(), e.form.kind, frozenset({e.form.pos}) - {""}, e.changed, e.kept,
                            e.sources, tuple((o.lower(), c) for o, c in e.alternatives)))
    rows.sort(key=lambda r: (-r.changed, r.spun, r.kind))
    return rates_text(rows, RATES_HEADER)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="folder of NAME.gold.txt / NAME.spun.txt")
    ap.add_argument("--exclude", action="append", default=[], metavar="STORY",
                    help="leave out the story of this pair (name or prefix, e.g. t31); may repeat")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    ap.add_argument("--rates-output", type=Path, default=DEFAULT_RATES_OUT,
                    help=f"where to write the swap rates (default {DEFAULT_RATES_OUT})")
    args = ap.parse_args(argv)
    if not args.train.is_dir():
        raise SystemExit(f"{args.train}: no such folder (the training pairs are in ../shared/corpus/train)")
    from unspin.engine.pipeline import load_pipeline
    nlp = load_pipeline()
    pairs = training_pairs(args.train)
    exclude = stories_named(pairs, args.exclude)
    learner = cached_learner(pairs, nlp)
    covered = hand_written_forms(nlp, ROOT / "resources" / "lexicons")
    text = observed_lexicon(learner, covered, exclude)
    args.output.write_text(text, encoding="utf-8")
    rates = observed_rates(learner, exclude)
    args.rates_output.parent.mkdir(exist_ok=True)
    args.rates_output.write_text(rates, encoding="utf-8")
    print(f"wrote {sum(1 for l in rates.splitlines() if l and not l.startswith(('#', 'spun')))} swap rates "
          f"to {args.rates_output}", file=sys.stderr)
    n = sum(1 for line in text.splitlines() if line and not line.startswith(("#", "spun\t")))
    stories = len({p.story for p in pairs} - exclude)
    print(f"wrote {n} entries from {stories} stories to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
