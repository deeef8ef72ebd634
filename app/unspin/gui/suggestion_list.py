"""The side list of suggestions, filterable by status, category and confidence."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from unspin.core.model import Document, Status
from unspin.gui.card import STATUS_WORDS
from unspin.gui.theme import status_colour

ALL = "All"


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

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(["Original", "Suggested", "Conf.", "Status"])
        self.tree.setAccessibleName("Suggestions")
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _col: self.activated.emit(item.data(0, Qt.UserRole)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        for w in (self.status_filter, self.category_filter):
            w.currentIndexChanged.connect(self.apply_filter)
        self.confidence_filter.valueChanged.connect(self.apply_filter)
        self._items: list[QTreeWidgetItem] = []
        self._document: Document | None = None
        self._quiet = False

    def set_document(self, document: Document | None, dropped: set[int] = frozenset()) -> None:
        self._quiet = True
        self.tree.clear()
        self._items = []
        self._document = document
        categories = sorted({s.category for s in document}) if document else []
        keep = self.category_filter.currentText()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(ALL, None)
        for c in categories:
            self.category_filter.addItem(c, c)
        self.category_filter.setCurrentIndex(max(self.category_filter.findText(keep), 0))
        self.category_filter.blockSignals(False)
        for s in document or ():
            item = QTreeWidgetItem([s.original, s.replacement, f"{s.confidence:.0%}", ""])
            item.setData(0, Qt.UserRole, s.id)
            item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
            self._items.append(item)
        self.tree.addTopLevelItems(self._items)
        self._quiet = False
        self.refresh(dropped)
        for col in range(3):
            self.tree.resizeColumnToContents(col)

    def refresh(self, dropped: set[int] = frozenset()) -> None:
        """Update statuses (after decisions) and re-apply the filter."""
        if self._document is None:
            return
        palette = self.palette()
        for s, item in zip(self._document, self._items):
            item.setText(1, s.shown_text() if s.status is Status.EDITED else s.replacement)
            word = "Removed" if s.id in dropped else STATUS_WORDS[s.status]
            item.setText(3, word)
            item.setForeground(3, status_colour(s.status, palette))
        self.apply_filter()

    def apply_filter(self) -> None:
        if self._document is None:
            return
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        minimum = self.confidence_filter.value()
        for s, item in zip(self._document, self._items):
            visible = ((status is None or s.status.value == status) and (category is None or s.category == category)
                       and s.confidence >= minimum - 1e-9)
            item.setHidden(not visible)

    def select(self, sid: int | None) -> None:
        self._quiet = True
        try:
            if sid is None or not (0 <= sid < len(self._items)):
                self.tree.setCurrentItem(None)
            else:
                self.tree.setCurrentItem(self._items[sid])
                self.tree.scrollToItem(self._items[sid])
        finally:
            self._quiet = False

    def _on_current(self, item, _previous) -> None:
        if not self._quiet and item is not None:
            self.selected.emit(item.data(0, Qt.UserRole))
