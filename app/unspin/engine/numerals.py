"""Spinners write small numbers as digits ("the 2 nations"); news and prose spell them out.

A digit 1-9 counting a following noun is suggested as its word, never a year, a date, a price, a
percentage, a time, a score, a version or part of a list of figures.

The same spinners also swap a digit for its word where no writer would: inside a decimal figure
("three.5 per cent" for "3.5 per cent"). That is an unambiguous tell, repaired back to digits
(:func:`spelled_decimal`). Likewise a compound number whose two halves were swapped one at a time
("30-one" or "thirty-2" for "thirty-one"): written out again (:func:`mixed_compound`).
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc

from unspin.engine.word_lists import word_list

WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}
DIGITS = {word: digit for digit, word in WORDS.items()} | {"zero": "0"}
_SPELLED_DECIMAL = re.compile(r"(%s)\.(\d+)" % "|".join(DIGITS), re.IGNORECASE)
_BEFORE_BLOCK = frozenset("$ £ € # no. no nr. page p. pp. chapter section figure fig. table step "
                          "version v level grade phase type class room gate platform article "
                          "january february march april may june july august september october "
                          "november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. "
                          "nov. dec. route highway interstate exit pier terminal district ward precinct "
                          "channel track lane platform bay hangar runway unit apartment suite floor "
                          "grade size model series episode season round game match race heat ^ x × "
                          # a storm's or an alert's scale ("a Category 4 hurricane", "force 9 gales"), a race's leg
                          "category cat tier stage force rule act vol. pillar flight hole lap leg".split())
# Written with a capital, these name one of a series ("Year 3 visit", "Part 2 of the series"), also where the
# sentence starts with them: the digit names one, it counts none. In lowercase they may stand before a count
# ("this year 3 players left"), so only the capitalised form blocks ("stage" and "tier" block in any case, above).
_CAPITALISED_SERIES = frozenset("year part volume scene zone division form".split())
# Units of measure, money and data, percentages, the time of day, large multipliers: news style keeps the
# figure before them ("9 miles", "5 cents", "8 gigabytes", "3 p.m."). The list is shared with the
# synonym file's digit rows (their ``!before:@figure_units``).
_AFTER_BLOCK = frozenset("% : - – / . , x × th st nd rd".split()) | word_list("figure_units")
# An age or a measured time keeps its figure ("3 years old", "2 hours, 19 minutes"): a time unit followed,
# within three words, by "old" or by another figure (a race time, the end of a range of ages).
_TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years".split())


def numeral_candidates(doc: Doc, protected: set[int], texts: list[str] | None = None):
    """Yield (token index, replacement) for digits that count a noun. ``texts``: the tokens' texts,
    when the caller has them already (reading them from spaCy costs more than the rule)."""
    if texts is None:
        texts = [t.text for t in doc]
    for i, text in enumerate(texts):
        word = WORDS.get(text)
        if word is None or i in protected:
            continue
        tok = doc[i]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None:
            continue
        if nxt.pos_ not in ("NOUN", "ADJ") and not _counts_a_part(doc, prev, nxt.i):
            continue
        if nxt.lower_ in _AFTER_BLOCK or tok.whitespace_ == "":
            continue
        if nxt.lower_ in _TIME_UNITS and any(t.lower_ == "old" or t.like_num for t in doc[nxt.i + 1:nxt.i + 4]):
            continue  # "3 years old", "2 hours, 19 minutes", "between 5 months and 3 years old"
        if prev is not None and (prev.lower_ in _BEFORE_BLOCK or prev.like_num or prev.text in "$£€#-–/:"):
            continue
        if prev is not None and prev.text[:1].isupper() and prev.lower_ in _CAPITALISED_SERIES:
            continue  # "Year 3 visit": the digit names a year group
        if prev is not None and prev.text[:1].isupper() and prev.pos_ in ("NOUN", "PROPN") \
                and not starts_sentence(doc, texts, prev.i):
            continue  # a series' number mid-sentence: "a Category 3 hurricane", "Apollo 11", "Formula 1 cars"
        if nxt.i + 1 < len(doc) and doc[nxt.i + 1].like_num:
            continue  # "2 to 3", "2 of 5" style figures
        if prev is not None and prev.lower_ in ("to", "and", "or", "by", "of") and prev.i > 0 and doc[prev.i - 1].like_num:
            continue  # the end of a range, a list of figures or a score: "6 to 7 hours", "2 of 5 shots"
        # The character just before the digit (not ``doc.text``, which is rebuilt on each access).
        if prev is not None and prev.text_with_ws[-1] in "^-–/.,":
            continue  # "10^7", "3-4", "1/2"
        if nxt.pos_ == "ADJ" and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "ADJ")):
            continue  # the digit must count a noun ("2 new ships"), not stand alone ("the 2 are alike")
        yield tok.i, word.capitalize() if starts_sentence(doc, texts, i) else word


# "4 of the six", "2 of them": a digit counting part of a group, spelled out in news as a digit
# counting a noun is. Only before a determiner or pronoun, and only where no figure follows within
# the group ("3 of the 10 patients" compares figures, as science writes them: kept).
_PARTITIVE_HEADS = frozenset("the their its his her our your my these those them us whom which".split())
_PARTITIVE_REACH = 4


def _counts_a_part(doc: Doc, prev, of: int) -> bool:
    """Whether the token at ``of`` is "of" opening a group the digit before it counts part of. Not
    after a noun: there the digit names one of a series ("Part 2 of the series", "Rule 4 of the code")."""
    if doc[of].lower_ != "of" or of + 1 >= len(doc) or doc[of + 1].lower_ not in _PARTITIVE_HEADS:
        return False
    if prev is not None and (prev.pos_ in ("NOUN", "PROPN", "NUM") or prev.text[:1].isupper()):
        return False
    for tok in doc[of + 1:of + 1 + _PARTITIVE_REACH]:
        if any(ch.isdigit() for ch in tok.text):  # a spelled number ("of the six") is no figure
            return False
        if tok.is_punct:
            break
    return True


# What may stand between a sentence's end and its first word: quotation marks and brackets.
_OPENERS = frozenset("\"'“‘([")


def starts_sentence(doc: Doc, texts: list[str], i: int) -> bool:
    """Whether the token at ``i`` begins a sentence ("5 years later" -> "Five years later"): nothing
    but opening quotes or brackets between it and the paragraph's start or a full stop."""
    j = i - 1
    while j >= 0 and texts[j] in _OPENERS:
        j -= 1
    if j < 0 or texts[j] in (".", "!", "?", "…"):
        return True
    # "in the U.S. 5 firms ..." is one sentence: a word ending in a full stop ends one only where
    # the sentence recogniser says so.
    return texts[j][-1:] in ".!?" and doc[i].is_sent_start is True


