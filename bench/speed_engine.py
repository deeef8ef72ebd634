#!/usr/bin/env python3
"""Engine speed on a big document, against bare ``nlp.pipe`` measured in the same run.

    python bench/speed_engine.py [--words 200000] [--skip-full] [--profile] [--repeat N]

Prints words/second and the ratio to two baselines over the same paragraphs: bare ``nlp.pipe``
with the whole enabled pipeline, and bare tagging (``nlp.pipe`` with the parser and the entity
recogniser disabled: issue 15's baseline; run twice, the faster run counts, so that the
lemmatizer's cache is as warm as the engine's). Rows:

* the engine parsing everything (``staged=False``): the matcher's own overhead;
* the engine as shipped, staged (paragraphs that may hold a candidate are tagged, a condition that
  needs the dependency parse gets its sentence parsed, the entity recogniser runs on the sentences
  where a name could matter), one process, then two processes; ``--profile`` adds where its
  time goes;
* ``Engine.finish`` on the staged run's candidates (the restorer's language model and Viterbi).

Checks that the staged runs find the same lexicon candidates as the full parse (the restorer's
lattices may differ where the sentence recogniser splits sentences differently from the parser)
and that one and two processes give identical results. Then, in a fresh process each, the peak
memory (RSS) of a whole ``Engine.analyse`` of the document, with one and with two processes.
Targets: staged engine <= 1.25x bare tagging; peak RSS < 1.5 GB. ``--repeat N`` then times bare
tagging and the staged engine N more times, alternately, and prints each ratio in wall-clock and
in CPU time of this process (steadier when other work shares the cores) and their medians.
Times are wall-clock on whatever else the machine is doing: compare the ratios, not the seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed_common import Timer, bare_tagging, build_document, paragraphs, peak_rss_mb, word_count  # noqa: E402


def _memory_run(words: int, processes: int) -> dict:
    """Analyse the document in a fresh interpreter and report its peak RSS."""
    code = f"""
