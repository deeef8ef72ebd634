"""Tortured phrases that no list has yet: swapping words back to a known standard term.

The paraphrasers behind paper-mill text replace the words of a standard term one by one with
dictionary synonyms (recognition -> acknowledgment, data -> information, network -> organization,
deep -> profound). So a new tortured phrase is usually made of *known swaps*. :class:`SwapModel`
learns the word-level swap table from the lexicon's tortured phrases themselves (each tortured
phrase aligned word by word with its repair of the same length) and collects the standard terms
(the repairs, plus the hand-written term list ``resources/tortured/terms.txt``). A run of two to
four words, one or more of which are known tortured swaps, is proposed as tortured when swapping
those words back gives a known standard term and the run is not a known term itself.

Confidence comes from the evidence (see :meth:`SwapModel.prior`): two or more swapped words make
an unambiguous tell; a single swapped word ("spatial information" -> "spatial data") is often
ordinary English, so it starts below the default threshold and rises only with the document's
other evidence (the spin score of :mod:`scoring`, i.e. other tortured phrases in the same text);
a term that many list entries restore to, and a swap seen many times, add a little.

Most swapped-back phrases are in no term list ("lactic corrosive" -> "lactic acid", "wind vitality"
-> "wind energy"). The second route asks the language model of ordinary English
(:mod:`langmodel`): a run is also proposed when every word pair touching a swapped word is a common
English pair once swapped back (the model's bigram file holds only pairs seen millions of times in
books) and was far rarer, or unseen, as written. Such *attested* finds carry less confidence than a
known term: alone in a clean text they stay below the threshold.

Many new tortured phrases hold a swap the list never shows. The dictionary route
(``resources/tortured/synonyms.tsv``, WordNet's synonyms of the words of standard terms, built by
``tools/build_term_synonyms.py``) adds those swap-backs under hard limits: the result must be a
known term, one word at most comes from the dictionary, two other words of the term stand as
written (``DICTIONARY_ANCHORS``), and every pair the dictionary word makes as written is no common
English pair ("linear model" is the writer's own phrase, not a tortured "additive model"). Such a
find is weak evidence (``DICTIONARY_PRIOR``): applied only where the document's other tortured
phrases vouch for it.

A two-word term has no two kept words to anchor a dictionary synonym, so there the route asks more
of the word instead (:meth:`SwapModel._short_dictionary`): a dictionary file gives it for the term's
word (not only the list read as a thesaurus), it is in no standard term in that place, and the list
never swaps it ("sinister ventricle" -> "left ventricle", "nusselt numeral" -> "nusselt number").

The composed route (:meth:`SwapModel._composed`) is for a run that no term list knows and no bigram
vouches for, built of a paraphraser's favourite swaps: each word the list swaps (and that is itself
seldom a word of terms in its place) goes back to its commonest target that is a usual word of terms
there, one of them swapped at least ``COMPOSED_ODD`` times per million uses in English ("sound
highlight" -> "sound feature", "hub assault" -> "node attack"). For review only with one swapped
word; weak evidence with two in a run of two or three words ("lingering commotion" -> "residual
noise"), see :meth:`SwapModel.prior`.

Two words both swapped by habits of the list, none of them a paraphraser's favourite, are left by
the composed and attested routes; where the pair as written is no pair of English and the
swapped-back pair is a common pair of the bigram file, the language model vouches for the repair
("global diary" -> "international journal", see :meth:`SwapModel._vouched`): weak evidence.

The completion route (:meth:`SwapModel._completed`) is for a run of three or four words that is one
known term in all but one word, that word linked to the term's by no source of ours ("light
producing diode" -> "light emitting diode"): only where the completion is unique, the odd word
stands in no term in its place and in no common pair, and the run is no known term with a word of
the writer's own around it. Weak evidence, like the dictionary route. The other words may also be
habitual list swaps ("quick fourier exchange" -> "fast fourier transform", see
:meth:`SwapModel._completed_by_swaps`), where the odd word is an everyday word of no term at all.
And a find of the weaker routes that no term list knows becomes the known term one more swap-back
of a kept word gives (:meth:`SwapModel._to_term`), when exactly one does.

Where no source of ours links a word to a term's word, the word vectors may (:meth:`SwapModel._near`):
two words, one kept as written, the other closest by far to one term's word among the two-word
terms that hold the kept word in its place ("many sclerosis" -> "multiple sclerosis", "genius
home" -> "smart home"). Weak evidence.

A swap the list shows in one verb form counts in the others ("registering" -> "computing" gives
"registered" -> "computed", see :func:`_verb_form_swaps`), towards words of standard terms only. At
one start, a run that no term list knows yields to a shorter one that swaps back to a known term
("arrangement exactness changes": the verb is no part of the term, see
:meth:`SwapModel._known_inside`).

Several words of English that a paraphraser's thesaurus puts for one ("take a look at" for "test",
"leave out" for "miss", "bear in mind" for "recall") come from the project's phrasal thesaurus
(``resources/tortured/phrasal_synonyms.tsv``, see :meth:`SwapModel._phrasal`): a run where such an
expression of two to four words swaps back to one word so that the run becomes a known term ("leave
out charge" -> "miss rate"), by the term route's evidence (weak with the expression alone, a tell
with another habitual list swap), never over another find, across punctuation or inside a compound.

A possessive ("Alzheimer's", two tokens) is one word, so that the list's terms keep it
("alzheimer's sickness" -> "Alzheimer's disease"). A hyphenated compound ("half-breed", three tokens) counts as one word, so that it can be swapped
as a unit ("half-breed approach" -> "hybrid approach") or keep a term's compound ("power-law").
Where a compound's parts, written apart and one swapped back, make a known term that writes them
apart, the repair is that term ("machine-mastering algorithms" -> "machine learning algorithms",
see :meth:`SwapModel._split_compound`); a kept word that is no word of English but a term's word
spelt with other hyphens or without its final "s" takes the term's spelling ("k-mean bunching" ->
"k-means clustering", see :meth:`SwapModel._spellings`).

Detection reads only the words (lowercased token texts, and which tokens are glued to the next),
so the staging filter can ask it before parsing; the matcher then keeps only noun phrases (the last
word a noun, no verb inside).

Where things are: :mod:`.model` holds :class:`SwapModel` (the tables and :meth:`SwapModel.find`,
which tries every route on each run of words); each route is a mixin of its own module
(:mod:`.term_route` with the dictionary swap-backs, :mod:`.language_routes` for the attested,
hallmark, composed, extended and vouched routes, :mod:`.phrasal`, :mod:`.coordination`,
:mod:`.completion`, :mod:`.near`, :mod:`.compounds`), all sharing the language models' guards of
:mod:`.ordinary`. :mod:`.found` says what a find is and how much it is worth (:func:`.found.prior`);
:mod:`.building` learns the tables from the lexicons; :mod:`.words` reads words as the finder does;
:mod:`.tuning` holds every measured setting.
"""
from __future__ import annotations

from .building import bundled_phrasal_files, bundled_synonym_files, bundled_term_files, read_synonyms
from .found import CATEGORY, GROUP, Found, prior
from .model import SwapModel
from .phrasal import read_phrasal
from .tuning import MAX_WORDS, near_route_on
from .words import FUNCTION_WORDS, NOT_CONTENT, POSSESSIVE_ENDS, join_hyphens, plural, singular, units

__all__ = [
    "CATEGORY", "FUNCTION_WORDS", "Found", "GROUP", "MAX_WORDS", "NOT_CONTENT", "POSSESSIVE_ENDS", "SwapModel",
    "bundled_phrasal_files", "bundled_synonym_files", "bundled_term_files", "join_hyphens", "near_route_on",
    "plural", "prior", "read_phrasal", "read_synonyms", "singular", "units",
]
