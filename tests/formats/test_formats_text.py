"""Plain text and Markdown: encodings, BOMs, line endings, byte-exact round trips, protected syntax."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import pytest

from unspin.core.model import Document, Suggestion
from unspin.formats.errors import InputError
from unspin.formats.markdown import protected_ranges
from unspin.formats.registry import (Source, analyse_source, filter_protected, load_document, masked_text,
                                     overlaps_protected, save_document)
from unspin.formats.textfile import MAX_BYTES

TEXT = "Café owners said a go to to the capital was planned.\nThe officers agreed: a go to it is.\n"


def suggest(text: str, word: str = "go to", replacement: str = "visit") -> list[Suggestion]:
    return [Suggestion(m.start(), m.end(), m.group(), replacement, rule="test")
            for m in re.finditer(re.escape(word), text)]


ENCODINGS = [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("utf-16-be", b""), ("cp1252", b""),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding,bom", ENCODINGS)
def test_ignore_everything_gives_identical_bytes(tmp_path, encoding, bom, newline):
    raw = bom + TEXT.replace("\n", newline).encode(encoding)
    path = tmp_path / "in.txt"
    path.write_bytes(raw)
    src = load_document(path)
    assert src.text == TEXT
    assert src.info.encoding == encoding and src.info.bom == bom and src.info.newline == newline
    doc = Document(src.text, suggest(src.text))
    for s in doc:
        doc.ignore(s.id)
    out = tmp_path / "out.txt"
    save_document(src, doc, out)
    assert out.read_bytes() == raw
    save_document(src, Document(src.text, suggest(src.text)), out)  # pending, not applied
    assert out.read_bytes() == raw


@pytest.mark.parametrize("encoding,bom", ENCODINGS)
def test_accepting_changes_only_those_words(tmp_path, encoding, bom):
    raw = bom + TEXT.replace("\n", "\r\n").encode(encoding)
    path = tmp_path / "in.txt"
    path.write_bytes(raw)
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    doc.accept(0)
    out = tmp_path / "out.txt"
    save_document(src, doc, out)
    expected = bom + TEXT.replace("go to", "visit", 1).replace("\n", "\r\n").encode(encoding)
    assert out.read_bytes() == expected
    again = load_document(out)
    assert again.text == TEXT.replace("go to", "visit", 1)


def test_legacy_encoding_is_detected_and_kept(tmp_path):
    text = ("Les élèves ont visité le musée déjà fermé. Ça coûte très cher à Noël, naïvement.\n" * 3)
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    src = load_document(path)
    assert src.text == text
    out = tmp_path / "out.txt"
    save_document(src, Document(src.text), out)
    assert out.read_bytes() == text.encode("cp1252")


@pytest.mark.parametrize("text,encoding", [
    ("Grüße aus München, schöne Straße – “naïvement” déjà.\n", "cp1252"),
    ("Zażółć gęślą jaźń, powiedział pan w Łodzi.\n", "cp1250"),
    ("Привет, как дела у тебя сегодня? Всё хорошо.\n", "cp1251"),
])
def test_legacy_code_pages_are_told_apart(tmp_path, text, encoding):
    path = tmp_path / "in.txt"
    path.write_bytes(text.encode(encoding))
    src = load_document(path)
    assert src.text == text and src.info.encoding == encoding


def test_replacement_the_legacy_encoding_cannot_hold_is_refused_unless_an_encoding_is_chosen(tmp_path):
    from unspin.formats.errors import EncodingError
    path = tmp_path / "in.txt"
    path.write_bytes("Café go to here.\n".encode("cp1252"))
    src = load_document(path)
    doc = Document(src.text, suggest(src.text, replacement="visit ✓"))
    doc.accept(0)
    out = tmp_path / "out.txt"
    with pytest.raises(EncodingError, match="cp1252.*'✓'"):
        save_document(src, doc, out)
    assert not out.exists()   # never a silent change of encoding
    save_document(src, doc, out, encoding="utf-8")
    assert out.read_bytes().decode("utf-8") == "Café visit ✓ here.\n"


def test_mixed_line_endings_keep_the_majority(tmp_path):
    path = tmp_path / "in.txt"
    path.write_bytes(b"one\r\ntwo\r\nthree\n")
    src = load_document(path)
    assert src.text == "one\ntwo\nthree\n"
    assert src.info.newline == "\r\n"


def test_bad_text_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n ")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    for path, words in [(empty, "empty"), (blank, "empty"), (binary, "binary"), (big, "limit is 20 MiB"),
                        (tmp_path / "missing.txt", "no such file"), (tmp_path, "folder")]:
        with pytest.raises(InputError) as info:
            load_document(path)
        assert words in str(info.value)
        assert "\n" not in str(info.value)


# -- Markdown -------------------------------------------------------------------------------------------
MD = """---
title: A go to guide
---
# The go to heading #

