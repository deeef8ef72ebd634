"""The side list of suggestions, filterable by status, category and confidence.

A model/view list: the rows are read from the Document when Qt paints them, so a document with
tens of thousands of suggestions costs nothing per row to show or to update. The filters keep a
list of the suggestion ids they let through (rebuilt in one pass when a filter changes, or when
statuses change while a status filter is on); after a decision only the rows' data is reported as
changed and the view repaints what is on screen.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QTreeView,
                               QVBoxLayout, QWidget)

from unspin.core.model import Document, Status
from unspin.gui.card import STATUS_WORDS
from unspin.gui.theme import secondary_text, status_colour

ALL = "All"
HEADERS = ("Status", "Original", "Suggested", "Conf.", "Context")
STATUS, ORIGINAL, SUGGESTED, CONFIDENCE, CONTEXT = range(len(HEADERS))
CONTEXT_REACH = 160   # characters looked at on each side of a suggestion for its sentence
LEAD_WORDS = 3        # words of the sentence shown before the suggestion


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (at most ``CONTEXT_REACH`` characters either side),
    on one line: what a reviewer reads to decide from the list. A sentence ends at . ! or ?
    followed by a capital (so "p.c." or "U.S." inside it do not end it) or at a line break."""
    lo = max(0, start - CONTEXT_REACH)
    head = text[lo:start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    a = lo + ends[-1] if ends else lo
    tail = text[end:end + CONTEXT_REACH]
    m = _SENTENCE_END.search(tail)
    b = end + (m.start() + len(m.group(1) or "") if m else len(tail))
    before = text[a:start].split()
    if len(before) > LEAD_WORDS:   # the column is elided at its end: keep the words in view
        before = ["…"] + before[-LEAD_WORDS:]
    return " ".join(before + text[start:b].split())


SID_ROLE = Qt.UserRole
_SENTENCE_END = re.compile(r"([.!?][\"”’)]*)\s+(?=[A-Z\"“‘(])|(\n)")


class SuggestionModel(QAbstractTableModel):
    """One row per suggestion that passes the filters; ``rows[row]`` is its suggestion id."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: Document | None = None
        self.dropped: set[int] = set()
        self.rows: list[int] = []
        self._row_of: dict[int, int] = {}
        self._palette = None

    # -- contents ------------------------------------------------------------------------------
    def set_document(self, document: Document | None, dropped: set[int], keep) -> None:
        self.beginResetModel()
        self.document = document
        self.dropped = set(dropped)
        self._set_rows(keep)
        self.endResetModel()

    def _set_rows(self, keep) -> None:
        doc = self.document
        self.rows = [] if doc is None else [s.id for s in doc if keep(s)]
        self._row_of = {sid: row for row, sid in enumerate(self.rows)}

    def refilter(self, keep) -> bool:
        """Apply the filter; returns True when the rows changed (the view was reset)."""
        doc = self.document
        rows = [] if doc is None else [s.id for s in doc if keep(s)]
        if rows == self.rows:
            return False
        self.beginResetModel()
        self.rows = rows
        self._row_of = {sid: row for row, sid in enumerate(rows)}
        self.endResetModel()
        return True

    def statuses_changed(self, dropped: set[int], changed: list[int] | None = None) -> None:
        """Report changed rows (``changed`` ids, or every row) to the view, which repaints only
        those it shows."""
        self.dropped = set(dropped)
        if not self.rows:
            return
        rows = None if changed is None else sorted({r for r in map(self._row_of.get, changed) if r is not None})
        if rows is None or len(rows) > 64:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self.rows) - 1, SUGGESTED))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, SUGGESTED))

    def row_of(self, sid: int) -> int | None:
        return self._row_of.get(sid)

    def set_palette(self, palette) -> None:
        self._palette = palette

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Called for every role of every cell painted: answer the unused roles first.
        if role not in _ROLES or self.document is None:
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self.rows):
            return None
        if role == Qt.TextAlignmentRole:
            return _RIGHT if col == CONFIDENCE else None
        s = self.document.get(self.rows[row])
        if role == Qt.DisplayRole:
            if col == ORIGINAL:
                return s.original
            if col == SUGGESTED:
                if s.status is Status.EDITED:   # words edited to nothing: say so, as the card does
                    return s.shown_text() or DELETED
                return s.replacement
            if col == CONFIDENCE:
                return f"{s.confidence:.0%}"
            if col == CONTEXT:
                return sentence_around(self.document.text, s.start, s.end)
            return "Removed" if s.id in self.dropped else STATUS_WORDS[s.status]
        if role == SID_ROLE:
            return s.id
        below = s.tentative and s.status is Status.PENDING and s.id not in self.dropped
        if role == Qt.ToolTipRole:
            return BELOW_TIP if below and col == STATUS else None
        if col == STATUS and self._palette is not None:   # Qt.ForegroundRole
            # Below the threshold: as quiet as its dotted underline in the panes.
            return secondary_text(self._palette) if below else status_colour(s.status, self._palette)
        return None


DELETED = "(deleted)"
BELOW_TIP = "Below the threshold: the repaired text keeps the original words until you accept it"
_ROLES = frozenset({Qt.DisplayRole, SID_ROLE, Qt.ForegroundRole, Qt.TextAlignmentRole, Qt.ToolTipRole})
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


class SuggestionList(QWidget):
    selected = Signal(int)     # suggestion id chosen in the list
    activated = Signal(int)    # Enter / double-click: open its card

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_filter = QComboBox()
        self.status_filter.addItem(ALL, None)
        for st in Status:
            self.status_filter.addItem(STATUS_WORDS[st], st.value)  # Qt keeps plain strings
        self.category_filter = QComboBox()
        self.category_filter.addItem(ALL, None)
        self.confidence_filter = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2)
        self.confidence_filter.setToolTip("Only list suggestions at or above this confidence")
        form = QFormLayout()
        form.addRow("&Status:", self.status_filter)
        form.addRow("&Category:", self.category_filter)
        form.addRow("Confidence ≥", self.confidence_filter)

        self.model = SuggestionModel(self)
        self.model.set_palette(self.palette())
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)   # lets the view skip measuring rows it does not show
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAccessibleName("Suggestions")
        self.tree.setTextElideMode(Qt.ElideRight)   # the context column: as much as fits
        self.tree.header().setResizeContentsPrecision(200)  # column widths from the first rows only
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        for w in (self.status_filter, self.category_filter):
            w.currentIndexChanged.connect(self.apply_filter)
        self.confidence_filter.valueChanged.connect(self.apply_filter)
        self._document: Document | None = None
        self._current: int | None = None   # the selected suggestion id (survives filtering)
        self._quiet = False

    # -- contents ------------------------------------------------------------------------------
    def set_document(self, document: Document | None, dropped: set[int] = frozenset()) -> None:
        self._quiet = True
        try:
            self._document = document
            self._current = None
            categories = sorted({s.category for s in document}) if document else []
            keep = self.category_filter.currentText()
            self.category_filter.blockSignals(True)
            self.category_filter.clear()
            self.category_filter.addItem(ALL, None)
            for c in categories:
                self.category_filter.addItem(c, c)
            self.category_filter.setCurrentIndex(max(self.category_filter.findText(keep), 0))
            self.category_filter.blockSignals(False)
            self.model.set_palette(self.palette())
            self.model.set_document(document, dropped, self._filter())
        finally:
            self._quiet = False
        self._fit_columns()

    def _fit_columns(self, sample: int = 50) -> None:
        """Column widths from the header and the first rows (resizeColumnToContents would ask
        the model about every row)."""
        metrics = self.tree.fontMetrics()
        model = self.model
        rows = min(model.rowCount(), sample)
        for col in (ORIGINAL, SUGGESTED, CONFIDENCE):
            texts = [HEADERS[col]] + [model.data(model.index(r, col)) or "" for r in range(rows)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 3 * metrics.averageCharWidth()
            self.tree.setColumnWidth(col, min(width, 16 * metrics.averageCharWidth()))
        # Status first and wide enough for its longest word: it must never be cut off.
        longest = max(metrics.horizontalAdvance(w) for w in [*STATUS_WORDS.values(), "Removed", HEADERS[STATUS]])
        self.tree.setColumnWidth(STATUS, longest + 3 * metrics.averageCharWidth())

    def refresh(self, dropped: set[int] = frozenset(), changed: list[int] | None = None) -> None:
        """Update statuses (after decisions: ``changed`` ids, or all) and re-apply the filter."""
        if self._document is None:
            return
        self.model.statuses_changed(dropped, changed)
        if self.status_filter.currentData() is not None:
            self.apply_filter()   # a decision can move a suggestion in or out of the filter

    def _filter(self):
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        minimum = self.confidence_filter.value() - 1e-9
        if status is None and category is None and minimum <= 0:
            return lambda s: True
        return lambda s: ((status is None or s.status.value == status)
                          and (category is None or s.category == category) and s.confidence >= minimum)

    def apply_filter(self) -> None:
        if self._document is None:
            return
        row = self.model.row_of(self._current) if self._current is not None else None
        self._quiet = True
        try:
            if self.model.refilter(self._filter()):
                self._show_current(scroll=False)
        finally:
            self._quiet = False
        # Decided from the list while it shows only some statuses ("Pending"): the suggestion left
        # the list, and the row that took its place becomes current, as the next message does in a
        # mail reader. (The list had no current row, so Down went back to the top of the list.)
        if row is not None and self.model.row_of(self._current) is None and self.tree.hasFocus() \
                and self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1), 0)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect
                                                       | QItemSelectionModel.Rows)

    # -- queries (for the window and tests) ------------------------------------------------------
    def shown_ids(self) -> list[int]:
        """The suggestion ids the list shows, top to bottom."""
        return list(self.model.rows)

    def index_of(self, sid: int) -> QModelIndex:
        row = self.model.row_of(sid)
        return QModelIndex() if row is None else self.model.index(row, 0)

    # -- selection -------------------------------------------------------------------------------
    def select(self, sid: int | None) -> None:
        self._current = sid
        self._quiet = True
        try:
            self._show_current(scroll=True)
        finally:
            self._quiet = False

    def _show_current(self, scroll: bool) -> None:
        sid = self._current
        index = self.index_of(sid) if sid is not None and self._document is not None \
            and 0 <= sid < len(self._document) else QModelIndex()
        sm = self.tree.selectionModel()
        if not index.isValid():
            sm.clearCurrentIndex()
            sm.clearSelection()
            return
        sm.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        if scroll:
            self.tree.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        sid = current.data(SID_ROLE)
        self._current = sid
        self.selected.emit(sid)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.data(SID_ROLE))
