"""Where scan results go: the append-only JSONL journal, resuming from it, and the ranked
outputs (JSONL, CSV, one self-contained HTML page).

The journal gets one line per document as soon as its batch is back (flushed once a batch), so a
crash or Ctrl+C loses at most the batches being analysed; ``--resume`` reads it back and skips every file
already there, unless the file changed since (size or modification time). At the end of a run the
journal is rewritten ranked (atomically), so ``-o results.jsonl`` is both the log and the result.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import shlex
from pathlib import Path

from unspin.core.bounded_read import file_kind, shown

from unspin.formats.errors import OutputError
from unspin.formats.safe_write import write_atomic
from unspin.formats.xmlscan import LONE_SURROGATE
from unspin.scan import record

SUFFIXES = (".jsonl", ".csv", ".html", ".htm")


def journal_path(output: Path) -> Path:
    """The JSONL journal for an output: the output itself, or ``NAME.jsonl`` beside a .csv/.html."""
    output = Path(output)
    return output if output.suffix.lower() == ".jsonl" else output.with_suffix(".jsonl")


def check_journal(path: Path, output: Path) -> None:
    """OutputError before the scan starts when its journal cannot go to ``path``: a FIFO, device or
    folder there (opening a FIFO to write waited for a reader for ever, and --resume's read for a
    writer), or, beside a .csv/.html, a file that is not a scan's journal: the user never named it,
    and their own ``corpus.jsonl`` was written over by ``scan corpus -o corpus.csv``."""
    try:
        st = os.stat(path)
    except OSError:
        return      # nothing there (or a folder it cannot see into): opening it says why
    kind = file_kind(st.st_mode)
    if kind is not None:
        raise OutputError(f"cannot write the journal {shown(path)}: it is {kind}, not a regular file")
    if Path(path) != Path(output) and st.st_size and not _is_journal(path):
        raise OutputError(f"{shown(path)} is not a scan journal, and the journal of -o {shown(output)} would be "
                          "written over it; move it, or give -o another name")


def _is_journal(path: Path) -> bool:
    """Whether the file's first line is a scan record (a JSON object naming its document's path)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 20)
        rec = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(rec, dict) and isinstance(rec.get("path"), str)


class Journal:
    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        try:
            if resume and self.path.is_file():
                with open(self.path, "rb") as fh:
                    size = fh.seek(0, 2)
                    last = fh.seek(-1, 2) is not None and fh.read(1) if size else b"\n"
                ends_cleanly = last == b"\n"
                self._fh = open(self.path, "a", encoding="utf-8")
                if not ends_cleanly:      # a line cut short by a crash: start on a fresh line
                    self._fh.write("\n")
            else:
                self._fh = open(self.path, "w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def append(self, rec: dict) -> None:
        """Buffered; :meth:`flush` after each batch (and :meth:`close`) writes it out."""
        self._fh.write(json_line(rec))

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


def json_line(rec: dict) -> str:
    """One journal line. A file whose name is not UTF-8 has half a UTF-16 pair in its path
    ("d\\udce9j\\udce0.txt"), which UTF-8 cannot hold: that record is written with JSON's ASCII
    escapes, which read back to the very same path (so --resume still knows the file), where the
    whole scan had ended in "surrogates not allowed"."""
    line = json.dumps(rec, ensure_ascii=False)
    if LONE_SURROGATE.search(line):
        line = json.dumps(rec)
    return line + "\n"


def _utf8(text: str, encoding: str = "utf-8") -> bytes:
    """A page or table for people: half a UTF-16 pair shown as U+FFFD, as a decoder would."""
    return LONE_SURROGATE.sub("\ufffd", text).encode(encoding)


def read_journal(path: Path) -> list[dict]:
    """The records of a journal; lines cut short or damaged are skipped (those files are rescanned)."""
    out: dict[str, dict] = {}
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except OSError:
        return []
    with fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("path"), str):
                out[rec["path"]] = rec    # the latest line for a path wins
    return list(out.values())


def unchanged(rec: dict, path: Path) -> bool:
    """Whether the file is as it was when ``rec`` was made (a missing file stays 'unchanged'
    while it is still missing)."""
    try:
        st = path.stat()
    except OSError:
        return rec.get("bytes") is None
    return rec.get("bytes") == st.st_size and rec.get("mtime_ns") == st.st_mtime_ns


def ranked(records) -> list[dict]:
    return sorted(records, key=record.rank_key)


# -- ranked outputs ---------------------------------------------------------------------------------
CSV_FIELDS = ["rank", "score", "level", "path", "words", "suggestions", "categories", "tortured_count",
              "tortured_per_1k", "tortured_level", "spin_score", "tells", "kind", "error"]


def _csv_row(rank: int, r: dict) -> list:
    t = r.get("tortured") or {}
    return [rank, r.get("score"), r.get("level"), r.get("path"), r.get("words"), r.get("suggestions"),
            record.categories_text(r), t.get("count", 0), t.get("per_1k", 0.0), t.get("level", "clean"),
            r.get("spin_score"), record.tells_text(r), r.get("kind") or "", r.get("error") or ""]


def _safe_cell(value):
    # A cell starting with = + - @ would run as a spreadsheet formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(records) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_FIELDS)
    for i, r in enumerate(ranked(records), 1):
        w.writerow([_safe_cell(v) for v in _csv_row(i, r)])
    return _utf8(buf.getvalue(), "utf-8-sig")


def to_jsonl(records) -> bytes:
    return "".join(json_line(r) for r in ranked(records)).encode("utf-8")