Prose with a go to, then `code go to` and [a go to link](https://example.com/go_to "go to").
See https://example.com/go-to or <https://example.org/go%20to>, mail go.to@example.com.
<span title="go to">inline html go to</span> and **a go to** in bold.

```python
go to = "go to"
```

    an indented go to block

- a go to item
> a quoted go to

| head | go to |
|------|-------|

[ref]: https://example.com/go-to "go to"
<!-- go to
go to -->
The last go to.
"""


def _prose_hits(text: str, ranges) -> list[str]:
    """Each 'go to' kept, described by what precedes it on its line."""
    return [text[text.rfind("\n", 0, s.start) + 1:s.start] for s in filter_protected(suggest(text), ranges)]


def test_markdown_syntax_is_protected_and_prose_is_not():
    ranges = protected_ranges(MD)
    kept = _prose_hits(MD, ranges)
    assert kept == ["# The ", "Prose with a ", "Prose with a go to, then `code go to` and [a ",
                    '<span title="go to">inline html ',
                    '<span title="go to">inline html go to</span> and **a ', "- a ", "> a quoted ",
                    "| head | ", "The last "]


def test_markdown_round_trip(tmp_path):
    path = tmp_path / "doc.md"
    path.write_bytes(MD.replace("\n", "\r\n").encode("utf-8-sig"))
    src = load_document(path)
    assert src.kind == "markdown" and src.protected
    kept = filter_protected(suggest(src.text), src.protected)
    doc = Document(src.text, kept)
    out = tmp_path / "out.md"
    save_document(src, doc, out)
    assert out.read_bytes() == path.read_bytes()
    doc.accept_all()
    save_document(src, doc, out)
    result = out.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert "```python\ngo to = \"go to\"\n```" in result
    assert "https://example.com/go_to \"go to\"" in result
    assert "title: A go to guide" in result
    assert "Prose with a visit," in result and "The last visit." in result
    assert result.count("go to") == MD.count("go to") - len(kept)


def test_masked_text_keeps_offsets_and_newlines():
    src = Source(None, "a `x y`\nb", "markdown", protected=[(2, 7)])
    masked = masked_text(src)
    assert masked == "a      \nb" and len(masked) == len(src.text)


def test_overlap_rules():
    ranges = [(5, 10), (20, 30)]
    assert not overlaps_protected(0, 5, ranges)
    assert overlaps_protected(4, 6, ranges)
    assert overlaps_protected(9, 12, ranges)
    assert not overlaps_protected(10, 20, ranges)
    assert overlaps_protected(0, 40, ranges)
    assert overlaps_protected(25, 25, ranges)      # an insertion inside a range
    assert not overlaps_protected(10, 10, ranges)


@dataclass
class FakeAnalysis:
    text: str
    spin_score: float
    suggestions: list = field(default_factory=list)
    words: int = 0


class FakeEngine:
    """Suggests 'visit' for every 'go to' in what it is given (it sees the masked text)."""

    def __init__(self):
        self.seen = None

    def analyse(self, text, cancelled=None, progress=None):
        self.seen = text
        return FakeAnalysis(text, 0.5, suggest(text))


def test_analyse_source_masks_and_filters():
    text = "A go to and `a go to` here."
    src = Source(None, text, "markdown", protected=protected_ranges(text))
    engine = FakeEngine()
    analysis = analyse_source(engine, src)
    assert "`" not in engine.seen
    assert analysis.text == text
    assert [(s.start, s.original) for s in analysis.suggestions] == [(2, "go to")]


def test_binary_with_alternating_zero_bytes_is_not_taken_for_utf16(tmp_path):
    from unspin.formats.errors import InputError
    from unspin.formats.textfile import read_text_file
    import pytest as _pytest
    p = tmp_path / "noise.txt"
    p.write_bytes(b"\x00\x01\x02\xff" * 100)
    with _pytest.raises(InputError, match="binary"):
        read_text_file(p)
