"""When Qt cannot open a window, Unspin says why in one line and exits 1 instead of aborting
(issue 13: `unspin` on a machine without a display or without Qt's xcb libraries died with 134)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from unspin import qt_preflight
from unspin.qt_preflight import debian_package, window_problem

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland checks are for Linux")


def _env(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "UNSPIN_COMMAND")}
    env.update(extra)
    return env


def _start(args, **env):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=_env(**env), timeout=120)


@linux_only
@pytest.mark.parametrize("entry", [["-m", "unspin"], ["-m", "unspin", "gui"],
                                   ["-c", "from unspin.gui.launch import main; main()"]])
def test_no_display_is_one_line_and_exit_1(entry):
    r = _start(entry)
    assert r.returncode == 1, (r.returncode, r.stderr)   # not 134 (abort)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("unspin: error: the window cannot start: no display")
    assert "xvfb-run -a unspin" in lines[0]
    assert ("apt-get install xvfb" in lines[0]) == bool(shutil.which("apt-get"))


@linux_only
def test_an_x_display_that_does_not_answer_is_one_line(tmp_path):
    try:
        import ctypes
        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("no libxcb here")
    r = _start(["-m", "unspin"], DISPLAY=":97531")
    assert r.returncode == 1, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot connect to the X display ':97531'" in lines[0], r.stderr


@linux_only
def test_the_advice_names_the_command_the_user_ran():
    r = _start(["-m", "unspin"], UNSPIN_COMMAND="./run.sh")
    assert "xvfb-run -a ./run.sh" in r.stderr and "'./run.sh check'" in r.stderr


@linux_only
def test_missing_libraries_are_named_with_their_install_command(monkeypatch):
    monkeypatch.setattr(qt_preflight, "missing_libraries",
                        lambda plugin: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-foo-bar.so.2"])
    monkeypatch.setattr(qt_preflight.shutil, "which", lambda name: "/usr/bin/" + name)
    problem = window_problem({"DISPLAY": ":0"})
    assert problem is not None
    line = problem.line()
    assert "\n" not in line
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0, libxcb-foo-bar.so.2" in line
    assert "apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-foo-bar2" in line
    assert problem.packages == ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-foo-bar2"]


def test_platforms_without_a_window_system_are_not_probed(monkeypatch):
    monkeypatch.setattr(qt_preflight, "missing_libraries", lambda plugin: pytest.fail("probed"))
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert window_problem({"QT_QPA_PLATFORM": "minimal", "DISPLAY": ""}) is None


@linux_only
def test_wayland_alone_is_enough(monkeypatch):
    monkeypatch.setattr(qt_preflight, "missing_libraries", lambda plugin: [])
    assert window_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    problem = window_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert problem is not None and "DISPLAY not set" in problem.message


@linux_only
def test_ldd_output_is_read(monkeypatch, tmp_path):
    if not shutil.which("ldd"):
        pytest.skip("no ldd")
    out = ("\tlibQt6Gui.so.6 => /x/libQt6Gui.so.6 (0x1)\n\tlibxcb-cursor.so.0 => not found\n"
           "\tlibxcb-icccm.so.4 => not found\n")
    monkeypatch.setattr(qt_preflight.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a, 0, out, ""))
    assert qt_preflight.missing_libraries(tmp_path / "libqxcb.so") == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]


def test_debian_package_names():
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"          # from the table
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert debian_package("libfoo.so.12.1", table={}) == "libfoo12"      # Debian's rule
    assert debian_package("libbar-2.so.0", table={}) == "libbar-2-0"

