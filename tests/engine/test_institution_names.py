"""Names spun word by word ("Kansas Metropolis", "Tremendous Bowl"): resources/lexicons/news_institutions.tsv.
Sentences written for the tests."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired


@pytest.mark.parametrize("spun, name", [
    ("The Kansas Metropolis Chiefs gained the Tremendous Bowl, the New York Occasions reported.",
     ["Kansas City", "Super Bowl", "New York Times"]),
    ("The Worldwide Financial Fund and the Financial institution of England warned on Tuesday.",
     ["International Monetary Fund", "Bank of England"]),
    ("The Justice Division and the Division of Homeland Safety declined to remark.",
     ["Justice Department", "Department of Homeland Security"]),
    ("Senate Majority Chief John Thune despatched the invoice to the Guidelines Committee.",
     ["Majority Leader", "Rules Committee"]),
])
def test_spun_names_are_restored(engine, spun, name):
    fixed = repaired(engine, spun)
    for n in name:
        assert n in fixed


def test_genuine_names_stay(engine):
    text = ("Harvard College admits about two thousand students a year, and Columbia College Chicago teaches "
            "film. The state division of the league met in Kansas City.")
    assert repaired(engine, text) == text


def test_the_month_may_spun_as_might_comes_back_but_the_verb_stays(engine):
    fixed = repaired(engine, "The Home handed the invoice in Might, and the rule takes effect on Might 5. "
                             "Might is right, the senator joked, and voters might agree.")
    assert "in May," in fixed and "on May 5" in fixed
    assert "Might is right" in fixed and "voters might agree" in fixed


def test_name_words_are_restored_in_names_no_list_holds(engine):
    fixed = repaired(engine, "Officials in Dodge Metropolis told the Straits Occasions that the Financial institution "
                             "of Japan would act.")
    assert "Dodge City" in fixed and "Straits Times" in fixed and "Bank of Japan" in fixed
    # a title-case heading, a town called Metropolis and an ordinary financial institution stay
    plain = "Gifts For All Occasions\n\nShe moved to Metropolis, Illinois. The financial institution of choice was local."
    assert repaired(engine, plain) == plain


def test_the_month_may_spun_as_could_comes_back_but_the_verb_stays(engine):
    # "may", "might" and "could" are one line of a synonym file: the month is swapped with the verb
    fixed = repaired(engine, "Wages rose in Could, and the rule takes effect on Could 5. Could’s figure was "
                             "the highest since final Could, and Might's was weaker. Could the bank cut rates? "
                             "Could 2025 be the year prices settle? Voters might agree.")
    assert "in May," in fixed and "on May 5" in fixed and "May’s figure" in fixed and "May's was" in fixed
    assert "since last May" in fixed
    assert "Could the bank cut rates?" in fixed and "Could 2025 be the year" in fixed and "might agree" in fixed
