"""Starting the window: ``unspin``, ``unspin FILE``, ``unspin gui [FILE]`` and ``unspin-gui``.

The window appears at once; spaCy loads in the background and the file (or the bundled sample)
is analysed as soon as it is ready.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from unspin import __version__


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Unspin")
    app.setApplicationDisplayName("Unspin")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Unspin")
    app.setDesktopFileName("io.github.unspin.Unspin")  # matches packaging/*.desktop (Wayland)
    return app


def create_window(path: str | Path | None = None):
    """Create and show the window, then open ``path`` once the event loop runs. Without a path,
    unsaved work left by a crash is offered first, and the bundled sample opened otherwise."""
    from unspin.gui.main_window import MainWindow
    window = MainWindow()
    window.show()
    if path is not None:
        QTimer.singleShot(0, lambda: window.files.open_file(path))
    else:  # first any work a crash left behind, else the sample
        QTimer.singleShot(0, lambda: window.files.offer_leftover_autosaves() or window.files.open_sample())
    return window


def run(path: str | Path | None = None) -> int:
    app = application()
    window = create_window(path)
    code = app.exec()
    # A background job may still be inside spaCy (loading cannot be interrupted); tearing Qt down
    # under it crashes the process, so stop what can be stopped and wait for the rest.
    window.analysis.runner.cancel(quiet=True)
    window.analysis.runner.wait(-1)
    return code


def main() -> None:
    from unspin.qt_preflight import window_problem
    problem = window_problem()
    if problem is not None:
        print(problem.line(), file=sys.stderr)
        raise SystemExit(1)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    raise SystemExit(run(args[0] if args else None))


if __name__ == "__main__":
    main()
