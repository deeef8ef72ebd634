"""Ordinary phrases of clean news that spun-phrase rows took for spin, and the spun uses they keep.

Clean news written for Unspin (bench/corpus/news-*.clean.txt) and sentences
of our own around each row the audit found: an unconditioned row with a prior of 0.5 or more is
applied in any document, so a spun phrase that writers also write ("just a few minutes", "make it
possible for students to attend", "the financial system", "a brand new research center", "the
complete course of antibiotics") changed clean text. Each such row now has a prior below 0.5
(applied only where the page reads as spun) or a condition that tells the two uses apart; the
second list checks that the conditioned rows still repair their spun use. Sentences written for
these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN

CLEAN_NEWS_SENTENCES = [
    "Police found the weapon in the course of the investigation.",
    '"We have a whole bunch of questions for the board," she said.',
    "It is one of the most effective treatments for the disease, doctors said.",
    "The talks lasted just a few minutes before the delegates walked out.",
    "The name was on the tip of my tongue.",
    "The grant will make it possible for students to attend the summer program.",
    "The magazine offers tips on how to save money on groceries.",
    "Regulators said the financial system was sound despite the losses.",
    "Auditors found a number of instances of fraud in the accounts.",
    "The fire spread inside a number of homes on the block.",
    "He addressed the crowd for the final time as mayor.",
    "Volunteers spent the week picking up all the pieces after the storm.",
    "The repairs were finished within the course of a single day.",
    "The university opened a brand new research center last fall.",
    "In any other case, the court would have thrown out the evidence.",
    "It was certainly one of the worst storms the town had seen.",
    "At one level, the plan makes sense; at another, it does not.",
    "The city spent $1 billion on the stadium and the roads around it.",
    "Neither his father or mother attended the hearing.",
    "Dad and Mom drove down from Ohio for the wedding.",
    "Crews worked throughout the area to restore power.",
    "Officers arrived in response to police radio calls from the scene.",
    "The repairs fit within the current budget, the manager said.",
    "The seller called it a nice deal for both sides.",
    "She lost the primary to a newcomer in May.",
    '"You could not spend the money they made out there," he said.',
    "The agency released a brand new document on the rules.",
    "He offered the case as an illustration of the problem.",
    "He tried to start the engine, but once more it failed.",
    "Investors are inclined to wait until the Fed acts.",
    "The quality of the water is tested every month.",
    "Candidates spent heavily during the primary season in New Hampshire.",
    "The book is known for the high quality of its photographs.",
    "The brand built its name on its high quality and low prices.",
    "Patients should finish the complete course of antibiotics.",
    "Doctors prescribed a prolonged course of steroids after the surgery.",
    "The judge ordered a lengthy course of treatment for the addiction.",
    "The company disclosed a breach of its personal data last year.",
    "The team finished two hours earlier than planned.",
    "He reached the summit earlier than his rivals.",
    "The council acted in response to figures showing a rise in crime.",
    "The estimate is primarily based on tax records from 2019.",
    "The firm is based mostly in London but has offices in Paris.",
    "The drug, often known as a blood thinner, is widely used.",
    "Higher rates put strain on household budgets.",
    "Running on concrete can put stress on the knees.",
    "The striker arrived in a transfer worth $60 million.",
    "Farmers throughout the border region lost crops to the flood.",
    "Reporters asked the mayor to name the police officers involved.",
    "The plan works because it strikes a balance between cost and safety.",
    "The report looks at the other facet of the problem.",
    "It was a gathering with old friends from school.",
    "Nurses recorded the interval of time between doses.",
    "The storm is expected to weaken as it moves inland.",
    "Officials said the data came in response to information requests from reporters.",
    "Harriet Vance took over a struggling weekly newspaper in 1961.",
    "The owners of the struggling steel mill sold it last year.",
    "The singer made a name for herself in the clubs of Soho.",
    "The value will increase as the company grows.",
    "Your pay will increase by 3 percent in January.",
    "Officials said these will increase costs for farmers.",
    "The property tax will increase next year under the plan.",
    "Hikers reached the highest spot in the county before noon.",
    "The drug's unwanted side effects include nausea and headaches.",
    "The liver performs a key function in clearing toxins.",
    "Engineers said the valve performed a vital function in the cooling system.",
    "The program runs a query of the database every hour.",
    "The crew will be trying again on Tuesday after the launch was scrubbed.",
    "The pilot made his approach to the runway in heavy fog.",
    "The plane crashed on its approach to Denver International Airport.",
    "Residents welcomed the newest information from the health department.",
    "He scored on the assist of his captain in the second period.",
    "Steel is more durable for bridges than aluminum.",
    "The governor declared the holiday in a proclamation signed Friday.",
    "Investors worry about the stability of energy prices this winter.",
    "Parents chose government funded schools over private ones.",
    "The committee is going through costs line by line.",
    "The airline dropped the prices of its cheapest seats.",
    "Rising demand put pressure on prices of grain and fuel.",
    "Each household faces costs of about $300 a year.",
    "The company faces prices far above last year's.",
    "Travelers pay federal fees on every ticket.",
    "Chip maker's profit doubles on demand for data centers.",
]


@pytest.mark.parametrize("sentence", CLEAN_NEWS_SENTENCES)
def test_an_ordinary_phrase_of_clean_news_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# The spun uses that the conditions above keep (after the same clean preamble: these rows are
# applied without the document gate).
SPUN_USES = [
    ("He has been arrested a number of instances since 2019.",
     "He has been arrested several times since 2019."),
    ("Talks could resume inside a number of days.",
     "Talks could resume within a few days."),
    ("She was the primary to arrive at the scene.",
     "She was the first to arrive at the scene."),
    ("The new vaccine will be made out there to the public in May.",
     "The new vaccine will be made available to the public in May."),
    ("The sprinter set a brand new document in the 200 meters.",
     "The sprinter set a new record in the 200 meters."),
    ("Officials said the complete course of took three years.",
     "Officials said the entire process took three years."),
    ("The storm is weakening because it strikes inland.",
     "The storm is weakening as it moves inland."),
    ("A brand new research found that sleep matters.",
     "A new study found that sleep matters."),
    ("A spokesman said a nice deal of work remains.",
     "A spokesman said a great deal of work remains."),
    ("The report, primarily based on interviews, was released Tuesday.",
     "The report, based on interviews, was released Tuesday."),
    ("Police said he was killed, in response to police.",
     "Police said he was killed, according to police."),
    ("The state lost jobs, in response to figures from the Labor Department.",
     "The state lost jobs, according to figures from the Labor Department."),
    ("Officials said the tax will increase on the wealthy were dropped from the bill.",
     "Officials said the tax increases on the wealthy were dropped from the bill."),
    ("Prosecutors dropped the costs against him on Tuesday.",
     "Prosecutors dropped the charges against him on Tuesday."),
    ("He is going through costs of assault after the fight, police said.",
     "He is facing charges of assault after the fight, police said."),
    ("The striker played a key function in the win.",
     "The striker played a key role in the win."),
    ("The team took the highest spot in the standings.",
     "The team took the top spot in the standings."),
]


@pytest.mark.parametrize("spun, original", SPUN_USES)
def test_the_conditioned_rows_still_repair_their_spun_use(engine, spun, original):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + original
