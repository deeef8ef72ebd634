"""Sources: originals the user has, and copies of them repaired word for word.

An analyst who finds the article a farm copied has the best evidence there is for that copy and
for every other copy of the same story: where the copy differs from the original word for word,
the original's words are the repair; where it agrees, nothing should change. ``unspin learn``
keeps the original it learns from as a source (the settings folder's ``sources/``), and
``check``/``repair --source FILE`` name one directly.

A document is matched to a source by the share of its word trigrams found there (copies of one
story share 22-60 % of them in the training pairs, different stories at most 5 %). The two are
then aligned (:mod:`unspin.engine.align`): each substitution becomes a suggestion with the
source's words, and the engine's other suggestions are dropped wherever the copy agrees with
the source or the source has its own repair. Everything happens on the user's machine; a
source is read, never changed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from unspin.core.bounded_read import shown
from unspin.engine.lexicon import LexiconProblem

NGRAM = 3
MIN_SHARED = 0.12           # share of trigrams in common for "a copy of this source"
MAX_SOURCE_BYTES = 8 * 1024 * 1024
CONFIDENCE = 0.97
CATEGORY = "spinner"
RULE_PREFIX = "source:"
_WORD = re.compile(r"\w+")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + NGRAM]) for i in range(len(words) - NGRAM + 1)}


@dataclass
class Source:
    name: str
    text: str
    grams: set

    @classmethod
    def of(cls, name: str, text: str) -> "Source":
        # The name goes into every rule ("source:NAME") and the terminal, reports and the window show
        # it: a file name that is not UTF-8 is shown with U+FFFD, not as an escape ("or\\udcffig").
        return cls(shown(name), text, _grams(text))

    def shared(self, grams: set) -> float:
        """The share of word trigrams in common, of the smaller of the two texts (a copy may
        hold only part of its source, or add paragraphs of its own)."""
        if not grams or not self.grams:
            return 0.0
        return len(grams & self.grams) / min(len(grams), len(self.grams))


class SourceLibrary:
    def __init__(self, sources: list[Source]):
        self.sources = sources

    def __len__(self) -> int:
        return len(self.sources)

    @classmethod
    def load(cls, paths) -> tuple["SourceLibrary", list[LexiconProblem]]:
        sources, problems = [], []
        for p in paths:
            p = Path(p)
            try:
                if p.stat().st_size > MAX_SOURCE_BYTES:
                    problems.append(LexiconProblem(str(p), 0, f"source larger than {MAX_SOURCE_BYTES // 2**20} MB: left out"))
                    continue
                text = p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                problems.append(LexiconProblem(str(p), 0, f"cannot read source: {e}"))
                continue
            sources.append(Source.of(p.stem, text))
        return cls(sources), problems

    def match(self, text: str) -> Source | None:
        """The source this text is a copy of, if any (the one with the most in common)."""
        grams = _grams(text)
        best, share = None, MIN_SHARED
        for s in self.sources:
            v = s.shared(grams)
            if v >= share:
                best, share = s, v
        return best


def apply_source(text: str, suggestions: list, source: Source) -> list:
    """The suggestions for ``text`` as a copy of ``source``: the source's repairs, plus the
    engine's own where the copy departs from the source too far to align (rewritten passages)."""
    from unspin.core.model import Suggestion
    from unspin.engine.align import align

    al = align(source.text, text, merge_gaps=True)
    own = []
    for sub in al.substitutions:
        why = (f'The source "{source.name}" has "{sub.original}" where this copy has "{sub.spun}": '
               f"the copy's words are a swap.")
        own.append(Suggestion(sub.spun_start, sub.spun_end, text[sub.spun_start:sub.spun_end], sub.original, [],
                              CONFIDENCE, CATEGORY, RULE_PREFIX + source.name, why))
    settled = [(s.start, s.end) for s in own] + list(al.unchanged)
    kept = [s for s in suggestions if not any(s.start < b and a < s.end for a, b in settled)]
    return sorted(kept + own, key=lambda s: s.start)


HALF_DENSITY = 0.03   # swaps per word at which a copy counts as spun with probability one half


def copy_spin_score(suggestions: list, words: int) -> float:
    """How spun a copy of a known source is, from its swaps against the source per word (spun news
    swaps about one word in ten; a copy-edited reprint one in a hundred or fewer)."""
    swaps = sum(1 for s in suggestions if s.rule.startswith(RULE_PREFIX))
    d = swaps / max(words, 1)
    return min(0.99, d * d / (d * d + HALF_DENSITY * HALF_DENSITY))
