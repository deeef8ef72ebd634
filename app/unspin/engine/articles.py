"""Keep "a" and "an" in agreement with a repaired word.

A synonym-file spinner that swaps a noun phrase fixes the article in front of it ("an opportunity"
becomes "a possibility", "a huge problem" becomes "an enormous downside"). Repairing only the word
would leave "a opportunity"; so a suggestion right after "a" or "an" whose replacement needs the
other article takes the article in with it ("a possibility" -> "an opportunity").

Only clear cases are changed: a word starting with a, e, i or o takes "an", one starting with any
other letter except u takes "a", and the few words with a silent h ("an hour", "an honest") take
"an". Words starting with u ("a university", "an unusual"), abbreviations ("an FBI agent") and
figures are left alone, as are the a/e/o words that sound like a consonant ("a one-off", "a European").
"""
from __future__ import annotations

import re
from dataclasses import replace

_ARTICLE_BEFORE = re.compile(r"(?<![\w.'’-])(a|an|A|An|AN)([ \t]+)$")
_CONSONANT_SOUND = ("one", "once", "eu", "ewe")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def article_for(word: str) -> str | None:
    """ "a", "an", or None where the spelling does not settle it."""
    w = word.strip()
    if not w or not w[0].isalpha() or (len(w) > 1 and w[:2].isupper()):
        return None  # a figure, an abbreviation ("an MP", "a UN report")
    low = w.lower()
    if low.startswith(_CONSONANT_SOUND):
        return None
    first = low[0]
    if first in "aeio" or low.startswith(_SILENT_H):
        return "an"
    if first == "u":
        return None
    return "a"


def _with_case(article: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return article.upper()
    return article.capitalize() if like[:1].isupper() else article


def agree_articles(text: str, suggestions: list) -> list:
    """The suggestions, each taking in an "a"/"an" before it when its replacement needs the other
    one (and the original did not: the article was the spinner's own adjustment). Suggestions must
    be sorted by start; one that another suggestion's span reaches into is left as it is."""
    out = []
    prev_end = 0
    for s in suggestions:
        fixed = _agreed(text, s, prev_end)
        out.append(fixed)
        prev_end = max(prev_end, s.end)
    return out


def _agreed(text: str, s, prev_end: int):
    m = _ARTICLE_BEFORE.search(text, max(0, s.start - 8), s.start)
    if m is None or m.start() < prev_end:
        return s
    article = m.group(1)
    if article_for(s.original) != article.lower():
        return s  # the article did not agree with the spun word either: not the spinner's doing
    wanted = article_for(s.replacement)
    if wanted is None or wanted == article.lower():
        return s

    def with_article(words: str) -> str:
        need = article_for(words)
        return (_with_case(need, article) if need else article) + m.group(2) + words

    fixed = with_article(s.replacement)
    return replace(s, start=m.start(), original=text[m.start():s.end], replacement=fixed, first_choice=fixed,
                   alternatives=[with_article(a) for a in s.alternatives])
