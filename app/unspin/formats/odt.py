"""OpenDocument text (.odt), edited in place like .docx.

The analysed text is every paragraph and heading of content.xml (tables, lists, frames and
footnote bodies included), then those of styles.xml (page headers and footers). ``<text:s>``
spaces, tabs and line breaks are protected; comments, footnote citations and tracked deletions
are left out. Saving rewrites only the character data a repair touches; every other byte of every
part, and every other member of the package (``mimetype`` first and uncompressed), stays as it was.
Encrypted (password-protected) files and other OpenDocument types are refused with a clear message.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from unspin.core.model import Document
from unspin.formats import xmltext
from unspin.formats.errors import InputError
from unspin.formats.officexml import read_package, write_package
from unspin.formats.package import Package, read_member
from unspin.formats.registry import Format, Source, register
from unspin.formats.xmlscan import escape_text, scan

LABEL = "OpenDocument text"
MIMETYPE = "application/vnd.oasis.opendocument.text"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_PARA = {(TEXT_NS, "p"), (TEXT_NS, "h")}
_INLINE = _PARA | {(TEXT_NS, "span"), (TEXT_NS, "a"), (TEXT_NS, "meta"), (TEXT_NS, "ruby-base")}
_EXCLUDED = {(OFFICE_NS, "annotation"), (TEXT_NS, "note-citation"), (TEXT_NS, "tracked-changes"),
             (SVG_NS, "title"), (SVG_NS, "desc"), (TEXT_NS, "ruby-text")}
_KINDS = {"spreadsheet": "a spreadsheet", "presentation": "a presentation", "graphics": "a drawing"}


def _check(pkg: Package, path: Path) -> None:
    if pkg.has("mimetype"):
        mime = read_member(pkg, "mimetype", path, LABEL)[:200].decode("ascii", "replace").strip()
        if mime and not mime.startswith(MIMETYPE):
            kind = next((v for k, v in _KINDS.items() if k in mime), f"of type {mime}")
            raise InputError(f"{path} is an OpenDocument file {kind}, not a text document")
    if pkg.has("META-INF/manifest.xml"):
        manifest = read_member(pkg, "META-INF/manifest.xml", path, LABEL)
        if b"encryption-data" in manifest:
            raise InputError(f"{path} is password-protected (encrypted); remove the password in your "
                             "word processor and save it again, then open that copy")


def _parts(pkg: Package, path: Path) -> list[str]:
    if not pkg.has("content.xml"):
        raise InputError(f"{path} is not a valid {LABEL}: content.xml is missing")
    return ["content.xml"] + (["styles.xml"] if pkg.has("styles.xml") else [])


def _paragraphs(xml: str, part: str, name: str):
    """(paragraphs, shadows) of one part; OpenDocument keeps no second copies, so no shadows."""
    paragraphs: list[list[xmltext.TextNode]] = []
    open_paras: list[list[xmltext.TextNode]] = []
    stack = []
    spans: list[list] = []      # open <text:span>: [start, children that are elements, nodes]
    excluded = 0
    for ev in scan(xml, name):
        if ev.kind == "start":
            tag = ev.tag
            key = (tag.uri, tag.local)
            if spans and stack and stack[-1] is spans[-1][3]:
                spans[-1][1] += 1
            stack.append(tag)
            if key == (TEXT_NS, "span") and not tag.empty:
                spans.append([tag.start, 0, [], tag])
            if key in _EXCLUDED:
                excluded += 1
            elif excluded:
                continue
            elif key in _PARA:
                para = xmltext.Paragraph()
                if tag.local == "h":   # a heading: its level, 1 when it does not say
                    try:
                        para.outline = max(1, int(tag.attrs.get((TEXT_NS, "outline-level"), "1")))
                    except ValueError:
                        para.outline = 1
                paragraphs.append(para)
                open_paras.append(para)
            elif open_paras and tag.uri == TEXT_NS:
                if tag.local == "s":
                    try:
                        count = max(1, min(int(tag.attrs.get((TEXT_NS, "c"), "1")), 1000))
                    except ValueError:
                        count = 1
                    open_paras[-1].append(xmltext.special(part, " " * count))
                elif tag.local == "tab":
                    open_paras[-1].append(xmltext.special(part, "\t"))
                elif tag.local == "line-break":
                    open_paras[-1].append(xmltext.special(part, "\n"))
        elif ev.kind == "end":
            tag = stack.pop()
            key = (tag.uri, tag.local)
            if spans and spans[-1][3] is tag:
                start, elements, nodes, _ = spans.pop()
                if not elements and len(nodes) == 1:   # a span holding only this text
                    nodes[0].run = (start, ev.end)
            if key in _EXCLUDED:
                excluded -= 1
            elif not excluded and key in _PARA:
                open_paras.pop()
        elif not excluded and open_paras and stack and (stack[-1].uri, stack[-1].local) in _INLINE:
            node = xmltext.text_node(part, ev.start, ev.end, ev.text, stack[-1])
            open_paras[-1].append(node)
            if spans and spans[-1][3] is stack[-1]:
                spans[-1][2].append(node)
    return paragraphs, []


def read_odt(path: Path) -> Source:
    source = read_package(path, "odt", LABEL, _parts, _paragraphs, check=_check)
    source.info.headings = [(start, para.outline) for start, para in source.info.model.paragraph_starts
                            if getattr(para, "outline", None)]
    return source


def write_odt(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    return write_package(source, document, pending_as_replacement, "odt", False, new_odt)


# -- a new, plain document ----------------------------------------------------------------------------
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>')


def _odt_paragraph(line: str) -> str:
    out = []
    for k, chunk in enumerate(line.split("\t")):
        if k:
            out.append("<text:tab/>")
        # ODF collapses runs of spaces: write the extra ones (and a leading one) as <text:s/>.
        i = 0
        while i < len(chunk):
            if chunk[i] == " ":
                j = i
                while j < len(chunk) and chunk[j] == " ":
                    j += 1
                n = j - i
                at_edge = i == 0 or j == len(chunk)
                if n == 1 and not at_edge:
                    out.append(" ")
                else:
                    keep = 0 if at_edge else 1
                    out.append(" " * keep + f'<text:s text:c="{n - keep}"/>')
                i = j
            else:
                j = i
                while j < len(chunk) and chunk[j] != " ":
                    j += 1
                out.append(escape_text(chunk[i:j]))
                i = j
    return f"<text:p>{''.join(out)}</text:p>"


def new_odt(text: str) -> bytes:
    body = "".join(_odt_paragraph(line) for line in text.split("\n"))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content xmlns:office="{OFFICE_NS}" xmlns:text="{TEXT_NS}" '
               f'office:version="1.2"><office:body><office:text>{body}</office:text></office:body>'
               '</office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


register(Format("odt", LABEL, (".odt",), read_odt, write_odt, rebuilt_in_place=True,
                paragraph_per_line=True))
