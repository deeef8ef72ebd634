"""Conditions declare what they read, and staging uses only the declarations: a bundled app
(no .py sources) stages exactly as the source tree does, and the declarations match the code."""
from __future__ import annotations

import inspect
import re
import sys

import pytest

from unspin.engine import conditions
from unspin.engine.conditions import (ENTITIES, PARSE, PARSE_WHEN_UNSURE, READS, REGISTRY, SENTS, TAGS, TOKENS,
                                     parse_condition)

# What a condition's source reveals it reads (attribute names, by the flag that covers them).
_READS_IN_SOURCE = {
    TAGS: re.compile(r"\.(pos_?|tag_?|lemma_?|morph)\b"),
    PARSE: re.compile(r"\.(dep_?|head|children|lefts|rights|subtree|ancestors|"
                      r"noun_chunks|conjuncts|left_edge|right_edge|n_lefts|n_rights)\b"),
    SENTS: re.compile(r"\.(is_sent_start|is_sent_end|sents?)\b"),
    ENTITIES: re.compile(r"\b(ent_\w+|ents|label_?|kb_id_?)\b"),
}
_CALL = re.compile(r"(?<![.\w])([A-Za-z_]\w*)\s*\(")   # calls of plain names, not methods


def _closure_source(fn) -> str:
    """The source of ``fn`` and of the functions of its module it calls, transitively."""
    module = sys.modules[fn.__module__]
    seen: dict[str, str] = {}
    todo = [fn]
    while todo:
        f = todo.pop()
        if f.__qualname__ in seen:
            continue
        src = inspect.getsource(f)
        seen[f.__qualname__] = src
        for called in _CALL.findall(src):
            g = getattr(module, called, None)
            if inspect.isfunction(g) and g.__module__ == module.__name__:
                todo.append(g)
    return "\n".join(seen.values())


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_each_declaration_covers_what_the_code_reads(name):
    src = _closure_source(REGISTRY[name])
    for flag, pattern in _READS_IN_SOURCE.items():
        if pattern.search(src):
            # a condition that reads the parse only where its tags leave a case open says so
            covering = flag | PARSE_WHEN_UNSURE if flag == PARSE else flag
            assert READS[name] & covering, f"{name} reads {pattern.search(src).group()} but does not declare {flag}"
    if READS[name] & PARSE_WHEN_UNSURE:
        assert "NeedsParse" in src and "UNPARSED" in src, f"{name} declares PARSE_WHEN_UNSURE but never asks"
    if READS[name] & ENTITIES:
        assert _READS_IN_SOURCE[ENTITIES].search(src), f"{name} declares ENTITIES but reads none"
    if READS[name] == TOKENS:
        assert not any(p.search(src) for p in _READS_IN_SOURCE.values())


def test_the_matcher_and_numerals_read_no_entities():
    """Staging runs the entity recogniser only where a condition or a name could need it; that
    holds only while the matcher and numeral rules themselves read no entities."""
    from unspin.engine import matcher, numerals
    for module in (matcher, numerals):
        assert not _READS_IN_SOURCE[ENTITIES].search(inspect.getsource(module)), module.__name__


def test_an_undeclared_condition_is_assumed_to_read_everything(monkeypatch):
    monkeypatch.setitem(REGISTRY, "test_undeclared", lambda doc, s, e, h, a: True)
    monkeypatch.delitem(READS, "test_undeclared", raising=False)
    conditions.condition("test_undeclared")(REGISTRY["test_undeclared"])
    parsed = parse_condition("test_undeclared")
    assert not parsed.lexical and parsed.reads_entities
    assert parse_condition("before:the|a").lexical and not parse_condition("before_pos:noun").lexical
    assert parse_condition("!test_undeclared").reads_entities and parse_condition("!test_undeclared").needs_parse


def _decisions(plan):
    by_id = {}
    for name, table in (("entity", {k: True for k in plan.entity_entries}),
                        ("lexical", {k: tuple(c.name for c in v) for k, v in plan.lexical_conditions.items()})):
        for k, v in table.items():
            by_id.setdefault(k, {})[name] = v
    return by_id


def test_staging_is_the_same_without_source_files(engine, monkeypatch):
    """A PyInstaller bundle has no .py files: inspect.getsource fails there. The plan must not change."""
    from unspin.engine.staging import StagePlan
    nlp, entries = engine.matcher.nlp, engine.entries
    with_sources = StagePlan.build(nlp, entries)

    def no_source(*a, **k):
        raise OSError("could not get source code")
    monkeypatch.setattr(inspect, "getsource", no_source)
    monkeypatch.setattr(inspect, "getsourcelines", no_source)
    without = StagePlan.build(nlp, entries)
    assert _decisions(without) == _decisions(with_sources)
    assert without.stage2 == with_sources.stage2 and without.ner == with_sources.ner
    assert without.parser == with_sources.parser
    # and the plan does skip work: some entries are judged on words alone, most need no entities
    assert any(with_sources.lexical_conditions.values())
    assert len(with_sources.entity_entries) < len(entries)


def test_most_conditions_are_judged_without_the_parse():
    """Speed (issue 15) rests on this: paragraphs are tagged, not parsed; only the conditions that
    need syntax read the dependency parse (and then only their sentence is parsed)."""
    needs = sorted(n for n in REGISTRY if READS[n] & PARSE)
    assert set(needs) <= {"reporting", "dep", "child_lemma", "passive", "singular_verb"}, needs
    assert not parse_condition("after_det").needs_parse and parse_condition("reporting").needs_parse
