"""Where a token stands in its parsed paragraph: glued into a compound, closing a sentence, after an
opening quote or bracket (the matcher's and the unseen finds' shared tests)."""
from __future__ import annotations

from spacy.tokens import Doc

JOINTS = ("-", "‐", "‑", "/")


def inside_compound(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first..last`` are glued by a hyphen or slash to a word before or after them."""
    if first >= 2:
        joint = doc[first - 1]
        if joint.text in JOINTS and joint.whitespace_ == "" and doc[first - 2].whitespace_ == "":
            return True
    if last + 2 < len(doc):
        joint = doc[last + 1]
        if joint.text in JOINTS and doc[last].whitespace_ == "" and joint.whitespace_ == "":
            return True
    return False


def closes_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` ends its sentence: it ends the paragraph, or a capitalised word follows."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.is_sent_start or (nxt.text[:1].isupper() and doc[i].whitespace_ != "")


def after_opening(doc: Doc, i: int) -> bool:
    """The token follows an opening quote or bracket, where capitals start a sentence too."""
    return i > 0 and doc[i - 1].is_punct and doc[i - 1].text in "“\"‘'([{—–-:"
