"""What the About box and Preferences tell a user (helper gui48)."""
from __future__ import annotations

import pytest

from unspin.resources_path import resource


@pytest.mark.parametrize("parts, names", [
    (("tortured", "synonyms.tsv"), ["WordNet 3.0", "Princeton University"]),
    (("tortured", "synonyms_roget.tsv"), ["Roget's Thesaurus", "Project Gutenberg"]),
    (("vectors", "glove50.npy"), ["GloVe", "Pennington", "PDDL"]),
])
def test_the_about_box_credits_every_bundled_data_set_not_only_the_lexicons(parts, names):
    # Before, "Data sources" listed only the lexicons' headers: WordNet (whose licence asks for its
    # notice), Roget's Thesaurus and the GloVe vectors were used on every analysis and never named.
    from unspin.gui.about import about_html
    assert resource(*parts).is_file()
    text = about_html().replace("&#x27;", "'")
    for name in names:
        assert name in text


def test_the_about_box_names_the_language_models_read_from_installed_packages():
    from unspin.gui.about import about_html
    text = about_html()
    assert "CMU Sphinx" in text and "symspellpy" in text
