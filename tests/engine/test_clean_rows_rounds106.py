"""Ordinary uses of the spun phrases of the lead's tells rounds 106-110 (news_everyday.tsv, from "misplaced to the"
to "folks conversant in") and of the job-title rows written in lowercase in 0d318c1 (round 111: "lawyer basic",
"chief decide", "senate majority chief", "most useful participant", "overseas minister"), which main's lexicons
took for spin; and the spun uses the conditioned rows keep.

The tenth clean audit of issue 15 (helper clean24; the method of test_clean_rows_rounds102.py). For each row a
clean writer could meet, a sentence of our own using the spun phrase in its ordinary sense (sport, business,
courts, recipes, churches, local notices, a letter, company names): "You can ask a lawyer basic questions for
free", "Let the fire chief decide whether the road should close", "The car has excellent stability on wet
roads", "Spice up the soup with fresh ginger", "He purchased shares within the first hour of trading", "The
stolen car was later discovered burned out in a field", "Steel was made in open hearth furnaces". Each sentence
in CLEAN_SENTENCES (64) was changed by main's lexicons (0bbb425) after the clean preamble, and each one in
SPUN_PAGE_SENTENCES (32) after the spun preamble too (the row now carries a condition that tells the two uses
apart). Rows lowered below 0.5 still change their phrase on a page that reads as spun, by design. Title-Case
names that hold a two-word sure tell of older rows ("Pleasant Hearth", "Crimson Wine Group", "Big Panda") were
changed by matcher.TITLED_TELL_WORDS = 2 itself; it is 3 again, and only rows marked ``in_titles`` (the job
titles) match two words written in capitals: test_names_in_capitals_stay_and_job_titles_in_capitals_are_repaired.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    'After the ban, he missed their subsequent match against Leeds.',
    'Agents say sellers should not promote their houses before the repairs are done.',
    'Both firms held operating licences in Spain before the merger.',
    'Both firms hold operating licences in Spain and Portugal.',
    'Bronze figures exhibiting the Greek style were found in the wreck.',
    'Every family should be able to ask a lawyer basic questions about a will.',
    'Excellent Debt Advice is a free service run by volunteers.',
    'Excellent Stability Systems won a safety award for its car parts.',
    'Few families in want of a home could afford the new rents.',
    'For most buyers the main concern is price more than looks.',
    'He purchased shares within the first hour of trading.',
    'He served as Senate majority chief counsel in 2010.',
    'He was an excellent warrant officer, his commander said.',
    'He was just one among lots of hopefuls at the audition.',
    'I would switch most of them with newer bulbs if I were you.',
    'In the village the chief decides disputes over land.',
    'Individuals purchased 40 per cent of the bonds, while funds bought the rest.',
    'Let the chief decide whether the school should close.',
    'Let the fire chief decide whether the road should close.',
    'Make sure the baby sits up for feeding.',
    'New doorways opened in the old wall let light into the hall.',
    'Owners cannot promote their homes as holiday lets without a licence.',
    'Residents signed a petition to save lots of trees along the river.',
    'She has an excellent debt-to-income ratio, the broker said.',
    'She was voted the most useful participant in the workshop.',
    'Shops will be running as regular until Christmas Eve.',
    'Spice up the soup with fresh ginger and garlic.',
    'Spicing up the stew with paprika gives it a smoky taste.',
    'Steel was made in open hearth furnaces until the 1960s.',
    'Teachers might give attention to the quieter pupils in the class.',
    'The agency offers an excellent debt advice service for families.',
    'The baby sat up for feeding without help at six months.',
    'The car has excellent stability on wet roads.',
    'The charity launched a bid to save lots of money on energy bills.',
    'The chief decides who plays on Saturday, the captain said.',
    'The church welcomed an overseas minister from Ghana for the summer.',
    'The club appealed against the red card and won its subsequent league game.',
    'The club has raised sufficient cash to build a new stand.',
    'The couple began to date again to the delight of their fans.',
    'The credit union offers excellent loans for members with a steady income.',
    'The doorways opened up during the renovation make the rooms feel larger.',
    'The firm is in a steady situation after two good years.',
    'The firm runs a legal professional basic skills course each spring.',
    'The individuals purchased the tickets online a week before the concert.',
    "The lawyer basic fees are listed on the firm's website.",
    'The money they utilized for funding the new laboratory came from a private donor.',
    'The museum figures exhibiting the decline of the fishing fleet were shown in a film.',
    'The new bike offers excellent stability at high speed.',
    'The new boiler is part of a campaign to save lots of energy in schools.',
    'The overseas ministers of the church met in Lagos.',
    "The patient's heart was in a steady condition, the hospital said after the surgery.",
    'The stolen car was later discovered burned out in a field.',
    'The town council spent £5,000 on the pageant this year.',
    'The town council spent £5,000 on the pageant, the clerk said.',
    'The van was discovered burnt out on the moor the next morning.',
    'The vans they utilized for jobs across the county were sold at auction.',
    'The village chief decided the dispute in an hour.',
    "They split in May but dated again to everyone's surprise.",
    'Two other buildings were additionally in danger from the fire.',
    'We will let the police chief decide on the route of the march.',
    'What matters most to shoppers is price at the till.',
    'When the new mayor came into power, the parking rules changed.',
    'Work on the pageant began in March, the vicar said.',
    'You can ask a lawyer basic questions for free at the advice centre.',
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# Sentences whose row now has a condition: they stay even where the page reads as spun.
SPUN_PAGE_SENTENCES = [
    'Bronze figures exhibiting the Greek style were found in the wreck.',
    'Every family should be able to ask a lawyer basic questions about a will.',
    'Excellent Debt Advice is a free service run by volunteers.',
    'Excellent Stability Systems won a safety award for its car parts.',
    'Few families in want of a home could afford the new rents.',
    'For most buyers the main concern is price more than looks.',
    'He was an excellent warrant officer, his commander said.',
    'In the village the chief decides disputes over land.',
    'Let the chief decide whether the school should close.',
    'Make sure the baby sits up for feeding.',
    'New doorways opened in the old wall let light into the hall.',
    'Residents signed a petition to save lots of trees along the river.',
    'She has an excellent debt-to-income ratio, the broker said.',
    'She was voted the most useful participant in the workshop.',
    'Spice up the soup with fresh ginger and garlic.',
    'Spice up your salad with toasted seeds.',
    'Spicing up the stew with paprika gives it a smoky taste.',
    'Steel was made in open hearth furnaces until the 1960s.',
    'The baby sat up for feeding without help at six months.',
    'The charity launched a bid to save lots of money on energy bills.',
    'The chief decides who plays on Saturday, the captain said.',
    'The church welcomed an overseas minister from Ghana for the summer.',
    'The credit union offers excellent loans for members with a steady income.',
    'The doorways opened up during the renovation make the rooms feel larger.',
    'The law was passed after the generals came into power in 1973.',
    "The lawyer basic fees are listed on the firm's website.",
    'The new boiler is part of a campaign to save lots of energy in schools.',
    'The overseas ministers of the church met in Lagos.',
    'The village chief decided the dispute in an hour.',
    'We will let the police chief decide on the route of the march.',
    'When the new mayor came into power, the parking rules changed.',
    'You can ask a lawyer basic questions for free at the advice centre.',
]


@pytest.mark.parametrize("sentence", SPUN_PAGE_SENTENCES)
def test_a_clean_writers_sentence_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


# The spun uses the conditioned rows keep, on a clean page (after the same clean preamble).
SPUN_USES = [
    ('The council had utilized for funding from the lottery.',
     'The council had applied for funding from the lottery.'),
    ('Hundreds of people queued outside before the doorways opened.',
     'Hundreds of people queued outside before the doors opened.'),
    ('The charity launched a petition to save lots of the library.',
     'The charity launched a petition to save the library.'),
    ('The pub dates again to the 17th century.',
     'The pub dates back to the 17th century.'),
    ('He purchased shares within the company last year.',
     'He bought shares in the company last year.'),
    ('Supporters point to figures exhibiting that crashes fell by a third.',
     'Supporters point to figures showing that crashes fell by a third.'),
    ('The change would sluggish visitors in the town centre.',
     'The change would slow traffic in the town centre.'),
    ('We sit up for welcoming you again next spring.',
     'We look forward to welcoming you again next spring.'),
    ('The company has excellent debt of £2bn.',
     'The company has outstanding debt of £2bn.'),
    ('Police said the man had an excellent warrant for his arrest.',
     'Police said the man had an outstanding warrant for his arrest.'),
    ('She had an excellent stability of £3,000 on her credit card.',
     'She had an outstanding balance of £3,000 on her credit card.'),
    ('The deal is price about $3bn.',
     'The deal is worth about $3bn.'),
    ('The new rules come into power on 1 April.',
     'The new rules come into force on 1 April.'),
    ('The chief decide said the case was closed.',
     'The chief judge said the case was closed.'),
    ('The lawyer basic said on Friday that the case was closed.',
     'The attorney general said on Friday that the case was closed.'),
    ('He was named most useful participant of the series.',
     'He was named most valuable player of the series.'),
    ('The senate majority chief scheduled a vote for Tuesday.',
     'The Senate Majority Leader scheduled a vote for Tuesday.'),
    ('The overseas minister flew to Paris for talks.',
     'The foreign minister flew to Paris for talks.'),
    ('A federal decide blocked the rule on Monday.',
     'A federal judge blocked the rule on Monday.'),
    ('The government pledged to spice up funding for schools.',
     'The government pledged to boost funding for schools.'),
    ('The charity said the money would go to families in want.',
     'The charity said the money would go to families in need.'),
    ('The bank has excellent loans of £1bn to builders.',
     'The bank has outstanding loans of £1bn to builders.'),
]


@pytest.mark.parametrize("spun, restored", SPUN_USES)
def test_the_spun_use_is_still_repaired(engine, spun, restored):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + restored


NAMES_IN_CAPITALS = [
    "We bought the stove from Pleasant Hearth in the high street.",
    "The toy shop Big Panda opened a second branch.",
    "The Native Pub Company bought six inns last year.",
    "Her new single Excellent Debt is out on Friday.",
    "Shares in Crimson Wine Group rose after the harvest.",
]


@pytest.mark.parametrize("sentence", NAMES_IN_CAPITALS)
def test_names_in_capitals_stay_and_job_titles_in_capitals_are_repaired(engine, sentence):
    # a two-word sure tell written in capitals is a name unless its row is marked in_titles (clean24 found
    # 14 of 18 such names changed while every two-word sure tell matched in capitals)
    assert body(engine, sentence) == sentence                     # after the spun preamble
    assert body(engine, "Lawyer Basic Jane Doe mentioned the case was closed.") == \
        "Attorney General Jane Doe said the case was closed."
