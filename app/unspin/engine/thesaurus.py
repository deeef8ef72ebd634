"""Synonym files of the kind article spinners use, imported as candidates for the restorer.

Two line shapes are read (one group a line; blank lines and lines starting with ``#`` are skipped):

* ``head|alt1|alt2|...`` — the spinner replaces ``head`` by one of the words of the line, chosen
  uniformly (the head included). For a spun form *w*, the candidate originals are the heads whose
  line holds *w*, each with channel odds 1/(alternatives+1).
* ``{a|b|c}`` — spintax: every member may stand for every other, each with odds 1/(members).

Entries may be phrases (``year|yr|12 months``). A line with fewer than two non-empty entries, an
unclosed brace or text outside the braces is reported with its line number and skipped; the other
lines load. The channel itself (spun form -> originals with odds) is built in :mod:`channel`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from unspin.engine.lexicon import LexiconProblem

MAX_WORDS = 4   # longer entries are sentences, not synonyms: reported and skipped


@dataclass(frozen=True)
class SynonymGroup:
    head: str | None            # None for spintax: every member may be the original
    members: tuple[str, ...]    # all words of the line, the head first (lowercase, single spaces)
    source: str = ""
    line: int = 0


def _norm(word: str) -> str:
    return " ".join(word.split()).lower()


def _members(parts: list[str]) -> tuple[tuple[str, ...], str | None]:
    out: list[str] = []
    for p in parts:
        w = _norm(p)
        if not w:
            continue
        if w.count(" ") >= MAX_WORDS:
            return (), f"the entry {p.strip()!r} has more than {MAX_WORDS} words"
        if w not in out:
            out.append(w)
    if len(out) < 2:
        return (), "a line needs at least two different entries separated by '|'"
    return tuple(out), None


def parse_thesaurus(text: str, path: str = "<thesaurus>") -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    groups: list[SynonymGroup] = []
    problems: list[LexiconProblem] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "{" in line or "}" in line:
            if not (line.startswith("{") and line.endswith("}")) or line.count("{") != 1 or line.count("}") != 1:
                problems.append(LexiconProblem(path, lineno, "spintax must be one group written {a|b|c}"))
                continue
            members, err = _members(line[1:-1].split("|"))
            if err:
                problems.append(LexiconProblem(path, lineno, err))
                continue
            groups.append(SynonymGroup(None, members, path, lineno))
            continue
        if "|" not in line:
            problems.append(LexiconProblem(path, lineno, "expected head|alternative|... or {a|b|c}"))
            continue
        members, err = _members(line.split("|"))
        if err:
            problems.append(LexiconProblem(path, lineno, err))
            continue
        groups.append(SynonymGroup(members[0], members, path, lineno))
    return groups, problems


def load_thesaurus_file(path: Path) -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_text(encoding="cp1252")  # spinner files are often saved by Windows tools
        except (OSError, UnicodeDecodeError) as exc:
            return [], [LexiconProblem(str(path), 0, f"cannot read the thesaurus: {exc}")]
    except OSError as exc:
        return [], [LexiconProblem(str(path), 0, f"cannot read the thesaurus: {exc}")]
    return parse_thesaurus(text, str(path))


def load_thesauri(paths: Iterable[Path]) -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    groups: list[SynonymGroup] = []
    problems: list[LexiconProblem] = []
    for p in paths:
        g, pr = load_thesaurus_file(p)
        groups.extend(g)
        problems.extend(pr)
    return groups, problems
