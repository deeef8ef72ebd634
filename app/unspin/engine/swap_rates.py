"""Observed swap rates: how often, in real spun news, a form stood for each original.

A synonym-file spinner is consistent: the same file spins every article of a farm, so what it did
to the training pairs says what a form means in the next article. For each spun form the table
keeps the evidence of :mod:`unspin.engine.learn` (bench/grow_observed_lexicon.py writes it from
the pairs; only forms and counts, never sentences):

* ``changed``: times the form was a substitution, with the originals it stood for and how often;
* ``kept``: times it stood in a spun text as the writer's own word (the original has it too);
* ``sources``: in how many different stories its most frequent swap was seen.

From those, P(original | form, the text is spun) and P(the writer's own word | form) with add-one
smoothing; a swap seen in a single story counts for less, since one story may be one copy-editor's
choice or a rewriting spinner's. The restorer (:mod:`restorer`) weighs these posteriors against
how well each reading fits its sentence.

File format (tab-separated, ``#`` comments)::

    spun    kind    pos     changed kept    sources originals
    within  surface         25      3       12      in:25
    mention lemma   VERB    9       0       6       say:9

``kind`` is ``lemma`` (matched by lemma, the original inflected like the text's word),
``surface`` (lowercase words as written) or ``cased`` (a capitalised word inside a name or a title,
"Tremendous" for "Super" in "Tremendous Bowl": read only where the text's word is capitalised
mid-sentence, which the restorer otherwise leaves alone as a name; the form is written lowercase).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unspin.engine.lexicon import LexiconProblem

COLUMNS = ("spun", "kind", "pos", "changed", "kept", "sources", "originals")
SMOOTHING = 1.0        # add-one: a form seen once is not a certainty
SINGLE_SOURCE = 0.5    # a swap seen in one story only is weaker evidence (tuned with bench/recall_loso.py)
KINDS = ("lemma", "surface", "cased")


@dataclass(frozen=True)
class RateRow:
    spun: str                       # lowercase words (a lemma for kind "lemma")
    kind: str
    pos: frozenset
    changed: int
    kept: int
    sources: int
    originals: tuple                # ((original, count), ...) most frequent first

    @property
    def seen(self) -> float:
        return self.changed + self.kept + SMOOTHING

    def rates(self) -> list[tuple[str, float]]:
        """P(original | this form in a spun text), for each original it was seen to stand for."""
        weight = 1.0 if self.sources >= 2 else SINGLE_SOURCE
        return [(o, weight * c / self.seen) for o, c in self.originals]

    def kept_rate(self) -> float:
        """P(the form is the writer's own word | it stands in a spun text)."""
        return 1.0 - sum(r for _, r in self.rates())


def parse_rates(text: str, path: str = "<rates>") -> tuple[list[RateRow], list[LexiconProblem]]:
    rows: list[RateRow] = []
    problems: list[LexiconProblem] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("spun\t"):
            continue
        cols = line.split("\t")
        if len(cols) != len(COLUMNS):
            problems.append(LexiconProblem(path, n, f"expected {len(COLUMNS)} tab-separated columns, got {len(cols)}"))
            continue
        spun, kind, pos, changed, kept, sources, originals = cols
        try:
            counts = [(o, int(c)) for o, c in (item.rsplit(":", 1) for item in originals.split("|") if item)]
            row = RateRow(" ".join(spun.lower().split()), kind, frozenset(pos.split(",")) - {""},
                          int(changed), int(kept), int(sources), tuple(counts))
        except ValueError:
            problems.append(LexiconProblem(path, n, "counts must be whole numbers (originals as word:count|word:count)"))
            continue
        if kind not in KINDS or not row.spun or not counts or min(row.changed, row.kept, row.sources) < 0:
            problems.append(LexiconProblem(path, n, f"kind must be one of {', '.join(KINDS)}, with a form and originals"))
            continue
        rows.append(row)
    return rows, problems


def rates_text(rows: list[RateRow], header: str) -> str:
    out = [f"# {line}" if line else "#" for line in header.splitlines()]
    out.append("\t".join(COLUMNS))
    for r in rows:
        out.append("\t".join([r.spun, r.kind, ",".join(sorted(r.pos)), str(r.changed), str(r.kept), str(r.sources),
                              "|".join(f"{o}:{c}" for o, c in r.originals)]))
    return "\n".join(out) + "\n"


def bundled_rate_paths() -> list[Path]:
    from unspin.resources_path import resource
    folder = resource("channel")
    return sorted(p for p in folder.glob("*.tsv") if p.name != VETOES_NAME) if folder.is_dir() else []


# -- vetoes of observed rates ---------------------------------------------------------------------
# A rate is grown from the pairs and knows no context: "ground" stood for "floor" four times in four
# (a House floor), and a stadium's "ground" is the writer's own. A lexicon entry's negated topics
# veto the rate of its swap (channel.OBSERVED_RULED_OUT), but any entry for a form also makes the
# form the lexicon's, so its rate only backs the entry up ("a dramatic ground vote" then went
# unrepaired). A veto row states contexts where the rate of one swap must not stand, and nothing
# else: no candidate, no coverage. Hand-written, next to the grown table (``VETOES_NAME``)::
#
#     spun      original  when                                note
#     ground    floor     !near:stadium|pitch,!before:floor   A stadium's ground is its own.
#
# ``spun`` and ``original`` as in the rates table (a lemma for a lemma row, words as written for a
# surface row; a one-word pair is matched by lemma either way). ``when``: negated conditions only
# (:mod:`conditions`), comma-separated, none that reads the dependency parse or the entities (the
# restorer's paragraphs are tagged, not parsed); each must hold at the site for the rate to stand.
VETOES_NAME = "rate_vetoes.tsv"
VETO_COLUMNS = ("spun", "original", "when", "note")


@dataclass(frozen=True)
class RateVeto:
    spun: str                       # lowercase words, as in the rates table
    original: str                   # the original whose rate is vetoed
    when: tuple                     # the parsed negated conditions (conditions.ParsedCondition)
    written: tuple = ()             # the same conditions as the file writes them ("!near:AI|chatbot")


def parse_vetoes(text: str, path: str = "<vetoes>") -> tuple[list[RateVeto], list[LexiconProblem]]:
    from unspin.engine.conditions import ENTITIES, PARSE, Reads, parse_condition
    from unspin.engine.lexicon import ROW_ERRORS

    rows: list[RateVeto] = []
    problems: list[LexiconProblem] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("spun\t"):
            continue
        cols = line.split("\t")
        if len(cols) not in (len(VETO_COLUMNS), len(VETO_COLUMNS) - 1):
            problems.append(LexiconProblem(path, n, f"expected {len(VETO_COLUMNS)} tab-separated columns, got {len(cols)}"))
            continue
        spun, original = (" ".join(c.lower().split()) for c in cols[:2])
        written = tuple(w.strip() for w in cols[2].split(",") if w.strip())   # as the file writes them
        conditions = [" ".join(w.lower().split()) for w in written]
        if not spun or not original or not conditions:
            problems.append(LexiconProblem(path, n, "a veto needs a form, an original and its conditions"))
            continue
        try:
            parsed = tuple(parse_condition(w) for w in conditions)
        except ROW_ERRORS as e:
            problems.append(LexiconProblem(path, n, str(e)))
            continue
        if not all(c.negate for c in parsed):
            problems.append(LexiconProblem(path, n, "a veto's conditions are negated ones (!name:...)"))
            continue
        if any(c.reads & (PARSE | Reads.PARSE_WHEN_UNSURE | ENTITIES) for c in parsed):
            problems.append(LexiconProblem(path, n, "a veto cannot read the parse or the entities"))
            continue
        rows.append(RateVeto(spun, original, parsed, written))
    return rows, problems


def bundled_veto_paths() -> list[Path]:
    from unspin.resources_path import resource
    path = resource("channel") / VETOES_NAME
    return [path] if path.is_file() else []


def _load_files(paths, parse) -> tuple[list, list[LexiconProblem]]:
    """Every file parsed with ``parse(text, path)``; an unreadable file is a problem, the rest load."""
    rows: list = []
    problems: list[LexiconProblem] = []
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(LexiconProblem(str(p), 0, f"cannot read: {e}"))
            continue
        r, pr = parse(text, str(p))
        rows += r
        problems += pr
    return rows, problems


def load_vetoes(paths) -> tuple[list[RateVeto], list[LexiconProblem]]:
    return _load_files(paths, parse_vetoes)


def load_rates(paths) -> tuple[list[RateRow], list[LexiconProblem]]:
    return _load_files(paths, parse_rates)
