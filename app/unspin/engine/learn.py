"""Learn a spinner's substitutions from originals and their spun copies, as lexicon entries.

:mod:`unspin.engine.align` finds where a spun copy differs from its original; this module turns
those substitutions into lexicon entries (the TSV format of :mod:`unspin.engine.lexicon`) with
the evidence behind each: how often the swap was seen, in how many different sources, and how
often the spun form was seen *unchanged* (the writer's own word, where a repair would do harm).
``unspin learn``, the window's "Learn from original…" and ``bench/grow_observed_lexicon.py``
(the bundled ``news_observed.tsv``) all use it; each decides its own confidences from that evidence.

With a spaCy pipeline (``nlp``) the entries generalise and stay safe:

* a one-word swap whose two words carry the same tag is stored by lemma with its part of speech
  ("mention" -> "say", VERB), so the engine matches and inflects every form ("mentions" -> "says");
* swaps inside the name of a person are dropped (spinners leave people's names alone; a changed
  name is a different spelling, not spin), and so are swaps of figures ("5" -> "five"): numbers
  are the numeral rules' business;
* a capital mid-sentence ("White Home" for "White House") makes a case-exact entry that does not
  fire at the start of a sentence.

Without ``nlp`` entries are the lowercased surface forms. Only mappings and counts are kept, never
the texts' sentences.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from unspin.engine.align import MAX_WORDS, Alignment, Substitution, align

LEMMA_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_DIGIT = re.compile(r"\d")
# Number words: a spinner writes a number another way ("two" -> "2") but never as another number. An
# alignment that pairs two different ones ("twenty" for "two", a typo or a sentence rewritten around
# its figures) taught the restorer to turn "scored twenty goals" into "two goals" at 0.99.
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens".split())
_TSV_UNSAFE = re.compile(r"[\t\r\n|]")


@dataclass(frozen=True)
class FormKey:
    """How a spun form is written in a lexicon: its words, part of speech and conditions."""
    spun: str         # the spun column (lemma, lowercase surface, or case-exact words)
    pos: str = ""     # required part of speech ("" for any)
    kind: str = "surface"  # "lemma", "surface" or "cased"

    @property
    def when(self) -> str:
        # A case-exact form at a sentence's start may carry only the sentence's capital.
        return "!sent_start" if self.kind == "cased" else ""


@dataclass
class LearnedEntry:
    form: FormKey
    alternatives: list[tuple[str, int]]   # restored form and how often, most frequent first
    sources: int                          # distinct sources (stories) of the best alternative
    changed: int                          # times the spun form was a substitution (any original)
    kept: int                             # times the spun form stood unchanged in a spun text
    confidence: float = 0.0

    @property
    def best(self) -> str:
        return self.alternatives[0][0]

    @property
    def count(self) -> int:
        return self.alternatives[0][1]


@dataclass
class _Tok:
    text: str
    lower: str
    lemma: str
    pos: str
    sent_start: bool


@dataclass
class _SpunText:
    tokens: list[_Tok]
    changed: set[int] = field(default_factory=set)   # token indexes inside a substitution
    _index: dict | None = field(default=None, repr=False)

    def starts(self, form: "FormKey", first: str) -> list[int]:
        """Token indexes where ``form``'s first word could stand (by text, lowercase or lemma)."""
        if self._index is None:
            index: dict = defaultdict(list)
            for i, t in enumerate(self.tokens):
                index[("text", t.text)].append(i)
                index[("lower", t.lower)].append(i)
                index[("lemma", t.lemma)].append(i)
            self._index = index
        kind = {"cased": "text", "lemma": "lemma"}.get(form.kind, "lower")
        return self._index.get((kind, first), [])


