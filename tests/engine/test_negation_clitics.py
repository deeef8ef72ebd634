"""A verb written with a contracted negation ("isn't", "wouldn't") is one word on the page, though the
tagger splits off "n't": a swap that ends at the verb must keep that verb last, or the repair is
written "it'sn't".
"""
from __future__ import annotations

from engine_fixtures import shown_repair as repaired


# A heavily spun paragraph of our own: its spin lets the observed swap "it is" -> "it's" through.
SPUN_PARAGRAPH = (
    "The Home voted on Tuesday to cross a stopgap invoice that might fund the federal government by way of early "
    "subsequent 12 months, officers mentioned, sending the measure to the Senate forward of a Friday deadline. "
    "Lawmakers within the decrease chamber authorized the laws 230 to 201, with dozens of Republicans becoming a "
    "member of Democrats in assist. The White Home mentioned the president would signal it. \"This is a superb "
    "step, however it isn't the tip,\" the bulk chief instructed reporters, including that talks on a full-year "
    "finances would proceed. Analysts mentioned the vote exhibits how troublesome it's for the celebration to "
    "unite, and warned that one other shutdown struggle is probably going within the spring.")


def test_the_restorer_leaves_the_verb_of_a_contracted_negation(engine):
    fixed = repaired(engine, SPUN_PARAGRAPH)
    assert "'sn't" not in fixed
    assert "but it isn't the tip" in fixed
    assert fixed.startswith("The House voted on Tuesday to pass a stopgap bill")


def test_a_lexicon_entry_must_keep_the_negated_verb_last(tmp_path, engine):
    from unspin.engine import Engine, EngineSettings
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n"
                       "the corporate is\tthe company's\t\t\t0.95\t\n"
                       "the corporate was\tthe company was\t\t\t0.95\t\n", encoding="utf-8")
    eng = Engine(EngineSettings(user_lexicons=[lexicon]), nlp=engine.matcher.nlp, processes=1)
    text = "They said the corporate isn't listed, but the corporate wasn't sold."
    found = {(text[s.start:s.end], s.replacement) for s in eng.analyse(text).suggestions
             if s.rule.startswith("mine:")}
    assert ("the corporate is", "the company's") not in found
    assert ("the corporate was", "the company was") in found
