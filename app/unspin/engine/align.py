"""Align an original text with a spun copy of it and list what the spinner substituted.

The two texts are cut into word and punctuation tokens; each distinct token is mapped to one
character (as diff-match-patch's line mode maps lines), so a character diff of the mapped strings
is a word diff. Every changed region (words deleted from the original and words inserted in the
spun copy between two unchanged stretches) is a candidate substitution, kept when:

* both sides have words (pure insertions and deletions are not substitutions);
* the sides differ in more than house style: case, full stops, hyphens and the apostrophe's shape
  ("U.S." / "US", "e-mail" / "email") are copy-editing, not spin;
* each side has at most ``max_words`` words (longer regions are rewrites or reordered text).

Words shared at either end of a region after that normalisation are trimmed off ("U.S. officials"
/ "US officers" is "officials" / "officers"). A region with as many words on each side is split
into word-for-word substitutions when none of the changed pairs involves a function word
(``resources/align/function_words.txt``): "House said" / "Home mentioned" is two swaps, while
"as well" / "in addition" stays one phrase.

No spaCy and no Qt here: this is plain text work, shared by ``unspin learn``, the window's "Learn
from original…" and the script that grows the bundled lexicon from training pairs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from diff_match_patch import diff_match_patch

MAX_WORDS = 4
# A word: letters/digits, joined by apostrophes, dots or hyphens ("U.S", "don't", "38-35").
_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = frozenset(".!?")
_OPENERS = frozenset("\"'“‘([")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    is_word: bool


@dataclass(frozen=True)
class Substitution:
    """One place where the spun copy has other words than the original."""
    spun: str                 # the spun words as written in the spun text
    original: str             # the original words as written in the original
    spun_start: int           # character offsets in the spun text
    spun_end: int
    original_start: int       # character offsets in the original
    original_end: int
    sentence_start: bool      # the spun words begin a sentence (their capital may be the sentence's)

    @property
    def key(self) -> tuple[str, str]:
        """(spun, original) as a lexicon would hold them: lowercase, except a capital mid-sentence
        ("White Home" for "White House"), which marks a name and is kept on both sides."""
        if self.sentence_start or not _has_upper(self.spun):
            return self.spun.lower(), self.original.lower()
        return self.spun, self.original


@dataclass
class Alignment:
    """The substitutions found, and what was left out and why (for the user's summary)."""
    substitutions: list[Substitution] = field(default_factory=list)
    style_only: int = 0       # regions that differ only in case, full stops, hyphens, apostrophes
    too_long: int = 0         # regions with more than max_words words on a side
    inserted: int = 0         # regions with words only in the spun copy
    deleted: int = 0          # regions with words only in the original
    spun_words: int = 0
    original_words: int = 0
    unchanged: list[tuple[int, int]] = field(default_factory=list)  # spun character spans equal to the original

    def counts(self) -> Counter:
        """(spun, original) -> occurrences, keys as :attr:`Substitution.key`."""
        return Counter(s.key for s in self.substitutions)


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    pos = 0
    while True:
        m = _TOKEN.search(text, pos)
        if m is None:
            return out
        word, end = m.group(), m.end()
        is_word = word[0].isalnum() or word[0] == "_"
        # An abbreviation keeps its closing full stop ("U.S.", "p.c."): it is part of the word.
        if is_word and "." in word and text[end:end + 1] == ".":
            end += 1
            word = text[m.start():end]
        out.append(Token(word, m.start(), end, is_word))
        pos = end


def normalise(word: str) -> str:
    """House style folded away: case, full stops, hyphens, the apostrophe's shape."""
    return word.casefold().replace(".", "").replace("-", "").replace("’", "'")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    from unspin.resources_path import resource
    from unspin.engine.word_lists import read_words
    return read_words(resource("align", "function_words.txt"))


def _has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


def _to_chars(a: list[Token], b: list[Token]) -> tuple[str, str]:
    """Each distinct token becomes one character (diff-match-patch's linesToChars, for words)."""
    codes: dict[str, str] = {}

    def encode(tokens: list[Token]) -> str:
        out = []
        for t in tokens:
            c = codes.get(t.text)
            if c is None:
                n = len(codes) + 1
                if n >= 0xD800:  # skip the surrogate range: those are not characters
                    n += 0x800
                c = codes[t.text] = chr(n)
            out.append(c)
        return "".join(out)

    return encode(a), encode(b)


def _regions(orig: list[Token], spun: list[Token], timeout: float) -> Iterable[tuple[int, int, int, int]]:
    """Changed regions as (orig_start, orig_end, spun_start, spun_end) token index ranges."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    a, b = _to_chars(orig, spun)
    diffs = dmp.diff_main(a, b, False)
    i = j = 0
    ri, rj = None, None
    for op, chunk in diffs:
        n = len(chunk)
        if op == dmp.DIFF_EQUAL:
            if ri is not None:
                yield ri, i, rj, j
                ri = rj = None
            i += n
            j += n
            continue
        if ri is None:
            ri, rj = i, j
        if op == dmp.DIFF_DELETE:
            i += n
        else:
            j += n
    if ri is not None:
        yield ri, i, rj, j


def _sentence_start(source: str, tokens: list[Token], k: int) -> bool:
    """Does token k begin a sentence: text or line start, or after . ! ? (through opening quotes)?"""
    j = k - 1
    while j >= 0 and tokens[j].text in _OPENERS:
        j -= 1
    if j < 0 or "\n" in source[tokens[j].end:tokens[k].start]:
        return True
    return tokens[j].text in _SENTENCE_END


def _text(source: str, tokens: list[Token]) -> tuple[str, int, int]:
    start, end = tokens[0].start, tokens[-1].end
    return " ".join(source[start:end].split()), start, end


def _split_pairs(ow: list[Token], sw: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """Word-for-word pieces of an equal-length region, or the whole region as one piece."""
    if len(ow) != len(sw) or len(ow) < 2:
        return [(ow, sw)]
    fw = function_words()
    changed = [(o, s) for o, s in zip(ow, sw) if normalise(o.text) != normalise(s.text)]
    if any(o.text.lower() in fw or s.text.lower() in fw for o, s in changed):
        return [(ow, sw)]
    return [([o], [s]) for o, s in changed]


def align(original: str, spun: str, max_words: int = MAX_WORDS, timeout: float = 5.0,
          merge_gaps: bool = False) -> Alignment:
    """Align ``spun`` with its ``original`` and extract the spinner's substitutions.

    ``merge_gaps``: words only one side has ("the federal government" for "the government") become
    a substitution together with the next word both share ("federal government" -> "government"),
    as a repair against a known original needs; learning keeps them out (counted, not learned)."""
    orig_toks, spun_toks = tokenize(original), tokenize(spun)
    result = Alignment(spun_words=sum(t.is_word for t in spun_toks),
                       original_words=sum(t.is_word for t in orig_toks))
    regions = list(_regions(orig_toks, spun_toks, timeout))
    done = 0   # the unchanged stretches: the spun tokens between changed regions
    for _, _, si, sj in regions + [(0, 0, len(spun_toks), len(spun_toks))]:
        if si > done:
            result.unchanged.append((spun_toks[done].start, spun_toks[si - 1].end))
        done = max(done, sj)
    for oi, oj, si, sj in regions:
        ow = [t for t in orig_toks[oi:oj] if t.is_word]
        sw = [t for t in spun_toks[si:sj] if t.is_word]
        if not ow and not sw:
            continue  # punctuation only
        if (not sw or not ow) and merge_gaps and sj < len(spun_toks) and oj < len(orig_toks) \
                and spun_toks[sj].is_word and orig_toks[oj].is_word:
            if len(ow) + 1 <= max_words and len(sw) + 1 <= max_words:
                ps, po = sw + [spun_toks[sj]], ow + [orig_toks[oj]]
                s_text, s0, s1 = _text(spun, ps)
                o_text, o0, o1 = _text(original, po)
                result.substitutions.append(Substitution(s_text, o_text, s0, s1, o0, o1,
                                                         _sentence_start(spun, spun_toks, spun_toks.index(ps[0], si))))
                continue
        if not sw:
            result.deleted += 1
            continue
        if not ow:
            result.inserted += 1
            continue
        # Trim words equal in house style at either end ("U.S. officials" / "US officers").
        while ow and sw and normalise(ow[0].text) == normalise(sw[0].text):
            ow, sw = ow[1:], sw[1:]
        while ow and sw and normalise(ow[-1].text) == normalise(sw[-1].text):
            ow, sw = ow[:-1], sw[:-1]
        if not ow and not sw:
            result.style_only += 1
            continue
        if not ow or not sw:
            result.inserted += not ow
            result.deleted += not sw
            continue
        if len(ow) > max_words or len(sw) > max_words:
            result.too_long += 1
            continue
        for po, ps in _split_pairs(ow, sw):
            if [normalise(t.text) for t in po] == [normalise(t.text) for t in ps]:
                continue
            s_text, s0, s1 = _text(spun, ps)
            o_text, o0, o1 = _text(original, po)
            first = spun_toks.index(ps[0], si)
            result.substitutions.append(Substitution(s_text, o_text, s0, s1, o0, o1,
                                                     _sentence_start(spun, spun_toks, first)))
    return result
