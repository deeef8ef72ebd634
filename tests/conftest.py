"""Shared fixtures: no network, an isolated settings folder, one spaCy engine per session."""
from __future__ import annotations

import os
import socket
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's real settings.
os.environ["UNSPIN_CONFIG_DIR"] = tempfile.mkdtemp(prefix="unspin-test-config-")
# The neural second opinion (engine/second_opinion.py) reads some 400 tokens a second: with it on,
# the thousands of engine tests would take hours, and their expectations are the engine's own
# decisions. Its tests load the model themselves (tests/engine/test_second_opinion.py); the
# benchmarks (bench/) run with it, as the shipped engine does.
os.environ.setdefault("UNSPIN_NEURAL", "0")   # UNSPIN_NEURAL=1 runs them with it, as shipped


class NetworkBlocked(RuntimeError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded(real):
    def connect(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlocked(f"a test tried to reach the network: {address!r}")
        return real(self, address, *args, **kwargs)
    return connect


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Every test runs with internet sockets refused; test_no_network proves the guard works."""
    socket.socket.connect = _guarded(_real_connect)
    socket.socket.connect_ex = _guarded(_real_connect_ex)
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


@pytest.fixture(scope="session")
def engine():
    from unspin.engine import Engine
    eng = Engine()
    eng.warm_up()
    return eng


@pytest.fixture(scope="session")
def row_engine():
    """The engine without the calibration's dense tier (``EngineSettings.dense_lift``). For tests of
    lexicon rows that compare a whole sentence of our own: one tell among the writer's words, after
    a thickly spun preamble. The tier lifts a probable swap in a sentence that already holds an
    applied one, so there it also changes some of those writer's words ("firm" -> company, "gang"
    -> crowd: 67 of these sentences). It is measured where the spinner wrote the whole page
    (bench/recall_loso.py: LOSO 47.7 -> 49.7 %) and tested in tests/engine/test_site_calibration_dense.py."""
    from unspin.engine import Engine, EngineSettings
    eng = Engine(EngineSettings(dense_lift=False))
    eng.warm_up()
    return eng
