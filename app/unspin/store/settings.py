"""User settings shared by the CLI and the window, stored as JSON in the user's config folder.

No Qt here: the window keeps only its geometry in QSettings; everything that changes what the
engine does (threshold, rules turned off, user lexicons) lives in this file so the CLI sees it too.
The folder is ``$UNSPIN_CONFIG_DIR`` if set, else ``$XDG_CONFIG_HOME/unspin`` (``~/.config/unspin``).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from unspin.formats.safe_write import write_atomic


def config_dir() -> Path:
    env = os.environ.get("UNSPIN_CONFIG_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "unspin"


def user_lexicon_dir() -> Path:
    return config_dir() / "lexicons"


def user_lexicon_paths() -> list[Path]:
    folder = user_lexicon_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".tsv", ".csv") and p.is_file())


def user_thesaurus_dir() -> Path:
    """Spinner synonym files (``head|alt|alt`` or ``{a|b|c}`` lines) loaded for every analysis."""
    return config_dir() / "thesauri"


def user_thesaurus_paths() -> list[Path]:
    folder = user_thesaurus_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".txt", ".dat", ".tsv") and p.is_file())


def add_user_thesaurus(path: Path) -> Path:
    """Copy a synonym file into the thesauri folder (the user's file is never changed); the caller
    checks its lines first (``unspin.engine.thesaurus``). Returns the copy."""
    folder = user_thesaurus_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (path.stem + ".txt")
    write_atomic(target, path.read_bytes())
    return target


def remove_user_thesaurus(path: Path) -> None:
    """Remove a file from the thesauri folder (only from there: it is the folder's own copy)."""
    if path.resolve().parent == user_thesaurus_dir().resolve() and path.is_file():
        path.unlink()


@dataclass
class Settings:
    min_confidence: float = 0.5
    disabled_rules: list[str] = field(default_factory=list)
    disabled_groups: list[str] = field(default_factory=list)
    font_family: str = ""
    font_size: int = 0
    zoom: int = 0
    recent_files: list[str] = field(default_factory=list)

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "settings.json", json.dumps(asdict(self), indent=1).encode("utf-8"))


def load_settings() -> Settings:
    path = config_dir() / "settings.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    try:
        return Settings(**{k: v for k, v in raw.items() if k in known})
    except TypeError:
        return Settings()
