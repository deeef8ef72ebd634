"""Entry point of the bundled ``unspin-gui`` window (PyInstaller runs this file).

Setting ``UNSPIN_SMOKE_QUIT_MS=N`` makes the window close itself N milliseconds after the event
loop starts and print the titles of the windows that were shown: packaging/build_bundle.sh uses
this to prove that the bundle starts (offscreen). Without it the window runs as usual.
"""
import os
import sys


def _arm_smoke_quit(ms: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report_and_quit() -> None:
        app = QApplication.instance()
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        titles = [w.windowTitle() for w in shown]
        # The window icon renders (the SVG icon engine or image plugin was bundled).
        icon = bool(shown) and all(not w.windowIcon().pixmap(32, 32).isNull() for w in shown)
        print(f"unspin-smoke: platform={app.platformName()} windows={titles!r} icon={icon}", flush=True)
        app.quit()

    for name in ("exec", "exec_"):
        real = getattr(QApplication, name, None)
        if real is None:
            continue

        def wrapped(*_args, _real=real):
            # exec is static in Qt: called as app.exec() the instance arrives here; drop it.
            QTimer.singleShot(ms, report_and_quit)
            return _real()

        setattr(QApplication, name, wrapped)


if __name__ == "__main__":
    smoke = os.environ.get("UNSPIN_SMOKE_QUIT_MS", "")
    if smoke.isdigit():
        _arm_smoke_quit(int(smoke))
    from unspin.gui.launch import main

    sys.exit(main())
