"""Is analysis linear in the length of one paragraph?

Builds one long paragraph (a spun sentence written for this benchmark, repeated on a single line),
then times ``unspin check`` on it at 1x and at FACTOR x that length, start-up included (a fresh
process each run, as a user would run it). Linear analysis gives a ratio near FACTOR (a little
under, since start-up is shared); quadratic analysis gives about FACTOR squared.

    python bench/quadratic.py                     # 50 vs 400 repeats
    python bench/quadratic.py --repeats 100 --factor 8 --target 12

Exit status 1 when the ratio is above ``--target``. No timed assertion lives in the tests: this is
the place for speed, as a ratio of two runs measured in the same session on the same machine.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Written for this benchmark: spinner swaps the bundled lexicons know, a number as a digit, a name.
SENTENCE = ("The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years, "
            "in keeping with the officers. ")


def paragraph(repeats: int) -> str:
    return (SENTENCE * repeats).rstrip() + "\n"


def time_check(path: Path, command: list[str]) -> tuple[float, int]:
    """Wall time of one ``check`` run and the number of suggestions it printed."""
    env = dict(os.environ, UNSPIN_PROCESSES="1")  # one process: measure the algorithm, not the pool
    t0 = time.perf_counter()
    proc = subprocess.run(command + [str(path)], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"quadratic: {' '.join(command)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return elapsed, proc.stdout.count("\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=50, help="sentences in the 1x paragraph (default 50)")
    ap.add_argument("--factor", type=int, default=8, help="how much longer the second paragraph is (default 8)")
    ap.add_argument("--target", type=float, default=12.0, help="the largest acceptable ratio (default 12)")
    ap.add_argument("--cmd", default=f"{sys.executable} -m unspin check",
                    help="the check command (default: this Python's 'unspin check')")
    args = ap.parse_args(argv)
    command = args.cmd.split()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "1x.txt", Path(tmp) / f"{args.factor}x.txt"
        small.write_text(paragraph(args.repeats), encoding="utf-8")
        large.write_text(paragraph(args.repeats * args.factor), encoding="utf-8")
        t1, n1 = time_check(small, command)
        t8, n8 = time_check(large, command)
    ratio = t8 / t1
    print(f"1x: {args.repeats} sentences, {len(paragraph(args.repeats))} chars: {t1:.2f} s, {n1} suggestions")
    print(f"{args.factor}x: {args.repeats * args.factor} sentences, {len(paragraph(args.repeats * args.factor))} "
          f"chars: {t8:.2f} s, {n8} suggestions")
    print(f"ratio {ratio:.2f} (target <= {args.target:g}): {'ok' if ratio <= args.target else 'TOO SLOW'}")
    return 0 if ratio <= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())
