#!/usr/bin/env python3
"""Does learning from one spun copy repair a *different* spin of the same story?

    python bench/learn_target.py                  # t31 -> t32, t32 -> t31, and made second spins
    python bench/learn_target.py --made 5         # five made second spins (default 3)

Issue 15's target: after ``unspin learn ORIGINAL SPUN`` on one pair, a different spin of the same
story repairs at ERR >= 70 %. Two kinds of second spin are measured:

* real: t31 and t32 (two spins of one article, found on two content farms), both directions;
* made: for a story, the original is spun again "differently" from its real spun copy A: every
  place A swapped is swapped again, choosing at random (seeded) among the spun forms observed for
  that original word anywhere in the training pairs, A's own choice included; this is how a
  synonym-file spinner produces two copies of one article. Learn from A, repair the made copy.

Each is measured with two sets of built-in lexicons: ``shipped`` (as on this branch, whose observed
lexicon was grown from every training pair, this story included) and ``held-out`` (the observed
lexicon grown without this story, as a farm's new article would meet it). The learned lexicon is
what ``unspin learn`` writes, used as a user lexicon. Scored with ../shared/bench/score.py's
functions, like bench/recall_loso.py.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "bench"))

import grow_observed_lexicon as grow  # noqa: E402
from recall_loso import Totals, _repair_source, load_scorer, score_pair  # noqa: E402


def respin(original: str, spun: str, alternatives: dict[str, list[str]], rng: random.Random) -> str:
    """The original with every swap of ``spun`` made again, choosing among the observed spun forms."""
    from unspin.engine.align import align
    pieces, pos = [], 0
    for sub in align(original, spun).substitutions:
        choices = sorted(set(alternatives.get(sub.original.lower(), [])) | {sub.spun.lower()})
        pick = rng.choice(choices)
        if sub.original[:1].isupper():
            pick = pick[:1].upper() + pick[1:]
        pieces.append(original[pos:sub.original_start])
        pieces.append(pick)
        pos = sub.original_end
    pieces.append(original[pos:])
    return "".join(pieces)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=grow.DEFAULT_TRAIN)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "bench" / "score.py")
    ap.add_argument("--made", type=int, default=3, help="how many stories get a made second spin")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--no-source", action="store_true",
                    help="as `unspin learn --no-source`: the learned lexicon only, the original not kept as a source")
    args = ap.parse_args(argv)
    sc = load_scorer(args.scorer)
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.align import align
    from unspin.engine.learn import SubstitutionLearner, user_lexicon
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicons, parse_lexicon
    from unspin.engine.pipeline import load_pipeline

    nlp = load_pipeline()
    pairs = grow.training_pairs(args.train)
    by_story = defaultdict(list)
    for p in pairs:
        by_story[p.story].append(p)
    cases = []   # (label, story, learn-from pair, (name, spun, gold) to repair)
    for story, ps in by_story.items():
        if len(ps) >= 2:
            for a in ps:
                for b in ps:
                    if a is not b:
                        cases.append((f"learn {a.name[:3]} -> repair {b.name[:3]}", story, a, (b.name, b.spun, b.gold)))
    alternatives: dict[str, list[str]] = defaultdict(list)
    for p in pairs:
        for s in align(p.gold, p.spun).substitutions:
            alternatives[s.original.lower()].append(s.spun.lower())
    rng = random.Random(args.seed)
    singles = [ps[0] for ps in by_story.values() if len(ps) == 1]
    for p in rng.sample(singles, min(args.made, len(singles))):
        made = respin(p.gold, p.spun, alternatives, rng)
        cases.append((f"learn {p.name[:3]} -> repair made {p.name[:3]}", p.story, p, (p.name + "-made", made, p.gold)))

    learner_all = grow.cached_learner(pairs, nlp)
    covered = grow.hand_written_forms(nlp, ROOT / "resources" / "lexicons")
    others = [p for p in bundled_lexicon_paths() if p.name != grow.OBSERVED_NAME]
    other_entries, _ = load_lexicons(others)
    shipped_entries, _ = load_lexicons(bundled_lexicon_paths())
    totals = {"shipped": Totals(), "held-out": Totals()}
    with tempfile.TemporaryDirectory() as tmp:
        for label, story, a, (name, spun, gold) in cases:
            learner = SubstitutionLearner(nlp)
            learner.add_pair(a.gold, a.spun, a.name)
            text, _ = user_lexicon(learner, a.name, shipped_entries)
            user_path = Path(tmp) / "learned.tsv"
            user_path.write_text(text, encoding="utf-8")
            learned, _ = parse_lexicon(text, str(user_path), {"group": "learned"})
            fold, _ = parse_lexicon(grow.observed_lexicon(learner_all, covered, {story}), "fold", {})
            source_path = Path(tmp) / "original.txt"   # unspin learn keeps the original as a source
            source_path.write_text(a.gold, encoding="utf-8")
            rates_path = Path(tmp) / grow.RATES_NAME   # the held-out swap rates: without this story
            rates_path.write_text(grow.observed_rates(learner_all, {story}), encoding="utf-8")
            for which, builtin in (("shipped", shipped_entries), ("held-out", other_entries + fold)):
                rates = None if which == "shipped" else [rates_path]
                for with_learned in (False, True):
                    sources = [source_path] if with_learned and not args.no_source else []
                    engine = Engine(EngineSettings(swap_rates=rates, sources=sources), nlp=nlp,
                                    entries=builtin + (learned if with_learned else []), staged=False, processes=1)
                    out, spin = _repair_source(engine, spun, 0.5)
                    t = totals[which] if with_learned else Totals()
                    line = score_pair(sc, t, name, spun, gold, out, spin, False)
                    print(f"{label:34s} {which:8s} {'learned' if with_learned else 'before ':7s} {line[35:]}", flush=True)
    for which, t in totals.items():
        print(t.line(f"TOTAL after learning, {which} built-ins:"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
