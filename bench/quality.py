#!/usr/bin/env python3
"""Repair-quality benchmark: the project's evaluation, run the same way every time.

How to run (from the repository root, with the package installed: ``pip install -e .``)::

    python bench/quality.py                       # default scorer and case folders
    python bench/quality.py --scorer ../shared/bench/score.py --dev ../shared/corpus \
                            --clean bench/corpus --threshold 0.5

It runs the shared scorer (default ``../shared/bench/score.py``, relative to the repository root)
twice with ``unspin repair {in} --accept-all -o {out}`` (``--min-confidence X`` replaces
``--accept-all`` when ``--threshold X`` is given):

(a) on the development set (``../shared/corpus``: spun articles with their originals), and
(b) on the clean corpus (``bench/corpus/*.clean.txt``: text that was never spun, so every change
    is a false alarm),

prints both scorer outputs, then a summary (ERR, edit precision P, recall R, false alarms per
1,000 words of clean text and the number of clean words) and the false alarms per genre (the
genre is the part of a clean file's name before the first "-": news, fiction, abstracts, ...).

Targets (issue "Repair quality"): dev ERR >= 85 %, P >= 95 %; clean FA/1k <= 1.
``--check`` makes the exit status 1 when a target is missed. Never copy dev text into the project.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOTAL = re.compile(r"TOTAL ERR\s+(?P<err>[-\d.]+)%\s+P\s+(?P<p>[-\d.]+)%\s+R\s+(?P<r>[-\d.]+)%\s+FA/1k\s+(?P<fa>[-\d.]+)")
CLEAN_LINE = re.compile(r"^(?P<name>\S+) \(clean\)\s+false alarms (?P<fa>\d+) in (?P<tokens>\d+) tokens")
WORD = re.compile(r"\w+")
TARGETS = {"err": 85.0, "p": 95.0, "fa": 1.0}


def run_scorer(python: str, scorer: Path, cases: Path, cmd: str) -> str:
    argv = [python, str(scorer), str(cases), "--cmd", cmd, "--show"]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0 and "TOTAL" not in proc.stdout:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"the scorer failed on {cases} (exit {proc.returncode})")
    return proc.stdout + (proc.stderr if proc.stderr.strip() else "")


def parse_total(output: str) -> dict[str, float]:
    m = TOTAL.search(output)
    return {k: float(v) for k, v in m.groupdict().items()} if m else {}


def per_genre(output: str, clean_dir: Path) -> dict[str, tuple[int, int, int]]:
    """genre -> (false alarms, scorer tokens, words) from the scorer's per-file lines."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in output.splitlines():
        m = CLEAN_LINE.match(line)
        if not m:
            continue
        name = m.group("name")
        genre = name.split("-", 1)[0]
        path = clean_dir / f"{name}.clean.txt"
        words = len(WORD.findall(path.read_text(encoding="utf-8"))) if path.exists() else 0
        acc = out[genre]
        acc[0] += int(m.group("fa"))
        acc[1] += int(m.group("tokens"))
        acc[2] += words
    return {g: tuple(v) for g, v in sorted(out.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default="../shared/bench/score.py", help="scorer script (relative to the repo root)")
    ap.add_argument("--dev", default="../shared/corpus", help="folder of spun/gold pairs")
    ap.add_argument("--clean", default="bench/corpus", help="folder of *.clean.txt files")
    ap.add_argument("--threshold", type=float, default=None, help="confidence threshold (default: the app's)")
    ap.add_argument("--unspin", default="unspin", help="the unspin command")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    scorer = (ROOT / args.scorer).resolve()
    dev, clean = (ROOT / args.dev).resolve(), (ROOT / args.clean).resolve()
    if not scorer.exists():
        raise SystemExit(f"scorer not found: {scorer}")
    cmd = f"{args.unspin} repair {{in}} --accept-all -o {{out}}"
    if args.threshold is not None:  # the CLI takes one or the other
        cmd = f"{args.unspin} repair {{in}} --min-confidence {args.threshold} -o {{out}}"

    results = {}
    for label, folder in (("dev", dev), ("clean", clean)):
        print(f"=== {label}: {folder}")
        if not folder.is_dir():
            print("    (missing)")
            continue
        output = run_scorer(sys.executable, scorer, folder, cmd)
        print(output.rstrip())
        results[label] = (parse_total(output), output)

    print("\n=== summary")
    ok = True
    if "dev" in results:
        t = results["dev"][0]
        print(f"dev    ERR {t.get('err', 0):5.1f}%  P {t.get('p', 0):5.1f}%  R {t.get('r', 0):5.1f}%"
              f"   (targets ERR >= {TARGETS['err']:.0f}%, P >= {TARGETS['p']:.0f}%)")
        ok &= t.get("err", 0) >= TARGETS["err"] and t.get("p", 0) >= TARGETS["p"]
    if "clean" in results:
        t, output = results["clean"]
        genres = per_genre(output, clean)
        words = sum(g[2] for g in genres.values())
        fa = sum(g[0] for g in genres.values())
        fa_1k = 1000.0 * fa / words if words else 0.0
        print(f"clean  FA/1k {fa_1k:4.2f} ({fa} false alarms in {words} words; scorer's per-token FA/1k "
              f"{t.get('fa', 0):.1f})   (target <= {TARGETS['fa']:.0f})")
        for genre, (g_fa, _tokens, g_words) in genres.items():
            print(f"    {genre:12s} {g_fa:3d} false alarms in {g_words:6d} words = "
                  f"{1000.0 * g_fa / max(g_words, 1):.2f}/1k")
        ok &= fa_1k <= TARGETS["fa"]
    print("targets met" if ok else "targets NOT met")
    return 1 if (args.check and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
