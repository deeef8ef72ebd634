"""The About box text: versions of Unspin and the libraries it runs on, and where its data comes from."""
from __future__ import annotations

import html
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from unspin import __version__


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _lexicon_sources() -> list[str]:
    from unspin.engine.lexicon import bundled_lexicon_paths
    sources = []
    for path in bundled_lexicon_paths():
        try:
            for line in path.read_text(encoding="utf-8").splitlines()[:12]:
                if line.startswith("#@ source:"):
                    sources.append(f"{path.name}: {line.split(':', 1)[1].strip()}")
        except OSError:
            continue
    return sources


def about_html() -> str:
    from unspin.engine.pipeline import available_pipeline
    sources = "".join(f"<li>{html.escape(s)}</li>" for s in _lexicon_sources()) or "<li>(none found)</li>"
    model = available_pipeline() or "none installed"
    return (f"<h3>Unspin {html.escape(__version__)}</h3>"
            "<p>Finds and repairs spun text (article-spinner synonym swaps) and tortured phrases, "
            "offline. Nothing you open leaves this computer.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · spaCy {_version('spacy')} "
            f"(model: {html.escape(model)})</p>"
            f"<p>Data sources:</p><ul>{sources}</ul>"
            "<p>English language model: spaCy <i>en_core_web_sm</i> (MIT licence, Explosion AI).</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Unspin", about_html())
