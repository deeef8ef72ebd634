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
from unspin.store.jsonfile import PRIVATE_FOLDER

MAX_SETTINGS_BYTES = 16 * 1024 * 1024   # a few kilobytes in use; far more is not a settings file


def config_dir() -> Path:
    env = os.environ.get("UNSPIN_CONFIG_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "unspin"


def user_lexicon_dir() -> Path:
    return config_dir() / "lexicons"


def _files_in(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files of a settings subfolder with these suffixes, sorted; none when the folder is
    missing or cannot be read (the files themselves are checked, and reported, when loaded)."""
    try:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in suffixes and p.is_file())
    except OSError:
        return []


def user_lexicon_paths() -> list[Path]:
    """The lexicons in the user's lexicon folder."""
    return _files_in(user_lexicon_dir(), (".tsv", ".csv"))


def user_thesaurus_dir() -> Path:
    """Spinner synonym files (``head|alt|alt`` or ``{a|b|c}`` lines) loaded for every analysis."""
    return config_dir() / "thesauri"


def user_thesaurus_paths() -> list[Path]:
    return _files_in(user_thesaurus_dir(), (".txt", ".dat", ".tsv"))


def user_source_dir() -> Path:
    return config_dir() / "sources"


def user_source_paths() -> list[Path]:
    """The originals kept by ``unspin learn`` (engine/sources.py)."""
    return _files_in(user_source_dir(), (".txt",))


def free_name(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Where ``data`` goes in one of the settings folder's folders: ``stem + suffix``, unless a file of
    that name holds something else (an original, thesaurus or learned lexicon of another story
    that happens to share its name, "original.txt"): then ``stem-2``, ``stem-3``... A file that
    holds ``data`` already is reused."""
    for k in range(1, 10_000):
        target = folder / (f"{stem}{suffix}" if k == 1 else f"{stem}-{k}{suffix}")
        try:
            if not target.exists() or (target.stat().st_size == len(data) and target.read_bytes() == data):
                return target
        except OSError:
            continue
    raise OSError(f"{folder} holds 10,000 files named {stem}")


def add_user_source(stem: str, text: str) -> Path:
    """Keep the plain text of an original in the sources folder (atomically); returns the file."""
    folder = user_source_dir()
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)   # an original's whole text: the owner's alone
    data = text.encode("utf-8")
    target = free_name(folder, stem, ".txt", data)
    write_atomic(target, data, private=True)
    return target


def add_user_thesaurus(path: Path) -> Path:
    """Copy a synonym file into the thesauri folder (the user's file is never changed); the caller
    checks its lines first (``unspin.engine.thesaurus``). Returns the copy."""
    folder = user_thesaurus_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes()
    target = free_name(folder, path.stem, ".txt", data)
    write_atomic(target, data)
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
    protect_quotes: bool = False   # leave text inside quotation marks as written
    neural: bool = True            # the neural language model's second opinion (engine/second_opinion.py)
    recent_files: list[str] = field(default_factory=list)

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        # private: the recent files name the user's documents (as GTK's recently-used list is)
        write_atomic(folder / "settings.json", json.dumps(asdict(self), indent=1).encode("utf-8"), private=True)


def _number(value, lo: float, hi: float):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return value if lo <= value <= hi else None


def _string_list(value):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return list(value)


# key -> (check returning the valid value or None, what a valid value is)
_CHECKS = {
    "min_confidence": (lambda v: _number(v, 0.0, 1.0), "a number from 0 to 1"),
    "disabled_rules": (_string_list, "a list of rule names"),
    "disabled_groups": (_string_list, "a list of group names"),
    "font_family": (lambda v: v if isinstance(v, str) else None, "a font name"),
    "font_size": (lambda v: v if _number(v, 0, 200) is not None and float(v).is_integer() else None,
                  "a whole number from 0 to 200"),
    "zoom": (lambda v: v if _number(v, -50, 50) is not None and float(v).is_integer() else None,
             "a whole number from -50 to 50"),
    "recent_files": (_string_list, "a list of file names"),
    "protect_quotes": (lambda v: v if isinstance(v, bool) else None, "true or false"),
    "neural": (lambda v: v if isinstance(v, bool) else None, "true or false"),
}


def validate_settings(raw, where: str = "settings.json") -> tuple[Settings, list[str]]:
    """Settings from a decoded settings file: every valid key is used, every invalid one is
    reported once (one line each) and its default used instead. Unknown keys are ignored (a
    newer version may have written them)."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        return Settings(), [f"{where}: expected an object of settings, found {type(raw).__name__}; "
                            "using the defaults"]
    values = {}
    defaults = Settings()
    for key, (check, wanted) in _CHECKS.items():
        if key not in raw:
            continue
        value = check(raw[key])
        if value is None:
            shown = json.dumps(raw[key])[:40]
            problems.append(f"{where}: {key} must be {wanted}, not {shown}; using {getattr(defaults, key)!r}")
            continue
        values[key] = int(value) if key in ("font_size", "zoom") else value
    return Settings(**values), problems


def load_settings(problems: list[str] | None = None) -> Settings:
    """The user's settings. A missing file gives the defaults; an unreadable or invalid one gives
    the defaults for what is wrong, and a one-line message per problem appended to ``problems``."""
    from unspin.core.bounded_read import Unreadable, file_kind, read_input
    path = config_dir() / "settings.json"
    report = problems if problems is not None else []
    try:
        kind = file_kind(os.stat(path).st_mode)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        if not isinstance(exc, NotADirectoryError):
            report.append(f"cannot read {path} ({exc.strerror or exc}); using the default settings")
        return Settings()
    if kind is not None:
        report.append(f"{path} is {kind}, not a regular file; using the default settings")
        return Settings()
    try:
        # Once and bounded: a settings.json that is a FIFO or a device is refused, not waited on.
        data = read_input(path, MAX_SETTINGS_BYTES, "settings")
    except Unreadable as exc:
        report.append(f"{exc}; using the default settings")
        return Settings()
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        report.append(f"{path} is not valid JSON ({str(exc).splitlines()[0][:80]}); using the default settings")
        return Settings()
    settings, found = validate_settings(raw, str(path))
    report.extend(found)
    return settings
