"""Importing the Problematic Paper Screener's tortured-phrase fingerprints as lexicon entries.

The Screener exports its fingerprint list as CSV with the header::

    Fingerprint - Tortured Phrase,Expected Text,Nb Retrieved Papers

(UTF-8, possibly with a BOM, CRLF line ends, quoted fields that may hold commas or line breaks).
Columns are found by their header names ("fingerprint"/"tortured", "expected", "nb"/"papers");
without a recognisable header the first three columns are taken in that order.

Fingerprint syntax (a small subset of the Lucene/Dimensions query language):

* ``counterfeit consciousness`` or ``"counterfeit consciousness"`` — a phrase (quoted or not).
* ``"a b"~N`` — the words of the phrase in that order with at most N other words between them in
  total, within one sentence (Lucene also accepts the reverse order for N >= 2; Unspin does not,
  since a repair needs the written order). It becomes an entry with ``gap = N`` (see
  :mod:`unspin.engine.lexicon`).
* ``A OR B`` — either phrase: one entry each, with the same expected text.
* ``A AND B`` — A is the phrase to repair; B must occur in the same paragraph
  (condition ``para_has:B``). Several ``AND`` terms must all occur.
* ``A NOT B`` / ``A AND NOT B`` — A, unless B occurs in the same paragraph (``!para_has:B``).
* Parentheses group alternatives: ``(A OR B) AND C`` gives an entry for A and one for B, each
  requiring C; ``A AND (B OR C)`` requires B or C; ``A NOT (B OR C)`` forbids both.
  Two phrases written side by side with no operator are read as ``AND``.
  The first positive phrase is the one repaired; nesting beyond this is reported as too complex.
* Operators are the uppercase words ``AND``, ``OR``, ``NOT`` (lowercase "and"/"or" are words of
  the phrase: "nausea and vomiting").

Phrase words keep their case: lowercase words match any inflection and any capitalisation at a
sentence start; a word with a capital matches that exact text only (as in ``*.tsv`` lexicons).
Hyphens and a possessive ``'s`` are split off as separate tokens, as spaCy does.

Expected Text: alternatives separated by ``;`` or ``|``, or by ``/`` when the slash has a space
on either side or stands between two multi-word options ("big data/large data"); a slash inside a
term ("TCP/IP", "input/output", "signal/noise ratio") is kept.

Nb Retrieved Papers sets the prior confidence: 0.80 with no count, rising with the logarithm of
the count to 0.95 at 1,000 papers or more (0.85 at 10, 0.90 at 100).

Rows that cannot be used are reported as :class:`LexiconProblem` with the CSV's physical line
number (where the row starts); the other rows still load. Entries get category "tortured phrase"
and group "screener".
"""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

from unspin.engine.lexicon import ROW_ERRORS, Entry, LexiconProblem, parse_entry, parse_gap, row_error

GROUP = "screener"
CATEGORY = "tortured phrase"
BASE_PRIOR = 0.80
MAX_BONUS = 0.15
FULL_AT_PAPERS = 1000


class FingerprintError(ValueError):
    pass


# -- the fingerprint query language ------------------------------------------------------------------
@dataclass(frozen=True)
class Phrase:
    text: str   # words separated by single spaces, as written
    slop: int = 0

    def condition_arg(self) -> str:
        text = self.text.replace(",", " ").replace("|", " ")
        text = " ".join(text.split())
        return f"{text}~{self.slop}" if self.slop else text


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


_TOKEN = re.compile(r'\s*(?:(?P<quoted>"[^"]*"|“[^”]*”)|(?P<paren>[()])|(?P<word>[^\s()"“”]+))')
_SLOP_SUFFIX = re.compile(r"^~(\d+)")
_OPERATORS = {"AND", "OR", "NOT", "&&", "||"}


def _tokenize(text: str) -> list[tuple[str, str]]:
    """("phrase", words) / ("op", AND|OR|NOT) / ("(", ) / (")", ) / ("slop", N) tokens."""
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FingerprintError(f"cannot read the fingerprint at {text[pos:]!r}")
        pos = m.end()
        if m.group("quoted") is not None:
            out.append(("quoted", m.group("quoted")[1:-1]))
        elif m.group("paren") is not None:
            out.append((m.group("paren"), ""))
        else:
            word = m.group("word")
            slop = _SLOP_SUFFIX.match(word)
            if slop and slop.end() == len(word):
                out.append(("slop", slop.group(1)))
            elif word in _OPERATORS:
                out.append(("op", {"&&": "AND", "||": "OR"}.get(word, word)))
            elif "~" in word and re.fullmatch(r"[^~]+~\d+", word):
                w, n = word.split("~")
                out.append(("word", w))
                out.append(("slop", n))
            else:
                out.append(("word", word))
    # Unquoted words in a row form one phrase; a slop attaches to the phrase before it.
    merged: list[tuple[str, str]] = []
    for kind, value in out:
        if kind == "word" and merged and merged[-1][0] == "bare":
            merged[-1] = ("bare", merged[-1][1] + " " + value)
        elif kind == "word":
            merged.append(("bare", value))
        else:
            merged.append((kind, value))
    return merged


