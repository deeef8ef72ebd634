"""`unspin learn ORIGINAL SPUN`: learn a farm's swaps into a user lexicon (texts written for the tests)."""
from __future__ import annotations

import pytest

from unspin.cli import main

ORIGINAL = """The city council approved the budget on Tuesday after a long debate.

The mayor said the plan would fund new buses and repair old bridges. Critics said the costs were too high.

Residents will vote on the transit tax in November, the clerk said.
"""
SPUN = """The city council greenlit the budget on Tuesday after a prolonged debate.

The mayor mentioned the plan would fund new coaches and mend old bridges. Critics mentioned the costs were too high.

Residents will vote on the transit levy in November, the clerk mentioned.
"""
# Another article from the same farm: the same swaps, in other sentences.
NEXT_COPY = """The school board greenlit a new contract for teachers on Monday.

The superintendent mentioned the levy would pay for coaches and for crews to mend roofs.
"""


@pytest.fixture
def pair(tmp_path):
    original, spun = tmp_path / "original.txt", tmp_path / "spun copy.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    spun.write_text(SPUN, encoding="utf-8")
    return original, spun


@pytest.mark.slow
def test_learn_writes_a_user_lexicon_that_repairs_the_next_copy(pair, tmp_path, monkeypatch, capsys):
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    original, spun = pair
    assert main(["learn", str(original), str(spun)]) == 0
    out = capsys.readouterr().out
    lexicon = config / "lexicons" / "learned-spun-copy.tsv"
    assert lexicon.is_file()
    assert f"wrote {lexicon}" in out
    assert "'mention' -> 'say' (3)" in out          # by lemma, with its count
    assert "greenlit" in out and "levy" in out
    text = lexicon.read_text(encoding="utf-8")
    assert "The mayor" not in text and "bridges" not in text   # mappings only, never sentences

    nxt = tmp_path / "next.txt"
    nxt.write_text(NEXT_COPY, encoding="utf-8")
    fixed = tmp_path / "fixed.txt"
    assert main(["repair", str(nxt), "-o", str(fixed)]) == 0
    repaired = fixed.read_text(encoding="utf-8")
    assert "board approved a new contract" in repaired
    assert "superintendent said the tax would pay for buses" in repaired
    assert "to repair roofs" in repaired


@pytest.mark.slow
def test_learn_to_a_named_file(pair, tmp_path, capsys):
    original, spun = pair
    target = tmp_path / "farm.tsv"
    assert main(["learn", str(original), str(spun), "-o", str(target)]) == 0
    assert target.is_file()
    assert "--lexicon" in capsys.readouterr().out
    from unspin.engine.lexicon import load_lexicon_file
    entries, problems = load_lexicon_file(target)
    assert not problems
    assert {(" ".join(e.spun), e.restored[0]) for e in entries} >= {("mention", "say"), ("levy", "tax")}


def test_identical_files_are_a_usage_error(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text(ORIGINAL, encoding="utf-8")
    assert main(["learn", str(a), str(a)]) == 2
    assert "nothing to learn" in capsys.readouterr().err


def test_missing_file_is_one_clear_line(pair, tmp_path, capsys):
    original, _ = pair
    assert main(["learn", str(original), str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0]


def test_lexicon_must_be_a_tsv(pair, tmp_path, capsys):
    original, spun = pair
    assert main(["learn", str(original), str(spun), "-o", str(tmp_path / "out.csv")]) == 2
    assert ".tsv" in capsys.readouterr().err


# Another spin of the SAME story: other swaps than the learned copy made.
RESPUN = """The city council authorized the budget on Tuesday after a lengthy debate.

The mayor stated the plan would fund new buses and fix old bridges. Critics stated the costs were too high.

Residents will vote on the transit tax in November, the clerk stated.
"""


@pytest.mark.slow
def test_learn_keeps_the_original_and_another_spin_of_the_story_is_repaired_against_it(pair, tmp_path, monkeypatch,
                                                                                       capsys):
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    original, spun = pair
    assert main(["learn", str(original), str(spun)]) == 0
    kept = config / "sources" / "original.txt"
    assert kept.read_text(encoding="utf-8") == ORIGINAL
    assert f"kept the original as a source: {kept}" in capsys.readouterr().out
    other = tmp_path / "respun.txt"
    other.write_text(RESPUN, encoding="utf-8")
    fixed = tmp_path / "fixed.txt"
    assert main(["repair", str(other), "-o", str(fixed)]) == 0
    assert fixed.read_text(encoding="utf-8") == ORIGINAL   # every swap undone, nothing else touched


@pytest.mark.slow
def test_learn_no_source_and_repair_with_a_named_source(pair, tmp_path, monkeypatch, capsys):
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    original, spun = pair
    assert main(["learn", str(original), str(spun), "--no-source"]) == 0
    assert not (config / "sources").exists()
    assert "kept the original" not in capsys.readouterr().out
    other = tmp_path / "respun.txt"
    other.write_text(RESPUN, encoding="utf-8")
    fixed = tmp_path / "fixed.txt"
    assert main(["repair", str(other), "--source", str(original), "-o", str(fixed)]) == 0
    assert fixed.read_text(encoding="utf-8") == ORIGINAL
    assert main(["check", str(other), "--source", str(tmp_path / "missing.txt")]) == 1
    capsys.readouterr()
    assert main(["check", str(other), "--source", str(original), "--json"]) == 0
    import json
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "original" and data["spin_score"] > 0.5
    assert {(s["original"], s["replacement"]) for s in data["suggestions"]} >= {("authorized", "approved"),
                                                                                 ("stated", "said")}
