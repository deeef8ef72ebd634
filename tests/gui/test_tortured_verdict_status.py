"""The window's status bar states the paper verdict on tortured phrases, as a screening signal."""
from __future__ import annotations

PAPER = ("We trained a profound learning model and a counterfeit consciousness agent on huge information. "
         "The irregular woodland classifier was compared with the neural organization.\n")


def test_status_bar_shows_the_tortured_verdict(make_window, engine):
    window = make_window(PAPER, tmp_name="paper.txt", engine=engine)  # the bundled lexicons
    text = window.status.score_label.text()
    assert "Tortured phrases: " in text and "high risk" in text and "screening signal" in text
    assert "not proof" in window.status.score_label.toolTip()


def test_status_bar_says_nothing_about_tortured_phrases_in_clean_text(make_window, engine):
    window = make_window("The committee met on Tuesday and approved the budget for the new library.\n",
                         engine=engine)
    assert "Tortured" not in window.status.score_label.text()
