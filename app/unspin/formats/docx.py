"""Word documents (.docx), edited in place.

The analysed text is the text of every paragraph of the body (tables included), then the headers,
footers, footnotes and endnotes, one paragraph per line. Tabs and line breaks inside paragraphs
appear as ``\\t`` and ``\\n`` and are protected. Saving changes only the character data of the
``<w:t>`` elements a repair touches (adding ``xml:space="preserve"`` where the new text needs it);
every other byte of every part, and every other member of the package, is kept as it was. Only the
words that differ are rewritten; a repair spanning runs with different formatting puts the new
words in the first run and removes the covered text from the following ones (a run left empty is
removed), so text outside the replaced words keeps its own formatting. A text box's
``mc:Fallback`` copy (what older programs show) gets the same repairs as its ``mc:Choice``.

Saving a document that did not come from a .docx (text, Markdown, PDF) as .docx makes a new,
plain document with one paragraph per line. Which paragraphs are headings (a "heading N" style, or
an outline level) is noted, so that the text saved as Markdown keeps them as headings.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from unspin.core.model import Document
from unspin.formats import xmltext
from unspin.formats.errors import InputError
from unspin.formats.officexml import read_package, write_package
from unspin.formats.package import Package, read_member
from unspin.formats.registry import Format, Source, register
from unspin.formats.xmlscan import check_safe_xml, decode_part, escape_text, scan

LABEL = "Word document"
W_NS = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main")
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATED = ("header", "footer", "footnotes", "endnotes")
_SPECIALS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}


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
    listed = {main}
    for typ, target, mode in _rels(pkg, rels_name, path):
        kind = typ.rsplit("/", 1)[-1]
        if kind in related and mode != "External":
            name = _resolve(main, target)
            # Each part is read once: a header and a footer naming one part (or a "header" that is
            # the document itself) would show its text twice, and saving would edit it twice.
            if pkg.has(name) and name not in listed:
                listed.add(name)
                related[kind].append(name)
    return [main] + [n for k in _RELATED for n in related[k]]


class _Run:
    """An open <w:r>: what it holds, to know whether it can be removed once its text is gone."""
    __slots__ = ("start", "others", "nodes")

    def __init__(self, start: int):
        self.start, self.others, self.nodes = start, 0, []


class _Alternate:
    """An open <mc:AlternateContent>: the paragraphs of its Choice and of its Fallback."""
    __slots__ = ("choice", "fallback")

    def __init__(self):
        self.choice: list[list[xmltext.TextNode]] = []
        self.fallback: list[list[xmltext.TextNode]] = []


def _mode(branch: list[str]) -> str:
    """Where text is read: "main" outside any mc:Fallback, "shadow" directly inside one (a copy of
    the mc:Choice), "ignore" deeper (a fallback inside a fallback: left as it is)."""
    fallbacks = branch.count("Fallback")
    if not fallbacks:
        return "main"
    return "shadow" if fallbacks == 1 and branch[-1] == "Fallback" else "ignore"


def _paragraphs(xml: str, part: str, name: str):
    """(paragraphs, shadows) of one part. The paragraphs of an ``mc:Fallback`` (the copy of a text
    box that older programs show) are not analysed: each is the shadow of the ``mc:Choice``
    paragraph at the same place, and gets the same repairs."""
    paragraphs: list[list[xmltext.TextNode]] = []
    shadows: list[tuple[list[xmltext.TextNode], list[xmltext.TextNode]]] = []
    open_paras: list[list[xmltext.TextNode]] = []
    stack = []                      # open tags
    runs: list[_Run] = []
    alternates: list[_Alternate] = []
    branch: list[str] = []          # "Choice" / "Fallback" for each open mc:Choice / mc:Fallback
    for ev in scan(xml, name):
        if ev.kind == "start":
            tag = ev.tag
            parent = stack[-1] if stack else None
            stack.append(tag)
            in_run = parent is not None and parent.uri in W_NS and parent.local == "r"
            if runs and in_run and tag.local not in ("rPr", "t"):
                runs[-1].others += 1
            if tag.uri == MC_NS:
                if tag.local == "AlternateContent":
                    alternates.append(_Alternate())
                elif tag.local in ("Choice", "Fallback"):
                    branch.append(tag.local)
                continue
            mode = _mode(branch)
            if tag.uri not in W_NS or mode == "ignore":
                continue
            if tag.local == "p":
                para = xmltext.Paragraph()
                open_paras.append(para)
                if mode == "shadow":
                    alternates[-1].fallback.append(para)
                else:
                    paragraphs.append(para)
                    if branch and alternates:
                        alternates[-1].choice.append(para)
            elif tag.local == "r" and not tag.empty:
                runs.append(_Run(tag.start))
            elif (tag.local in ("pStyle", "outlineLvl") and open_paras and parent is not None
                  and parent.local == "pPr" and len(stack) > 2 and stack[-3].local == "p"):
                # The paragraph's own properties (not a tracked change's old ones, in pPrChange).
                value = tag.attrs.get((tag.uri, "val"), "")
                if tag.local == "pStyle":
                    open_paras[-1].style = value
                else:
                    open_paras[-1].outline = _outline_level(value)
            elif tag.local in _SPECIALS and in_run and open_paras:
                open_paras[-1].append(xmltext.special(part, _SPECIALS[tag.local]))
        elif ev.kind == "end":
            tag = stack.pop()
            if tag.uri == MC_NS:
                if tag.local == "AlternateContent" and alternates:
                    alt = alternates.pop()
                    if len(alt.choice) == len(alt.fallback):
                        shadows.extend(zip(alt.choice, alt.fallback))
                elif tag.local in ("Choice", "Fallback") and branch:
                    branch.pop()
            elif tag.uri in W_NS and _mode(branch) != "ignore":
                if tag.local == "p" and open_paras:
                    open_paras.pop()
                elif tag.local == "r" and runs and runs[-1].start == tag.start:
                    run = runs.pop()
                    if not run.others and len(run.nodes) == 1:
                        run.nodes[0].run = (run.start, ev.end)
        elif (stack and open_paras and stack[-1].uri in W_NS and stack[-1].local == "t"
              and _mode(branch) != "ignore"):
            node = xmltext.text_node(part, ev.start, ev.end, ev.text, stack[-1])
            open_paras[-1].append(node)
            if runs:
                runs[-1].nodes.append(node)
    return paragraphs, shadows


def _outline_level(value: str) -> int:
    """A w:outlineLvl's level from 1 ("0" is a Heading 1); 0 for body text ("9") or nonsense."""
    try:
        level = int(value) + 1
    except ValueError:
        return 0
    return level if 1 <= level <= 9 else 0


