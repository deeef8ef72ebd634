"""Where the bundled data (lexicons, samples, icons) lives, installed or from a source checkout."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    # Installed (wheel or editable): the top-level resources/ folder is mapped to unspin.resources.
    try:
        path = Path(str(resources.files("unspin.resources")))
        if (path / "lexicons").is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    # Running from a source checkout without installing (app/unspin/../../resources).
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
