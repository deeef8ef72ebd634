"""A writer's own words on a page that reads as spun (issue 15, helper writers27).

On a spun page Unspin also reads the writer's unspun words as possibly spun. Many of those changes are by
design (on a spun page "stated" is probably a spun "said"), but some are wrong in any spun text: the
replacement breaks an idiom, a fixed phrase, a name, a sense or the grammar ("counting the cost" -> "the
charge", "Burglaries, however, rose" -> "Burglaries, but, rose", "State's coach" -> "Say's coach", "the Road
Traffic Regulation Act" -> "Law Act", "in the space of an hour" -> "in the area of"). Each was mended by a
negated condition on its lexicon row (which also binds the restorer's weak candidates) or by a row in
resources/channel/rate_vetoes.tsv for an observed rate. Each sentence here was changed by main (c3583d5)
after the spun preamble below and now stays; the spun uses of the mended rows are still repaired.
The preamble and the sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired

# A short news story of our own, spun the synonym-file way ("said" -> "mentioned", "bill" -> "invoice",
# "percent" -> "p.c", "next year" -> "subsequent 12 months"): the page reads as spun.
SPUN_PAGE = (
    "The Home voted on Wednesday to cross a invoice that might elevate the state's gasoline tax by 4 p.c, "
    "officers mentioned, sending the measure to the Senate forward of a Friday deadline. Lawmakers within the "
    "decrease chamber authorized the laws 212 to 198. The governor's workplace mentioned she would signal it. "
    "\"This is a superb step, however it isn't the tip,\" the bulk chief instructed reporters, including that "
    "talks on a full-year finances would proceed subsequent 12 months. Analysts mentioned the vote exhibits how "
    "troublesome it has change into for the get together to maintain its members collectively. Officers for the "
    "state transport division declined to remark.\n\n")


def on_spun_page(engine, sentence: str) -> str:
    """The repaired sentence, as its own paragraph after the spun page (the page itself is dropped)."""
    fixed = repaired(engine, SPUN_PAGE + sentence)
    return fixed[fixed.index("declined to comment.") + len("declined to comment.\n\n"):].strip()


def test_the_page_reads_as_spun_and_is_repaired(engine):
    fixed = repaired(engine, SPUN_PAGE)
    assert fixed.startswith("The House voted on Wednesday to pass a bill")
    assert "4 percent, officials said" in fixed


# (the writer's sentence, what main made of it): idioms, fixed phrases, names, senses and grammar.
WRITERS_SENTENCES = {
    # lexicon rows, negated conditions
    "Dairy farmers in the valley are counting the cost after a wet spring ruined much of the hay.":
        "counting the charge",                                           # news_courts_safety: cost
    "The deal is due by the end of the year. Its advisers on the approach are two banks and a law firm.":
        "advisers on the way",                                           # news_phrases: on the approach
    "The grant would help companies that export machine parts to hire more welders.":
        "would aid agencies",                                            # news_common_heads: help companies
    "The home side ended the season in style with a 4-0 win over the leaders.":
        "season popular with",                                           # news_common_tail: in style with
    "The home side ended the season in style.": "season popular",        # news_common_tail: in style
    "The hotel charges a cleaning fee on stays of fewer than three nights.":
        "on remains of fewer",                                           # news_common_band3: stays of
    "The chain's sales were in line with the analysts' forecasts, it said.":
        "were according to the",                                         # news_synonym_file: in line with the
    "The bakery said it valued its bakers and would raise their wages in January.":
        "it cost its bakers",                                            # news_everyday: value -> cost
    "The club won the regional rugby final Saturday in front of 3,000 fans.":
        "rugby last Saturday",                                           # news_phrases: final (and the rate)
    "Growers said the early varieties of apple had suffered most from the frost.":
        "early numbers of apple",                                        # news_synonym_file: variety of
    "Most stall holders will give you a taste before you buy.":
        "will come up with a taste",                                     # news_common_heads: give you
    "The study will run for two more years to see how long the protection lasts.":
        "the defense lasts",                                             # band3 row and the rate
    # the observed lexicon's entries, bound by their swap's rate veto (bench/grow_observed_lexicon.py)
    "We spent a lot of money on the roof before the winter.": "much of money",
    "The market had been pricing in a lot of bad news, the analyst said.": "much of bad news",
    "The club paid a proper fee for the striker, and the fans were pleased.": "a right fee",
    "The carmaker will add 300 jobs at its assembly plant near the lake.": "meeting plant",
    "The state assembly voted 61-38 to approve the bill late on Thursday.": "state meeting",
    # observed rates, rate_vetoes.tsv
    "Burglaries, however, rose for a third year in a row.": "Burglaries, but, rose",
    "Paramedics arrived in response to police radio calls from the school.": "arrived according to",
    "The company's market value has doubled since the spring.": "market price",
    "The fine was set under the Road Traffic Regulation Act of 1984.": "Traffic Law Act",
    "The river rose by two metres in the space of an hour.": "in the area of an hour",
    "The lot is about a fifth of an acre, with a garage at the back.": "The number is about",
    "Builders are putting up smaller houses on smaller lots.": "smaller numbers",
    "The members of the panel were chosen by lot from a list of volunteers.": "chosen by number",
    "The schools will lose money when the three-year protection ends.": "three-year defense",
    "The paper asked the council for a full account of the plan before the ballots go out.":
        "before the polls go out",
    "The water company has replaced 300 kilometres of main in the past year and will replace more.":
        "kilometres of major",
    "It was, with its deeds if not its words, an apology.": "if not its notes",
    "Health officials said new cases of the disease were confirmed in two counties in March.": "were shown in",
    "The currency fell past a key level on Tuesday as traders sold.": "key stage",
    "State's coach said the team would rely on its defence this year.": "Say's coach",
    "Lakeview State is 12-4 this season and second in the conference.": "Lakeview Say is",
    "The new quarterback will start for State on Saturday.": "for Say on",
    # a how-to
    "Hold the blade upright, tilt it halfway to flat, and then halfway again.": "halfway back",
    "The county beat Riverside 2-1 in the regional soccer final Saturday, with junior forward Mia Lund "
    "scoring the winner.": "soccer last Saturday",
}


@pytest.mark.parametrize("sentence", sorted(WRITERS_SENTENCES))
def test_a_writers_words_stay_on_a_spun_page(engine, sentence):
    fixed = on_spun_page(engine, sentence)
    assert WRITERS_SENTENCES[sentence] not in fixed
    assert fixed == sentence


# The spun uses of the mended rows and rates are still repaired on the same page.
SPUN_USES = [
    ("The human stays of the victims were found by the coroner.", "The human remains of the victims"),
    ("The Boston space saw heavy snow.", "The Boston area"),
    ("The defense secretary met the protection minister.", "the defense minister"),
    ("The help companies said they had sent food to the region.", "The aid agencies said"),
    ("The town has 3 new parks and 2 old ones.", "three new parks"),
    ("The council said a lot of the money had gone on repairs.", "much of the money"),
    ("Floods covered a lot of Europe last spring.", "much of Europe"),     # a name is a whole
    ("Two people were handled for minor injuries at the scene.", "treated for minor injuries"),
]


@pytest.mark.parametrize("spun, repaired_words", SPUN_USES)
def test_the_spun_uses_are_still_repaired(engine, spun, repaired_words):
    assert repaired_words in on_spun_page(engine, spun)


# A longer spun story of our own (Congress, a stopgap bill): on it the restorer's weaker readings reach further.
LONG_SPUN_PAGE = (
    'The Home voted on Tuesday to cross a stopgap invoice that might fund the federal government by way of early '
    'subsequent 12 months, officers mentioned, sending the measure to the Senate forward of a Friday deadline. '
    'Lawmakers within the decrease chamber authorized the laws 230 to 201, with dozens of Republicans becoming a '
    'member of Democrats in assist. The White Home mentioned the president would signal it. "This is a superb '
    'step, however it isn\'t the tip," the bulk chief instructed reporters, including that talks on a full-year '
    "finances would proceed. Analysts mentioned the vote exhibits how troublesome it's for the celebration to "
    'unite, and warned that one other shutdown struggle is probably going within the spring. Costs rose 3.2 p.c '
    'in the 12 months to October, and the central financial institution is anticipated to carry charges regular '
    'subsequent month.')


def on_long_spun_page(engine, sentence: str) -> str:
    fixed = repaired(engine, LONG_SPUN_PAGE + "\n\n" + sentence)
    return fixed[fixed.rindex("\n\n") + 2:].strip()


# (the writer's sentence, what main made of it, the writer's words that now stay)
ON_THE_LONG_PAGE = [
    ("Hung roughly in order, the paintings let you watch the artist change her mind.", "roughly so", "in order,"),
    ("The deal sets rules for digital copies of actors made with artificial intelligence, requiring consent and "
     "payment.", "consent and bill", "consent and payment."),
    ("The carmaker said it had built up inventory ahead of the launch of a cheaper model.", "developed inventory",
     "built up inventory"),
    ("If you have not made a claim for several years, you will have built up a no-claims discount.",
     "developed a no-claims", "built up a no-claims"),
    ("The Foxes had tied the game with 1:12 remaining in regulation, when a shot from the blue line went in.",
     "remaining in law", "remaining in regulation"),
    # a how-to and a school newsletter
    ("Older taps with separate handles for hot and cold usually have rubber washers.", "treats for",
     "handles for hot"),
    ("Thursday 14 November: Year 3 visit to the city museum.", "Year three", "Year 3 visit"),
    ("Wednesday 11 December: Key Stage 1 nativity play in the hall.", "Stage one", "Stage 1 nativity"),
]


@pytest.mark.parametrize("sentence, wrong, kept", ON_THE_LONG_PAGE)
def test_a_writers_words_stay_on_a_long_spun_page(engine, sentence, wrong, kept):
    fixed = on_long_spun_page(engine, sentence)
    assert wrong not in fixed and kept in fixed


def test_a_rate_veto_binds_the_observed_lexicons_entry_of_the_same_swap():
    """bench/grow_observed_lexicon.py writes each hand-written rate veto's negated conditions onto the observed
    entry of the same (spun, original) swap, in every leave-one-story-out fold and in the bundled file."""
    import sys
    from pathlib import Path

    from unspin.engine.learn import FormKey, LearnedEntry, lexicon_text
    from unspin.engine.lexicon import parse_lexicon
    from unspin.resources_path import resource

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "bench"))
    from grow_observed_lexicon import rate_vetoes

    vetoes = rate_vetoes()
    assert vetoes[("a lot", "much")] == "!before_of_bare,!after_pos:noun|propn|pron,!clause_near:i|we|us|me|my|our|you|your"
    entry = LearnedEntry(FormKey("a lot"), [("much", 5)], 4, 5, 1, 0.45)
    text = lexicon_text([entry], "g", "s", "d", "", vetoes)
    entries, problems = parse_lexicon(text, "observed.tsv")
    assert not problems and tuple(entries[0].when) == ("!before_of_bare", "!after_pos:noun|propn|pron",
                                                       "!clause_near:i|we|us|me|my|our|you|your")   # writers54
    # the bundled file as the script writes it
    bundled, _ = parse_lexicon(Path(resource("lexicons"), "news_observed.tsv").read_text(), "news_observed.tsv")
    for e in bundled:
        extra = vetoes.get((" ".join(e.spun).lower(), e.restored[0].lower()))
        if extra:
            assert ",".join(e.when).endswith(extra)