class SubstitutionLearner:
    """Accumulates substitutions over any number of (original, spun) pairs."""

    def __init__(self, nlp=None, max_words: int = MAX_WORDS):
        self.nlp = nlp
        self.max_words = max_words
        self.skipped_names = 0
        self.skipped_numbers = 0
        # Per pair: its source, its observations (form, restored) and its spun tokens. Kept per pair
        # so that entries() can leave sources out (leave-one-story-out) without learning again.
        self._pairs: list[tuple[str, list[tuple[FormKey, str]], _SpunText]] = []

    # -- learning ------------------------------------------------------------------------------------
    def add_pair(self, original: str, spun: str, source: str = "") -> Alignment:
        """Learn from one pair; ``source`` names the story (copies of one story share a name)."""
        alignment = align(original, spun, self.max_words)
        sdoc = self.nlp(spun) if self.nlp is not None else None
        odoc = self.nlp(original) if self.nlp is not None else None
        text = _SpunText(_tokens(sdoc) if sdoc is not None else _plain_tokens(spun))
        observed: list[tuple[FormKey, str]] = []
        for sub in alignment.substitutions:
            if _DIGIT.search(sub.spun) or _DIGIT.search(sub.original) or _other_number(sub.spun, sub.original):
                self.skipped_numbers += 1
                continue
            if _TSV_UNSAFE.search(sub.spun + sub.original):
                continue
            learned = self._form(sub, sdoc, odoc)
            if learned is None:
                continue
            form, restored, token_ids = learned
            observed.append((form, restored))
            text.changed.update(token_ids)
        self._pairs.append((source or f"pair{len(self._pairs) + 1}", observed, text))
        return alignment

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(src for src, _, _ in self._pairs))

    def _form(self, sub: Substitution, sdoc, odoc):
        spun_key, orig_key = sub.key
        if sdoc is None:
            kind = "surface" if spun_key == spun_key.lower() else "cased"
            ids: set[int] = set()
            return FormKey(spun_key, "", kind), orig_key, ids
        sspan = sdoc.char_span(sub.spun_start, sub.spun_end, alignment_mode="expand")
        ospan = odoc.char_span(sub.original_start, sub.original_end, alignment_mode="expand")
        if sspan is None or ospan is None or not len(sspan) or not len(ospan):
            return None
        if any(t.ent_type_ == "PERSON" for t in ospan) or any(t.ent_type_ == "PERSON" for t in sspan):
            self.skipped_names += 1
            return None
        ids = set(range(sspan.start, sspan.end))
        if spun_key != spun_key.lower():
            return FormKey(spun_key, "", "cased"), orig_key, ids
        if len(sspan) == 1 and len(ospan) == 1:
            s, o = sspan[0], ospan[0]
            if s.tag_ == o.tag_ and s.pos_ in LEMMA_POS and s.is_alpha and o.is_alpha:
                spun_lemma, orig_lemma = s.lemma_.lower(), o.lemma_.lower()
                # By lemma only where inflecting the lemmas gives back both words: the engine will
                # inflect the repair the same way ("greater" -> "more", not "morer").
                if spun_lemma != orig_lemma and _inflects_to(spun_lemma, s) and _inflects_to(orig_lemma, o):
                    return FormKey(spun_lemma, s.pos_, "lemma"), orig_lemma, ids
            # As written, for any part of speech: the tagger often mislabels a spinner's odd word.
            return FormKey(spun_key, "", "surface"), orig_key, ids
        return FormKey(spun_key, "", "surface"), orig_key, ids

    # -- results -------------------------------------------------------------------------------------
    def entries(self, exclude: frozenset[str] | set[str] = frozenset()) -> list[LearnedEntry]:
        """Every learned form with its evidence, leaving out the pairs of the ``exclude`` sources
        (confidence left at 0 for the caller to set)."""
        pairs = [p for p in self._pairs if p[0] not in exclude]
        counts: dict[FormKey, Counter] = defaultdict(Counter)
        sources: dict[tuple[FormKey, str], set[str]] = defaultdict(set)
        for src, observed, _ in pairs:
            for form, restored in observed:
                counts[form][restored] += 1
                sources[(form, restored)].add(src)
        texts = [t for _, _, t in pairs]
        out = []
        for form, restored in counts.items():
            alts = sorted(restored.items(), key=lambda kv: (-kv[1], kv[0]))
            best = alts[0][0]
            out.append(LearnedEntry(form, alts, len(sources[(form, best)]), sum(restored.values()),
                                    _kept(form, texts)))
        out.sort(key=lambda e: (-e.count, e.form.spun, e.form.pos))
        return out


