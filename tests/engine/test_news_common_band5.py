"""The fifth band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band5.tsv.
Sentences written for these tests (each holds spun forms of this band and the repairs expected);
the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired, assert_restored

# (spun sentence, phrases the repair must contain)
TELLS = [
    ("Lawmakers resumed price range talks in current weeks, and the governor promised a deal by the "
     "top of the 12 months.",
     ["budget talks", "in recent weeks", "by the end of the year"]),
    ("The union won paid sick depart for nurses, and the hospital said the change would take effect "
     "subsequent summer season.",
     ["sick leave", "next summer"]),
    ("The author began an e book tour in Ohio after the e book membership picked her novel.",
     ["book tour", "book club"]),
    ("The keeper kept a clear sheet, and the visitors scored twice on the finish of the season's last "
     "match.",
     ["clean sheet"]),
    ("The actress walked the pink carpet before a dwell efficiency at the theatre.",
     ["red carpet", "live performance"]),
    ("England won the Take a look at match by six wickets, and the batter set a world document for the "
     "format.",
     ["Test match", "world record"]),
    ("The singer signed with two file labels before a report producer in Nashville took on her "
     "second album.",
     ["record labels", "record producer"]),
    ("The State Division spokesperson talked about on Thursday that the talks would continue.",
     ["State Department spokesperson", "said on Thursday"]),
    ("The jury returned after two days, and the defendant was discovered useless in his cell a week "
     "later, the sheriff's office said.",
     ["found dead"]),
    ("The shortstop was a second-round pick, and the club now leads the World Sequence title race, "
     "the manager said at a Broadway present.",
     ["World Series title", "Broadway show"]),
]

# Ordinary news with the same words in their own senses: nothing changes.
ORDINARY = [
    "The council will meet within the coming weeks to decide on the remaining items.",
    "The firm's profit rose within the first quarter, helped by strong sales abroad.",
    "Families sharing costs between states will get new rules next year.",
    "The home market for cars grew, and the firm raised its prices on Monday.",
    "The museum holds a rare ebook collection, and the ebook retailer cut prices.",
    "He ran two marathons last year and plans a third in the spring.",
    "Rescue groups found homes for 40 dogs after the storm.",
    "The climate system is warming, and the weather patterns are shifting.",
    "Prices on the futures market fell, and inventory rose at the retailer's stores.",
]


@pytest.mark.parametrize("spun, originals", TELLS)
def test_spun_forms_of_the_fifth_band_are_restored(engine, spun, originals):
    assert_restored(engine, spun, originals)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
