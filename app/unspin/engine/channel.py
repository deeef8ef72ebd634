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
conditions are the matcher's where their conditions hold; elsewhere they are *weak* candidates
(``OUTSIDE_ODDS`` of their prior), which the restorer offers only in documents that look spun
(``restorer.WEAK_GATE``) and never where the entry's negated conditions rule the context out; a
form with an entry that guards its sense, and a phrase with a grammatical condition, make none.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, NamedTuple

from unspin.engine.align import function_words
from unspin.engine.lexicon import ROW_ERRORS, Entry, with_apostrophe_twins
from unspin.engine.thesaurus import SynonymGroup
from unspin.engine.tokens import split_like_tokenizer

if TYPE_CHECKING:   # for the annotations only (never evaluated at run time)
    from unspin.engine.swap_rates import RateRow, RateVeto

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
# A synonym-file spinner rewrites the words of names and titles like any others ("the Workplace for
# Nationwide Statistics", "Emory College", "the Tremendous Bowl"), where the restorer leaves
# capitalised words alone. There it reads a table of its own (``ChannelTable.names``): the observed
# swaps of single capitalised words (swap_rates kind "cased") and, with NAMES_FROM_WORDS, the
# observed rates that stand on their own for lowercase content words (a function word capitalised
# mid-sentence is a title or a month: "in Could" is a spun "in May", not "in Would"). Measured with
# bench/recall_loso.py --originals: LOSO ERR 39.4 -> 39.7 %, Pok 95.6 -> 95.5 %, harm 7 -> 7,
# originals 1 -> 1, clean 0 -> 0 (cased rows alone: 39.5 %; with function words: "Could" ->
# "Would"). The rates of lexicon-covered forms that only back up the lexicons elsewhere are read
# in names too, where no entry acts ("the Division of Authorities Effectivity": one more partial
# repair, nothing lost). The hand-written lexicons' entries in that table too: no gain, one more
# harmful edit ("World Financial Outlook" lost its "Economic" to the entry's weak candidate).
NAMES_FROM_WORDS = True
# ... but not the rates of verbs: a capitalised word in a name or a title is a noun or an adjective,
# and a verb's swap there reads the noun as the verb ("State Rep. Dunne" -> "Say Rep.", "State's new
# quarterback" -> "Say's", from the observed "state" -> "say" of reported speech). A rate with no
# part of speech (kinds "surface" and "cased") is read there as before.
VERB_POS = frozenset({"VERB", "AUX"})
# A conditioned entry outside its conditions: a tenth of its prior, weighed by the language model
# in documents that look spun (restorer.WEAK_GATE). A hand-written condition lists the contexts its
# author thought of, not every context the swap occurs in ("onerous" -> "hard" is listed before a
# few words only; in spun news it stands anywhere). Measured with
# bench/recall_loso.py --originals (2026-12-02), with the vetoes and guards below and the keys as
# written: LOSO ERR 36.1 -> 37.4 %, Pok 96.0 -> 95.4 %, harmful edits 4 -> 6, clean false alarms
# 0 -> 0 (3 without restorer.WEAK_GATE), held-out originals 1 -> 1. Without the vetoes and guards:
# 37.7 %; at a twentieth of the prior 37.3 %, harm 5; at a fifth 37.8 %, one clean false alarm.
OUTSIDE_ODDS = 0.1
# A weak candidate (an entry outside its conditions) respects the topics that any entry of the
# same form and repair rules out (negated ``near`` lists: the words around that say the form is the
# writer's own), not only its own entry's: "courtroom" -> "court" before a verb (0.75) has no
# "!near:packed", but the entry for "the courtroom" says "the courtroom would be packed" is the room
# itself, and the weak candidate of the first turned it into "the court would be packed" in a
# held-out court story (bench/README.md, decide16). Other negated conditions often only mark where
# another entry of the form takes over ("court docket" -> "court": "!after:the" in one entry, "after:the"
# in the next): pooling those lost three right repairs in that story.
RULED_OUT_BY_ANY = True
# An observed rate (swap_rates) respects them as well: "charges" -> "rates" was seen ten times in
# spun news, and the lexicon's entry for it rules out courts and police; without this the rate turned
# "vowed to reply to the charges in court" into "the rates" on a spun page.
OBSERVED_RULED_OUT = True
# An entry rated below QUIET_PRIOR is "applied only where the document reads as spun" (the lexicons'
# rule for priors): its candidate waits for the same gate as a weak one (restorer.WEAK_GATE). Without
# it a clean sentence whose spun-looking phrase the language model strongly dislikes was changed by
# the restorer on a page the gate found clean ("Unlawful migration was the main issue" -> "Illegal
# migration" at a spin probability of 0.07, with the entry at 0.45).
QUIET_PRIOR = 0.5
TOPIC_VETOES = frozenset({"near"})
# A phrase entry that repairs one word of its phrase rules out its topics for that word's swap as
# well: "painted a bleak image" -> "picture" is not spin beside an artist or a canvas, and the
# observed "image" -> "picture" read the artist's "bleak image" as spun "bleak picture" there.
PHRASE_TOPICS_RULE_WORDS = True
# An observed rate also respects a paragraph an entry of its swap rules out (negated ``para_has``):
# "film" stood for "movie" in six American box-office stories, and a British writer's "film" is
# their own word ("!para_has:" with British spellings and school terms on the entry of that swap).
# Weak candidates keep TOPIC_VETOES alone (pooling more of the other entries' negated conditions
# lost right repairs, decide16).
RATE_TOPIC_VETOES = TOPIC_VETOES | {"para_has"}
# A positive topic condition (``para_has:@soccer_match``) on a one-word entry names the only topic in
# which that word is a spun sense: "desk" is a spun "table" in a football report, the writer's own word
# at "the president's desk". Such an entry makes no weak candidate outside its topic (a weak "desk" ->
# "table" was LOSO's ninth harmful edit, twenty-ninth session). A phrase keeps its weak candidate: "the
# federal government" (a British story's spun "the government") is the spinner's in American stories too.
TOPIC_GUARDS = frozenset({"para_has"})
# Conditions that guard a word's *sense* (a reporting "mentioned" against "mentioned the report"):
# a form with such an entry stays the lexicon's, however often it was seen swapped.
SENSE_CONDITIONS = frozenset({"reporting", "has_object", "passive", "dep", "head_lemma", "child_lemma",
                              "singular_verb", "modifier", "noun_slot", "clause_follows",
                              "clause_initial", "before_clause"})


