"""Matching lexicon entries against a parsed paragraph, with their context conditions."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

from spacy.attrs import ORTH
from spacy.tokens import Doc

from unspin.engine.candidate import FIXED_CATEGORY, Candidate
from unspin.engine.conditions import UNPARSED, NeedsParse, parse_condition
from unspin.engine.doc_context import after_opening, closes_sentence, inside_compound
from unspin.engine.explain import explain
from unspin.engine.inflect import (DEGREE_TAGS, INFLECTED_TAGS, inflect_phrase, match_case, matching_lemma,
                                   past_as_base, token_words)
from unspin.engine.lexicon import (PROXIMITY_LOSSY_PRIOR, ROW_ERRORS, TELL_CONFIDENCE, Entry, LexiconProblem, row_error,
                                   with_apostrophe_twins)
from unspin.engine.numerals import may_start_mixed_compound, mixed_compound, numeral_candidates, spelled_decimal, starts_sentence
from unspin.engine.protect import protected_tokens
from unspin.engine.unseen_matching import unseen_candidates
from unspin.engine.word_lists import expand

NUMERAL_PRIOR = 0.4
NUMERAL_RULE = "numerals:digit-word"
# "three.5" for "3.5": no writer spells out the whole part of a decimal figure, so it is a tell.
DECIMAL_PRIOR = 0.97
# A spun phrase of this many words or more that is a sure tell ("chief monetary officer") is spun
# in a title too ("Chief Monetary Officer Jane Doe"): capitals there are no sign of a real name.
# Two-word rows do so only when marked ``in_titles`` (conditions.in_titles: the job titles, "lawyer
# basic" -> attorney general): for every two-word sure tell, names in capitals were changed ("Pleasant
# Hearth" -> "Friendly Fire", "Big Panda" -> "Giant Panda": 14 of 18 tried, helper clean24).
TITLED_TELL_WORDS = 3
TITLED_TELL_CONFIDENCE = 0.95
DECIMAL_RULE = "spinner-figures:spelled-decimal"
COMPOUND_NUMBER_RULE = "spinner-figures:mixed-compound"
# Words the spinner left in the braces of its own syntax ("trillions of {dollars}", "{that a}"): news prose
# never writes a few plain words in braces, so the braces go whatever the words.
BRACES_PRIOR = 0.97
BRACES_RULE = "spinner-syntax:braced-word"
BRACES_MAX_WORDS = 4   # "{that a}": a spinner's group of a few words; longer braced text is someone's own
BRACES_MAX_CHOICES = 6  # "{big|large|huge}": a line of a synonym file left unrendered
# ... which someone writing about spintax also writes: a choice is repaired only where the
# document reads as spun (below the threshold, not a tell)
BRACES_CHOICE_PRIOR = 0.45


def _braced_words(doc, texts, quoted):
    """(index of "{", index of "}", the choices inside) for each group of 1..BRACES_MAX_WORDS plain
    words written in braces with no space inside them ("{dollars}", "{that a}"), or a spinner's
    unrendered choice of such groups ("{dollars|bucks}", "{the White House|the White Home}"),
    outside quotations."""
    for i, text in enumerate(texts):
        if text != "{" or i in quoted or doc[i].whitespace_:
            continue
        for end in range(i + 1, min(i + 2 + BRACES_MAX_CHOICES * BRACES_MAX_WORDS, len(texts))):
            if texts[end] == "}":
                if end > i + 1 and not doc[end - 1].whitespace_:
                    choices = braced_choices(doc.text[doc[i + 1].idx:doc[end].idx])
                    if choices is not None:
                        yield i, end, choices
                break
            if not all(part.isalnum() for part in texts[end].split("|") if part):
                break


def braced_choices(inner: str) -> list[str] | None:
    """The choices of a braced group ("dollars|bucks" -> ["dollars", "bucks"]; "dollars" -> ["dollars"]),
    None where one is empty, too long or not plain words."""
    choices = [c.strip() for c in inner.split("|")]
    if len(choices) > BRACES_MAX_CHOICES:
        return None
    for c in choices:
        words = c.split()
        if not words or len(words) > BRACES_MAX_WORDS or not all(w.isalnum() for w in words):
            return None
    return choices


class _Deferred:
    """What LexiconMatcher._match_at returns for a match left open until its sentence is parsed."""

    def __repr__(self) -> str:
        return "DEFERRED"


DEFERRED = _Deferred()


@dataclass
class OpenParagraph:
    """A paragraph between :meth:`LexiconMatcher.start` and :meth:`LexiconMatcher.complete`."""
    doc: Doc
    offset: int
    settings: object
    text: str
    texts: list[str] = field(default_factory=list)     # the tokens' texts, lowercase forms, lemmas
    lowers: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    glued: list[bool] = field(default_factory=list)    # no space after the token
    quoted: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)
    found: list = field(default_factory=list)          # (token, tokens, prior, Candidate); None: open
    open: list = field(default_factory=list)           # (index in found, token, entry) left open
    parse_requests: list = field(default_factory=list)  # (first, last token) of sentences to parse


def _joined_tells(first: Candidate, second: Candidate, shared: int, text: str, offset: int) -> Candidate | None:
    """Two tells that overlap by ``shared`` words and repair those words alike become one change:
    "a authorized" -> "a legal" and "authorized combat" -> "legal fight" read "a legal fight", where
    the first alone would leave "combat" spun. Only tells of one kind: a weaker or a different sort
    of match keeps the first-come rule."""
    if not (first.is_tell and second.is_tell and first.category == second.category == "spinner"
            and first.prior >= TELL_CONFIDENCE and second.prior >= TELL_CONFIDENCE):
        return None
    head, tail = first.replacement.split(" "), second.replacement.split(" ")
    if shared <= 0 or len(head) <= shared or len(tail) <= shared or \
            [w.lower() for w in head[-shared:]] != [w.lower() for w in tail[:shared]]:
        return None
    start, end = first.start, max(first.end, second.end)
    return replace(first, end=end, original=text[start - offset:end - offset],
                   replacement=" ".join(head + tail[shared:]), alternatives=[],
                   prior=max(first.prior, second.prior), tokens=first.tokens + second.tokens - shared,
                   words_after=second.words_after)


def _article_tell_yields(first: Candidate, second: Candidate, shared: int) -> bool:
    """An article's tell ("a enterprise" -> "a business": the article says the noun was swapped, not
    what it was) gives way to a longer tell that starts at its noun and knows better ("enterprise
    capital" -> "venture capital"); the article then agrees with the repair (:mod:`articles`)."""
    return (shared == 1 and first.tokens == 2 and first.original.split(" ", 1)[0].lower() in ("a", "an")
            and first.is_tell and second.is_tell and second.tokens > shared
            and first.category == second.category == "spinner" and second.prior >= TELL_CONFIDENCE)


def _other_inflected_word(doc: Doc, positions: tuple[int, ...], e: Entry, tag: str,
                          restored_heads: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """An entry's head is its last word unless marked, but a phrasal verb inflects its first
    ("come again" matched "coming again": the repair is "coming back", not "come back"). When the
    head is as written and another spun word is inflected, that word's tag goes to its counterpart
    in each alternative: the same place where the alternative has as many words, the first word
    where the inflected word is the first; otherwise that alternative is left as written (-1)."""
    n = len(e.spun)
    for k in range(n):
        tok = doc[positions[k]]
        if k != e.head and tok.tag_ in INFLECTED_TAGS and tok.lower_ != e.spun[k].lower():
            heads = tuple(k if len(alt.split(" ")) == n else (0 if k == 0 else -1) for alt in e.restored)
            return tok.tag_, heads
    return tag, restored_heads


@lru_cache(maxsize=500_000)   # the lexicons' words, asked at every match of their entries
def _has_upper(word: str) -> bool:
    return any(c.isupper() for c in word)


_BY_KEY_AND_RANK = itemgetter(0, 1)


# "Sq.", "Bros.", "Gen.": a capital, a few letters and a full stop, kept one token when a row writes it.
# Not an ordinary word that can close a sentence capitalised ("No.", "Home." in "the White Home.").
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}\.")
_WORDS_WITH_A_STOP = frozenset(w.capitalize() + "." for w in (
    "no so us am on in it is as at be by do go he if me my of or to up we an all and any are but can did "
    "for had has her him his how its not now off old one our out see she the too two was way who why yes "
    "yet you also away back been best both come done down each even ever fine free from gone good here "
    "high home just last late less like long made many more most much must near next nice none once only "
    "over real safe same seen some soon such sure than that them then they this true upon very well went "
    "were what when will with work year your").split())


_CONTRACTED = ("n't", "n’t", "'", "’")

# A row's word right after an auxiliary is the spinner's bare form, matched only as written: "had
# unfold" (a spun "had spread") and "were arrange" (a spun "were set up") must not take a writer's
# "had unfolded" or "were arranged", which the lemma would match.
_AUXILIARIES = frozenset("be been being am is are was were has have had having".split())


def _typed(words: tuple[str, ...]) -> tuple[str, list[int]]:
    """A row's spun words as a writer types them (clitics and hyphens glued back: "we 've" ->
    "we've"), and where each word starts in that text."""
    text, starts = "", []
    for k, w in enumerate(words):
        glued = k > 0 and (w[:1] in ("'", "’", "-") or words[k - 1] == "-" or w.lower() in ("n't", "n’t"))
        if k and not glued:
            text += " "
        starts.append(len(text))
        text += w
    return text, starts


def tokenizer_twins(entries: list[Entry], nlp) -> list[Entry]:
    """For each row whose spun words the tokenizer splits otherwise than the row's parser did
    ("No. 1" is No, ., 1; "2%" is 2, %; "id" is i, d; "30-12" is 30, -, 12), a twin with the
    tokenizer's tokens, its head the token where the row's head word starts: as written, such a row
    could never match a page's tokens. The row itself stays (it may match in a context that glues
    its first word, "'ve got been" after "we")."""
    if nlp is None:
        return []   # a matcher without a pipeline (rows checked, nothing matched)
    twins = []
    special = set(getattr(nlp.tokenizer, "rules", None) or ())   # "id", "cannot", "gonna"...
    for e in entries:
        # only words that are not plain letters or are the tokenizer's special cases can split
        # otherwise (a tokenizer pass over every row took two seconds at load)
        if e.gap or all(w.isalpha() and w not in special and w.lower() not in special for w in e.spun):
            continue
        text, starts = _typed(e.spun)
        doc = nlp.make_doc(text)
        tokens = tuple(t.text for t in doc)
        if tuple(t.lower().replace("’", "'") for t in tokens) == tuple(w.lower().replace("’", "'") for w in e.spun):
            continue
        head = next((t.i for t in doc if t.idx <= starts[e.head] < t.idx + max(len(t.text), 1)), None)
        if head is None or len(tokens) > len(e.spun) + 4:
            continue
        twins.append(replace(e, spun=tokens, head=head))
    return twins


class LexiconMatcher:
    def __init__(self, entries: list[Entry], nlp, unseen=None):
        self.nlp = nlp
        self.unseen = unseen  # an unseen.SwapModel, or None
        self.problems: list[LexiconProblem] = []
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self._words: dict[int, tuple] = {}
        # see _split: ready-made hits by first word, built on first use. They name an entry by its
        # place in ``_entries`` (plain ints): tuples of ints are not tracked by the garbage collector,
        # tuples holding an Entry are, and each full collection walked them all (87,000 objects after
        # one 40,000-word analysis).
        self._split_cache: dict[str, tuple[tuple, dict]] = {}
        self._entries: list[Entry] = []
        self._slot: dict[int, int] = {}   # id(entry) -> its place in _entries
        self._neighbours: dict[int, tuple] = {}   # id(entry) -> (words_before, words_after), see _neighbours_of
        specials: set[str] = set()
        exact: set[str] = set()
        entries = with_apostrophe_twins(entries)
        for e in entries + tokenizer_twins(entries, nlp):
            try:
                conds = [parse_condition(w) for w in e.when]
            except ROW_ERRORS as exc:
                self.problems.append(LexiconProblem(e.path or e.source or e.group, e.line, row_error(exc)))
                continue
            # Conditions are pure: those that need the dependency parse go last, so that on a
            # paragraph tagged without it the others rule the entry out before a parse (staging.py).
            e.conditions = tuple(sorted(conds, key=lambda c: c.needs_parse))
            self.index[e.spun[0].lower()].append(e)
            if id(e) not in self._slot:
                self._slot[id(e)] = len(self._entries)
                self._entries.append(e)
            # The words as the quick pre-check compares them (see _may_match).
            self._words[id(e)] = (tuple((w, _has_upper(w)) for w in e.spun), bool(e.gap))
            specials.update(w for w in e.spun if "." in w.strip(".") or (w.count(".") > 1))
            # a capitalised abbreviation ("Sq." in "Times Sq.") is one token as written only
            exact.update(w for w in e.spun if _ABBREVIATION.fullmatch(w) and w not in _WORDS_WITH_A_STOP)
        for entries_ in self.index.values():
            entries_.sort(key=lambda e: -e.confidence)
        self.entries = self._entries   # what it matches: the rows it could parse, with their twins
        # Abbreviations such as "p.c." must stay one token to be matched as one word.
        for w in specials:
            for form in {w, w.lower(), w.capitalize()}:
                self.nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        for w in exact:
            self.nlp.tokenizer.add_special_case(w, [{ORTH: w}])

    # -- matching ------------------------------------------------------------------------------------
    @staticmethod
    def _word_matches(word: str, tok, head: bool = True, as_written: bool = False) -> bool:
        if _has_upper(word):
            return tok.text == word
        if tok.lower_ == word:
            return True
        if as_written:
            return False  # a word right after an auxiliary in a row: see _AUXILIARIES
        # A contraction matches only as written: "did not instantly" must not take "didn't instantly"
        # and write the repair out in full ("did not immediately"). A word of a phrase other than its
        # head does not take a comparative or superlative: "high precedence" is not in "higher
        # precedence", nor "high officers" in "the highest officers" (repaired as "toppest officials").
        return (matching_lemma(tok.lower_, tok.lemma_.lower()) == word and not tok.lower_.startswith(_CONTRACTED)
                and (head or tok.tag_ not in DEGREE_TAGS))

    @staticmethod
    def _fixed_word_matches(e: Entry, j: int, tok) -> bool:
        """Tortured phrases are fixed expressions: only the head word inflects, and only as a noun
        or adjective does ("irregular woodlands", not "includes spaces" for "include space" or
        "channel limited" for "channel limit")."""
        w = e.spun[j]
        if _has_upper(w):
            return tok.text == w
        if tok.lower_ == w:
            return True
        return j == e.head and matching_lemma(tok.lower_, tok.lemma_.lower()) == w and not tok.tag_.startswith("VB")

    def _positions(self, doc: Doc, i: int, e: Entry) -> tuple[int, ...] | None:
        """Token indexes of the spun words when the entry matches at ``i``, else None."""
        n = len(e.spun)
        if i + n > len(doc):
            return None
        if e.category == FIXED_CATEGORY:
            matches = lambda j, tok: self._fixed_word_matches(e, j, tok)  # noqa: E731
        else:
            spun = e.spun
            matches = lambda j, tok: self._word_matches(  # noqa: E731
                spun[j], tok, j == e.head, j > 0 and spun[j - 1] in _AUXILIARIES)
        if not e.gap:
            for j in range(n):
                if not matches(j, doc[i + j]):
                    return None
            return tuple(range(i, i + n))
        # Proximity (``~N``): in order, at most ``gap`` other words in total, within one sentence.
        # Taking each next word at its earliest place leaves the most room for the rest.
        if not matches(0, doc[i]):
            return None
        positions, budget, k = [i], e.gap, i
        for j in range(1, n):
            k += 1
            while k < len(doc) and not matches(j, doc[k]):
                if doc[k].is_sent_start:
                    return None
                if not doc[k].is_punct:
                    budget -= 1
                    if budget < 0:
                        return None
                k += 1
            if k >= len(doc) or doc[k].is_sent_start:
                return None
            positions.append(k)
        return tuple(positions)

    def _split(self, key: str) -> tuple[tuple, dict]:
        """The entries indexed under ``key``: those to try at every occurrence (one word, or words
        in between allowed), and the others by their second word as written, so that a common first
        word ("the", "in") costs only a look-up. Each as ready-made hits ``(g, rank, entry)`` for
        ``g`` 0 (the key is the word's form) and 1 (its lemma): what :meth:`start` sorts. An entry is
        named by its place in ``_entries`` (see ``__init__``)."""
        got = self._split_cache.get(key)
        if got is None:
            always, by_second = [], defaultdict(list)
            slot = self._slot
            for rank, e in enumerate(self.index.get(key, ())):
                words, gap = self._words[id(e)]
                if gap or len(words) < 2:
                    always.append((rank, slot[id(e)]))
                else:
                    by_second[words[1][0]].append((rank, slot[id(e)]))

            def hits(pairs):
                return tuple(tuple((g, r, e) for r, e in pairs) for g in (0, 1))
            got = self._split_cache[key] = (hits(always), {w: hits(p) for w, p in by_second.items()})
        return got

    @staticmethod
    def _may_match(words: tuple, i: int, lowers: list[str], lemmas: list[str], texts: list[str]) -> bool:
        """A cheap pre-check on plain strings, looser than :meth:`_positions` (never rejects a match):
        every word of a contiguous entry is there as written or as the lemma."""
        if i + len(words) > len(lowers):
            return False
        for j, (w, upper) in enumerate(words):
            k = i + j
            if upper:
                if texts[k] != w:
                    return False
            elif lowers[k] != w and lemmas[k] != w:
                return False
        return True

    def _match_at(self, doc: Doc, i: int, e: Entry, quoted: set[int], named: set[int],
                  unparsed: bool = False, defer: list | None = None) -> tuple[int, ...] | _Deferred | None:
        """The entry's token positions when it matches at ``i`` with its conditions, else None.
        On a paragraph tagged without the parse, a condition that needs it is judged on its
        sentence, parsed now; or, with ``defer`` (a list), when that sentence is not parsed yet,
        its token range is added to ``defer`` and ``DEFERRED`` returned (see :meth:`start`)."""
        positions = self._positions(doc, i, e)
        if positions is None:
            return None
        for j in range(1, len(positions)):
            p, tok = positions[j], doc[positions[j]]
            if p == positions[j - 1] + 1 and doc[p - 1].whitespace_ == "" and not tok.is_punct \
                    and not doc[p - 1].is_punct and not tok.text.startswith(("'", "’")) \
                    and tok.lower_ not in ("n't", "n’t"):
                return None  # "go-to": a compound, not two words ("Young's" is two tokens, fine)
        if any(p in quoted for p in positions):
            return None
        last = positions[-1]
        if last + 1 < len(doc) and doc[last].whitespace_ == "" and doc[last + 1].lower_ in ("n't", "n’t") \
                and not all(r.split() and r.split()[-1].replace("*", "").lower() == e.spun[-1].lower() for r in e.restored):
            return None  # "it is" of "it isn't" -> "it'sn't": the negated verb must stay the repair's last word
        if e.category == FIXED_CATEGORY and inside_compound(doc, positions[0], positions[-1]):
            return None  # "multi-test arrangement": never part of a longer hyphenated word
        # An entry written with capitals ("White Home") is itself about a name; others skip names,
        # unless the whole match is written as a title and the entry is a long sure tell.
        if not any(_has_upper(w) for w in e.spun) and not _titled_tell(doc, positions, e):
            for j, p in enumerate(positions):
                tok = doc[p]
                if p in named:
                    return None
                if tok.text[:1].isupper() and not tok.is_sent_start and not (j == 0 and after_opening(doc, i)):
                    return None  # capitalised mid-sentence: a name or a title, not a common word
        head = positions[e.head]
        if e.pos and doc[head].pos_ not in e.pos:
            return None
        end = positions[-1] + 1
        for c in e.conditions:
            if unparsed:
                try:
                    ok = not c.needs_parse and c(doc, i, end, head)
                    parse = c.needs_parse
                except NeedsParse:
                    parse = True
                if parse:
                    # judged on the match's sentence, parsed now (most paragraphs need no parse)
                    from unspin.engine.staging import is_parsed, parsed_sentence
                    if defer is not None and not is_parsed(doc, i, end - 1):
                        defer.append((i, end - 1))
                        return DEFERRED
                    sent, s0 = parsed_sentence(self.nlp, doc, i, end - 1)
                    ok = c(sent, i - s0, end - s0, head - s0)
                if not ok:
                    return None
            elif not c(doc, i, end, head):
                return None
        return positions

    def _candidate(self, doc: Doc, para_text: str, positions: tuple[int, ...], e: Entry, offset: int
                   ) -> Candidate | None:
        """``para_text`` is ``doc.text``, taken once per paragraph by the caller: spaCy rebuilds
        ``doc.text`` from every token on each access, so reading it per candidate made a long
        paragraph quadratic."""
        n = len(e.spun)
        first, last, head_tok = doc[positions[0]], doc[positions[-1]], doc[positions[e.head]]
        start, end = first.idx, last.idx + len(last.text)
        original = para_text[start:end]
        # a phrase led by its verb ("shut* its doorways"): a past that looks like the base form is
        # known by its tag; a lone word or a later head is too often an adjective or a noun the
        # tagger read as a participle ("the race is shut", "a growth thoughts set")
        verb_led = n > 1 and e.head == 0
        inflected = (head_tok.lower_ != e.spun[e.head].lower()
                     or verb_led and past_as_base(head_tok.lower_, head_tok.lemma_.lower(), head_tok.tag_)) \
            and head_tok.tag_ in INFLECTED_TAGS
        tag, restored_heads = head_tok.tag_, e.restored_head
        spread = positions[-1] - positions[0] + 1 > n  # proximity: other words stand between
        if not inflected and n > 1 and not spread and e.category != FIXED_CATEGORY:
            tag, restored_heads = _other_inflected_word(doc, positions, e, tag, restored_heads)
            inflected = restored_heads is not e.restored_head
        lossy = False
        # A capital written in the entry ("PC vision", "AI calculation") belongs to the spun term, not
        # to the sentence: mid-sentence it must not capitalise the repair ("computer vision").
        case_model = original
        starts_sentence = bool(first.is_sent_start) or after_opening(doc, positions[0])
        if _has_upper(e.spun[0]) and not starts_sentence:
            case_model = original[:1].lower() + original[1:]
        forms = []
        for alt, h in zip(e.restored, restored_heads):
            text = inflect_phrase(alt, h, tag) if inflected else alt
            if spread:
                words = text.split(" ")
                if len(words) == n:  # word for word, keeping the words between
                    pieces = []
                    for j, p in enumerate(positions):
                        tok = doc[p]
                        if j != e.head and tok.tag_ in INFLECTED_TAGS and tok.lower_ != e.spun[j].lower():
                            # the other inflected word keeps its form too ("scored two objectives"
                            # is "scored two goals", not "goal")
                            words[j] = inflect_phrase(words[j], 0, tok.tag_)
                        pieces.append(words[j])
                        if j + 1 < n:
                            tok = doc[p]
                            pieces.append(para_text[tok.idx + len(tok.text):doc[positions[j + 1]].idx])
                    text = "".join(pieces)
                else:
                    lossy = lossy or not forms
            if case_model is original or not alt[:1].isupper():
                text = match_case(text, case_model, sentence_start=starts_sentence)
            if text not in forms:
                forms.append(text)
        if len(positions) > 1 and _all_capitalised(doc, positions):
            forms = [_title_case(f) for f in forms]  # "Chief Monetary Officer" -> "Chief Financial Officer"
        if original.endswith(".") and closes_sentence(doc, positions[-1]):
            # An abbreviation at the end of a sentence ("rose 12 p.c. Officials ...") carries the
            # sentence's full stop too; the repair must keep it ("rose 12 percent. Officials").
            forms = [f if f.endswith(".") else f + "." for f in forms]
        if forms[0] == original:
            return None
        prior, explanation = e.confidence, explain(e, doc, positions, original, forms[0])
        if lossy:
            prior = min(prior, PROXIMITY_LOSSY_PRIOR)
            explanation += " (Matched with words in between, which this repair would drop: check it.)"
        words_before, words_after = self._neighbours_of(e)
        return Candidate(start + offset, end + offset, original, forms[0], forms[1:], prior,
                         e.is_tell and not lossy, e.category, e.rule_id, explanation, positions[-1] - positions[0] + 1,
                         words_before=words_before, words_after=words_after)

    def _neighbours_of(self, e: Entry) -> tuple:
        """The words ``e`` accepts just before and just after it (:func:`_neighbour_words`), read from
        its conditions once per entry: a common entry matches thousands of times in a long text."""
        got = self._neighbours.get(id(e))
        if got is None:
            got = self._neighbours[id(e)] = (_neighbour_words(e, ("after", "after_lemma")),
                                             _neighbour_words(e, ("before",)))
        return got

    def candidates(self, doc: Doc, offset: int, settings) -> list[Candidate]:
        """The candidates of one paragraph (offsets in the whole text), overlaps resolved."""
        return self.complete(self.start(doc, offset, settings))

    def start(self, doc: Doc, offset: int, settings, defer: bool = False, text: str | None = None
              ) -> "OpenParagraph":
        """The first half of :meth:`candidates`: the lexicon's matches. With ``defer``, a match
        whose condition needs a sentence parsed that is not parsed yet is left open, and the
        sentence is listed in ``parse_requests``: the caller parses the sentences of many
        paragraphs in one batch (much cheaper than one at a time), then calls :meth:`complete`.
        ``text``: the paragraph's text when the caller has it (``doc.text`` is rebuilt from every
        token on each access)."""
        para = OpenParagraph(doc, offset, settings, doc.text if text is None else text)
        unparsed = bool(doc.user_data.get(UNPARSED))
        requests = para.parse_requests if defer and unparsed else None
        para.texts, para.lowers, para.lemmas, para.glued = token_words(doc)
        texts, lowers, lemmas = para.texts, para.lowers, para.lemmas
        quoted, named = protected_tokens(doc, settings.protect_quotes, settings.protect_names, texts)
        para.quoted, para.named = quoted, named
        found = para.found
        index, compiled, may_match, split = self.index, self._words, self._may_match, self._split
        entries = self._entries
        n_doc = len(lowers)
        for i, lower in enumerate(lowers):
            lemma = lemmas[i]
            keys = (lower,) if lemma == lower else (lower, lemma)
            hits = []
            for g, key in enumerate(keys):
                if key not in index:
                    continue
                always, by_second = split(key)
                hits.extend(always[g])
                if by_second and i + 1 < n_doc:
                    for w in {lowers[i + 1], lemmas[i + 1], texts[i + 1]}:
                        more = by_second.get(w)
                        if more:
                            hits.extend(more[g])
            if not hits:
                continue
            hits.sort(key=_BY_KEY_AND_RANK)  # the index's order: by form, then by lemma
            seen: set[int] = set()
            for _, _, slot in hits:
                if slot in seen:
                    continue
                seen.add(slot)
                e = entries[slot]
                words, gap = compiled[id(e)]
                if not gap and not may_match(words, i, lowers, lemmas, texts):
                    continue
                positions = self._match_at(doc, i, e, quoted, named, unparsed, requests)
                if positions is DEFERRED:
                    para.open.append((len(found), i, e))
                    found.append(None)   # its place: the order of equal candidates is kept
                elif positions is not None:
                    c = self._candidate(doc, para.text, positions, e, offset)
                    if c is not None:
                        found.append((i, c.tokens, c.prior, c))
        return para

    def complete(self, para: "OpenParagraph") -> list[Candidate]:
        """The second half of :meth:`candidates`: the open matches judged (on their sentences,
        parsed by now), then the unseen tortured phrases, numbers and figures, and overlaps."""
        doc, offset, settings = para.doc, para.offset, para.settings
        quoted, named, texts = para.quoted, para.named, para.texts
        found = para.found
        for slot, i, e in para.open:
            positions = self._match_at(doc, i, e, quoted, named, True)
            c = None if positions is None else self._candidate(doc, para.text, positions, e, offset)
            found[slot] = None if c is None else (i, c.tokens, c.prior, c)
        found = [f for f in found if f is not None]
        if self.unseen is not None:
            found.extend(unseen_candidates(self.unseen, doc, offset, quoted, named, found, para.lowers, para.glued))
        if settings.numerals:
            for i, word in numeral_candidates(doc, quoted | named, texts):
                tok = doc[i]
                c = Candidate(tok.idx + offset, tok.idx + len(tok.text) + offset, tok.text, word, [],
                              NUMERAL_PRIOR, False, "number style", NUMERAL_RULE,
                              f'Spinners write small numbers as digits; prose spells out "{word}".')
                found.append((i, 1, NUMERAL_PRIOR, c))
        # Figures a spinner garbled, not a house style: repaired whatever the numerals setting says.
        glued = lambda k: doc[k].whitespace_ == ""  # noqa: E731
        for i, text in enumerate(texts):
            figure = spelled_decimal(text)
            if figure is not None:   # "three.5"
                if i in quoted or i in named:
                    continue
                tok = doc[i]
                c = Candidate(tok.idx + offset, tok.idx + len(tok.text) + offset, tok.text, figure, [],
                              DECIMAL_PRIOR, True, "spinner", DECIMAL_RULE,
                              f'A spinner spelled out the whole part of the figure "{figure}".')
                found.append((i, 1, DECIMAL_PRIOR, c))
                continue
            # "30-one", "thirty-2": half of a compound number swapped
            got = mixed_compound(texts, i, glued) if may_start_mixed_compound(text) else None
            if got is None or any(k in quoted or k in named for k in range(i, i + got[1])):
                continue
            words, n = got
            first, last = doc[i], doc[i + n - 1]
            if first.text[:1].isupper() or starts_sentence(doc, texts, i):
                words = words[:1].upper() + words[1:]
            c = Candidate(first.idx + offset, last.idx + len(last.text) + offset,
                          para.text[first.idx:last.idx + len(last.text)], words, [], DECIMAL_PRIOR, True,
                          "spinner", COMPOUND_NUMBER_RULE,
                          f'A spinner swapped half of the number "{words}" for its digits or its word.')
            found.append((i, n, DECIMAL_PRIOR, c))
        for i, end, choices in _braced_words(doc, texts, quoted):
            first, last = doc[i], doc[end]
            inner = doc.text[doc[i + 1].idx:doc[end].idx]
            # a synonym file's line starts with its head word, and a spinner's choice lists the
            # original first: the others stay as alternatives
            prior = BRACES_PRIOR if len(choices) == 1 else BRACES_CHOICE_PRIOR
            c = Candidate(first.idx + offset, last.idx + 1 + offset, "{" + inner + "}", choices[0],
                          choices[1:], prior, prior >= TELL_CONFIDENCE, "spinner", BRACES_RULE,
                          "A spinner left the braces of its own syntax around these words." if len(choices) == 1
                          else "A spinner left its choice of words unrendered; the first is usually the original.")
            found.append((i, end - i + 1, prior, c))
        # Longest match first at each position, then the most confident; no overlaps.
        found.sort(key=lambda t: (t[0], -t[1], -t[2]))
        out: list[Candidate] = []
        taken_until = -1
        shadow_until = -1   # the end of the last match an unseen find displaced
        for i, n, _, c in found:
            if i < taken_until:
                if i + n > taken_until:
                    joined = _joined_tells(out[-1], c, taken_until - i, para.text, offset)
                    if joined is None and _article_tell_yields(out[-1], c, taken_until - i):
                        joined = c
                    if joined is not None:
                        out[-1] = joined
                        taken_until = i + n
                        continue
                if out[-1].unseen and c.category != FIXED_CATEGORY and shadow_until <= i and i + n <= taken_until:
                    out[-1] = replace(out[-1], displaced=out[-1].displaced + (c,))
                    shadow_until = i + n
                continue
            out.append(c)
            taken_until = i + n
        return out


def _neighbour_words(e: Entry, names: tuple[str, ...]) -> frozenset | None:
    """The words the entry's positive conditions ``names`` accept next to it, None if it has none."""
    words: set[str] = set()
    for w in e.when:
        name, _, arg = w.partition(":")
        if name in names:
            words.update(expand(a.strip().lower() for a in arg.split("|") if a.strip()))
    return frozenset(words) if words else None


def _all_capitalised(doc: Doc, positions: tuple[int, ...]) -> bool:
    return all(doc[p].text[:1].isupper() for p in positions)


def _titled_tell(doc: Doc, positions: tuple[int, ...], e: Entry) -> bool:
    """A long sure tell, or a row marked ``in_titles``, written as a title: every matched word
    capitalised."""
    # asked at every match of a lowercase row: the entry's own tests first, the words' capitals last
    if e.category == FIXED_CATEGORY:
        return False
    if not (len(positions) >= TITLED_TELL_WORDS and e.confidence >= TITLED_TELL_CONFIDENCE) \
            and not any(c.name == "in_titles" for c in e.conditions):
        return False
    return _all_capitalised(doc, positions)


_TITLE_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to".split())


def _title_case(text: str) -> str:
    """Capitalise each word of a repair but the small ones inside it, as titles are written."""
    words = text.split(" ")
    return " ".join(w if (k and w in _TITLE_SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


