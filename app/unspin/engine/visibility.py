"""Which suggestions a user sees, and how the user's settings shape the engine: one rule for the
command line and the window alike.

The engine reports every candidate above its floor. What is *shown* is decided here only: a
suggestion from a rule the user turned off is never shown; one at or above the threshold is shown
(and applied by ``repair --accept-all``, and previewed in the window's repaired pane); one below
the threshold but at or above ``tentative_from`` (or one the restorer calls "possible spin",
whatever its confidence) is shown only in the window, as *tentative*: the
repaired text keeps its original words until the user accepts it. Rule groups are different:
they decide which lexicons the engine loads at all (:func:`engine_settings`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from unspin.core.model import Suggestion
from unspin.engine.restorer import POSSIBLE

TENTATIVE_SHARE = 0.5   # the window offers suggestions down to half the threshold, as tentative


@dataclass(frozen=True)
class Visibility:
    min_confidence: float = 0.5
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    tentative_from: float | None = None   # None: nothing below the threshold is shown

    @classmethod
    def from_settings(cls, settings, min_confidence: float | None = None, tentative: bool = False) -> "Visibility":
        """The rule for a user's settings (``unspin.store.settings.Settings``); ``min_confidence``
        overrides the saved threshold (``--min-confidence``); ``tentative`` (the window) also
        offers what lies just below the threshold."""
        threshold = settings.min_confidence if min_confidence is None else min_confidence
        return cls(threshold, frozenset(settings.disabled_rules),
                   threshold * TENTATIVE_SHARE if tentative else None)

    def shown(self, suggestions: Iterable[Suggestion]) -> list[Suggestion]:
        """The suggestions to show, in their order; those below the threshold come back as
        copies marked ``tentative``."""
        out = []
        for s in suggestions:
            if s.rule in self.disabled_rules:
                continue
            if s.confidence >= self.min_confidence:
                out.append(replace(s, tentative=False) if s.tentative else s)
            elif self.tentative_from is not None and (s.confidence >= self.tentative_from
                                                      or s.category == POSSIBLE):
                out.append(replace(s, tentative=True))
        return out


def engine_settings(settings, user_lexicons: Iterable[Path] = (), *, drop_disabled_rules: bool = False,
                    **options):
    """The one mapping from the user's settings (``unspin.store.settings.Settings``) to the
    engine's: rule groups turned off, the user's lexicons (their folder, then any given on the
    command line), engine ``options`` (``numerals``, ``protect_quotes``, ``neural``; an option given here
    overrides the setting). ``drop_disabled_rules``: the engine itself leaves out rules turned
    off - right for an engine that lives for one command (the CLI, a scan); the window's engine
    serves while the user turns rules off and on, so there :class:`Visibility` drops them from
    each result instead."""
    from unspin.engine.analyzer import EngineSettings
    options.setdefault("protect_quotes", settings.protect_quotes)
    options.setdefault("neural", settings.neural)
    return EngineSettings(disabled_groups=set(settings.disabled_groups), user_lexicons=list(user_lexicons),
                          disabled_rules=set(settings.disabled_rules) if drop_disabled_rules else set(),
                          **options)
