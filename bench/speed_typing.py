"""Cost of one keystroke in the repaired pane of a big document: the pane reading only what Qt
reports changed (contentsChange: position, removed, added) and core's Review moving the spans,
against the old way measured in the same run (re-reading the whole text and diffing it).

    QT_QPA_PLATFORM=offscreen python bench/speed_typing.py [WORDS]
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from unspin.core.model import Document, Suggestion  # noqa: E402
from unspin.core.offsets import OffsetMap  # noqa: E402
from unspin.core.span_tracking import diff_change  # noqa: E402
from unspin.gui.panes import RepairedPane  # noqa: E402
from unspin.gui.review_session import ReviewSession  # noqa: E402

SENTENCE = "Town officers mentioned the local weather today, and the council agreed on it. "


def main() -> int:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 113_000
    app = QApplication.instance() or QApplication([])
    per = len(SENTENCE.split())
    text = "".join(SENTENCE + ("\n" if k % 5 == 4 else "") for k in range(words // per))
    sugs, pos = [], 0
    while True:
        i = text.find("officers", pos)
        if i < 0:
            break
        sugs.append(Suggestion(i, i + 8, "officers", "officials"))
        pos = i + 8
    doc = Document(text, sugs)
    pane = RepairedPane()
    pane.resize(800, 600)
    pane.show()
    session = ReviewSession(doc, pane)
    pane.setFocus()
    pane.setTextCursor(pane.cursor_for(len(session.text()) // 2))
    keys = 200
    t = time.perf_counter()
    for k in range(keys):
        QTest.keyClick(pane, Qt.Key_A if k % 2 == 0 else Qt.Key_B)
    now = (time.perf_counter() - t) / keys
    assert pane.text() == session.text() == pane._read_document()
    # The old way, per keystroke: the whole text read back from Qt and diffed with the last copy.
    before = pane.text()
    t = time.perf_counter()
    for _ in range(20):
        new = pane._read_document()
        diff_change(before, new, hint=OffsetMap(new).from_utf16(len(before) // 2))
    old_extra = (time.perf_counter() - t) / 20
    print(f"{words:,} words, {len(sugs):,} suggestions: {now * 1000:.2f} ms per keystroke now "
          f"(whole pane, core review and highlights); re-reading and diffing the whole text, as "
          f"before, would add {old_extra * 1000:.2f} ms per keystroke")
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
