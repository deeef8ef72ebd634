"""Markdown: read and written as text, with every piece of syntax marked as protected.

Only prose is analysed. Protected (never rewritten, blanked for the engine): front matter, fenced
and indented code blocks, code spans, HTML tags, comments and raw <script>/<style>/<pre> blocks,
heading and list markers, block-quote markers, setext underlines and rules, table pipes and
delimiter rows, link and image destinations and reference definitions, autolinks and bare URLs,
e-mail addresses, emphasis markers, backslash escapes, entities and footnote markers. Link text
and text between HTML tags stay prose. Protecting too much only costs a missed suggestion;
protecting too little could break the document, so the rules err on the side of protecting.
"""
from __future__ import annotations

import re
from pathlib import Path

from unspin.core.model import Document
from unspin.formats.registry import (Format, Source, line_breaks_in_paragraphs, lines_are_paragraphs,
                                     plain_text_bytes, register)
from unspin.formats.textfile import read_text_file

_LINE = re.compile(r"[^\n]*\n?")
_QUOTE_PREFIX = re.compile(r" {0,3}>[ \t]?(?: {0,3}>[ \t]?)*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})([^\n]*)")
_HTML_RAW_OPEN = re.compile(r" {0,3}<(script|pre|style|textarea)(?:\s|>|$)", re.I)
_HTML_RAW_CLOSE = re.compile(r"</(?:script|pre|style|textarea)\s*>", re.I)
_HTML_COMMENT_OPEN = re.compile(r" {0,3}<!--")
_ATX = re.compile(r" {0,3}#{1,6}(?=[ \t\n]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")
_SETEXT_OR_RULE = re.compile(r" {0,3}(?:=+|-+|[-*_](?:[ \t]*[-*_]){2,})[ \t]*$")
_LIST = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_REF_DEF = re.compile(r" {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S")
_FOOTNOTE_DEF = re.compile(r" {0,3}\[\^[^\]\n]+\]:")
_TABLE_DELIM = re.compile(r"[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+(?:\|[ \t]*)?$")
_FRONT = re.compile(r"(?:---|\+\+\+)[ \t]*\n")
# No two parts of a pattern above may both take the same run of spaces (as "[ \t]*\|?[ \t]*" did):
# a line of many spaces then made a match try every split of them, and reading stalled for hours.

