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
MIN_PURITY = 0.5   # an observed form must have been a swap at least this often to stand on its own
# A form the hand-written lexicons cover stands on its own observed rate too (outside the lexicon's
# conditions, the language model decides) when one original accounts for at least this share of
# its observed swaps: "extra" was "more" in 10 of 10, "might" was "could", "may" or "will".
# Measured with bench/recall_loso.py (2026-12-02): LOSO ERR 29.6 -> 31.2 %, Pok 94.7 -> 94.8 %,
# one more harmful edit ("ultimate destination"); requiring more stories or a weaker rate
# (odds x 0.5 or 0.7) lost recall and kept that edit.
STRONG_DOMINANCE = 0.75
# Conditions that guard a word's *sense* (a reporting "mentioned" against "mentioned the report"):
# a form with such an entry stays the lexicon's, however often it was seen swapped.
SENSE_CONDITIONS = frozenset({"reporting", "has_object", "passive", "dep", "head_lemma", "child_lemma",
                              "singular_verb", "modifier", "noun_slot", "clause_follows",
                              "clause_initial", "before_clause"})


class Option(NamedTuple):  # a tuple: a 12,000-line thesaurus makes some 30,000 of them
    original: str       # the candidate original, lowercase unless written with capitals
    odds: float         # P(spun form | this original); for an observed rate: P(this original | spun form)
    head: int           # index of the word that takes the inflection (lemma matches only)
    by_lemma: bool      # matched by lemma: inflect ``original`` like the text's word
    source: str         # rule id shown to the user
    pos: frozenset = frozenset()  # parts of speech the spun head word must have (lexicon entries)
    kept: float | None = None     # observed rates only: P(the form was the writer's own | it is in a spun text)


def _lexicon_forms(entries: list[Entry]) -> tuple[set[str], set[str]]:
    """The spun forms of the (non-tortured) lexicon entries, one-word ones also as lemmas
    ("misplaced" -> "misplace"), the way observed rates are keyed; and the part of them whose
    entries guard the word's sense (a ``SENSE_CONDITIONS`` condition)."""
    covered, guarded = set(), set()
    for e in entries:
        if e.category in SKIP_CATEGORIES:
            continue
        forms = _lemmas_of(" ".join(e.spun).lower())
        covered |= forms
        if any(w.lstrip("!").split(":", 1)[0] in SENSE_CONDITIONS for w in e.when):
            guarded |= forms
    return covered, guarded


def _lemmas_of(form: str) -> set[str]:
    """The form itself and, for one word, its lemmas by any part of speech."""
    from lemminflect import getAllLemmas

    out = {form}
    if " " not in form:
        for lemmas in getAllLemmas(form).values():
            out.update(lemmas)
    return out


def _strong(r: "RateRow") -> bool:
    """One original dominates the form's observed swaps (``STRONG_DOMINANCE``): the rate may stand
    beside a lexicon's conditions, and outside them the language model decides."""
    return bool(r.originals) and r.originals[0][1] >= STRONG_DOMINANCE * r.changed


class ChannelTable:
    def __init__(self) -> None:
        self.backing: ChannelTable | None = None  # observed rates that only back up the lexicons' candidates
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

    def add_rates(self, rows: Iterable["RateRow"], covered: set[str] = frozenset(),
                  guarded: set[str] = frozenset()) -> None:
        """Observed swap rates (:mod:`swap_rates`): in spun news, how often a form stood for each
        original and how often it was the writer's own word. Unlike the other sources these are
        posteriors, P(original | form), which already hold how common each word is; the restorer
        divides the language model's context-free probability back out (see ``restorer._priors``).
        ``covered``: the lexicons' spun forms (:func:`_lexicon_forms`); their rates go to ``backing``
        unless one original dominates (:func:`_strong`) and no entry guards the form's sense
        (``guarded``: the forms of entries with a ``SENSE_CONDITIONS`` condition)."""
        for r in rows:
            key = tuple(r.spun.split(" "))
            lemmas = _lemmas_of(r.spun)
            theirs = not lemmas.isdisjoint(covered) and (not _strong(r) or not lemmas.isdisjoint(guarded))
            if theirs or r.changed < MIN_PURITY * (r.changed + r.kept):
                # A form the hand-written lexicons cover is theirs (their conditions know where it is
                # the writer's own word), unless one original dominates its swaps and no entry
                # guards its sense; a form more often the writer's own than a swap is weak evidence.
                # Both only back up a lexicon's candidate (restorer._add_observed_rate).
                target = self.backing
            else:
                target = self
            table = target.lemmas if r.kind == "lemma" else target.forms
            for original, rate in r.rates():
                target._add(table, key, Option(original, rate, len(key) - 1, r.kind == "lemma",
                                               "observed:" + r.spun, r.pos, r.kept_rate()))

    @classmethod
    def build(cls, entries: Iterable[Entry] = (), groups: Iterable[SynonymGroup] = (),
              rates: Iterable["RateRow"] = ()) -> "ChannelTable":
        entries = list(entries)
        t = cls()
        t.backing = cls()
        t.add_entries(entries)
        t.add_rates(rates, *_lexicon_forms(entries))
        t.add_groups(groups)
        for table in (t, t.backing):
            table.forms = dict(table.forms)
            table.lemmas = dict(table.lemmas)
        return t