TENS = {"20": "twenty", "30": "thirty", "40": "forty", "50": "fifty", "60": "sixty", "70": "seventy",
        "80": "eighty", "90": "ninety"}
_TENS_WORDS = frozenset(TENS.values())
# "thirty-2" is one token; "30-one" is three, and starts with one of TENS.
_TENS_WORD_DIGIT = re.compile(r"(%s)[-–]([1-9])" % "|".join(_TENS_WORDS), re.IGNORECASE)


def may_start_mixed_compound(text: str) -> bool:
    """A cheap first look for :func:`mixed_compound` (staging and the matcher run it on every token)."""
    return text in TENS or (len(text) > 6 and "-" in text)   # "30", or one token like "thirty-2"


def mixed_compound(texts: list[str], i: int, glued: Callable[[int], bool]) -> tuple[str, int] | None:
    """(the number written out, tokens it spans) for a compound number the spinner swapped half of,
    starting at token ``i``: ``"30" "-" "one"`` -> ("thirty-one", 3), ``"thirty-2"`` (one token) ->
    ("thirty-two", 1). A writer writes "31" or "thirty-one", never a digit and a word joined.
    ``glued(k)``: no space after token ``k``. None for anything else ("30-2" is a score, "30-year" a
    measure)."""
    m = _TENS_WORD_DIGIT.fullmatch(texts[i])
    if m:
        return f"{m.group(1).lower()}-{WORDS[m.group(2)]}", 1
    if i + 2 >= len(texts) or texts[i + 1] not in ("-", "–") or not (glued(i) and glued(i + 1)):
        return None
    tens, unit = texts[i].lower(), texts[i + 2].lower()
    if tens in TENS and unit in DIGITS and unit != "zero":
        return f"{TENS[tens]}-{unit}", 3
    return None


def spelled_decimal(text: str) -> str | None:
    """``"three.5"`` -> ``"3.5"``: a decimal figure whose whole part a spinner spelled out; None for
    anything else (the tokenizer keeps such a figure as one token)."""
    m = _SPELLED_DECIMAL.fullmatch(text)
    return None if m is None else DIGITS[m.group(1).lower()] + "." + m.group(2)
