"""A progress line on stderr: done/total, documents per second, ETA, errors so far.

On a terminal it redraws one line (at most a few times a second); otherwise (a log file, CI) it
prints a plain line every ``log_every`` seconds, so logs stay readable.
"""
from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    def __init__(self, total: int, stream=None, width: int = 28, log_every: float = 10.0, enabled: bool = True):
        self.total = total
        self.stream = stream or sys.stderr
        self.width = width
        self.done = 0
        self.errors = 0
        self.enabled = enabled
        self.started = time.monotonic()
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._drawn = -1
        self._interval = 0.2 if self.tty else log_every

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        frac = self.done / self.total if self.total else 1.0
        fill = int(round(frac * self.width))
        rate = self.rate()
        eta = (self.total - self.done) / rate if rate > 0 else None
        bar = "#" * fill + "." * (self.width - fill)
        tail = f"ETA {_clock(eta)}" if eta is not None and self.done < self.total else _clock(time.monotonic() - self.started)
        errs = f", {self.errors} unreadable" if self.errors else ""
        return f"[{bar}] {self.done}/{self.total} {100 * frac:3.0f}% {rate:.1f} docs/s {tail}{errs}"

    def update(self, done: int = 1, errors: int = 0) -> None:
        self.done += done
        self.errors += errors
        now = time.monotonic()
        if self.enabled and (now - self._last >= self._interval or self.done >= self.total):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        self._drawn = self.done
        if self.tty:
            self.stream.write("\r" + self.line() + "\x1b[K")
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def finish(self, note: str = "") -> None:
        if not self.enabled:
            return
        if self._drawn != self.done:
            self._draw()
        if self.tty:
            self.stream.write("\n")
        if note:
            self.stream.write(note + "\n")
        self.stream.flush()
