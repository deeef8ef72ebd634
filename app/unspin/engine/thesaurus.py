"""Synonym files of the kind article spinners use, imported as candidates for the restorer.

Two line shapes are read (one group a line; blank lines and lines starting with ``#`` are skipped):

* ``head|alt1|alt2|...`` — the spinner replaces ``head`` by one of the words of the line, chosen
  uniformly (the head included). For a spun form *w*, the candidate originals are the heads whose
  line holds *w*, each with channel odds 1/(alternatives+1).
* ``{a|b|c}`` — spintax: every member may stand for every other, each with odds 1/(members).

Entries may be phrases (``year|yr|12 months``). A line with fewer than two non-empty entries, an
unclosed brace or text outside the braces is reported with its line number and skipped; the other
lines load. The channel itself (spun form -> originals with odds) is built in :mod:`channel`.

Bounds, so that no file can stall the engine: a file is read once, at most ``MAX_THESAURUS_BYTES``
(FIFOs and devices refused); a line of more than ``MAX_ENTRIES`` different entries is reported and
skipped (a spintax group of *n* members gives the channel *n*\u00b2 options); and once the lines read
would give the channel more than ``MAX_OPTIONS`` options, the rest of the file is reported and skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from unspin.engine.lexicon import LexiconProblem

MAX_WORDS = 4   # longer entries are sentences, not synonyms: reported and skipped
MAX_ENTRIES = 100                      # different entries on one line (spinners' groups are far shorter)
MAX_OPTIONS = 2_000_000                # channel options of a whole file (a 12,000-line file gives ~60,000)
MAX_THESAURUS_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SynonymGroup:
    head: str | None            # None for spintax: every member may be the original
    members: tuple[str, ...]    # all words of the line, the head first (lowercase, single spaces)
    source: str = ""
    line: int = 0


def _norm(word: str) -> str:
    return " ".join(word.split()).lower()


def _members(parts: list[str]) -> tuple[tuple[str, ...], str | None]:
    out: dict[str, None] = {}     # in order, each once (a list's "in" made a long line quadratic)
    for p in parts:
        w = _norm(p)
        if not w:
            continue
        if w.count(" ") >= MAX_WORDS:
            return (), f"the entry {p.strip()[:60]!r} has more than {MAX_WORDS} words"
        out[w] = None
        if len(out) > MAX_ENTRIES:
            return (), f"a line of more than {MAX_ENTRIES} different entries is not a spinner's synonym group"
    if len(out) < 2:
        return (), "a line needs at least two different entries separated by '|'"
    return tuple(out), None


def _options(group: SynonymGroup) -> int:
    """How many options the channel table makes of a group (see ChannelTable.add_groups)."""
    n = len(group.members)
    return n * n if group.head is None else n - 1


def parse_thesaurus(text: str, path: str = "<thesaurus>") -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    groups: list[SynonymGroup] = []
    problems: list[LexiconProblem] = []
    options = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "{" in line or "}" in line:
            if not (line.startswith("{") and line.endswith("}")) or line.count("{") != 1 or line.count("}") != 1:
                problems.append(LexiconProblem(path, lineno, "spintax must be one group written {a|b|c}"))
                continue
            members, err = _members(line[1:-1].split("|"))
            group = SynonymGroup(None, members, path, lineno)
        elif "|" not in line:
            problems.append(LexiconProblem(path, lineno, "expected head|alternative|... or {a|b|c}"))
            continue
        else:
            members, err = _members(line.split("|"))
            group = SynonymGroup(members[0] if members else None, members, path, lineno)
        if err:
            problems.append(LexiconProblem(path, lineno, err))
            continue
        options += _options(group)
        if options > MAX_OPTIONS:
            problems.append(LexiconProblem(path, lineno, f"the thesaurus is too large (over {MAX_OPTIONS:,} "
                                           "synonym pairs): this line and the rest of the file are skipped"))
            break
        groups.append(group)
    return groups, problems


def load_thesaurus_file(path: Path) -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    """The groups of one file and its problems. A file that cannot be read or decoded, or in which
    no line is a synonym group, has a problem of line 0: the command line refuses a file so named
    (as it does a lexicon), Preferences refuse to add it, the settings folder's copy is a warning."""
    from unspin.core.bounded_read import Unreadable, read_input
    from unspin.engine.list_files import decode_list_file
    notes: list[LexiconProblem] = []    # bytes that are not UTF-8, by line
    try:
        # Read once and bounded: a FIFO, a device or a film chosen by mistake is refused, not read.
        text = decode_list_file(read_input(Path(path), MAX_THESAURUS_BYTES, "thesauri"), path, "thesaurus", notes)
    except Unreadable as exc:
        return [], [LexiconProblem(str(path), 0, f"cannot read the thesaurus: {exc}")]
    groups, problems = parse_thesaurus(text, str(path))
    problems = sorted(notes + problems, key=lambda p: p.line)
    if not groups:
        problems.insert(0, LexiconProblem(str(path), 0, "no synonym lines found (head|alternative|... or {a|b|c})"))
    return groups, problems


def load_thesauri(paths: Iterable[Path]) -> tuple[list[SynonymGroup], list[LexiconProblem]]:
    groups: list[SynonymGroup] = []
    problems: list[LexiconProblem] = []
    for p in paths:
        g, pr = load_thesaurus_file(p)
        groups.extend(g)
        problems.extend(pr)
    return groups, problems


def form_key(words: str) -> str:
    """A spun form as :func:`heads_by_form` keys it: lowercase, single spaces, straight apostrophes."""
    return _norm(words).replace("\u2019", "'")


def heads_by_form(groups: Iterable[SynonymGroup]) -> dict[str, tuple[str, ...]]:
    """For each entry of the files' lines, the words it may stand for: the heads of the lines it is
    an alternative on, and for spintax the group's other members (keyed by :func:`form_key`). The
    neural second opinion reads them at a built-in swap's site (``second_opinion.file_heads``)."""
    out: dict[str, dict[str, None]] = {}
    for g in groups:
        if g.head is None:
            for m in g.members:
                mine = out.setdefault(form_key(m), {})
                mine.update(dict.fromkeys(o for o in g.members if o != m))
        else:
            for m in g.members[1:]:
                out.setdefault(form_key(m), {})[g.head] = None
    return {form: tuple(heads) for form, heads in out.items()}
