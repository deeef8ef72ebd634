"""Context conditions that lexicon entries name in their ``when`` column.

Each condition looks at a candidate match — the spaCy ``Doc``, the token range ``[start, end)`` and
the head token — and says whether the entry applies there. Conditions are registered by name so
that lexicon files (data) can refer to them; ``name:arg`` passes an argument (words joined with
``|``; ``@NAME`` among them stands for the words of ``resources/word_lists/NAME.txt``), and ``!name`` negates. Unknown names are reported when a lexicon is loaded.

Each condition declares what it reads, ``@condition("name", reads=TOKENS | TAGS)``, because the
analysis runs the pipeline in stages (:mod:`unspin.engine.staging`) and must know which
conditions can be judged on a tokenized paragraph (``TOKENS`` only: words, spacing, punctuation,
``like_num``), which need the tagger and lemmatizer (``TAGS``: ``pos_``, ``tag_``, ``lemma_``) or the
parser (``PARSE``: ``dep_``, ``head``, ``children``), which need sentence boundaries (``SENTS``:
``is_sent_start``, ``doc.sents``; the cheap sentence recogniser gives them, no parse needed) and
which read named entities (``ENTITIES``: ``ent_type_``, ``doc.ents``); ``PARSE_WHEN_UNSURE``: reads
tags, and the parse only in a case the tags leave open (raising :class:`NeedsParse` there). Include everything the
function and the helpers it calls read; a test checks the declarations against the source. A
condition that declares nothing is assumed to read everything (always correct, only slower).

Paragraphs are tagged, not parsed (see :mod:`staging`): a condition that reads ``PARSE`` is
judged, when it is reached on a paragraph tagged without the parse, on its sentence alone, parsed
then (:func:`staging.parsed_sentence`). So most conditions are written on tags and word windows,
and only the few that need syntax (is "mentioned" reporting speech, which word is the object of
which verb) read dependencies.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from spacy.tokens import Doc

from unspin.engine.tokens import other_apostrophe, split_like_tokenizer
from unspin.engine.word_lists import expand

Condition = Callable[[Doc, int, int, int, frozenset], bool]


class Reads(enum.Flag):
    TOKENS = enum.auto()
    TAGS = enum.auto()
    PARSE = enum.auto()
    ENTITIES = enum.auto()
    SENTS = enum.auto()
    PARSE_WHEN_UNSURE = enum.auto()   # the parse only where the tags leave it open (NeedsParse)


TOKENS, TAGS, PARSE, ENTITIES, SENTS = Reads.TOKENS, Reads.TAGS, Reads.PARSE, Reads.ENTITIES, Reads.SENTS
PARSE_WHEN_UNSURE = Reads.PARSE_WHEN_UNSURE
EVERYTHING = TOKENS | TAGS | PARSE | ENTITIES | SENTS

# ``doc.user_data`` key set on a paragraph tagged without the dependency parse (staging.py).
UNPARSED = "unspin.unparsed"


class NeedsParse(Exception):
    """Raised by a condition that reads tags but, where the tags leave a case open, the parse
    (it declares ``PARSE_WHEN_UNSURE``): the matcher judges it again on the parsed sentence."""

REGISTRY: dict[str, Condition] = {}
READS: dict[str, Reads] = {}          # what each registered condition reads, by name

DETERMINERS = frozenset("a an the this that these those his her its their our my your every each "
                        "another any some no".split())
SUBJECT_POS = frozenset({"PRON", "PROPN", "DET", "NOUN", "NUM"})


def condition(name: str, reads: Reads = EVERYTHING) -> Callable[[Condition], Condition]:
    def register(fn: Condition) -> Condition:
        REGISTRY[name] = fn
        READS[name] = reads
        return fn
    return register


def _prev(doc: Doc, i: int):
    return doc[i - 1] if i > 0 else None


def _next(doc: Doc, i: int):
    return doc[i] if i < len(doc) else None


@condition("after_det", reads=TOKENS | TAGS | PARSE_WHEN_UNSURE)
def after_det(doc, start, end, head, arg):
    """A determiner or possessive before the phrase, allowing adjectives, numbers and compound nouns
    between ("a planned go to", "the condominium constructing"). Whether a noun there is part of a
    compound only the parse tells ("the soccer final Saturday", "in a case final week"): on a
    paragraph tagged without it, that case asks for the sentence's parse."""
    i = start - 1
    while i >= 0 and start - i <= 3:
        t = doc[i]
        if t.pos_ == "NOUN":
            if doc.user_data.get(UNPARSED):
                raise NeedsParse("after_det")
            if t.dep_ != "compound":
                break
        elif t.pos_ not in ("ADJ", "ADV", "NUM"):
            break
        i -= 1
    if i < 0:
        return False
    t = doc[i]
    return t.lower_ in DETERMINERS or t.tag_ in ("DT", "PRP$", "POS", "WP$")


