"""The command line follows the user's settings: rules and groups turned off in the window."""
from __future__ import annotations

import json

import pytest

from unspin.cli import main


@pytest.mark.slow
def test_rules_turned_off_in_settings_are_off_in_the_cli(tmp_path, monkeypatch, capsys):
    doc = tmp_path / "spun.txt"
    doc.write_text("Officials said a go to to Rome was planned for 2 days in the local weather.\n",
                   encoding="utf-8")
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))

    assert main(["check", str(doc), "--json", "--all"]) == 0
    before = json.loads(capsys.readouterr().out)["suggestions"]
    rule = next(s["rule"] for s in before if s["original"] == "go to")

    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"disabled_rules": [rule]}), encoding="utf-8")
    assert main(["check", str(doc), "--json", "--all"]) == 0
    after = json.loads(capsys.readouterr().out)["suggestions"]
    assert [s for s in after if s["rule"] == rule] == []
    assert len(after) == len(before) - 1


@pytest.mark.slow
def test_quotations_follow_the_setting_and_the_flags(tmp_path, monkeypatch, capsys):
    doc = tmp_path / "spun.txt"
    doc.write_text("“We will make a go to to Rome,” officials said.\n", encoding="utf-8")
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))

    def originals(*flags):
        assert main(["check", str(doc), "--json", "--all", *flags]) == 0
        return [s["original"] for s in json.loads(capsys.readouterr().out)["suggestions"]]

    assert "go to" in originals()                       # repaired by default
    assert "go to" not in originals("--protect-quotes")
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"protect_quotes": True}), encoding="utf-8")
    assert "go to" not in originals()                   # the window's setting
    assert "go to" in originals("--include-quotes")     # the flag wins over the setting


def test_the_neural_second_opinion_follows_the_setting_and_the_flags(tmp_path, monkeypatch):
    """The engine settings the command line builds: on by default, off in settings.json, and each
    flag wins over the setting (the stage itself: tests/engine/test_second_opinion.py)."""
    from unspin import cli

    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    monkeypatch.setattr(cli, "_SETTINGS", None)

    def neural(*flags):
        args = cli.build_parser().parse_args(["check", "x.txt", *flags])
        monkeypatch.setattr(cli, "_SETTINGS", None)
        settings = cli._engine_settings(args)
        limits.append(settings.neural_max_words)
        return settings.neural

    limits = []
    assert neural() is True
    assert neural("--no-neural") is False
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"neural": False}), encoding="utf-8")
    assert neural() is False
    assert neural("--neural") is True
    # --neural asks for it whatever the document's length; otherwise the engine's limit holds
    from unspin.engine import EngineSettings
    assert limits[-1] > 10**9 and set(limits[:-1]) == {EngineSettings().neural_max_words}
