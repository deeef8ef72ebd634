"""Word documents (.docx), edited in place.

The analysed text is the text of every paragraph of the body (tables included), then the headers,
footers, footnotes and endnotes, one paragraph per line. Tabs and line breaks inside paragraphs
appear as ``\\t`` and ``\\n`` and are protected. Saving changes only the character data of the
``<w:t>`` elements a repair touches (adding ``xml:space="preserve"`` where the new text needs it);
every other byte of every part, and every other member of the package, is kept as it was. A repair
spanning runs with different formatting puts the new words in the first run and removes the
covered text from the following ones, so every run keeps its formatting.

Saving a document that did not come from a .docx (text, Markdown, PDF) as .docx makes a new,
plain document with one paragraph per line.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from unspin.core.model import Document
from unspin.formats import xmltext
from unspin.formats.errors import InputError
from unspin.formats.package import MAX_PACKAGE_BYTES, Package, open_package, read_file_bytes, read_member
from unspin.formats.registry import Source, reader, writer
from unspin.formats.xmlscan import check_safe_xml, decode_part, escape_text, scan

LABEL = "Word document"
W_NS = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main")
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELATED = ("header", "footer", "footnotes", "endnotes")
_SPECIALS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}


@dataclass
class XmlPackageInfo:
    """What a .docx/.odt source keeps to write itself back."""
    package: Package
    parts: dict[str, tuple[str, str, bytes]]   # name -> (xml, encoding, bom)
    model: xmltext.XmlText


def _rels(pkg: Package, name: str, path: Path) -> list[tuple[str, str, str]]:
    """(type, target, mode) of a relationships part; [] when it does not exist."""
    if not pkg.has(name):
        return []
    data = read_member(pkg, name, path, LABEL)
    check_safe_xml(data, f"{path} ({name})")
    xml, _, _ = decode_part(data, f"{path} ({name})")
    out = []
    for ev in scan(xml, f"{path} ({name})"):
        if ev.kind == "start" and ev.tag.local == "Relationship":
            a = ev.tag.raw_attrs
            out.append((a.get("Type", ""), a.get("Target", ""), a.get("TargetMode", "")))
    return out


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


def _parts(pkg: Package, path: Path) -> list[str]:
    main = None
    for typ, target, mode in _rels(pkg, "_rels/.rels", path):
        if typ.endswith("/officeDocument") and mode != "External":
            main = _resolve("", target)
            break
    if main is None or not pkg.has(main):
        main = "word/document.xml"
    if not pkg.has(main):
        raise InputError(f"{path} is not a valid {LABEL}: word/document.xml is missing")
    rels_name = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    related: dict[str, list[str]] = {k: [] for k in _RELATED}
    for typ, target, mode in _rels(pkg, rels_name, path):
        kind = typ.rsplit("/", 1)[-1]
        if kind in related and mode != "External":
            name = _resolve(main, target)
            if pkg.has(name) and name not in related[kind]:
                related[kind].append(name)
    return [main] + [n for k in _RELATED for n in related[k]]


def _paragraphs(xml: str, part: str, name: str) -> list[list[xmltext.TextNode]]:
    paragraphs: list[list[xmltext.TextNode]] = []
    open_paras: list[list[xmltext.TextNode]] = []
    stack = []          # open tags
    fallback = 0        # depth inside mc:Fallback (alternative content Word does not show)
    for ev in scan(xml, name):
        if ev.kind == "start":
            tag = ev.tag
            parent = stack[-1] if stack else None
            stack.append(tag)
            if tag.uri == MC_NS and tag.local == "Fallback":
                fallback += 1
            elif tag.uri in W_NS and not fallback:
                if tag.local == "p":
                    para: list[xmltext.TextNode] = []
                    paragraphs.append(para)
                    open_paras.append(para)
                elif (tag.local in _SPECIALS and parent is not None and parent.uri in W_NS
                      and parent.local == "r" and open_paras):
                    open_paras[-1].append(xmltext.special(part, _SPECIALS[tag.local]))
        elif ev.kind == "end":
            tag = stack.pop()
            if tag.uri == MC_NS and tag.local == "Fallback":
                fallback -= 1
            elif tag.uri in W_NS and tag.local == "p" and not fallback:
                open_paras.pop()
        elif (stack and not fallback and open_paras and stack[-1].uri in W_NS and stack[-1].local == "t"):
            open_paras[-1].append(xmltext.text_node(part, ev.start, ev.end, ev.text, stack[-1]))
    return paragraphs


def load_xml_package(path: Path, kind: str, label: str, part_names, paragraphs_of,
                     check=None) -> tuple[Package, dict, xmltext.XmlText]:
    data = read_file_bytes(path, MAX_PACKAGE_BYTES, f"{label}s")
    pkg = open_package(data, path, kind, label)
    if check is not None:
        check(pkg, path)
    parts: dict[str, tuple[str, str, bytes]] = {}
    paragraphs: list[list[xmltext.TextNode]] = []
    for part in part_names(pkg, path):
        raw = read_member(pkg, part, path, label)
        where = f"{path} ({part})"
        check_safe_xml(raw, where)
        parts[part] = decode_part(raw, where)
        paragraphs.extend(paragraphs_of(parts[part][0], part, where))
    return pkg, parts, xmltext.build(paragraphs)


@reader(".docx")
def read_docx(path: Path) -> Source:
    pkg, parts, model = load_xml_package(path, "docx", LABEL, _parts, _paragraphs)
    return Source(path, model.text, "docx", XmlPackageInfo(pkg, parts, model), protected=list(model.protected))


def patched_package(info: XmlPackageInfo, document: Document, pending_as_replacement: bool,
                    preserve_space_attr: bool) -> bytes:
    changes = xmltext.node_changes(info.model, document, pending_as_replacement)
    if not changes:
        return info.package.data
    splices = xmltext.part_edits(info.model, changes, preserve_space_attr)
    return info.package.rebuilt(xmltext.apply_to_parts(info.parts, splices))


@writer(".docx")
def write_docx(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    if source.kind == "docx" and isinstance(source.info, XmlPackageInfo):
        return patched_package(source.info, document, pending_as_replacement, True)
    return new_docx(document.repaired_text(pending_as_replacement))


# -- a new, plain document ----------------------------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def _docx_paragraph(line: str) -> str:
    if not line:
        return "<w:p/>"
    runs = []
    for k, chunk in enumerate(line.split("\t")):
        if k:
            runs.append("<w:tab/>")
        if chunk:
            runs.append(f'<w:t xml:space="preserve">{escape_text(chunk)}</w:t>')
    return f"<w:p><w:r>{''.join(runs)}</w:r></w:p>"


def new_docx(text: str) -> bytes:
    body = "".join(_docx_paragraph(line) for line in text.split("\n"))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS[0]}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("word/document.xml", document)
    return out.getvalue()
