"""Tells of the news spinner found in hand-spun rounds 59-66 (``resources/lexicons/news_tells_rounds.tsv``).

Same method and shape as ``test_news_tells_rounds``: each round, news paragraphs written for Unspin (Congress,
budgets, state politics, central banks, inflation, housing, diplomacy, health, crime and trials, schools,
labour), spun by hand the way a synonym-file spinner writes, repaired; the misses became rows. Per round, spun
sentences of our own with their exact repair (after the spun preamble of ``test_news_repair``), and ordinary
sentences using the same words in their ordinary senses that must stay as written (after a clean paragraph).
"""
from __future__ import annotations

import pytest

from test_news_repair import CLEAN, body, repaired

# Round 59 (tells24): a stopgap spending bill, the Fed holds rates
ROUND59_TELLS = [
    ("Home legislators agreed the plan, and the deal was removed from good, but it passed.",
     "House lawmakers agreed the plan, and the deal was far from perfect, but it passed."),
    ("The bill made cuts to international help, and staff would be despatched house if it failed.",
     "The bill made cuts to foreign aid, and staff would be sent home if it failed."),
    ("Price growth slowed, and worth development had eased additional towards the goal.",
     "Price growth slowed, and price growth had eased further toward the goal."),
    ("The bank wants to see extra proof earlier than appearing, and the risks have been now extra evenly balanced.",
     "The bank wants to see more evidence before acting, and the risks were now more evenly balanced."),
    ("The bank warned of the dangers of shifting too early, and it was making ready the bottom for a cut.",
     "The bank warned of the dangers of moving too early, and it was preparing the ground for a cut."),
]

ROUND59_ORDINARY = [
    "The patient was removed from good care and moved to a hospice, and the tent was removed from over the stage.",
    "She gave international help to refugees, and several countries offered international help after the earthquake.",
    "The despatched parcels arrived late, and the company has despatched house plans to the buyers.",
    "The worth development of the portfolio was steady, and his net worth development surprised the bank.",
    "The new rules eased additional costs for farmers, and the charity paid an additional towards its running costs.",
    "They want to see extra proof of identity at the door, and the trial was about the dangers of shifting sands.",
    "The sailors were making ready the bottom of the boat for paint, and the divers cleaned the bottom fastidiously.",
    "The Home Office announced new visa rules, and Home Secretary James Cleverly spoke later.",
]

# Round 60 (tells24): a governor's race, a consumer prices report
ROUND60_TELLS = [
    ("Both sides agree that each events see the vote as a test of their power forward of the midterms.",
     "Both sides agree that both parties see the vote as a test of their strength ahead of the midterms."),
    ("Polls show the race is shut, and the Republican attracts sturdy assist in rural areas.",
     "Polls show the race is close, and the Republican draws strong support in rural areas."),
    ("Early turnout has handed the file set in 2021, and volunteers spent the weekend knocking on doorways.",
     "Early turnout has passed the record set in 2021, and volunteers spent the weekend knocking on doors."),
    ("Do not take the consequence as a right, since one seat could resolve management of the chamber.",
     "Do not take the result for granted, since one seat could decide control of the chamber."),
    ("Smaller will increase in food prices helped, and the index strips out unstable vitality and food.",
     "Smaller increases in food prices helped, and the index strips out volatile energy and food."),
    ("Services rose, from hire to car insurance, and the last stretch might show the toughest.",
     "Services rose, from rent to car insurance, and the last stretch may prove the hardest."),
]

ROUND60_ORDINARY = [
    "The club's power forward of six seasons retired, and the race is shut down for the winter.",
    "The competition is shut to new entries, and the bridge was built on sturdy foundations to assist the trains.",
    "The clerk handed the file to police, and the file set aside for the auditors was missing.",
    "She walked through the doorways into the hall, and he treated his pension as a right he had earned.",
    "The new manager will resolve management issues quickly, and prices will increase in the spring.",
    "The tenants pay from hire to hire, and the film might show the toughest scenes in black and white.",
    "He was knocked unconscious, and the car hire to the airport was cheap.",
    "Her smaller sister will increase the team's numbers, and the unstable ground made work hard.",
    "The boats for hire to tourists were booked, and the vitality of the city impressed visitors.",
    "The regulator said the test may show the toughest conditions a bridge faces in winter.",
]

