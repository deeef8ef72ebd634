"""Cleaning the Problematic Paper Screener's tortured-phrase list into lexicon entries.

The list (``tortured<TAB>correct`` lines, as in ``../shared/data/pps-tortured-phrases.tsv``) was
written by people for people: its "correct" side carries annotations that a repair must not copy.
:func:`clean_correct` turns one correct side into repair alternatives, or says why it cannot:

* an acronym in parentheses becomes an alternative: ``region of interest (roi)`` ->
  ``region of interest | ROI``; an expansion after an acronym likewise (``ngs (next-generation
  sequencing)`` -> ``next-generation sequencing | NGS``: the spelt-out term first).
* ``a/b`` becomes alternatives: ``fault analysis/diagnosis`` -> ``fault analysis | fault
  diagnosis``; ``brain cancer / brain tumor`` -> both. Slashes that belong to a term stay
  (``tcp/ip``, ``gc/ms``, ``attention-deficit/hyperactivity``: a side of at most three letters or a
  hyphenated side).
* an optional word in parentheses inside the term gives both forms: ``supervised (machine)
  learning`` -> ``supervised machine learning | supervised learning``.
* an editorial remark in parentheses or brackets (``(in this context)``, ``(please note ...)``,
  ``[neural network] layer outputs``) is removed; the entry is then *context-dependent* and loads
  below the default threshold, for review rather than automatic repair.
* a question mark (``(?)``, ``crow search algorithm ?``) marks a guess: kept as a review-only
  suggestion with the guess as the repair.
* nothing usable (``???``, ``[...]``, a URL or "see ...", "meaning unclear") drops the entry; it is
  counted in the build report.

The tortured side loses acronyms in parentheses too (``web of things (iot)`` -> ``web of
things``) and is split the way spaCy tokenizes (:func:`unspin.engine.screener.spun_words`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from unspin.engine.screener import FingerprintError, spun_words

# Confidence of a clean entry, of one whose repair depends on context or is the list's guess.
PRIOR = 0.85
REVIEW_PRIOR = 0.11  # below the default threshold even in a heavily tortured text (see scoring.WEAK_PRIOR)
MAX_ALTERNATIVES = 4

_PAREN = re.compile(r"\(([^()]*)\)")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_ACRONYM = re.compile(r"^[a-z0-9][a-z0-9&\-/]{0,9}$")
_DROP = re.compile(r"https?://|\bsee\b|meaning unclear|found in|^\W*$|\.\.\.|…", re.I)
_REMARK = re.compile(r"\b(in this context|please note|possibly|could be|in an?|in hmm|in svm|or\b|"
                     r"as in|context|e\.g\.|i\.e\.|not sure)\b", re.I)
_SLASH_WORD = re.compile(r"[\w\-]+(?:/[\w\-]+)+")


@dataclass
class Cleaned:
    alternatives: list[str]      # best first; empty when dropped
    review: bool = False         # context-dependent or a guess: below the default threshold
    reason: str = ""             # why dropped or why review-only


def _is_acronym(text: str) -> bool:
    t = text.strip()
    return bool(_ACRONYM.match(t)) and " " not in t and len(t.replace("-", "").replace("/", "")) <= 8 \
        and not t.isdigit()


def _initial_fits(acronym: str, words: str) -> bool:
    """"ai" fits "artificial intelligence"; "reaction" does not fit "into": an acronym starts with
    the initial of one of the last few words before it (a word in parentheses that does not is an
    optional word or a remark)."""
    initials = {w[0] for w in re.split(r"[\s\-]+", words.lower())[-6:] if w}
    return acronym[:1].lower() in initials


def _acronym_case(text: str) -> str:
    """Acronyms are lowercase in the list; written in capitals they read as acronyms ("ROI")."""
    return text.upper() if len(text) <= 6 and text.isalpha() else text


def _expand_slashes(term: str) -> list[str]:
    """``fault analysis/diagnosis`` -> ``fault analysis``, ``fault diagnosis`` (see module doc)."""
    out = [term]
    if "\x01" in term:
        return [term.replace("\x01", "")]
    for m in _SLASH_WORD.finditer(term):
        parts = m.group().split("/")
        if any(len(p) <= 3 or "-" in p for p in parts):
            continue  # tcp/ip, gc/ms, attention-deficit/hyperactivity: one term
        out = [o.replace(m.group(), p, 1) for o in out for p in parts]
    return out


def _spaced_split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s+/\s*|\s*/\s+|;", text) if p.strip()]


def clean_correct(text: str) -> Cleaned:
    text = text.replace('\\"', '"').replace("*", "").replace("’", "'").strip().strip('"').strip()
    if _DROP.search(text) or "???" in text:
        return Cleaned([], reason="no usable correct term")
    review = False
    reason = ""
    if "?" in text:
        review, reason = True, "the list marks its correct term as a guess"
        text = text.replace("(?)", " ").replace("?", " ")
    acronyms: list[str] = []
    expansions: list[str] = []

    def bracket(m: re.Match) -> str:
        nonlocal review, reason
        review, reason = True, reason or "the list's correct term depends on context"
        return " "
    text = _BRACKET.sub(bracket, text)

    optional: list[str] = []

    def paren(m: re.Match) -> str:
        nonlocal review, reason
        inner = " ".join(m.group(1).split())
        if not inner:
            return " "
        before = text[:m.start()].strip()
        after = text[m.end():].strip()
        if _REMARK.search(inner) or len(inner.split()) > 4:
            review, reason = True, reason or "the list's correct term depends on context"
            return " "
        if _is_acronym(inner) and before and _initial_fits(inner, before):
            if not after:  # "(ddos) attack": the acronym alone would drop "attack"
                acronyms.append(_acronym_case(inner))
            return " \x01" if "/" in inner else " "  # "gc/ms": the slashes of the term are one term
        if before and _is_acronym(before) and not after and _initial_fits(before, inner):
            expansions.append(inner)
            return " "
        if before and after:
            optional.append(inner)
            return f" \x00{len(optional) - 1} "
        review, reason = True, reason or "the list's correct term depends on context"
        return " "
    text = _PAREN.sub(paren, text)
    if "(" in text or ")" in text or "[" in text or "]" in text:
        return Cleaned([], reason="unbalanced brackets")
    alts: list[str] = []
    for piece in _spaced_split(text):
        variants = [piece]
        for k, word in enumerate(optional):
            marker = f"\x00{k}"
            variants = [v.replace(marker, word) for v in variants] + [v.replace(marker, "") for v in variants]
        for v in variants:
            for a in _expand_slashes(v):
                a = " ".join(a.replace(",", " , ").split()).replace(" ,", ",").strip(" ,.;:")
                if a and a not in alts:
                    alts.append(a)
    if expansions:
        acronym = _acronym_case(alts[0]) if alts else ""
        alts = expansions + ([acronym] if acronym else [])
    for a in acronyms:
        if a not in alts:
            alts.append(a)
    alts = [a for a in alts if a.strip()][:MAX_ALTERNATIVES]
    if not alts:
        return Cleaned([], reason="no usable correct term")
    return Cleaned(alts, review, reason)


def clean_tortured(text: str) -> str | None:
    """The tortured side as lexicon words, or None when it cannot be matched as written."""
    text = text.replace("’", "'").strip().strip('"').strip()
    text = _PAREN.sub(lambda m: " " if _is_acronym(m.group(1)) else m.group(0), text)
    if re.search(r"[()\[\]?*|\t\"]", text) or "/" in text:
        return None
    text = " ".join(text.replace(",", " ").split()).lower()
    if not text:
        return None
    try:
        return spun_words(text)
    except FingerprintError:
        return None


def _words_or_none(text: str) -> str | None:
    try:
        return spun_words(text.lower())
    except FingerprintError:
        return None


def key(spun: str) -> str:
    """A phrase's identity for merging two lists: its words, lowercase, head marker removed."""
    return " ".join(w.rstrip("*") for w in spun.lower().split())


