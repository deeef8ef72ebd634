"""Work-arounds for bugs of the Qt binding, applied once when the gui package is imported.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing (setText, setPosition, ...). A window makes thousands of such calls a minute, so
None's reference count soon reaches zero and Python aborts with "deallocating None". From Python
3.12 on None is immortal and the bug is harmless. The fix here detects the bug with a probe and
gives None an enormous reference count, which is what "immortal" means in 3.12; on a binding
without the bug it does nothing.
"""
from __future__ import annotations

import sys

_BIG = 1 << 40


def binding_leaks_none() -> bool:
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def protect_none() -> bool:
    """Make None effectively immortal when the binding leaks it; True if the fix was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_leaks_none():
        return False
    import ctypes
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += _BIG
    return True


APPLIED = protect_none()
