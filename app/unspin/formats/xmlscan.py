"""A small XML scanner that keeps exact positions, so a document part can be edited in place.

Office documents are XML inside a zip. To change a few words and leave every other byte of the
part as it was, we do not re-serialise a parsed tree: we find the positions of the text nodes in
the original string and splice new text into just those ranges.

Safety: every part is first parsed by lxml with entity resolution, DTD loading and network access
turned off, and any DOCTYPE is refused outright (no entity expansion, no external entities). The
scanner then only ever sees well-formed XML without a DTD.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Iterator

from unspin.formats.errors import InputError

XML_NS = "http://www.w3.org/XML/1998/namespace"

_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_REF = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# Characters XML 1.0 cannot hold at all (even escaped).
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Half a UTF-16 pair (a damaged paste): no encoding holds one; written as U+FFFD, the mark of a
# character that was lost.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def unescape(raw: str) -> str:
    def sub(m: re.Match) -> str:
        ref = m.group(1)
        if ref[0] == "#":
            return chr(int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:]))
        return _NAMED[ref]
    return _REF.sub(sub, raw) if "&" in raw else raw


def escape_text(text: str) -> str:
    text = LONE_SURROGATE.sub("\ufffd", _INVALID_XML_CHARS.sub(" ", text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_DECLARED = re.compile(rb"<\?xml\s[^>]*?encoding\s*=\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']")


def decode_part(data: bytes, name: str) -> tuple[str, str, bytes]:
    """Decode an XML part: (text, encoding, bom). Office files use UTF-8 (rarely UTF-16); a part
    whose XML declaration names another encoding (ISO-8859-1, windows-1252...) is read, and written
    back, in that one, as an XML parser reads it."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            break
    else:
        bom, enc = b"", "utf-8"
        if data[:2] == b"<\x00":
            enc = "utf-16-le"
        elif data[:2] == b"\x00<":
            enc = "utf-16-be"
        elif (declared := _DECLARED.match(data)) is not None:
            try:
                found = codecs.lookup(declared.group(1).decode("ascii")).name
            except LookupError:
                raise InputError(f"{name} is in an encoding Unspin does not know "
                                 f"({declared.group(1).decode('ascii')})") from None
            if not found.startswith("utf"):
                enc = found
    try:
        return data[len(bom):].decode(enc), enc, bom
    except UnicodeDecodeError:
        raise InputError(f"{name} is damaged: it is not valid {enc.upper()} text") from None


def check_safe_xml(data: bytes, name: str) -> None:
    """Refuse what is not well-formed XML, and any DTD (entities, external references)."""
    try:
        from lxml import etree
    except ImportError:
        raise InputError("opening Word and OpenDocument files needs the lxml package "
                         "(reinstall Unspin: pip install unspin)") from None

    head = data[:4096].replace(b"\x00", b"")
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise InputError(f"{name} contains a DTD (document type declaration), which Unspin refuses "
                         "for safety")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_blank_text=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        # A DTD placed after a long comment escapes the look at the head above, and the parser
        # then stops at its entities ("Maximum entity amplification factor exceeded"): say why.
        plain = data.replace(b"\x00", b"")
        if b"<!DOCTYPE" in plain or b"<!ENTITY" in plain:
            raise InputError(f"{name} contains a DTD (document type declaration), which Unspin refuses "
                             "for safety") from None
        raise InputError(f"{name} is damaged: {str(exc).splitlines()[0]}") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(f"{name} contains a DTD (document type declaration), which Unspin refuses "
                         "for safety")


@dataclass(slots=True)
class Tag:
    qname: str
    uri: str
    local: str
    start: int              # position of '<'
    end: int                # position after '>'
    attrs: dict[tuple[str, str], str] = field(default_factory=dict)   # (uri, local) -> value
    raw_attrs: dict[str, str] = field(default_factory=dict)           # qname -> value
    empty: bool = False


@dataclass(slots=True)
class Event:
    kind: str               # "start", "end", "text" ("text" covers CDATA too)
    start: int
    end: int
    tag: Tag | None = None  # for start/end
    text: str = ""          # decoded text, for "text"


_TOKEN = re.compile(
    r"(?P<text>[^<]+)"
    r"|</(?P<end>[^\s>]+)\s*>"
    r"|<(?P<start>[^\s/>!?]+)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<slash>/?)>"
    r"|(?P<comment><!--.*?-->)"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|(?P<pi><\?.*?\?>)"
    r"|(?P<other><)", re.S)


def scan(xml: str, name: str = "the XML") -> Iterator[Event]:
    """Events of well-formed XML with positions; namespaces resolved. End events for <x/> too."""
    ns_stack: list[dict[str, str]] = [{"xml": XML_NS}]
    open_tags: list[Tag] = []

    def resolve(qname: str, ns: dict[str, str], is_attr: bool) -> tuple[str, str]:
        if ":" in qname:
            prefix, local = qname.split(":", 1)
            if prefix not in ns:
                raise InputError(f"{name} is damaged: unknown namespace prefix {prefix!r}")
            return ns[prefix], local
        return ("" if is_attr else ns.get("", "")), qname

    for m in _TOKEN.finditer(xml):
        kind = m.lastgroup
        if kind == "text":
            if open_tags:
                raw = m.group()
                yield Event("text", m.start(), m.end(), None, unescape(raw))
        elif kind == "slash" or kind == "attrs" or kind == "start":
            qname, attr_src, slash = m.group("start"), m.group("attrs"), m.group("slash")
            raw_attrs = ({a.group(1): unescape(a.group(2)[1:-1]) for a in _ATTR.finditer(attr_src)}
                         if attr_src else {})
            ns = ns_stack[-1]
            if "xmlns" in attr_src:
                ns = dict(ns)
                for k, v in raw_attrs.items():
                    if k == "xmlns":
                        ns[""] = v
                    elif k.startswith("xmlns:"):
                        ns[k[6:]] = v
            uri, local = resolve(qname, ns, False)
            attrs = ({resolve(k, ns, True): v for k, v in raw_attrs.items()
                      if k != "xmlns" and not k.startswith("xmlns:")} if raw_attrs else {})
            tag = Tag(qname, uri, local, m.start(), m.end(), attrs, raw_attrs, bool(slash))
            yield Event("start", m.start(), m.end(), tag)
            if slash:
                yield Event("end", m.end(), m.end(), tag)
            else:
                open_tags.append(tag)
                ns_stack.append(ns)
        elif kind == "end":
            if not open_tags or open_tags[-1].qname != m.group("end"):
                raise InputError(f"{name} is damaged: mismatched end tag at character {m.start()}")
            tag = open_tags.pop()
            ns_stack.pop()
            yield Event("end", m.start(), m.end(), tag)
        elif kind == "cdata":
            yield Event("text", m.start(), m.end(), None, m.group("cdata"))
        elif kind in ("comment", "pi"):
            continue
        else:
            if xml.startswith("<!", m.start()) and not xml.startswith("<!--", m.start()):
                if not xml.startswith("<![CDATA[", m.start()):
                    raise InputError(f"{name} contains a DTD (document type declaration), which Unspin "
                                     "refuses for safety")
            raise InputError(f"{name} is damaged: malformed markup at character {m.start()}")
    if open_tags:
        raise InputError(f"{name} is damaged: it ends before <{open_tags[-1].qname}> is closed")


def splice(xml: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace xml[start:end] by text for each (start, end, text); ranges must not overlap."""
    out: list[str] = []
    pos = 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            raise ValueError("overlapping XML edits")
        out.append(xml[pos:start])
        out.append(text)
        pos = end
    out.append(xml[pos:])
    return "".join(out)
