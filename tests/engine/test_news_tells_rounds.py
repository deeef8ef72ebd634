"""Tells of the news spinner found in hand-spun rounds (``resources/lexicons/news_tells_rounds.tsv``).

Each round: news paragraphs written for Unspin, spun by hand the way a synonym-file spinner writes,
repaired; the misses became rows. Per round, spun sentences of our own with their exact repair (after
the spun preamble of ``test_news_repair``), and ordinary sentences using the same words in their
ordinary senses that must stay as written (after a clean paragraph).
"""
from __future__ import annotations

import pytest

from test_news_repair import CLEAN, body, repaired

# Round 1: a heatwave, a lunar landing
ROUND1_TELLS = [
    ("Forecasters issued a pink warning, and the most popular day may bring 41 levels Celsius; faculties were "
     "instructed they could shut early.",
     "Forecasters issued a red warning, and the hottest day may bring 41 degrees Celsius; schools were "
     "told they could shut early."),
    ("The craft, about the dimension of a small automotive, will discover indicators of water ice before the sun "
     "units over the site; two earlier makes an attempt ended in failure.",
     "The craft, about the size of a small car, will find signs of water ice before the sun sets over the "
     "site; two earlier attempts ended in failure."),
    ("The batteries are not built to outlive, and the drought had already lower the yield; the company urged "
     "prospects to save water.",
     "The batteries are not built to survive, and the drought had already cut the yield; the company urged "
     "customers to save water."),
]

ROUND1_ORDINARY = [
    "The most popular dish on the menu is the roast chicken, and the most popular month for weddings is June.",
    "Two faculties of the university, law and medicine, will merge next year, and she kept her mental "
    "faculties to the end.",
    "The firm had lower costs than its rivals, and the coach instructed the players to keep the ball low.",
    "A new dimension of the conflict emerged, and doctors look for indicators of stress such as poor sleep.",
    "Many parents hope to outlive their debts, and she makes an attempt at the record every summer.",
]

# Round 2: a burglary gang, grounded flights
ROUND2_TELLS = [
    ("Detectives imagine the gang stole antiques value greater than half one million kilos, posing as council "
     "staff to realize entry to homes.",
     "Detectives believe the gang stole antiques worth more than half a million pounds, posing as council "
     "staff to gain entry to homes."),
    ("A spokesman for the drive said the victims of the burglaries should return ahead; an assortment of "
     "uncommon cash was recovered.",
     "A spokesman for the force said the victims of the burglaries should come forward; an assortment of "
     "rare coins was recovered."),
    ("A pc failure compelled airways to floor planes, leaving families with younger youngsters stranded; "
     "engineers had mounted the issue by night.",
     "A computer failure compelled airlines to ground planes, leaving families with young children stranded; "
     "engineers had fixed the problem by night."),
]

ROUND2_ORDINARY = [
    "I imagine the weather will be better tomorrow, and the farm produced a million kilos of potatoes last year.",
    "The campaign drive raised money for the hospital, and the drive to the coast took three hours.",
    "Children are the most susceptible to the virus, and the boxer floored his rival in the third round.",
    "The soldiers mounted the horses, and the gallery mounted the exhibition in spring.",
    "Her younger brother came to the wedding, and the fans were floored by the news.",
]

# Round 3: a cricket Test, a basketball play-off game
ROUND3_TELLS = [
    ("England gained the second Check by 74 runs to stage the five-match collection at one apiece, after a file "
     "chase failed when the pitch started to show sharply.",
     "England won the second Test by 74 runs to level the five-match series at one apiece, after a record "
     "chase failed when the pitch started to turn sharply."),
    ("The spinner, taking part in solely his fourth Check, said it was a extremely robust sport and that the lads "
     "confirmed quite a lot of character; they had been in with an opportunity.",
     "The spinner, playing only his fourth Test, said it was a really tough game and that the lads "
     "showed a lot of character; they were in with a chance."),
    ("Denver pulled degree before half-time and took a 3-1 lead of their series, while Phoenix shot 31 p.c. from "
     "three-point vary and conceded too many simple baskets.",
     "Denver pulled level before half-time and took a 3-1 lead in their series, while Phoenix shot 31 percent "
     "from three-point range and conceded too many easy baskets."),
]

ROUND3_ORDINARY = [
    "Check the tyres before the long drive, and the bank gained the second largest share of the market.",
    "The museum will stage the new spring collection of paintings in March, and she keeps a file of old letters.",
    "The paper was folded along the crease, and the children were taking part in a school play.",
    "Two groups of students visited the museum, and both groups enjoyed the tour; the cat lay in the warmth of "
    "the fire.",
    "The singer took the lead of the band, and the firm will ship the parts to Germany next week.",
]

# Round 4: bird flu and egg shortages, an age check on a social network
ROUND4_TELLS = [
    ("Bird flu left supermarket cabinets empty, poultry keepers were told to maintain their flocks indoors, and "
     "some farmers said they would depart the business.",
     "Bird flu left supermarket shelves empty, poultry keepers were told to keep their flocks indoors, and "
     "some farmers said they would leave the industry."),
    ("A spokeswoman said provides ought to return to regular within weeks; the regulator, which may advantageous "
     "companies for breaking the foundations, welcomed the plan.",
     "A spokeswoman said supplies should return to normal within weeks; the regulator, which may fine "
     "companies for breaking the rules, welcomed the plan."),
    ("Users will have the ability to upload a photo, and the company said the verify would not be used to coach "
     "its programs.",
     "Users will be able to upload a photo, and the company said the check would not be used to train "
     "its programs."),
]

ROUND4_ORDINARY = [
    "The kitchen cabinets were painted white, and the flight will depart the gate at noon.",
    "The bakery provides of course bread to local cafes, and the trains will return to regular service on Monday.",
    "Scientists verify the results before publishing them, and the coach will train the team twice a week.",
    "A long lease was advantageous to the tenant, and engineers strengthened the foundations of the bridge.",
    "The union will have the ability to call a strike, and she runs a travel agency in town.",
]

# Round 5: university cuts, waits in emergency departments
ROUND5_TELLS = [
    ("The union said it would poll its members after the college confronted a deficit and had no choice but to "
     "behave; \"we do not take them frivolously,\" the head said.",
     "The union said it would ballot its members after the college faced a deficit and had no choice but to "
     "act; \"we do not take them lightly,\" the head said."),
    ("Figures launched on Thursday show a scarcity of beds, and crews were unable handy over patients or name a "
     "helpline; the scenario was the worst they had seen.",
     "Figures released on Thursday show a scarcity of beds, and crews were unable to hand over patients or call a "
     "helpline; the situation was the worst they had seen."),
]

ROUND5_ORDINARY = [
    "The newspaper will poll its readers, and children behave badly when they are tired.",
    "He spoke frivolously about money, and the pupils had already begun their exams.",
    "The worst-case scenario was a total loss, and the parcel was handled with care.",
    "Morning sicknesses are common in early pregnancy, and a torch is a handy tool to keep in the car.",
    "They will name the baby after her grandmother, and the climbers hoped to reach the top before dark.",
    "The union representing lecturers said it would ballot its members.",
]

# Round 6: an offshore wind farm, an actress's obituary
ROUND6_TELLS = [
    ("The government accredited plans for a wind farm that will energy two million homes, and the minister said it "
     "was critical about cutting bills.",
     "The government approved plans for a wind farm that will power two million homes, and the minister said it "
     "was serious about cutting bills."),
    ("The first turbines are as a consequence of be switched on in 2029, and the power will attain the grid near "
     "the coast; the effect on fish shares will be studied.",
     "The first turbines are due to be switched on in 2029, and the power will reach the grid near "
     "the coast; the effect on fish stocks will be studied."),
    ("Born in Wales, she left faculty at fifteen before successful a scholarship to drama faculty; friends found "
     "her beneficiant.",
     "Born in Wales, she left school at fifteen before winning a scholarship to drama school; friends found "
     "her generous."),
]

ROUND6_ORDINARY = [
    "The course is accredited by the national nursing body, and they can energy-proof their homes.",
    "He was critical about the plan, and the hospital switched on its backup generators.",
    "She hopes to attain the highest grade, and teachers left faculty meetings early.",
    "The successful candidate will start in May, and the company holds a strong position in the market.",
]

# Round 7: falling house prices, crowds in a national park
ROUND7_TELLS = [
    ("Higher borrowing costs continued to place off buyers, the average home now prices about 3 p.c. less than a "
     "year ago, and first-time buyers are struggling to avoid wasting for a deposit.",
     "Higher borrowing costs continued to put off buyers, the average home now costs about 3 percent less than a "
     "year ago, and first-time buyers are struggling to save for a deposit."),
    ("Small villages can now not cope with the crowds, and residents say they are being priced out by vacation "
     "lets.",
     "Small villages can no longer cope with the crowds, and residents say they are being priced out by holiday "
     "lets."),
]

ROUND7_ORDINARY = [
    "The shop prices its goods fairly, and the statue will draw curiosity from passers-by.",
    "We must avoid wasting food, and he will now not attend the meeting, the spokesman said.",
    "Consumers spent more on food last month, and the family took a long vacation in Spain.",
]

# Round 8: a veterans' parade, a charity's meals
ROUND8_TELLS = [
    ("Crowds lined the streets a number of deep as veterans gathered at the entrance of the parade and laid wreaths "
     "at the battle memorial near the close by army base.",
     "Crowds lined the streets several deep as veterans gathered at the front of the parade and laid wreaths "
     "at the war memorial near the nearby army base."),
    ("Organisers said it was one of many final gatherings, and the charity said it had been forced to show "
     "individuals away and to stop serving scorching dinners.",
     "Organisers said it was one of the last gatherings, and the charity said it had been forced to turn "
     "people away and to stop serving hot dinners."),
]

ROUND8_ORDINARY = [
    "The entrance of the museum faces the square, and the couple adopted two children.",
    "She lives close by, and it was one of many small towns on the coast.",
    "The scorching sun dried the fields, and the guide will show people around the castle.",
]

