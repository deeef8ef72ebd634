#!/usr/bin/env python3
"""Drop every row of a blind lexicon whose spun form another bundled lexicon holds (or that repeats in
the file, or restores its own words): what tests/engine/test_blind_lexicons.py checks, on the parser's
own keys. Run it after rows were added to another lexicon (e.g. a tells round in news_everyday.tsv).

    python tools/dedupe_blind_lexicon.py resources/lexicons/news_common_band6.tsv [--dry-run]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicon", type=Path)
    ap.add_argument("--dry-run", action="store_true", help="list the rows, change nothing")
    args = ap.parse_args()
    path = args.lexicon.resolve()
    others: set[str] = set()
    for other in bundled_lexicon_paths():
        if Path(other).resolve() != path:
            others |= {e.spun_key for e in load_lexicon_file(Path(other))[0]}
    entries, problems = load_lexicon_file(path)
    for problem in problems:
        print("problem:", problem)
    seen: set[str] = set()
    drop: dict[int, str] = {}
    for e in entries:
        k = e.spun_key
        if k in others or k in seen or " ".join(e.spun).lower() in {r.lower() for r in e.restored}:
            drop[e.line] = k
        seen.add(k)
    for line, k in sorted(drop.items()):
        print(f"{path.name}:{line}: {k}")
    if drop and not args.dry_run:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(l for i, l in enumerate(lines, 1) if i not in drop), encoding="utf-8")
    print(f"{len(drop)} row(s) {'to drop' if args.dry_run else 'dropped'} of {len(entries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
