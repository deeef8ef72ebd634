"""Clean sentences that conditioned spun-phrase rows took for spin, and the spun uses they keep.

A row with a condition is applied wherever its condition holds, in clean documents too: the
condition was written for the spun use ("heavy preventing" -> "heavy fighting"), and a clean writer
meets it with the word in its own sense ("years preventing fires", "the deciding goal", "an open
house", "a delivery fee", "a collection of interviews"). The clean news of bench/corpus
(news-opinion-columns, news-press-releases, news-sport-previews-recaps, news-markets-daily) and an
audit of the rows with a prior of 0.5 or more, read against sentences of our own, found these. Each
row now has a condition that tells the two uses apart, or a prior below 0.5 (applied only where
the page reads as spun); the second list checks that the rows still repair their spun use.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN

CLEAN_SENTENCES = [
    # clean news of bench/corpus
    "The shops that are struggling need more people walking past their windows, not more cars.",
    "The gift will fund a simulation center where students practise clinical skills on lifelike mannequins.",
    "Anton Lindgren scored the deciding goal in the fourth round of the shootout.",
    "The economy added 254,000 jobs, well above the 150,000 that economists surveyed beforehand had expected.",
    # places, institutions and names
    "The policy adds home coverage for storm damage at no extra cost.",
    "Tickets for the Home and Garden Show go on sale Friday.",
    "We flew into Nice Airport on Friday and took the train along the coast.",
    "The school holds an open house for new families on Saturday.",
    "They met for a drink at the public house on the corner.",
    "Maps are available at the Tourist Information Centre near the station.",
    "The NASA space telescope took its first pictures last month.",
    "The fire broke out in the center of town on Tuesday night.",
    "The pool at the Riverside Leisure Centre reopens on Monday.",
    "Artists work in the space above the shop.",
    # business, money and shops
    "She started a small tech business in her garage in 2015.",
    "The company gave a cautious financial outlook for the year.",
    "Two deals fell through last year because of financing.",
    "Holiday offers end on Sunday at midnight.",
    "The app charges a delivery fee on orders under $20.",
    "The shelter waived the adoption fee for older dogs.",
    "The new warehouse proved a worthwhile investment for the company.",
    "The owners hope the renovation will bring new prospects into the store.",
    "Shares of the grocery retailer rose 3 percent.",
    "The cafe roasts its own espresso beans.",
    "The ad campaign propelled sales of the company's new product.",
    "The developer plans a 200-unit condominium building near the river.",
    "The contractor signed the invoice and sent it to the city.",
    "The city's budgetary crisis forced layoffs.",
    "The drug won EU approvals last year.",
    # government, courts and public services
    "The agency released public information about the spill on its website.",
    "Let each state choose its own rules, the senator said.",
    "Voters in the district choose a new mayor in November.",
    "The campaign towards a smoke-free city began in 2019.",
    "Consumer protection officials warned shoppers about the scam.",
    "The city is studying alternatives to the old bridge.",
    "Legal fees in the murder case topped $2 million, court records show.",
    "Lawmakers approved payments to farmers hit by the drought.",
    "The bill, introduced on Monday, would cap rents.",
    "Police are trying to establish whether the victim knew the driver.",
    "He was charged with attempted theft after the break-in.",
    "The jurors said they deliberate best after a night's sleep.",
    "The deliberate release of the chemical was a crime, the judge said.",
    "He spent years working for Congress as an aide.",
    "Turnout on the primary day was low.",
    "The talks ended in a transfer of power to a civilian government.",
    "Police moved to break up the crowd after the games.",
    "She teaches in the university's horticulture department.",
    "The Govt said it would cut fuel taxes.",
    # health, science and weather
    "Officials described a critical situation at the hospital, where beds ran short.",
    "Scientists gained new knowledge about how the brain stores memories.",
    "Workers in the plant worry about job safety after two accidents.",
    "The water supply near the plant was tested after the spill.",
    "Good scientific practice requires that data be shared.",
    "The solar and wind farms will supply a third of the state's power.",
    "The study in the journal revealed that the drug worked in mice.",
    "Free school meals help children focus in class.",
    "Yoga is a gentle form of exercise for older adults.",
    "Families described anxiety and despair after the layoffs.",
    "Two people were critically injured in the crash.",
    "Clouds framed the mountain at sunset.",
    "The restoration of the old hospital will create 40 jobs.",
    "The cottage has an open fireplace and a view of the sea.",
    "Researchers categorized data from 300 schools.",
    "The medical school's lecturers went on strike over pay.",
    "The exhibit includes photographs from the flu clinic of 1918.",
    "The flood left helpless families stranded on their rooftops.",
    "He spent years preventing fires in the national forests.",
    # sport
    "Regular train services resume on Monday after the repairs.",
    "The daily train to the coast leaves at 8 a.m.",
    "The club completed the transfer ahead of Friday's deadline.",
    "The association, which represents the players, said it would appeal.",
    "The helicopter made a landing on the field behind the school.",
    "Home teams dominated in the first round of the playoffs.",
    "Each participant on the team received a medal.",
    "She was a mentor to younger players on the team.",
    "He was a fine player, certainly one of the best of his generation.",
    "More students are taking part in music festivals this year.",
    # everyday writing
    "He became involved over the summer with a campaign to save the park.",
    "Residents were deeply involved for years in the fight to keep the school open.",
    "The television station has served the community for 50 years.",
    "He received the title of honorary citizen last year.",
    "The fire destroyed furniture and other items in the apartment.",
    "Under the new circumstances, the team changed its plans.",
    "He had left the company three years prior.",
    "Effectively, the plan is dead.",
    "The old maps were useless, she said.",
    "The island depends on summer and holiday visitors.",
    "The driver was seemingly unaware of the danger.",
    "The museum says it owns the authentic version of the painting.",
    "Individually, the players are talented; together, they have struggled.",
    "A supervisor told staff to leave the building after the alarm.",
    "The report included explicit details of the abuse.",
    "She was remembered as a civil rights and community pioneer.",
    "Programmers patched the breach within hours of the attack.",
    "There are practical considerations that make the plan hard to carry out.",
    "Business gatherings resumed after the pandemic.",
    "The rock formation, resembling a face, draws hikers from across the state.",
    "The persevering farmers replanted after the flood.",
    "Cycling is an alternative to driving for many commuters.",
    "Many said they were not going because of the cost.",
    "He used honey as a substitute in the recipe.",
    "The variety of people who came surprised the organizers.",
    "She spoke of his personal and professional struggles.",
    "The club had won the title only twice before this year.",
    "The book is a collection of interviews with writers.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# The spun uses that the conditions above keep (after the same clean preamble).
SPUN_USES = [
    ("Workers are struggling the job cuts in court.", "Workers are fighting the job cuts in court."),
    ("The company had beforehand said it would cut jobs.", "The company had previously said it would cut jobs."),
    ("He is a former Home speaker.", "He is a former House speaker."),
    ("Residents of the Boston space were told to stay indoors.",
     "Residents of the Boston area were told to stay indoors."),
    ("Millions watched as the moon blocked the solar for three minutes.",
     "Millions watched as the moon blocked the sun for three minutes."),
    ("Lawmakers passed the invoice on Friday after a long debate.",
     "Lawmakers passed the bill on Friday after a long debate."),
    ("He wrote the songs on his personal.", "He wrote the songs on his own."),
    ("The state choose ruled that the map was illegal.", "The state judge ruled that the map was illegal."),
    ("Doctors recommend regular train and a healthy diet.", "Doctors recommend regular exercise and a healthy diet."),
    ("The military said heavy preventing continued in the north.",
     "The military said heavy fighting continued in the north."),
    ("A supply familiar with the talks said a deal was close.",
     "A source familiar with the talks said a deal was close."),
    ("The company introduced on Monday that it would cut 500 jobs.",
     "The company announced on Monday that it would cut 500 jobs."),
    ("The students will be in the center of next week's protest.",
     "The students will be in the middle of next week's protest."),
    ("The president signed a sweeping home coverage invoice on Friday.",
     "The president signed a sweeping domestic policy bill on Friday."),
    ("The airline said it would transfer ahead with the plan.",
     "The airline said it would move forward with the plan."),
    ("An alternative to talk with the president was offered.",
     "An opportunity to talk with the president was offered."),
]


@pytest.mark.parametrize("spun, original", SPUN_USES)
def test_the_conditioned_rows_still_repair_their_spun_use(engine, spun, original):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + original