# Round 9 (tells18): a Wimbledon final, a central bank's rate rise
ROUND9_TELLS = [
    ("Inflation hit the best stage in sixteen years, and the governor said the bank would not hesitate to behave "
     "if price rises didn't gradual.",
     "Inflation hit the highest level in sixteen years, and the governor said the bank would not hesitate to act "
     "if price rises didn't slow."),
    ("Two members needed to depart charges unchanged, and she said borrowing costs could harm owners whose "
     "mortgages end next year.",
     "Two members wanted to leave rates unchanged, and she said borrowing costs could harm homeowners whose "
     "mortgages end next year."),
    ("The gang, which had cheered both players, saw her rise to 12th in the earth rankings; she is the first "
     "unseeded lady to win the title since the Open period began.",
     "The crowd, which had cheered both players, saw her rise to 12th in the world rankings; she is the first "
     "unseeded woman to win the title since the Open era began."),
    ("She broke serve early in both units and said she may hardly imagine it, after she could not discover her "
     "rhythm in the first round.",
     "She broke serve early in both sets and said she could hardly believe it, after she could not find her "
     "rhythm in the first round."),
]

ROUND9_ORDINARY = [
    "The best stage in the Tour de France is the mountain climb, and the train was due to depart at noon.",
    "The council left parking charges unchanged, and the hotel left its room charges unchanged despite higher "
    "interest.",
    "Musicians discover their rhythm by playing together, and the gang was arrested after police found drugs.",
    "The crowd cheered as the gang of boys ran onto the pitch, and the lady to win the raffle was a nurse.",
    "The Open period for applications ends in May, and the housing units have two bedrooms each.",
    "Business owners with mortgages on their premises face higher costs, and he could hardly imagine a better "
    "result.",
]

# Round 10 (tells18): an earthquake, a car recall
ROUND10_TELLS = [
    ("The quake was felt as far-off because the capital, and rescue groups searched the rubble for survivors.",
     "The quake was felt as far away as the capital, and rescue teams searched the rubble for survivors."),
    ("The government despatched troopers, and hospitals said they were working in need of blood; survivors spent "
     "the night open air.",
     "The government sent soldiers, and hospitals said they were running short of blood; survivors spent "
     "the night outdoors."),
    ("The fashions affected were built in 2022, and owners will be asked to take their cars to a seller.",
     "The models affected were built in 2022, and owners will be asked to take their cars to a dealer."),
    ("The half will be changed freed from cost, and the recall will are available at a troublesome time; the "
     "street security regulator has opened an inquiry.",
     "The part will be replaced free of charge, and the recall will come at a difficult time; the "
     "road safety regulator has opened an inquiry."),
]

ROUND10_ORDINARY = [
    "Tourists came from as far-off as Japan, and animal rescue groups asked for donations.",
    "The charity despatched parcels to the troops, and state troopers closed the road.",
    "They spent the evening in the open air, and the band played an open air concert at night.",
    "The seller of the car was a local dealer, and the oil was changed free of charge.",
    "The engineer replaced the first half of the cable, and the tickets are available at a discount.",
    "The council will increase street security with new cameras, and the company said it was conscious of the "
    "risks.",
]

# Round 11 (tells18): a film festival, a hospital data breach
ROUND11_TELLS = [
    ("She won the award and devoted it to her late father, and the very best actor award went to a Korean star "
     "for his position as a taxi driver.",
     "She won the award and dedicated it to her late father, and the best actor award went to a Korean star "
     "for his role as a taxi driver."),
    ("Critics had expected a British battle drama to win, and the production had almost been deserted when its "
     "funding collapsed.",
     "Critics had expected a British war drama to win, and the production had almost been abandoned when its "
     "funding collapsed."),
    ("Strikes by native staff and heavy safety on the red carpet did not keep the crowds away.",
     "Strikes by local workers and heavy security on the red carpet did not keep the crowds away."),
    ("Hackers stole the non-public particulars of two million patients, and the info safety regulator was told.",
     "Hackers stole the personal details of two million patients, and the data protection regulator was told."),
    ("The gang demanded a cost of 5 million dollars, and lawyers are getting ready a category motion on behalf of "
     "patients.",
     "The gang demanded a payment of 5 million dollars, and lawyers are preparing a class action on behalf of "
     "patients."),
]

ROUND11_ORDINARY = [
    "She devoted her life to the prize fund, and the streets had been deserted since the plan was announced.",
    "He is the very best actor of his generation, and the film gave the actor a new position as a producer.",
    "The museum has a battle film from 1916, and native staff at the embassy were evacuated.",
    "Workers wore heavy safety boots, and the company demanded a cost estimate from the builders.",
    "Lawyers filed a class action, and they were getting ready the house for the guests.",
]

# Round 12 (tells18): a teachers' strike, a wildfire
ROUND12_TELLS = [
    ("The motorway was expected to behave as a firebreak, and the government asked for extra plane; lots of "
     "mentioned they had obtained no warning.",
     "The motorway was expected to act as a firebreak, and the government asked for more aircraft; many "
     "said they had received no warning."),
    ("Residents found their homes diminished to ashes, and the schools were forced to ship children home.",
     "Residents found their homes reduced to ashes, and the schools were forced to send children home."),
    ("Many experienced staff are leaving the occupation, the union said, and it called the offer truthful and "
     "reasonably priced.",
     "Many experienced staff are leaving the profession, the union said, and it called the offer fair and "
     "affordable."),
    ("Parents waited outside the college gates while their children were making ready for exams, and the union "
     "rejected the truthful pay offer.",
     "Parents waited outside the school gates while their children were preparing for exams, and the union "
     "rejected the fair pay offer."),
]

ROUND12_ORDINARY = [
    "Children should behave as a group on the trip, and the airline added an extra plane for the holiday.",
    "Lots of people came to the fair, and the value of the shares diminished to almost nothing.",
    "The army will leave the occupation zone, and the firm will ship parts to China.",
    "He gave a truthful account of the evening, and the witness was truthful about the price.",
    "The college gates were locked at night, and she was making ready for bed.",
]

# Round 13 (tells18): a dementia drug approved, an airline merger
ROUND13_TELLS = [
    ("The drug slowed the decline in reminiscence and considering, but it can cause swelling and bleeding within "
     "the mind.",
     "The drug slowed the decline in memory and thinking, but it can cause swelling and bleeding in "
     "the brain."),
    ("Doctors must perform common scans, and charities said everyone who may profit from the treatment should get "
     "it; the advantages were modest.",
     "Doctors must carry out regular scans, and charities said everyone who may benefit from the treatment should "
     "get it; the benefits were modest."),
    ("The mixed airline will keep both brands, there will be no compelled job losses, and the group must quit a "
     "few of its touchdown slots.",
     "The combined airline will keep both brands, there will be no forced job losses, and the group must give up "
     "some of its landing slots."),
    ("Unions said they would search ensures for pilots, and the deal is making a gaggle that will be based in "
     "Paris.",
     "Unions said they would seek guarantees for pilots, and the deal is creating a group that will be based in "
     "Paris."),
]

ROUND13_ORDINARY = [
    "Her reminiscence of the war was published last year, and the patients shared a reminiscence of their school "
    "days.",
    "The company will perform common tasks for clients, and investors who may profit from the deal are waiting.",
    "The advantages of the plan are clear, and the drug has the advantages of being cheap and safe.",
    "The airline offers a mixed menu, and the mixed group of students visited the museum.",
    "The drone made a soft touchdown, and good training ensures safety.",
    "The geese formed a gaggle that crossed the road, and the idea was planted in the mind of the voter.",
]

# Round 14 (tells18): a prison escape, a crewed space launch
ROUND14_TELLS = [
    ("Three inmates climbed the wall with a ladder constituted of mattress sheets and were found lacking "
     "throughout a routine rely.",
     "Three inmates climbed the wall with a ladder made from bed sheets and were found missing "
     "during a routine count."),
    ("Police said the public should not strategy them and should name the emergency quantity; roadblocks had "
     "been arrange on major routes.",
     "Police said the public should not approach them and should call the emergency number; roadblocks had "
     "been set up on major routes."),
    ("The union said the jail was dangerously in need of guards.",
     "The union said the jail was dangerously short of guards."),
    ("A personal rocket lifted off on Friday, and the company, which has won contracts value billions of "
     "dollars, said the flight went well.",
     "A private rocket lifted off on Friday, and the company, which has won contracts worth billions of "
     "dollars, said the flight went well."),
]

ROUND14_ORDINARY = [
    "The committee is constituted of nine members, and the board was constituted of experts.",
    "His argument was found lacking in detail, and we rely on volunteers.",
    "They will name the emergency ward after her, and the hospital is badly in need of nurses.",
    "The team is finishing up tests on the car, and the company gained contracts from the army last year.",
    "He keeps his personal space tidy, and the children were educated collectively in one room.",
]

# Round 15 (tells18): unemployment figures, a crypto exchange's collapse
ROUND15_TELLS = [
    ("An exchange that after claimed ten million users has filed for chapter, and it owes money to a million "
     "collectors.",
     "An exchange that once claimed ten million users has filed for bankruptcy, and it owes money to a million "
     "creditors."),
    ("Savers had been promised high returns on their financial savings; dangerous bets followed, and the worth of "
     "bitcoin fell.",
     "Savers had been promised high returns on their savings; risky bets followed, and the price of "
     "bitcoin fell."),
    ("Wages gave households a boost in spending energy, and the bank may cut rates earlier than the tip of the yr.",
     "Wages gave households a boost in spending power, and the bank may cut rates before the end of the year."),
    ("Firms were reluctant to tackle new workers, and the government was decided to get more people into work.",
     "Firms were reluctant to take on new staff, and the government was determined to get more people into work."),
]

ROUND15_ORDINARY = [
    "The book has a chapter on debt, and art collectors paid cash for the paintings.",
    "Their financial savings plan is simple, and the tip of the iceberg is small.",
    "The worth of a good friend is hard to measure, and spending energy on hobbies is healthy.",
    "The team will tackle new challenges, and it was decided to close the school.",
    "The matter was decided to everyone's satisfaction, and the house that after years of neglect collapsed was "
    "rebuilt.",
]

# Round 16 (tells18): music awards, a mayoral election
ROUND16_TELLS = [
    ("She took home the prize for finest feminine artist, and her album spent ten weeks at primary.",
     "She took home the prize for best female artist, and her album spent ten weeks at number one."),
    ("The band closed the present with a medley of their hits, and the mayor promised to put extra cops on the "
     "streets.",
     "The band closed the show with a medley of their hits, and the mayor promised to put more police officers on "
     "the streets."),
    ("Her opponent wished her nicely, and campaigners said they would maintain her to her guarantees.",
     "Her opponent wished her well, and campaigners said they would hold her to her promises."),
]

