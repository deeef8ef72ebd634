"""The noisy-channel restorer: choose, sentence by sentence, the most likely original words.

For every word or phrase of a sentence that some lexicon or thesaurus lists as a possible spun form
(:mod:`channel`), the candidates are "keep it" and each original the channel offers. A sentence is a
chain of such *sites* with fixed words between them; a choice is scored by

    log P_channel(spun form | original) + log P_LM(the sentence with that original)

and the best choice for the whole sentence is found by Viterbi over the chain, so neighbouring
choices agree ("the Home Guidelines Committee" is judged with its neighbours restored). The
max-marginals (best score with a site fixed to an option, from a forward and a backward pass) give
each site's *margin*: how much better its best change is than keeping the text. The margin is the
confidence (a logistic of it).

Work is split in two so that the expensive part runs once: :func:`build_lattices` runs on each
parsed paragraph (with the spaCy tokens, in the analysis loop or a worker process) and keeps only
plain data; :func:`decode` runs on the whole document in ``Engine.finish``, after the *document
gate* (:func:`spin_probability`) has estimated how likely the document is to be spun at all. The
channel's change odds are multiplied by that probability, so in a clean document the language
model alone cannot carry an edit: a clean document stays clean. Low-margin choices are reported
with a low confidence and the category ``POSSIBLE`` ("possible spin") with their candidates, for
review; accept-all at the default threshold does not apply them.

Neighbour agreement: a form whose observed swap rate only backs up a lexicon (its sense is guarded,
or it stood for several originals) makes a *lean* site. The lattice weighs it with its neighbours
("Home handed" is judged as "House passed"), and it is reported only where a neighbouring site
changes on the sentence's best path; alone it stays the lexicon's (``LEAN_SITES``).

Where things are: :mod:`.lattice` builds each sentence's sites and holds the data classes,
:mod:`.decode` runs the Viterbi search and the document gate, :mod:`.confidence` turns a decision's
margin into a suggestion, and :mod:`.settings` holds every measured setting.
"""
from __future__ import annotations

from .confidence import (adjust_lexicon_confidence, confidence, decision_confidence, name_fit, observed_swap,
                         suggestion_for, sure_of_original)
from .decode import decode, decode_lattice, spin_probability, without_lean
from .lattice import Choice, Decision, Lattice, ParagraphWords, Site, build_lattices, file_site, restorer_named
from .settings import CATEGORY, POSSIBLE

__all__ = [
    "CATEGORY", "POSSIBLE", "Choice", "Decision", "Lattice", "ParagraphWords", "Site", "adjust_lexicon_confidence",
    "build_lattices", "confidence", "decision_confidence", "decode", "decode_lattice", "file_site", "name_fit",
    "observed_swap", "restorer_named", "spin_probability", "suggestion_for", "sure_of_original", "without_lean",
]
