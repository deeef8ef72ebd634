"""The seventh band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band7.tsv, the partly
spun forms of the newer multi-swap rows ("exterior the court" from "exterior the court docket", "coach AI models" from
"coach AI fashions"). Sentences written for these tests: spun ones holding a form of this band, repaired after the clean
preamble and on a spun page; ordinary ones using the same words in their own senses, left alone on both pages; and
the rows kept below 0.5 (a careful writer might write them), which change their phrase only on a spun page. The file's
own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

# (spun sentence, the sentence repaired)
SPUN = [
    ("Officials gathered exterior the court before the verdict.",
     "Officials gathered outside the court before the verdict."),
    ("He was discovered not guilty of all charges on Friday.",
     "He was found not guilty of all charges on Friday."),
    ("The new chief hopes to turn the corporate round by next year.",
     "The new chief hopes to turn the company around by next year."),
    ("Police received reports of photographs fired near the station.",
     "Police received reports of shots fired near the station."),
    ("The sprinter units a record every time she races.",
     "The sprinter sets a record every time she races."),
    ("Engineers said the drawback was fixed by Friday.",
     "Engineers said the problem was fixed by Friday."),
    ("The president instructed a news conference that talks would resume.",
     "The president told a news conference that talks would resume."),
    ("Lawmakers voted to preserve the government funded until March.",
     "Lawmakers voted to keep the government funded until March."),
    ("The deal retains the government open for six more weeks.",
     "The deal keeps the government open for six more weeks."),
    ("Prices rose increased than expected in May.",
     "Prices rose higher than expected in May."),
    ("The bridge was finished earlier than deliberate.",
     "The bridge was finished earlier than planned."),
    ("The party is trying to form a new authorities after the election.",
     "The party is trying to form a new government after the election."),
    ("Millions of people still lack access to wash water.",
     "Millions of people still lack access to clean water."),
    ("Firms that coach AI models buy vast amounts of data.",
     "Firms that train AI models buy vast amounts of data."),
    ("The charity warned of child sexual misuse in care homes.",
     "The charity warned of child sexual abuse in care homes."),
    ("The mayor denied any conflict of pursuits.",
     "The mayor denied any conflict of interest."),
    ("The company plans an starting public offering next spring.",
     "The company plans an initial public offering next spring."),
    ("The ministry dispatched an investigation into the crash.",
     "The ministry launched an investigation into the crash."),
    ("The rivals narrowed the lead, but could not slender the gap.",
     "The rivals narrowed the lead, but could not narrow the gap."),
    ("Volunteers were asked to test on elderly neighbours during the heatwave.",
     "Volunteers were asked to check on elderly neighbours during the heatwave."),
    ("Investors are pouring money into non-public tech companies.",
     "Investors are pouring money into private tech companies."),
    ("Neither side has published the phrases of the agreement.",
     "Neither side has published the terms of the agreement."),
    ("She climbed to third in the planet rankings after the win.",
     "She climbed to third in the world rankings after the win."),
    ("The founding father of the company stepped down on Monday.",
     "The founder of the company stepped down on Monday."),
    ("Police uncovered a community of shell companies used to move the money.",
     "Police uncovered a network of shell companies used to move the money."),
    ("The council said its services are moving to on-line booking.",
     "The council said its services are moving to online booking."),
    ("The government responded by inserting a temporary ban on exports.",
     "The government responded by placing a temporary ban on exports."),
    ("The strait was closed to shipping and plane for two days.",
     "The strait was closed to shipping and aircraft for two days."),
    ("Hospital managers asked sufferers and visitors to wear masks.",
     "Hospital managers asked patients and visitors to wear masks."),
    ("The senator was charged with obstacle of justice.",
     "The senator was charged with obstruction of justice."),
    ("The plan would cut nursery gas emissions by half.",
     "The plan would cut greenhouse gas emissions by half."),
    ("Officials were not quickly accessible for comment.",
     "Officials were not immediately available for comment."),
    ("Thousands of wellbeing care workers went on strike.",
     "Thousands of health care workers went on strike."),
]

# Ordinary news with the same words in their own senses: nothing changes on either page.
ORDINARY = [
    "The exterior of the court building was cleaned last spring.",
    "The jury found him not guilty after two hours.",
    "The warehouse will ship the parcels on Monday.",
    "She showed the visitors around the business park.",
    "Army units set up camp near the river.",
    "The main drawback of the plan is its cost.",
    "Parents praised the quality of teaching at the school.",
    "Careful investors preserve capital in bad years.",
    "Fans waited at the entrance of the stadium for hours.",
    "The center of the town was closed for the parade.",
    "Spending increased by a third last year.",
    "The automotive industry employs thousands of people in the region.",
    "The county's water supply comes from reservoirs in the hills.",
    "Local authorities said the road would reopen on Friday.",
    "Wash the vegetables in clean water before cooking.",
    "The singer began her tour in Leeds.",
    "The donor remained nameless, the hospital said.",
    "The recent rise in prices worried shoppers.",
    "She realized the train had already left.",
    "He will coach the national team next year.",
    "The letter was sent by courier in transparent packaging.",
    "The misuse of funds was reported to the police.",
    "Nobody was hurt when the roof collapsed.",
    "Sturdy boots are essential on the hills.",
    "Blood tests showed high levels of stress hormones.",
    "The restoration of the old mill was finished in June.",
    "The museum held an exhibition about threats to journalists.",
    "The captain dispatched a boat to look for survivors.",
    "The old theatre's stage machinery still works.",
    "The slender model walked down the runway.",
    "He could hardly believe his luck.",
    "Women and children were evacuated first.",
]

# Rows kept below 0.5 (a careful writer might write the phrase): left alone after the clean preamble, applied on a
# page that reads as spun.
LOWERED = [
    ("Volunteers went to check on aged neighbours after the storm.",
     "Volunteers went to check on elderly neighbours after the storm."),
    ("The works will close the road for three to 5 weeks.",
     "The works will close the road for three to five weeks."),
]


@pytest.mark.parametrize("spun, restored", SPUN)
def test_a_partly_spun_form_is_repaired_after_the_clean_preamble(engine, spun, restored):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + restored


@pytest.mark.parametrize("spun, restored", SPUN)
def test_a_partly_spun_form_is_repaired_on_a_spun_page(row_engine, spun, restored):
    # the rows alone: the calibration's dense tier changes writers' words too (conftest.row_engine)
    assert body(row_engine, spun) == restored


@pytest.mark.parametrize("sentence", ORDINARY + [s for s, _ in LOWERED])
def test_an_ordinary_sentence_stays_after_the_clean_preamble(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


@pytest.mark.parametrize("sentence", ORDINARY)
def test_an_ordinary_sentence_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, restored", LOWERED)
def test_a_lowered_row_applies_on_a_spun_page(engine, spun, restored):
    assert body(engine, spun) == restored
