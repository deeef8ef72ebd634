"""Ranking quality of `unspin scan`: spun-versus-clean AUC of the scan score.

The labelled set, used in place (nothing copied into the project):
  spun  = ../shared/corpus/train/*.spun.txt, ../shared/corpus/news-blinken.spun.txt,
          bench/scan_corpus/tortured/*.txt (paper-mill carrier texts written for this benchmark)
  clean = ../shared/corpus/train/*.gold.txt, ../shared/corpus/news-blinken.gold.txt,
          bench/corpus/*.clean.txt cut into passages of about 250 words at paragraph breaks
          (so clean documents are as short as the spun ones: short texts are the hard case).

Prints the AUC of the scan score and, for comparison, of the engine's spin score; the AUC on each
part (news pairs only, tortured carriers vs clean); and the spun documents ranked lowest and the
clean ones ranked highest. Caveat: the news lexicons were grown from the training pairs, so on
those pairs the numbers are optimistic; the clean corpus and the carrier texts were never tuned on.

    python bench/scan_auc.py [--workers N]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PASSAGE_WORDS = 250


def auc(pos: list[float], neg: list[float]) -> float:
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def passages(text: str, size: int = PASSAGE_WORDS) -> list[str]:
    out, chunk, n = [], [], 0
    for para in (p for p in text.split("\n") if p.strip()):
        chunk.append(para)
        n += len(para.split())
        if n >= size:
            out.append("\n\n".join(chunk))
            chunk, n = [], 0
    if chunk and n >= 40:
        out.append("\n\n".join(chunk))
    return out


def build(folder: Path) -> dict[str, tuple[int, str]]:
    """Write the labelled set under ``folder``; returns path -> (label, part)."""
    labels: dict[str, tuple[int, str]] = {}

    def put(name: str, text: str, label: int, part: str) -> None:
        p = folder / name
        p.write_text(text, encoding="utf-8")
        labels[str(p.absolute())] = (label, part)

    corpus = SHARED / "corpus"
    if corpus.is_dir():
        for p in sorted((corpus / "train").glob("*.spun.txt")) + [corpus / "news-blinken.spun.txt"]:
            put("news-" + p.name, p.read_text(encoding="utf-8"), 1, "news")
        for p in sorted((corpus / "train").glob("*.gold.txt")) + [corpus / "news-blinken.gold.txt"]:
            put("news-" + p.name, p.read_text(encoding="utf-8"), 0, "news")
    else:
        print(f"note: {corpus} not found; the news pairs are left out", file=sys.stderr)
    for p in sorted((ROOT / "bench" / "scan_corpus" / "tortured").glob("*.txt")):
        put("tortured-" + p.name, p.read_text(encoding="utf-8"), 1, "tortured")
    for p in sorted((ROOT / "bench" / "corpus").glob("*.clean.txt")):
        for i, chunk in enumerate(passages(p.read_text(encoding="utf-8"))):
            put(f"clean-{p.stem}-{i:02d}.txt", chunk, 0, "clean")
    return labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    from unspin.scan.command import Scan
    from unspin.scan.local import LocalPool
    from unspin.scan.worker import ScanSpec

    with tempfile.TemporaryDirectory(prefix="unspin-scan-auc-") as tmp:
        labels = build(Path(tmp))
        started = time.perf_counter()
        rows = Scan([tmp], LocalPool(ScanSpec.build(), args.workers)).run()
        elapsed = time.perf_counter() - started
    errors = [r for r in rows if r["error"]]
    rows = [r for r in rows if not r["error"] and r["path"] in labels]
    n_spun = sum(1 for r in rows if labels[r["path"]][0] == 1)
    print(f"{len(rows)} documents ({n_spun} spun, {len(rows) - n_spun} clean), {len(errors)} unreadable, "
          f"scanned in {elapsed:.1f} s")

    def report(name: str, keep) -> None:
        sel = [r for r in rows if keep(labels[r["path"]])]
        pos = [r for r in sel if labels[r["path"]][0] == 1]
        neg = [r for r in sel if labels[r["path"]][0] == 0]
        if not pos or not neg:
            return
        a = auc([r["score"] for r in pos], [r["score"] for r in neg])
        b = auc([r["spin_score"] for r in pos], [r["spin_score"] for r in neg])
        print(f"{name:<40} spun {len(pos):>3} clean {len(neg):>3}   AUC scan score {a:.4f}   "
              f"(engine spin score {b:.4f})")

    report("all", lambda lab: True)
    report("news: spun vs their originals", lambda lab: lab[1] == "news")
    report("tortured carriers vs clean passages", lambda lab: lab[1] in ("tortured", "clean"))
    report("spun news vs clean passages", lambda lab: lab[1] == "clean" or (lab[1] == "news" and lab[0] == 1))

    spun = sorted((r for r in rows if labels[r["path"]][0] == 1), key=lambda r: r["score"])
    clean = sorted((r for r in rows if labels[r["path"]][0] == 0), key=lambda r: -r["score"])
    print("\nlowest-scored spun documents:")
    for r in spun[:5]:
        print(f"  {r['score']:.3f} {r['level']:<6} {r['words']:>5} words  {Path(r['path']).name}")
    print("highest-scored clean documents:")
    for r in clean[:5]:
        print(f"  {r['score']:.3f} {r['level']:<6} {r['words']:>5} words  {Path(r['path']).name}")
    levels = {}
    for r in rows:
        key = ("spun" if labels[r["path"]][0] else "clean", r["level"])
        levels[key] = levels.get(key, 0) + 1
    print("\nlevels:", ", ".join(f"{k[0]} {k[1]}: {v}" for k, v in sorted(levels.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
