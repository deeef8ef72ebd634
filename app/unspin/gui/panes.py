"""The two text panes: the original (read-only) and the repaired text (a real editor).

Both speak code-point offsets to the rest of the window; the UTF-16 positions Qt uses stay in
here and are converted only through :class:`OffsetMap`.

Highlights are drawn as extra selections for the visible part of the text only (plus a screenful
above and below, so scrolling a little shows no gap): a document with tens of thousands of
suggestions costs the same as a short one. The window gives each pane a *highlight source*,
``source(start, end) -> [(id, start, end, format), ...]`` for a code-point range; the pane asks it
again when it scrolls past what it has, is resized, or is told that the highlights changed.

Find's marks on every match (:meth:`ReviewPane.set_find_marks`) are extra selections too, kept
apart from the suggestions' and drawn over them.

In a document that holds one paragraph a line (a .docx's, an .odt's), each paragraph is followed by
a gap of half a line, as a word processor shows it (QPlainTextEdit ignores a block's margins, so
the gap is added to the height the layout gives a block: the text, its offsets and the lines the
scroll bars count are unchanged). A line break inside a paragraph (a .docx's soft break) has no
gap: the block after it is marked :data:`CONTINUED`, a mark Qt keeps on the block as it is typed in.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit

from unspin.core.common_ends import common_ends
from unspin.core.offsets import OffsetMap
from unspin.core.span_tracking import TextChange, diff_change
from unspin.gui.theme import CURRENT_PROPERTY, FIND_PROPERTY, SID_PROPERTY, find_mark_format

_PARAGRAPH_SEPARATOR = "\u2029"  # how QTextDocument separates blocks in toRawText()

HighlightSource = Callable[[int, int], Iterable[tuple[int, int, int, QTextCharFormat]]]

CONTINUED = 1           # a block's user state: the line break before it is inside a paragraph
PARAGRAPH_GAP = 0.5     # the gap after a paragraph, in lines of the pane's font


class _ParagraphLayout(QPlainTextDocumentLayout):
    """QPlainTextEdit's layout, with ``gap`` pixels below each block that ends a paragraph (every
    block but the last and those a :data:`CONTINUED` block follows). QPlainTextEdit places,
    paints, hit-tests and scrolls blocks by this rectangle, so the gap is blank space that a click
    treats as the end of the paragraph above."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.gap = 0.0

    def blockBoundingRect(self, block):
        rect = super().blockBoundingRect(block)
        if self.gap and rect.height() > 0:
            after = block.next()
            if after.isValid() and after.userState() != CONTINUED:
                rect.setHeight(rect.height() + self.gap)
        return rect


