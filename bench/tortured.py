#!/usr/bin/env python3
"""Tortured phrases: known, unseen, and false alarms on clean science.

    python bench/tortured.py [--only known|unseen|clean|dev|mixed] [--show N] [--keep DIR]

Three measurements, all with the project's scorer logic (``../shared/bench/score.py``, imported in
place: token edits, Pok = share of edits that bring the text closer to the original):

* **known** — every usable phrase of the Problematic Paper Screener's list
  (``../shared/data/pps-tortured-phrases.tsv``, cleaned as the bundled lexicon is) put into an
  ordinary scientific carrier sentence (templates below, written for this benchmark), 50 sentences
  to a file; the gold file holds the list's repair (``{a|b}`` where it gives alternatives).
  Phrases whose repair the list marks as a guess or context-dependent load below the default
  threshold by design and are scored separately.
* **unseen** — a fifth of the list's phrases held out (by phrase, seed ``SEED``, never tuned on):
  the engine runs without them (neither the Screener lexicon nor Unspin's own list may hold
  them), with the swap table and terms learnt from what remains, and is scored on carriers of
  the held-out fifth only.
* **dev** (only on request) — the same held-out measurement on a fifth of the *other* phrases,
  for looking at errors while developing; the test fifth's errors are not looked at.
* **clean** — the clean scientific texts in ``bench/corpus/`` (abstracts and methods, several
  fields); every change is a false alarm, reported per 1,000 words (the scorer's tokens).
* **mixed** (only on request) — a paper-mill preamble written for Unspin
  (``bench/tortured_preamble.txt``: our own sentences and our own made-up tortured phrases) put
  before each text of ``bench/corpus/``, so that the whole document reads as a paper-mill paper:
  every change in the clean part is a false find (per 1,000 words, science and the other genres
  apart), and the preamble's own phrases must still be found (recall, Pok).

Carrier files are generated at bench time into a temporary folder (``--keep DIR`` writes them
there instead), never committed: the phrases are the list's.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "tools"))
SHARED = ROOT.parent / "shared"
LIST = SHARED / "data" / "pps-tortured-phrases.tsv"
SCORER = SHARED / "bench" / "score.py"
CORPUS = ROOT / "bench" / "corpus"
CLEAN_SCIENCE = ("abstracts-", "methods-")
PREAMBLE = ROOT / "bench" / "tortured_preamble.txt"
SEED = 10
PER_FILE = 50
THRESHOLD = 0.5

# Ordinary scientific sentences with a slot for the phrase, written for this benchmark. The slot
# stands where a noun phrase would, as in the papers the list was collected from.
TEMPLATES = [
    "In this study, the {P} was evaluated on three independent samples collected in 2019.",
    "Previous work has shown that {P} plays an important role in the performance of such systems.",
    "We describe a framework in which {P} is combined with a simple baseline.",
    "The results indicate that {P} improves the outcome by about 12 percent.",
    "Table 2 summarises the parameters of {P} used in the experiments.",
    "To our knowledge, no earlier report has examined {P} under these conditions.",
    "The authors proposed {P} as a way to reduce the overall cost.",
    "A detailed analysis of {P} is given in the supplementary material.",
    "Several limitations of {P} remain and are discussed below.",
    "We then compared {P} with the methods reported in the literature.",
    "Figure 3 shows how {P} changes over the course of the trial.",
    "The second section reviews recent progress on {P} and related topics.",
    "Our findings suggest that {P} should be considered in future designs.",
    "The contribution of {P} was estimated with a linear model.",
    "Each participant was assessed for {P} at baseline and after six months.",
    "Here we report a new approach to {P} that requires fewer resources.",
    "The model relies on {P} to predict the final value.",
    "This paper investigates {P} in a large sample of hospitals.",
    "The effect of {P} was significant in both groups (p < 0.05).",
    "Further experiments are needed to confirm the benefit of {P}.",
    "We measured {P} with a calibrated instrument at room temperature.",
    "The proposed scheme uses {P} at every stage of the pipeline.",
    "As expected, {P} was higher in the treated samples than in the controls.",
    "The literature on {P} has grown rapidly over the last decade.",
    "In the final stage, {P} is applied to the remaining records.",
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def carriers(items, rng: random.Random):
    """(spun, gold) sentence pairs: items are (tortured words, alternatives)."""
    out = []
    for tortured, alts in items:
        t = rng.choice(TEMPLATES)
        spun = t.replace("{P}", detok(tortured))
        gold_alts = [a for a in dict.fromkeys(alts)]
        gold_phrase = gold_alts[0] if len(gold_alts) == 1 else "{" + "|".join(gold_alts) + "}"
        out.append((spun, t.replace("{P}", gold_phrase)))
    return out


def detok(words: str) -> str:
    """Lexicon words back to text: "k - nearest" -> "k-nearest", "parkinson 's" -> "parkinson's"."""
    return words.replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")


def write_cases(pairs, folder: Path, name: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k in range(0, len(pairs), PER_FILE):
        chunk = pairs[k:k + PER_FILE]
        base = folder / f"{name}-{k // PER_FILE:03d}"
        base.with_suffix(".spun.txt").write_text("\n".join(s for s, _ in chunk) + "\n", encoding="utf-8")
        base.with_suffix(".gold.txt").write_text("\n".join(g for _, g in chunk) + "\n", encoding="utf-8")
        files.append(base)
    return files


def repair(engine, text: str) -> str:
    analysis = engine.analyse(text)
    doc = analysis.to_document()
    doc.accept_all(THRESHOLD)
    return doc.repaired_text()


def score_cases(engine, bases: list[Path], sc, show: int = 0) -> dict:
    tot = dict(tp=0, sys=0, gold=0, good=0, harm=0, words=0, secs=0.0)
    shown = 0
    for base in bases:
        spun = base.with_suffix(".spun.txt").read_text(encoding="utf-8")
        segs = sc.parse_gold(base.with_suffix(".gold.txt").read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        out = repair(engine, spun)
        tot["secs"] += time.perf_counter() - t0
        st, ot = sc.tokens(spun), sc.tokens(out)
        gt = sc.resolve(segs, ot)
        ge, se = sc.edits(st, gt), sc.edits(st, ot)
        good, harm = sc.helpful(st, gt, se)
        _tally(tot, ge, se, good, harm, len(st))
        if show and shown < show:
            base = sc.edit_distance(st, gt)
            for i1, i2, rep in sorted(se - ge):
                if shown < show:
                    d = sc.edit_distance(sc.apply_edit(st, (i1, i2, rep)), gt)
                    kind = "partial" if d < base else ("HARMFUL" if d > base else "NEUTRAL")
                    print(f"    wrong/{kind}: {' '.join(st[max(0, i1 - 3):i1])} [{' '.join(st[i1:i2])} -> "
                          f"{' '.join(rep)}] {' '.join(st[i2:i2 + 3])}")
                    shown += 1
            for i1, i2, rep in sorted(ge - se):
                if shown < show:
                    print(f"    missed: {' '.join(st[max(0, i1 - 3):i1])} [{' '.join(st[i1:i2])} -> "
                          f"{' '.join(rep)}] {' '.join(st[i2:i2 + 3])}")
                    shown += 1
    return tot


def _tally(tot: dict, gold_edits: set, system_edits: set, good: int, harm: int, words: int) -> None:
    """Add one file's edits to the running totals that :func:`summary` reports."""
    tot["tp"] += len(gold_edits & system_edits)
    tot["sys"] += len(system_edits)
    tot["gold"] += len(gold_edits)
    tot["good"] += good
    tot["harm"] += harm
    tot["words"] += words