ROUND16_ORDINARY = [
    "The massive winner takes all, and the children are at primary school.",
    "She closed the present chapter of her life, and he gave her a present.",
    "They maintain her house to a high standard, and she kept to her promises.",
]

# Round 17 (tells19): a ferry running aground, a by-election
ROUND17_TELLS = [
    ("The ship struck rocks in hefty fog, and all passengers had been introduced ashore; one man "
     "was handled for a damaged arm.",
     "The ship struck rocks in heavy fog, and all passengers were brought ashore; one man was "
     "treated for a broken arm."),
    ("The getting older fleet is five years late and millions of pounds over finances, and "
     "councillors urge ministers to hurry up the supply of new boats.",
     "The ageing fleet is five years late and millions of pounds over budget, and councillors "
     "urge ministers to speed up the delivery of new boats."),
    ("Talking after the rely, she said voters had despatched a transparent message; Labour "
     "completed a distant third.",
     "Speaking after the count, she said voters had sent a clear message; Labour finished a "
     "distant third."),
    ("Party officers said they had targeted their sources elsewhere, ahead of a tough normal "
     "election.",
     "Party officials said they had focused their resources elsewhere, ahead of a difficult "
     "general election."),
]

ROUND17_ORDINARY = [
    "The couple argued over finances for years, and I rely on the bus to get to work.",
    "Glass is transparent, and she completed a distant learning course.",
    "The adverts targeted their sources of funding, and companies to watch this year include two "
    "banks.",
    "The storm damaged the roof, and his arm was badly damaged in the crash.",
]

# Round 18 (tells19): a water shortage, a nurses' pay deal
ROUND18_TELLS = [
    ("The village was left with out operating water after a burst foremost, and the firm had to "
     "usher in tankers.",
     "The village was left without running water after a burst main, and the firm had to bring in "
     "tankers."),
    ("Engineers worked to restore provides, and every household that misplaced provide will get "
     "compensation.",
     "Engineers worked to restore supplies, and every household that lost supply will get "
     "compensation."),
    ("The business regulator will look carefully on the outage and could impose a fantastic; "
     "forecasters count on dry climate to proceed for no less than a week.",
     "The industry regulator will look closely at the outage and could impose a fine; forecasters "
     "expect dry weather to continue for at least a week."),
    ("The nurses accepted a pay supply value 12 percent, ending the threat of the primary strike "
     "in the service.",
     "The nurses accepted a pay offer worth 12 percent, ending the threat of the first strike in "
     "the service."),
    ("The minister said the settlement confirmed what might be achieved, and the deal would "
     "assist to maintain skilled staff.",
     "The minister said the agreement showed what could be achieved, and the deal would help to "
     "keep experienced staff."),
]

ROUND18_ORDINARY = [
    "The firm is operating water treatment plants, and safety is the foremost concern of the "
    "council.",
    "The new president will usher in an era of reform, and we maintain operating standards across "
    "the company.",
    "The king ruled the realm for forty years, and you can count on me.",
    "The test confirmed what might be a new species, and the primary strike zone is small.",
    "The union warned that the supply of nurses was falling, and supply teachers joined the "
    "strike.",
]

# Round 19 (tells19): a Roman villa found, a city marathon
ROUND19_TELLS = [
    ("She broke away from a number one group of runners after the midway mark, and the champion "
     "pale within the closing stages.",
     "She broke away from a leading group of runners after the halfway mark, and the champion "
     "faded in the closing stages."),
    ("He won in a dash end down the ultimate straight, a minute forward of the pack, and would "
     "now goal the world title.",
     "He won in a sprint finish down the final straight, a minute ahead of the pack, and would "
     "now target the world title."),
    ("More than 20,000 runners took half, and the winner will obtain a prize of 10,000 euros.",
     "More than 20,000 runners took part, and the winner will receive a prize of 10,000 euros."),
    ("The dig found a big assortment of cash relationship from the fourth century, and the family "
     "had sturdy hyperlinks to the court.",
     "The dig found a large collection of coins dating from the fourth century, and the family "
     "had strong links to the court."),
    ("The finds will go on show on the native museum.",
     "The finds will go on display at the local museum."),
]

ROUND19_ORDINARY = [
    "His worries pale in comparison, and he took half and gave the rest away.",
    "He scored the goal the fans loved, and the ultimate straight talk show host retired.",
    "Their relationship from the start was difficult, and he tried to obtain the prize money.",
    "The war is ending second chances for many families, and our number one group of customers is "
    "students.",
    "The website hyperlinks with other pages, and you can open the location to share it.",
]

# Round 20 (tells19): a charity fraud sentencing, a chip export ban
ROUND20_TELLS = [
    ("The ban aims at slowing their navy improvement, and firms have ninety days to use for "
     "exemptions.",
     "The ban aims at slowing their military development, and firms have ninety days to apply for "
     "exemptions."),
    ("Makers of highly effective processors warned that the principles might reduce sales, and "
     "the nations threatened to reply with tariffs.",
     "Makers of powerful processors warned that the rules could cut sales, and the nations "
     "threatened to respond with tariffs."),
    ("He spent the money on luxurious automobiles and precipitated critical hurt to weak kids.",
     "He spent the money on luxury cars and caused serious harm to vulnerable children."),
    ("Staff were devastated by the invention, and prosecutors will search to get better the "
     "stolen money.",
     "Staff were devastated by the discovery, and prosecutors will seek to recover the stolen "
     "money."),
    ("The lawyer said his consumer was deeply ashamed.",
     "The lawyer said his client was deeply ashamed."),
]

ROUND20_ORDINARY = [
    "The navy improvement plan was approved, and the drug is highly effective.",
    "The weak kids' team won, and the invention of the printing press changed the world.",
    "His consumer rights were breached, and the lawyer warned consumers about her consumer debt.",
    "For tax purposes the licence was refused, and the purposes of the visa are clear.",
]

# Round 21 (tells19): a red panda's zoo escape, a hospital trusts' merger
ROUND21_TELLS = [
    ("The purple panda was discovered secure on Monday, a few mile from the zoo, hungry and cold.",
     "The red panda was found safe on Monday, about a mile from the zoo, hungry and cold."),
    ("A drone with a warmth digicam found the feminine named Ruby, and the fence will be made "
     "greater.",
     "A drone with a heat camera found the female named Ruby, and the fence will be made higher."),
    ("The mixed belief will serve a inhabitants of a million, and unions fear jobs can be "
     "misplaced.",
     "The combined trust will serve a population of a million, and unions fear jobs would be "
     "lost."),
    ("Staff could be compelled to journey lengthy distances between websites, and affected person "
     "teams are worried.",
     "Staff would be forced to travel long distances between sites, and patient groups are "
     "worried."),
]

ROUND21_ORDINARY = [
    "We walked a few miles, and the lake drained however slowly.",
    "The feminine named characters in the novel are strong, and the wall made greater demands on "
    "the budget.",
    "The mixed belief systems of the region are complex, and I have misplaced my keys.",
    "The affected person teams up with others, and the websites list distances between websites.",
]

# Round 22 (tells19): a port strike, a measles outbreak
ROUND22_TELLS = [
    ("Dock employees on the port of Hull will keep off work after rejecting a suggestion of a 5 "
     "percent rise.",
     "Dock workers at the port of Hull will stay off work after rejecting an offer of a 5 percent "
     "rise."),
    ("Delivery corporations diverted ships, warning that fuel might be briefly provide, and the "
     "owner said the supply was truthful.",
     "Shipping companies diverted ships, warning that fuel might be in short supply, and the "
     "owner said the offer was fair."),
    ("Police had been called to handle site visitors, and the firm said it was disenchanted that "
     "talks had failed.",
     "Police were called to manage traffic, and the company said it was disappointed that talks "
     "had failed."),
    ("The virus may trigger lasting harm, and fewer than 8 in ten children have had both doses.",
     "The virus can cause lasting damage, and fewer than eight in ten children have had both "
     "doses."),
]

ROUND22_ORDINARY = [
    "A wide variety of instances of the bug were reported, and the team won 2 in ten games.",
    "Bright light may trigger lasting migraines, and she was briefly provided with a lawyer.",
    "There was a suggestion of a cover-up, and fans were disenchanted that night.",
    "The e-book and the audiobook were released together, and he could handle site visitors "
    "politely.",
]

# Round 23 (tells20): fishing quotas cut, a dairy milk price cut
ROUND23_TELLS = [
    ("Scientists had advised a deeper lower, warning that stocks were falling sooner than anticipated.",
     "Scientists had advised a deeper cut, warning that stocks were falling faster than expected."),
    ("Skippers said the limits would depart boats in harbour, and some families may have to promote "
     "vessels that had been of their arms for generations.",
     "Skippers said the limits would leave boats in harbour, and some families may have to sell "
     "vessels that had been in their hands for generations."),
    ("Trawlers from Spain will preserve their entry to British waters, and the largest milk purchaser "
     "cut the worth it pays.",
     "Trawlers from Spain will keep their access to British waters, and the largest milk buyer "
     "cut the price it pays."),
    ("The new price is below the price of manufacturing, and the union urged supermarkets to pay a "
     "good value.",
     "The new price is below the cost of production, and the union urged supermarkets to pay a "
     "fair price."),
    ("Milk costs paid to farmers have fallen, and one farmer may need to promote a part of his herd.",
     "Milk prices paid to farmers have fallen, and one farmer may need to sell part of his herd."),
]

ROUND23_ORDINARY = [
    "The drivers face wreck removal charges, and analysts expect a deeper lower bound on rates.",
    "The sun is falling sooner than usual behind the hills, and the ferries depart boats every hour.",
    "The agency will promote vessels of the new fleet, and the milk purchaser agreement was signed.",
    "He studied the price of manufacturing in China, and the value of manufacturing jobs fell.",
]

# Round 24 (tells20): a church spire rebuilt, a synod's vote on women bishops
ROUND24_TELLS = [
    ("Surveyors found that its iron helps had rusted, and the work is expected to take three years "
     "and value £6 million.",
     "Surveyors found that its iron supports had rusted, and the work is expected to take three years "
     "and cost £6 million."),
    ("The congregation raised the money through a sponsored stroll, and architects will reuse as much "
     "of the unique stone as possible.",
     "The congregation raised the money through a sponsored walk, and architects will reuse as much "
     "of the original stone as possible."),
    ("Builders plan to interchange the worst blocks, and the spire was final repaired after a storm "
     "in 1987.",
     "Builders plan to replace the worst blocks, and the spire was last repaired after a storm "
     "in 1987."),
    ("The synod voted to allow women to function bishops, and the motion passed in the cathedral "
     "corridor.",
     "The synod voted to allow women to serve as bishops, and the motion passed in the cathedral "
     "hall."),
    ("The archbishop called it a historic second, and some clergy may depart to hitch one other "
     "denomination.",
     "The archbishop called it a historic moment, and some clergy may leave to join another "
     "denomination."),
]