# Round 61 (tells24): mortgage rates above 7 percent, a ceasefire plan
ROUND61_TELLS = [
    ("The 30-year mortgage rate rose, and mortgage big Freddie Mac said the rate was 7.1 percent, up from 6.9 percent per week earlier.",
     "The 30-year mortgage rate rose, and mortgage giant Freddie Mac said the rate was 7.1 percent, up from 6.9 percent a week earlier."),
    ("Higher borrowing prices have stored many owners from promoting, and the shortage of listings has saved costs close to record highs.",
     "Higher borrowing costs have kept many homeowners from selling, and the shortage of listings has kept prices near record highs."),
    ("Sales fell to their slowest tempo in three decades, and buyers have been being squeezed the toughest, with many forced to maintain renting.",
     "Sales fell to their slowest pace in three decades, and buyers were being squeezed the hardest, with many forced to keep renting."),
    ("The plan would station worldwide displays along the ceasefire line, and Kyiv rejects any deal that arms territory to Russia.",
     "The plan would station international monitors along the ceasefire line, and Kyiv rejects any deal that hands territory to Russia."),
    ("The minister said sanctions would keep in place till a peace deal was signed.",
     "The minister said sanctions would stay in place until a peace deal was signed."),
]

ROUND61_ORDINARY = [
    "The bike was fastened to the railings with a chain, and the board was fastened to the wall.",
    "The low cost of the loans attracted students, and low cost mortgages are rarely offered by banks.",
    "The company saved costs close to the bone, and she saved costs near the end of the year by cutting travel.",
    "The song has a slow tempo in the verses, and she hit the toughest shot of the match.",
    "Our tenants have been being difficult about repairs, and the old owners from Boston sold the house.",
    "The rebels seized arms, and the army arms territory defence units with rifles.",
    "Magnets would keep in place the heavy tiles, and sanctions would keep in place their effect for years.",
    "He was paid twice per week earlier in his career, and the workers hope to maintain rent controls.",
    "The museum displays worldwide displays of folk art, and the gallery shows worldwide displays of light.",
]

# Round 62 (tells24): a weight-loss drug trial, a crypto lender's founder convicted
ROUND62_TELLS = [
    ("Patients in the big scientific trial lost a mean of 15 percent of their weight.",
     "Patients in the large clinical trial lost an average of 15 percent of their weight."),
    ("The pill, taken as soon as every day, cut the danger of coronary heart attacks, and side effects, which often pale after the primary month, were mild.",
     "The pill, taken once a day, cut the risk of heart attacks, and side effects, which usually faded after the first month, were mild."),
    ("Docs welcomed the results, and the lender's bets misplaced closely when prices fell.",
     "Doctors welcomed the results, and the lender's bets lost heavily when prices fell."),
    ("His lawyer said he was a bad manager rather than a legal, and he faces prison on probably the most critical cost.",
     "His lawyer said he was a bad manager rather than a criminal, and he faces prison on the most serious charge."),
]

ROUND62_ORDINARY = [
    "The control group had a mean of 20 points, and the scientific trial of the new engine ran for a year.",
    "She waved as soon as every week was over, and the students left as soon as every lesson ended.",
    "He warned of the danger of coronary heart disease, and her face went pale after the first shock.",
    "The patient turned pale after the primary school play, and the sky was often pale after the rain.",
    "Docs and spreadsheets are shared online, and the docks welcomed the ships.",
    "He lost a mean game of chess, and she is better than a legal expert at reading contracts.",
    "Rent is probably the most critical cost for small firms, and the bank lost heavily in the crash.",
    "The patient was taken as soon as a bed was free, and the trial printed its results in March.",
]

