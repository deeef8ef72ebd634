#!/usr/bin/env python3
"""Every suggestion the engine makes on a fixed set of texts, saved or compared with a saved run.

    python bench/engine_output.py --save before.json [--carriers DIR] [--words 40000]
    python bench/engine_output.py --compare before.json [--carriers DIR] [--words 40000]

For speed work that must leave the output unchanged: run it with ``--save`` before a change and
``--compare`` after it. The texts: the spun training texts and the dev article (``/work/shared``,
read only, nothing of them is written out but offsets and the engine's own suggestions), the
clean corpus (``bench/corpus``), the tortured-phrase carrier files that ``bench/tortured.py
--keep DIR`` writes (optional), and the speed benchmark's document (``speed_common``). Each
suggestion is recorded with its span, texts, alternatives, confidence (rounded to 1e-9), category,
rule and explanation; each text's spin score too. Exits 1 when a compared run differs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed_common import build_document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus")


def texts(carriers: Path | None, words: int) -> dict[str, str]:
    files = sorted((SHARED / "train").glob("*.spun.txt")) + sorted(SHARED.glob("*.spun.txt"))
    files += sorted((ROOT / "bench" / "corpus").glob("*.clean.txt"))
    if carriers is not None:
        files += sorted(carriers.rglob("*.spun.txt"))
    out = {str(f): f.read_text(encoding="utf-8") for f in files}
    if words:
        out[f"speed document, {words} words"] = build_document(words)
    return out


def record(analysis) -> dict:
    return {"spin_score": round(analysis.spin_score, 9),
            "suggestions": [[s.start, s.end, s.original, s.replacement, list(s.alternatives),
                             round(s.confidence, 9), s.category, s.rule, s.explanation]
                            for s in analysis.suggestions]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    ap.add_argument("--carriers", type=Path, help="the folder bench/tortured.py --keep wrote")
    ap.add_argument("--words", type=int, default=40_000, help="size of the speed document (0: none)")
    args = ap.parse_args()

    from unspin.engine import Engine
    engine = Engine(processes=1)
    engine.warm_up()
    got = {name: record(engine.analyse(text)) for name, text in texts(args.carriers, args.words).items()}
    total = sum(len(r["suggestions"]) for r in got.values())
    if args.save:
        args.save.write_text(json.dumps(got, indent=0, ensure_ascii=False), encoding="utf-8")
        print(f"saved {total:,} suggestions on {len(got)} texts to {args.save}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = sorted(set(before) ^ set(got)) + [k for k in sorted(set(before) & set(got)) if before[k] != got[k]]
    for name in differ[:20]:
        a, b = before.get(name, {}).get("suggestions", []), got.get(name, {}).get("suggestions", [])
        only_a = [s for s in a if s not in b][:3]
        only_b = [s for s in b if s not in a][:3]
        print(f"DIFFERS: {name}\n  before only: {only_a}\n  now only: {only_b}")
    print(f"{total:,} suggestions on {len(got)} texts: {'identical' if not differ else f'{len(differ)} texts differ'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
