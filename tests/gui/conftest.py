"""Fixtures for the window tests: offscreen Qt, a private settings folder per test, one spaCy load
per session, a small fixed lexicon (so the tests do not depend on the bundled one), and scripted
answers instead of modal dialogs."""
from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from unspin.gui.prompts import CloseChoice, PendingChoice, RecoveryChoice  # noqa: E402

TEST_LEXICON = """#@ group: test-spinner
#@ category: spinner
spun\trestored\tpos\twhen\tconfidence\tnote
local weather\tclimate\t\t\t0.95\t"local weather" is a spun "climate".
p.c.\tpercent\t\t\t0.95\t"p.c." is a spinner's "percent".
go* to\tvisit\tNOUN|VERB\tafter_det\t0.95\t"a go to" is a spun "a visit".
officer\tofficial|authority\tNOUN\t\t0.9\tSpinners swap "officials" for "officers".
mention\tsay\tVERB\t\t0.85\tA reporting "mentioned" is usually a spun "said".
coverage\tpolicy\tNOUN\t\t0.85\tSpinners replace "policy" with "coverage".
nation\tcountry\tNOUN\t\t0.3\tSpinners swap "country" for "nation".
"""


class ScriptedPrompts:
    """Answers the window's questions without showing anything; records what was asked."""

    def __init__(self):
        self.asked: list[tuple] = []
        self.pending_choice = PendingChoice.APPLY
        self.close_choice = CloseChoice.DISCARD
        self.confirm_answer = True
        self.confidence_answer: float | None = 0.8
        self.save_path_answer: str | None = None
        self.open_path_answer: str | None = None
        self.recover_choice = RecoveryChoice.RECOVER

    def error(self, title, message):
        self.asked.append(("error", title, message))

    def info(self, title, message):
        self.asked.append(("info", title, message))

    def confirm(self, title, message):
        self.asked.append(("confirm", title, message))
        return self.confirm_answer

    def pending_on_save(self, pending):
        self.asked.append(("pending", pending))
        return self.pending_choice

    def unsaved_changes(self, name):
        self.asked.append(("unsaved", name))
        return self.close_choice

    def recover(self, name, saved_at):
        self.asked.append(("recover", name, saved_at))
        return self.recover_choice

    def open_path(self, folder):
        return self.open_path_answer

    def save_path(self, suggested):
        self.asked.append(("save_path", suggested))
        return self.save_path_answer

    def confidence(self, default):
        self.asked.append(("confidence", default))
        return self.confidence_answer


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def test_engine(engine):
    """An engine with the small test lexicon, sharing the session's loaded spaCy pipeline."""
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.lexicon import parse_lexicon
    entries, problems = parse_lexicon(TEST_LEXICON, "test.tsv")
    assert not problems
    eng = Engine(EngineSettings(), nlp=engine.nlp, entries=entries)
    eng.warm_up()
    return eng


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture
def make_window(qtbot, test_engine, prompts):
    """make_window(text or path, engine=...) -> a shown window whose analysis has finished."""
    from unspin.gui.main_window import MainWindow
    from unspin.store.settings import Settings
    windows = []

    def make(content=None, tmp_name="article.txt", engine=None, settings=None, folder=None):
        settings = settings or Settings(min_confidence=0.0)
        window = MainWindow(settings=settings, engine=engine or test_engine, prompts=prompts)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        if content is not None:
            path = content
            if isinstance(content, str):
                path = (folder or settings_folder()) / tmp_name
                path.write_text(content, encoding="utf-8")
            assert window.files.open_file(path)
            wait_for_review(qtbot, window)
        return window

    def settings_folder():
        from unspin.store.settings import config_dir
        d = config_dir().parent / "docs"
        d.mkdir(parents=True, exist_ok=True)
        return d

    yield make
    for w in windows:
        w.setWindowModified(False)
        if w.review.session is not None:
            w.review.session.set_clean()
        w.analysis.runner.cancel(quiet=True)
        w.analysis.runner.wait(10000)


def wait_for_review(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: window.review.session is not None and not window.analysis.runner.busy, timeout=timeout)


def open_and_stop(qtbot, window, path, timeout=30000) -> None:
    """Open ``path`` and press Stop once its first screen is shown, while the rest is analysed;
    skips the test when the analysis finished first (a fast machine)."""
    assert window.files.open_file(path)
    qtbot.waitUntil(lambda: window.review.preview is not None or not window.analysis.busy, timeout=timeout)
    if not window.analysis.busy:
        pytest.skip("the analysis finished before it could be stopped")
    window.actions_.stop.trigger()
    wait_for_review(qtbot, window)


def utf16(text: str, index: int) -> int:
    """UTF-16 position of a code-point index, computed independently of OffsetMap."""
    return len(text[:index].encode("utf-16-le")) // 2


def point_in_span(pane, start: int, end: int) -> QPoint:
    """A viewport point on the middle of a span, found from Qt's own cursor geometry."""
    text = pane.text()
    middle = start + max((end - start) // 2, 1) if end - start > 1 else start
    cursor = QTextCursor(pane.document())
    cursor.setPosition(utf16(text, middle))
    rect = pane.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def click_span(qtbot, pane, start: int, end: int) -> None:
    pos = point_in_span(pane, start, end)
    qtbot.mouseClick(pane.viewport(), Qt.LeftButton, pos=pos)


def status_at(pane, offset: int):
    """(status, current) of the highlight over a code-point offset, or None."""
    from unspin.gui.theme import CURRENT_PROPERTY, STATUS_PROPERTY
    fmt = pane.highlight_at(offset)
    if fmt is None:
        return None
    return fmt.property(STATUS_PROPERTY), bool(fmt.property(CURRENT_PROPERTY))


def wait(ms=50):
    end = time.time() + ms / 1000
    from PySide6.QtWidgets import QApplication
    while time.time() < end:
        QApplication.processEvents()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard or input method: QTest cannot send emoji, so those go as key events
    carrying the whole character (as an input method delivers them)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    for ch in text:
        if ord(ch) < 0x80:
            qtbot.keyClicks(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))
            QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, 0, Qt.NoModifier, ch))


def suggestion_named(window, words: str):
    """The suggestion of ``window``'s document whose original words are ``words``."""
    return next(s for s in window.review.session.document if s.original == words)


def right_words(window, s) -> str:
    """The words the right pane shows for suggestion ``s``."""
    a, b = window.review.session.spans[s.id]
    return window.right.text()[a:b]


def type_in_card(qtbot, window, s, words: str) -> None:
    """Click the suggestion's words in the right pane, Edit…, and type ``words`` (no Enter)."""
    a, b = window.review.session.spans[s.id]
    click_span(qtbot, window.right, a, b)
    qtbot.mouseClick(window.card.edit_button, Qt.LeftButton)
    window.card.edit_line.clear()
    if words:
        qtbot.keyClicks(window.card.edit_line, words)


def edit_to(qtbot, window, s, words: str) -> None:
    """Edit the suggestion to ``words`` through its card and apply the edit with Enter."""
    type_in_card(qtbot, window, s, words)
    qtbot.keyClick(window.card.edit_line, Qt.Key_Return)
