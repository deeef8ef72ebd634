"""A spun phrase that is ordinary English is no unambiguous tell.

An entry without conditions and with a prior of 0.5 or more is applied in any document, clean
ones included. When its spun phrase is something writers write every day ("help companies", "legal
costs", "a successful landing"), the "repair" changes what a clean text says ("aid agencies",
"criminal charges", "winning touchdown"). Such entries keep a prior below 0.5: they apply where the
document reads as spun, and the spin score does not count them as tells. Sentences written for
these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN
from unspin.engine.langmodel import shared_model
from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file

# Two-word spun phrases among the language model's common word pairs whose repair keeps the
# meaning of a clean writer's sentence (a spelling or register change: "web site" -> "website",
# "legal professionals" -> "lawyers"): they may stay unambiguous.
MEANING_KEPT = {
    "web site", "web sites", "acquainted with", "laptop computer", "desires to", "reasonably priced",
    "in consequence", "legal professionals", "dwell in", "dwelling in", "previous to",
    "prescription medication", "neglected to", "summer season", "application program",
    "medical practitioners", "except if", "home abuse", "tax income", "sports activities",
    "conferences with", "eating places", "associated to",
}


def test_no_common_english_pair_is_an_unconditioned_tell_that_changes_the_meaning():
    pairs = shared_model().bigrams
    found = []
    for path in bundled_lexicon_paths():
        if not path.name.startswith("news_"):
            continue
        for e in load_lexicon_file(path)[0]:
            phrase = " ".join(e.spun)
            if (len(e.spun) == 2 and not e.when and e.confidence >= 0.5 and phrase in pairs
                    and phrase.lower() == phrase and phrase not in MEANING_KEPT):
                found.append(f"{path.name}: {phrase} -> {e.restored[0]} ({e.confidence})")
    assert not found


CLEAN_WRITERS_SENTENCES = [
    "The grants help companies hire more workers. The program will help organizations share data.",
    "Children must be taught to read early. The site provides good information about local parks.",
    "The firm paid legal costs of $2 million. The main function of the liver is to filter blood.",
    "The new training system cut errors by half. There are positive aspects of the plan.",
    "She works for a government department in Ottawa. The museum holds a unique collection of maps.",
    "The upgrade came at minimal cost to the city. The study was supported by a funding agency.",
    "Patients report low energy after the treatment. Each different type of soil needs care.",
    "It was an unbiased review of the evidence. Site visitors can download the report.",
    "The lander made a successful landing on the moon. The strike will affect operations at the port.",
    "Nurses face the most stress at night. The crew filed a damage report after the storm.",
    "Farmers face costs of $500 an acre. The cameras are rolling again.",
    "The shop sold 5,000 tickets in a single day. The cost was somewhere in the range of $5 million.",
    "Officials acted in response to a report from auditors. She thanked her colleagues in the group.",
    "The two armies fought again in the spring. The ball bounced again off the post.",
    "He performed a job nobody wanted. Small firms are dealing with costs they cannot pass on.",
    "It was one of the crucial steps of the plan. The heart is one of the vital organs.",
    "Voters hold unfavorable opinions of Congress. The team took a defensive position early.",
    "The first time period covers the 1990s. Hikers should discover ways to read a map.",
    # science and policy writing: phrases the news lexicons once treated as unambiguous tells
    "Energy crops such as switchgrass need little water. Cell networks coordinate the response to injury.",
    "We propose an extended method for sparse data. The data present a clear seasonal pattern.",
    "The analysis exhibits a sharp peak at 40 degrees. The data confirmed our first hypothesis.",
    "An up to date model of the climate was used. The flawed method overstated the effect.",
    "Preliminary outcomes of the trial were encouraging. Ultimate outcomes depend on adherence.",
    "The drug has few unwanted side effects. Processing models for speech were compared.",
    "Only an authorized system can read the key. The supporting function is defined below.",
    "Energy sharing between households lowers bills. At one level, the result is expected.",
    "Process pressure was held at 2 bar. The beginning value of the series is zero.",
    "Housing models and rental models differ in their assumptions. Monetary data were taken from the bank.",
    "The equity framework guides funding. Ideological groups shaped the debate in the 1930s.",
    "Banks must disclose climate-related risks. She was doubtless tired after the long trip.",
    "The puppy needs housebreaking before the winter. Her careworn face softened at the news.",
    "Protests erupted in response to police violence. The ministry acted in response to information from the public.",
]


@pytest.mark.parametrize("sentence", CLEAN_WRITERS_SENTENCES)
def test_a_clean_writers_ordinary_phrases_stay(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence
