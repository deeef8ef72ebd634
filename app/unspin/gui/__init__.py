"""The PySide6 review window. Only this package imports Qt; it drives the Qt-free core and engine."""
from unspin.gui import qt_workarounds  # noqa: F401  (must run before the window makes Qt calls)
