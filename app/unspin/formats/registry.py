"""Which reader and writer handle which file, chosen by extension.

``load_document(path)`` returns a :class:`Source`: the text the engine analyses and whatever the
format needs to write the document back (encoding, or the original package for .docx/.odt).
``analyse_source(engine, source)`` runs the engine on it and drops every suggestion that touches a
protected range (Markdown syntax, tabs and breaks in word-processing files).
``save_document(source, document, path)`` writes the repaired document in the format the target
path asks for, always through :func:`unspin.formats.safe_write.write_atomic`.

Every failure to read is an :class:`InputError` and every failure to write an
:class:`OutputError`, each with a one-line message fit for the user.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from unspin.core.model import Document, Suggestion
from unspin.formats.errors import EncodingError, InputError, OutputError
from unspin.formats.package import MAX_PACKAGE_BYTES as _PACKAGE_LIMIT
from unspin.formats.safe_write import write_atomic
from unspin.formats.textfile import MAX_BYTES, TextFormat, decode_bytes


@dataclass
class Source:
    path: Path | None
    text: str
    kind: str                      # "text", "markdown", "docx", "odt", "pdf"
    info: Any = None               # format-specific: TextFormat for text and Markdown
    notes: list[str] = field(default_factory=list)  # things to tell the user (e.g. PDF not rewritten)
    # Character ranges [start, end) of ``text`` that must never be rewritten (Markdown syntax,
    # code, URLs; tabs and breaks in .docx/.odt). Sorted, non-overlapping.
    protected: list[tuple[int, int]] = field(default_factory=list)
    fingerprint: Any = None        # unspin.formats.fingerprint.Fingerprint of the file when it was read


Reader = Callable[[Path], Source]
Writer = Callable[[Source, Document, Path, bool], bytes]


@dataclass(frozen=True)
class Format:
    """One kind of document, as its module registers it (``register(Format(...))``). Everything
    else -- which reader opens a file, the file dialogs' filters, whether saving patches the
    original file in place -- is derived from these records."""
    kind: str                          # Source.kind of what ``reader`` returns
    label: str                         # for people: "Word document"
    suffixes: tuple[str, ...]          # lower case, with the dot; the first is the one Save As adds
    reader: Reader
    writer: Writer | None = None       # None: read only (saving as this kind is refused, saying why)
    # True when saving a document of this kind to its own kind patches the original file (only the
    # changed words differ, the formatting stays), rather than writing the repaired text out: text
    # typed outside the suggestions is then not kept.
    rebuilt_in_place: bool = False
    # True when each line of the text read is a whole paragraph (a .docx's, an .odt's): a line
    # break there is a paragraph break, never words wrapped (as a plain text's or a PDF's may be).
    paragraph_per_line: bool = False

    def patterns(self) -> str:
        return " ".join(f"*{s}" for s in self.suffixes if s)


FORMATS: dict[str, Format] = {}      # by kind, in registration order
READERS: dict[str, Reader] = {}      # by suffix, derived from FORMATS
WRITERS: dict[str, Writer] = {}
TEXT_KINDS = ("text", "markdown")    # formats whose files are plain text in some encoding
READ_ONLY: dict[str, Format] = {}    # suffix -> a format Unspin reads but does not write


def register(fmt: Format) -> Format:
    FORMATS[fmt.kind] = fmt
    for s in fmt.suffixes:
        READERS[s] = fmt.reader
        if fmt.writer is not None:
            WRITERS[s] = fmt.writer
        else:
            READ_ONLY[s] = fmt
    return fmt


def open_types() -> list[tuple[str, str]]:
    """(label, patterns) for an Open dialog: every readable kind, then each one, then all files."""
    readable = [f for f in FORMATS.values() if f.patterns()]
    return ([("Documents", " ".join(f.patterns() for f in readable))]
            + [(f.label if f.writer else f"{f.label} (read only)", f.patterns()) for f in readable]
            + [("All files", "*")])


def save_types() -> list[tuple[str, str]]:
    """(label, patterns) for a Save dialog: the kinds Unspin writes, first suffix first."""
    return [(f.label, f.patterns()) for f in FORMATS.values() if f.writer is not None and f.patterns()]


def format_for(path: Path | str) -> Format | None:
    """The format a file name asks for (by suffix), or None for an unknown suffix."""
    suffix = _suffix(Path(path))
    return next((f for f in FORMATS.values() if suffix in f.suffixes), None)


def save_format(source: Source) -> Format:
    """The kind Save As proposes for a document: its own kind when Unspin writes it, else text."""
    own = FORMATS.get(source.kind)
    return own if own is not None and own.writer is not None else FORMATS["text"]


def save_as_name(source: Source | None, folder: Path, last_suffix: str | None = None) -> Path:
    """The name Save As proposes: "NAME-repaired" with the suffix last chosen in Save As
    (``last_suffix``, when Unspin writes it), else the document's own suffix when Unspin writes its
    kind, else the suffix of the kind it is saved as (a PDF's repair is proposed as .txt)."""
    last = format_for(f"name{last_suffix}") if last_suffix else None
    if last is not None and last.writer is not None:
        fmt = last
    else:
        fmt, last_suffix = (save_format(source) if source is not None else FORMATS["text"]), None
    path = getattr(source, "path", None)
    if path is None:
        return Path(folder) / f"repaired{last_suffix or fmt.suffixes[0]}"
    path = Path(path)
    if last_suffix:
        suffix = last_suffix
    else:
        suffix = path.suffix if path.suffix and _suffix(path) in fmt.suffixes else fmt.suffixes[0]
    return path.with_name(f"{path.stem}-repaired{suffix}")


def with_suffix_of(path: Path | str, fmt: Format) -> Path:
    """``path`` with ``fmt``'s first suffix added when its name has no suffix Unspin writes
    ("report" -> "report.docx"; "report.odt" stays as it is)."""
    path = Path(path)
    if _suffix(path) and _suffix(path) in WRITERS:
        return path
    return path.with_name(path.name + fmt.suffixes[0])


def lines_are_paragraphs(source: Source | None) -> bool:
    """Whether each line of ``source``'s text is a whole paragraph (see Format.paragraph_per_line)."""
    fmt = FORMATS.get(source.kind) if source is not None else None
    return fmt is not None and fmt.paragraph_per_line


def line_breaks_in_paragraphs(source: Source | None) -> list[int]:
    """Offsets in ``source``'s text of its line breaks that fall inside a paragraph (a .docx's
    ``w:br``, an .odt's ``text:line-break``), where each line is otherwise a whole paragraph: the
    reader protects those breaks and no other, so a protected "\\n" is one of them. [] for the
    kinds whose line breaks are not paragraph breaks."""
    if not lines_are_paragraphs(source):
        return []
    text, out = source.text, []
    for start, end in source.protected:
        k = text.find("\n", start, end)
        while k >= 0:
            out.append(k)
            k = text.find("\n", k + 1, end)
    return out


def rebuilt_in_place(source: Source, path: Path | str) -> bool:
    """Whether saving ``source`` to ``path`` patches its original file (see Format.rebuilt_in_place)."""
    fmt = FORMATS.get(source.kind)
    return fmt is not None and fmt.rebuilt_in_place and _suffix(Path(path)) in fmt.suffixes


_MAGIC = ((b"PK\x03\x04", "a zip package (a .docx or .odt document?)"), (b"%PDF-", "a PDF document"),
          (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"))


def read_text(path: Path) -> Source:
    from unspin.formats.reading import read_input
    name = "standard input" if str(path) == "-" else str(path)
    data = read_input(path, MAX_BYTES, "text")   # once, bounded
    try:
        text, fmt = decode_bytes(data, name)
    except InputError as exc:
        if "binary" in str(exc):
            for magic, what in _MAGIC:
                if data.startswith(magic):
                    hint = ("save it to a file with the right extension" if str(path) == "-"
                            else "give it the right extension")
                    raise InputError(f"{name} is {what}, not text; {hint} (.docx, .odt or .pdf)") from None
        raise
    return Source(None if str(path) == "-" else path, text, "text", fmt)


def plain_text_bytes(source: Source, document: Document, pending_as_replacement: bool,
                     rewrite: Callable[[str], str] | None = None) -> bytes:
    """The repaired text in the source's own encoding, BOM and line endings: the file's bytes
    unchanged wherever the text is. EncodingError when the encoding cannot hold a repair's
    characters (the caller asks or refuses; the encoding never changes silently). ``rewrite``
    changes the text first (plain text saved as Markdown gets its escapes)."""
    fmt = source.info if isinstance(source.info, TextFormat) else TextFormat()
    from unspin.formats.xmlscan import LONE_SURROGATE
    text = document.repaired_text(pending_as_replacement)
    if rewrite is not None:
        text = rewrite(text)
    # Half a UTF-16 pair (a damaged paste) fits no encoding: U+FFFD marks it, as a decoder would.
    text = LONE_SURROGATE.sub("\ufffd", text)
    try:
        return fmt.encode(text)
    except UnicodeEncodeError as exc:
        bad = "".join(dict.fromkeys(c for c in text if not _encodable(c, fmt.encoding)))
        first = next((i for i, c in enumerate(text) if c in bad), 0)
        line = text.count("\n", 0, first) + 1
        shown_chars = ", ".join(repr(c) for c in bad[:5]) + (", ..." if len(bad) > 5 else "")
        raise EncodingError(f"the file is in {fmt.encoding}, which cannot hold {shown_chars} (first on line {line})",
                            fmt.encoding, bad) from None


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def with_encoding(source: Source, encoding: str | None, path: Path | None = None) -> Source:
    """The source as it would be written in another text encoding to ``path``: for a text or
    Markdown file, and for a .docx or .odt saved as text ("report.docx -o report.txt"). A .docx or
    .odt saved as itself carries its own encoding and is returned as it is."""
    if not encoding:
        return source
    if isinstance(source.info, TextFormat):
        info = source.info
    elif path is not None and writes_text(source, path):
        info = TextFormat()
    else:
        return source
    from unspin.formats.textfile import file_encoding
    try:
        file_encoding(encoding)
    except ValueError as exc:
        raise OutputError(str(exc)) from None
    return dataclasses.replace(source, info=info.with_encoding(encoding))


def write_text(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    return plain_text_bytes(source, document, pending_as_replacement)


# Plain text is also what a file with no or an unknown suffix is read as ("" is no suffix).
register(Format("text", "Text", (".txt", ".text", ""), read_text, write_text))


def _suffix(path: Path) -> str:
    return Path(path).suffix.lower()


# -- protected ranges --------------------------------------------------------------------------------
def overlaps_protected(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether [start, end) touches one of ``ranges`` (sorted, non-overlapping). An empty span
    (an insertion) touches a range it lies inside or at the start of."""
    if not ranges:
        return False
    stop = max(end, start + 1)
    k = bisect_right(ranges, (stop - 1, float("inf"))) - 1  # last range starting before stop
    return k >= 0 and ranges[k][1] > start


def filter_protected(suggestions: Iterable[Suggestion], ranges: list[tuple[int, int]]) -> list[Suggestion]:
    """The suggestions that touch no protected range."""
    ranges = _normalise(ranges)
    return [s for s in suggestions if not overlaps_protected(s.start, s.end, ranges)]


def masked_text(source: Source) -> str:
    """The source text with protected characters blanked (newlines kept), offsets unchanged.

    The engine reads this instead of the raw text so that code, URLs and markup are not taken
    for prose; the suggestions it makes are still valid offsets in ``source.text``.
    """
    if not source.protected:
        return source.text
    chars = list(source.text)
    for a, b in source.protected:
        for i in range(a, min(b, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def analyse_source(engine, source: Source, cancelled: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None):
    """Run the engine on a source; suggestions touching protected ranges are dropped.

    Returns the engine's ``Analysis`` with ``text`` set to ``source.text`` (so
    ``analysis.to_document()`` is ready for review and saving).
    """
    analysis = engine.analyse(masked_text(source), cancelled=cancelled, progress=progress)
    return dataclasses.replace(analysis, text=source.text,
                               suggestions=suggestions_in_source(analysis.suggestions, source))


def suggestions_in_source(suggestions, source: Source) -> list:
    """The suggestions that may be made on ``source``: none touching its protected ranges (code,
    links' targets...), each still matching the source's own words. Which of them a user sees is
    :mod:`unspin.engine.visibility`'s decision."""
    return [s for s in filter_protected(suggestions, source.protected)
            if source.text[s.start:s.end] == s.original]


# -- loading and saving ------------------------------------------------------------------------------
def load_document(path: Path) -> Source:
    """Read a document; InputError (one-line message) for anything that cannot be opened."""
    from unspin.formats import reading
    path = Path(path)
    # Type and size first, from stat alone: a FIFO or a device is refused before it is opened.
    reading.check_input(path, max(MAX_BYTES, _PACKAGE_LIMIT), "documents")
    stdin = reading.is_stdin(path)
    fn = READERS[".txt"] if stdin else READERS.get(_suffix(path))
    if fn is None:
        fn = READERS[".txt"]  # unknown extension: try it as text; binary files are refused there
    try:
        reading.forget()
        src = fn(path)
        # The fingerprint of the very bytes the reader read (no second read, no race).
        before = reading.last_fingerprint(path)
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{path} is nested too deeply to be read") from None
    except MemoryError:
        raise InputError(f"{path} is too large to be read") from None
    except Exception as exc:  # a damaged file must never end in a traceback
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path} cannot be read: {detail}") from None
    name = "standard input" if stdin else path
    if not src.text.strip():
        raise InputError(f"{name} is empty: there is no text to check")
    if len(src.text) > MAX_BYTES:
        raise InputError(f"{name} holds {len(src.text) / 1048576:.1f} million characters of text; the limit "
                         f"is {MAX_BYTES // 1048576} MiB of text")
    src.protected = _normalise(src.protected)
    src.fingerprint = before
    return src


def _normalise(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted((int(a), int(b)) for a, b in ranges if b > a):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# Formats with their own structure: plain text written under these names would be a broken file.
RICH_SUFFIXES = frozenset({".rtf", ".doc", ".htm", ".html", ".xhtml", ".epub", ".pages", ".wpd", ".xls",
                           ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".tex", ".json", ".xml"})


def writer_for(source: Source, path: Path) -> Writer:
    """The writer for a target path, or an OutputError saying why it cannot be written."""
    suffix = _suffix(path)
    if suffix in READ_ONLY:
        name = READ_ONLY[suffix].label
        kinds = ", ".join(f.suffixes[0] for f in FORMATS.values() if f.writer is not None)
        raise OutputError(f"cannot save as {name} ({path}): Unspin does not write {name} files; "
                          f"save as {kinds} instead")
    fn = WRITERS.get(suffix)
    if fn is None and (not suffix or (suffix not in RICH_SUFFIXES and source.kind in ("text", "markdown"))):
        # "repair notes.txt -o notes.out": a text document goes on being the same kind of text.
        fn = save_format(source).writer
    if fn is None:
        kinds = ", ".join(sorted(s for s in WRITERS if s))
        raise OutputError(f"cannot save as {suffix}: Unspin saves {kinds}")
    return fn


def writes_text(source: Source, path: Path) -> bool:
    """Whether ``path`` would be written as plain text in some encoding (text and Markdown)."""
    fn = writer_for(source, Path(path))
    return any(FORMATS[name].writer is fn for name in TEXT_KINDS if name in FORMATS)


def check_can_save(source: Source, path: Path) -> None:
    """Raise OutputError early (before a long analysis) when ``path`` cannot be written."""
    writer_for(source, Path(path))


def document_bytes(source: Source, document: Document, path: Path, pending_as_replacement: bool = False,
                   encoding: str | None = None) -> bytes:
    """The bytes ``path`` would get. ``encoding`` writes a text file in another encoding."""
    source = with_encoding(source, encoding, Path(path))
    fn = writer_for(source, Path(path))
    try:
        return fn(source, document, Path(path), pending_as_replacement)
    except OutputError:
        raise
    except Exception as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OutputError(f"cannot save {path}: {detail}") from None


def save_document(source: Source, document: Document, path: Path, pending_as_replacement: bool = False,
                  backup: bool = False, encoding: str | None = None) -> Path | None:
    """Write the repaired document to ``path`` (format by extension). With ``backup``, the file
    being replaced is kept as ``path~``; returns that backup's path when one was made.
    ``encoding`` writes a text file in another encoding (EncodingError without it when the
    file's own encoding cannot hold the text)."""
    data = document_bytes(source, document, path, pending_as_replacement, encoding)
    result = write_atomic(Path(path), data, backup=backup)
    if source.path is not None and Path(path).resolve() == Path(source.path).resolve():
        from unspin.formats.fingerprint import fingerprint
        source.fingerprint = fingerprint(Path(path))
    return result


# The format modules register their Format records on import (the one list to extend).
from unspin.formats import markdown, docx, odt, pdf  # noqa: E402,F401
