"""The engine: runs spaCy over a text, matches the lexicons, and turns matches into suggestions.

Flow: ``Engine.analyse(text)`` splits the text into paragraphs, parses them with ``nlp.pipe``,
collects candidate matches in each (:mod:`matcher`), then scores the whole document (the spin
score from unambiguous tells) and gives each candidate its final confidence (:mod:`scoring`).
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from unspin.core.model import Document, Suggestion
from unspin.engine import scoring
from unspin.engine.lexicon import Entry, LexiconProblem, bundled_lexicon_paths, load_lexicons
from unspin.engine.matcher import Candidate, LexiconMatcher

DEFAULT_MIN_CONFIDENCE = 0.5
_PARAGRAPH = re.compile(r"[^\n]+")
_WORDS = re.compile(r"\w+")


@dataclass
class EngineSettings:
    min_confidence: float = DEFAULT_MIN_CONFIDENCE  # shown and accepted by default at or above this
    floor: float = 0.1                              # candidates below this are not reported at all
    protect_quotes: bool = True
    protect_names: bool = True
    numerals: bool = True
    disabled_rules: set[str] = field(default_factory=set)
    disabled_groups: set[str] = field(default_factory=set)
    user_lexicons: list[Path] = field(default_factory=list)


@dataclass
class Analysis:
    text: str
    spin_score: float
    suggestions: list[Suggestion]
    words: int

    def shown(self, min_confidence: float) -> list[Suggestion]:
        return [s for s in self.suggestions if s.confidence >= min_confidence]

    def to_document(self) -> Document:
        return Document(self.text, self.suggestions, self.spin_score)

    def to_json(self, min_confidence: float) -> dict:
        return {"spin_score": round(self.spin_score, 3),
                "suggestions": [s.to_json() for s in self.shown(min_confidence)]}


class Cancelled(Exception):
    """Raised inside analysis when the caller's cancel flag is set."""


class Engine:
    """One engine serves the CLI and the window. Loading the pipeline is the slow part; it is
    done once, lazily, and is safe to trigger from a background thread."""

    def __init__(self, settings: EngineSettings | None = None, nlp=None,
                 entries: Iterable[Entry] | None = None):
        self.settings = settings or EngineSettings()
        self._nlp = nlp
        self._lock = threading.Lock()
        self.problems: list[LexiconProblem] = []
        if entries is None:
            entries, self.problems = load_lexicons(bundled_lexicon_paths() + list(self.settings.user_lexicons))
        self.entries = [e for e in entries if e.group not in self.settings.disabled_groups]
        self._matcher: LexiconMatcher | None = None

    # -- set-up ----------------------------------------------------------------------------------
    @property
    def nlp(self):
        with self._lock:
            if self._nlp is None:
                from unspin.engine.pipeline import load_pipeline
                self._nlp = load_pipeline()
            return self._nlp

    @property
    def matcher(self) -> LexiconMatcher:
        nlp = self.nlp
        with self._lock:
            if self._matcher is None:
                self._matcher = LexiconMatcher(self.entries, nlp)
                self.problems.extend(self._matcher.problems)
            return self._matcher

    def warm_up(self) -> None:
        """Load the pipeline and build the matcher (for a background thread at start-up)."""
        self.matcher.nlp("Warm up.")

    # -- analysis --------------------------------------------------------------------------------
    def iter_candidates(self, text: str, start: int = 0, end: int | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        batch_size: int = 64) -> Iterator[Candidate]:
        """Candidates paragraph by paragraph for text[start:end], offsets in the whole text."""
        matcher = self.matcher
        end = len(text) if end is None else end
        paras = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text, start, end) if m.group().strip()]
        docs = matcher.nlp.pipe((p for _, p in paras), batch_size=batch_size)
        total = len(paras)
        for k, ((offset, _), doc) in enumerate(zip(paras, docs)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            yield from matcher.candidates(doc, offset, self.settings)
            if progress is not None:
                progress(k + 1, total)

    def finish(self, text: str, candidates: list[Candidate]) -> Analysis:
        words = len(_WORDS.findall(text))
        score = scoring.spin_score(candidates, words)
        suggestions = []
        for c in candidates:
            if c.rule in self.settings.disabled_rules:
                continue
            conf = scoring.confidence(c, score)
            if conf < self.settings.floor:
                continue
            suggestions.append(c.to_suggestion(conf))
        return Analysis(text, score, suggestions, words)

    def analyse(self, text: str, cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> Analysis:
        return self.finish(text, list(self.iter_candidates(text, cancelled=cancelled, progress=progress)))
