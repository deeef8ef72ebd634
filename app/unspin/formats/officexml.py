"""What .docx and .odt share: a zip package of XML parts, read into one text and patched in place.

A format module gives :func:`read_package` the names of the parts that hold text and a function
that turns one part into ``(paragraphs, shadows)``: lists of :class:`unspin.formats.xmltext.TextNode`,
and pairs (paragraph, copy of it to keep in step); saving back to
the same kind goes through :func:`patched_package`, which rewrites only the character data a
repair touches, and keeps every other byte of every part and every other member of the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from unspin.core.model import Document
from unspin.formats import xmltext
from unspin.formats.package import MAX_PACKAGE_BYTES, Package, open_package, read_file_bytes, read_member
from unspin.formats.registry import Source
from unspin.formats.xmlscan import check_safe_xml, decode_part


@dataclass
class XmlPackageInfo:
    """What a .docx/.odt source keeps to write itself back."""
    package: Package
    parts: dict[str, tuple[str, str, bytes]]   # name -> (xml, encoding, bom)
    model: xmltext.XmlText
    # (offset in the text, level from 1) of each paragraph that is a heading: kept so that the
    # text saved as Markdown has its headings ("## Results"); the package itself never needs it.
    headings: list[tuple[int, int]] = field(default_factory=list)


def load_xml_package(path: Path, kind: str, label: str, part_names, paragraphs_of,
                     check=None) -> tuple[Package, dict, xmltext.XmlText]:
    data = read_file_bytes(path, MAX_PACKAGE_BYTES, f"{label}s")
    pkg = open_package(data, path, kind, label)
    if check is not None:
        check(pkg, path)
    parts: dict[str, tuple[str, str, bytes]] = {}
    paragraphs: list[list[xmltext.TextNode]] = []
    shadows: list = []
    for part in part_names(pkg, path):
        raw = read_member(pkg, part, path, label)
        where = f"{path} ({part})"
        check_safe_xml(raw, where)
        parts[part] = decode_part(raw, where)
        found, copies = paragraphs_of(parts[part][0], part, where)
        paragraphs.extend(found)
        shadows.extend(copies)
    return pkg, parts, xmltext.build(paragraphs, shadows)


def read_package(path: Path, kind: str, label: str, part_names, paragraphs_of, check=None) -> Source:
    """A Source for a package of ``kind`` ("docx", "odt"): its text, with tabs and breaks protected."""
    pkg, parts, model = load_xml_package(path, kind, label, part_names, paragraphs_of, check)
    return Source(path, model.text, kind, XmlPackageInfo(pkg, parts, model), protected=list(model.protected))


def patched_package(info: XmlPackageInfo, document: Document, pending_as_replacement: bool,
                    preserve_space_attr: bool) -> bytes:
    changes = xmltext.node_changes(info.model, document, pending_as_replacement)
    if not changes:
        return info.package.data
    splices = xmltext.part_edits(info.model, changes, preserve_space_attr)
    return info.package.rebuilt(xmltext.apply_to_parts(info.parts, splices))


def write_package(source: Source, document: Document, pending_as_replacement: bool, kind: str,
                  preserve_space_attr: bool, new_document) -> bytes:
    """The saved bytes: the original package patched when ``source`` is one of ``kind``, else
    ``new_document(text)`` (a new, plain document holding the repaired text)."""
    if source.kind == kind and isinstance(source.info, XmlPackageInfo):
        return patched_package(source.info, document, pending_as_replacement, preserve_space_attr)
    return new_document(document.repaired_text(pending_as_replacement))