ROUND24_ORDINARY = [
    "The charity helps iron out the problems, and steel helps the economy grow.",
    "The pendant was made of the unique stone found only in Wales, and the hospital corridor was "
    "crowded.",
    "It was a historic second win for the club, and they tried to hitch a ride to town.",
    "The organ began to function properly, and the brain needs sleep to function well.",
]

# Round 25 (tells20): a mobile network outage, a world chess championship
ROUND25_TELLS = [
    ("Millions of mobile phone prospects were left with out sign after a software fault introduced "
     "down the network.",
     "Millions of mobile phone customers were left without signal after a software fault brought "
     "down the network."),
    ("The regulator will examine whether the company broke its licence circumstances, and card funds "
     "failed at shops.",
     "The regulator will examine whether the company broke its licence conditions, and card payments "
     "failed at shops."),
    ("Their twelve classical video games ended stage, and both players ran in need of time.",
     "Their twelve classical games ended level, and both players ran short of time."),
    ("He sacrificed a knight early in the decisive sport.",
     "He sacrificed a knight early in the decisive game."),
    ("Chess has loved a increase in recognition since the pandemic.",
     "Chess has enjoyed a boom in popularity since the pandemic."),
]

ROUND25_ORDINARY = [
    "The phone prospects for the new model look good, and the career prospects of graduates are "
    "bleak.",
    "The bill introduced down payments for first-time buyers, and the licence circumstances of the "
    "case were unusual.",
    "Football remains the decisive sport in the town, and the town transformed a penalty area into a "
    "garden.",
    "Fans have grown in recognition of her talent, and the missiles made exact strikes on the bridge.",
]

# Round 26 (tells20): a shortage of health-service dentists, a fashion week
ROUND26_TELLS = [
    ("Dentists are paid for each course, but the charges they're paid don't cowl their prices.",
     "Dentists are paid for each course, but the fees they're paid don't cover their costs."),
    ("Patients are pulling out their very own enamel, and one woman used pliers to take away a "
     "damaged tooth.",
     "Patients are pulling out their own teeth, and one woman used pliers to remove a broken "
     "tooth."),
    ("Tooth decay remains the commonest purpose for children to be admitted to hospital, and the "
     "department has put aside additional cash.",
     "Tooth decay remains the most common reason for children to be admitted to hospital, and the "
     "department has set aside extra money."),
    ("London Style Week opened with a catwalk present, and designers will current their collections "
     "in small personal viewings.",
     "London Fashion Week opened with a catwalk show, and designers will present their collections "
     "in small private viewings."),
    ("One young designer's debut assortment used recycled fabrics, and the cost of a show had turn "
     "out to be too high.",
     "One young designer's debut collection used recycled fabrics, and the cost of a show had become "
     "too high."),
    ("Sales of luxurious clothes have slowed, and the label tried to win again patrons.",
     "Sales of luxury clothing have slowed, and the label tried to win back patrons."),
]

ROUND26_ORDINARY = [
    "Acid in fizzy drinks wears away their own enamel, and the nurses deal with sufferers of asthma.",
    "Fares barely cover their prices for fuel, and the commonest purpose of the tool is cutting.",
    "He gave her a present that blended tea and spices, and the brilliant prints of Hokusai are on "
    "show.",
    "The shop sells a new assortment of sweets, and the hotel offers luxurious clothes hangers.",
]

# Round 27 (tells20): insurers leaving wildfire zones, a Grand National won by an outsider
ROUND27_TELLS = [
    ("The insurer said the danger of fireplace had grown so much that it was unable to value cowl "
     "pretty.",
     "The insurer said the risk of fire had grown so much that it was unable to price cover "
     "fairly."),
    ("The state insurer offers solely primary safety at the next value.",
     "The state insurer offers only basic protection at a higher cost."),
    ("Some patrons have walked away after being unable to get a coverage, the insurance coverage "
     "commissioner said.",
     "Some patrons have walked away after being unable to get a policy, the insurance "
     "commissioner said."),
    ("The outsider gave its jockey the biggest victory of her profession, in a race run on heavy "
     "floor.",
     "The outsider gave its jockey the biggest victory of her career, in a race run on heavy "
     "ground."),
    ("The trainer, who retains a small yard in Wexford, said he had virtually offered the horse last "
     "year.",
     "The trainer, who keeps a small yard in Wexford, said he had almost sold the horse last "
     "year."),
]

ROUND27_ORDINARY = [
    "The firm became a massive insurer of ships, and tickets sell at the next price band.",
    "It was the most important victory for the party in decades, and the hotel's heavy floor tiles "
    "cracked.",
    "The seller had virtually offered to help, and the successful coach of the rugby team retired.",
]

# Round 28 (tells20): library closures, a poor honey harvest
ROUND28_TELLS = [
    ("Campaigners gathered outdoors the council places of work, and villages will get a cell "
     "library.",
     "Campaigners gathered outside the council offices, and villages will get a mobile "
     "library."),
    ("The author said libraries had given her a love of studying, and the ultimate choice will be "
     "taken next month.",
     "The author said libraries had given her a love of reading, and the final decision will be "
     "taken next month."),
    ("A chilly, moist summer kept the bees contained in the hive, and yields fell to half the same "
     "old quantity.",
     "A cold, wet summer kept the bees inside the hive, and yields fell to half the usual "
     "amount."),
    ("Bees need heat, dry days to assemble nectar, and the price of native honey in farm retailers "
     "has risen.",
     "Bees need warm, dry days to gather nectar, and the price of local honey in farm shops "
     "has risen."),
]

ROUND28_ORDINARY = [
    "The council places of work for young people were praised, and the biologist kept a cell "
    "library of samples.",
    "Her love of studying history never faded, and the moist summer air felt heavy.",
    "It was the same old quantity of rice, and the heat and dry air cracked the paint.",
    "Engineers are altering climate control, and the lab is placing strain on the steel beam.",
    "The ultimate choice is yours, and the bugs that pollinate flowers are fascinating.",
]

# Round 29 (tells21): a city budget, a tennis final
ROUND29_TELLS = [
    ("The plan cuts funding for avenue lighting, and a public session opens on Monday for residents to give "
     "their views on the budget.",
     "The plan cuts funding for street lighting, and a public consultation opens on Monday for residents to give "
     "their views on the budget."),
    ("She beat the defending champion in three units in a closing that lasted nearly three hours.",
     "She beat the defending champion in three sets in a final that lasted nearly three hours."),
    ("The 21-year-old misplaced the opening set but dropped to her knees after which climbed into the stands.",
     "The 21-year-old lost the opening set but dropped to her knees and then climbed into the stands."),
    ("Morozova, ranked outdoors the highest 100 last year, will rise to fifth on this planet rankings.",
     "Morozova, ranked outside the top 100 last year, will rise to fifth in the world rankings."),
    ("She takes house prize cash of £2.7 million, the most important sum of her profession.",
     "She takes home prize money of £2.7 million, the largest sum of her career."),
]

ROUND29_ORDINARY = [
    "The avenue lights up at night with shops and cafes, and a public session opens each sitting of the court "
    "with a prayer.",
    "The flats were sold in three units, and she misplaced a match ticket on the way to the ground.",
    "The village hall, after which the street is named, was built in 1900, and the sum of her profession's "
    "knowledge is vast.",
    "The study had a youthful participant pool, and she takes house prices into account.",
]

# Round 30 (tells21): a building societies' merger, a drought
ROUND30_TELLS = [
    ("Two of the largest building societies agreed to merge, and members will vote at particular conferences.",
     "Two of the largest building societies agreed to merge, and members will vote at special meetings."),
    ("The group would be higher positioned to compete on savings charges, and unions requested for ensures "
     "on jobs; the regulator may even evaluation it.",
     "The group would be better placed to compete on savings rates, and unions asked for guarantees "
     "on jobs; the regulator will also review it."),
    ("A drought was declared throughout japanese England, and the hosepipe ban will start subsequent Friday.",
     "A drought was declared across eastern England, and the hosepipe ban will begin next Friday."),
    ("Reservoirs are at 58 percent of capability, and river flows are among the many lowest on file.",
     "Reservoirs are at 58 percent of capacity, and river flows are among the lowest on record."),
]

ROUND30_ORDINARY = [
    "The scouts were constructing societies of their own, and they were shutting overlapping windows on the "
    "screen.",
    "She was among the many lowest paid staff, and the machine runs at 80 percent of capability.",
    "Players higher up the table were picked, and the letter is kept on file at the office.",
    "They wash automobiles for a living, and we will finish the drought story tomorrow.",
]

# Round 31 (tells21): a film festival prize, a school in special measures
ROUND31_TELLS = [
    ("It was the primary debut characteristic to win, and the pageant's viewers prize went to a documentary "
     "a few refugee choir.",
     "It was the first debut feature to win, and the festival's audience prize went to a documentary "
     "about a refugee choir."),
    ("The director instructed the viewers she had almost given up when funding fell by means of during the "
     "shoot.",
     "The director told the audience she had almost given up when funding fell through during the "
     "shoot."),
    ("The school has been positioned in particular measures, and attendance was properly under the national "
     "average.",
     "The school has been placed in special measures, and attendance was well below the national "
     "average."),
    ("Inspectors said safeguarding information had been incomplete, and it may be become an academy run by "
     "a belief.",
     "Inspectors said safeguarding records had been incomplete, and it may be turned into an academy run by "
     "a trust."),
]

ROUND31_ORDINARY = [
    "The viewers prize honesty above all, and the pageant drew large crowds.",
    "The merger fell by means of a technicality, and he had been mentioned in the report.",
    "Fundamental qualifications for the role are listed, and the fund is run by a belief in fairness.",
    "The issues had improved the mood, and the pageant's viewers were mostly children.",
]

