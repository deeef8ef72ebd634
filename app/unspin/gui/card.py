"""The suggestion card: a small panel shown next to a suggestion with what it proposes and why,
and the actions on it. It only emits requests; the window carries them out through the model.

It is a child frame of the window (not a separate popup) so it never grabs the mouse, keeps the
editor usable while it is open, and appears in window screenshots.
"""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QBoxLayout, QFrame, QGraphicsDropShadowEffect, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from unspin.core.model import Status, Suggestion
from unspin.gui.theme import secondary_text

STATUS_WORDS = {
    Status.PENDING: "Pending",
    Status.ACCEPTED: "Accepted",
    Status.EDITED: "Edited",
    Status.IGNORED: "Ignored",
}


def edit_words(text: str) -> str:
    """The words of a one-line edit as they go into the sentence: a line break pasted in (the
    repaired text got a new paragraph mid-sentence), spaces typed around
    the words or doubled between them ("the   spaced   today") all become single spaces."""
    return _BREAKS.sub(" ", text).strip(" ")   # a no-break space ("10\u00a0%") is kept


_BREAKS = re.compile(r"[ \t\r\n\v\f\x85\u2028\u2029]+")


class _EditLine(QLineEdit):
    cancelled = Signal()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class SuggestionCard(QFrame):
    acceptRequested = Signal(int, object)   # suggestion id, chosen alternative or None
    editRequested = Signal(int, str)
    editStarted = Signal(int)               # the edit line opens: the window fills it in
    ignoreRequested = Signal(int)
    acceptAllLikeRequested = Signal(int)
    ignoreAllLikeRequested = Signal(int)
    turnOffRuleRequested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.sid: int | None = None
        self._edit_from: str | None = None   # the words the open edit line started from (None: closed)
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName("Suggestion card")
        self.setStyleSheet("#suggestionCard { background-color: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        shadow = QGraphicsDropShadowEffect(self, blurRadius=18, offset=QPoint(0, 3))
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        self.setMaximumWidth(460)

        self.title = QLabel()
        self.title.setTextFormat(Qt.RichText)
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.close_button = QToolButton(text="×", autoRaise=True, toolTip="Close (Esc)")
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addWidget(self.close_button)

        self.alternatives = QHBoxLayout()
        self.alternatives.setSpacing(4)
        self.explanation = QLabel(wordWrap=True)
        self.meta = QLabel(wordWrap=True)   # secondary, yet readable: see set_suggestion

        self.edit_line = _EditLine()
        self.edit_line.setPlaceholderText("Your words; Enter to apply, Esc to cancel")
        self.edit_line.setToolTip("Enter applies your words; moving on (F8, a click elsewhere, closing the "
                                  "card, saving) applies them too. Esc drops them.")
        self.edit_line.returnPressed.connect(self._apply_edit)
        self.edit_line.cancelled.connect(self._cancel_edit)
        self.edit_line.hide()

        self.accept_button = self._button("Accept", "Use the suggested words",
                                          lambda: self.acceptRequested.emit(self.sid, None))
        self.edit_button = self._button("Edit…", "Type your own words", self.start_edit)
        self.ignore_button = self._button("Ignore", "Keep the original words here only",
                                          lambda: self.ignoreRequested.emit(self.sid))
        row1 = QHBoxLayout()
        for b in (self.accept_button, self.edit_button, self.ignore_button):
            row1.addWidget(b)
        self.accept_like_button = self._button("Accept all like this", "Accept every pending suggestion "
                                               "with the same words and repair",
                                               lambda: self.acceptAllLikeRequested.emit(self.sid), flat=True)
        self.ignore_like_button = self._button("Ignore all like this", "Keep the original words wherever "
                                               "this same suggestion appears in this document",
                                               lambda: self.ignoreAllLikeRequested.emit(self.sid), flat=True)
        self.rule_button = self._button("Turn off this rule", "Ignore this rule here and stop suggesting it "
                                        "in every document (turn it back on in Preferences)",
                                        lambda: self.turnOffRuleRequested.emit(self.sid), flat=True)
        row2 = self.row2 = QHBoxLayout()   # stacked when the card is too narrow for it: see fit
        for b in (self.accept_like_button, self.ignore_like_button, self.rule_button):
            row2.addWidget(b)
        self.note = QLabel(wordWrap=True)
        self.note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.alternatives)
        layout.addWidget(self.explanation)
        layout.addWidget(self.meta)
        layout.addWidget(self.edit_line)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.note)
        self.hide()

    def _button(self, text, tip, slot, flat=False) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAutoDefault(True)  # Enter on a focused button presses it, as in a dialog
        b.setFlat(flat)
        b.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        b.clicked.connect(slot)
        return b

    # -- content -------------------------------------------------------------------------------
    def set_suggestion(self, s: Suggestion, *, alike_pending: int, actionable: bool, busy: bool) -> None:
        keep_edit = self._edit_from is not None and s.id == self.sid and actionable and not busy
        if not keep_edit:
            self._edit_from = None   # another suggestion's card: its draft was applied (take_draft)
        self.sid = s.id
        shown = s.shown_text()
        arrow = (f"<span style='text-decoration:line-through'>{html.escape(s.original)}</span>"
                 f" &rarr; <b>{html.escape(s.replacement)}</b>")
        if s.status is Status.EDITED:
            arrow += f" &nbsp;(you wrote <b>{html.escape(shown)}</b>)" if shown else " &nbsp;(deleted)"
        self.title.setText(arrow)
        self.status.setText(STATUS_WORDS[s.status] + (" (below the threshold)" if s.tentative
                                                      and s.status is Status.PENDING else ""))
        explanation = s.explanation or "No explanation for this rule."
        if s.replacement != s.first_choice:
            explanation += f" You chose “{s.replacement}” over the suggested “{s.first_choice}”."
        self.explanation.setText(explanation)
        meta = f"Confidence {s.confidence:.0%} · {s.category} · rule {s.rule}"
        if s.tentative and s.status is Status.PENDING:
            meta += " · the repaired text keeps the original words until you accept"
        self.meta.setText(meta)
        self.meta.setStyleSheet(f"color: {secondary_text(self.palette()).name()}")
        while self.alternatives.count():
            item = self.alternatives.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        # Every repair on offer except the one chosen: picking an alternative keeps the first
        # suggestion on offer, and never lists the alternative twice.
        others = [w for w in dict.fromkeys([s.first_choice, *s.alternatives]) if w and w != s.replacement]
        if others:
            self.alternatives.addWidget(QLabel("Or:"))
            for alt in others:
                b = QPushButton(alt)
                b.setToolTip(f"Accept “{alt}” instead")
                b.setAutoDefault(True)
                b.clicked.connect(lambda _=False, a=alt: self.acceptRequested.emit(self.sid, a))
                self.alternatives.addWidget(b)
            self.alternatives.addStretch(1)
        can_act = actionable and not busy
        for b in (self.accept_button, self.edit_button, self.ignore_button, self.accept_like_button,
                  self.ignore_like_button, self.rule_button):
            b.setEnabled(can_act)
        self.accept_button.setEnabled(can_act and s.status is not Status.ACCEPTED)
        self.ignore_button.setEnabled(can_act and s.status is not Status.IGNORED)
        self.accept_like_button.setText(f"Accept all like this ({alike_pending})")
        self.ignore_like_button.setText(f"Ignore all like this ({alike_pending})")
        self.accept_like_button.setEnabled(can_act and alike_pending > 0)
        self.ignore_like_button.setEnabled(can_act and alike_pending > 0)
        self.rule_button.setEnabled(can_act and bool(s.rule))
        if busy:
            self.note.setText("Still analysing: the actions unlock when the analysis has finished.")
        elif not actionable:
            self.note.setText("You deleted these words with the text around them; nothing left to repair.")
        self.note.setVisible(busy or not actionable)
        self.edit_line.setVisible(keep_edit)   # back at the same words: the edit typed is still there
        self.fit()

    # -- placement -----------------------------------------------------------------------------
    def fit(self, width: int | None = None) -> None:
        """Size the card for ``width`` (by default the width it has): the second row of buttons
        stacks when it does not fit side by side, the card never gets narrower than its buttons,
        and it is as tall as its wrapped text needs at that width. (``adjustSize`` measured the
        height at the card's preferred width, so in a narrow pane the wrapped text and the buttons
        were drawn over one another.)"""
        layout = self.layout()
        width = width or self.width() or 460
        margins = layout.contentsMargins()
        self.row2.setDirection(QBoxLayout.LeftToRight)
        self.row2.invalidate()
        if self.row2.minimumSize().width() > width - margins.left() - margins.right():
            self.row2.setDirection(QBoxLayout.TopToBottom)
        layout.invalidate()
        layout.activate()
        width = max(width, layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        self.setMaximumWidth(width)
        self.resize(width, height)

    def place_near(self, span: QRect, area: QRect) -> None:
        """Show beside the span - below it, or above it when there is no room below - inside
        ``area`` (the clicked pane; all in the parent's coordinates), never over the span's line.
        Where neither fits, the side with more room wins and the card may reach past the pane."""
        self.fit(max(min(460, area.width() - 8), 240))
        parent = self.parentWidget().rect()
        left_edge = area.left() + 4
        x = min(max(span.left() - 12, left_edge), max(area.right() - self.width() - 4, left_edge))
        x = max(min(x, parent.right() - self.width() - 4), parent.left() + 4)   # wider than the pane
        below, above = span.bottom() + 6, span.top() - self.height() - 6
        if below + self.height() <= area.bottom() - 4:
            y = below
        elif above >= area.top() + 4:
            y = above
        elif area.bottom() - span.bottom() >= span.top() - area.top():
            y = min(below, max(parent.bottom() - self.height() - 4, below))
        else:
            y = max(above, parent.top() + 4)
        self.move(QPoint(x, y))
        self._keep_inside()
        self.show()
        self.raise_()

    def _keep_inside(self) -> None:
        """Move the card up where its bottom would be past the window's (its buttons out of reach)."""
        parent = self.parentWidget().rect()
        y = max(min(self.y(), parent.bottom() - self.height() - 4), parent.top() + 4)
        if y != self.y():
            self.move(self.x(), y)

    # -- editing -------------------------------------------------------------------------------
    def start_edit(self) -> None:
        if self.sid is None or not self.edit_button.isEnabled():
            return
        self.editStarted.emit(self.sid)   # pre-filled with the words shown, from Edit… and F2 alike
        self._edit_from = edit_words(self.edit_line.text())
        self.edit_line.show()
        self.fit()
        self._keep_inside()   # the edit line makes it taller
        self.edit_line.setFocus()
        self.edit_line.selectAll()

    def set_edit_text(self, text: str) -> None:
        self.edit_line.setText(text)

    def _apply_edit(self) -> None:
        self._edit_from = None
        if self.sid is not None:
            self.editRequested.emit(self.sid, edit_words(self.edit_line.text()))
        self.edit_line.hide()

    def _cancel_edit(self) -> None:
        self._edit_from = None
        self.edit_line.hide()
        self.fit()
        self.accept_button.setFocus()

    def editing(self) -> bool:
        return self._edit_from is not None

    def take_draft(self) -> tuple[int, str] | None:
        """(suggestion id, words) of an edit typed in the edit line and not applied (nor cancelled
        with Esc), or None when there is none or its words were not changed; the edit line closes.
        The window applies it when the user moves on (another suggestion, closing the card, saving,
        closing the document): typing is never thrown away except by Esc."""
        start, self._edit_from = self._edit_from, None
        if start is None or self.sid is None:
            return None
        self.edit_line.hide()
        words = edit_words(self.edit_line.text())
        return None if words == start else (self.sid, words)

    def drop_draft(self) -> None:
        """A decision was made on the card's suggestion (Accept, Ignore...): the edit is not wanted."""
        self._edit_from = None
        self.edit_line.hide()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    # -- the keyboard ----------------------------------------------------------------------------
    def name_keys(self, keys: dict[QPushButton, str]) -> None:
        """Add each button's key (the window's action for it) to its tooltip, so the card teaches
        the keys it stands for ("Turn off this rule" named none)."""
        for button, key in keys.items():
            if key:
                button.setToolTip(f"{button.toolTip()} ({key})")

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits, in the order the card shows it: the alternatives, the edit line, the
        buttons, the close button."""
        alternatives = [self.alternatives.itemAt(i).widget() for i in range(self.alternatives.count())]
        chain = [w for w in alternatives if isinstance(w, QPushButton)]
        chain += [self.edit_line, self.accept_button, self.edit_button, self.ignore_button,
                  self.accept_like_button, self.ignore_like_button, self.rule_button, self.close_button]
        return [w for w in chain if w.isVisibleTo(self) and w.isEnabled()]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the card, as in a dialog. (Tab past its last button went on
        to the list's filters, and the alternatives were reached only backwards, through the
        close button and the card itself.)"""
        chain = self.focus_chain()
        current = self.focusWidget()
        if current not in chain or not self.isVisible():
            return super().focusNextPrevChild(next)
        chain[(chain.index(current) + (1 if next else -1)) % len(chain)].setFocus(Qt.TabFocusReason)
        return True