# the rule of a candidate from an imported thesaurus (a suggestion's rule holds it)
THESAURUS_RULE = "thesaurus:"


class Option(NamedTuple):  # a tuple: a 12,000-line thesaurus makes some 30,000 of them
    original: str       # the candidate original, lowercase unless written with capitals
    odds: float         # P(spun form | this original); for an observed rate: P(this original | spun form)
    head: int           # index of the word that takes the inflection (lemma matches only)
    by_lemma: bool      # matched by lemma: inflect ``original`` like the text's word
    source: str         # rule id shown to the user
    pos: frozenset = frozenset()  # parts of speech the spun head word must have (lexicon entries)
    kept: float | None = None     # observed rates only: P(the form was the writer's own | it is in a spun text)
    weak: bool = False            # a conditioned lexicon entry outside its conditions (OUTSIDE_ODDS)
    vetoes: tuple = ()            # weak ones: (spun head index, negated condition) pairs that must hold at the site
    quiet: bool = False           # an entry rated below QUIET_PRIOR: a candidate only where the document looks spun


# Conditions that say where a swap is *grammatical* ("aimed toward" + a gerund, an adjective
# before a noun) keep an entry of several words from making a weak candidate: outside them the
# phrase would not fit the sentence ("aimed toward young readers" is the writer's own). A one-word
# entry's grammatical condition is as incomplete as a context list ("barely" -> "slightly" is listed
# before a comparative, the spinner writes "barely above"; "giant" -> "large" before a noun, it
# writes "as giant as"): there the language model weighs the fit. Measured with
# bench/recall_loso.py --originals after the names table: LOSO ERR 39.7 -> 40.0 %, Pok 95.5 ->
# 95.6 %, harm 7 -> 7, originals 1 -> 1, clean 0 -> 0, dev 91.2 % (the same LOSO numbers and dev
# 92.9 % with no entry kept out, but that made "aimed toward young readers" "aimed at" in a spun
# text: tests/engine/test_news_repair.py); turning only the negated grammar conditions into
# vetoes, the positive ones still keeping the entry out: no change.
GRAMMAR_CONDITIONS = frozenset({"before_noun", "after_noun", "before_pos", "after_pos", "tag", "before_tag",
                                "after_tag", "after_det", "lower", "sent_start", "after_num",
                                "after_capitalized", "before_capitalized"})


