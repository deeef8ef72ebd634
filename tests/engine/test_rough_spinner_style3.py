"""The naive thesaurus paraphraser (the third rough style in resources/lexicons/news_rough_spinner.tsv,
helper rough23): every content word is replaced by the first synonym a general thesaurus lists, whatever
the sense, multi-word synonyms included ("bank" -> "depository financial institution", "round" -> "unit of
ammunition", "minister" -> "curate", "world" -> "universe", "tank" -> "armored combat vehicle"), so fixed
collocations and names break. Sentences written for these tests: each spun sentence is repaired, and an
ordinary sentence of our own holding the same words in their everyday use stays as written.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all, shown_repair as repaired
from unspin.engine.lexicon import TELL_CONFIDENCE, load_lexicon_file

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "resources" / "lexicons" / "news_rough_spinner.tsv"

CLEAN = ("The city council approved the budget on Tuesday after a long debate. The mayor said the "
         "plan would add two parks and repair several roads. Residents who attended the meeting "
         "asked about property taxes, and officials promised to publish the figures next week.")


@pytest.mark.parametrize("spun, originals, ordinary", [
    ("A leading think armored combat vehicle told a press group discussion that human being rights had worsened.",
     ["think tank", "press conference", "human rights"],
     "The think tank's director held a press conference on human rights."),
    ("The resistance political party called the vote rigged, and the opinion party denied it.",
     ["opposition party", "ruling party"],
     "The French resistance leader was captured in 1943, and her opinion was that the party had failed."),
    ("The cardinal bank raised involvement rates by half a percentage item, and inventory markets fell.",
     ["central bank", "interest rates", "percentage point", "stock markets"],
     "Investors showed little involvement in the decision, and the item was sold at the market."),
    ("The laminitis of the cryptocurrency central went on tribulation for wire dupery and confederacy to commit fraud.",
     ["founder of the cryptocurrency exchange", "on trial", "wire fraud", "conspiracy to commit"],
     "The pony developed laminitis after grazing, and the trials and tribulations of the stable were well known."),
    ("The panel found him shamefaced on all counts, and his legal representative stated he would invoke the verdict.",
     ["found him guilty", "lawyer said", "appeal the verdict"],
     "The deceased's legal representative signed the papers, and the panel found her report convincing."),
    ("The strange curates met for negotiations, and the inside curate praised the captive central.",
     ["foreign ministers", "interior minister", "prisoner exchange"],
     "She worked as a curate in a rural parish and found the customs of the town strange."),
    ("She is the universe number one and beat the defending title-holder after 31 unforced mistakes and a expansive slam final.",
     ["world number one", "defending champion", "unforced errors", "grand slam"],
     "Astronomers say the universe is 13.8 billion years old, and the title-holder of the land signed the deed."),
    ("The conference's all-star exposition biz was replaced by a iris football biz and accomplishment contests.",
     ["exhibition game", "flag football game", "skills competitions"],
     "The exposition opened in Paris in 1889, and the music biz has changed since streaming began."),
    ("Deliverance squads searched the rubble, the decease toll rose, and the atmospheric condition service issued its highest admonition.",
     ["Rescue teams", "death toll", "weather service", "highest warning"],
     "The film ends with the hero's deliverance, and the headmaster's admonition was ignored."),
    ("Refuge searchers crossed in small gravy boats, and the seashore guard delivered them.",
     ["Asylum seekers", "small boats", "coast guard"],
     "Pour the sauce into a gravy boat on the table, and walk along the seashore afterwards."),
    ("The proletarians went on work stoppage, and the brotherhood's general repository urged a return to the negotiating board.",
     ["workers went on strike", "union's general secretary", "negotiating table"],
     "Marx wrote that proletarians had nothing to lose, and the code is kept in a public repository."),
    ("The companionship stated that its portions rose after the main executive resigned from the plank of directors.",
     ["The company said", "its shares rose", "chief executive", "board of directors"],
     "Elderly people value the companionship of a dog, and she ate small portions at every meal."),
    ("The beginner of the electronic messaging application was confined at a Paris aerodrome on Saturday eventide.",
     ["founder of the messaging app", "Paris airport", "Saturday evening"],
     "This guide is for the beginner of any level, and the aerodrome was used by gliders and microlights."),
    ("Unidentified gunslingers hit dead a legal representative at a traffic visible light in the working capital.",
     ["gunmen", "shot dead", "traffic light"],
     "Western gunslingers are a staple of the genre, and she hit dead centre of the target."),
    ("Constabulary fired rip gas and water guns at dissenters, and the general work stoppage continued.",
     ["tear gas", "water cannon", "protesters", "general strike"],
     "Cheshire Constabulary said two men had been arrested, and religious dissenters built chapels in the town."),
    ("Wellness functionaries reported 340 new instances of morbilli, and the World Wellness Organization urged vaccinum drives.",
     ["Health officials", "cases of measles", "World Health Organization", "vaccine"],
     "The hotel has a wellness centre and a pool, and her rash was a typical eruption of measles."),
])
def test_naive_thesaurus_repaired_and_ordinary_use_kept(engine, spun, originals, ordinary):
    fixed = accepted_all(engine, spun)
    missing = [o for o in originals if o not in fixed]
    assert not missing, (missing, fixed)
    assert repaired(engine, CLEAN + " " + ordinary) == CLEAN + " " + ordinary


@pytest.mark.parametrize("sentence", [
    "The horse was retired after a bout of laminitis.",
    "The volcano's eruption had spread ash across the island.",
    "He had a strange minister at his church who sang loudly.",
    "The exigency of the situation was clear.",
    "He admired the sheer powerfulness of the engine.",
    "The currentness of the data is checked daily.",
    "Payment is made within one calendar month of the invoice.",
    "The auditors performed due diligence on the deal, and her diligence impressed them.",
    "The union called a mass meeting of its members at the factory.",
    "The Muslim Brotherhood was banned in 2013.",
    "The company's chief executive said profits rose 4 percent.",
    "The film's protagonists travel across America.",
    "A village fete raised money with a raffle and a cake stall.",
    "Birds such as swallows are long-distance migrators.",
    "Her countenance was calm and her face was gentle.",
    "Spring is my favourite time of year.",
])
def test_ordinary_sentences_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


def test_thesaurus_paragraph_raises_spin_score_and_weak_rows_apply(engine):
    """A paragraph of our own in this style holds no tell of the older sections; the new tells lift its
    spin score, so the conditioned rows below 0.5 apply too ("calendar month", "mass meeting")."""
    spun = ("The resistance political party stated on Sunday that it would not accept the outcomes. Its "
            "drawing card told a press group discussion that the tally had been rigged and called on "
            "protagonists to join a mass meeting outside parliament next calendar month. A human being "
            "rights group stated constabulary had detained 40 militants in the hebdomad before the vote.")
    analysis = engine.analyse(spun)
    assert analysis.spin_score > 0.8
    fixed = accepted_all(engine, spun)
    for original in ("opposition party", "press conference", "supporters", "rally", "next month",
                     "human rights"):
        assert original in fixed, (original, fixed)
    tells = {" ".join(e.spun) for e in load_lexicon_file(LEXICON)[0] if e.confidence >= TELL_CONFIDENCE}
    assert {"think armored combat vehicle", "press group discussion", "human being rights"} <= tells