# Round 63 (tells24): a university's job cuts, a nurses' strike
ROUND63_TELLS = [
    ("A serious public college will shut a number of diploma courses, and the president said the cuts would guard the establishment's future.",
     "A major public university will close several degree courses, and the president said the cuts would protect the institution's future."),
    ("School members stated the provost had not consulted them, and the school senate will hold a vote of no confidence over the instructing departments.",
     "Faculty members said the provost had not consulted them, and the faculty senate will hold a vote of no confidence over the teaching departments."),
    ("A sit-in was held outside the administration constructing.",
     "A sit-in was held outside the administration building."),
    ("Nurses are pressured to look after too many sufferers without delay, and the shortage is driving staff out of the career.",
     "Nurses are forced to care for too many patients at once, and the shortage is driving staff out of the profession."),
    ("Managers provided a increase of 18 percent and accused the union of placing sufferers in danger.",
     "Managers offered a raise of 18 percent and accused the union of putting patients at risk."),
    ("Hospitals cancelled deliberate surgical procedures and introduced in non permanent nurses, and a mediator will affix the talks.",
     "Hospitals cancelled planned surgeries and brought in temporary nurses, and a mediator will join the talks."),
]

ROUND63_ORDINARY = [
    "She took a serious public college course in ethics, and the academy offers diploma programmes for nurses.",
    "Soldiers guard the establishment's gates at night, and the establishment's long-term tenants were evicted.",
    "School members stated their views at the parents' meeting, and the school senate voted on a new uniform.",
    "The sergeant was instructing departments on new rules, and the teacher was instructing workers in first aid.",
    "She was pressured to look after her brother, and he dropped out of the career ladder early.",
    "The guards were placing sufferers in danger by ignoring alarms, and the sculptor made deliberate operations on the clay.",
    "The firm hired seasonal staff for the summer, and nurses from businesses in the town volunteered.",
    "Please affix the talks programme to the notice board, and affix the union badge to your coat.",
]

# Round 64 (tells24): a late state budget, arrests after armed robberies
ROUND64_TELLS = [
    ("Lawmakers missed the deadline for the second 12 months in a row, leaving social service companies unsure about once they will be paid.",
     "Lawmakers missed the deadline for the second year in a row, leaving social service agencies uncertain about when they will be paid."),
    ("The plan would lift schooling spending and lift the minimal wage, and districts warned they could must borrow.",
     "The plan would lift education spending and raise the minimum wage, and districts warned they may have to borrow."),
    ("With no finances, the state can't ship some funds to highschool districts, and talks are set to renew on Monday.",
     "Without a budget, the state cannot send some payments to school districts, and talks are set to resume on Monday."),
    ("Robbers targeted shops on the South Facet late at evening, and one suspect was on probation for a earlier theft.",
     "Robbers targeted shops on the South Side late at night, and one suspect was on probation for a previous robbery."),
    ("The three are on account of seem in court on Tuesday, and police thanked people who had come ahead with data.",
     "The three are due to appear in court on Tuesday, and police thanked people who had come forward with information."),
]

ROUND64_ORDINARY = [
    "Social service companies in the county hire carers, and we were unsure about once they had gone.",
    "The family lived with no finances to speak of, and she had to lift the minimal weight first.",
    "He could ship some funds overseas, and the talks will renew interest in the plan.",
    "The gem's west facet caught the light, and the festival runs late into the evening.",
    "Focused shops on the high street did well, and shops that focused on local food thrived.",
    "She got a letter on account of being late, and the flight left late on account of seeming problems with a door.",
    "The police asked people to come ahead of the parade, and the talks are set to run until June.",
]