def _condition_names(e: Entry) -> set[str]:
    return {w.lstrip("!").split(":", 1)[0] for w in e.when}


def _guards_sense(e: Entry) -> bool:
    return not SENSE_CONDITIONS.isdisjoint(_condition_names(e))


def _weak_vetoes(e: Entry) -> tuple | None:
    """What a conditioned entry's weak candidate must respect: its negated conditions, parsed,
    each with the entry's head index (the contexts its author ruled out stay ruled out; the
    restorer checks them at the site). None where the entry makes no weak candidate: a condition
    guards the word's sense (``SENSE_CONDITIONS``), or a negated one reads the dependency parse or
    the entities, which the restorer's paragraphs lack, or an entry of several words states where it
    is grammatical (``GRAMMAR_CONDITIONS``; a one-word entry's grammar is the language model's to weigh)."""
    from unspin.engine.conditions import PARSE, Reads, parse_condition

    names = _condition_names(e)
    if not SENSE_CONDITIONS.isdisjoint(names) or (len(e.spun) > 1 and not GRAMMAR_CONDITIONS.isdisjoint(names)):
        return None
    if len(e.spun) == 1 and any(w.split(":", 1)[0] in TOPIC_GUARDS for w in e.when):
        return None   # the word's spun sense belongs to the topic the entry names: outside it, the writer's
    try:
        vetoes = [parse_condition(w) for w in e.when if w.startswith("!")]
    except ROW_ERRORS:
        return None   # a bad row of a user's lexicon: the matcher reports it
    if any(c.reads & (PARSE | Reads.PARSE_WHEN_UNSURE | Reads.ENTITIES) for c in vetoes):
        return None
    return tuple((e.head, c) for c in vetoes)


def _one_word_swap(e: Entry) -> tuple | None:
    """((spun word,), original word) where a phrase entry repairs one word of its phrase alone
    ("painted a bleak image" -> "painted a bleak picture": image -> picture), else None."""
    spun = [w.lower() for w in e.spun]
    restored = e.restored[0].lower().split(" ") if len(e.restored) == 1 else []
    if len(spun) < 2 or len(restored) != len(spun):
        return None
    differ = [k for k in range(len(spun)) if spun[k] != restored[k]]
    return ((spun[differ[0]],), restored[differ[0]]) if len(differ) == 1 else None


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
        if _guards_sense(e):
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