_HEADING_NAME = re.compile(r"heading\s*([1-9])$", re.I)


def _heading_styles(pkg: Package, path: Path) -> dict[str, int]:
    """styleId -> heading level of the paragraph styles that are headings: Word's "heading N"
    (its name in styles.xml whatever the language of the user's Word), or a style with an outline
    level, its own or one it is based on."""
    name = "word/styles.xml"
    for typ, target, mode in _rels(pkg, "word/_rels/document.xml.rels", path):
        if typ.endswith("/styles") and mode != "External":
            name = _resolve("word/document.xml", target)
    if not pkg.has(name):
        return {}
    data = read_member(pkg, name, path, LABEL)
    check_safe_xml(data, f"{path} ({name})")
    xml, _, _ = decode_part(data, f"{path} ({name})")
    levels: dict[str, int] = {}
    based_on: dict[str, str] = {}
    style = None
    for ev in scan(xml, f"{path} ({name})"):
        if ev.kind != "start" or ev.tag.uri not in W_NS:
            continue
        val = ev.tag.attrs.get((ev.tag.uri, "val"), "")
        if ev.tag.local == "style":
            style = ev.tag.attrs.get((ev.tag.uri, "styleId"))
        elif style is None:
            continue
        elif ev.tag.local == "name" and _HEADING_NAME.match(val):
            levels[style] = int(_HEADING_NAME.match(val).group(1))
        elif ev.tag.local == "outlineLvl":
            levels.setdefault(style, _outline_level(val))
        elif ev.tag.local == "basedOn":
            based_on[style] = val
    for style in based_on:   # a style based on a heading is one (a chain of at most 10)
        base, seen = style, 0
        while style not in levels and base in based_on and seen < 10:
            base, seen = based_on[base], seen + 1
            if base in levels:
                levels[style] = levels[base]
    return {s: level for s, level in levels.items() if level}


def read_docx(path: Path) -> Source:
    source = read_package(path, "docx", LABEL, _parts, _paragraphs)
    info = source.info
    styles = None
    for start, para in info.model.paragraph_starts:
        level = getattr(para, "outline", None)
        if level is None and getattr(para, "style", None):
            styles = _heading_styles(info.package, path) if styles is None else styles
            level = styles.get(para.style) or _outline_level_of_id(para.style)
        if level:
            info.headings.append((start, level))
    return source


def _outline_level_of_id(style_id: str) -> int:
    """Without styles.xml: Word's English style ids ("Heading2")."""
    m = _HEADING_NAME.match(style_id)
    return int(m.group(1)) if m else 0


def write_docx(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    return write_package(source, document, pending_as_replacement, "docx", True, new_docx)


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


register(Format("docx", LABEL, (".docx",), read_docx, write_docx, rebuilt_in_place=True,
                paragraph_per_line=True))