MAX_DEPTH = 50   # parentheses and NOTs nested deeper than this are refused, not recursed into


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def _enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FingerprintError(f"nested more than {MAX_DEPTH} levels deep")

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expr(self):
        items = [self.and_expr()]
        while self.peek() == ("op", "OR"):
            self.take()
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_expr(self):
        items = [self.unary()]
        while True:
            tok = self.peek()
            if tok == ("op", "AND"):
                self.take()
                items.append(self.unary())
            elif tok == ("op", "NOT"):
                self.take()
                items.append(Not(self.unary()))
            elif tok is not None and tok[0] in ("quoted", "bare", "("):
                items.append(self.unary())  # side by side: AND
            else:
                break
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self):
        self._enter()
        try:
            tok = self.peek()
            if tok == ("op", "NOT"):
                self.take()
                return Not(self.unary())
            return self.primary()
        finally:
            self.depth -= 1

    def primary(self):
        tok = self.take()
        if tok is None:
            raise FingerprintError("the fingerprint ends where a phrase was expected")
        kind, value = tok
        if kind == "(":
            inner = self.expr()
            if self.take() != (")", ""):
                raise FingerprintError("a parenthesis is not closed")
            return inner
        if kind in ("quoted", "bare"):
            slop = 0
            if self.peek() is not None and self.peek()[0] == "slop":
                slop = parse_gap(self.take()[1])
            words = " ".join(value.split())
            if not words:
                raise FingerprintError("an empty phrase")
            return Phrase(words, slop)
        if kind == "slop":
            raise FingerprintError(f"'~{value}' must follow a phrase")
        raise FingerprintError(f"unexpected {value or kind!r}")


def parse_fingerprint(text: str):
    """The fingerprint as a tree of Phrase / And / Or / Not."""
    tokens = _tokenize(text)
    if not tokens:
        raise FingerprintError("the fingerprint is empty")
    parser = _Parser(tokens)
    tree = parser.expr()
    if parser.peek() is not None:
        raise FingerprintError(f"unexpected {parser.peek()[1] or parser.peek()[0]!r}")
    return tree


def _phrases_of(node) -> list[Phrase] | None:
    """A phrase, or an OR of phrases, as a list; None for anything more complex."""
    if isinstance(node, Phrase):
        return [node]
    if isinstance(node, Or) and all(isinstance(x, Phrase) for x in node.items):
        return list(node.items)
    return None


@dataclass(frozen=True)
class Rule:
    """One entry's worth of a fingerprint: the phrase to repair and its paragraph conditions."""
    phrase: Phrase
    when: tuple[str, ...] = ()


def fingerprint_rules(text: str) -> list[Rule]:
    tree = parse_fingerprint(text)
    alternatives = tree.items if isinstance(tree, Or) else (tree,)
    rules: list[Rule] = []
    for alt in alternatives:
        terms = alt.items if isinstance(alt, And) else (alt,)
        targets: list[Phrase] | None = None
        when: list[str] = []
        for term in terms:
            negate = isinstance(term, Not)
            phrases = _phrases_of(term.item if negate else term)
            if phrases is None:
                raise FingerprintError("too complex to import: nest at most an OR of phrases in AND/NOT")
            arg = "|".join(p.condition_arg() for p in phrases)
            if negate:
                when.append(f"!para_has:{arg}")
            elif targets is None:
                targets = phrases
            else:
                when.append(f"para_has:{arg}")
        if targets is None:
            raise FingerprintError("nothing to repair: every phrase is negated")
        rules.extend(Rule(p, tuple(when)) for p in targets)
    return rules


# -- expected text and paper counts ------------------------------------------------------------------
_SPACED_SLASH = re.compile(r"\s/|/\s")
_SPACED_SLASH_SPLIT = re.compile(r"\s+/\s*|\s*/\s+")


