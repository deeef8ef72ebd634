#!/usr/bin/env python3
"""How far word-by-word swap-backs can reach on unseen tortured phrases: the finder's ceiling.

    python bench/tortured_ceiling.py [--seeds 10,11,12] [--show N]

For each held-out fifth of the Screener list (seed 10 is ``bench/tortured.py``'s test fifth; the
others are its development fifths, drawn outside the test fifth), an engine that never saw the
fifth (``tortured.engine_without``) repairs the same carrier sentences as ``bench/tortured.py``, and
each phrase is put in one of these classes by what the engine's *own tables* hold for it, not by
what the engine did:

* **reachable**: the phrase and the list's repair have the same number of words, and every word
  that differs is a swap-back the finder's tables offer for it: the list's swaps learnt from the
  other phrases (with their verb forms, plurals and compounds, ``SwapModel._targets``) or the
  dictionary route's synonyms (WordNet, Roget, the written thesaurus, the list read as a
  thesaurus: ``SwapModel.dictionary``). A perfect judge of the finder's candidates could repair
  exactly these, and no more (but for the routes below).
* **partly reachable**: some differing words have the repair's word among their swap-backs,
  others none.
* **unreachable**: no differing word has it.
* **other length**: the repair has more or fewer words (a chunk for one word, a dropped article);
  the chunk and phrasal routes reach a few of these.

Each class is reported in the scorer's gold edits (as ``bench/tortured.py`` counts recall) with
the edits the engine got right in it, so the printout shows both how much a better judge could
still add (reachable edits not yet repaired) and how much needs swap knowledge the tables lack.
Development fifths may be looked at phrase by phrase (``--show``); the test fifth is only counted.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import tortured  # noqa: E402  (bench/tortured.py: the carriers, the held-out engine, the scorer)

CLASSES = ("reachable", "partly reachable", "unreachable", "other length")


def words(text: str) -> list[str]:
    from unspin.engine.unseen import join_hyphens
    from unspin.engine.screener import FingerprintError, spun_words
    try:
        split = spun_words(text).split(" ")
    except FingerprintError:
        split = text.split()
    return [w.lower() for w in join_hyphens(split)]


def offers(model, word: str, target: str) -> bool:
    """The finder's tables offer ``target`` (or its singular) as a swap-back of ``word``."""
    from unspin.engine.unseen import singular
    got = set(model._targets(word)) | set(model.dictionary.get(word, ()))
    got |= set(model.dictionary.get(singular(word), ()))
    return target in got or singular(target) in {singular(x) for x in got}


def reach(model, phrase: str, alternatives: list[str]) -> str:
    written = words(phrase)
    best = "other length"
    for alt in alternatives:
        repair = words(alt)
        if len(repair) != len(written):
            continue
        pairs = [(w, r) for w, r in zip(written, repair) if w != r]
        hits = sum(offers(model, w, r) for w, r in pairs)
        cls = "reachable" if hits == len(pairs) else ("partly reachable" if hits else "unreachable")
        if CLASSES.index(cls) < CLASSES.index(best):
            best = cls
    return best


def measure(items, seed: int, show: int, sc) -> Counter:
    held = tortured.held_out_keys(items)
    fifth = held if seed == tortured.SEED else tortured.held_out_keys(items, seed, exclude=held)
    phrases = [(t, a) for k, t, a, review in items if k in fifth and not review]
    engine = tortured.engine_without(held | fifth)
    model = engine._unseen_model()
    cases = tortured.carriers(phrases, random.Random(tortured.SEED))
    tally: Counter = Counter()
    shown = 0
    for k in range(0, len(cases), tortured.PER_FILE):
        chunk, batch = cases[k:k + tortured.PER_FILE], phrases[k:k + tortured.PER_FILE]
        repaired = tortured.repair(engine, "\n".join(s for s, _ in chunk) + "\n").split("\n")
        for (spun, gold), (phrase, alts), out in zip(chunk, batch, repaired):
            st, ot = sc.tokens(spun), sc.tokens(out)
            gt = sc.resolve(sc.parse_gold(gold), ot)
            gold_edits, system_edits = sc.edits(st, gt), sc.edits(st, ot)
            cls = reach(model, phrase, alts)
            tally[(cls, "phrases")] += 1
            tally[(cls, "gold")] += len(gold_edits)
            tally[(cls, "right")] += len(gold_edits & system_edits)
            if show and seed != tortured.SEED and shown < show and cls == "reachable" \
                    and not gold_edits & system_edits:
                print(f"    reachable, missed: {phrase} -> {' | '.join(alts)}")
                shown += 1
    return tally


def report(seed: int, tally: Counter) -> None:
    gold = sum(tally[(c, "gold")] for c in CLASSES)
    right = sum(tally[(c, "right")] for c in CLASSES)
    name = "test fifth" if seed == tortured.SEED else "development fifth"
    print(f"seed {seed} ({name}): {sum(tally[(c, 'phrases')] for c in CLASSES)} phrases, {gold} gold edits, "
          f"engine right {right} ({right / gold:.1%})")
    for c in CLASSES:
        g, r = tally[(c, "gold")], tally[(c, "right")]
        print(f"  {c:17s} {tally[(c, 'phrases')]:5d} phrases  {g:5d} gold edits ({g / gold:5.1%})  "
              f"engine right {r:5d} ({r / max(g, 1):5.1%} of the class)")
    ceiling = tally[("reachable", "gold")] + sum(tally[(c, "right")] for c in CLASSES if c != "reachable")
    print(f"  a perfect judge of the tables' candidates: {ceiling / gold:.1%} "
          f"(every reachable edit, and what the engine already gets outside them)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="10,11,12,13,14,15,16,17",
                    help="held-out fifths: 10 is the test fifth, others development fifths")
    ap.add_argument("--show", type=int, default=0, help="print up to N reachable misses per development fifth")
    args = ap.parse_args()
    if not tortured.LIST.exists() or not tortured.SCORER.exists():
        print(f"bench/tortured_ceiling.py: needs {tortured.LIST} and {tortured.SCORER}", file=sys.stderr)
        return 1
    sc = tortured.load_scorer()
    items = tortured.list_items()
    total: Counter = Counter()
    for seed in (int(s) for s in args.seeds.split(",")):
        tally = measure(items, seed, args.show, sc)
        report(seed, tally)
        if seed != tortured.SEED:
            total.update(tally)
    if total:
        print("all development fifths:")
        report(-1, total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
