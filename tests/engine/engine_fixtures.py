"""Helpers shared by the engine tests: the text a test expects after a repair."""
from __future__ import annotations

from unspin.engine.analyzer import DEFAULT_MIN_CONFIDENCE


def accepted_all(engine, text: str, threshold: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """The text after accepting every suggestion at or above ``threshold``, as
    ``unspin repair --accept-all`` does."""
    doc = engine.analyse(text).to_document()
    doc.accept_all(threshold)
    return doc.repaired_text()


def shown_repair(engine, text: str, threshold: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """The text with every suggestion the user sees at ``threshold`` applied (visibility rules)."""
    analysis = engine.analyse(text)
    out, pos = [], 0
    for s in sorted(analysis.shown(threshold), key=lambda s: s.start):
        out.append(text[pos:s.start])
        out.append(s.replacement)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def assert_restored(engine, spun: str, originals) -> None:
    """Accept-all repair of ``spun`` holds every one of ``originals`` (the blind bands' tests)."""
    fixed = accepted_all(engine, spun)
    missing = [o for o in originals if o not in fixed]
    assert not missing, (missing, fixed)
