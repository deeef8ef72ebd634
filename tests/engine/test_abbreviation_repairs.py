"""Spun abbreviations: the sentence's full stop survives, and figures before them stay figures."""


def _repair(engine, text):
    doc = engine.analyse(text).to_document()
    doc.accept_all(0.5)
    return doc.repaired_text()


def test_an_abbreviation_ending_a_sentence_keeps_the_full_stop(engine):
    out = _repair(engine, "Sales rose 12 p.c. Officers mentioned a go to to the plant.")
    assert out.startswith("Sales rose 12 percent. ")


def test_an_abbreviation_inside_a_sentence_gets_no_extra_stop(engine):
    out = _repair(engine, "Costs rose 4 p.c. in May and 3 p.c. in June, officers mentioned.")
    assert "4 percent in May and 3 percent in June" in out


def test_a_figure_before_a_spun_percent_stays_a_figure(engine):
    for spun in ("or 8 p.c of its staff", "or 8 pct of its staff", "or 8 per cent of its staff"):
        out = _repair(engine, f"The firm will cut 1,200 jobs, {spun}, after a go to by auditors.")
        assert " 8 " in out and "eight" not in out, out
