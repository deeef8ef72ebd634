"""Sources: a copy of an original the user has is repaired word for word against it (texts written for the tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.core.model import Suggestion
from unspin.engine.align import align
from unspin.engine.sources import (CONFIDENCE, RULE_PREFIX, Source, SourceLibrary, apply_source,
                                   copy_spin_score)

ORIGINAL = ("The House passed the spending bill on Thursday, and the Senate is expected to vote on it next "
            "week. Leaders said the measure would keep the government open until March. Critics said the "
            "plan cut money for schools and roads.")
# Two spins of the same story, as a synonym spinner makes them: different swaps each time.
COPY_A = ("The Home handed the spending invoice on Thursday, and the Senate is anticipated to vote on it "
          "subsequent week. Leaders mentioned the measure would hold the federal government open till "
          "March. Critics mentioned the plan minimize cash for colleges and roads.")
COPY_B = ("The House passed the spending bill on Thursday, and the Senate is predicted to vote on it next "
          "week. Leaders stated the measure would keep the government open until March. Critics stated the "
          "plan slashed funds for schools and roads.")
OTHER = ("The city library will open a new reading room in the spring, the council announced on Monday. "
         "The room will hold local history books and maps.")


def test_unchanged_stretches_and_substitutions_cover_the_copy():
    al = align(ORIGINAL, COPY_B)
    swaps = {(s.spun, s.original) for s in al.substitutions}
    assert ("predicted", "expected") in swaps and ("stated", "said") in swaps
    for a, b in al.unchanged:
        assert not any(s.spun_start < b and a < s.spun_end for s in al.substitutions)
    assert COPY_B[al.unchanged[0][0]:al.unchanged[0][1]].startswith("The House passed")


def test_a_copy_matches_its_source_and_another_text_does_not():
    lib = SourceLibrary([Source.of("original", ORIGINAL), Source.of("other", OTHER)])
    assert lib.match(COPY_A).name == "original"
    assert lib.match(COPY_B).name == "original"
    assert lib.match("Rain is expected across the region on Friday, forecasters said.") is None
    assert SourceLibrary([]).match(COPY_A) is None


def test_the_source_repairs_and_the_engine_keeps_quiet_where_the_copy_agrees():
    src = Source.of("original", ORIGINAL)
    at = COPY_B.index("keep")
    engine_says = [Suggestion(at, at + 4, "keep", "hold", [], 0.8, "spinner", "news:keep"),   # agrees: dropped
                   Suggestion(COPY_B.index("stated"), COPY_B.index("stated") + 6, "stated", "declared", [], 0.7,
                              "spinner", "news:state")]                                            # source wins
    out = apply_source(COPY_B, engine_says, src)
    assert all(s.rule.startswith(RULE_PREFIX) for s in out)
    assert {(s.original, s.replacement) for s in out} >= {("predicted", "expected"), ("stated", "said"),
                                                         ("slashed", "cut"), ("funds", "money")}
    assert all(s.confidence == CONFIDENCE and s.explanation for s in out)
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert copy_spin_score(out, len(COPY_B.split())) > 0.5


def test_library_loads_files_and_reports_the_unreadable(tmp_path: Path):
    good = tmp_path / "story.txt"
    good.write_text(ORIGINAL, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa broken")
    lib, problems = SourceLibrary.load([good, bad, tmp_path / "missing.txt"])
    assert [s.name for s in lib.sources] == ["story"]
    assert len(problems) == 2 and all("source" in p.message for p in problems)


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


def test_the_engine_repairs_a_copy_of_a_source_completely(nlp, tmp_path: Path):
    from unspin.engine import Engine, EngineSettings
    path = tmp_path / "original.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    engine = Engine(EngineSettings(sources=[path]), nlp=nlp, processes=1)
    for copy in (COPY_A, COPY_B):
        doc = engine.analyse(copy).to_document()
        doc.accept_all(0.5)
        assert " ".join(doc.repaired_text().split()) == " ".join(ORIGINAL.split())
    # a text that is no copy of it gets the engine's usual suggestions
    plain = Engine(EngineSettings(), nlp=nlp, processes=1)
    other = "The council mentioned the invoice would be handed subsequent week."
    assert [s.rule for s in engine.analyse(other).suggestions] == [s.rule for s in plain.analyse(other).suggestions]
