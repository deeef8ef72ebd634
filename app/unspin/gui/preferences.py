"""The Preferences dialog: rule groups, the default confidence threshold, whether quotations are
repaired, the font, and the rules the user turned off (with a way to turn them back on). It edits a
copy of Settings; the window saves it when the dialog is accepted."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFontComboBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout)

from unspin.store.settings import Settings


def available_groups() -> list[str]:
    """Rule groups of the bundled and user lexicons (read from their headers)."""
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicons
    from unspin.store.settings import user_lexicon_paths
    entries, _ = load_lexicons(bundled_lexicon_paths() + user_lexicon_paths())
    return sorted({e.group for e in entries})


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, groups: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.result_settings = replace(settings, disabled_rules=list(settings.disabled_rules),
                                       disabled_groups=list(settings.disabled_groups))

        self.groups = QListWidget()
        self.groups.setAccessibleName("Rule groups")
        for g in sorted(set(groups) | set(settings.disabled_groups)):
            item = QListWidgetItem(g)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if g in settings.disabled_groups else Qt.Checked)
            self.groups.addItem(item)
        groups_box = QGroupBox("Rule &groups (checked ones are used)")
        QVBoxLayout(groups_box).addWidget(self.groups)

        self.rules = QListWidget()
        self.rules.setAccessibleName("Rules turned off")
        self.rules.addItems(sorted(settings.disabled_rules))
        self.enable_rule = QPushButton("Turn &On Again")
        self.enable_rule.clicked.connect(self._enable_selected)
        self.enable_rule.setEnabled(self.rules.count() > 0)
        rules_box = QGroupBox("&Rules you turned off")
        rl = QVBoxLayout(rules_box)
        rl.addWidget(self.rules)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.enable_rule)
        rl.addLayout(row)
        if not settings.disabled_rules:
            none = QLabel("None. Use “Turn off this rule” on a suggestion card.")
            none.setWordWrap(True)   # two lines in its half of the dialog: room kept for them
            none.setMinimumHeight(2 * none.fontMetrics().lineSpacing() + 4)
            rl.insertWidget(0, none)

        # Spinner synonym files: copied into the settings folder's thesauri/ (see unspin.store.settings).
        self.thesauri = QListWidget()
        self.thesauri.setAccessibleName("Imported thesauri")
        add_th, self.remove_thesaurus = QPushButton("&Add Thesaurus…"), QPushButton("Re&move")
        add_th.clicked.connect(self._add_thesaurus)
        self.remove_thesaurus.clicked.connect(self._remove_thesaurus)
        thesauri_box = QGroupBox("Spinner &thesauri (head|alt|alt or {a|b|c} lines)")
        tl = QVBoxLayout(thesauri_box)
        tl.addWidget(self.thesauri)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add_th)
        row.addWidget(self.remove_thesaurus)
        tl.addLayout(row)
        self._list_thesauri()

        self.threshold = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2)
        self.threshold.setValue(settings.min_confidence)
        # What the threshold does in the window (engine.visibility): it does not hide everything below it.
        self.threshold.setToolTip("Suggestions at or above this confidence are applied in the repaired text "
                                  "until you decide. Those below it, down to half of it, are still offered "
                                  "quietly (a dotted underline) and keep the original words until you accept "
                                  "them; lower ones are not shown. The command line uses the same threshold.")
        self.font_family = QFontComboBox()
        if settings.font_family:
            self.font_family.setCurrentFont(QFont(settings.font_family))
        # Only a font the user picks is saved; otherwise the panes keep following the system font.
        self._font_chosen = bool(settings.font_family)
        self.font_family.currentFontChanged.connect(lambda _f: setattr(self, "_font_chosen", True))
        self.font_size = QSpinBox(minimum=0, maximum=72)
        self.font_size.setSpecialValueText("Default")
        self.font_size.setValue(settings.font_size)
        self.protect_quotes = QCheckBox("Leave text in &quotation marks as written")
        self.protect_quotes.setChecked(settings.protect_quotes)
        self.protect_quotes.setToolTip("A spinner rewrites quotations too; check this to keep quoted words "
                                       "exactly as they are in the document")
        self.neural = QCheckBox("Ask a &neural language model about uncertain swaps")
        self.neural.setChecked(settings.neural)
        self.neural.setToolTip("A small language model (SmolLM2, on this computer) reads each uncertain swap of a "
                               "spun page in its sentence and applies the ones it finds far likelier. Slower: "
                               "a few seconds for an article; skipped past 5,000 words")
        form = QFormLayout()
        form.addRow("Default &confidence threshold:", self.threshold)
        form.addRow("", self.protect_quotes)
        form.addRow("", self.neural)
        form.addRow("Text &font:", self.font_family)
        form.addRow("Font &size:", self.font_size)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # The rule groups are the long list (dozens); the two below are often empty: the room goes to
        # it, and they sit side by side, so that the dialog fits a laptop's screen at a large font
        # (stacked, it needed 740 px at 10 pt and 900 at 14 pt, its buttons past the screen's edge).
        layout.addWidget(groups_box, 3)
        short_boxes = QHBoxLayout()
        short_boxes.addWidget(rules_box, 1)
        short_boxes.addWidget(thesauri_box, 1)
        layout.addLayout(short_boxes, 1)
        row = self.groups.sizeHintForRow(0) if self.groups.count() else self.fontMetrics().height() + 2
        self.groups.setMinimumHeight(6 * row + 2 * self.groups.frameWidth())
        for short_list in (self.rules, self.thesauri):
            short_list.setMinimumHeight(2 * row + 2 * short_list.frameWidth())
            short_list.setMaximumHeight(4 * row + 2 * short_list.frameWidth())
        note = QLabel("Changes to the threshold, rules and quotations apply from the next "
                      "analysis (File ▸ Analyse Again, F5).")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        hint = self.sizeHint()   # as tall as it likes, but inside the screen
        self.resize(hint.width(), min(hint.height(), max(screen.height() - 80, self.minimumSizeHint().height())))

    def _list_thesauri(self) -> None:
        from unspin.store.settings import user_thesaurus_paths
        self.thesauri.clear()
        for p in user_thesaurus_paths():
            item = QListWidgetItem(p.name)
            item.setData(Qt.UserRole, str(p))
            self.thesauri.addItem(item)
        self.remove_thesaurus.setEnabled(self.thesauri.count() > 0)

    def _add_thesaurus(self) -> None:
        from pathlib import Path

        from unspin.engine.thesaurus import load_thesaurus_file
        from unspin.store.settings import add_user_thesaurus
        name, _ = QFileDialog.getOpenFileName(self, "Add a Spinner Thesaurus", "", "Text files (*.txt *.dat *.tsv);;All files (*)")
        if not name:
            return
        groups, problems = load_thesaurus_file(Path(name))
        try:
            if not groups:   # the first problem (line 0) says why: unreadable, or no synonym line
                raise ValueError(f"{Path(name).name}: {problems[0].message}")
            add_user_thesaurus(Path(name))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, "Thesaurus not added", str(exc))
            return
        problems = [str(p) for p in problems]
        if problems:
            more = f"\n… and {len(problems) - 5} more" if len(problems) > 5 else ""
            QMessageBox.information(self, "Thesaurus added", f"{len(problems)} line(s) were skipped:\n"
                                    + "\n".join(problems[:5]) + more)
        self._list_thesauri()

    def _remove_thesaurus(self) -> None:
        from pathlib import Path

        from unspin.store.settings import remove_user_thesaurus
        item = self.thesauri.currentItem()
        if item is not None:
            remove_user_thesaurus(Path(item.data(Qt.UserRole)))
            self._list_thesauri()

    def _enable_selected(self) -> None:
        for item in self.rules.selectedItems() or ([self.rules.currentItem()] if self.rules.currentItem() else []):
            self.rules.takeItem(self.rules.row(item))
        self.enable_rule.setEnabled(self.rules.count() > 0)

    def accept(self) -> None:
        s = self.result_settings
        s.min_confidence = round(self.threshold.value(), 2)
        s.disabled_groups = [self.groups.item(i).text() for i in range(self.groups.count())
                             if self.groups.item(i).checkState() != Qt.Checked]
        s.disabled_rules = [self.rules.item(i).text() for i in range(self.rules.count())]
        s.font_family = self.font_family.currentFont().family() if self._font_chosen else ""
        s.font_size = self.font_size.value()
        s.protect_quotes = self.protect_quotes.isChecked()
        s.neural = self.neural.isChecked()
        super().accept()
