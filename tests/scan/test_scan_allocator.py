"""The allocator settings a scan gives a dask worker (unspin.scan.allocator), checked by page faults
in a fresh process started the way dask's nanny starts a worker (MALLOC_TRIM_THRESHOLD_ set)."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys

import pytest

from unspin.scan import allocator

PROBE = r"""
import json, resource
from unspin.scan import allocator

def faults_of_churn():
    # 1 MiB blocks written and freed in turn: from the heap they reuse the same pages; as fresh
    # mmaps each one faults in its 256 pages again.
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for i in range(200):
        block = bytes([i % 251]) * (1 << 20)
        del block
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

faults_of_churn()
out = {"start": faults_of_churn()}
out["loosened"] = allocator.loosen()
faults_of_churn()
out["loose"] = faults_of_churn()
out["restored"] = allocator.restore()
out["after"] = faults_of_churn()
print(json.dumps(out))
"""


def _probe(env_extra: dict) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in allocator.TUNABLES}
    env.update(env_extra)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


glibc_only = pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                                reason="glibc's mallopt")


@glibc_only
def test_a_worker_started_with_dasks_trim_threshold_gets_the_heap_back_for_the_scan():
    seen = _probe({"MALLOC_TRIM_THRESHOLD_": "65536"})     # what dask's nanny sets by default
    assert seen["loosened"] is True and seen["restored"] is True
    assert seen["start"] > 20_000                  # every block a fresh mapping: ~256 faults each
    assert seen["loose"] < seen["start"] / 10      # the heap keeps and reuses the pages
    assert seen["after"] > 20_000                  # restored: the cluster's own setting again


@glibc_only
def test_a_process_with_glibcs_adaptive_rule_is_left_alone():
    seen = _probe({})
    assert seen["loosened"] is False and seen["restored"] is False
    assert seen["start"] < 20_000 and seen["after"] < 20_000


def test_nothing_is_called_without_glibc(monkeypatch):
    monkeypatch.setattr(allocator, "_mallopt", lambda: None)
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    assert allocator.loosen() is False and allocator.restore() is False
