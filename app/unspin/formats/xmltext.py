"""The text of an XML word-processing document, mapped back to the exact text nodes it came from.

Readers (.docx, .odt) turn each paragraph into a list of :class:`TextNode` -- a stretch of
character data inside one part, or a "special" character such as a tab that has no text node of
its own. The analysed text is the paragraphs joined by newlines. Saving maps each changed
suggestion back onto the nodes it covers. Only the words that differ are rewritten (a suggestion
"Local weather talks" -> "Climate talks" changes "Local weather", so "talks" keeps its own run):
the new words go into the first node of that stretch (taking its run's formatting), the covered
text is removed from the following nodes, a run left with no text at all is removed, and
everything else in the part is left byte for byte as it was.

A paragraph can have a *shadow*: a second copy of it elsewhere in the part that the reader does not
analyse (Word keeps a text box twice, as ``mc:Choice`` and as the ``mc:Fallback`` older programs
show). A shadow whose text equals its paragraph's gets the same changes at the same offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from unspin.core.common_ends import common_ends
from unspin.core.model import Document
from unspin.core.spacing import spaces_dropped_at
from unspin.formats.errors import OutputError
from unspin.formats.xmlscan import Tag, escape_text, splice

_WS = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


@dataclass
class TextNode:
    part: str
    raw_start: int = 0          # range of the node in the part's XML string
    raw_end: int = 0
    text: str = ""              # decoded character data (what the file holds)
    shown: str = ""             # what the engine sees: same length as text
    editable: bool = True       # False for tabs, breaks, ODF spaces: kept, never rewritten
    container: Tag | None = None
    # The XML range of the run (w:r, text:span) holding this node and nothing else but its
    # properties: removed when the node's text becomes empty, so no empty run is left behind.
    run: tuple[int, int] | None = None


def text_node(part: str, start: int, end: int, text: str, container: Tag | None) -> TextNode:
    return TextNode(part, start, end, text, text.translate(_WS), True, container)


def special(part: str, char: str) -> TextNode:
    return TextNode(part, 0, 0, char, char, False, None)


class Paragraph(list):
    """A paragraph's nodes, with what the format's reader noted about it (a .docx's style name
    and outline level, an .odt heading's level) to tell a heading from body text."""
    style: str | None = None
    outline: int | None = None     # heading level from 1, when the paragraph itself says


@dataclass
class XmlText:
    """The analysed text of a document and how each character maps to a node."""
    text: str
    nodes: list[TextNode]           # the analysed nodes, then the shadow nodes
    starts: list[int]               # offset of each analysed node in ``text`` (sorted)
    protected: list[tuple[int, int]]
    # Shadow copies, sorted: (start, end) in ``text`` of the paragraph copied, and the copy's
    # nodes as (index in ``nodes``, offset in ``text`` of the first character it copies).
    shadows: list[tuple[int, int, list[tuple[int, int]]]] = field(default_factory=list)
    # (offset in ``text``, paragraph) of every analysed paragraph, in text order.
    paragraph_starts: list[tuple[int, list[TextNode]]] = field(default_factory=list)


def paragraph_text(para: list[TextNode]) -> str:
    return "".join(n.text for n in para)


def build(paragraphs: list[list[TextNode]], shadows: list[tuple[list[TextNode], list[TextNode]]] = ()) -> XmlText:
    """The model of ``paragraphs``; ``shadows`` pairs a paragraph with a copy kept in step with it
    (pairs whose texts differ are ignored: the copy is then left as it is)."""
    parts: list[str] = []
    nodes: list[TextNode] = []
    starts: list[int] = []
    protected: list[tuple[int, int]] = []
    para_start: dict[int, int] = {}
    pos = 0
    for k, para in enumerate(paragraphs):
        if k:
            parts.append("\n")
            pos += 1
        para_start[id(para)] = pos
        for node in para:
            if not node.text:
                continue
            nodes.append(node)
            starts.append(pos)
            parts.append(node.shown)
            if not node.editable:
                protected.append((pos, pos + len(node.text)))
            pos += len(node.text)
    copies: list[tuple[int, int, list[tuple[int, int]]]] = []
    for main, copy in shadows:
        text = paragraph_text(main)
        if id(main) not in para_start or text != paragraph_text(copy):
            continue
        pos = first = para_start[id(main)]
        placed = []
        for node in copy:
            if node.text:
                placed.append((len(nodes), pos))
                nodes.append(node)
                pos += len(node.text)
        copies.append((first, first + len(text), placed))
    copies.sort(key=lambda c: (c[0], c[1]))
    return XmlText("".join(parts), nodes, starts, protected, copies,
                   [(para_start[id(para)], para) for para in paragraphs])


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def changed_part(old: str, new: str) -> tuple[int, int, str]:
    """(start, end, text): the stretch of ``old`` that differs from ``new``, in whole words --
    the words both share at the start and at the end are left out."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    head, tail = common_ends(a, b)
    start = sum(map(len, a[:head]))
    end = len(old) - sum(map(len, a[len(a) - tail:]))
    new_end = len(new) - sum(map(len, b[len(b) - tail:]))
    return start, end, new[start:new_end]


def node_changes(model: XmlText, document: Document, pending_as_replacement: bool) -> dict[int, str]:
    """New text for every node a changed suggestion touches, by node index."""
    if document.text != model.text:
        raise OutputError("the document's text does not match the file it was opened from")
    edits: dict[int, list[tuple[int, int, str]]] = {}
    sugs = document.suggestions
    # Words edited to nothing take one space with them, as in the window (core.spacing).
    dropped = spaces_dropped_at(model.text, [(s.start, s.end) for s in sugs],
                                [k for k, s in enumerate(sugs) if s.original and not s.shown_text(pending_as_replacement)])
    for k, s in enumerate(sugs):
        shown = s.shown_text(pending_as_replacement)
        if shown == s.original:
            continue
        a, b, new = changed_part(s.original, shown)
        j = dropped.get(k)
        if j is not None:
            a, b = (a, b + 1) if j == s.end else (a - 1, b)
        pieces = _pieces(model, s.start + a, s.start + b)
        if not pieces:
            raise OutputError(f"cannot place the change of {s.original!r} to {shown!r} in the document")
        for group in [pieces] + _shadow_pieces(model, s.start + a, s.start + b):
            for k, (idx, ls, le) in enumerate(group):
                edits.setdefault(idx, []).append((ls, le, new if k == 0 else ""))
    out: dict[int, str] = {}
    for idx, items in edits.items():
        text = model.nodes[idx].text
        for ls, le, new in sorted(items, reverse=True):
            text = text[:ls] + new + text[le:]
        out[idx] = text
    return out


def _pieces(model: XmlText, start: int, end: int) -> list[tuple[int, int, int]]:
    """(node index, local start, local end) of the editable analysed nodes covering [start, end)."""
    first = max(bisect_right(model.starts, start) - 1, 0)
    last = first
    while last < len(model.starts) and model.starts[last] < max(end, start + 1):
        last += 1
    window = [(i, model.starts[i]) for i in range(first, last)]
    out = _select(model, window, start, end)
    if not out and start == end:  # an insertion at the very end of a node
        out = _select_end(model, list(enumerate(model.starts)), start)
    return out


def _shadow_pieces(model: XmlText, start: int, end: int) -> list[list[tuple[int, int, int]]]:
    """The same as :func:`_pieces` in each shadow copy of the paragraph holding [start, end)."""
    out = []
    k = bisect_right(model.shadows, (start, float("inf"))) - 1
    while k >= 0 and model.shadows[k][1] >= end:
        para_start, para_end, placed = model.shadows[k]
        if para_start <= start:
            pieces = _select(model, placed, start, end) or (_select_end(model, placed, start) if start == end else [])
            if pieces:
                out.append(pieces)
        k -= 1
    return out


def _select(model: XmlText, placed: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    for i, ns in placed:
        node = model.nodes[i]
        ne = ns + len(node.text)
        if node.editable and ne > start and (ns < end or (start == end and ns <= start <= ne)):
            out.append((i, max(start, ns) - ns, min(end, ne) - ns))
    return out


def _select_end(model: XmlText, placed: list[tuple[int, int]], start: int) -> list[tuple[int, int, int]]:
    for i, ns in placed:
        node = model.nodes[i]
        if node.editable and ns <= start <= ns + len(node.text):
            return [(i, start - ns, start - ns)]
    return []


def part_edits(model: XmlText, changes: dict[int, str], preserve_space_attr: bool) -> dict[str, list]:
    """Splices per part: new escaped text for each changed node (and xml:space where needed)."""
    by_part: dict[str, list[tuple[int, int, str]]] = {}
    tagged: set[int] = set()
    for idx, new in changes.items():
        node = model.nodes[idx]
        if not new and node.run is not None:     # the run held only this text: remove it whole
            by_part.setdefault(node.part, []).append((node.run[0], node.run[1], ""))
            continue
        by_part.setdefault(node.part, []).append((node.raw_start, node.raw_end, escape_text(new)))
        tag = node.container
        if (preserve_space_attr and tag is not None and id(tag) not in tagged and new != new.strip()
                and "xml:space" not in tag.raw_attrs):
            tagged.add(id(tag))
            by_part[node.part].append((tag.end - 1, tag.end - 1, ' xml:space="preserve"'))
    return by_part


def apply_to_parts(parts: dict[str, tuple[str, str, bytes]], splices: dict[str, list]) -> dict[str, bytes]:
    """The new bytes of each edited part; ``parts`` maps name -> (xml, encoding, bom)."""
    out = {}
    for name, edits in splices.items():
        xml, enc, bom = parts[name]
        # A character the part's encoding cannot hold (a repair's "é" in an ISO-8859-1 part) is
        # written as a character reference, which every encoding holds; nothing else can fail.
        out[name] = bom + splice(xml, edits).encode(enc, "xmlcharrefreplace")
    return out