@dataclass
class ListEntry:
    tortured: str
    alternatives: list[str]
    review: bool
    line: int


def read_list(path: Path) -> tuple[list[ListEntry], dict[str, int]]:
    """The list's usable entries (one per tortured phrase, first wins) and a count of what was
    dropped, by reason."""
    entries: dict[str, ListEntry] = {}
    dropped: dict[str, int] = {}
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) < 2:
            dropped["not two columns"] = dropped.get("not two columns", 0) + 1
            continue
        tortured = clean_tortured(cols[0])
        if tortured is None:
            dropped["tortured side cannot be matched as written"] = \
                dropped.get("tortured side cannot be matched as written", 0) + 1
            continue
        cleaned = clean_correct(cols[1])
        if not cleaned.alternatives:
            dropped[cleaned.reason] = dropped.get(cleaned.reason, 0) + 1
            continue
        if _words_or_none(cleaned.alternatives[0]) == tortured:
            # "diabetic retinopathy (dr)" for "diabetic retinopathy": the list says the phrase is fine
            dropped["correct side equals the tortured side"] = dropped.get("correct side equals the tortured side", 0) + 1
            continue
        alts = [a for a in cleaned.alternatives if _words_or_none(a) != tortured]
        if not alts:
            dropped["correct side equals the tortured side"] = dropped.get("correct side equals the tortured side", 0) + 1
            continue
        k = key(tortured)
        if k in entries:
            for a in alts:  # the same phrase listed twice: merge its repairs
                if a not in entries[k].alternatives and len(entries[k].alternatives) < MAX_ALTERNATIVES:
                    entries[k].alternatives.append(a)
            entries[k].review = entries[k].review and cleaned.review
            continue
        entries[k] = ListEntry(tortured, alts, cleaned.review, lineno)
    # A tortured side that is itself a standard term (another entry's repair: "neural network",
    # "machine learning") would flag correct text; the list's annotations got mixed up there.
    standard = {_term_key(a) for e in entries.values() if not e.review for a in e.alternatives[:1]}
    kept = []
    for e in entries.values():
        if _term_key(e.tortured) in standard:
            dropped["tortured side is a standard term"] = dropped.get("tortured side is a standard term", 0) + 1
        else:
            kept.append(e)
    return kept, dropped


def _term_key(text: str) -> str:
    """Lowercase words with a crude singular of the last one: "Neural networks" ~ "neural network"."""
    from unspin.engine.unseen import singular
    words = (_words_or_none(text) or text.lower()).split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)
