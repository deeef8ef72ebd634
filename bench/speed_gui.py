#!/usr/bin/env python3
"""The review window on a big document, offscreen.

    QT_QPA_PLATFORM=offscreen python bench/speed_gui.py [--words 200000] [--accept 20000]

Measures, in one run:

* time to window shown (from the start of this script, imports included) and to pipeline ready
  (the window loads spaCy in the background);
* time from the text shown to the visible part's suggestions highlighted, and to the whole
  analysis done;
* the longest gap between event-loop turns (a 0 ms QTimer records them) while the document is
  shown, during the analysis, and during "accept all" on the document's suggestions;
* time to accept one suggestion and update both panes, the list and the status bar (median and
  worst of 20 spread over the document), and to jump to one (select it: both panes scroll);
* accept all, its undo and redo (big ones run in slices), checked against the model's text, and
  one autosave after it (time on the GUI thread, and until written by the background thread).

Two phases: the real engine on the document (``--words``), then a synthetic engine placing
``--synthetic`` suggestions (default 20,000; real text gives a few thousand per 200,000 words) on
the same text, so the window's side is measured at the issue's 20,000 suggestions.

Targets: shown < 1.5 s; visible suggestions <= 1 s after the text; gaps < 100 ms; one accept
< 30 ms. The window analyses in its own thread, as in real use.
"""
from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNSPIN_CONFIG_DIR", tempfile.mkdtemp(prefix="unspin-bench-config-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


class GapRecorder:
    """Longest interval between event-loop turns, per named phase."""

    def __init__(self, timer_cls):
        self.timer = timer_cls()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.phase = None
        self.last = None
        self.worst: dict[str, float] = {}

    def _tick(self):
        now = time.perf_counter()
        if self.phase is not None and self.last is not None:
            self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), now - self.last)
        self.last = now

    def start(self, phase: str):
        self.phase = phase
        self.last = time.perf_counter()
        self.worst.setdefault(phase, 0.0)
        self.timer.start()

    def stop(self):
        self._tick()
        self.timer.stop()
        self.phase = None


class Prompts:
    """Scripted answers instead of dialogs."""

    def __init__(self, confidence: float):
        self._confidence = confidence

    def error(self, title, message):
        print(f"error: {title}: {message}", file=sys.stderr)

    def info(self, title, message):
        pass

    def confirm(self, title, message):
        return True

    def confidence(self, default):
        return self._confidence

    def __getattr__(self, name):  # anything else: the safest answer
        return lambda *a, **k: None