# Round 32 (tells21): a housing estate approved, a cyber attack on a council
ROUND32_TELLS = [
    ("Residents were unable to pay lease online after hackers encrypted recordsdata on the servers.",
     "Residents were unable to pay rent online after hackers encrypted files on the servers."),
    ("The telephone strains for social care are down, and the Nationwide Cyber Safety Centre said there was no "
     "proof but that data had been stolen.",
     "The phone lines for social care are down, and the National Cyber Security Centre said there was no "
     "evidence yet that data had been stolen."),
    ("Residents were warned to be careful for faux emails, and it may take weeks to revive all providers.",
     "Residents were warned to watch out for fake emails, and it may take weeks to restore all services."),
    ("The homes on farmland exterior Exeter were approved, and councillors voted seven to 4 in favour.",
     "The homes on farmland outside Exeter were approved, and councillors voted seven to four in favour."),
    ("Constructing work is because of begin next spring, and an area MP will ask the minister to name within "
     "the determination.",
     "Building work is due to start next spring, and a local MP will ask the minister to call in "
     "the decision."),
]

ROUND32_ORDINARY = [
    "Staff were told to pay lease charges on time, and the shop closed because of start-up costs.",
    "Students at the main faculty building met, and the roads and colleges of the region were listed.",
    "We were careful for faux pas at dinner, and the hotel offered faux fur throws.",
    "The company will transfer in by bank payment, and no proof but hers was needed.",
]

# Round 33 (tells21): a museum jewel theft, a chickenpox vaccine for children
ROUND33_TELLS = [
    ("Thieves broke in earlier than daybreak and escaped with jewellery price an estimated €40 million.",
     "Thieves broke in before dawn and escaped with jewellery worth an estimated €40 million."),
    ("The gang minimize by a window grille, smashed a show case and had been contained in the constructing for "
     "five minutes.",
     "The gang cut through a window grille, smashed a display case and had been inside the building for "
     "five minutes."),
    ("Two males in darkish clothes were seen in a close-by avenue, and the stolen items embrace a brooch.",
     "Two men in dark clothing were seen in a nearby street, and the stolen items include a brooch."),
    ("The jab means mother and father is not going to have to make extra visits to their surgical procedure.",
     "The jab means parents will not have to make more visits to their surgery."),
    ("Chickenpox is often gentle, but it may possibly trigger severe issues in infants and pregnant girls.",
     "Chickenpox is usually mild, but it can cause serious complications in babies and pregnant women."),
]

ROUND33_ORDINARY = [
    "The show case for the new phones opened, and she is often gentle with the horses.",
    "We were careful with the faraway from home feeling, and detectives concern themselves with facts.",
    "Surgical procedures would be delayed, and nurses manage with fewer staff at night.",
    "The firm may possibly delay the launch, and the pregnant girls in the novel were brave.",
]

# Round 34 (tells21): a football transfer, a cabin crew strike
ROUND34_TELLS = [
    ("United have agreed a payment of £65 million for the winger, and add-ons could take the payment previous "
     "£75 million.",
     "United have agreed a fee of £65 million for the winger, and add-ons would take the fee past "
     "£75 million."),
    ("It is the costliest switch in the membership's historical past, and the club had not wished to promote "
     "however could not flip down the supply.",
     "It is the most expensive transfer in the club's history, and the club had not wanted to sell "
     "but could not turn down the offer."),
    ("Cabin crew at a price range airline will strike, putting passengers' journeys in danger.",
     "Cabin crew at a budget airline will strike, putting passengers' trips at risk."),
    ("Members had been provided an increase well below inflation, and crew are unpaid for hours on the bottom "
     "between flights.",
     "Members had been offered a rise well below inflation, and crew are unpaid for hours on the ground "
     "between flights."),
    ("The airline will run as many flights as doable, and journey brokers suggested prospects to verify their "
     "flight standing.",
     "The airline will run as many flights as possible, and travel agents advised customers to check their "
     "flight status."),
]

ROUND34_ORDINARY = [
    "They wished to promote the film, and the divers spent hours on the bottom of the lake.",
    "We verify their flight details by email, and the mountain journeys in danger zones need permits.",
    "Staff were told to pay lease charges on time, and the cabin had been sturdy for years.",
]

# Round 35 (tells21): an energy price cap rise, a volcanic ash cloud
ROUND35_TELLS = [
    ("The ash cloud drifted over the North Ocean, and controllers said it may injury jet engines and that "
     "security got here first.",
     "The ash cloud drifted over the North Sea, and controllers said it could damage jet engines and that "
     "safety came first."),
    ("Operators added further providers, and scientists said the wind path would resolve how lengthy the "
     "disruption lasted.",
     "Operators added extra services, and scientists said the wind direction would decide how long the "
     "disruption lasted."),
    ("Airways warned of delays and suggested passengers to not journey to the airport.",
     "Airlines warned of delays and advised passengers not to travel to the airport."),
    ("The vitality value cap will rise, adding £150 to the standard family's fuel and electrical energy "
     "payments.",
     "The energy price cap will rise, adding £150 to the typical household's gas and electricity "
     "bills."),
    ("Families behind on their funds may get help, with a scheme to put in writing off some arrears and to "
     "supply cost plans.",
     "Families behind on their payments may get help, with a scheme to write off some arrears and to "
     "offer payment plans."),
]

ROUND35_ORDINARY = [
    "British Airways warned of delays, and the storm may damage roofs.",
    "We took a look at his telephone bill, and the wind path along the ridge was exposed.",
    "She bought a set of plates, and the cost plans for the new wing were approved.",
]

# Round 36 (tells21): the first census results, a driver jailed for killing a cyclist
ROUND36_TELLS = [
    ("The primary outcomes of the census show that there are more people over 65 than kids below 15.",
     "The first results of the census show that there are more people over 65 than children under 15."),
    ("The quickest development was in the south, while the north misplaced residents, and immigration "
     "accounted for many of the enhance.",
     "The fastest growth was in the south, while the north lost residents, and immigration "
     "accounted for most of the increase."),
    ("The driver killed a bike owner while taking a look at his telephone, and knowledge from his telephone "
     "showed he was scrolling by social media.",
     "The driver killed a cyclist while looking at his phone, and data from his phone "
     "showed he was scrolling through social media."),
    ("Her children requested each evening when their father was coming home.",
     "Her children asked every night when their father was coming home."),
]

ROUND36_ORDINARY = [
    "The bike owner locked the frame to the railings, and the cycling path follows the river.",
    "The inhabitants of the island are proud of their history, and the children below the bridge were fishing.",
    "The quickest development team won the prize, and the census printed forms arrived late.",
]

# Round 37 (tells21): a supermarket price war, a stranded whale refloated
ROUND37_TELLS = [
    ("Supermarkets are locked in a contemporary value battle as consumers change to low cost chains.",
     "Supermarkets are locked in a fresh price war as consumers switch to discount chains."),
    ("The cuts would squeeze margins that were already skinny, and families say their weekly store "
     "nonetheless prices much more than before.",
     "The cuts would squeeze margins that were already thin, and families say their weekly shop "
     "still costs much more than before."),
    ("Volunteers kept the animal's pores and skin moist with buckets of water and covered it to shield it "
     "from the solar.",
     "Volunteers kept the animal's skin wet with buckets of water and covered it to shield it "
     "from the sun."),
    ("The whale began to maneuver its tail, and boats adopted it out to sea; it was probably searching fish.",
     "The whale began to move its tail, and boats followed it out to sea; it was probably hunting fish."),
]

ROUND37_ORDINARY = [
    "The farm sells power from the solar panels, and the bank adopted it outright as policy.",
    "The film was shot in a weekly store in Leeds, and the children were searching fish markets for bargains.",
]

# Round 38 (tells21): a bridge shut to lorries, a swimmer's record at the trials
ROUND38_TELLS = [
    ("The bridge carries 40,000 autos a day, and drivers of heavy items autos face a detour.",
     "The bridge carries 40,000 vehicles a day, and drivers of heavy goods vehicles face a detour."),
    ("Deliveries would be delayed and price extra, and automobiles and vans face one lane in every route at "
     "night.",
     "Deliveries would be delayed and cost more, and cars and vans face one lane in each direction at "
     "night."),
    ("She broke the British file to safe her place, a second sooner than the earlier mark.",
     "She broke the British record to secure her place, a second faster than the previous mark."),
    ("She had not expected to qualify until the following Video games, but improved shortly this season.",
     "She had not expected to qualify until the next Games, but improved quickly this season."),
    ("Only the top two in every occasion are assured a spot in the team, and the selectors will title the "
     "total squad next week.",
     "Only the top two in each event are guaranteed a place in the team, and the selectors will name the "
     "full squad next week."),
]

ROUND38_ORDINARY = [
    "The plan improved shortly after the vote, and the captain was assured a spot on the bench in every "
    "occasion.",
    "The British file of the case was lost, and the bridge was protected by guards.",
    "They have a safe place to stay, and the pilots had to maneuver its wings.",
]

# Round 39 (tells21): a prisoner escapes from a hospital escort, a couple's lottery win
ROUND39_TELLS = [
    ("Police said the man was thought-about harmful and warned the public to not strategy him.",
     "Police said the man was considered dangerous and warned the public not to approach him."),
    ("He was last seen operating in direction of the station in a blue hooded high, and officers searched the "
     "homes of a number of kin.",
     "He was last seen running towards the station in a blue hooded top, and officials searched the "
     "homes of several relatives."),
    ("Police arrange highway checks on the primary routes out of the city, and an pressing assessment was "
     "ordered.",
     "Police set up road checks on the main routes out of the city, and an urgent review was "
     "ordered."),
    ("The couple have gained £61 million on the lottery and thanked the buddies they had recognized all their "
     "lives.",
     "The couple have won £61 million on the lottery and thanked the friends they had known all their "
     "lives."),
    ("The ticket was purchased on the village store, whose proprietor will obtain a bonus, and advisers will "
     "help them handle their fortune.",
     "The ticket was bought at the village store, whose owner will receive a bonus, and advisers will "
     "help them manage their fortune."),
]

ROUND39_ORDINARY = [
    "The firm uses a number of kin terms in its study, and the pressing assessment deadline passed.",
    "She likes to handle their fortune cookies, and the shares have gained £2 this week.",
    "The primary routes out of poverty are work and education, and the jail escort van was parked outside.",
]

