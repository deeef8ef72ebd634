"""The spinner as a noisy channel: for a spun form, which originals could have produced it, and how likely.

A synonym-file spinner replaces a word that heads a line of its file by one of the line's words,
chosen uniformly. So for an observed form *w*:

* P(w | original h) = 1/(alternatives of h + 1) for every head *h* whose line holds *w*, and
* P(w | original w) = 1/(alternatives of w + 1) when *w* heads a line itself, else 1: the
  spinner may have kept it.

The table gathers these odds from every source the engine has: imported thesauri (exact word
forms) and lexicon entries (built-in, learned and user ``--lexicon`` files; their spun words match
by lemma and the original is inflected like the text's word). A lexicon entry states no channel
odds, only a prior that its repair is right; that prior, times ``LEXICON_ODDS``, stands in for them,
entries restricted to a part of speech get ``CONDITIONED_ODDS`` of that. Entries with context
conditions are left to the matcher: their conditions are what makes them safe.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, NamedTuple

from unspin.engine.lexicon import Entry
from unspin.engine.thesaurus import SynonymGroup

MAX_KEY_WORDS = 4
LEXICON_ODDS = 1.0
CONDITIONED_ODDS = 0.3
SKIP_CATEGORIES = frozenset({"tortured phrase"})  # fixed expressions: the matcher's job


class Option(NamedTuple):  # a tuple: a 12,000-line thesaurus makes some 30,000 of them
    original: str       # the candidate original, lowercase unless written with capitals
    odds: float         # P(spun form | this original)
    head: int           # index of the word that takes the inflection (lemma matches only)
    by_lemma: bool      # matched by lemma: inflect ``original`` like the text's word
    source: str         # rule id shown to the user
    pos: frozenset = frozenset()  # parts of speech the spun head word must have (lexicon entries)


class ChannelTable:
    def __init__(self) -> None:
        self.forms: dict[tuple[str, ...], dict[str, Option]] = defaultdict(dict)
        self.lemmas: dict[tuple[str, ...], dict[str, Option]] = defaultdict(dict)
        self.keep: dict[tuple[str, ...], float] = {}
        self.first_words: set[str] = set()

    def __len__(self) -> int:
        return len(self.forms) + len(self.lemmas)

    # -- building ----------------------------------------------------------------------------------
    def _add(self, table, key: tuple[str, ...], opt: Option) -> None:
        if len(key) > MAX_KEY_WORDS or opt.original == " ".join(key):
            return
        options = table[key]
        have = options.get(opt.original)
        if have is None or have.odds < opt.odds:
            options[opt.original] = opt
        self.first_words.add(key[0])

    def add_groups(self, groups: Iterable[SynonymGroup]) -> None:
        for g in groups:
            if g.head is None:  # spintax: each member may be the original of each other one
                odds = 1.0 / len(g.members)
                opts = [Option(orig, odds, 0, False, "thesaurus:" + g.members[0]) for orig in g.members]
                for m in g.members:
                    key = tuple(m.split(" "))
                    self.keep[key] = min(self.keep.get(key, 1.0), odds)
                    for opt in opts:
                        self._add(self.forms, key, opt)
                continue
            odds = 1.0 / len(g.members)
            head_key = tuple(g.head.split(" "))
            self.keep[head_key] = min(self.keep.get(head_key, 1.0), odds)
            opt = Option(g.head, odds, 0, False, "thesaurus:" + g.head)
            for alt in g.members[1:]:
                self._add(self.forms, tuple(alt.split(" ")), opt)

    def add_entries(self, entries: Iterable[Entry]) -> None:
        for e in entries:
            if e.category in SKIP_CATEGORIES or e.gap or any(c.isupper() for w in e.spun for c in w):
                continue
            if e.when:
                continue  # its conditions carry its precision: the matcher applies it where they hold
            odds = min(1.0, e.confidence * LEXICON_ODDS) * (CONDITIONED_ODDS if e.pos else 1.0)
            key = tuple(w.lower() for w in e.spun)
            # Only the best alternative: the others are kept as the suggestion's alternatives.
            alt, head = e.restored[0], e.restored_head[0]
            self._add(self.lemmas, key, Option(alt, odds, head, True, e.rule_id, e.pos))
            # The head of a lexicon entry's restored form is not itself a spun form: it stays.

    # -- lookup ------------------------------------------------------------------------------------
    def keep_odds(self, key: tuple[str, ...]) -> float | None:
        """P(the spinner leaves the form as it is | it was the original); None when no source says
        (the form heads no line we know, but the spinner's own file may well have one)."""
        return self.keep.get(key)

    @classmethod
    def build(cls, entries: Iterable[Entry] = (), groups: Iterable[SynonymGroup] = ()) -> "ChannelTable":
        t = cls()
        t.add_entries(entries)
        t.add_groups(groups)
        t.forms = dict(t.forms)
        t.lemmas = dict(t.lemmas)
        return t
