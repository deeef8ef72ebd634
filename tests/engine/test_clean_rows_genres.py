"""Clean sentences in registers the clean corpus had little of, and ordinary uses of the newest rows'
spun phrases, that main's lexicons took for spin; and the spun uses those rows keep.

The fifth audit of issue 15's precision side (helper clean19; the earlier ones are
test_clean_conditioned_rows.py, test_clean_rows_deeper.py, test_clean_rows_blind.py and
test_clean_rows_tail.py). First, 200 ordinary sentences of our own in parliamentary, shipping,
insurance, fashion, gardening, motoring, wildlife, racing, golf, chess, classical music, legal-notice,
campus, church and charity, and weather-warning registers (British spellings and idioms): main
changed none of them on a clean page, and 15 after a spun preamble. Then the rows added to
news_everyday.tsv and news_tells_rounds.tsv by the tells rounds since the last audit (clean17), which
no audit had read: for each row a clean writer could meet, a sentence using the spun phrase in its
ordinary sense ("a ballot printed in large type", "provide particulars of the loss", "one of many
first-time buyers", "a place off the main road", "the warmth and humidity of the greenhouse", "The
union will poll its members", "Additionally they found", "at the entrance of the park"). Each sentence
below was changed by main's lexicons (930c48a). The rows now have a prior below 0.5 (applied only
where the page reads as spun) or a condition that tells the two uses apart; a few rows' vetoes also
keep their weak candidates off a spun page's ordinary sentences ("the trainer" of a racehorse, the
concert's "interval", a designer's "collection of" coats). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    "A ballot printed with the wrong candidate's name was withdrawn.",
    "A spokeswoman for the drive to save the pier thanked donors.",
    "Action figures launched at Christmas sold out in days.",
    "Aged householders can apply for a rebate on council tax.",
    "Booking on the vaccination websites opens at 8am.",
    "Claimants must provide particulars of the loss within 30 days.",
    "Commercial property brokers expect rents to fall.",
    "Each voter receives a ballot printed in large type.",
    "Farmers were devastated by the lack of rain this spring.",
    "He is one of many first-time buyers priced out of the town.",
    "In lots of circumstances the tenants were not told about the rise.",
    "In the course of the assembly, the head teacher read out the results.",
    "In the course of the marketing campaign, the brand doubled its sales.",
    "In the course of the pandemic, the charity moved its shop online.",
    "In the course of the strikes, the union and the rail firms met twice.",
    "Inside the guidelines you will find a list of approved suppliers.",
    "Investors want firms providing worth for money.",
    "It was a simple win for the home side.",
    "On the course, students learn methods to analyse survey data.",
    "Parts are checked in the course of the assembly of each engine.",
    "Police recovered a bag of stolen gadgets from the car.",
    "Reasonable Democrats and Republicans agree on the need for roads.",
    "Reasonable Republicans would back the deal, he said.",
    "Residents concerned they would lose their homes packed the meeting.",
    "Rising feed and power bills have hit dairy farmers hard.",
    "She is one of many final-year students looking for work.",
    "She made a short assertion and then sat down.",
    "She studied at the university's drama faculty.",
    "The amateur radio community helped to pass messages after the storm.",
    "The band made a robust debut at the festival.",
    "The bridge is dangerously in need of repair.",
    "The clubs will poll their members before the vote.",
    "The council voted to freeze the property tax rate for a second year.",
    "The course builds a sense of personal agency in young people.",
    "The defendant was ordered to provide particulars of the claim.",
    "The festival brings the very best stage musicals to the town.",
    "The group, whose automobile division makes trucks, reported a loss.",
    "The hotel is a short walk by way of the streets of the old town.",
    "The inspectors found a number of deep cracks in the wall.",
    "The new walls follow the foundations of the medieval hall.",
    "The newspaper teams covering the election worked through the night.",
    "The permit allows the discharge of the remaining water into the river.",
    "The plans accepted by the committee include a new library.",
    "The ransom cost the firm $4 million.",
    "The statistics present a mixed picture of the economy.",
    "The striker made a robust debut for the club.",
    "The survey measured indicators of life satisfaction in each town.",
    "The union will poll its members on the pay offer next week.",
    "The war disrupted commerce along the river for years.",
    "The ward arranged the discharge of the remaining patients.",
    "The warmth and humidity of the greenhouse suit orchids.",
    "These are the rules that firms must comply with if they want a licence.",
    "Wartime fashions affected by rationing were plain and practical.",
    "We met a family from Ohio in the course of the vacation.",
    "We stayed at a place off the main road near the station.",
    "We walked home by way of the streets behind the market.",
    "Wreaths were laid at the battle memorial on the moor.",
    "A mixed group of shareholders backed the merger.",
    "Additional flooding is likely on Friday.",
    "Additionally they found traces of lead in the water.",
    "All we can say at the moment is that the ship is safe.",
    "Critics criticised the choice as too safe.",
    "Exiles hoped for many years to return.",
    "Families used their financial savings to pay the rent.",
    "Fans condemned the choice as a betrayal of the club's history.",
    "Fans have raised concerns about the way forward for the club.",
    "He accepted the verdict with remorse.",
    "He was happy at primary, but hated secondary school.",
    "He will keep his position as head of the film festival.",
    "Home costs such as heating rose sharply last winter.",
    "Newspaper studies show that readers trust local titles more.",
    "Parents waited at the college gates for their children.",
    "Power was restored to 1.2 million properties by Sunday.",
    "Refugees have waited for years to return.",
    "She bought the car from a local seller rather than a garage.",
    "She served the club with little distinction.",
    "Staff held talks with administration over pay last week.",
    "Students in faculties of law and medicine pay higher fees.",
    "The charity helps support employees who were released from their contracts.",
    "The clinic is concentrating on women with heart disease.",
    "The collection mixes contemporary greens and greys.",
    "The court ruled on fees that the council had charged.",
    "The firm relies on expert staff to repair the engines.",
    "The grants will support companies hit by the flood.",
    "The hospital is in a critical situation because of staff shortages.",
    "The meeting can be held in the village hall next week.",
    "The mill was compelled to shut in 1931.",
    "The navy will ship extra supplies to the island.",
    "The park hosts evening open air concerts in July.",
    "The programme is concentrating on schools in poor areas.",
    "The queue stretched to the entrance of the park.",
    "The rain did not cease all day.",
    "The report ends by placing stress on the need for training.",
    "The seafront is the most popular spot in warm weather.",
    "The shares have lost half their worth since January.",
    "The spring provides clear water for drinking.",
    "The vaccine is offered first to the most susceptible patients.",
    "Use a towel to soak up extra water.",
    "Volunteer rescue groups searched the hills for the missing walker.",
    "She made one of many last-minute changes to the team.",
    # Older rows whose spun phrase holds a word of these registers (seed, claim, service, movement).
    "The movement handed out leaflets at the station.",
    "The government denied the movement permission to march.",
    "Sow the seeds in a general seed compost.",
    "High seed prices have hit arable farmers.",
    "Take photographs of the damage to document a claim.",
    "Insurers record a claim as soon as you call them.",
    "The bank's remote service team can reset your password.",
    "The engineer offered a remote service to fix the boiler's settings.",
    "Gardeners prime seeds by soaking them overnight.",
    "The site's fire protection crew was on duty all night.",
    "The venue hosts concert events, weddings and conferences.",
    "The museum's studio collection includes ceramics by local potters.",
    "The shop sells an authentic collection of Victorian toys.",
    "The festival screens an animated collection of short films for children.",
    "The pension fund supervisor wrote to members about the changes.",
    "The wind was strongest on the hole between the lake and the clubhouse.",
    "Shut the hole in the fence to keep the rabbits out.",
    "The fuel supplied to ship operators must meet the new sulphur limit.",
    "Comfrey is an old remedy plant that thrives in damp soil.",
    "The old town is full of bars and eating places.",
    "The college offers on-line courses in accounting.",
    "The coins were found in the course of recent excavations.",
    "The policy does not cover a dwelling in the course of construction.",
    "Scientists' climate warnings have grown more urgent.",
    "The app sends climate alerts when air pollution is high.",
    "Lorries unload in the entrance yard of the mill.",
    "Type the code into the verify field and press enter.",
    "The flag shows a white cross on a black field.",
    "On hot days, drink loads of water and stay in the shade.",
    "She was a fellow benefactor of the hospital with her brother.",
    "Grant season is a busy time for researchers.",
    "The grant-winning project will run for three years.",
    "The grants show the council's priorities for the year.",
    "The scientific trials of the new wheat were carried out in Kent.",
    "Farmers struggled to maintain their flocks through the drought.",
    "The drug is being tested in a carefully watched trial in three hospitals.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# Clean sentences that a spun page around them must not change either: weak candidates of rows whose
# vetoes now name the clean use's neighbours (a racehorse's trainer, a concert's or a match's interval, a
# fashion collection, "for only a few days").
SPUN_PAGE_CLEAN_SENTENCES = [
    "The trainer said the going was too soft for his horse.",
    "The orchestra played Brahms's fourth symphony after the interval.",
    "The designer showed a collection of tailored coats and wide trousers.",
    "The score was level at the interval.",
    "The orchid flowers for only a few days in June.",
]


@pytest.mark.parametrize("sentence", SPUN_PAGE_CLEAN_SENTENCES)
def test_a_clean_sentence_on_a_spun_page_stays(engine, sentence):
    assert body(engine, sentence) == sentence


# The spun uses the new conditions keep, on a clean page (after the same clean preamble).
SPUN_USES = [
    ("A ballot printed on Sunday showed the party five points ahead.",
     "A poll published on Sunday showed the party five points ahead."),
    ("The mayor, whose automobile was stolen last week, thanked the police.",
     "The mayor, whose car was stolen last week, thanked the police."),
    ("The court moved to freeze the property of the two brothers.",
     "The court moved to freeze the assets of the two brothers."),
    ("Higher borrowing costs continued to place off buyers.",
     "Higher borrowing costs continued to put off buyers."),
    ("The ransom cost was paid in bitcoin.",
     "The ransom payment was paid in bitcoin."),
    ("The probe will search for indicators of life on the moon.",
     "The probe will search for signs of life on the moon."),
    ("A spokesman for the drive said two men had been arrested.",
     "A spokesman for the force said two men had been arrested."),
    ("The rally was one of many final large gatherings before the vote.",
     "The rally was one of the last large gatherings before the vote."),
    ("The fund's profits were the very best stage since 2008.",
     "The fund's profits were the highest level since 2008."),
    ("Owners of the fashions affected by the recall will be contacted.",
     "Owners of the models affected by the recall will be contacted."),
    ("The hospital is dangerously in need of beds and nurses.",
     "The hospital is dangerously short of beds and nurses."),
    ("Shoppers paid more for contemporary greens and fruit this winter.",
     "Shoppers paid more for fresh vegetables and fruit this winter."),
    ("The rain did not cease the fighting in the north.",
     "The rain failed to stop the fighting in the north."),
    ("The kidnapped support employees were freed on Monday.",
     "The kidnapped aid workers were freed on Monday."),
    ("Union leaders sought talks with administration over pensions.",
     "Union leaders sought talks with management over pensions."),
    ("The movement handed 52 votes to 48 after a long debate.",
     "The motion passed 52 votes to 48 after a long debate."),
    ("The judge denied the movement on Friday.",
     "The judge denied the motion on Friday."),
    ("She is the No. 1 general seed in the tournament.",
     "She is the No. 1 overall seed in the tournament."),
    ("He was the high seed in the bracket.",
     "He was the top seed in the bracket."),
    ("The family will document a claim against the hospital in federal court.",
     "The family will file a lawsuit against the hospital in federal court."),
    ("A spokesman for the remote service said the ambassador had been summoned.",
     "A spokesman for the foreign ministry said the ambassador had been summoned."),
    ("She was the prime seed at the open.",
     "She was the top seed at the open."),
    ("The two prime seeds met in the final.",
     "The two top seeds met in the final."),
    ("The club signed the prime scorer in the league.",
     "The club signed the top scorer in the league."),
    ("The singer's third studio collection went to number one in the charts.",
     "The singer's third studio album went to number one in the charts."),
    ("The Netflix show is a spin-off of the authentic collection.",
     "The Netflix show is a spin-off of the original series."),
    ("The network renewed the animated collection for a second season.",
     "The network renewed the animated series for a second season."),
    ("The new rules aim to narrow the hole between rich and poor.",
     "The new rules aim to narrow the gap between rich and poor."),
    ("The sewage remedy plant leaked into the river.",
     "The sewage treatment plant leaked into the river."),
    ("The town has grown in the course of recent years.",
     "The town has grown in recent years."),
    ("The defendant's protection crew asked for a delay.",
     "The defendant's defense team asked for a delay."),
    ("Forecasters issued climate warnings for snow and ice across the north.",
     "Forecasters issued weather warnings for snow and ice across the north."),
    ("Police found the dog in the entrance yard of the house.",
     "Police found the dog in the front yard of the house."),
    ("Investigators recovered the black field from the wreckage of the plane.",
     "Investigators recovered the black box from the wreckage of the plane."),
    ("He was a fellow benefactor of the tech company with his brother.",
     "He was a co-founder of the tech company with his brother."),
    ("The film is a favourite of the grant season after its Golden Globes win.",
     "The film is a favourite of the awards season after its Golden Globes win."),
    ("The actress was nominated for the grants show in Los Angeles.",
     "The actress was nominated for the awards show in Los Angeles."),
    ("The vaccine is in a scientific trial with 3,000 volunteers.",
     "The vaccine is in a clinical trial with 3,000 volunteers."),
    ("The carefully watched trial began in federal court on Monday.",
     "The closely watched trial began in federal court on Monday."),
]


@pytest.mark.parametrize("spun, original", SPUN_USES)
def test_the_conditioned_rows_still_repair_their_spun_use(engine, spun, original):
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " " + original


# Rows now below 0.5: left alone on a clean page (above), still applied on a page that reads as spun.
SPUN_PAGE_USES = [
    ("Residents concerned they would lose power overnight.",
     "Residents feared they would lose power overnight."),
    ("The singer made a robust debut in the charts.",
     "The singer made a strong debut in the charts."),
    ("Each voter may comply with if they want.",
     "Each voter may follow if they want."),
    ("The union will poll its members on strike action.",
     "The union will ballot its members on strike action."),
    ("Stolen gadgets worth $5,000 were recovered.",
     "Stolen items worth $5,000 were recovered."),
    ("The seafront was the most popular place on record as temperatures hit 35 degrees.",
     "The seafront was the hottest place on record as temperatures hit 35 degrees."),
    ("Additionally they found that the plan would cost more.",
     "They also found that the plan would cost more."),
    ("The bakery was compelled to shut two shops.",
     "The bakery was forced to close two shops."),
    ("Power was restored to 2 million properties after the storm.",
     "Power was restored to 2 million homes after the storm."),
    ("The statistics present that prices rose 3 percent.",
     "The statistics show that prices rose 3 percent."),
]


@pytest.mark.parametrize("spun, original", SPUN_PAGE_USES)
def test_the_quietened_rows_still_repair_a_spun_page(engine, spun, original):
    assert body(engine, spun) == original
