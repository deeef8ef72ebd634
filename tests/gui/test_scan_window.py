"""File → Scan Folder…: the ranked table fills as documents are scanned; progress, cancel, and a
double-click opens the document for review."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for_review

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scan"))
from scan_fixtures import SPUN, make_corpus  # noqa: E402


def _menu_texts(window):
    return [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]


def test_scan_folder_ranks_and_double_click_opens_for_review(qtbot, make_window, tmp_path):
    from unspin.gui.scan_window import start_scan
    window = make_window()
    texts = _menu_texts(window)
    assert texts.index("Scan Folder…") == texts.index("Open…") + 1
    files = make_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    scan = start_scan(window, str(tmp_path / "corpus"), workers=0)
    qtbot.addWidget(scan)
    qtbot.waitUntil(lambda: not scan.running, timeout=120000)
    assert scan.model.rowCount() == 4
    assert "Done: 4 of 4" in scan.status.text() and "1 unreadable" in scan.status.text()
    assert scan.progress.value() == 4
    ranked = [Path(scan.record_at(i)["path"]).name for i in range(4)]
    assert ranked[-1] == "empty.txt" and ranked.index("clean.md") == 2
    assert scan.proxy.index(3, 1).data() == "error" and "empty" in scan.proxy.index(3, 6).data()
    # Sorting by another column and back.
    scan.table.sortByColumn(2, Qt.AscendingOrder)
    assert scan.record_at(0)["error"] is not None     # no words
    scan.table.sortByColumn(0, Qt.DescendingOrder)
    row = ranked.index("spun.txt")
    rect = scan.table.visualRect(scan.proxy.index(row, 5))
    qtbot.mouseClick(scan.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(scan.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.files.source is not None and window.files.source.path == files["spun"].absolute(),
                    timeout=10000)
    wait_for_review(qtbot, window)
    assert window.left.toPlainText() == SPUN
    assert scan.cancel_button.text() == "Close"
    out = tmp_path / "saved.csv"
    scan.save_results(str(out))
    assert out.read_text(encoding="utf-8-sig").count("\n") == 5


def test_scan_cancel_stops_and_keeps_the_rows(qtbot, make_window, tmp_path, monkeypatch):
    from unspin.gui.scan_window import start_scan
    monkeypatch.setattr("unspin.scan.command.batches", lambda paths, **kw: ([p] for p in paths))
    window = make_window()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"doc{i:02d}.txt").write_text(SPUN, encoding="utf-8")
    scan = start_scan(window, str(folder), workers=0)
    qtbot.addWidget(scan)
    qtbot.waitUntil(lambda: scan.model.rowCount() >= 1, timeout=120000)
    qtbot.mouseClick(scan.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not scan.running, timeout=60000)
    assert "Cancelled" in scan.status.text()
    assert 1 <= scan.model.rowCount() < 30
    assert scan.cancel_button.text() == "Close" and scan.cancel_button.isEnabled()


def test_the_scan_explains_its_score_beside_the_windows_spin_score(qtbot, make_window, tmp_path):
    # helper gui49: "Score 0.642" in the scan, "Spin score 0.78" in the window for the same file,
    # nothing saying why.
    from unspin.gui.scan_window import start_scan
    window = make_window()
    make_corpus(tmp_path / "corpus")
    scan = start_scan(window, str(tmp_path / "corpus"), workers=0)
    qtbot.addWidget(scan)
    qtbot.waitUntil(lambda: not scan.running, timeout=120000)
    rec = scan.record_at(0)
    tip = scan.proxy.index(0, 0).data(Qt.ToolTipRole)
    assert tip and f"{rec['score']:.3f}" in tip and f"Spin score {rec['spin_score']:.2f}" in tip
    assert "review window" in scan.model.headerData(0, Qt.Horizontal, Qt.ToolTipRole)


def test_the_hint_above_the_scan_table_is_readable(qtbot, make_window, tmp_path):
    # helper gui49: the hint was a disabled label, light grey on grey (1.6:1), and named no key.
    from PySide6.QtWidgets import QLabel
    from unspin.gui.scan_window import start_scan
    from unspin.gui.theme import contrast_ratio
    window = make_window()
    (tmp_path / "corpus").mkdir()
    scan = start_scan(window, str(tmp_path / "corpus"), workers=0)
    qtbot.addWidget(scan)
    qtbot.waitUntil(lambda: not scan.running, timeout=120000)
    hint = next(l for l in scan.findChildren(QLabel) if l.text().startswith("Most spun first"))
    assert hint.isEnabled() and "Enter" in hint.text()
    image = hint.grab().toImage()
    background = scan.palette().color(scan.backgroundRole())
    darkest = min((image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(image.height())),
                  key=lambda c: c.lightness())
    assert contrast_ratio(darkest, background) >= 4.5, darkest.name()
