"""Command words through the real command line (issue 13, defect 9): a mistyped command is named as
one, with the nearest real command; a word that is neither a command nor a file opens no window;
a command's usage error prints that command's usage. All fail before the engine or Qt loads."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_cli(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"  # if a window were opened by mistake, it would not need a screen
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


@pytest.mark.parametrize("args, word, guess", [
    (["chek", "x.txt"], "chek", "check"),
    (["chek"], "chek", "check"),
    (["rpair", "in.txt", "-o", "out.txt"], "rpair", "repair"),
    (["giu"], "giu", None),
])
def test_a_mistyped_command_is_named(tmp_path, args, word, guess):
    r = run_cli(*args, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith(f"unspin: error: unknown command '{word}'"), r.stderr
    if guess:
        assert f"(did you mean '{guess}'?)" in last
    assert "unrecognized arguments" not in r.stderr and "Traceback" not in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_word_that_is_no_command_and_no_file_opens_no_window(tmp_path):
    r = run_cli("frobnicate", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "unknown command 'frobnicate'" in r.stderr
    # The message lists the commands there are (whatever their number), so the user can pick one.
    assert all(name in r.stderr for name in ("check", "repair", "gui"))
    assert "Traceback" not in r.stderr


def test_a_missing_file_for_the_window_is_one_line(tmp_path):
    r = run_cli("missing.txt", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == ["unspin: error: missing.txt: no such file"]


def test_an_existing_file_named_like_a_command_word_is_still_a_file(tmp_path, monkeypatch):
    from unspin import cli
    (tmp_path / "chek").write_text("Officers mentioned it.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli._unknown_command(["chek"]) is None
    commands = ", ".join(cli.COMMANDS)
    assert cli._unknown_command(["frobnicate"]) == f"unknown command 'frobnicate' (commands: {commands})"


@pytest.mark.parametrize("args, command", [
    (["check"], "check"),
    (["check", "x.txt", "--bogus"], "check"),
    (["repair", "x.txt"], "repair"),
    (["repair", "x.txt", "-o", "y.txt", "--frob"], "repair"),
    (["gui", "a.txt", "b.txt"], "gui"),
])
def test_a_command_usage_error_prints_that_commands_usage(tmp_path, args, command):
    r = run_cli(*args, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith(f"usage: unspin {command} "), r.stderr
    assert "COMMAND ..." not in r.stderr


def test_argparse_errors_read_as_every_other_error(tmp_path):
    r = run_cli("check", "x.txt", "--min-confidence", "abc", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    # was: the usage over several lines, then "unspin check: error: argument ..."
    assert len(lines) == 2 and lines[0].startswith("usage: unspin check ")
    assert lines[1] == "unspin: error: argument --min-confidence: invalid float value: 'abc'"


def test_a_value_error_in_a_command_prints_that_commands_usage(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Officers mentioned it.\n", encoding="utf-8")
    r = run_cli("check", f, "--min-confidence", "3", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.startswith("usage: unspin check ")
    assert r.stderr.strip().splitlines()[-1] == "unspin: error: --min-confidence must be between 0 and 1"
