"""One rule for what is shown (threshold, rules turned off, tentative below the threshold), and
one mapping from the user's settings to the engine, for the CLI and the window alike."""
from pathlib import Path

from unspin.core.model import Suggestion
from unspin.engine.restorer import POSSIBLE
from unspin.engine.visibility import Visibility, engine_settings
from unspin.store.settings import Settings


def sugs():
    return [Suggestion(0, 1, "a", "b", confidence=0.9, rule="keep"),
            Suggestion(2, 3, "c", "d", confidence=0.9, rule="off"),
            Suggestion(4, 5, "e", "f", confidence=0.3, rule="keep"),
            Suggestion(6, 7, "g", "h", confidence=0.1, rule="keep"),
            Suggestion(8, 9, "i", "j", confidence=0.05, rule="restorer", category=POSSIBLE)]


def test_the_command_line_sees_what_passes_the_threshold_and_rules():
    settings = Settings(min_confidence=0.5, disabled_rules=["off"])
    shown = Visibility.from_settings(settings).shown(sugs())
    assert [s.original for s in shown] == ["a"] and not shown[0].tentative
    assert [s.original for s in Visibility.from_settings(settings, min_confidence=0.2).shown(sugs())] == ["a", "e"]


def test_the_window_also_offers_what_lies_below_the_threshold_as_tentative():
    settings = Settings(min_confidence=0.5, disabled_rules=["off"])
    items = sugs()
    shown = Visibility.from_settings(settings, tentative=True).shown(items)
    assert [(s.original, s.tentative) for s in shown] == [("a", False), ("e", True), ("i", True)]
    assert not items[2].tentative, "the engine's suggestions are not changed, copies are marked"


def test_settings_map_to_the_engine_once():
    settings = Settings(disabled_rules=["off"], disabled_groups=["news-phrases"])
    cli = engine_settings(settings, [Path("x.tsv")], drop_disabled_rules=True, numerals=False)
    window = engine_settings(settings, [Path("x.tsv")])
    assert cli.disabled_groups == window.disabled_groups == {"news-phrases"}
    assert cli.user_lexicons == window.user_lexicons == [Path("x.tsv")]
    assert cli.disabled_rules == {"off"} and window.disabled_rules == set()
    assert cli.numerals is False and window.numerals is True
