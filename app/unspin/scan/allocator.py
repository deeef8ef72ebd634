"""glibc's memory allocator in a dask worker, set for a scan and put back after it.

dask's nanny starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536`` (its config
``distributed.nanny.pre-spawn-environ``), so that freed memory goes back to the system sooner.
Setting any of glibc's ``MALLOC_*_`` tunables also switches off glibc's adaptive mmap threshold:
every block over 128 KiB is then a fresh ``mmap`` and ``munmap``, and the heap is trimmed after
every 64 KiB freed. The engine allocates and frees blocks of that size all the time (spaCy's
arrays), so in such a worker each 500-word document cost about 5,500 page faults (measured:
221,000 minor faults for 40 documents, against 120 in a process without the variable; 18-25 ms
of system time a document, a tenth of its CPU).

:func:`loosen` sets what the adaptive rule would have reached (glibc's ceiling on 64-bit: blocks
up to 32 MiB come from the heap, which is trimmed past 64 MiB free) and only in a process where a
tunable was set; :func:`restore` puts back the values the variables gave. Elsewhere (another C
library, another system, or a process with glibc's defaults) both do nothing.
"""
from __future__ import annotations

import ctypes
import os
import platform
import sys

M_TRIM_THRESHOLD = -1     # mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
TUNABLES = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")
GLIBC_DEFAULT = 128 * 1024               # both thresholds while the adaptive rule is off
SCAN_MMAP_THRESHOLD = 32 * 1024 * 1024   # the adaptive rule's ceiling (DEFAULT_MMAP_THRESHOLD_MAX)
SCAN_TRIM_THRESHOLD = 2 * SCAN_MMAP_THRESHOLD  # the adaptive rule keeps trim at twice mmap


def _mallopt():
    """glibc's mallopt, or None where there is none to call."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return None


def adaptive_off() -> bool:
    """Whether this process started with a tunable that switched glibc's adaptive rule off."""
    return any(name in os.environ for name in TUNABLES)


def _env_bytes(name: str, default: int) -> int:
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return default


def loosen() -> bool:
    """Let the heap serve and keep large blocks; True when something was changed."""
    mallopt = _mallopt()
    if mallopt is None or not adaptive_off():
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, SCAN_MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, SCAN_TRIM_THRESHOLD))


def restore() -> bool:
    """Back to the thresholds this process's variables set."""
    mallopt = _mallopt()
    if mallopt is None or not adaptive_off():
        return False
    return (bool(mallopt(M_MMAP_THRESHOLD, _env_bytes("MALLOC_MMAP_THRESHOLD_", GLIBC_DEFAULT)))
            and bool(mallopt(M_TRIM_THRESHOLD, _env_bytes("MALLOC_TRIM_THRESHOLD_", GLIBC_DEFAULT))))
