"""The rough word-by-word spinners' lexicon (resources/lexicons/news_rough_spinner.tsv), on sentences
written for these tests: broken fixed expressions are repaired, and the same words used normally stay.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all, shown_repair as repaired
from unspin.engine.lexicon import TELL_CONFIDENCE, load_lexicon_file

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "resources" / "lexicons" / "news_rough_spinner.tsv"

CLEAN = ("The city council approved the budget on Tuesday after a long debate. The mayor said the "
         "plan would add two parks and repair several roads. Residents who attended the meeting "
         "asked about property taxes, and officials promised to publish the figures next week.")


def test_lexicon_loads_cleanly():
    entries, problems = load_lexicon_file(LEXICON)
    assert problems == []
    assert len(entries) > 500
    assert {e.group for e in entries} == {"news-rough-spinner"}
    # Most of the file is odd collocations that only a spinner writes: unambiguous tells.
    assert sum(e.is_tell for e in entries) > 0.8 * len(entries)


@pytest.mark.parametrize("spun, restored", [
    ("The jury found him guilty past a sensible doubt, and he argued blameworthy to the criminal fees.",
     "The jury found him guilty beyond a reasonable doubt, and he pleaded guilty to the criminal charges."),
    ("Bank offers fell 3% on Divider Street after the Government Save raised intrigue rates.",
     "Bank shares fell 3% on Wall Street after the Federal Reserve raised interest rates."),
    ("The striker was placed on the harmed rundown with a crotch injury before the Head Association match.",
     "The striker was placed on the injured list with a groin injury before the Premier League match."),
    ("Basic freedoms gatherings said the resistance pioneer was killed by obscure shooters.",
     "Human rights groups said the opposition leader was killed by unidentified gunmen."),
    ("The informing application said it uses start to finish encryption for every single web based life client.",
     "The messaging app said it uses end-to-end encryption for every single social media client."),
    ("Forecasters issued a climate cautioning as substantial downpour brought streak flooding.",
     "Forecasters issued a weather warning as heavy rain brought flash flooding."),
    ("In any event 12 people were hurt, and the first run through the bridge closed was in 1990.",
     "At least 12 people were hurt, and the first time the bridge closed was in 1990."),
])
def test_rough_spinner_collocations_repaired(engine, spun, restored):
    assert repaired(engine, spun) == restored


@pytest.mark.parametrize("sentence", [
    "The offers rose sharply once the job market tightened.",           # job offers, not shares
    "Her lawyer said there was reasonable suspicion for the stop.",
    "The drill bit wears down after every coordinate is measured.",
    "He was elected to lead the resistance against the occupation.",
    "The species is adapted to a harsh climate and a short growing season.",
    "The team's group of volunteers cleaned the park in any weather.",
    "The first time she saw the sea, she was six years old.",
    "The court said the state claimed too much and dismissed the case.",
])
def test_ordinary_sentences_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


def test_tells_raise_the_spin_score(engine):
    spun = ("The Place Republicans passed the assignments bill. Government Save officials said the "
            "harmony talks were delayed, and the Equity Division filed a claim against the wellbeing "
            "authorities.")
    assert engine.analyse(spun).spin_score > engine.analyse(CLEAN).spin_score + 0.3
    assert all(e.confidence >= TELL_CONFIDENCE for e in load_lexicon_file(LEXICON)[0]
               if " ".join(e.spun) in ("Divider Street", "Government Save", "harmony talks"))


# --- Dictionary paraphrasers and padding rewriters (helper rough22, 2026-12-04) --------------------------
# Sentences written for these tests, spun by hand the way a word-by-word dictionary spinner spins
# ("House" -> "Dwelling"/"Property"/"Residence", "members" -> "associates", "before" -> "ahead of",
# "control" -> "command", "next" -> "upcoming", "final"/"last" -> "remaining", "half" -> "fifty percent",
# "parent" -> "moms and dad", "has" -> "has actually"). Each case pairs a spun sentence with an ordinary
# sentence of our own that holds the same words in their everyday use: the first is repaired, the second
# stays as written.

@pytest.mark.parametrize("spun, restored, ordinary", [
    ("The Residence of Representatives passed the bill, and the Property Speaker thanked Dwelling Republicans.",
     "The House of Representatives passed the bill, and the House Speaker thanked House Republicans.",
     "Staff at the Residence prepared the state dinner while the Speaker met Republicans."),
    ("Associates of Congress and associates of the public filled the room, and committee associates asked questions.",
     "Members of Congress and members of the public filled the room, and committee members asked questions.",
     "He met business associates of the union leader, and police arrested three known gang associates."),
    ("He was a teacher ahead of he was elected, and she appeared ahead of a judge on Monday.",
     "He was a teacher before he was elected, and she appeared before a judge on Monday.",
     "Lawyers filed briefs ahead of the court's ruling, and she appeared ahead of the jury's verdict."),
    ("The fire spiralled out of command and was not brought under command until the driver lost command of the car.",
     "The fire spiralled out of control and was not brought under control until the driver lost control of the car.",
     "The pitcher lost command of his fastball, and she took command of the ship."),
    ("The talks resume upcoming week, the shop is upcoming to the station, and the upcoming of kin were told.",
     "The talks resume next week, the shop is next to the station, and the next of kin were told.",
     "Investors expect the upcoming week to be busy, and the band's upcoming tour starts in May."),
    ("He was buried in his remaining resting place; voters will have the remaining say in a remaining-ditch vote.",
     "He was buried in his final resting place; voters will have the final say in a last-ditch vote.",
     "Of the 40 families, those remaining say they will stay, and the remaining straw bales were stacked."),
    ("Tens of countless numbers of people marched, and males and ladies lined the streets.",
     "Tens of thousands of people marched, and men and women lined the streets.",
     "Countless people marched, and the shop sells men and ladies' shoes."),
    ("He was convicted of wire deception after the justices heard dental arguments and the bulk opinion was read.",
     "He was convicted of wire fraud after the justices heard oral arguments and the majority opinion was read.",
     "He was charged with two counts of deception in 1998, and the majority viewpoint among economists differs."),
    ("The moms and dad business said sales fell in the second fifty percent, and the fatality toll rose.",
     "The parent company said sales fell in the second half, and the death toll rose.",
     "Moms and dads gathered at the gates, and fifty percent of the respondents said they were satisfied."),
    ("The defending champion was out in straight collections after 35 spontaneous mistakes, and she damaged offer twice.",
     "The defending champion was out in straight sets after 35 unforced errors, and she broke serve twice.",
     "Spontaneous mistakes happen when children learn to speak, and the damaged offer was withdrawn."),
    ("Firemans said the blaze was 10 percent had by noon and that crews would obtain command of the fire.",
     "Firefighters said the blaze was 10 percent contained by noon and that crews would get control of the fire.",
     "The captain took command of the fire crew, and the tank was 80 percent full by noon."),
    ("The whistleblower mosted likely to the FBI, a jury located him guilty, and he encounters as much as 20 years in prison.",
     "The whistleblower went to the FBI, a jury found him guilty, and he faces up to 20 years in prison.",
     "She encountered as much as 30 centimetres of snow, and the children located the missing cat."),
    ("Public health and wellness officials said the British federal government would act.",
     "Public health officials said the British government would act.",
     "The spa offers health and wellness programs, and the Swiss federal government agreed."),
    ("He was billed with murder, and his lawyers said they would attract the verdict in the allures court.",
     "He was charged with murder, and his lawyers said they would appeal the verdict in the appeals court.",
     "The concert was billed with three other bands, and the sale will attract the decision makers."),
    ("The exotic storm strengthened, and the quake had a size 6.4 before cyberpunks struck in a ransomware strike.",
     "The tropical storm strengthened, and the quake had a magnitude 6.4 before hackers struck in a ransomware attack.",
     "A size 10 shoe fits him, and the genre of cyberpunks grew in the 1980s."),
    ("He scored a period-high 40 points, and the company will report results following week.",
     "He scored a season-high 40 points, and the company will report results next week.",
     "The period-ending balance was $400, and following week-long protests the government resigned."),
    ("The international preacher met the prime preacher for peace speaks on a profession contract.",
     "The foreign minister met the prime minister for peace talks on a trade agreement.",
     "The preacher spoke at the church, and a quick browse through to the end of the book helped."),
    ("The victim of the mass capturing is in vital problem, and the authorities principal urged calm.",
     "The victim of the mass shooting is in critical condition, and the police chief urged calm.",
     "Given that 40 percent of voters are undecided, the capturing of wild birds is banned."),
    ("The Senate Bulk Leader said the investing costs would pass before lawmakers raised the financial obligation ceiling.",
     "The Senate Majority Leader said the spending bill would pass before lawmakers raised the debt ceiling.",
     "The bulk leader in the warehouse ordered pallets, and she signed the costs off as a business expense."),
])
def test_dictionary_paraphrasers_repaired_and_ordinary_use_kept(engine, spun, restored, ordinary):
    assert accepted_all(engine, spun) == restored
    assert repaired(engine, CLEAN + " " + ordinary) == CLEAN + " " + ordinary


def test_padding_rewriter_paragraph(engine):
    """A paragraph of our own, spun the way padding rewriters spin ("had actually", "would certainly",
    "moms and dad business", "information facilities"): its tells raise the spin score, so the weak
    padding rows apply too."""
    spun = ("Countless people were not able to use the messaging solution for a number of hrs on Tuesday "
            "after a software application upgrade failed, the business stated. The business said it had "
            "actually located the reason and repaired it by the night. It said no information had actually "
            "been shed, and that the outage would certainly not happen again. The trouble started quickly "
            "prior to noon, when engineers presented an adjustment to servers in a number of information "
            "facilities. Shares of the moms and dad business dropped 2 percent.")
    fixed = accepted_all(engine, spun)
    for original in ("software update", "found the cause", "shortly before noon", "parent company",
                     "had been", "would not happen"):
        assert original in fixed, (original, fixed)
    assert engine.analyse(spun).spin_score > 0.6
