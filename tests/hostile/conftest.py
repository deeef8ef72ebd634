"""The hostile-input suite: every input an attack run used to lose data, write somewhere unsafe,
hang or crash Unspin, kept as a test so that it stays fixed. Add a case here for each new bug.

Each case goes through :class:`Hostile`, which runs the real command line (a subprocess with a
timeout, so a hang is a failure and not a stuck suite) and keeps a tally, printed at the end of
the run: cases, clear errors (exit 1 or 2 with one ``unspin: error:`` line), hangs, tracebacks
and data lost (a file that changed when it must not have). The last three must stay 0.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

TALLY: Counter = Counter()
CASES: set[str] = set()
CLI_TIMEOUT = 300   # seconds: far beyond any bounded analysis here; reaching it is a hang


class Hostile:
    def __init__(self, name: str, tmp_path: Path):
        self.name = name
        self.tmp = tmp_path
        CASES.add(name)

    def cli(self, *args, stdin: bytes | None = None, env: dict | None = None, cwd=None, expect: int | None = None,
            unprivileged: bool = False, timeout: float = CLI_TIMEOUT, closed_stdout: bool = False
            ) -> subprocess.CompletedProcess:
        """Run ``unspin ARGS``; fails on a hang, a traceback, or an unclear error message.
        ``closed_stdout``: with standard output closed, as the shell's ``>&-`` does."""
        full_env = dict(os.environ, **(env or {}))
        full_env.setdefault("UNSPIN_CONFIG_DIR", str(self.tmp / "config"))
        full_env["UNSPIN_PROCESSES"] = "1"
        argv = []
        if unprivileged and os.geteuid() == 0:
            # Root may enter any folder; without these two capabilities it meets the permissions.
            if not shutil.which("setpriv"):
                pytest.skip("permission checks as root need setpriv (util-linux)")
            argv = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        argv += [sys.executable, "-m", "unspin", *[a if isinstance(a, bytes) else str(a) for a in args]]
        try:
            streams = (dict(stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
                       if closed_stdout else dict(capture_output=True))
            r = subprocess.run(argv, input=stdin if stdin is not None else b"", env=full_env, cwd=cwd,
                               timeout=timeout, **streams)
        except subprocess.TimeoutExpired:
            TALLY["hangs"] += 1
            pytest.fail(f"{self.name}: unspin {' '.join(map(str, args))} did not finish in {timeout} s (a hang)")
        err = r.stderr.decode("utf-8", "replace")
        r.err = err
        r.out = (r.stdout or b"").decode("utf-8", "replace")
        if "Traceback" in err or "unspin: error: unexpected" in err:
            TALLY["tracebacks"] += 1
            pytest.fail(f"{self.name}: a traceback or an unexpected error:\n{err}")
        if r.returncode not in (0, 1, 2):
            TALLY["bad exit"] += 1
            pytest.fail(f"{self.name}: exit status {r.returncode}:\n{err}")
        if r.returncode != 0:
            errors = [line for line in err.splitlines() if line.startswith("unspin: error: ")]
            # (a usage message may wrap onto indented lines)
            others = [line for line in err.splitlines()
                      if line.strip() and not line.startswith(("unspin: ", "usage: ", " "))]
            if len(errors) != 1 or others:
                pytest.fail(f"{self.name}: not one clear error line:\n{err}")
            TALLY["clear errors"] += 1
        if expect is not None:
            assert r.returncode == expect, f"{self.name}: exit {r.returncode}, expected {expect}:\n{err}"
        return r

    def intact(self, path: Path, before: bytes) -> None:
        """The file must hold exactly ``before``."""
        now = Path(path).read_bytes() if Path(path).exists() else None
        if now != before:
            TALLY["data lost"] += 1
            pytest.fail(f"{self.name}: {path} changed ({len(before)} bytes before, "
                        f"{'missing' if now is None else len(now)} after)")

    def count(self, what: str) -> None:
        TALLY[what] += 1


@pytest.fixture
def hostile(request, tmp_path):
    return Hostile(request.node.name, tmp_path)


def pytest_terminal_summary(terminalreporter):
    if not CASES:
        return
    terminalreporter.write_line(
        f"hostile suite: {len(CASES)} cases, {TALLY['clear errors']} clear errors, {TALLY['hangs']} hangs, "
        f"{TALLY['tracebacks']} tracebacks, {TALLY['data lost']} data lost")