def split_expected(text: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[;|]", text):
        pieces = [part]
        if "/" in part:
            if _SPACED_SLASH.search(part):
                pieces = _SPACED_SLASH_SPLIT.split(part)
            else:
                bits = part.split("/")
                if all(len(b.split()) > 1 for b in bits):
                    pieces = bits
        for p in pieces:
            p = " ".join(p.replace("*", "").strip().strip('"“”').split())
            if p and p not in out:
                out.append(p)
    return out


def prior_for(papers: int | None) -> float:
    if not papers or papers <= 0:
        return BASE_PRIOR
    share = min(1.0, math.log10(1 + papers) / math.log10(1 + FULL_AT_PAPERS))
    return round(BASE_PRIOR + MAX_BONUS * share, 3)


_COUNT = re.compile(r"(\d{1,12})(?:\.0*)?")


def _parse_count(text: str) -> int | None:
    """A paper count: a whole number (``1,234`` and ``12.0`` too). Anything else, including
    numbers in exponent form or too large to be a count, is an error for the row."""
    text = text.strip().replace(",", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    m = _COUNT.fullmatch(text)
    if m is None:
        shown = text if len(text) <= 20 else text[:20] + "..."
        if re.fullmatch(r"\d+(\.0*)?", text):
            raise ValueError(f"the paper count {shown!r} is too large")
        raise ValueError(f"the paper count {shown!r} is not a whole number")
    return int(m.group(1))


_HYPHEN = re.compile(r"(?<=\w)([-‐‑–/])(?=\w)")
_POSSESSIVE = re.compile(r"(?<=\w)(['’]s)\b")


def spun_words(phrase: str) -> str:
    """The phrase split as spaCy tokenizes it: "k-nearest" -> "k - nearest", "Young's" -> "Young 's"."""
    text = _POSSESSIVE.sub(r" \1", _HYPHEN.sub(r" \1 ", phrase))
    words = text.split()
    for w in words:
        if w.endswith("*") or "?" in w:
            raise FingerprintError(f"wildcards are not supported ({w!r})")
    return " ".join(words)


# -- the CSV -----------------------------------------------------------------------------------------
def _columns(header: list[str]) -> tuple[int, int, int] | None:
    names = [h.strip().lower() for h in header]
    spun = next((i for i, h in enumerate(names) if "fingerprint" in h or "tortured" in h), None)
    expected = next((i for i, h in enumerate(names) if "expected" in h or "correct" in h), None)
    if spun is None or expected is None:
        return None
    count = next((i for i, h in enumerate(names) if h.startswith("nb") or "paper" in h or "count" in h
                  or "retrieved" in h), -1)
    return spun, expected, count


def parse_screener_csv(text: str, path: str = "<screener>", group: str = GROUP
                       ) -> tuple[list[Entry], list[LexiconProblem]]:
    entries: list[Entry] = []
    problems: list[LexiconProblem] = []
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    meta = {"group": group, "category": CATEGORY, "source": path}
    cols: tuple[int, int, int] | None = None
    seen_row = False
    last_line = 0
    while True:
        start_line = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(LexiconProblem(path, start_line, f"unreadable CSV: {exc}; the rest is skipped"))
            break
        last_line = reader.line_num
        if not row or not any(c.strip() for c in row):
            continue
        if row[0].lstrip().startswith("#"):
            continue
        if not seen_row:
            seen_row = True
            cols = _columns(row)
            if cols is not None:
                continue  # the header
            cols = (0, 1, 2)
        spun_col, expected_col, count_col = cols
        try:
            if len(row) <= max(spun_col, expected_col):
                raise ValueError(f"expected at least {max(spun_col, expected_col) + 1} columns, found {len(row)}")
            fingerprint = row[spun_col].strip()
            if not fingerprint:
                raise ValueError("the fingerprint is empty")
            expected = split_expected(row[expected_col])
            if not expected:
                raise ValueError(f"no expected text for {fingerprint!r}")
            papers = _parse_count(row[count_col]) if 0 <= count_col < len(row) else None
            confidence = prior_for(papers)
            rules = fingerprint_rules(fingerprint)
            for rule in rules:
                cols_ = [spun_words(rule.phrase.text) + (f" ~{rule.phrase.slop}" if rule.phrase.slop else ""),
                         "|".join(expected), "", ",".join(rule.when), f"{confidence:.3f}", ""]
                entries.append(parse_entry(cols_, meta, path, start_line))
        except ROW_ERRORS as exc:  # FingerprintError is a ValueError
            problems.append(LexiconProblem(path, start_line, row_error(exc)))
    return entries, problems


def load_screener_csv(path: Path) -> tuple[list[Entry], list[LexiconProblem]]:
    from unspin.core.bounded_read import Unreadable
    from unspin.engine.lexicon import read_lexicon_text
    path = Path(path)
    notes: list[LexiconProblem] = []
    try:
        text = read_lexicon_text(path, notes)   # decoded exactly as a .tsv lexicon is
    except Unreadable as exc:
        return [], [LexiconProblem(str(path), 0, f"cannot read the fingerprint list: {exc}")]
    entries, problems = parse_screener_csv(text, str(path))
    return entries, sorted(notes + problems, key=lambda p: p.line)
