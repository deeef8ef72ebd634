#!/usr/bin/env python3
"""How long a spinner thesaurus of 12,000 lines takes to load (issue 15: under a second).

    python bench/thesaurus_load.py [--lines 12000]

Writes a synthetic synonym file (words from the language model's word list, 1-6 alternatives a
line, some two-word phrases, one line in ten spintax, a few bad lines), then times reading it
(:func:`unspin.engine.thesaurus.load_thesaurus_file`) and building the restorer's channel table
from it (:class:`unspin.engine.channel.ChannelTable`) with the second opinion's map of each form's
heads (:func:`unspin.engine.thesaurus.heads_by_form`), best of three runs, wall-clock and CPU time
of this process (the machine is shared: when it is busy, the CPU time is the fairer figure).
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path


def synthetic(lines: int, seed: int = 15) -> str:
    from unspin.engine.langmodel import UNIGRAM_FILE, data_dir
    words = [ln.split(" ")[0] for ln in (data_dir() / UNIGRAM_FILE).read_text(encoding="utf-8").splitlines()[:30000]]
    rnd = random.Random(seed)
    out = []
    for i in range(lines):
        group = [rnd.choice(words) if rnd.random() > 0.15 else f"{rnd.choice(words)} {rnd.choice(words)}"
                 for _ in range(rnd.randint(2, 7))]
        if i % 1000 == 999:
            out.append("a line without a separator")
        elif i % 10 == 0:
            out.append("{" + "|".join(group) + "}")
        else:
            out.append("|".join(group))
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=12_000)
    args = ap.parse_args()
    from unspin.engine.channel import ChannelTable
    from unspin.engine.thesaurus import heads_by_form, load_thesaurus_file
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spinner.txt"
        path.write_text(synthetic(args.lines), encoding="utf-8")
        best_read = best_build = best_cpu = float("inf")
        for _ in range(3):
            c0 = time.process_time()
            t0 = time.perf_counter()
            groups, problems = load_thesaurus_file(path)
            t1 = time.perf_counter()
            table = ChannelTable.build((), groups)
            heads = heads_by_form(groups)
            t2 = time.perf_counter()
            best_read, best_build = min(best_read, t1 - t0), min(best_build, t2 - t1)
            best_cpu = min(best_cpu, time.process_time() - c0)
    print(f"{args.lines} lines: {len(groups)} groups, {len(problems)} bad lines reported, "
          f"{len(table)} spun forms ({len(heads)} with heads); read {best_read:.3f} s + channel and heads "
          f"{best_build:.3f} s "
          f"= {best_read + best_build:.3f} s wall, {best_cpu:.3f} s CPU (target < 1 s; on a busy machine "
          f"the CPU time is the fairer figure)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