class SyntheticEngine:
    """Stands in for the engine in the second phase: ``count`` suggestions spread evenly over the
    document's longer words, delivered through the window's real analysis job (visible part
    first, then the rest). The window's cost depends on how many suggestions it shows, not on who
    made them, and 200,000 words of real text give only a few thousand; this reaches 20,000 in
    seconds."""

    def __init__(self, count: int, seed: int = 3):
        self.count, self.seed = count, seed
        self.settings = None
        self._cache: tuple[str, list] | None = None

    def warm_up(self):
        pass

    def close(self):
        pass

    def _all(self, text: str):
        if self._cache is None or self._cache[0] != text:
            import random
            import re
            from unspin.core.model import Suggestion
            rng = random.Random(self.seed)
            words = [m for m in re.finditer(r"\b[a-z]{5,}\b", text)]
            step = max(len(words) // self.count, 1)
            out = []
            for m in words[::step][:self.count]:
                w = m.group()
                repl = w[:-1] if rng.random() < 0.5 else w + "es"   # shorter or longer: spans move
                out.append(Suggestion(m.start(), m.end(), w, repl, [], round(rng.uniform(0.3, 1.0), 2),
                                      "spinner", f"synthetic-{len(w)}", "Synthetic suggestion."))
            self._cache = (text, out)
        return self._cache[1]

    def iter_candidates(self, text, start=0, end=None, cancelled=None, progress=None, **_kw):
        end = len(text) if end is None else end
        found = [s for s in self._all(text) if start <= s.start and s.end <= end]
        for k in range(0, len(found), 500):
            if cancelled is not None and cancelled():
                from unspin.engine.analyzer import Cancelled
                raise Cancelled()
            time.sleep(0.002)  # a little work per batch, as the engine does
            yield from found[k:k + 500]
            if progress is not None:
                progress(min(k + 500, len(found)), max(len(found), 1))

    def finish(self, text, candidates, **_kw):
        from dataclasses import replace
        from unspin.engine.analyzer import Analysis
        return Analysis(text, 0.5, [replace(s) for s in candidates], len(text.split()))


def run_document(app, win, path: Path, accept_cap: int, label: str) -> None:
    """Open ``path`` in ``win`` and measure highlights, gaps, one accept, accept all and its undo."""
    def wait(cond, timeout=1800.0):
        end = time.perf_counter() + timeout
        while not cond():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > end:
                raise TimeoutError

    print(f"-- {label}")
    gaps = GapRecorder(QTimer)
    partial_at: list[float] = []
    finished_at: list[float] = []
    win.analysis.runner.partial.connect(lambda _a: partial_at.append(time.perf_counter()))
    win.analysis.runner.finished.connect(lambda _a: finished_at.append(time.perf_counter()))
    gaps.start("open (text into both panes)")
    t = time.perf_counter()
    win.files.open_file(path)
    t_text = time.perf_counter()
    gaps.stop()
    print(f"open_file (read, show the text in both panes, start the analysis): {t_text - t:.2f} s")
    gaps.start("analysis (until the review can start)")
    wait(lambda: finished_at)
    app.processEvents()
    gaps.stop()
    doc = win.review.document()
    n = len(doc) if doc is not None else 0
    if partial_at:
        print(f"visible part's suggestions highlighted {partial_at[0] - t_text:.2f} s after the text was shown "
              f"(target <= 1 s); {len(win.right.extraSelections())} highlights drawn")
    print(f"whole analysis done {finished_at[0] - t_text:.2f} s after the text was shown; {n:,} suggestions")

    # One accept at a time, as a user does: the model, both panes, the list.
    pending = [s.id for s in doc if s.status.value == "pending"]
    pending = pending[:: max(len(pending) // 20, 1)][:20]   # spread over the document
    jumps, times = [], []
    for sid in pending:
        t = time.perf_counter()
        win.review.select(sid)          # jump there, as from the list: both panes scroll
        app.processEvents()
        jumps.append(time.perf_counter() - t)
        t = time.perf_counter()
        win.review.accept(sid)          # the decision: model, both panes, the list, the status bar
        app.processEvents()
        times.append(time.perf_counter() - t)
    if times:
        print(f"accept one suggestion: median {1000 * statistics.median(times):.1f} ms, worst "
              f"{1000 * max(times):.1f} ms (target < 30 ms)")
        print(f"select one (jump there, both panes scroll): median {1000 * statistics.median(jumps):.1f} ms, "
              f"worst {1000 * max(jumps):.1f} ms")

    # Accept all (capped at accept_cap suggestions, by confidence threshold 0).
    count = len(doc.pending_at_or_above(0.0))
    if count > accept_cap:
        keep = sorted(doc.pending_at_or_above(0.0))[accept_cap:]
        for sid in keep:  # make the rest not pending, outside the measured step
            doc.suggestions[sid].status = type(doc.suggestions[sid].status)("ignored")
        count = accept_cap
    undo_index = win.review.session.history.index
    phase = f"accept all ({count:,} suggestions)"
    gaps.start(phase)
    t = time.perf_counter()
    win.review.accept_above()
    wait(lambda: win.review.session.history.index > undo_index and not getattr(win.review.session, "busy", False))
    app.processEvents()
    dt = time.perf_counter() - t
    gaps.stop()
    ok = win.right.text() == win.review.session.document.repaired_text()
    print(f"accept all on {count:,} suggestions: {dt:.2f} s (right pane == model's text: {ok})")
    repaired = win.right.text()
    gaps.start(f"undo of accept all")
    t = time.perf_counter()
    win.review.undo()
    wait(lambda: not getattr(win.review.session, "busy", False))   # a big batch is undone in slices
    app.processEvents()
    dt = time.perf_counter() - t
    gaps.stop()
    ok = win.right.text() == win.review.session.document.repaired_text(True)   # back to the preview
    print(f"undo of accept all: {dt:.2f} s (right pane == model's text: {ok})")
    gaps.start(f"redo of accept all")
    t = time.perf_counter()
    win.review.redo()
    wait(lambda: not getattr(win.review.session, "busy", False))
    app.processEvents()
    dt = time.perf_counter() - t
    gaps.stop()
    print(f"redo of accept all: {dt:.2f} s (text as after accept all: {win.right.text() == repaired})")
    gaps.start("autosave after accept all")
    t = time.perf_counter()
    win.recovery.autosave_now()
    t_gui = time.perf_counter() - t
    wait(lambda: win.recovery.wait_for_autosave(0) if hasattr(win.recovery, "wait_for_autosave") else True)
    t_all = time.perf_counter() - t
    app.processEvents()
    gaps.stop()
    size = store_size(win)
    print(f"autosave after accept all: {1000 * t_gui:.0f} ms on the GUI thread, written after "
          f"{1000 * t_all:.0f} ms ({size / 1e6:.1f} MB)")
    for phase, worst in gaps.worst.items():
        print(f"longest event-loop gap during {phase}: {1000 * worst:.0f} ms (target < 100 ms)")
    win.analysis.runner.cancel(quiet=True)
    win.analysis.runner.wait(-1)
    win.setWindowModified(False)
    win.review.session.set_clean()
    win.recovery.discard_autosave()


def store_size(win) -> int:
    from unspin import store
    try:
        return store.autosave_path(win.source.path).stat().st_size
    except OSError:
        return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--accept", type=int, default=20_000, help="suggestions to accept at once (at most)")
    ap.add_argument("--synthetic", type=int, default=20_000,
                    help="suggestions of the second (synthetic engine) phase; 0 skips it")
    ap.add_argument("--skip-engine", action="store_true", help="only the synthetic phase (no spaCy analysis)")
    args = ap.parse_args()

    global QTimer
    from PySide6.QtCore import QTimer

    from unspin.gui.launch import application
    from unspin.gui.main_window import MainWindow
    from unspin.store.settings import load_settings

    app = application()
    settings = load_settings()
    settings.min_confidence = 0.0  # show every suggestion: the most the window has to draw
    win = MainWindow(settings=settings, prompts=Prompts(0.0))
    ready_at: list[float] = []
    win.analysis.runner.ready.connect(lambda: ready_at.append(time.perf_counter()))
    win.resize(1400, 900)
    win.show()
    app.processEvents()
    t_shown = time.perf_counter() - T0
    print(f"window shown {t_shown:.2f} s after start (target < 1.5 s)")

    from speed_common import build_document
    text = build_document(args.words)
    folder = Path(tempfile.mkdtemp(prefix="unspin-bench-"))
    path = folder / "big.txt"
    path.write_text(text, encoding="utf-8")
    print(f"document: {len(text.split()):,} words, {len(text):,} characters")

    end = time.perf_counter() + 600
    while not ready_at and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    print(f"pipeline ready {ready_at[0] - T0:.2f} s after start")

    if not args.skip_engine:
        run_document(app, win, path, args.accept, "the engine's suggestions")
    win.analysis.runner.cancel(quiet=True)
    win.engine.close()
    win.close()

    if args.synthetic:
        fake = SyntheticEngine(args.synthetic)
        fake._all(text)   # placed beforehand: the engine's own time is not what this phase measures
        win2 = MainWindow(settings=settings, engine=fake, prompts=Prompts(0.0))
        win2.resize(1400, 900)
        win2.show()
        app.processEvents()
        path2 = folder / "big-synthetic.txt"
        path2.write_text(text, encoding="utf-8")
        run_document(app, win2, path2, args.accept, f"{args.synthetic:,} synthetic suggestions")
        win2.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