# Round 65 (tells24): the ECB's tenth rise, a measles outbreak
ROUND65_TELLS = [
    ("The bank raised its most important rate of interest, and it will act for so long as wanted.",
     "The bank raised its main interest rate, and it will act for as long as needed."),
    ("Officials are urging mother and father to vaccinate children, and most of these contaminated are under ten.",
     "Officials are urging parents to vaccinate children, and most of those infected are under ten."),
    ("Measles is one of the most contagious illnesses identified, and it may well trigger critical problems corresponding to pneumonia and swelling of the mind.",
     "Measles is one of the most contagious diseases known, and it can cause serious complications such as pneumonia and swelling of the brain."),
    ("The measles outbreak was a warning, docs stated, and clinics will open throughout the realm this weekend.",
     "The measles outbreak was a warning, doctors said, and clinics will open across the area this weekend."),
]

ROUND65_ORDINARY = [
    "Safety is the most important rate of return for savers, and she stayed for so long as wanted by her hosts.",
    "The report said most of these contaminated areas are near factories, and these contaminated sites are fenced off.",
    "She is without doubt one of the finest singers of her generation, and the docs stated the terms plainly.",
    "The protest may well trigger critical problems for the government, and the novel maps the swelling of the mind's ambitions.",
    "The contagious illnesses identified in the report were rare, and the king's law ran throughout the realm this century.",
]

# Round 66 (tells24): a Senate hearing for social media bosses, reading scores fall
ROUND66_TELLS = [
    ("Senators questioned the executives, urgent them on safety, and accused them of placing earnings forward of security.",
     "Senators questioned the executives, pressing them on safety, and accused them of putting profits ahead of safety."),
    ("They pointed to inside paperwork exhibiting that the platforms knew, and one senator said the bosses had blood on their arms.",
     "They pointed to internal documents showing that the platforms knew, and one senator said the bosses had blood on their hands."),
    ("The platforms have invested in security instruments for children, and a bill would curb options that maintain younger customers on-line.",
     "The platforms have invested in safety tools for children, and a bill would curb features that keep young users online."),
    ("Studying and maths scores have fallen, according to nationwide take a look at results, and declines were steepest among the many weakest pupils.",
     "Reading and maths scores have fallen, according to national test results, and declines were steepest among the weakest pupils."),
    ("Officials blamed disruption attributable to faculty closures, and the secretary known as the outcomes alarming.",
     "Officials blamed disruption caused by school closures, and the secretary called the results alarming."),
    ("Older children's scores are expected to indicate an identical sample.",
     "Older children's scores are expected to show a similar pattern."),
]

ROUND66_ORDINARY = [
    "The need is urgent, and she had blood on their arms after the fight.",
    "The house has an inside paperwork room, and the paperwork exhibiting the deeds was lost.",
    "The bank trades security instruments such as bonds, and the shop sells options that maintain value.",
    "Studying and maths take up most of her week, and younger customers prefer to shop in person.",
    "The number of closures through the pandemic years was high, and the nationwide take-up was slow.",
    "He was known as the outcomes guru at the firm, and the study found an identical sample of twins.",
    "Recovery was attributable to faculty support, and she is among the many weakest swimmers in the club.",
]

TELLS = (ROUND59_TELLS + ROUND60_TELLS + ROUND61_TELLS + ROUND62_TELLS + ROUND63_TELLS + ROUND64_TELLS + ROUND65_TELLS + ROUND66_TELLS)
ORDINARY = (ROUND59_ORDINARY + ROUND60_ORDINARY + ROUND61_ORDINARY + ROUND62_ORDINARY + ROUND63_ORDINARY + ROUND64_ORDINARY + ROUND65_ORDINARY + ROUND66_ORDINARY)


@pytest.mark.parametrize("spun, restored", TELLS)
def test_tells_of_the_rounds(row_engine, spun, restored):
    # the rows alone: the calibration's dense tier changes writers' words too (conftest.row_engine)
    assert body(row_engine, spun) == restored


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_uses_of_the_rounds_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence
