"""The text of an XML word-processing document, mapped back to the exact text nodes it came from.

Readers (.docx, .odt) turn each paragraph into a list of :class:`TextNode` -- a stretch of
character data inside one part, or a "special" character such as a tab that has no text node of
its own. The analysed text is the paragraphs joined by newlines. Saving maps each changed
suggestion back onto the nodes it covers: the new words go into the first node of the span (so
they take that run's formatting), the covered text is removed from the following nodes, and
everything else in the part is left byte for byte as it was.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from unspin.core.model import Document
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


def text_node(part: str, start: int, end: int, text: str, container: Tag | None) -> TextNode:
    return TextNode(part, start, end, text, text.translate(_WS), True, container)


def special(part: str, char: str) -> TextNode:
    return TextNode(part, 0, 0, char, char, False, None)


@dataclass
class XmlText:
    """The analysed text of a document and how each character maps to a node."""
    text: str
    nodes: list[TextNode]
    starts: list[int]
    protected: list[tuple[int, int]]


def build(paragraphs: list[list[TextNode]]) -> XmlText:
    parts: list[str] = []
    nodes: list[TextNode] = []
    starts: list[int] = []
    protected: list[tuple[int, int]] = []
    pos = 0
    for k, para in enumerate(paragraphs):
        if k:
            parts.append("\n")
            pos += 1
        for node in para:
            if not node.text:
                continue
            nodes.append(node)
            starts.append(pos)
            parts.append(node.shown)
            if not node.editable:
                protected.append((pos, pos + len(node.text)))
            pos += len(node.text)
    return XmlText("".join(parts), nodes, starts, protected)


def node_changes(model: XmlText, document: Document, pending_as_replacement: bool) -> dict[int, str]:
    """New text for every node a changed suggestion touches, by node index."""
    if document.text != model.text:
        raise OutputError("the document's text does not match the file it was opened from")
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for s in document.suggestions:
        shown = s.shown_text(pending_as_replacement)
        if shown == s.original:
            continue
        pieces = _pieces(model, s.start, s.end)
        if not pieces:
            raise OutputError(f"cannot place the change of {s.original!r} to {shown!r} in the document")
        first = True
        for idx, ls, le in pieces:
            edits.setdefault(idx, []).append((ls, le, shown if first else ""))
            first = False
    out: dict[int, str] = {}
    for idx, items in edits.items():
        text = model.nodes[idx].text
        for ls, le, new in sorted(items, reverse=True):
            text = text[:ls] + new + text[le:]
        out[idx] = text
    return out


def _pieces(model: XmlText, start: int, end: int) -> list[tuple[int, int, int]]:
    """(node index, local start, local end) of the editable nodes covering [start, end)."""
    out = []
    i = max(bisect_right(model.starts, start) - 1, 0)
    while i < len(model.nodes) and model.starts[i] < max(end, start + 1):
        node, ns = model.nodes[i], model.starts[i]
        ne = ns + len(node.text)
        if node.editable and ne > start and (ns < end or (start == end and ns <= start <= ne)):
            out.append((i, max(start, ns) - ns, min(end, ne) - ns))
        i += 1
    if not out and start == end:  # an insertion at the very end of a node
        for i, (node, ns) in enumerate(zip(model.nodes, model.starts)):
            if node.editable and ns <= start <= ns + len(node.text):
                return [(i, start - ns, start - ns)]
    return out


def part_edits(model: XmlText, changes: dict[int, str], preserve_space_attr: bool) -> dict[str, list]:
    """Splices per part: new escaped text for each changed node (and xml:space where needed)."""
    by_part: dict[str, list[tuple[int, int, str]]] = {}
    tagged: set[int] = set()
    for idx, new in changes.items():
        node = model.nodes[idx]
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
        out[name] = bom + splice(xml, edits).encode(enc)
    return out
