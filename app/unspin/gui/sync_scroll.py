"""Synchronised scrolling of the two panes, paragraph by paragraph (after ReText's approach).

The top visible line of the scrolled pane is expressed as (paragraph, fraction of the way
through it); the same paragraph of the other pane is found through the suggestion spans (which
stay correct when the user adds or removes paragraphs) and scrolled to the same fraction. With
word wrap a paragraph may take a different number of lines on each side, so mapping whole
paragraphs plus a fraction keeps long paragraphs aligned where a line-for-line map would drift.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from unspin.gui.panes import ReviewPane
from unspin.core.span_tracking import Span, map_offset


class ScrollSync(QObject):
    def __init__(self, left: ReviewPane, right: ReviewPane,
                 spans: Callable[[], tuple[list[Span], list[Span]]], parent=None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.spans = spans           # () -> (left spans, right spans), read at scroll time
        self.enabled = True
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(left, right))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(right, left))

    def follow(self, source: ReviewPane, target: ReviewPane) -> None:
        if self._busy or not self.enabled:
            return
        self._busy = True
        try:
            self._follow(source, target)
        finally:
            self._busy = False

    def _follow(self, source: ReviewPane, target: ReviewPane) -> None:
        sbar, tbar = source.verticalScrollBar(), target.verticalScrollBar()
        if sbar.value() >= sbar.maximum() > 0:
            tbar.setValue(tbar.maximum())  # keep the ends together
            return
        sdoc, tdoc = source.document(), target.document()
        line = sbar.value()
        block = sdoc.findBlockByLineNumber(line)
        if not block.isValid():
            return
        lines = max(block.lineCount(), 1)
        fraction = (line - block.firstLineNumber()) / lines
        left_spans, right_spans = self.spans()
        from_spans, to_spans = (left_spans, right_spans) if source is self.left else (right_spans, left_spans)
        offset = map_offset(source.from_qt(block.position()), from_spans, to_spans)
        tblock = tdoc.findBlock(target.to_qt(offset))
        if not tblock.isValid():
            return
        tbar.setValue(tblock.firstLineNumber() + round(fraction * max(tblock.lineCount(), 1)))