@condition("reporting", reads=TOKENS | TAGS | PARSE)
def reporting(doc, start, end, head, arg):
    """A verb of saying used to report speech: no direct object of its own, not passive.

    "..., the ministry mentioned." and "she mentioned (that) talks were over" are reporting
    clauses (spun "said"); so is "X, the ministry's spokesman, mentioned in a briefing" (an
    appositive subject). "she mentioned the report", "was mentioned in" and "as mentioned" are
    left alone.
    """
    tok = doc[head]
    prev = _prev(doc, start)
    after = _next(doc, end)
    if prev is not None and _closes_quoted_speech(doc, prev.i) and (after is None or after.lower_ not in ("in", "by")):
        # '"...," mentioned one analyst': the parser may read the speaker as an object. Not a
        # quoted phrase's reduced relative ('"the plan," mentioned in the report, ...').
        return True
    deps = {c.dep_ for c in tok.children}
    if "dobj" in deps and "ccomp" in deps and not deps & {"dative", "auxpass", "nsubjpass"} \
            and (_object_is_clause_subject(tok) or _object_is_bare_gerund_subject(tok)):
        # "the council mentioned the number of passengers had not recovered"; "the government stated
        # meeting the demand would cost more" (a gerund's clause)
        return True
    if _modifies_a_second_subject(tok, prev):
        return True     # "Its secretary, Jane Doe, stated members had lost...": read as "stated members"
    if deps & {"dobj", "dative", "auxpass", "nsubjpass"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return False
    if prev is not None and prev.lemma_ in ("be", "have", "get", "as", "the", "a", "an", "above", "previously", "already"):
        return False
    if "ccomp" in deps or tok.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
        return True
    if tok.dep_ in ("acl", "relcl", "advcl") and _main_verb_follows(tok):
        return False    # "Smith, mentioned in the report, declined to comment": a reduced relative
    # "X, the agency's head, mentioned in a statement": parsed as a clause hanging off the subject.
    if tok.dep_ in ("acl", "relcl", "advcl") and prev is not None and prev.text in (",", "—", "–"):
        return True
    # '"...," Smith mentioned on social media.': after a quotation the parser often reads the verb
    # as a clause modifying the name ("Smith, mentioned in the report") and the name as the
    # sentence's root, or as a word of the quotation's own clause: the verb is the predicate.
    if not (tok.dep_ == "acl" and prev is not None and tok.head.i == prev.i and prev.pos_ == "PROPN"):
        return False
    return prev.dep_ == "ROOT" or _after_closing_quote(doc, prev.i)


def _object_is_clause_subject(tok) -> bool:
    """The parser took the subject of a reported clause for the verb's object: the object comes
    first and the clause after it has no subject of its own ("mentioned [the number of passengers]
    [had not recovered]"); "mentioned the idea to his boss" has no such clause."""
    obj = next(c for c in tok.children if c.dep_ == "dobj")
    clause = next(c for c in tok.children if c.dep_ == "ccomp")
    if clause.i < obj.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _object_is_bare_gerund_subject(tok) -> bool:
    """The parser took a gerund that opens the reported clause for the verb's object: a bare
    singular noun right after the verb (no determiner, no modifier), then the clause's own subject
    and verb ("stated [meeting] [the union's demand] [would cost]", spun "stated assembly the
    union's demand would value"). "stated the facts the court weighed" has a determiner."""
    obj = next(c for c in tok.children if c.dep_ == "dobj")
    clause = next(c for c in tok.children if c.dep_ == "ccomp")
    if obj.i != tok.i + 1 or obj.tag_ != "NN" or any(True for _ in obj.children) or clause.i < obj.i:
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and all(obj.i < s.i < clause.i for s in subj) and subj[0].i > obj.i + 1 \
        and tok.doc[obj.i + 1].tag_ in ("DT", "PRP$", "NNP", "PRP")


def _modifies_a_second_subject(tok, prev) -> bool:
    """The parser read the verb as an adjective of the next noun and gave the main verb two
    subjects: "Its secretary, Jane Doe, stated members had lost..." parsed as "[secretary] ...
    [stated members] had lost". A verb that has a subject of its own before the comma is the
    reporting verb of that subject."""
    if tok.dep_ != "amod" or prev is None or prev.text != ",":
        return False
    noun = tok.head
    if noun.i != tok.i + 1 or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < prev.i for c in verb.children)