# Each pattern below is tried at every position of the text: none may scan far from a start where
# it then fails, or a long line of "a.a.a." (e-mail), "![a" (images) made reading quadratic.
_INLINE = [
    re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>]*>"),                  # autolinks
    re.compile(r"<[^\s@<>]+@[^\s@<>]+>"),
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*?)?/?>"),                    # HTML tags
    re.compile(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])"),  # images
    re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)"),                              # link destinations
    re.compile(r"\]\[[^\]\n]*\]"),                                                # reference links
    # A footnote label holds no "[" (GFM's link labels hold no unescaped bracket): with one, each
    # "[^" of a long "[^[^[^" line scanned to the line's end, and reading was quadratic.
    re.compile(r"\[\^[^\[\]\s]+\]"),                                              # footnote refs
    re.compile(r"\b(?:https?|ftp|file)://[^\s<>()\[\]]+|\bwww\.[A-Za-z0-9-]+\.[^\s<>()\[\]]+"),
    re.compile(r"\b[\w.+-]{1,64}@[\w-]+\.[\w.-]+\b"),                             # e-mail addresses (RFC 5321: a name of at most 64)
    re.compile(r"\\[!-/:-@\[-`{-~]"),                                              # escapes
    re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
    re.compile(r"\*+|_+|~~+|\|"),                                                 # emphasis, pipes
]
_LINK_OPEN = re.compile(r"\[(?=(?:[^\[\]\n]|\[[^\[\]\n]*\])*\][(\[])")
_BACKTICKS = re.compile(r"`+")


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of Markdown ``text`` that are syntax, code or addresses, not prose."""
    out: list[tuple[int, int]] = []
    pos = 0
    m = _FRONT.match(text)
    if m:
        closer = re.compile(r"^(?:---|\.\.\.)[ \t]*$" if m.group().startswith("-") else r"^\+\+\+[ \t]*$", re.M)
        c = closer.search(text, m.end())
        if c:
            out.append((0, c.end()))
            pos = c.end()
    _blocks(text, pos, out)
    _inline(text, out)
    return out


def _blocks(text: str, pos: int, out: list[tuple[int, int]]) -> None:
    fence: tuple[str, int] | None = None
    raw_html = comment = False
    prev_blank = True
    prev_code = in_list = False
    for m in _LINE.finditer(text, pos):
        line_start, line = m.start(), m.group()
        if not line:
            break
        body = line.rstrip("\n")
        end = line_start + len(body)
        if fence is not None:
            out.append((line_start, end))
            q = _QUOTE_PREFIX.match(body)
            rest = body[q.end():] if q else body
            f = re.match(r" {0,3}(`+|~+)[ \t]*$", rest)
            if f and f.group(1)[0] == fence[0] and len(f.group(1)) >= fence[1]:
                fence = None
            continue
        if raw_html or comment:
            out.append((line_start, end))
            if raw_html and _HTML_RAW_CLOSE.search(body):
                raw_html = False
            if comment and "-->" in body:
                comment = False
            continue
        if not body.strip():
            prev_blank = True
            continue
        indent = len(body) - len(body.lstrip(" \t"))
        expanded = body[:indent].replace("\t", "    ")
        if len(expanded) >= 4 and (prev_blank or prev_code) and not in_list:
            out.append((line_start, end))        # indented code block
            prev_code, prev_blank = True, False
            continue
        prev_code = False
        q = _QUOTE_PREFIX.match(body)
        offset = 0
        if q and q.end():
            out.append((line_start, line_start + q.end()))
            offset = q.end()
        rest = body[offset:]
        base = line_start + offset
        if (f := _FENCE.match(rest)) and not (f.group(1)[0] == "`" and "`" in f.group(2)):
            out.append((line_start, end))
            fence = (f.group(1)[0], len(f.group(1)))
        elif _HTML_RAW_OPEN.match(rest):
            out.append((line_start, end))
            raw_html = not _HTML_RAW_CLOSE.search(rest)
        elif _HTML_COMMENT_OPEN.match(rest):
            out.append((line_start, end))
            comment = "-->" not in rest
        elif _SETEXT_OR_RULE.match(rest) or _TABLE_DELIM.match(rest) or _REF_DEF.match(rest):
            out.append((line_start, end))
        elif h := _ATX.match(rest):
            out.append((base, base + h.end()))
            c = _ATX_CLOSE.search(rest)
            if c and c.start() >= h.end():
                out.append((base + c.start(), base + c.end()))
        elif fd := _FOOTNOTE_DEF.match(rest):
            out.append((base, base + fd.end()))
        elif (li := _LIST.match(rest)) and li.end() > 0:
            out.append((base, base + li.end()))
            in_list = True
        elif indent == 0 and prev_blank:
            in_list = False
        prev_blank = False


def _inline(text: str, out: list[tuple[int, int]]) -> None:
    _code_spans(text, out)
    # Comments: "<!--" to the next "-->"; once one has no "-->" after it, no later one has either.
    i = 0
    while (start := text.find("<!--", i)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append((start, end + 3))
        i = end + 3
    for rx in _INLINE:
        out.extend(mm.span() for mm in rx.finditer(text))
    out.extend((mm.start(), mm.start() + 1) for mm in _LINK_OPEN.finditer(text))


def _code_spans(text: str, out: list[tuple[int, int]]) -> None:
    """Code spans: a run of n backticks closed by the next run of exactly n, within a paragraph
    (an unclosed run is protected alone). The runs are listed once, by length, so that neither a
    paragraph of thousands of spans nor many unclosed runs makes a scan per run to its end."""
    from bisect import bisect_right
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for start, end in runs:
        by_length.setdefault(end - start, []).append(start)
    i, limit = 0, -1
    for start, end in runs:
        if start < i:
            continue                                # inside the span just closed
        if end > limit:                             # the paragraph's end: the next blank line
            limit = text.find("\n\n", end)
            limit = len(text) if limit < 0 else limit
        n = end - start
        same = by_length[n]
        k = bisect_right(same, start)
        if k < len(same) and same[k] < limit:
            out.append((start, same[k] + n))
            i = same[k] + n
        else:
            out.append((start, end))
            i = end


def read_markdown(path: Path) -> Source:
    text, fmt = read_text_file(path)
    return Source(path, text, "markdown", fmt, protected=protected_ranges(text))


# Where a line of plain text would become a Markdown heading: "# Note" (an ATX heading), and a
# line of "=" or "-" under a line of text (a setext underline). A backslash before the marker
# keeps it a literal character ("\\# Note" shows "# Note").
_ATX_MARKER = re.compile(r" {0,3}(?=#{1,6}(?:[ \t]|$))")
_SETEXT_MARKER = re.compile(r" {0,3}(?=(?:=+|-+)[ \t]*$)")


def escape_headings(text: str, headings: dict[int, int] | None = None) -> str:
    """Plain text made safe to read as Markdown: no line becomes a heading that was not one.
    Only those markers are escaped; everything else is left as written. ``headings``: offset of
    a line that is a heading -> its level; such a line gets its "#"s ("## Results")."""
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines):
        level = headings.get(pos) if headings else None
        pos += len(line) + 1
        if level and line.strip():
            lines[k] = f"{'#' * min(level, 6)} {line}"   # Markdown has six levels
            continue
        m = _ATX_MARKER.match(line)
        if m is None and k and lines[k - 1].strip():
            m = _SETEXT_MARKER.match(line)
        if m is not None:
            lines[k] = f"{line[:m.end()]}\\{line[m.end():]}"
    return "\n".join(lines)


def _headings_in(source: Source, text: str) -> dict[int, int]:
    """Where the source's headings (a .docx's or .odt's, by their offsets in its text) begin in
    ``text``, the repaired text being saved (repairs and typing moved them): offset -> level.
    A heading whose start no longer begins a line (its paragraph joined another) is left out."""
    headings = getattr(source.info, "headings", None)
    if not headings:
        return {}
    from unspin.core.relocate import offset_mapper
    mapped = offset_mapper(source.text, text)
    out = {}
    for start, level in headings:
        at = mapped(start)
        if at == 0 or text[at - 1:at] == "\n":
            out[at] = level
    return out


def _soft_breaks_in(source: Source, text: str) -> set[int]:
    """Which line breaks of ``text`` (numbered from 0), the repaired text being saved, are the
    source's line breaks inside a paragraph (a .docx's, an .odt's: moved by repairs and typing)."""
    soft = line_breaks_in_paragraphs(source)
    if not soft:
        return set()
    from unspin.core.relocate import offset_mapper
    mapped = offset_mapper(source.text, text)
    number = {m.start(): k for k, m in enumerate(re.finditer("\n", text))}
    return {number[at] for at in map(mapped, soft) if at in number}


def write_markdown(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    # Markdown stays as it was written; any other kind's text (plain text, a .docx's or a PDF's
    # paragraphs) was never Markdown, so a "#" at the start of its line is a character, not a
    # heading, and the headings a .docx or .odt knows are written as Markdown's.
    def rewrite(text: str) -> str:
        soft = _soft_breaks_in(source, text)   # by number: escaping the headings keeps the lines
        text = escape_headings(text, _headings_in(source, text))
        if lines_are_paragraphs(source):
            # each line is a whole paragraph of the document; Markdown joins lines that no blank
            # line separates, so without one the saved file reads as a single paragraph -- but a
            # line break inside a paragraph (a .docx's soft break) is Markdown's hard break, "\"
            lines = text.split("\n")
            text = lines[0] + "".join(("\\\n" if k in soft else "\n\n") + line
                                      for k, line in enumerate(lines[1:]))
        return text
    return plain_text_bytes(source, document, pending_as_replacement,
                            None if source.kind == "markdown" else rewrite)


register(Format("markdown", "Markdown", (".md", ".markdown", ".mdown", ".mkd"), read_markdown, write_markdown))
