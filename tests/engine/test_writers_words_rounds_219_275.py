"""A writer's word on a spun page stays (tells rounds 219-284, writers45-51 and the lead's final-day counts).

After a spun preamble, ordinary sentences of our own lost a word the writer chose; each case was traced to its
rule (a row whose condition missed the writer's sense, a weak candidate of a conditioned row, an observed rate
beyond the evidence of the pairs) and mended in general terms. One data list per kind of test, grouped by round;
what each round found and how it was mended is told in the comments below. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 219: A writer's word on a spun page stays (tells36's rounds 219-221: farming and food supply, mining and
# metals, oil and gas, shipping and ports, stock markets and quarterly results, bank regulation and
# fintech, tobacco and alcohol, airlines' results).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose: a market flooded
# "with cheap supply" became "cheap source" (the news-synonym-file supply -> source, whose spun use is "a
# supply told Reuters": now not after cheap, excess, surplus, new, tight or a metal), "return more cash to
# shareholders" became "money" (the observed cash -> money and the news-business-health row: vetoed near
# shareholders, dividends, buybacks, a cash pile), "The payments startup" became "bills" (the observed
# payment -> bill: vetoed before a startup, a firm, a giant, a provider, a platform), "fares stayed high"
# became "remained" (the observed stay -> remain: vetoed before high and strong, which the spinner would
# have swapped too), farmers who "culled hens" culled "chickens" (the menu row hen -> chicken: not near a
# cull, bird flu, eggs, a flock or a farm), "Stress tests" became "Tensions tests" (the observed stress ->
# tension: vetoed before tests and assessments), "Crypto exchanges" became "negotiations" (the
# news-rewriter row: not after crypto, stock, currency, nor near traders, shares or tokens), and "The
# pipeline will carry gas" became "hold" (the observed carry -> hold: now also vetoed near a pipeline, gas,
# oil, fuel or a cable). Sentences written for this test.

# Round 222: A writer's word on a spun page stays (tells rounds 222-224: baseball, ice hockey, cycling, athletics,
# horse racing, football transfers, esports, swimming, college sports, motor racing).
#
# After a spun preamble, clean sentences of our own lost a word the writer chose. A winger who "handed in a
# transfer request" handed in a "move" request (the `in a transfer` -> `in a move` row now stands aside before
# a request, a window, a fee or a portal and near a winger, a forward or a manager). Four observed rates,
# each seen once, took a sports writer's phrase: a striker "available again" after a ban "comes again"
# (`is available` -> comes, now not before again, now, online, for, to...), "the option of a further year"
# became "another year" (`a further` -> another, not before a span of time), a game "postponed because of
# rain" was postponed "due to" it (`because of` -> due to, not after a verb), and "He was fastest in free
# practice" became "rapidest" (`fast` -> rapid inflected into a superlative no writer writes; comparatives and
# superlatives vetoed). The sentence-initial `final` -> last row's weak candidate read "the final of the 400m"
# (it now carries the negated contexts of its sibling row), the `again in` -> `back in` row took a horse that
# "would run again in June" (not after a verb of running, racing, meeting, playing or standing), and the
# `forward of` -> `ahead of` row read "the second forward of the season" (not after "the first/second/...").
# Sentences written for this test.

# Round 225: A writer's word on a spun page stays (tells38's rounds 225-227: royal family and celebrities, fashion
# and beauty, restaurants, fitness and diet, mental health services, parenting, prisons and probation,
# gadget launches, dating).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose: "popular with
# younger shoppers" became "young" (the news-everyday row younger -> young, whose spun uses follow "very",
# "so", "too": its weak candidate now stands back before shoppers, customers, fans, voters...), "Talking
# therapies are offered" became "provided" (the observed offer -> provide: vetoed near therapies,
# treatment, appointments, patients), "report lower self-esteem" became "less" (the observed low -> less:
# vetoed before self-esteem, confidence, morale, pay, risk...), "the cheaper model" of a phone became
# "version" (the model -> version veto now reads cheaper, premium, flagship, foldable, tech), "leaving a
# restaurant together with her new boyfriend" became "including her" (the observed together with ->
# including: vetoed before a pronoun), "Dating coaches advise people" became "tell" (the observed advise ->
# tell: vetoed near coaches, experts, doctors, nutritionists, midwives, guidance), "verify their profiles"
# became "check" (the news-tells-rounds row verify -> check, whose spun use is the noun: not before a
# possessive or an object a user verifies), "book a desk in the office" became "workplace" (the observed
# office -> workplace, seen once: vetoed near desks, staff, colleagues, meetings, hybrid work), and "a
# private trainer for her racehorses" and "The trainers sold out" became "teacher(s)" (the news-common-heads
# row trainer -> teacher: its negated list now reads racehorses, a private trainer, boxers, athletes,
# runners, clients, and the shoes' sold, sale, pairs and brands). Sentences written for this test.

# Round 228: A writer's word on a spun page stays (lead's round 228: whole articles of our own, spun by hand).
#
# Three short articles (a city council and a tram line, a hospital waiting list and a burglary trial, a
# Senate vote and a chipmaker's factory) were spun by hand and repaired, and each clean sentence was repaired
# after a spun preamble. On the spun page the engine changed words the writers chose: burglars' "accomplices"
# became "partners" (the row for a spun partner stood aside only near a handful of crime words: a burglary, a
# court, a jail term now count too), "stolen items" became "stolen goods" (a row with no spinner behind it:
# dropped), "the quantity of water" became "the number of water" (the spun "quantity of" row's weak candidate:
# "number of" needs a plural after it), an offer that "could be withdrawn" became a "deal" (the observed
# offer -> deal: an offer is tabled, sweetened or withdrawn, a deal is not), lead drawn "out of the ground"
# came "out of the floor" (the observed ground -> floor: what grows in or is dug from the ground), and a
# forecast's "rain could fall" and a hopeful administration's "lawmakers could reach a deal" read "would" (the
# observed could -> would stands aside near a forecast, rain or snow, hope and optimism, as it already did
# near a warning). In round 229 (a central bank, a school board, a fine from Brussels, a walking study) researchers
# who "cautioned that" a sample was small were made to "warn" (the rough spinner's caution -> warn row stands aside
# where researchers, a study or its findings hedge), and a shop's or a museum's "wide selection of" cheeses or maps
# became a "wide range" (the row stands aside near what shops, menus and collections hold). In round 237 (an
# earthquake abroad, a football match) a side "transformed after the interval" was transformed "after the period"
# (the interval -> period row stands aside after "the": the interval of a match or a play is the writer's), and three
# observed rates now keep the writer's word where their evidence never reached: "have been" -> "were" only stood
# before an adjective, a number or a preposition in the pairs ("have been against", "have been unable"), never before
# a participle ("40 people have been killed"); "by" -> "through" only before a date or a chamber, never before the
# doers ("booed off by some of their own supporters"); "bottom" -> "lowest" only before a noun. In round 238 (a
# police officer's trial) the officer who fired became an "official" (the row for the spun "officers" now stands
# aside near a shooting, a trial, a jury, and in a paragraph about a police officer or a traffic stop). Sentences written for
# this test.

# Round 231: A writer's word on a spun page stays (helper tells39's rounds 231-232: whole articles of our own, spun by hand).
#
# Four short articles (the Supreme Court striking down a state law on social media, a state budget and its
# governor, a wildfire in the foothills, a city council's police review board after a shooting) were spun by
# hand and repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine
# changed words the writers chose: a review board that may "interview officers" and "discipline officers", and
# a family that wants "the officer to be charged", read "officials" (the spinner's officer -> official row now
# stands aside near discipline, a subpoena and "be charged", as it did near an arrest or a jury); a law that
# "required the firms to publish" reports and states that "require more transparency" read "needed", "called
# for" and "need" (the rough spinner's require -> need row and the observed required -> called for stand aside
# near publishing, disclosure, transparency, a state, a law and the companies it binds); "hold companies
# accountable" read "keep" in the probe (the observed hold -> keep stands aside near accountable, responsible,
# liable); "the state's fire agency" read "fire firm" (the observed agency -> firm stands aside near a fire, an
# emergency, the weather); "enormous power" read "big power" (the rough spinner's enormous -> big stands
# aside before power, wealth, sway, leverage, control). Sentences written for this test.

# Round 233: A writer's word on a spun page stays (helper tells40's rounds 233-234: whole articles of our own, spun by hand).
#
# Four short articles (a by-election in a northern town, hospital waiting lists and council budgets, an EU
# summit on migration, farmers' tractors in Paris) were spun by hand and repaired, and each clean sentence was
# repaired after a spun preamble. On the spun page the engine changed words the writers chose: police
# "officers" who fired tear gas became "officials" (the spinner's officer -> official row now stands aside near
# tear gas, batons, riots, protesters and crowds), asylum seekers "held" in centres were "kept" (the observed
# hold -> keep stands aside near asylum, migrants, detention, custody and centres), patients who "deserved" a
# plan "needed" one (observed deserve -> need: not before an article, credit, respect, answers), a deal
# "reached" after talks "arrived" (the ambulance row's weak candidate: not near talks, a deal, a settlement),
# the "primary" farmers' union became the "first" (observed and the everyday row: not before a union, a
# school, a reason or an aim), an election result "declared" at 3am and councils "close to declaring" were
# "announced" (the rewriter's declare -> announce: not in the passive, not after "to"), "but that violence"
# lost its "that" (observed however that -> but: not before a noun or a pronoun), a party that "needed a plan"
# "had" one (observed need -> had), "a common fund" became "general", a party's "main challenger" became a
# "primary challenger" (not near a seat, a constituency, MPs or British parties), "serious harm" to families
# became "injury" (not near "cause", "would", families, children, the public), and "any plan that would
# require them" read "need" (the rough spinner's row: not near a plan, a deal, an agreement). Sentences written
# for this test.

# Round 235: A writer's word on a spun page stays (helper tells41's rounds 235-236: whole articles of our own, spun by hand).
#
# Four short articles (a department store's holiday sales and job cuts, an AI startup bought by a medical
# technology group, a drug trial in Alzheimer's disease, a space probe reaching Jupiter) were spun by hand and
# repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine changed
# words the writers chose: "an artificial intelligence company" became an "intelligence agency" (the weak row
# now stands aside after artificial, business, market, data...), a probe's "journey" of eight years became a
# "trip" (the journey rows stand aside near a spacecraft, a probe, an orbit, a planet or a moon), sensors that
# "measure particles" measured "debris" (the row stands aside near sensors, measuring, magnetic or charged
# particles, radiation), a probe that "carries ten instruments" was made to "hold" them (the observed carry ->
# hold stands aside near instruments, devices, sensors, a payload, a crew), an antenna that failed "after
# launch" was read as a "release" (the veto's paragraph list now names an antenna, a rover, a lander, a probe),
# a researcher's "real progress" became "growth" (progress in talks, against a disease or in a trial, and real
# or actual progress, are the writer's), a protein "that builds up in the brain" was made to "develop" (the
# rewriter's build up -> develop stands aside before in, over, inside...), and the spun "changing into the
# primary" read "become the firsting" (the row's restored verb now carries the inflection). The particles,
# progress and build-up mends show only on a whole spun page (the articles' score); the sentences below are
# the ones a short spun preamble already catches. Sentences written for this test.

# Round 239: A writer's word on a spun page stays (tells42's rounds 239-240: whole articles of our own, spun by
# hand: an awards night and the box office, a music festival and a world tour, a game publisher's delayed
# release, a literary prize and independent publishers).
#
# On the spun pages the engine changed words the writers chose: a studio that would rather wait "than ship a
# game" would "send" it (the news-tells-rounds row ship -> send, whose spun use is "ship them to the finals":
# its weak candidate now stands back near the goods a firm ships: a game, a title, a console, a phone,
# copies, cargo...), the union "representing game staff" represented a "game team" (the news-everyday row
# staff -> team of sports news: not near a union, job cuts, layoffs, wages, a strike, employees or
# management), "an open-world adventure game", spun "journey recreation", became a "trip" (the news-everyday
# rows journey -> trip: not near a game, a console, a novel or a film, nor before across, through, into,
# towards: a trip goes "to" a place, a journey "across" it is the writer's), and "unknown writers" became
# "authors" (the observed writer -> author, seen once: vetoed after the words that name a kind of writer:
# unknown, young, aspiring, crime, staff, freelance...).

# Round 241: A writer's word on a spun page stays (tells43's rounds 241-242: immigration and border policy, the
# housing market and mortgages, a flood and insurance claims, a teachers' strike).
#
# Four whole articles of our own were spun by hand and repaired, and each clean sentence of theirs was repaired
# after a spun preamble. On the spun page the engine changed words the writers chose. "The Nationwide Building
# Society" became "National" (the observed nationwide -> national of the names table, read at capitalised words:
# a veto before building, constructing, society; the names table now keeps the veto rows written for a swap,
# channel.py), "The Home Builders Federation" became "House" (the news-spinner row "the Home" -> "the House" and
# the observed home -> house: not before builders, buyers, owners, sales, prices, loans, insurance), a British
# teachers' story's "pupils" became "students" (the news-common-heads row stands back in a paragraph with
# Scotland, Wales, England or a British city, a head teacher or a council), "a cut of almost a third" became
# "nearly" (the observed almost -> nearly, seen twice: vetoed before a, an, half, all, every, certainly...),
# "a financial data firm" became "economic" (the news-business-health row: not near a firm, a provider or a
# terminal), soldiers who "carry elderly residents to safety" would "hold" them (the observed carry -> hold:
# vetoed near residents, children, the injured, boats, safety, rescuers), "the agency's area manager" of a flood
# story became "the firm's" (the observed agency -> firm: vetoed in a paragraph of floods, rivers, a clean-up),
# budgets "under severe strain" were "under severe pressure" (the observed strain -> pressure, seen once: vetoed
# after severe, financial, mental, a hamstring, a new strain), "any extra money" became "any more money" (the
# news-everyday row extra -> more after "any": not before money, funding, staff or pay), "council tax for
# damaged properties" became "damaged homes" (the news-everyday row properties -> homes: not near a tax, rates,
# a landlord or a rental), households who "battle to pay" would "conflict" (the news-spinner row battle ->
# conflict: not before "to", the verb), and a dam "under extreme pressure" was "under excessive force" (the
# news-synonym-file row, whose spun use is police who "used extreme pressure": not after under, beneath,
# intense, huge). Sentences written for this test.

# Round 243: A writer's word on a spun page stays (helper tells44's rounds 243-244: whole articles of our own, spun by hand).
#
# Four short articles (a rail strike in the north of England, a cyber attack on a hospital trust, a football
# side's defeat and its manager's sacking, a heatwave and power cuts in Spain) were spun by hand and repaired,
# and each clean sentence was repaired after a spun preamble. On the spun page and after the preamble the
# engine changed words the writers chose: "their information may have been stolen" read "data" (the observed
# information -> data, seen twice, stands aside near stolen, leaked, hacked, a breach, a helpline, personal),
# shops "in city centres" stood "in town centres" (the observed city -> town, seen once, stands aside before a
# centre, dwellers, limits, a break), a drought and a heatwave that "could last" read "would" (the observed
# could -> would stands aside near a heatwave, a drought, storms, wildfires, floods, temperatures, as it did near
# a forecast), "as the climate warms" read "the weather" (the courts-and-safety row climate -> weather stands
# aside near warms, warming, heatwaves, hotter, droughts, frequent, intense), patients who "should only come
# ... if" were made to "just" (or "simply") come (the observed only -> just/simply stands aside near "if" and
# "unless": the condition is the writer's), a committee that "had determined a change was needed" had
# "identified" it (the observed determine -> identify stands aside before a clause, "that", "to", "whether"),
# and passengers told not to travel "unless their journey was essential" were given a "trip" (the everyday
# journey -> trip rows stand aside near travel and essential). Beside a repair: a hail "damaging crops" was
# "hurting" them (the everyday row damage -> hurt, whose spun use is "nobody was damage", stands aside near
# crops, a harvest, trees, vines, buildings, roads), firefighters "fighting several wildfires" fought "multiple"
# ones (the observed several -> multiple, seen once, stands aside after a verb or an adverb), schools that sent
# children home became "colleges" and the children went "house" (the observed school -> college, seen once,
# stands aside near children, pupils, teachers, lunch; the observed home -> house stands aside for the adverb
# and after a verb of going or sending), and a port "seeking better links" was "looking" them (the observed
# seek -> look stands aside before an object: "look" would need "for"). Only on the whole spun pages (the
# articles' score): a union's "fair settlement" read "agreement" (the spinner row's weak candidate now stands
# aside after fair, good, pay, final and near a union, a strike, a dispute, staff), "Doctors and nurses have
# been writing notes" read "were writing" (the observed have been -> were stands aside before a present
# participle too), "had a person despatched off" read "one sent off" (the observed a person -> one stands aside
# before a participle), a "fast counter attack" became "rapid" (the observed fast -> rapid stands aside before a
# counter, a break, a bowler), "metropolis centres" became the American "city centers" (the row now restores
# "city centre"; "metropolis center" has its own row), and "Westbridge journey to Norwich" read "trip" (a row for
# a side named before a bare "journey to" a place restores "travel to"). A probe of clean sentences of our own in
# the same genres (round 244) found three more: a rail strike's "strikes were causing misery for passengers" read
# "moves" (the spinner row's weak candidate now stands aside near passengers, commuters, trains, drivers, nurses,
# staff, disruption, misery, a ballot, a stoppage), "avoid strenuous exercise" read "activity" (the observed
# exercise -> activity, seen once, stands aside after strenuous, regular, physical, military, joint), and "a fair
# offer" to a union read "reasonable" (the observed fair -> reasonable, seen once, stands aside before an offer,
# a deal, a settlement, a trial, a share, pay), "postponed all routine surgery" read "delayed" (the rewriter's
# postpone -> delay stands aside near surgery, operations, appointments, treatment, procedures, clinics), "the
# grid under severe strain" read "pressure" (the observed strain -> pressure, seen once, stands aside after severe,
# heavy, huge, before an injury, near a grid or a hamstring) and "Train speeds were cut" read "rates" (the observed
# speed -> rate stands aside after train, wind, top, average, broadband and near trains, rails, limits, mph),
# "Data protection officials" read "defense" (the spinner row and the observed protection -> defense stand aside
# after data, child, consumer, environmental, flood, witness, privacy) and firefighters who "contained the blaze
# after a six-hour battle" fought a "conflict" (the bare-battle row stands aside after a span of time and near a
# fire, a blaze, firefighters). Sentences written for this test.

# Round 245: A writer's word on a spun page stays (lead's round 245, twenty-ninth session).
#
# A village planning row of our own, spun by hand, showed three writers' words the engine changed:
# British "planning officers" and "council officers" (council staff, not spun "officials") became
# "officials" — both rows of the officers -> officials swap now stand aside after planning, licensing,
# enforcement, council and conservation, and in a paragraph that names councillors; and "had recommended
# that" became "suggested" (an observed rate seen once, now vetoed near a body that formally recommends).
# A spun "stated officers" (said officials) was read as the row "state officers" inflected ("stated
# officials"), which took the span and kept the spun "stated": the row's "state" now matches only as
# written. And "twenty-one others" became "twenty-anothers": the row "one other" -> "another" took the
# plural "others" by its lemma and the "one" of a compound number; it no longer does either. Sentences
# written for this test.

# Round 249: A writer's word on a spun page stays (tells45's rounds 249-250: whole articles of our own, spun by
# hand: an obituary of a former governor, a celebrity divorce ruling, a children's charity's spending scandal, a
# cardinal's visit to a refugee camp).
#
# On the spun pages the engine changed words the writers chose: "a former finance officer raised concerns"
# became "finance official" (the news-spinner row officer -> official, its weak candidate: a trade's officer
# now stands aside after finance, procurement, fundraising, safeguarding, audit, accounts and pensions, as it
# did after planning, licensing or compliance), "senior staff had flown business class to conferences"
# became "meetings" (the observed conference -> meeting, seen twice: vetoed near delegates, speakers, a
# keynote, a flight, travel, hotels, attending and an annual, academic, scientific or industry conference), and
# "called on world leaders" became "global leaders" (the observed world -> global: vetoed before leaders, war,
# cup, record, bank, champion, title, heritage, stage, order, health, food, trade and the like, the writer's
# collocations).

# Round 251: A writer's word on a spun page stays (tells46's rounds 251-252: whole articles of our own, spun by
# hand: an advertising antitrust fine in Brussels, a weather satellite's launch, an air traffic control failure,
# an election in Portugal).
#
# On the spun pages the engine changed words the writers chose: "meals and hotel rooms" for stranded passengers
# became "food" (the news-everyday row meals -> food, its weak candidate: it now stands aside near a hotel,
# rooms, accommodation, overnight, a refund, compensation, breakfast, lunch, dinner, vouchers, stranded
# passengers), "they are not required to pay extra compensation" became "needed" (the rough spinner's require ->
# need: its !near list gains compensation, refunds, reimbursement, entitled, obliged, legally, pay, fees and
# taxes), "separated from the upper stage" became "level" (the observed stage -> level: vetoed in a paragraph on
# a rocket, a booster, a satellite, a spacecraft, a payload or an orbit, and after upper, booster or core), and
# "Europe can once more launch" became "is again", then "would again" (the observed can -> is and can -> would:
# vetoed before "once" or "again"). Test sentences found two more: "the law applies to" became "the law
# practices to", "the team applied pressure" "practiced" (the band rows "law apply" -> "law practice", "team
# apply" -> "team practice" and 24 like them matched every inflection: they now stand aside where the writer
# wrote applies, applied or applying), and "however big they are" became "but big" (the observed however -> but:
# vetoed before an adjective or a degree word: much, many, long, far, often, hard, well, little). The clean gold
# of the launch story lost a comparison: "help forecasters spot storms earlier than current instruments allow"
# became "before current instruments" (news-phrases earlier than -> before: it now stands aside before current,
# existing, conventional, traditional, rival, competing, older; and the news-everyday row for a gerund after it,
# before existing, competing, remaining, leading, emerging, prevailing, adjectives the tagger reads as gerunds).

# Round 253: A writer's word on a spun page stays (tells47's rounds 253-254: whole articles of our own, spun by
# hand: an earthquake and its death toll, an NCAA football rivalry game, a crypto exchange's withdrawal freeze,
# a pop star's record-breaking tour).
#
# On the spun pages the engine changed words the writers chose: "as crews reached remote villages" became
# "crews arrived remote villages" (the tells-rounds row reach -> arrive, whose weak candidate on a spun page
# reads only its negated conditions: "arrive" takes no object, so it now stands aside before a determiner, an
# adjective, a noun, a name, a number or a pronoun), "the first planes carrying search dogs" became "aircraft"
# (the two plane -> aircraft rows: negated near passengers, landing, carrying, relief, supplies, search, rescue,
# airports and airlines, a civilian flight's words), "rescue crews" on the earthquake page became "teams" (the
# crew -> team row: its negated list now also names an earthquake, landslides, villages, survivors, rubble and
# digging), "$2 billion in trades a day" became "exchanges" (the observed trade -> exchange: vetoed before "a",
# "per", "worth", "were", "are" and after an amount, "daily", "insider", "options", "futures" or "crypto"),
# "handled about $2 billion" became "treated about" (the rows handled -> treated and handled about -> treated
# about: negated near money, trades, payments, orders, cargo, calls and exchanges), and a withdrawal freeze's
# "local customers" came out as "candidates" (the observed prospect -> candidate: its veto near a bank's or a
# shop's words now also names withdrawals, exchanges, funds, a freeze, users and "affected").

# Helper writers45: the writer's words a scan found changed on a spun page.
#
# A scan repaired every clean news paragraph of our corpus after a long, heavily spun preamble: each word changed
# inside the clean paragraph was a writer's word lost (237 in 58,579 words on the branch point). The biggest groups
# came from observed rates whose evidence in the training pairs is thin or whose spun use is narrower than the
# form: "should" -> "must" (seen twice), "want" -> "need", "final" -> "last", "could" -> "would", "a few" -> "some",
# "had been" -> "were", "used to be" -> "was", "film" -> "movie" (a director's or a coach's film), and two hand-written rows ("coverage" -> "policy" with no grammatical
# condition; the rough spinner's blind "require" -> "need", which no spun pair ever showed). Each was mended in
# general terms, by the writer's use of the word: a veto of the rate (resources/channel/rate_vetoes.tsv), a
# negated condition on a row, a row dropped. Sentences written for these tests.

# Round 256: A writer's word on a spun page stays (tells48's rounds 256-257: a House vote on a farm bill and
# the Speaker, a Senate confirmation fight, a weekend box office report).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose. A deficit cut "by
# roughly $12 billion" became "by about $12 billion": the news-common-heads row roughly -> about holds only
# before a number (`before_pos:num`), and with no negated condition it made a weak candidate everywhere else
# on a spun page, where "about" reads better to the language model before a sum of money, a fraction, "half"
# or "twice". The row now stands aside before a currency sign, an article, a number word, half, twice,
# double, equal or similar and before a preposition (the spun "talked roughly the plan" is untouched).
# "Theater owners have been keen for a hit" became "were keen": the observed rate `have been` -> were (seen
# before an adjective, "have been against", "have been unable") took a present perfect of a lasting wish or
# hesitation; a veto line in resources/channel/rate_vetoes.tsv keeps "have been" before keen, eager,
# anxious, desperate, hungry, hopeful, reluctant, impatient, slow, quick or waiting.

# Helper writers46: A writer's word on a spun page stays (issue 15, helper writers46, twenty-ninth session).
#
# A scan repairs every clean news paragraph of our corpus after a long spun preamble and counts the writer's words
# the engine changes. After writers45's vetoes, the next groups were weak candidates of rows with only positive
# conditions (laptop -> computer, fuel -> gas, physician -> doctor), rows whose negated contexts missed the writer's
# idiom (addressing the nation, a film crew, a range "between 4 and 6 months", a race time in hours and minutes,
# an object's "only a few", a police officer), and observed rates seen once or twice (evening -> night, a median ->
# an average, across -> around, protect -> keep, turn -> become, worker -> employee, application -> program,
# proper -> right). Each was mended in general terms; see bench/README.md. Sentences written for these tests.

# Round 261: A writer's word on a spun page stays (helper tells50's rounds 261-263, thirtieth session: whole articles
# of our own, spun by hand: a trade balance release, a wildfire evacuation, a streaming price rise, an NBA game).
#
# On the spun wildfire story three of the writer's words or phrases changed. "The Red Cross handed out water"
# became "passed out": the observed rate hand -> pass (seen five times, as a bill the House "handed") took any
# "handed"; a veto line in resources/channel/rate_vetoes.tsv keeps it before out, over, down, back, off, in,
# round, around and before a person (him, her, them...). "giving crews a chance to build containment lines"
# became "teams": the news-business-health row crew -> team (near a season, a coach, a title...) made a weak
# candidate on the spun page; its negated contexts now also read a fire's words (containment, flames, fires,
# blazes, embers, acres, evacuation, firefighting, hotspots, forecasters, winds, gusts, drought). "urged
# residents to be able to leave" became "in order to leave": the news-common-heads row `to be able to` -> `in
# order to` (after a comma, 0.3) made a weak candidate where a verb that takes an object and an infinitive
# governs the clause; it now stands aside near urge, ask, tell, want, need, expect, hope, allow, enable, help,
# encourage, advise, remind, warn, order, require, force, prepare or ready (the clause_near window).
# Round 267: A writer's word on a spun page stays (tells52's rounds 267-269: a big-city mayoral runoff, an airline
# merger under antitrust review, a murder trial's sentencing, a music awards show; whole articles of our own, spun by hand).
#
# A songwriter's quoted "I wrote these songs" became "those songs": the observed rate `these` -> those (three
# swaps in the pairs, none kept) read a speaker's own "these" as a narrator's spun "those"; a veto line in
# resources/channel/rate_vetoes.tsv keeps "these" beside a first- or second-person word (I, we, my, our, me, us,
# you, your), where the thing is near at hand. "A premium over its price at the time ... under the terms announced
# in May" turned the spun "introduced in May" into "brought in May": the weak candidate of the row introduced in ->
# brought in (listed before replacement staff, troops and consultants only); the row now stands aside before a month,
# a season, parliament, congress and "response". The observed `great` -> high (seen once) made a spun "greatest" of an
# awards show and a writer's "the greatest award" into "highest"; a veto line keeps it away from awards, albums,
# songs, films, prizes and categories (the spun "greatest level" of rates is still repaired).

# Lead (thirtieth session): the observed result -> effect|outcome (seen twice in the pairs, kept three
# times) took a company's "publish its results" for "effects"; vetoed near publishing, earnings, a quarter,
# a poll, a test, an election or a ballot. A policy's "lasting results" are still the spinner's "effects".
# The observed advise -> tell read a bank "advising the retailer on the sale" as a spun "telling": vetoed near a
# deal, a stake, a bid, a bank, a board or investors.
# The nationwide -> national row's weak candidate took a "nationwide strike" on a spun page: it now stands aside
# before a strike, a protest, a lockdown, a shutdown, a curfew or a manhunt.

# Helper writers47: A writer's word on a spun page stays (issue 15, helper writers47, thirtieth session).
#
# The scan of writers45 (clean news paragraphs after a long spun preamble) found, after writers46's mends, groups
# that a general context tells apart. A synonym-file spinner is consistent within a paragraph: in the training
# pairs no "said" is left in a paragraph beside a spun "mentioned" or "stated", no "price" beside a spun "costs",
# and a spinner that expands contractions leaves none. So where the writer's "said" (a "price", a contraction)
# stands in the paragraph, the other word is the writer's variation: negated `para_has` conditions on the
# reporting rows mention -> say and stated -> said, and veto lines for the rates mention/state -> say,
# cost -> price, there is / it is / is not -> the contraction. Laws that a court weighs (news-spinner laws ->
# legislation, a row with no condition) are the writer's in a paragraph about judges, a lawsuit or a ruling; a
# shelter's and a talk show's guests, a concert's or an orchestra's instruments and a house for sale's open house
# keep their word however far the shelter, the orchestra or the bungalow stands (negated `para_has` on those
# rows). Sentences written for these tests.
# Round 258: A writer's word on a spun page stays (tells49's rounds 258-259: whole articles of our own, spun by hand:
# a Supreme Court ruling on an agency's powers, a governor's budget veto, a tech company's layoffs, a tennis grand
# slam final).
#
# On the tennis page the engine changed one word the writer chose: "he appeared to call for a trainer" became
# "seemed to call". The observed rate appear -> seem (3 changed, 1 kept) was seen only in the present and after a
# modal ("would appear to", "appears sure to"); the past "appeared to" is the reporter's verb for a thing seen (a
# player who appeared to slip, a driver who appeared to lose control), and one appears in court or on air. Two veto
# lines in resources/channel/rate_vetoes.tsv (appear -> seem, appear -> sound) stand aside on the past tense
# (`!tag:vbd`) and before in, on, at, before, alongside, with, as. The spun modal use is still repaired.
# Beside it, a test sentence of ours lost its "trainer": "the striker appeared to call for a trainer" became "a teacher",
# the restorer's weak candidate of the news-common-heads row trainer -> teacher (a school's trainer), whose negated
# list read a racehorse's, a gym's and a shoe's words but not a player's. The row now also stands aside when a
# player's, a match's or an injury's word, or "call for", is in the clause (`!clause_near`: eight words back).
# Round 260 (tells49, the same pages' next look): sentences of ours about force on a person lost two words:
# "an officer shoved the man to the ground" became "an official shoved the man to the floor". The news-spinner row
# officer -> official (0.3) now also stands aside near shoved, punched, kicked, tackled, wrestled, pinned, dragged,
# restrained, knelt, kneeling (not "pushed": officials push for things); a veto line for the observed ground -> floor
# (seen only as a legislature's floor) stands aside near the same verbs and thrown, threw, slammed.

# writers48: A writer's word on a spun page stays, measured on new clean news (issue 15, helper writers48,
# thirtieth session).
#
# Eighteen new clean news articles of our own (bench/corpus/news-fresh-*.clean.txt: Congress, the White
# House, courts, the Fed, markets, company results, the box office, a film festival, American football,
# soccer, basketball, a flood, an election abroad, a drug trial, a privacy fine, a drought) were scanned after
# a long spun preamble before any mend: 26 writer's words changed in 6,792 words. Two were false alarms on the
# bare text too: "Energy shares" became "Power stocks" (the news-spinner's head_lemma row read the noun
# "shares" as the verb "share" power; now not before a plural noun) and a company's "home goods retailer"
# became a "store" (now not near a company's words: said, profit, revenue, shares, stores). The rest were
# observed rates seen once or twice beyond their spun use and rows with no negated condition: "Wall Street's
# main indexes" (main -> major, now not after a possessive), "worldwide rights" and "worldwide sale",
# "the harm I caused", insurance "payments" that "do not cover" a cost, "across county lines", "in that spot
# a lot", "the cost of holding them there", "The legislation sets", a "should" after "cautioned" or "urged",
# "The question is not whether", "The order instructs the Department", "the federal government" in an
# American story (a governor, counties) and a festival's, a screenplay's and the critics' "film". Each was
# mended in general terms; see bench/README.md. Sentences written for these tests.
# Round 264: A writer's word on a spun page stays (tells51's rounds 264-266: whole articles of our own, spun by
# hand: a no-confidence vote in a European parliament, a drug approval, a retailer's holiday quarter, a golf
# major's final round).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose. "Opened new stores in an
# effort to compete" became "in order to": the observed rate `an effort` -> order, seen once (a film "opening
# Wednesday in an effort to" benefit), took the writer's idiom, which is far commoner on a news page and reads
# the same; a veto line in resources/channel/rate_vetoes.tsv keeps "an effort" before "to". "Birdies on the
# second, seventh and 12th holes" became "at the moment": the news-phrases row `on the second` (before a comma
# or "and") now stands aside near another ordinal or a golf word (hole, birdie, bogey, par, green, tee,
# fairway, bunker). "Over the closing stretch" and "a closing 66" became "final": the observed rate `closing`
# -> final (seen once, "this closing week" of a court's term) is vetoed before stretch, holes, minutes,
# stages, price, bell, ceremony, arguments, round and the like, and before a number. "The Minneapolis-based
# retailer" became "store": the news-everyday row retailer -> store (a weak candidate on a spun page outside its
# "grocery retailer" contexts) now stands aside after "-based", owned, listed, backed or headquartered.
#
# The clean articles, read after a spun preamble (and alone), showed six more. "The cuts be scaled back" became
# "reduced" even on a clean page: the synonym-file row `scale* back` -> reduce (0.85, no condition) now holds
# only for the spinner's own form ("scale back poverty"), not the writer's "scaled back" (`!form:scaled`).
# Observed rates seen once were vetoed where their sighting never reached: believe -> think (the sighting was
# the noun "believe tank", which a lexicon row repairs; the verb with its clause is the writer's), option ->
# way (seen in "discover a option to"; a "faster option for", "an option" stay), as much as -> up to (after a
# verb of rise or fall, "could rise as much as 2 percent", it is the writer's; "delays of as much as 5 hours"
# still repairs) and agency
# -> firm near a medical division ("the agency's division of oncology"). The news-everyday row guests ->
# visitors stands aside after "our" (a host's or a retailer's own word) and near shoppers, stores or deals.
# "Meant to enhance the look of the square" became "increase the appearance": the news-everyday row enhance ->
# increase (a spun noun, "its fourth enhance") stands aside after "to", a modal, "also", "not" or "help", and
# the observed look -> appearance (seen once, "a special voice look") is vetoed after a determiner or an
# adjective of looking ("the look of", "a closer look at").

# writers49: A writer's word on a spun page stays (issue 15, helper writers49, thirtieth session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh30b-*, eleven articles that no
# mend had been tuned to): 19 writer's words changed in 4,046 words. The groups a general context tells apart were
# mended. A household appliance and its trade ("appliance retailers", "appliance makers", near a kitchen, a fridge,
# electronics) are no spun "application": the row, which had only positive conditions and so made a weak
# candidate anywhere, now has negated ones. Britain's "winter fuel payments" are a benefit's name (band-3 row
# fuel payments -> gas bills: `!after:winter`). A "public safety committee" or department is a council's
# (both safety -> security rows: not before committee, commission, department, budget, net...). A name given
# after a comma ("The storm, known as Gertrude,") is the writer's participle, not a spun "called"
# (`!after:<comma>`). "in line with the promises" and the rest of a norm (commitments, pledges, rules, targets,
# forecasts) is the writer's agreement, not a spun "according to" (news-phrases clause-initial row and the
# news-synonym-file "in line with the" row). A modal's or an infinitive's "improve" is the writer's verb (the
# noun rows improve -> increase: `!after_pos:aux|part`). Households that qualify for or claim a benefit are
# counted as households (households -> families: `!near` eligible, claim, qualify, means-tested, entitled).
# Deep oceans beneath an atmosphere, a crust or clouds are physical (beneath -> under: `!near` grows).
# Sentences written for these tests.

# Round 273: A writer's word on a spun page stays (tells53's rounds 273-275, thirtieth session: whole articles of our
# own, spun by hand: a British budget statement, a hurricane making landfall in Florida, a World Series game).
#
# On the budget page the engine changed two words the writer chose: a budget that "confirmed a new levy" became
# "showed a new levy" (the observed rates confirm -> show and confirmed -> showed), and plans "broadly in line with
# expectations" became "widely in" (the restorer's weak candidate of the news-phrases row broadly -> widely, whose
# spun use is "broadly seen / expected"). Two veto lines in resources/channel/rate_vetoes.tsv (the lemma and the
# surface rate) stand aside before a new (or brand new) thing, plans, a levy, a tax, a cut, a rise, a date, a deal
# or funding that a government confirms; the broadly row stands aside before in, on, similar, flat, unchanged,
# consistent and the like (broadly in line, broadly similar). On the hurricane page "brought in 17,000 staff" became
# "17,000 team": the news-everyday row staff -> team now stands aside after a number (`!after_num`). The spun uses
# (stress tests that "confirmed" a finding, "broadly seen") are still repaired.

# Round 282: A writer's word on a spun page stays (tells56's rounds 282-284, thirty-first session: whole articles of
# our own, spun by hand: a state supreme court ruling, earthquake relief abroad, an automaker's recall, a cricket Test).
#
# On the cricket page the engine changed two words the writer chose, both by an observed rate seen once or twice in
# the pairs and never kept: a bowler who played on "despite carrying a minor back injury" became "holding" (the lemma
# rate carry -> hold), and "tickets for the remaining matches" became "the final matches" (the surface rate remaining
# -> final). Two veto lines in resources/channel/rate_vetoes.tsv: carry -> hold stands aside near an injury, a knock,
# a strain or a body part (and near the spinner's own "damage" and "harm" for an injury), a virus, a disease or a
# gene; remaining -> final stands aside before a plural noun ("the remaining matches", "the remaining stages of the
# race"). The spun uses (a central bank that should "carry charges regular", "the remaining quarter of the year")
# are still repaired. The leave-one-story-out run then showed one new harmful edit on a wildfire story, where the
# refitted calibration lifted the restorer's weak candidate of the news-business-health row crew -> team ("Crews with
# cadaver canines have coated 3% of the search space" -> "Teams"): the row's `!near` list holds search and wildfire
# words, but five tokens did not reach them. The row now also stands aside when the paragraph has cadaver or sniffer
# dogs, rubble, debris, a wildfire, searchers, a search area, rescuers or survivors (`!para_has`); a sports crew that
# won or scored is still a spun team. Sentences written for these tests.
# Round 279: A writer's word on a spun page stays (tells55's rounds 279-281, thirty-first session: whole articles of our
# own, spun by hand: a central bank's rate cut, a tech antitrust ruling, a film festival prize, a city marathon).
#
# On the rate page the engine changed the writer's "markets had priced in a cut" to "cost in": the restorer's weak
# candidate of the news-everyday row price -> cost (whose spun use is "will price $8.5 million") now stands aside
# before in, into, at, out, above, below, for and to. On the antitrust page "a ruling handing the Justice Department a
# major victory" became "passing": the observed rate hand -> pass and the news-courts-safety row handed -> passed
# (whose spun use is "the Senate handed the bill", which also took "the vote handed the prime minister a painful
# defeat") now stand aside where the paragraph hands someone a victory, a defeat, a win, a blow, a setback, a boost, a
# lifeline, a reprieve, a rebuke, a triumph or a loss (`!para_has:hand victory~6|...`: a veto line in
# resources/channel/rate_vetoes.tsv and a negated condition on the row). The spun uses (a stadium that "will price $2
# billion", a House that "handed the bill") are still repaired.

# Round 276: A writer's word on a spun page stays (tells54's rounds 276-278, thirty-first session: whole articles of
# our own, spun by hand: a German state election, a drug trial, an ice hockey playoff game, a port workers' strike).
#
# On the spun pages the engine changed six words the writer chose, and one on a clean article. A coach's team that
# "could not close it out" became "would not" (the observed rate could -> would; a veto line in
# resources/channel/rate_vetoes.tsv now stands aside before "not" and "actually": an inability is no spun "would").
# "the biggest pressure amongst younger voters" (a spun "largest force") became "the most significant pressure"
# (the observed rate big -> significant; a veto for a superlative, `!tag:jjs`, keeps a writer's "biggest" too). "a 1947 labor law to force staff back" became "team" (the news-everyday row staff -> team, a sports
# row, now stands aside near a labour law, workers, employers, a dock, a port or a walkout). "weight-loss and diabetes
# medicines" became "drugs" (the news-common-band5 row diabetes medicine -> diabetes drugs, learned on the singular:
# `!form:medicines`). Spun "public well being techniques" became "health strategies" (the observed technique ->
# strategy: a veto and the grown row's condition after a field that has systems: health, security, computer...).
# On the clean drug-trial article "results presented at a medical conference" became "shown" (the news-everyday
# row present -> show, whose spun use is "polls present that": it now stands aside before at, in, on, by, during...).
# The spun uses (a report's "could hold talks", a team's staff in a league story, "polls present that") are still
# repaired. Sentences written for these tests.

# writers50: A writer's word on a spun page stays (issue 15, helper writers50, thirty-first session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh31-*, twelve articles on rail,
# rents, planning, a bank, a software maker, food prices, tennis, a transfer, a festival, hospitals, student loans
# and defence that no mend had been tuned to): 8 writer's words changed in 4,510 words, two of them also on the
# bare text. A reported clause whose subject is compensation ("said compensation payments had been", "say
# compensation should") is no spun "claimed compensation" (the row: `!before_pos:noun|propn|verb|aux`). Money named
# before "put aside" ("the money they had put aside for") is the writer's: the spun uses put the money after (the
# row: `!before_pos:part|adp|punct|sconj|cconj`). A commuter's journey in a paragraph about trains, stations and
# timetables is the writer's (both journey -> trip rows: `!para_has`). A limit a few words on ("within the
# regulator's strict limits") and what stays within it keep "within" (the within-the rows and the within rate:
# `!near` limits, caps, guidelines, bounds; `!after` stay, operate). "simply" before out, because, by, like, as is the writer's manner adverb, not a spun "just" (the
# news-phrases row and the rate). "a further" before a number is a further count (veto `!before_pos:num`), and
# "a bit of", "a bit more", "a little bit" are a small amount, never a spun "a lot" (the observed bit -> lot, seen
# once as "quite a bit from"); round 279's rows "a bit of" -> "a little" (before punctuation or a comparative) made
# a weak candidate of "a bit of" before its noun: both now stand aside before a noun, a determiner, a pronoun, a
# number or an adjective. Sentences written for these tests.

# Thirty-first session, the lead: a day's completed count keeps "final" (the one false alarm on the training pairs'
# originals). A box-office writer's "Final Wednesday numbers" (the day's completed count) was read as a spun "Last
# Wednesday": the phrase row, the sentence-start row and the observed rate of final -> last all took a weekday after
# "final". They now stand aside where the weekday or "weekend" is followed by its count (numbers, figures,
# estimates, grosses, totals, tallies, results, returns); the spinner's "final Wednesday" for a day gone by is still
# repaired. Sentences written for these tests.

# writers51: A writer's word on a spun page stays (issue 15, helper writers51, thirty-second session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh32-*, twelve articles on a
# water company's hosepipe ban, a storm, a parish referendum, an airport's passenger cap, electric car sales, a copper
# miner, care home closures, a coroner's inquest, a hospice appeal, a rugby match, a games studio's job cuts and
# Christmas TV ratings): 19 writer's words changed in 4,506 words, three of them also on the bare text. Old water
# mains are no spun "leading by" (the row: not after an adjective, a verb or a preposition); a seasonal comparison in a
# paragraph of rainfall, reservoirs or records begun keeps "the time of year"; "video games" before an industry's noun
# (publisher, developer, console, sales) is the writer's; streaming companies that do, say, spend or publish are
# companies (both rows: `!before` those verbs); a ministry that publishes figures, data or results does not "post"
# them; "the most effective step/measure/option" is no spun "the best"; "close to" a level, a record or a share of
# something is no place; voters who "cast a ballot" would not "vote" twice in one clause. Rate vetoes: cars heading
# their own phrase (the one spun "car" was "car excise duty"), "further" before a plural noun, "again" after a verb
# of rising and falling, a film in a paragraph of viewers, channels and ratings, "the increase" that is no "boom in",
# "that there had been" in a reported clause and "only" before a span of time. The spun uses are still repaired.
# Sentences written for these tests.

# writers53: A writer's word on a spun page stays (issue 15, helper writers53, thirty-second session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh34-*, twelve articles on a
# jewellery shop raid, a pop star's former manager in court, a city budget, a folding phone, a crypto slump, a bank
# merger, a measles outbreak, exam results, a heatwave with wildfires, a royal visit, an art auction and a chess
# championship): 25 writer's words changed in 4,231 words, one also on the bare text. The blind news-common-heads row
# pupils -> students now needs a university or a college in the paragraph (schoolchildren are a British writer's
# pupils; no spun "pupils" in the pairs), so it makes no weak candidate elsewhere. A
# district named by a proper noun ("the Hillcrest area") in a paragraph of addresses, streets, residents, a club or a
# school is no "region"; police ranks in the paragraph (a detective, an inspector) and a union's national or regional
# officer keep "officers"; a fee named by its kind (consulting, management, agency fees) is no criminal charge; phone
# and device buyers are no investors; a meal's guests are no visitors. Rate vetoes: "almost" after a verb of duration
# (lasted, spent, took), the noun "round" (after a determiner or an adjective, before "of", in a paragraph of a
# tournament, a championship or a bout), "want" after a pronoun and an adverb, payments beside money moved or a
# fraud, something prepared (an object after it), a parking or road charge, "than it could", and "trade in".
# The spun uses are still repaired. Sentences written for these tests.

# writers52: A writer's word on a spun page stays (issue 15, helper writers52, thirty-second session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh33-*, twelve articles on a
# lunar lander, otters returning to a river, a museum reopening, forgotten pension pots, a port's falling container
# traffic, a fashion chain's store closures, a foreign election, riverside towers, a small wine harvest, a motor race,
# a swimming championship and a film review): 19 writer's words changed in 4,380 words, three of them also on the bare
# text. A named retailer is a company ("the furniture retailer Oakhaven"); a financial adviser beside pensions,
# savings or clients is the writer's trade; a transfer among pensions and savings is no "move"; a lap, a stage or a
# degree before "earlier than" makes a comparison; instruments in a paragraph of a
# satellite or scientists and a landing in a paragraph of a lander or a flight are the writer's; "proper" before a
# noun is an adjective, no spun "right"; an annual charge on a pension or a fund is a fee; "even if" (a blind row with
# no spinner seen behind it) is no longer read as "even though". Rate vetoes: a film in a critic's paragraph of
# scenes, performances and the camera, "almost" before a verb, a firm's clients, a pension's or a fund's
# charge, the spoken tag "maybe more", "again" after a verb of breeding, nesting or resuming, "proper" before a noun
# and "earlier than" after a lap or a degree or before a plan or a norm. The spun uses are still repaired. Sentences
# written for these tests.

# writers55: A writer's word on a spun page stays (issue 15, helper writers55, thirty-third session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh36-*, twelve articles on a
# central bank's rate decision, an immigration tribunal's ruling, a bill on automated decisions, a dam breach, bird
# flu on poultry farms, a bridge closed for repairs, a publicly funded stadium, a teachers' pay deal, a supermarket
# price war, a games studio's job cuts, a singer's cancelled tour and a failed rocket launch): 25 writer's words
# changed in 4,744 words, two of them also on the bare text ("the Home Department" read as "the House"). The Home
# Department and its ministers are no spun House; hens in a paragraph of poultry, flocks, farms or keepers are the
# writer's birds; "a file number" is no record; "at present" before a conjunction ends a clause; "cannot give you"
# and "to give you" are no "come up with"; a summary, a statement or a ruling is published, not posted; strikes in a
# paragraph of a union, a dispute, a ballot, teachers or schools are the writer's; plural shoppers are no modifier
# "consumer". Rate vetoes: the pluperfect before an -ing form, "happened" before an adverb or a preposition, a
# drop in trade, "the chance of", an application to stay or for a loan, "fairly" as a manner adverb, plural
# "protections", school lessons and "every" before a noun. The spun uses are still repaired. Sentences written for these
# tests.

# writers54: A writer's word on a spun page stays (issue 15, helper writers54, thirty-third session).
#
# The scan of writers45 was run on new clean news of our own (bench/corpus/news-fresh35-*, twelve articles on a
# mountain rescue, a volcano eruption, a ferry accident, a data breach at a hospital group, a medicine recall, a
# lottery winner, a transit strike, a farmers' protest, a library closure, a zoo birth, an Olympic bid and a city
# marathon): 10 writer's words changed in 4,275 words, none on the bare text. What someone is counting on at the end
# of a clause or a person counted on is no spun "expect"; a chief safety officer, safety standards and patient or road
# safety are the writer's trade (a blind band3 row chief safety officer -> chief security officer, with no spinner
# seen behind it, dropped; the news-everyday safety rows and a rate veto read the same); "the most commonly
# prescribed drugs" is a participle; a town's area beside a shop, a pub or a church is no region; financial advice
# beside legal advice is no "economic" advice; "round the corner" and "round the clock" are British idioms. Rate
# vetoes: "within a" (the spun uses stand before "the"), "particularly" before a noun phrase or an adjective, the
# pluperfect before "before" or "until" or in a "where" clause, a speaker's "a lot" in a first- or second-person
# clause (also on the observed row) and "a whole bunch of" there (the row), "against" before a gerund, "again" after a
# verb done a second time ("look again at"; the blind heads row look again at -> look back at, with no spinner seen
# behind it, dropped) and "most recent" after a possessive (the old clean news lost these). The spun uses are still
# repaired. Sentences written for these tests.

STAYS = [
    # -- round 219
    "Nickel prices slumped after Indonesia flooded the market with cheap supply.",
    "The company said it would cut spending and return more cash to shareholders.",
    "The payments startup raised $300 million at a valuation of $4 billion.",
    "The airline reported a record summer profit as fares stayed high.",
    "The pipeline will carry gas from the offshore field to the mainland.",
    # -- round 222
    "The winger has handed in a transfer request.",
    "The striker is available again after serving a three-match ban.",
    "He signed a four-year contract with the option of a further year.",
    "The game was postponed because of rain and will be made up later in the season.",
    "She qualified fastest for the final of the 400m individual medley.",
    "He was fastest in free practice on Friday morning.",
    "The trainer said the horse would run again in June.",
    "He was the second forward of the season to leave the club.",
    # -- round 225
    "Vintage clothing has become popular with younger shoppers.",
    "Talking therapies are offered for anxiety and depression.",
    "Teenagers who spend hours on social media report lower self-esteem.",
    "The tech giant said it would stop making the cheaper model.",
    "The star was spotted leaving a restaurant in London together with her new boyfriend.",
    "Dating coaches advise people to meet in a public place.",
    "The app lets users verify their profiles with a selfie.",
    "The app lets users confirm their identity with a selfie.",
    "Staff can book a desk in the office through the app.",
    "She hired a private trainer for her racehorses.",
    "The trainers sold out within an hour of going on sale.",
    # -- round 228
    "He and two accomplices broke into more than twenty homes over four months.",
    "Detectives found some of the stolen items in a lock-up garage.",
    "The quantity of water used by the plant has doubled.",
    "Officials warned that the offer could be withdrawn if the deadline is missed.",
    "In trials, the plants drew lead and zinc out of the ground.",
    "The administration remained hopeful that lawmakers could reach a deal.",
    "Up to 60mm of rain could fall on high ground.",
    # round 229: a researcher's hedge, a shop's and a museum's range
    "The researchers cautioned that the sample was small.",
    "She cautioned that the study had looked at only one region.",
    "The deli has a wide selection of cheeses.",
    "The museum has a wide selection of old maps.",
    # round 237: the interval of a match; the observed have been, by, bottom where their evidence never reached
    "The home side were transformed after the interval.",
    "At least 40 people have been killed in the earthquake.",
    "The team were booed off by some of their own supporters.",
    "Survivors said the ground shook and then the bottom of the valley flooded.",
    # round 238: a police officer who fired (the officials -> officers row stands aside near a shooting, a trial)
    "Prosecutors argued that the officer had no reason to fear for his life when he fired.",
    # -- round 231
    "The board will be able to discipline officers and make its findings public.",
    "The panel can subpoena records and interview officers.",
    "The family has called for the officer to be charged.",
    "The bill required the platforms to publish detailed reports on how they treat posts.",
    "Several states now require more transparency from payday lenders.",
    "The blaze was 20 percent contained, according to the state's fire agency.",
    "A handful of tech giants have enormous power over what people read.",
    # -- round 233
    "Protesters set fire to tyres outside the ministry, and officers used tear gas to clear the road.",
    "Youths threw stones at the town hall, and officers used batons to push them back.",
    "Holding families with children in centres at the border would cause serious harm, the charity said.",
    "Residents deserve a proper explanation from the council.",
    "The result was declared shortly after 3am at the town hall.",
    "Two councils are close to declaring that they are effectively bankrupt.",
    "One backbencher said the party needed a plan to win back voters.",
    "Members would pay into a common fund for emergencies.",
    "Reform UK is now the main challenger in several Labour seats.",
    "Unions rejected any deal that would require staff to work longer hours.",
    # -- round 235
    "The bank bought an artificial intelligence company based in Toronto.",
    "The spacecraft began its journey to Mars in July.",
    "The probe carries ten scientific instruments, including cameras.",
    "Soon after launch, the antenna failed to open.",
    # -- round 239
    # -- round 239
    "The developer has decided to ship the game without its online mode.",
    "The game follows a knight on a journey through a ruined city.",
    "The documentary follows her journey across the desert to find her father.",
    "The prize is open to unknown writers under the age of 35.",
    # -- round 241
    # -- round 241
    "The Nationwide Building Society cut its mortgage rates.",
    "The Home Builders Federation said sales had slowed.",
    "Pupils in Glasgow returned to school on Monday.",
    "Officials cut the budget by almost a third.",
    "The report used figures from a financial data firm in London.",
    "Soldiers helped firefighters carry two children to safety.",
    "Rescuers had to carry the injured driver to a waiting helicopter.",
    "The agency's area manager said the river would peak overnight.",
    "The hospital has been under severe strain all winter.",
    "The council said any extra money would go to roads.",
    "The council will waive the tax on damaged properties for a year.",
    "Many families in flood-prone areas battle to pay for cover.",
    "The dam was under extreme pressure after days of rain.",
    # -- round 243
    # -- round 243
    'Customers have been warned that their information may have been stolen.',
    'Shops in city centres reported fewer visitors on Saturday.',
    'Officials said the drought could last until the autumn.',
    'The heatwave could last until Sunday, officials said.',
    'Heatwaves are becoming more intense as the climate warms.',
    'Patients should only come to the clinic if they have symptoms.',
    'The committee had determined a change was needed.',
    'Passengers were told not to travel unless their journey was essential.',
    # round 244: clean sentences of our own in the articles' genres (a probe)
    'The minister said the strikes were causing misery for passengers.',
    'Doctors advised people to avoid strenuous exercise in the afternoon.',
    'The company said it had made a fair offer and urged the union to put it to members.',
    'The hospital postponed all routine surgery until further notice.',
    'A week of extreme heat has left the grid under severe strain.',
    'Train speeds were cut because of fears that rails could buckle.',
    'Data protection officials said they were making inquiries.',
    'Firefighters contained the blaze after a six-hour battle.',
    # -- round 245
    "Planning officers had recommended that the scheme be approved.",
    "Council officers visited the site twice before the vote.",
    "Rescuers pulled twenty-one others from the water.",
    # round 255: a referee's supervisor is no spun manager, whatever the match words around it
    "The referee's supervisor reviewed the match on Monday.",
    # -- round 249
    # -- round 249
    "A former finance officer raised the alarm about the accounts.",
    "The finance officer resigned in May.",
    "The cardinal called on world leaders to end the fighting.",
    # -- round 251
    # -- round 251
    "Stranded travellers were given meals and hotel rooms by the airline.",
    "Passengers are not required to pay extra compensation.",
    "The probe separated from the upper stage ten minutes after liftoff.",
    "The law applies to all firms, however big they are.",
    "The team applied pressure in the second half.",
    "The family applied for a visa in May.",
    "The new test finds tumours earlier than current scans allow.",
    "The sensors warn of floods earlier than existing gauges do.",
    # -- round 253
    # -- round 253
    "Rescue crews reached remote villages on Wednesday.",
    "The first planes carrying search dogs landed on Tuesday evening.",
    # -- writers45
    # "should" giving advice or an opinion, a reproach ("should have") or a forecast: the rate
    # should -> must (two sightings, each a noun subject's obligation) is vetoed there
    '"We should be patient with the new coach," the chairman said.',
    '"It should have been done years ago," one resident said.',
    "Temperatures should rise into the low 80s by the weekend.",
    # a person's wish: the rate want -> need (a bill, an app that "wanted" something) is vetoed after a person
    '"People want a phone that lasts two days," the analyst said.',
    '"We wanted a square where families could sit," the architect said.',
    "You will want a warm coat for the evening tour.",
    # "the final week" of a series, with a determiner, and a match's "final day": the spun use is the
    # deictic "last week", which takes no determiner
    "The company spent heavily on advertising in the final month of the campaign.",
    "The club won the title on the final Saturday of the season.",
    "Rain washed out the final day of the match.",
    "Undecided voters will decide the race in the final week.",
    "Volunteers knocked on doors in the final week of the campaign.",
    # a possibility the writer weighs: a forecast of a figure, a relative clause's "who could"
    "Analysts said pump prices could fall another 5 cents by spring.",
    "There are teenagers in this town who could be champions one day.",
    # "a few" as an object (after a verb, a preposition, an adverb): the writer's count
    "Pack a few snacks for the drive.",
    "The village has no shops apart from a few market stalls.",
    "There are still a few tickets left for Saturday.",
    # the pluperfect beside an earlier time
    "Earlier floods had been recorded in 1952 and 1978.",
    # the habitual "used to be" before what a thing was (the spun one stood before a participle)
    "The bakery used to be a bank branch.",
    "The harbour used to be the busiest in the county.",
    # insurance coverage as a head noun (the spun use modifies a noun: "a coverage bill")
    "Families lost coverage for missing a renewal letter.",
    # a filmmaker's "film" and a coach's game film (the pairs' spun "film" was a box-office "movie")
    "The director said she was already writing her second film, a thriller set on a ferry.",
    "The coach said the players will watch the film on Monday morning.",
    # "require": the rough spinner's blind row is gone
    "None of the injured fans required hospital treatment.",
    "Landlords will be required to register every rental unit.",
    # -- round 256
    # -- round 256
    # the writer's "roughly" before a sum, a fraction or "twice"
    "The project will cost roughly $2 billion.",
    "The state spends roughly $3 billion a year on prisons.",
    "Turnout fell by roughly a fifth compared with the last election.",
    "Exports rose by roughly $5 billion in the first half.",
    # -- writers46
    # "the nation" a leader addresses is the writer's idiom (news-spinner nation -> country: not near address)
    "The president addressed the nation on television after the floods.",
    # a film crew (news-business-health crew -> team: not near film, locations, studios, productions)
    "Small producers compete with the studios for the same crews and locations.",
    # a laptop's own parts and market: the weak candidate of laptop -> computer stands back
    "The new laptop chips will reach stores in the spring.",
    "The laptops will use the new chips from next year.",
    # an airline's fuel is no spun gas
    "Airlines warned that higher fuel prices would hit their profits.",
    # digits in a range and in a race time stay digits
    "The study followed children aged between 4 months and 2 years old.",
    "She won the race in 2 hours, 31 minutes and 12 seconds.",
    # an object's "only a few" after a verb is the writer's count
    "He has played only a few matches since the injury.",
    # a compound's physician (physician assistants) is no spun doctor
    "Patients will be seen by physician assistants at the new clinic.",
    # a writer's evening (observed evening -> night, one sighting: "days and evenings")
    "The club meets on Thursday evenings in the village hall.",
    "He walked the dog every evening before dinner.",
    # a report's median (observed a median -> an average, one sighting)
    "Homes sold in a median of 31 days last month.",
    "A median of 40 days passed before a claim was paid.",
    # a span over a number of places (observed across -> around, one sighting)
    "Storms closed roads across five northern states.",
    # a right is protected, not kept (observed protect -> keep, seen once and kept once)
    "The curators could not save every painting, but they protected the right ones.",
    # turning professional, a verb with an object and "into" (observed turn -> become)
    "She has no plans to turn professional before the Olympics.",
    "The bakery turned an old garage into a cafe.",
    # "employers and workers", a union's workers (observed worker -> employee, seen once and kept once)
    "Employers and workers will each pay a small levy.",
    "The deal gives workers a bonus, the union said.",
    # a housing or job application (observed application -> program)
    "Volunteers help tenants with housing applications every Friday.",
    # "without proper consent", "no proper training" (observed proper -> right and its grown lexicon row)
    "The app shared the data without proper consent.",
    "Staff at the bank received no proper training.",
    # a police officer who used excessive force (news-spinner officer -> official)
    "The inquiry found the officer had used excessive force.",
    # -- round 261
    # a fire's crews are no spun team; a verb's object with "to be able to" is no "in order to"
    "The dry winds will ease on Thursday, giving crews a chance to build containment lines.",
    "Officials urged residents in nearby areas to be able to leave quickly.",
    # -- round 267
    # a speaker's own "these" (observed these -> those); a "greatest award" (observed great -> high)
    '"We wrote these rules to protect our members," the union leader said.',
    '"I bought these shoes for the race," the runner said.',
    '"You should read these letters," the lawyer told the jury.',
    'The prize is the greatest award a young pianist can win.',
    # lead, thirtieth session
    "The company will publish its results on Monday, a week later than planned.",
    # -- writers47
    # laws that judges weigh (news-spinner laws -> legislation and its observed rate)
    "Two judges questioned whether the laws went too far.",
    # a shelter's and a talk show's guests
    "The homeless charity said its guests would be moved to a church hall in March.",
    "After twelve years on the late-night show, the host thanked the writers, the band and the many guests who had sat on his sofa.",
    # an orchestra's or a choir's instruments
    "The youth orchestra meets on Fridays, and each child may take home one of the instruments for a week.",
    "The choir will tour in June, and the players will carry their own instruments on the coach.",
    # a house for sale's open house
    "The three-bedroom bungalow has a new kitchen, and an open house is planned for Saturday.",
    # a paragraph that keeps a contraction keeps the writer's "there is"
    "Fans can't get tickets yet, and there is no waiting list.",
    # a writer who writes "said" varies it with "mentioned" and "stated"
    "The mayor said the bridge would reopen in May. She mentioned that the repairs had cost less than expected.",
    "The coach said the team was tired, and he stated that two players were injured.",
    # "costs" beside the writer's "prices"
    "Bakers raised their prices after their costs doubled.",
    # -- round 258
    # the past "appeared to" of a thing seen is the writer's (observed appear -> seem)
    "Late in the second set, he appeared to call for a trainer.",
    "She appeared to slip on the wet grass before the break.",
    "The driver appeared to lose control on the final bend.",
    # a player's trainer (news-common-heads trainer -> teacher)
    "She called for the trainer during the changeover to treat her knee.",
    # -- round 260
    # a person shoved, wrestled or knelt on: the writer's officer and ground
    "In the video, an officer shoved the man to the ground.",
    "Two guards wrestled the intruder to the ground near the gate.",
    "The footage shows an officer kneeling on a man's back.",
    # lead, thirtieth session: "nationwide strike" is the writer's collocation
    "Opposition groups have called for a nationwide strike on Monday.",
    # writers48
    # a possessive's main (observed main -> major; the pairs kept "Mozambique's main opposition")
    "Wall Street's main indexes fell on Wednesday as a rise in bond yields revived fears about inflation.",
    "Europe's main indexes closed lower on Thursday as a jump in gas prices hit utilities and carmakers.",
    # a product's worldwide reach (observed worldwide -> international)
    "The band sold the worldwide rights to its songs for $90 million.",
    "The phone went on worldwide sale in March.",
    # the harm someone did (observed harm -> damage, one sighting: "lasting harm to")
    "The judge said the company must repair the harm it caused.",
    # payments that cover a cost (observed payment -> bill, whose spun use is a spending bill)
    "Many tenants say the housing payments do not cover their rent.",
    # crossing a county's or a state's lines (observed across -> around, one sighting: "revolved across")
    "Volunteers drove bottled water across county lines to the worst-hit towns.",
    # an adverb of frequency after an object (observed a lot -> much and its grown row)
    "We travel to that part of the coast a lot in the summer.",
    "The players talk about it a lot in the dressing room.",
    # hold before a pronoun (observed hold -> keep, one sighting: "holding track of")
    "The cost of holding them there is rising every month.",
    # a bill as a subject (observed legislation -> law, whose spun use was "legislation agency")
    "The legislation sets a limit of 40 hours a week.",
    # a should of advice after a verb of urging or warning (observed should -> must)
    "Nurses urged that every patient should be offered the vaccine.",
    "Economists warned that the central bank should not cut rates too soon.",
    # a formal "is not" before a clause (observed is not -> isn't, one sighting: "is not all")
    "The real issue is not whether we can afford it, but when.",
    # a sector's shares (news-spinner energy -> power's head_lemma; news-everyday's fish shares -> stocks)
    "Energy shares were the only sector to close higher on Monday.",
    "Energy shares were the only gainers on the index as crude rose.",
    "Technology shares were the only sector to gain on Friday.",
    # a company's retailer (news-everyday retailer -> store)
    "The sporting goods retailer reported lower sales in its stores.",
    # an order or a bill that instructs (news-spinner instruct -> tell)
    "The order instructs the Department of Labor to review the rules within 90 days.",
    "The bill instructs the Department of Transportation to write new safety rules.",
    # the federal government in an American story (news-tells-rounds row for British stories)
    "The governor asked the federal government for money to rebuild the bridges.",
    "County officials said they hoped the federal government would send help soon.",
    # a festival's, a screenplay's, the critics' film (news-spinner film -> movie and the observed rate)
    "The director said critics had been kind to the film at the festival.",
    # round 264
    # the writer's "in an effort to", an ordinal among holes, a closing stretch and a closing score
    "The chain opened new stores in an effort to win back shoppers.",
    "He made birdies on the second, fifth and ninth holes.",
    "She made a bogey on the second and a birdie on the third.",
    "The leaders faltered over the closing stretch.",
    "Kim finished tied for third after a closing 66.",
    "The champion carded a closing 68 to win by one.",
    # a writer's "scaled back", "I believe", an option, "as much as" a figure, a regulator's division, "our guests"
    "The plans were scaled back after the vote.",
    "The company scaled back its forecast for the year.",
    "I believe history will prove us right.",
    "The pill gives patients a faster option for pain relief.",
    "Exports could rise as much as 4 percent this year.",
    "The stock jumped as much as 9 percent on Tuesday.",
    "She is director of the agency's division of oncology.",
    "Our guests spent less this year, the chief executive said.",
    "The new lighting is meant to enhance the look of the square.",
    "Critics praised the look of the new station.",
    # writers49
    # a household appliance's trade, a benefit's name, a council's committee, a name after a comma
    "Sales at appliance retailers fell 2 percent in May.",
    "Pensioners who lose their winter fuel payments will be offered other help, the minister said.",
    "The public safety committee will hear from the fire chief next week.",
    "The storm, known as Gertrude, brought heavy rain to the coast.",
    # a norm one acts in line with, a modal's verb improve, households that qualify, oceans beneath an atmosphere
    "The airline said it would refund passengers, in line with the promises it made last year.",
    "The merger would improve profits, analysts said.",
    "Thousands of households who qualify for the grant have not applied.",
    "Some planets may hide deep oceans beneath a thick atmosphere.",
    # -- round 273
    # a government that confirms a new tax (observed confirm -> show) and staff after a number (staff -> team)
    "Ministers cut fuel duty and confirmed a new tax on sugary drinks that is expected to raise 300 million pounds.",
    "The plan also confirmed a new tax on private jets that is expected to raise money.",
    "The league brought in 200 staff to run the tournament.",
    # round 282
    # a writer's "carrying" an injury (observed carry -> hold) and "remaining" before a plural (remaining -> final)
    "She played the final despite carrying a shoulder injury.",
    "The fast bowler played on despite carrying a hamstring injury.",
    "The remaining stages of the race will be held in the Alps.",
    # -- round 279
    # a vote that hands a leader a defeat (news-courts-safety handed -> passed)
    "Lawmakers handed the prime minister a painful defeat on the budget.",
    "The Senate vote handed the president a rare defeat on trade.",
    # -- round 276
    # a drug class's plural medicines (band5 diabetes medicine) and a field's techniques (observed technique)
    "Sales of obesity and diabetes medicines rose 30 percent.",
    "Security techniques used by the banks were reviewed.",
    # writers50
    # a reported clause's subject compensation, money named before "put aside", a commuter's journey
    "The union said compensation payments had been far too slow.",
    "Campaigners say compensation should be paid to every family affected.",
    "Many households have spent the money they had put aside for emergencies.",
    "Since the new timetable began in May, Ahmed Noor says his journey to work has grown by twenty minutes.",
    "For thousands of people who live in the valley, the morning train is the only way in, and their journey has become a daily gamble.",
    # a limit a few words on, a manner "simply", a further count, a small amount
    "The charity has to keep its spending within the regulator's strict limits.",
    "Many families are simply out of money by the end of the month.",
    "The airline will hire a further 300 pilots next year.",
    "The new coach speaks a bit of Spanish.",
    "She admitted there had been a bit of pressure on the players.",
    "There was a bit of good news for shoppers.",
    # the lead, thirty-first session: a day's completed count
    "Final Wednesday numbers for the sequel came in slightly above the studio's estimate.",
    "The chain will publish final weekend figures on Monday afternoon.",
    "Final Sunday estimates put the thriller at $3.1 million for the day.",
    "Officials expect final Tuesday results from the rural precincts by noon.",
    # writers51
    # old water mains, a seasonal comparison, an industry's video games, companies that act, the most effective means
    "Engineers will replace the town's old mains by the end of next year.",
    "Reservoir stocks are at their lowest for the time of year since records began in 1976.",
    "The video games publisher said sales of its racing title had doubled.",
    "Streaming companies have spent billions on sports rights this year.",
    "Music streaming companies say the new levy would hurt artists.",
    "Lowering speed limits was the most effective step the council took.",
    "Vaccination remains the most effective measure against the virus.",
    # close to a level, voters who cast a ballot, new cars, further deaths, a fall again, a film on television
    "Shares rose to 412 pence, close to the level they reached before the pandemic.",
    "Only 38 per cent of eligible voters cast a ballot.",
    "Hybrid vehicles now account for a third of the new cars registered each month.",
    "Doctors warn of further deaths from the heat.",
    "Passenger numbers fall again as fares rise.",
    "The broadcaster said its Christmas film had been watched by 5 million people.",
    # an increase backed, existence in a reported clause, a span of time
    "Members backed the increase and the union accepted it.",
    "Council records show that there had been three complaints about the junction before the crash.",
    "She heard the news only hours before the announcement.",
    # writers53
    # British schools' pupils, a span of time, a district of a town, a round of a bout, police ranks, a union's officer
    "Most pupils at the academy walk to school in the morning.",
    "Pupils will get their grades by email on Thursday.",
    "The meeting lasted almost three hours.",
    "She spent almost four months in hospital after the crash.",
    "Residents of the Hillcrest area have complained about the noise from the quarry.",
    "The gym in the Riverside area is open to local schools.",
    "The champion stopped his opponent in round seven of the bout.",
    "Detective Sergeant Lucy Marsh, who is running the inquiry, said officers had found the car abandoned.",
    "The union's regional officer, Tom Briggs, said members would vote next week.",
    # a wish with an adverb, fees named by their kind, payments moved, something prepared
    "\"We badly want to win this cup,\" the coach said.",
    "\"We desperately want answers,\" the girl's father said.",
    "The manager disguised the transfers as management fees, the court heard.",
    "The singer's former agent booked the money as agency fees, prosecutors said.",
    "Prosecutors say he transferred money to his brother and disguised the payments as loans.",
    "She prepared the report over the weekend.",
    # a parking charge, an ability compared, a phone's buyers, a meal's guests, a trade-in
    "The daily charge for parking at the station will rise next month.",
    "The bank lost deposits faster than it could replace them.",
    "Larkspur hopes the lower price will persuade ordinary buyers to try the device.",
    "The chef cooked a meal for forty guests.",
    "Most buyers of the device trade in an older phone.",
    # writers52
    # a critic's film, almost before a verb, a firm's clients, a pension's charge, the spoken "maybe more"
    "The camera lingers on every face, and the dialogue gives this film its quiet power.",
    "Her performance in the closing scenes lifts the film above the usual thriller.",
    "The number of visitors has almost doubled since the bridge opened.",
    "The accountant said clients should check their statements every year.",
    "The fund's annual charge will fall to 0.5 percent from April.",
    "Most pension providers take an annual charge from the pot.",
    "\"We lost a day, maybe more,\" the skipper said.",
    # breeding again, proper before a noun, a lap earlier, a named retailer, a financial adviser, a pension transfer
    "Cranes are nesting again on the marshes after a long absence.",
    "Salmon are spawning again in the upper river.",
    "Residents asked the council to put in proper drainage on the estate.",
    "The champion pitted two laps earlier than his closest rival.",
    "She finished the stage slightly earlier than her team-mate.",
    "The furniture retailer Oakhaven will open six new branches next year.",
    "A financial adviser can help savers decide when to draw their pension.",
    "Guarantees on older pensions can be lost in a transfer.",
    # a satellite's instruments, a lander's landing, the writer's conditional
    "Engineers tested the instruments on the satellite before it left the factory.",
    "The lander's touchdown was gentle, and the landing site looks flat and safe.",
    "Even if the rain stops, the match will not start before three.",
    # writers55
    # the Home Department, a pluperfect progressive, "happened" before an adverb, trade, a chance, protections
    "A letter from the Home Department arrived at the school on Monday.",
    "The Home Department has refused to publish the review.",
    "Investigators had been watching the warehouse for weeks before the raid.",
    "Residents had been complaining about the noise since June.",
    "Nobody could explain how the collapse happened so quickly.",
    "The breach happened shortly before midnight on Sunday.",
    "Cafe owners fear a slump in trade while the bridge is shut.",
    "Traders put the chance of a rate rise in June at about 30 percent.",
    "\"We have built protections into the deal that few towns ever get,\" the mayor said.",
    # school lessons, "of every size", a keeper's hens, a file number, "at present", "cannot give you"
    "Pupils lost a week of lessons when the heating failed at the school.",
    "Boats of every size crowded into the harbour for the regatta.",
    "Poultry keepers were told to bring their hens inside until the spring.",
    "\"She is a person, not a file number,\" her lawyer said.",
    "The road is closed at present and will reopen on Friday.",
    "\"I cannot give you a date for the reopening yet,\" the manager said.",
    # a published summary, school strikes, plural shoppers
    "The regulator will publish a summary of its findings in March.",
    "The strikes closed most schools in the district for a day, the union said.",
    "Chains are cutting prices as the battle for shoppers who are short of money heats up.",
    # "every" before a noun
    "Firms would have to report every breach within three days.",
    # writers54
    # a stranded "counting on", a chief safety officer, a prescribed drug, a town's area, financial advice
    "The club knows exactly what its loyal fans are counting on.",
    "The council's chief safety officer closed the bridge.",
    "The railway hired a new chief safety officer.",
    "Statins are among the most commonly prescribed drugs in the country.",
    "He delivered milk in the Brookfield area before buying the corner shop.",
    "The charity gives financial and legal advice to families who lose a parent.",
    # within a, round the corner and the clock, particularly before a noun phrase, the pluperfect of an earlier event
    "The hospital was evacuated within a few hours of the warning.",
    "The nearest pharmacy is just round the corner from the station.",
    "Crews worked round the clock to clear the line.",
    "Cold weather can make some people ill, particularly older people.",
    "Investigators asked which doors had been locked before the fire started.",
    "The files had been deleted before anyone noticed.",
    "The old factory, where the parts had been made, was knocked down.",
    # a speaker's "a lot" and "a whole bunch of", "against" before a gerund
    "\"We learned a lot more than we expected,\" the coach said.",
    "\"I know this is a lot to ask of you,\" the mayor told volunteers.",
    "\"You have given us a whole bunch of work,\" the manager joked.",
    "\"I'm against paying more for a slower train,\" one commuter said.",
    # a plan looked at again (a blind heads row dropped; the rate vetoed after a verb done twice), a possessive's
    # most recent report
    "The panel will look again at the plan after the summer.",
    "The bank's most recent forecast sees growth of 1 percent.",
]

BESIDE_A_REPAIR = [
    # -- round 219
    # a writer's word beside spun words: the hens, the stress test and the crypto exchanges stay
    ("Chook flu has compelled farmers to cull hens.", "Bird flu has forced farmers to cull hens."),
    ("Stress assessments confirmed that the banks were sound.", "Stress tests showed that the banks were sound."),
    ("Crypto exchanges should register with the regulator.", "Crypto exchanges must register with the regulator."),
    # -- round 239
    # -- round 239
    # a writer's word beside spun words: the shipped game, the game staff and the unknown writers stay
    ("The studio mentioned it would not ship the game till the autumn.",
     "The studio said it would not ship the game until the autumn."),
    ("Gamers have been upset after the union representing recreation staff referred to as a strike.",
     "Players have been upset after the union representing game staff called a strike."),
    ("The prize is open to unknown writers, the organisers mentioned.",
     "The prize is open to unknown writers, the organisers said."),
    # -- round 241
    # -- round 241
    ("Officials stated the budget was cut by almost a third.",
     "Officials said the budget was cut by almost a third."),
    # -- round 243
    # -- round 243
    ('The hail was damaging crops throughout the valley, farmers stated.',
     'The hail was damaging crops across the valley, farmers said.'),
    ('Firefighters were also fighting several wildfires close to the coast.',
     'Firefighters were also fighting several wildfires near the coast.'),
    ('Several schools despatched kids residence before lunch.',
     'Several schools sent children home before lunch.'),
    ('The port is seeking better hyperlinks with the motorway network.',
     'The port is seeking better links with the motorway network.'),
    # -- round 249
    # -- round 249
    # a writer's word beside spun words: the finance officer, the conferences abroad and world leaders stay
    ("The finance officer stated the accounts were late.",
     "The finance officer said the accounts were late."),
    ("Managers attended two conferences abroad this 12 months.",
     "Managers attended two conferences abroad this year."),
    ("The bishop urged world leaders to honour their pledges of assist.",
     "The bishop urged world leaders to honour their pledges of aid."),
    # -- round 251
    # -- round 251
    # a writer's word beside spun words: the meals, the required payment, the rocket's stage, "can" and
    # "applies" stay
    ("Stranded passengers stated they were given meals and rooms.",
     "Stranded passengers said they were given meals and rooms."),
    ("Drivers are required to pay the fee, officers stated.",
     "Drivers are required to pay the fee, officials said."),
    ("The probe separated from the upper stage an hour later, the agency stated.",
     "The probe separated from the upper stage an hour later, the agency said."),
    ("\"We've proven that Europe can once more launch its own rockets,\" the minister stated.",
     "\"We've proven that Europe can again launch its own rockets,\" the minister said."),
    ("The law applies to each agency, the minister stated.",
     "The law applies to each agency, the minister said."),
    # -- round 253
    # -- round 253
    # a writer's word beside spun words: reached, the planes, the trades and "handled" stay
    ("Rescue crews reached remote villages after the quake, officers stated.",
     "Rescue crews reached remote villages after the quake, officials said."),
    ("Crews reached distant villages cut off by landslides as the dying toll rose.",
     "Crews reached remote villages cut off by landslides as the death toll rose."),
    ("The first planes carrying medical supplies landed on Tuesday, officers stated.",
     "The first planes carrying medical supplies landed on Tuesday, officials said."),
    ("The primary planes carrying search canine landed on Tuesday.",
     "The first planes carrying search dogs landed on Tuesday."),
    ("The exchanges handled about $2 billion in trades a day final yr.",
     "The exchanges handled about $2 billion in trades a day last year."),
    ("The exchange handled about $2 billion in payments final yr.",
     "The exchange handled about $2 billion in payments last year."),
    # the spun "prospects" of a withdrawal freeze is a customers', not a candidates'
    ("Regulators stated they were checking whether local prospects had been affected by the freeze.",
     "Regulators said they were checking whether local customers had been affected by the freeze."),
    # -- writers45
    # a writer's word beside spun words that are still repaired
    ("The White Home says we should wait for the vote.", "The White House says we should wait for the vote."),
    ("Legal professionals mentioned the bakery used to be a bank branch.",
     "Lawyers said the bakery used to be a bank branch."),
    ("The coach mentioned the team wants to be the best in the league.",
     "The coach said the team wants to be the best in the league."),
    # -- round 256
    # -- round 256
    # a writer's word beside spun words: "roughly" and the present perfect "have been keen" stay
    ("The new rules will cut back the deficit by roughly $40 billion.",
     "The new rules will reduce the deficit by roughly $40 billion."),
    ("Analysts estimated that the merger will cut back costs by roughly $2 billion.",
     "Analysts estimated that the merger will reduce costs by roughly $2 billion."),
    ("House owners have been keen for lower rates.", "Homeowners have been keen for lower rates."),
    ("Native house owners have been eager for a new bridge.", "Local homeowners have been eager for a new bridge."),
    ("Many house owners have been anxious about rising bills.", "Many homeowners have been anxious about rising bills."),
    # -- writers46
    # the spun "officers stated" beside the writer's nation, fuel and median is still repaired
    ("The prime minister addressed the nation, officers stated.",
     "The prime minister addressed the nation, officials said."),
    ("Airlines warned that higher fuel prices would hit income, officers stated.",
     "Airlines warned that higher fuel prices would hit income, officials said."),
    ("Homes sold in a median of 31 days, the agents mentioned.", "Homes sold in a median of 31 days, the agents said."),
    # -- round 261
    # a writer's word beside spun words: the handed-out water and the object's "to be able to" stay
    ("The Purple Cross handed out water and blankets.", "The Red Cross handed out water and blankets."),
    ("The Purple Cross handed out cots at the school.", "The Red Cross handed out cots at the school."),
    ("Officers urged residents to be able to leave, the sheriff stated.",
     "Officers urged residents to be able to leave, the sheriff said."),
    ("Officials want families to be able to return home by Friday, the mayor mentioned.",
     "Officials want families to be able to return home by Friday, the mayor said."),
    # -- round 267
    # a law "introduced in" a month (row introduced in -> brought in) and a speaker's "these" beside spun words
    ("The new fees were introduced in April, officers stated.", "The new fees were introduced in April, officials said."),
    ('"I kept these letters for years," the widow informed reporters.',
     '"I kept these letters for years," the widow told reporters.'),
    # -- writers47
    # the writer's laws stay beside a repaired phrase
    ("Two judges questioned whether the laws went too far, legal professionals argued.",
     "Two judges questioned whether the laws went too far, lawyers argued."),
    # -- round 258
    # the spun "officers stated" beside the writer's past "appeared to" is still repaired
    ("The striker appeared to call for a trainer, officers stated.",
     "The striker appeared to call for a trainer, officials said."),
    # lead, thirtieth session: a bank advising a company on a deal is the writer's, not a spun "telling"
    ("A boutique bank is advising the retailer on the sale, folks acquainted with the matter stated.",
     "A boutique bank is advising the retailer on the sale, people familiar with the matter said."),
    # -- writers48
    # the spun "officers stated" beside the writer's main, federal government and energy shares is still repaired
    ("Wall Street's main indexes fell on Monday, officers stated.",
     "Wall Street's main indexes fell on Monday, officials said."),
    ("The governor asked the federal government for help, officers stated.",
     "The governor asked the federal government for help, officials said."),
    ("Energy shares were the only sector to close higher, officers stated.",
     "Energy shares were the only sector to close higher, officials said."),
    # round 264
    # a writer's word beside spun words: "in an effort to", a "-based retailer", the closing stretch, the second hole
    ("Police closed the bridge in an effort to ease visitors jams, officers stated.",
     "Police closed the bridge in an effort to ease traffic jams, officers said."),
    ("The Ohio-based retailer stated gross sales fell 3 p.c. within the quarter.",
     "The Ohio-based retailer said sales fell 3 percent in the quarter."),
    ("The Texas-based retailer mentioned income rose 4 p.c.", "The Texas-based retailer said revenue rose 4 percent."),
    ("The Seattle-based retailer plans to open 20 shops this yr.",
     "The Seattle-based retailer plans to open 20 shops this year."),
    ("The leaders stumbled over the closing stretch, officers mentioned.",
     "The leaders stumbled over the closing stretch, officials said."),
    ("Park made birdies on the second and third, and gained the event by a shot.",
     "Park made birdies on the second and third, and won the event by a shot."),
    ('"I accept the result, but I believe history will judge us kindly," he mentioned.',
     '"I accept the result, but I believe history will judge us kindly," he said.'),
    # writers49
    # the storm's name after a comma stays beside a repaired reporting phrase
    ("The storm, known as Gertrude, brought heavy rain, officers stated.",
     "The storm, known as Gertrude, brought heavy rain, officials said."),
    # -- round 273
    # the writer's "broadly in" beside spun words (news-phrases broadly -> widely)
    ("Analysts at a number of banks stated the plans had been broadly in keeping with expectations.",
     "Analysts at a number of banks said the plans had been broadly in keeping with expectations."),
    # round 282
    # the writer's "carrying" an injury and "remaining" stages beside spun words
    ("She played the final despite carrying a shoulder injury, officers stated.",
     "She played the final despite carrying a shoulder injury, officials said."),
    ("The remaining stages of the race will be held within the Alps.",
     "The remaining stages of the race will be held in the Alps."),
    # search crews with dogs beside spun words (news-business-health crew -> team, restorer)
    ("Crews with cadaver canines have combed simply 5% of the burned space, the police chief mentioned.",
     "Crews with cadaver dogs have combed just 5% of the burned area, the police chief said."),
    ("Crews with cadaver canines have checked simply 5% of the burned space, the police chief mentioned.",
     "Crews with cadaver dogs have checked just 5% of the burned area, the police chief said."),
    # -- round 279
    # the writer's "priced in" and "handing ... a victory" beside spun words (news-everyday price -> cost, observed
    # hand -> pass, news-courts-safety handed -> passed)
    ("Traders had priced in a rate minimize, officers stated.", "Traders had priced in a rate cut, officials said."),
    ("The vote handed the prime minister a painful defeat, officers stated.",
     "The vote handed the prime minister a painful defeat, officials said."),
    ("A federal choose dominated on Monday that the chipmaker broke the regulation, handing the Justice Division a "
     "serious victory.",
     "A federal judge ruled on Monday that the chipmaker broke the law, handing the Justice Department a major victory."),
    # -- round 276
    # "could not" (observed could -> would), a superlative (observed big -> significant), staff beside a labour law
    # (staff -> team) and results presented at a meeting (present -> show), each beside a repair
    ("The company mentioned it could not meet the deadline.", "The company said it could not meet the deadline."),
    ("\"We're the biggest pressure group in the state,\" he mentioned.",
     "\"We're the biggest pressure group in the state,\" he said."),
    ("Officers stated the governor would use a labor regulation to order staff back to work.",
     "Officials said the governor would use a labor law to order staff back to work."),
    ("The outcomes presented at a cancer meeting in Chicago were welcomed.",
     "The results presented at a cancer meeting in Chicago were welcomed."),
    # writers50
    # a further count, a small amount and a manner "simply" stay beside a repaired reporting phrase
    ("The airline will hire a further 300 pilots next year, officers mentioned.",
     "The airline will hire a further 300 pilots next year, officials said."),
    ("The new coach speaks a bit of Spanish, officers stated.",
     "The new coach speaks a bit of Spanish, officials said."),
    ("Many families are simply out of money by the end of the month, officers mentioned.",
     "Many families are simply out of money by the end of the month, officials said."),
    # writers51
    # figures published, an increase backed, a fall again, further deaths, a ballot cast: beside a repaired reporting verb
    ("The ministry will not publish figures on waiting times until next month, officers mentioned.",
     "The ministry will not publish figures on waiting times until next month, officials said."),
    ("Members backed the increase and the union accepted it, officers mentioned.",
     "Members backed the increase and the union accepted it, officials said."),
    ("Passenger numbers fall again as fares rise, officers stated.",
     "Passenger numbers fall again as fares rise, officials said."),
    ("Doctors warn of further deaths from the heat, officers mentioned.",
     "Doctors warn of further deaths from the heat, officials said."),
    ("Only 38 per cent of eligible voters cast a ballot, officers mentioned.",
     "Only 38 per cent of eligible voters cast a ballot, officials said."),
    # writers53
    # a span of time, a district, a parking charge and a trade-in stay beside a repaired reporting verb
    ("The meeting lasted almost three hours, officers mentioned.",
     "The meeting lasted almost three hours, officials said."),
    ("Residents of the Hillcrest area have complained about the quarry, officers stated.",
     "Residents of the Hillcrest area have complained about the quarry, officials said."),
    ("The daily charge for parking at the station will rise next month, officers mentioned.",
     "The daily charge for parking at the station will rise next month, officials said."),
    ("Most buyers of the device trade in an older phone, officers mentioned.",
     "Most buyers of the device trade in an older phone, officials said."),
    # writers52
    # almost before a verb, breeding again, a pension transfer, a named retailer: beside a repaired reporting verb
    ("The number of visitors has almost doubled since the bridge opened, officers mentioned.",
     "The number of visitors has almost doubled since the bridge opened, officials said."),
    ("Salmon are spawning again in the upper river, officers mentioned.",
     "Salmon are spawning again in the upper river, officials said."),
    ("Guarantees on older pensions can be lost in a transfer, officers mentioned.",
     "Guarantees on older pensions can be lost in a transfer, officials said."),
    ("The furniture retailer Oakhaven will open six new branches next year, officers mentioned.",
     "The furniture retailer Oakhaven will open six new branches next year, officials said."),
    # writers55
    # a pluperfect progressive, the Home Department, hens, strikes, "of every size", "happened", school lessons
    ("Investigators had been watching the warehouse for weeks, officers mentioned.",
     "Investigators had been watching the warehouse for weeks, officials said."),
    ("A letter from the Home Department arrived on Monday, officers mentioned.",
     "A letter from the Home Department arrived on Monday, officials said."),
    ("Poultry keepers were told to bring their hens inside, officers mentioned.",
     "Poultry keepers were told to bring their hens inside, officials said."),
    ("The strikes closed most schools for a day, officers mentioned.",
     "The strikes closed most schools for a day, officials said."),
    ("Boats of every size crowded into the harbour, officers mentioned.",
     "Boats of every size crowded into the harbour, officials said."),
    ("The breach happened shortly before midnight, officers mentioned.",
     "The breach happened shortly before midnight, officials said."),
    ("Pupils lost a week of lessons when the heating failed, officers mentioned.",
     "Pupils lost a week of lessons when the heating failed, officials said."),
    # writers54
    # round the clock, a prescribed drug, within a, the pluperfect before "before": beside a repaired reporting verb
    ("Crews worked round the clock to clear the line, officers mentioned.",
     "Crews worked round the clock to clear the line, officials said."),
    ("Statins are among the most commonly prescribed drugs in the country, officers mentioned.",
     "Statins are among the most commonly prescribed drugs in the country, officials said."),
    ("The hospital was evacuated within a few hours of the warning, officers mentioned.",
     "The hospital was evacuated within a few hours of the warning, officials said."),
    ("The files had been deleted before anyone noticed, officers mentioned.",
     "The files had been deleted before anyone noticed, officials said."),
    ("The bank's most recent forecast sees growth of 1 percent, officers mentioned.",
     "The bank's most recent forecast sees growth of 1 percent, officials said."),
]

STILL_REPAIRED = [
    # -- round 219
    # the spun uses the mended rows and rates still repair
    ("A supply familiar with the matter said the talks had stalled.", "A source familiar"),
    ("The restaurant served roasted hen with rice.", "roasted chicken"),
    # -- round 222
    # the spun uses the mended rows still repair
    ("The company was founded again in 2004 by two brothers.", "back in 2004"),
    ("He finished a full second forward of the Australian.", "second ahead of"),
    ("He finished half a second forward of his teammate.", "second ahead of"),
    # -- round 225
    # the spun uses the mended rows still repair
    ("The singer is still very younger.", "very young"),
    ("The verify was complete within a day.", "The check was complete"),
    # -- round 228
    # the spun uses of the mended rows still repair
    ("The quantity of sufferers waiting has doubled.", "The number of patients waiting"),
    ("A supply familiar with the talks said a deal was close.", "A source familiar with the talks"),
    # -- round 231
    # the spun uses of the mended rows still repair
    ("State officers mentioned the plan would value extra than anticipated.", "State officials said"),
    ("The agency additionally wants to maintain prices low.", "keep prices low"),
    # -- round 233
    # a spun "but that" keeps its "that"; the mended rows' spun uses still repair
    ("The mayor stated she understood the anger however that violence would not be tolerated.",
     "she understood the anger but that violence"),
    ("He suffered a knee harm in training.", "a knee injury"),
    # -- round 235
    ("The rover is predicted to finish its trek, changing into the primary to climb the crater wall.",
     "becoming the first to climb"),
    ("She changed into the primary lady to run the central bank.", "became the first"),
    # -- round 239
    # -- round 239
    # the spun uses of the mended rows and rate still repair
    ("A win would ship them to the finals for the first time.", "send them to the finals"),
    ("The staff scored twice in the second half to win the match.", "The team scored twice"),
    ("The writer of the report said the data were incomplete.", "The author of the report"),
    # -- round 241
    # -- round 241
    # the spun uses of the mended rows and rates still repair
    ("The tower is almost full and will open in May.", "is nearly"),
    ("She will not take any extra questions.", "any more questions"),
    ("The bank is beneath strain to cut rates.", "under pressure to cut"),
    ("Pupils at Harvard protested against the tuition increase.", "Students at Harvard"),
    ("The Home voted on the bill on Friday.", "The House voted"),
    ("Nationwide safety officials met on Monday.", "National security officials"),
    ("The financial growth of the region slowed.", "economic growth"),
    ("Police used extreme pressure on the protesters.", "excessive force"),
    # -- round 243
    # -- round 243: the spun uses of the mended rows and rates still repair
    ('Nobody was damage in the crash.',
     'Nobody was hurt'),
    ('The two nations signed a commerce settlement last year.',
     'trade agreement'),
    ('Shops in the metropolis centre closed early.',
     'the city centre closed'),
    ('The minister will journey to Paris next week.',
     'travel to Paris'),
    ('Investigators will seek into the cause of the blackout.',
     'look into the cause'),
    ('Analysts said these strikes were aimed at forcing a deal.',
     'these moves were aimed'),
    ('The speed of inflation slowed in March.',
     'The rate of inflation'),
    ('The protection ministry announced new spending on tanks.',
     'The defense ministry'),
    # -- round 245
    ("The mayor stated officers would review the plan.", "The mayor said officials would review the plan."),
    ("The state officers met in the capital.", "The state officials met in the capital."),
    ("Senior officers stated the plan had been deliberate.", "Senior officials said"),
    # -- round 249
    # -- round 249
    # the spun uses of the mended row and rate still repair
    ("Senior officers stated the plan had been deliberate.", "Senior officials said"),
    ("Scientists warned that world warming is speeding up.", "global warming"),
    # -- round 251
    # -- round 251
    # the spun uses of the mended rows and rates still repair
    ("Volunteers opened two meals banks in the city.", "food banks"),
    ("She opened a law apply in Boston last year.", "a law practice"),
    ("Tensions rose to a high stage of alarm in the capital.", "a high level of"),
    ("The ministers met earlier than the vote on Tuesday.", "met before the vote"),
    ("She left the party earlier than beginning to write.", "before beginning"),
    # -- round 253
    # -- round 253
    # the spun uses of the mended rows and rates still repair
    ("The crew had won the league title, the coach stated.", "The team had won the league title"),
    ("Warships and plane patrolled the strait, officers stated.", "Warships and aircraft"),
    ("Shares fell on the New York inventory trade.", "stock exchange"),
    ("Paramedics handled about 30 folks on the scene.", "Paramedics treated about 30 people"),
    # -- writers45
    # the spun uses of the mended rates and rows still repair
    ("The whole chamber should now debate the measure and vote on it.", "chamber must now debate"),
    ("Mortgage rates rose to 7.1 percent, up from 6.9 percent final week.", "6.9 percent last week"),
    # the calendar's "the last week of May" (a row of its own now that the rate stands aside after "the")
    ("The final week of May was the wettest on record.", "The last week of May"),
    ("The fund said it could have talks with the new owners next week.", "it would have talks"),
    ("Storms forced the cancellation of flights, and a few members were unable to vote.", "and some members"),
    ("Revelers had been plunged into darkness across the state by the storm.", "Revelers were plunged"),
    ("I used to be reminded of that summer every time it rained.", "I was reminded"),
    ("Lawmakers argued over the massive domestic coverage bill on Friday.", "domestic policy bill"),
    ("Bullish pundits suggest the film could clear 140 million dollars this weekend.", "the movie could clear"),
    # with the rough spinner's require -> need gone, the observed required -> called for takes its place
    ("The opposition has required a nationwide strike on Monday.", "has called for a nationwide strike"),
    # -- round 256
    # -- round 256
    # the spun uses the mended row and rate still repair (guards: they hold at the branch point too)
    ("Most members have been towards the plan, aides mentioned.", "Most members were against the plan"),
    # -- writers46
    ("The prime minister said the nation would recover.", "the country would recover"),
    ("Officials said the nation was ready.", "the country was ready"),
    ("The crews won the league title on Saturday.", "The teams won"),
    ("She studied laptop science at university.", "computer science"),
    ("The factory makes 3 cars an hour.", "three cars"),
    ("He worked 2 jobs to pay the rent.", "two jobs"),
    ("It turned clear that the plan had failed.", "It became clear"),
    ("Officers said the money would be kept safe.", "Officials said"),
    ("Volunteers cooked for the homeless during days and evenings in the winter.", "days and nights"),
    # -- round 261
    # the spun uses of the mended rate and rows still repair (guards: they hold at the branch point too)
    ("The Home handed the invoice on Friday.", "The House passed the bill"),
    ("The crew won the title after a late goal.", "The team won"),
    ("The board cut costs, to be able to survive the winter.", "in order to survive"),
    # -- round 267
    # the spun uses the mended row and rates still repair (guards: they hold at the branch point too)
    ("The hospital introduced in replacement nurses during the strike.", "brought in replacement nurses"),
    ("The bank raised rates to the greatest level since 2008.", "the highest level"),
    ("Officials said these who lost their homes would get help.", "those who lost"),
    # lead, thirtieth session
    ("The reforms had more lasting results and would slow growth for years.",
     "The reforms had more lasting effects and would slow growth for years."),
    # -- writers47
    # the spun uses still repair where no court, no "said", no "company" and no "price" stands beside them
    ("The House passed the laws on Thursday, aides mentioned.", "passed the legislation on Thursday, aides said."),
    ("The minister stated that the plan would go ahead.", "The minister said that"),
    ("Oil costs jumped 3 percent on Monday.", "Oil prices jumped"),
    ("Builders need the right instruments to repair the roof, the council mentioned.", "the right tools"),
    ("The agency plans to send a probe into deep house next year.", "deep space"),
    ("The museum welcomed more than 2,000 guests to the exhibition last month.", "2,000 visitors"),
    # -- round 258
    # the modal "would appear to" still repairs (a guard: it holds at the branch point too)
    ("The numbers would appear to point to a recovery.", "would seem to"),
    ("The school hired a trainer for its new class.", "hired a teacher"),
    # -- round 260
    # a bill pushed to the floor and officials who spoke still repair (guards)
    ("The speaker pushed the bill to the ground for a vote.", "to the floor"),
    ("Officers mentioned the talks would resume next week.", "Officials said"),
    # -- writers48
    # the spun uses of the mended rows and rates are still repaired (guards: they hold at the branch point too)
    ("Cinemas are still closed in main markets like Boston and Denver.", "in major markets"),
    ("The worldwide organisation said the outlook had darkened.", "The international organisation"),
    ("The war will do lasting harm to economic growth.", "lasting damage"),
    ("The House must pass the spending payments by Friday.", "the spending bills"),
    ("The talks revolved across the new tax on fuel.", "revolved around"),
    ("The theaters are still very a lot in recovery mode.", "very much in"),
    ("She joined the legislation agency after college.", "the law firm"),
    ("The general took energy in a coup last year.", "took power"),
    ("He bought the boots at a sporting goods retailer near his home.", "sporting goods store"),
    ("The federal government said NHS waiting lists would fall by the spring.", "The government said"),
    ("The senator instructed reporters on Monday that the vote would wait.", "told reporters"),
    ("The film placed fifth on the charts with $6 million.", "The movie placed"),
    ("The full Senate should now vote on the bill.", "must now vote"),
    ("Cod shares in the North Sea are at a record low, fishermen warned.", "Cod stocks"),
    # round 264
    # the spun uses the mended rows and rate still repair (guards: they hold at the branch point too)
    ("Shares slipped on this closing week of buying and selling.", "this final week of trading"),
    ("Officers are reviewing the matter on the second, the ministry stated.", "at the moment"),
    ("She works at a grocery retailer close to the station.", "grocery store"),
    ("The report said the measures would scale back poverty.", "would reduce poverty"),
    ("He works at a believe tank in London.", "a think tank"),
    ("Leaders must discover a option to pass the budget.", "a way to pass"),
    ("The tech agency that makes the chips reported record profits.", "The tech firm"),
    ("Prices saw their fourth enhance this year.", "fourth increase"),
    # writers49
    # the spun uses of the mended rows still repair (guards: they hold at the branch point too)
    ("The committee rejected the planning appliance for a new supermarket.", "planning application"),
    ("The minister said the plan would protect national safety.", "national security"),
    ("She had known as police twice that night.", "had called police"),
    ("In line with the report, sales fell 3 percent in March.", "According to the report"),
    ("Officials reported a 5 percent improve in sales.", "5 percent increase"),
    ("The charity helps households of soldiers killed in action.", "families of soldiers"),
    ("Families face higher fuel payments this year.", "gas bills"),
    ("The project was put on hold beneath the new rules.", "under the new rules"),
    # -- round 273
    # the spun uses of the mended rate and row still repair (guards: they hold at the branch point too)
    ("The findings were broadly seen as a setback.", "widely seen"),
    ("Stress assessments confirmed that the banks were sound.", "showed that"),
    # round 282
    # the spun uses of the vetoed rates still repair (guards: they hold at the branch point too)
    ("The central bank is expected to carry charges regular.", "hold rates steady"),
    ("Sales rose in the remaining quarter of the year.", "final quarter"),
    ("The crew won its fourth game of the season on Sunday.", "The team won"),
    ("The crew scored twice in the second half to win the match.", "The team scored"),
    # -- round 279
    # the spun uses of the mended row and rate still repair (guards: they hold at the branch point too)
    ("The new stadium will price $2 billion to build.", "will cost $2 billion"),
    ("The House handed the bill on a party-line vote.", "passed the bill"),
    ("The Senate handed the invoice by a vote of 60 to 40.", "passed the bill"),
    # -- round 276
    # the spun uses of the mended rate and rows still repair (guards: they hold at the branch point too)
    ("Polls present that voters favour the plan.", "Polls show that"),
    ("The rival squad scored twice, and the staff won the league.", "the team won"),
    ("The company mentioned it could hold talks next week.", "would hold talks"),
    # writers50
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("She said compensation from the airline after her flight was cancelled.", "She claimed compensation from"),
    ("The insurer put aside more cash for storm claims.", "set aside more"),
    ("The president will make his first journey abroad next week.", "his first trip"),
    ("Heavy rain fell within the east of the country.", "fell in the east"),
    ("The leaders met within the capital on Tuesday.", "met in the capital"),
    ("The bill passed with simply four votes to spare.", "just four votes"),
    ("The shop opened simply after 9 a.m.", "just after 9"),
    ("The council must find a further way to balance its budget.", "another way"),
    ("Officials hope to find a further route for the pipeline.", "another route"),
    # the spun "a bit of" before a comparative (round 279's rows) still repairs beside the writer's "a bit of Spanish"
    ("Rates may rise a bit of more than expected this year.", "a little more"),
    ("The shares fell a bit of further on Friday.", "a little further"),
    # the lead, thirty-first session: "final" for a day gone by is still repaired
    ("The studio mentioned the sequel earned $4 million final Wednesday, its best day.", "last Wednesday"),
    ("Final weekend, the sequel earned $41 million, the studio mentioned.", "Last weekend"),
    ("The council voted final Tuesday to close the branch library.", "last Tuesday"),
    # the lead, thirty-second session: "close to" for "near" before "future", with or without "within"
    ("The firm expects to open a second plant in the close to future.", "in the near future"),
    ("Prices may ease within the close to future, the minister mentioned.", "in the near future"),
    # writers51
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("Her challenger main by four points with a week to go, the poll found.", "challenger leading by four"),
    ("The club's players scored 40 goals over the time of year.", "over the season"),
    ("The team lost both video games against its rivals this season.", "lost both games"),
    ("Companies to the island were cancelled because of the storm.", "Services to the island"),
    ("Subscribers are leaving streaming companies as prices rise.", "leaving streaming services"),
    ("She published a video on Instagram of the crash.", "She posted a video"),
    ("He was the most effective player on the pitch.", "the best player"),
    ("A stabbing close to the station left one man injured.", "A stabbing near the station"),
    ("Both senators cast a ballot on Tuesday.", "Both senators voted on Tuesday"),
    ("The delegation could not fly again to Brussels until Friday.", "fly back to Brussels"),
    ("The film slipped to fourth on the charts with $2 million.", "The movie slipped"),
    ("The chipmaker said a increase in cloud computing lifted its sales.", "a boom in cloud computing"),
    ("Thousands of fans had been packed into the square when the lights went out.", "fans were packed"),
    # writers53
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("The yield hovered round 4.1% on Friday.", "hovered around 4.1%"),
    ("The central bank kept its key charge unchanged.", "its key rate"),
    ("The spending payments passed the Senate.", "spending bills"),
    ("Rebels hold much of the Tigray area.", "the Tigray region"),
    ("Chinese officers balk at the plan.", "Chinese officials"),
    ("He faces fees of fraud and theft.", "charges of fraud"),
    ("Shares fell as buyers fled the stock.", "investors fled"),
    ("The trial concerned almost 30 witnesses.", "nearly 30 witnesses"),
    ("Lawmakers must discover a option to pass the budget.", "find a way"),
    ("Pupils at the college protested against the tuition increase.", "Students at the college"),
    ("Officials met the investors to trade views on the plan.", "exchange views"),
    # writers52
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("The film grossed $40 million in its opening weekend.", "The movie grossed"),
    ("The trial heard from almost 30 witnesses over four weeks.", "nearly 30 witnesses"),
    ("Mortgage charges rose this week for a third time.", "Mortgage rates rose"),
    ("The Tigers are maybe the strongest side in the league.", "perhaps the strongest"),
    ("The minister came again to the chamber on Monday.", "came back to the chamber"),
    ("Lawmakers are on a call proper now.", "right now"),
    ("The figures came a day earlier than a central bank meeting.", "a day before a central bank"),
    ("She bought the toys at a local toy retailer.", "toy store"),
    ("The minister announced the cuts in a transfer that surprised his party.", "in a move that"),
    ("The president's financial adviser warned of a recession.", "economic adviser"),
    ("The quarterback threw a landing pass in the fourth quarter.", "touchdown pass"),
    ("The transfer came as a surprise to investors.", "The move came"),
    # writers55
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("The Home voted 220-210 to pass the bill.", "The House voted"),
    ("The company reported a file revenue of $2 billion.", "a record revenue"),
    ("The bill boosts protection spending by 3 percent.", "defense spending"),
    ("Shopper confidence fell in March.", "Consumer confidence"),
    ("Officials in Beijing balk at these strikes and say they raise tensions.", "these moves"),
    ("The bill trims defense applications while raising other spending.", "defense programs"),
    ("She teaches yoga lessons at the gym on Tuesdays.", "yoga classes"),
    ("The crypto trade collapsed in November.", "crypto exchange"),
    # writers54
    # the spun uses of the mended rows and rates still repair (guards: they hold at the branch point too)
    ("The vote within the Senate was close.", "in the Senate"),
    ("Some films were delayed until a lot later this year.", "much later"),
    ("Lawmakers filed a whole bunch of amendments overnight.", "hundreds of amendments"),
    ("The deal raised national safety concerns in Washington.", "national security concerns"),
    ("The department of homeland safety issued a warning.", "homeland security"),
    ("Investors are counting on prices to rise.", "expecting prices"),
    ("Yields hovered round 4 percent all week.", "around 4 percent"),
]


@pytest.mark.parametrize("sentence", STAYS)
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", BESIDE_A_REPAIR)
def test_the_writers_word_stays_beside_a_repair(engine, spun, want):
    assert body(engine, spun) == want


@pytest.mark.parametrize("spun, want", STILL_REPAIRED)
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)


@pytest.mark.parametrize("sentence, stands", [
    # round 279: the news-business-health row crew -> team (a spun "the crew" in sports news) made a weak candidate of
    # a search crew's sentence-initial "Crews" (it changed one in a LOSO fold); the row now stands aside near a search,
    # dogs, a fire, power lines, debris or a camera. Its spun use, a crew that won a title, is still a candidate.
    ("Crews with sniffer dogs have covered about a fifth of the burned area, the sheriff said.", False),
    ("The crew won its third title of the season.", True),   # a guard: it holds at the branch point too
])
def test_a_working_crew_is_no_weak_candidate_for_a_team(engine, nlp, sentence, stands):
    from unspin.engine.restorer import build_lattices
    doc = nlp(sentence)
    offered = [ch.text.lower() for lat in build_lattices(doc, 0, engine.channel, set(), set()) for site in lat.sites
               for ch in site.choices[1:]]
    assert any(t.startswith("team") for t in offered) is stands


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import load_pipeline
    return load_pipeline()
