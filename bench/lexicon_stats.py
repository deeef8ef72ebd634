#!/usr/bin/env python3
"""Count the spun forms each bundled lexicon matches, counting inflections.

Run from the repository root:  python bench/lexicon_stats.py [LEXICON.tsv ...]

A lowercase spun head word ("officer") matches every inflection of its lemma (officer, officers):
the forms are counted with lemminflect for the entry's part of speech (all open classes when the
entry names none). A capitalised entry ("White Home") or an already inflected word matches its
exact text only and counts one form. A multi-word entry counts the forms of its head word.
Duplicate forms (the same words in the same file) are counted once.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from lemminflect import getAllInflections, getAllLemmas  # noqa: E402

from unspin.engine.lexicon import load_lexicon_file  # noqa: E402

OPEN = ("NOUN", "VERB", "ADJ", "ADV")
UPOS = {"PROPN": "NOUN", "AUX": "VERB"}


def head_forms(word: str, pos: frozenset) -> set[str]:
    if any(c.isupper() for c in word) or not word.isalpha():
        return {word}
    classes = [UPOS.get(p, p) for p in pos if UPOS.get(p, p) in OPEN] if pos else list(OPEN)
    forms = {word}
    for upos in classes:
        lemmas = getAllLemmas(word, upos=upos)
        if word not in {l for ls in lemmas.values() for l in ls} and upos != "ADV":
            continue  # the word is itself an inflected form: it matches as written
        for fs in getAllInflections(word, upos=upos).values():
            forms.update(f.lower() for f in fs)
    return forms


def entry_forms(e) -> set[str]:
    out = set()
    for f in head_forms(e.spun[e.head], e.pos):
        words = list(e.spun)
        words[e.head] = f
        out.add(" ".join(words))
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "resources" / "lexicons").glob("*.tsv"))
    grand_entries = grand_forms = 0
    for p in paths:
        entries, problems = load_lexicon_file(p)
        forms: set[str] = set()
        tells = 0
        for e in entries:
            forms |= entry_forms(e)
            tells += e.is_tell
        for pr in problems:
            print(f"  problem: {pr}")
        print(f"{p.name:32s} entries {len(entries):5d}  tells {tells:4d}  spun forms {len(forms):5d}")
        grand_entries += len(entries)
        grand_forms += len(forms)
    print(f"{'TOTAL':32s} entries {grand_entries:5d}              spun forms {grand_forms:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
