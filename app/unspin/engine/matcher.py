"""Matching lexicon entries against a parsed paragraph, with their context conditions."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.tokens import Doc

from unspin.core.model import Suggestion
from unspin.engine.conditions import parse_condition
from unspin.engine.inflect import INFLECTED_TAGS, inflect_phrase, match_case
from unspin.engine.lexicon import Entry, LexiconProblem
from unspin.engine.numerals import numeral_candidates
from unspin.engine.protect import protected_tokens

NUMERAL_PRIOR = 0.4
NUMERAL_RULE = "numerals:digit-word"


@dataclass
class Candidate:
    start: int
    end: int
    original: str
    replacement: str
    alternatives: list[str]
    prior: float
    is_tell: bool
    category: str
    rule: str
    explanation: str
    tokens: int = 1
    context: dict = field(default_factory=dict)

    def to_suggestion(self, confidence: float) -> Suggestion:
        return Suggestion(self.start, self.end, self.original, self.replacement, list(self.alternatives),
                          confidence, self.category, self.rule, self.explanation)


def _has_upper(word: str) -> bool:
    return any(c.isupper() for c in word)


class LexiconMatcher:
    def __init__(self, entries: list[Entry], nlp):
        self.nlp = nlp
        self.problems: list[LexiconProblem] = []
        self.index: dict[str, list[Entry]] = defaultdict(list)
        specials: set[str] = set()
        for e in entries:
            try:
                e.conditions = tuple(parse_condition(w) for w in e.when)
            except ValueError as exc:
                self.problems.append(LexiconProblem(e.source or e.group, e.line, str(exc)))
                continue
            self.index[e.spun[0].lower()].append(e)
            specials.update(w for w in e.spun if "." in w.strip(".") or (w.count(".") > 1))
        for entries_ in self.index.values():
            entries_.sort(key=lambda e: -e.confidence)
        # Abbreviations such as "p.c." must stay one token to be matched as one word.
        for w in specials:
            for form in {w, w.lower(), w.capitalize()}:
                self.nlp.tokenizer.add_special_case(form, [{ORTH: form}])

    # -- matching ------------------------------------------------------------------------------------
    @staticmethod
    def _word_matches(word: str, tok) -> bool:
        if _has_upper(word):
            return tok.text == word
        return tok.lower_ == word or tok.lemma_.lower() == word

    def _match_at(self, doc: Doc, i: int, e: Entry, quoted: set[int], named: set[int]) -> bool:
        n = len(e.spun)
        if i + n > len(doc):
            return False
        for j, w in enumerate(e.spun):
            tok = doc[i + j]
            if not self._word_matches(w, tok):
                return False
            if j and doc[i + j - 1].whitespace_ == "" and not tok.is_punct and not doc[i + j - 1].is_punct:
                return False  # "go-to": a compound, not two words
        if any((i + j) in quoted for j in range(n)):
            return False
        # An entry written with capitals ("White Home") is itself about a name; others skip names.
        if not any(_has_upper(w) for w in e.spun):
            for j in range(n):
                tok = doc[i + j]
                if (i + j) in named:
                    return False
                if tok.text[:1].isupper() and not tok.is_sent_start and not (j == 0 and _after_opening(doc, i)):
                    return False  # capitalised mid-sentence: a name or a title, not a common word
        head = i + e.head
        if e.pos and doc[head].pos_ not in e.pos:
            return False
        return all(c(doc, i, i + n, head) for c in e.conditions)

    def _candidate(self, doc: Doc, i: int, e: Entry, offset: int) -> Candidate | None:
        n = len(e.spun)
        first, last, head_tok = doc[i], doc[i + n - 1], doc[i + e.head]
        start, end = first.idx, last.idx + len(last.text)
        original = doc.text[start:end]
        inflected = head_tok.lower_ != e.spun[e.head].lower() and head_tok.tag_ in INFLECTED_TAGS
        forms = []
        for alt, h in zip(e.restored, e.restored_head):
            text = inflect_phrase(alt, h, head_tok.tag_) if inflected else alt
            text = match_case(text, original, first.is_sent_start)
            if text not in forms:
                forms.append(text)
        if forms[0] == original:
            return None
        return Candidate(start + offset, end + offset, original, forms[0], forms[1:], e.confidence, e.is_tell,
                         e.category, e.rule_id, e.explanation(), n)

    def candidates(self, doc: Doc, offset: int, settings) -> list[Candidate]:
        quoted, named = protected_tokens(doc, settings.protect_quotes, settings.protect_names)
        found: list[tuple[int, int, float, Candidate]] = []
        for i, tok in enumerate(doc):
            keys = {tok.lower_, tok.lemma_.lower()}
            seen: set[int] = set()
            for key in keys:
                for e in self.index.get(key, ()):
                    if id(e) in seen:
                        continue
                    seen.add(id(e))
                    if self._match_at(doc, i, e, quoted, named):
                        c = self._candidate(doc, i, e, offset)
                        if c is not None:
                            found.append((i, len(e.spun), e.confidence, c))
        if settings.numerals:
            for i, word in numeral_candidates(doc, quoted | named):
                tok = doc[i]
                c = Candidate(tok.idx + offset, tok.idx + len(tok.text) + offset, tok.text, word, [],
                              NUMERAL_PRIOR, False, "number style", NUMERAL_RULE,
                              f'Spinners write small numbers as digits; prose spells out "{word}".')
                found.append((i, 1, NUMERAL_PRIOR, c))
        # Longest match first at each position, then the most confident; no overlaps.
        found.sort(key=lambda t: (t[0], -t[1], -t[2]))
        out: list[Candidate] = []
        taken_until = -1
        for i, n, _, c in found:
            if i < taken_until:
                continue
            out.append(c)
            taken_until = i + n
        return out


def _after_opening(doc: Doc, i: int) -> bool:
    """The token follows an opening quote or bracket, where capitals start a sentence too."""
    return i > 0 and doc[i - 1].is_punct and doc[i - 1].text in "“\"‘'([{—–-:"
