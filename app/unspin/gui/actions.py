"""The window's actions with their shortcuts, and the menus that hold them.

Every command is an action with a keyboard shortcut, so everything is reachable from the
keyboard and listed in the menus.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

K = QKeySequence


def unique_sequences(keys) -> list[QKeySequence]:
    """The key sequences of an action, each once. A standard key (QKeySequence.StandardKey) is the
    platform's main binding for it, which may be the same as a sequence written out beside it (Save
    As is Ctrl+Shift+S on X11): an action that holds one sequence twice makes Qt report an
    "ambiguous shortcut overload" on every press and run nothing."""
    seqs = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
    unique: dict[str, QKeySequence] = {}
    for s in seqs:
        if not s.isEmpty():
            unique.setdefault(s.toString(QKeySequence.PortableText), s)
    return list(unique.values())


class Actions:
    def __init__(self, window: QMainWindow):
        def make(text: str, *keys, tip: str = "") -> QAction:
            action = QAction(text, window)
            seqs = unique_sequences(keys)
            if seqs:
                action.setShortcuts(seqs)
            if tip:
                action.setStatusTip(tip)
            shortcut_text = ", ".join(s.toString(QKeySequence.NativeText) for s in seqs)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut_text})" if shortcut_text
                              else text.replace("&", ""))
            window.addAction(action)  # shortcuts work wherever the focus is in the window
            return action

        # File
        self.open = make("&Open…", K.Open, tip="Open a document to review")
        self.save = make("&Save", K.Save, tip="Save the repaired text")
        self.save_as = make("Save &As…", K.SaveAs, "Ctrl+Shift+S", tip="Save the repaired text under a new name")
        self.reanalyse = make("Analyse &Again", "F5", tip="Analyse the original text again with the current settings")
        self.stop = make("S&top Analysis", "Ctrl+.", tip="Stop the analysis in progress")
        self.preferences = make("&Preferences…", K.Preferences, "Ctrl+,", tip="Rules, confidence, font")
        self.quit = make("&Quit", K.Quit, "Ctrl+Q")
        # Edit
        self.undo = make("&Undo", K.Undo, tip="Undo the last decision or typing")
        self.redo = make("&Redo", K.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.find = make("&Find…", K.Find, "Ctrl+F", tip="Find words in the pane with the focus")
        self.find_next = make("Find &Next", K.FindNext, "F3")
        self.find_previous = make("Find Pre&vious", K.FindPrevious, "Shift+F3")
        # Review
        self.next = make("&Next Suggestion", "Alt+Down", "F8")
        self.previous = make("&Previous Suggestion", "Alt+Up", "Shift+F8")
        self.show_card = make("Show Suggestion &Card", "Alt+Return", tip="Show the card of the current suggestion")
        self.accept = make("&Accept", "Alt+A", tip="Use the suggested words")
        self.accept_next = make("Accept and &Go to Next", "Ctrl+Return")
        self.edit = make("&Edit Replacement…", "F2", tip="Type your own words for this suggestion")
        self.ignore = make("&Ignore", "Alt+I", tip="Keep the original words here")
        self.accept_like = make("Accept All &Like This", "Alt+Shift+A")
        self.ignore_like = make("Ignore All Li&ke This", "Alt+Shift+I")
        self.turn_off_rule = make("&Turn Off This Rule", "Alt+Shift+R",
                                  tip="Ignore this rule here and in every document (Preferences turns it on)")
        self.accept_above = make("Accept All &Above Confidence…", "Ctrl+Shift+A")
        # View
        self.zoom_in = make("Zoom &In", K.ZoomIn, "Ctrl+=")
        self.zoom_out = make("Zoom &Out", K.ZoomOut)
        self.zoom_reset = make("&Reset Zoom", "Ctrl+0")
        self.focus_original = make("Go to &Original Pane", "Ctrl+1")
        self.focus_repaired = make("Go to &Repaired Pane", "Ctrl+2")
        self.focus_list = make("Go to Suggestion &List", "Ctrl+3")
        self.sync_scroll = make("&Synchronised Scrolling", "Ctrl+Shift+Y")
        self.sync_scroll.setCheckable(True)
        self.sync_scroll.setChecked(True)
        # Help
        self.about = make("&About Unspin", "F1")

        self.review_actions = [self.next, self.previous, self.show_card, self.accept, self.accept_next,
                               self.edit, self.ignore, self.accept_like, self.ignore_like,
                               self.turn_off_rule, self.accept_above]

    def build_menus(self, window: QMainWindow, recent: QMenu, list_toggle: QAction) -> None:
        bar = window.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.open])
        file.addMenu(recent)
        file.addActions([self.save, self.save_as])
        file.addSeparator()
        file.addActions([self.reanalyse, self.stop])
        file.addSeparator()
        file.addActions([self.preferences])
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.find_next, self.find_previous])
        review = bar.addMenu("&Review")
        review.addActions([self.next, self.previous, self.show_card])
        review.addSeparator()
        review.addActions([self.accept, self.accept_next, self.edit, self.ignore])
        review.addSeparator()
        review.addActions([self.accept_like, self.ignore_like, self.turn_off_rule])
        review.addSeparator()
        review.addAction(self.accept_above)
        view = bar.addMenu("&View")
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        view.addActions([self.focus_original, self.focus_repaired, self.focus_list, list_toggle, self.sync_scroll])
        help_ = bar.addMenu("&Help")
        help_.addAction(self.about)
