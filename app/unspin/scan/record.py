"""One document's scan result: a plain, JSON-ready dict (one line of the JSONL journal).

Fields: ``path`` (absolute), ``kind`` (text, markdown, docx, odt, pdf), ``bytes`` and ``mtime_ns``
(to tell on ``--resume`` whether the file changed since), ``words``, ``score`` (the scan score,
0..1, the ranking key), ``level``, ``spin_score`` (the engine's, from unambiguous tells only),
``suggestions`` (how many the window would show), ``categories`` (those by category),
``tortured`` (``{count, per_1k, level}``), ``tells`` (the strongest swaps), ``error`` (one line,
or null) and ``seconds`` (analysis time).
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from unspin.scan import score as scoring

FIELDS = ("path", "kind", "bytes", "mtime_ns", "words", "score", "level", "spin_score", "suggestions",
          "categories", "tortured", "tells", "error", "seconds")


def blank(path: str | Path, size: int | None = None, mtime_ns: int | None = None) -> dict:
    """A record with the file's identity and nothing measured yet."""
    path = str(path)
    if size is None:
        try:
            st = os.stat(path)
            size, mtime_ns = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime_ns = None, None
    return {"path": path, "kind": None, "bytes": size, "mtime_ns": mtime_ns, "words": 0, "score": 0.0,
            "level": "none", "spin_score": 0.0, "suggestions": 0, "categories": {},
            "tortured": {"count": 0, "per_1k": 0.0, "level": "clean"}, "tells": [], "error": None,
            "seconds": 0.0}


def fill(rec: dict, kind: str, analysis, min_confidence: float) -> dict:
    """Fill a record from the engine's analysis of the document."""
    reported = analysis.suggestions
    shown = analysis.shown(min_confidence)   # the one rule for what is shown (engine.visibility)
    words = analysis.words
    s = scoring.scan_score(reported, words)
    rec.update(kind=kind, words=words, score=round(s, 4), level=scoring.level(s),
               spin_score=round(analysis.spin_score, 4), suggestions=len(shown),
               categories=dict(sorted(Counter(x.category for x in shown).items())),
               tortured=scoring.tortured_verdict(analysis, min_confidence),
               tells=scoring.strongest_tells(shown or reported))
    return rec


MAX_ERROR = 240   # characters: a row's error stays one readable line


def failed(rec: dict, message: str) -> dict:
    text = " ".join(str(message).split()) or "cannot be read"
    if len(text) > MAX_ERROR:
        cut = text.find(". ", 60, MAX_ERROR)      # a library's long explanation: its first sentence
        text = text[:cut + 1] if cut > 0 else text[:MAX_ERROR - 1] + "…"
    rec["error"] = text
    return rec


def rank_key(rec: dict):
    """Most spun first; among equals, unreadable files last, then by path."""
    return (-(rec.get("score") or 0.0), rec.get("error") is not None, rec.get("path", ""))


def tells_text(rec: dict) -> str:
    return "; ".join(f"{t['original']} → {t['replacement']}" + (f" ×{t['count']}" if t.get("count", 1) > 1 else "")
                     for t in rec.get("tells") or [])


def categories_text(rec: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in (rec.get("categories") or {}).items())
