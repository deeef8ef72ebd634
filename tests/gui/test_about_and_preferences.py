"""What the About box and Preferences tell a user (helper gui48)."""
from __future__ import annotations

import pytest

from unspin.resources_path import resource


@pytest.mark.parametrize("parts, names", [
    (("tortured", "synonyms.tsv"), ["WordNet 3.0", "Princeton University"]),
    (("tortured", "synonyms_roget.tsv"), ["Roget's Thesaurus", "Project Gutenberg"]),
    (("vectors", "glove50.npy"), ["GloVe", "Pennington", "PDDL"]),
])
def test_the_about_box_credits_every_bundled_data_set_not_only_the_lexicons(parts, names):
    # Before, "Data sources" listed only the lexicons' headers: WordNet (whose licence asks for its
    # notice), Roget's Thesaurus and the GloVe vectors were used on every analysis and never named.
    from unspin.gui.about import about_html
    assert resource(*parts).is_file()
    text = about_html().replace("&#x27;", "'")
    for name in names:
        assert name in text


def test_the_about_box_names_the_language_models_read_from_installed_packages():
    from unspin.gui.about import about_html
    text = about_html()
    assert "CMU Sphinx" in text and "symspellpy" in text
    assert "SmolLM2" in text and "Apache 2.0" in text and "llama.cpp" in text


def test_the_neural_second_opinion_is_a_preference_the_engine_follows(qtbot, make_window):
    from unspin.engine.visibility import engine_settings
    from unspin.gui.preferences import PreferencesDialog
    from unspin.store.settings import Settings
    w = make_window()
    dialog = PreferencesDialog(Settings(), [], w)
    qtbot.addWidget(dialog)
    assert dialog.neural.isChecked()
    assert "5,000 words" in dialog.neural.toolTip()
    dialog.neural.setChecked(False)
    dialog.accept()
    assert dialog.result_settings.neural is False
    assert engine_settings(dialog.result_settings).neural is False
    assert engine_settings(Settings()).neural is True


def test_the_threshold_says_what_happens_below_it(qtbot, make_window):
    # Before, its tooltip said "Suggestions below this confidence are not shown", yet the window
    # offers them down to half the threshold (quieter, the original words kept until accepted).
    from unspin.engine.visibility import TENTATIVE_SHARE
    from unspin.gui.preferences import PreferencesDialog
    from unspin.store.settings import Settings
    w = make_window("City officers mentioned the nation's plan.\n", settings=Settings(min_confidence=0.8))
    dialog = PreferencesDialog(w.settings, [], w)
    qtbot.addWidget(dialog)
    tip = dialog.threshold.toolTip()
    assert "not shown" not in tip.split(".")[0]
    assert TENTATIVE_SHARE == 0.5 and "half" in tip and "dotted underline" in tip
    # and the window does offer one below the threshold, as the tooltip says
    tentative = [s for s in w.review.session.document if s.tentative]
    assert tentative and all(0.4 <= s.confidence < 0.8 for s in tentative)
    # the note under the lists names the threshold among what waits for the next analysis
    from PySide6.QtWidgets import QLabel
    assert any("threshold" in label.text() and "F5" in label.text() for label in dialog.findChildren(QLabel))


def test_preferences_give_the_long_rule_group_list_the_room(qtbot, make_window):
    # The rule-group list (dozens of groups) showed six rows while the two empty lists below it
    # took twice the room (helper gui48).
    from unspin.gui.preferences import PreferencesDialog, available_groups
    w = make_window()
    groups = available_groups()
    assert len(groups) > 12
    dialog = PreferencesDialog(w.settings, groups, w)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = dialog.groups.viewport().height() // dialog.groups.sizeHintForRow(0)
    assert dialog.groups.height() > dialog.rules.height() and dialog.groups.height() > dialog.thesauri.height()
    assert rows >= 10
