"""What a user reads of a lexicon note: its first sentence, without the maintainers' markup.

Over many sessions maintainers wrote their own remarks into the bundled notes: which work round
or helper added a row ("(tells37)", "round 221: ..."), swap notation ("(fill|cram)", "(issue ->
subject)"), where the row must not fire. Users were shown them in every explanation. The format
(``engine/lexicon.py``) now shows a note's first sentence only (``shown_note``); the rest stays in
the file for maintainers.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from unspin.engine.explain import explain
from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file, parse_entry, shown_note

ROOT = Path(__file__).resolve().parents[2]

# Maintainers' markup that a user must never be shown.
MARKERS = {
    "a provenance tag (a work round or a helper)": re.compile(
        r"\b(?:round|tells|writers|helper|notes|session)\s?\d+\b", re.I),
    "a helper's name": re.compile(r"\b[a-z]{3,}\d{2,3}\b"),
    "swap notation (a|b)": re.compile(r"\|"),
    "swap notation a -> b": re.compile(r"->|→"),
    "a derivation tag": re.compile(r"^partial of:"),
}


def _markers(text: str) -> list[str]:
    return [name for name, rx in MARKERS.items() if rx.search(text)]


def _bundled_entries():
    for path in bundled_lexicon_paths():
        entries, _ = load_lexicon_file(path)
        yield from entries


def test_no_shown_note_of_a_bundled_lexicon_carries_maintainers_markup():
    bad = [f"{Path(e.path).name}:{e.line}: {e.shown_note[:120]} ({', '.join(_markers(e.shown_note))})"
           for e in _bundled_entries() if e.note and _markers(e.shown_note)]
    assert bad == [], f"{len(bad)} notes show maintainers' markup:\n" + "\n".join(bad[:30])


def test_the_bundled_notes_keep_the_maintainers_remarks():
    """The remarks were moved behind the first sentence (or onto a # line), not deleted."""
    hidden = [e.note[len(e.shown_note):] for e in _bundled_entries() if e.note != e.shown_note]
    assert len(hidden) > 500
    assert sum(bool(MARKERS["a provenance tag (a work round or a helper)"].search(h)) for h in hidden) > 200


@pytest.mark.parametrize("note, shown", [
    ('Spinners swap "tools" for "instruments". A paragraph about a concert keeps its instruments (w47).',
     'Spinners swap "tools" for "instruments".'),
    ('"working at 98 p.c. of its capability" is a spun "percent". (round 227)',
     '"working at 98 p.c. of its capability" is a spun "percent".'),
    ('"U.S. District Decide Smith" is a spun "Judge". Not a judge of cattle.',
     '"U.S. District Decide Smith" is a spun "Judge".'),
    ('"carry their passports at all times." (at a clause\'s end) is the writer\'s.',
     '"carry their passports at all times." (at a clause\'s end) is the writer\'s.'),
    ("the writer's. (tells33)", "the writer's."),
    ("One sentence, as a user writes it", "One sentence, as a user writes it"),
    ("Mr. Smith's words. Then more.", "Mr. Smith's words."),
    ("", ""),
])
def test_the_shown_part_is_the_first_sentence(note, shown):
    assert shown_note(note) == shown


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import load_pipeline
    return load_pipeline()


def _explain(nlp, row: list[str], sentence: str, original: str, replacement: str) -> str:
    entry = parse_entry(row, {"group": "test"}, "test.tsv", 1)
    doc = nlp(sentence)
    words = original.split()
    first = next(t.i for t in doc if t.text == words[0])
    return explain(entry, doc, tuple(range(first, first + len(words))), original, replacement)


NOTE = ('"instructed reporters" is a spun "told reporters". An order, a law or a judge that instructs '
        'someone gives an instruction: the writer\'s (writers48).')
QUOTING = '"instructed reporters" is a spun "told reporters". Not "instructed the jury" (a judge\'s).'
REPORTERS = "The minister instructed reporters on Monday that the talks had failed."


@pytest.mark.parametrize("note, sentence, shown", [
    # a maintainers' sentence after the user's: only the user's is shown
    (NOTE, REPORTERS, '"instructed reporters" is a spun "told reporters".'),
    # the first sentence quotes words the text does not have: the reason is written from the match
    (NOTE, REPORTERS.replace("reporters", "the crowd"), '"instructed" is a typical article-spinner swap for "told".'),
    # quotes in the maintainers' part do not keep the user's sentence from being shown
    (QUOTING, REPORTERS, '"instructed reporters" is a spun "told reporters".'),
])
def test_explain_shows_the_users_part_of_a_note_or_the_reason(nlp, note, sentence, shown):
    assert _explain(nlp, ["instructed", "told", "VERB", "", "0.9", note], sentence, "instructed", "told") == shown


def test_a_bundled_note_with_a_maintainers_sentence_shows_its_first_sentence(nlp):
    """The bundled row itself (news_spinner.tsv): its note goes on about where it must not fire."""
    entry = next(e for e in _bundled_entries()
                 if Path(e.path).name == "news_spinner.tsv" and e.written == "instruct" and "writers" in e.note)
    assert entry.shown_note != entry.note and not _markers(entry.shown_note)
    got = explain(entry, nlp(REPORTERS), (2,), "instructed", "told")
    assert got == entry.shown_note and "writer's" not in got and "(" not in got


@pytest.mark.parametrize("name", ["resources/samples/sample.txt", "../shared/corpus/news-blinken.spun.txt"])
def test_no_explanation_on_a_real_text_shows_maintainers_markup(engine, name):
    path = ROOT / name
    if not path.is_file():
        pytest.skip(f"{name} not here")
    suggestions = engine.analyse(path.read_text(encoding="utf-8")).suggestions
    assert suggestions
    assert [(s.original, s.explanation) for s in suggestions if _markers(s.explanation)] == []