def summary(name: str, tot: dict) -> str:
    r = tot["tp"] / tot["gold"] if tot["gold"] else 1.0
    p = tot["tp"] / tot["sys"] if tot["sys"] else 1.0
    pok = tot["good"] / tot["sys"] if tot["sys"] else 1.0
    return (f"{name}: recall {r:.1%} ({tot['tp']}/{tot['gold']})  P {p:.1%}  Pok {pok:.1%}  harm {tot['harm']}  "
            f"({tot['words']} tokens, {tot['words'] / max(tot['secs'], 1e-9):.0f} tok/s)")


def list_items():
    from unspin.engine.screener_list import key, read_list
    entries, _ = read_list(LIST)
    return [(key(e.tortured), e.tortured, e.alternatives, e.review) for e in entries]


def held_out_keys(items, seed: int = SEED, exclude: set[str] = frozenset()) -> set[str]:
    keys = sorted(k for k, *_ in items if k not in exclude)
    random.Random(seed).shuffle(keys)
    return set(keys[: len(keys) // 5])


def engine_without(held: set[str]):
    """An engine whose lexicons and swap model never saw the held-out phrases."""
    from unspin.engine.analyzer import Engine
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file, parse_lexicon
    from unspin.engine.screener_list import key
    from unspin.engine.unseen import SwapModel
    import build_tortured_lexicon as builder

    entries = []
    for path in bundled_lexicon_paths():
        if path.name == "tortured_screener.tsv":
            text, _ = builder.build(LIST, exclude=held)
            e, _ = parse_lexicon(text, str(path), {"group": "tortured-screener"})
        else:
            e, _ = load_lexicon_file(path)
        entries.extend(x for x in e if key(" ".join(x.spun)) not in held)
    model = SwapModel.bundled(entries)
    return Engine(entries=entries, swap_model=model)


def clean_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.clean.txt") if p.name.startswith(CLEAN_SCIENCE))


def run_clean(engine, sc, show: int = 0) -> tuple[int, int]:
    fa = words = 0
    for p in clean_files():
        text = p.read_text(encoding="utf-8")
        out = repair(engine, text)
        ct = sc.tokens(text)
        changes = sc.edits(ct, sc.tokens(out))
        fa += len(changes)
        words += len(ct)
        print(f"  {p.name:45s} {len(ct):6d} words  {len(changes)} false alarms")
        for i1, i2, rep in sorted(changes)[:show]:
            print(f"    false alarm: {' '.join(ct[max(0, i1 - 3):i1])} [{' '.join(ct[i1:i2])} -> {' '.join(rep)}] "
                  f"{' '.join(ct[i2:i2 + 3])}")
    return fa, words


def read_preamble(path: Path = PREAMBLE) -> tuple[str, str]:
    """The preamble as written (tortured) and repaired (the scorer's gold, ``{a|b}`` for
    alternatives) from its ``[tortured => repair]`` markup."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    mark = re.compile(r"\[([^\]]+?) => ([^\]]+)\]")
    spun = mark.sub(lambda m: m.group(1), text).strip()
    gold = mark.sub(lambda m: m.group(2) if "|" not in m.group(2) else "{" + m.group(2) + "}", text).strip()
    return spun, gold


def run_mixed(engine, sc, show: int = 0) -> None:
    """The preamble before each text of the clean corpus: false finds in the clean part, and the
    preamble's own phrases found."""
    spun_pre, gold_pre = read_preamble()
    n_pre = len(sc.tokens(spun_pre))
    pre = dict(tp=0, sys=0, gold=0, good=0, harm=0, words=0, secs=0.0)
    false = {"science": [0, 0], "other": [0, 0]}
    shown = 0
    for p in sorted(CORPUS.glob("*.clean.txt")):
        clean = p.read_text(encoding="utf-8")
        spun, gold = spun_pre + "\n\n" + clean, gold_pre + "\n\n" + clean
        t0 = time.perf_counter()
        out = repair(engine, spun)
        pre["secs"] += time.perf_counter() - t0
        st, ot = sc.tokens(spun), sc.tokens(out)
        gt = sc.resolve(sc.parse_gold(gold), ot)
        ge, se = sc.edits(st, gt), sc.edits(st, ot)
        in_pre = {e for e in se if e[0] < n_pre}
        good, harm = sc.helpful(st[:n_pre], gt[:len(gt) - (len(st) - n_pre)], in_pre)
        _tally(pre, ge, in_pre, good, harm, len(st))
        kind = "science" if p.name.startswith(CLEAN_SCIENCE) else "other"
        finds = sorted(e for e in se if e[0] >= n_pre)
        false[kind][0] += len(finds)
        false[kind][1] += len(st) - n_pre
        print(f"  {p.name:45s} {len(st) - n_pre:6d} words  {len(finds)} false finds")
        for i1, i2, rep in finds:
            if shown < show:
                print(f"    false find: {' '.join(st[max(0, i1 - 3):i1])} [{' '.join(st[i1:i2])} -> {' '.join(rep)}] "
                      f"{' '.join(st[i2:i2 + 3])}")
                shown += 1
    for kind, (n, words) in false.items():
        print(f"mixed, {kind}: {n} false finds in {words} clean words = {1000 * n / max(words, 1):.2f} per 1,000")
    print(summary("mixed, the preamble's own phrases (every document)", pre))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=("known", "unseen", "clean", "dev", "mixed"))
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong or missed edits per set")
    ap.add_argument("--keep", type=Path, help="write the carrier files here")
    args = ap.parse_args()
    if not LIST.exists() or not SCORER.exists():
        print(f"bench/tortured.py: needs {LIST} and {SCORER}", file=sys.stderr)
        return 1
    sc = load_scorer()
    items = list_items()
    held = held_out_keys(items)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        if args.only in (None, "known", "clean", "mixed"):
            from unspin.engine.analyzer import Engine
            engine = Engine()
        if args.only in (None, "known"):
            sure = [(t, a) for _, t, a, review in items if not review]
            guess = [(t, a) for _, t, a, review in items if review]
            tot = score_cases(engine, write_cases(carriers(sure, rng), folder / "known", "known"), sc, args.show)
            print(summary(f"known phrases ({len(sure)} with a sure repair)", tot))
            tot = score_cases(engine, write_cases(carriers(guess, rng), folder / "review", "review"), sc)
            print(summary(f"  list's guesses and context-dependent repairs ({len(guess)}, review-only by design)", tot))
        if args.only in (None, "clean"):
            fa, words = run_clean(engine, sc, args.show)
            print(f"clean science: {fa} false alarms in {words} words = {1000 * fa / max(words, 1):.2f} per 1,000")
        if args.only == "mixed":
            run_mixed(engine, sc, args.show)
        if args.only == "dev":
            # For development: a fifth of the phrases *outside* the test fifth, held out the same
            # way; look at these errors, never at the test fifth's.
            dev = held_out_keys(items, SEED + 1, exclude=held)
            test = [(t, a) for k, t, a, review in items if k in dev and not review]
            engine = engine_without(held | dev)
            tot = score_cases(engine, write_cases(carriers(test, rng), folder / "dev", "dev"), sc, args.show)
            print(summary(f"development fifth (seed {SEED + 1}, outside the test fifth: {len(test)} phrases)", tot))
        if args.only in (None, "unseen"):
            test = [(t, a) for k, t, a, review in items if k in held and not review]
            engine = engine_without(held)
            tot = score_cases(engine, write_cases(carriers(test, rng), folder / "unseen", "unseen"), sc, args.show)
            print(summary(f"unseen phrases (held-out fifth, seed {SEED}: {len(test)} phrases)", tot))
    return 0


if __name__ == "__main__":
    sys.exit(main())
