"""Ordinary uses of the spun phrases of the lead's tells rounds 91-101 (news_everyday.tsv, from "sickness
throughout final week's" to the end), which main's lexicons took for spin; and the spun uses the conditioned
rows keep.

The eighth clean audit of issue 15 (helper clean22; the method of test_clean_rows_rounds83.py). For each row
a clean writer could meet, a sentence of our own using the spun phrase in its ordinary sense (British and
American news, sport, business, local news, science): "the financial savings might not materialise", "click
on the hyperlink below", "new computer systems for every classroom", "the source, who did not wish to be
named", "empty the bin as soon as it is full", "the transfer would enable him to play". 157 sentences were
written; each one in CLEAN_SENTENCES (142) was changed by main's lexicons (6ea4de6) after the clean preamble,
and each one in SPUN_PAGE_SENTENCES (15) after the spun preamble too (the rows now carry a condition that
tells the two uses apart). Rows lowered below 0.5 still change their phrase on a page that reads as spun,
by design. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    'A last determination of the boundary was made in 1902.',
    'After the injury vital signs were checked every hour.',
    'Buyers welcomed the financial savings on offer in the sale.',
    'Candidates are identified for his or her leadership skills.',
    'Click on the hyperlink below to register for the event.',
    'Click the hyperlink within the email to confirm your address.',
    'Companies address prices in their annual reports.',
    'Consumers face rising power payments this winter.',
    'Councils were told to seek out financial savings of 5 percent.',
    'Critics praised their unique worth as artists.',
    'Drivers were told to depart their vehicles and walk to the exit.',
    'Each division had been requested to submit a budget by June.',
    'Empty the bin as soon as it is full.',
    'Engineers work around the clock to maintain the service secure.',
    'Essential airport workers were exempt from the rules.',
    'Expectant moms are advised to get the flu vaccine.',
    'Expectant moms in rural areas face long drives to hospital.',
    'Firms struggled to maintain prices down as energy bills rose.',
    'Fishing teams from Wales won the sea angling title.',
    'Fishing teams from across the county competed in the angling championship.',
    'He had visited on a number of occasions earlier than that.',
    'He refused to surrender his weekly column to the new editor.',
    'He vowed so as to reassure fans that he would stay at the club.',
    'Hospitals share safety codes with the ambulance service.',
    'Households were paying a mean of 30 dollars a month, the study found.',
    'Industrial suppliers as a result of the strike faced long delays.',
    'Inspectors check on a regular basis objects left unattended at the station.',
    'Investors bought shares regardless of the current fall in prices.',
    'It is the home improvement store homeowners visit most often.',
    'Law firms requested clients to sign the new terms before March.',
    'Make sure the repository has sufficient docs for new users.',
    'Many colleges nonetheless insisted on test scores.',
    'Menus displaying that meals contain nuts are now required by law.',
    "Ministers were accused of ignoring the steering committee's advice.",
    'More than 500 guests had been anticipated to attend the gala.',
    'Mountain biking teams from six states raced on Sunday.',
    "Officials checked the household's residence status.",
    'Officials said the typical invoice from the contractor was too high.',
    'Old houses in distant villages are being sold as holiday homes.',
    'On a number of occasions their requests were ignored by the landlord.',
    'Only firms selected to go public this year will be listed.',
    'Parents plan to share the cash with their kids.',
    'Players were told the transfer would enable the club to buy a striker.',
    'Police suggested individuals involved may have known the victim.',
    'Police warned residents about visitors posing as council workers.',
    'Rangers assist the native bird population through the winter.',
    'Researchers published the outcomes of a survey of 2,000 nurses.',
    'Residents have been left indignant by the decision to close the pool.',
    'Retailers may scale back prices after Christmas.',
    'Retailers will keep open until midnight before Christmas.',
    'Scientists are testing drugs which may be capable of slowing the disease.',
    'Scientists noted a sharp rise within the variety of species found in the reef.',
    'She checked the ticket a number of occasions before boarding.',
    'She gave money for causes that were not popular at the time.',
    'She joined the training division of the company in 2015.',
    'She pledged so as to end the row that the money would be repaid.',
    "Shoppers share the cash with their kids' schools.",
    'Shops selling branded gadgets saw sales rise in December.',
    'Snow fell throughout Tuesday night in the Highlands.',
    'Sport offers young people a way of belonging to their town.',
    'Staff were given computer systems to work from home at short notice.',
    'Staff were given computer systems to work from home.',
    'Students parked their vehicles at residence halls across the campus.',
    'Supermarkets minimize the amount of plastic they use.',
    'Supermarkets minimize the cost of their own waste collection.',
    'Supermarkets minimize the risk of contamination by chilling meat.',
    'Tea was the drink of choice for many of the morning commuters.',
    'Teenagers want costly branded gadgets for Christmas.',
    'The agency gave delivery riders new helmets.',
    'The agency supplied jobs at the factory to local people.',
    'The app is designed to present delivery options at checkout.',
    'The band will add additional dates to the tour after tickets sold out.',
    'The bus is a lifeline for many of the night shift workers.',
    'The cafe sells chocolate pies and truffles.',
    'The campaign was based on figures launched by the charity last year.',
    'The chain sold its essential bakery brand to a rival.',
    'The charity gained a lottery award for its work with young carers.',
    'The club has nowhere else to coach its youth teams.',
    "The council cancelled dozens of companies' licences last year.",
    'The council could not afford to warmth the old pool any longer.',
    'The couple hope to purchase a home by the ocean.',
    'The courier firm gave delivery staff a bonus at Christmas.',
    'The crew finished fourth in the placing round of the regatta.',
    'The current fall in costs is welcome news for farmers.',
    'The exhibition shows photos taken by street photographers in the 1970s.',
    'The family had no alternative due to the cost of care.',
    'The fans were kept waiting for many of the morning sessions.',
    'The farm will proceed to provide supermarkets with milk.',
    'The financial savings might not be as large as the minister claimed.',
    'The financial savings might not materialise, the auditors warned.',
    'The firm gave delivery drivers a pay rise.',
    'The firm plans to launch a parcel delivery service next year.',
    'The form requested individuals to provide photo identification.',
    'The goalkeeper had a busy afternoon for many of the afternoon session.',
    'The golf club said the change would enable the membership to vote by post.',
    'The government is expected to publish the outcomes of a survey on housing.',
    'The grid will need new cables to manage the additional energy demand.',
    'The judge allowed the choice to be reversed on appeal.',
    'The mayor promised so as to calm the angry crowd that the vote would be held again.',
    "The membership has performed a key role in the society's survival.",
    'The museum has gained a lottery grant of one million pounds.',
    'The neighborhood could be devastated by another flood.',
    'The neighborhood could be devastated if the factory closes.',
    'The new cycle route plan will join about ten villages.',
    'The painting offered for the exhibition was a self-portrait.',
    'The patient was despatched to a bigger hospital in the city.',
    'The price is just too excessive for most families.',
    'The review looked at the outcomes of a survey of GPs.',
    'The rule change would enable the membership to vote online.',
    'The scheme allows the membership to compete for funding.',
    'The scheme will deliver homes which can be constructed quickly and cheaply.',
    'The school bought new computer systems for every classroom.',
    "The school plans to add additional dates for parents' evenings.",
    'The service is based on knowledge launched into the public domain by NASA.',
    "The shuttle bus is the area's essential airport link.",
    "The singer's followers have been left confused by her latest post.",
    'The source, who did not wish to be named, said talks had stalled.',
    'The state supplied jobs at the new plant to 300 workers.',
    'The statement would not clear up the issue, critics said.',
    'The supplier gave delivery on the agreed date.',
    'The survey was completed inside three years.',
    'The tank must be sealed as soon as it is full, the engineer said.',
    'The team plans to test on aged mice next year.',
    "The team played well throughout final week's tournament.",
    "The team's followers have been left waiting for news of the new signing.",
    'The theatre has gained a lottery funding boost.',
    'The transfer would enable him to play in the Champions League.',
    'The transfer would enable the player to return to his home town.',
    'The typical invoice is paid within 30 days.',
    "The university's head academics met the vice-chancellor.",
    'The whisky is blended largely from aged malts.',
    'There are few farms on this planet as old as this one.',
    'There was no alternative due to the weather.',
    'They thought that they had been focused on the wrong target.',
    'Tickets were sold out for many of the afternoon performances.',
    'Two further working theatres reopened in the West End this year.',
    'Two individuals critically injured in the crash were flown to hospital.',
    'Use a bin that can be sealed as soon as it is full.',
    'Visitors can hire a guide and can take round trips to the island.',
    'Visitors pay a small charge to launch canoes from the slipway.',
    'We need some extra folks to help with the harvest this weekend.',
    'Workers at the plant could be supplied jobs by the agency.',
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# Sentences whose row now has a condition: they stay even where the page reads as spun.
SPUN_PAGE_SENTENCES = [
    'A last determination of the boundary was made in 1902.',
    'Critics praised their unique worth as artists.',
    'Snow fell throughout Tuesday night in the Highlands.',
    'Supermarkets minimize the amount of plastic they use.',
    'Supermarkets minimize the risk of contamination by chilling meat.',
    'Tea was the drink of choice for many of the morning commuters.',
    'The agency gave delivery riders new helmets.',
    'The app is designed to present delivery options at checkout.',
    'The bus is a lifeline for many of the night shift workers.',
    'The exhibition shows photos taken by street photographers in the 1970s.',
    'The fans were kept waiting for many of the morning sessions.',
    'The goalkeeper had a busy afternoon for many of the afternoon session.',
    'The statement would not clear up the issue, critics said.',
    'Tickets were sold out for many of the afternoon performances.',
    'Visitors pay a small charge to launch canoes from the slipway.',
]


@pytest.mark.parametrize("sentence", SPUN_PAGE_SENTENCES)
def test_a_clean_writers_sentence_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


# The spun uses the new conditions keep, on a clean page (after the same clean preamble).
SPUN_USES = [
    ('Customers must pay a small charge to launch a parcel held at the depot.',
     'Customers must pay a small fee to release a parcel held at the depot.'),
    ('The injured were taken by street to the nearest hospital.',
     'The injured were taken by road to the nearest hospital.'),
    ('Snow fell throughout Scotland and northern England.',
     'Snow fell across Scotland and northern England.'),
    ('Flights were delayed for many of the morning.',
     'Flights were delayed for most of the morning.'),
    ('The hospital does not have sufficient docs to staff the ward.',
     'The hospital does not have enough doctors to staff the ward.'),
    ('She gave delivery to a baby girl in the car.',
     'She gave birth to a baby girl in the car.'),
    ('Women must travel an hour to present delivery.',
     'Women must travel an hour to give birth.'),
    ('The deal would enable the membership to sign new players, the manager said.',
     'The deal would allow the club to sign new players, the manager said.'),
    ('Supermarkets minimize the price of milk.',
     'Supermarkets cut the price of milk.'),
    ('Seats were resold at a number of occasions their face value.',
     'Seats were resold at several times their face value.'),
    ('The talks would not clear up the issue except ministers paid more.',
     'The talks would not solve the problem unless ministers paid more.'),
    ('A last determination is predicted next week.',
     'A final decision is expected next week.'),
    ('The couple have gained a lottery jackpot of one million pounds.',
     'The couple have won a lottery jackpot of one million pounds.'),
]


@pytest.mark.parametrize("spun, restored", SPUN_USES)
def test_the_spun_use_is_still_repaired(engine, spun, restored):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + restored