def _closes_quoted_speech(doc, i: int) -> bool:
    """The token at ``i`` is a closing quotation mark after the quotation's own comma, question or
    exclamation mark ('"We will win," ...'): what follows at once is its speech verb."""
    return doc[i].text in ("”", '"', "''") and i > 0 and doc[i - 1].text in (",", "?", "!", "—", "–")


def _after_closing_quote(doc, i: int) -> bool:
    """The name ending at ``i`` ("Chuck Schumer") follows a closing quotation mark, with or without
    a comma between."""
    while i > 0 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    # a straight mark closes when the tagger does not read it as opening
    return j >= 0 and (doc[j].text == "”" or (doc[j].text == '"' and doc[j].tag_ != "``"))


def _main_verb_follows(tok) -> bool:
    """The sentence's main verb comes after ``tok``: ``tok`` is inside the subject."""
    root = tok
    while root.head.i != root.i:    # up the tree: the parse alone, no sentence boundaries needed
        root = root.head
    return root.i > tok.i and root.pos_ in ("VERB", "AUX")


@condition("before_noun", reads=TAGS)
def before_noun(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


@condition("after_noun", reads=TAGS)
def after_noun(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_ in ("NOUN", "PROPN", "PRON")


# What "much of" can stand before: a determiner or a possessive ("much of the work", "much of my day"), a
# pronoun that names a whole ("much of it") or a name ("much of Europe"). Anything else after "of" is a count or a bare noun.
_WHOLE_AFTER_OF = frozenset("it this that what which".split())


@condition("before_of_bare", reads=TOKENS | TAGS)
def before_of_bare(doc, start, end, head, arg):
    """Followed by "of" and a word that is no determiner, no possessive and no "it": "a lot of people", "a lot of
    them", "a lot of bad news" (where "much of" cannot stand), not "a lot of the work" or "a lot of my day"."""
    t = _next(doc, end)
    if t is None or t.lower_ != "of":
        return False
    w = _next(doc, end + 1)
    if w is None or w.lower_ in _WHOLE_AFTER_OF or w.pos_ == "DET" or w.tag_ in ("PRP$", "WP$"):
        return False
    return not (w.tag_ == "NNP" or (w.text[:1].isupper() and w.tag_ != "NNPS"))   # a name is a whole: "much of Europe"


@condition("before_clause", reads=TOKENS | TAGS)
def before_clause(doc, start, end, head, arg):
    """Followed by the subject of a clause ("the place there are ..." = "where there are"), which
    may open with an adjective ("the place native rivals have gained")."""
    t = _next(doc, end)
    if t is not None and t.pos_ == "ADJ":
        t = _next(doc, end + 1)
        return t is not None and t.pos_ in ("NOUN", "PROPN")
    return t is not None and (t.pos_ in SUBJECT_POS or t.lower_ in ("there", "it"))


@condition("sent_start", reads=SENTS)
def sent_start(doc, start, end, head, arg):
    return doc[start].is_sent_start or start == 0


class WordSet(frozenset):
    """A condition's words; ``phrases`` holds those the tokenizer makes several tokens of ("nation's"
    -> nation, 's; "long-term" -> long, -, term), as tuples, for the conditions that read them."""
    phrases: tuple[tuple[str, ...], ...] = ()


def _phrase_ends_at(doc, last: int, phrase: tuple[str, ...]) -> bool:
    first = last - len(phrase) + 1
    return first >= 0 and all(doc[first + k].lower_ == w for k, w in enumerate(phrase))


def _phrase_starts_at(doc, first: int, phrase: tuple[str, ...]) -> bool:
    return first + len(phrase) <= len(doc) and all(doc[first + k].lower_ == w for k, w in enumerate(phrase))


@condition("before", reads=TOKENS)
def before(doc, start, end, head, arg):
    t = _next(doc, end)
    if t is None:
        return False
    return t.lower_ in arg or any(_phrase_starts_at(doc, end, ph) for ph in getattr(arg, "phrases", ()))


@condition("after", reads=TOKENS)
def after(doc, start, end, head, arg):
    t = _prev(doc, start)
    if t is None:
        return False
    return t.lower_ in arg or any(_phrase_ends_at(doc, start - 1, ph) for ph in getattr(arg, "phrases", ()))


@condition("near", reads=TOKENS | TAGS)
def near(doc, start, end, head, arg):
    """One of the words within five tokens either side."""
    lo, hi = max(0, start - 5), min(len(doc), end + 5)
    if any(doc[i].lower_ in arg or doc[i].lemma_.lower() in arg for i in range(lo, hi)
           if not start <= i < end):
        return True
    return any(_phrase_starts_at(doc, i, ph) and not (i < end and i + len(ph) > start)
               for ph in getattr(arg, "phrases", ()) for i in range(lo, hi - len(ph) + 1))


@condition("clause_near", reads=TOKENS | TAGS | SENTS)
def clause_near(doc, start, end, head, arg):
    """One of the words within eight tokens before or five after, in the same sentence. For a verb
    that governs the clause around the phrase: a reporting verb stands before a subject that can be
    several words long ("said many of the old books had been ruined"), and a sentence boundary
    ends its reach ("Johnson said. (They had been ...")."""
    lo, hi = max(0, start - 8), min(len(doc), end + 5)
    for i in range(start - 1, lo - 1, -1):
        t = doc[i]
        if t.lower_ in arg or t.lemma_.lower() in arg:
            return True
        if t.is_sent_start:
            break
    for i in range(end, hi):
        t = doc[i]
        if t.is_sent_start:
            break
        if t.lower_ in arg or t.lemma_.lower() in arg:
            return True
    return False


@condition("everywhere", reads=TOKENS)
def everywhere(doc, start, end, head, arg):
    """Always holds, so ``!everywhere`` never does: a veto row in ``rate_vetoes.tsv`` written
    ``!everywhere`` keeps an observed rate out of every context. For a rate that is right nowhere, an
    artefact of aligning the pairs word by word ("our loved ones" spun as "our family members" gives
    family -> loved and members -> ones)."""
    return True


@condition("in_titles", reads=TOKENS)
def in_titles(doc, start, end, head, arg):
    """Always holds: a mark for the matcher, not a test. A lowercase row skips words written with
    capitals mid-sentence (names); a row marked ``in_titles`` also matches its words written as a
    title, every word capitalised ("Lawyer Basic Jane Doe" as well as "the lawyer basic said"): for job
    titles, which news writes both ways. Rows of three words and more that are sure tells do so
    without the mark (``matcher.TITLED_TELL_WORDS``)."""
    return True


@condition("before_pos", reads=TAGS)
def before_pos(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.pos_.lower() in arg


@condition("after_pos", reads=TAGS)
def after_pos(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.pos_.lower() in arg


@condition("tag", reads=TAGS)
def tag(doc, start, end, head, arg):
    return doc[head].tag_.lower() in arg


@condition("form", reads=TOKENS)
def form(doc, start, end, head, arg):
    """The head word is written as one of these (lowercase): "has turn* out to be" with ``form:turn``
    is the spinner's bare "turn", not a writer's "has turned out to be", which the lemma would match."""
    return doc[head].lower_ in arg


@condition("dep", reads=PARSE)
def dep(doc, start, end, head, arg):
    return doc[head].dep_.lower() in arg


_NP_WORDS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
_NOMINATIVE = frozenset("i he she we they".split())


def _object_of(doc, head: int):
    """The direct object of the verb at ``head``, read from tags: a pronoun right after it, or the
    last noun of the noun phrase that follows it (after particles and adverbs: "took up the
    city's budget" -> "budget"). None when it is passive or no noun phrase follows."""
    n = len(doc)
    if doc[head].tag_ == "VBN" and _after_be(doc, head):
        return None
    k = head + 1
    while k < n and k <= head + 2 and (doc[k].tag_ == "RP" or doc[k].pos_ == "ADV"):
        k += 1
    if k >= n:
        return None
    t = doc[k]
    if t.tag_ == "PRP":
        return None if t.lower_ in _NOMINATIVE else t
    last = None
    while k < n and k <= head + 8:
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN"):
            last = t
        elif not (t.pos_ in _NP_WORDS or t.tag_ in ("PRP$", "POS", "HYPH")
                  # "a political and public uproar", "a long, hard fight": coordinated modifiers
                  or (t.pos_ == "CCONJ" or t.text == ",") and k + 1 < n and doc[k + 1].pos_ == "ADJ"):
            break
        k += 1
    return last


def _after_be(doc, i: int) -> bool:
    """A form of "be" or "get" within three words before, only adverbs between ("was quickly")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        t = doc[k]
        if t.lemma_ in ("be", "get"):
            return True
        if t.pos_ not in ("ADV", "PART"):
            return False
    return False


@condition("has_object", reads=TOKENS | TAGS)
def has_object(doc, start, end, head, arg):
    """The head verb has a direct object (read from tags, see ``_object_of``)."""
    return _object_of(doc, head) is not None


@condition("lower", reads=TOKENS | SENTS)
def lower(doc, start, end, head, arg):
    """Written in lowercase (a capitalised word mid-sentence is likely a name)."""
    return all(not doc[i].text[:1].isupper() or doc[i].is_sent_start for i in range(start, end))


@condition("before_lemma", reads=TOKENS | TAGS)
def before_lemma(doc, start, end, head, arg):
    """The next word, or its lemma, is one of the words ("power" after "took", "taking", "takes")."""
    t = _next(doc, end)
    return t is not None and (t.lower_ in arg or t.lemma_.lower() in arg)


@condition("after_lemma", reads=TOKENS | TAGS)
def after_lemma(doc, start, end, head, arg):
    """The previous word, or its lemma, is one of the words."""
    t = _prev(doc, start)
    return t is not None and (t.lower_ in arg or t.lemma_.lower() in arg)


@condition("before_tag", reads=TAGS)
def before_tag(doc, start, end, head, arg):
    """The next word has one of the Penn tags (e.g. ``before_tag:jjs|rbs`` for a superlative)."""
    t = _next(doc, end)
    return t is not None and t.tag_.lower() in arg


@condition("after_tag", reads=TAGS)
def after_tag(doc, start, end, head, arg):
    t = _prev(doc, start)
    return t is not None and t.tag_.lower() in arg


@condition("after_num", reads=TOKENS | TAGS)
def after_num(doc, start, end, head, arg):
    """Right after a number ("5 p.c.", "three our bodies")."""
    t = _prev(doc, start)
    return t is not None and (t.like_num or t.pos_ == "NUM")


@condition("head_lemma", reads=TOKENS | TAGS)
def head_lemma(doc, start, end, head, arg):
    """The word this noun phrase depends on has one of the lemmas: "energy" as the object of
    "take", "seize", "hold" is a spun "power", "method" after "in" a spun "manner". Read from tags:
    the noun after it when it modifies one, else the verb or preposition before its noun phrase."""
    t = doc[head]
    if t.pos_ in ("NOUN", "PROPN", "ADJ") and head + 1 < len(doc) and doc[head + 1].pos_ in ("NOUN", "PROPN"):
        h = doc[head + 1]   # "energy prices": a compound depends on the next noun
    else:
        k = head - 1
        while k >= 0 and head - k <= 6 and (doc[k].pos_ in _NP_WORDS or doc[k].pos_ == "ADV"
                                            or doc[k].tag_ in ("PRP$", "POS", "HYPH")):
            k -= 1
        if k < 0 or doc[k].pos_ not in ("VERB", "ADP"):
            return False
        h = doc[k]
    return h.lemma_.lower() in arg


@condition("child_lemma", reads=TOKENS | TAGS | PARSE)
def child_lemma(doc, start, end, head, arg):
    """One of the head word's dependents has one of the lemmas."""
    return any(c.lemma_.lower() in arg or c.lower_ in arg for c in doc[head].children)


@condition("passive", reads=TAGS | PARSE)
def passive(doc, start, end, head, arg):
    """The head verb is passive ("was mentioned")."""
    tok = doc[head]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    prev = _prev(doc, start)
    return tok.tag_ == "VBN" and prev is not None and prev.lemma_ in ("be", "get")


@condition("singular_verb", reads=TAGS | PARSE)
def singular_verb(doc, start, end, head, arg):
    """The (plural-looking) noun is the subject of a singular verb: "the authorities has", spun
    from "the government has"."""
    tok = doc[head]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ == "VBZ":
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return any(c.tag_ == "VBZ" and c.dep_ in ("aux", "auxpass") for c in tok.head.children)
    return False


_SINGULAR_SUBJECTS = frozenset("i he she it this one everyone everybody someone somebody nobody no-one "
                               "anyone anybody everything something nothing anything each".split())
_RELATIVES = frozenset({"that", "which", "who"})


@condition("after_singular", reads=TAGS)
def after_singular(doc, start, end, head, arg):
    """The word before the phrase, past adverbs and a relative pronoun, is a singular noun, a
    singular pronoun or a sum of money: "the month had been boosted", "a figure that had been
    expected", "$11bn had been expected" would not read "were" (a plural subject, "the Chiefs had
    been", may be a spun "were")."""
    i = start - 1
    while i >= 0 and doc[i].tag_ in ("RB", "RBR", "RBS"):
        i -= 1
    if i > 0 and doc[i].lower_ in _RELATIVES and doc[i].tag_ in ("WDT", "WP", "IN", "DT"):
        i -= 1
    if i < 0:
        return False
    tok = doc[i]
    return (tok.tag_ in ("NN", "NNP") or tok.lower_ in _SINGULAR_SUBJECTS
            or tok.tag_ == "CD" and i > 0 and doc[i - 1].tag_ == "$")


@condition("modifier", reads=TAGS)
def modifier(doc, start, end, head, arg):
    """The phrase modifies a following noun ("authorities officers" = "government officials"):
    a noun or adjective right before another noun."""
    tok = doc[end - 1]
    nxt = _next(doc, end)
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.pos_ in ("NOUN", "PROPN", "ADJ")


@condition("noun_slot", reads=TOKENS | TAGS | PARSE_WHEN_UNSURE)
def noun_slot(doc, start, end, head, arg):
    """The phrase stands where a noun phrase goes: after a determiner, possessive, adjective,
    number, preposition or a verb taking an object ("condemn makes an attempt by ...")."""
    if after_det(doc, start, end, head, arg):
        return True
    t = _prev(doc, start)
    return t is not None and (t.pos_ in ("ADP", "ADJ", "NUM") or (t.pos_ == "VERB" and t.tag_ != "VBN"))


@condition("clause_follows", reads=TOKENS | TAGS)
def clause_follows(doc, start, end, head, arg):
    """A finite clause follows, with its own subject, before the next punctuation: the phrase is a
    conjunction ("as a result of the talks failed" = "because the talks failed"), not a
    preposition ("as a result of the storm", "as a result of the storm that hit")."""
    subject = False
    for i in range(end, min(len(doc), end + 14)):
        t = doc[i]
        if t.is_punct and t.text not in ("'", "’", "\"", "“", "”"):
            return False
        if t.tag_ in ("WDT", "WP", "WP$") or (t.lower_ == "that" and subject):
            return False  # a relative clause inside a noun phrase
        if t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "there":
            subject = True
        elif subject and (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.pos_ == "AUX" and t.tag_ != "VBN")):
            return True
    return False


@condition("clause_initial", reads=TOKENS | SENTS)
def clause_initial(doc, start, end, head, arg):
    """At the start of a sentence or right after a comma, colon, semicolon, dash or opening quote."""
    if start == 0 or doc[start].is_sent_start:
        return True
    t = doc[start - 1]
    return t.text in (",", ";", ":", "—", "–", "-", "(", "“", "\"", "‘")


@condition("after_capitalized", reads=TOKENS)
def after_capitalized(doc, start, end, head, arg):
    """The previous word is capitalised (a name before "Get together" = "Party")."""
    t = _prev(doc, start)
    return t is not None and t.text[:1].isupper() and not t.is_punct


@condition("before_capitalized", reads=TOKENS)
def before_capitalized(doc, start, end, head, arg):
    t = _next(doc, end)
    return t is not None and t.text[:1].isupper() and not t.is_punct


@condition("object_is", reads=TOKENS | TAGS)
def object_is(doc, start, end, head, arg):
    """The head verb's object (read from tags, see ``_object_of``) is one of the words, or, with
    no argument, is a person: a pronoun or a name ("instructed reporters", "instructed him")."""
    c = _object_of(doc, head)
    if c is None:
        return False
    if arg:
        return c.lower_ in arg or c.lemma_.lower() in arg
    return c.pos_ in ("PRON", "PROPN")


@dataclass(frozen=True)
class ParsedCondition:
    name: str
    fn: Condition
    arg: frozenset
    negate: bool
    reads: Reads = EVERYTHING

    @property
    def lexical(self) -> bool:
        """Judged on the tokenizer's output alone (see the module's docstring)."""
        return self.reads == TOKENS

    # Cached: the matcher asks at every match on an unparsed paragraph, and a Flag's ``&`` builds
    # a new enum member each time (measurable on a long text).
    @cached_property
    def reads_entities(self) -> bool:
        return bool(self.reads & ENTITIES)

    @cached_property
    def needs_parse(self) -> bool:
        return bool(self.reads & PARSE)

    def __call__(self, doc, start, end, head) -> bool:
        return self.fn(doc, start, end, head, self.arg) != self.negate


def parse_condition(text: str) -> ParsedCondition:
    negate = text.startswith("!")
    body = text[1:] if negate else text
    name, _, arg = body.partition(":")
    fn = REGISTRY.get(name.strip())
    if fn is None:
        raise ValueError(f"unknown condition {name.strip()!r} (known: {', '.join(sorted(REGISTRY))})")
    # "@NAME" stands for a shared list of resources/word_lists (the words a rule of the engine reads too)
    listed = [PUNCT_ALIASES.get(w, w) for w in expand(w.strip().lower() for w in arg.split("|") if w.strip())]
    # a word with an apostrophe stands for both ways of writing it, as a row's spun words do
    # (lexicon.with_apostrophe_twins): "nation's" reads "nation’s" too
    words = WordSet(listed + [other_apostrophe(w) for w in listed if "'" in w or "’" in w])
    if fn in (before, after, near):
        # a word the tokenizer splits ("nation's", "long-term") can only match as its tokens
        words.phrases = tuple(t for t in (tuple(split_like_tokenizer(w)) for w in words) if len(t) > 1)
    if fn is para_has:
        for phrase in words:
            phrase_words(phrase)   # a bad phrase is the lexicon row's error now, not the analysis's
    return ParsedCondition(name.strip(), fn, words, negate, READS.get(name.strip(), EVERYTHING))


# Word lists cannot hold "," (it separates conditions): write these names for punctuation.
PUNCT_ALIASES = {"<comma>": ",", "<period>": ".", "<semicolon>": ";", "<colon>": ":", "<question>": "?",
                 "<dash>": "—", "<hyphen>": "-"}


# -- paragraph context (used by imported Problematic Paper Screener fingerprints) -------------------
import re as _re
from collections import defaultdict as _defaultdict
from functools import lru_cache as _lru_cache

_NONWORD = _re.compile(r"[^\w]+")
_SLOP = _re.compile(r"^(.*?)\s*~\s*(\d+)\s*$")
_PARA_KEY = "unspin.para_words"


@_lru_cache(maxsize=8192)
def phrase_words(phrase: str) -> tuple[tuple[str, ...], int]:
    """``"signal-to-noise ratio~2"`` -> (("signal", "to", "noise", "ratio"), 2): lowercase words
    without punctuation, and the number of other words allowed between them."""
    slop = 0
    m = _SLOP.match(phrase)
    if m:
        from unspin.engine.lexicon import parse_gap
        phrase, slop = m.group(1), parse_gap(m.group(2))
    return tuple(w for w in _NONWORD.split(phrase.lower()) if w), slop


def _para_words(doc: Doc):
    """The paragraph's words (lowercase and lemma, punctuation dropped) and an index from each form
    to its positions; computed once per paragraph and cached on the Doc."""
    cached = doc.user_data.get(_PARA_KEY)
    if cached is None:
        lowers: list[str] = []
        lemmas: list[str] = []
        index: dict[str, list[int]] = _defaultdict(list)
        for tok in doc:
            parts = [w for w in _NONWORD.split(tok.lower_) if w]
            lemma_parts = [w for w in _NONWORD.split(tok.lemma_.lower()) if w]
            if len(parts) != 1 or len(lemma_parts) != 1:
                lemma_parts = parts
            for low, lem in zip(parts, lemma_parts):
                k = len(lowers)
                lowers.append(low)
                lemmas.append(lem)
                index[low].append(k)
                if lem != low:
                    index[lem].append(k)
        cached = (lowers, lemmas, index)
        doc.user_data[_PARA_KEY] = cached
    return cached


def paragraph_has(doc: Doc, phrase: str) -> bool:
    """The phrase occurs in the paragraph: its words in order, each as written or as the lemma of
    the text's word, with at most ``~N`` other words between them in total."""
    words, slop = phrase_words(phrase)
    if not words:
        return False
    lowers, lemmas, index = _para_words(doc)
    n = len(lowers)
    for first in index.get(words[0], ()):
        pos, budget, ok = first, slop, True
        for w in words[1:]:
            # The earliest next occurrence leaves the most room for the rest of the phrase.
            for q in range(pos + 1, min(n, pos + 2 + budget)):
                if lowers[q] == w or lemmas[q] == w:
                    budget -= q - pos - 1
                    pos = q
                    break
            else:
                ok = False
                break
        if ok:
            return True
    return False


@condition("para_has", reads=TOKENS | TAGS)
def para_has(doc, start, end, head, arg):
    """One of the phrases occurs somewhere in the same paragraph (``para_has:neural network|deep
    learning``; ``phrase~N`` allows N words between its words). ``!para_has`` forbids them."""
    return any(paragraph_has(doc, p) for p in arg)
