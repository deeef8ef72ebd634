"""A change report: every suggestion and what was decided, as CSV or as one self-contained HTML page.

    rows = report_rows(document)                 # list of dicts, one per suggestion
    write_report(document, "changes.html", title="thesis.docx")   # or .csv; atomic write

Columns: line, column (1-based, of the original text), original, replacement (the suggestion),
result (what the repaired text shows), status, rule, confidence, category, context before,
context after, explanation. The HTML page states the paper verdict on tortured phrases
(:mod:`unspin.core.verdict`) under its heading. The HTML page has inline CSS only (and a Content-Security-Policy that
forbids loading anything), every text escaped, and the changes side by side: original on the
left, repaired on the right. CSV is UTF-8 with a BOM (so spreadsheet programs read the accents);
a cell that would start with = + - @ gets a leading apostrophe so no spreadsheet runs it as a formula.
"""
from __future__ import annotations

import csv
import html
import io
import re
from bisect import bisect_right
from pathlib import Path

from unspin.core.model import Document, Status
from unspin.formats.errors import OutputError
from unspin.formats.safe_write import write_atomic

CONTEXT = 40
FIELDS = ["line", "column", "original", "replacement", "result", "status", "rule", "confidence", "category",
          "context_before", "context_after", "explanation"]


class LineIndex:
    """1-based line and column of offsets in one text: one scan of the text, then a binary search
    per offset (a report on a long thesis asks for thousands of positions)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    a = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    b = text.find("\n", end)
    b = min(len(text) if b < 0 else b, end + CONTEXT)
    return text[a:start], text[end:b]


def report_rows(document: Document) -> list[dict]:
    rows = []
    lines = LineIndex(document.text)
    for s in document.suggestions:
        line, col = lines.line_col(s.start)
        before, after = _context(document.text, s.start, s.end)
        rows.append({"line": line, "column": col, "original": s.original, "replacement": s.replacement,
                     "result": s.shown_text(False), "status": s.status.value, "rule": s.rule,
                     "confidence": f"{s.confidence:.2f}", "category": s.category,
                     "context_before": before, "context_after": after, "explanation": s.explanation})
    return rows


def _cell(value) -> str:
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def to_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(FIELDS)
    for r in rows:
        w.writerow([_cell(r[f]) if isinstance(r[f], str) else r[f] for f in FIELDS])
    return _encoded(buf.getvalue(), "utf-8-sig")


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:75em;
 padding:0 1em;color:#1d1d1f;background:#fff}
h1{font-size:1.4em;margin-bottom:.2em}.summary{color:#555;margin-bottom:1.5em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.45em .6em;
 vertical-align:top;text-align:left}th{background:#f4f4f6;position:sticky;top:0}
td.pos,td.st,td.rule{white-space:nowrap;color:#555;font-size:.9em}
del{background:#fde2e2;color:#8a1212;text-decoration:line-through}
ins{background:#dcf5dc;color:#0d5c0d;text-decoration:none}
mark.pending{background:#fff3c4;color:#6b5300}
.st-accepted,.st-edited{color:#0d5c0d}.st-ignored{color:#777}.st-pending{color:#6b5300}
.ctx{color:#444}.expl{display:block;color:#666;font-size:.85em}
@media (prefers-color-scheme:dark){body{background:#1c1c1e;color:#eee}th{background:#2c2c2e}
 th,td{border-color:#3a3a3c}.ctx{color:#ccc}del{background:#5c1f1f;color:#ffd6d6}
 ins{background:#1f4d1f;color:#d6ffd6}mark.pending{background:#5a4a10;color:#fff3c4}}
@media print{th{position:static}}
"""


def to_html(rows: list[dict], title: str = "", verdict=None) -> bytes:
    e = html.escape
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    summary = ", ".join(f"{counts[s.value]} {s.value}" for s in Status if counts.get(s.value)) or "no suggestions"
    body = []
    for r in rows:
        before, after = e(r["context_before"]), e(r["context_after"])
        left = f'<span class="ctx">{before}</span><del>{e(r["original"])}</del><span class="ctx">{after}</span>'
        if r["status"] in (Status.ACCEPTED.value, Status.EDITED.value):
            new = f'<ins>{e(r["result"])}</ins>'
        elif r["status"] == Status.PENDING.value:
            new = f'<mark class="pending" title="suggested, not yet decided">{e(r["replacement"])}</mark>'
        else:
            new = e(r["original"])
        right = f'<span class="ctx">{before}</span>{new}<span class="ctx">{after}</span>'
        expl = f'<span class="expl">{e(r["explanation"])}</span>' if r["explanation"] else ""
        body.append(f'<tr><td class="pos">{r["line"]}:{r["column"]}</td><td>{left}</td><td>{right}{expl}</td>'
                    f'<td class="st st-{e(r["status"])}">{e(r["status"])}</td>'
                    f'<td class="rule">{e(r["rule"])}<br>{e(r["confidence"])}</td></tr>')
    heading = f"Unspin changes: {e(title)}" if title else "Unspin changes"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{heading}</title><style>{_CSS}</style></head>
<body><h1>{heading}</h1><p class="summary">{len(rows)} suggestion(s): {e(summary)}</p>{_verdict_html(verdict)}
<table><thead><tr><th>Line:col</th><th>Original</th><th>Repaired</th><th>Status</th><th>Rule</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table></body></html>
"""
    return _encoded(page, "utf-8")


def _encoded(text: str, encoding: str) -> bytes:
    """The report's bytes. Half a UTF-16 pair (a rule named after a lexicon file whose name is not
    UTF-8, a damaged paste) fits no encoding: U+FFFD marks it, as a decoder would, where it ended
    the report in "surrogates not allowed"."""
    from unspin.formats.xmlscan import LONE_SURROGATE
    return LONE_SURROGATE.sub("\ufffd", text).encode(encoding)


def _verdict_html(verdict) -> str:
    if verdict is None:
        return ""
    from unspin.core.verdict import CAVEAT
    return (f'<p class="summary" id="tortured-verdict"><b>{html.escape(verdict.summary())}</b> '
            f'({html.escape(CAVEAT)}).</p>')


def report_bytes(document: Document, path: Path, title: str = "") -> bytes:
    from unspin.core.verdict import document_verdict
    suffix = Path(path).suffix.lower()
    rows = report_rows(document)
    if suffix in (".html", ".htm"):
        return to_html(rows, title, document_verdict(document))
    if suffix == ".csv":
        return to_csv(rows)
    raise OutputError(f"cannot write a report as {suffix or 'a file without extension'}: use .html or .csv")


def write_report(document: Document, path: Path, title: str = "") -> None:
    """Write the report for ``document`` to ``path`` (.html/.htm or .csv), atomically."""
    data = report_bytes(document, Path(path), title)
    write_atomic(Path(path), data)
