"""Regenerate docs/screenshots/window.png and card.png: run under a virtual display, e.g.

    xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots/take_screenshots.py

Uses a throw-away settings folder so the user's settings and sessions are untouched.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["UNSPIN_CONFIG_DIR"] = tempfile.mkdtemp(prefix="unspin-shots-")
HERE = Path(__file__).resolve().parent

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from unspin.core.model import Status  # noqa: E402
from unspin.gui.launch import application  # noqa: E402
from unspin.gui.main_window import MainWindow  # noqa: E402


def pump(seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = application()
    window = MainWindow()
    window.resize(1360, 820)
    window.move(20, 20)
    window.show()
    window.files.open_sample()
    deadline = time.time() + 60
    while (window.review.session is None or window.analysis.busy) and time.time() < deadline:
        pump(0.05)
    if window.review.session is None:
        print("analysis did not finish", file=sys.stderr)
        return 1
    doc = window.review.session.document
    # Show every state: a few accepted, one ignored, one edited, the rest pending.
    by_original = {s.original.lower(): s for s in doc}
    for words in ("local weather", "p.c.", "go to", "summer season"):
        if words in by_original:
            window.review.accept(by_original[words].id)
    if "additionally" in by_original:
        window.review.ignore(by_original["additionally"].id)
    if "convention" in by_original:
        window.review.edit(by_original["convention"].id, "summit")
    pump(0.3)
    window.grab().save(str(HERE / "window.png"))

    target = next((s for s in doc if s.status is Status.PENDING and s.original.lower() == "officers"),
                  next((s for s in doc if s.status is Status.PENDING), None))
    if target is not None:
        window.review.select(target.id, show_card=True)   # as a click on the repaired pane does
        pump(0.3)
        shot = window.grab()
        card = window.card.geometry()
        area = card.adjusted(-220, -70, 120, 30).intersected(QRect(0, 0, shot.width(), shot.height()))
        shot.copy(area).save(str(HERE / "card.png"))
    window.review.session.set_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