class ReviewPane(QPlainTextEdit):
    """A plain-text pane that shows suggestion highlights and reports clicks on the text."""

    clickedAt = Signal(int)        # code-point offset under a click (not a drag)
    filesDropped = Signal(list)    # local paths dropped on the pane

    def __init__(self, parent=None):
        super().__init__(parent)
        document = QTextDocument(self)
        self._layout = _ParagraphLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self._paragraph_per_line = False
        self._soft: list[int] | None = None   # soft_breaks(), until the text changes
        document.contentsChange.connect(self._forget_soft_breaks)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self._text = ""
        self._map = OffsetMap("")
        self._silent = 0
        self._highlight_source: HighlightSource | None = None
        self._highlighted: tuple[int, int] | None = None   # code-point range the selections cover
        self._held = 0
        self._markers: list[tuple[int, QColor]] = []   # (Qt position, colour) of deleted words
        self._suggestion_selections: list[QTextEdit.ExtraSelection] = []
        self._find_selections: list[QTextEdit.ExtraSelection] = []   # Find's marks on its matches
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- text ----------------------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def _read_document(self) -> str:
        # toPlainText() would turn no-break spaces into spaces; the raw text keeps them.
        return self.document().toRawText().replace(_PARAGRAPH_SEPARATOR, "\n")

    def set_text(self, text: str, soft_breaks: Iterable[int] = ()) -> None:
        """Show ``text``; ``soft_breaks``: offsets of its line breaks that fall inside a paragraph
        (read only when each line is a paragraph, see :meth:`set_paragraph_per_line`)."""
        self._find_selections = []   # on the old text; Find marks the new one when it looks again
        self._silent += 1
        try:
            self.setPlainText(text)
        finally:
            self._silent -= 1
        self._remember(self._read_document())
        if self._paragraph_per_line:
            self._mark_soft_breaks(soft_breaks)
        self.refresh_highlights()

    # -- paragraphs ------------------------------------------------------------------------------
    def set_paragraph_per_line(self, on: bool) -> None:
        """Whether each line of the text shown is a whole paragraph (a .docx's): then a gap follows
        each one. Kept for the texts shown after (set it before :meth:`set_text`)."""
        if on != self._paragraph_per_line:
            self._paragraph_per_line = on
            self._update_gap()

    def paragraph_per_line(self) -> bool:
        return self._paragraph_per_line

    def _forget_soft_breaks(self, *_change) -> None:
        self._soft = None

    def _mark_soft_breaks(self, offsets: Iterable[int]) -> None:
        self._soft = None
        document = self.document()
        text = self._text
        for offset in offsets:
            if 0 <= offset < len(text) and text[offset] == "\n":
                block = document.findBlock(self.to_qt(offset + 1))
                if block.isValid() and block.position() == self.to_qt(offset + 1):
                    block.setUserState(CONTINUED)
        self._relayout()

    def soft_breaks(self) -> list[int]:
        """Offsets (code points) of the line breaks inside a paragraph, where each line is a
        paragraph ([] otherwise): the marks follow typing, as Qt keeps them on their blocks."""
        if not self._paragraph_per_line:
            return []
        if self._soft is None:   # Find asks at every look: the blocks are walked once per text
            out = []
            block = self.document().firstBlock().next()
            while block.isValid():
                if block.userState() == CONTINUED:
                    out.append(self.from_qt(block.position() - 1))
                block = block.next()
            self._soft = out
        return list(self._soft)

    def paragraph_gap(self) -> float:
        """Pixels of blank space after each paragraph (0 unless each line is a paragraph)."""
        return self._layout.gap

    def _update_gap(self) -> None:
        gap = round(QFontMetricsF(self.font()).lineSpacing() * PARAGRAPH_GAP) if self._paragraph_per_line else 0
        if gap != self._layout.gap:
            self._layout.gap = gap
            self._relayout()

    def _relayout(self) -> None:
        # The blocks' heights changed, not the text: the scroll bars and the view are redone.
        self._layout.documentSizeChanged.emit(self._layout.documentSize())
        self.viewport().update()
        if not self._held and not self._visible_is_highlighted():
            self.refresh_highlights()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._update_gap()   # zoom: the gap is half a line of the new font

    def _remember(self, text: str) -> None:
        self._text = text
        self._map = OffsetMap(text)

    def to_qt(self, offset: int) -> int:
        return self._map.to_utf16(offset)

    def from_qt(self, position: int) -> int:
        return self._map.from_utf16(position)

    def cursor_for(self, start: int, end: int | None = None) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        if end is not None:
            cursor.setPosition(self.to_qt(end), QTextCursor.KeepAnchor)
        return cursor

    def replace_silently(self, start: int, end: int, new: str) -> None:
        """Replace text without reporting it as typing (the caller tracks the spans)."""
        cursor = self.cursor_for(start, end)
        self._silent += 1
        try:
            cursor.insertText(new)
        finally:
            self._silent -= 1
        self._text = self._text[:start] + new + self._text[end:]
        self._map = self._map.replaced(start, end, new)  # no rescan of the whole text per edit

    def keep_view(self):
        """Context manager: the scroll position and the typing cursor (as a code-point offset
        moved by ``mapper``) stay put across a big edit."""
        return _KeptView(self)

    # -- highlights ----------------------------------------------------------------------------
    def set_highlight_source(self, source: HighlightSource | None) -> None:
        self._highlight_source = source
        self.refresh_highlights()

    @contextmanager
    def highlights_held(self):
        """Scroll and move freely inside; the highlights are refreshed once, on leaving."""
        self.hold_highlights()
        try:
            yield
        finally:
            self.release_highlights()

    def hold_highlights(self) -> None:
        """Like entering :meth:`highlights_held`, for a hold that spans event-loop turns (a batch
        in slices); every hold needs its :meth:`release_highlights`."""
        self._held += 1

    def release_highlights(self, refresh: bool = True) -> None:
        self._held = max(self._held - 1, 0)
        if not self._held and refresh:
            self.refresh_highlights()

    def refresh_highlights(self) -> None:
        """Ask the source again for the highlights around the visible text (after a change)."""
        if self._held:
            return
        if self._highlight_source is None:
            self._highlighted = None
            self.set_highlights([])
            return
        start, end = self.highlight_range()
        self._highlighted = (start, end)
        self.set_highlights(self._highlight_source(start, end))

    def highlight_range(self) -> tuple[int, int]:
        """Code-point range to highlight: the visible text and a screenful either side of it."""
        rect = self.viewport().rect()
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(QPoint(rect.right(), rect.bottom())).position()
        margin = max(bottom - top, 2000)
        length = self._map.length
        return (max(self.from_qt(top) - margin, 0), min(self.from_qt(bottom) + margin, length))

    def _visible_is_highlighted(self) -> bool:
        if self._highlighted is None:
            return self._highlight_source is None
        rect = self.viewport().rect()
        top = self.from_qt(self.cursorForPosition(QPoint(0, 0)).position())
        bottom = self.from_qt(self.cursorForPosition(QPoint(rect.right(), rect.bottom())).position())
        start, end = self._highlighted
        return (start <= top or start == 0) and (bottom <= end or end >= self._map.length)

    def _on_scrolled(self, _value: int) -> None:
        if not self._held and not self._visible_is_highlighted():
            self.refresh_highlights()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not self._held and not self._visible_is_highlighted():
            self.refresh_highlights()

    def set_highlights(self, items: Iterable[tuple[int, int, int, QTextCharFormat]]) -> None:
        """items: (suggestion id, start, end, format) in code points."""
        selections = []
        markers = []
        document = self.document()
        to_qt = self._map.to_utf16
        for sid, start, end, fmt in items:
            if end <= start:
                # Words edited to nothing: a thin bar where they were (see paintEvent).
                colour = QColor(fmt.background().color() if fmt.property(CURRENT_PROPERTY) else fmt.underlineColor())
                colour.setAlpha(255)
                markers.append((to_qt(start), colour))
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat(fmt)   # the caller may share one format between suggestions
            fmt.setProperty(SID_PROPERTY, sid)
            sel.format = fmt
            selections.append(sel)
        self._suggestion_selections = selections
        self._show_selections()
        if markers or self._markers:
            self._markers = markers
            self.viewport().update()

    def set_find_marks(self, spans: Iterable[tuple[int, int]], fmt: QTextCharFormat | None = None) -> None:
        """Mark Find's matches, (start, end) in code points, with ``fmt``; no spans clears them.
        Qt's cursors in the selections follow typing, so the marks stay on their words."""
        if not spans and not self._find_selections:
            return
        marks = []
        document = self.document()
        to_qt = self._map.to_utf16
        fmt = fmt if fmt is not None else find_mark_format(self.palette())
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            marks.append(sel)
        self._find_selections = marks
        self._show_selections()

    def find_marks(self) -> list[tuple[int, int]]:
        """(start, end) in code points of Find's marks (for tests)."""
        return [(self.from_qt(sel.cursor.selectionStart()), self.from_qt(sel.cursor.selectionEnd()))
                for sel in self._find_selections]

    def _show_selections(self) -> None:
        # Find's marks after the suggestions: drawn over them, so a match inside a highlight shows.
        self.setExtraSelections(self._suggestion_selections + self._find_selections)

    def deletion_markers(self) -> list[QRect]:
        """Viewport rectangles of the bars marking words edited to nothing."""
        out = []
        for pos, _colour in self._markers:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(pos, self.document().characterCount() - 1))
            r = self.cursorRect(cursor)
            out.append(QRect(r.left() - 3, r.top(), 3, r.height()))   # in the space, clear of the next letter
        return out

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._markers:
            return
        painter = QPainter(self.viewport())
        for rect, (_pos, colour) in zip(self.deletion_markers(), self._markers):
            if rect.intersects(event.rect()):
                painter.fillRect(rect, colour)
        painter.end()

    def highlight_at(self, offset: int) -> QTextCharFormat | None:
        """The highlight format covering a code-point offset (for tests and tooltips)."""
        pos = self.to_qt(offset)
        selections = self.extraSelections()  # keep the list alive while reading its items
        for sel in selections:
            cursor = sel.cursor
            if sel.format.property(FIND_PROPERTY):
                continue   # Find's mark, not a suggestion's highlight
            if cursor.selectionStart() <= pos < cursor.selectionEnd():
                return QTextCharFormat(sel.format)  # a copy that outlives the list
        return None

    # -- geometry ------------------------------------------------------------------------------
    def span_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle around a span (first line of it, for placing the card)."""
        first = self.cursorRect(self.cursor_for(start))
        last = self.cursorRect(self.cursor_for(max(start, end)))
        if last.top() == first.top():
            return QRect(first.topLeft(), QPoint(last.right(), first.bottom()))
        return first.adjusted(0, 0, 40, 0)

    def offset_at(self, point: QPoint) -> int:
        return self.from_qt(self.cursorForPosition(point).position())

    def visible_range(self) -> tuple[int, int]:
        """Code-point range of the text visible in the viewport."""
        top = self.cursorForPosition(QPoint(0, 0)).block().position()
        rect = self.viewport().rect()
        bottom_block = self.cursorForPosition(QPoint(rect.right(), rect.bottom())).block()
        bottom = bottom_block.position() + bottom_block.length()
        return self.from_qt(top), self.from_qt(min(bottom, self.document().characterCount() - 1))

    # -- events --------------------------------------------------------------------------------
    def mousePressEvent(self, event):
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        press = getattr(self, "_press", None)
        point = event.position().toPoint()
        if event.button() == Qt.LeftButton and press is not None \
                and (point - press).manhattanLength() < 4 and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.offset_at(point))

    def _local_files(self, mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event):
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):
        files = self._local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            super().dropEvent(event)


class _KeptView:
    """See :meth:`ReviewPane.keep_view`; set ``mapper`` (old offset -> new offset) before leaving."""

    def __init__(self, pane: ReviewPane):
        self.pane = pane
        self.mapper: Callable[[int], int] | None = None

    def __enter__(self):
        pane = self.pane
        self.values = (pane.verticalScrollBar().value(), pane.horizontalScrollBar().value())
        cursor = pane.textCursor()
        self.cursor = (pane.from_qt(cursor.anchor()), pane.from_qt(cursor.position()))
        return self

    def __exit__(self, *exc):
        pane = self.pane
        if exc[0] is None and self.mapper is not None:
            anchor, position = (self.mapper(o) for o in self.cursor)
            cursor = QTextCursor(pane.document())
            cursor.setPosition(pane.to_qt(min(anchor, pane._map.length)))
            cursor.setPosition(pane.to_qt(min(position, pane._map.length)), QTextCursor.KeepAnchor)
            pane.setTextCursor(cursor)
        pane.verticalScrollBar().setValue(self.values[0])
        pane.horizontalScrollBar().setValue(self.values[1])
        return False


class OriginalPane(ReviewPane):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setAccessibleName("Original text")


class RepairedPane(ReviewPane):
    """The editable repaired text. Typing is reported as a :class:`TextChange`; undo and redo
    keys go to the window's single history instead of the editor's own."""

    typed = Signal(object)          # TextChange, already applied to the pane
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Repaired text")
        self.setUndoRedoEnabled(False)  # one history for typing and decisions: the window's
        self.document().contentsChange.connect(self._on_contents_change)
        self.history_actions: tuple = ()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Qt says what changed (UTF-16 position, units removed, units added): read only the
        added part, not the whole text, so a keystroke costs the same in any document size."""
        if self._silent:
            return
        change = self._change_at(position, removed, added)
        if change is None:
            # Qt's report did not add up (it can widen or merge ranges): compare whole texts.
            new = self._read_document()
            change = diff_change(self._text, new, hint=OffsetMap(new).from_utf16(position))
            self._remember(new)
        else:
            self._text = self._text[:change.pos] + change.added + self._text[change.end:]
            self._map = self._map.replaced(change.pos, change.end, change.added)
        if change is not None:
            self.typed.emit(change)

    def _change_at(self, position: int, removed: int, added: int) -> TextChange | None:
        old_units = self._map.to_utf16(len(self._text))
        if self.document().characterCount() - 1 != old_units - removed + added or position + removed > old_units:
            return None
        start = self._map.from_utf16(position)
        end = self._map.from_utf16(position + removed)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.KeepAnchor)
        typed = cursor.selectedText().replace(_PARAGRAPH_SEPARATOR, "\n")
        gone = self._text[start:end]
        # Qt may report a wider range than the edit (a whole block): keep only what differs.
        k, j = common_ends(gone, typed)
        if not gone and not typed:
            return None
        change = TextChange(start + k, gone[k:len(gone) - j], typed[k:len(typed) - j])
        if not change.removed and not change.added:
            return None
        return change

    def keyPressEvent(self, event):
        # The editor claims Ctrl+Z for its own (disabled) history; hand it to the window.
        if event.matches(QKeySequence.Undo):
            self.undoRequested.emit()
            return
        if event.matches(QKeySequence.Redo):
            self.redoRequested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event):
        menu: QMenu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        # Replace the editor's own undo/redo entries with the window's.
        for action in list(menu.actions())[:2]:
            if action.text().replace("&", "").lower().startswith(("undo", "redo")):
                menu.removeAction(action)
        if self.history_actions:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, list(self.history_actions))
        menu.exec(event.globalPos())
        menu.deleteLater()
