#!/usr/bin/env python3
"""Start-up: the CLI's --help/--version (must not import spaCy), and time to pipeline ready.

    python bench/speed_startup.py [--repeat 3]

Each figure is the best of --repeat fresh processes; "bare python" (an empty interpreter) is the
floor they are compared with. "Pipeline ready" is what the window waits for in its background
thread (``Engine.warm_up()``: import spaCy, load the model, read the lexicons, build the matcher
and the staging tables, load the inflection tables), broken down by step.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

READY = r"""
import json, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
from unspin.engine import Engine
engine = Engine()
t2 = time.perf_counter()
nlp = engine.nlp
t3 = time.perf_counter()
engine.warm_up()
t4 = time.perf_counter()
print(json.dumps({"import spaCy": t1 - t0, "read lexicons": t2 - t1, "load pipeline": t3 - t2,
                  "matcher, staging, inflection tables": t4 - t3, "total": t4 - t0}))
"""


def best_of(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    bare = best_of([sys.executable, "-c", "pass"], args.repeat)
    print(f"bare python                    {bare:6.3f} s")
    for argv in (["--version"], ["--help"], ["repair", "--help"]):
        t = best_of([sys.executable, "-m", "unspin", *argv], args.repeat)
        print(f"unspin {' '.join(argv):22s}  {t:6.3f} s  ({t - bare:+.3f} s over bare python)")
    probe = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['unspin','--help']\n"
                            "import unspin.cli as c\ntry: c.main()\nexcept SystemExit: pass\n"
                            "print('spacy' in sys.modules or 'PySide6' in sys.modules)"],
                           capture_output=True, text=True, check=True)
    print(f"--help imports spaCy or Qt: {probe.stdout.strip().splitlines()[-1]}")
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", READY], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["total"])
    print("time to pipeline ready (Engine.warm_up in a fresh process, best run):")
    for k, v in best.items():
        print(f"  {k:38s} {v:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