def _other_number(spun: str, original: str) -> bool:
    """One number word written for another ("twenty" for "two"). Longer phrases stay: the spinner
    does write "thousands and thousands" for "millions"."""
    a, b = spun.lower().split(), original.lower().split()
    return len(a) == len(b) == 1 and a[0] in _NUMBER_WORDS and b[0] in _NUMBER_WORDS and a != b


def _kept(form: FormKey, texts: list[_SpunText]) -> int:
    """How often the spun form stands in the spun texts where the original has it too."""
    words = form.spun.split()
    n = 0
    for text in texts:
        toks = text.tokens
        for i in text.starts(form, words[0]):
            if i + len(words) > len(toks) or any(j in text.changed for j in range(i, i + len(words))):
                continue
            if _form_matches(form, words, toks, i):
                n += 1
    return n


def _inflects_to(lemma: str, tok) -> bool:
    from unspin.engine.inflect import INFLECTED_TAGS, inflect_word
    if tok.tag_ not in INFLECTED_TAGS:
        return lemma == tok.lower_
    return inflect_word(lemma, tok.tag_) == tok.lower_


def _form_matches(form: FormKey, words: list[str], toks: list[_Tok], i: int) -> bool:
    if form.kind == "cased":
        return not toks[i].sent_start and all(toks[i + j].text == w for j, w in enumerate(words))
    first = toks[i]
    if first.text[:1].isupper() and not first.sent_start:
        return False  # the engine leaves capitalised words mid-sentence alone (names, titles)
    if form.kind == "lemma":
        return first.lemma == words[0] and first.pos == form.pos
    if form.pos and first.pos != form.pos:
        return False
    return all(toks[i + j].lower == w for j, w in enumerate(words))


def _tokens(doc) -> list[_Tok]:
    return [_Tok(t.text, t.lower_, t.lemma_.lower(), t.pos_, bool(t.is_sent_start)) for t in doc]


_PLAIN = re.compile(r"\w+(?:[’'.\-]\w+)*\.?|[^\w\s]")


def _plain_tokens(text: str) -> list[_Tok]:
    toks, prev = [], "."
    for m in _PLAIN.finditer(text):
        w = m.group()
        toks.append(_Tok(w, w.lower(), w.lower(), "", prev in (".", "!", "?")))
        prev = w
    return toks


def lexicon_text(entries: list[LearnedEntry], group: str, source: str, description: str,
                 note: str = "", vetoes: dict[tuple[str, str], str] | None = None) -> str:
    """The entries as a lexicon file (see :mod:`unspin.engine.lexicon`). ``vetoes``: negated conditions
    (comma-separated) by (spun form, best original), added to the entry's own: a hand-written rate veto
    binds the entry of the same swap too."""
    lines = [f"# {description}",
             "# Columns (tab-separated): spun  restored  pos  when  confidence  note",
             "# Format reference: app/unspin/engine/lexicon.py. Alternatives are ranked by how often the",
             "# spun form stood for them; notes give the evidence (seen N times in S sources, kept K times).",
             f"#@ group: {group}", "#@ category: spinner", f"#@ source: {source}",
             "spun\trestored\tpos\twhen\tconfidence\tnote"]
    for e in entries:
        restored = "|".join(r for r, _ in e.alternatives)
        evidence = (f"seen {e.changed} time{'s' * (e.changed != 1)} in {e.sources} "
                    f"source{'s' * (e.sources != 1)}; left as written {e.kept} time{'s' * (e.kept != 1)}")
        text = note.format(spun=e.form.spun, best=e.best) if note else ""
        # The evidence inside the note's first sentence: only that sentence is shown (lexicon.shown_note).
        text = f"{text[:-1]} ({evidence})." if text.endswith(".") else f"{text} ({evidence})".strip()
        when = ",".join(w for w in (e.form.when, (vetoes or {}).get((e.form.spun.lower(), e.best.lower()), "")) if w)
        lines.append("\t".join([e.form.spun, restored, e.form.pos, when, f"{e.confidence:.2f}",
                                text]))
    return "\n".join(lines) + "\n"


# -- a user's lexicon, learned from one original and its spun copy ------------------------------------
USER_GROUP = "learned"
USER_PRIOR = 0.5        # a swap of a content word seen in the user's pair, never left as written there
USER_PRIOR_KEPT = 0.3   # the spun form also stood unchanged in that copy: the writer's word too
USER_PRIOR_FUNCTION = 0.15  # function words ("within" for "in"): shown for review, applied only when clearly spun


