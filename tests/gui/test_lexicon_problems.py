"""A bad row in the user's lexicon folder is said in the status bar once, with its file and line."""
from __future__ import annotations

from unspin.gui.main_window import engine_for
from unspin.store.settings import Settings, user_lexicon_dir

LEXICON = ("spun\trestored\tpos\twhen\tconfidence\tnote\n"
           "gaffer\tboss\t\t!no_such_condition:x\t0.9\t\n"
           "committee will meet\tcommittee will hold\t\t\t0.9\t\n")


def test_a_bad_lexicon_row_is_said_once_after_the_analysis(make_window, test_engine):
    folder = user_lexicon_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.tsv").write_text(LEXICON, encoding="utf-8")
    settings = Settings(min_confidence=0.0)
    engine = engine_for(settings, nlp=test_engine.nlp)
    window = make_window("The committee will meet the gaffer on Monday.\n", engine=engine, settings=settings)
    said = window.statusBar().currentMessage()
    assert said.startswith("Skipped in your lexicons:")
    assert "mine.tsv:2: unknown condition 'no_such_condition'" in said
    # the good row of the same file is in use
    assert any(s.replacement == "committee will hold" for s in window.review.session.document.suggestions)
    # said once: a second analysis of the same engine does not repeat it
    window.statusBar().clearMessage()
    window._tell_lexicon_problems()
    assert window.statusBar().currentMessage() == ""
