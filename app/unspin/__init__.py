"""Unspin: find and repair spun text and tortured phrases, offline.

Layout: ``core`` holds the document model (no Qt), ``engine`` the analysis that proposes
suggestions (spaCy, no Qt), ``formats`` reading and writing files (no Qt), ``gui`` the PySide6
window, ``cli`` the command line. The CLI and the window share one engine.
"""

__version__ = "0.1.0"
