"""The restorer's lattices: each parsed sentence as a chain of sites (a spun form and the originals the
channel offers for it) with the fixed words between them. Built per paragraph, in the analysis loop
or a worker process, and kept as plain data; and the :class:`Decision` the decoder makes for each site.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

from unspin.engine.channel import THESAURUS_RULE, ChannelTable, Option
from unspin.engine.inflect import DEGREE_TAGS, INFLECTED_TAGS, inflect_phrase, match_case, token_words
from unspin.engine.tokens import INFIX_HYPHEN
from .settings import LEAN_SITES, RATE_OVER_LEXICON


@dataclass
class Choice:
    text: str                    # as it would appear in the text (inflected, cased)
    words: tuple[str, ...]       # lowercase words for the language model
    odds: float | None           # channel odds P(spun form | this original); for "keep": P(unchanged), None = unknown
    rule: str = ""
    rate: bool = False           # ``odds`` is an observed posterior P(this original | form) (swap_rates.py)
    weak: bool = False           # a conditioned lexicon entry outside its conditions (channel.OUTSIDE_ODDS)
    lean: bool = False           # a backing rate (channel.ChannelTable.backing): applied only beside a change
    quiet: bool = False          # a lexicon entry rated below channel.QUIET_PRIOR: waits for WEAK_GATE too


@dataclass
class Site:
    start: int                   # offsets in the whole text
    end: int
    original: str
    choices: list[Choice]        # choices[0] keeps the text
    fixed_before: tuple = ()     # LM words between the previous site (or sentence start) and this one; None = break
    external: bool = False       # a lexicon candidate found by the matcher: context only, its own confidence
    name: bool = False           # a capitalised word read in the names table (ChannelTable.names)
    # an external site's entry accepts only these words just before / after it (None: any)
    words_before: frozenset | None = None
    words_after: frozenset | None = None


@dataclass
class Lattice:
    """One sentence: its sites and the fixed words after the last one."""
    sites: list[Site]
    tail: tuple = ()
    words: int = 0               # words in the sentence (for the gate)
    start: int = -1              # the sentence's characters in the whole text (-1: not known)
    end: int = -1
    # the sentence read with the matches its unseen tortured finds displaced in their place, for a
    # spun news page where those finds are noise (analyzer.finish)
    shadow: bool = False

    def __eq__(self, other) -> bool:  # compared in the staged-analysis tests like candidates
        return isinstance(other, Lattice) and (self.sites, self.tail) == (other.sites, other.tail)


# -- decoding ------------------------------------------------------------------------------------------
@dataclass
class Decision:
    site: Site
    best: int                    # index of the chosen choice (0 = keep)
    ranked: list[int]            # change choices, best first
    margin: float                # best change's max-marginal minus keep's (nats)
    scores: list[float] = field(default_factory=list)
    priors: list[float] = field(default_factory=list)   # each choice's channel term (log), in scores
    gate: float = 1.0            # the document's spin probability the decision was made under
    beside: bool = False         # a neighbouring site (no word between) changes on the sentence's best path


# The language model knows no contracted verb as a token of its own ("n't", "’ll" are all at its
# floor of unknown words): read as the word they stand for, a writer's "couldn’t" is not a far less
# likely sentence than "could not" ("'s", a possessive as often as "is", stays as it is).
CLITIC_WORDS = {c: w for cs, w in (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"),
                                   ("'d", "would")) for c in (cs, cs.replace("'", "’"))}
CLITIC_WORDS.update(ca="can", wo="will")   # "can't", "won't": ca, n't and wo, n't


def _lm_word(text: str, lower: str, punct: bool, space: bool, like_num: bool) -> str | None:
    """The language model's word for a token: none for punctuation, ``<num>`` for a figure, the full
    word for a contracted verb (``CLITIC_WORDS``)."""
    if punct or space:
        return None
    if like_num and any(ch.isdigit() for ch in text):
        return "<num>"
    return CLITIC_WORDS.get(lower, lower)


class ParagraphWords(NamedTuple):
    """A paragraph's tokens as plain lists, read once: each ``doc[i]`` builds a Token object and
    each of its attributes a string, and the restorer looks at most tokens several times."""
    texts: list[str]
    lowers: list[str]
    lemmas: list[str]          # lowercased
    glued: list[bool]          # no space after the token
    starts: list[int]          # character offsets in the paragraph
    punct: list[bool]
    lm_words: list             # _lm_word of each token

    def span_text(self, first: int, end: int) -> str:
        """``doc[first:end].text`` without building a Span (spaCy's whitespace after a token is one
        space or none)."""
        if end - first == 1:
            return self.texts[first]
        texts, glued = self.texts, self.glued
        return "".join(texts[k] if glued[k] or k == end - 1 else texts[k] + " " for k in range(first, end))

    @classmethod
    def read(cls, doc, words: tuple | None = None) -> "ParagraphWords":
        """``words``: the texts, lowercase forms, lemmas and glued flags when the caller has read
        them (the matcher has); the rest comes from one ``to_array`` (no Token objects)."""
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM  # not at import: the window opens before spaCy loads
        texts, lowers, lemmas, glued = token_words(doc) if words is None else words
        starts, punct, space, like_num = doc.to_array([IDX, IS_PUNCT, IS_SPACE, LIKE_NUM]).T.tolist()
        punct = [bool(p) for p in punct]
        lm_words = [_lm_word(*t) for t in zip(texts, lowers, punct, space, like_num)]
        return cls(texts, lowers, lemmas, glued, starts, punct, lm_words)


def restorer_named(doc, texts: list[str] | None = None) -> set[int]:
    """Tokens the restorer leaves alone as names: capitalised mid-sentence, or a proper noun.

    Unlike the matcher it does not consult the entity recogniser (so a paragraph needs no entity
    pass for it); a capitalised word mid-sentence is treated as part of a name or a title.
    ``texts``: the tokens' texts when the caller has them (only capitalised tokens are then read).
    """
    if texts is None:
        texts = [tok.text for tok in doc]
    out = set()
    for i, text in enumerate(texts):
        if text[:1].isupper():
            tok = doc[i]
            if not tok.is_sent_start or tok.pos_ == "PROPN":
                out.add(i)
    return out


def build_lattices(doc, offset: int, table: ChannelTable, quoted: set[int], named: set[int],
                   external: list | None = None, words: ParagraphWords | None = None,
                   at: list[int] | None = None) -> list[Lattice]:
    """The sentences of a parsed paragraph that hold at least one site.

    ``external`` are the matcher's candidates in this paragraph (offsets in the whole text): their
    tokens become sites with the matcher's repair, so the choices around them see it in context.
    ``words``: the paragraph's :class:`ParagraphWords` when the caller has read them.
    ``at``: only the sentences that hold one of these characters (offsets in the whole text).
    """
    if words is None:
        words = ParagraphWords.read(doc)
    texts, lowers, lemmas, starts, punct, lm_words = (words.texts, words.lowers, words.lemmas, words.starts,
                                                      words.punct, words.lm_words)
    first_words = table.first_words
    backing = table.backing if LEAN_SITES else None
    names = table.names
    ext_at: dict[int, object] = {}
    covered: set[int] = set()
    for c in external or ():
        lo, hi = bisect_left(starts, c.start - offset), bisect_left(starts, c.end - offset)
        toks = range(lo, hi)
        if toks and not _file_site_instead(doc, c, lo, hi, offset, table, quoted, named, words):
            ext_at[toks[0]] = (c, toks[-1] + 1)
            covered.update(toks)
    out: list[Lattice] = []
    for sent in doc.sents:
        if at is not None and not any(sent.start_char <= a - offset < sent.end_char for a in at):
            continue
        sites: list[Site] = []
        fixed: list = []
        i, end = sent.start, sent.end
        n_words = 0
        while i < end:
            if not punct[i]:
                n_words += 1
            if i in ext_at:
                c, j = ext_at[i]
                choices = [Choice(c.original, tuple(c.original.lower().split()), 1.0)]
                for alt in [c.replacement] + list(c.alternatives):
                    choices.append(Choice(alt, tuple(alt.lower().split()), c.prior, c.rule))
                for source in (table, table.backing):
                    if source is not None and source.rated_at(lowers[i], lemmas[i]):
                        own = _site_at(doc, i, end, offset, source, quoted, named, set(), words)
                        _add_observed_rate(choices, own, c)
                sites.append(Site(c.start, c.end, c.original, choices, tuple(fixed), external=True,
                                  words_before=c.words_before, words_after=c.words_after))
                fixed = []
                i = max(j, i + 1)
                continue
            site = None
            if i not in quoted and i not in named and i not in covered and not punct[i] \
                    and (lowers[i] in first_words or lemmas[i] in first_words):  # _site_at's first test
                site = _site_at(doc, i, end, offset, table, quoted, named, covered, words)
            elif i in named and names is not None and i not in quoted and i not in covered \
                    and (lowers[i] in names.first_words or lemmas[i] in names.first_words) and not texts[i].isupper():
                # a capitalised word: only the observed swaps of words in names and titles (channel.py)
                site = _site_at(doc, i, end, offset, names, quoted, named, covered, words)
                if site is not None:
                    site.name = True
            if site is None and backing is not None and i not in quoted and i not in named and i not in covered \
                    and not punct[i] and (lowers[i] in backing.first_words or lemmas[i] in backing.first_words):
                site = _lean_site(_site_at(doc, i, end, offset, backing, quoted, named, covered, words))
            if site is None:
                fixed.append(lm_words[i])
                i += 1
                continue
            site.fixed_before = tuple(fixed)
            sites.append(site)
            fixed = []
            i += _tokens_in(starts, i, site.end - offset)
        if sites:  # sentences with only the matcher's candidates too: their margins spread its confidence
            out.append(Lattice(sites, tuple(fixed), n_words, offset + sent.start_char, offset + sent.end_char))
    return out


def file_site(site: Site) -> bool:
    """The site offers a line of an imported thesaurus."""
    return any(ch.rule.startswith(THESAURUS_RULE) for ch in site.choices[1:])


def _file_site_instead(doc, c, lo: int, hi: int, offset: int, table: ChannelTable, quoted, named,
                       words: ParagraphWords) -> bool:
    """An unseen tortured-phrase guess ("typical fee" -> "average value") over exactly the words of an
    imported file's line ("average rate|typical fee"): the file's site takes the span, where the
    guess would have made it a matcher's site with its own choices only (the analyzer drops the
    guess where the restorer decides the span)."""
    if not c.unseen or (words.lowers[lo] not in table.first_words and words.lemmas[lo] not in table.first_words):
        return False
    site = _site_at(doc, lo, hi, offset, table, quoted, named, set(), words)
    return site is not None and (site.start, site.end) == (c.start, c.end) and file_site(site)


def _lean_site(site: Site | None) -> Site | None:
    """A site of the backing rates (forms a lexicon covers, whose observed swaps only back its
    candidates): its changes are *lean*, applied only beside a change of the sentence (``decode``)."""
    if site is None:
        return None
    site.choices[1:] = [Choice(c.text, c.words, c.odds, c.rule, c.rate, c.weak, lean=True, quiet=c.quiet) for c in site.choices[1:]]
    return site


def _add_observed_rate(choices: list[Choice], own: Site | None, c) -> None:
    """A matcher candidate whose swap was also observed in spun news (swap_rates.py) is weighed
    with that rate too: its choices take the observed odds, so that its margin says how sure the
    observed evidence is in this sentence (``decode`` reports it; ``Engine.finish`` uses it)."""
    if own is None or own.start != c.start or own.end > c.end:
        return
    # The lexicon's entry may be longer ("within the" -> "in the" for the observed "within" -> "in").
    rest = c.original[own.end - own.start:].lower()
    if not c.original.lower().startswith(own.original.lower()):
        return
    rated = {ch.text.lower() + rest: ch for ch in own.choices[1:] if ch.rate}
    if not rated:
        return
    for k, ch in enumerate(choices[1:], 1):
        hit = rated.get(ch.text.lower())
        if hit is not None:
            choices[k] = Choice(ch.text, ch.words, hit.odds, ch.rule, rate=True)
    if any(ch.rate for ch in choices[1:]):
        choices[0] = Choice(choices[0].text, choices[0].words, own.choices[0].odds, rate=True)


def _tokens_in(starts: list[int], i: int, end_char: int) -> int:
    n = 0
    while i + n < len(starts) and starts[i + n] < end_char:
        n += 1
    return max(n, 1)


_HYPHENS = ("-", "‐", "–")


def _lm_words_of(text: str) -> tuple[str, ...]:
    """A candidate's words for the language model as the text's would be read: a hyphen between
    letters is a token of its own, punctuation, which the model skips ("same-sex": same, sex)."""
    lower = text.lower()
    return tuple((INFIX_HYPHEN.sub(" ", lower) if "-" in lower else lower).split())


def _joined(texts: list[str], k: int) -> bool:
    """Token k is glued to token k + 1 by a mark a key writes too: a hyphen ("same-sex" is the key
    same, -, sex) or a contraction ("they’ll": they, ’ll; "couldn’t": could, n’t), so a key whose
    tokens match spans the written word (thesaurus entries are split so, ``channel._token_keys``)."""
    nxt = texts[k + 1]
    return texts[k] in _HYPHENS or nxt in _HYPHENS or nxt[:1] in ("'", "’") or nxt.lower() in ("n't", "n’t")


# A lexicon row's word right after "be" or "have" is the spinner's bare form ("had unfold"): a
# writer's inflected word there ("had unfolded") does not match the row through its lemma.
_AUXILIARY_LEMMAS = frozenset({"be", "have"})


def _before_negation(words: ParagraphWords, i: int) -> bool:
    """The token is the verb of a contracted negation ("is" of "isn't", "does" of "doesn't"): the
    word as written ends with the clitic, so no swap of the token alone can be written in its place."""
    return i + 1 < len(words.texts) and words.glued[i] and words.lowers[i + 1] in ("n't", "n’t")


def _fits(doc, i: int, n: int, opt: Option) -> bool:
    """A lexicon entry's option at tokens i..i+n-1: its part of speech (of the first or the last
    word), and for a weak candidate none of the contexts its entry ruled out (negated conditions)."""
    if opt.pos and doc[i + n - 1].pos_ not in opt.pos and doc[i].pos_ not in opt.pos:
        return False
    return not opt.vetoes or all(c(doc, i, i + n, i + min(head, n - 1)) for head, c in opt.vetoes)


def _site_at(doc, i: int, end: int, offset: int, table: ChannelTable, quoted, named, covered,
             words: ParagraphWords) -> Site | None:
    """The site at token ``i`` (ending by token ``end``) in ``table``, or None. ``words``: the
    paragraph's :class:`ParagraphWords`; a length whose words are in neither of the table's
    indexes is skipped before any token is looked at."""
    # only the lengths with an option (the test below finds none at the others)
    lengths = table.key_lengths(words.lowers, words.lemmas, i, end)
    if not lengths:
        return None
    texts, glued = words.texts, words.glued
    if i > 0 and glued[i - 1] and texts[i - 1] in _HYPHENS:
        return None   # the second part of a hyphenated word ("half-point")
    for n in lengths:
        last = i + n - 1
        if glued[last] and last + 1 < len(texts) and texts[last + 1] in _HYPHENS:
            continue  # the first part of a hyphenated word: a key that covers the compound may match
        if n > 1 and any(k in quoted or k in named or k in covered for k in range(i + 1, i + n)):
            continue
        joined = n > 1 and any(glued[k] for k in range(i, last))
        if joined and not all(_joined(texts, k) for k in range(i, last) if glued[k]):
            continue  # "cannot" is no "can not": words the tokenizer split without a mark
        if _before_negation(words, i + n - 1):
            continue  # "it is" of "it isn't": written "it'sn't" if swapped
        if any(ch.isdigit() for k in range(i, i + n) for ch in texts[k]):
            continue  # figures are the numeral rule's business; the language model has no digits
        forms = tuple(words.lowers[i:i + n])
        lemmas = tuple(words.lemmas[i:i + n])
        options: list[tuple[Option, str]] = []
        for opt in table.forms.get(forms, {}).values():
            if (opt.by_lemma or opt.vetoes) and not _fits(doc, i, n, opt):
                continue  # a lexicon entry keyed by its words as written keeps its checks, an observed rate its vetoes
            options.append((opt, opt.original))
        # The lemma table too when the words are their own lemmas ("workplace"): a lexicon entry is
        # in both tables, an observed rate only in the lemma one, where it replaces a weaker option
        # for the same original; reading the forms alone hid "workplace" -> "office" (seen 8 times in
        # 8) behind the lexicon's weak candidate (see RATE_OVER_LEXICON).
        # A thesaurus's candidate for the words as written (no lemma, no rate) decides there, as before.
        written = {o.original for o, _ in options} if lemmas == forms else set()
        by_lemma = not written or all(o.by_lemma or o.kept is not None for o, _ in options)
        if by_lemma and n > 1 and any(lemmas[k - 1] in _AUXILIARY_LEMMAS and forms[k] != lemmas[k] for k in range(1, n)):
            by_lemma = False  # "had unfolded" is no "have unfold" (the matcher's rule, matcher._AUXILIARIES)
        for opt in (table.lemmas.get(lemmas, {}).values() if by_lemma else ()):
            if opt.original in written and (opt.kept is None or opt.odds < RATE_OVER_LEXICON):
                continue  # the same option, or a rate too thin to replace the lexicon's candidate
            if not _fits(doc, i, n, opt):
                continue
            head = min(opt.head, n - 1)
            if n > 1 and any(k != head and forms[k] != lemmas[k] and doc[i + k].tag_ in DEGREE_TAGS
                             for k in range(n)):
                continue  # "higher precedence" is not a "high precedence" (a non-head word's degree)
            text = opt.original
            if forms[head] != lemmas[head]:   # an inflected word: its tag says how (cheap test first)
                tag = doc[i + head].tag_
                if tag in INFLECTED_TAGS:
                    text = inflect_phrase(opt.original.replace("*", ""), opt.head, tag)
            others = [k for k in range(n) if k != head and forms[k] != lemmas[k]] if n > 1 else ()
            if others:
                # a word beside the entry's head is inflected ("assaults on" read by the lemmas of
                # "assault on" -> "attack on"): the original's word in its place takes the same
                # inflection ("attacks on"), where the two phrases line up word for word
                text = text.replace("*", "")
                if len(text.split(" ")) != n or any(doc[i + k].tag_ not in INFLECTED_TAGS for k in others):
                    continue
                for k in others:
                    text = inflect_phrase(text, k, doc[i + k].tag_)
            options.append((opt, text))
        if joined:
            # a hyphenated or contracted word is a site for an imported file's lines only: the
            # lexicons' rows of such words are the matcher's, where their conditions hold
            options = [(o, t) for o, t in options if o.source.startswith(THESAURUS_RULE)]
        if not options:
            continue
        start, stop = words.starts[i], words.starts[i + n - 1] + len(texts[i + n - 1])
        original = words.span_text(i, i + n)
        seen: dict[str, Choice] = {}
        for opt, text in options:
            shown = match_case(text, original)
            if shown.lower() == original.lower():
                continue
            have = seen.get(shown.lower())
            if have is None or have.odds < opt.odds:
                seen[shown.lower()] = Choice(shown, _lm_words_of(shown), opt.odds, opt.source,
                                             rate=opt.kept is not None, weak=opt.weak, quiet=opt.quiet)
        if not seen:
            continue
        kept = [opt.kept for opt, _ in options if opt.kept is not None]
        keep_odds = max(kept) if kept else table.keep_odds(forms)
        keep = Choice(original, tuple(w for w in words.lm_words[i:i + n] if w), keep_odds, rate=bool(kept))
        return Site(start + offset, stop + offset, original, [keep, *seen.values()])
    return None
