#!/usr/bin/env python3
"""Regrow resources/calibration/site_calibration.tsv: the learned second opinion on possible swaps.

    python tools/train_site_calibration.py [--train ../shared/corpus/train] [-o FILE]

For every story of the training pairs the engine runs as in ``bench/recall_loso.py``'s folds (the
observed lexicon and swap rates grown without that story, the calibration off), so that each
suggestion's features look like those of text the engine has never seen. Every spinner swap
judged (``engine/site_calibration.py``: the restorer's decisions and the lexicons' candidates at
confidence 0.01 or more) is applied alone and compared with the original (1: it helps), and the
story's original is repaired too, where every change is a false alarm (0). A logistic regression
of those labels on the features is written as a small table: feature names, standardisation,
weights and the probability threshold. Only counts and numbers fitted from the pairs are written,
no text of theirs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "bench"))

import grow_observed_lexicon as grow  # noqa: E402
import recall_loso as rl  # noqa: E402

HEADER = """Unspin site calibration: a logistic model of whether a spinner swap below the accept-all
threshold helps, over the features of engine/site_calibration.py (FEATURES, in this order).
Fitted by tools/train_site_calibration.py on the suggestions of the training pairs (each story
repaired by an engine that never saw it, each change applied alone and compared with the
original; the stories' originals as false alarms): {rows} rows, {helpful} helpful, from {stories}
stories. Numbers only, no text of the pairs. Do not edit by hand: re-run the tool.
A suggestion between BAND_LOW and the threshold whose probability reaches `threshold` is applied."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=grow.DEFAULT_TRAIN)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "bench" / "score.py")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "resources" / "calibration" / "site_calibration.tsv")
    args = ap.parse_args(argv)
    sc = rl.load_scorer(args.scorer)
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.analyzer import DEFAULT_MIN_CONFIDENCE
    from unspin.engine.lexicon import parse_lexicon
    from unspin.engine.site_calibration import fit
    import tempfile

    t0 = time.perf_counter()
    nlp, pairs, learner, covered, others, other_entries = rl.fold_inputs(args.train)
    rows: list = []
    stories = list(dict.fromkeys(p.story for p in pairs))
    with tempfile.TemporaryDirectory() as tmp:
        fold_path = Path(tmp) / grow.OBSERVED_NAME
        rates_path = Path(tmp) / grow.RATES_NAME
        for story in stories:
            lexicon = grow.observed_lexicon(learner, covered, {story})
            fold_path.write_text(lexicon, encoding="utf-8")
            fold_entries, _ = parse_lexicon(lexicon, str(fold_path), {"group": grow.GROUP})
            rates_path.write_text(grow.observed_rates(learner, {story}), encoding="utf-8")
            engine = Engine(EngineSettings(builtin_lexicons=others + [fold_path], swap_rates=[rates_path],
                                           calibrate=False), nlp=nlp, entries=other_entries + fold_entries,
                            staged=False, processes=1)
            story_pairs = [p for p in pairs if p.story == story]
            for p in story_pairs:
                rows += rl.record_rows(engine, sc, p.spun, p.gold, DEFAULT_MIN_CONFIDENCE)
            rows += rl.record_rows(engine, sc, rl.first_reading(story_pairs[0].gold), None, DEFAULT_MIN_CONFIDENCE)
    model = fit([x for x, _ in rows], [y for _, y in rows])
    helpful = sum(y for _, y in rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(model.to_tsv(HEADER.format(rows=len(rows), helpful=helpful, stories=len(stories))),
                        encoding="utf-8")
    print(f"{args.out}: {len(rows)} rows ({helpful} helpful) from {len(stories)} stories, "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