def _token_keys(entry: str) -> list[tuple[str, ...]]:
    """The token keys of a thesaurus entry as the document's tokenizer splits its words ("they’ll"
    -> they, ’ll; "same-sex" -> same, -, sex: :func:`tokens.split_like_tokenizer`), with the
    apostrophe written both ways (a spinner's file and the page it spun need not agree). Keyed by
    whitespace alone such entries could never match a document's tokens."""
    key = tuple(p for w in entry.split(" ") for p in split_like_tokenizer(w))
    if "'" not in entry and "’" not in entry:
        return [key]
    straight = tuple(w.replace("’", "'") for w in key)
    curly = tuple(w.replace("'", "’") for w in key)
    return [straight] if straight == curly else [straight, curly]


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
        self.names: ChannelTable | None = None    # observed rates read at capitalised words mid-sentence
        # (spun lemma, original lemma) -> the topics a one-word lexicon entry of that swap rules out:
        # an observed rate of the same swap respects them too (OBSERVED_RULED_OUT)
        self.rate_vetoes: dict[tuple[str, str], list] = defaultdict(list)
        # the veto rows' own conditions alone (rate_vetoes.tsv): they stand at a capitalised word too
        self.written_vetoes: dict[tuple[str, str], list] = defaultdict(list)
        self._lengths: tuple | None = None   # see _lengths_by_first_word

    def __len__(self) -> int:
        return len(self.forms) + len(self.lemmas)

    # -- building ----------------------------------------------------------------------------------
    def _add(self, table, key: tuple[str, ...], opt: Option) -> None:
        if len(key) > MAX_KEY_WORDS or opt.original == " ".join(key):
            return
        options = table[key]
        self._lengths = None
        have = options.get(opt.original)
        if have is None or have.odds < opt.odds:
            options[opt.original] = opt
        self.first_words.add(key[0])

    def add_groups(self, groups: Iterable[SynonymGroup]) -> None:
        for g in groups:
            if g.head is None:  # spintax: each member may be the original of each other one
                odds = 1.0 / len(g.members)
                opts = [Option(orig, odds, 0, False, THESAURUS_RULE + g.members[0]) for orig in g.members]
                for m in g.members:
                    for key in _token_keys(m):
                        self.keep[key] = min(self.keep.get(key, 1.0), odds)
                        for opt in opts:
                            self._add(self.forms, key, opt)
                continue
            odds = 1.0 / len(g.members)
            for head_key in _token_keys(g.head):
                self.keep[head_key] = min(self.keep.get(head_key, 1.0), odds)
            opt = Option(g.head, odds, 0, False, THESAURUS_RULE + g.head)
            for alt in g.members[1:]:
                for key in _token_keys(alt):
                    self._add(self.forms, key, opt)

    def add_entries(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        # a form with an entry guarding its sense has a sense nobody swaps: none of its entries is weak
        sensed = {tuple(w.lower() for w in e.spun) for e in entries if e.when and _guards_sense(e)}
        kept = [e for e in entries
                if not (e.category in SKIP_CATEGORIES or e.gap or any(c.isupper() for w in e.spun for c in w))]
        # Each conditioned entry's own vetoes, and the topics that any entry of the same form and
        # repair rules out: a weak candidate respects them all (RULED_OUT_BY_ANY).
        own: dict[int, tuple | None] = {}
        ruled_out: dict[tuple, list] = defaultdict(list)
        for e in kept:
            if e.when and e.weak_outside:
                key = tuple(w.lower() for w in e.spun)
                own[id(e)] = v = None if key in sensed else _weak_vetoes(e)
                if v and RULED_OUT_BY_ANY:
                    ruled_out[(key, e.restored[0])].extend(x for x in v if x[1].name in RATE_TOPIC_VETOES)
            if e.when and RULED_OUT_BY_ANY and PHRASE_TOPICS_RULE_WORDS:
                word = _one_word_swap(e)
                v = None if word is None else _weak_vetoes(e)
                if v:
                    ruled_out[word].extend(x for x in v if x[1].name in RATE_TOPIC_VETOES)
        if RULED_OUT_BY_ANY:
            for (key, restored), vetoes in ruled_out.items():
                if len(key) == 1 and " " not in restored and vetoes:
                    self._veto_rate(_lemmas_of(key[0]), _lemmas_of(restored.lower()), [c for _, c in vetoes])
        for e in kept:
            key = tuple(w.lower() for w in e.spun)
            odds = min(1.0, e.confidence * LEXICON_ODDS) * (CONDITIONED_ODDS if e.pos else 1.0)
            vetoes = ()
            if e.when:
                if not e.weak_outside:
                    continue  # its file says: only where the conditions hold (the matcher's)
                vetoes = own[id(e)]
                if vetoes is None:
                    continue  # only the matcher, where its conditions hold
                others = [v for v in ruled_out.get((key, e.restored[0]), ())
                          if v not in vetoes and v[1].name in TOPIC_VETOES]
                vetoes = vetoes + tuple(others)
                odds *= OUTSIDE_ODDS  # where its conditions hold the matcher has it (its tokens are no site)
            # Only the best alternative: the others are kept as the suggestion's alternatives.
            alt, head = e.restored[0], e.restored_head[0]
            opt = Option(alt, odds, head, True, e.rule_id, e.pos, weak=bool(e.when), vetoes=vetoes,
                         quiet=e.confidence < QUIET_PRIOR)
            self._add(self.lemmas, key, opt)
            # The matcher matches each word as written or by its lemma ("reasonably priced", "buyers"
            # are written as forms): the words as written are a key of their own.
            self._add(self.forms, key, opt)
            # The head of a lexicon entry's restored form is not itself a spun form: it stays.

    def add_vetoes(self, vetoes: Iterable["RateVeto"]) -> None:
        """Veto rows (:func:`swap_rates.parse_vetoes`): contexts where the observed rate of one swap
        must not stand. Unlike a lexicon entry, a veto row adds no candidate and leaves the form
        uncovered (its rate stands alone where the vetoes hold). Call before :meth:`add_rates`."""
        for v in vetoes:
            spuns = _lemmas_of(v.spun) if " " not in v.spun else {v.spun}
            originals = _lemmas_of(v.original) if " " not in v.original else {v.original}
            self._veto_rate(spuns, originals, v.when)
            self._veto_rate(spuns, originals, v.when, self.written_vetoes)

    def _veto_rate(self, spuns, originals, conditions, table: dict | None = None) -> None:
        """The observed rate of each (spun, original) pair stands only where ``conditions`` (negated
        ones, read at the form's word) hold; a condition already there is not added twice. ``table``:
        where to write them (``rate_vetoes`` unless given)."""
        table = self.rate_vetoes if table is None else table
        for spun in spuns:
            for original in originals:
                have = table[(spun, original)]
                have.extend((0, c) for c in conditions if (0, c) not in have)

    # -- lookup ------------------------------------------------------------------------------------
    def _lengths_by_first_word(self) -> tuple:
        """For the forms and for the lemmas: the one-word keys, the first two words of the longer
        keys, and each key's first word -> the lengths of its keys; then the first words of the
        form keys and of the lemma keys with an observed rate among their options (``rated_at``)."""
        if self._lengths is None:
            index: tuple = (set(), set(), {}, set(), set(), {}, set(), set())
            for table, (singles, pairs, by_first), rated in zip((self.forms, self.lemmas), (index[:3], index[3:6]),
                                                                index[6:]):
                for key, options in table.items():
                    if len(key) == 1:
                        singles.add(key[0])
                    else:
                        pairs.add(key[:2])
                    by_first.setdefault(key[0], set()).add(len(key))
                    if any(o.kept is not None for o in options.values()):
                        rated.add(key[0])
            self._lengths = index
        return self._lengths

    def rated_at(self, form: str, lemma: str) -> bool:
        """Whether a key that starts with this word (as written or as its lemma) has an option with an
        observed rate: where none has, a site here has no rated choice (``restorer._add_observed_rate``
        then changes nothing, and the site need not be built)."""
        index = self._lengths or self._lengths_by_first_word()
        return form in index[6] or lemma in index[7]

    def key_lengths(self, lowers: list[str], lemmas: list[str], i: int, end: int) -> list[int]:
        """The lengths n (longest first, at most MAX_KEY_WORDS, not past ``end``) at which the
        words from ``i`` are a key: as written (``lowers``) or as lemmas. Most words that may
        start a key start none here ("the"): the index by first word answers them without
        building a tuple per length (the restorer asks at every such word of a document)."""
        form_singles, form_pairs, by_form, lemma_singles, lemma_pairs, by_lemma, _, _ = \
            self._lengths or self._lengths_by_first_word()
        form, lemma = lowers[i], lemmas[i]
        if form not in form_singles and lemma not in lemma_singles:
            # only keys of two words or more can start here: their first two words first
            if i + 1 >= end or ((form, lowers[i + 1]) not in form_pairs and (lemma, lemmas[i + 1]) not in lemma_pairs):
                return []
        form_lengths, lemma_lengths = by_form.get(form, ()), by_lemma.get(lemma, ())
        return [n for n in range(min(MAX_KEY_WORDS, end - i), 0, -1)
                if n in form_lengths and tuple(lowers[i:i + n]) in self.forms
                or n in lemma_lengths and tuple(lemmas[i:i + n]) in self.lemmas]

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
            # keyed as the tokenizer splits the form ("corporate’s": corporate, ’s), with the
            # apostrophe written both ways, as a thesaurus entry is: keyed by whitespace alone a
            # form with a contraction, a possessive or a hyphen could never match a page's tokens
            for key in _token_keys(r.spun):
                self._add_rate(r, key, covered, guarded)

    def _add_rate(self, r: "RateRow", key: tuple[str, ...], covered: set[str], guarded: set[str]) -> None:
        if r.kind == "cased":
            if self.names is None:
                return
            # Only for capitalised words mid-sentence (names, titles), a table of their own. The
            # vetoes written for the swap stand there too ("Nationwide" before "Building Society").
            for original, rate in r.rates():
                vetoes = tuple(self.written_vetoes.get((r.spun, original), ()))
                self.names._add(self.names.forms, key, Option(original, rate, 0, False, "observed:" + r.spun,
                                                              frozenset(), r.kept_rate(), vetoes=vetoes))
            return
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
            vetoes = tuple(self.rate_vetoes.get((r.spun, original), ())) if OBSERVED_RULED_OUT else ()
            opt = Option(original, rate, len(key) - 1, r.kind == "lemma", "observed:" + r.spun, r.pos,
                         r.kept_rate(), vetoes=vetoes)
            target._add(table, key, opt)
            if NAMES_FROM_WORDS and self.names is not None and len(key) == 1 and key[0] not in function_words() \
                    and r.changed >= MIN_PURITY * (r.changed + r.kept) and not (r.pos and r.pos <= VERB_POS):
                # A spinner swaps a word in a name as anywhere else ("Workplace for Nationwide
                # Statistics"): the rate of the lowercase word stands at a capitalised one too,
                # a lexicon-covered form's as well (the matcher leaves names alone, so no
                # entry's conditions speak for it there).
                self.names._add(self.names.lemmas if r.kind == "lemma" else self.names.forms, key,
                                opt._replace(pos=frozenset()))  # a word in a name is tagged PROPN

    @classmethod
    def build(cls, entries: Iterable[Entry] = (), groups: Iterable[SynonymGroup] = (),
              rates: Iterable["RateRow"] = (), vetoes: Iterable["RateVeto"] = ()) -> "ChannelTable":
        entries = with_apostrophe_twins(list(entries))   # as the matcher reads them
        t = cls()
        t.backing = cls()
        t.names = cls()
        t.add_entries(entries)
        t.add_vetoes(vetoes)
        t.add_rates(rates, *_lexicon_forms(entries))
        t.add_groups(groups)
        for table in (t, t.backing, t.names):
            table.forms = dict(table.forms)
            table.lemmas = dict(table.lemmas)
            table._lengths_by_first_word()  # now, at load (a background thread), not at the first analysis
        t.first_words |= t.names.first_words   # a paragraph with such a word is worth parsing (staging)
        return t