# Round 40 (tells21): an orchestra's grant halved, walkers rescued from a mountain
ROUND40_TELLS = [
    ("The orchestra says it could should cancel its season after the humanities council minimize its annual "
     "grant.",
     "The orchestra says it may have to cancel its season after the arts council cut its annual "
     "grant."),
    ("It gives more than 100 live shows a yr, and the council received way more functions than it can fund.",
     "It gives more than 100 concerts a year, and the council received far more applications than it can fund."),
    ("The board had to make troublesome decisions and will meet next week to resolve its future.",
     "The board had to make difficult choices and will meet next week to decide its future."),
    ("The walkers turned misplaced in thick cloud and were found chilly and moist after setting out in shiny "
     "sunshine.",
     "The walkers became lost in thick cloud and were found cold and wet after setting out in bright "
     "sunshine."),
    ("They had no maps or heat garments and were counting on a telephone that ran out of battery.",
     "They had no maps or warm clothes and were relying on a phone that ran out of battery."),
    ("The leader said the climate on the summit changes within minutes and urged walkers to carry the precise "
     "gear.",
     "The leader said the weather on the summit changes within minutes and urged walkers to carry the right "
     "equipment."),
]

ROUND40_ORDINARY = [
    "The firm wants to minimize its annual costs, and the humanities department hired two lecturers.",
    "The precise gear ratio matters, and the climate on the summit of policy is cold.",
    "The phone has more functions than the old model, and the troublesome decisions of youth fade.",
    "The town should resolve its future soon, and the shiny sunshine yellow car was sold.",
]

# Round 41 (tells22): a water company's record fine, a council seat decided on a recount
ROUND41_TELLS = [
    ("The company was fined a report £90 million after it had damaged the legislation hundreds of occasions.",
     "The company was fined a record £90 million after it had broken the law hundreds of times."),
    ("The chief executive apologised to prospects, and three bathers misplaced their lives last summer.",
     "The chief executive apologised to customers, and three bathers lost their lives last summer."),
    ("The Inexperienced candidate won by simply two votes after the second rely of the poll papers.",
     "The Green candidate won by just two votes after the second count of the ballot papers."),
    ("The shedding councillor would not problem the outcome in courtroom and wished his rival effectively.",
     "The losing councillor would not challenge the result in court and wished his rival well."),
]

ROUND41_ORDINARY = [
    "Inexperienced candidates often struggle, and an inexperienced candidate can still win a seat.",
    "There were dozens of occasions when he lied, and we met on hundreds of occasions.",
    "Many first rely on savings, and the scandal damaged the legislation in the Senate.",
    "He requested for the second time that the file be sent, and they misplaced their keys.",
]

# Round 42 (tells22): a food-bank demand report, a weather satellite launched
ROUND42_TELLS = [
    ("The charity handed out the best quantity on report, and lots of extra had been families who had by no "
     "means wanted assist.",
     "The charity handed out the highest number on record, and many more were families who had never "
     "needed help."),
    ("Volunteers ran out of child meals and had to flip folks away, and urged ministers to boost advantages "
     "in step with costs.",
     "Volunteers ran out of baby food and had to turn people away, and urged ministers to raise benefits "
     "in line with prices."),
    ("The charity wants to finish the wait of five weeks for the primary cost, and said work was the perfect "
     "route out of poverty.",
     "The charity wants to end the wait of five weeks for the first payment, and said work was the best "
     "route out of poverty."),
    ("The satellite, inbuilt Britain, went up after two attempts had been referred to as off.",
     "The satellite, built in Britain, went up after two attempts were called off."),
    ("Engineers on the management centre cheered when the craft despatched its first sign, and the mission "
     "value about £600 million.",
     "Engineers at the control centre cheered when the craft sent its first signal, and the mission "
     "cost about £600 million."),
]

ROUND42_ORDINARY = [
    "We bought lots of extra chairs for the party, and she wanted assistance with the move.",
    "The primary cost of the project is labour, and the perfect route for cyclists runs along the river.",
    "The phone has an inbuilt camera, and scientists finding out that the drug works were delighted.",
    "Her first sign of illness was a cough, and the child meals at the cafe are cheap.",
]

# Round 43 (tells22): a ferry strike, a striker bought on transfer deadline day
ROUND43_TELLS = [
    ("The club broke its switch report, and his rival left on a free switch.",
     "The club broke its transfer record, and his rival left on a free transfer."),
    ("The manager asked for a brand new ahead at the begin of the summer, and his shirt bought out within an "
     "hour.",
     "The manager asked for a new forward at the start of the summer, and his shirt sold out within an "
     "hour."),
    ("Fans queued at the membership store, and two defenders went out on mortgage to a rival club.",
     "Fans queued at the club shop, and two defenders went out on loan to a rival club."),
    ("Boats were crusing with fewer staff than the legislation permits, and shops ran short of recent milk.",
     "Boats were sailing with fewer staff than the law allows, and shops ran short of fresh milk."),
    ("The leader referred to as on each side to return to talks before the vacationer season.",
     "The leader called on both sides to return to talks before the tourist season."),
]

ROUND43_ORDINARY = [
    "The firm was bought out by its rivals in 2010, and the tickets bought out of town were cheaper.",
    "He moved the new ahead of schedule plan, and the most recent water bill was high.",
    "The union urged each side to be patient, and he left simply because it was about to rain.",
    "The recent bread price rise hurt families, and she took out a new mortgage to buy the house.",
]

# Round 44 (tells22): a hosepipe ban, a stock-market fall
ROUND44_TELLS = [
    ("Crops had been already struggling during the current scorching climate, and prospects caught watering "
     "gardens face fines.",
     "Crops were already struggling during the recent hot weather, and customers caught watering "
     "gardens face fines."),
    ("People were asked to show off the faucet while brushing their enamel.",
     "People were asked to turn off the tap while brushing their teeth."),
    ("The primary index closed down as buyers appeared for someplace secure, wiping billions off the worth "
     "of big companies.",
     "The main index closed down as investors looked for somewhere safe, wiping billions off the value "
     "of big companies."),
    ("Prices were rising sooner than expected, and savers were instructed to not panic after hopes that "
     "rates can be minimize.",
     "Prices were rising faster than expected, and savers were told not to panic after hopes that "
     "rates would be cut."),
]

ROUND44_ORDINARY = [
    "The house had been already sold when we arrived, and the primary index of the database was rebuilt.",
    "Let me show off the tap dancing skills I learned, and the boy grew sooner than his brother expected.",
    "She was instructed to not only teach but also to mentor, and the prospects caught my eye.",
    "The greatest corporations of the age built railways, and investors place their cash in bonds.",
]

# Round 45 (tells22): a pension-age vote abroad, a giraffe calf born at a zoo
ROUND45_TELLS = [
    ("Months of avenue protests ended, and the fund was operating out of cash as individuals dwell longer.",
     "Months of street protests ended, and the fund was running out of cash as people live longer."),
    ("Unions promised to maintain combating, though assist for the strikes had pale after most days of motion.",
     "Unions promised to keep fighting, though support for the strikes had faded after most days of action."),
    ("Parties will ask the highest courtroom to strike down the legislation, and ministers may now flip to "
     "different pressing issues.",
     "Parties will ask the top court to strike down the law, and ministers may now turn to "
     "other urgent problems."),
    ("The calf, the primary of its sort, was six ft tall, and the species is listed as susceptible.",
     "The calf, the first of its kind, was six feet tall, and the species is listed as vulnerable."),
    ("Numbers have fallen because the Eighties, and the zoo asked people to assist select a reputation for the "
     "calf.",
     "Numbers have fallen since the Eighties, and the zoo asked people to help choose a name for the "
     "calf."),
]

ROUND45_ORDINARY = [
    "The company is operating out of London, and he had pale skin and blue eyes.",
    "His assist for the winning goal came late, and the building is 40 ft tall.",
    "This is the first of its sort I have seen, and he earned a reputation for the calf roping contest.",
    "The band played because the Eighties were fun, and they maintain it from the control room.",
]

# Round 46 (tells22): a teachers' pay offer, a charity marathon on the coast
ROUND46_TELLS = [
    ("The marathon alongside the coast ended with runners in fancy gown elevating about £400,000.",
     "The marathon along the coast ended with runners in fancy dress raising about £400,000."),
    ("Teachers have been provided a pay rise, and the supply is greater than final year's.",
     "Teachers have been offered a pay rise, and the offer is higher than last year's."),
    ("Head lecturers said schools would have to discover a part of the cash from budgets, that are already "
     "stretched.",
     "Head teachers said schools would have to find part of the money from budgets, which are already "
     "stretched."),
    ("Mother and father have been told that too many new teachers go away inside 5 years.",
     "Parents have been told that too many new teachers leave within five years."),
]

ROUND46_ORDINARY = [
    "The supply is greater than the demand, and the ship sailed alongside the coast.",
    "She provided a pay slip, and the cat will go away inside the house.",
    "His mother and father had been married for years, and elevating the bed helps.",
    "First-aid teams treated about forty people for minor injuries at the race.",
]

# Round 47 (tells22): pub closures, a lifeboat rescue
ROUND47_TELLS = [
    ("Landlords blamed prospects who now drink at home, and villages have misplaced the one place the place "
     "people could meet.",
     "Landlords blamed customers who now drink at home, and villages have lost the only place where "
     "people could meet."),
    ("Ministers had already frozen obligation on drinks and had been taking a look at ways to increase assist "
     "with bills.",
     "Ministers had already frozen duty on drinks and were looking at ways to extend help "
     "with bills."),
    ("The boat began to sink in tough seas, and the skipper despatched a misery name before dawn.",
     "The boat began to sink in rough seas, and the skipper sent a distress call before dawn."),
    ("The crew were lifted to security, and the cause of the leak was not but recognized.",
     "The crew were lifted to safety, and the cause of the leak was not yet known."),
]

ROUND47_ORDINARY = [
    "The firm interviewed prospects who applied online, and the tough seas of politics tested him.",
    "The data was sent to security services, and the team lifted to security level three.",
    "He had been taking a look at his notes, and the one place the place where we met is gone.",
    "She feels an obligation on behalf of her family, and they increase assist with the ball in the league.",
]

