"""Lexicons of spun forms: a plain, human-editable, tab-separated data format.

A lexicon file (``*.tsv``) holds one entry a line, six tab-separated columns::

    spun        restored            pos    when        confidence  note
    officer     official            NOUN               0.45        Spinners swap "officials" for "officers".
    go* to      visit               NOUN   after_det   0.95        "a go to" is a spun "a visit".

* ``spun`` — the spun words. A lowercase word matches every inflection of it (by lemma) as well as
  the exact form; a word with a capital letter matches that exact text only (for names such as
  "White Home"). The word that carries the inflection is the last one, or the one marked ``*``.
  Words are written as people write them ("first-round choose", "the nation's chief", "didn't
  instantly"): they are split into the tokenizer's tokens when read (:mod:`unspin.engine.tokens`).
  Entries of category "tortured phrase" are fixed expressions: their other words must match as
  written, and the head word inflects only as a noun or adjective, never as a verb.
* ``restored`` — the repair; ``|`` separates alternatives, best first. When the text's word is an
  inflection of the spun lemma ("officers" for "officer"), the marked (or last) restored word is
  inflected to match ("officials").
* ``pos`` — the part of speech the spun head word must have (NOUN, VERB, ADJ, ADV, NUM, ...;
  several joined with ``|``; empty or ``*`` for any).
* ``when`` — context conditions, comma-separated, all must hold; ``!name`` negates. See
  :mod:`unspin.engine.conditions` for the names. A condition's words may name a shared list,
  ``!before:@figure_units|points`` (``resources/word_lists/figure_units.txt``, :mod:`unspin.engine.word_lists`).
* ``confidence`` — prior confidence in 0..1. Entries at or above ``TELL_CONFIDENCE`` are
  unambiguous tells that raise the document's spin score; lower ones are ambiguous and gain
  confidence as the document's spin score rises.
* ``note`` — a one-line explanation shown to the user (optional). Only its first sentence is shown
  (:func:`shown_note`): whatever follows is the maintainers' remark, kept in the file and never
  shown — where the entry must not fire, which work round added it ("(round 275)"), its swap
  notation ("(leave|depart)"). The first sentence ends at the first ``.``, ``!`` or ``?`` outside
  quotes and brackets that is followed by a space and a word not in lower case (``U.S.``, ``p.c.``
  and ``Mr.`` do not end it). So ``"a go to" is a spun "a visit". Not "a go-to guy" (round 12).``
  shows ``"a go to" is a spun "a visit".`` Users' own lexicons follow the same rule: a one-sentence
  note is shown whole, as before. A remark about a row as a whole may also stand on a ``#`` line
  above it.

Proximity: a spun column ending in ``~N`` (``profound organization ~2``) lets up to N other words
stand between the spun words in total, in the given order, within one sentence (punctuation is not
counted). This is the Lucene/Dimensions ``"a b"~N`` form, restricted to the written order.
When the words are adjacent the entry repairs as usual. When words stand between them and the
restored alternative has as many words as the spun form, each spun word is replaced by its
counterpart and the words between are kept ("profound convolutional organization" -> "deep
convolutional network"); otherwise the whole span is replaced and the suggestion's prior is capped
at ``PROXIMITY_LOSSY_PRIOR`` (below the default threshold) because words would be lost.

Paragraph context: the conditions ``para_has:PHRASE|PHRASE`` and ``!para_has:...`` (see
:mod:`unspin.engine.conditions`) require, or forbid, one of the phrases anywhere in the same
paragraph (inflections count; ``PHRASE~N`` allows N words between its words). Phrases in the
``when`` column cannot contain commas. The Problematic Paper Screener's ``A AND B`` / ``A NOT B``
fingerprints are imported this way (:mod:`unspin.engine.screener`); ``*.csv`` lexicons are read
as Screener exports.

Lines starting with ``#`` are comments; ``#@ key: value`` lines set file metadata
(``group``, ``category``, ``source``; ``weak-candidates: no`` keeps the file's conditioned entries
away from the restorer outside their conditions, see :mod:`unspin.engine.channel`). Bad lines are
reported with their line number and skipped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from unspin.core.bounded_read import Unreadable, read_input, shown
# A list file's problems and its decoding live in list_files (thesaurus.py and screener.py use them
# too); LexiconProblem stays importable from here, where most callers look for it.
from unspin.engine.list_files import LexiconProblem, decode_list_file
from unspin.engine.tokens import other_apostrophe, split_like_tokenizer

TELL_CONFIDENCE = 0.8
PROXIMITY_LOSSY_PRIOR = 0.45
MAX_GAP = 50                       # words allowed between proximity words (``~N``): more is not a phrase
MAX_LEXICON_BYTES = 50 * 1024 * 1024
_GAP = re.compile(r"~(\d+)")
# Errors a malformed row can raise while parsing; each is reported with its line and skipped.
ROW_ERRORS = (ValueError, OverflowError, RecursionError, IndexError, KeyError, TypeError)
COLUMNS = ("spun", "restored", "pos", "when", "confidence", "note")
_WORD = re.compile(r"\S+")
@dataclass
class Entry:
    spun: tuple[str, ...]           # words as written, without the head marker
    head: int                       # index of the inflected word in spun
    restored: tuple[str, ...]       # first is best
    restored_head: tuple[int, ...]  # per restored alternative, index of its inflected word
    pos: frozenset[str] = frozenset()
    when: tuple[str, ...] = ()
    confidence: float = 0.5
    note: str = ""
    group: str = "user"
    category: str = "spinner"
    source: str = ""
    line: int = 0
    gap: int = 0                    # other words allowed between the spun words in total (``~N``)
    conditions: tuple = field(default=(), compare=False, repr=False)  # parsed by the engine
    written: str = field(default="", compare=False, repr=False)       # the spun column's words
    path: str = field(default="", compare=False, repr=False)          # the file it was read from
    weak_outside: bool = field(default=True, compare=False, repr=False)  # a weak candidate outside its conditions

    @property
    def rule_id(self) -> str:
        gap = f" ~{self.gap}" if self.gap else ""
        return f"{self.group}:{self.written or ' '.join(self.spun)}{gap}"

    @property
    def spun_key(self) -> str:
        """The form the row matches, case aside: its tokens lowercased, with its gap (two rows of
        one key compete for the same words)."""
        gap = f" ~{self.gap}" if self.gap else ""
        return " ".join(self.spun).lower() + gap

    @property
    def is_tell(self) -> bool:
        return self.confidence >= TELL_CONFIDENCE

    @property
    def shown_note(self) -> str:
        """The part of the note a user is shown: its first sentence (:func:`shown_note`)."""
        return shown_note(self.note)

    def explanation(self) -> str:
        if self.shown_note:
            return self.shown_note
        spun, best = " ".join(self.spun), self.restored[0].replace("*", "")
        if self.category == "tortured phrase":
            return f'"{spun}" is a known tortured phrase for the standard term "{best}".'
        return f'"{spun}" is a typical article-spinner swap for "{best}".'


# A full stop after these does not end a note's first sentence ("Mr. Smith", "U.S. forces", "p.c. of").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|vs|No|Nos|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen|Lt|"
                           r"Col|Capt|Prof|etc|approx|cf|al|Fig|Vol|pp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                           r"Sept|Oct|Nov|Dec)|(?<![\w'’])[A-Za-z](?:\.[A-Za-z])*)$")


@lru_cache(maxsize=16384)   # read at every match of an entry with a note
def shown_note(note: str) -> str:
    """The first sentence of a lexicon note: what a user is shown. The rest is the maintainers'
    (see the format above). Quotes ("..." and “...”) and brackets are never cut."""
    note = note.strip()
    quoted = curly = depth = 0
    for i, ch in enumerate(note):
        if ch == '"':
            quoted ^= 1
        elif ch == "“":
            curly += 1
        elif ch == "”":
            curly = max(0, curly - 1)
        elif ch in "([" and not quoted:
            depth += 1
        elif ch in ")]" and not quoted:
            depth = max(0, depth - 1)
        elif ch in ".!?" and not (quoted or curly or depth):
            rest = note[i + 1:]
            if not rest[:1].isspace():
                continue
            following = rest.lstrip()
            if not following:
                break
            if following[0].islower() or following[0].isdigit():
                continue
            if ch == "." and _ABBREVIATION.search(note[:i]):
                continue
            return note[:i + 1]
    return note


def with_apostrophe_twins(entries: list[Entry]) -> list[Entry]:
    """The entries, and for each whose spun words hold an apostrophe its twin written with the other
    one ("we've got made" and "we’ve got made"): a row's author types one, a spun page may use either
    (the training pairs' pages mostly curly, the rows mostly straight), and the tokenizer keeps each
    as written. The twin's repair takes the same apostrophe as its spun words, so a repair keeps the
    page's style. No twin where a row of that form exists already (its author wrote both)."""
    keys = {(e.spun_key, e.group) for e in entries}
    twins = []
    for e in entries:
        if not any("'" in w or "’" in w for w in e.spun):
            continue
        spun = tuple(other_apostrophe(w) for w in e.spun)
        twin = replace(e, spun=spun, restored=tuple(other_apostrophe(r) for r in e.restored))
        if (twin.spun_key, e.group) in keys:
            continue
        keys.add((twin.spun_key, e.group))
        twins.append(twin)
    return entries + twins


def _split_marked(words: list[str]) -> tuple[tuple[str, ...], int]:
    head = len(words) - 1
    clean = []
    for i, w in enumerate(words):
        if w.endswith("*") and len(w) > 1:
            head = i
            w = w[:-1]
        clean.append(w)
    return tuple(clean), head


def parse_gap(digits: str) -> int:
    """The N of a proximity ``~N``, at most MAX_GAP (ValueError otherwise, however many digits)."""
    digits = digits.strip()
    if not digits.isdigit() or len(digits) > 4 or int(digits) > MAX_GAP:
        raise ValueError(f"the gap ~{digits[:10]}{'...' if len(digits) > 10 else ''} is too large "
                         f"(at most ~{MAX_GAP})")
    return int(digits)


def parse_entry(cols: list[str], meta: dict[str, str], path: str, lineno: int) -> Entry:
    cols = [c.strip() for c in cols] + [""] * (len(COLUMNS) - len(cols))
    spun_text, restored_text, pos_text, when_text, conf_text, note = cols[:6]
    if not spun_text:
        raise ValueError("the spun column is empty")
    if not restored_text:
        raise ValueError("the restored column is empty")
    _refuse_invisible(spun_text, "spun", "the row would match only text that holds the same hidden character")
    _refuse_invisible(restored_text, "restored", "a repair would write it into the document unseen")
    spun_words = _WORD.findall(spun_text)
    gap = 0
    if len(spun_words) > 1 and _GAP.fullmatch(spun_words[-1]):
        gap = parse_gap(spun_words.pop()[1:])
    if not spun_words:
        raise ValueError("the spun column is empty")
    written = " ".join(_split_marked(spun_words)[0])
    spun, head = _split_marked([part for w in spun_words for part in split_like_tokenizer(w)])
    restored, heads = [], []
    for alt in restored_text.split("|"):
        words = _WORD.findall(alt)
        if not words:
            raise ValueError(f"an empty alternative in {restored_text!r}")
        w, h = _split_marked(words)
        restored.append(" ".join(w))
        heads.append(h)
    try:
        confidence = float(conf_text) if conf_text else 0.5
    except ValueError:
        raise ValueError(f"confidence {conf_text!r} is not a number") from None
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence {confidence} is outside 0..1")
    pos = frozenset(p.strip().upper() for p in pos_text.split("|") if p.strip() and p.strip() != "*")
    when = tuple(w.strip() for w in when_text.split(",") if w.strip() and w.strip() != "-")
    return Entry(spun=spun, head=head, restored=tuple(restored), restored_head=tuple(heads), pos=pos,
                 when=when, confidence=confidence, note=note, group=meta.get("group", "user"),
                 category=meta.get("category", "spinner"), source=meta.get("source", ""), line=lineno,
                 gap=gap, path=path, written=written,
                 weak_outside=meta.get("weak-candidates", "yes").strip().lower() != "no")


# Invisible formatting characters (Unicode's Cf: bidi overrides and marks, zero-width spaces, the word
# joiner, soft hyphens, byte-order marks), pasted from a web page or a joined file. A document's words
# keep them as written (engine/spaces.py), so a row holding one matches only a word holding the very
# same one, and a repair holding one plants it (a right-to-left override turns the rest of the line
# around). The joiners U+200C and U+200D are letters' business in Persian and Indic words: allowed.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                        "\ufeff\ufff9-\ufffb\U000e0001-\U000e007f]")


def _refuse_invisible(text: str, column: str, why: str) -> None:
    found = _INVISIBLE.search(text)
    if found:
        c = found.group()
        name = unicodedata.name(c, "a formatting character")
        raise ValueError(f"the {column} column holds an invisible character, U+{ord(c):04X} ({name}): {why}; "
                         "delete it")


def parse_lexicon(text: str, path: str = "<lexicon>", default_meta: dict[str, str] | None = None
                  ) -> tuple[list[Entry], list[LexiconProblem]]:
    meta = dict(default_meta or {})
    entries: list[Entry] = []
    problems: list[LexiconProblem] = []
    header_seen = False
    # Only line feeds end a row: str.splitlines would also split at U+2028, U+0085, form feeds...
    # inside a row. (Decoding made every line ending a line feed.)
    for lineno, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw
        if not line.strip():
            continue
        if line.startswith("#@"):
            key, _, value = line[2:].partition(":")
            meta[key.strip().lower()] = value.strip()
            continue
        if line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen and cols[0].strip().lower() == "spun":
            header_seen = True
            continue
        if len(cols) < 2:
            problems.append(LexiconProblem(path, lineno, "expected tab-separated columns: spun, restored, ..."))
            continue
        try:
            entries.append(parse_entry(cols, meta, path, lineno))
        except ROW_ERRORS as exc:
            problems.append(LexiconProblem(path, lineno, row_error(exc)))
    return entries, problems


def row_error(exc: BaseException) -> str:
    """A one-line message for an error raised while parsing one row."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, OverflowError):
        return "a number is too large"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def read_lexicon_text(path: Path, problems: list | None = None) -> str:
    """A lexicon file's text, whatever its extension (.tsv and .csv alike): read by the bounded
    reader, then decoded by :func:`decode_list_file` (whose notes go to ``problems``). ``Unreadable``
    (a one-line message) if it is not a readable text file."""
    return decode_list_file(read_input(Path(path), MAX_LEXICON_BYTES, "lexicons"), path, "lexicon", problems)


def load_lexicon_file(path: Path) -> tuple[list[Entry], list[LexiconProblem]]:
    notes: list[LexiconProblem] = []
    try:
        text = read_lexicon_text(path, notes)
    except Unreadable as exc:
        return [], [LexiconProblem(str(path), 0, f"cannot read the lexicon: {exc}")]
    # The group names the file in every rule ("news-spinner:..."): a name that is not UTF-8 is shown
    # with U+FFFD, as in messages, not carried as half a UTF-16 pair into reports and files.
    entries, problems = parse_lexicon(text, str(path), {"group": shown(path.stem).replace("_", "-")})
    problems = sorted(notes + problems, key=lambda p: p.line)
    if not entries and not problems:
        # A file that gives nothing says so (the command line refuses it when named, as an empty
        # document): an empty pipe to "--lexicon -" otherwise ran as if no lexicon had been given.
        problems.append(LexiconProblem(str(path), 0, _nothing_read(path, text)))
    return entries, problems


def _nothing_read(path, text: str) -> str:
    if str(path) == "-":
        return "standard input is empty: there is no lexicon to read" if not text.strip() else \
            "standard input holds no lexicon rows (only a header, comments or blank lines)"
    return "the file is empty: there is no lexicon to read" if not text.strip() else \
        "no lexicon rows found (only a header, comments or blank lines)"


def load_lexicons(paths: Iterable[Path]) -> tuple[list[Entry], list[LexiconProblem]]:
    entries: list[Entry] = []
    problems: list[LexiconProblem] = []
    for p in paths:
        if p.suffix.lower() == ".csv":
            from unspin.engine.screener import load_screener_csv
            e, pr = load_screener_csv(p)
        else:
            e, pr = load_lexicon_file(p)
        entries.extend(e)
        problems.extend(pr)
    return entries, problems


def bundled_lexicon_paths() -> list[Path]:
    from unspin.resources_path import resource
    return sorted(resource("lexicons").glob("*.tsv"))
