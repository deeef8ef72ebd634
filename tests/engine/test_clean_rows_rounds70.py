"""Ordinary uses of the spun phrases of tells rounds 70-82 (news_everyday.tsv) that main's lexicons took
for spin; and the spun uses those rows keep.

The sixth audit of issue 15's precision side (helper clean20; the earlier ones are
test_clean_conditioned_rows.py, test_clean_rows_deeper.py, test_clean_rows_blind.py,
test_clean_rows_tail.py and test_clean_rows_genres.py). For each row of rounds 70-82 that a clean
writer could meet, a sentence of our own using the spun phrase in its ordinary sense (British and
American news, sport, business, local news): "its primary competitor", "an MP must declare his or her
interests", "the amount of money owed by councils", "buyers pay thousands extra", "a neighborhood
charity", "the retailer ran out of inventory", "the Tata group companies", "a tense last few minutes",
"no less than twice the size", "the enlargement of the airport". 152 sentences were written; each one
below (119) was changed by main's lexicons (50b8ce4) on a clean page. The rows now have a prior below 0.5
(applied only where the page reads as spun) or a condition that tells the two uses apart; the
spun sentences of rounds 70-82 in test_news_repair.py still repair. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    'A bunch of long-standing supporters met the new owner.',
    'A few fifth-formers helped at the fete.',
    'A few third-year students stayed on campus over the summer.',
    'An MP must declare his or her interests in a public register.',
    'Buyers pay thousands extra for a sea view.',
    'Cafes had a busy week, with the sun out for many of the day-trippers.',
    'Campers found a spot within the grounds of the castle.',
    'Checks on name and date of birth take a few minutes.',
    'Children played on the broad open lawns of the park.',
    'Click the button that hyperlinks the two accounts.',
    'Crews are constructing obstacles for the army assault course.',
    'Critics questioned the price of sustaining the war.',
    'Crowds climbed walls to get an excellent view of the parade.',
    "Customers rely on standard manufacturers' warranties.",
    "Customers' prepaid card funds are protected by law.",
    'Drivers will pay hundreds extra a year under the new scheme.',
    'Fans lined the highway as the team bus drove to the stadium.',
    'Few specialists imagine the rules will change soon.',
    'Firms must minimize the quantity of waste sent to landfill.',
    'He was the lead creator of the hit video game.',
    'He was the younger participant of the two brothers.',
    'His form earns him a spot in the starting line-up.',
    'If a job is worth doing, it is worth doing properly.',
    'Indicators of water quality have improved along the river.',
    'It was a decision which could possibly be challenged in court.',
    'It was a tense last few minutes for the home side.',
    'Make sure you join the correct session on the day.',
    'Many families are so burdened that they cannot save.',
    'Many villages nonetheless depend on a single bus route.',
    'No resolution has been made on the dispute, the union said.',
    'Officials are taking a look at whether the bridge can reopen.',
    'Patients struggle to discover a dentist in rural areas.',
    'Patients with respiratory issues should stay indoors.',
    'Pepsi has long been its primary competitor in the cola market.',
    'Protesters were accused of inflicting disruption on commuters.',
    'Recent produce shortages pushed up prices in the shops.',
    'Regulation should mirror the risks that each bank takes.',
    'Repairing old clocks is complicated work.',
    'She runs a neighborhood charity that feeds homeless families.',
    'She was the youngest participant in the race.',
    'Shoppers rushed to buy gifts before the vacations.',
    'Some of the chemicals could possibly be harmful to children.',
    'Stores ordered additional inventory ahead of the holiday rush.',
    'Survivors were encouraged to speak overtly about their experiences.',
    'The Tata group companies reported higher profits.',
    'The amount of money owed by councils rose again last year.',
    'The audit looked at whether or not private information was shared.',
    "The bank's phone line will keep open for longer.",
    'The building is predicted to cost £4m when it opens next year.',
    'The buyer will be told the ultimate value of the takeover next year.',
    'The case is more likely to proceed now that the witness has returned.',
    'The chain made a profitable entry into the US market.',
    'The charity has pressing funding needs this winter.',
    'The children are doing properly at their new school.',
    'The choice was taken by the board last week.',
    'The claim was based on paperwork filed by the company in 2019.',
    'The clinic is a neighborhood hospital with 40 beds.',
    "The college's primary competitor for students is the university.",
    'The committee failed to elucidate why the rules had changed.',
    'The committee has suggested ministers look again at the plan.',
    'The contract will be void if nothing is finished by Friday.',
    'The council put aside additional funds for road repairs.',
    'The council will bear the price of the clean-up after the flood.',
    'The court case ended a number of years earlier than expected.',
    'The deal covers extra costs, including days lost to the strike.',
    'The depot opened a new delivery line for parcels.',
    'The development is more likely to go ahead if the council agrees.',
    'The economy remained in a critical situation throughout the year.',
    'The enlargement of the airport was approved in 2019.',
    'The family lived in a dwelling below the cliffs.',
    'The firm agreed to put in writing its offer to the union.',
    'The firm hired dozens extra staff for the summer.',
    'The firm was fined for inflicting delays on the project.',
    "The firm's engineers are primarily based overseas.",
    'The government will extend funding for the scheme until 2026.',
    "The government's job scheme helped thousands extra find work.",
    'The hospital wants to maintain the staff at current levels.',
    'The house owners of the street near the factory complained about noise.',
    'The index rose, including prices of food and fuel.',
    'The law protects workers and ensures that they are paid on time.',
    'The lawyers relied on paperwork seen by the judge in private.',
    'The museum has a new delivery line for its shop.',
    'The museum offers guided excursions to the caves.',
    'The new bus lanes will be launched progressively across the city.',
    'The new stadium is no less than twice the size of the old one.',
    'The park closed for routine upkeep of the paths.',
    'The party obtained greater than 40 percent of the vote.',
    'The pills that patients take per week must be counted.',
    'The plan adds two towers, each one 50 metres high.',
    'The plant handles processing crops such as sugar beet.',
    'The plumber will drill the necessary hole in the wall.',
    'The retailer ran out of inventory before Christmas.',
    'The retailer said it will extend funding for apprenticeships.',
    'The road is closed to delivery vehicles after 8am.',
    'The rocket is designed to hold small satellites in its nose.',
    'The rules will nearly definitely be delayed.',
    'The scheme holds a bonus of £500 for staff who stay a year.',
    "The senator's primary rival dropped out in March.",
    'The shop will keep open for an extra hour on Thursdays.',
    'The team will be a lot tougher to beat this season.',
    'The town hopes to draw traders back to the market.',
    "The town's house owners face higher council tax bills.",
    "The transfer was important for the club's finances.",
    'The treaty aims to increase commerce between the two countries.',
    'The trust restored its historic house and opened it to the public.',
    'The ward cares for mom and child after the birth.',
    'The zoo has a number of giant pandas on loan from China.',
    'The zoo launched an attraction for toddlers this summer.',
    "They marked the start of a child's first year at school.",
    'Wages fell behind according to inflation data published on Tuesday.',
    'Weather stations measure the sunshine hours each day.',
    'Workers on the site had much less safety equipment than needed.',
    'Workers will take per week a day off under the new rota.',
    'Younger infants are at higher risk from the virus.',
    # Rows conditioned by near-words that ordinary sentences also hold (a footballer's goal, a
    # down-to-earth café, a season's start, a gift's value, a boy after a race).
    "It was a straightforward goal for the striker after the attack broke down.",
    "Cafés with a down-to-earth ambiance are popular with students.",
    "Fans welcomed the start of the season with their children.",
    "Gifts of value greater than £50 must be declared.",
    "The boy crossed the road alone after the race.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# The spun uses the new conditions keep, on a clean page (after the same clean preamble).
SPUN_USES = [
    ('A few third of voters backed the plan.',
     'About a third of voters backed the plan.'),
    ('The line was down for many of the day.',
     'The line was down for most of the day.'),
    ('The late goal blew the title race broad open.',
     'The late goal blew the title race wide open.'),
    ('Based on paperwork filed in court, the firm lost £2m.',
     'According to documents filed in court, the firm lost £2m.'),
    ('The minister burdened that the plan was fair.',
     'The minister stressed that the plan was fair.'),
    ('Staff celebrated the start of a child at the hospital.',
     'Staff celebrated the birth of a baby at the hospital.'),
    ('It was a tense last at Wembley.',
     'It was a tense final at Wembley.'),
    ('Pensions will rise according to inflation.',
     'Pensions will rise in line with inflation.'),
    ('The profitable entry was chosen by a panel.',
     'The winning entry was chosen by a panel.'),
    ('The port was closed to delivery for two days.',
     'The port was closed to shipping for two days.'),
    ('The container delivery line cut its routes to the port.',
     'The container shipping line cut its routes to the port.'),
    ('The firm has mounting money owed to suppliers.',
     'The firm has mounting debts to suppliers.'),
    ('Two doctors were on name all weekend.',
     'Two doctors were on call all weekend.'),
    ('People dwelling below the bridge were moved.',
     'People living under the bridge were moved.'),
    ('Astronomers found indicators of water on the planet.',
     'Astronomers found signs of water on the planet.'),
    ('The telescope will measure the sunshine from the star.',
     'The telescope will measure the light from the star.'),
]


@pytest.mark.parametrize("spun, restored", SPUN_USES)
def test_the_spun_use_is_still_repaired(engine, spun, restored):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + restored


# Rows now below 0.5 (or conditioned and below 0.5): still repaired where the page reads as spun.
SPUN_PAGE_USES = [
    ('The charity runs group companies for older people.',
     'The charity runs community services for older people.'),
    ('Building is predicted to start in May.',
     'Construction is expected to start in May.'),
    ('Pepsi is now its primary competitor in the market.',
     'Pepsi is now its main competitor in the market.'),
]


@pytest.mark.parametrize("spun, restored", SPUN_PAGE_USES)
def test_the_spun_use_is_still_repaired_on_a_spun_page(engine, spun, restored):
    assert body(engine, spun) == restored
