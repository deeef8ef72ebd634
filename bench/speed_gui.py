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
* time to accept one suggestion and update both panes (median and worst of 20).

Targets: shown < 1.5 s; visible suggestions <= 1 s after the text; gaps < 100 ms; one accept
< 30 ms. The window's analysis runs in worker processes for big documents, as in real use.
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--accept", type=int, default=20_000, help="suggestions to accept at once (at most)")
    args = ap.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from unspin.gui.launch import application
    from unspin.gui.main_window import MainWindow
    from unspin.settings import load_settings

    app = application()
    settings = load_settings()
    settings.min_confidence = 0.0  # show every suggestion: the most the window has to draw
    win = MainWindow(settings=settings, prompts=Prompts(0.0))
    ready_at: list[float] = []
    win.runner.ready.connect(lambda: ready_at.append(time.perf_counter()))
    win.resize(1400, 900)
    win.show()
    app.processEvents()
    t_shown = time.perf_counter() - T0
    print(f"window shown {t_shown:.2f} s after start (target < 1.5 s)")

    def wait(cond, timeout=1800.0):
        end = time.perf_counter() + timeout
        while not cond():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > end:
                raise TimeoutError

    wait(lambda: ready_at)
    print(f"pipeline ready {ready_at[0] - T0:.2f} s after start")

    from speed_common import build_document
    text = build_document(args.words)
    path = Path(tempfile.mkdtemp(prefix="unspin-bench-")) / "big.txt"
    path.write_text(text, encoding="utf-8")

    gaps = GapRecorder(QTimer)
    partial_at: list[float] = []
    finished_at: list[float] = []
    win.runner.partial.connect(lambda _a: partial_at.append(time.perf_counter()))
    win.runner.finished.connect(lambda _a: finished_at.append(time.perf_counter()))
    gaps.start("open (text into both panes)")
    t = time.perf_counter()
    win.open_file(path)
    t_text = time.perf_counter()
    gaps.stop()
    print(f"open_file (read, show the text in both panes, start the analysis): {t_text - t:.2f} s")
    gaps.start("analysis")
    wait(lambda: finished_at)
    app.processEvents()
    gaps.stop()
    doc = win.document()
    n = len(doc) if doc is not None else 0
    if partial_at:
        print(f"visible part's suggestions highlighted {partial_at[0] - t_text:.2f} s after the text was shown "
              f"(target <= 1 s)")
    print(f"whole analysis done {finished_at[0] - t_text:.2f} s after the text was shown; {n:,} suggestions")

    # One accept at a time, as a user does: the model, both panes, the list.
    pending = [s.id for s in doc if s.status.value == "pending"][:20]
    times = []
    for sid in pending:
        t = time.perf_counter()
        win.accept(sid)
        app.processEvents()
        times.append(time.perf_counter() - t)
    if times:
        print(f"accept one suggestion: median {1000 * statistics.median(times):.1f} ms, worst "
              f"{1000 * max(times):.1f} ms (target < 30 ms)")

    # Accept all (capped at --accept suggestions, by confidence threshold 0).
    count = len(doc.pending_at_or_above(0.0))
    if count > args.accept:
        keep = sorted(doc.pending_at_or_above(0.0))[args.accept:]
        for sid in keep:  # make the rest not pending, outside the measured step
            doc.suggestions[sid].status = type(doc.suggestions[sid].status)("ignored")
        count = args.accept
    gaps.start(f"accept all ({count:,} suggestions)")
    t = time.perf_counter()
    win.accept_above()
    app.processEvents()
    dt = time.perf_counter() - t
    gaps.stop()
    print(f"accept all on {count:,} suggestions: {dt:.2f} s")
    for phase, worst in gaps.worst.items():
        print(f"longest event-loop gap during {phase}: {1000 * worst:.0f} ms (target < 100 ms)")
    win.runner.cancel(quiet=True)
    win.engine.close()
    win.setWindowModified(False)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