def user_confidence(e: LearnedEntry) -> float:
    """The prior of an entry learned from the user's own pair. The user showed us this farm's
    swaps, so a content-word swap is applied at the default threshold; forms the copy also used in
    their own sense, and function words, wait for other signs of spin."""
    from unspin.engine.align import function_words
    if all(w.lower() in function_words() for w in e.form.spun.split()):
        return USER_PRIOR_FUNCTION
    if e.kept:
        return USER_PRIOR_KEPT
    return USER_PRIOR


USER_PRIOR_RELATED = 0.5   # a known swap (other lexicons) for a word this farm was seen replacing


def user_lexicon(learner: SubstitutionLearner, label: str, known=()) -> tuple[str, list[LearnedEntry]]:
    """The learned entries as a user lexicon file (text) and the entries themselves.

    ``known`` are the entries of the other lexicons (built-in ones). A spinner picks among the
    alternatives of a word each time, so the next copy of the story, or the farm's next article,
    will often swap the same original words for *other* alternatives. Known entries that restore
    a word this pair showed being replaced are therefore copied in, with their own conditions and
    a prior raised to ``USER_PRIOR_RELATED``: on this farm's copies they are more likely spin than
    in text at large."""
    entries = learner.entries()
    for e in entries:
        e.confidence = user_confidence(e)
    text = lexicon_text(entries, USER_GROUP, f"learned by unspin from {label}",
                        f"Unspin user lexicon: swaps learned from {label}. Edit freely; delete the file "
                        "to forget them.", 'Learned from an original: "{spun}" stood for "{best}".')
    related = _related_lines(entries, known, learner.nlp)
    if related:
        text += ("# Known swaps (from the other lexicons) for words this pair showed being replaced,\n"
                 "# more likely spin in this farm's copies.\n" + "".join(related))
    return text, entries


def _marked(words: tuple[str, ...], head: int) -> str:
    """Words with the lexicon format's head marker where the head is not the last word."""
    return " ".join(w + ("*" if i == head and head != len(words) - 1 else "") for i, w in enumerate(words))


def _related_lines(entries: list[LearnedEntry], known, nlp) -> list[str]:
    from unspin.engine.align import function_words
    lemma_cache: dict[str, str] = {}

    def lemma(word: str) -> str:
        if word not in lemma_cache:
            doc = nlp(word) if nlp is not None and " " not in word else None
            lemma_cache[word] = doc[0].lemma_.lower() if doc is not None and len(doc) == 1 else word
        return lemma_cache[word]

    replaced = set()
    learned_forms = set()
    for e in entries:
        learned_forms.add(e.form.spun.lower())
        for r, _ in e.alternatives:
            if r.lower() not in function_words():
                replaced.update({r.lower(), lemma(r.lower())})
    lines, seen = [], set()
    for k in known:
        if k.category != "spinner" or not k.restored:
            continue
        spun = " ".join(k.spun)
        best = k.restored[0].replace("*", "").lower()
        if spun.lower() in learned_forms or (best not in replaced and lemma(best) not in replaced):
            continue
        key = (spun, k.restored, k.when)
        if key in seen or _TSV_UNSAFE.search(spun):
            continue
        seen.add(key)
        marked = _marked(k.spun, k.head)
        gap = f" ~{k.gap}" if k.gap else ""
        restored = "|".join(_marked(tuple(alt.split(" ")), h) for alt, h in zip(k.restored, k.restored_head))
        lines.append("\t".join([marked + gap, restored, "|".join(sorted(k.pos)), ",".join(k.when),
                                 f"{max(k.confidence, USER_PRIOR_RELATED):.2f}",
                                 f"This farm's spinner was seen replacing \"{best}\"; \"{spun}\" is a known swap "
                                 f"for it ({k.rule_id})."]) + "\n")
    return lines


def safe_file_stem(name: str) -> str:
    """A file name piece from a document name: letters, digits, '-' and '_' only."""
    stem = re.sub(r"[^\w\-]+", "-", name, flags=re.ASCII).strip("-")
    return stem[:60] or "document"