# Round 48 (tells22): whooping cough cases rise, a lost painting sold at auction
ROUND48_TELLS = [
    ("Officials urged parents to test that their youngsters are vaccinated after an increase in circumstances "
     "of the illness.",
     "Officials urged parents to check that their children are vaccinated after a rise in cases "
     "of the illness."),
    ("Pregnant women are provided a vaccine, and the illness begins like a chilly but brings coughing suits "
     "that final for weeks.",
     "Pregnant women are offered a vaccine, and the illness begins like a cold but brings coughing fits "
     "that last for weeks."),
    ("Doctors had appointments obtainable, and parents can still meet up with missed doses.",
     "Doctors had appointments available, and parents can still catch up on missed doses."),
    ("The painting has offered at public sale, and the owners had no thought of its worth.",
     "The painting has sold at auction, and the owners had no idea of its value."),
    ("It was a misplaced work by a Dutch artist, and consumers on the telephone from New York bid for it.",
     "It was a lost work by a Dutch artist, and buyers on the phone from New York bid for it."),
]

ROUND48_ORDINARY = [
    "We will test that their theory holds, and the morning was like a chilly winter day.",
    "The champions can final be beaten, and the final for weeks was the big match.",
    "He had no thought of leaving, and the coughing suits me fine.",
    "Consumers on the telephone network complained about the prices.",
]

# Round 49 (tells22): rural bus routes cut, a landslide shuts a mountain road
ROUND49_TELLS = [
    ("The council cut its transport finances, and a volunteer group has provided to run a minibus.",
     "The council cut its transport budget, and a volunteer group has offered to run a minibus."),
    ("The predominant highway is shut, and no one was damage when the hillside came down.",
     "The main road is shut, and no one was hurt when the hillside came down."),
    ("Engineers hope to search out out how the slope moved, and the slip adopted the wettest winter on record.",
     "Engineers hope to find out how the slope moved, and the slip followed the wettest winter on record."),
    ("A track for native visitors will open on the closed road, and the firm is taking a look at methods to "
     "guard the route.",
     "A track for local traffic will open on the closed road, and the company is looking at ways to "
     "protect the route."),
]

ROUND49_ORDINARY = [
    "No one was damaged by the rumour, and they adopted the driest style of prose.",
    "They use methods to guard against fraud, and the state of the transport finances is poor.",
    "Costs can be minimized or lowered over time with better planning.",
]

# Round 50 (tells22): a rail fare rise
ROUND50_TELLS = [
    ("Vacationers on the trains had been being asked to pay more, and trains were too usually late.",
     "Travellers on the trains were being asked to pay more, and trains were too often late."),
    ("The minister said the rise was under inflation, and unions said greater fares would drive people away.",
     "The minister said the rise was below inflation, and unions said higher fares would drive people away."),
    ("Few passengers thought the journey was good worth for cash.",
     "Few passengers thought the journey was good value for money."),
]

ROUND50_ORDINARY = [
    "The project was under inflation pressure, and the shops had been being watched for months before the raid.",
    "Its worth for cash-strapped families is clear, and vacationers flocked to the beaches of Florida.",
]

# Round 51 (tells23): box office weekend, Supreme Court takes a social media case
ROUND51_TELLS = [
    ("The sequel led the field workplace for a second weekend break, and the movie, which value about"
     " $90 million to make, is a hit.",
     "The sequel led the box office for a second weekend, and the movie, which cost about $90 million"
     " to make, is a hit."),
    ("A comedy a few household of speaking foxes slipped to 3rd, and the studio will transfer the "
     "discharge of the following movie.",
     "A comedy about a family of speaking foxes slipped to third, and the studio will move the "
     "release of the next movie."),
    ("The courtroom turned down a request to dam the legislation whereas the attraction is pending, "
     "so it stays in pressure for now.",
     "The court turned down a request to block the law while the appeal is pending, so it stays in "
     "force for now."),
    ("The state's lawyer normal mentioned the justices will hear the case, with a choice anticipated "
     "by June.",
     "The state's attorney general said the justices will hear the case, with a decision expected by "
     "June."),
    ("Its visible results crew needed extra time.",
     "Its visual effects team needed more time."),
]

ROUND51_ORDINARY = [
    "We booked a weekend break in Lisbon, and the hotel offers a second weekend break at half price.",
    "She won a few household items in the raffle, and the runner fell to 3rd in the final lap.",
    "The hospital will transfer the discharge papers to the clinic, and the discharge of the "
    "following chemicals is banned.",
    "The new diet gave visible results within weeks, and he had a choice anticipated by few.",
    "The beavers built a dam, and the engineers plan to dam the river upstream.",
    "The tourist attraction is pending approval from the council, and the pipes remain in pressure "
    "tests.",
    "The courtroom turned silent when the verdict was read, and the courtroom agreed with the gasp of"
    " the crowd.",
    "The lawyer normally charges by the hour, and a serious check of the engine found nothing wrong.",
    "The nurse will transfer the discharge letter, and the town's main attraction is pending a safety"
    " review.",
    "The divers remain in pressure suits, and the pilots stay in pressure suits for hours.",
]

# Round 52 (tells23): OPEC extends output cuts, a hurricane makes landfall
ROUND52_TELLS = [
    ("Prices rose, stunning merchants who had anticipated a drop; Saudi Arabia will hold its personal"
     " voluntary minimize in place.",
     "Prices rose, surprising traders who had expected a drop; Saudi Arabia will hold its own "
     "voluntary cut in place."),
    ("Analysts mentioned the transfer reveals the producers are decided to defend costs, and the "
     "group will meet to assessment the market.",
     "Analysts said the move shows the producers are determined to defend prices, and the group will "
     "meet to review the market."),
    ("The storm was knocking out energy to 600,000 properties and companies, with a surge of 12 toes "
     "alongside the shore.",
     "The storm was knocking out power to 600,000 homes and businesses, with a surge of 12 feet along"
     " the shore."),
    ("Crews used boats to succeed in households trapped by rising water.",
     "Crews used boats to reach families trapped by rising water."),
]

ROUND52_ORDINARY = [
    "The firm owns several properties and companies across Europe, and her toes alongside the edge of"
    " the pool were cold.",
    "The transfer reveals how much the club valued the striker, and the matter is decided to the "
    "satisfaction of both sides.",
    "Lawyers will defend costs orders in court, and the board plans an assessment the following week.",
    "The stunning merchants' houses line the canal, and the company keeps its personal data safe.",
    "It is decided to hold the meeting on Monday, and the players are decided to be fit.",
    "Many small firms succeed in households where both parents work, and they succeed in reaching the"
    " top.",
    "The storm knocked out the lights, and the energy to keep going ran out.",
]

# Round 53 (tells23): Chiefs win in overtime, a chipmaker's quarterly results
ROUND53_TELLS = [
    ("The firm sells processors used to coach synthetic intelligence fashions, and demand would "
     "exceed provide for a number of quarters.",
     "The company sells processors used to train artificial intelligence models, and demand would "
     "exceed supply for a number of quarters."),
    ("Some traders have fearful that spending can't last, and the corporate forecast income of about "
     "$37.5 billion.",
     "Some traders have worried that spending can't last, and the company forecast revenue of about "
     "$37.5 billion."),
    ("\"We simply saved combating,\" he mentioned, after a 19-yard move to the tight end tied the "
     "sport.",
     "\"We just kept fighting,\" he said, after a 19-yard pass to the tight end tied the game."),
    ("The Bills misplaced their beginning left deal with to a knee harm and now path Miami by a sport"
     " within the division.",
     "The Bills lost their starting left tackle to a knee injury and now trail Miami by a game in the"
     " division."),
]

ROUND53_ORDINARY = [
    "Sales came in barely above estimates, and the coach told the team to deal with the pressure.",
    "She saved combat footage from the war, and the left deal with the union was signed last year.",
    "The players now path the ball around the field, and the rugby coach showed them a new move to "
    "the left wing.",
    "The company's corporate forecast was gloomy, and the fashions of the season came from Paris.",
    "Accidents piled up on the icy motorway, and the rescue team reached the cars within an hour.",
    "She offers to coach young founders on pricing, and we saved the pushchair for the baby.",
    "He will exceed expectations, and the left deal with the unions was signed in May.",
    "Their defense had dominated for three quarters, and the offense dominated the second half.",
]

# Round 54 (tells23): a streaming service's subscriber jump, a wildfire north of Los Angeles
ROUND54_TELLS = [
    ("The service added nine million members, way over analysts had predicted, as a less expensive "
     "plan with promoting drew new prospects world wide.",
     "The service added nine million members, far more than analysts had predicted, as a less "
     "expensive plan with advertising drew new customers around the world."),
    ("Executives credited a strong slate of reveals and dwell occasions corresponding to a boxing "
     "match that drew file viewing.",
     "Executives credited a strong slate of shows and live events such as a boxing match that drew "
     "record viewing."),
    ("The corporate will report revenue, focusing as a substitute on time spent watching, and several"
     " other have merged.",
     "The company will report revenue, focusing instead on time spent watching, and several have "
     "merged."),
    ("A wildfire pushed by sturdy winds forced officials to close a piece of the interstate.",
     "A wildfire driven by strong winds forced officials to close a section of the interstate."),
    ("The utility shut off energy to cut back the chance that its strains would spark a hearth.",
     "The utility shut off power to reduce the risk that its lines would spark a fire."),
]

ROUND54_ORDINARY = [
    "He went way over the speed limit, and the plan with promoting the film fell to her agent.",
    "The team preferred thriller novels, and the festival hosted occasions corresponding to the "
    "seasons.",
    "Her prospects worldwide look good, and several other bands have played the venue.",
    "The trees were pushed by strong winds, and she ate a piece of the cake on the highway.",
    "They shut off the energy drink supply, and the strains of the song drifted across the hall.",
    "Stress and strains would show in his face, and the report reveals together with the data a "
    "worrying trend.",
    "She came on as a substitute on Saturday and scored twice.",
    "He drew files from the cabinet, and the dwell time of the ships in port grew.",
]

# Round 55 (tells23): an earthquake off northern Japan, an appeals court clears a grocery merger
ROUND55_TELLS = [
    ("The agency issued a warning alongside a protracted stretch of the shore, and residents had been"
     " instructed to maneuver to increased floor.",
     "The agency issued a warning along a long stretch of the shore, and residents were instructed to"
     " move to higher ground."),
    ("Officials warned that sturdy aftershocks may comply with for days and urged folks to keep out "
     "of broken buildings.",
     "Officials warned that strong aftershocks may follow for days and urged people to keep out of "
     "damaged buildings."),
    ("The commission mentioned it was reviewing the choice, together with a request for the complete "
     "court docket to rehear the case.",
     "The commission said it was reviewing the decision, including a request for the full court to "
     "rehear the case."),
    ("The chains had agreed to promote greater than 500 shops to a smaller rival.",
     "The chains had agreed to sell more than 500 shops to a smaller rival."),
]