def open_command(path: str) -> str:
    return "unspin " + shlex.quote(path)


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em;color:#1d1d1f;background:#fff}
h1{font-size:1.3em;margin:0 0 .2em}.summary{color:#555;margin-bottom:1em}
input{font:inherit;padding:.3em .5em;width:24em;margin-bottom:.8em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;
 vertical-align:top;text-align:left}
th{background:#f4f4f6;position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:inline-block;height:.6em;background:#c0392b;vertical-align:middle;margin-right:.4em}
.high{color:#b0281a;font-weight:600}.medium,.suspicious{color:#a05a00}.low{color:#555}.none,.clean{color:#888}
.err,.error{color:#b0281a}.tells{color:#444;font-size:.92em}code{font-size:.85em;background:#f4f4f6;padding:.1em .3em;
 user-select:all;cursor:copy}.path a{word-break:break-all}
@media (prefers-color-scheme:dark){body{background:#1c1c1e;color:#eee}th{background:#2c2c2e}
 th,td{border-color:#3a3a3c}code{background:#2c2c2e}.tells{color:#ccc}}
"""

# Sorting: a click on a column header sorts by it (again: the other way); numbers sort as numbers.
_JS = """
(function(){var t=document.getElementById('scan');var b=t.tBodies[0];
function key(r,i){var c=r.cells[i];var v=c.getAttribute('data-v');return v===null?c.textContent.toLowerCase():parseFloat(v);}
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h,i){h.addEventListener('click',function(){
 var asc=h.getAttribute('aria-sort')!=='ascending'&&!(h.getAttribute('aria-sort')===null&&h.hasAttribute('data-num'));
 Array.prototype.forEach.call(t.tHead.rows[0].cells,function(x){x.removeAttribute('aria-sort');});
 h.setAttribute('aria-sort',asc?'ascending':'descending');
 var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=key(x,i),c=key(y,i);
  return (a<c?-1:a>c?1:0)*(asc?1:-1);});rows.forEach(function(r){b.appendChild(r);});});});
var f=document.getElementById('filter');f.addEventListener('input',function(){var q=f.value.toLowerCase();
 Array.prototype.forEach.call(b.rows,function(r){r.hidden=q&&r.textContent.toLowerCase().indexOf(q)<0;});});
})();
"""


LEVEL_ORDER = {"error": -1, "none": 0, "low": 1, "medium": 2, "high": 3}


def to_html(records, title: str = "Unspin scan") -> bytes:
    e = html.escape
    rows = ranked(records)
    errors = sum(1 for r in rows if r.get("error"))
    levels = {k: sum(1 for r in rows if not r.get("error") and r.get("level") == k) for k in ("high", "medium")}
    body = []
    for i, r in enumerate(rows, 1):
        path = r.get("path", "")
        t = r.get("tortured") or {}
        uri = Path(path).as_uri() if Path(path).is_absolute() else e(path)
        score = r.get("score") or 0.0
        lvl = "error" if r.get("error") else (r.get("level") or "none")
        if r.get("error"):
            detail = f'<td class="n" data-v="-1"></td><td class="n" data-v="-1"></td><td></td><td class="err">{e(r["error"])}</td>'
        else:
            detail = (f'<td class="n" data-v="{r.get("suggestions", 0)}">{r.get("suggestions", 0)}</td>'
                      f'<td class="n" data-v="{t.get("count", 0)}">{t.get("count", 0)} '
                      f'<span class="{e(t.get("level", "clean"))}">({t.get("per_1k", 0)}/1k, {e(t.get("level", "clean"))})'
                      f'</span></td><td>{e(record.categories_text(r))}</td>'
                      f'<td class="tells">{e(record.tells_text(r))}</td>')
        body.append(
            f'<tr><td class="n" data-v="{i}">{i}</td>'
            f'<td class="n" data-v="{score}"><span class="bar" style="width:{score * 4:.2f}em"></span>{score:.3f}</td>'
            f'<td class="{e(lvl)}" data-v="{LEVEL_ORDER.get(lvl, 0)}">{e(lvl)}</td>'
            f'<td class="path"><a href="{e(uri)}">{e(path)}</a><br><code title="select and copy, then run it to open '
            f'the document in the Unspin window">{e(open_command(path))}</code></td>'
            f'<td class="n" data-v="{r.get("words", 0)}">{r.get("words", 0)}</td>{detail}</tr>')
    heading = e(title)
    summary = (f"{len(rows)} document(s); {levels['high']} high, {levels['medium']} medium; "
               f"{errors} could not be read. Ranked by scan score (0–1: confidence-weighted suggestions per "
               "1,000 words). Click a heading to sort; type to filter. The link opens the file itself; "
               "the command under it opens it in the Unspin review window.")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading}</title><style>{_CSS}</style></head>
<body><h1>{heading}</h1><p class="summary">{e(summary)}</p>
<input id="filter" type="search" placeholder="Filter rows (path, tell, error…)" aria-label="Filter rows">
<table id="scan"><thead><tr><th data-num>#</th><th data-num aria-sort="descending">score</th><th data-num>level</th><th>document</th>
<th data-num>words</th><th data-num>shown</th><th data-num>tortured</th><th>categories</th><th>strongest tells</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<script>{_JS}</script>
</body></html>
"""
    return _utf8(page)


def write_output(records, output: Path, title: str = "Unspin scan") -> None:
    """The ranked output in the format its extension names, written atomically."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix == ".jsonl":
        data = to_jsonl(records)
    elif suffix == ".csv":
        data = to_csv(records)
    elif suffix in (".html", ".htm"):
        data = to_html(records, title)
    else:
        raise OutputError(f"cannot write {output}: give a .jsonl, .csv or .html file")
    write_atomic(output, data)