import json, sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from speed_common import build_document, peak_rss_mb
from unspin.engine import Engine
text = build_document({words})
engine = Engine(processes={processes})
engine.warm_up()
ready = peak_rss_mb()
analysis = engine.analyse(text)
engine.close()
print(json.dumps({{"ready_mb": ready, "self_mb": peak_rss_mb(), "child_mb": peak_rss_mb(children=True),
                  "suggestions": len(analysis.suggestions)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _load() -> str:
    """The machine's load averages: the timings mean little when other work shares the cores."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min, {os.cpu_count()} cores)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--skip-full", action="store_true", help="skip the engine's full-parse run")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--profile", action="store_true", help="cProfile the staged run (top 25 by own time)")
    ap.add_argument("--repeat", type=int, default=0, help="time tagging and the staged engine N more times")
    args = ap.parse_args()

    from unspin.engine import Engine

    text = build_document(args.words)
    paras = paragraphs(text)
    words = word_count(text)
    print(f"document: {words:,} words, {len(paras):,} paragraphs, {len(text):,} characters; {_load()}")

    staged = Engine(staged=True, processes=1)
    with Timer() as t_load:
        staged.warm_up()
    nlp = staged.matcher.nlp  # the engine's own pipeline (with its tokenizer special cases)
    print(f"pipeline + lexicons ready in {t_load.seconds:.2f} s; components: {', '.join(nlp.pipe_names)}")

    rows = []

    def row(name, seconds, base=None, extra=""):
        rows.append(name)
        wps = words / seconds
        ratio = f"{seconds / base:5.2f}x" if base else "  1.00x"
        print(f"  {name:44s} {seconds:7.1f} s  {wps:8,.0f} words/s  {ratio} baseline  {extra}")

    print("results (time relative to the baseline, lower is better):")
    with Timer() as t_bare:
        for _ in nlp.pipe(paras, batch_size=64):
            pass
    base = t_bare.seconds
    row("baseline: bare nlp.pipe, full pipeline", base)
    # Issue 15's baseline: bare tagging, the parser and the entity recogniser disabled.
    tag_runs = [bare_tagging(nlp, paras).seconds for _ in range(2)]
    tagging = min(tag_runs)
    row("baseline: bare tagging (parser, ner disabled)", tagging, base,
        f"runs {', '.join(f'{x:.1f} s' for x in tag_runs)}")

    reference = None
    if not args.skip_full:
        full = Engine(staged=False, processes=1, nlp=nlp, entries=staged.entries)
        full._matcher = staged.matcher
        with Timer() as t:
            reference = list(full.iter_candidates(text))
        row("engine, full parse (staged=False)", t.seconds, base, f"{len(reference):,} candidates")

    staged.stats.__init__()
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
    with Timer() as t1:
        one = list(staged.iter_candidates(text))
    if args.profile:
        prof.disable()
    row("engine, staged, 1 process", t1.seconds, base,
        f"{t1.seconds / tagging:.2f}x bare tagging; {staged.stats.summary()}")
    stats = staged.stats
    with Timer() as t_fin:
        staged.finish(text, one)
    row("Engine.finish (restorer decoding)", t_fin.seconds, base, f"{t_fin.seconds / tagging:.2f}x bare tagging")

    two_engine = Engine(processes=2, entries=staged.entries)
    two_engine.warm_up()
    with Timer() as t_start:
        two_engine._worker_pool(2)
    with Timer() as t2:
        two = list(two_engine.iter_candidates(text))
    two_engine.close()
    row("engine, staged, 2 processes", t2.seconds, base,
        f"scaling {t1.seconds / t2.seconds:.2f}x over 1 process (+{t_start.seconds:.2f} s to start workers)")

    from unspin.engine.restorer import Lattice

    def lexical(cands):
        return [c for c in cands if not isinstance(c, Lattice)]
    same = one == two and (reference is None or lexical(reference) == lexical(one))
    print(f"1 and 2 processes identical: {'yes' if one == two else 'NO'}; lexicon candidates as with the full parse: "
          f"{'not run' if reference is None else 'yes' if lexical(reference) == lexical(one) else 'NO'}")
    if reference is not None and lexical(reference) != lexical(one):
        a, b = {(c.start, c.replacement) for c in lexical(one)}, {(c.start, c.replacement) for c in lexical(reference)}
        print(f"  staged only {len(a - b)}, full parse only {len(b - a)} (of {len(b)})")
        same = one == two and len(a ^ b) <= max(2, len(b) // 200)   # a name judged by its sentence
    p = max(stats.paragraphs, 1)
    print(f"share tagged: {100 * stats.tagged / p:.1f}% of paragraphs ({stats.tagged:,}/{stats.paragraphs:,}); "
          f"with some sentences parsed {100 * stats.parsed / p:.1f}% ({stats.parsed:,}); entity recogniser on "
          f"sentences of {100 * stats.entities / p:.1f}% ({stats.entities:,})")
    if reference is not None:
        print(f"staged speed-up over parsing everything: {base / t1.seconds:.2f}x (bare pipeline), "
              f"1 process; {base / t2.seconds:.2f}x with 2 processes")
    print(f"target staged engine <= 1.25x baseline: {'met' if t1.seconds <= 1.25 * base else 'MISSED'} "
          f"({t1.seconds / base:.2f}x)")
    print(f"target staged engine <= 1.25x bare tagging: {'met' if t1.seconds <= 1.25 * tagging else 'MISSED'} "
          f"({t1.seconds / tagging:.2f}x)")

    if args.profile:
        print("\nprofile of the staged run (own time):")
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)

    if args.repeat:
        import statistics
        walls, cpus = [], []
        for k in range(args.repeat):
            t_tag = bare_tagging(nlp, paras)
            with Timer() as t_eng:
                list(staged.iter_candidates(text))
            walls.append(t_eng.seconds / t_tag.seconds)
            cpus.append(t_eng.cpu / t_tag.cpu)
            print(f"  repeat {k + 1}: bare tagging {t_tag.seconds:.1f} s ({t_tag.cpu:.1f} s CPU), staged engine "
                  f"{t_eng.seconds:.1f} s ({t_eng.cpu:.1f} s CPU): {walls[-1]:.2f}x wall-clock, {cpus[-1]:.2f}x CPU; "
                  f"{_load()}")
        print(f"median over {args.repeat} repeats: staged engine {statistics.median(walls):.2f}x bare tagging "
              f"(wall-clock), {statistics.median(cpus):.2f}x (CPU time)")

    if not args.skip_memory:
        for n in (1, 2):
            m = _memory_run(args.words, n)
            print(f"peak RSS, Engine.analyse with {n} process(es): {m['self_mb']:.0f} MB "
                  f"(pipeline ready: {m['ready_mb']:.0f} MB; largest worker: {m['child_mb']:.0f} MB); "
                  f"target < 1,536 MB: {'met' if max(m['self_mb'], m['child_mb']) < 1536 else 'MISSED'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