ROUND55_ORDINARY = [
    "The talks dragged on for a protracted stretch of time, and the new office has increased floor "
    "space.",
    "Children from broken homes often need support, and the rules the firm must comply with for years"
    " are strict.",
    "She was reviewing the choice of wines for the wedding, and we aim to promote greater awareness "
    "of the disease.",
    "The judge was busy, and the complete court records were sealed.",
    "The climbers moved to higher ground, and the broken buildings of the old mill are a local "
    "landmark.",
]

# Round 56 (tells23): gold at a record high, a Venice prize for a quiet drama
ROUND56_TELLS = [
    ("A quiet drama a few widowed fisherman won the top prize, a shock alternative by the jury.",
     "A quiet drama about a widowed fisherman won the top prize, a surprise choice by the jury."),
    ("The director, making her second function, thanked her forged, and a newcomer who performs a "
     "younger nurse won the perfect actress award.",
     "The director, making her second feature, thanked her cast, and a newcomer who plays a young "
     "nurse won the best actress award."),
    ("Some predicted the drama would struggle to discover a broad viewers, though the festival is the"
     " oldest on the earth.",
     "Some predicted the drama would struggle to find a wide audience, though the festival is the "
     "oldest in the world."),
    ("Gold rose above $2,700 an oz. as buyers sought a protected place for his or her cash.",
     "Gold rose above $2,700 an oz. as buyers sought a safe place for their money."),
    ("The metallic has gained 30 p.c. this 12 months, helped by heavy shopping for from central "
     "banks, and lower rates tend to assist gold.",
     "The metal has gained 30 percent this year, helped by heavy buying from central banks, and lower"
     " rates tend to support gold."),
    ("The rally had gone too far too quick, and dealers are providing reductions as patrons balk on "
     "the value.",
     "The rally had gone too far too fast, and dealers are offering discounts as patrons balk at the "
     "value."),
]

ROUND56_ORDINARY = [
    "We watched a film a few weeks ago, and the drama a few friends staged was lovely.",
    "The second function of the enzyme is unclear, and she is the perfect actor for the role.",
    "He bought a cheap jail cell door at auction, and her hair had a metallic sheen.",
    "The shop keeps a broad range of goods, and the chocolate is the finest on the market.",
    "The chain is providing reductions in waste, and she will assist in the search.",
    "She bought an ounce of gold, and the shopping for the party took hours.",
    "He performs a younger man's songs, and the conflict drama in parliament went on for weeks.",
    "The oldest on the team is 34, and his or her cash card must be signed.",
]

# Round 57 (tells23): Ohio State beats Michigan, a judge finds Google a search monopoly
ROUND57_TELLS = [
    ("The judge found the company paid billions to be the default, allowing it to boost promoting "
     "costs, and Google mentioned it might attraction.",
     "The judge found the company paid billions to be the default, allowing it to raise advertising "
     "prices, and Google said it would appeal."),
    ("The choose has not but determined on a treatment, which could range from a ban on the default "
     "funds to a compelled sale of elements of the enterprise.",
     "The judge has not yet determined on a remedy, which could range from a ban on the default funds"
     " to a forced sale of parts of the business."),
    ("The ruling is a victory in a sequence of antitrust circumstances towards huge tech "
     "corporations, and a trial over its promoting know-how is next.",
     "The ruling is a victory in a series of antitrust cases against big tech companies, and a trial "
     "over its advertising technology is next."),
    ("The offense managed the ball for many of the second half, and the protection saved the sport "
     "shut till the fourth quarter.",
     "The offense managed the ball for most of the second half, and the defense kept the game close "
     "until the fourth quarter."),
    ("A blocked punt arrange a brief scoring drive, and followers rushed onto the sphere after the "
     "ultimate whistle.",
     "A blocked punt set up a short scoring drive, and followers rushed onto the field after the "
     "final whistle."),
    ("The coach, who had confronted heavy criticism, said this one means greater than any rival.",
     "The coach, who had faced heavy criticism, said this one means more than any rival."),
]

ROUND57_ORDINARY = [
    "The doctor decided on a treatment plan, and the pension scheme moved members into default funds.",
    "Many of the second half tickets were sold, and the charity saved the sport from collapse.",
    "The planets orbit the sphere of influence, and she confronted heavy traffic on the way home.",
    "Elements of the enterprise software are old, and the new gallery is a big attraction.",
    "The court ordered a compelled sale in the end, and the huge tech conference drew crowds.",
    "They want to promote costs savings, and the band played more than any sport I know of.",
]

# Round 58 (tells23): a fantasy series finale, tornadoes in Oklahoma and Kansas
ROUND58_TELLS = [
    ("The finale drew the most important viewers for any scripted present this 12 months and "
     "introduced an finish to the story.",
     "The finale drew the largest audience for any scripted show this year and brought an end to the "
     "story."),
    ("Response from followers was blended, but the creator didn't remorse the last scene.",
     "Response from fans was mixed, but the creator didn't regret the last scene."),
    ("The community has already ordered two spinoff collection, and a prequel movie is in growth.",
     "The network has already ordered two spinoff series, and a prequel film is in development."),
    ("The service obtained greater than 30 experiences of tornadoes, and crews had been despatched to"
     " survey the injury.",
     "The service received more than 30 reports of tornadoes, and crews were despatched to survey the"
     " damage."),
    ("The tornado, which stayed on the bottom for 40 miles, dropped hail the dimensions of baseballs "
     "that smashed automobile home windows.",
     "The tornado, which stayed on the ground for 40 miles, dropped hail the size of baseballs that "
     "smashed car windows."),
    ("Tens of hundreds of consumers misplaced energy, and the governor will ask for federal "
     "catastrophe support.",
     "Tens of thousands of customers lost power, and the governor will ask for federal disaster aid."),
]

ROUND58_ORDINARY = [
    "The most important viewers of the debate were undecided voters, and the children did not show "
    "remorse.",
    "The paint was blended with oil, and the company is in growth mode after a strong year.",
    "Divers stayed on the bottom of the lake for an hour, and the nurse will assess the injury to his"
    " knee.",
    "Her life experiences of war shaped the novel, and one twister destroyed a barn near the town.",
    "The local community has ordered new benches for the park, and extreme storms are more common "
    "now.",
    "The charity gives support to families after a catastrophe, and the doctor will survey the injury"
    " records.",
    "The dimensions of the room were small, and the dimensions of the large hall were twice as big.",
]


TELLS = (ROUND1_TELLS + ROUND2_TELLS + ROUND3_TELLS + ROUND4_TELLS + ROUND5_TELLS + ROUND6_TELLS
         + ROUND7_TELLS + ROUND8_TELLS + ROUND9_TELLS + ROUND10_TELLS
         + ROUND11_TELLS + ROUND12_TELLS + ROUND13_TELLS
         + ROUND14_TELLS + ROUND15_TELLS + ROUND16_TELLS + ROUND17_TELLS + ROUND18_TELLS + ROUND19_TELLS + ROUND20_TELLS + ROUND21_TELLS + ROUND22_TELLS
         + ROUND23_TELLS + ROUND24_TELLS + ROUND25_TELLS + ROUND26_TELLS + ROUND27_TELLS + ROUND28_TELLS
         + ROUND29_TELLS + ROUND30_TELLS + ROUND31_TELLS + ROUND32_TELLS + ROUND33_TELLS + ROUND34_TELLS
         + ROUND35_TELLS + ROUND36_TELLS + ROUND37_TELLS + ROUND38_TELLS
         + ROUND39_TELLS + ROUND40_TELLS + ROUND41_TELLS + ROUND42_TELLS + ROUND43_TELLS + ROUND44_TELLS + ROUND45_TELLS + ROUND46_TELLS + ROUND47_TELLS + ROUND48_TELLS + ROUND49_TELLS + ROUND50_TELLS + ROUND51_TELLS + ROUND52_TELLS + ROUND53_TELLS + ROUND54_TELLS + ROUND55_TELLS + ROUND56_TELLS + ROUND57_TELLS + ROUND58_TELLS)
ORDINARY = (ROUND1_ORDINARY + ROUND2_ORDINARY + ROUND3_ORDINARY + ROUND4_ORDINARY
            + ROUND5_ORDINARY + ROUND6_ORDINARY + ROUND7_ORDINARY + ROUND8_ORDINARY
            + ROUND9_ORDINARY + ROUND10_ORDINARY + ROUND11_ORDINARY
            + ROUND12_ORDINARY + ROUND13_ORDINARY + ROUND14_ORDINARY
            + ROUND15_ORDINARY + ROUND16_ORDINARY + ROUND17_ORDINARY + ROUND18_ORDINARY + ROUND19_ORDINARY + ROUND20_ORDINARY + ROUND21_ORDINARY + ROUND22_ORDINARY
            + ROUND23_ORDINARY + ROUND24_ORDINARY + ROUND25_ORDINARY + ROUND26_ORDINARY + ROUND27_ORDINARY
            + ROUND28_ORDINARY + ROUND29_ORDINARY + ROUND30_ORDINARY + ROUND31_ORDINARY
            + ROUND32_ORDINARY + ROUND33_ORDINARY + ROUND34_ORDINARY
            + ROUND35_ORDINARY + ROUND36_ORDINARY + ROUND37_ORDINARY + ROUND38_ORDINARY
            + ROUND39_ORDINARY + ROUND40_ORDINARY + ROUND41_ORDINARY + ROUND42_ORDINARY + ROUND43_ORDINARY + ROUND44_ORDINARY + ROUND45_ORDINARY + ROUND46_ORDINARY + ROUND47_ORDINARY + ROUND48_ORDINARY + ROUND49_ORDINARY + ROUND50_ORDINARY + ROUND51_ORDINARY + ROUND52_ORDINARY + ROUND53_ORDINARY + ROUND54_ORDINARY + ROUND55_ORDINARY + ROUND56_ORDINARY + ROUND57_ORDINARY + ROUND58_ORDINARY)


@pytest.mark.parametrize("spun, restored", TELLS)
def test_tells_of_the_rounds(row_engine, spun, restored):
    # the rows alone: the calibration's dense tier changes writers' words too (conftest.row_engine)
    assert body(row_engine, spun) == restored


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_uses_of_the_rounds_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence
