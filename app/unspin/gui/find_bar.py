"""Find (Ctrl+F): a bar under the panes that finds words in the pane with the focus, as a desktop
editor's users expect - find next and previous (Enter, Shift+Enter, F3, Shift+F3), match case,
match accents (off: "cafe" finds "café"), going round the end of the text, "3 of 17", Esc to
close. Every match in the pane is marked (a faint version of the selection's colour) while the bar
is open; the one found is selected.

The search runs over the pane's own text in code points (what the review works in) and each match
is turned into Qt's UTF-16 positions by the pane (:meth:`ReviewPane.cursor_for`, the one place
offsets are converted), so a word after an emoji or a combining mark is selected exactly. A
space in the query crosses a line break only where lines are a paragraph's wrapped lines: in a
.docx or .odt each line is a paragraph (the window says which through ``lines_are_paragraphs``),
but for the line breaks inside one (a soft break), which the pane knows (``soft_breaks()``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolBar,
                               QToolButton, QWidget)

from unspin.core.search import find_all
from unspin.gui.panes import ReviewPane

PANE_NAMES = {"Original text": "Original", "Repaired text": "Repaired"}

# At most this many matches are marked (the first ones): each mark is an extra selection that Qt
# goes through on every repaint, so "e" in a long book must not make scrolling crawl. The count
# ("1 of 48,210") still says how many there are.
MARK_LIMIT = 3000


class _FindLine(QLineEdit):
    """The search field: Enter finds the next match, Shift+Enter the previous, Esc closes the bar."""
    next_ = Signal()
    previous = Signal()
    escape = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            (self.previous if event.modifiers() & Qt.ShiftModifier else self.next_).emit()
            return
        if event.key() == Qt.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class FindBar(QToolBar):
    """``panes``: the panes it searches, the first the default. ``lines_are_paragraphs``: whether
    each line of the document open is a whole paragraph (asked at each search: documents change).
    ``found(pane, start, end)`` is emitted after a match is selected (the window keeps the card off
    it). Match case and Match accents stay as set for the session: the bar outlives documents."""
    found = Signal(object, int, int)

    def __init__(self, panes: list[ReviewPane], lines_are_paragraphs: Callable[[], bool] = lambda: False,
                 parent: QWidget | None = None):
        super().__init__("Find", parent)
        # A tool bar along the bottom of the window, as wide as the window (under the list too),
        # so its field keeps room for the words in a small window; shown by Ctrl+F, not a menu.
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setObjectName("findBar")
        self.setAccessibleName("Find bar")
        self.panes = panes
        self.lines_are_paragraphs = lines_are_paragraphs
        self.pane: ReviewPane = panes[0]
        self._matches: list[tuple[int, int]] | None = None   # of the query in the pane's text, cached
        self._starts: list[int] = []
        self._key: tuple | None = None
        self._return_to: QWidget | None = None
        self._wrapped: str | None = None   # the last find went round the end ("start") or the start
        self._marked: tuple | None = None  # the pane and search whose matches are marked

        self.where = QLabel()
        self.field = _FindLine()
        self.field.setPlaceholderText("Find in the text")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find")
        self.where.setBuddy(self.field)
        self.previous_button = QToolButton(text="▲", toolTip="Find previous (Shift+Enter, Shift+F3)",
                                           autoRaise=True)
        self.next_button = QToolButton(text="▼", toolTip="Find next (Enter, F3)", autoRaise=True)
        self.case = QCheckBox("&Match case")   # Alt+C is the list's Category
        self.case.setToolTip("Find only words written with the same capitals")
        # Alt+A is Accept, Alt+E the Edit menu: the "n" of accents.
        self.accents = QCheckBox("Match acce&nts")
        self.accents.setToolTip('Find only words written with the same accents (off: "cafe" finds "café" too)')
        self.count = QLabel()
        # Room for the usual counts, so the field and the arrows do not move as the count changes.
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("9,999 of 9,999") + 4)
        self.field.setMinimumWidth(160)
        self.close_button = QToolButton(text="×", toolTip="Close (Esc)", autoRaise=True)
        # A click on them leaves the keys in the field (Enter finds on), Tab still reaches them.
        for w in (self.previous_button, self.next_button, self.case, self.accents, self.close_button):
            w.setFocusPolicy(Qt.TabFocus)
        inner = QWidget()
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(6)
        self.field.setMaximumWidth(520)
        layout.addWidget(self.where)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case)
        layout.addWidget(self.accents)
        layout.addWidget(self.count)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        self.addWidget(inner)

        self.field.textEdited.connect(lambda _t: self._search_from_here())
        self.field.next_.connect(lambda: self.find(+1))
        self.field.previous.connect(lambda: self.find(-1))
        self.field.escape.connect(self.close_bar)
        self.next_button.clicked.connect(lambda: self.find(+1))
        self.previous_button.clicked.connect(lambda: self.find(-1))
        self.case.toggled.connect(lambda _on: self._search_from_here())
        self.accents.toggled.connect(lambda _on: self._search_from_here())
        self.close_button.clicked.connect(self.close_bar)
        # While the query is typed, the match moves with each letter ("m", "ma", "may"...); the
        # window hears of it (the suggestion there becomes current) when the typing pauses, not for
        # every word that began with "m" on the way.
        self._settle = QTimer(self, singleShot=True, interval=300)
        self._settle.timeout.connect(self._settled)
        self._recount = QTimer(self, singleShot=True, interval=200)
        self._recount.timeout.connect(self._show_count)
        for pane in panes:
            pane.textChanged.connect(self._text_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._show_where()
        self.hide()

    # -- opening and closing -----------------------------------------------------------------------
    def open(self) -> None:
        """Ctrl+F: show the bar for the pane with the focus (or the last one searched), the words
        selected there (one line of them) as the query, the field focused with its text selected."""
        focused = QApplication.focusWidget()
        if focused in self.panes:
            self.pane = focused
        if focused is not None and not self.isAncestorOf(focused):
            self._return_to = focused   # Esc goes back there (the card's edit line, the list...)
        selected = self.pane.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 200:
            self.field.setText(selected)
        self._show_where()
        self.show()
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()
        self._show_count()

    def close_bar(self) -> None:
        """Esc: the bar goes and the keys go back where they were before Ctrl+F (the pane searched
        when that is gone or was a pane: the match found stays selected there)."""
        inside = self.isAncestorOf(QApplication.focusWidget())
        self.hide()   # and the marks go (hideEvent)
        if not inside:
            return   # closed from the text (Esc there): the keys stay where they are
        back = self._return_to
        if back is None or back in self.panes or not back.isVisible():
            back = self.pane
        back.setFocus(Qt.OtherFocusReason)

    def hideEvent(self, event):
        # However the bar goes (Esc, ×, a new document), its marks go with it.
        super().hideEvent(event)
        self._marked = None
        for pane in self.panes:
            pane.set_find_marks([])

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _focus_changed(self, _old, new) -> None:
        if new in self.panes and new is not self.pane:
            self.pane = new            # Find searches the pane the user went into
            self._show_where()
            self._show_count()

    def _show_where(self) -> None:
        self.where.setText(f"Find in {PANE_NAMES.get(self.pane.accessibleName(), 'text')}:")

    # -- searching -----------------------------------------------------------------------------------
    def matches(self) -> list[tuple[int, int]]:
        """(start, end) in code points of every match of the query in the pane's text."""
        query = self.field.text()
        text = self.pane.text()
        per_line = bool(self.lines_are_paragraphs())
        options = (self.case.isChecked(), self.accents.isChecked(), per_line)
        # A .docx paragraph's soft breaks (a space crosses them), as the pane keeps them while typed.
        soft = tuple(self.pane.soft_breaks()) if per_line and query else ()
        key = (id(self.pane), query, options, soft, len(text), hash(text) if query else 0)
        if key != self._key:
            self._key = key
            self._matches = find_all(text, query, *options, soft_breaks=soft)
            self._starts = [a for a, _ in self._matches]
        return self._matches

    def _selection(self) -> tuple[int, int]:
        cursor = self.pane.textCursor()
        return self.pane.from_qt(cursor.selectionStart()), self.pane.from_qt(cursor.selectionEnd())

    def _search_from_here(self) -> None:
        """The query, Match case or Match accents changed: select the first match at or after the
        selection's start (typing "go", "gov", "gove" stays on the same word)."""
        matches = self.matches()
        if matches:
            start, _ = self._selection()
            k = bisect_left(self._starts, start)
            self._select(matches[k % len(matches)], wrapped=k == len(matches), tell=False)
            self._settle.start()
        self._show_count()

    def find(self, step: int) -> bool:
        """Select the next (step +1) or previous (-1) match after (before) the selection,
        going round the end (start) of the text; False when there is none."""
        if not self.isVisible():
            self.open()
        matches = self.matches()
        if not matches:
            self._show_count()
            return False
        start, end = self._selection()
        if step > 0:   # the first match after the one selected, or at the caret
            k = bisect_right(self._starts, start) if end > start else bisect_left(self._starts, start)
            wrapped = k == len(matches)
            target = matches[0] if wrapped else matches[k]
        else:
            k = bisect_left(self._starts, start) - 1
            wrapped = k < 0
            target = matches[-1] if wrapped else matches[k]
        self._select(target, wrapped, step)
        self._show_count()
        return True

    def _select(self, match: tuple[int, int], wrapped: bool, step: int = 1, tell: bool = True) -> None:
        pane = self.pane
        in_sight = pane.viewport().rect().contains(pane.span_rect(*match))
        pane.setTextCursor(pane.cursor_for(*match))
        if not in_sight:
            pane.centerCursor()   # words found off screen are shown with lines around them, not on the edge
        self._wrapped = ("start" if step > 0 else "end") if wrapped else None
        if tell:
            self._settle.stop()
            self.found.emit(pane, *match)

    def _settled(self) -> None:
        k = self.current_index()
        if k is not None:
            self.found.emit(self.pane, *self.matches()[k])

    def current_index(self) -> int | None:
        """The number (from 0) of the match selected in the pane, or None."""
        start, end = self._selection()
        matches = self.matches()
        k = bisect_left(self._starts, start)
        if k < len(matches) and matches[k] == (start, end):
            return k
        return None

    def _mark(self, matches: list[tuple[int, int]]) -> None:
        """Mark the matches in the pane searched (the first MARK_LIMIT), none in the other."""
        if self._marked == (self.pane, self._key):
            return
        self._marked = (self.pane, self._key)
        for pane in self.panes:
            pane.set_find_marks(matches[:MARK_LIMIT] if pane is self.pane else [])

    def _show_count(self) -> None:
        if not self.isVisible():
            return
        query = self.field.text()
        matches = self.matches()
        self._mark(matches)
        k = self.current_index()
        if not query:
            text = ""
        elif not matches:
            text = "No matches"
        elif k is None:
            text = f"{len(matches):,} match{'es' if len(matches) != 1 else ''}"
        else:
            text = f"{k + 1:,} of {len(matches):,}"
        if self._wrapped and k is not None:
            text += f", from the {self._wrapped}"   # went round the end of the text
            self._wrapped = None
        self.count.setText(text)
        bad = bool(query) and not matches
        self.field.setStyleSheet("QLineEdit { background: #f8d7d7; color: #5a0000; }" if bad else "")

    def _text_changed(self) -> None:
        if self.isVisible() and self.sender() is self.pane:
            self._marked = None      # a new text (even the same words reloaded) is marked again
            self._recount.start()   # typing in the pane: the count follows, not on every key
