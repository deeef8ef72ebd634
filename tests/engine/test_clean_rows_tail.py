"""Clean sentences that rows of the blind lexicons' unread tail, and a few rows and observed swaps
elsewhere, took for spin; and the spun uses those rows keep.

The fourth audit of issue 15's precision side (helper clean17; the earlier ones are
test_clean_conditioned_rows.py, test_clean_rows_deeper.py and test_clean_rows_blind.py). The rows of
the blind lexicons (news_common_heads, news_common_tail, news_common_band3 ... band6,
news_collocations) with a prior of 0.5 or more were ranked by how natural the trigram model finds
their spun phrase; clean16 had read down to about rank 9,500 of 11,268, this audit read the rest
(names, "X exhibits", "X charges", "X providers", "unlawful X", "lively X", "X critiques", ...). For
each row a clean writer could meet, a sentence of our own uses the spun phrase in its ordinary sense
("a drone assault on the airfield", "forged ballots", "unlawful migrants", "the survey exhibits a
bias", "a lively sequence of events", "mixed critiques", "cybersecurity specialists"). Each of these
sentences was changed by main's lexicons and code (247d880). The rows now have a prior below 0.5
(applied only where the page reads as spun) or a condition that tells the two uses apart; an entry
below 0.5 also no longer gives the restorer a candidate on a page that does not look spun
(channel.QUIET_PRIOR). The second list holds clean sentences after a spun preamble: weak candidates
and conditioned rows that changed them there ("two spouses of justices" -> "two wives", "Investors
are valuing the company" -> "costing", "the judge instructed the jury" -> "told the jury").
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    "The film's theatrical launch was delayed until the spring.",
    "A drone assault on the airfield destroyed two aircraft.",
    "The company will sell a pared-down model of the car in India.",
    "Police found that the men had forged votes in three districts.",
    "Officials said forged ballots had been found in two towns.",
    "Knowledgeable reporters say the deal is close.",
    "Road safety checkpoints will be set up over the holiday weekend.",
    "An inventory surge at retailers weighed on prices.",
    "The scan showed hamstring damage that will keep him out for a month.",
    "The festival runs for a week beginning 5 June.",
    "Tickets go on sale on the Friday beginning 11 March.",
    "The company's profitable streak ended in the third quarter.",
    "The council is preparing for a cyber-attack on its systems.",
    "Every tax invoice must show the supplier's VAT number.",
    "The victims' households received compensation from the state.",
    "Customs officers seized a van used for medicine smuggling.",
    "The judge instructed reporters not to name the witness.",
    "The officer instructed journalists to stay behind the line.",
    "The court heard that classified paperwork was found in his garage.",
    "The figures are now 12 months outdated.",
    "The invoice handed to the council showed a higher cost.",
    "It was a lively sequence of events that ended in a draw.",
    "The book's lively sequel is out in May.",
    "He served as monetary adviser to the central bank.",
    "Potential debtors must show proof of income.",
    "The coup drew worldwide condemnation.",
    "Clients' funds are held in a separate account.",
    "A nationwide coordinator will lead the vaccine campaign.",
    "The document exhibits signs of water damage.",
    "The jury asked to discuss exhibits with the judge.",
    "The survey exhibits a clear bias towards younger voters.",
    "Unlawful immigration rose last year, the Home Office said.",
    "Unlawful migrants were found in the back of the lorry.",
    "The number of unlawful crossings fell in the summer.",
    "Cybersecurity specialists warned of more attacks.",
    "Cybersecurity consultants were hired to review the network.",
    "Please send us a copy of your telephone invoice.",
    "He was the main wicket-taker in the series.",
    "The play drew mixed critiques from the London press.",
    "The novel won glowing critiques from the critics.",
    "The album earned rave critiques in the music press.",
    "The screen was displaying indicators of a fault.",
    "The patient exhibits indicators of infection.",
    "The electrical invoice came to $1,200.",
    "The animation studio captured motion sequences from dancers.",
    "The insurer announced coverage modifications for next year.",
    "Buyer deposits are held in escrow until completion.",
    "The company agreed to a licensing settlement with its rival.",
    "The officials ordered the necessary evacuations.",
    "The necessary evacuations began before dawn.",
    "The evacuation facilities were opened in schools.",
    "MPs rejected a populist motion to scrap the tax.",
    "The family confronted expenses they had not planned for.",
    "The archive is now extensively accessible to the public.",
    "The device is commercially accessible in Europe.",
    "The museum's metropolis's skyline view is famous.",
    "A benchmark fee for the service was set at $20.",
    "The new army junta closed the border.",
    "The company has worked with automotive producers for decades.",
    "Buyer belongings were stored in the warehouse.",
    "The gallery exhibits up to 40 works at a time.",
    "The report exhibits a clear bias in favour of large firms.",
    "Prosecutors may elevate charges against the driver.",
    "Threat intelligence providers sold the data to banks.",
    "The headline charge of murder was dropped.",
    "The talks took place in a wintry climate of mistrust.",
    "She moved into a nursing residence near the hospital.",
    "A provisional poll of members showed support for the strike.",
    "Armored automobiles from the 1930s were on show at the museum.",
    "Driverless automobiles are being tested on the ring road.",
    "Two espresso outlets opened on the high street this month.",
    "Volunteers packed food into cardboard packing containers.",
    "The grant provides momentary funding while the council finds a buyer.",
    "The school appointed a caretaker supervisor for the summer.",
    "Tenants faced lease hikes of up to 20 percent.",
    "Local residents complained about visitors congestion in the village.",
    "Park recreation developers want to build a trail around the lake.",
    "The town was beneath siege for six months in 1644.",
    "The court found there were no authorized grounds for the search.",
    "He worked for a native retailer of Hawaiian crafts.",
    "Customs and border brokers handle the paperwork for importers.",
    "Supermarkets operate on skinny margins.",
    "The charity runs assisted dwelling schemes for older people.",
    "New staff serve a probationary interval of six months.",
    "Residents struggled in the sweltering warmth of the flat.",
    "The automotive rental market grew last year.",
    "The critics' rating of the film was mixed.",
    "A canine assault on a postman led to the fine.",
    "The firm sells constructing materials to builders.",
    "The HBO collection of classic films is available to subscribers.",
    "The company's progress projection was cut in half.",
    "The job affords a salary of $40,000 and a car.",
    "He called for coverage adjustments after the flood claims.",
    "The plant hires momentary employees every summer.",
    "The network commissioned more unscripted television last year.",
    "Mental health crisis responders will join police on some calls.",
    "The review recommends an efficiency evaluation of the bus fleet.",
    "He told columnists at the paper that he would not run again.",
    "Plants suffered in the excessive warmth of the greenhouse.",
    "The airport's fuel pipelines were inspected after the leak.",
    "The energy outages lasted three days.",
    "The book collects authentic tales from the frontier.",
    "Rival merchandise was removed from the shelves.",
    "Villagers fell ill after consuming contaminated water.",
    "The hostel offers only the minimal necessities.",
    "The trust follows lawful procedures for removing tenants.",
    "Candidates in the midterm races raised record sums.",
    "The airline's safety clearances were renewed in March.",
    "Patients with a transient sickness need not see a doctor.",
    "The bank checks each applicant's FICO rating.",
    "Automotive sellers reported a weak month.",
    "The fund seeks lawful guidance before each purchase.",
    "Unlawful migration was the main issue of the campaign.",
    "The judge instructed reporters not to name the witness.",
    "The officer instructed journalists to stay behind the line.",
    "The invoice handed to the council showed a higher cost.",
    "The survey exhibits a clear bias towards younger voters.",
    "There is a clear bias towards older buildings in the plan.",
    "The state froze most fees charged by its agencies.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# Clean sentences that a spun page around them must not change either: the rows' weak candidates
# (outside their conditions) and conditioned rows whose condition the clean use met.
SPUN_PAGE_CLEAN_SENTENCES = [
    "Two spouses of justices attended the dinner.",
    "Investors are valuing the company at about $2 billion.",
    "The judge instructed the jury to ignore the remark.",
    "The judge instructed the jury that it must reach a unanimous verdict.",
    "Soldiers trained at the practice station near the base.",
]


@pytest.mark.parametrize("sentence", SPUN_PAGE_CLEAN_SENTENCES)
def test_a_clean_sentence_on_a_spun_page_stays(engine, sentence):
    assert body(engine, sentence) == sentence


# The spun uses the new conditions keep, on a clean page (after the same clean preamble).
SPUN_USES = [
    ("The coach named his beginning 5 for the final.",
     "The coach named his starting five for the final."),
    ("The manager named an unchanged beginning 11.",
     "The manager named an unchanged starting 11."),
    ("The senator instructed reporters on Monday that the bill would pass.",
     "The senator told reporters on Monday that the bill would pass."),
    ("The mayor instructed reporters the plan would go ahead.",
     "The mayor told reporters the plan would go ahead."),
    ("The invoice handed the Senate on Friday.",
     "The bill passed the Senate on Friday."),
    ("He always exhibits up late to meetings.",
     "He always shows up late to meetings."),
    ("She hosted two late-night discuss exhibits.",
     "She hosted two late-night talk shows."),
    ("The headline charge fell to 3 percent in May.",
     "The headline rate fell to 3 percent in May."),
    ("Police said the man faces fees of assault and theft.",
     "Police said the man faces charges of assault and theft."),
]


@pytest.mark.parametrize("spun, original", SPUN_USES)
def test_the_conditioned_rows_still_repair_their_spun_use(engine, spun, original):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + original


# Rows now below 0.5: left alone on a clean page (above), still applied on a page that reads as spun.
SPUN_PAGE_USES = [
    ("Unlawful immigration fell last year.",
     "Illegal immigration fell last year."),
    ("The theatrical launch was delayed until May.",
     "The theatrical release was delayed until May."),
    ("A drone assault hit the base overnight.",
     "A drone attack hit the base overnight."),
    ("The play drew mixed critiques.",
     "The play drew mixed reviews."),
    ("Cybersecurity specialists warned of more attacks.",
     "Cybersecurity experts warned of more attacks."),
    ("The survey exhibits that most voters back the plan.",
     "The survey shows that most voters back the plan."),
    ("It is a lively sequence about a family of foxes.",
     "It is an animated series about a family of foxes."),
    ("He faces a tax invoice of $2 million.",
     "He faces a tax bill of $2 million."),
    ("The practice station was closed after the derailment.",
     "The train station was closed after the derailment."),
    ("The plan would value taxpayers about $2 billion.",
     "The plan would cost taxpayers about $2 billion."),
    ("He said his spouse would not run.",
     "He said his wife would not run."),
]


@pytest.mark.parametrize("spun, original", SPUN_PAGE_USES)
def test_the_quietened_rows_still_repair_a_spun_page(engine, spun, original):
    assert body(engine, spun) == original
