"""Repair quality of the news spinner lexicons, on short fixture sentences written for these tests.

A spun paragraph carries several unambiguous tells ("White Home", "nationwide safety", "p.c.") so
that its spin score is high and ambiguous entries apply; a clean paragraph has none.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from engine_fixtures import shown_repair as repaired
from unspin.engine import scoring
from unspin.engine.analyzer import DEFAULT_MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[2]

# Tells that lift the spin score of any paragraph they are added to.
SPUN_PREAMBLE = ("The White Home mentioned on Monday that the nationwide safety adviser would hold a "
                 "press convention earlier than the vote. Costs rose 4 p.c. this 12 months, and "
                 "legal professionals for the well being care group declined to remark. ")

CLEAN = ("The city council approved the budget on Tuesday after a long debate. The mayor said the "
         "plan would add two parks and repair several roads. Residents who attended the meeting "
         "asked about property taxes, and officials promised to publish the figures next week.")


def body(engine, sentence: str) -> str:
    """The repaired sentence, after a spun preamble (the preamble itself is dropped)."""
    fixed = repaired(engine, SPUN_PREAMBLE + sentence)
    return fixed[fixed.index("declined to comment. ") + len("declined to comment. "):]


def test_preamble_is_repaired_and_spun(engine):
    fixed = repaired(engine, SPUN_PREAMBLE)
    assert fixed.startswith("The White House said on Monday that the national security adviser would hold "
                            "a press conference before the vote.")
    assert "4 percent this year" in fixed
    assert "lawyers for the health care group declined to comment." in fixed
    assert engine.analyse(SPUN_PREAMBLE).spin_score > 0.8


def test_spin_score_higher_on_spun_than_clean(engine):
    spun = engine.analyse(SPUN_PREAMBLE + "Administration officers stated the go to was deliberate.")
    clean = engine.analyse(CLEAN)
    assert spun.spin_score > 0.8
    assert clean.spin_score < 0.05
    assert spun.spin_score > clean.spin_score + 0.5


def test_clean_paragraph_is_left_alone(engine):
    assert repaired(engine, CLEAN) == CLEAN


def test_inflection_plural_noun(engine):
    assert body(engine, "Senior officers met in Rome.") == "Senior officials met in Rome."


def test_a_phrasal_verb_inflects_its_first_word(engine):
    # "come again" is a spun "come back": the tense sits on "come", not on the phrase's last word
    assert body(engine, "The troops are coming again to the base.") == "The troops are coming back to the base."
    assert body(engine, "The troops came again to the base.") == "The troops came back to the base."


def test_inflection_reporting_verb_only(engine):
    # A reporting "mentioned" (no object of its own) is a spun "said" in every tense form ...
    assert body(engine, "The ministry mentioned talks would resume.") == "The ministry said talks would resume."
    assert body(engine, "Talks will resume, the ministry mentioned.") == "Talks will resume, the ministry said."
    # ... but a "mentioned" with its own object keeps its meaning, even in a spun document.
    assert body(engine, "She mentioned the report to her editor.") == "She mentioned the report to her editor."
    assert body(engine, "The plan was mentioned in the report.") == "The plan was mentioned in the report."


def test_an_object_that_is_the_reported_clauses_subject(engine):
    # The parser can take the reported clause's subject for the verb's object ("mentioned [the number
    # of passengers] [had not recovered]", with no subject left for the clause): still a report.
    assert (body(engine, "The council mentioned the variety of passengers on many routes had not recovered.")
            == "The council said the number of passengers on many routes had not recovered.")
    # An object with no clause after it, or a clause with its own subject, keeps "mentioned".
    assert body(engine, "He mentioned the idea to his boss, who had not heard it.") == "He mentioned the idea to his boss, who had not heard it."
    assert (body(engine, "She mentioned the report to colleagues who said it was late.")
            == "She mentioned the report to colleagues who said it was late.")


def test_a_name_after_a_quotation_is_the_speaker(engine):
    # the parser reads '"...," Smith mentioned' as a name with a clause hanging off it (as in
    # "Smith, mentioned in the report"); with no other verb in the sentence it is the predicate
    assert (body(engine, "“Let’s get this bill done!” Trump mentioned on social media this week.")
            == "“Let’s get this bill done!” Trump said on social media this week.")
    assert (body(engine, "“Did not see that one coming,” Thune stated of the senator’s post on Monday.")
            == "“Did not see that one coming,” Thune said of the senator’s post on Monday.")
    # a reduced relative inside the subject stays: the sentence's own verb comes after it
    assert (body(engine, "Senator Smith, mentioned in the report, declined to answer.")
            == "Senator Smith, mentioned in the report, declined to answer.")
    assert body(engine, "The study mentioned in the hearing was old.") == "The study mentioned in the hearing was old."
    assert body(engine, "He met John Smith mentioned in the report.") == "He met John Smith mentioned in the report."


def test_multiword_noun_use_only(engine):
    assert body(engine, "He made a go to to Paris.") == "He made a visit to Paris."
    assert body(engine, "His deliberate go to was cancelled.") == "His planned visit was cancelled."
    assert body(engine, "I go to school every day.") == "I go to school every day."


def test_numerals(engine):
    assert body(engine, "He stayed for 2 days in Rome.") == "He stayed for two days in Rome."
    assert body(engine, "He was elected in 2012.") == "He was elected in 2012."
    assert body(engine, "The meeting starts at 2 p.m. on Friday.") == "The meeting starts at 2 p.m. on Friday."
    # a sentence's first word keeps its capital, after a quotation mark too
    assert body(engine, "It rained. 3 days later the river rose.") == "It rained. Three days later the river rose."
    assert body(engine, '"4 ships sank," he said.') == '"Four ships sank," he said.'


def test_numerals_counting_part_of_a_group(engine):
    assert body(engine, "The Suns have lost 4 of their last six games.") == \
        "The Suns have lost four of their last six games."
    assert body(engine, "5 of the six members voted for it.") == "Five of the six members voted for it."
    # figures compared with figures stay digits; a digit after a noun is a label
    for text in ("Only 3 of the 10 patients responded.", "Part 2 of the series airs today.",
                 "They read Rule 4 of the code.", "He scored 2 of 5 goals."):
        assert body(engine, text) == text


def test_a_labels_number_stays_a_digit(engine):
    # "a Category 3 hurricane" read "Category three": a capitalised noun before the digit, or a label
    # word ("stage 4", "tier 1", "week 3"), numbers a thing; it does not count one
    for text in ("The storm will make landfall as a Category 3 hurricane.", "She won Stage 4 by a wheel.",
                 "The Apollo 11 crew landed safely.", "The club dropped into League 2 after the defeat.",
                 "He crashed on lap 3 as the rain began."):
        assert body(engine, text) == text
    assert body(engine, "Police said 2 workers were hurt.") == "Police said two workers were hurt."


def test_a_measured_figure_stays_a_digit(engine):
    # news style writes money in small units, data, metric units and ages in figures: on a spun page the
    # writer's "5 cents" read "five cents" and a lead "by 1 minute, 42 seconds" "by one minute"
    for text in ("The price of a stamp will rise by 5 cents in July.", "The tower costs 6 euros to climb.",
                 "The base model has 8 gigabytes of memory.", "The sea has risen about 4 millimetres a year.",
                 "He leads the race by 1 minute, 42 seconds."):
        assert body(engine, text) == text
    assert body(engine, "It took 3 hours to reach the coast.") == "It took three hours to reach the coast."


def test_spelled_decimal_figures_get_their_digits_back(engine):
    # a tell on its own: even in an otherwise clean text, and whatever the numerals setting says
    text = "Inflation rose to three.5 per cent in May, after six.01% in April. He is one. It cost 2.6 million."
    assert repaired(engine, text) == ("Inflation rose to 3.5 per cent in May, after 6.01% in April. He is one. "
                                      "It cost 2.6 million.")
    from unspin.engine import Engine, EngineSettings
    plain = Engine(EngineSettings(numerals=False), nlp=engine.matcher.nlp, processes=1)
    assert [s.replacement for s in plain.analyse("It grew by two.5 per cent.").suggestions] == ["2.5"]
    # a quotation is repaired too, unless the user asks for quotations to be left as written
    assert repaired(engine, 'She wrote: "it grew by two.5 per cent".') == 'She wrote: "it grew by 2.5 per cent".'
    guarded = Engine(EngineSettings(protect_quotes=True), nlp=engine.matcher.nlp, processes=1)
    assert repaired(guarded, 'She wrote: "it grew by two.5 per cent".') == 'She wrote: "it grew by two.5 per cent".'


def test_a_compound_number_with_one_half_swapped_is_written_out_again(engine):
    # "thirty-one" spun a half at a time: "30-one", "thirty-2"; a tell even in a clean text
    text = "30-one members voted against it, and thirty-2 abstained; 40-five seats were empty."
    assert repaired(engine, text) == ("Thirty-one members voted against it, and thirty-two abstained; "
                                      "forty-five seats were empty.")
    # figures a writer joins with a hyphen stay: a score, a measure, a range, a spelled compound
    for kept in ("The Chiefs won 30-2 in the end.", "She took out a 30-year mortgage.",
                 "The survey covered people aged 20-40.", "Twenty-one people came.",
                 "Prices rose by 30 - one analyst said more."):
        assert repaired(engine, kept) == kept


def test_mixed_compound_reads_the_tokens_as_written():
    from unspin.engine.numerals import mixed_compound
    glued = lambda k: True  # noqa: E731
    assert mixed_compound(["30", "-", "one"], 0, glued) == ("thirty-one", 3)
    assert mixed_compound(["Ninety-9"], 0, glued) == ("ninety-nine", 1)
    assert mixed_compound(["30", "-", "zero"], 0, glued) is None
    assert mixed_compound(["31", "-", "one"], 0, glued) is None
    assert mixed_compound(["30", "-", "one"], 0, lambda k: k != 0) is None   # "30 -one": not one word


@pytest.mark.parametrize("sentence", [
    "According to local practice, the samples were sent to the laboratory.",
    # (with the trigram model, "The model ran in milliseconds ..." became "version" here: a spun
    # "model" often stands for "version", and the model reads "the version ran" no worse)
    "The climate model ran for a month on a supercomputer.",
    "The old road ended in a jumble of broken concrete.",
])
def test_ordinary_uses_of_spun_forms_stay_even_in_a_spun_text(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("sentence", [
    # phrases that real, unspun news uses (found by `bench/recall_loso.py --originals`)
    "The governor's main challenger conceded the race on Sunday night.",
    "Homeowners could cut their monthly mortgage payments by refinancing this spring.",
    "Markets fell sharply as the financial turmoil spread overseas.",
])
def test_ordinary_news_phrases_stay_in_a_clean_text(engine, sentence):
    assert repaired(engine, sentence) == sentence


def test_a_time_span_is_not_read_as_a_spun_in_the_past(engine):
    # In a clean text the span keeps its words. (After a spun preamble, "within" and "previous" may
    # each be read as a spun "in" and "past": that is the observed rates' call, and with the trigram
    # model "in the past fourteen days" reads as well as the span, and means the same.)
    text = "Patients discharged within the previous fourteen days were excluded."
    assert repaired(engine, text) == text
    assert "in the past" not in repaired(engine, "Patients seen within the previous 24 hours were excluded.")


def test_capitalisation_at_sentence_start(engine):
    assert body(engine, "Local weather change is a threat.") == "Climate change is a threat."
    assert body(engine, "Earlier than the vote, he spoke.") == "Before the vote, he spoke."


def test_quotes_are_repaired_unless_the_user_protects_them(engine):
    # the spinner does not spare quoted speech, so by default quotations are repaired like the rest
    quoted = "“We will make a go to to Paris earlier than June,” she mentioned."
    assert body(engine, quoted) == "“We will make a visit to Paris before June,” she said."
    from unspin.engine import Engine, EngineSettings
    guarded = Engine(EngineSettings(protect_quotes=True), nlp=engine.matcher.nlp, processes=1)
    assert body(guarded, quoted) == "“We will make a go to to Paris earlier than June,” she said."


def test_proper_names_are_protected(engine):
    sentence = "The U.S. Navy sent two ships to the area."
    assert body(engine, sentence) == sentence


def test_a_long_tell_written_as_a_title_is_repaired_as_a_title(engine):
    # a title before a name is capitalised: the capitals are no sign of a real name there
    assert body(engine, "Apple Chief Monetary Officer Luca Maestri spoke on Monday.") == \
        "Apple Chief Financial Officer Luca Maestri spoke on Monday."
    assert body(engine, "Chief Government Kelly Ortberg told investors.") == \
        "Chief Executive Kelly Ortberg told investors."
    # a lowercase title is repaired as before; a name with a lowercase word in it is left alone
    assert body(engine, "Its chief monetary officer left.") == "Its chief financial officer left."
    for sentence in ("He studied the Court of Requests in Tudor England.",
                     "Chief Government Whip Mark Harper said so."):
        assert body(engine, sentence) == sentence


def test_overlap_takes_the_longest_match(engine):
    analysis = engine.analyse(SPUN_PREAMBLE)
    originals = [s.original for s in analysis.suggestions]
    assert "nationwide safety adviser" in originals
    assert "nationwide safety" not in originals


def test_same_spun_form_is_repaired_the_same_way(engine):
    text = SPUN_PREAMBLE + ("Officers from both nations met. The officers agreed on a plan. "
                            "Later the officers briefed the press.")
    fixed = repaired(engine, text)
    assert "officers" not in fixed.lower().split("declined to comment.")[1]
    assert fixed.lower().count("officials") == 3
    reps = {s.replacement.lower() for s in engine.analyse(text).suggestions if s.original.lower() == "officers"}
    assert reps == {"officials"}


def test_police_officers_stay(engine):
    sentence = "Two police officers arrested the suspect."
    assert body(engine, sentence) == sentence


def test_conjunction_versus_preposition(engine):
    assert body(engine, "The vote failed as a result of the senators stayed home.") == \
        "The vote failed because the senators stayed home."
    # "as a result of" + a noun phrase is good English and is not applied.
    assert body(engine, "Roads closed as a result of the storm.") == "Roads closed as a result of the storm."


def test_ambiguous_entry_needs_a_spun_document(engine):
    sentence = "The nation faces a difficult journey."
    assert repaired(engine, sentence) == sentence               # clean context: left alone
    assert body(engine, sentence) == "The country faces a difficult trip."


def test_weak_prior_stays_below_threshold():
    class C:
        prior, is_tell = 0.1, False
    assert scoring.confidence(C, 1.0) < DEFAULT_MIN_CONFIDENCE
    C.prior = 0.3
    assert scoring.confidence(C, 0.9) > DEFAULT_MIN_CONFIDENCE
    assert scoring.confidence(C, 0.0) == pytest.approx(0.3)


def test_lexicons_have_enough_spun_forms():
    spec = importlib.util.spec_from_file_location("lexicon_stats", ROOT / "bench" / "lexicon_stats.py")
    stats = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stats)
    from unspin.engine.lexicon import load_lexicon_file
    forms, problems = set(), []
    for path in sorted((ROOT / "resources" / "lexicons").glob("news_*.tsv")):
        entries, probs = load_lexicon_file(path)
        problems += probs
        forms |= {(path.name, f) for e in entries for f in stats.entry_forms(e)}
    assert not problems
    assert len(forms) >= 1500


def test_lexicon_conditions_all_parse(engine):
    news = [p for p in engine.problems if "news" in str(p)]
    assert news == []


# --- Second-pass tells (sentences written for these tests) ----------------------------------------

@pytest.mark.parametrize("spun, restored", [
    ("The corporate's chief government will step down in May.",
     "The company's chief executive will step down in May."),
    ("The bakery plans to make investments closely in new ovens.",
     "The bakery plans to invest heavily in new ovens."),
    ("A federal decide heard the case on Tuesday night time.",
     "A federal judge heard the case on Tuesday night."),
    ("Shares slipped in early buying and selling after a convention name with analysts.",
     "Shares slipped in early trading after a conference call with analysts."),
    ("The council voted to elevate taxes, and the mayor referred to as on residents to keep calm.",
     "The council voted to raise taxes, and the mayor called on residents to keep calm."),
    ("The blaze was brought below management and the cause is below investigation.",
     "The blaze was brought under control and the cause is under investigation."),
    ("The storm will transfer north later within the week.",
     "The storm will move north later in the week."),
    ("The varsity board voted to rent 50 lecturers.",
     "The school board voted to hire 50 teachers."),
    ("Each groups reached the second spherical in straight units.",
     "Both groups reached the second round in straight sets."),
])
def test_second_pass_tells(engine, spun, restored):
    assert body(engine, spun) == restored


@pytest.mark.parametrize("sentence", [
    "The chief government spokesman declined to answer.",      # a real "chief government" official
    "She has a corporate job and works closely with the city.",
    "Voters will decide the matter, and each side will make its case.",
    "The hotel made investments in new kitchens and has robust finances.",
    "Results were higher than anticipated, the report said.",   # "anticipated" alone is not a tell
    "They walked by way of the old bridge at night time.",
    "The company plans to make investments in Asia next year.",
])
def test_second_pass_legit_uses_stay(engine, sentence):
    # Clean context (no preamble): ambiguous entries stay below the threshold.
    assert repaired(engine, sentence) == sentence


@pytest.mark.parametrize("sentence", [
    "The chief government spokesman declined to answer.",
    "Let each state decide for itself.",
    "She works closely with her staff.",
    "The program is aimed toward young readers.",
    "The shop sells homemade bread and aged cheese.",
    "Two substations were damaged by the storm.",
])
def test_second_pass_legit_uses_stay_in_spun_text(engine, sentence):
    assert body(engine, sentence) == sentence


# --- Paraphraser-style tells (news_rewriter.tsv; sentences written for these tests) ---------------

@pytest.mark.parametrize("spun, restored", [
    ("Turnout is relied upon to climb one month from now except if it rains.",
     "Turnout is expected to climb next month unless it rains."),
    ("The public authority closed the bridge with an end goal to speed up street fixes.",
     "The government closed the bridge in an effort to speed up road repairs."),
    ("Ecological gatherings communicated concern about the sun powered ranch.",
     "Environmental groups expressed concern about the solar farm."),
    ("She is made due by two brothers; a burial will follow.",
     "She is survived by two brothers; a burial will follow."),
    ("The occupant lead representative won her gathering's selection, and the race stayed too near call.",
     "The incumbent governor won her party's nomination, and the race stayed too close to call."),
    ("Both phones are outstanding amongst other choices for web perusing.",
     "Both phones are one of the best choices for web browsing."),
    ("Clinic the executives said staff deficiencies forced long moves.",
     "Clinic management said staff shortages forced long shifts."),
])
def test_paraphraser_tells(engine, spun, restored):
    assert body(engine, spun) == restored


@pytest.mark.parametrize("sentence", [
    "You can always be relied upon to tell the truth.",            # "can be relied upon to" is fine
    "As indicated by the arrows in the diagram, the valve opens inward.",
    "The understudies rehearsed the play twice before the opening night.",   # real understudies
    "He spent the rest of his natural life in the village.",
    "The union's lead representative for the talks arrived late.",
    "Religious gatherings were banned under the old regime.",
    "The proof of the conjecture took mathematicians a decade.",
    "The city chamber of commerce met the mayor on Friday.",
])
def test_paraphraser_legitimate_uses_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


# --- Round 4 tells (sentences written for these tests) ----------------------------------------------

ROUND4_TELLS = [
    ("Tons of of hundreds of riders lost service on Wall Avenue.",
     "Hundreds of thousands of riders lost service on Wall Street."),
    ("The index misplaced 1.5 p.c. in additional than an hour of trading.",
     "The index lost 1.5 percent in more than an hour of trading."),
    ("The new fares take impact by the top of the month.",
     "The new fares take effect by the end of the month."),
    ("The shedding candidate asked for a recount of the ultimate outcomes.",
     "The losing candidate asked for a recount of the final results."),
    ("A judge discovered the driver not responsible of reckless driving.",
     "A judge found the driver not guilty of reckless driving."),
    ("The principle suspect spoke to reporters exterior the court docket.",
     "The main suspect spoke to reporters outside the court."),
    ("The council hired momentary employees to close its finances hole.",
     "The council hired temporary workers to close its budget gap."),
]


ROUND4_ORDINARY = [
    "The lecture covered the principle of least action.",
    "She misplaced her keys on the bus.",
    "The wedding dress was a brand new design, worth about $4,000.",
    "Residents must comply with the rules.",
    "The college board meets in New York every spring.",
    "He felt a momentary panic before the speech.",
]



ROUND5_TELLS = [
    ("The chief executive told investors on a name that margins would recover.",
     "The chief executive told investors on a call that margins would recover."),
    ("The airline has been below intense scrutiny since the accident.",
     "The airline has been under intense scrutiny since the accident."),
    ("The minister came below heavy fireplace from his own party.",
     "The minister came under heavy fire from his own party."),
    ("Fans turned out in drive for the opening night of a motion comedy.",
     "Fans turned out in force for the opening night of an action comedy."),
    ("The studio credited a advertising marketing campaign aimed at families.",
     "The studio credited a marketing campaign aimed at families."),
    ("Leaders need time to barter a full-year bill, and this retains the lights on.",
     "Leaders need time to negotiate a full-year bill, and this keeps the lights on."),
    ("No one will get every thing they need in a deal like this.",
     "No one will get everything they need in a deal like this."),
    ("The states showed they’d possible succeed on the deserves of their declare.",
     "The states showed they’d likely succeed on the merits of their claim."),
    ("The cuts were a lawful train of discretion below federal regulation.",
     "The cuts were a lawful exercise of discretion under federal law."),
    ("Officials warned that the determine is likely to rise.", "Officials warned that the figure is likely to rise."),
    ("Parents should hunt care if signs equivalent to fever, cough and a rash appear.",
     "Parents should seek care if signs such as fever, cough and a rash appear."),
    ("A faculty-aged child died.", "A school-aged child died."),
    ("Police arrested a man in reference to a shooting that left two people lifeless.",
     "Police arrested a man in connection with a shooting that left two people dead."),
    ("He is scheduled to look in court on Monday, and storms may convey flooding to elements of the region.",
     "He is scheduled to appear in court on Monday, and storms may bring flooding to parts of the region."),
    ("The tech giant seems to be like to win again patrons, said a trader who requested to not be named.",
     "The tech giant looks to win back patrons, said a trader who asked not to be named."),
    ("“That is an evolution,” mentioned one analyst at a brokerage firm.",
     "“That is an evolution,” said one analyst at a brokerage firm."),
    ("Sales fell in China, the place native rivals have gained ground.",
     "Sales fell in China, where local rivals have gained ground."),
    ("The Dow Jones Industrial Common misplaced 410 factors after a hot inflation studying.",
     "The Dow Jones Industrial Average lost 410 points after a hot inflation reading."),
    ("The 10-year be aware rose as prices, which exclude risky meals and power, beat estimates.",
     "The 10-year note rose as prices, which exclude volatile food and energy, beat estimates."),
    ("Any deal would need safety ensures, and temperatures drop under freezing alongside the entrance line.",
     "Any deal would need security guarantees, and temperatures drop below freezing along the front line."),
    ("The album debuted at No. 1, promoting the equal of 1.2 million models, and set a streaming report.",
     "The album debuted at No. 1, selling the equivalent of 1.2 million units, and set a streaming record."),
    ("The singer said she was past grateful to the information supplier.",
     "The singer said she was beyond grateful to the data provider."),
    ("Rates fell, giving buyers a little bit of reduction in the spring promoting season, in line with information launched Thursday.",
     "Rates fell, giving buyers a bit of relief in the spring selling season, according to data released Thursday."),
    ("Lower borrowing costs have helped lift mortgage functions.", "Lower borrowing costs have helped lift mortgage applications."),
    ("He played in the All-Star Sport.", "He played in the All-Star Game."),
]


ROUND5_ORDINARY = [
    "After weeks of debate the couple finally settled on a name for their daughter.",
    "Every visitor wrote on a name tag at the door.",
    "Temperatures stayed below average all week.",
    "The clip showed the car in slow motion.",
    "In the hills, farmers still barter goods such as grain and salt.",
    "She lost her train of thought. It is possible to declare the result today.",
    "The tests determine the dose, which was equivalent to 10 mg a day. Wages rose at rates equivalent to inflation.",
    "Hunters hunt deer in the autumn. They hope to win again next year. It is the place local people love.",
    "Three factors explain the drop in the index, and the study identified 12 factors linked to stocks.",
    "The plan ensures from the start that the seeds germinate under freezing conditions.",
    "She is the equal of any player, and the firm built 2 million models of the engine.",
    'He called "the plan," mentioned in the report, a mistake.',
    "In reference to your letter, the elements of the state's case are weak. Her paintings convey grief.",
]


# --- Rounds 6-11, like rounds 4 and 5: tells found by spinning news paragraphs of our own in new genres
# (sentences written for these tests), and ordinary sentences with the same words that stay as written --

ROUND6_TELLS = [
    ("The council will maintain two public hearings before the vote.",
     "The council will hold two public hearings before the vote."),
    ("The airline plans to chop jobs, and the new terminal will price $40 million.",
     "The airline plans to cut jobs, and the new terminal will cost $40 million."),
    ("About half of probably voters back the plan.", "About half of likely voters back the plan."),
    ("The bakery has turn into a local favorite.", "The bakery has become a local favorite."),
    ("Researchers in contrast the samples with older ones.", "Researchers compared the samples with older ones."),
    ("The brand hopes to regain floor in Europe.", "The brand hopes to regain ground in Europe."),
    ("The menu features roasted hen and hen wings.", "The menu features roasted chicken and chicken wings."),
    ("Farmers say they can't management the weather.", "Farmers say they can't control the weather."),
    ("The firm enjoys a aggressive benefit in a fiercely aggressive market.",
     "The firm enjoys a competitive advantage in a fiercely competitive market."),
    ("Lab scores rarely match actual world results.", "Lab scores rarely match real world results."),
    ("Enrollment continues to say no across the region.", "Enrollment continues to decline across the region."),
    ("Parents hope to keep their neighborhood colleges open.", "Parents hope to keep their neighborhood schools open."),
    ("The retailer reported file income for the quarter.", "The retailer reported record profits for the quarter."),
    ("Buses will run each 15 minutes, and each few hours at night.",
     "Buses will run every 15 minutes, and every few hours at night."),
    ("The fee voted to approve the new rates.", "The commission voted to approve the new rates."),
    ("After years abroad, the chef returned house to open a restaurant.",
     "After years abroad, the chef returned home to open a restaurant."),
]


ROUND6_ORDINARY = [
    "She taught her son to chop onions for the stew.",
    "The bank will price the bonds at par. He probably left early.",
    "The company has turned into a target for activists.",
    "In contrast, the new model is cheaper. The results stand in contrast to last year's.",
    "The shop gained floor space when it moved. She slipped on the wet floor.",
    "The farmer keeps a hen and two goats.",
    "The board praised the management of the fund.",
    "She continued to say no to every offer.",
    "Freelancers must file income tax returns every year.",
    "Each of the members voted, and she checked each one. The fee rose after the board voted to raise it.",
    "After the game the couple went house hunting. The club brought house music to the city.",
]


ROUND7_TELLS = [
    ("The union wants greater staffing ranges and a pay elevate.", "The union wants higher staffing levels and a pay raise."),
    ("The rules make it more durable for tenants to move, and landlords plan to problem them in court.",
     "The rules make it harder for tenants to move, and landlords plan to challenge them in court."),
    ("Beneath the phrases of the deal, the mine will close.", "Under the terms of the deal, the mine will close."),
    ("The base came under a collection of drone assaults.", "The base came under a series of drone attacks."),
    ("Lawmakers from each events asked for a briefing.", "Lawmakers from both parties asked for a briefing."),
    ("The automaker blamed the price of recalling the trucks.", "The automaker blamed the cost of recalling the trucks."),
    ("Sales rose 4 percent, lacking estimates.", "Sales rose 4 percent, missing estimates."),
    ("The heat could push temperatures previous 110 levels on Friday.",
     "The heat could push temperatures past 110 degrees on Friday."),
    ("Doctors advised against strenuous out of doors activity and urged residents to preserve electrical energy.",
     "Doctors advised against strenuous outdoor activity and urged residents to conserve electricity."),
    ("Relief will not come until the center of next week.", "Relief will not come until the middle of next week."),
    ("Travelers faced lengthy traces, and delays may proceed into Tuesday.",
     "Travelers faced long lines, and delays may continue into Tuesday."),
    ("The hospital introduced in replacement nurses to maintain its wards open.",
     "The hospital brought in replacement nurses to keep its wards open."),
]


ROUND7_ORDINARY = [
    "The new alloy is more durable than steel. The greater good was at stake.",
    "The problem is the cost. Beneath the surface the lake is cold.",
    "She owns a collection of rare stamps. The price of admission is $20.",
    "Both events drew large crowds. The autumn fashions arrived in stores.",
    "Sales rose in the previous 12 months. Noise levels reached 90 decibels.",
    "The team played in the center of the pitch. The rover will proceed into the crater.",
    "The bill was introduced in the Senate last year. Parks preserve wildlife.",
    "Officials stressed the importance of maintaining open lines of communication.",
]


ROUND8_TELLS = [
    ("Traders now expect a rate of interest reduce, and the 2-year observe fell.",
     "Traders now expect an interest rate cut, and the 2-year note fell."),
    ("Markets had priced in a reduce by June.", "Markets had priced in a cut by June."),
    ("The pill lowered the risk by 1 / 4 in the trial.", "The pill lowered the risk by a quarter in the trial."),
    ("He had no prison file, but the case damaged public belief.", "He had no criminal record, but the case damaged public trust."),
    ("The bank is offering free credit score monitoring.", "The bank is offering free credit monitoring."),
    ("Poorer nations urgent rich nations want them to ship on guarantees and section out coal.",
     "Poorer nations pressing rich nations want them to deliver on promises and phase out coal."),
    ("The farmers combating to save their land have drawn reward for their courage.",
     "The farmers fighting to save their land have drawn praise for their courage."),
    ("A sequel is in improvement at the studio.", "A sequel is in development at the studio."),
    ("Their star ahead scored 30 points, and the team always finds a method to win.",
     "Their star forward scored 30 points, and the team always finds a way to win."),
]


ROUND8_ORDINARY = [
    "Contrary to popular belief, the rate of interest on the bonds is fixed.",
    "The ships carry grain; the firm will ship on time and reduce waste.",
    "Such cases are urgent. There is room for improvement in the plan.",
    "The road ahead is long. They discovered a method to purify water.",
]


ROUND9_TELLS = [
    ("NASA launched a weather satellite tv for pc on Monday.", "NASA launched a weather satellite on Monday."),
    ("Well priced homes promote inside days, but buyers proceed to battle.",
     "Well priced homes sell within days, but buyers continue to struggle."),
    ("The winger scored a pair of second-half objectives, the second into the far nook.",
     "The winger scored a pair of second-half goals, the second into the far corner."),
    ("She lost, dropping in straight sets in her first main.", "She lost, losing in straight sets in her first major."),
    # a row matched with words between ("score* objective ~3"): the plural of the other word stays
    ("The striker scored two late objectives to win it.", "The striker scored two late goals to win it."),
    ("The chain employs 3,000 people, lots of whom will be supplied positions elsewhere.",
     "The chain employs 3,000 people, many of whom will be offered positions elsewhere."),
    ("A new chief executive was hired to show the enterprise round.",
     "A new chief executive was hired to turn the business around."),
    ("The council voted to approve the housing growth despite objections from neighborhood teams.",
     "The council voted to approve the housing development despite objections from neighborhood groups."),
]


ROUND9_ORDINARY = [
    "She watched satellite tv on her laptop.",
    "The campaign will promote local artists. The firm supplied parts to Boeing.",
    "The plan sets clear objectives for the agency. Their main rival is Apple.",
    "Housing growth slowed in the second quarter, the statistics office said.",
]


ROUND10_TELLS = [
    ("The singer rose to fame in the Nineteen Seventies and died after a quick sickness.",
     "The singer rose to fame in the 1970s and died after a brief illness."),
    ("She worked as a waitress before finding out law in Boston.", "She worked as a waitress before studying law in Boston."),
    ("Growers face weak demand from abroad buyers and rely on federal help.",
     "Growers face weak demand from overseas buyers and rely on federal aid."),
    ("Tuition will rise in the approaching educational yr.", "Tuition will rise in the coming academic year."),
    ("Protesters were holding indicators that learn \"Stop the cuts.\"", "Protesters were holding signs that read \"Stop the cuts.\""),
    ("Deputies responded to experiences of gunfire near the park.", "Deputies responded to reports of gunfire near the park."),
    ("Anybody with data should name the police.", "Anyone with information should call the police."),
]


ROUND10_ORDINARY = [
    "He spent the evening finding out what went wrong. Her brother lives abroad.",
    "The approaching storm forced schools to close. The museum runs educational programs.",
]


ROUND11_TELLS = [
    ("Tariffs are needed to guard home producers from unfair competitors.",
     "Tariffs are needed to protect domestic producers from unfair competition."),
    ("The crash wiped out billions of {dollars}, and regulators were intently monitoring it.",
     "The crash wiped out billions of dollars, and regulators were closely monitoring it."),
    # braces of the spinner's syntax around any single word, in a paragraph with nothing else to repair
    ("Shares lost {billions} in value.", "Shares lost billions in value."),
    ("The line's price ticket has ballooned, but it will serve riders for decades to come back.",
     "The line's price tag has ballooned, but it will serve riders for decades to come."),
    ("The grant will help full the first segment.", "The grant will help complete the first segment."),
]


ROUND11_ORDINARY = [
    "Guards guard the gate at night. The hall was full the whole evening.",
    "He will come back next week. The soldiers formed a guard of honour.",
]


ROUND12_TELLS = [
    ("The clip has been watched greater than 20 million occasions since Friday.",
     "The clip has been watched more than 20 million times since Friday."),
    ("Once the river falls, boats will be capable of reach the town again.",
     "Once the river falls, boats will be able to reach the town again."),
    ("The vaccine should be out there by the tip of the month and is already extensively out there in Canada.",
     "The vaccine should be available by the end of the month and is already widely available in Canada."),
    ("Forecasters expect sizzling, dry situations that could gasoline new fires.",
     "Forecasters expect hot, dry conditions that could fuel new fires."),
    ("The panda cub is the primary of its variety born in the park.",
     "The panda cub is the first of its kind born in the park."),
    ("Her finest efficiency of the year lifted her world rating to fifth.",
     "Her best performance of the year lifted her world ranking to fifth."),
    ("The storm compelled the evacuation of the island, and the team cut short its highway journey.",
     "The storm forced the evacuation of the island, and the team cut short its road trip."),
    ("The lender's funding banking charges fell while larger curiosity income lifted profit.",
     "The lender's investment banking fees fell while higher interest income lifted profit."),
    ("The manager was ejected for arguing a name at first base.",
     "The manager was ejected for arguing a call at first base."),
    ("Doctors said the vital dangers of the surgery were small.",
     "Doctors said the significant risks of the surgery were small."),
    ("The bank introduced that it will close 40 branches.",
     "The bank announced that it will close 40 branches."),
]


ROUND12_ORDINARY = [
    "On three occasions the council rejected the plan. The reactor is capable of producing power for decades.",
    "Larger companies paid larger bonuses this year. Drivers switched from gasoline to electric cars.",
    "She plans to take management courses at night. The crews will be out there in all weather.",
    "The senator introduced a bill on Monday. The chef served sizzling fajitas.",
    "The two groups meet every month to discuss the plan. Astronomers mapped distant areas of the galaxy.",
]


ROUND13_TELLS = [
    ("It was essentially the most watched game of the year.", "It was the most watched game of the year."),
    ("The storm made landfall as a Class 4 hurricane with most sustained winds of 130 mph.",
     "The storm made landfall as a Category 4 hurricane with maximum sustained winds of 130 mph."),
    ("The surge reached 12 toes in some areas, and crews had not but restored power.",
     "The surge reached 12 feet in some areas, and crews had not yet restored power."),
    ("The storm will carry heavy rain to elements of Georgia because it strikes inland.",
     "The storm will bring heavy rain to parts of Georgia as it moves inland."),
    ("They scored twice in the second interval and went 0 for 3 on the ability play.",
     "They scored twice in the second period and went 0 for 3 on the power play."),
    ("The extremely anticipated sequel became the quickest promoting title of the year despite efficiency points.",
     "The highly anticipated sequel became the fastest selling title of the year despite performance issues."),
    ("A pc outage stranded travelers over the vacation weekend.",
     "A computer outage stranded travelers over the holiday weekend."),
    ("A scarcity of stock continued to weigh available on the market.",
     "A shortage of inventory continued to weigh on the market."),
    ("The fund would assist stabilize prices after a string of pricey storms.",
     "The fund would help stabilize prices after a string of costly storms."),
    ("She finished a full second forward of her rival.", "She finished a full second ahead of her rival."),
    ("Analysts count on present dwelling prices to rise.", "Analysts expect existing home prices to rise."),
]


ROUND13_ORDINARY = [
    "In three instances the court ruled against the city. The first interval of the concert lasted an hour.",
    "She lost two toes to frostbite. The play draws on elements of Shakespeare and Greek myth.",
    "The car moved forward of its own accord. He watched the final on Sport 1.",
    "Products available on the market today vary in quality. He took two pricey dinners on the company card.",
]


ROUND14_TELLS = [
    ("The measure failed 52-47, wanting the 60 votes it needed, and the bulk chief vowed to try again.",
     "The measure failed 52-47, short of the 60 votes it needed, and the majority leader vowed to try again."),
    ("We had no alternative however to close, and staff are stretched skinny.",
     "We had no choice but to close, and staff are stretched thin."),
    ("Dealers will replace the software program freed from cost.", "Dealers will update the software free of charge."),
    ("There were no injuries associated to the fault.", "There were no injuries related to the fault."),
    ("Warm weather continued to damage demand, and similar-store sales fell.",
     "Warm weather continued to hurt demand, and same-store sales fell."),
    ("The sequel opened effectively above business projections as a household-friendly choice.",
     "The sequel opened well above industry projections as a family-friendly choice."),
    ("The defense compelled three turnovers, and the team moved two factors clear of the playoff locations.",
     "The defense forced three turnovers, and the team moved two points clear of the playoff spots."),
]


ROUND14_ORDINARY = [
    "He kept the letters, wanting the two of them to be read together. The court compelled the witness to testify.",
    "The theorem is associated with a classic result. The drug proved effectively useless.",
]


ROUND15_TELLS = [
    ("The center completed with 31 factors and 14 rebounds as the two teams break up their season sequence.",
     "The center finished with 31 points and 14 rebounds as the two teams split their season series."),
    ("The trial, certainly one of three he faces, will probably be out there to watch online.",
     "The trial, one of three he faces, will be available to watch online."),
    ("His lawyers requested a federal decide to dismiss the costs and filed a movement to dismiss.",
     "His lawyers asked a federal judge to dismiss the charges and filed a motion to dismiss."),
    ("The central bank held rates of interest regular as inflation continues to chill.",
     "The central bank held interest rates steady as inflation continues to cool."),
    ("The government would wrestle to move laws before the election.",
     "The government would struggle to pass legislation before the election."),
]


ROUND15_ORDINARY = [
    "It is certainly one of the best films of the year. The vote will probably be close. That may very well be true.",
    "The bridge was completed with 40 tons of steel. Police moved to break up the crowd. Three factors explain the drop.",
    "Farmers face costs of $500 an acre. Divers uncovered deep trenches on the sea floor. The club held regular meetings.",
]


ROUND16_TELLS = [
    ("The sequel's international complete sailed previous $500 million on sturdy opinions and a dearth of competitors.",
     "The sequel's global total sailed past $500 million on strong reviews and a lack of competition."),
    ("The oil big will preserve its dividend and keep shopping for again shares at a tempo of $5 billion a quarter.",
     "The oil giant will maintain its dividend and keep buying back shares at a pace of $5 billion a quarter."),
    ("After weeks of hypothesis, the defender joined from a Spanish facet.",
     "After weeks of speculation, the defender joined from a Spanish side."),
    ("Her coach known as her a task mannequin and an important a part of the squad.",
     "Her coach called her a role model and an important part of the squad."),
    ("Lawmakers passed the bill to keep away from a shutdown.", "Lawmakers passed the bill to avoid a shutdown."),
    ("The actor, finest identified for his westerns, worked to elevate consciousness of the disease.",
     "The actor, best known for his westerns, worked to raise awareness of the disease."),
]


ROUND16_ORDINARY = [
    "The striker made his home debut on Saturday. Keep away from the edge of the cliff.",
    "Each facet of the crystal reflects light. The weeks forward were planned in detail.",
]


ROUND17_TELLS = [
    ("She battled again from a break down to succeed in the semifinals.",
     "She battled back from a break down to reach the semifinals."),
    ("The court agreed to listen to the case next month, and a ruling is due subsequent time period.",
     "The court agreed to hear the case next month, and a ruling is due next term."),
    ("Hovering demand for chips means provide stays tight, and spending is unlikely to gradual.",
     "Soaring demand for chips means supply remains tight, and spending is unlikely to slow."),
    ("The plan got a blended reception from council members.", "The plan got a mixed reception from council members."),
]


ROUND17_ORDINARY = [
    "Drones were hovering over the stadium. The change was gradual. They fought again in 2020.",
    "She hopes to succeed in the second half of the year. The blended fabric is soft.",
]


# Round 18: an airline outage, an auto strike, a wildfire, a ballgame, a rocket launch, a vaccine
ROUND18_TELLS = [
    ("Staff walked out of a meeting plant in Ohio, and the union leader instructed a rally the talks had failed.",
     "Staff walked out of an assembly plant in Ohio, and the union leader told a rally the talks had failed."),
    ("Energy was shut off to thousands after downed traces sparked a fire.",
     "Power was shut off to thousands after downed lines sparked a fire."),
    ("His homer broke open a detailed recreation and despatched the gang to its toes.",
     "His homer broke open a close game and sent the crowd to its feet."),
    ("An advisory panel is predicted to satisfy on Wednesday to discuss the shot for people with weakened immune methods.",
     "An advisory panel is expected to meet on Wednesday to discuss the shot for people with weakened immune systems."),
    ("The approval is clearing the best way for pharmacies to offer the shots.",
     "The approval is clearing the way for pharmacies to offer the shots."),
]

ROUND18_ORDINARY = [
    "The dancer stood on her toes. The store improved its floor management. The report gave a detailed race-by-race account.",
    "The plan is predicted to satisfy demand for a decade. The family retains voting control of the company.",
    "Preliminary outcomes of the trial were encouraging, and interim outcomes will be reported next year.",
    "Agencies must act as required by the rules, and the law required by statute stays in force.",
]

# Round 19: a concert tour, a corruption trial, oil prices, school closures
ROUND19_TELLS = [
    ("The tour is on tempo to top the charts, and an power analyst expects more dates.",
     "The tour is on pace to top the charts, and an energy analyst expects more dates."),
    ("He took cash and presents and faces prison on the most critical cost.",
     "He took cash and gifts and faces prison on the most serious charge."),
    ("The cuts take barrels off the desk even on the danger of angering buyers, and may make it harder to carry down inflation.",
     "The cuts take barrels off the table even at the risk of angering buyers, and may make it harder to bring down inflation."),
]

ROUND19_ORDINARY = [
    "Delay is a critical cost for small firms. She gave a lecture on the danger of smoking.",
    "He took the files off the desk. Each student is rewarded for his or her persistence.",
]

# Round 20: a heat wave, a football transfer, tariffs
ROUND20_TELLS = [
    ("Residents should stay indoors through the hottest a part of the day and test on aged neighbors.",
     "Residents should stay indoors through the hottest part of the day and check on elderly neighbors."),
    ("The tariffs apply to $300 billion value of imports, raise prices and value American jobs.",
     "The tariffs apply to $300 billion worth of imports, raise prices and cost American jobs."),
    ("It ended weeks of hypothesis a few a transfer to Madrid.", "It ended weeks of speculation about a move to Madrid."),
]

ROUND20_ORDINARY = [
    "We test on aged mice. The team proposed a hypothesis about the origin of the signal.",
    "The plant has its own cooling facilities. The drug prolonged the survival of patients.",
]

# Round 21: home sales, an AI start-up's funding round, hospital layoffs
ROUND21_TELLS = [
    ("A shortage of listings continued to push costs greater, and the company has but to show a revenue.",
     "A shortage of listings continued to push prices higher, and the company has yet to turn a profit."),
    ("The cuts quantity to about 5 p.c of the workforce, and the union warned that patient care would endure.",
     "The cuts amount to about 5 percent of the workforce, and the union warned that patient care would suffer."),
    ("The funds will pay for computing energy and let it rent researchers.",
     "The funds will pay for computing power and let it hire researchers."),
]

ROUND21_ORDINARY = [
    "The figures show a revenue increase. The firm will rent extra space. She will coach and run the team.",
    "The deal values the company at $80 billion. Large quantities of water were used.",
    "The plan covers insurance coverage for children.",
]

# Round 22: a bridge fire, a data breach, a measles outbreak, a bank merger, a hurricane, a teachers'
# contract, a film festival
ROUND22_TELLS = [
    ("They did not say what number of jobs would go, and the deal is predicted to shut next year.",
     "They did not say how many jobs would go, and the deal is expected to close next year."),
    ("The mixed firm will hold about $60 billion in property, the banks said.",
     "The combined company will hold about $60 billion in assets, the banks said."),
    ("The virus can unfold by means of the air after an contaminated particular person leaves.",
     "The virus can spread through the air after an infected person leaves."),
    ("Lawmakers debated exemptions for spiritual causes and obligatory evacuations.",
     "Lawmakers debated exemptions for religious reasons and mandatory evacuations."),
    ("The rain is elevating the danger of floods. It is a drama a couple of a widowed farmer.",
     "The rain is raising the risk of floods. It is a drama about a widowed farmer."),
    ("She made it with her personal financial savings and gained the highest prize.",
     "She made it with her own savings and won the top prize."),
    ("The raise is 12 percent over the lifetime of the deal. Engineers said they're protected to reopen.",
     "The raise is 12 percent over the life of the deal. Engineers said they're safe to reopen."),
]

ROUND22_ORDINARY = [
    "It holds $2 billion in property and equipment. The house has a north aspect and a south aspect.",
    "Their documents could be misplaced. Temperatures are predicted to reach 100 degrees.",
    "They performed before a mixed company of actors and dancers. He spent a couple of days there.",
]

# Round 23: an earthquake, a retailer's results, a derailment, a minimum wage
ROUND23_TELLS = [
    ("Rescuers dug with their naked arms, and the landslides slowed the supply of assist.",
     "Rescuers dug with their bare hands, and the landslides slowed the delivery of aid."),
    ("Neighbors supplied to ship search and rescue groups. Its inventory climbed 7 percent.",
     "Neighbors offered to send search and rescue teams. Its stock climbed 7 percent."),
    ("Residents were told not to drink from personal wells till additional discover.",
     "Residents were told not to drink from private wells until further notice."),
    ("It will help workers sustain with the rent, and the wage will regulate routinely.",
     "It will help workers keep up with the rent, and the wage will adjust automatically."),
    ("Investigators came to find out the trigger. Economists are divided on such will increase.",
     "Investigators came to determine the cause. Economists are divided on such increases."),
]

ROUND23_ORDINARY = [
    "The water main to the hospital burst. He wanted to find out the trigger for the alarm.",
    "The supply of assistants fell. The statue's naked arms were restored.",
]

# Round 24: a tennis final, an opioid settlement, a market close, an exoplanet
ROUND24_TELLS = [
    ("She beat the champion to assert her first title and by no means seemed again.",
     "She beat the champion to claim her first title and never looked back."),
    ("Her rival struggled along with his serve and dedicated 30 unforced errors.",
     "Her rival struggled with his serve and committed 30 unforced errors."),
    ("She had dreamed of it since she was a bit of woman. Stocks closed greater on Friday.",
     "She had dreamed of it since she was a little girl. Stocks closed higher on Friday."),
    ("The planet is 120 gentle years away, a discovering that may slender the seek for life.",
     "The planet is 120 light years away, a finding that may narrow the search for life."),
    ("It lies in the liveable zone of its star. The dollar fell towards main currencies.",
     "It lies in the habitable zone of its star. The dollar fell against major currencies."),
]

ROUND24_ORDINARY = [
    "The workers assert their right to strike. He dedicated the victory to his late father.",
    "The contract says each party shall be responsible for its costs. The cat slept on the floor.",
    "The restoration companies cleaned up after the flood. It seemed again to be lost.",
    "It was as a part of the celebration that he spoke.",
]

# Round 25: a vehicle recall, a basketball trade, an obituary, a drought
ROUND25_TELLS = [
    ("The glitch may cause the rearview digital camera to fail, growing the danger of a crash.",
     "The glitch may cause the rearview camera to fail, increasing the risk of a crash."),
    ("The move clears house beneath the wage cap and alerts that the team is rebuilding.",
     "The move clears space under the salary cap and signals that the team is rebuilding."),
    ("Her son said the trigger was problems of pneumonia. She labored as a nurse for years.",
     "Her son said the cause was complications of pneumonia. She worked as a nurse for years."),
    ("She was a nurse earlier than beginning to write. Her third e book turned a shock greatest vendor.",
     "She was a nurse before beginning to write. Her third book became a surprise best seller."),
    ("It was later tailored right into a movie. Supplies could be reduce by half.",
     "It was later adapted into a movie. Supplies could be cut by half."),
    ("Some farmers are promoting cattle, and loans will be obtainable to help them keep afloat.",
     "Some farmers are selling cattle, and loans will be available to help them stay afloat."),
]

ROUND25_ORDINARY = [
    "He labored for breath after the climb. She labored as hard as anyone on the crew.",
    "The trigger was pulled twice. He left earlier than expected. You should write down the names.",
    "He walked right into a trap. The irrigation provides water to the crops.",
    "They have determined to their satisfaction that the claim is false.",
]

# Round 26: a coffee study, bank robberies, a stopgap bill, a stadium tour
ROUND26_TELLS = [
    ("People who drink two to a few cups a day did better. Researchers adopted 400,000 adults.",
     "People who drink two to three cups a day did better. Researchers followed 400,000 adults."),
    ("He was arrested at an condo complicated and faces federal expenses.",
     "He was arrested at an apartment complex and faces federal charges."),
    ("The measure retains the federal government open but doesn't embrace further help for Ukraine.",
     "The measure keeps the government open but doesn't include additional aid for Ukraine."),
    ("Fans camped out to safe a spot, and the tour will change into the biggest ever.",
     "Fans camped out to secure a spot, and the tour will become the biggest ever."),
]

ROUND26_ORDINARY = [
    "The kids change into their pajamas after dinner. The area is safe the whole year.",
    "Different components of the engine wear at different rates. She does not embrace the plan.",
    "Researchers adopted a new method in 2020. They face expenses of several thousand dollars.",
    "He retains the federal government bonds he bought.",
]

# Round 27: a phone launch, a blown-out panel, a museum heist
ROUND27_TELLS = [
    ("It has a sooner processor and takes sharper photos in low gentle.",
     "It has a faster processor and takes sharper photos in low light."),
    ("A panel blew off the facet of the fuselage, leaving a gaping gap in the cabin.",
     "A panel blew off the side of the fuselage, leaving a gaping hole in the cabin."),
    ("Regulators ordered the short-term grounding of dozens of plane.",
     "Regulators ordered the temporary grounding of dozens of planes."),
    ("Thieves took jewels value an estimated $100 million and smashed two show circumstances.",
     "Thieves took jewels worth an estimated $100 million and smashed two display cases."),
    ("Police urged anyone with information to come back ahead.",
     "Police urged anyone with information to come forward."),
]

ROUND27_ORDINARY = [
    "We will determine to what extent the plan works. The sooner the better, she said.",
    "Every facet of the bridge project was reviewed. It was a short-term closure of the road.",
]

# Round 28: a jobs report, a golf major, a climate summit
ROUND28_TELLS = [
    ("Wages rose 0.1 percent, the smallest achieve in two years and a welcome signal for the Fed.",
     "Wages rose 0.1 percent, the smallest gain in two years and a welcome sign for the Fed."),
    ("He sank a putt on the ultimate gap and will rise to fifth on the planet rankings.",
     "He sank a putt on the final hole and will rise to fifth in the world rankings."),
    ("It is the first deal to name oil, gasoline and coal, after talks ran a day previous their deadline.",
     "It is the first deal to name oil, gas and coal, after talks ran a day past their deadline."),
]

ROUND28_ORDINARY = [
    "Their aim is to achieve a net gain. The previous year was hard. He named the previous one.",
    "Students achieve first place in the contest.",
]

# Round 29: a governor's race, a rhino birth
ROUND29_TELLS = [
    ("His challenger was main by six points, and he pledged to make sure a easy transition.",
     "His challenger was leading by six points, and he pledged to ensure a smooth transition."),
    ("The child rhino weighed 70 kilos at start, in a program geared toward defending rhinos.",
     "The baby rhino weighed 70 pounds at birth, in a program aimed at protecting rhinos."),
    ("Visitors will be capable to see the pair soon.", "Visitors will be able to see the pair soon."),
]

ROUND29_ORDINARY = [
    "The race was run at the start of the season. The program is geared toward older readers.",
    "The water main by the school burst. The sample was sufficiently old to date reliably.",
]

# Round 30: a celebrity wedding, a crypto exchange's collapse
ROUND30_TELLS = [
    ("They wed in a personal ceremony, kept out of the highlight, and she wore a customized robe.",
     "They wed in a private ceremony, kept out of the spotlight, and she wore a custom gown."),
    ("The founder said he had tousled, and the collapse despatched shockwaves through the industry.",
     "The founder said he had messed up, and the collapse sent shockwaves through the industry."),
]

ROUND30_ORDINARY = [
    "The team was in the highlight reel twice. He works as a consultant for the singer's label.",
]

# Round 31: flash floods
ROUND31_TELLS = [
    ("Floods hit the southern a part of the state, sweeping away automobiles.",
     "Floods hit the southern part of the state, sweeping away cars."),
    ("Some areas acquired greater than 10 inches of rain, and power was out to 80,000 prospects.",
     "Some areas received more than 10 inches of rain, and power was out to 80,000 customers."),
    ("More storms are expected via Thursday.", "More storms are expected through Thursday."),
]

ROUND31_ORDINARY = [
    "The firm acquired 12 companies last year. Sales prospects for the power company improved.",
    "He sent it via Thursday's mail. The club acquired 3 players before the rain came.",
]

# Round 32: a wildfire evacuation, a rate rise, a drug approval, a car workers' strike
ROUND32_TELLS = [
    ("Residents were ordered to depart their properties as the fire unfold by way of the hills.",
     "Residents were ordered to leave their homes as the fire spread through the hills."),
    ("Its fourth enhance this year came as the bank vowed to do no matter is important.",
     "Its fourth increase this year came as the bank vowed to do whatever is necessary."),
    ("Lenders plan to move the rise on to borrowers, and the foreign money fell against the euro.",
     "Lenders plan to pass the increase on to borrowers, and the currency fell against the euro."),
    ("Regulators approved the primary capsule to deal with extreme despair, and patients said it labored "
     "sooner than older drugs.",
     "Regulators approved the first pill to treat severe depression, and patients said it worked "
     "faster than older drugs."),
    ("Frequent negative effects included dizziness. Access goes to be the real test.",
     "Common side effects included dizziness. Access is going to be the real test."),
    ("The union said the calls for would protect pensions after the talks failed to attain a tentative deal.",
     "The union said the demands would protect pensions after the talks failed to reach a tentative deal."),
    ("Residents were urged to take the warnings critically. The reason for the hearth is unknown.",
     "Residents were urged to take the warnings seriously. The cause of the fire is unknown."),
]

ROUND32_ORDINARY = [
    "The company plans to further enhance its software, and the museum's largest enhancement opens in May.",
    "Calls for reform would grow louder, and the union said its calls for higher pay were ignored.",
    "The foreign money that flowed into the region was welcome. Critics welcomed the choice of Lisbon.",
    "Aid inside Gaza remained scarce. The critic reviewed the film critically.",
    "The pilot was informed that the runway was closed. Where the money goes to be counted is unclear.",
]

# Round 33: a court ruling, a hospital cyberattack, a heat wave, storm-hit flights
ROUND33_TELLS = [
    ("The court ruled six to a few that the state had did not show harm; the case was introduced by clinics.",
     "The court ruled six to three that the state had failed to show harm; the case was brought by clinics."),
    ("Doctors may prescribe by video name, and many sufferers stay hours from a clinic.",
     "Doctors may prescribe by video call, and many patients live hours from a clinic."),
    ("Hackers reached affected person information, and patients had been suggested to carry an inventory of "
     "their drugs.",
     "Hackers reached patient records, and patients were advised to bring a list of their drugs."),
    ("The harmful warmth will last until the center of the week, and people working open air should drink "
     "loads of water.",
     "The dangerous heat will last until the middle of the week, and people working outdoors should drink "
     "plenty of water."),
    ("Airways canceled 2,000 flights on the busiest journey weekend, and some passengers select to not fly.",
     "Airlines canceled 2,000 flights on the busiest travel weekend, and some passengers choose not to fly."),
]

ROUND33_ORDINARY = [
    "Airlines waived change fees for customers. The hospital kept paper information at the front desk.",
    "The team won six to a few thousand fans' delight. Wind turbines turn motion into electrical energy.",
    "The toughest hit of the game came late. Components of Apple's new phone were made in Taiwan.",
    "She was conscious of the problem long before the board was. Members select to not vote on some motions.",
]

# Round 34: a food recall, tech layoffs, a marathon, a Roman villa
ROUND34_TELLS = [
    ("The villa lay beneath a farmer's discipline and was found by likelihood, with coins courting to the "
     "fourth century.",
     "The villa lay beneath a farmer's field and was found by chance, with coins dating to the "
     "fourth century."),
    ("A tour will be obtainable on-line, and the mosaic ground is on show.",
     "A tour will be available online, and the mosaic floor is on show."),
    ("Her profitable time set a course file, and the boys's race was determined in a dash alongside the river.",
     "Her winning time set a course record, and the men's race was decided in a sprint along the river."),
    ("The frozen rooster meals made people grew to become unwell with abdomen cramps after consuming "
     "contaminated food.",
     "The frozen chicken meals made people became ill with stomach cramps after eating "
     "contaminated food."),
    ("Owners who have the meals of their freezers can return them; signs normally start within days.",
     "Owners who have the meals in their freezers can return them; symptoms usually begin within days."),
    ("The cut was painful however essential, and staff will obtain no less than 16 weeks of pay.",
     "The cut was painful but necessary, and staff will receive at least 16 weeks of pay."),
]

ROUND34_ORDINARY = [
    "The couple were courting to the end of the war. The old tin held items of pottery and glass.",
    "His profitable time in business ended when the firm closed. The signs normally point north.",
    "Fans who bought at grocery shops in Leeds said prices rose.",
]

# Round 35: a volcano, a housing report, a private space flight, an election abroad
ROUND35_TELLS = [
    ("The spa is well-liked, but there was no quick menace, the civil safety company said.",
     "The spa is well-liked, but there was no immediate threat, the civil protection agency said."),
    ("A well-liked spa was closed, roads resulting in the positioning were shut and police turned again "
     "dozens of drivers.",
     "A popular spa was closed, roads leading to the site were shut and police turned back "
     "dozens of drivers."),
    ("The value of an current home fell, and the market is unlikely to get well till rates fall.",
     "The value of an existing home fell, and the market is unlikely to recover until rates fall."),
    ("The crew will orbit increased than any astronaut before, testing new fits designed for the moon.",
     "The crew will orbit higher than any astronaut before, testing new suits designed for the moon."),
    ("The party won a transparent majority, observers called the vote free and honest regardless of "
     "reviews of fraud, and its leader vowed to be a accountable premier.",
     "The party won a clear majority, observers called the vote free and fair despite "
     "reports of fraud, and its leader vowed to be a responsible premier."),
]

ROUND35_ORDINARY = [
    "She was a well-liked teacher. The positioning of the troops and the positioning system were discussed.",
    "The man turned again and waved. The museum said it was the very best in 20 years of shows.",
]

# Round 36: an oil output cut, a cruise outbreak, a school board's book vote, a record transfer
ROUND36_TELLS = [
    ("The board voted 4 to a few on Tuesday, saying some books were not applicable for youngsters.",
     "The board voted 4 to three on Tuesday, saying some books were not appropriate for children."),
    ("Passengers fell unwell with a abdomen virus and the ship returned two days sooner than deliberate.",
     "Passengers fell ill with a stomach virus and the ship returned two days earlier than planned."),
    ("Norovirus spreads simply in shut quarters, and most people recuperate inside a number of days.",
     "Norovirus spreads easily in close quarters, and most people recover within a few days."),
    ("The cuts will final till the tip of the year, and talks at occasions looked close to collapse.",
     "The cuts will last until the end of the year, and talks at times looked close to collapse."),
    ("The club accomplished the signing for a file payment, and fans bought shirts together with his identify.",
     "The club completed the signing for a record fee, and fans bought shirts with his name."),
]

ROUND36_ORDINARY = [
    "The fee rose from 2 to a few hundred dollars. The rule is not applicable for small firms.",
    "The drive-thru closed early. The meeting went as deliberate as ever, and the vote was slow and deliberate.",
    "The club's record signing was a shock transfer that stunned fans. His mother and father were teachers.",
]

# Round 37: a ship strikes a bridge, a panda loan, a founder's fraud verdict
ROUND37_TELLS = [
    ("The span was set to break down into the river; six workers are lacking and presumed useless.",
     "The span was set to collapse into the river; six workers are missing and presumed dead."),
    ("Two big pandas, a male and a feminine, came with a provide of bamboo and will spend a few month in "
     "quarantine before occurring show.",
     "Two giant pandas, a male and a female, came with a supply of bamboo and will spend about a month in "
     "quarantine before going on display."),
    ("Cubs born on the zoo will be despatched again after they flip 4.",
     "Cubs born at the zoo will be sent back after they turn 4."),
    ("She faces 20 years on every rely, and sentencing is about for March.",
     "She faces 20 years on each count, and sentencing is set for March."),
]

ROUND37_ORDINARY = [
    "Fine particles of dust hung in the air after the crash. The kids flip 3 coins.",
    "The athlete complained of the lack of energy he felt after the flight. They flip 100 houses a year.",
    "She was the founding father of a movement. The children spent a few month-long holidays abroad.",
    "The first vaccines arrived within a few weeks, and a few months later the schools reopened.",
]

# Round 38: a chipmaker's warning, a manager sacked, a low-budget horror hit
ROUND38_TELLS = [
    ("Sales this quarter would are available in nicely beneath forecasts, the company warned.",
     "Sales this quarter would come in well below forecasts, the company warned."),
    ("The club's interim coach will take cost of the squad on an interim foundation after a house defeat in the "
     "league.",
     "The club's interim coach will take charge of the squad on an interim basis after a home defeat in the "
     "league."),
    ("The team has won one in every of its last ten matches, and the owner misplaced endurance.",
     "The team has won one of its last ten matches, and the owner lost patience."),
    ("The horror hit topped the chart, incomes an estimated $31 million, and sales stay 20 p.c beneath their stage "
     "of 2019.",
     "The horror hit topped the chart, earning an estimated $31 million, and sales stay 20 percent below their level "
     "of 2019."),
]

ROUND38_ORDINARY = [
    "The old house won a design award last year. The house draw for the raffle takes place on Friday.",
    "A fire caused a house loss of about $200,000. The doctors said he will get well with rest and fluids.",
    "Only one in every five voters turned out, and the board member in charge of finance resigned.",
]

# Round 39: a state budget, a drug maker's settlement, trapped miners
ROUND39_TELLS = [
    ("Republicans said the plan spent an excessive amount of and called for a evaluation of the spending.",
     "Republicans said the plan spent too much and called for a review of the spending."),
    ("Rescuers were still trying to succeed in 14 miners, and cracks ran along the tunnel partitions.",
     "Rescuers were still trying to reach 14 miners, and cracks ran along the tunnel walls."),
    ("The talks failed to succeed in a deal, which ended a authorized combat that lasted four years.",
     "The talks failed to reach a deal, which ended a legal fight that lasted four years."),
]

ROUND39_ORDINARY = [
    "The diet contains an excessive amount of salt. The committee consists of seven members.",
    "Next of kin have been informed. He hopes to succeed in 10 years of trying.",
    "She wanted to succeed in a deal-making career, and the plan is to succeed in 2025 where others failed.",
]

# Round 40: a tennis final, a streaming price rise, a central bank's warning
ROUND40_TELLS = [
    ("The pinnacle of the central financial institution said rates would keep excessive, and many expected the "
     "primary reduce in the spring.",
     "The head of the central bank said rates would stay high, and many expected the first cut in the spring."),
    ("The service will elevate the value of its hottest plan after a success drama sequence drew 260 million "
     "members world wide.",
     "The service will raise the price of its most popular plan after a hit drama series drew 260 million "
     "members around the world."),
    ("Analysts said customers might cancel if prices saved going up; shares were little modified in early trading.",
     "Analysts said customers might cancel if prices kept going up; shares were little changed in early trading."),
    ("\"I had to keep targeted,\" she said after a standing ovation from the gang. She is going to now rest.",
     "\"I had to stay focused,\" she said after a standing ovation from the crowd. She will now rest."),
]

ROUND40_ORDINARY = [
    "It was the hottest summer on record, and its hottest day came in July.",
    "The World Wide Web changed how people read news. He saved going to the cinema for the weekend.",
    "The pinnacle of the central tower is gold. The plan was little modified from last year's.",
    "Where is the team going to now? The gang cheered as its leader left court.",
]

# Round 41: a ceasefire, a health-software start-up, looted bronzes returned
ROUND41_TELLS = [
    ("The sides agreed to a short lived ceasefire, raising hopes that aid may lastly attain thousands of people "
     "reduce off by the combating.",
     "The sides agreed to a temporary ceasefire, raising hopes that aid could finally reach thousands of people "
     "cut off by the fighting."),
    ("The truce ended when both facet broke its phrases, and hospitals have run brief of fundamental "
     "provides.",
     "The truce ended when either side broke its terms, and hospitals have run short of basic supplies."),
    ("The decision came after a cautious overview, and other museums are beneath rising stress to comply with.",
     "The decision came after a careful review, and other museums are under growing pressure to follow."),
    ("The round was led by a enterprise capital fund.", "The round was led by a venture capital fund."),
]

ROUND41_ORDINARY = [
    "The museum drew a short lived crowd. The art critic said the most interesting works were the smallest.",
    "The combating of fraud is a priority. The team will reduce off-peak fares next year.",
    "The path began to broaden into a wide valley. He was thought of as one of the best.",
]

# Round 42: a measles outbreak, an antitrust fine, a record concert tour
ROUND42_TELLS = [
    ("Her live performance tour passed a document that had stood for five years and has offered greater than six "
     "million tickets.",
     "Her concert tour passed a record that had stood for five years and has sold more than six million tickets."),
    ("She said the tour was the perfect expertise of her career, and cities reported a lift to motels and "
     "eating places.",
     "She said the tour was the best experience of her career, and cities reported a boost to hotels and "
     "restaurants."),
    ("Measles is likely one of the most contagious diseases, and a child who returned from a visit overseas "
     "developed a excessive fever.",
     "Measles is one of the most contagious diseases, and a child who returned from a trip abroad developed a "
     "high fever."),
    ("Regulators said the firm abused its dominant place out there and ordered it to finish the follow.",
     "Regulators said the firm abused its dominant position in the market and ordered it to end the practice."),
]

ROUND42_ORDINARY = [
    "The lawyers were passing a document to the judge. The shop offered greater than 20 percent discounts on tickets.",
    "The museum's exhibits had been seen by millions of fans of the band. Readers who follow the news will know.",
    "The party took a dominant place on the stage. A toddler developed a rash after the visit.",
]

# Round 43: an offshore earthquake, a nurses' strike
ROUND43_TELLS = [
    ("There were no quick experiences of damage, the nationwide climate company said, and practice companies "
     "were suspended.",
     "There were no immediate reports of damage, the national weather agency said, and train services "
     "were suspended."),
    ("The country sits on several fault traces. Talks are attributable to resume, and the strike should not be "
     "allowed to tug on.",
     "The country sits on several fault lines. Talks are due to resume, and the strike should not be "
     "allowed to drag on."),
]

ROUND43_ORDINARY = [
    "The rise is attributable to rising costs. The coach told players to tug on the rope.",
    "The harm or accidents caused by the drug were rare.",
]

# Round 44: a record transfer, a governor's race
ROUND44_TELLS = [
    ("Voters head to the polls in a carefully watched race that polls suggest is too near name.",
     "Voters head to the polls in a closely watched race that polls suggest is too close to call."),
    ("He promised to chop funding and rent extra police, and both campaigns spent closely on TV, with 1.5 million "
     "ballots already forged.",
     "He promised to cut funding and hire more police, and both campaigns spent heavily on TV, with 1.5 million "
     "ballots already cast."),
    ("The striker accomplished his transfer after his club obtained a suggestion it couldn't refuse; he will make "
     "his debut in a pleasant match.",
     "The striker completed his move after his club received an offer it couldn't refuse; he will make "
     "his debut in a friendly match."),
]

ROUND44_ORDINARY = [
    "The landlord wanted to rent extra rooms to students. The massive variety of dishes impressed the critics.",
    "We had a pleasant match of tennis on Sunday with friends at the club. She was desirous to see the world.",
]

# Round 45: a bank merger, a drought, award nominations
ROUND45_TELLS = [
    ("Reservoirs were at half their regular stage, and residents who break the principles by filling swimming "
     "swimming pools face fines.",
     "Reservoirs were at half their normal level, and residents who break the rules by filling swimming "
     "pools face fines."),
    ("Forecasters saw little signal of rain. The banks agreed a deal value about $13 billion and will "
     "take a position extra in technology to compete higher with rivals.",
     "Forecasters saw little sign of rain. The banks agreed a deal worth about $13 billion and will "
     "invest more in technology to compete better with rivals."),
    ("A giant-budget conflict epic drew nine nods; the academy received a document variety of films, and more "
     "members than ever had taken half within the voting.",
     "A big-budget war epic drew nine nods; the academy received a record number of films, and more "
     "members than ever had taken part in the voting."),
]

ROUND45_ORDINARY = [
    "There was no signal of life from the lost satellite. The mixed firm of lawyers took the case.",
    "He was the greatest actor of his generation, critics said. Students debated the conflict drama of the novel.",
]

# Round 46: a car recall, a tiger census
ROUND46_TELLS = [
    ("Dealers will substitute the half free of charge, and regulators are looking into whether the fix went far "
     "sufficient.",
     "Dealers will replace the part free of charge, and regulators are looking into whether the fix went far "
     "enough."),
    ("The recall covers pickup vehicles. The tigers live in small, remoted areas, up from the earlier rely.",
     "The recall covers pickup trucks. The tigers live in small, isolated areas, up from the previous count."),
]

ROUND46_ORDINARY = [
    "The houses were constructed between 1920 and 1930. She was quick sufficient to catch the ball.",
    "Security regulators fined the bank for weak controls. The company hopes to exchange the half-finished part.",
]

# Round 47: a flood, a new AI model
ROUND47_TELLS = [
    ("The company said its artificial intelligence mannequin, educated on a bigger set of data, writes laptop code "
     "with nice confidence.",
     "The company said its artificial intelligence model, trained on a larger set of data, writes computer code "
     "with great confidence."),
    ("Rivers burst their banks, slicing off roads; troopers have been despatched to construct boundaries of "
     "sandbags, and water ranges even larger are expected.",
     "Rivers burst their banks, cutting off roads; soldiers were sent to build barriers of "
     "sandbags, and water levels even higher are expected."),
]

ROUND47_ORDINARY = [
    "The shop put a new mannequin in the window display. She was educated on a scholarship at Oxford.",
    "The chef was slicing off the fat from the meat. The university has six faculties within the main campus.",
]

# Round 48: a zoning vote
ROUND48_TELLS = [
    ("The rules had not stored tempo with demand; developers may construct as much as eight storeys, and "
     "opponents said they would problem the choice in court.",
     "The rules had not kept pace with demand; developers may build up to eight storeys, and "
     "opponents said they would challenge the decision in court."),
]

ROUND48_ORDINARY = [
    "The maths teacher set the class a problem the students could not solve.",
    "The lack of staff is a problem the hospital must fix, and the new rule posed a problem the council had "
    "not foreseen.",
]

ROUND49_TELLS = [
    ("The retailer said it might shut a few third of its shops and minimize 1000's of jobs, a call that was painful however vital.",
     'The retailer said it might shut about a third of its shops and cut thousands of jobs, a call that was painful but necessary.'),
    ("Union leaders had been in search of pressing talks with administration to guard employees' pensions; the chain was based greater than a century in the past.",
     "Union leaders were seeking urgent talks with management to protect workers' pensions; the chain was founded more than a century ago."),
    ("The turnout was excessive, and the prime minister, who's looking for a fifth time period, was barely forward in the polls.",
     "The turnout was high, and the prime minister, who's seeking a fifth term, was slightly ahead in the polls."),
]

ROUND49_ORDINARY = [
    'The talks with administration staff at the university resumed on Friday.',
    'The turnout was excessive for such a small hall, and people stood in the aisles.',
    'The polls confirmed what the campaign had feared.',
]

ROUND50_TELLS = [
    ('The judges said the plan was possible illegal and ordered that it stay in place whereas the case strikes ahead; ending it would trigger severe hurt to native economies.',
     'The judges said the plan was likely illegal and ordered that it stay in place while the case moves forward; ending it would cause serious harm to local economies.'),
    ('Oil rose after producers agreed to maintain provide tight via the tip of subsequent yr; the choice got here as economists warned it may gradual the battle in opposition to inflation.',
     'Oil rose after producers agreed to keep supply tight through the end of next year; the decision came as economists warned it may slow the fight against inflation.'),
]

ROUND50_ORDINARY = [
    'The nurses were told to observe correct procedures when handling needles.',
    'It is possible illegal dumping has poisoned the stream.',
    'Visitors will have an opportunity to remark on the plans at a public meeting.',
    'The union strikes ahead of the holiday caused chaos at the airports.',
]

ROUND51_TELLS = [
    ('The tariffs on imported metal will add 25 p.c to the price of metal imports, and carmakers are among the many most uncovered.',
     'The tariffs on imported steel will add 25 percent to the price of steel imports, and carmakers are among the most exposed.'),
    ('The prime minister said he would stay in cost after two smaller events in the coalition withdrew their help, plunging the nation into recent political uncertainty.',
     'The prime minister said he would remain in charge after two smaller parties in the coalition withdrew their support, plunging the country into fresh political uncertainty.'),
]

ROUND51_ORDINARY = [
    'The shop sells scrap metal and aluminum cans to recyclers.',
    'The couple stays in cost-conscious hotels when they travel.',
    "Engineers tried to resolve the disaster recovery plan's flaws.",
    'The floods will finally damage the old bridge beyond repair.',
]

ROUND52_TELLS = [
    ('The invoice would supply greater than $500 billion to substitute getting older water pipes, though its destiny stays unsure and some criticized its value.',
     'The bill would provide more than $500 billion to substitute aging water pipes, though its fate remains uncertain and some criticized its cost.'),
    ('Shares fell after the firm said prospects were slower to signal giant contracts as companies develop extra cautious, though demand remained sturdy however uneven.',
     'Shares fell after the company said prospects were slower to sign large contracts as companies grow more cautious, though demand remained strong but uneven.'),
]

ROUND52_ORDINARY = [
    'The future of the pier stays unsure until the council votes.',
    "Farms supply greater than half of the region's water demand in summer.",
    'The most important funding decision of the year was the new hospital.',
    'The children work collectively on a mural for the school hall.',
    'The critic criticized its value for money in a short review.',
    'He was cautious to not wake the baby.',
]

ROUND53_TELLS = [
    ('Folks aware of the matter said the chief had misled traders and would not obtain a severance fee; the finance director will function interim chief while the board seeks an everlasting substitute.',
     'People familiar with the matter said the chief had misled investors and would not receive a severance payment; the finance director will serve as interim chief while the board seeks a permanent replacement.'),
    ('Support companies said the wants are monumental as families fleeing combating within the north arrive, and each side have accused the other of concentrating on civilians.',
     'Aid agencies said the needs are enormous as families fleeing fighting in the north arrive, and both sides have accused the other of targeting civilians.'),
]

ROUND53_ORDINARY = [
    'Folks in the village still talk about odd residents who lived in the mill.',
    'Combating within the team is a worry for the coach.',
    'IT support companies offer help desks for small firms.',
    "The lake's clear water attracts divers and swimmers.",
    'Tourists grab a number of leaflets at the door.',
    'The two teams cooperate totally differently on defence.',
    'People aware of the matter say the deal is close.',
]

ROUND54_TELLS = [
    ('The justices asked how a lot energy states have over firms that average content material, and whether a platform can be barred from eradicating posts; a choice is predicted by the tip of June.',
     'The justices asked how much energy states have over firms that moderate content, and whether a platform can be barred from removing posts; a choice is expected by the end of June.'),
    ('The chain said it would cut prices on 500 merchandise and maintain them down till not less than the tip of the yr, placing stress on rivals whose margins are already skinny.',
     'The chain said it would cut prices on 500 products and keep them down until at least the end of the year, putting pressure on rivals whose margins are already thin.'),
]

ROUND54_ORDINARY = [
    'Nobody knows how a lot of the old houses survived the storm.',
    'She bought a lot near the river and built a cabin.',
    'The shop sells 500 merchandise lines from local makers.',
    'Running on hard roads is placing stress on her knees.',
    'The concern they raised was about the cost of parking.',
    "The teacher's job is to deal with them equally and fairly.",
    'Soldiers who left for years to return home found the village changed.',
    'Conventional grocers still sell most of the food in the town.',
]

ROUND55_TELLS = [
    ('The alliance agreed to ship extra air protection programs to the front. Additionally they said members would intention to spend more.',
     'The alliance agreed to send more air defense systems to the front. They also said members would aim to spend more.'),
    ('Shares soared of their inventory market debut as demand outstripped the shares on provide, though the firm has by no means turned a revenue.',
     'Shares soared in their stock market debut as demand outstripped the shares on offer, though the company has never turned a profit.'),
]

ROUND55_ORDINARY = [
    'Researchers compared new methods to detect cancer early.',
    'We argued over methods to measure the bird population.',
    'What we at the moment need is more volunteers.',
    'The following summit was held in Rome, a year after the first.',
    'Based 10 miles north of the city, the farm sells eggs.',
    'It minimizes the risk of injury.',
    'The factory will ship extra parts to customers in Asia next month.',
]

ROUND56_TELLS = [
    ('The water firm was fined a document $90 million for dumping uncooked sewage from its remedy crops, and beaches were compelled to shut in the course of the summer season.',
     'The water company was fined a record $90 million for dumping raw sewage from its treatment plants, and beaches were forced to close during the summer.'),
    ("The union's basic secretary said the deal offers a assure of no obligatory redundancies and better working circumstances.",
     "The union's general secretary said the deal offers a guarantee of no compulsory redundancies and better working conditions."),
]

ROUND56_ORDINARY = [
    'The remedy crops up in old medical books.',
    'In the course of the winter the lake freezes.',
    'I refuse to simply accept that nothing can be done.',
    'The dog was compelled to shut up by its owner.',
    'Working circumstances in the mine were described in the report.',
]

ROUND57_TELLS = [
    ("The minister quit after newspaper studies revealed he claimed 1000's of kilos in bills; he said he had acted inside the guidelines and did not want the matter to develop into a distraction.",
     'The minister quit after newspaper reports revealed he claimed thousands of pounds in expenses; he said he had acted within the rules and did not want the matter to become a distraction.'),
    ('Two support employees were handed to a neighboring authorities after talks whose particulars of the talks were secret, and the charity will overview its plans before sending staff again to the realm.',
     'Two aid workers were handed to a neighboring government after talks whose details of the talks were secret, and the charity will review its plans before sending staff back to the area.'),
]

ROUND57_ORDINARY = [
    'Scientists published new studies on the newspaper studies of the 1920s.',
    'She said with remorse that she had lost her temper.',
    'IT support employees were asked to work late.',
    'The discharge of the patient was delayed by a day.',
    'He wrote an overview its members could read in five minutes.',
    'Safety preparations for the fireworks took a week.',
    'Teachers thanked each pupil for his or her efforts.',
    'Scientists could take care of misconduct cases in a new office.',
]

ROUND58_TELLS = [
    ('Lots of of hundreds of people marched by way of the capital after the plan to lift the retirement age; the marches handed off peacefully, and lawmakers are because of debate the invoice next week.',
     'Hundreds of thousands of people marched through the capital after the plan to raise the retirement age; the marches passed off peacefully, and lawmakers are due to debate the bill next week.'),
    ('The household agreed to promote it to a non-public fairness agency for $1.5 billion, ending a protracted seek for a purchaser, and staff worried about the way forward for native reporting.',
     'The household agreed to sell it to a private equity firm for $1.5 billion, ending a long search for a buyer, and staff worried about the future of local reporting.'),
]

ROUND58_ORDINARY = [
    'The hikers marched by way of the old Roman road.',
    'The delay is because of start-up problems at the plant.',
    'It was because of start times that the school changed its buses.',
    'The club will promote it to a wider audience next season.',
    'She realized of the two paths, only one led home.',
    'This report sets out the way forward for British farming.',
]

ROUND59_TELLS = [
    ('The bank admitted it had damaged the regulation by letting transfers price billions of dollars go by means of its branches with out correct checks, and shares rose as investors had feared a bigger superb.',
     'The bank admitted it had broken the law by letting transfers worth billions of dollars pass through its branches without proper checks, and shares rose as investors had feared a bigger fine.'),
    ('The announcement adopted months of secret talks; one side had accused the opposite of backing rebels, a cost that was all the time denied, and firms struggled to commerce throughout the border.',
     'The announcement followed months of secret talks; one side had accused the other of backing rebels, a charge that was always denied, and firms struggled to trade across the border.'),
]

ROUND59_ORDINARY = [
    'He did not cease to amaze his teachers.',
    'The tickets price millions of fans out of the game.',
    'The museum will nominate an impartial judge for the prize.',
    'The band changed a number of senior members over the years.',
    'The orchestra adopted years of tradition in its programme.',
]

ROUND60_TELLS = [
    ('The governing get together will pick a leader, with the result because of be announced at the conference.',
     'The governing party will pick a leader, with the result due to be announced at the conference.'),
    ('Soldiers arrested a bunch of officers who tried to grab the tv constructing; the country has seen four profitable coups since independence, and neighbours condemned the try.',
     'Soldiers arrested a group of officers who tried to seize the television building; the country has seen four successful coups since independence, and neighbours condemned the attempt.'),
]

ROUND60_ORDINARY = [
    'The choir had a bunch of lawmakers in the front row singing along.',
    'The cat tried to grab the ball from the dog.',
    'His profitable coup in the art market made headlines.',
    'The officers of the regiment dined together on Friday.',
]

ROUND61_TELLS = [
    ('The region will vote on whether to interrupt away and kind an impartial state, a plan the government calls unlawful beneath the structure and vowed to problem it in courtroom.',
     'The region will vote on whether to break away and form an independent state, a plan the government calls illegal under the constitution and vowed to challenge it in court.'),
    ('The trial is predicted to final a number of months in a rustic the place the former leader stays widespread amongst voters; prosecutors will show a community of shell firms.',
     'The trial is expected to last several months in a country where the former leader remains popular among voters; prosecutors will show a network of shell companies.'),
]

ROUND61_ORDINARY = [
    'The museum is establishing a confrontation between old and new art.',
    'The parents requested the courtroom to be cleared.',
    'Banks charge a tax on fees that customers pay abroad.',
    'Wild flowers are widespread amongst the hedgerows.',
    'The local community of shell collectors meets monthly.',
]

ROUND62_TELLS = [
    ("Rates may fall as early because June, and the bank's governor will resolve as soon because the data arrive.",
     "Rates may fall as early as June, and the bank's governor will resolve as soon as the data arrive."),
    ('Three men were accused of serving to to smuggle weapons, and the firm sold surveillance know-how to the regime.',
     'Three men were accused of helping to smuggle weapons, and the company sold surveillance technology to the regime.'),
    ('Police used phone records to trace down the suspects, who had vowed to reply to the charges in court.',
     'Police used phone records to track down the suspects, who had vowed to respond to the charges in court.'),
    ('Families will proceed to really feel the stress of rising rents, and the appeals court overturned the choice last week.',
     'Families will continue to feel the stress of rising rents, and the appeals court overturned the decision last week.'),
    ('Merchants cut their bets on a rate rise as bond yields climbed, and the bloc agreed to freeze the property of two banks.',
     'Traders cut their bets on a rate rise as bond yields climbed, and the bloc agreed to freeze the assets of two banks.'),
]

ROUND62_ORDINARY = [
    'Police will trace the car back to its owner.',
    'The court condemned the choice of venue as unsuitable for a trial of this size.',
    'He reacted shortly before midnight, posting a brief statement online.',
    'Spice merchants in the port city sold their goods to traders from across the region.',
]

ROUND63_TELLS = [
    ('The festival will return for one more 12 months, and a grownup ticket will cost £40.',
     'The festival will return for another year, and an adult ticket will cost £40.'),
    ('The council warned it could not soak up rising costs without slicing providers.',
     'The council warned it could not absorb rising costs without cutting services.'),
    ('Staff discovered about the plan from a memo, and the manager called the move painful however obligatory.',
     'Staff learned about the plan from a memo, and the manager called the move painful but necessary.'),
    ('Shares may comply with if the results disappoint, and the market did not recuperate until the autumn.',
     'Shares may follow if the results disappoint, and the market did not recover until the autumn.'),
]

ROUND63_ORDINARY = [
    'He ordered one more round of drinks before the bar closed.',
    'She was slicing bread in the kitchen when the power went out.',
    'Tourists came to soak up the atmosphere of the old harbour.',
    'Companies that fail to comply with the rules will be fined.',
    'Much has been discovered about the virus since the first cases.',
    'Wearing a helmet is obligatory on the building site.',
]

ROUND64_TELLS = [
    ('Residents said the scheme would clog native roads, and flats will be let at beneath market rents.',
     'Residents said the scheme would clog local roads, and flats will be let at below market rents.'),
    ('Talking on the assembly, the mayor said the city must construct houses for families who may now not afford to rent.',
     'Speaking at the meeting, the mayor said the city must build houses for families who could no longer afford to rent.'),
    ('Critics said the field was liable to flooding, and neighbours were contemplating a authorized problem.',
     'Critics said the field was prone to flooding, and neighbours were considering a legal challenge.'),
    ('The firm had beforehand predicted growth, and having beforehand warned of losses it now expects a profit.',
     'The firm had previously predicted growth, and having previously warned of losses it now expects a profit.'),
]

ROUND64_ORDINARY = [
    'Native plants attract more bees than imported species.',
    'The house sits beneath a cliff on the edge of the bay.',
    'He may now notice the difference in his bills.',
    'We were speaking on the phone when the line went dead.',
    'Farmers said the field was prone to flooding every spring.',
]

ROUND65_TELLS = [
    ('Customers are transferring to on-line and cell banking, and the financial institution department in the village will shut.',
     'Customers are moving to online and mobile banking, and the bank branch in the village will shut.'),
    ('Client teams said older savers need face-to-face recommendation and monetary recommendation they can trust.',
     'Consumer groups said older savers need face-to-face advice and financial advice they can trust.'),
    ('Customers can still perform fundamental transactions at publish places of work, the lender said.',
     'Customers can still carry out basic transactions at post offices, the lender said.'),
    ('A large panda at the zoo gave birth, and the enclosure will keep closed until spring.',
     'A giant panda at the zoo gave birth, and the enclosure will stay closed until spring.'),
]

ROUND65_ORDINARY = [
    'The newest signal box on the line was built in 1985.',
    'Client teams at the agency work on several accounts at once.',
    'The machine can perform fundamental operations in a fraction of a second.',
    'Shops will keep closed on Sundays under the new rules.',
]

ROUND66_TELLS = [
    ('The gale was bringing down bushes across the valley, and officials urged people to not journey.',
     'The gale was bringing down trees across the valley, and officials urged people not to travel.'),
    ('Crews labored by the night time to revive provides to 3,000 homes, and the worst of the climate has passed.',
     'Crews worked through the night to restore supplies to 3,000 homes, and the worst of the weather has passed.'),
    ('Thieves took gold cash and silver cash from the vault by the point the guards arrived.',
     'Thieves took gold coins and silver coins from the vault by the time the guards arrived.'),
    ('Curators were devastated by the lack of the paintings, which may now be misplaced endlessly.',
     'Curators were devastated by the loss of the paintings, which may now be lost forever.'),
]

ROUND66_ORDINARY = [
    'The storm brought down power lines across the county.',
    'Police consider the case closed after the man was charged.',
    'By the point of no return, the climbers had run out of oxygen.',
    'The fireplace door was made of cast iron and glass.',
    'Additional flooding defences were built along the river last year.',
    'He paid in gold and cash for the car.',
]

ROUND67_TELLS = [
    ("The membership's house owners said the board would search for a alternative after the defeat.",
     "The club's owners said the board would search for a replacement after the defeat."),
    ('The coach had confronted rising criticism over his defensive ways, and fans booed at the final whistle.',
     'The coach had faced growing criticism over his defensive tactics, and fans booed at the final whistle.'),
    ('Rescue groups freed passengers from the wreck, and two remain in a critical situation in hospital.',
     'Rescue teams freed passengers from the wreck, and two remain in a serious condition in hospital.'),
    ('The line will stay closed for at the least every week while engineers repair the track.',
     'The line will remain closed for at least a week while engineers repair the track.'),
]

ROUND67_ORDINARY = [
    'Her supervisor at the factory approved the leave request.',
    'There was no alternative route, so we waited for the road to reopen.',
    'Animal rescue groups took in dozens of dogs after the flood.',
    'The country is in a critical situation, the finance minister warned.',
    'At the least, a warning should have been given.',
]

ROUND68_TELLS = [
    ('The damage gave the impression to be worse than in 2021, and growers said the frost made little distinction to the lower vines.',
     'The damage appeared to be worse than in 2021, and growers said the frost made little difference to the lower vines.'),
    ('Drivers who break the foundations face a nice of 90 euros beneath plans accepted by the council.',
     'Drivers who break the rules face a fine of 90 euros under plans approved by the council.'),
    ('Store house owners said the ban would make the square extra enticing, and the council will evaluation it after a year.',
     'Shop owners said the ban would make the square more attractive, and the council will review it after a year.'),
    ('Farmers will say compensation for crops on the decrease slopes, which were uncovered to the frost.',
     'Farmers will claim compensation for crops on the lower slopes, which were exposed to the frost.'),
]

ROUND68_ORDINARY = [
    'The coin lay beneath the floorboards for a century.',
    'She gave the impression that she had not read the report.',
    'It was a nice day for the parade.',
    'There is little distinction between the two plans.',
    'The bill was accepted by the committee without a vote.',
    'Hotter summers are expected across southern Europe.',
    "The company's websites were down for two hours.",
    'The evaluation of the pilot scheme will be published in May.',
]

ROUND69_TELLS = [
    ('The region has good transport hyperlinks and an expert workforce, the minister said.',
     'The region has good transport links and a skilled workforce, the minister said.'),
    ('Senior doctors are masking for junior colleagues in the hospital while consultants cover the wards.',
     'Senior doctors are covering for junior colleagues in the hospital while consultants cover the wards.'),
]

ROUND69_ORDINARY = [
    'The article includes hyperlinks with further reading.',
    'The actor was masking for the camera, hiding his nerves.',
    'The firm hired an expert workforce planner to cut overtime.',
    'Senior consultants at the hospital wrote to the health minister.',
]

ROUND70_TELLS = [
    ('Engineers worked through the night to reconnect an influence station that was flooded by the river.',
     'Engineers worked through the night to reconnect a power station that was flooded by the river.'),
    ('The chain cut prices in a recent try and win back customers from its rivals.',
     'The chain cut prices in a fresh attempt to win back customers from its rivals.'),
    ('Analysts said the worth conflict between the two grocers would hurt small suppliers.',
     'Analysts said the price war between the two grocers would hurt small suppliers.'),
    ('Families are paying more for his or her weekly store than a year ago.',
     'Families are paying more for their weekly shop than a year ago.'),
    ('The eruption might final for several weeks, scientists said.',
     'The eruption could last for several weeks, scientists said.'),
    ('Residents cannot return till a minimum of the top of the month.',
     'Residents cannot return until at least the end of the month.'),
]

ROUND70_ORDINARY = [
    'The company said it has reduced its prices on hundreds of items this year.',
    'The buses will follow a modified route while the bridge is repaired.',
    'Each pupil must bring his or her own lunch on Friday.',
    'He scored a recent try against Wales that sealed the win.',
    'Our weekly store cupboard check found tins past their date.',
    'The exercise puts stress on the knees and the lower back.',
]

ROUND71_TELLS = [
    ('The bay has clear waters which might be dwelling to turtles and sharks.',
     'The bay has clear waters that are home to turtles and sharks.'),
    ('Fishermen said they feared for his or her livelihoods after the spill.',
     'Fishermen said they feared for their livelihoods after the spill.'),
    ('Ministers will tighten playing legal guidelines to protect downside gamblers.',
     'Ministers will tighten gambling laws to protect problem gamblers.'),
    ('Campaigners said the reforms had taken too lengthy to reach.',
     'Campaigners said the reforms had taken too long to arrive.'),
    ('The culture of the club had did not preserve tempo with the modern game, the tradition secretary said.',
     'The culture of the club had failed to keep pace with the modern game, the culture secretary said.'),
    ('The firm can not afford to pay its large money owed.',
     'The company can not afford to pay its huge debts.'),
]

ROUND71_ORDINARY = [
    'The firm may even be pressured into selling the site.',
    'After build up of ice on the wings, the flight was delayed.',
    'He is playing business golf with clients this afternoon.',
    'Each one of the 24 crew members was given a medal.',
    'Every worker must wear his or her badges at all times.',
    "We're alleged to have broken the rules, but we did not.",
]

ROUND72_TELLS = [
    ('Part of the roof gave means after days of heavy rain, and these accountable will be punished.',
     'Part of the roof gave way after days of heavy rain, and those responsible will be punished.'),
    ('The museum bought a portray by the artist at public sale for a record sum.',
     'The museum bought a painting by the artist at auction for a record sum.'),
    ('The stadium, which was in-built the Seventies, will be demolished.',
     'The stadium, which was built in the Seventies, will be demolished.'),
    ('Roadworks are inflicting lengthy delays on the ring road.',
     'Roadworks are causing long delays on the ring road.'),
    ('The painting went to an nameless collector in New York.',
     'The painting went to an anonymous collector in New York.'),
]

ROUND72_ORDINARY = [
    'The charity gave means-tested grants to families in need.',
    'The fund gave means to the poor for generations.',
    'She will portray the queen in the new film.',
    'The novel has no concept of time, the critic wrote.',
    'The residents formed a neighborhood watch group in the spring.',
]

ROUND73_TELLS = [
    ('Thousands of sufferers ready for pressing most cancers remedy have waited months.',
     'Thousands of patients waiting for urgent cancer treatment have waited months.'),
    ('The attack was carried out by a felony gang primarily based overseas, safety specialists imagine.',
     'The attack was carried out by a criminal gang based abroad, security experts believe.'),
    ('Hospitals had change into a straightforward goal for hackers as a result of many nonetheless depend on old systems.',
     'Hospitals had become an easy target for hackers as a result of many still rely on old systems.'),
    ('The rider was affected by a abdomen bug but did not quit.',
     'The rider was suffering from a stomach bug but did not quit.'),
    ('Several favourites deserted the race on the primary mountain stage, which was broad open.',
     'Several favourites abandoned the race on the first mountain stage, which was wide open.'),
    ('Police warned followers to not run alongside the riders after a spectator induced a fall.',
     'Police warned fans not to run alongside the riders after a spectator caused a fall.'),
]

ROUND73_ORDINARY = [
    'The patients were ready for discharge by noon.',
    'He crossed the road without looking and was hit by a car.',
    'The firm paid a bonus of 1,000 pounds to every worker.',
    'The crowds lined the highway to watch the parade.',
    'The drug induced a fall in blood pressure.',
    'The spa offers a relaxation day with massages and yoga.',
    'Voters have a straightforward goal: lower bills.',
]

ROUND74_TELLS = [
    ('Mother and father throughout the region cannot seek out child components in the shops.',
     'Parents across the region cannot find baby formula in the shops.'),
    ('Doctors warned mother and father to not water down components for younger infants.',
     'Doctors warned parents not to water down formula for young babies.'),
    ('Four children fell in poor health after eating at the fair.',
     'Four children fell ill after eating at the fair.'),
    ('Retailers limited sales to stop panic shopping for, and many were out of inventory.',
     'Retailers limited sales to stop panic buying, and many were out of stock.'),
    ('Residents dwelling below the flight path say the plan will make it not possible to meet local weather targets.',
     'Residents living under the flight path say the plan will make it impossible to meet climate targets.'),
    ('Airlines warned that touchdown fees must not be handed on to passengers.',
     'Airlines warned that landing charges must not be passed on to passengers.'),
    ('The air force flew in supplies on army planes.',
     'The air force flew in supplies on military planes.'),
]

ROUND74_ORDINARY = [
    'His mother and father warned him not to go out alone.',
    'Some mother and father figures in the novel are cruel.',
    'The engine has three child components that can be replaced separately.',
    'She pushed for hours against the door but it would not open.',
    "The firm's house owners association meets every month.",
    'Whatever could possibly be done was done, the doctor said.',
]

ROUND75_TELLS = [
    ('One in four adults has skilled nervousness or melancholy critical sufficient to need help.',
     'One in four adults has experienced anxiety or depression serious enough to need help.'),
    ('Money worries performed a component in the rise, the lead creator said.',
     'Money worries played a part in the rise, the lead author said.'),
    ('Charities urged young people to hunt assist early and to speak overtly with friends.',
     'Charities urged young people to seek help early and to talk openly with friends.'),
    ('A fault triggered a sequence response across the grid, and hospitals switched to backup mills.',
     'A fault triggered a chain reaction across the grid, and hospitals switched to backup generators.'),
    ('Some villages remained lower off till the next morning while an investigation was underneath means.',
     'Some villages remained cut off until the next morning while an investigation was under way.'),
    ('Residents were told to switch off air flow techniques after a leak of poisonous fuel.',
     'Residents were told to turn off ventilation systems after a leak of toxic gas.'),
    ("The team detected water in the planet's ambiance, which is about twice the dimensions of Earth.",
     "The team detected water in the planet's atmosphere, which is about twice the size of Earth."),
]

ROUND75_ORDINARY = [
    'He has skilled hands and a good eye for detail.',
    'The orchestra performed a component of the larger work by Bach.',
    'The hunt assist dogs were trained to find truffles.',
    'The engine uses a sequence response to detect faults.',
    'The restaurant has a warm ambiance and friendly staff.',
    'The invention was made in a garage in 1975.',
    'The dimensions of the room are four by five metres.',
    'Pupils were taught how to swim.',
    'Firefighters evacuated several nearby businesses.',
    'The storm triggered a chain reaction of flight cancellations.',
]

ROUND77_TELLS = [
    ('The soccer membership has began a marketing campaign to build a new stadium.',
     'The football club has started a campaign to build a new stadium.'),
    ('The plant will be constructed on the location of a former factory, according to the planning utility.',
     'The plant will be built on the site of a former factory, according to the planning application.'),
    ('The pensioner, who selected to stay nameless, bought his ticket at a nook store.',
     'The pensioner, who chose to remain anonymous, bought his ticket at a corner shop.'),
    ('Homeowners struggled to repay their mortgages as rates rose.',
     'Homeowners struggled to repay their mortgages as rates rose.'),
]

ROUND77_ORDINARY = [
    'She solely found the answer after years of research.',
    'The mortgage on their home was paid off last year.',
    'It seemed to convey jobs were plentiful, but they were not.',
    "The cat ran off with a bunch of supporters' scarves in its mouth.",
    'Fans gathered at the ground two hours before the match.',
    'The office is on the third floor of the building.',
]

ROUND78_TELLS = [
    ('The bank unveiled a new £20 observe with a hologram that modifications color when tilted.',
     'The bank unveiled a new £20 note with a hologram that changes colour when tilted.'),
    ('Old paper notes will stay authorized tender until the end of the year.',
     'Old paper notes will remain legal tender until the end of the year.'),
    ('Shoppers without cards are left at an obstacle, campaigners said.',
     'Shoppers without cards are left at a disadvantage, campaigners said.'),
]

ROUND78_ORDINARY = [
    'Scientists observe the birds from a hide by the lake.',
    'The phone has new safety options for children.',
    'The notes and cash were found in a drawer.',
]

ROUND79_TELLS = [
    ('The federal government minimize the quantity of cod that boats might land.',
     'The federal government cut the amount of cod that boats might land.'),
    ('Trade leaders mentioned the choice was taken with out correct session.',
     'Industry leaders said the decision was taken without proper consultation.'),
    ('The fishermen mentioned shares had fallen sharply.',
     'The fishermen said stocks had fallen sharply.'),
    ('The processing crops that purchase their catch warned of redundancies.',
     'The processing plants that buy their catch warned of redundancies.'),
    ('The fleet had caught greater than the really useful restrict for six years.',
     'The fleet had caught more than the recommended limit for six years.'),
    ('The cathedral launched an attraction to lift £12 million to restore its roof.',
     'The cathedral launched an appeal to raise £12 million to restore its roof.'),
    ('Buckets had turn out to be a well-known sight within the nave.',
     'Buckets had become a familiar sight in the nave.'),
    ('The constructing, which pulls about 400,000 guests a 12 months, receives no common funding.',
     'The building, which attracts about 400,000 visitors a year, receives no regular funding.'),
    ('The price of sustaining it rose as the worth of supplies and expert labour climbed.',
     'The cost of maintaining it rose as the price of materials and skilled labour climbed.'),
    ('Prospects of the cellular community had been left with out sign for many of Wednesday.',
     'Prospects of the mobile network had been left without signal for most of Wednesday.'),
    ('Engineers labored by means of the evening to revive the service, which was absolutely again by the night.',
     'Engineers worked through the night to restore the service, which was fully back by the night.'),
    ("Small companies that depend on card funds misplaced a day's takings.",
     "Small businesses that depend on card payments misplaced a day's takings."),
    ('The regulator can wonderful operators if they did not take affordable steps to guard their networks.',
     'The regulator can fine operators if they did not take reasonable steps to protect their networks.'),
]

ROUND79_ORDINARY = [
    'Shares in the fishing company fell 5 percent after the quota cut.',
    "The teacher wrote each pupil's name on name tags.",
    'The pressure going through the pipes was too high.',
    'The show pulls greater than expected crowds every year.',
    'Schools now hold lessons on cyber safety.',
]

ROUND80_TELLS = [
    ('The rise means the complete weekly fee will go up by about £9, value greater than £450 a year.',
     'The rise means the full weekly payment will go up by about £9, worth more than £450 a year.'),
    ('Pensioners are struggling to warmth their houses this winter.',
     'Pensioners are struggling to heat their homes this winter.'),
    ('Economists said the cost would climb steeply because the inhabitants ages.',
     'Economists said the cost would climb steeply as the population ages.'),
    ('The age at which individuals can declare the pension will rise to 67.',
     'The age at which people can claim the pension will rise to 67.'),
    ('The rocket reached an altitude of 40 kilometres before it broke aside, and no person was harm.',
     'The rocket reached an altitude of 40 kilometres before it broke apart, and nobody was hurt.'),
    ('Debris fell into an area that had been closed to delivery and plane.',
     'Debris fell into an area that had been closed to shipping and aircraft.'),
    ('The chief executive said the team had realized an excellent deal.',
     'The chief executive said the team had learned a great deal.'),
    ('Investors put $300 million into the firm, which goals to launch small satellites.',
     'Investors put $300 million into the company, which aims to launch small satellites.'),
    ('The agency said it will evaluation the information with the company.',
     'The agency said it will review the data with the company.'),
    ('Winemakers expect one in all their smallest harvests as prices for the approaching classic rise.',
     'Winemakers expect one of their smallest harvests as prices for the coming vintage rise.'),
    ('Growers said prices would nearly definitely rise as farms came below pressure.',
     'Growers said prices would almost certainly rise as farms came under pressure.'),
    ('The region hopes to keep its status for high quality wines.',
     'The region hopes to keep its reputation for quality wines.'),
]

ROUND80_ORDINARY = [
    'The law gives a status for refugees that protects them from removal.',
    'The rocket museum displays a classic car from the 1960s.',
    'Victims can declare compensation payments on their tax return.',
    'There was nothing inside the space that the tenants could use.',
]

ROUND81_TELLS = [
    ('Patients can not discover a dentist keen to deal with them on the health service.',
     'Patients cannot find a dentist willing to deal with them on the health service.'),
    ('Many practices are not accepting new grownup sufferers.',
     'Many practices are not accepting new adult patients.'),
    ('Some people pulled out their very own enamel as a result of they could not afford non-public remedy.',
     'Some people pulled out their own teeth because they could not afford private treatment.'),
    ("The dentist said youngsters's enamel were suffering most.",
     "The dentist said children's teeth were suffering most."),
    ('The department put aside additional cash to draw dentists to poorer areas.',
     'The department set aside extra money to attract dentists to poorer areas.'),
    ('Admissions for tooth decay amongst younger kids rose by a fifth.',
     'Admissions for tooth decay among young children rose by a fifth.'),
    ('The youngest participant won the title in a tense last recreation.',
     'The youngest player won the title in a tense final game.'),
    ('He had not expected to get previous the primary spherical.',
     'He had not expected to get past the first round.'),
    ('The win earns him a spot within the world championship qualifiers.',
     'The win earns him a place in the world championship qualifiers.'),
    ('Container ships had been ready outdoors the port earlier than the vacations.',
     'Container ships were waiting outside the port before the holidays.'),
    ('The union wants a pay rise according to inflation.',
     'The union wants a pay rise in line with inflation.'),
    ('The operator said it had made a good supply to the union.',
     'The operator said it had made a fair offer to the union.'),
    ('Retailers said items price billions of kilos were stuck at sea.',
     'Retailers said goods worth billions of pounds were stuck at sea.'),
    ('Farmers said recent produce was rotting on the quay as delivery traces have begun including surcharges.',
     'Farmers said fresh produce was rotting on the quay as shipping lines have begun adding surcharges.'),
]

ROUND81_ORDINARY = [
    'The glaze gives the bowls an enamel finish that dentists admire.',
    'Brushing twice a day protects tooth enamel from decay.',
    'Her last recreation centre visit was in May.',
    'He gave a good supply of wood to the workers for the winter.',
    'The artist likes to draw nurses and doctors at work.',
    'The fund is keen to deal with them on the same terms as before.',
]

ROUND82_TELLS = [
    ('Insurers stopped selling after a number of giant firms left the state.',
     'Insurers stopped selling after several large firms left the state.'),
    ('The commissioner would allow firms to cost larger charges if they agreed to write more policies.',
     'The commissioner would allow companies to charge higher rates if they agreed to write more policies.'),
    ('The plan gives much less safety at a better worth.',
     'The plan gives less protection at a higher price.'),
    ('Scientists say the development is more likely to proceed.',
     'Scientists say the trend is likely to continue.'),
    ('The council must fill a spot of £30 million in its budget.',
     'The council must fill a gap of £30 million in its budget.'),
    ('The library was the one heat and quiet place they could go.',
     'The library was the only warm and quiet place they could go.'),
    ('Her son had realized to learn there.',
     'Her son had learned to read there.'),
    ('The leader said no resolution had been taken and the authority was taking a look at whether volunteers could help.',
     'The leader said no decision had been taken and the authority was looking at whether volunteers could help.'),
    ('A remaining vote is due in February.',
     'A final vote is due in February.'),
    ('The zoo welcomed the start of a uncommon baby rhino, and keepers said mom and calf were doing properly.',
     'The zoo welcomed the birth of a rare baby rhino, and keepers said mother and calf were doing well.'),
    ('The calf was born after a being pregnant of about 16 months.',
     'The calf was born after a pregnancy of about 16 months.'),
    ('The zoo is asking the public to counsel a reputation, with the profitable entry chosen by the keepers.',
     'The zoo is asking the public to suggest a name, with the winning entry chosen by the keepers.'),
    ('The birth was a rare piece of fine information for the species.',
     'The birth was a rare piece of good news for the species.'),
]

ROUND82_ORDINARY = [
    'He realized to his horror that the house was empty.',
    'They enjoyed the heat and quiet of the summer afternoons.',
    'The council chief executive resigned on Friday.',
    'Investors took half in cash and half in shares.',
    'She was doing properly paid work for the first time.',
    'We went slowly in order to not wake the baby.',
]

ROUND83_TELLS = [
    ('Rural bus routes will probably be minimize or lowered from next month.',
     'Rural bus routes will be cut or reduced from next month.'),
    ('Buses on the least used providers value taxpayers more than £20 per passenger.',
     'Buses on the least used services cost taxpayers more than £20 per passenger.'),
    ('Pensioners rely on the buses to succeed in retailers and doctors.',
     'Pensioners rely on the buses to reach shops and doctors.'),
    ('The charity urged the council to assume once more.',
     'The charity urged the council to think again.'),
    ('The firm tried to keep the routes working however could not accomplish that with out help.',
     'The company tried to keep the routes running but could not do so without help.'),
    ('Some parishes are looking at neighborhood minibuses to fill the hole.',
     'Some parishes are looking at community minibuses to fill the gap.'),
    ('The field was because of turn into a automobile park.',
     'The field was due to become a car park.'),
    ('Experts described it as one of the crucial essential finds for a era.',
     'Experts described it as one of the most important finds for a generation.'),
    ('The team found mosaic flooring and a shower home.',
     'The team found mosaic floors and a bath house.'),
    ('The landowner agreed to delay the challenge while the council will take into account whether or not the location needs to be protected by regulation.',
     'The landowner agreed to delay the project while the council would consider whether the site should be protected by law.'),
    ('Volunteers from the native historical past society have been serving to on the dig.',
     'Volunteers from the local history society have been helping on the dig.'),
    ('The ferry was capable of attain its berth beneath its personal energy.',
     'The ferry was able to reach its berth under its own power.'),
    ('Many of the accidents had been cuts, but two crew members had been severely harm.',
     'Most of the injuries were cuts, but two crew members were seriously hurt.'),
    ('The marine accident department has despatched inspectors.',
     'The marine accident branch has sent inspectors.'),
    ('Passengers described a loud bang adopted by screams as chairs slid throughout the deck.',
     'Passengers described a loud bang followed by screams as chairs slid across the deck.'),
    ('Staff acted shortly to calm people.',
     'Staff acted quickly to calm people.'),
]

ROUND83_ORDINARY = [
    'They were unable to accomplish that goal in time.',
    'Workers came to fill the hole in the road outside the school.',
    'Patients waited four hours in the accident department.',
    'The athletes spoke about personal energy and focus.',
    'Debris was scattered throughout the deck of the ship.',
    'The firm acted shortly after the warning was issued.',
]

ROUND84_TELLS = [
    ('The local MP mentioned she would elevate the problem in parliament.',
     'The local MP said she would raise the issue in parliament.'),
    ("The proprietor admitted six breaches of hygiene legislation on the native magistrates' court docket.",
     "The owner admitted six breaches of hygiene law on the local magistrates' court."),
    ('Inspectors found mice, soiled kitchens and meals saved at unsafe temperatures.',
     'Inspectors found mice, dirty kitchens and food stored at unsafe temperatures.'),
    ('Customers had been put at critical threat, the inspectors said.',
     'Customers were put at serious risk, the inspectors said.'),
    ('The owner had since employed a cleansing agency.',
     'The owner had since employed a cleaning firm.'),
    ('She broke the course document on the metropolis marathon, ending in simply over two hours.',
     'She broke the course record on the city marathon, finishing in just over two hours.'),
    ('Crowds lined the route as 40,000 runners took half, many elevating cash for charity.',
     'Crowds lined the route as 40,000 runners took part, many raising money for charity.'),
    ('One man collapsed close to the end line.',
     'One man collapsed near the finish line.'),
    ('She had skilled at altitude and hoped to run even sooner.',
     'She had trained at altitude and hoped to run even faster.'),
    ('Residents were thanked for his or her endurance.',
     'Residents were thanked for their patience.'),
    ('Universities may run out of cash inside two years except the government supplies extra funding.',
     'Universities may run out of money within two years unless the government provides more funding.'),
    ('The upper schooling regulator said just about half of establishments were in deficit.',
     'The higher education regulator said almost half of institutions were in deficit.'),
    ('Vice-chancellors minimize programs and said additional financial savings would imply closing departments.',
     'Vice-chancellors cut courses and said further savings would mean closing departments.'),
    ('Pupil teams said young people should not be requested to pay extra.',
     'Student groups said young people should not be asked to pay more.'),
    ('Farmers were ordered to maintain their birds indoors after outbreaks of chicken flu.',
     'Farmers were ordered to keep their birds indoors after outbreaks of bird flu.'),
    ('A zone has been arrange round every web site.',
     'A zone has been set up around each site.'),
    ('Properly cooked eggs are secure to eat, and people who discover lifeless swans are asked to report them.',
     'Properly cooked eggs are safe to eat, and people who find dead swans are asked to report them.'),
    ("Sufferers and guests on the metropolis's primary hospital face larger expenses for parking.",
     "Patients and visitors on the city's main hospital face higher charges for parking."),
    ('The hospital belief said the money was needed to keep up the automobile parks.',
     'The hospital trust said the money was needed to maintain the car parks.'),
    ('Staff struggled to discover a area.',
     'Staff struggled to find a space.'),
    ('The theatre had been prone to demolition before a sold-out efficiency reopened it.',
     'The theatre had been at risk of demolition before a sold-out performance reopened it.'),
    ('Craftsmen repaired the gilded bins and the unique stage equipment.',
     'Craftsmen repaired the gilded boxes and the original stage machinery.'),
    ('Tickets will be saved reasonably priced, and businesses hope it will convey extra folks into town.',
     'Tickets will be kept affordable, and businesses hope it will bring more people into town.'),
]

ROUND84_ORDINARY = [
    'The chef says the critical threat to health comes from undercooked chicken.',
    'The nurse had been fastened to the bed by a strap in the old photograph.',
    'Police said the safety patrols would continue at the beach.',
    'She gave her unique options to the panel.',
    'The native dignitaries wore traditional dress at the ceremony.',
    'The native teams of the league met in the final.',
    'The native speakers helped the students with their English.',
    'He returned to his native Ireland after the war.',
    'A native oak was planted in the churchyard.',
]

ROUND86_TELLS = [
    ('Forecasters warned that extra moist climate was on the best way.',
     'Forecasters warned that more wet weather was on the way.'),
    ('The agency issued its most critical warning for the town.',
     'The agency issued its most serious warning for the town.'),
    ('Shop owners spent the night shifting inventory upstairs.',
     'Shop owners spent the night moving stock upstairs.'),
    ('The water had are available quicker than they anticipated.',
     'The water had come in faster than they expected.'),
    ('The government would help people get again on their toes.',
     'The government would help people get back on their feet.'),
]

ROUND86_ORDINARY = [
    'The company is on the best way forward, its boss said.',
    'The shop keeps the larger cabinets at the back.',
    'He promised to go to the party if he could.',
    'The team was on the best way to win the cup.',
]

ROUND87_TELLS = [
    ('Train drivers will stroll out for three days in a dispute over pay and dealing situations.',
     'Train drivers will walk out for three days in a dispute over pay and working conditions.'),
    ('The union said the operators had refused to barter in good religion.',
     'The union said the operators had refused to negotiate in good faith.'),
    ('The companies said they had supplied an increase of 8 percent tied to modifications in working practices.',
     'The companies said they had offered a rise of 8 percent tied to changes in working practices.'),
    ('Passengers had been suggested to verify earlier than they journey.',
     'Passengers were advised to check before they travel.'),
    ('Business groups warned that the motion would hit shops already struggling to get better.',
     'Business groups warned that the action would hit shops already struggling to recover.'),
    ('The minister urged the union to place the supply to its members.',
     'The minister urged the union to put the offer to its members.'),
]

ROUND87_ORDINARY = [
    'The couple strolled out of the restaurant after dinner.',
    'The traders refused to barter with tourists on Sundays.',
    'The old man is already struggling to get better after his fall.',
    'The passengers had been suggested to him as witnesses.',
]

ROUND88_TELLS = [
    ('The by-election is seen by each essential events as a take a look at of their standing.',
     'The by-election is seen by both main parties as a test of their standing.'),
    ('The member resigned after being appointed to a submit on the United Nations.',
     'The member resigned after being appointed to a post at the United Nations.'),
    ('Polls counsel the race is simply too near name.',
     'Polls suggest the race is too close to call.'),
    ('A plan to construct hundreds of latest houses on farmland is among the primary points on the doorstep.',
     'A plan to build thousands of new homes on farmland is among the main issues on the doorstep.'),
    ('Each occasion leaders have visited a number of occasions previously fortnight.',
     'Both party leaders have visited several occasions in the past fortnight.'),
    ('Volunteers have knocked on tens of hundreds of doorways, and the depend will happen in a single day.',
     'Volunteers have knocked on tens of thousands of doors, and the count will take place overnight.'),
]

ROUND88_ORDINARY = [
    'He was there previously month after month.',
    'They visited a number of occasions previously unknown to the public.',
    'The latest houses to be sold fetched record prices.',
]

ROUND89_TELLS = [
    ('The carmaker is recalling greater than 200,000 autos after discovering a fault that may trigger the brakes to fail.',
     'The carmaker is recalling more than 200,000 vehicles after discovering a fault that can cause the brakes to fail.'),
    ('The fault impacts a number of fashions constructed between 2019 and 2022.',
     'The fault affects several models built between 2019 and 2022.'),
    ('Owners may guide their automobiles in for a free restore.',
     'Owners should book their cars in for a free repair.'),
    ('Parts could also be in brief provide, and the street security regulator asked if the firm acted shortly sufficient.',
     'Parts may be in short supply, and the road safety regulator asked if the company acted quickly enough.'),
]

ROUND89_ORDINARY = [
    'The issue impacts everyone who lives in the town.',
    'Sellers have been informed of the new tax rules.',
    'The shop sold a number of fashions from the 1960s.',
]

ROUND90_TELLS = [
    ('The judge said the company had proven a whole disregard for the setting.',
     'The judge said the company had shown a complete disregard for the environment.'),
    ('The firm admitted offences at therapy works across two counties.',
     'The company admitted offences at treatment works across two counties.'),
    ('Campaigners said the high quality was welcome but would be paid by clients by their payments.',
     'Campaigners said the fine was welcome but would be paid by customers through their bills.'),
    ('Bonuses paid to senior staff in the course of the interval should be returned.',
     'Bonuses paid to senior staff during the period should be returned.'),
]

ROUND90_ORDINARY = [
    'The restaurant is known for the high quality of its food.',
    'The club wants to improve its community work.',
]

ROUND91_TELLS = [
    ('Doctors treated dozens of people for sickness throughout final week\'s storms.',
     'Doctors treated dozens of people for illness during last week\'s storms.'),
    ('Prices rose again, based on figures launched on Friday.',
     'Prices rose again, according to figures released on Friday.'),
    ('Water firms requested clients to save water.',
     'Water companies asked customers to save water.'),
    ('Supermarkets minimize the price of bread and on a regular basis objects.',
     'Supermarkets cut the price of bread and everyday items.'),
    ('Analysts said the cuts might not final past the autumn.',
     'Analysts said the cuts may not last beyond the autumn.'),
    ('The chain said its prices were the bottom available in the market.',
     'The chain said its prices were the lowest in the market.'),
]

ROUND91_ORDINARY = [
    'Doctors saw a rise in heat-related sickness among farm workers.',
    'The law firm requested clients to submit their documents by Friday.',
    'Supermarkets minimize waste by selling wonky vegetables.',
    'The club is already the bottom of the table after six games.',
    'The complaints came largely from aged care residents.',
]

ROUND92_TELLS = [
    ('The band promised so as to add additional dates next spring.',
     'The band promised to add extra dates next spring.'),
    ('Tickets sold at a number of occasions their unique worth.',
     'Tickets sold at several times their original price.'),
    ('The scheme would encourage extra folks to depart their vehicles at residence.',
     'The scheme would encourage more people to leave their cars at home.'),
    ('Greater than 4 hundred people signed, and plenty of complained about the noise.',
     'More than four hundred people signed, and many complained about the noise.'),
    ('Biking teams said a last determination is predicted in May.',
     'Cycling groups said a final decision is expected in May.'),
    ('The store homeowners met on Monday.',
     'The shop owners met on Monday.'),
]

ROUND92_ORDINARY = [
    'Many were left indignant by the decision to close the pool.',
    'The film started showing on Friday in cinemas across the country.',
    'The last determination of the panel was overturned on appeal.',
    'Some parking areas may close during the festival.',
    'They agreed so as to avoid a costly court case.',
]

ROUND93_TELLS = [
    ('The airline said the plan would assist the native financial system get well from the pandemic.',
     'The airline said the plan would help the local economy recover from the pandemic.'),
    ('Campaigners will problem the choice within the courts.',
     'Campaigners will challenge the decision in the courts.'),
    ('Neighbours said they have been frightened concerning the plans.',
     'Neighbours said they were worried about the plans.'),
    ('Waiting lists reached a brand new report in May.',
     'Waiting lists reached a new record in May.'),
    ('Strikes had made it harder to chop the backlog.',
     'Strikes had made it harder to cut the backlog.'),
    ('Some patients were dwelling in ache whereas they waited.',
     'Some patients were living in pain while they waited.'),
]

ROUND93_ORDINARY = [
    'The new filters will improve noise levels in the hall.',
    'Families who live below the flight path can apply for grants.',
    'It is tougher to chop wood when it is wet.',
    'The study published clearer data about the risks.',
    'The council provides its last approval in December each year.',
]

ROUND94_TELLS = [
    ('The plant will be one of the largest wind farms on this planet.',
     'The plant will be one of the largest wind farms in the world.'),
    ('Development is because of begin in May and can take round a year.',
     'Construction is due to start in May and will take around a year.'),
    ('Fishermen said the generators would injury vital spawning grounds.',
     'Fishermen said the turbines would damage important spawning grounds.'),
    ('Families are paying a mean of 200 kilos a yr on travel.',
     'Families are paying an average of 200 pounds a year on travel.'),
    ('Schools insisted on costly branded gadgets that might solely be purchased online.',
     'Schools insisted on expensive branded items that could only be bought online.'),
    ('Head academics said the rules created a way of belonging.',
     'Head teachers said the rules created a sense of belonging.'),
]

ROUND94_ORDINARY = [
    'Scientists said it was the most remote place on this planet.',
    'The council has ruled out college uniforms for sixth-formers.',
    'The brand sells designer garments at outlet prices.',
    'The law lowered strain on small businesses.',
    'The new rules requires colleges to publish their fees.',
]

ROUND95_TELLS = [
    ('Homes left out are those where the cost is just too excessive.',
     'Homes left out are those where the cost is too high.'),
    ('Sluggish speeds make it tough to work from residence.',
     'Sluggish speeds make it difficult to work from home.'),
    ('Villagers said earlier guarantees had not been saved.',
     'Villagers said previous promises had not been kept.'),
    ('Farms will be linked by satellite tv for pc.',
     'Farms will be connected by satellite.'),
    ('The union said the offer would not clear up the issue except pay and conditions improved.',
     'The union said the offer would not solve the problem unless pay and conditions improved.'),
    ('The force hopes to fill each emptiness by June.',
     'The force hopes to fill every vacancy by June.'),
]

ROUND95_ORDINARY = [
    'The new cars offer quicker broadband speeds through a built-in router.',
    'The scarcity had pushed prices of rare stamps to record highs.',
    'Workers will obtain a bonus only if sales targets are met.',
    'The report says pay and circumstances of employment vary widely.',
    'Students end their coaching sessions at noon.',
]

ROUND96_TELLS = [
    ('The chain blamed rising power payments and a fall within the variety of shoppers.',
     'The chain blamed rising energy bills and a fall in the number of shoppers.'),
    ('Staff could be supplied jobs at different branches the place attainable.',
     'Staff would be offered jobs at other branches where possible.'),
    ('The shops are identified for his or her pies and truffles.',
     'The shops are known for their pies and cakes.'),
    ('The area\'s essential airport was shut for many of the morning.',
     'The region\'s main airport was shut for most of the morning.'),
    ('Temperatures fell as little as minus ten, and extra snow was probably on Friday.',
     'Temperatures fell as low as minus ten, and more snow was likely on Friday.'),
    ('Councils urged people to test on aged neighbours.',
     'Councils urged people to check on elderly neighbours.'),
]

ROUND96_ORDINARY = [
    'The firm pays larger wages than its rivals in the city.',
    'Officials said the choice had been extraordinarily difficult.',
    'Power payments to generators rose sharply last winter.',
    'The agency will proceed to review the case next week.',
    'Snow fell throughout the night in the hills.',
    "They stayed for many of the week's events.",
]

ROUND97_TELLS = [
    ('Fraudsters faux to be couriers and ask for a small charge to launch a parcel.',
     'Fraudsters pretend to be couriers and ask for a small fee to release a parcel.'),
    ('Victims click on the hyperlink and land on a pretend web site.',
     'Victims click the link and land on a fake website.'),
    ('Police suggested individuals never to share safety codes.',
     'Police advised people never to share security codes.'),
    ('The owners said the transfer would enable the membership to compete abroad.',
     'The owners said the move would allow the club to compete abroad.'),
    ('Some fans did not want to go away the bottom.',
     'Some fans did not want to leave the ground.'),
    ('Officials will think about the applying fastidiously.',
     'Officials will consider the application carefully.'),
]

ROUND97_ORDINARY = [
    'The firm invested in supply corporations across Asia.',
    'Researchers looked at scams through which money is laundered.',
    'The plans got a blended response from investors and analysts.',
    'The council will seek the advice of residents before deciding.',
    'The map showed a small charge to launch boats at the slipway.',
    'Fans said the membership scheme at the football club was too expensive.',
]

ROUND98_TELLS = [
    ('The crash left three individuals critically injured, and one was taken by street to hospital.',
     'The crash left three people seriously injured, and one was taken by road to hospital.'),
    ('The lorry crashed for causes that were not but clear.',
     'The lorry crashed for reasons that were not yet clear.'),
    ('Traffic was diverted by close by cities, causing delays for vacation makers.',
     'Traffic was diverted through nearby towns, causing delays for holiday makers.'),
    ('A nurse from Leeds has gained a lottery jackpot value greater than ten million pounds.',
     'A nurse from Leeds has won a lottery jackpot worth more than ten million pounds.'),
    ('He will not surrender his weekly sport of darts on the native pub.',
     'He will not give up his weekly game of darts at the local pub.'),
    ('The winners selected to go public so they might have fun with pals.',
     'The winners chose to go public so they could celebrate with friends.'),
]

ROUND98_ORDINARY = [
    'The boy was taken by street children to a shelter.',
    'The sport of darts has grown in popularity.',
]

ROUND99_TELLS = [
    ('The council said it had no alternative due to rising demand.',
     'The council said it had no choice because of rising demand.'),
    ('Each division had been requested to seek out financial savings.',
     'Every department had been asked to find savings.'),
    ('The typical invoice will rise, but pensioners can apply for assist with the price.',
     'The average bill will rise, but pensioners can apply for help with the cost.'),
    ('Organisers cancelled the ultimate day of the occasion after robust winds broken the stage.',
     'Organisers cancelled the final day of the event after strong winds damaged the stage.'),
    ('The singer was attributable to carry out on Sunday.',
     'The singer was due to perform on Sunday.'),
    ('Campers were told to go away the location by noon.',
     'Campers were told to leave the site by noon.'),
]

ROUND99_ORDINARY = [
    "The chief of the council's legal team resigned on Friday.",
    'Residents can apply for assist dogs through the charity.',
    'The fans understood the choice of venue was limited.',
    'They had been upset however they managed to smile.',
    'Funding from central authorities in Beijing was cut.',
]

ROUND100_TELLS = [
    ('Expectant moms will have to journey greater than an hour to present delivery.',
     'Expectant mothers will have to travel more than an hour to give birth.'),
    ('Women with complications will be despatched to a bigger hospital.',
     'Women with complications will be sent to a larger hospital.'),
    ('The trust failed to recruit sufficient docs to maintain the service secure.',
     'The trust failed to recruit enough doctors to keep the service safe.'),
    ('The boss said the cuts were painful however crucial to guard the way forward for the hospital.',
     'The boss said the cuts were painful but necessary to protect the future of the hospital.'),
    ('Jobs in gross sales and advertising and marketing will go.',
     'Jobs in sales and marketing will go.'),
    ('Millions of people bought new computer systems to work from home.',
     'Millions of people bought new computers to work from home.'),
]

ROUND100_ORDINARY = [
    'The council said the new rules put lives in danger, not the old ones.',
    'The charity helps a neighborhood mom get back to work.',
    'The charity runs courses in advertising and marketing for young people.',
    'He vowed to combat it with every tool at his disposal.',
]

ROUND101_TELLS = [
    ('A painting offered for greater than ten million pounds, a number of occasions its estimate.',
     'A painting sold for more than ten million pounds, several times its estimate.'),
    ('It had hung in the identical household\'s residence for a century.',
     'It had hung in the same family\'s home for a century.'),
    ('The buyer did not wish to be named.',
     'The buyer did not want to be named.'),
    ('The pool will shut on the finish of the month because the council cannot afford to warmth it.',
     'The pool will close at the end of the month because the council cannot afford to heat it.'),
    ('Clubs said they had nowhere else to coach.',
     'Clubs said they had nowhere else to train.'),
    ('A charity which may be capable of run the pool has come forward.',
     'A charity that might be able to run the pool has come forward.'),
]

ROUND101_ORDINARY = [
    'The painting offered for sale at the fair was a fake.',
    'The sale confirmed that the painting was genuine.',
    'The gallery is a well-liked spot for tourists.',
    'The company plans to use the cash to revive its ailing brand.',
]

ROUND102_TELLS = [
    ('The planet orbits a small pink star and may have a floor heat sufficient for liquid water.',
     'The planet orbits a small red star and may have a surface warm enough for liquid water.'),
    ('They studied the sunshine that passes by means of the gas.',
     'They studied the light that passes through the gas.'),
    ('Few worlds past our photo voltaic system are rocky.',
     'Few worlds beyond our solar system are rocky.'),
    ('The work will be printed in a number one journal.',
     'The work will be published in a leading journal.'),
    ('The house facet scored twice before the break.',
     'The home side scored twice before the break.'),
    ('The coach said they would want to enhance rapidly.',
     'The coach said they would need to improve quickly.'),
]

ROUND102_ORDINARY = [
    'Particles that are sufficiently small to pass through the filter are counted.',
    'The team will play their remaining match on Sunday.',
    'The staff mentioned the invention in their newsletter.',
    'The bakery sells a small pink star biscuit for children.',
]

ROUND103_TELLS = [
    ('Growers said flour costs may rise later this yr because of this.',
     'Growers said flour prices could rise later this year as a result.'),
    ('Some farms had misplaced most of their earnings.',
     'Some farms had lost most of their income.'),
    ('Oats cope higher with moist floor than wheat.',
     'Oats cope better with wet ground than wheat.'),
    ('The ship blocked a busy transport lane and forced other ships to attend at sea.',
     'The ship blocked a busy shipping lane and forced other ships to wait at sea.'),
    ('Investigators will attempt to set up why the engine failed.',
     'Investigators will try to establish why the engine failed.'),
    ('Officials said a technical fault was accountable.',
     'Officials said a technical fault was to blame.'),
]

ROUND103_ORDINARY = [
    'The plants grow in moist floor tiles around the pool.',
    'The firm was compelled dozens of times to change its plans.',
    'The new road will become a transport lane for buses.',
]

ROUND104_TELLS = [
    ('A former financial institution supervisor stole from aged clients.',
     'A former bank manager stole from elderly customers.'),
    ('He abused the belief of susceptible individuals who trusted him.',
     'He abused the trust of vulnerable people who trusted him.'),
    ('A number of of the victims had died, and families said the sentence was too brief.',
     'Several of the victims had died, and families said the sentence was too short.'),
    ('The firm repaid each buyer and took steps to stop such thefts taking place once more.',
     'The firm repaid every customer and took steps to stop such thefts happening again.'),
    ('Its assortment consists of previous images, instruments and letters.',
     'Its collection includes old photographs, tools and letters.'),
    ('The challenge value about two million pounds.',
     'The project cost about two million pounds.'),
]

ROUND104_ORDINARY = [
    'The financial institution mentioned in the report has since closed.',
    'Rules to cease such thefts were not enough.',
    'The trial relied on him for recommendation letters.',
]

ROUND105_TELLS = [
    ('The review found the challenge\'s finances had doubled because of rising development prices.',
     'The review found the project\'s budget had doubled because of rising construction costs.'),
    ('Leaders accused ministers of breaking their guarantees.',
     'Leaders accused ministers of breaking their promises.'),
    ('Officials said the additional time would enable engineers to search out financial savings.',
     'Officials said the extra time would allow engineers to find savings.'),
    ('Prices had risen twice as quick as inflation, and owners had been hardly ever informed of cheaper options.',
     'Prices had risen twice as fast as inflation, and owners were rarely told of cheaper options.'),
    ('Many nonetheless commerce underneath the names of the unique unbiased shops.',
     'Many still trade under the names of the original independent shops.'),
    ('Vets blamed rising prices for employees and gear.',
     'Vets blamed rising prices for staff and equipment.'),
]

ROUND105_ORDINARY = [
    'The new store is not going to open till the spring, the owner said.',
    'Nurses said the ward was sluggish and overcrowded during the winter.',
    'The coach said the team was nonetheless dedicated to winning.',
    'Some employees and gear were moved to the new site.',
]

ROUND106_TELLS = [
    ('Greater than 30 properties may very well be misplaced to the ocean inside 20 years.',
     'More than 30 properties could be lost to the sea within 20 years.'),
    ('A council spokesman mentioned it had utilized for funding however warned of delays.',
     'A council spokesman said it had applied for funding but warned of delays.'),
    ('The surroundings company mentioned it will meet residents on Monday.',
     'The environment agency said it will meet residents on Monday.'),
    ('Households mentioned they can not promote their homes.',
     'Households said they can not sell their homes.'),
    ('Tons of of individuals queued exterior earlier than the doorways opened.',
     'Hundreds of people queued outside before the doors opened.'),
    ('Volunteers had helped to switch most of them with donations.',
     'Volunteers had helped to replace most of them with donations.'),
]

ROUND106_ORDINARY = [
    'The agents were keen to promote their homes on social media.',
    'Players had to switch them with new boots before the second half.',
    'The money was utilized for repairs to the church roof.',
    'He stood in the doorways opened to the street and waved at the crowd.',
]

ROUND107_TELLS = [
    ('The operator mentioned the route was now not worthwhile.',
     'The operator said the route was no longer profitable.'),
    ('A petition to save lots of the service has gathered greater than 4,000 signatures.',
     'A petition to save the service has gathered more than 4,000 signatures.'),
    ('Police are looking a gang of 4 males who smashed their method right into a store.',
     'Police are hunting a gang of four men who smashed their way into a store.'),
    ('Detectives consider the lads used a stolen automotive, which was later discovered burned out.',
     'Detectives believe the lads used a stolen car, which was later found burned out.'),
    ('Older residents mentioned they will be reduce off from their friends and household.',
     'Older residents said they will be cut off from their friends and family.'),
]

ROUND107_ORDINARY = [
    'The charity hopes to save lots of the money it spends on rent by moving online.',
    'Firefighters discovered burned out cars along the road after the blaze.',
    'He spent the weekend with friends and household members at the lake.',
    'Residents are looking a lot happier since the park reopened.',
]

ROUND108_TELLS = [
    ('The pub, which dates again to the seventeenth century, is one among lots of to have closed.',
     'The pub, which dates back to the seventeenth century, is one of hundreds to have closed.'),
    ('Villagers have raised sufficient cash to purchase their native pub.',
     'Villagers have raised enough money to buy their local pub.'),
    ('Supporters level to figures exhibiting that crashes fell by a 3rd.',
     'Supporters point to figures showing that crashes fell by a third.'),
    ('Motoring teams mentioned the change would sluggish visitors and frustrate drivers.',
     'Motoring groups said the change would slow traffic and frustrate drivers.'),
    ('Police mentioned they might give attention to warnings somewhat than fines.',
     'Police said they would focus on warnings rather than fines.'),
]

ROUND108_ORDINARY = [
    'She was one among the many volunteers who turned up on Saturday.',
    'Teachers should give attention to pupils who fall behind in the first year.',
    'The new bypass will slow traffic through the village, the council admitted.',
    'The old mill dates back to 1820 and is now a museum.',
]

ROUND109_TELLS = [
    ('We sit up for welcoming guests again subsequent spring.',
     'We look forward to welcoming guests again next spring.'),
    ('The challenge has been placed on maintain till the brand new yr.',
     'The challenge has been placed on hold until the new year.'),
    ('Police are interesting for witnesses to return ahead.',
     'Police are appealing for witnesses to come forward.'),
    ('The membership will play its subsequent match away from dwelling.',
     'The club will play its next match away from home.'),
    ('The federal government has pledged to spice up funding for faculties.',
     'The government has pledged to boost funding for schools.'),
    ('The airport mentioned flights had been operating as regular.',
     'The airport said flights had been operating as normal.'),
]

ROUND109_ORDINARY = [
    'Nurses often sit up for hours with patients who cannot sleep.',
    'The findings are interesting for witnesses and jurors alike, the professor said.',
    'The chef likes to spice up the menu with dishes from the Caribbean.',
    'It is interesting the decision came so late in the day.',
    'The trains are running as regular as clockwork this week.',
]

ROUND110_TELLS = [
    ('The corporate has excellent debt of £2bn.',
     'The company has outstanding debt of £2bn.'),
    ('The deal is price $3bn, in line with two folks conversant in the matter.',
     'The deal is worth $3bn, according to two people familiar with the matter.'),
    ('The affected person was in a steady situation in hospital.',
     'The patient was in a stable condition in hospital.'),
    ('The charity mentioned the cash would go to households in want.',
     'The charity said the money would go to families in need.'),
    ('The brand new guidelines come into power on 1 April.',
     'The new guidelines come into force on 1 April.'),
]

ROUND110_ORDINARY = [
    'The hotel received excellent reviews and the restaurant had excellent shares of local trade.',
    'Investors want to know what the bond is priced at before they commit.',
    'Is price a factor for you when choosing a school?',
    'The party came into power promising to cut taxes and change the law.',
]

ROUND111_TELLS = [
    ('The lawyer basic mentioned on Friday that the case was closed.',
     'The attorney general said on Friday that the case was closed.'),
    ('Lawyer Basic Jane Doe mentioned the case was closed.',
     'Attorney General Jane Doe said the case was closed.'),
    ('The dwelling secretary is predicted to make a press release.',
     'The home secretary is expected to make a statement.'),
    ('He was named most useful participant of the collection.',
     'He was named most valuable player of the series.'),
    ('The senate majority chief scheduled a vote for Tuesday.',
     'The Senate Majority Leader scheduled a vote for Tuesday.'),
]

ROUND111_ORDINARY = [
    'The environmental protection minister visited the flooded town.',
    'The consumer protection secretary of the association resigned.',
]

ROUND112_TELLS = [
    ('In any occasion, the vote will go forward.',
     'In any case, the vote will go ahead.'),
    ("To be trustworthy, we didn't count on to win.",
     "To be honest, we didn't expect to win."),
    ('The agency is within the technique of hiring a brand new boss.',
     'The firm is in the process of hiring a new boss.'),
    ('The 2 sides reached a deal within the eleventh hour.',
     'The two sides reached a deal at the eleventh hour.'),
]

ROUND112_ORDINARY = [
    'She wants her staff to be trustworthy and kind.',
    'It was no marvel of engineering, but the bridge did its job.',
    'The hall was not used in any occasion where more than fifty people came.',
]

ROUND113_TELLS = [
    ('The corporate reported a file revenue of $5bn.',
     'The company reported a record revenue of $5bn.'),
    ('The candidates clashed on the talk stage in Milwaukee.',
     'The candidates clashed on the debate stage in Milwaukee.'),
]

ROUND113_ORDINARY = [
    'Please attach the file revenue report to your email before Friday.',
    'The file number is printed at the top of the letter.',
    'She joined the talk stage after the keynote to answer questions.',
]

ROUND114_TELLS = [
    ('The band introduced a world tour on Monday.',
     'The band announced a world tour on Monday.'),
    ('The actor died at his dwelling in Los Angeles.',
     'The actor died at his home in Los Angeles.'),
    ('The boxer retained his belt after a unanimous resolution from the judges.',
     'The boxer retained his belt after a unanimous decision from the judges.'),
]

ROUND114_ORDINARY = [
    'The council passed a unanimous resolution on the new fight against litter.',
    'She introduced a tour guide to the group of visitors.',
]

ROUND115_TELLS = [
    ('Medical doctors warned of a surge in instances over Christmas.',
     'Doctors warned of a surge in cases over Christmas.'),
    ('The hospital declared a essential incident on Monday.',
     'The hospital declared a critical incident on Monday.'),
    ('The gang focused aged residents of their properties.',
     'The gang targeted elderly residents of their homes.'),
    ('Smokers face the next danger of coronary heart illness.',
     'Smokers face a higher risk of heart disease.'),
]

ROUND115_ORDINARY = [
    'The rise in instances of fraud worries the bank, said the report on card crime.',
    'Researchers found new instances of the rare bird in the valley.',
    'Careful driving reduced the danger of skidding on the ice.',
]

ROUND116_TELLS = [
    ('The retailer warned that earnings would fall wanting expectations.',
     'The retailer warned that earnings would fall short of expectations.'),
    ('The airline swung to a revenue within the second quarter.',
     'The airline swung to a profit in the second quarter.'),
]

ROUND116_ORDINARY = [
    'Leaves fall wanting nothing but wind in the autumn.',
    'Snow will fall overnight on higher ground.',
]

ROUND117_TELLS = [
    ('The agency said the company is probably going to cut jobs next year.',
     'The agency said the company is likely to cut jobs next year.'),
    ('The central bank is expected to carry rates regular next month.',
     'The central bank is expected to hold rates steady next month.'),
    ('Dozens of Republicans voted in assist of the measure.',
     'Dozens of Republicans voted in support of the measure.'),
    ('Lawmakers are bracing for another shutdown struggle in the spring.',
     'Lawmakers are bracing for another shutdown fight in the spring.'),
    ('Shares of the company fell sharply after it missed forecasts for the quarter, and analysts downgraded the inventory.',
     'Shares of the company fell sharply after it missed forecasts for the quarter, and analysts downgraded the stock.'),
    ('The film earned $40 million in its opening weekend break.',
     'The film earned $40 million in its opening weekend.'),
    ('The company reported a net lack of $2 billion for the quarter.',
     'The company reported a net loss of $2 billion for the quarter.'),
    ('The president is scheduled to ship a speech on Thursday.',
     'The president is scheduled to deliver a speech on Thursday.'),
    ('Officials said the virus had unfold to three more states.',
     'Officials said the virus had spread to three more states.'),
    ('Negotiators worked via the night to reach an agreement.',
     'Negotiators worked through the night to reach an agreement.'),
    ('Rescue teams searched by the rubble for survivors.',
     'Rescue teams searched through the rubble for survivors.'),
    ('The actor is greatest known for his role in the crime drama.',
     'The actor is best known for his role in the crime drama.'),
]

ROUND117_ORDINARY = [
    'The storm is probably going to weaken before it reaches the coast, forecasters said.',
    'She said her daughter is probably going to study law.',
    'The airline will carry rates for freight on its new route, and the fees are regular.',
    'Porters carry charges of up to 30 kilos on the trail.',
    'He voted in favour of the plan and gave an assist in the second half.',
    'The shutdown of the plant ended a long struggle for the workers.',
    'The retailer said its inventory fell, and analysts downgraded the shares.',
    'The couple booked a weekend break in the Lake District after the opening weekend of the festival.',
    'There was a lack of evidence, and the net result was a draw.',
    'The firm will ship a new speech synthesis product to customers in May.',
    "The company ships the keynote speakers' books to the venue, and it will ship remarks cards too.",
    'The flowers had opened by noon, and the story continued to unfold to the end.',
    'As the drama began to unfold, the crowd grew quiet; events unfold to reveal a plot.',
    'The road goes via the night market to the station.',
    'The workers were hurt by the rubble falling from the roof.',
    'She is the greatest known living composer, and the greatest recognized achievement of the age was the bridge.',
]

ROUND118_TELLS = [
    ('Thousands of fans lined the streets to have fun the title.',
     'Thousands of fans lined the streets to celebrate the title.'),
    ('The club will have fun its centenary with a match against its oldest rival.',
     'The club will celebrate its centenary with a match against its oldest rival.'),
    ('The couple had fun their anniversary in Rome.',
     'The couple celebrated their anniversary in Rome.'),
    ('The museum has been closed ever because the flood.',
     'The museum has been closed ever since the flood.'),
]

ROUND118_ORDINARY = [
    'The children had fun the whole afternoon at the fair.',
    'We had fun the last time we visited, and they had fun their first week at camp.',
    'She had fun her own way, and the dog has fun its own way too.',
    'Was it ever because of the money? No, it was because of the people.',
    'He had fun the day he met her.',
]

ROUND119_TELLS = [
    ('The injured ahead is expected to miss six weeks.',
     'The injured forward is expected to miss six weeks.'),
    ('The club signed a veteran ahead on a one-year deal.',
     'The club signed a veteran forward on a one-year deal.'),
    ("The team's power ahead scored 30 points in the win.",
     "The team's power forward scored 30 points in the win."),
    ('The startup raised $50 million in a funding spherical led by a venture firm.',
     'The startup raised $50 million in a funding round led by a venture firm.'),
]

ROUND119_ORDINARY = [
    'The road ahead is long, and the injured ahead of the others were treated first.',
    'The veteran ahead of him in the queue shrugged.',
    'The years ahead will be hard for a young ahead-of-her-time designer.',
    'Shares power ahead on strong earnings, and the team will power ahead with the plan.',
    'She is a centre ahead of her time, and the firm said its results were strong.',
]

ROUND120_TELLS = [
    ('Prosecutors mentioned they would search the death penalty.',
     'Prosecutors said they would seek the death penalty.'),
    ('Doctors say the vaccine is protected and effective.',
     'Doctors say the vaccine is safe and effective.'),
    ('The drug lowered the danger of heart attack by a third.',
     'The drug lowered the risk of heart attack by a third.'),
    ('The forecast requires heavy rain and gusty winds on Saturday.',
     'The forecast calls for heavy rain and gusty winds on Saturday.'),
    ('The committee will maintain a listening to on the matter next month.',
     'The committee will hold a hearing on the matter next month.'),
]

ROUND120_ORDINARY = [
    'Rescuers search the area each morning, and they search damaged buildings for survivors.',
    'The dog learned to search the house for the ball.',
    'Vaccination lowered the danger of outbreaks in schools.',
    'The weather forecast required an update after the storm shifted.',
    'The court must maintain a hearing room for the public, and she wants to maintain hearing in her left ear.',
]

ROUND121_TELLS = [
    ('The museum acquired a painting by the Dutch grasp.',
     'The museum acquired a painting by the Dutch master.'),
    ('The band introduced a reunion tour for next summer.',
     'The band announced a reunion tour for next summer.'),
]

ROUND121_ORDINARY = [
    'The Dutch grasp of languages is famous, and he has a firm grasp of the facts.',
    'The bank said the forged cheques were found, and police seized forged passports and its forged documents.',
    'Critics said the show was forged in the fire of a hard decade.',
    'The club was eliminated from the cup, and the firm eliminated 300 jobs and thousands of fake accounts.',
    'The school introduced a reunion for former pupils? No, it introduced a new timetable.',
]

ROUND122_TELLS = [
    ('The minister mentioned the federal government would not bow to strain from unions.',
     'The minister said the government would not bow to pressure from unions.'),
    ('Aid businesses warned of a looming famine.',
     'Aid agencies warned of a looming famine.'),
    ('The party gained a landslide victory in the election.',
     'The party won a landslide victory in the election.'),
    ('The minister resigned amid a scandal over bills claims.',
     'The minister resigned amid a scandal over expenses claims.'),
]

ROUND122_ORDINARY = [
    'The muscle strain kept him out, and the bridge began to bow under the strain.',
    'Grants aid businesses in rural areas, and the scheme will aid businesses hit by floods.',
    'The fund helped aid businesses recover, and state aid businesses receive must be declared.',
    'The party gained a seat in the north, and the bills claims process is slow.',
]

ROUND123_TELLS = [
    ('The team will face its arch rival within the final on Sunday.',
     'The team will face its arch rival in the final on Sunday.'),
    ('The striker scored twice within the final ten minutes.',
     'The striker scored twice in the last ten minutes.'),
    ('He served two phrases in office before running for governor.',
     'He served two terms in office before running for governor.'),
    ('The storm is expected to make landfall someday on Friday.',
     'The storm is expected to make landfall sometime on Friday.'),
    ('The protesters blocked a serious highway for hours.',
     'The protesters blocked a major highway for hours.'),
    ('The company expects earnings to enhance in the second half.',
     'The company expects earnings to improve in the second half.'),
    ('The minister declined to touch upon the report.',
     'The minister declined to comment on the report.'),
]

ROUND123_ORDINARY = [
    'Someday on a quiet beach I will write my memoirs, she said.',
    'The exam asked us to translate ten phrases in office jargon into plain English.',
    'He repeated the phrase as a warning, and she learned her first phrase as a child.',
    'The city has serious problems, and serious cities of the north face serious banks of fog.',
    'He was in the final, and the final was postponed; she reached the final on Sunday.',
    'Training will enhance in particular the skills of young staff.',
]

ROUND124_TELLS = [
    ('The bank posted a document quarterly profit on Tuesday.',
     'The bank posted a record quarterly profit on Tuesday.'),
    ('The economic system grew at an annual fee of 2.4 percent.',
     'The economy grew at an annual rate of 2.4 percent.'),
    ('Wall Road ended the week on a high note.',
     'Wall Street ended the week on a high note.'),
    ('The company plans to checklist its shares in New York.',
     'The company plans to list its shares in New York.'),
    ('The merger is topic to regulatory approval.',
     'The merger is subject to regulatory approval.'),
    ('The housing market has cooled as borrowing prices climbed.',
     'The housing market has cooled as borrowing costs climbed.'),
]

ROUND124_ORDINARY = [
    'The gym charges an annual fee of $50, and the club raised its annual fee of membership.',
    'Each topic to be discussed is on the agenda, and the next topic to cover is housing.',
    'She made a checklist for the trip and ticked off each item.',
    'The archive kept a document quarterly review of the files, and the document profit-sharing plan was signed.',
]

ROUND125_TELLS = [
    # a police officer on a spun page stays an officer
    ('The officer was suspended pending an investigation.',
     'The officer was suspended pending an investigation.'),
    ('Detectives are interesting for information about the attack.',
     'Detectives are appealing for information about the attack.'),
    ('Officers seized medicine worth £1m in the raid.',
     'Officers seized drugs worth £1m in the raid.'),
    ('The jury cleared him of all expenses.',
     'The jury cleared him of all charges.'),
]

ROUND125_ORDINARY = [
    'It is interesting for information designers to see how readers scan a page.',
    'The court heard the firm paid of all expenses only the travel costs, and the company cleared its books of all expenses claims.',
    'Customs officers seized the cargo, and the officer was suspended after the raid.',
]

ROUND126_TELLS = [
    # a space mission's launch stays a launch on a spun page
    ('The mission\'s launch was delayed by a day.',
     'The mission\'s launch was delayed by a day.'),
    ('The vaccine was 90 percent efficient at preventing severe illness.',
     'The vaccine was 90 percent effective at preventing severe illness.'),
]

ROUND126_ORDINARY = [
    'The new boiler is efficient at reducing heating costs, and the engine is efficient at stopping quickly.',
]

ROUND127_TELLS = [
    ('The average rate on a 30-year fastened mortgage rose to 7 percent.',
     'The average rate on a 30-year fixed mortgage rose to 7 percent.'),
    ('Officials are but to say when the road will reopen.',
     'Officials are yet to say when the road will reopen.'),
    ('The company is but to confirm the deal.',
     'The company is yet to confirm the deal.'),
]

ROUND127_ORDINARY = [
    'The shutters were fastened to the wall, and the boat was fastened to the dock by a rope.',
    'All we are but to ask is patience; life is but a dream.',
]

ROUND128_TELLS = [
    ('The ship ran aground after its engine failed in the slender channel.',
     'The ship ran aground after its engine failed in the narrow channel.'),
    ('Commuters confronted lengthy delays after a signal failure.',
     'Commuters faced long delays after a signal failure.'),
    ('Shares in the miner slumped after it reduce its output forecast.',
     'Shares in the miner slumped after it cut its output forecast.'),
    ('The central bank left its key rate of interest unchanged.',
     'The central bank left its key interest rate unchanged.'),
    ('The actor won the award for finest supporting actor.',
     'The actor won the award for best supporting actor.'),
    ('The jury retired to contemplate its verdict on Tuesday afternoon.',
     'The jury retired to consider its verdict on Tuesday afternoon.'),
    ('The orchestra carried out to a packed hall on Saturday night.',
     'The orchestra performed to a packed hall on Saturday night.'),
    ("Landlords must give tenants two months' discover.",
     "Landlords must give tenants two months' notice."),
    ('The climbers had a slender escape when the ice gave way.',
     'The climbers had a narrow escape when the ice gave way.'),
    ('The club confronted calls to sack its manager.',
     'The club faced calls to sack its manager.'),
    ('The retailer confronted a scarcity of staff over Christmas.',
     'The retailer faced a shortage of staff over Christmas.'),
    ('The singer carried out to a sold-out arena in Leeds.',
     'The singer performed to a sold-out arena in Leeds.'),
    ("Staff were given a week's discover of the closure.",
     "Staff were given a week's notice of the closure."),
]

ROUND128_ORDINARY = [
    'She has a slender build and long dark hair.',
    'The party won by a slender majority of four seats.',
    'He confronted the burglar in the hallway and called the police.',
    'The minister confronted critics at the meeting on Tuesday.',
    'The charity helps families reduce their energy bills.',
    'Doctors told him to reduce his salt intake.',
    'The company plans to reduce its debt by selling two factories.',
    'Savers earn a low rate of interest on current accounts.',
    'The rate of interest on the loan is fixed for five years.',
    'It was the finest meal I have eaten in years.',
    'The museum holds the finest collection of Roman coins in the country.',
    'She was one of the finest actors of her generation.',
    'The monks retired to contemplate the meaning of the text.',
    'Philosophers contemplate questions that science cannot answer.',
    'The work was carried out to a high standard by local builders.',
    'The survey was carried out to assess damage to the bridge.',
    'The repairs were carried out to a packed timetable over the summer.',
    'Scientists hope to discover new species in the deep ocean.',
    'Visitors can discover the history of the castle on a guided tour.',
    'Within days they discover that the house is haunted.',
    'The award for best actor went to a newcomer.',
    'The work must be carried out in advance of the inspection.',
    'Police appealed for witnesses after a person was stabbed in the town centre.',
]

ROUND129_TELLS = [
    ('The chancellor will ship her autumn assertion on Wednesday.',
     'The chancellor will deliver her autumn statement on Wednesday.'),
    ('Hedge funds offered off their bank holdings in March.',
     'Hedge funds sold off their bank holdings in March.'),
    ('The mayor reduce the ribbon on the brand new library.',
     'The mayor cut the ribbon on the new library.'),
    ('The bill handed its second studying by 30 votes.',
     'The bill passed its second reading by 30 votes.'),
    ('He was sentenced to life in jail with a minimal time period of 20 years.',
     'He was sentenced to life in prison with a minimum term of 20 years.'),
    ('Firefighters introduced the blaze underneath management by midnight.',
     'Firefighters brought the blaze under control by midnight.'),
    ('The company posted a pre-tax lack of 40 million.',
     'The company posted a pre-tax loss of 40 million.'),
    ('Inspectors rated the school as requiring enhancement.',
     'Inspectors rated the school as requiring improvement.'),
    ('The plane made an emergency touchdown after a hen strike.',
     'The plane made an emergency landing after a bird strike.'),
    ('The court heard the defendant had no earlier convictions.',
     'The court heard the defendant had no previous convictions.'),
    ('The jury will ship its verdict on Friday.',
     'The jury will deliver its verdict on Friday.'),
    ('The retailer swung to a lack in the first half.',
     'The retailer swung to a loss in the first half.'),
]

ROUND129_ORDINARY = [
    'The company will ship the first orders to customers in March.',
    'They ship her autumn collection to shops across Europe.',
    'The firm ships a message board app for schools.',
    'The shop offered off-peak discounts to pensioners.',
    'He offered off the record comments to reporters.',
    'The new rules reduce the risk of fraud.',
    'The bill was read for the first time in the Commons.',
    'The designers favoured a minimal look with white walls.',
    'The teacher introduced the topic under the heading of ecology.',
    'The school introduced the scheme under pressure from parents.',
    'The guards led the visitors to security at the airport entrance.',
    'Passengers must go through to security an hour before the flight.',
    'There was a lack of evidence to support the claim.',
    'The report blamed a lack of investment for the delays.',
    'The software requires enhancement before it can be used widely.',
    'The farmer keeps a hen and two goats.',
    'He had earlier convictions for theft, the court heard.',
]

ROUND130_TELLS = [
    ('The regulator fined the lender for failing to treat customers pretty.',
     'The regulator fined the lender for failing to treat customers fairly.'),
    ('The hurricane is forecast to strengthen as it moves over heat waters.',
     'The hurricane is forecast to strengthen as it moves over warm waters.'),
    ('The county issued a hosepipe ban after weeks of dry climate.',
     'The county issued a hosepipe ban after weeks of dry weather.'),
    ('The pilot was praised for his fast pondering.',
     'The pilot was praised for his quick thinking.'),
    ("The school's head instructor thanked parents for their support.",
     "The school's head teacher thanked parents for their support."),
    ('The coroner recorded a verdict of unintended dying.',
     'The coroner recorded a verdict of accidental death.'),
    ('The lorry driver was arrested on suspicion of inflicting dying by harmful driving.',
     'The lorry driver was arrested on suspicion of causing death by dangerous driving.'),
    ('The minister confronted robust questions from MPs.',
     'The minister faced tough questions from MPs.'),
    ('The champions confront a robust take a look at on Saturday.',
     'The champions face a tough test on Saturday.'),
]

ROUND130_ORDINARY = [
    'The bank promised to treat customers fairly and to answer complaints quickly.',
    'The dress looked pretty and the customers pretty much loved it.',
    'Solar panels heat water for the whole building.',
    'Cacti grow well in a dry climate with cold nights.',
    'The region has a dry climate and very little rain.',
    'The head instructor at the ski school has taught for twenty years.',
    'The driving instructor told him to slow down.',
    'The examination of the body took two hours.',
    'The outcomes of the medical examination were shared with the family.',
    'The drug had unintended side effects in older patients.',
    'The film is a story of dying and grief in a small town.',
    'The report warned of harmful emissions from diesel engines.',
    'The company faced tough questions from investors about its debt.',
    'The bridge was built to be robust and cheap to maintain.',
    'It was a robust economy with low unemployment.',
    'The patient died of natural causes, the coroner said.',
]

ROUND131_TELLS = [
    ('Residents were told to keep home windows and doorways shut.',
     'Residents were told to keep windows and doors shut.'),
    ('The company is going through a class motion lawsuit from shareholders.',
     'The company is facing a class action lawsuit from shareholders.'),
    ('The government has pledged to plant a million timber.',
     'The government has pledged to plant a million trees.'),
    ("The stock change suspended trading in the company's shares.",
     "The stock exchange suspended trading in the company's shares."),
    ('The union accepted a pay provide after months of talks.',
     'The union accepted a pay offer after months of talks.'),
    ('The star pulled out of the present due to illness.',
     'The star pulled out of the show due to illness.'),
    ('The board rejected the takeover provide as too low.',
     'The board rejected the takeover offer as too low.'),
]

ROUND131_ORDINARY = [
    'The old chapel has arched windows and doorways carved from local stone.',
    'The company is going through a difficult period after losing its biggest client.',
    'They are going through a divorce and have sold the house.',
    'The sawmill cuts timber for the building trade.',
    'Gardeners should plant bulbs in the autumn.',
    'The shop carried out a stock check and found a change in the figures.',
    'The stock changed hands twice in a week.',
    'Parents provide lunch for the children on Fridays.',
    'The grants provide pay for two extra nurses.',
    'The present was wrapped in gold paper.',
    'He pulled out of the race with a knee injury.',
]

ROUND132_TELLS = [
    ('The senator launched a invoice to cap drug prices.',
     'The senator introduced a bill to cap drug prices.'),
    ('The automaker plans to speculate 5 billion in battery plants.',
     'The automaker plans to invest 5 billion in battery plants.'),
    ('The coach was fired after a dismal begin to the season.',
     'The coach was fired after a dismal start to the season.'),
    ('The airline reported a file summer for travel demand.',
     'The airline reported a record summer for travel demand.'),
    ('Mortgage rates eased for a second week, in accordance with Freddie Mac.',
     'Mortgage rates eased for a second week, according to Freddie Mac.'),
    ('The minority leader accused the bulk of stalling.',
     'The minority leader accused the majority of stalling.'),
    ("The film's funds ballooned to more than 200 million.",
     "The film's budget ballooned to more than 200 million."),
]

ROUND132_ORDINARY = [
    'The charity launched a bid to raise a million pounds.',
    'Analysts speculate that the firm will be sold.',
    'People speculate about the future of the club.',
    'The festival will begin on Friday with a parade.',
    'The talks begin to the sound of protest outside.',
    'He kept a file on every employee.',
    'The waste was disposed of in accordance with EU rules.',
    'The payment was made in accordance with Section 4 of the contract.',
    'The building was designed in accordance with British standards.',
    'The bulk of the work is done by volunteers.',
    "The film's director said the funds were raised privately.",
    'The waste was burned, in accordance with British law.',
]

ROUND133_TELLS = [
    ('The documentary premiered on the movie pageant in Toronto.',
     'The documentary premiered at the film festival in Toronto.'),
    ('The prime minister faced a insurrection from backbench MPs.',
     'The prime minister faced a rebellion from backbench MPs.'),
    ('The polls showed the race in a useless warmth.',
     'The polls showed the race in a dead heat.'),
    ('The fans chanted his title throughout the match.',
     'The fans chanted his name throughout the match.'),
    ('The studio pushed back the discharge date of the sequel to next spring.',
     'The studio pushed back the release date of the sequel to next spring.'),
    ('The broadcaster axed the present after two seasons.',
     'The broadcaster axed the show after two seasons.'),
]

ROUND133_ORDINARY = [
    'The hospital set a discharge date for the patient.',
    'The nurse checked the discharge date on the form.',
    'The novel tells of an insurrection in a mining town.',
    'They chanted his name as he walked onto the stage.',
    'The king gave the knight a title and land.',
    'The present was wrapped in red paper.',
    'At present the project has no funding.',
    'The company renewed the contract for two more years.',
    "The band played on the festival's main stage.",
]

ROUND134_TELLS = [
    ('The gang smuggled medication hidden in banana shipments.',
     'The gang smuggled drugs hidden in banana shipments.'),
    ('The conman tricked aged victims out of their savings.',
     'The conman tricked elderly victims out of their savings.'),
    ("The firm's boss took dwelling a pay package of 5 million.",
     "The firm's boss took home a pay package of 5 million."),
    ('The inquest heard the teenager had been bullied at faculty.',
     'The inquest heard the teenager had been bullied at school.'),
    ('Patients will be able to guide appointments online.',
     'Patients will be able to book appointments online.'),
    ('Thieves stole copper cable, inflicting rail delays.',
     'Thieves stole copper cable, causing rail delays.'),
    ('The defendant pleaded not guilty to all prices.',
     'The defendant pleaded not guilty to all charges.'),
    ('The surgeon performed the operation in underneath an hour.',
     'The surgeon performed the operation in under an hour.'),
]

ROUND134_ORDINARY = [
    'The race is open to runners aged 16 and over.',
    'Victims aged between 20 and 40 were interviewed.',
    'Patients should take their medication with food.',
    'He takes the medication twice a day.',
    'She met the faculty at the open day.',
    'The faculty approved the new course.',
    'The guide led visitors around the castle.',
    'Our guide showed us the old town.',
    'The storm inflicted damage on hundreds of homes.',
    'The army inflicted heavy losses on the rebels.',
    'Prices rose for the third month in a row.',
    'The cat hid underneath the car.',
    'The tunnel runs underneath the river.',
]

ROUND135_TELLS = [
    ('The regulator approved the merger topic to circumstances.',
     'The regulator approved the merger subject to conditions.'),
    ('Airlines rallied on hopes of a recovery in journey.',
     'Airlines rallied on hopes of a recovery in travel.'),
    ("The central bank's governor warned that inflation may show cussed.",
     "The central bank's governor warned that inflation may prove stubborn."),
    ("The hedge fund guess towards the lender's shares.",
     "The hedge fund bet against the lender's shares."),
    ('The economist said the data pointed to a gentle touchdown.',
     'The economist said the data pointed to a soft landing.'),
    ('The startup filed for bankruptcy after failing to boost new funds.',
     'The startup filed for bankruptcy after failing to raise new funds.'),
    ('The mining big reported a drop in iron ore shipments.',
     'The mining giant reported a drop in iron ore shipments.'),
]

ROUND135_ORDINARY = [
    'The old farmer was a cussed man who never changed his mind.',
    'I guess towards the end of the year things will calm down.',
    'The plane made a gentle touchdown on the grass strip.',
    'The nurse gave the child a gentle touch on the arm.',
    'The offer is subject to circumstances beyond our control.',
    'They made the journey in a single day.',
    'The charity held a concert to boost funds for the hospice.',
    'The mining town was big enough for two schools.',
    'The media big names all came to the launch.',
]

ROUND136_TELLS = [
    ('The election commission delayed the announcement of outcomes.',
     'The election commission delayed the announcement of results.'),
    ('The UN chief called for an instantaneous ceasefire.',
     'The UN chief called for an immediate ceasefire.'),
    ('The coach resigned with instantaneous impact on Monday.',
     'The coach resigned with immediate effect on Monday.'),
]

ROUND136_ORDINARY = [
    'The announcement of outcomes from the health study is due in June.',
    'The camera offers instantaneous feedback to the photographer.',
    'Instantaneous speed is measured in metres per second.',
    'The crash had an instantaneous impact on the nearby houses, shaking windows.',
]

ROUND137_TELLS = [
    ('The astronauts returned safely to Earth after six months in house.',
     'The astronauts returned safely to Earth after six months in space.'),
    ("The app's update fastened a security flaw.",
     "The app's update fixed a security flaw."),
    ('Researchers educated the AI model on millions of images.',
     'Researchers trained the AI model on millions of images.'),
    ('Gale-force winds brought down timber and power lines.',
     'Gale-force winds brought down trees and power lines.'),
]

ROUND137_ORDINARY = [
    'She spent six months in house arrest before the trial.',
    'The band spent two weeks in house rehearsals before the tour.',
    'Please fasten a seat belt before the plane moves.',
    'He fastened the belt and checked the buckle.',
    'The school aims to educate the whole child.',
    'The storm damaged a barn built from local timber.',
    'The mill stored fallen timber from the estate for firewood.',
]

ROUND138_TELLS = [
    ('Residents objected to plans for a new housing property.',
     'Residents objected to plans for a new housing estate.'),
    ('The village pub was saved by a group purchase-out.',
     'The village pub was saved by a community buyout.'),
    ('The brewery was sold in a administration purchase-out.',
     'The brewery was sold in a management buyout.'),
]

ROUND138_ORDINARY = [
    'The charity owns housing property worth 40 million pounds.',
    'Council housing property prices rose last year.',
    'The purchase was completed on Friday.',
]

ROUND139_TELLS = [
    ('The minister said the figures were "deeply regarding".',
     'The minister said the figures were "deeply concerning".'),
    ("The newspaper's editor stepped down with speedy impact.",
     "The newspaper's editor stepped down with immediate effect."),
    ('The government announced a assessment of the scheme.',
     'The government announced a review of the scheme.'),
    ("The airport's second runway was permitted by ministers.",
     "The airport's second runway was approved by ministers."),
    ('The pandemic worn out years of gains against poverty.',
     'The pandemic wiped out years of gains against poverty.'),
]

ROUND139_ORDINARY = [
    'I wrote to you regarding the invoice.',
    'We have questions regarding the new rules.',
    'Smoking is not permitted by the terms of the lease.',
    'Fishing is only permitted by the council on weekdays.',
    'His shoes were worn out after the long walk.',
    'The carpet was worn out years ago and never replaced.',
    'She carried out an assessment of the risks.',
]

ROUND140_TELLS = [
    ('The league fined the club for breaching monetary guidelines.',
     'The league fined the club for breaching financial rules.'),
    ("The club's homeowners put the team up for sale.",
     "The club's owners put the team up for sale."),
    ('The boxer will defend his belts against a obligatory challenger.',
     'The boxer will defend his belts against a mandatory challenger.'),
    ('The marathon runner collapsed yards from the end line.',
     'The marathon runner collapsed yards from the finish line.'),
    ('The side clinched promotion with a sport to spare.',
     'The side clinched promotion with a game to spare.'),
]

ROUND140_ORDINARY = [
    'The receiver was tackled at the end line for a safety.',
    'The council offers grants to homeowners who install insulation.',
    'Monetary policy guidelines are set by the central bank.',
    'Attendance at the lecture is obligatory for first-year students.',
]

ROUND141_TELLS = [
    ("The studio pushed the sequel's launch date again to subsequent spring.",
     "The studio pushed the sequel's release date back to next spring."),
    ('The actress received widespread reward for her portrayal of a grieving mom.',
     'The actress received widespread praise for her portrayal of a grieving mother.'),
    ('The manufacturing was halted after a crew member was damage on set.',
     'The production was halted after a crew member was hurt on set.'),
    ('The striker netted a late equaliser to rescue some extent for his aspect.',
     'The striker netted a late equaliser to rescue a point for his side.'),
    ('Traders offered off shares of the chipmaker after its outlook disenchanted.',
     'Investors sold off shares of the chipmaker after its outlook disappointed.'),
    ('The merger nonetheless wants approval from competitors regulators.',
     'The merger still needs approval from competition regulators.'),
    ('The senator launched a invoice that would cap the worth of insulin.',
     'The senator introduced a bill that would cap the price of insulin.'),
    ('The marketing campaign raised greater than 5 million within the final quarter.',
     'The campaign raised more than 5 million in the last quarter.'),
    ('The president signed an government order on synthetic intelligence.',
     'The president signed an executive order on artificial intelligence.'),
    ('Rescuers pulled survivors from the rubble of the collapsed constructing.',
     'Rescuers pulled survivors from the rubble of the collapsed building.'),
    ('The wildfire has scorched greater than 10,000 acres and destroyed dozens of properties.',
     'The wildfire has scorched more than 10,000 acres and destroyed dozens of homes.'),
    ('The union mentioned its members voted overwhelmingly to simply accept the provide.',
     'The union said its members voted overwhelmingly to accept the offer.'),
    ('The album debuted on the prime of the charts in its first week.',
     'The album debuted at the top of the charts in its first week.'),
    ('The band introduced a reunion tour throughout North America.',
     'The band announced a reunion tour across North America.'),
    ('The jury deliberated for 3 days earlier than reaching a verdict.',
     'The jury deliberated for three days before reaching a verdict.'),
    ('The defendant pleaded not responsible to all expenses.',
     'The defendant pleaded not guilty to all charges.'),
    ('The central financial institution left rates of interest unchanged for a fourth straight assembly.',
     'The central bank left interest rates unchanged for a fourth straight meeting.'),
]

ROUND141_ORDINARY = [
    'Police offered a reward for information leading to an arrest.',
    'The findings were, to some extent, what the researchers had expected.',
    'The scheme worked to some extent, the minister admitted.',
    'The council approved a plan for the economic development of the harbour district.',
    'The company spends heavily on product development and research.',
    'Many disenchanted voters stayed at home on polling day.',
    "Fans grew disenchanted with the club's owners after a decade without a trophy.",
    'The charity will provide meals to families over the holidays.',
    'The new clinic aims to provide care to rural patients.',
    'The court heard that the former mayor had claimed expenses for a second home.',
    'Prosecutors said the defendant had used company expenses to pay for holidays.',
    'He pleaded guilty to fraud after inflating his travel expenses.',
    'Critics questioned the worth of the project given its cost.',
    'Nobody doubted the worth of her contribution to the team.',
    'The reward was paid out after the stolen painting was recovered.',
    'Revenue growth slowed in the third quarter, the company said.',
]

ROUND142_TELLS = [
    ("The chancellor's autumn assertion will set out new spending plans.",
     "The chancellor's autumn statement will set out new spending plans."),
    ('The opposition chief accused the prime minister of breaking his promise on taxes.',
     'The opposition leader accused the prime minister of breaking his promise on taxes.'),
    ('The invoice handed its second studying by a majority of 40.',
     'The bill passed its second reading by a majority of 40.'),
    ('The minister stepped down hours after the scandal broke, citing private causes.',
     'The minister stepped down hours after the scandal broke, citing personal reasons.'),
    ('The mayor vowed to crack down on antisocial behaviour within the metropolis centre.',
     'The mayor vowed to crack down on antisocial behaviour in the city centre.'),
    ('The startup raised 30 million in a funding spherical led by a Silicon Valley agency.',
     'The startup raised 30 million in a funding round led by a Silicon Valley firm.'),
    ('The chief govt will step down on the finish of the 12 months.',
     'The chief executive will step down at the end of the year.'),
    ('The deal is predicted to shut within the first half of subsequent 12 months.',
     'The deal is expected to close in the first half of next year.'),
    ('The referee despatched off the defender for a second yellow card.',
     'The referee sent off the defender for a second yellow card.'),
    ('The hosts dominated possession however struggled to create possibilities.',
     'The hosts dominated possession but struggled to create chances.'),
    ('The captain lifted the trophy in entrance of a sell-out crowd.',
     'The captain lifted the trophy in front of a sell-out crowd.'),
    ("The movie's director thanked the solid and crew in an emotional speech.",
     "The film's director thanked the cast and crew in an emotional speech."),
    ('The documentary will stream on the platform from subsequent week.',
     'The documentary will stream on the platform from next week.'),
    ('The present was renewed for a 3rd season earlier than its premiere.',
     'The show was renewed for a third season before its premiere.'),
    ('The novel was tailored right into a tv sequence final 12 months.',
     'The novel was adapted into a television series last year.'),
    ('Firefighters battled the blaze for greater than 6 hours.',
     'Firefighters battled the blaze for more than six hours.'),
    ('The authorities issued a boil-water discover for the entire county.',
     'The authorities issued a boil-water notice for the entire county.'),
    ('The trainer was suspended pending an investigation into the allegations.',
     'The teacher was suspended pending an investigation into the allegations.'),
    ('The choose adjourned the case till subsequent month.',
     'The judge adjourned the case until next month.'),
]

ROUND142_ORDINARY = [
    'Doctors are still investigating the causes of the outbreak.',
    'The report examined the causes and consequences of the financial crisis.',
    'He died of natural causes at his home, his family said.',
    'The charity supports several good causes in the region.',
    'The new law creates possibilities for small businesses to bid for contracts.',
    'The team explored the possibilities of a move to a larger stadium.',
    'She received a present from her colleagues on her last day.',
    'At present, the council has no plans to close the library.',
    "The museum's exhibition traces the city's history from the past to the present.",
    'Scientists hope to discover new species in the deep ocean.',
    "Visitors can discover the island's history at the heritage centre.",
    'The players did not discover the change until after kick-off.',
    'The shop closed without notice last week.',
    'The private sector created thousands of jobs last month.',
]

ROUND143_TELLS = [
    ("The app's month-to-month lively customers topped 100 million for the primary time.",
     "The app's monthly active users topped 100 million for the first time."),
    ('The firm mentioned a software program glitch had briefly knocked its web site offline.',
     'The company said a software glitch had briefly knocked its website offline.'),
    ("The regulator opened a probe into the platform's dealing with of kid security.",
     "The regulator opened a probe into the platform's handling of child safety."),
    ("The chipmaker's shares have greater than tripled this 12 months.",
     "The chipmaker's shares have more than tripled this year."),
    ('Hire costs within the capital rose on the quickest tempo on file.',
     'Rent prices in the capital rose at the fastest pace on record.'),
    ("The group's shares slid after it issued a revenue warning.",
     "The group's shares slid after it issued a profit warning."),
    ("The crew's proprietor apologised to followers for the poor begin to the season.",
     "The team's owner apologised to fans for the poor start to the season."),
    ('The veteran batsman introduced his retirement from worldwide cricket.',
     'The veteran batsman announced his retirement from international cricket.'),
    ('The quarterback threw for 3 touchdowns within the second half.',
     'The quarterback threw for three touchdowns in the second half.'),
    ('The golfer carded a closing spherical of 66 to say the title.',
     'The golfer carded a final round of 66 to claim the title.'),
    ('The horse was a 20-1 outsider earlier than the race.',
     'The horse was a 20-1 outsider before the race.'),
    ("The filmmaker's debut function premiered to a standing ovation.",
     "The filmmaker's debut feature premiered to a standing ovation."),
    ('The actor will reprise his position within the long-awaited sequel.',
     'The actor will reprise his role in the long-awaited sequel.'),
    ('The streaming service misplaced subscribers for the primary time in a decade.',
     'The streaming service lost subscribers for the first time in a decade.'),
    ("The gallery's new exhibition attracts on works from non-public collections.",
     "The gallery's new exhibition draws on works from private collections."),
    ("The occasion's candidate conceded defeat late on election evening.",
     "The party's candidate conceded defeat late on election night."),
    ('The overseas secretary held talks along with his counterpart in Beijing.',
     'The foreign secretary held talks with his counterpart in Beijing.'),
    ('The ceasefire collapsed inside hours of coming into impact.',
     'The ceasefire collapsed within hours of coming into effect.'),
    ('The help convoy was turned again on the border.',
     'The aid convoy was turned back on the border.'),
]

ROUND143_ORDINARY = [
    'The debate was lively and at times bad-tempered.',
    'The market was lively on Saturday morning as shoppers returned.',
    'The hotel keeps the passports of its guests on file.',
    'The company has no record of the complaint on file.',
    'She said the title of the book had been changed at the last minute.',
    'The candidate said the party would campaign on housing.',
    'He misplaced his keys and missed the start of the meeting.',
    'The singer will reprise the song at the closing concert.',
    'Teachers said the position of the school was difficult.',
    'The club released a statement along with a photograph of the new signing.',
    "The occasion was marked with a minute's silence before kick-off.",
    'Children learn to read along with their parents at the library.',
]

ROUND144_TELLS = [
    ('The well being secretary warned of a tough winter for hospitals.',
     'The health secretary warned of a tough winter for hospitals.'),
    ('Ready lists for routine surgical procedure have hit a document excessive.',
     'Waiting lists for routine surgery have hit a record high.'),
    ('Medical doctors have referred to as for a ban on disposable vapes.',
     'Doctors have called for a ban on disposable vapes.'),
    ('The examine discovered that sufferers who walked day by day recovered quicker.',
     'The study found that patients who walked daily recovered quicker.'),
    ("Lecturers' unions are threatening to strike over pay.",
     "Teachers' unions are threatening to strike over pay."),
    ('The courtroom heard the sufferer was attacked on her manner house from work.',
     'The court heard the victim was attacked on her way home from work.'),
    ('The accused denied the costs and was remanded in custody.',
     'The accused denied the charges and was remanded in custody.'),
    ('Detectives are interesting for witnesses to return ahead.',
     'Detectives are appealing for witnesses to come forward.'),
    ('Forecasters have issued a yellow warning for heavy rain and powerful winds.',
     'Forecasters have issued a yellow warning for heavy rain and strong winds.'),
    ('Temperatures are anticipated to drop beneath freezing in a single day.',
     'Temperatures are expected to drop below freezing overnight.'),
    ('The drought has left reservoirs at their lowest ranges in years.',
     'The drought has left reservoirs at their lowest levels in years.'),
    ('The council plans to construct 500 inexpensive houses on the positioning.',
     'The council plans to construct 500 affordable homes on the site.'),
    ('Native residents objected to the plans at a packed public assembly.',
     'Local residents objected to the plans at a packed public meeting.'),
    ('The club sacked its head coach after simply 10 video games in cost.',
     'The club sacked its head coach after just 10 games in charge.'),
    ('The striker has been dominated out for 6 weeks with a hamstring downside.',
     'The striker has been ruled out for six weeks with a hamstring problem.'),
]

ROUND144_ORDINARY = [
    'The new tariff will be expensive in cost and in time, businesses warned.',
    'The house was built in a manner that suited the steep hillside.',
    'The main downside of the plan is its cost.',
    'Inexpensive houses near the coast are hard to find, agents said.',
    'She kept her personal diary locked in a drawer.',
    'The finest participant in the baking contest won a trip to Paris.',
    'The apartment was decorated in the manner of a French farmhouse.',
]

ROUND145_TELLS = [
    ("The corporate's chief monetary officer will depart on the finish of March.",
     "The company's chief financial officer will depart at the end of March."),
    ("Earnings per share got here in forward of analysts' forecasts.",
     "Earnings per share came in ahead of analysts' forecasts."),
    ('The property developer collapsed owing collectors greater than 300 million.',
     'The property developer collapsed owing creditors more than 300 million.'),
    ('The bakery chain plans to open 100 new retailers this 12 months.',
     'The bakery chain plans to open 100 new stores this year.'),
    ('The watchdog mentioned power payments would fall barely in April.',
     'The watchdog said energy bills would fall slightly in April.'),
    ('The carmaker will make investments closely in electrical autos.',
     'The carmaker will invest heavily in electric vehicles.'),
    ('Passengers confronted lengthy queues at safety checkpoints.',
     'Passengers faced long queues at security checkpoints.'),
    ('The rail strike brought on widespread disruption for commuters.',
     'The rail strike caused widespread disruption for commuters.'),
    ('The senator is looking for re-election for a fourth time period.',
     'The senator is seeking re-election for a fourth term.'),
    ("The president's approval scores have fallen to a report low.",
     "The president's approval ratings have fallen to a record low."),
    ('Officers confirmed that the summit would go forward as deliberate.',
     'Officials confirmed that the summit would go ahead as planned.'),
    ('The defender suffered a damaged leg in a problem late within the recreation.',
     'The defender suffered a broken leg in a challenge late in the game.'),
    ('The champions have gained their final 5 matches in all competitions.',
     'The champions have won their last five matches in all competitions.'),
    ('The jockey was thrown from his horse on the ultimate fence.',
     'The jockey was thrown from his horse on the final fence.'),
    ('The movie grossed 200 million worldwide in its opening weekend.',
     'The film grossed 200 million worldwide in its opening weekend.'),
    ("The comic's new present offered out inside minutes.",
     "The comic's new show sold out within minutes."),
    ('Police arrested 3 males on suspicion of housebreaking.',
     'Police arrested three men on suspicion of burglary.'),
    ('The fireplace broke out within the early hours of Sunday morning.',
     'The fire broke out in the early hours of Sunday morning.'),
    ('Paramedics handled 2 individuals on the scene for minor accidents.',
     'Paramedics treated two people on the scene for minor injuries.'),
    ('The missing teenager was discovered protected and nicely on Tuesday.',
     'The missing teenager was found safe and well on Tuesday.'),
]

ROUND145_ORDINARY = [
    'She confronted the intruder in the kitchen.',
    'The protesters confronted police outside parliament.',
    'The contract guarantees a minimum wage for every worker.',
    'The warranty guarantees to replace faulty parts for two years.',
    'The trophy is the ultimate prize in the sport.',
    'The house was well protected and nicely decorated.',
    'The company handled the complaint badly, customers said.',
    'Nurses handled the crisis with great calm.',
    'Thousands were forced to flee with only the clothes they wore.',
    'The country still owes money, owing partly to the costs of the war.',
    'The business collapsed owing suppliers millions.',
]

ROUND146_TELLS = [
    ('The researchers printed their findings within the journal Nature.',
     'The researchers published their findings in the journal Nature.'),
    ('The heatwave pushed temperatures previous 40C for the primary time.',
     'The heatwave pushed temperatures past 40C for the first time.'),
    ('The practice operator apologised after a sequence of cancellations.',
     'The train operator apologised after a series of cancellations.'),
    ('The bridge will stay closed whereas engineers assess the harm.',
     'The bridge will remain closed while engineers assess the damage.'),
    ("The airport's new terminal is operating years not on time.",
     "The airport's new terminal is operating years behind schedule."),
    ("The social media large eliminated 1000's of pretend accounts.",
     'The social media giant eliminated thousands of fake accounts.'),
    ('The outage left prospects unable to entry their accounts for hours.',
     'The outage left prospects unable to access their accounts for hours.'),
    ('The robotic can carry out easy duties across the house.',
     'The robot can carry out easy duties around the house.'),
    ('The mayor unveiled plans for a brand new cycle lane community.',
     'The mayor unveiled plans for a new cycle lane network.'),
    ('The hospital belief declared a crucial incident as demand soared.',
     'The hospital trust declared a critical incident as demand soared.'),
    ('The GP surgical procedure will shut its doorways on the finish of the month.',
     'The GP surgery will close its doors at the end of the month.'),
    ('Sufferers are ready longer than ever for most cancers remedy.',
     'Patients are waiting longer than ever for cancer treatment.'),
    ('The actress has been forged within the lead position of the brand new drama.',
     'The actress has been cast in the lead role of the new drama.'),
    ('The swimmer broke her personal world report within the heats.',
     'The swimmer broke her own world record in the heats.'),
]

ROUND146_ORDINARY = [
    'The children like to pretend they are pirates.',
    'Entry to the museum is free on Sundays.',
    'The entry form must be signed by a parent.',
    'The factory uses robotic arms to weld the frames.',
    'The robotic surgery took four hours.',
    'The local community raised money for the new playground.',
    'Crucial votes will be held next week.',
    'Dinner will be ready in ten minutes.',
    'The sword was forged in the village smithy.',
    'He took the lead position in the race after two laps.',
    'The train arrived ten minutes late, not on time as promised.',
]

ROUND147_TELLS = [
    ('Holidaymakers confronted delays of as much as 5 hours on the port.',
     'Holidaymakers faced delays of up to five hours on the port.'),
    ('The cruise ship was pressured to divert due to tough seas.',
     'The cruise ship was forced to divert due to rough seas.'),
    ("The resort's lodge has been refurbished at a price of 20 million.",
     "The resort's hotel has been refurbished at a price of 20 million."),
    ("The chef's restaurant was awarded a Michelin star final week.",
     "The chef's restaurant was awarded a Michelin star last week."),
    ('Meals costs rose on the quickest charge in 18 months.',
     'Food prices rose at the fastest rate in 18 months.'),
    ('The gang focused aged victims in a sequence of scams.',
     'The gang targeted elderly victims in a series of scams.'),
    ('Officers seized medicine with a road worth of 1 million.',
     'Officers seized drugs with a street value of 1 million.'),
    ('The suspect fled the scene earlier than police arrived.',
     'The suspect fled the scene before police arrived.'),
    ('A girl has been charged with homicide following the loss of life of a person in Leeds.',
     'A girl has been charged with murder following the death of a person in Leeds.'),
    ("The rock band's farewell live performance offered out in minutes.",
     "The rock band's farewell concert sold out in minutes."),
    ("The sitcom's creator mentioned a reboot was within the works.",
     "The sitcom's creator said a reboot was in the works."),
    ('The presenter will stop the breakfast present after a decade.',
     'The presenter will stop the breakfast show after a decade.'),
    ("The musical's West Finish run has been prolonged till August.",
     "The musical's West End run has been extended until August."),
    ("The winger's late objective secured a dramatic victory for the guests.",
     "The winger's late goal secured a dramatic victory for the visitors."),
    ("The league's high scorer is out for a month with a groin pressure.",
     "The league's top scorer is out for a month with a groin strain."),
    ('The membership has appointed a former participant as its new head coach.',
     'The club has appointed a former player as its new head coach.'),
    ('The retailer reported a fall in like-for-like gross sales over Christmas.',
     'The retailer reported a fall in like-for-like sales over Christmas.'),
    ('The central financial institution governor warned inflation would stay sticky.',
     'The central bank governor warned inflation would remain sticky.'),
    ('Unemployment rose to 4.5 per cent, its highest degree in 3 years.',
     'Unemployment rose to 4.5 per cent, its highest level in three years.'),
    ('The opposition known as for an unbiased inquiry into the affair.',
     'The opposition called for an independent inquiry into the affair.'),
    ('Ministers are below stress to U-turn on the coverage.',
     'Ministers are under pressure to U-turn on the policy.'),
    ('The White Home declined to touch upon the report.',
     'The White House declined to comment on the report.'),
    ('The Senate confirmed the nominee by a slender margin.',
     'The Senate confirmed the nominee by a narrow margin.'),
    ('The governor signed the finances into regulation on Friday.',
     'The governor signed the budget into law on Friday.'),
]

ROUND147_ORDINARY = [
    'The road worth travelling is the coastal one.',
    'The shop stays open on the quickest days of the year too.',
    'The present situation is difficult, the minister said.',
    "The company's finances into next year look healthy.",
    'The hospital confirmed the patient was in a stable condition.',
    'Police confirmed that two men had been arrested.',
    'Heavy rain caused a tragic loss of life of livestock in the valley.',
    'Players often feel pressure in the final minutes.',
]

ROUND148_TELLS = [
    ('The zoo introduced the beginning of a rare snow leopard cub.',
     'The zoo announced the birth of a rare snow leopard cub.'),
    ('The batsman struck an unbeaten century to guide his facet to victory.',
     'The batsman struck an unbeaten century to lead his side to victory.'),
    ("The captain's late goal helped guide their facet into the final.",
     "The captain's late goal helped lead their side into the final."),
    ("The designer's newest assortment drew praise on the catwalk in Milan.",
     "The designer's latest collection drew praise on the catwalk in Milan."),
    ('The style home said it would stop using fur in its clothes.',
     'The fashion house said it would stop using fur in its clothes.'),
    ('The young style designer opened a boutique in Paris.',
     'The young fashion designer opened a boutique in Paris.'),
    ('Jobs in the style trade have moved overseas.',
     'Jobs in the fashion industry have moved overseas.'),
    ('The chipmaker warned that shortages would final properly into next year.',
     'The chipmaker warned that shortages would last well into next year.'),
    ('The talks went on properly into the night.',
     'The talks went on well into the night.'),
    ("The novelist's debut e-book was shortlisted for the prize.",
     "The novelist's debut book was shortlisted for the prize."),
    ('The actress picked up the award for best supporting position.',
     'The actress picked up the award for best supporting role.'),
    ('The jury retired to think about its verdict on Tuesday afternoon.',
     'The jury retired to consider its verdict on Tuesday afternoon.'),
    ('Police said the two men were identified to one another.',
     'Police said the two men were known to each other.'),
    ('The opposition leader accused the government of breaking its guarantees.',
     'The opposition leader accused the government of breaking its promises.'),
    ('Voters head to the polls on Thursday in a carefully fought contest.',
     'Voters head to the polls on Thursday in a closely fought contest.'),
    ('The race for the seat is carefully contested.',
     'The race for the seat is closely contested.'),
    ('Scientists have warned that the ice sheet is melting sooner than previously thought.',
     'Scientists have warned that the ice sheet is melting faster than previously thought.'),
    ('The school was rated insufficient by inspectors last year.',
     'The school was rated inadequate by inspectors last year.'),
    ('The senator introduced a bill to ban the follow.',
     'The senator introduced a bill to ban the practice.'),
    ('The troops withdrew from the town after weeks of preventing.',
     'The troops withdrew from the town after weeks of fighting.'),
    ('The study found a hyperlink between air pollution and dementia.',
     'The study found a link between air pollution and dementia.'),
    ('Experts said the findings should be handled with warning.',
     'Experts said the findings should be treated with caution.'),
    ("The coach praised his players' battling spirit.",
     "The coach praised his players' fighting spirit."),
    ('The boxer retained his world title with a unanimous determination.',
     'The boxer retained his world title with a unanimous decision.'),
]

ROUND148_ORDINARY = [
    'The family bought a ranch style home on the edge of town.',
    'They restored a colonial style home with its original shutters.',
    'The panel rated insufficient the evidence offered by the defence.',
    'The museum unveiled its newest assortment of Roman coins to visitors.',
    'Crews said the wreck would be lifted properly into place by a crane.',
    'The retailer hires seasonal employees every December to cope with demand.',
    'Boxes of medicine were treated with warning labels before shipping.',
    'The editor added a hyperlink between the two pages of the report.',
    'Drones hovering over the stadium were grounded by police.',
    'Prices have been hovering around the same level for months.',
    'The boxer retained his world title in front of a home crowd.',
    'The party retained control of the council after a recount.',
    'The minister resigned over the handling of the scandal.',
    'She resigned from the board in protest at the decision.',
    'The rider crashed on the final stage but got back on her bike.',
    'The band walked on stage to a huge cheer from the crowd.',
    'The project is still at an early stage, officials said.',
    'The new rule bans the practice of charging drivers twice.',
    'He spent years of preventing fraud at the bank before he retired.',
    "The charity's work is aimed at preventing homelessness.",
    'The two leaders have known each other since school.',
    'The race was closely fought until the last lap.',
]

ROUND149_TELLS = [
    ('The court heard that the victim had been stabbed a number of occasions.',
     'The court heard that the victim had been stabbed several times.'),
    ('The electrical carmaker delivered a record number of vehicles in the quarter.',
     'The electric carmaker delivered a record number of vehicles in the quarter.'),
    ('The thief smashed a window to realize entry to the shop.',
     'The thief smashed a window to gain entry to the shop.'),
    ('The scheme goals to get more women into engineering.',
     'The scheme aims to get more women into engineering.'),
    ('The charity goals to raise a million pounds by the summer.',
     'The charity aims to raise a million pounds by the summer.'),
    ('The goalkeeper made a string of positive saves in the second half.',
     'The goalkeeper made a string of fine saves in the second half.'),
    ("The defender's late tackle helped maintain his facet in the game.",
     "The defender's late tackle helped keep his side in the game."),
    ('The business secretary held talks with metal bosses on Friday.',
     'The business secretary held talks with steel bosses on Friday.'),
    ('Thousands of metal employees face an uncertain future.',
     'Thousands of steel workers face an uncertain future.'),
    ('The worth of a pint has risen sharply in recent years.',
     'The price of a pint has risen sharply in recent years.'),
]

ROUND149_ORDINARY = [
    'The pair had met on a number of occasions before the deal was signed.',
    'She has visited the town on a number of occasions since then.',
    'The electrical engineer checked the wiring of the whole building.',
    'Students gathered in the lecture rooms of the university for the exam.',
    'The striker scored two goals to win the match for his side.',
    'Their goals to date have come mostly from set pieces.',
    "The film follows a young woman's search for her missing brother.",
    'The test came back positive, doctors said.',
    "The museum's metal sculptures were cleaned before the show.",
    'The worth of the collection is hard to put a price on.',
    "The band's new album draws on the folk music of their youth.",
    'The festival attracts tens of thousands of visitors every summer.',
    'Engineers said the plan would maintain the bridge for another decade.',
]

ROUND150_TELLS = [
    ('A man has been charged over the loss of life of a teenager.',
     'A man has been charged over the death of a teenager.'),
    ('The retailer blamed the nice and cozy climate for weak sales of winter clothing.',
     'The retailer blamed the warm weather for weak sales of winter clothing.'),
    ('The bank told reporters it had no plans to raise rates additional this 12 months.',
     'The bank told reporters it had no plans to raise rates further this year.'),
    ('Analysts had expected a a lot greater drop in profits.',
     'Analysts had expected a much bigger drop in profits.'),
    ('The team beat their rivals to maneuver prime of the league.',
     'The team beat their rivals to move top of the league.'),
    ('The fans booed the players off the pitch on the last whistle.',
     'The fans booed the players off the pitch at the final whistle.'),
    ('Patients were left ready on trolleys in corridors.',
     'Patients were left waiting on trolleys in corridors.'),
    ('Police launched CCTV images of a man they would like to communicate to.',
     'Police released CCTV images of a man they would like to speak to.'),
]

ROUND150_ORDINARY = [
    'The gang smuggled drugs hidden in lorries across the Channel.',
    'The retailer blamed the warm weather for weak sales of winter clothing.',
    'The storm caused a heavy loss of life in the coastal villages.',
    'The referee blew the last whistle of his career on Saturday.',
    'The meals were ready on time for the guests.',
    'The firm launched a new range of electric bikes.',
    'The museum will communicate to visitors through a new app.',
]

ROUND151_TELLS = [
    ('The club said it was conscious of the allegations.',
     'The club said it was aware of the allegations.'),
    ('The singer has sold more than 50 million information.',
     'The singer has sold more than 50 million records.'),
]

ROUND151_ORDINARY = [
    'Investors fear the slowdown could deepen next year.',
    'Shoppers are cutting back on luxuries as prices rise.',
    'The firm was conscious of the need to cut costs.',
    'The breach exposed 50 million records of customers.',
]

ROUND152_TELLS = [
    ('Wall Street stocks closed lower after a risky session.',
     'Wall Street stocks closed lower after a volatile session.'),
    ('The dollar weakened towards a basket of major currencies.',
     'The dollar weakened against a basket of major currencies.'),
    ('The bank agreed to pay a $100 million tremendous to settle the case.',
     'The bank agreed to pay a $100 million fine to settle the case.'),
]

ROUND152_ORDINARY = [
    'Climbing the mountain alone was a risky decision.',
    'The boat drifted towards the shore as the wind weakened.',
    'The company has grown at a tremendous pace since 2020.',
    'The team strengthened towards the end of the season.',
]

ROUND153_TELLS = [
    ('The purpose guard scored a career-high 45 points.',
     'The point guard scored a career-high 45 points.'),
    ('The rookie signed a four-year contract value $40 million.',
     'The rookie signed a four-year contract worth $40 million.'),
    ('The streaming service raised its month-to-month worth by two dollars.',
     'The streaming service raised its monthly price by two dollars.'),
    ('The show drew its largest viewers since the premiere.',
     'The show drew its biggest audience since the premiere.'),
]

ROUND153_ORDINARY = [
    'The purpose of the guard is to keep the crowd back.',
    'The contract value was not disclosed by either side.',
    'The deal value rose after the second round of bids.',
    'Viewers in the largest cities watched the final live.',
]

ROUND155_TELLS = [
    ('The regulator approved the first treatment for the situation.',
     'The regulator approved the first treatment for the condition.'),
]

ROUND155_ORDINARY = [
    'The talks offered no quick fix for the situation in the region, diplomats said.',
]

ROUND156_TELLS = [
    ('Overnight temperatures fell effectively under freezing across the valley.',
     'Overnight temperatures fell well below freezing across the valley.'),
    ('Residents fled as the wildfire unfold towards the hills.',
     'Residents fled as the wildfire spread towards the hills.'),
    ('He pleaded not guilty to all costs at his first court appearance.',
     'He pleaded not guilty to all charges at his first court appearance.'),
    ('The bank was fined for deceptive prospects about its fees.',
     'The bank was fined for misleading customers about its fees.'),
    ('Inspectors found overcrowding at two detention amenities in Texas.',
     'Inspectors found overcrowding at two detention facilities in Texas.'),
    ("The deal allows inspectors to visit the country's nuclear amenities.",
     "The deal allows inspectors to visit the country's nuclear facilities."),
    ('The government chartered three constitution flights to bring citizens home.',
     'The government chartered three charter flights to bring citizens home.'),
    ('Parents are worried about rising sophistication sizes in primary schools.',
     'Parents are worried about rising class sizes in primary schools.'),
    ('Shareholders have filed a sophistication motion against the carmaker.',
     'Shareholders have filed a class action against the carmaker.'),
    ('Doctors will test a new synthetic intelligence mannequin next year.',
     'Doctors will test a new artificial intelligence model next year.'),
    ('The startup released a reasoning mannequin that rivals larger systems.',
     'The startup released a reasoning model that rivals larger systems.'),
]

ROUND156_ORDINARY = [
    'The order effectively put the estate under the control of the court.',
    'Residents watched the drama unfold from the hillside as the wildfire approached.',
    'The contractor is responsible for all costs of the repair.',
    "The deceptive advertising hurt the company's prospects.",
    "The hotel's amenities include a pool, but the detention centre has none.",
    'The constitution gives parliament the power to ban flights.',
    'The sophistication of the design impressed buyers of all sizes.',
    'The mannequin in the shop window wore a winter coat.',
]

ROUND157_TELLS = [
    ('The country plans to close its last coal-fired energy crops by 2030.',
     'The country plans to close its last coal-fired power plants by 2030.'),
    ("Wind farms produced a file share of the nation's electricity in January.",
     "Wind farms produced a record share of the nation's electricity in January."),
    ('The Senate passed the local weather invoice late on Thursday.',
     'The Senate passed the climate bill late on Thursday.'),
    ('The refiner reported bumper income for the third quarter.',
     'The refiner reported bumper profits for the third quarter.'),
    ('The facility grid failed during the heatwave.',
     'The power grid failed during the heatwave.'),
    ('Dozens of families were stranded on the airport overnight.',
     'Dozens of families were stranded at the airport overnight.'),
    ('Rail workers voted to just accept the improved deal.',
     'Rail workers voted to accept the improved deal.'),
    ('The union urged its members to reject the pay supply.',
     'The union urged its members to reject the pay offer.'),
    ('The couple introduced the delivery of their first baby on Monday.',
     'The couple announced the birth of their first baby on Monday.'),
    ('The turtles return each year to put their eggs on the beach.',
     'The turtles return each year to lay their eggs on the beach.'),
    ('Trains were cancelled after a sign failure near the station.',
     'Trains were cancelled after a signal failure near the station.'),
    ('The regulator said it would assessment the merger in the spring.',
     'The regulator said it would review the merger in the spring.'),
]

ROUND157_ORDINARY = [
    'The question of who holds power crops up in every debate.',
    'Farmers grow energy crops such as willow on the poorer land.',
    'Staff saved the report to a file share of the office network.',
    "Farmers expect a bumper income from this year's harvest.",
    'The local weather station recorded the highest rainfall in years.',
    "The plane was stranded on the airport's only runway for an hour.",
    'Investors should not put their eggs in one basket.',
    'The company introduced the delivery of groceries by drone last year.',
    'The council will carry out an assessment of the damage.',
]

ROUND158_TELLS = [
    ('The mayor wants to introduce a congestion cost for lorries.',
     'The mayor wants to introduce a congestion charge for lorries.'),
    ('An owl was found nesting in a hole tree behind the school.',
     'An owl was found nesting in a hollow tree behind the school.'),
    ('A pod of dolphins was noticed off the coast of Cornwall.',
     'A pod of dolphins was spotted off the coast of Cornwall.'),
    ('She served two phrases as governor before entering the Senate.',
     'She served two terms as governor before entering the Senate.'),
    ('The star lies about 40 sunshine years from Earth.',
     'The star lies about 40 light years from Earth.'),
    ('The opposition refused to accept a disputed rely in the capital.',
     'The opposition refused to accept a disputed count in the capital.'),
    ('Officials halted the vote rely after the power cut.',
     'Officials halted the vote count after the power cut.'),
    ('The family said justice had been completed at last.',
     'The family said justice had been done at last.'),
    ('Police warned that driving circumstances would worsen overnight.',
     'Police warned that driving conditions would worsen overnight.'),
    ('The platform removed thousands of faux accounts linked to the campaign.',
     'The platform removed thousands of fake accounts linked to the campaign.'),
]

ROUND158_ORDINARY = [
    'Traffic congestion cost the economy billions last year.',
    'Workers dug a hole near the tree to lay the cable.',
    'Nobody noticed the boat drifting off the coast until dawn.',
    'She remembered the sunshine years of her childhood by the sea.',
    'Those who run the vote rely on hundreds of volunteers.',
    'The bridge had been completed two years ahead of schedule.',
    'The driving force behind the plan was the mayor.',
    'The faux fur coat sold out within a day.',
]

ROUND159_TELLS = [
    ('Doctors said the singer was recovering effectively after the operation.',
     'Doctors said the singer was recovering well after the operation.'),
    ('Colleges warn of a funding disaster as enrolment falls.',
     'Colleges warn of a funding crisis as enrolment falls.'),
    ('Prices rose for the third 12 months operating.',
     'Prices rose for the third year running.'),
    ('Smoke crammed the tunnel after the lorry caught fire.',
     'Smoke filled the tunnel after the lorry caught fire.'),
    ('Owners will be capable of cost their cars at home.',
     'Owners will be able to charge their cars at home.'),
    ('House prices have doubled previously decade.',
     'House prices have doubled in the past decade.'),
    ('The river has flooded twice previously 20 years.',
     'The river has flooded twice in the past 20 years.'),
]

ROUND159_ORDINARY = [
    'The new drug was effective in patients recovering from surgery.',
    'The flood was a disaster for the funding of local clubs.',
    'The operating profit fell over the past 12 months.',
    'Commuters crammed the platform as smoke drifted from the tunnel.',
    'The firm is capable of cutting costs by a third.',
    'The bridge had previously been closed for a decade.',
]

ROUND160_TELLS = [
    ('Local officials approved a new park on the positioning of the old factory.',
     'Local officials approved a new park on the site of the old factory.'),
    ('The police chief said officers would patrol the area extra typically.',
     'The police chief said officers would patrol the area more often.'),
    ('Volunteers planted more than 1,000 timber along the river.',
     'Volunteers planted more than 1,000 trees along the river.'),
    ("The startup's valuation has tripled since its final funding round.",
     "The startup's valuation has tripled since its last funding round."),
    ('The chief executive told staff in a memo that more cuts had been potential.',
     'The chief executive told staff in a memo that more cuts had been possible.'),
    ('The chatbot gave improper answers to simple questions.',
     'The chatbot gave wrong answers to simple questions.'),
    ('That mentioned, the risks remain high for the bank.',
     'That said, the risks remain high for the bank.'),
    ('The report found that the service was failing susceptible kids.',
     'The report found that the service was failing vulnerable children.'),
    ('The company said it took the issues very critically.',
     'The company said it took the concerns very seriously.'),
    ("The author's memoir tops the bestseller checklist.",
     "The author's memoir tops the bestseller list."),
    ('The musical will switch to Broadway next year.',
     'The musical will transfer to Broadway next year.'),
]

ROUND160_ORDINARY = [
    'The estate sold 300 tonnes of timber last year.',
    'The general commented on the positioning of the troops.',
    'Two timber frames were lifted into place by the crane.',
    'Typically, officers patrol the area twice a night.',
    'The band played its final funding concert before the venue closed.',
    'Staff had been potential targets of the scam, police said.',
    'The judge said the remarks were improper.',
    'He read every letter that mentioned, even in passing, the war.',
    'Some plants are more susceptible to frost than others.',
    'The critic looked at the issues very critically in her review.',
    'Fans can switch to Broadway tickets for a small fee.',
]

ROUND161_TELLS = [
    ('Dock staff at the harbour voted to strike next week.',
     'Dock workers at the harbour voted to strike next week.'),
    ('Nurses complained about their working situations on the ward.',
     'Nurses complained about their working conditions on the ward.'),
    ('The mining agency said it would cut 2,000 jobs.',
     'The mining company said it would cut 2,000 jobs.'),
    ('The Powerball jackpot price $1 billion drew long queues.',
     'The Powerball jackpot worth $1 billion drew long queues.'),
    ('Divers found the stays of a wooden ship off the coast.',
     'Divers found the remains of a wooden ship off the coast.'),
    ('The Yankees lost the opening sport of the season at home.',
     'The Yankees lost the opening game of the season at home.'),
    ('The Bruins received in additional time on a late goal.',
     'The Bruins won in overtime on a late goal.'),
    ('The Dutchman began from pole for the third race in a row.',
     'The Dutchman started from pole for the third race in a row.'),
    ('Verstappen led each lap in Monaco.',
     'Verstappen led every lap in Monaco.'),
    ('A slow tyre change may value him the lead in the standings.',
     'A slow tyre change may cost him the lead in the standings.'),
    ('Airlines will go on the price of fuel to passengers.',
     'Airlines will pass on the cost of fuel to passengers.'),
    ('The coins, relationship again 2,000 years, were found by a farmer.',
     'The coins, dating back 2,000 years, were found by a farmer.'),
    ('The tomb, relationship again to the Bronze Age, was opened on Friday.',
     'The tomb, dating back to the Bronze Age, was opened on Friday.'),
    ('The plastic case feels low-cost for a phone at that price.',
     'The plastic case feels cheap for a phone at that price.'),
    ('Two crew members docked with the area station on Sunday.',
     'Two crew members docked with the space station on Sunday.'),
    ('The exhibition includes drawings loaned from personal collections.',
     'The exhibition includes drawings loaned from private collections.'),
    ('The vase bought at public sale in New York last month.',
     'The vase sold at auction in New York last month.'),
    ('The shortstop agreed a contract price $200 million.',
     'The shortstop agreed a contract worth $200 million.'),
    ('The sculpture went for a report $40 million.',
     'The sculpture went for a record $40 million.'),
]

ROUND161_ORDINARY = [
    'The staff at the dock café were friendly and quick.',
    'Rescuers faced difficult situations while working in the flooded mine.',
    'The environment agency fined the mining firm for polluting the river.',
    'The price of a lottery ticket rose to $2 on Monday.',
    'The hotel stays open all year and stays busy in winter.',
    "The opening ceremony of the sport's biggest event drew millions.",
    'He received the medal in a ceremony that ran into additional time.',
    'The driving force behind the reforms began from a simple idea.',
    'Each lap of the new circuit is five kilometres long.',
    'Voters value him for his honesty, polls show.',
    'The news will go on the front page of the price guide.',
    'Their relationship again came under strain after the election.',
    'The airline offers low-cost flights to the area.',
    'The area around the station was closed after the fire.',
    'Many readers keep personal collections of letters and diaries.',
    'The public sale of shares raised $3 billion for the firm.',
    'The contract price was agreed before the work began.',
    'The agency published a report on Tuesday on housing costs.',
    'The struggling club sacked its manager after a run of defeats.',
    'Shares launched on the exchange rose sharply on the first day.',
    "The museum's collection of Roman coins is the largest in the country.",
    'Economists warned that the new tax on imports could push prices up sharply.',
    'The space agency launched a mission to study the surface of Venus.',
    "The artist's retrospective includes paintings from private collections across Europe.",
]

ROUND162_TELLS = [
    ('Tourists paid hundreds of kilos a 12 months more for flights.',
     'Tourists paid hundreds of pounds a year more for flights.'),
    ('Thousands of delivery containers sat idle at the port.',
     'Thousands of shipping containers sat idle at the port.'),
    ('The betting agency closed 200 shops.',
     'The betting company closed 200 shops.'),
    ('The striker missed a month with a damaged finger.',
     'The striker missed a month with a broken finger.'),
    ('The referee stopped the struggle in the seventh round.',
     'The referee stopped the fight in the seventh round.'),
    ('The cyclist failed a drug check after the stage.',
     'The cyclist failed a drug test after the stage.'),
    ('Mortgage rates are on the highest degree since 2008.',
     'Mortgage rates are at the highest level since 2008.'),
    ('Dozens of ships ready offshore could not unload.',
     'Dozens of ships waiting offshore could not unload.'),
]

ROUND162_ORDINARY = [
    'Delivery drivers unloaded the containers at the depot.',
    'The agency regulates betting shops and casinos.',
    'The parcel arrived damaged, and a finger of the glove was torn.',
    'Her struggle to stop the bleeding lasted an hour.',
    'Police set up a drug check on the road into town.',
    'He was praised to the highest degree by his colleagues.',
    'The ships were ready to sail once the fog lifted.',
    'Demand for food parcels had never been greater, the charity said.',
    'The team traded two prospects for a veteran pitcher.',
]

ROUND169_TELLS = [
    ('The bishop said the cathedral needs money for pressing repairs.',
     'The bishop said the cathedral needs money for urgent repairs.'),
    ('The congregation raised money to switch the leaking roof.',
     'The congregation raised money to replace the leaking roof.'),
    ('The town will host its annual flower present in June.',
     'The town will host its annual flower show in June.'),
    ('The motor present opens to the public on Friday.',
     'The motor show opens to the public on Friday.'),
    ('The winner of the expertise present will perform for the King.',
     'The winner of the talent show will perform for the King.'),
    ('Inmates were locked of their cells for most of the day.',
     'Inmates were locked in their cells for most of the day.'),
    ('Residents were told to boil their faucet water until further notice.',
     'Residents were told to boil their tap water until further notice.'),
    ('The streaming service lost subscribers after elevating its costs.',
     'The streaming service lost subscribers after raising its prices.'),
    ('Keepers said the calf was healthy and feeding effectively.',
     'Keepers said the calf was healthy and feeding well.'),
    ('The council will gather bins every three weeks from April.',
     'The council will collect bins every three weeks from April.'),
    ('The couple bought married in a small ceremony in Devon.',
     'The couple got married in a small ceremony in Devon.'),
    ('Reservoir ranges are at their lowest for thirty years.',
     'Reservoir levels are at their lowest for thirty years.'),
    ('The Environment Agency issued extreme flood warnings for the area.',
     'The Environment Agency issued severe flood warnings for the area.'),
    ('Residents complained that potholes had not been mounted for months.',
     'Residents complained that potholes had not been fixed for months.'),
]

ROUND169_ORDINARY = [
    'The lawyer said there were pressing questions about the deal.',
    'Remember to switch the lights off when you leave.',
    'She wants to switch the meeting to Thursday.',
    'The present was wrapped in gold paper.',
    'The minister will present the report to parliament.',
    'The gang locked the staff in a back room.',
    'The faucet was dripping all night.',
    'Shares in the airline rose after it cut its costs.',
    'The baby is feeding well and putting on weight.',
    'Volunteers gather every Sunday to clean the beach.',
    'She bought a house in the village last year.',
    'He hopes to succeed in business without a degree.',
    'The price ranges from ten to twenty pounds.',
    'Extreme weather warnings were in force across the north.',
    'The camera was mounted on the roof of the car.',
]

ROUND171_TELLS = [
    ('Fraudsters are targeting pensioners with faux telephone calls.',
     'Fraudsters are targeting pensioners with fake phone calls.'),
    ('He plans to stroll 500 miles for the charity.',
     'He plans to walk 500 miles for the charity.'),
    ('A bench was unveiled in reminiscence of the former mayor.',
     'A bench was unveiled in memory of the former mayor.'),
    ('The actor is about to star in a new version of the novel.',
     'The actor is set to star in a new version of the novel.'),
    ('The drama is based on a basic novel by Thomas Hardy.',
     'The drama is based on a classic novel by Thomas Hardy.'),
    ('The show featured dozens of basic automobiles from the 1960s.',
     'The show featured dozens of classic cars from the 1960s.'),
    ('Tickets sold out within minutes of occurring sale.',
     'Tickets sold out within minutes of going on sale.'),
    ('The airport said flights were operating usually again.',
     'The airport said flights were running normally again.'),
    ('The singer thanked fans for his or her assist over the years.',
     'The singer thanked fans for their support over the years.'),
]

ROUND171_ORDINARY = [
    'The designer is known for her faux fur coats.',
    'The study reported a mean of 4.2 visits per patient.',
    'They like to stroll along the beach after dinner.',
    'She has a good memory for faces.',
    'The train is about to leave the station.',
    'The course covers basic first aid.',
    'The accident occurred on the main road.',
    'The factory is operating at full capacity.',
    'Each applicant must submit his or her passport.',
]

ROUND172_TELLS = [
    ('The president is expected to journey to Europe later this month.',
     'The president is expected to travel to Europe later this month.'),
    ('Lawmakers are running out of time to achieve a deal on the budget.',
     'Lawmakers are running out of time to reach a deal on the budget.'),
    ('The jury took two days to achieve a verdict.',
     'The jury took two days to reach a verdict.'),
    ('The mayor faces growing strain to resign.',
     'The mayor faces growing pressure to resign.'),
    ('Republicans maintain a slim majority in the House.',
     'Republicans hold a narrow majority in the House.'),
]

ROUND172_ORDINARY = [
    'The journey to the coast took six hours.',
    'The team hopes to achieve a top-four finish.',
    'The new rules will put a strain on small businesses.',
    'Officials want to maintain a balance between safety and cost.',
]

ROUND173_TELLS = [
    ('The drug has been authorised to be used in the UK.',
     'The drug has been approved for use in the UK.'),
    ('Early prognosis is key to successful treatment.',
     'Early diagnosis is key to successful treatment.'),
    ('The study adopted the members for ten years.',
     'The study followed the participants for ten years.'),
    ('People who slept less than six hours an evening were more likely to develop dementia.',
     'People who slept less than six hours a night were more likely to develop dementia.'),
]

ROUND173_ORDINARY = [
    'Doctors warned that the results need to be confirmed in larger studies.',
    'People who slept less than six hours a night were more likely to develop dementia.',
    'The club adopted the new rules at its annual meeting.',
    'The shop is open until eight in the evening.',
]

ROUND174_TELLS = [
    ('The pageant line-up was announced on Thursday.',
     'The festival line-up was announced on Thursday.'),
    ('The newspaper will stop printing a day by day version next year.',
     'The newspaper will stop printing a daily edition next year.'),
    ('Advertising revenue has fallen as readers transfer on-line.',
     'Advertising revenue has fallen as readers move online.'),
    ('The finale was watched by a median viewers of eight million.',
     'The finale was watched by an average audience of eight million.'),
]

ROUND174_ORDINARY = [
    'The beauty pageant was held in Manila.',
    'The money was moved online to a new account.',
    'The median age of the viewers was 54.',
]

ROUND175_TELLS = [
    ("It isn't but clear what caused the collapse.",
     "It isn't yet clear what caused the collapse."),
    ("The club hasn't but decided who will replace him.",
     "The club hasn't yet decided who will replace him."),
]

ROUND175_ORDINARY = [
    "It isn't cheap, but it works.",
    "He hasn't played, but he trained on Friday.",
]

ROUND163_TELLS = [
    ('The finances provider added ten new routes from Manchester.',
     'The budget carrier added ten new routes from Manchester.'),
    ('The company posted a report revenue for the third quarter in a row.',
     'The company posted a record profit for the third quarter in a row.'),
    ('The jet returned to the airport after a fowl strike on take-off.',
     'The jet returned to the airport after a bird strike on take-off.'),
    ('Pilots at the provider will vote on the pay deal next week.',
     'Pilots at the carrier will vote on the pay deal next week.'),
    ('The airline said it would close its loss-making providers to the Gulf.',
     'The airline said it would close its loss-making services to the Gulf.'),
    ('The plane circled over the sea after which landed at a nearby airfield.',
     'The plane circled over the sea and then landed at a nearby airfield.'),
    ('Snow is expected in components of the country by Thursday.',
     'Snow is expected in parts of the country by Thursday.'),
    ('The storm is expected to carry flooding to low-lying towns.',
     'The storm is expected to bring flooding to low-lying towns.'),
    ('Forecasters said it would really feel a lot colder by the weekend.',
     'Forecasters said it would feel much colder by the weekend.'),
    ('The timing of the next cut will rely upon how the labour market holds up.',
     'The timing of the next cut will depend on how the labour market holds up.'),
    ('Borrowers on variable deals face greater month-to-month payments.',
     'Borrowers on variable deals face higher monthly payments.'),
    ('Inflation rose to 6 percent, the very best since 1991.',
     'Inflation rose to 6 percent, the highest since 1991.'),
    ('The rate-setting committee was divided on the choice, the minutes showed.',
     'The rate-setting committee was divided on the decision, the minutes showed.'),
    ('The gunman was jailed for all times at the Old Bailey.',
     'The gunman was jailed for life at the Old Bailey.'),
    ('The judge said the defendant posed a critical hazard to women.',
     'The judge said the defendant posed a serious danger to women.'),
    ('The court heard she had proven no regret since the attack.',
     'The court heard she had shown no remorse since the attack.'),
    ('His mother cried because the sentence was read out.',
     'His mother cried as the sentence was read out.'),
    ('Airlines blamed the rising value of jet gasoline for higher fares.',
     'Airlines blamed the rising cost of jet fuel for higher fares.'),
]

ROUND163_ORDINARY = [
    'The internet provider said the outage affected customers across the country.',
    "The airline's Wi-Fi provider said the service would be restored by Friday.",
    'The tour provider refunded passengers whose flights were cancelled.',
    'The firm will report revenue for the quarter on Thursday.',
    "It was the band's very best since their debut album, critics said.",
    'The board will vote on the choice of a new chairman next month.',
    'Voters were given the choice between two candidates.',
    'The chemical leak posed a critical hazard to workers at the plant.',
    'He appealed because the sentence was too harsh.',
    "Steel and coal were key components of the country's economy.",
    'Airlines have been hit hard by the rising cost of jet fuel.',
    'He will serve a minimum of 18 years before he is eligible for parole.',
    'Thunderstorms are likely to develop by the afternoon, with a chance of hail.',
    'The plane landed safely on the second attempt.',
    'Relying upon how the vote goes, the bill could pass or fail.',
]

ROUND164_TELLS = [
    ('Households had been separated at the border, the report found.',
     'Families were separated at the border, the report found.'),
    ('The fishing boat received into problem in heavy seas.',
     'The fishing boat got into difficulty in heavy seas.'),
    ('Early polls steered a close race between the two main parties.',
     'Early polls suggested a close race between the two main parties.'),
    ('Protesters gathered before the outcomes were introduced.',
     'Protesters gathered before the results were announced.'),
    ('The Greens are heading in the right direction to become the second-largest party.',
     'The Greens are on course to become the second-largest party.'),
    ('Foreign networks used fake accounts to unfold disinformation about the vote.',
     'Foreign networks used fake accounts to spread disinformation about the vote.'),
    ('Tickets are occurring sale on Friday morning.',
     'Tickets are going on sale on Friday morning.'),
    ("The rapper will headline the festival's essential stage on Sunday.",
     "The rapper will headline the festival's main stage on Sunday."),
    ('The single climbed to primary within the charts in ten countries.',
     'The single climbed to number one in the charts in ten countries.'),
]

ROUND164_ORDINARY = [
    'Households were separated into three income groups for the survey.',
    'The economy is heading in the right direction, the minister said.',
    "Recording the album was an essential stage in the band's development.",
    'The chatbot sometimes makes up facts and presents them as fact.',
    "The company's engineers were told to ship the feature before rivals.",
    'Events began to unfold quickly after the polls closed.',
]

ROUND165_TELLS = [
    ('The university must cut costs to stability its books.',
     'The university must cut costs to balance its books.'),
    ('Students occupied the building in protest against lease rises.',
     'Students occupied the building in protest against rent rises.'),
    ('Thousands of students may not obtain their levels this summer.',
     'Thousands of students may not receive their degrees this summer.'),
    ('The strike will shut down your complete community on Monday.',
     'The strike will shut down the entire network on Monday.'),
    ('Talks between the union and the bus company have damaged down.',
     'Talks between the union and the bus company have broken down.'),
    ('A reduced service will run on most traces during the strike.',
     'A reduced service will run on most lines during the strike.'),
    ('Passengers were suggested to journey only if necessary.',
     'Passengers were advised to travel only if necessary.'),
    ('Drivers were told to travel provided that obligatory.',
     'Drivers were told to travel only if necessary.'),
    ('Commuters are suggested to check before they travel.',
     'Commuters are advised to check before they travel.'),
    ('The last trains will leave earlier than ordinary on Friday.',
     'The last trains will leave earlier than usual on Friday.'),
    ('Helicopters were sent to sort out the blaze from the air.',
     'Helicopters were sent to tackle the blaze from the air.'),
    ('Police believe the fireplace was began by a discarded cigarette.',
     'Police believe the fire was started by a discarded cigarette.'),
    ('Detectives said the fire began intentionally.',
     'Detectives said the fire started deliberately.'),
    ('More than 7 million people are waiting for routine hospital therapy.',
     'More than 7 million people are waiting for routine hospital treatment.'),
    ('The waiting list hit a report 7.6 million in September.',
     'The waiting list hit a record 7.6 million in September.'),
    ('Some patients are ready greater than two years for surgery.',
     'Some patients are waiting more than two years for surgery.'),
    ('Ambulances queued outdoors A&E for most of the night.',
     'Ambulances queued outside A&E for most of the night.'),
    ('Too many patients should not being seen quickly enough.',
     'Too many patients are not being seen quickly enough.'),
    ('Half of patients were not seen inside the goal time.',
     'Half of patients were not seen within the target time.'),
    ('The trust missed the four-hour goal for A&E patients again.',
     'The trust missed the four-hour target for A&E patients again.'),
    ('The news despatched shares tumbling on Monday.',
     'The news sent shares tumbling on Monday.'),
]

ROUND165_ORDINARY = [
    'The car was damaged down one side in the crash.',
    'Investigators removed most traces of the chemical from the site.',
    'Older people are suggested to be more at risk, the study found.',
    'The landlord said the lease rises in line with inflation every year.',
    'Shut down your computer before installing the update.',
    'The programme began small and grew quickly.',
    'Cancer patients are not being seen within the target time.',
    'Trains will start later and finish earlier than usual on strike days.',
    'Patients were left on trolleys in corridors for up to 12 hours.',
    'Physiotherapists offer routine hospital therapy sessions to stroke patients.',
]

ROUND166_TELLS = [
    ('She was best known for her function because the village doctor.',
     'She was best known for her role as the village doctor.'),
    ('The long-running cleaning soap was axed after 40 years.',
     'The long-running soap was axed after 40 years.'),
    ('She played a nurse in the TV cleaning soap for a decade.',
     'She played a nurse in the TV soap for a decade.'),
    ('The cleaning soap star married in Spain.',
     'The soap star married in Spain.'),
    ('The fact present was filmed in a villa in Spain.',
     'The reality show was filmed in a villa in Spain.'),
    ('Millions watch fact TV every night.',
     'Millions watch reality TV every night.'),
    ('The series was renewed after sturdy critiques.',
     'The series was renewed after strong reviews.'),
    ('Inspectors said urgent enchancment was needed in the kitchen.',
     'Inspectors said urgent improvement was needed in the kitchen.'),
    ('Inspectors said pressing enchancment was needed.',
     'Inspectors said urgent improvement was needed.'),
    ('Inspectors found uncooked rooster in the fridge.',
     'Inspectors found raw chicken in the fridge.'),
    ('The shop sold fried rooster to schoolchildren.',
     'The shop sold fried chicken to schoolchildren.'),
    ('The rooster breast was undercooked, the inspector said.',
     'The chicken breast was undercooked, the inspector said.'),
    ('Raw meat had been saved subsequent to salads in the fridge.',
     'Raw meat had been stored next to salads in the fridge.'),
    ('Borrowers approaching off low cost deals face higher bills.',
     'Borrowers coming off cheap deals face higher bills.'),
    ('Borrowers approaching off fastened rates face higher bills.',
     'Borrowers coming off fixed rates face higher bills.'),
    ('Lenders launched new fastened offers on Monday.',
     'Lenders launched new fixed deals on Monday.'),
    ('Five-year fastened deals are now below 4 percent.',
     'Five-year fixed deals are now below 4 percent.'),
    ('The typical asking value rose by 1 percent in May.',
     'The average asking price rose by 1 percent in May.'),
    ('The car can travel 300 miles on a single cost.',
     'The car can travel 300 miles on a single charge.'),
    ('Sales of Chinese language-made cars doubled.',
     'Sales of Chinese-made cars doubled.'),
    ('The general, who had served in two cupboards, died on Friday.',
     'The general, who had served in two cabinets, died on Friday.'),
]

ROUND166_ORDINARY = [
    'The cleaning soap was kept in a cupboard under the sink.',
    'The charity is approaching off-duty nurses for help.',
    'The gate was fastened with a heavy chain.',
    'The rooster woke the whole village at dawn.',
    'Her typical asking fee for a speech is $50,000.',
    "The drama's final episode drew eight million viewers.",
    'Environmental health officers inspected the kitchen on Monday.',
    'The couple confirmed their relationship on social media.',
    'The new model has a range of 300 miles.',
    "The fact present in every case was the victim's silence.",
]

ROUND167_TELLS = [
    ('Thieves took $5 million price of jewellery.',
     'Thieves took $5 million worth of jewellery.'),
    ('The fund holds $2 billion price of bonds.',
     'The fund holds $2 billion worth of bonds.'),
    ('The report said the armed forces were stretched too skinny.',
     'The report said the armed forces were stretched too thin.'),
    ('Troops from both countries held a joint train near the border.',
     'Troops from both countries held a joint exercise near the border.'),
    ('Wreaths were laid at the conflict memorial on Sunday.',
     'Wreaths were laid at the war memorial on Sunday.'),
    ('An uncommon chook was seen in the garden.',
     'A rare bird was seen in the garden.'),
    ('Ten chook species have vanished from the island.',
     'Ten bird species have vanished from the island.'),
    ('The frog is getting ready to extinction.',
     'The frog is on the brink of extinction.'),
    ('The two nations were getting ready to conflict over the islands.',
     'The two nations were on the brink of war over the islands.'),
    ('The road would cut through historical woodland.',
     'The road would cut through ancient woodland.'),
    ('The council rejected his planning appliance last week.',
     'The council rejected his planning application last week.'),
    ('Officials refused her visa appliance.',
     'Officials refused her visa application.'),
    ('The new flats would block their mild, neighbours said.',
     'The new flats would block their light, neighbours said.'),
    ('The developer appealed towards the choice.',
     'The developer appealed against the decision.'),
    ('Never click on on a link in a text message.',
     'Never click on a link in a text message.'),
    ('She received a sudden e mail from her bank.',
     'She received an unexpected email from her bank.'),
    ('The caller was asking on your bank details.',
     'The caller was asking for your bank details.'),
    ('Victims misplaced a mean of £900 each.',
     'Victims lost an average of £900 each.'),
    ('Customers in debt can ask their supplier for a fee plan.',
     'Customers in debt can ask their supplier for a payment plan.'),
    ('Banks offered a mortgage fee vacation during the pandemic.',
     'Banks offered a mortgage payment holiday during the pandemic.'),
    ('The bank froze the account for per week.',
     'The bank froze the account for a week.'),
]

ROUND167_ORDINARY = [
    'The $1 million price of the painting shocked collectors.',
    'The rail firms run a joint train service to the coast.',
    'The chooks were let out of the coop each morning.',
    'The company is getting ready to launch a new phone.',
    'The museum holds historical woodland maps of the county.',
    'The fridge is the appliance that uses the most power.',
    'The mild weather helped the crops.',
    'Sellers asking on your doorstep must show a badge.',
    'The lawyer offered a flat fee plan to new clients.',
    'Households in the north were hit hardest by the storm.',
    'Energy firms must treat customers in debt fairly.',
    'The council approved the application after a long debate.',
    'The coin lost half its value in a single day.',
    'The crowd marched past the memorial to the victims of the conflict.',
]

ROUND168_TELLS = [
    ('She gained in straight units on Centre Court.',
     'She won in straight sets on Centre Court.'),
    ('He gained in straight sets on Tuesday.',
     'He won in straight sets on Tuesday.'),
    ('She came back before profitable the final set.',
     'She came back before winning the final set.'),
    ('He caught the profitable pass in overtime.',
     'He caught the winning pass in overtime.'),
    ('Rain stopped play on the skin courts.',
     'Rain stopped play on the outside courts.'),
    ("The club's opening supply was rejected on Friday.",
     "The club's opening offer was rejected on Friday."),
    ('The forward hit a jumper to drive additional time.',
     'The forward hit a jumper to force overtime.'),
    ('The guard scored on the buzzer.',
     'The guard scored at the buzzer.'),
    ('The Knicks signed a veteran heart on Monday.',
     'The Knicks signed a veteran center on Monday.'),
    ('The beginning heart fouled out in the third quarter.',
     'The starting center fouled out in the third quarter.'),
    ('The ahead scored 20 points in the first half.',
     'The forward scored 20 points in the first half.'),
    ('She was named participant of the month for March.',
     'She was named player of the month for March.'),
    ('He was named participant of the week after scoring twice.',
     'He was named player of the week after scoring twice.'),
    ('The keeper was named participant of the match.',
     'The keeper was named player of the match.'),
    ('A late penalty determined the sport.',
     'A late penalty decided the game.'),
]

ROUND168_ORDINARY = [
    'The firm was highly profitable the following year.',
    'His finger was on the buzzer before the question ended.',
    'The veteran heart surgeon retired last year.',
    'The beginning heart rate of each runner was recorded.',
    'The road ahead will be hard for the club.',
    'Every participant of the course received a certificate.',
    'The committee determined the sport should be dropped.',
    'Free throws decided the game in the final minute.',
    'The water supply was rejected by inspectors as unsafe.',
]

ROUND176_TELLS = [
    ('The carmaker will minimize about 2,000 jobs this year.',
     'The carmaker will cut about 2,000 jobs this year.'),
    ('The chief executive said the company was effectively positioned for growth.',
     'The chief executive said the company was well positioned for growth.'),
    ('The bank put aside more money to cover bad loans.',
     'The bank set aside more money to cover bad loans.'),
    ('Investors welcomed the news, sending the shares larger.',
     'Investors welcomed the news, sending the shares higher.'),
    ('The utility reported report profits of £10 billion.',
     'The utility reported record profits of £10 billion.'),
]

ROUND176_ORDINARY = [
    'The two leaders agreed to put aside their differences.',
    'The plan would minimize disruption for passengers.',
    'Companies report earnings for the quarter next week.',
]

ROUND177_TELLS = [
    ('The house aspect dominated the first half but failed to take their chances.',
     'The home side dominated the first half but failed to take their chances.'),
    ('The win lifts them to fourth within the desk.',
     'The win lifts them to fourth in the table.'),
    ('The race was received by a rider who started from the back of the grid.',
     'The race was won by a rider who started from the back of the grid.'),
    ('Followers clashed with police outside the stadium before kick-off.',
     'Fans clashed with police outside the stadium before kick-off.'),
]

ROUND177_ORDINARY = [
    'The letter was received by the council on Monday.',
    'He has thousands of followers on social media.',
    'She left the papers within the desk drawer.',
]

ROUND181_TELLS = [
    ('As much as a foot of snow is forecast in the mountains.',
     'Up to a foot of snow is forecast in the mountains.'),
    ('Residents alongside the coast were ordered to evacuate.',
     'Residents along the coast were ordered to evacuate.'),
    ('The national average for a gallon of normal is now $3.10.',
     'The national average for a gallon of regular is now $3.10.'),
    ('The college board voted 5-2 to approve the new budget.',
     'The school board voted 5-2 to approve the new budget.'),
    ('The city council will maintain a public listening to on the proposal next week.',
     'The city council will hold a public hearing on the proposal next week.'),
]

ROUND181_ORDINARY = [
    'As much as a third of the budget goes on staff.',
    'She worked alongside the coastguard for ten years.',
    'The College Board said the test would move online.',
]

ROUND182_TELLS = [
    ('Users will be able to obtain the replace from next week.',
     'Users will be able to download the update from next week.'),
    ('Parents are worried about the period of time children spend online.',
     'Parents are worried about the amount of time children spend online.'),
    ('The company said the glitch had been mounted.',
     'The company said the glitch had been fixed.'),
]

ROUND182_ORDINARY = [
    'The mannequin in the shop window wore a red dress.',
    'The tablets must be taken over a period of time.',
    'The painting had been mounted on the wall.',
]

ROUND183_TELLS = [
    ('World leaders gathered amid warnings that point is working out.',
     'World leaders gathered amid warnings that time is running out.'),
    ('Wind and solar power generated a report share of electricity last year.',
     'Wind and solar power generated a record share of electricity last year.'),
    ('Homeowners can get grants of up to £7,500 to put in warmth pumps.',
     'Homeowners can get grants of up to £7,500 to install heat pumps.'),
    ('The species was once frequent across Britain but is now endangered.',
     'The species was once common across Britain but is now endangered.'),
]

ROUND183_ORDINARY = [
    'The point is that the plan is working.',
    'She put in a good word for her colleague.',
    'He was once a frequent visitor to the island.',
]

ROUND184_TELLS = [
    ('The force has recruited hundreds of latest officers this year.',
     'The force has recruited hundreds of new officers this year.'),
    ('The force has recruited a whole lot of latest officers this year.',
     'The force has recruited hundreds of new officers this year.'),
    ('The chief constable apologised to the household.',
     'The chief constable apologised to the family.'),
    ('Response times have improved since the new management room opened.',
     'Response times have improved since the new control room opened.'),
]

ROUND184_ORDINARY = [
    'The latest officers to join the force started on Monday.',
    'The household waste centre will close at six.',
]

ROUND185_TELLS = [
    ('Police said the victim was shot in the chest and died on the scene.',
     'Police said the victim was shot in the chest and died at the scene.'),
    ('The judge described the crime as merciless and mindless.',
     'The judge described the crime as cruel and senseless.'),
    ('The household of the victim said justice had been served.',
     'The family of the victim said justice had been served.'),
]

ROUND185_ORDINARY = [
    'The household of the future will run on solar power.',
    'Paramedics were on the scene within minutes.',
]

ROUND186_TELLS = [
    ('Opposition parties called for an pressing inquiry.',
     'Opposition parties called for an urgent inquiry.'),
    ('The reshuffle saw several senior ministers depart authorities.',
     'The reshuffle saw several senior ministers leave government.'),
]

ROUND186_ORDINARY = [
    'The most pressing issue is the cost of housing.',
    'The train will depart at noon.',
]

ROUND178_TELLS = [
    ('Thousands have fled the city because the struggle began.',
     'Thousands have fled the city since the war began.'),
    ('Lorries carrying help waited at the border for days.',
     'Lorries carrying aid waited at the border for days.'),
    ('Trucks carrying food were caught on the crossing overnight.',
     'Trucks carrying food were stuck at the crossing overnight.'),
    ('The ruling party won, in accordance with provisional results.',
     'The ruling party won, according to provisional results.'),
    ('Shares in the posh group fell 4 percent on Monday.',
     'Shares in the luxury group fell 4 percent on Monday.'),
    ('Demand for posh goods slowed in the third quarter.',
     'Demand for luxury goods slowed in the third quarter.'),
    ('The posh sector has had a difficult year.',
     'The luxury sector has had a difficult year.'),
    ('Posh brands reported weaker sales in China.',
     'Luxury brands reported weaker sales in China.'),
    ('The fashion house named a new inventive director on Tuesday.',
     'The fashion house named a new creative director on Tuesday.'),
    ('Players said the game was stuffed with bugs at launch.',
     'Players said the game was full of bugs at launch.'),
    ('The town fell after per week of fighting.',
     'The town fell after a week of fighting.'),
    ('The town fell after two weeks of combating.',
     'The town fell after two weeks of fighting.'),
    ('Residents sheltered in basements during days of combating in the north.',
     'Residents sheltered in basements during days of fighting in the north.'),
    ('The two presidents shook arms in front of the cameras.',
     'The two presidents shook hands in front of the cameras.'),
    ('The ministers did not signal a joint statement.',
     'The ministers did not sign a joint statement.'),
    ('The two sides did not signal a joint assertion after the talks.',
     'The two sides did not sign a joint statement after the talks.'),
    ('Ballots were counted in front of celebration brokers.',
     'Ballots were counted in front of party agents.'),
    ('Diplomats warned that the preventing might unfold to neighbouring countries.',
     'Diplomats warned that the fighting could spread to neighbouring countries.'),
    ('The company is now the biggest games maker on this planet by income.',
     'The company is now the biggest games maker in the world by revenue.'),
]

ROUND178_ORDINARY = [
    'She joined the movement because the struggle started to feel personal.',
    'Two migrants were caught on the crossing by coastguards on Tuesday.',
    'The court ruled in accordance with provisional measures ordered last year.',
    'A posh group of diners complained about the service.',
    'Nolan is an inventive director who rarely repeats himself.',
    'The mattress was stuffed with feathers and straw.',
    'The course costs 40 pounds per week of tuition.',
    'After weeks of combating the fires, crews finally had the blaze under control.',
    'He shook his arms loose before the race.',
    'The statue stood underneath the gaze of the old clock tower.',
    'The party held a celebration for its brokers and donors.',
    'Preventing misinformation might require new laws, the minister said.',
    'The posh brand of gin was served at the wedding.',
]

ROUND179_TELLS = [
    ('The cell operator raised its prices for customers in April.',
     'The mobile operator raised its prices for customers in April.'),
    ('The operator will shut its 3G community next year.',
     'The operator will shut its 3G network next year.'),
    ('The operator said 5G protection now reaches most rural homes.',
     'The operator said 5G coverage now reaches most rural homes.'),
    ('The operator will change off its 2G network in 2026.',
     'The operator will switch off its 2G network in 2026.'),
    ('Callers were unable to name emergency services for two hours.',
     'Callers were unable to call emergency services for two hours.'),
    ('Workplace vacancy rates rose again in the city.',
     'Office vacancy rates rose again in the city.'),
    ('Workplace emptiness in the city centre has doubled.',
     'Office vacancy in the city centre has doubled.'),
    ('The International Workplace advised against travel to the region.',
     'The Foreign Office advised against travel to the region.'),
    ('The government advises against all however important travel to the region.',
     'The government advises against all but essential travel to the region.'),
    ('Passengers should examine with their airline before travelling.',
     'Passengers should check with their airline before travelling.'),
    ('Tourists crowd the streets of the outdated city every summer.',
     'Tourists crowd the streets of the old town every summer.'),
    ('Visitors must use for a allow before entering the park.',
     'Visitors must apply for a permit before entering the park.'),
    ('Drivers need a allow to enter the zone.',
     'Drivers need a permit to enter the zone.'),
    ('The new terminal will be capable of deal with larger ships.',
     'The new terminal will be able to handle larger ships.'),
    ('More workers make money working from home than before the pandemic.',
     'More workers work from home than before the pandemic.'),
    ('Embassy staff can present assist to citizens in trouble.',
     'Embassy staff can provide help to citizens in trouble.'),
]

ROUND179_ORDINARY = [
    'Patients are asked to name emergency contacts when they register.',
    "The club's 5G debate drew a large crowd.",
    'The workplace vacancy was filled within a week.',
    'The International Workplace Safety Conference opened in Geneva.',
    'Doctors examine with their hands before ordering scans.',
    'The outdated city plan was scrapped after years of delays.',
    'The company said it would not allow a return to the office.',
    'The new rules allow a permit to be issued online.',
    'The ship is capable of carrying 20,000 containers.',
    'Many people make money working from home by selling crafts online.',
    'The museum will present a new exhibition in the spring.',
    'Shoppers are changing off their old contracts to save money.',
    'Online retailers said delivery charges would rise before Christmas.',
    'Carry your passport at all times, and keep a copy at the hotel.',
    'Entry fees for the museum will rise next month.',
    'The staff can not be blamed for the delays, the union said.',
    'Shares fell 3 percent after the drug failed in a late-stage trial.',
    'Coverage of the 5G rollout has been patchy in rural areas.',
]

ROUND180_TELLS = [
    ('The worldwide ministers will meet in Rome on Friday.',
     'The foreign ministers will meet in Rome on Friday.'),
    ('The worldwide minister flew to Beijing for talks.',
     'The foreign minister flew to Beijing for talks.'),
    ("Flights are nonetheless working from the capital's airport.",
     "Flights are still operating from the capital's airport."),
    ('The ceasefire was damaged within hours.',
     'The ceasefire was broken within hours.'),
    ('The truce was damaged by a rocket attack on Sunday.',
     'The truce was broken by a rocket attack on Sunday.'),
    ('The result was declared after counting had completed in all districts.',
     'The result was declared after counting had finished in all districts.'),
    ('The broadcast set a file on-line audience for the sport.',
     'The broadcast set a record online audience for the sport.'),
    ('The game drew a file on-line viewers of two million.',
     'The game drew a record online audience of two million.'),
    ('The bank agreed to promote its stake in the insurer.',
     'The bank agreed to sell its stake in the insurer.'),
    ('The founders plan to promote their stake next year.',
     'The founders plan to sell their stake next year.'),
    ('The operator agreed to promote its tower business.',
     'The operator agreed to sell its tower business.'),
    ('Customers were unable to ship texts during the outage.',
     'Customers were unable to send texts during the outage.'),
    ('The drugmaker will cut the checklist worth of the drug.',
     'The drugmaker will cut the list price of the drug.'),
    ('The checklist value of the car rose again.',
     'The list price of the car rose again.'),
    ('Foreigners face the chance of kidnapping in the region.',
     'Foreigners face the risk of kidnapping in the region.'),
    ('Your visa must be legitimate for at least three months.',
     'Your visa must be valid for at least three months.'),
    ('Passports must be legitimate for at the least six months.',
     'Passports must be valid for at least six months.'),
]

ROUND180_ORDINARY = [
    'The claim was legitimate for at least some of the workers, the tribunal found.',
    'The publisher will ship texts and manuals to schools in the autumn.',
    'The pilot said the checklist was worth following.',
    'The chance of rain is low this weekend.',
    'The ceasefire was broken within hours.',
    'Travellers are advised to avoid the border area because of the risk of kidnapping.',
    'The minister said the worldwide response had been slow.',
    'Engineers said the lifts were working again.',
    'The band will promote its tour with a free concert.',
    'The report took weeks to complete, and counting had been completed by Friday.',
]

ROUND187_TELLS = [
    ('Stocks fell sharply as investors apprehensive about rising interest rates sold shares.',
     'Stocks fell sharply as investors worried about rising interest rates sold shares.'),
    ('The trade deficit widened to a report $80 billion.',
     'The trade deficit widened to a record $80 billion.'),
]

ROUND187_ORDINARY = [
    'The committee published a report on the scheme.',
]

ROUND188_TELLS = [
    ('Nurses say they are underneath monumental strain.',
     'Nurses say they are under enormous pressure.'),
]

ROUND188_ORDINARY = [
    'The bridge was built to take the strain of heavy lorries.',
]

ROUND189_TELLS = [
    ('The coach said his players had proven actual character in the second half.',
     'The coach said his players had shown real character in the second half.'),
    ("The striker is on course to interrupt the club's scoring record.",
     "The striker is on course to break the club's scoring record."),
]

ROUND189_ORDINARY = [
    "Protesters tried to interrupt the minister's speech.",
]

ROUND199_TELLS = [
    ('The government has arrange a helpline for worried customers.',
     'The government has set up a helpline for worried customers.'),
    ('Many older routers stay susceptible to the flaw, researchers said.',
     'Many older routers remain vulnerable to the flaw, researchers said.'),
    ('The leaked files held names, addresses and dates of start.',
     'The leaked files held names, addresses and dates of birth.'),
    ('The email asked staff to switch cash to a foreign account.',
     'The email asked staff to transfer money to a foreign account.'),
    ('Investigators blamed a bunch linked to organised crime.',
     'Investigators blamed a group linked to organised crime.'),
    ('The hacking bunch posted the files on the dark web.',
     'The hacking group posted the files on the dark web.'),
    ("The council's methods were offline for two weeks.",
     "The council's systems were offline for two weeks."),
    ('Users were told to vary their passwords at once.',
     'Users were told to change their passwords at once.'),
    ('The senator later varied his mind about the bill.',
     'The senator later changed his mind about the bill.'),
    ('The gang despatched texts claiming that parcels were waiting.',
     'The gang sent texts claiming that parcels were waiting.'),
    ('The company said the info was encrypted.',
     'The company said the data was encrypted.'),
    ('Do not click on a suspicious hyperlink in an email.',
     'Do not click on a suspicious link in an email.'),
]

ROUND199_ORDINARY = [
    'She wore a faux fur coat to the premiere.',
    'The minister admitted the remark had been a faux pas.',
    'The army despatched troops to the border overnight.',
    'The charity will arrange transport for elderly residents.',
    'Researchers compared the methods used in both studies.',
    'He handed her a bunch of flowers after the show.',
    'Prices vary widely across the region.',
    'The info desk at the station was closed.',
    'Customers were told to change their passwords as a precaution.',
    'The hackers demanded a ransom in bitcoin to unlock the files.',
    'Security researchers warned that millions of routers remain vulnerable.',
    'Victims were tricked into handing over their bank details.',
    'The stolen records included names, addresses and dates of birth.',
]

ROUND200_TELLS = [
    ('Hundreds of passengers were caught on the runway overnight.',
     'Hundreds of passengers were stuck on the runway overnight.'),
    ('Queues at safety snaked back to the check-in desks.',
     'Queues at security snaked back to the check-in desks.'),
    ('The airport is trying to recruit more luggage handlers before the summer.',
     'The airport is trying to recruit more baggage handlers before the summer.'),
    ('The hotel has been run by the same household since 1921.',
     'The hotel has been run by the same family since 1921.'),
    ('The coffee chain will open 40 new websites across the country.',
     'The coffee chain will open 40 new sites across the country.'),
]

ROUND200_ORDINARY = [
    'The thief was caught on camera leaving the shop.',
    'Firefighters were caught on the roof when it collapsed.',
    'The plane was held on the runway while engineers checked a warning light.',
    'Road safety campaigners welcomed the new speed limit.',
    'The company launched two new websites for its customers.',
    'The school informed parents of the change by letter.',
    'Passengers were informed that the train would be delayed.',
    'The family has owned the hotel since 1921.',
    'Holidaymakers were advised to arrive at least three hours before their flight.',
    'The airport blamed a shortage of baggage handlers.',
]

ROUND201_TELLS = [
    ('Loyal customers are rarely given the perfect charges.',
     'Loyal customers are rarely given the best rates.'),
    ('The typical two-year fastened deal now costs more than 6 percent.',
     'The average two-year fixed deal now costs more than 6 percent.'),
    ('Bank card debt rose again in October.',
     'Credit card debt rose again in October.'),
    ('Care workers earn little more than 11 kilos an hour.',
     'Care workers earn little more than 11 pounds an hour.'),
    ('Police warned of rip-off calls from people posing as bank staff.',
     'Police warned of scam calls from people posing as bank staff.'),
    ('The letter was demanding fee within seven days.',
     'The letter was demanding payment within seven days.'),
    ('Shares were hit by the autumn in oil prices.',
     'Shares were hit by the fall in oil prices.'),
    ('Rents rose sooner than wages last year.',
     'Rents rose faster than wages last year.'),
]

ROUND201_ORDINARY = [
    'The regulator ordered banks to treat struggling borrowers fairly.',
    'The scheme is meant to help struggling families with their bills.',
    'Banks say the new rules will protect struggling homeowners.',
    'Please keep your bank card details safe.',
    'The festival returns to the city in the autumn in a new venue.',
    'He said the show would finish sooner than planned.',
    'The company reported a one-off fee for the sale.',
    'Savers are being offered the best rates for more than a decade.',
    'Average earnings grew faster than prices for the first time in two years.',
    'The minimum wage will rise to 11.44 pounds an hour.',
]

ROUND202_TELLS = [
    ('Vets said the recent climate was hard on older dogs.',
     'Vets said the hot weather was hard on older dogs.'),
    ('Consultants advocate a daily walk for people over 65.',
     'Experts recommend a daily walk for people over 65.'),
    ('Patients on the drug tend to achieve weight.',
     'Patients on the drug tend to gain weight.'),
    ('Fowl lovers counted more sparrows this year.',
     'Bird lovers counted more sparrows this year.'),
    ('Open water swimming has become well-liked with older women.',
     'Open water swimming has become popular with older women.'),
    ('Padel is increasingly well-liked in Britain.',
     'Padel is increasingly popular in Britain.'),
]

ROUND202_ORDINARY = [
    'The recent climate of uncertainty has hit investment.',
    'The recent climate talks ended without a deal.',
    'The council must maintain the park and its paths.',
    'She was well-liked by colleagues and pupils.',
    'The team hopes to achieve its goals by next year.',
    'Consultants at the hospital warned of longer waits.',
    'The law is meant to protect children from harm.',
    'Bird lovers are asked to count the birds in their gardens for an hour.',
    'Dog owners have been warned to keep their pets away from the beach.',
]

ROUND203_TELLS = [
    ('The show brings collectively artists from five countries.',
     'The show brings together artists from five countries.'),
    ('A spokesman said the senator was recovering nicely after surgery.',
     'A spokesman said the senator was recovering well after surgery.'),
    ('The museum agreed the mortgage of the painting for six months.',
     'The museum agreed the loan of the painting for six months.'),
    ('The mural was eliminated overnight by council workers.',
     'The mural was removed overnight by council workers.'),
    ('The chapel was badly broken within the hearth.',
     'The chapel was badly damaged in the fire.'),
]

ROUND203_ORDINARY = [
    'The team was eliminated in the first round of the cup.',
    'The couple took out a mortgage to buy the house.',
    'The vase was badly broken when it fell.',
    "The museum's loan of the painting ended in May.",
    'The charity aims to have the disease eliminated by 2030.',
    'Members voted collectively to accept the deal.',
    'The museum will return the bronzes to Nigeria next year.',
    'The exhibition brings together more than 200 works by the artist.',
]

ROUND204_TELLS = [
    ('Ministers are under pressure to cut gas obligation before the election.',
     'Ministers are under pressure to cut fuel duty before the election.'),
    ('First-time buyers pay no stamp obligation on homes under 300,000 pounds.',
     'First-time buyers pay no stamp duty on homes under 300,000 pounds.'),
    ('The ready time for an ambulance rose again in June.',
     'The waiting time for an ambulance rose again in June.'),
    ('Toyota recalled 50,000 autos because of a fuel pump fault.',
     'Toyota recalled 50,000 vehicles because of a fuel pump fault.'),
    ('Each pupil is paired with an teacher for the year.',
     'Each pupil is paired with an instructor for the year.'),
]

ROUND204_ORDINARY = [
    'The new bypass is expected to cut journey times by half.',
    'Drivers face long delays after a lorry overturned on the motorway.',
    'The gas supply was cut off for three days.',
    'She said she was ready to help.',
    'U.S. auto sales rose in the third quarter.',
    'The council has promised to fix more potholes this winter.',
]

ROUND205_TELLS = [
    ('The site removed accounts that unfold false claims about the vaccine.',
     'The site removed accounts that spread false claims about the vaccine.'),
    ('Mother and father say the rules came too late.',
     'Parents say the rules came too late.'),
    ('Students must hand in their telephones at the start of the day.',
     'Students must hand in their phones at the start of the day.'),
    ("Users can turn off the characteristic in the app's settings.",
     "Users can turn off the feature in the app's settings."),
    ('The clip was shared broadly on social media.',
     'The clip was shared widely on social media.'),
    ('Scammers used software to repeat her voice.',
     'Scammers used software to copy her voice.'),
    ('The app has been banned on authorities telephones.',
     'The app has been banned on government phones.'),
]

ROUND205_ORDINARY = [
    'Her mother and father said they were proud of her.',
    'His mother and father are both teachers.',
    'The proposal was considered by the committee last week.',
    'He was considered more than capable of doing the job.',
    'The old telephones were removed from the station.',
    'The characteristic of the region is its mild climate.',
    'Please repeat your answer slowly.',
    'The view is broadly shared across the party.',
]

ROUND206_TELLS = [
    ('The trade gap widened to a file in March.',
     'The trade gap widened to a record in March.'),
    ('The factory makes elements for wind turbines.',
     'The factory makes parts for wind turbines.'),
    ('Shortages of spare elements have grounded dozens of jets.',
     'Shortages of spare parts have grounded dozens of jets.'),
]

ROUND206_ORDINARY = [
    'The minister said Britain would not lower its food standards.',
    'Campaigners want to lower the voting age to 16.',
    'The clerk set a file on the desk.',
    'The report lists the key elements of the plan.',
    'Exports of cars to China fell by almost a third.',
]

ROUND207_TELLS = [
    ('The council will pay for free lunches for all main pupils.',
     'The council will pay for free lunches for all primary pupils.'),
    ('Universities charge house students lower fees.',
     'Universities charge home students lower fees.'),
    ('The scheme will create 5,000 new nursery locations by 2026.',
     'The scheme will create 5,000 new nursery places by 2026.'),
    ('Students will study their grades online on Thursday.',
     'Students will learn their grades online on Thursday.'),
]

ROUND207_ORDINARY = [
    "The main pupils' entrance is on the east side.",
    'Pupils received their exam results on Thursday.',
    'Free school meals will be offered to all primary pupils.',
    'Foreign students pay much higher fees than home students.',
    'The nursery has moved to new locations in the town.',
    'She will study law at university next year.',
]

ROUND193_TELLS = [
    ('The teachers union has asked for a 6 p.c. elevate over three years.',
     'The teachers union has asked for a 6 percent raise over three years.'),
    ('Neighbors apprehensive the apartment complex would bring more traffic to the area.',
     'Neighbors worried the apartment complex would bring more traffic to the area.'),
    ('The trucks struggled on the slender highway into the valley.',
     'The trucks struggled on the narrow road into the valley.'),
    ('The developer agreed to set aside 20 percent of the models as inexpensive housing.',
     'The developer agreed to set aside 20 percent of the units as affordable housing.'),
    ('The property owner needs a variance to construct nearer to the street.',
     'The property owner needs a variance to build closer to the street.'),
    ('The finances features a small increase in the property tax rate.',
     'The budget includes a small increase in the property tax rate.'),
    ('The county spent more on snow elimination this winter.',
     'The county spent more on snow removal this winter.'),
    ("The sheriff's office asked for money to rent 12 more deputies.",
     "The sheriff's office asked for money to hire 12 more deputies."),
    ('The suspect fled on foot and was sporting a black hooded sweatshirt.',
     'The suspect fled on foot and was wearing a black hooded sweatshirt.'),
    ('Anyone with information is asked to name the police division.',
     'Anyone with information is asked to call the police department.'),
    ('Deputies found a stolen pickup truck abandoned in a car parking zone.',
     'Deputies found a stolen pickup truck abandoned in a parking lot.'),
]

ROUND193_ORDINARY = [
    'Markets grew apprehensive the Fed would raise rates again.',
    'Investors were apprehensive the rally would fade by the end of the week.',
    'Residents, apprehensive the plant would reopen, packed the hall.',
    'The singer was sporting a beard and a black eye when he arrived at the awards.',
    'The company plans to rent extra office space downtown.',
    'Parking is banned in the controlled car parking zone on match days.',
    'Detectives declined to name the police officers involved.',
]

ROUND194_TELLS = [
    ('Jurors awarded the household $3 million in damages.',
     'Jurors awarded the family $3 million in damages.'),
    ('The grievance alleges that the landlord ignored repeated warnings about mold.',
     'The complaint alleges that the landlord ignored repeated warnings about mold.'),
    ('The judge granted a short lived restraining order blocking the new law.',
     'The judge granted a temporary restraining order blocking the new law.'),
    ('The trial is ready to begin in March.',
     'The trial is set to begin in March.'),
    ('He was sentenced to 15 years in prison with the opportunity of parole.',
     'He was sentenced to 15 years in prison with the possibility of parole.'),
    ('She pleaded guilty to two counts of fraud as a part of a plea deal.',
     'She pleaded guilty to two counts of fraud as part of a plea deal.'),
    ('Prosecutors said they would search a retrial after the jury could not reach a verdict.',
     'Prosecutors said they would seek a retrial after the jury could not reach a verdict.'),
    ('The defense attorney said his shopper would appeal.',
     'The defense attorney said his client would appeal.'),
    ('Court records show the man had a history of missed funds.',
     'Court records show the man had a history of missed payments.'),
    ('Courtroom data present the man had a history of missed payments.',
     'Court records show the man had a history of missed payments.'),
    ('The witness testified that she saw the defendant depart the constructing.',
     'The witness testified that she saw the defendant leave the building.'),
    ('Lawyers for the plaintiffs are seeking class motion standing.',
     'Lawyers for the plaintiffs are seeking class action status.'),
    ('Nurses on the medical heart voted to go on strike next week.',
     'Nurses at the medical center voted to go on strike next week.'),
    ('The union says staffing levels are putting patient security in danger.',
     'The union says staffing levels are putting patient safety at risk.'),
    ('The hospital plans to close its labor and supply unit in June.',
     'The hospital plans to close its labor and delivery unit in June.'),
    ('Expectant mothers will have to drive an hour to provide start.',
     'Expectant mothers will have to drive an hour to give birth.'),
    ('The agricultural hospital has lost money for five years in a row.',
     'The rural hospital has lost money for five years in a row.'),
    ('Nurses say they are asked to work unpaid extra time at the end of a shift.',
     'Nurses say they are asked to work unpaid overtime at the end of a shift.'),
    ('The hospital spent millions on journey nurses during the pandemic.',
     'The hospital spent millions on travel nurses during the pandemic.'),
    ('The health system introduced a merger with a smaller rival.',
     'The health system announced a merger with a smaller rival.'),
    ('Residents of the care home were moved to different amenities.',
     'Residents of the care home were moved to other facilities.'),
]

ROUND194_ORDINARY = [
    'The union said the grievance alleges the employer broke the contract.',
    'Lawyers said the trial is ready to proceed once the jury is seated.',
    'The store manager said his shopper loyalty program had doubled in size.',
    'Farms face rising labor and supply costs this year.',
    'The fund will provide start-up money to small firms.',
    'The new rules give start-ups more time to file their accounts.',
    'Critics said the cuts would leave national security in danger.',
    'The referee told the players to remain for extra time after the draw.',
    'Lawmakers introduced a merger bill on Tuesday.',
]

ROUND195_TELLS = [
    ('Officials warned people not to drink uncooked milk.',
     'Officials warned people not to drink raw milk.'),
    ('More parents are seeking non secular exemptions from school vaccine rules.',
     'More parents are seeking religious exemptions from school vaccine rules.'),
    ('Wastewater testing exhibits the virus is on the rise again.',
     'Wastewater testing shows the virus is on the rise again.'),
    ('People with symptoms should keep residence and get tested.',
     'People with symptoms should stay home and get tested.'),
    ('People with symptoms should stay home and get examined.',
     'People with symptoms should stay home and get tested.'),
    ('The most common side effects are a sore arm and a light fever.',
     'The most common side effects are a sore arm and a mild fever.'),
    ('The most typical unwanted side effects are a sore arm and a mild fever.',
     'The most common side effects are a sore arm and a mild fever.'),
    ('Commuters faced long delays on Monday morning because of a sign drawback.',
     'Commuters faced long delays on Monday morning because of a signal problem.'),
    ('Shuttle buses will replace trains this weekend while crews do monitor work.',
     'Shuttle buses will replace trains this weekend while crews do track work.'),
    ('The sunshine rail line will open to passengers next spring.',
     'The light rail line will open to passengers next spring.'),
    ('A month-to-month move will cost $90 under the new plan.',
     'A monthly pass will cost $90 under the new plan.'),
    ('Riders can now faucet a financial institution card at the gate.',
     'Riders can now tap a bank card at the gate.'),
    ('Riders can now tap a bank card on the gate instead of buying a ticket.',
     'Riders can now tap a bank card at the gate instead of buying a ticket.'),
    ('Passengers were caught within the tunnel for more than an hour.',
     'Passengers were stuck in the tunnel for more than an hour.'),
    ('Congestion pricing has cut traffic in the busiest a part of the city.',
     'Congestion pricing has cut traffic in the busiest part of the city.'),
    ('This year extra mother and father are seeking religious exemptions.',
     'This year more parents are seeking religious exemptions.'),
    ('Shuttle buses will substitute trains on the line this weekend.',
     'Shuttle buses will replace trains on the line this weekend.'),
    ('Parents must meet faculty vaccine rules by September.',
     'Parents must meet school vaccine rules by September.'),
]

ROUND195_ORDINARY = [
    'He left a card on the gate for the neighbors.',
    'The striker was caught on the practice field with a phone.',
    'Patients should get examined by a doctor if the rash spreads.',
    'Foreign students must keep residence permits with them.',
    'The university dropped its faculty vaccine mandate for professors last year.',
    'Engineers monitor work on the line from a control room.',
    'Farmers sell uncooked vegetables at the market.',
]

ROUND190_TELLS = [
    ('The new observatory would value about $1.5 billion, the agency said.',
     'The new observatory would cost about $1.5 billion, the agency said.'),
    ('Two astronauts went outside to restore a defective cooling valve.',
     'Two astronauts went outside to repair a faulty cooling valve.'),
    ('The trial found the drug halved the risk of extreme sickness in older patients.',
     'The trial found the drug halved the risk of severe illness in older patients.'),
    ('Scientists hope the rocks hold indicators of historic life on Mars.',
     'Scientists hope the rocks hold signs of ancient life on Mars.'),
    ('The lake may once have held historic microbial life, the team said.',
     'The lake may once have held ancient microbial life, the team said.'),
    ('Engineers said the ability community came close to failing during the heatwave.',
     'Engineers said the power network came close to failing during the heatwave.'),
    ('Households that set up warmth pumps can claim a grant of up to 7,500 pounds.',
     'Households that install heat pumps can claim a grant of up to 7,500 pounds.'),
    ('The turbines were offline for upkeep during the storm.',
     'The turbines were offline for maintenance during the storm.'),
    ('The plant will start out manufacturing subsequent month, the company said.',
     'The plant will start production next month, the company said.'),
    ('The new cells can retailer twice as much energy as older ones.',
     'The new cells can store twice as much energy as older ones.'),
    ('Drivers say the car can cost in beneath 20 minutes at a fast charger.',
     'Drivers say the car can charge in under 20 minutes at a fast charger.'),
    ('The state has approved 12 photo voltaic initiatives this year.',
     'The state has approved 12 solar projects this year.'),
    ('Developers are waiting to connect dozens of initiatives to the grid.',
     'Developers are waiting to connect dozens of projects to the grid.'),
    ('The comet final handed through the inner solar system in 1986.',
     'The comet last passed through the inner solar system in 1986.'),
]

ROUND190_ORDINARY = [
    'Collectors at the auction would value about half of the paintings at more than $1 million each.',
    'Passengers reported extreme sickness on the ferry crossing as waves reached six metres.',
    'She suffered from extreme morning sickness throughout her pregnancy.',
    'Volunteers hope to restore a defective clock that has not chimed since 1990.',
    'The museum traces the historic life of the port through letters and maps.',
    'Campaigners from the disability community met the minister on Tuesday.',
    'The lift was closed for upkeep last month and the council has paid for repairs.',
    'Can retailers cope with another rise in energy bills?',
    'The council launched new initiatives to help families with energy bills.',
    'The engineers took the smallest measurement the instrument could record.',
    'Steps were taken to minimize the danger to residents during the demolition.',
]

ROUND191_TELLS = [
    ('The herd is at its smallest measurement since records began.',
     'The herd is at its smallest size since records began.'),
    ('The chain promised to minimize the worth of 500 everyday products.',
     'The chain promised to cut the price of 500 everyday products.'),
    ('A poor harvest in Ivory Coast has squeezed provide this year.',
     'A poor harvest in Ivory Coast has squeezed supply this year.'),
    ('The value of a loaf of sliced bread rose 4 percent in a month.',
     'The price of a loaf of sliced bread rose 4 percent in a month.'),
    ('Growers in Kent counted the cost after frost broken blossom on apple trees.',
     'Growers in Kent counted the cost after frost damaged blossom on apple trees.'),
    ('The disease is unfold by ticks that thrive in warmer winters.',
     'The disease is spread by ticks that thrive in warmer winters.'),
    ('Sales of items comparable to furnishings fell 6 percent.',
     'Sales of items such as furniture fell 6 percent.'),
    ('The low cost chain plans to open 50 stores in Germany.',
     'The discount chain plans to open 50 stores in Germany.'),
    ('Shoppers flocked to the low cost supermarket during the price war.',
     'Shoppers flocked to the discount supermarket during the price war.'),
    ('Sales of knitwear suffered during a heat autumn.',
     'Sales of knitwear suffered during a warm autumn.'),
    ('Ice cream sales rose during an unseasonably heat October.',
     'Ice cream sales rose during an unseasonably warm October.'),
    ('Retailers fear greater delivery prices will eat into their margins.',
     'Retailers fear higher shipping costs will eat into their margins.'),
    ('Shares in the grocery store group rose 3 percent on Thursday.',
     'Shares in the supermarket group rose 3 percent on Thursday.'),
    ('Sales of personal label goods rose faster than branded ones.',
     'Sales of private label goods rose faster than branded ones.'),
    ('Shoppers are trading down to personal label manufacturers as prices climb.',
     'Shoppers are trading down to private label brands as prices climb.'),
]

ROUND191_ORDINARY = [
    'A nutritionist compared the nutritional value of a loaf of white bread with that of a brown one.',
    'The low-cost chain opened 30 new stores last year.',
    'Events began to unfold by the hour as the storm moved inland.',
    'Furniture prices there are comparable to those in other European capitals.',
    'The grocery store on the corner has closed after forty years.',
    'A personal label printer costs less than 50 pounds.',
    'The frost broke records across the north of England on Tuesday.',
    'Shoppers paid a higher price for a smaller loaf.',
    'Farmers squeezed by higher costs have asked for help.',
    'The chain said it would provide details of the closures next week.',
]

ROUND192_TELLS = [
    ('Most new staff are robotically enrolled in the scheme.',
     'Most new staff are automatically enrolled in the scheme.'),
    ('Workers who choose out can rejoin the scheme at any time.',
     'Workers who opt out can rejoin the scheme at any time.'),
    ('Drivers of their twenties face the steepest increases.',
     'Drivers in their twenties face the steepest increases.'),
    ('Many people of their thirties have no pension savings at all.',
     'Many people in their thirties have no pension savings at all.'),
    ('Some 800,000 pensioners do not claim the pension credit score they are owed.',
     'Some 800,000 pensioners do not claim the pension credit they are owed.'),
    ('Journey insurance coverage insurance policies seldom cover a cancelled concert.',
     'Travel insurance policies seldom cover a cancelled concert.'),
    ('Ministers plan to enhance the state pension age to 68.',
     'Ministers plan to raise the state pension age to 68.'),
    ('Several countries have voted to enhance the retirement age.',
     'Several countries have voted to raise the retirement age.'),
    ('Astronomers picked up a faint sign from a star 40 light years away.',
     'Astronomers picked up a faint signal from a star 40 light years away.'),
    ('The telescope studied galaxies shaped shortly after the Big Bang.',
     'The telescope studied galaxies formed shortly after the Big Bang.'),
    ("The reactor's licence was extended for one more 10 years.",
     "The reactor's licence was extended for another 10 years."),
    ('The retailer will freeze the price of 200 staple gadgets until March.',
     'The retailer will freeze the price of 200 staple items until March.'),
    ('Many policies not often cowl damage from a slow leak.',
     'Many policies rarely cover damage from a slow leak.'),
    ('Floods worn out a lot of the rice harvest in the north.',
     'Floods wiped out much of the rice harvest in the north.'),
    ("The storm worn out the town's only bridge.",
     "The storm wiped out the town's only bridge."),
]

ROUND192_ORDINARY = [
    'Fans can choose out of three designs for the new kit.',
    'She spent most of their twenties travelling, her brother said.',
    'They looked back on the best years of their twenties.',
    'The band will play for one more time at the festival next summer.',
    "The party's policy was shaped shortly after the election defeat.",
    'Investors saw a faint sign from the central bank that rates may fall.',
    'Savers who delay taking their pension can receive a larger monthly payment.',
    'The government offered subsidies to households that install heat pumps.',
    'Such claims are not often paid in full, the ombudsman said.',
    'The regulator said insurers had often been slow to pay out.',
    'The insurer credited the scheme with a better score than last year.',
    'Staff can opt out of the pension scheme at any time.',
    'Travel insurers do not often cover losses caused by strikes.',
    'The final handed over the trophy to the home side for the first time.',
    "The team's final handed them a place in next season's competition.",
    'The hospital will make use of 200 extra beds this winter.',
    'The players were worn out the next morning after extra time.',
    'The midfielder looked worn out the whole match, his coach admitted.',
]

ROUND208_TELLS = [
    ('The charity urged people to keep their homes heat during the cold snap.',
     'The charity urged people to keep their homes warm during the cold snap.'),
    ('The typical temperature in July has risen by two degrees.',
     'The average temperature in July has risen by two degrees.'),
]

ROUND208_ORDINARY = [
    'It has been suggested that the storm could be the worst in decades.',
    'Heat pumps can heat homes more cheaply than gas boilers.',
    'A typical day starts at six in the morning.',
    'Older people are advised to keep their homes warm.',
    'Forecasters said temperatures could reach 35C on Wednesday.',
]

ROUND209_TELLS = [
    ('Families are ready months for a social worker.',
     'Families are waiting months for a social worker.'),
    ('Waiting times in A&E remain above goal, the figures show.',
     'Waiting times in A&E remain above target, the figures show.'),
    ('The trust declared a important incident on Monday.',
     'The trust declared a critical incident on Monday.'),
    ('The app connects individuals in disaster with trained volunteers.',
     'The app connects people in crisis with trained volunteers.'),
    ('Many practices cannot tackle new patients.',
     'Many practices cannot take on new patients.'),
]

ROUND209_ORDINARY = [
    'Aid agencies are helping people in disaster zones.',
    'The council must tackle new threats to public health.',
    'She said she was ready for the challenge.',
    'Patients are waiting weeks for a GP appointment.',
]

ROUND196_TELLS = [
    ('The comedy took $12 million on the field workplace in its first week.',
     'The comedy took $12 million at the box office in its first week.'),
    ('She was nominated for best actress in a number one position.',
     'She was nominated for best actress in a leading role.'),
    ('He won the prize for best actor in a supporting position.',
     'He won the prize for best actor in a supporting role.'),
    ('The band added four stadium exhibits to its summer tour.',
     'The band added four stadium shows to its summer tour.'),
    ('The tour ends with three sold-out exhibits in Dublin.',
     'The tour ends with three sold-out shows in Dublin.'),
    ('Hundreds of fans camped outdoors the world before the concert.',
     'Hundreds of fans camped outside the arena before the concert.'),
    ('The singer signed a take care of a streaming platform.',
     'The singer signed a deal with a streaming platform.'),
    ('The duo left a serious report label to release music themselves.',
     'The duo left a major record label to release music themselves.'),
    ('The brothers played together again after a decade aside.',
     'The brothers played together again after a decade apart.'),
    ('Hundreds of families attended prayers on the mosque on Friday.',
     'Hundreds of families attended prayers at the mosque on Friday.'),
    ('The council will fund security cameras at locations of worship.',
     'The council will fund security cameras at places of worship.'),
    ('The bishop denied protecting up abuse in the diocese.',
     'The bishop denied covering up abuse in the diocese.'),
]

ROUND196_ORDINARY = [
    "The film's director spoke about the present state of British cinema.",
    "The museum's new exhibits include a model of the old stadium.",
    'He said the world outside the courtroom had moved on.',
    'The agency will take care of the paperwork for a small fee.',
    'She kept her grief aside for a decade before writing about it.',
    'Critics said the report was a serious record of the failings.',
    'Police were protecting the crowd outside the church.',
    "The trustworthy accounts of the war came from soldiers' letters.",
    'The bishop said the most trustworthy witnesses were the nurses.',
    'Locations of the new stores will be announced next week.',
    'The present was wrapped in gold paper.',
    'Prayers were said for the victims on the anniversary.',
    'The cardinal said the church had a duty of care towards its members.',
    'Fans across the world watched the ceremony online.',
    'The deal is aimed at protecting up to 500 jobs at the plant.',
    'The trustworthy should not be punished for the failings of others.',
    'She set a decade aside for her research.',
    'Stadium exhibits at the museum include a turnstile from 1923.',
]

ROUND197_TELLS = [
    ('The former champion missed the lower for the third week running.',
     'The former champion missed the cut for the third week running.'),
    ('The Scot made the lower with a birdie on the last hole.',
     'The Scot made the cut with a birdie on the last hole.'),
    ('She sank a protracted putt to win the play-off.',
     'She sank a long putt to win the play-off.'),
    ('It was the first gap-in-one of his career.',
     'It was the first hole-in-one of his career.'),
    ('India won the toss and selected to bat first.',
     'India won the toss and chose to bat first.'),
    ('Rain washed out the fourth day of the Take a look at.',
     'Rain washed out the fourth day of the Test.'),
    ('Dangerous mild stopped play with England on 210 for four.',
     'Bad light stopped play with England on 210 for four.'),
    ('The series is degree at two wins each.',
     'The series is level at two wins each.'),
    ('The captain was banned for a sluggish over price in the second Test.',
     'The captain was banned for a slow over rate in the second Test.'),
    ('The flanker was sent off for a excessive deal with in the first half.',
     'The flanker was sent off for a high tackle in the first half.'),
    ('Ireland named an unchanged aspect for the trip to Rome.',
     'Ireland named an unchanged side for the trip to Rome.'),
    ('The centre was proven a yellow card for a late hit.',
     'The centre was shown a yellow card for a late hit.'),
    ('The winger was despatched to the sin bin for a deliberate knock-on.',
     'The winger was sent to the sin bin for a deliberate knock-on.'),
    ('The protection automotive came out after debris was found on the track.',
     'The safety car came out after debris was found on the track.'),
    ('A sluggish pit cease dropped him to fifth place.',
     'A slow pit stop dropped him to fifth place.'),
    ('The rookie completed on the rostrum in only his third race.',
     'The rookie finished on the podium in only his third race.'),
    ('Both cars retired with a gearbox drawback.',
     'Both cars retired with a gearbox problem.'),
    ('The judges gave the fight to the champion on a cut up choice.',
     'The judges gave the fight to the champion on a split decision.'),
    ('The 21-year-old is unbeaten in 14 skilled fights.',
     'The 21-year-old is unbeaten in 14 professional fights.'),
    ('He made his skilled debut in Manchester last year.',
     'He made his professional debut in Manchester last year.'),
    ('The rower won two golds on the Olympic Video games in Paris.',
     'The rower won two golds at the Olympic Games in Paris.'),
    ('The British pair failed to achieve the ultimate in the team sprint.',
     'The British pair failed to reach the final in the team sprint.'),
    ('The cyclist was banned after a failed medicine take a look at.',
     'The cyclist was banned after a failed drugs test.'),
    ('The teams are level at one match every.',
     'The teams are level at one match each.'),
    ('The Mexican will begin from the again of the grid after a penalty.',
     'The Mexican will start from the back of the grid after a penalty.'),
    ('The Dane will begin from pole for the first time this season.',
     'The Dane will start from pole for the first time this season.'),
    ('The referee stopped the battle midway through the sixth.',
     'The referee stopped the fight midway through the sixth.'),
    ('The Welshman received the battle by split decision.',
     'The Welshman won the fight by split decision.'),
    ('The Jamaican relay group set a new world record.',
     'The Jamaican relay team set a new world record.'),
]

ROUND197_ORDINARY = [
    'The bill missed the lower house deadline by a day.',
    'The party made the lower chamber its priority.',
    'The protracted talks ended without a deal.',
    'Only one player was selected to bat at number three.',
    'The dangerous mild bacterium was found in the water supply.',
    'The degree at Oxford took her three years.',
    "The collection is level with the museum's best work.",
    'The shop sold the coat at a slow pace and a lower price.',
    'Ministers promised to deal with excessive profits.',
    'The report looked at an unchanged aspect of the law.',
    'The protection of the car industry was a key issue.',
    'He completed the course on the second attempt.',
    'The main drawback of the plan is its cost.',
    'She cut up the cake and shared it with the guests.',
    'He gave up a skilled job to care for his mother.',
    'The government spent billions on the Olympic Games.',
    'The new law will achieve the ultimate aim of cleaner rivers.',
    'The medicine was tested on mice before the trial.',
    'The ambulance was despatched to the scene within minutes.',
    'The team lost one match every season for a decade.',
    'Talks will begin from pole to pole of the issue, the diplomat joked.',
    'The opposition received the battle plans from a leaked memo.',
    'The radio relay group met at the village hall.',
]

ROUND198_TELLS = [
    ('Colleges and workplaces were shut for two days.',
     'Schools and offices were shut for two days.'),
    ('Fuel was working brief in the worst-hit towns.',
     'Fuel was running short in the worst-hit towns.'),
    ('Energy has been restored to most homes on the island.',
     'Power has been restored to most homes on the island.'),
    ('Boats were ordered not to exit to sea until the storm passed.',
     'Boats were ordered not to go out to sea until the storm passed.'),
    ('The quake broken roads and bridges across the province.',
     'The quake damaged roads and bridges across the province.'),
    ('Rescuers used helicopters to achieve those trapped on rooftops.',
     'Rescuers used helicopters to reach those trapped on rooftops.'),
    ('Volunteers struggled to achieve survivors in remote villages.',
     'Volunteers struggled to reach survivors in remote villages.'),
]

ROUND198_ORDINARY = [
    'Colleges and universities were told to reopen in September.',
    'The committee drew up a working brief for the new inquiry.',
    'Her energy has been restored after a long rest.',
    'The boat was the only exit to the harbour.',
    'The quake was felt across the border.',
    'The storm broke the record for rainfall in a single day.',
    'The plan will achieve those goals within five years.',
    'The children found a large space to play in the park.',
    'Residents living throughout the region were warned.',
    'Search teams looked for people missing after the floods.',
    'The best picture of the eclipse was taken from a hill.',
]

ROUND210_TELLS = [
    ('Shoppers now bring their own plastic luggage to the supermarket.',
     'Shoppers now bring their own plastic bags to the supermarket.'),
    ('The beach lost its bathing water standing after the spill.',
     'The beach lost its bathing water status after the spill.'),
    ('The school has applied for charitable standing.',
     'The school has applied for charitable status.'),
    ('Fly-tipping prices councils about 50 million pounds a year.',
     'Fly-tipping costs councils about 50 million pounds a year.'),
]

ROUND210_ORDINARY = [
    'The pattern of voting has changed since the last election.',
    'Scientists tested a new pattern of weather forecasts.',
    'He has been standing for the council for years.',
    'Prices rose faster than wages last year.',
    'Passengers lost their luggage at the airport.',
    'The water company was fined for pumping sewage into the river.',
]

ROUND211_TELLS = [
    ('She will be thought of for parole in 2031.',
     'She will be considered for parole in 2031.'),
    ('Officers seized medication and a knife from the flat.',
     'Officers seized drugs and a knife from the flat.'),
    ('The jury took hours to achieve its verdict.',
     'The jury took hours to reach its verdict.'),
]

ROUND211_ORDINARY = [
    'Border officials seized counterfeit medication worth thousands of pounds.',
    'The team hopes to achieve a result in the final.',
    'He was thought of as a likely successor.',
    'The defendant denied all the charges against him.',
]

ROUND213_TELLS = [
    ("The occasion's chief stepped down on Friday.",
     "The party's leader stepped down on Friday."),
]

ROUND213_ORDINARY = [
    'The chief of staff said the occasion was a success.',
]

ROUND214_TELLS = [
    ('The council raised taxes to steadiness the books.',
     'The council raised taxes to balance the books.'),
    ('Wages rose consistent with inflation last year.',
     'Wages rose in line with inflation last year.'),
    ('A decision is anticipated quickly, the club said.',
     'A decision is expected soon, the club said.'),
    ('The mayor, nonetheless, said the plan would go ahead.',
     'The mayor, however, said the plan would go ahead.'),
]

ROUND214_ORDINARY = [
    '"Perhaps," she said. "Nonetheless, we should try."',
    'The results were consistent with earlier studies.',
    'The team is expected to recover quickly from the defeat.',
    'The museum still attracts large crowds.',
]

ROUND216_TELLS = [
    ('Avenue lights on the estate will be replaced with LEDs.',
     'Street lights on the estate will be replaced with LEDs.'),
]

ROUND216_ORDINARY = [
    'Fifth Avenue lights up for the holidays every December.',
    'Street lights will be switched off after midnight.',
]

ROUND217_TELLS = [
    ('The hospice launched an attraction to lift 500,000 pounds.',
     'The hospice launched an appeal to raise 500,000 pounds.'),
    ('Police issued an attraction for witnesses after the crash.',
     'Police issued an appeal for witnesses after the crash.'),
    ('She raised 3,000 kilos for charity by running the marathon.',
     'She raised 3,000 pounds for charity by running the marathon.'),
]

ROUND217_ORDINARY = [
    'Donations have fallen as people tighten their belts.',
    'The theme park opened a new attraction for families.',
    'The parcel weighed two kilos.',
    'The charity has launched an appeal to raise 2 million pounds.',
]

ROUND218_TELLS = [
    ('Firms that allow versatile working find it easier to hire.',
     'Firms that allow flexible working find it easier to hire.'),
    ('The study found no rise in productiveness after the change.',
     'The study found no rise in productivity after the change.'),
    ('Young people are discovering it tougher to rent a flat.',
     'Young people are finding it harder to rent a flat.'),
]

ROUND218_ORDINARY = [
    'The gymnast is a versatile performer.',
    'Scientists are discovering it has other uses.',
]

ROUND228_TELLS = [
    ('Tenants say the associated fee of dwelling has outpaced their wages.',
     'Tenants say the cost of living has outpaced their wages.'),
    ('The council will pay half the associated fee of the new bridge.',
     'The council will pay half the cost of the new bridge.'),
    ('The new road, which would hyperlink the port with the motorway, opens next year.',
     'The new road, which would link the port with the motorway, opens next year.'),
    ('A burst water major flooded the high street on Monday.',
     'A burst water main flooded the high street on Monday.'),
    ('The mayor was among the many loudest critics of the plan.',
     'The mayor was among the loudest critics of the plan.'),
    ('Shoppers seemed for cheaper brands as prices rose.',
     'Shoppers looked for cheaper brands as prices rose.'),
    ('The police found the car at a former manufacturing unit web site near the river.',
     'The police found the car at a former factory site near the river.'),
    ('Scientists on the college have developed a cheaper battery.',
     'Scientists at the university have developed a cheaper battery.'),
    ('Wage prices rose faster than sales last year.',
     'Wage costs rose faster than sales last year.'),
    ('Hospitals are struggling to manage with the number of flu cases.',
     'Hospitals are struggling to cope with the number of flu cases.'),
    ('The trust is building four new working theatres at the hospital.',
     'The trust is building four new operating theatres at the hospital.'),
    ('Some patients have been ready for over two years.',
     'Some patients have been waiting for over two years.'),
    ('Voters are tired of politicians creating guarantees.',
     'Voters are tired of politicians making promises.'),
    ("He accused ministers of making guarantees it couldn't preserve.",
     "He accused ministers of making promises it couldn't keep."),
    ('Families are paying the worth for years of neglect.',
     'Families are paying the price for years of neglect.'),
    ('Thieves took jewellery value round £40,000.',
     'Thieves took jewellery worth around £40,000.'),
    ('He rented the flat beneath a false identify.',
     'He rented the flat under a false name.'),
    ('Flooding is expected in components of the north-east.',
     'Flooding is expected in parts of the north-east.'),
    ('The agency would difficulty a warning if the river rose.',
     'The agency would issue a warning if the river rose.'),
    ('Temperatures will be round common for the time of year.',
     'Temperatures will be around average for the time of year.'),
    ('The plan would hurt working Individuals, the senator said.',
     'The plan would hurt working Americans, the senator said.'),
    ('A serious carmaker is expected to announce job cuts.',
     'A major carmaker is expected to announce job cuts.'),
    ('The new stadium would value greater than $1 billion.',
     'The new stadium would cost more than $1 billion.'),
    ('The housing market has recovered from a hunch.',
     'The housing market has recovered from a slump.'),
    ('The plant recycles many of the water it uses.',
     'The plant recycles most of the water it uses.'),
    ('Crime fell sharply through the previous decade.',
     'Crime fell sharply during the past decade.'),
    ('The vaccine meets the new well being pointers.',
     'The vaccine meets the new health guidelines.'),
]

ROUND228_ORDINARY = [
    'The website lists each course and the associated fees.',
    'Click the button to hyperlink the text to another page.',
    'The water supply was cut off for six hours.',
    'Among the many visitors were two former prime ministers.',
    'It seemed for a moment that the deal would collapse.',
    'A number of measures were announced on Monday.',
    'Wage growth slowed in the second quarter.',
    'He manages with a small team and a tight budget.',
    'The theatre is working with local schools on a new play.',
    'The team is ready for the final.',
    'The firm guarantees delivery within three days.',
    'It was worth the wait, fans said.',
    'He had a hunch that the bid would fail.',
    'Many of the workers live nearby.',
    'The engine has thousands of moving components.',
    'Hikers should check the weather before setting off.',
    "A serious blow to the government's plans came on Tuesday.",
    'She is a serious contender for the title.',
    'The shares value the company at $2 billion.',
    'He is a serious investor in property.',
    'Environmental groups raised concerns about the quantity of water the mine would use.',
    'Officials warned that the offer could be withdrawn.',
    'The plants drew lead out of the ground.',
    'Up to 60mm of rain could fall on high ground.',
    'The administration remained hopeful that lawmakers could reach a deal.',
    'He and two accomplices broke into twenty homes.',
    'Detectives found some of the stolen items in a garage.',
]

ROUND229_TELLS = [
    ('The central bank saved interest rates at 4 percent on Thursday.',
     'The central bank kept interest rates at 4 percent on Thursday.'),
    ('The choice was broadly expected by economists.',
     'The decision was widely expected by economists.'),
    ('"We aren\'t there but," the governor said.',
     '"We aren\'t there yet," the governor said.'),
    ('The economy is moving in the best course, the minister said.',
     'The economy is moving in the right direction, the minister said.'),
    ("Inflation remains above the financial institution's goal.",
     "Inflation remains above the bank's target."),
    ('Borrowers face a rise of their monthly payments.',
     'Borrowers face a rise in their monthly payments.'),
    ('House prices remain greater than a yr in the past.',
     'House prices remain higher than a year ago.'),
    ('Small firms are struggling with prime borrowing costs.',
     'Small firms are struggling with high borrowing costs.'),
    ('The primary share index fell 2 percent.',
     'The main share index fell 2 percent.'),
    ('Shares in London closed barely greater on Friday.',
     'Shares in London closed slightly higher on Friday.'),
    ('The board said it was left with no selection but to close the school.',
     'The board said it was left with no choice but to close the school.'),
    ('Parents held indicators outside the town hall.',
     'Parents held signs outside the town hall.'),
    ('"However now we have a duty to the taxpayer," she said.',
     '"But we have a duty to the taxpayer," she said.'),
    ('Dozens spoke during the general public remark period.',
     'Dozens spoke during the public comment period.'),
    ("The firm broke the bloc's competitors guidelines, the regulator said.",
     "The firm broke the bloc's competition rules, the regulator said."),
    ('The deal would cut back competitors in the market.',
     'The deal would reduce competition in the market.'),
    ('App builders say the fees are too high.',
     'App developers say the fees are too high.'),
    ('The follow had cost consumers millions.',
     'The practice had cost consumers millions.'),
    ('The scheme lost a whole bunch of tens of millions of pounds.',
     'The scheme lost hundreds of millions of pounds.'),
    ('Brussels said the fee had found no breach of EU rules.',
     'Brussels said the commission had found no breach of EU rules.'),
    ('There was no proof of hurt to children, the report said.',
     'There was no evidence of harm to children, the report said.'),
    ('The market is rising quick, analysts said.',
     'The market is growing fast, analysts said.'),
    ('The regulator fined the bank £40 million, and the fantastic is the largest it has imposed.',
     'The regulator fined the bank £40 million, and the fine is the largest it has imposed.'),
    ('The watchdog will decide whether to hold out a full investigation.',
     'The watchdog will decide whether to carry out a full investigation.'),
    ('Smokers have a decrease threat of dying early if they quit before 40.',
     'Smokers have a lower risk of dying early if they quit before 40.'),
    ('Volunteers wore units that measured their sleep.',
     'Volunteers wore devices that measured their sleep.'),
    ('Even a short walk can make an actual distinction, she said.',
     'Even a short walk can make a real difference, she said.'),
    ('Poor sleep is linked to dementia and melancholy.',
     'Poor sleep is linked to dementia and depression.'),
    ("Consultants who weren't concerned in the study praised it.",
     'Experts who were not involved in the study praised it.'),
    ('The figures should be handled with some warning.',
     'The figures should be treated with some caution.'),
    ('He left college at fifteen to work on the docks.',
     'He left school at fifteen to work on the docks.'),
    ('Friends remembered her dry humorousness.',
     'Friends remembered her dry sense of humour.'),
]

ROUND229_ORDINARY = [
    'She saved most of her wages for a deposit.',
    'The choice was hers alone.',
    'He said the best course of action was to wait.',
    "The team's goal is to win the league.",
    'The crash was attributable to driver error.',
    'The rise of their party shocked the establishment.',
    'The prime minister visited the factory on Monday.',
    'The primary school will close in July.',
    'The difference was barely greater than one percent.',
    'The shop has a wide selection of cheeses.',
    'Warning indicators on the dashboard lit up.',
    'Now we have to wait for the result.',
    'The general public will be able to visit the castle.',
    'He was sporting a beard and glasses.',
    'It happened within the space of a week.',
    'The firm faces tough competition from its rivals.',
    'The builders finished the extension in May.',
    "Members follow the club's rules.",
    'The fee for the course is £200.',
    'He was not hurt in the crash.',
    'We value jobs and families, the minister said.',
    'The fantastic views draw thousands of visitors.',
    'He tried to hold out a hand to the child.',
    'The threat of strikes hangs over the talks.',
    'The units will be sold off next year.',
    'The actual cost was much higher.',
    'He left college at 21 with a degree in history.',
    'The researchers cautioned that the sample was small.',
]

ROUND230_TELLS = [
    ('Nurses are striking over pay and dealing circumstances.',
     'Nurses are striking over pay and working conditions.'),
    ("The union's normal secretary called the offer an insult.",
     "The union's general secretary called the offer an insult."),
    ('Staff have not had a correct pay rise for years.',
     'Staff have not had a proper pay rise for years.'),
    ("The landlord's offer was truthful and inexpensive, the tenants said.",
     "The landlord's offer was fair and affordable, the tenants said."),
    ('Commuters should expect restricted companies on Sunday.',
     'Commuters should expect limited services on Sunday.'),
    ('Some traces will have no trains during the strike.',
     'Some lines will have no trains during the strike.'),
    ('The new levy will add to the standard family invoice.',
     'The new levy will add to the typical household bill.'),
    ('The regulator blamed greater wholesale prices.',
     'The regulator blamed higher wholesale prices.'),
    ('Suppliers must not drive prospects onto prepayment meters.',
     'Suppliers must not force customers onto prepayment meters.'),
    ('The scam sites took fee but never sent the goods.',
     'The scam sites took payment but never sent the goods.'),
    ('The inspectors will hold out a full investigation.',
     'The inspectors will carry out a full investigation.'),
]

ROUND230_ORDINARY = [
    'The firm is dealing with the fallout from the strike.',
    'It is normal for prices to rise in the winter.',
    'She gave the correct answer.',
    'The witness was truthful, the judge said.',
    'Police found traces of cocaine on the table.',
    'The standard rate of tax will not change.',
    'He tried to drive the point home.',
    'The park has many of the oldest trees in the county.',
    'He seemed for a moment to lose his temper.',
    'The boy tried to hold out a hand to the dog.',
    'The restaurant is a serious contender for the award.',
    'Insurers would value the house at about half its old price.',
]

ROUND219_TELLS = [
    ('The government will pay farmers to depart a part of their land fallow.',
     'The government will pay farmers to leave part of their land fallow.'),
    ('Growers said the crop was broken by heavy rain in June.',
     'Growers said the crop was damaged by heavy rain in June.'),
    ('The apple blossom was broken by a late frost.',
     'The apple blossom was damaged by a late frost.'),
    ('Cattle farmers are promoting their herds to pay their debts.',
     'Cattle farmers are selling their herds to pay their debts.'),
    ('Employees on the gold mine went on strike over pay.',
     'Workers at the gold mine went on strike over pay.'),
    ('Employees on the mine were sent home after the blast.',
     'Workers at the mine were sent home after the blast.'),
    ('The corporate plans to open a new smelter in Chile.',
     'The company plans to open a new smelter in Chile.'),
    ('Nickel prices slumped after Indonesia flooded the market with low cost provide.',
     'Nickel prices slumped after Indonesia flooded the market with cheap supply.'),
    ('The mining large agreed to pay $2 billion to settle the claims.',
     'The mining giant agreed to pay $2 billion to settle the claims.'),
    ('Gold rose to a recent file on Friday.',
     'Gold rose to a fresh record on Friday.'),
    ('Copper hit a recent file excessive in May.',
     'Copper hit a fresh record high in May.'),
    ('Exploration drilling found copper deposits close to the floor.',
     'Exploration drilling found copper deposits near the surface.'),
    ('Natural gas storage websites in Europe are nearly full.',
     'Natural gas storage sites in Europe are nearly full.'),
    ('Drilling has slowed since the windfall tax was launched.',
     'Drilling has slowed since the windfall tax was introduced.'),
    ('The pipeline will carry gas from the offshore subject to the mainland.',
     'The pipeline will carry gas from the offshore field to the mainland.'),
    ('Production at the oil subject was halted after the leak.',
     'Production at the oil field was halted after the leak.'),
    ('Petrol costs on the pump have risen for six straight weeks.',
     'Petrol prices at the pump have risen for six straight weeks.'),
    ('Diesel prices on the pump fell last week.',
     'Diesel prices at the pump fell last week.'),
]

ROUND219_ORDINARY = [
    'The long drought was finally broken by heavy rain in late August.',
    'The greenhouse windows were broken by hail during the storm.',
    'Local breeders were promoting their cattle at the county show.',
    'The employees on the mine site were evacuated after the alarm sounded.',
    'A report on the coal mine disaster was published on Monday.',
    'Its low cost provides an edge over larger rivals.',
    'The airline offers low cost flights to Spain and Portugal.',
    'He saved the figures to a recent file on his laptop.',
    'She said the dam was a catastrophe waiting to happen.',
    'Cloud storage websites have become a target for hackers.',
    'A review of the tax was launched in May.',
    'Profits booked offshore subject to a lower tax rate drew criticism.',
    'The repair costs on the pump were higher than expected.',
    'The pump at the station was out of order for a week.',
    'The cattle were sold at auction in the spring.',
    'Hens in the barn were moved outdoors when the flu risk passed.',
    'Farmers culled hens after bird flu was found on two farms.',
    'Investors want more cash returned to shareholders through dividends.',
    'The company has a cash pile of $20 billion on its balance sheet.',
    'Copper supply remained tight as smelters cut output.',
    'The market was flooded with cheap supply from new mines.',
]

ROUND220_TELLS = [
    ('Dockworkers walked off the job, halting cargo dealing with.',
     'Dockworkers walked off the job, halting cargo handling.'),
    ('Dockworkers on the port walked off the job on Monday.',
     'Dockworkers at the port walked off the job on Monday.'),
    ('Congestion on the port has left ships waiting for days.',
     'Congestion at the port has left ships waiting for days.'),
    ('Dozens of vessels are ready at anchor off the coast.',
     'Dozens of vessels are waiting at anchor off the coast.'),
    ('The delivery group ordered twelve new container ships.',
     'The shipping group ordered twelve new container ships.'),
    ('The company reported internet earnings of $1.2 billion for the third quarter.',
     'The company reported net income of $1.2 billion for the third quarter.'),
    ('The bank said quarterly internet earnings rose 9 percent.',
     'The bank said quarterly net income rose 9 percent.'),
    ("The London stock exchange's important index closed higher on Friday.",
     "The London stock exchange's main index closed higher on Friday."),
    ('The lender set aside more money to cover dangerous loans.',
     'The lender set aside more money to cover risky loans.'),
    ('The funds startup raised $300 million at a valuation of $4 billion.',
     'The payments startup raised $300 million at a valuation of $4 billion.'),
    ('The purchase now, pay later lender will be regulated like other lenders.',
     'The buy now, pay later lender will be regulated like other lenders.'),
    ('The fintech firm utilized for a full banking licence last year.',
     'The fintech firm applied for a full banking licence last year.'),
    ('Stress assessments showed that the largest banks could survive a recession.',
     'Stress tests showed that the largest banks could survive a recession.'),
]

ROUND220_ORDINARY = [
    'Congestion on the port approach roads delayed lorries for hours.',
    'The lifeboat crew was ready at the harbour by dawn.',
    'The delivery group at the warehouse works nights.',
    'The survey is an important index of consumer confidence.',
    'Banks must maintain extra capital buffers under the new rules.',
    'The brand new stadium opened in August.',
    'The investment funds app lets savers track their portfolios.',
    'The hall was utilized for a full day of talks.',
    'Workers said the stress assessments by their managers were unfair.',
    'The payments startup hired 200 engineers last year.',
    'The payments giant reported higher fees from card transactions.',
    'Crypto exchanges must report large transfers to the tax authority.',
    'Stock exchanges in Asia closed higher on Tuesday.',
    'Stress tests showed that most lenders had enough capital.',
    'The talks included frank exchanges on trade and security.',
]

ROUND221_TELLS = [
    ('Minimal unit pricing for alcohol was introduced in 2018.',
     'Minimum unit pricing for alcohol was introduced in 2018.'),
    ('The policy has cut consuming among the many heaviest drinkers.',
     'The policy has cut drinking among the heaviest drinkers.'),
    ('Binge consuming among students has fallen.',
     'Binge drinking among students has fallen.'),
    ('Underage consuming is a growing concern for the police.',
     'Underage drinking is a growing concern for the police.'),
    ('The tobacco company will take a $2 billion cost on its cigarette brands.',
     'The tobacco company will take a $2 billion charge on its cigarette brands.'),
    ('The tobacco large reported higher sales of heated products.',
     'The tobacco giant reported higher sales of heated products.'),
    ('The brewing large said beer volumes fell in Europe.',
     'The brewing giant said beer volumes fell in Europe.'),
    ('The smoking ban in pubs and restaurants got here into power in 2007.',
     'The smoking ban in pubs and restaurants came into force in 2007.'),
    ('Non-alcoholic beer is the quickest rising a part of the business.',
     'Non-alcoholic beer is the fastest growing part of the business.'),
    ('India is the quickest rising market for the brewer.',
     'India is the fastest growing market for the brewer.'),
    ('The airline said jet gas prices would rise next year.',
     'The airline said jet fuel prices would rise next year.'),
    ('The low-cost service expects to fly 200 million passengers this year.',
     'The low-cost carrier expects to fly 200 million passengers this year.'),
    ('The airline cut its capability progress forecast for next year.',
     'The airline cut its capacity growth forecast for next year.'),
    ('The airline added seat capability on routes to Spain.',
     'The airline added seat capacity on routes to Spain.'),
    ("The airline's load issue was 89 percent in July.",
     "The airline's load factor was 89 percent in July."),
    ('The share of seats crammed rose to 89 percent.',
     'The share of seats filled rose to 89 percent.'),
    ('The airline grounded a part of its fleet for engine checks.',
     'The airline grounded part of its fleet for engine checks.'),
    ('Oil and wind companies are competing for a similar engineers.',
     'Oil and wind companies are competing for the same engineers.'),
    ('The port operator said volumes were again to regular.',
     'The port operator said volumes were back to normal.'),
    ('The price range service added flights to Greece.',
     'The budget carrier added flights to Greece.'),
    ('The flag service cut routes to Asia.',
     'The flag carrier cut routes to Asia.'),
]

ROUND221_ORDINARY = [
    'The ruling party came into power in 2010 after a landslide.',
    'The new government came into power promising lower taxes.',
    'Binge drinking among young people has fallen sharply.',
    'The $2 billion cost of the plant will be shared by three companies.',
    'The airline launched a low-cost service to Lisbon this spring.',
    'Rows of seats crammed into the cabin left little legroom.',
    'The aircraft became a part of its fleet in 1998.',
    'The two birds belong to a similar species found in the Andes.',
    'Scientists found a similar pattern in other regions.',
    'Fares stayed high through the summer holidays.',
    'Demand stayed strong despite higher prices.',
    'Returning again to regular service will take weeks.',
    "The airline's capacity grew by 8 percent.",
    'The smoking ban came into force in 2007.',
]

ROUND225_TELLS = [
    ('The duchess wore a costume by an Italian designer to the premiere.',
     'The duchess wore a dress by an Italian designer to the premiere.'),
    ('The couple were pictured on the gala in New York.',
     'The couple were pictured at the gala in New York.'),
    ('The pop star has cut up from her husband of ten years.',
     'The pop star has split from her husband of ten years.'),
    ('She first found fame as a truth star on television.',
     'She first found fame as a reality star on television.'),
    ('Fashions walked the catwalk in long silk dresses.',
     'Models walked the catwalk in long silk dresses.'),
    ('The trainers sold out within an hour of happening sale.',
     'The trainers sold out within an hour of going on sale.'),
    ('The label named a new artistic director for its menswear line.',
     'The label named a new creative director for its menswear line.'),
    ('The actress appeared on the cover of the September difficulty.',
     'The actress appeared on the cover of the September issue.'),
    ('Magnificence manufacturers have seen sales rise this year.',
     'Beauty brands have seen sales rise this year.'),
    ('The salon chain sells its own magnificence merchandise.',
     'The salon chain sells its own beauty products.'),
    ('Dinner costs 60 kilos a head including wine.',
     'Dinner costs 60 pounds a head including wine.'),
    ('The lamb shoulder was the spotlight of the meal.',
     'The lamb shoulder was the highlight of the meal.'),
    ('The pudding was a wealthy chocolate mousse with cream.',
     'The pudding was a rich chocolate mousse with cream.'),
    ('Diners faced a long look ahead to a desk on Friday night.',
     'Diners faced a long wait for a table on Friday night.'),
    ('We asked for a desk for two by the window.',
     'We asked for a table for two by the window.'),
    ('The lamb was served medium uncommon with a red wine sauce.',
     'The lamb was served medium rare with a red wine sauce.'),
    ('Reserving is really useful at weekends.',
     'Booking is recommended at weekends.'),
    ('The kitchen serves recent seafood from the harbour.',
     'The kitchen serves fresh seafood from the harbour.'),
    ('The pub is known for beneficiant parts of pie and mash.',
     'The pub is known for generous portions of pie and mash.'),
    ('The sommelier advisable a bottle of Rioja.',
     'The sommelier recommended a bottle of Rioja.'),
    ('The bakery is run by a husband and spouse group from Lyon.',
     'The bakery is run by a husband and wife team from Lyon.'),
]

ROUND225_ORDINARY = [
    'The actress wore a costume to the Halloween party.',
    "He appeared on stage in a costume by the theatre's designer.",
    'He served onions cut up from his garden on a wooden board.',
    'The company spent millions on the gala last year.',
    'The theatre has appointed a new artistic director for next season.',
    'Staff can book a desk in the office through the app.',
    'The cattle gained about 20 kilos a head over the summer.',
    'The recent seafood recalls worried diners.',
    'The outsized influence of the star worries critics.',
    'She took a brisk stroll along the seafront after lunch.',
    'Younger shoppers prefer vintage clothing.',
    'Together with her husband, she runs a bakery in the village.',
    'The truth present in the letters shocked the family.',
]

ROUND226_TELLS = [
    ('The NHS offers speaking therapies for depression.',
     'The NHS offers talking therapies for depression.'),
    ('Children ought to intention for an hour of exercise a day.',
     'Children should aim for an hour of exercise a day.'),
    ('The guidance says adults should do 150 minutes of average train each week.',
     'The guidance says adults should do 150 minutes of moderate exercise each week.'),
    ('Energy coaching is good for older people.',
     'Strength training is good for older people.'),
    ('Lifting weights helps to construct muscle.',
     'Lifting weights helps to build muscle.'),
    ('A balanced weight loss plan is the key to good health.',
     'A balanced diet is the key to good health.'),
    ('Consuming sufficient water helps in a heatwave.',
     'Drinking enough water helps in a heatwave.'),
    ('Older people are at risk throughout scorching climate.',
     'Older people are at risk during hot weather.'),
    ('Private trainers charge up to 60 pounds an hour.',
     'Personal trainers charge up to 60 pounds an hour.'),
    ('Weight reduction jabs are in short supply.',
     'Weight loss jabs are in short supply.'),
    ('The gymnasium chain has 200 sites.',
     'The gym chain has 200 sites.'),
    ('Doctors recommend eating entire grains every day.',
     'Doctors recommend eating whole grains every day.'),
    ('Players were told to relaxation for a week.',
     'Players were told to rest for a week.'),
    ('Patients are being treated removed from residence.',
     'Patients are being treated far from home.'),
    ('Sufferers in disaster wait hours in emergency departments.',
     'Patients in crisis wait hours in emergency departments.'),
    ('Many people will expertise anxiety at some point.',
     'Many people will experience anxiety at some point.'),
    ('He had a psychological well being drawback for years.',
     'He had a mental health problem for years.'),
    ('The charity gives psychological well being assist to young people.',
     'The charity gives mental health support to young people.'),
    ('Nurses raised considerations a few lack of staff.',
     'Nurses raised concerns about a lack of staff.'),
    ('Children sat in entrance of a display for hours.',
     'Children sat in front of a screen for hours.'),
    ('Babies who napped in the day slept higher at night.',
     'Babies who napped in the day slept better at night.'),
    ('Mothers can declare statutory maternity pay.',
     'Mothers can claim statutory maternity pay.'),
    ('Caring for a disabled child is a every day wrestle.',
     'Caring for a disabled child is a daily struggle.'),
    ('Teenagers with low shallowness are more at risk.',
     'Teenagers with low self-esteem are more at risk.'),
    ('The service supports new mother and father in the first year.',
     'The service supports new parents in the first year.'),
    ('Exercise helps to shield bones as we age.',
     'Exercise helps to protect bones as we age.'),
]

ROUND226_ORDINARY = [
    'The entire grain harvest was lost to the drought.',
    "The country's entire grain exports go through the port.",
    'The nursery charges parents a deposit for each place.',
    'The intention for the meeting was to agree a plan.',
    'She hired a private trainer for her racehorses.',
    'The average train is late by four minutes.',
    'The two countries will maintain a common position at the talks.',
    'Children were getting used to the new school.',
    'Talking therapies are offered to patients on the ward.',
    'Teenagers who spend hours online report lower self-esteem.',
    'Nutritionists advise parents to cut down on sugar.',
]

ROUND227_TELLS = [
    ('The prison is at 99 p.c. of its capability.',
     'The prison is at 99 percent of its capacity.'),
    ('The prison is working at full capability.',
     'The prison is operating at full capacity.'),
    ('Offenders were freed early below a scheme to cut numbers.',
     'Offenders were freed early under a scheme to cut numbers.'),
    ('Drones are getting used to smuggle drugs into jails.',
     'Drones are being used to smuggle drugs into jails.'),
    ('Guards patrol the jail partitions at night.',
     'Guards patrol the prison walls at night.'),
    ('He was sent to a young offender establishment.',
     'He was sent to a young offender institution.'),
    ('She will spend half the term in custody and the remaining on licence.',
     'She will spend half the term in custody and the rest on licence.'),
    ('The service failed to manage harmful offenders.',
     'The service failed to manage dangerous offenders.'),
    ('He broke the circumstances of his licence.',
     'He broke the conditions of his licence.'),
    ('He was jailed for breaching the circumstances of a court order.',
     'He was jailed for breaching the conditions of a court order.'),
    ('Offenders wear digital tags to enforce curfews.',
     'Offenders wear electronic tags to enforce curfews.'),
    ('The camera records video in 4K decision.',
     'The camera records video in 4K resolution.'),
    ('The replace provides a new camera mode.',
     'The update adds a new camera mode.'),
    ('The phone has new artificial intelligence options for photos.',
     'The phone has new artificial intelligence features for photos.'),
    ('The tablet folds like a ebook.',
     'The tablet folds like a book.'),
    ('The wi-fi earbuds cost 199 dollars.',
     'The wireless earbuds cost 199 dollars.'),
    ('Courting apps are losing paying users.',
     'Dating apps are losing paying users.'),
    ('She met her husband through on-line courting.',
     'She met her husband through online dating.'),
    ('Social media has modified the best way people shop.',
     'Social media has changed the way people shop.'),
    ('They met on a blind date arrange by her sister.',
     'They met on a blind date set up by her sister.'),
    ('They finally agreed to satisfy in particular person.',
     'They finally agreed to meet in person.'),
    ('The couple decided to live collectively after the wedding.',
     'The couple decided to live together after the wedding.'),
]

ROUND227_ORDINARY = [
    'Prisoners are getting used to the new rules.',
    'The museum uses digital tags to label its photos.',
    'Digital tags help shops track products on the shelves.',
    'The company was launched in 2010 by two brothers.',
    'The couple lived together before they married.',
    'The app lets users verify their profiles with a selfie.',
    'The app lets users confirm their identity with a selfie.',
    'The tech giant will stop selling the cheaper model next year.',
    'Dating coaches advise people to meet in a public place.',
    'He left the restaurant together with his wife.',
    'Drones are being used to smuggle drugs into prisons.',
    'The security services weighed their intelligence options after the attack.',
]

ROUND222_TELLS = [
    ('The closer came in for the ninth and the nearer earned his first save.',
     'The closer came in for the ninth and the closer earned his first save.'),
    ('He caught the ball in left subject and threw to second base.',
     'He caught the ball in left field and threw to second base.'),
    ('The ball fell in centre subject and rolled to the wall.',
     'The ball fell in centre field and rolled to the wall.'),
    ('He lined a single to right subject in the third inning.',
     'He lined a single to right field in the third inning.'),
    ('The mass subject started 15 minutes after the elite runners.',
     'The mass field started 15 minutes after the elite runners.'),
    ('The left-hander pitched an entire sport shutout against the Cubs.',
     'The left-hander pitched a complete game shutout against the Cubs.'),
    ('He scored the profitable objective with a minute left.',
     'He scored the winning goal with a minute left.'),
    ('The captain scored on an influence play in the second period.',
     'The captain scored on a power play in the second period.'),
    ('He was suspended for an unlawful verify in the second period.',
     'He was suspended for an illegal check in the second period.'),
    ('He was penalised for a verify to the top of an opponent.',
     'He was penalised for a check to the head of an opponent.'),
    ('He was credited with an help on the opening goal.',
     'He was credited with an assist on the opening goal.'),
    ('The team pulled its goalie for an additional attacker late in the game.',
     'The team pulled its goalie for an extra attacker late in the game.'),
    ('He was given a five-minute main for the hit.',
     'He was given a five-minute major for the hit.'),
    ('The defenceman was given a main for preventing in the first period.',
     'The defenceman was given a major for fighting in the first period.'),
    ('The game was determined in a shootout after a scoreless overtime.',
     'The game was decided in a shootout after a scoreless overtime.'),
    ('The Frenchman received the stage after a long breakaway.',
     'The Frenchman won the stage after a long breakaway.'),
    ('He moved into second place in the basic classification.',
     'He moved into second place in the general classification.'),
    ('He took maximum points at the intermediate dash.',
     'He took maximum points at the intermediate sprint.'),
    ('She won the excessive soar with a leap of two metres.',
     'She won the high jump with a leap of two metres.'),
    ('He fouled his first attempt in the lengthy soar.',
     'He fouled his first attempt in the long jump.'),
    ('She set a national record in the triple soar.',
     'She set a national record in the triple jump.'),
]

ROUND222_ORDINARY = [
    'The scheme is aimed at preventing main roads from flooding every winter.',
    'Drivers faced a ten-minute main road closure near the school.',
    'The teachers were trained in right subject areas for the new curriculum.',
    'The decision was left subject to appeal by the council.',
    'He received the stage directions only a day before the premiere.',
    'Scientists proposed a basic classification of soils in the region.',
    'Police said an additional attacker was arrested on Sunday.',
    'There was an excessive soar in prices after the storm.',
]

ROUND223_TELLS = [
    ('The jockey was banned for careless using at Ascot.',
     'The jockey was banned for careless riding at Ascot.'),
    ('The going was delicate after a night of heavy rain.',
     'The going was soft after a night of heavy rain.'),
    ('The stewards studied the photograph end for several minutes.',
     'The stewards studied the photo finish for several minutes.'),
    ('The race was determined by a photograph end at Newbury.',
     'The race was decided by a photo finish at Newbury.'),
    ('The profitable jockey was fined for excessive use of the whip.',
     'The winning jockey was fined for excessive use of the whip.'),
    ('The profitable trainer said the horse would run again in June.',
     'The winning trainer said the horse would run again in June.'),
    ('He devoted the victory to his late mother.',
     'He dedicated the victory to his late mother.'),
    ('The club has agreed a charge with Porto for the midfielder.',
     'The club has agreed a fee with Porto for the midfielder.'),
    ("The deal would break the club's transfer record with a file charge of £80 million.",
     "The deal would break the club's transfer record with a record fee of £80 million."),
    ('He signed a two-year deal with the choice of an extra 12 months.',
     'He signed a two-year deal with the option of a further year.'),
    ('The striker will bear a medical before signing the contract.',
     'The striker will undergo a medical before signing the contract.'),
    ('The defender will bear surgery on his knee next week.',
     'The defender will undergo surgery on his knee next week.'),
    ('The hamstring problem guidelines him out of the derby.',
     'The hamstring problem rules him out of the derby.'),
    ('The damage guidelines him out of the rest of the season.',
     'The injury rules him out of the rest of the season.'),
    ('The final was delayed by technical points for an hour.',
     'The final was delayed by technical issues for an hour.'),
    ('The player was banned for dishonest at a tournament in Berlin.',
     'The player was banned for cheating at a tournament in Berlin.'),
    ('Two players were caught dishonest during the qualifiers.',
     'Two players were caught cheating during the qualifiers.'),
    ('The team reached the final through an internet qualifier.',
     'The team reached the final through an online qualifier.'),
    ('The club signed a sponsorship cope with a bank.',
     'The club signed a sponsorship deal with a bank.'),
    ('The team signed a five-year cope with the league.',
     'The team signed a five-year deal with the league.'),
    ('The team is backed by an energy drink model.',
     'The team is backed by an energy drink brand.'),
    ('The team certified for the playoffs for the first time.',
     'The team qualified for the playoffs for the first time.'),
]

ROUND223_ORDINARY = [
    'The photograph ended up on the front page of every paper.',
    'Police will file charges against the driver next week.',
    'The going was delicate as negotiators met for a third day.',
    'He was banned for dishonest conduct by the regulator.',
    'The hotel gave guests the choice of an extra night at half price.',
    'The report was delayed by technical points raised by the lawyers.',
    'The wrestler lost on technical points after a long bout.',
    'Volunteers will repair the bus shelter next week.',
]

ROUND224_TELLS = [
    ('The Brazilian certified quickest in the last session.',
     'The Brazilian qualified fastest in the last session.'),
    ("He certified on pole for Sunday's race.",
     "He qualified on pole for Sunday's race."),
    ('The rookie certified on the entrance row for the race.',
     'The rookie qualified on the front row for the race.'),
    ('He set the pace in the first follow session on Friday.',
     'He set the pace in the first practice session on Friday.'),
    ('He was fastest in free follow on Friday morning.',
     'He was fastest in free practice on Friday morning.'),
    ('She won gold in the 200m particular person medley.',
     'She won gold in the 200m individual medley.'),
    ('The linebacker dedicated to play for the Gators in the spring.',
     'The linebacker committed to play for the Gators in the spring.'),
    ('The recruit verbally dedicated to the school last summer.',
     'The recruit verbally committed to the school last summer.'),
    ('The university hired a new pinnacle coach on Monday.',
     'The university hired a new head coach on Monday.'),
    ('Athletes can now profit from their name, picture and likeness.',
     'Athletes can now profit from their name, image and likeness.'),
    ('The quarterback entered the switch portal in December.',
     'The quarterback entered the transfer portal in December.'),
    ('He lost two places through the pit cease.',
     'He lost two places during the pit stop.'),
    ('He prolonged his result in 20 points with a win in Texas.',
     'He extended his lead to 20 points with a win in Texas.'),
    ('He made his debut in inventory automobile racing at the age of 19.',
     'He made his debut in stock car racing at the age of 19.'),
    ('He was penalised for dashing within the pit lane.',
     'He was penalised for speeding in the pit lane.'),
    ('His fastest lap was deleted for exceeding observe limits.',
     'His fastest lap was deleted for exceeding track limits.'),
    ('He finished half a second forward of his teammate.',
     'He finished half a second ahead of his teammate.'),
    ('He completed 12 seconds behind the winner in Austria.',
     'He finished 12 seconds behind the winner in Austria.'),
    ('The crew modified four tyres in under ten seconds.',
     'The crew changed four tyres in under ten seconds.'),
]

ROUND224_ORDINARY = [
    'The building was certified for the final inspection in May.',
    'The park has a space dedicated to play and learning.',
    'Fishing boats must observe limits on their catch.',
    'Engineers fitted modified tyres to the rally car.',
    'The new law will give a free follow-up appointment to every patient.',
    'The museum holds a picture and a letter from the poet.',
    'He signed the letter on the first page.',
    "The race was a close one for the party's nomination.",
    'She wanted to swim the channel before she turned thirty.',
    'The airline fitted a modified tyre to the plane.',
]

ROUND237_TELLS = [
    ('Windows rattled as the bottom shook.',
     'Windows rattled as the ground shook.'),
    ('The partitions of her home cracked in the quake.',
     'The walls of her house cracked in the quake.'),
    ('Engineers arrived to evaluate the injury to the bridge.',
     'Engineers arrived to assess the damage to the bridge.'),
    ('The storm caused serious injury to property in the town.',
     'The storm caused serious damage to property in the town.'),
    ('In a separate improvement, the minister resigned.',
     'In a separate development, the minister resigned.'),
    ('The homes were not constructed to face up to floods.',
     'The homes were not built to withstand floods.'),
    ('The inside minister visited the scene on Wednesday.',
     'The interior minister visited the scene on Wednesday.'),
    ('Our precedence is to find the missing, he said.',
     'Our priority is to find the missing, he said.'),
    ('The region has suffered a number of lethal floods.',
     'The region has suffered several deadly floods.'),
    ('The town sits on a serious fault line.',
     'The town sits on a major fault line.'),
    ('The captain headed in a corner on the near post.',
     'The captain headed in a corner at the near post.'),
    ('The team were booed off on the break.',
     'The team were booed off at the break.'),
    ('The teenager came on as an alternative and scored.',
     'The teenager came on as a substitute and scored.'),
    ('It was the perfect now we have played, he said.',
     'It was the best we have played, he said.'),
    ('His reverse quantity blamed the referee.',
     'His opposite number blamed the referee.'),
    ('The club has won solely considered one of its last five games.',
     'The club has won only one of its last five games.'),
]

ROUND237_ORDINARY = [
    'The boat sank to the bottom of the lake.',
    'Prices hit rock bottom in March.',
    'The bank has been hit by a wave of complaints.',
    'Police said 12 people have been arrested.',
    'The players were booed off by their own fans.',
    'The show resumed after the interval.',
    'The partitions of India and Ireland shaped the century.',
    'Doctors will evaluate the injury to his knee.',
    'He took a new job inside the ministry.',
    'The substitute came on as an alternative to the injured striker.',
    'She is able to work from home.',
]

ROUND238_TELLS = [
    ('She said she had no motive to concern for her safety.',
     'She said she had no reason to fear for her safety.'),
    ('The footage was proven to jurors on Tuesday.',
     'The footage was shown to jurors on Tuesday.'),
    ('The family asked mourners to let him relaxation in peace.',
     'The family asked mourners to let him rest in peace.'),
    ('"Nothing will deliver her again," her father said.',
     '"Nothing will bring her back," her father said.'),
    ('The crash led to renewed requires a speed limit.',
     'The crash led to renewed calls for a speed limit.'),
    ('Police stopped the car and spoke to the driving force.',
     'Police stopped the car and spoke to the driver.'),
]

ROUND238_ORDINARY = [
    'The company was held responsible of course for the spill.',
    'She was the driving force behind the campaign.',
    'The reality is that prices will keep rising.',
    'He was found guilty of fraud.',
    'The museum will deliver the painting on Monday.',
    'The new rules require more checks.',
]

ROUND231_TELLS = [
    ('Voters will get a chance to say what they specific at the ballot box.',
     'Voters will get a chance to say what they express at the ballot box.'),
    ('The governor said the agency should not intrude with the work of local boards.',
     'The governor said the agency should not interfere with the work of local boards.'),
    ('The senator said atypical voters care more about prices than about polls.',
     'The senator said ordinary voters care more about prices than about polls.'),
    ('Atypical Americans are paying more for groceries and rent.',
     'Ordinary Americans are paying more for groceries and rent.'),
    ('The rule would make hospitals publish detailed experiences on their prices.',
     'The rule would make hospitals publish detailed reports on their prices.'),
    ('Justice Elena Kagan wrote the primary dissent in the case.',
     'Justice Elena Kagan wrote the main dissent in the case.'),
    ('Critics say the donors have huge energy over the party.',
     'Critics say the donors have enormous power over the party.'),
    ('The appeal remains to be being heard by a panel of three judges.',
     'The appeal is still being heard by a panel of three judges.'),
    ('Regulators say the harm their merchandise trigger is hard to measure.',
     'Regulators say the harm their products cause is hard to measure.'),
    ('Members of each events praised the deal.',
     'Members of both parties praised the deal.'),
    ('The mayor said she would signal the measure this week.',
     'The mayor said she would sign the measure this week.'),
    ('The president said he would signal it into law this week.',
     'The president said he would sign it into law this week.'),
    ('The program has value way over what lawmakers were told.',
     'The program has cost far more than what lawmakers were told.'),
    ('The city had averted elevating fares for a decade.',
     'The city had avoided raising fares for a decade.'),
    ('Teachers say they will preserve urgent the board for smaller classes.',
     'Teachers say they will keep pressing the board for smaller classes.'),
    ('Several senators were disillusioned by the choice to delay the vote.',
     'Several senators were disappointed by the decision to delay the vote.'),
    ('In 2019 the courtroom had sided with the tenants.',
     'In 2019 the court had sided with the tenants.'),
]

ROUND231_ORDINARY = [
    'The rules are specific about what counts as a donation.',
    'Residents asked the company not to intrude on their privacy.',
    'It was an atypical year for the party.',
    'Her experiences on the campaign trail shaped the book.',
    'The primary vote is set for June.',
    'The plant uses a huge amount of energy.',
    'It remains to be seen whether the bill will pass.',
    'The merchandise sold out within an hour of the game.',
    'The events drew thousands of people to the capital.',
    'A rise in rents could signal a slowdown in building.',
    'The value of the land has risen sharply.',
    'The two sides averted a strike at the last minute.',
    'It is urgent that we preserve the wetlands.',
    'Many young voters were disillusioned by the campaign.',
    'The courtroom was packed for the sentencing.',
]

ROUND232_TELLS = [
    ('Drivers were told to use the relaxation cease north of the town.',
     'Drivers were told to use the rest stop north of the town.'),
    ('The storm is shifting quicker than forecasters expected.',
     'The storm is moving faster than forecasters expected.'),
    ("It was the worst flooding we've got seen in years.",
     'It was the worst flooding we have seen in years.'),
    ('Crews engaged on the blaze worked through the night.',
     'Crews working on the blaze worked through the night.'),
    ('The native energy firm said power would be back by Friday.',
     'The local power company said power would be back by Friday.'),
    ('Schools reopened once the hazard had handed.',
     'Schools reopened once the danger had passed.'),
    ('Officials warned the flames could unfold additional overnight.',
     'Officials warned the flames could spread further overnight.'),
    ('We received within the automobile and drove north.',
     'We got in the car and drove north.'),
    ('Parents were lining as much as communicate at the meeting.',
     'Parents were lining up to speak at the meeting.'),
    ('Protesters carried indicators outside city hall.',
     'Protesters carried signs outside city hall.'),
    ('The panel will be capable of subpoena witnesses.',
     'The panel will be able to subpoena witnesses.'),
    ('The chief has the power to self-discipline officers who break the rules.',
     'The chief has the power to discipline officers who break the rules.'),
    ('Crime has fallen on this metropolis since last year.',
     'Crime has fallen in this city since last year.'),
    ('The case was passed to inner affairs.',
     'The case was passed to internal affairs.'),
    ('He said the mayor was trying to attain political factors.',
     'He said the mayor was trying to score political points.'),
    ('Physique digital camera footage was shown to the jury.',
     'Body camera footage was shown to the jury.'),
    ('Residents on the shelters were given blankets and food.',
     'Residents at the shelters were given blankets and food.'),
    ('The new bridge should be up and operating by the summer.',
     'The new bridge should be up and running by the summer.'),
]

ROUND232_ORDINARY = [
    'Opening hours are posted at the rest stop.',
    'The debate is shifting to the cost of housing.',
    "We've got a lot of work to do before winter.",
    'The couple got engaged on the beach.',
    'Native plants need less water in the summer.',
    'He handed the keys to the landlord.',
    'The story will unfold over three episodes.',
    'The factory makes automobile parts.',
    'Leaders need to communicate clearly in a crisis.',
    'Economic indicators point to a slowdown.',
    'Self-discipline is the key to training for a marathon.',
    'The metropolis spread across both banks of the river.',
    'He spoke about the inner life of the city.',
    'There are many political factors behind the delay.',
    'The physique of the athletes was impressive.',
    "Trees were planted on the shelters' roofs to keep them cool.",
    'The mill is still operating after a hundred years.',
]

ROUND233_TELLS = [
    ('Individuals right here say the bypass was promised a decade ago.',
     'People here say the bypass was promised a decade ago.'),
    ('The seat fell vacant after the earlier MP was appointed to the Lords.',
     'The seat fell vacant after the previous MP was appointed to the Lords.'),
    ('Three county councils warned they could not stability their budgets without extra money.',
     'Three county councils warned they could not balance their budgets without extra money.'),
    ('The mayor said the city would struggle to stability its budget next year.',
     'The mayor said the city would struggle to balance its budget next year.'),
    ('The Native Authorities Affiliation called for a fairer funding formula.',
     'The Local Government Association called for a fairer funding formula.'),
    ('Junior doctors voted to strike, the British Medical Affiliation said on Monday.',
     'Junior doctors voted to strike, the British Medical Association said on Monday.'),
    ('Head teachers said they would research the main points of the pay award before voting.',
     'Head teachers said they would study the details of the pay award before voting.'),
    ("The nurses' union remains to be in a dispute with ministers over pay.",
     "The nurses' union is still in a dispute with ministers over pay."),
    ('Council tax bills have risen yearly since the freeze ended.',
     'Council tax bills have risen every year since the freeze ended.'),
    ('More than 40,000 children have been ready for greater than a year for dental treatment.',
     'More than 40,000 children have been waiting for more than a year for dental treatment.'),
    ('Directors warned of the growing stress on social care in rural areas.',
     'Directors warned of the growing pressure on social care in rural areas.'),
    ('New diagnostic hubs are meant to assist lower waiting times for scans.',
     'New diagnostic hubs are meant to help cut waiting times for scans.'),
    ('Mental health support is not accessible in the neighborhood for most teenagers.',
     'Mental health support is not available in the community for most teenagers.'),
    ('Polls suggest the 2 main events will lose seats in the election.',
     'Polls suggest the two major parties will lose seats in the election.'),
]

ROUND233_ORDINARY = [
    'People right here in the valley have farmed the land for generations.',
    'The earlier meeting had been cancelled because of the snow.',
    'The two main events of the festival are the parade and the fireworks.',
    'Engineers checked the stability of the bridge after the storm.',
    'Every authority in the region was asked to respond by Friday.',
    'The researchers published the main points of their study online.',
    'It remains to be seen whether the deal will hold.',
    'The magazine is published yearly in the spring.',
    'The pharmacy is open at night and at weekends.',
    'The team was ready for the final well before kick-off.',
    'Exam stress is common among teenagers in the summer term.',
    'Prices were lower in the north than in the south last year.',
    'The building is accessible by wheelchair from the side entrance.',
]

ROUND234_TELLS = [
    ('Ministers agreed to strengthen the exterior borders of the bloc.',
     'Ministers agreed to strengthen the external borders of the bloc.'),
    ('The border company said crossings on the eastern route had doubled.',
     'The border agency said crossings on the eastern route had doubled.'),
    ('The vote uncovered deep divisions within the governing coalition.',
     'The vote exposed deep divisions within the governing coalition.'),
    ('Several countries have refused to soak up migrants rescued at sea.',
     'Several countries have refused to take in migrants rescued at sea.'),
    ('The summit leaves it to every authorities to set its own quota.',
     'The summit leaves it to each government to set its own quota.'),
    ('Richer members would pay into a typical fund for border security.',
     'Richer members would pay into a common fund for border security.'),
    ('Campaigners said the policy would trigger critical hurt to young families.',
     'Campaigners said the policy would cause serious harm to young families.'),
    ('Finance ministers put off a choice on the new tax until the spring.',
     'Finance ministers put off a decision on the new tax until the spring.'),
    ('Riot police fired water cannon to maneuver a bunch of protesters from the square.',
     'Riot police fired water cannon to move a group of protesters from the square.'),
    ('Demonstrators tried to interrupt by a police line outside parliament.',
     'Demonstrators tried to break through a police line outside parliament.'),
    ('Growers are struggling with the rising price of gasoline and fertiliser this spring.',
     'Growers are struggling with the rising price of fuel and fertiliser this spring.'),
    ('Some had pushed by the evening from the south to reach the capital.',
     'Some had driven through the night from the south to reach the capital.'),
    ('Fishermen in the port voted to affix the protest on Friday.',
     'Fishermen in the port voted to join the protest on Friday.'),
    ('The union called for concrete assist for dairy farmers.',
     'The union called for concrete help for dairy farmers.'),
    ('Growers wished decrease duties on imported feed.',
     'Growers wanted lower duties on imported feed.'),
    ('Farmers demanded sooner cost of subsidies owed since the summer.',
     'Farmers demanded faster payment of subsidies owed since the summer.'),
    ('The minister will current new measures to parliament on Thursday.',
     'The minister will present new measures to parliament on Thursday.'),
    ('Hungary again refused to just accept the relocation scheme.',
     'Hungary again refused to accept the relocation scheme.'),
]

ROUND234_ORDINARY = [
    'The exterior walls of the hall were repainted last summer.',
    'She works for a border collie rescue charity and a travel company.',
    'Archaeologists uncovered a Roman mosaic beneath the car park.',
    'Sponges soak up water quickly, so leave them to dry in the sun.',
    'A typical fund manager charges around one percent a year.',
    'Firefighters said the blaze could trigger further collapses in the old mill.',
    'It was a hard choice for the selectors.',
    'The pilot had to maneuver around the storm on the final approach.',
    'Heavy rain can interrupt play at any time during the match.',
    'Gasoline prices in the United States rose again last week.',
    'The band pushed on through the evening despite the rain.',
    'Please affix the label to the top of the parcel.',
    'The new pier is built on concrete pillars.',
    'He wished them luck before the final.',
    'The sooner the repairs are done, the better.',
    'Temperatures will decrease overnight across the north.',
    'The current rules were written in 1998.',
    'You cannot just accept every offer that comes along.',
]

ROUND235_TELLS = [
    ('Online grocers are racing to velocity up deliveries before the holidays.',
     'Online grocers are racing to speed up deliveries before the holidays.'),
    ('Several know-how teams have cut their hiring plans for next year.',
     'Several technology groups have cut their hiring plans for next year.'),
    ('The hotel group wants to reduce extra time prices at its busiest sites.',
     'The hotel group wants to reduce overtime costs at its busiest sites.'),
    ("Regulators are wanting intently at the bank's lending to property developers.",
     "Regulators are looking closely at the bank's lending to property developers."),
    ("The pilots' union will search talks with the airline next week.",
     "The pilots' union will seek talks with the airline next week."),
    ('Sales of residential furnishings fell for a third straight month.',
     'Sales of home furnishings fell for a third straight month.'),
    ('The brewer raised its profit forecast for the complete yr.',
     'The brewer raised its profit forecast for the full year.'),
    ('Shares of the agency jumped after it beat profit forecasts.',
     'Shares of the company jumped after it beat profit forecasts.'),
    ('Large banks have been shopping for younger rivals in the payments business.',
     'Large banks have been buying young rivals in the payments business.'),
    ('Chipmakers race so as to add factories in Arizona and Texas.',
     'Chipmakers race to add factories in Arizona and Texas.'),
    ('The airline kept flying via the worst of the downturn.',
     'The airline kept flying through the worst of the downturn.'),
    ('The founder will run the mixed unit from Boston.',
     'The founder will run the combined unit from Boston.'),
    ('The bakery cut its menu to assist reduce waste.',
     'The bakery cut its menu to help cut waste.'),
    ('Hundreds of engineers are engaged on the know-how in Seoul.',
     'Hundreds of engineers are working on the technology in Seoul.'),
    ('Buyers pour cash into battery makers as demand for electric cars grows.',
     'Investors pour money into battery makers as demand for electric cars grows.'),
    ('The chain opened too many outlets in the improper locations.',
     'The chain opened too many outlets in the wrong places.'),
    ('She joined a serious financial institution after leaving the Treasury.',
     'She joined a major bank after leaving the Treasury.'),
    ('Revenue margins will shrink as fuel prices climb, the airline warned.',
     'Profit margins will shrink as fuel prices climb, the airline warned.'),
]

ROUND235_ORDINARY = [
    'The new owners promised to keep the staff on through the worst of the winter.',
    'The mixed group of students and teachers marched to the town hall.',
    "The couple went shopping for younger relatives' birthday presents.",
    'He was wanting to leave the company before the merger closed.',
    'The committee will search the archives for the missing letters.',
    'The factory in the improper location was closed by regulators for safety reasons.',
    'The mixed unit of soldiers and police patrolled the border town.',
    'Its important engine of growth has been the cloud business.',
]

ROUND236_TELLS = [
    ('The nurses chose to walk relatively than wait for the bus.',
     'The nurses chose to walk rather than wait for the bus.'),
    ("The satellite will map the planet's magnetic subject for two years.",
     "The satellite will map the planet's magnetic field for two years."),
    ("The rover will visit a different of the crater's ancient lake beds.",
     "The rover will visit another of the crater's ancient lake beds."),
    ('The lander carries four scientific devices and a drill.',
     'The lander carries four scientific instruments and a drill.'),
    ('Impartial specialists said the study was too small to settle the question.',
     'Independent experts said the study was too small to settle the question.'),
    ('Half the volunteers took the pill, and the opposite half took a sugar tablet.',
     'Half the volunteers took the pill, and the other half took a sugar tablet.'),
    ('The therapy improved every day dwelling for most of the patients.',
     'The therapy improved daily living for most of the patients.'),
    ('The children did better on normal checks of reading after a year.',
     'The children did better on standard tests of reading after a year.'),
    ('New cancer medication are priced far above what most health systems can pay.',
     'New cancer drugs are priced far above what most health systems can pay.'),
    ('The rocket shut down its important engine two minutes after liftoff.',
     'The rocket shut down its main engine two minutes after liftoff.'),
    ('The vaccine adjustments the course of the infection in older people.',
     'The vaccine changes the course of the infection in older people.'),
    ('Most volunteers felt fine, but a smaller quantity had headaches.',
     'Most volunteers felt fine, but a smaller number had headaches.'),
    ('Astronauts worked for an hour to free the caught half of the solar array.',
     'Astronauts worked for an hour to free the stuck part of the solar array.'),
    ('The launch campaign has not been freed from issues.',
     'The launch campaign has not been free of problems.'),
    ('The team has waited years for this present day.',
     'The team has waited years for this day.'),
    ('The research adopted practically 900 children from birth.',
     'The study followed nearly 900 children from birth.'),
    ('The probe is expected to end its flight, changing into the primary craft to land on a comet.',
     'The probe is expected to end its flight, becoming the first craft to land on a comet.'),
]

ROUND236_ORDINARY = [
    'The opposite half of the court was flooded after the storm.',
    'The museum opened a different exhibition in the west wing.',
    'The normal checks at the border were suspended during the strike.',
    'Its important engine of change is the young workforce.',
    'The survey found that a smaller quantity of water was used by the new machines.',
    'The hostages were freed from captivity after three months.',
    'The tradition has survived to this present day.',
    'Ten prisoners were freed from jail on Monday.',
    'She was not concerned with the outcome of the vote.',
    'Researchers adopted a new method to count the birds.',
]

# Round 245 (lead, twenty-ninth session): a hurricane's landfall, a tariff dispute, a village's planning row.
ROUND245_TELLS = [
    ('The storm weakened because it moved inland on Friday.',
     'The storm weakened as it moved inland on Friday.'),
    ('The county opened its emergency operations heart on Monday.',
     'The county opened its emergency operations center on Monday.'),
    ('The agency despatched a staff of engineers to the island.',
     'The agency sent a team of engineers to the island.'),
    ('Volunteers came from three counties to assist with the search.',
     'Volunteers came from three counties to help with the search.'),
    ('The outage could last for greater than per week.',
     'The outage could last for more than a week.'),
    ('The governor asked for a serious catastrophe declaration.',
     'The governor asked for a major disaster declaration.'),
    ('The ruling ends up liberating up money for schools.',
     'The ruling ends up freeing up money for schools.'),
    ('Insurance coverage analysts expect a jump in claims.',
     'Insurance analysts expect a jump in claims.'),
    ('Insurance coverage brokers warned of higher premiums.',
     'Insurance brokers warned of higher premiums.'),
    ('Those counties are politically necessary to the president.',
     'Those counties are politically important to the president.'),
    ('Tariffs will rise except the 2 sides agree.',
     'Tariffs will rise unless the two sides agree.'),
    ('The two sides hope for a fast settlement of the case.',
     'The two sides hope for a quick settlement of the case.'),
    ('The head of the engineering affiliation spoke first.',
     'The head of the engineering association spoke first.'),
    ('Dairy farmers are additionally nervous about prices.',
     'Dairy farmers are also worried about prices.'),
    ('High rates may weigh on funding this year.',
     'High rates may weigh on investment this year.'),
    ('Officials said a compromise may contain a cap on imports.',
     'Officials said a compromise could involve a cap on imports.'),
    ('The board took an method that others copied.',
     'The board took an approach that others copied.'),
    ('The league acted in an identical dispute last year.',
     'The league acted in a similar dispute last year.'),
    ('Engineers had advisable that the bridge be closed.',
     'Engineers had recommended that the bridge be closed.'),
    ('Neighbours wrote letters in opposition to the applying.',
     'Neighbours wrote letters against the application.'),
    ('The club said it would contemplate an attraction.',
     'The club said it would consider an appeal.'),
    ('Buyers can pick up brand spanking new cars next month.',
     'Buyers can pick up new cars next month.'),
    ('The council wants homes built on brownfield websites first.',
     'The council wants homes built on brownfield sites first.'),
    ('The new line will not be prepared till 2029.',
     'The new line will not be ready until 2029.'),
    ('The plan would bring enhancements to the station.',
     'The plan would bring improvements to the station.'),
    ('The developer is engaged on a brand new scheme.',
     'The developer is working on a new scheme.'),
    ('About 3,000 line employees worked through the night.',
     'About 3,000 line workers worked through the night.'),
    ('The water reached six toes in locations near the river.',
     'The water reached six feet in places near the river.'),
    ('The storm slowed because it moved north over cooler water.',
     'The storm slowed as it moved north over cooler water.'),
    ('Officials said tariffs on European items would take effect in May.',
     'Officials said tariffs on European goods would take effect in May.'),
    ('The talks broke down, and both capitals are more and more nervous.',
     'The talks broke down, and both capitals are increasingly worried.'),
]

ROUND245_ORDINARY = [
    'Planning officers had recommended that the scheme be approved.',
    'The river runs alongside the main road for a mile.',
    'She is engaged on a campaign to save the library.',
    'The museum is a popular tourist attraction in the summer.',
    'Pilots run through a checklist before every flight.',
    'Insurance coverage for flood damage is expensive in the valley.',
    'The club is engaged on a long-term project with the school.',
    'The charity sent food and blankets to families in need.',
]

# Round 246 (lead, twenty-ninth session): a stopgap spending bill, an NFL game, a Supreme Court confirmation hearing.
ROUND246_TELLS = [
    ('The deal keeps the museum open via mid-March.',
     'The deal keeps the museum open through mid-March.'),
    ('Union leaders dropped a requirement for a four-day week.',
     'Union leaders dropped a demand for a four-day week.'),
    ('Paying the fine was the accountable factor to do.',
     'Paying the fine was the responsible thing to do.'),
    ('The governor said the president would signal it on Friday.',
     'The governor said the president would sign it on Friday.'),
    ('The two sides remain far aside on wages.',
     'The two sides remain far apart on wages.'),
    ('Lawmakers from the 2 events met to discuss the bill.',
     'Lawmakers from the two parties met to discuss the bill.'),
    ('Voters are tired of leaders who preserve delaying repairs.',
     'Voters are tired of leaders who keep delaying repairs.'),
    ('The city has lurched from disaster to disaster this year.',
     'The city has lurched from crisis to crisis this year.'),
    ('Parents were told to remain residence with their children.',
     'Parents were told to stay home with their children.'),
    ('The storm struck throughout one of many busiest weekends of the summer.',
     'The storm struck during one of the busiest weekends of the summer.'),
    ('He caught a 9-yard rating pass in the third quarter.',
     'He caught a 9-yard score pass in the third quarter.'),
    ('The veteran makes it look straightforward every week.',
     'The veteran makes it look easy every week.'),
    ('Nobody on the team works tougher than the captain.',
     'Nobody on the team works harder than the captain.'),
    ('That is what nice gamers do in big games.',
     'That is what great players do in big games.'),
    ('His interception helped arrange a touchdown before halftime.',
     'His interception helped set up a touchdown before halftime.'),
    ('Appeals judges determine instances on the written record.',
     'Appeals judges decide cases on the written record.'),
    ('The minister confronted sharp questions from reporters.',
     'The minister faced sharp questions from reporters.'),
    ('She wrote about rising up in a mining town.',
     'She wrote about growing up in a mining town.'),
    ('He discovered early that hard work pays.',
     'He learned early that hard work pays.'),
    ('Trust issues most to small donors.',
     'Trust matters most to small donors.'),
    ('The judges issued a ruling during which they criticised the police.',
     'The judges issued a ruling in which they criticised the police.'),
    ('Critics said the judge was prepared to transcend the law.',
     'Critics said the judge was willing to go beyond the law.'),
    ('The court adopted the precedent set in 1998.',
     'The court followed the precedent set in 1998.'),
    ('The justices declined to rule on points raised late in the case.',
     'The justices declined to rule on issues raised late in the case.'),
    ('The appointment will alter the stability of the court.',
     'The appointment will change the balance of the court.'),
    ('She has spent ten years on the courtroom since her appointment.',
     'She has spent ten years on the court since her appointment.'),
    ('The case is likely to come earlier than the courtroom next year.',
     'The case is likely to come before the court next year.'),
]

ROUND246_ORDINARY = [
    'The storm moved through the state over the weekend.',
    'The choir sang throughout the service.',
    'She was rising up in the polls all summer.',
    'The firm adopted the plan after a long review.',
    'The fans spent the whole match outdoors in the rain.',
    'The bank will signal a change in policy next month.',
    'Both events drew large crowds on Saturday.',
    'The lawyers waited in the courtroom for the verdict.',
    'The museum stays open via a side door during the works.',
]

ROUND239_TELLS = [
    ('The veteran star gained finest actor for his role as a dying boxer.',
     'The veteran star won best actor for his role as a dying boxer.'),
    ('Patients ought to need to wait no more than a week for a scan.',
     'Patients should have to wait no more than a week for a scan.'),
    ('The coach admitted he was not positive how the team had lost.',
     'The coach admitted he was not sure how the team had lost.'),
    ('The board was not positive whether the merger would survive a vote.',
     'The board was not sure whether the merger would survive a vote.'),
    ('The plan would ease issues on the border, officials hope.',
     'The plan would ease concerns on the border, officials hope.'),
    ('Fans are less loyal than they was once, the promoter said.',
     'Fans are less loyal than they used to be, the promoter said.'),
    ('Nobody would say what the show value to make.',
     'Nobody would say what the show cost to make.'),
    ('The council wants the concerts to go on with out preserving residents awake.',
     'The council wants the concerts to go on without keeping residents awake.'),
    ('The singer has bought greater than two million albums in Europe.',
     'The singer has sold more than two million albums in Europe.'),
    ('Tickets for the final are on sale now, with costs beginning at 30 pounds.',
     'Tickets for the final are on sale now, with prices starting at 30 pounds.'),
    ('A day cross for the theme park costs 60 dollars.',
     'A day pass for the theme park costs 60 dollars.'),
    ('The response was past something we had hoped for, the director said.',
     'The response was beyond anything we had hoped for, the director said.'),
    ("Organisers expect record crowds at next year's occasion.",
     "Organisers expect record crowds at next year's event."),
    ("We've got heard the complaints and we will act, the mayor said.",
     "We have heard the complaints and we will act, the mayor said."),
    ('Players who think the principles are damaged can appeal to the league.',
     'Players who think the rules are broken can appeal to the league.'),
    ('The stadium will hire more safety employees for the derby.',
     'The stadium will hire more security staff for the derby.'),
    ('A spokeswoman for the Tenants Affiliation welcomed the ruling.',
     'A spokeswoman for the Tenants Association welcomed the ruling.'),
    ("Traffic will be heavy around this yr's occasion, police warned.",
     "Traffic will be heavy around this year's event, police warned."),
    ('The winner receives a prize of 20,000 kilos.',
     'The winner receives a prize of 20,000 pounds.'),
    ('Tourism is a vital supply of revenue for the island.',
     'Tourism is a vital source of income for the island.'),
    ('Voters will judge whether the pledges were stored.',
     'Voters will judge whether the pledges were kept.'),
    ('Fans return for the large occasions, such as cup finals.',
     'Fans return for the big events, such as cup finals.'),
    ('Air traffic is still below the degrees seen before the crisis.',
     'Air traffic is still below the levels seen before the crisis.'),
    ('Hotel bookings have returned to pre-pandemic degrees.',
     'Hotel bookings have returned to pre-pandemic levels.'),
    ('The nominations will be introduced on Friday morning.',
     'The nominations will be announced on Friday morning.'),
]

ROUND239_ORDINARY = [
    'She gained five pounds during filming.',
    'He was the finest actor of his generation, critics agreed.',
    'The test came back positive, and the patient was isolated.',
    'It was once a busy port, but the docks closed in 1980.',
    'The vouchers add value to make the offer more attractive.',
    'The museum is preserving letters written during the war.',
    'The riders face a three-day cross-country course in the hills.',
    'She walked past something shiny on the pavement.',
    'The festival was a joyful occasion for the whole town.',
    'Public safety employees received a pay rise in the new budget.',
    'She has no political affiliation, her spokesman said.',
    'The issues raised by the audit have not gone away.',
    'He lifted 200 kilos in the final round.',
    'Police seized 40 kilos of cocaine at the port.',
    'The data are stored on servers in Ireland.',
    'The bill was introduced in parliament last year.',
    'She was introduced to the audience by the host.',
    'Temperatures reached 40 degrees in the south.',
    'The grain is stored in silos near the port.',
    'The prize was introduced in 1995 to honour young poets.',
]

ROUND240_TELLS = [
    ('The studio is making its first journey recreation for consoles.',
     'The studio is making its first adventure game for consoles.'),
    ('The developer released a patch to repair bugs in the online mode.',
     'The developer released a patch to fix bugs in the online mode.'),
    ('Cellular video games now make up half of the market.',
     'Mobile games now make up half of the market.'),
    ('The company earns most of its money from cellular games in Japan.',
     'The company earns most of its money from mobile games in Japan.'),
    ('Young investors are more willing to take dangers with their savings.',
     'Young investors are more willing to take risks with their savings.'),
    ('The memoir was published by a small unbiased publisher in Dublin.',
     'The memoir was published by a small independent publisher in Dublin.'),
    ('Her first novel came out with a small unbiased press in Cork.',
     'Her first novel came out with a small independent press in Cork.'),
    ('The town lost its last unbiased bookshop in March.',
     'The town lost its last independent bookshop in March.'),
    ('The painting is among the most priceless works in the museum.',
     'The painting is among the most valuable works in the museum.'),
    ('The bridge is one of the crucial priceless landmarks in the city.',
     'The bridge is one of the most valuable landmarks in the city.'),
    ('The contract is value $40 million over four years.',
     'The contract is worth $40 million over four years.'),
    ('The estate was value 3 million euros when she died.',
     'The estate was worth 3 million euros when she died.'),
    ('He could barely walk, not to mention win the race.',
     'He could barely walk, let alone win the race.'),
    ('The club blamed rising growth prices for the delay.',
     'The club blamed rising development costs for the delay.'),
]

ROUND240_ORDINARY = [
    'The pilgrims made the long journey on foot.',
    'Engineers repair the bridges every summer.',
    'Cellular networks were down for hours after the storm.',
    'The report listed the dangers of taking the drug with alcohol.',
    'A free and unbiased press is vital to democracy, the judge said.',
    'The priceless vase was stolen in 1992.',
    'Guests could not sleep, and the principles of the club were questioned.',
    'The deal is value for money, the minister said.',
    'Farmers rely on a steady supply of water.',
]

# Round 247 (lead, twenty-ninth session): a diplomatic visit, a central bank's rate decision, a chipmaker's results.
ROUND247_TELLS = [
    ('The minister spoke to reporters on the aircraft home.',
     'The minister spoke to reporters on the plane home.'),
    ('Both countries have commitments underneath the pact.',
     'Both countries have commitments under the pact.'),
    ('The protest came every week after the election.',
     'The protest came a week after the election.'),
    ('Chinese language warships sailed near the island on Sunday.',
     'Chinese warships sailed near the island on Sunday.'),
    ('The navy escorted a provide boat to the outpost.',
     'The navy escorted a supply boat to the outpost.'),
    ('The opposition known as the choice a betrayal.',
     'The opposition called the decision a betrayal.'),
    ('Neighbours described the move as harmful and provocative.',
     'Neighbours described the move as dangerous and provocative.'),
    ('He accused the governor of stirring up bother.',
     'He accused the governor of stirring up trouble.'),
    ('The quantity was not disclosed in the filing.',
     'The amount was not disclosed in the filing.'),
    ('"We are right here to remain," the owner said.',
     '"We are here to stay," the owner said.'),
    ('The mayor will maintain a information convention on Friday.',
     'The mayor will hold a news conference on Friday.'),
    ('She spoke at a convention along with her deputy.',
     'She spoke at a conference with her deputy.'),
    ('Prices are falling quicker than forecast.',
     'Prices are falling faster than forecast.'),
    ('Critics said ready too lengthy was a mistake.',
     'Critics said waiting too long was a mistake.'),
    ('The delay could trigger pointless suffering.',
     'The delay could cause unnecessary suffering.'),
    ('Sales grew at an annual tempo of 3 percent.',
     'Sales grew at an annual pace of 3 percent.'),
    ('"We\'ve got made mistakes," the coach admitted.',
     '"We have made mistakes," the coach admitted.'),
    ('Officials hope to have the ability to reopen the road soon.',
     'Officials hope to be able to reopen the road soon.'),
    ('Hiring continued to sluggish in the spring.',
     'Hiring continued to slow in the spring.'),
    ('Households face excessive borrowing prices this year.',
     'Households face high borrowing costs this year.'),
    ('The strike is inflicting companies to cancel orders.',
     'The strike is causing firms to cancel orders.'),
    ('Many families took out low cost fixed-rate loans.',
     'Many families took out cheap fixed-rate loans.'),
    ('Cloud suppliers are spending billions on data centers.',
     'Cloud providers are spending billions on data centers.'),
    ('The contract runs via the middle of next year.',
     'The contract runs through the middle of next year.'),
    ("The problem right now's provide, not demand.",
     'The problem right now is supply, not demand.'),
    ('Nobody expects the rally would final.',
     'Nobody expects the rally would last.'),
    ('Regulators have yet to point out how the rule will work.',
     'Regulators have yet to show how the rule will work.'),
    ('New export guidelines took effect in January.',
     'New export rules took effect in January.'),
    ('When plans fail, she always finds a means.',
     'When plans fail, she always finds a way.'),
]

ROUND247_ORDINARY = [
    'The aircraft was grounded after the inspection.',
    'The cat slept underneath the porch all afternoon.',
    'Mandarin is the main Chinese language taught in schools.',
    'Too much sun is harmful and painful for young children.',
    'The festival is known as the biggest in the region.',
    'She is ready too, and so is her sister.',
    'The band kept a slow tempo for the encore.',
    'The survey found that the will finally settled the dispute.',
]

# Rounds 241-242 (tells43, issue 15): four whole articles of our own (immigration and border policy, the housing
# market and mortgages, a flood and insurance claims, a teachers' strike) spun by hand as the synonym-file spinner
# would, repaired, and their misses written as rows. Sentences written for these tests, one tell each.
ROUND241_TELLS = [
    ('Ministers want to bring internet migration below 300,000 a year.',
     'Ministers want to bring net migration below 300,000 a year.'),
    ('The rules for household visas will change in April.',
     'The rules for family visas will change in April.'),
    ('Couples must meet a minimal revenue threshold to bring a spouse to Britain.',
     'Couples must meet a minimum income threshold to bring a spouse to Britain.'),
    ('The minimal revenue requirement was raised last spring.',
     'The minimum income requirement was raised last spring.'),
    ('The farm grows soppy fruit under plastic tunnels.',
     'The farm grows soft fruit under plastic tunnels.'),
    ('A levy on soppy drinks has cut the sugar in many brands.',
     'A levy on soft drinks has cut the sugar in many brands.'),
    ('The bank offered soppy loans to small farmers.',
     'The bank offered soft loans to small farmers.'),
    ('Prices of fruit and greens rose sharply in the spring.',
     'Prices of fruit and vegetables rose sharply in the spring.'),
    ('The match was played on a moist subject after heavy rain.',
     'The match was played on a wet field after heavy rain.'),
    ('Applicants wait months for a primary resolution on their claims.',
     'Applicants wait months for a first decision on their claims.'),
    ('A ruling is predicted subsequent month.',
     'A ruling is expected next month.'),
    ('The dwelling affairs committee will question the minister on Tuesday.',
     'The home affairs committee will question the minister on Tuesday.'),
    ('Care homes cannot preserve counting on volunteers.',
     'Care homes cannot keep relying on volunteers.'),
    ('The factories were built on low-cost labour.',
     'The factories were built on cheap labour.'),
    ('Growers depend on low-cost labor from Mexico.',
     'Growers depend on cheap labor from Mexico.'),
    ('Higher prices are starting to sluggish sales of new cars.',
     'Higher prices are starting to slow sales of new cars.'),
    ('The economy began to sluggish in the autumn.',
     'The economy began to slow in the autumn.'),
    ('She took out a five-year mounted mortgage in 2021.',
     'She took out a five-year fixed mortgage in 2021.'),
    ('Most borrowers chose mounted-rate loans.',
     'Most borrowers chose fixed-rate loans.'),
    ('The seller lowered the price to draw provides.',
     'The seller lowered the price to attract offers.'),
    ('Unions say they will negotiate more durable this year.',
     'Unions say they will negotiate harder this year.'),
    ('The coach told his players to work more durable in training.',
     'The coach told his players to work harder in training.'),
    ('The central bank kept its essential rate of interest unchanged.',
     'The central bank kept its main interest rate unchanged.'),
    ('Investors are ready to see whether the rally lasts.',
     'Investors are waiting to see whether the rally lasts.'),
    ('Many families are ready to see if energy bills fall.',
     'Many families are waiting to see if energy bills fall.'),
    ('Growth will slow next year, according to an economist on the agency.',
     'Growth will slow next year, according to an economist at the firm.'),
    ('The chief economist on the financial institution expects two cuts.',
     'The chief economist at the bank expects two cuts.'),
    ('Energy suppliers handed on increased wholesale prices to households.',
     'Energy suppliers passed on higher wholesale prices to households.'),
    ('The tempo of progress in wages has eased.',
     'The pace of growth in wages has eased.'),
    ('The average rent for a flat reached 1,400 kilos a month.',
     'The average rent for a flat reached 1,400 pounds a month.'),
    ('Buyers need a deposit of 30,000 kilos for a typical home.',
     'Buyers need a deposit of 30,000 pounds for a typical home.'),
]

ROUND241_ORDINARY = [
    'The chef served a salad of fruit and greens from his garden.',
    'The boxer weighed 90 kilos before the fight.',
    'Police seized 40 kilos of cocaine worth 2 million pounds.',
    'Engineers say the new coating is more durable than paint.',
    'Growers were ready to see whether the new variety would survive the frost.',
    'The factory relies on low-cost labour-saving machines.',
]

ROUND242_TELLS = [
    ('The bill is predicted to high 350 million pounds.',
     'The bill is expected to top 350 million pounds.'),
    ('"We have never seen something prefer this storm," one farmer said.',
     '"We have never seen anything like this storm," one farmer said.'),
    ('There is nothing prefer it in the region.',
     'There is nothing like it in the region.'),
    ('Heavy rain might trigger contemporary flooding on Friday.',
     'Heavy rain might trigger fresh flooding on Friday.'),
    ('The town was hit by contemporary floods a week later.',
     'The town was hit by fresh floods a week later.'),
    ('The educating union will ballot its members in May.',
     'The teaching union will ballot its members in May.'),
    ('Schools have cut the number of educating assistants.',
     'Schools have cut the number of teaching assistants.'),
    ('The pay rise fell far in need of what nurses wanted.',
     'The pay rise fell far short of what nurses wanted.'),
    ('Fans left the stadium with blended emotions.',
     'Fans left the stadium with mixed feelings.'),
    ('Children with additional assist wants can wait years for a diagnosis.',
     'Children with additional support needs can wait years for a diagnosis.'),
    ('The board did not take this choice lightly.',
     'The board did not take this decision lightly.'),
    ('Insurers are inspecting broken properties after the storm.',
     'Insurers are inspecting damaged properties after the storm.'),
    ('Insurers expect thousands of claims for broken vehicles after the hail.',
     'Insurers expect thousands of claims for damaged cars after the hail.'),
    ('Many families in flood-prone areas battle to seek out cover.',
     'Many families in flood-prone areas struggle to find cover.'),
    ('Scientists expect excessive downpours to become more common.',
     'Scientists expect extreme downpours to become more common.'),
    ('After the flood, insurers sent assessors to check the injury to homes.',
     'After the flood, insurers sent assessors to check the damage to homes.'),
    # the reporting condition: "stated members" read as an adjective and its noun, and a gerund read as the object
    ('Its chairman, John Smith, stated members would vote on the deal in May.',
     'Its chairman, John Smith, said members would vote on the deal in May.'),
    ('The council stated housing the families would cost more than expected.',
     'The council said housing the families would cost more than expected.'),
]

ROUND242_ORDINARY = [
    'A mechanic repaired two broken vehicles in the yard.',
    'The flood victim was treated in hospital for the injury.',
    'The bank, whose stated aim is low inflation, raised rates.',
    'The stated goal of the plan is to cut waiting lists.',
    'Rescuers battle to reach villages cut off by the snow.',
    'She has a soppy side that her fans rarely see.',
]

# Round 248 (lead, twenty-ninth session): a fraud trial's verdict, an oil producers' output deal, a vote in the House of Lords.
ROUND248_TELLS = [
    ('The report laid naked the failures of the police.',
     'The report laid bare the failures of the police.'),
    ('The developer sells luxurious properties on the coast.',
     'The developer sells luxury homes on the coast.'),
    ('The family said they were dissatisfied and would fight on.',
     'The family said they were disappointed and would fight on.'),
    ('Pension funds lost heavily in the crash out there last spring.',
     'Pension funds lost heavily in the crash in the market last spring.'),
    ('The board had been poorly suggested by its bankers.',
     'The board had been poorly advised by its bankers.'),
    ('Rising provide from Brazil pushed prices lower.',
     'Rising supply from Brazil pushed prices lower.'),
    ("Leaders met on the group's headquarters in Brussels.",
     "Leaders met at the group's headquarters in Brussels."),
    ('The producers will preserve extra barrels off the market.',
     'The producers will keep extra barrels off the market.'),
    ('Several members struggled to stay to the limits.',
     'Several members struggled to stick to the limits.'),
    ('The guide explains how one can apply for a permit.',
     'The guide explains how to apply for a permit.'),
    ('Higher rents could deliver inflation back above target.',
     'Higher rents could bring inflation back above target.'),
    ('Strict rules kept spending in examine.',
     'Strict rules kept spending in check.'),
    ('Prices could move in both course next year.',
     'Prices could move in either direction next year.'),
    ('The bill must pass each homes of Congress.',
     'The bill must pass both houses of Congress.'),
    ('The plan needs a vote before it will possibly take effect.',
     'The plan needs a vote before it can take effect.'),
    ('The adjustments imply longer waits for patients.',
     'The changes mean longer waits for patients.'),
    ('Regulators moved to dam the takeover on Friday.',
     'Regulators moved to block the takeover on Friday.'),
    ('The council wants 300 houses constructed by 2030.',
     'The council wants 300 homes built by 2030.'),
    ('"We will not let or not it\'s forgotten," she said.',
     '"We will not let it be forgotten," she said.'),
    ('Opposition friends forced a vote on the amendment.',
     'Opposition peers forced a vote on the amendment.'),
    ('The rule would restrict the flexibility of tenants to move.',
     'The rule would limit the ability of tenants to move.'),
    ('Councils must take care of a scarcity of places.',
     'Councils must deal with a shortage of places.'),
    ('The plan could result in constructing on farmland.',
     'The plan could lead to building on farmland.'),
]

ROUND248_ORDINARY = [
    'The swimmers laid their towels on the naked rock.',
    'The hotel offers luxurious rooms with sea views.',
    'The cat will stay to the end of the party.',
    'One can see how the town has changed.',
    'The courier will deliver the parcel on Monday.',
    'The beavers built a dam across the stream.',
    'Both homes were damaged in the storm.',
    'The children played with their friends after school.',
]

ROUND249_TELLS = [
    ('The actor died of issues of coronary heart failure at his home.',
     'The actor died of complications of heart failure at his home.'),
    ('The senator fought to broaden well being protection for veterans.',
     'The senator fought to expand health coverage for veterans.'),
    ('The mayor was blunt, and she or he was rarely wrong.',
     'The mayor was blunt, and she was rarely wrong.'),
    ('The two leaders disagreed on virtually all the things.',
     'The two leaders disagreed on almost everything.'),
    ('"I knew the place I stood with the coach," the striker said.',
     '"I knew where I stood with the coach," the striker said.'),
    ('Her papers were given to the Kansas Historic Society.',
     'Her papers were given to the Kansas Historical Society.'),
    ('A memorial can be held at the cathedral on Friday.',
     'A memorial will be held at the cathedral on Friday.'),
    ('A private funeral can be held next week, the family said.',
     'A private funeral will be held next week, the family said.'),
    ('He was ordered to pay $9,000 a month in spousal help.',
     'He was ordered to pay $9,000 a month in spousal support.'),
    ('The filing cited irreconcilable variations.',
     'The filing cited irreconcilable differences.'),
    ('The club has 14 days at hand over the documents.',
     'The club has 14 days to hand over the documents.'),
    ('The tenants were given six weeks at hand over the keys.',
     'The tenants were given six weeks to hand over the keys.'),
    ('Investigators asked for his financial institution information.',
     'Investigators asked for his bank records.'),
    ('The players were disenchanted with the choice, the captain admitted.',
     'The players were disappointed with the decision, the captain admitted.'),
    ('The families will proceed to struggle for answers.',
     'The families will continue to fight for answers.'),
    ('The trial has drawn heavy consideration from the press.',
     'The trial has drawn heavy attention from the press.'),
    ('The photos spread quickly on superstar web sites.',
     'The photos spread quickly on celebrity websites.'),
    ('Rumours about the couple filled superstar websites for weeks.',
     'Rumours about the couple filled celebrity websites for weeks.'),
    ('"We just want him to have a standard life," his mother said.',
     '"We just want him to have a normal life," his mother said.'),
    ('Choose Maria Vance dismissed the lawsuit on Friday.',
     'Judge Maria Vance dismissed the lawsuit on Friday.'),
    ('A Chicago choose on Monday dismissed the lawsuit.',
     'A Chicago judge on Monday dismissed the lawsuit.'),
    ('The judge wrote in her determination that the claim had no merit.',
     'The judge wrote in her decision that the claim had no merit.'),
    ('She grew up on a ranch in japanese Montana.',
     'She grew up on a ranch in eastern Montana.'),
]

ROUND249_ORDINARY = [
    'The clinic studies issues of coronary heart disease in women.',
    'Every applicant must confirm their address, and she or he must sign the form.',
    'Jurors in Texas choose a foreman before the trial begins.',
    'The gallery holds a large collection of Japanese prints.',
    'She was determined to have a career in law.',
    'He showed great determination to finish the race.',
    'Players will proceed to the next round on Sunday.',
    'The museum has a historic society room on its top floor.',
]

ROUND250_TELLS = [
    ('The pinnacle of one in every of the largest unions resigned on Monday.',
     'The head of one of the largest unions resigned on Monday.'),
    ('The pinnacle of the Anglican Church in Kenya met the president.',
     'The head of the Anglican Church in Kenya met the president.'),
    ('The fund was arrange to pay for school meals.',
     'The fund was set up to pay for school meals.'),
    ('The minister took full accountability for the delays.',
     'The minister took full responsibility for the delays.'),
    ('The coach denied any private wrongdoing.',
     'The coach denied any personal wrongdoing.'),
    ('Patients have a proper to know the risks.',
     'Patients have a right to know the risks.'),
    ('Two massive donors withdrew their pledges.',
     'Two large donors withdrew their pledges.'),
    ('Several sponsors suspended their help after the report.',
     'Several sponsors suspended their support after the report.'),
    ('The charity changed the way in which it labored after the scandal.',
     'The charity changed the way it worked after the scandal.'),
    ('The regulator has the facility to take away directors.',
     'The regulator has the power to remove directors.'),
    ('Fuel stocks at the base are operating low.',
     'Fuel stocks at the base are running low.'),
    ('A new faculty constructed by the council opened in May.',
     'A new school built by the council opened in May.'),
    ('Donors have yet to meet their pledges of assist.',
     'Donors have yet to meet their pledges of aid.'),
    ('The villagers heard many promises of assist.',
     'The villagers heard many promises of aid.'),
    ('"We is not going to give up," the coach said.',
     '"We will not give up," the coach said.'),
    ('The mayor will increase the matter with the minister.',
     'The mayor will raise the matter with the minister.'),
    ('"We have all the time had good relations," the envoy said.',
     '"We have always had good relations," the envoy said.'),
    ('"Now we have failed our members," the union leader said.',
     '"We have failed our members," the union leader said.'),
    ('The old barracks now homes greater than 300 families.',
     'The old barracks now houses more than 300 families.'),
    ('The country hosts about 2 million refugees, greater than another nation in Europe.',
     'The country hosts about 2 million refugees, more than any other country in Europe.'),
    ('The club cut its spending on journey by half.',
     'The club cut its spending on travel by half.'),
    ('She founded the Green Futures Belief in 2009.',
     'She founded the Green Futures Trust in 2009.'),
]

ROUND250_ORDINARY = [
    'The gold medal was the pinnacle of her career.',
    'The hotel was the pinnacle of luxury in the city.',
    'She reached the pinnacle of the sport at 19.',
    'The meeting was arranged to discuss the budget.',
    'Campaigners demanded full accountability for the failures.',
    'The airline is operating low-cost flights to Spain.',
    'The faculty met to discuss the new course.',
    '"Now we have to wait for the result," the coach said.',
    'She earned a proper salary for the first time.',
    'Massive floods hit the region in May.',
    'He spent all the time he had left with his children.',
    'The new law will increase the pressure on landlords.',
]

# Round 255 (lead, twenty-ninth session): a word the spinner swapped in a paragraph about a football match (soccer or American) is its sports sense; the paragraph's topic is read from resources/word_lists/soccer_match.txt and gridiron.txt (para_has:@list), not from five words either side.
ROUND255_TELLS = [
    ('The striker was taken off at half-time, and his team then conceded a late purpose that ended their cup run.',
     'The striker was taken off at half-time, and his team then conceded a late goal that ended their cup run.'),
    ('A second-half equaliser earned them a degree at home.',
     'A second-half equaliser earned them a point at home.'),
    ('The midfielder fired in from shut vary.',
     'The midfielder fired in from close range.'),
    ('The quarterback found security Dan Moss open in the end zone.',
     'The quarterback found safety Dan Moss open in the end zone.'),
    ('Working again Leo Park ran for 120 yards.',
     'Running back Leo Park ran for 120 yards.'),
]

ROUND255_ORDINARY = [
    'The striker said the purpose of the training camp was fitness.',
    "The referee's supervisor reviewed the match on Monday.",
    'The defender studied for a degree in engineering before turning professional.',
    'The goalkeeper sat at a desk in the club office to sign his contract.',
    "The quarterback's plane made a safe landing in Denver after the storm.",
    'Security staff checked tickets before the playoff game.',
]

# Rounds 243-244 (helper tells44): four articles of our own spun by hand (a rail strike, a cyber attack on a
# hospital trust; a football defeat and a manager's sacking, a heatwave and the power grid). One tell per
# sentence; sentences written for these tests.
ROUND243_TELLS = [
    ('Trains on the fundamental traces will run every half hour.',
     'Trains on the main lines will run every half hour.'),
    ('Alternative buses will be laid on while the line is closed.',
     'Replacement buses will be laid on while the line is closed.'),
    ('Outlets and eating places in the old town reopened on Monday.',
     'Shops and restaurants in the old town reopened on Monday.'),
    ('The union will ban extra time across the network from May.',
     'The union will ban overtime across the network from May.'),
    ('Customers will be capable of declare compensation online.',
     'Customers will be able to claim compensation online.'),
    ('Medical doctors and nurses at the clinic voted to strike.',
     'Doctors and nurses at the clinic voted to strike.'),
    ('Engineers worked through the night to restore the community after the hack.',
     'Engineers worked through the night to restore the network after the hack.'),
    ('The service continues to be obtainable in most areas.',
     'The service is still available in most areas.'),
    ('Call the helpline whether it is pressing.',
     'Call the helpline if it is urgent.'),
    ('No group has claimed duty for the attack.',
     'No group has claimed responsibility for the attack.'),
    ('The council promised a decision inside per week.',
     'The council promised a decision within a week.'),
    ('Investigators are still trying to grasp the size of the fraud.',
     'Investigators are still trying to understand the scale of the fraud.'),
    ('Many residents discovered of the closure from a notice on the door.',
     'Many residents learned of the closure from a notice on the door.'),
    ('She is waiting to have a knee changed.',
     'She is waiting to have a knee replaced.'),
    ('The school despatched them residence at lunchtime.',
     'The school sent them home at lunchtime.'),
    ('Small charities are a beautiful goal for fraudsters.',
     'Small charities are an attractive target for fraudsters.'),
    ('The virus unfold quickly through the care home.',
     'The virus spread quickly through the care home.'),
    ('Only one practice in three ran on time during the strike.',
     'Only one train in three ran on time during the strike.'),
    ('The closure will value the financial system millions each week.',
     'The closure will cost the economy millions each week.'),
    ('Passengers can apply for a refund for the times affected.',
     'Passengers can apply for a refund for the days affected.'),
    ('The files were posted on an internet site run by the group.',
     'The files were posted on a website run by the group.'),
    ('It is the same software the bank makes use of to pay suppliers.',
     'It is the same software the bank uses to pay suppliers.'),
    ('The hackers published workers particulars from the payroll system.',
     'The hackers published staff details from the payroll system.'),
]

ROUND243_ORDINARY = [
    'The striker scored a beautiful goal in extra time.',
    'Commuters were told to find alternative buses or work from home.',
    'Volunteers worked to restore the community centre after the floods.',
    'The events unfold over a single summer in Naples.',
    'Investors value the company at $2 billion.',
    'The surgeon said she would be capable of operating again within a month.',
    'The band discovered a new sound on its third album.',
    'The new outlets will open in the spring.',
]

ROUND244_TELLS = [
    ('The defender headed over from the far put up.',
     'The defender headed over from the far post.'),
    ('The fans want the homeowners to promote the club before the summer.',
     'The fans want the owners to sell the club before the summer.'),
    ('Both sides had possibilities to equalise in the last ten minutes.',
     'Both sides had chances to equalise in the last ten minutes.'),
    ('He scored from shut vary after the keeper spilled the ball.',
     'He scored from close range after the keeper spilled the ball.'),
    ('She curled the ball in from the sting of the box.',
     'She curled the ball in from the edge of the box.'),
    ('The hosts scored on the break with a quick counter assault.',
     'The hosts scored on the break with a fast counter attack.'),
    ('The visitors had a person despatched off just before half-time.',
     'The visitors had a man sent off just before half-time.'),
    ('The defender was sent off for a late problem on the winger.',
     'The defender was sent off for a late challenge on the winger.'),
    ('The coach said the squad had the absolute best likelihood of reaching the final.',
     'The coach said the squad had the best possible chance of reaching the final.'),
    ('Few of the young players have began usually this season.',
     'Few of the young players have started regularly this season.'),
    ('The keeper was blamed for two smooth objectives.',
     'The keeper was blamed for two soft goals.'),
    ("The club earns as a lot because the league's richest sides.",
     "The club earns as much as the league's richest sides."),
    ('The board hopes to nominate a everlasting head coach in June.',
     'The board hopes to appoint a permanent head coach in June.'),
    ('Leeds journey to Bristol on Friday night.',
     'Leeds travel to Bristol on Friday night.'),
    ('Floods hit elements of northern Italy overnight.',
     'Floods hit parts of northern Italy overnight.'),
    ('Nobody expected it to be this scorching in April.',
     'Nobody expected it to be this hot in April.'),
    ('The plan would enhance hyperlinks between the two ports.',
     'The plan would improve links between the two ports.'),
    ('The port is seeking better hyperlinks with the motorway network.',
     'The port is seeking better links with the motorway network.'),
    ('Glaciers are shrinking because the local weather heats up.',
     'Glaciers are shrinking as the climate heats up.'),
    ('Britain had its wettest spring since data started in 1836.',
     'Britain had its wettest spring since records began in 1836.'),
    ('Several schools despatched kids residence before lunch.',
     'Several schools sent children home before lunch.'),
    ('Crews spent the night preventing a number of fires on the ridge.',
     'Crews spent the night fighting several fires on the ridge.'),
    ('She is a lecturer in physics on the College of Leeds.',
     'She is a lecturer in physics at the University of Leeds.'),
]

ROUND244_ORDINARY = [
    'Campaigners put up posters on the far side of the square.',
    'He recovered from the sting of the defeat within a week.',
    'The scheme asks homeowners to promote recycling in their streets.',
    'Each summer the pilgrims journey to Santiago on foot.',
    'The local weather station recorded 41 degrees.',
    'Since data started being collected, the river has never been this low.',
    'The counter assault by government troops retook the town.',
    'Farmers fear this scorching summer will ruin the harvest.',
    'Readers can share hyperlinks with friends on the website.',
    'The journey to Rome took three days.',
]


ROUND251_TELLS = [
    ('Publishers said its promoting change was too costly.',
     'Publishers said its advertising exchange was too costly.'),
    ('The group sold its promoting enterprise last year.',
     'The group sold its advertising business last year.'),
    ('Critics said the apply was unfair to small farmers.',
     'Critics said the practice was unfair to small farmers.'),
    ('Farmers complained about the selection obtainable to them.',
     'Farmers complained about the choice available to them.'),
    ('Doctors have a particular duty to not harm patients.',
     'Doctors have a special responsibility not to harm patients.'),
    ('The subsidies distort competitors in the region.',
     'The subsidies distort competition in the region.'),
    ('He is the minister in command of competitors and trade.',
     'He is the minister in charge of competition and trade.'),
    ('The new competitors coverage takes effect in May.',
     'The new competition policy takes effect in May.'),
    ('The farmers disagree with the determination and will appeal.',
     'The farmers disagree with the decision and will appeal.'),
    ('The law applies to all firms, nevertheless massive they are.',
     'The law applies to all firms, however big they are.'),
    ('The case was sent to the Common Courtroom for review.',
     'The case was sent to the General Court for review.'),
    ('The lawsuit introduced by the families was dismissed.',
     'The lawsuit brought by the families was dismissed.'),
    ('A judge threw out the case introduced by the landlords.',
     'A judge threw out the case brought by the landlords.'),
    ('Underneath the ruling, the city must repay the tax.',
     'Under the ruling, the city must repay the tax.'),
    ('Small firms want to bid on equal phrases.',
     'Small firms want to bid on equal terms.'),
    ('The bank failed to conform and was fined.',
     'The bank failed to comply and was fined.'),
    ('The regulator can impose each day fines on the operator.',
     'The regulator can impose daily fines on the operator.'),
    ('Critics said the high-quality was too low.',
     'Critics said the fine was too low.'),
    ('The court imposed a high-quality of 2 million euros.',
     'The court imposed a fine of 2 million euros.'),
    ('Nobody knows if the law really modifications anything.',
     'Nobody knows if the law actually changes anything.'),
    ('The board approved the sale of components of the group.',
     'The board approved the sale of parts of the group.'),
    ("The rocket's higher stage fired for nine minutes.",
     "The rocket's upper stage fired for nine minutes."),
    ('The probe is sending indicators back to Earth.',
     'The probe is sending signals back to Earth.'),
    ('The trip was a nightmare from begin to end.',
     'The trip was a nightmare from start to finish.'),
    ('You possibly can think about the noise in the hall.',
     'You can imagine the noise in the hall.'),
    ('The telescope reached its remaining orbit in March.',
     'The telescope reached its final orbit in March.'),
    ('The mission price about 400 million dollars.',
     'The mission cost about 400 million dollars.'),
    ('The satellite was launched from the Guiana Area Centre at dawn.',
     'The satellite was launched from the Guiana Space Centre at dawn.'),
    ('The rocket maker hired a new head of area transportation.',
     'The rocket maker hired a new head of space transportation.'),
    ('The drone flight was an necessary check for the army.',
     'The drone flight was an important test for the army.'),
]

ROUND251_ORDINARY = [
    'The charity is promoting change in how schools teach reading.',
    'She is promoting enterprise among young people in the town.',
    'Click the apply button to send the form.',
    "The ruling could distort competitors' prices for years.",
    'The shop sells high-quality bread and cakes.',
    'The sale of components of the old engines was banned.',
    'The team entered a higher stage of the tournament.',
    'The Durham Area Centre for adult learning opened in May.',
    'Area transportation planners met on Monday.',
    'The colonel was in command of troops in the north.',
]

ROUND252_TELLS = [
    ('Air Visitors Companies said the radar fault was fixed.',
     'Air Traffic Services said the radar fault was fixed.'),
    ('The airport reported a technical drawback with its baggage system.',
     'The airport reported a technical problem with its baggage system.'),
    ('The storm left plane and crews stuck in Madrid.',
     'The storm left aircraft and crews stuck in Madrid.'),
    ('The carrier will add bigger plane on the route in May.',
     'The carrier will add larger aircraft on the route in May.'),
    ('"Our first precedence is the safety of staff," the mayor said.',
     '"Our first priority is the safety of staff," the mayor said.'),
    ('The new radar will maintain the skies secure over the city.',
     'The new radar will keep the skies safe over the city.'),
    ('At no level did the pilots lose control.',
     'At no point did the pilots lose control.'),
    ('Long queues shaped outside the stadium before noon.',
     'Long queues formed outside the stadium before noon.'),
    ('Maria Lopez, a instructor from Madrid, won the prize.',
     'Maria Lopez, a teacher from Madrid, won the prize.'),
    ('"They have no thought once we will be paid," the nurse said.',
     '"They have no idea when we will be paid," the nurse said.'),
    ('"Now we have no thought what caused it," the engineer said.',
     '"We have no idea what caused it," the engineer said.'),
    ('The bank cut a couple of third of its jobs.',
     'The bank cut about a third of its jobs.'),
    ('Rain fell on a couple of quarter of the country.',
     'Rain fell on about a quarter of the country.'),
    ('A finances service added flights to Malta.',
     'A budget carrier added flights to Malta.'),
    ('Checks will be accomplished to verify the data is correct.',
     'Checks will be done to make sure the data is correct.'),
    ('Hundreds of passengers were caught in a single day at the airport.',
     'Hundreds of passengers were stuck overnight at the airport.'),
    ('The fee to airways will be passed on to passengers.',
     'The cost to airlines will be passed on to passengers.'),
    ('Underneath British regulation, tenants must be given notice.',
     'Under British law, tenants must be given notice.'),
    ('Underneath British legislation, the data must be deleted.',
     'Under British law, the data must be deleted.'),
    ('The Greens received probably the most votes in the capital.',
     'The Greens won the most votes in the capital.'),
    ('The Liberals received probably the most seats in the north.',
     'The Liberals won the most seats in the north.'),
    ('The party that wins probably the most seats will form a government.',
     'The party that wins the most seats will form a government.'),
    ('The party won 40 seats in the nationwide meeting.',
     'The party won 40 seats in the national assembly.'),
    ('After the election the bill was debated within the nationwide meeting.',
     'After the election the bill was debated in the national assembly.'),
    ('The outcome confirmed that turnout had fallen.',
     'The result showed that turnout had fallen.'),
    ('Farmers have been offended about the new tax.',
     'Farmers were angry about the new tax.'),
    ('The mayor ruled out any take care of the far right.',
     'The mayor ruled out any deal with the far right.'),
    ('Analysts expect a fragile authorities in Rome.',
     'Analysts expect a fragile government in Rome.'),
    ('The authorities misplaced a vote on the budget in May.',
     'The government lost a vote on the budget in May.'),
    ('The coalition may not final a full year.',
     'The coalition may not last a full year.'),
    ('Few expect him to final a full time period.',
     'Few expect him to last a full term.'),
    ('Mark Hill, a scientist on the College of Leeds, led the study.',
     'Mark Hill, a scientist at the University of Leeds, led the study.'),
    ('Anne Roy, a professor on the College of Bristol, wrote the report.',
     'Anne Roy, a professor at the University of Bristol, wrote the report.'),
    ('The president will satisfy celebration leaders on Friday.',
     'The president will meet party leaders on Friday.'),
]

ROUND252_ORDINARY = [
    'The only technical drawback of the design is its weight.',
    'The plane and crew were held at the airport for a day.',
    'At no level of government was the plan discussed.',
    "The council's finances service was cut by a third.",
    'Fishermen caught in a single day what they used to catch in a month.',
    'The nationwide meeting of nurses voted to strike.',
    'Election authorities misplaced a vote count in one district.',
    'The fragile authorities in the capital asked for help.',
    'She will take care of the children while he is away.',
    'Some readers were offended by the cartoon.',
]

# Round 253 (tells47, twenty-ninth session): rows from two articles of our own spun by hand (an earthquake's death toll,
# an NCAA football game): going dwelling, subject hospitals, search canine, labored via, the inside ministry, safe one of.
ROUND253_TELLS = [
    ('The soldiers were finally going dwelling after six months abroad.',
     'The soldiers were finally going home after six months abroad.'),
    ('The team came dwelling with two gold medals.',
     'The team came home with two gold medals.'),
    ('Thousands of fans headed dwelling before the final whistle.',
     'Thousands of fans headed home before the final whistle.'),
    ('The quarterback has been in powerful spots all season.',
     'The quarterback has been in tough spots all season.'),
    ('The playoff subject will be announced on Sunday.',
     'The playoff field will be announced on Sunday.'),
    ('The army built two subject hospitals near the border.',
     'The army built two field hospitals near the border.'),
    ('Several countries provided assist after the floods.',
     'Several countries offered help after the floods.'),
    ('Rescuers used search canine to find people under the rubble.',
     'Rescuers used search dogs to find people under the rubble.'),
    ('Food and medicine are the most pressing wants in the camps.',
     'Food and medicine are the most urgent needs in the camps.'),
    ('Volunteers labored via the night to clear the roads.',
     'Volunteers worked through the night to clear the roads.'),
    ('Firefighters pulled two children from collapsed properties.',
     'Firefighters pulled two children from collapsed homes.'),
    ('"We dug with our palms for hours," one survivor said.',
     '"We dug with our hands for hours," one survivor said.'),
    ('The inside ministry said 40 people had been arrested.',
     'The interior ministry said 40 people had been arrested.'),
    ('A win would almost certainly safe one of the top seeds.',
     'A win would almost certainly secure one of the top seeds.'),
    ('Help businesses said thousands of families needed tents.',
     'Aid agencies said thousands of families needed tents.'),
]

ROUND253_ORDINARY = [
    'The old stone dwelling was restored by the trust.',
    'The hill is a powerful spot for wind turbines, engineers said.',
    'The subject of the hearing was the hospital budget.',
    'The striker provided an assist for the second goal.',
    'The survey asked what shoppers want from the high street.',
    'The bank will change its fees in May.',
    'The main drawback of the plan is its cost.',
    'Staff can claim a reimbursement for travel.',
    'The company relies in part on government contracts.',
    'The carpets were worn out after years of use.',
    'Her book of reminiscences was published in 1998.',
    'The agency is promoting the city as a place to study.',
]

# Round 254 (tells47): rows from two more articles (a crypto exchange's withdrawal freeze, a pop star's record tour):
# buyer withdrawals, an change, their a reimbursement, relies in, worn out millions, promoting strain, an viewers, exhibits.
ROUND254_TELLS = [
    ('The platform halted buyer withdrawals on Friday.',
     'The platform halted customer withdrawals on Friday.'),
    ('Trading resumed after an change in Tokyo reopened.',
     'Trading resumed after an exchange in Tokyo reopened.'),
    ('The lender blamed a liquidity drawback for the delay.',
     'The lender blamed a liquidity problem for the delay.'),
    ('Depositors are still waiting to get their a reimbursement.',
     'Depositors are still waiting to get their money back.'),
    ('"We just want our a reimbursement," one investor said.',
     '"We just want our money back," one investor said.'),
    ('The start-up, which relies in Berlin, employs 200 people.',
     'The start-up, which is based in Berlin, employs 200 people.'),
    ('The scandal has worn out millions of pounds in pensions.',
     'The scandal has wiped out millions of pounds in pensions.'),
    ('The sale revived reminiscences of the 2008 crisis.',
     'The sale revived memories of the 2008 crisis.'),
    ('Promoting strain eased later in the day.',
     'Selling pressure eased later in the day.'),
    ('Analysts expect the promoting to continue next week.',
     'Analysts expect the selling to continue next week.'),
    ('The broadcast drew an viewers of 5 million.',
     'The broadcast drew an audience of 5 million.'),
    ('The band spent months building elaborate stage units.',
     'The band spent months building elaborate stage sets.'),
    ('Prosecutors said the group had a plot to assault the embassy.',
     'Prosecutors said the group had a plot to attack the embassy.'),
    ('Investors fear more turmoil available in the market.',
     'Investors fear more turmoil in the market.'),
    ('Families lost millions of pounds in financial savings.',
     'Families lost millions of pounds in savings.'),
    ('The singer added two more exhibits in Paris.',
     'The singer added two more shows in Paris.'),
    ('She wanted a stadium present that fans would remember.',
     'She wanted a stadium show that fans would remember.'),
]

ROUND254_ORDINARY = [
    'Viewers complained about the ending.',
    'The festival hired two mobile stage units.',
    'Legal costs rose sharply last year.',
    'The man was charged with assault after the fight.',
    'The new phone will be available in the market from June.',
    'The museum exhibits include a Roman helmet.',
    'The inside pages of the report were blank.',
    'The bridge is safe for now, engineers said.',
    'Grants help businesses rebuild after floods.',
    'The vet said the dog had been treated for a canine virus.',
    'The stadium was packed for the final.',
]

# Round 256 (tells48): rows from two articles (a House vote on a farm bill and the Speaker, a Senate confirmation fight):
# border modification, procedural movement, Well being, Training, appearing secretary, critical considerations, get well stolen,
# loads of guarantees, diet advantages, meals help, settle their variations, deserve higher, high Republican, Consultant, her affirmation.
ROUND256_TELLS = [
    ('Members will vote on a border modification after the recess.',
     'Members will vote on a border amendment after the recess.'),
    ('A procedural movement to open debate failed by four votes.',
     'A procedural motion to open debate failed by four votes.'),
    ('She chairs the Senate Well being, Training, Labor and Pensions Committee.',
     'She chairs the Senate Health, Education, Labor and Pensions Committee.'),
    ('The appearing secretary signed the order on Friday.',
     'The acting secretary signed the order on Friday.'),
    ('The office has been led by an appearing director since May.',
     'The office has been led by an acting director since May.'),
    ('Two senators raised critical considerations with the nominee.',
     'Two senators raised serious concerns with the nominee.'),
    ('Several members had critical considerations about the cost.',
     'Several members had serious concerns about the cost.'),
    ('Prosecutors are trying to get well stolen pension money.',
     'Prosecutors are trying to recover stolen pension money.'),
    ('Federal insurance coverage packages cover most of the losses.',
     'Federal insurance programs cover most of the losses.'),
    ('The candidate made loads of guarantees on the campaign trail.',
     'The candidate made a lot of promises on the campaign trail.'),
    ('Agriculture teams welcomed the ruling on Monday.',
     'Agriculture groups welcomed the ruling on Monday.'),
    ('The plan would trim diet advantages for older adults.',
     'The plan would trim nutrition benefits for older adults.'),
    ('The cuts would end federal meals help for 300,000 families.',
     'The cuts would end federal food assistance for 300,000 families.'),
    ('Negotiators have until June to settle their variations.',
     'Negotiators have until June to settle their differences.'),
    ('"Our patients deserve higher," the nurse said.',
     '"Our patients deserve better," the nurse said.'),
    ("The panel's high Republican called for a delay.",
     "The panel's top Republican called for a delay."),
    ("The committee's high Democrat asked for more time.",
     "The committee's top Democrat asked for more time."),
    ("The governor's nominee to guide the state police withdrew.",
     "The governor's nominee to lead the state police withdrew."),
    ('The campaign despatched greater than 2,000 volunteers.',
     'The campaign sent more than 2,000 volunteers.'),
    ('The bill is flawed, said Consultant Maria Lopez of Ohio.',
     'The bill is flawed, said Representative Maria Lopez of Ohio.'),
    ('Democrats expect a vote on her affirmation this month.',
     'Democrats expect a vote on her confirmation this month.'),
    ('Senators may block his affirmation next week.',
     'Senators may block his confirmation next week.'),
]

ROUND256_ORDINARY = [
    'The protest movement grew over the summer.',
    'She was appearing in a play when the secretary called.',
    'Cost is one of the critical considerations for the council.',
    'Her affirmation of faith moved the congregation.',
    'Nurses deserve higher pay, the union said.',
    'The county recorded the high Republican turnout that pollsters expected.',
    'The report was written by Consultant Anne Marsh of the planning office.',
    'The diet has clear advantages for older adults.',
    'Police recovered the stolen car, and the owner is getting well again.',
    "The museum's guide to the collection lists every room.",
]

# Round 257 (tells48): rows from a weekend box office report: home distribution, home whole, confirmed up in pressure,
# household comedy, modest price range, maintain up properly, into the behavior of, usher in near, price a number of, the degrees seen.
ROUND257_TELLS = [
    ('He ran home distribution for the studio for a decade.',
     'He ran domestic distribution for the studio for a decade.'),
    ('Ticket sales in Texas added $9 million to the home whole.',
     'Ticket sales in Texas added $9 million to the domestic total.'),
    ('Voters confirmed up in pressure in the rural counties.',
     'Voters showed up in force in the rural counties.'),
    ("The studio's household comedy opened on 3,000 screens.",
     "The studio's family comedy opened on 3,000 screens."),
    ('The thriller had a modest price range of $6 million.',
     'The thriller had a modest budget of $6 million.'),
    ('Retailers hope sales will maintain up properly in December.',
     'Retailers hope sales will hold up well in December.'),
    ('The scheme aims to get families into the behavior of saving money.',
     'The scheme aims to get families into the habit of saving money.'),
    ('The tour is expected to usher in near $500 million.',
     'The tour is expected to bring in close to $500 million.'),
    ('Seats near the front price a number of hundred dollars.',
     'Seats near the front cost several hundred dollars.'),
    ('Hiring is back to the degrees seen in 2019.',
     'Hiring is back to the levels seen in 2019.'),
]

ROUND257_ORDINARY = [
    'Investigators looked into the behavior of the two guards.',
    'The shop sells shoes in a modest price range of $40 to $60.',
    'Graduates with the degrees seen as most useful earn more.',
    'The home distribution of free test kits ended in March.',
    'The sitcom is set in a noisy household.',
    'Engineers must maintain the bridge properly.',
]

# Round 270 (lead, thirtieth session): an Asian lender's growth outlook, a horror film's box office weekend, a Supreme Court hearing on an agency's fines.
# One tell per sentence; ordinary sentences use the rows' spun words as a writer does. Sentences written for this test.
ROUND270_TELLS = [
    ('The lender cut its forecast for growing Asia on Tuesday.',
     'The lender cut its forecast for developing Asia on Tuesday.'),
    ('Households face better borrowing costs this year.',
     'Households face higher borrowing costs this year.'),
    ('Analysts expect output to develop 1.8 percent in the second half.',
     'Analysts expect output to grow 1.8 percent in the second half.'),
    ('Output is forecast to broaden 2.5 percent this year.',
     'Output is forecast to expand 2.5 percent this year.'),
    ('The balance of risks has moved to the draw back, the governor said.',
     'The balance of risks has moved to the downside, the governor said.'),
    ('Tighter monetary circumstances are weighing on small firms.',
     'Tighter financial conditions are weighing on small firms.'),
    ('The fund blamed difficult market circumstances for the loss.',
     'The fund blamed difficult market conditions for the loss.'),
    ('A long housing droop has hurt builders across the country.',
     'A long housing slump has hurt builders across the country.'),
    ('Exports were the brilliant spot of an otherwise weak quarter.',
     'Exports were the bright spot of an otherwise weak quarter.'),
    ('The central bank saved its forecast unchanged at 2 percent.',
     'The central bank kept its forecast unchanged at 2 percent.'),
    ('Governments must build fiscal house before the next downturn.',
     'Governments must build fiscal space before the next downturn.'),
    ('The thriller beat a crowded subject of new releases.',
     'The thriller beat a crowded field of new releases.'),
    ('The opening surprised analysts, stunning analysts who had expected less.',
     'The opening surprised analysts, surprising analysts who had expected less.'),
    ('Animation has become the most dependable style at the box office.',
     'Animation has become the most reliable genre at the box office.'),
    ('Fans flocked to the horror style over the holiday weekend.',
     'Fans flocked to the horror genre over the holiday weekend.'),
    ('Going to the cinema is a shared expertise, the director said.',
     'Going to the cinema is a shared experience, the director said.'),
    ('The sequel posted a disappointing consequence in its second week.',
     'The sequel posted a disappointing result in its second week.'),
    ('Reviews were largely adverse, and the sequel fell to fifth place.',
     'Reviews were largely negative, and the sequel fell to fifth place.'),
    ('Theater owners expect a powerful summer for family audiences.',
     'Theater owners expect a strong summer for family audiences.'),
    ('The regulator fined a funding adviser in Ohio for misleading clients.',
     'The regulator fined an investment adviser in Ohio for misleading clients.'),
    ('Lawmakers have carefully adopted the case since it began.',
     'Lawmakers have closely followed the case since it began.'),
    ("The agency that introduced the costs said it would appeal the judge's ruling.",
     "The agency that brought the charges said it would appeal the judge's ruling."),
    ('A choice is anticipated before the end of the term.',
     'A decision is expected before the end of the term.'),
]

ROUND270_ORDINARY = [
    'Growing economies in Africa attracted record investment last year.',
    'The club hopes to develop young players into stars.',
    'The company plans to broaden its range of products.',
    'There was one draw back to the plan, the mayor admitted.',
    'Her personal circumstances changed after the accident.',
    'The flowers began to droop in the afternoon heat.',
    'The beach is a brilliant spot for a family picnic.',
    'The council must put its fiscal house in order.',
    'Students can choose any subject they like.',
    'The view from the summit was stunning.',
    "The chef's style is simple and seasonal.",
    'Years of shared expertise went into the new bridge.',
    'The consequence of the vote was a snap election.',
    'The drug had few adverse effects in the trial.',
    'The storm was powerful enough to uproot trees.',
    'The main entrance will be closed until Monday.',
    'The school adopted a new dress code last year.',
    'The plan introduced new costs for small landlords.',
    'The choice of venue surprised many fans.',
]

# Round 271 (lead, thirtieth session): a House spending package, an NFL division game, a consumer price report.
# One tell per sentence; ordinary sentences use the rows' spun words as a writer does. Sentences written for this test.
ROUND271_TELLS = [
    ('The patron value index rose sharply in March.',
     'The consumer price index rose sharply in March.'),
    ('Rents elevated 0.4 percent last month.',
     'Rents increased 0.4 percent last month.'),
    ('Traders elevated bets on a cut after the report.',
     'Traders increased bets on a cut after the report.'),
    ('The survey gave recent proof that hiring is slowing.',
     'The survey gave fresh evidence that hiring is slowing.'),
    ('Excluding the unstable food and energy sectors, prices rose.',
     'Excluding the volatile food and energy sectors, prices rose.'),
    ('Prices in the food and power classes rose again.',
     'Prices in the food and energy categories rose again.'),
    ('The development in core inflation worries the bank.',
     'The trend in core inflation worries the bank.'),
    ('Wages are transferring in the right course, the minister said.',
     'Wages are moving in the right direction, the minister said.'),
    ('The economy is heading in the proper course, officials said.',
     'The economy is heading in the right direction, officials said.'),
    ('Investors raised bets on a price minimize next month.',
     'Investors raised bets on a rate cut next month.'),
    ('Officials want to see more months of fine information first.',
     'Officials want to see more months of good data first.'),
    ('Leaders hope to deliver the invoice to a vote on Friday.',
     'Leaders hope to bring the bill to a vote on Friday.'),
    ('Moderates said they would back the bundle on Friday.',
     'Moderates said they would back the package on Friday.'),
    ('Any member can sluggish the vote with a procedural motion.',
     'Any member can slow the vote with a procedural motion.'),
    ('She scored twice, and the Lakers won one more because the bench held on.',
     'She scored twice, and the Lakers won another as the bench held on.'),
    ('The defense saved making stops in the second half.',
     'The defense kept making stops in the second half.'),
    ('The Bills moved the ball properly in the third quarter.',
     'The Bills moved the ball well in the third quarter.'),
    ('The Chiefs stalled contained in the red zone twice.',
     'The Chiefs stalled inside the red zone twice.'),
    ('His fumble was returned for a rating in the fourth quarter.',
     'His fumble was returned for a score in the fourth quarter.'),
    ('"You may\'t give a team like that second chances," the coach said.',
     '"You can\'t give a team like that second chances," the coach said.'),
    ('Nobody wins titles on this league without defense.',
     'Nobody wins titles in this league without defense.'),
    ('The Jets journey to face the Bills next week.',
     'The Jets travel to face the Bills next week.'),
]

ROUND271_ORDINARY = [
    'Patients with elevated blood pressure were excluded.',
    'The patron of the arts gave $2 million to the museum.',
    'He found recent footage of the crash online.',
    'In contrast with his brother, he rarely spoke in public.',
    'The unstable government collapsed after a few months.',
    'The gym runs power classes twice a week.',
    'The development of the new site will take two years.',
    'Officials tried to minimize the damage to the party.',
    'Workers were paid extra for the night shift.',
    'The fine was paid within a month.',
    'The hospital will deliver the new wing next spring.',
    'She carried a small bundle of letters.',
    'Growth remained sluggish through the winter.',
    'The dog saved the boy from the river.',
    'He explained the problem properly for the first time.',
    'The box contained in the attic was full of letters.',
    'The hotel has a rating of 4.5 stars on the site.',
]

ROUND261_TELLS = [
    # tells50: a monthly trade balance release and a wildfire evacuation (articles of our own, spun by hand)
    ('Copper and oil led the positive factors on Tuesday.',
     'Copper and oil led the gains on Tuesday.'),
    ('The bureau has published the figures since it started preserving information in 1950.',
     'The bureau has published the figures since it began keeping records in 1950.'),
    ('Stores put up their decorations sooner than typical this autumn.',
     'Stores put up their decorations earlier than usual this autumn.'),
    ('Thousands of manufacturing facility employees joined the march.',
     'Thousands of factory workers joined the march.'),
    ('The country is promoting extra to Asia than to Europe.',
     'The country is selling more to Asia than to Europe.'),
    ("Donations have already passed last year's complete.",
     "Donations have already passed last year's total."),
    ('The rebate could add a quarter of a point to development within the second quarter.',
     'The rebate could add a quarter of a point to growth in the second quarter.'),
    ('A brush fire pushed by robust winds closed the road.',
     'A brush fire driven by strong winds closed the road.'),
    ('The tornado tore by the town before dawn.',
     'The tornado tore through the town before dawn.'),
    ('Firefighters have contained half of the Oak Ridge Hearth, which has burned 2,000 acres.',
     'Firefighters have contained half of the Oak Ridge Fire, which has burned 2,000 acres.'),
    ('Sparks were touchdown on roofs across the street.',
     'Sparks were landing on roofs across the street.'),
    ('Flames were racing a mile forward of the entrance by noon.',
     'Flames were racing a mile ahead of the front by noon.'),
    ('The county will arrange an evacuation center at the fairgrounds.',
     'The county will set up an evacuation center at the fairgrounds.'),
    ('Neighbors rescued two photograph albums from the flames.',
     'Neighbors rescued two photo albums from the flames.'),
    ('Her car remains to be in the garage.',
     'Her car is still in the garage.'),
    ('Police closed a bit of Interstate 5 overnight.',
     'Police closed a section of Interstate 5 overnight.'),
    ('Traffic was stopped in each instructions for an hour.',
     'Traffic was stopped in both directions for an hour.'),
    ('Pacific Fuel & Electrical warned of more outages.',
     'Pacific Gas & Electric warned of more outages.'),
    ('The utility will lower energy to 10,000 homes during the storm.',
     'The utility will cut power to 10,000 homes during the storm.'),
    ('Clearing brush will reduce the chance of latest fires near homes.',
     'Clearing brush will reduce the risk of new fires near homes.'),
    ('Workers repaired broken strains after the storm.',
     'Workers repaired damaged lines after the storm.'),
    ('Bulldozers cut containment strains around the town.',
     'Bulldozers cut containment lines around the town.'),
]

ROUND261_ORDINARY = [
    'Analysts listed several positive factors for the economy.',
    'The museum is preserving information about the old mill.',
    'The company is promoting its new phone across Asia.',
    'The manufacturing facility will open next year.',
    'Housing development within the city limits has slowed.',
    'The cart was pushed by two workers.',
    'The family gathered around the hearth at Christmas.',
    'The plane made a smooth touchdown in thick fog.',
    'She waited at the entrance of the museum.',
    'Her aunt will arrange a gathering for the family reunion.',
    'She ate a bit of the cake.',
    'Efficient pumps lower energy to a fraction of the old cost.',
]

ROUND262_TELLS = [
    # tells50: a streaming service's price rise and an NBA playoff game
    ('The service will increase the worth of its monthly plan in May.',
     'The service will raise the price of its monthly plan in May.'),
    ('Families can stream on four screens without delay.',
     'Families can stream on four screens at once.'),
    ('Viewers who pick the cheaper plan with advertisements pay $6.',
     'Viewers who pick the cheaper plan with ads pay $6.'),
    ('The essential plan with ads costs $7.',
     'The basic plan with ads costs $7.'),
    ('Most riders will pay the upper costs from June.',
     'Most riders will pay the higher prices from June.'),
    ('The streaming app offers movies, collection and documentaries.',
     'The streaming app offers movies, series and documentaries.'),
    ('Members can swap to the cheaper plan at any time.',
     'Members can switch to the cheaper plan at any time.'),
    ('The coach put greater defenders on their star guard.',
     'The coach put bigger defenders on their star guard.'),
    ('The Nets shot 38 percent from the subject in the loss.',
     'The Nets shot 38 percent from the field in the loss.'),
    ('Denver led for many of the game before fading late.',
     'Denver led for most of the game before fading late.'),
    ('Miami played with out heart Bam Adebayo on Friday.',
     'Miami played without center Bam Adebayo on Friday.'),
    ('Doctors will determine on his standing this week.',
     'Doctors will decide on his status this week.'),
    ('He is expected to return before Sport 5 on Thursday night.',
     'He is expected to return before Game 5 on Thursday night.'),
    ('A win would arrange a gathering with the top seed.',
     'A win would set up a meeting with the top seed.'),
    ('The Celtics were without heart Al Horford again.',
     'The Celtics were without center Al Horford again.'),
]

ROUND262_ORDINARY = [
    'The company will increase the worth of its brand.',
    'She answered the letter without delay.',
    'The magazine is full of advertisements.',
    'The upper costs of the project were never published.',
    "The museum's collection and archive are closed.",
    'Greater efforts are needed to defend the coast.',
    'The subject of the meeting was the budget.',
    'Many of the players are young.',
    'She spoke from the heart about her late father.',
    'The final is on Sport 1 at 8pm.',
    'The judge will determine his standing in the case.',
]

ROUND263_TELLS = [
    # tells50: the rows' siblings (other inflections, the same tell in a second phrase) and a second pass over the articles
    ('The agency runs the Department of Forestry and Hearth Safety.',
     'The agency runs the Department of Forestry and Fire Protection.'),
    ('Ash had been touchdown on cars all morning.',
     'Ash had been landing on cars all morning.'),
    ('The school district arranged an evacuation site in the gym.',
     'The school district set up an evacuation site in the gym.'),
    ('Rockslides closed a bit of the highway near the coast.',
     'Rockslides closed a section of the highway near the coast.'),
    ('Dry grass raises the risk of latest fires every summer.',
     'Dry grass raises the risk of new fires every summer.'),
    ('Crews will construct containment around the ranch.',
     'Crews will build containment around the ranch.'),
    ('The premium tier with advertisements costs $12.',
     'The premium tier with ads costs $12.'),
    ('Subscribers can watch on three devices without delay.',
     'Subscribers can watch on three devices at once.'),
    ('The plant laid off 200 manufacturing facility staff.',
     'The plant laid off 200 factory workers.'),
    ('Officials began preserving information on the river in 1890.',
     'Officials began keeping records on the river in 1890.'),
    ('Coaches will decide on her standing before the final.',
     'Coaches will decide on her status before the final.'),
    ("Exports topped final yr's complete in October.",
     "Exports topped last year's total in October."),
    ('Shops completed stocking their shelves in October.',
     'Shops finished stocking their shelves in October.'),
    ('The project continues to be on observe to open in May.',
     'The project is still on track to open in May.'),
    ('Forecasters on the National Weather Service expect rain.',
     'Forecasters at the National Weather Service expect rain.'),
    ('Residents will need to depart at quick discover.',
     'Residents will need to leave at short notice.'),
    ('Families must be able to depart at quick discover.',
     'Families must be ready to leave at short notice.'),
    ('In case you are advised to leave, leave.',
     'If you are told to leave, leave.'),
    ('The cheaper plan lets viewers observe on two screens.',
     'The cheaper plan lets viewers watch on two screens.'),
    ('Viewers on the streaming service binge the exhibits in a weekend.',
     'Viewers on the streaming service binge the shows in a weekend.'),
    ('The service hopes to add extra worth for subscribers.',
     'The service hopes to add more value for subscribers.'),
]

ROUND263_ORDINARY = [
    'The old treaty remains to be in force until May.',
    'He keeps a photograph album of the farm.',
    'A tiny bit of Highway 1 is still open.',
    'The firm completed stocking orders for the army.',
    'Astronomers observe on clear nights from the hill.',
    'The museum exhibits ancient coins on two floors.',
    'Forecasters on the coast expect high winds.',
    'In case you are advised to wait, bring a book.',
]


# Round 267 (tells52): rows from a big-city mayoral runoff: very best turnout, ballots have been solid, take a position in,
# central difficulty, constructed her lead, metropolis-owned, public security beside a mayor's record, in accordance
# with unofficial results.
ROUND267_TELLS = [
    ('The contest drew the very best turnout the county had recorded since 1992.',
     'The contest drew the highest turnout the county had recorded since 1992.'),
    ('By noon, more than 80,000 ballots have been solid across the county.',
     'By noon, more than 80,000 ballots were cast across the county.'),
    ('The mayor urged the region to take a position in public transit.',
     'The mayor urged the region to invest in public transit.'),
    ('Housing became the central difficulty of the race for governor.',
     'Housing became the central issue of the race for governor.'),
    ('She constructed her lead with strong support from suburban women.',
     'She built her lead with strong support from suburban women.'),
    ('He constructed his lead on the strength of the early vote.',
     'He built his lead on the strength of the early vote.'),
    ('The challenger constructed a lead of nine points by October.',
     'The challenger built a lead of nine points by October.'),
    ('Tenants in metropolis-owned buildings will see their rents frozen.',
     'Tenants in city-owned buildings will see their rents frozen.'),
    ('The mayor defended her record on public security in the debate.',
     'The mayor defended her record on public safety in the debate.'),
    ('The incumbent trailed by 600 votes, in accordance with unofficial results.',
     'The incumbent trailed by 600 votes, according to unofficial results.'),
]

ROUND267_ORDINARY = [
    'The senator refused to take a position in the dispute between the two unions.',
    'The central difficulty with the theorem is that nobody has proved it.',
    'The Ministry of Public Security in Beijing issued the new rules.',
    'The band has a solid fan base in the Midwest.',
    'The architect constructed a model of the new library.',
    'The very best seats were sold within an hour.',
    'The ballots were counted in accordance with unofficial rules set by the clerk.',
]

# Round 268 (tells52): rows from an airline merger under antitrust review and a murder trial's sentencing:
# third-largest service, recognized no less than, the division's antitrust division, a name with investors, develop
# service to, recent cities, which management about, higher connections, common fares, final main, continue to be
# dedicated to, surrender some slots, the sentence was introduced, introduced a measure of relief, potential for parole,
# struggled with habit, comprised of jail, keep open late, a recorded name.
ROUND268_TELLS = [
    ('The merger would create the second-largest service in the country, the airlines said.',
     'The merger would create the second-largest carrier in the country, the airlines said.'),
    ('Inspectors recognized no less than 14 faults in the aircraft.',
     'Inspectors identified at least 14 faults in the aircraft.'),
    ('The division\'s antitrust division will review the purchase.',
     'The department\'s antitrust division will review the purchase.'),
    ('The company will hold a name with investors after the market closes.',
     'The company will hold a call with investors after the market closes.'),
    ('The carrier plans to develop service to six airports in Mexico.',
     'The carrier plans to expand service to six airports in Mexico.'),
    ('The airline added flights to a dozen recent cities this spring.',
     'The airline added flights to a dozen new cities this spring.'),
    ('The two chains, which management about half of the market, plan to merge.',
     'The two chains, which control about half of the market, plan to merge.'),
    ('Three lenders that management about 60 percent of mortgages face an inquiry.',
     'Three lenders that control about 60 percent of mortgages face an inquiry.'),
    ('Passengers were promised higher connections through the hub in Denver.',
     'Passengers were promised better connections through the hub in Denver.'),
    ('Common fares on the route climbed to $410 last summer.',
     'Average fares on the route climbed to $410 last summer.'),
    ('It was the final main bank merger approved before the crisis.',
     'It was the last major bank merger approved before the crisis.'),
    ('The two brands continue to be dedicated to the merger, a spokesman said.',
     'The two brands remain committed to the merger, a spokesman said.'),
    ('Both carriers would surrender some slots at the airport in Newark.',
     'Both carriers would give up some slots at the airport in Newark.'),
    ('The courtroom fell silent as the sentence was introduced.',
     'The courtroom fell silent as the sentence was announced.'),
    ('The guilty verdict introduced a measure of relief to the neighborhood.',
     'The guilty verdict brought a measure of relief to the neighborhood.'),
    ('The killer will serve 40 years with no potential for parole.',
     'The killer will serve 40 years with no possibility of parole.'),
    ('The defendant had struggled with habit since his brother died.',
     'The defendant had struggled with addiction since his brother died.'),
    ('Her battle with habit began after a car crash.',
     'Her battle with addiction began after a car crash.'),
    ('Jurors heard calls the defendant comprised of jail last year.',
     'Jurors heard calls the defendant made from jail last year.'),
    ('Pharmacies that keep open late will get a grant for extra staff.',
     'Pharmacies that stay open late will get a grant for extra staff.'),
    ('Prosecutors played a recorded name in which the defendant admitted the theft.',
     'Prosecutors played a recorded call in which the defendant admitted the theft.'),
]

ROUND268_ORDINARY = [
    'The bill was introduced in March by two senators from Ohio.',
    'The tax was introduced in 2019 to pay for the new stadium.',
    'The senator introduced a measure of her own to cap the price of insulin.',
    'The rebels agreed to surrender some of their weapons.',
    'Blood tests showed lower service members were at higher risk.',
    'She could not recall the recorded name of the ship.',
    'Common sense suggests that fares will rise.',
    'The most recent cities to ban the cars were Paris and Madrid.',
    'The firm has higher connection speeds than its rivals.',
    'The store was kept open late for the holiday shoppers.',
]

# Round 269 (tells52): rows from a music awards show: report topped the charts, beat out a subject, primary singles,
# knew my title, gained greatest, greatest new artist, greatest + a category, carried out a medley, present extra
# weight, neglected of the, key classes.
ROUND269_TELLS = [
    ('His third report topped the charts in Canada and Brazil.',
     'His third record topped the charts in Canada and Brazil.'),
    ('The rookie beat out a subject of eight to win the race.',
     'The rookie beat out a field of eight to win the race.'),
    ('She won against a subject that included two former champions.',
     'She won against a field that included two former champions.'),
    ('The band scored five primary singles in the 1980s.',
     'The band scored five number one singles in the 1980s.'),
    ('The duo had a string of primary hits before they split.',
     'The duo had a string of number one hits before they split.'),
    ('"Back then, nobody in this town knew my title," the rapper said.',
     '"Back then, nobody in this town knew my name," the rapper said.'),
    ('The band gained greatest rock album for the second time.',
     'The band won best rock album for the second time.'),
    ('The singer was nominated for greatest new artist at the age of 17.',
     'The singer was nominated for best new artist at the age of 17.'),
    ('The rapper took home greatest rap song at the awards on Sunday.',
     'The rapper took home best rap song at the awards on Sunday.'),
    ('The orchestra carried out a medley of show tunes to close the night.',
     'The orchestra performed a medley of show tunes to close the night.'),
    ('The two singers carried out a duet that drew a standing ovation.',
     'The two singers performed a duet that drew a standing ovation.'),
    ('The choir carried out a rendition of the national anthem.',
     'The choir performed a rendition of the national anthem.'),
    ('The new rules present extra weight to the votes of working artists.',
     'The new rules give more weight to the votes of working artists.'),
    ('The panel will present more weight to sales than to streams.',
     'The panel will give more weight to sales than to streams.'),
    ('The documentary was neglected of the top categories at the awards.',
     'The documentary was left out of the top categories at the awards.'),
    ('The album was snubbed in the key classes at the awards show.',
     'The album was snubbed in the major categories at the awards show.'),
]

ROUND269_ORDINARY = [
    'The greatest album of the decade is still being debated by fans.',
    'Her research was the subject of a documentary.',
    'The primary reason for the delay was the weather.',
    'Older patients were often neglected by the system.',
    'Key classes in math and reading were moved online.',
    'The community estimated that 400 homes were damaged in the flood.',
    'The panel will present its report to the board in June.',
]

# Round 272 (lead, thirtieth session): a spun verb where a noun stands. The spinner swaps the noun "post" and "stop" for
# the verbs "publish" and "cease"; after a possessive or a determiner the verb cannot stand, so the noun is restored.
# Sentences written for this test.
ROUND272_TELLS = [
    ("Senators reacted to the president's publish on social media on Monday.",
     "Senators reacted to the president's post on social media on Monday."),
]

ROUND272_ORDINARY = [
    'The company will publish its annual report in March.',
    'The paper refused to publish the letter.',
    'He asked for the publish date of the book.',
    'The rebels agreed to a cease-fire on Sunday.',
    'The regulator ordered the broker to cease trading.',
    'The lawyers sent a cease and desist letter.',
]

# Round 258 (tells49): rows from a Supreme Court ruling on an agency's powers and a governor's budget veto:
# restricted the facility of, writing for the bulk, a bunch of + number, the attain of, office security, correct stability,
# a new legislation, units up, signal a price range, elevated funding, but it surely additionally, subject steering,
# an inventory of adjustments, put my title on, the subsequent technology, depart a deficit; yearly -> annually as an adverb.
ROUND258_TELLS = [
    ('The ruling restricted the facility of state regulators to set prices.',
     'The ruling limited the power of state regulators to set prices.'),
    ('The new law curbed the facility of the mayor to fire staff.',
     'The new law curbed the power of the mayor to fire staff.'),
    ('Writing for the bulk, Justice Amy Reyes said the statute was clear.',
     'Writing for the majority, Justice Amy Reyes said the statute was clear.'),
    ('A bunch of 12 hospitals filed the lawsuit in March.',
     'A group of 12 hospitals filed the lawsuit in March.'),
    ('The new rules extend the attain of the tax office.',
     'The new rules extend the reach of the tax office.'),
    ('A deal now seems within attain, the mediator said.',
     'A deal now seems within reach, the mediator said.'),
    ('The chain wants to expand its attain in Asia.',
     'The chain wants to expand its reach in Asia.'),
    ('Inspectors will enforce the new rules on office security at factories.',
     'Inspectors will enforce the new rules on workplace safety at factories.'),
    ('The treaty struck a correct stability between trade and nature.',
     'The treaty struck a proper balance between trade and nature.'),
    ('The judge sought a fair stability between privacy and openness.',
     'The judge sought a fair balance between privacy and openness.'),
    ('Activists urged the council to draft a brand new legislation on rents.',
     'Activists urged the council to draft a new law on rents.'),
    ('The mayor called for a new legislation to protect tenants.',
     'The mayor called for a new law to protect tenants.'),
    ('The strike units up a clash with the union.',
     'The strike sets up a clash with the union.'),
    ('The governor refused to signal a price range without tax cuts.',
     'The governor refused to sign a budget without tax cuts.'),
    ('The plan elevated funding for rural clinics.',
     'The plan increased funding for rural clinics.'),
    ('The deal cut taxes, but it surely additionally raised fees.',
     'The deal cut taxes, but it also raised fees.'),
    ('The storm eased, but it surely also left roads flooded.',
     'The storm eased, but it also left roads flooded.'),
    ('The ministry will subject steering to schools next month.',
     'The ministry will issue guidance to schools next month.'),
    ('Forecasters may subject a warning for the coast.',
     'Forecasters may issue a warning for the coast.'),
    ('The union gave the board an inventory of adjustments on Friday.',
     'The union gave the board a list of changes on Friday.'),
    ('Protesters handed officials an inventory of calls for.',
     'Protesters handed officials a list of demands.'),
    ('"I would never put my title on that report," she said.',
     '"I would never put my name on that report," she said.'),
    ('The senator refused to put his title on a letter of protest.',
     'The senator refused to put his name on a letter of protest.'),
    ('The fund is meant for the subsequent technology of farmers.',
     'The fund is meant for the next generation of farmers.'),
    ('The tax cut would depart a deficit of $4 billion.',
     'The tax cut would leave a deficit of $4 billion.'),
    ('Missed payments will depart a gap in the pension fund.',
     'Missed payments will leave a gap in the pension fund.'),
    ('The new system will save the city $2 million yearly.',
     'The new system will save the city $2 million annually.'),
]

ROUND258_ORDINARY = [
    'The bulk of the money went to schools.',
    'The climbers hope to attain the summit by noon.',
    'The firm installed new office security cameras.',
    'Political stability between the two rivals has lasted a decade.',
    'Army units up the valley were told to wait.',
    'The warehouse keeps an inventory of spare parts.',
    'She defended her title on home soil.',
    'The subsequent technology review found no faults.',
    'Buses depart the station every ten minutes.',
    'The yearly report is due in May.',
    'A bunch of flowers lay on the step.',
]

# Round 259 (tells49): rows from a tech company's layoffs and a tennis grand slam final: introduced the layoffs,
# employed too rapidly, do them higher, toughest resolution, take full duty, introduced us right here, assist discovering,
# avoid wasting about, lower greater than, eradicated (jobs), particular person circumstances, to its ft, since I used to be,
# working forehand, down the road (a tennis shot), misplaced the problem, performed higher, on the large factors,
# deserved it at present, to relaxation, after which return.
ROUND259_TELLS = [
    ('The chief executive introduced the layoffs in a memo to staff.',
     'The chief executive announced the layoffs in a memo to staff.'),
    ('The startup employed too rapidly and ran out of money.',
     'The startup hired too quickly and ran out of money.'),
    ('We need to pick fewer projects and do them higher.',
     'We need to pick fewer projects and do them better.'),
    ('Leaving the club was the toughest resolution of my career.',
     'Leaving the club was the toughest decision of my career.'),
    ('Selling the farm was the hardest resolution we ever made.',
     'Selling the farm was the hardest decision we ever made.'),
    ('The mayor said she would take full duty for the delays.',
     'The mayor said she would take full responsibility for the delays.'),
    ('The airline accepted full duty for the crash.',
     'The airline accepted full responsibility for the crash.'),
    ('"Hard work introduced us right here," the coach said.',
     '"Hard work brought us here," the coach said.'),
    ('The program offers assist discovering housing.',
     'The program offers help finding housing.'),
    ('The merger will avoid wasting about $40 million a year.',
     'The merger will save about $40 million a year.'),
    ('New boilers could avoid wasting roughly $300 a year per home.',
     'New boilers could save roughly $300 a year per home.'),
    ('The plan would avoid wasting an estimated 2,000 jobs.',
     'The plan would save an estimated 2,000 jobs.'),
    ('Airlines have lower greater than 10,000 flights this summer.',
     'Airlines have cut more than 10,000 flights this summer.'),
    ('Hundreds of positions were eradicated in the restructuring.',
     'Hundreds of positions were eliminated in the restructuring.'),
    ('The ministry does not discuss particular person circumstances.',
     'The ministry does not discuss individual cases.'),
    ('The fans rose to their ft when she scored.',
     'The fans rose to their feet when she scored.'),
    ('The whole stadium got to its ft for the anthem.',
     'The whole stadium got to its feet for the anthem.'),
    ('I have loved this game since I used to be five.',
     'I have loved this game since I was five.'),
    ('She has wanted this since I used to be a kid, her brother said.',
     'She has wanted this since I was a kid, her brother said.'),
    ('She hit a working forehand past her rival.',
     'She hit a running forehand past her rival.'),
    ('He ripped a backhand down the road to break serve.',
     'He ripped a backhand down the line to break serve.'),
    ('She struck a winner down the road on match point.',
     'She struck a winner down the line on match point.'),
    ('She misplaced the problem after the umpire checked the line.',
     'She lost the challenge after the umpire checked the line.'),
    ('Her rival performed higher in the second set.',
     'Her rival played better in the second set.'),
    ('He served well on the large factors in the tiebreak.',
     'He served well on the big points in the tiebreak.'),
    ('"She deserved it at present," her coach said.',
     '"She deserved it today," her coach said.'),
    ('He needs time to relaxation his knee before the next event.',
     'He needs time to rest his knee before the next event.'),
    ('The players will eat after which return to the hotel.',
     'The players will eat and then return to the hotel.'),
]

ROUND259_ORDINARY = [
    'The council introduced the new parking rules last year.',
    'The museum employed too few guards.',
    'The council passed the toughest resolution yet on sanctions.',
    'The soldier returned to full duty after the injury.',
    'Volunteers help people avoid wasting food.',
    'Smallpox was eradicated in 1980.',
    'Since I used to be a teacher, I know how hard the job is.',
    'Working parents need more support.',
    'The shop is just down the road from the station.',
    'He misplaced his keys on the train.',
    'The spa offers relaxation and massage.',
    'The match was delayed, after which the crowd went home.',
]

# Round 260 (tells49): the next misses of the same four articles: a capitalised Membership (Club) in a name,
# accounting tips, maintain a couple of third, assist an override, dreamed of this second,
# said through the briefing, shocked by the choice.
ROUND260_TELLS = [
    ('The event drew fans to the Riverside Membership on Saturday.',
     'The event drew fans to the Riverside Club on Saturday.'),
    ('Critics said the budget was full of accounting tips.',
     'Critics said the budget was full of accounting tricks.'),
    ('Independents, who maintain a couple of third of the seats, voted no.',
     'Independents, who hold about a third of the seats, voted no.'),
    ('Few senators will assist an override of the veto.',
     'Few senators will support an override of the veto.'),
    ('She said she had dreamed of this second for years.',
     'She said she had dreamed of this moment for years.'),
    ('The minister said through the briefing that talks continued.',
     'The minister said during the briefing that talks continued.'),
    ('Parents were shocked by the choice to close the school.',
     'Parents were surprised by the decision to close the school.'),
]

ROUND260_ORDINARY = [
    'The gym raised its Premium Membership fee in May.',
    'She slept through the ceremony, her mother said.',
    'The magazine offers accounting tips for small shops.',
    'The hotel will maintain its rooms through the winter.',
]

ROUND264_TELLS = [
    ('The authorities of Prime Minister Kowalski survived the vote by four seats.',
     'The government of Prime Minister Kowalski survived the vote by four seats.'),
    ('The opposition will force a movement of no confidence next week.',
     'The opposition will force a motion of no confidence next week.'),
    ('The no-confidence movement needs 200 votes to pass.', 'The no-confidence motion needs 200 votes to pass.'),
    ('Two far-left parties tabled a movement against the finance minister.',
     'Two far-left parties tabled a motion against the finance minister.'),
    ('The movement was tabled on Monday by the Greens.', 'The motion was tabled on Monday by the Greens.'),
    ('Farmers cannot preserve paying more for diesel, the union warned.',
     'Farmers cannot keep paying more for diesel, the union warned.'),
    ('The minister will supply her resignation on Friday.', 'The minister will offer her resignation on Friday.'),
    ('Rome has broken the deficit guidelines for three years in a row.',
     'Rome has broken the deficit rules for three years in a row.'),
    ('The cabinet will stay on in a caretaker position until the election.',
     'The cabinet will stay on in a caretaker role until the election.'),
    ('Talks could last months before a new government is shaped.',
     'Talks could last months before a new government is formed.'),
    ('Voters backed the Get together for Freedom in the north.', 'Voters backed the Party for Freedom in the north.'),
    ('The king asked her to shape a brand new authorities by March.',
     'The king asked her to form a new government by March.'),
]

ROUND264_ORDINARY = [
    'The protest movement of the 1960s shaped a generation.',
    'The law aims to preserve existing jobs in the region.',
    'The company will supply its products to 40 countries.',
    'The school advertised a caretaker position last month.',
    'His views were shaped by the war.',
    'The party held a get together for its volunteers.',
    'The authorities of the region closed the border.',
]

ROUND265_TELLS = [
    ('The regulator accepted the first vaccine for the virus on Tuesday.',
     'The regulator approved the first vaccine for the virus on Tuesday.'),
    ('Doctors hope the pill to deal with migraines will be cheap.',
     'Doctors hope the pill to treat migraines will be cheap.'),
    ('She was treated for postpartum melancholy after her second child.',
     'She was treated for postpartum depression after her second child.'),
    ('The study found signs of melancholy in one in four teenagers.',
     'The study found symptoms of depression in one in four teenagers.'),
    ('Patients asked for a cheaper possibility than the injection.',
     'Patients asked for a cheaper option than the injection.'),
    ('The spray is sold under the model title Nasaline.', 'The spray is sold under the brand name Nasaline.'),
    ('The cream is offered below the model title Dermix.', 'The cream is sold under the brand name Dermix.'),
    ('Trials showed an improvement in signs within a week.', 'Trials showed an improvement in symptoms within a week.'),
    ('Researchers called the vaccine a main step ahead for older people.',
     'Researchers called the vaccine a major step forward for older people.'),
    ('Patients must not function heavy equipment after taking the tablets.',
     'Patients must not operate heavy machinery after taking the tablets.'),
    ('The maker will start delivery the vaccine to clinics in May.',
     'The maker will start shipping the vaccine to clinics in May.'),
    ('Parents raised considerations concerning the worth of the new inhaler.',
     'Parents raised concerns about the price of the new inhaler.'),
    ('A test is just helpful if people use it, the doctor said.',
     'A test is only useful if people use it, the doctor said.'),
    ('Many patients expertise signs within hours.', 'Many patients experience symptoms within hours.'),
    ('Donations to Assist Worldwide doubled last year.', 'Donations to Support International doubled last year.'),
    ("The drug can impair an individual's capacity to think clearly.",
     "The drug can impair a person's ability to think clearly."),
]

ROUND265_ORDINARY = [
    'The agency accepted the application for review in March.',
    'He has learned to deal with pain without drugs.',
    'The poem has a melancholy tone.',
    'There is a possibility that the trial will be delayed.',
    'The heart will not function properly without oxygen.',
    'Home delivery takes three days.',
    'Her expertise is in tax law.',
    'Collectors debated the worth of the painting.',
    'The board is concerned about the capacity to drive growth.',
]

ROUND266_TELLS = [
    ('Goal said its stores would stay open late in December.',
     'Target said its stores would stay open late in December.'),
    ('Shares of Goal rose 3 percent in late trading.', 'Shares of Target rose 3 percent in late trading.'),
    ('Retailers expect a strong vacation quarter despite high prices.',
     'Retailers expect a strong holiday quarter despite high prices.'),
    ('The chain posted strong vacation outcomes in January.', 'The chain posted strong holiday results in January.'),
    ('Families plan to reduce on eating out this winter.', 'Families plan to cut back on eating out this winter.'),
    ('The chain sells furniture and residential items online.', 'The chain sells furniture and home goods online.'),
    ('The deal will hold for at the very least a year.', 'The deal will hold for at least a year.'),
    ('The index closed with a small acquire on Friday.', 'The index closed with a small gain on Friday.'),
    ('Airlines are trying to win again prospects with lower fares.',
     'Airlines are trying to win back customers with lower fares.'),
    ('Demand for discretionary objects fell in the spring.', 'Demand for discretionary items fell in the spring.'),
    ('Prices will rise, said Maria Lopez, an analyst on the analysis agency Kantar.',
     'Prices will rise, said Maria Lopez, an analyst at the research firm Kantar.'),
    ('The company said visitors in its shops fell 2 percent.', 'The company said traffic in its stores fell 2 percent.'),
    ('Lee birdied the last to complete two photographs clear of the field.',
     'Lee birdied the last to finish two shots clear of the field.'),
    ('Jones completed at 9 under for the week.', 'Jones finished at 9 under for the week.'),
    ('She ended at four under, having been two beneath for the match at noon.',
     'She ended at four under, having been two under for the tournament at noon.'),
    ('Park hopes to declare her first major at the US Open.', 'Park hopes to claim her first major at the US Open.'),
    ('His method shot landed ten feet from the pin.', 'His approach shot landed ten feet from the pin.'),
    ('Her tee shot discovered the water at the 16th.', 'Her tee shot found the water at the 16th.'),
    ('Fans cheered the house favorite on every hole.', 'Fans cheered the home favorite on every hole.'),
    ('Overnight leader Tom Hale pale with a 75 on Sunday.', 'Overnight leader Tom Hale faded with a 75 on Sunday.'),
    ('Organisers said 90,000 tickets had been offered by Friday.',
     'Organisers said 90,000 tickets had been sold by Friday.'),
    ('The crowd had adopted him all week at Augusta.', 'The crowd had followed him all week at Augusta.'),
    ('The Welshman gained right here two years ago.', 'The Welshman won here two years ago.'),
]

ROUND266_ORDINARY = [
    'Goal setting helps shop managers plan their sales.',
    'Families took a long vacation in August.',
    'Prices reduce on average by 2 percent a year.',
    'They want to acquire a rival bank.',
    'The bridge was completed at a cost of 40 million dollars.',
    "The restaurant's house favorite is a lamb stew.",
    'Her face turned pale with a sudden fear.',
    'Free tickets had been offered to nurses.',
    'The couple adopted him when he was two.',
]

# Round 273 (tells53, thirtieth session): whole articles of our own, spun by hand; a British budget statement:
# "the brink for" a tax, "robust selections", the Confederation of British Trade, "employer nationwide
# insurance coverage", an "unbiased" watchdog, "the errors of the previous", "financial savings" after cost, energy and
# short-term.
ROUND273_TELLS = [
    ('The council lifted the brink for business rates relief.',
     'The council lifted the threshold for business rates relief.'),
    ('"We have made robust selections this year," the minister told reporters.',
     '"We have made tough choices this year," the minister told reporters.'),
    ('The Confederation of British Trade welcomed the plan.',
     'The Confederation of British Industry welcomed the plan.'),
    ('The rise in employer nationwide insurance coverage hit hiring.',
     'The rise in employer national insurance hit hiring.'),
    ('The unbiased fiscal watchdog will publish its forecast on Friday.',
     'The independent fiscal watchdog will publish its forecast on Friday.'),
    ('The unbiased watchdog will review the contracts.',
     'The independent watchdog will review the contracts.'),
    ('Voters should not pay for the errors of the previous.',
     'Voters should not pay for the mistakes of the past.'),
    ('The scheme promises cost financial savings for hospitals.',
     'The scheme promises cost savings for hospitals.'),
    ('Insulation brings energy financial savings to older homes.',
     'Insulation brings energy savings to older homes.'),
    ('The plan puts growth ahead of short-term financial savings.',
     'The plan puts growth ahead of short-term savings.'),
]

ROUND273_ORDINARY = [
    'The firm was pushed to the brink for months before the rescue.',
    'Voters wanted a fair and unbiased inquiry.',
]

# Round 274 (tells53): a hurricane making landfall in Florida: "alongside elements of the coast", "instructed to
# depart", "the very best ground" in a flood, "name for assist", "trapped of their", "every week or extra" and a
# utility's "Energy & Mild".
ROUND274_TELLS = [
    ('Heavy rain fell alongside elements of the coast on Monday.',
     'Heavy rain fell along parts of the coast on Monday.'),
    ('Residents who were instructed to depart should not return yet.',
     'Residents who were told to leave should not return yet.'),
    ('If the water rises, go to the very best ground in the building.',
     'If the water rises, go to the highest floor in the building.'),
    ('Get to the roof and name for assist, the sheriff said.',
     'Get to the roof and call for help, the sheriff said.'),
    ('Stay inside and name for help if the water rises.',
     'Stay inside and call for help if the water rises.'),
    ('Crews found families trapped of their cars on the highway.',
     'Crews found families trapped in their cars on the highway.'),
    ('Crews need every week or extra to clear the roads.',
     'Crews need a week or more to clear the roads.'),
    ('Customers of Tampa Energy & Mild were told to expect delays.',
     'Customers of Tampa Power & Light were told to expect delays.'),
]

ROUND274_ORDINARY = [
    'Soldiers fought alongside elements of the rebel army.',
    'The ambassador was instructed to depart within three days.',
    'He said it was the very best ground in the league.',
]

# Round 275 (tells53): a World Series game: "used to be simply attempting", "all collection", "the remainder of the
# best way", "heart subject", "scoring place", a pitcher "on common / brief relaxation", "an ideal ninth", a baseball
# "supervisor", "begin Sport 4" and a closer written "Nearer".
ROUND275_TELLS = [
    ('"I used to be simply attempting to throw strikes," the pitcher said.',
     '"I was just trying to throw strikes," the pitcher said.'),
    ('He had struggled with that pitch all collection.',
     'He had struggled with that pitch all series.'),
    ('The bullpen kept them quiet the remainder of the best way.',
     'The bullpen kept them quiet the rest of the way.'),
    ('Her double to heart subject scored two runs.',
     'Her double to center field scored two runs.'),
    ('They left six runners in scoring place.',
     'They left six runners in scoring position.'),
    ('The ace will pitch on common relaxation tomorrow.',
     'The ace will pitch on regular rest tomorrow.'),
    ('He could pitch on brief relaxation if needed.',
     'He could pitch on short rest if needed.'),
    ('The closer worked an ideal ninth.',
     'The closer worked a perfect ninth.'),
    ('The reliever threw an ideal inning.',
     'The reliever threw a perfect inning.'),
    ('The supervisor said the bullpen was tired after the long game.',
     'The manager said the bullpen was tired after the long game.'),
    ('The ace will take the mound for Sport 6.',
     'The ace will take the mound for Game 6.'),
    ('The left-hander will begin Sport 4 on Sunday.',
     'The left-hander will start Game 4 on Sunday.'),
    ('Nearer Ana Ruiz struck out the side in the ninth.',
     'Closer Ana Ruiz struck out the side in the ninth.'),
]

ROUND275_ORDINARY = [
    'A brief relaxation of the rules helped traders.',
    'Deep breathing is a common relaxation technique.',
    'The library digitised all collection records last year.',
    'The former pitcher now works as a warehouse supervisor.',
    'Nearer London, the roads were clear.',
]

# Round 279 (tells55): a central bank's rate decision: a "money fee" and its "goal band", inflation "fallen sooner than"
# forecast, "applicable to" a verb, "a bit of" before a comma, unemployment to "rise regularly", "the center of
# subsequent" year, "family spending", mortgage "debtors", "convey aid to" them, households that "completed it robust",
# "The choice was extensively anticipated", "information final week confirmed", "monetary markets" and "the minimize
# came".
ROUND279_TELLS = [
    ('The central bank held its money fee at 4.1 percent on Thursday.',
     'The central bank held its cash rate at 4.1 percent on Thursday.'),
    ('Inflation is now back inside the goal band, the governor said.',
     'Inflation is now back inside the target band, the governor said.'),
    ('Wage growth has slowed sooner than economists had forecast.',
     'Wage growth has slowed faster than economists had forecast.'),
    ('The board decided it was applicable to hold rates steady.',
     'The board decided it was appropriate to hold rates steady.'),
    ('Rates may need to come down a bit of, the minister said.',
     'Rates may need to come down a little, the minister said.'),
    ('Prices rose a bit of faster than expected in June.',
     'Prices rose a little faster than expected in June.'),
    ('Unemployment is expected to rise regularly to 5 percent.',
     'Unemployment is expected to rise gradually to 5 percent.'),
    ('The bank expects inflation to ease by the center of subsequent summer.',
     'The bank expects inflation to ease by the middle of next summer.'),
    ('Weak family spending dragged on growth in the quarter.',
     'Weak household spending dragged on growth in the quarter.'),
    ('Higher interest rates have hurt debtors the most.',
     'Higher interest rates have hurt borrowers the most.'),
    ('A cut would convey aid to homeowners with big mortgages.',
     'A cut would bring relief to homeowners with big mortgages.'),
    ('Farmers who have completed it robust this year welcomed the rain.',
     'Farmers who have done it tough this year welcomed the rain.'),
    ('The choice was extensively anticipated by traders.',
     'The decision was widely expected by traders.'),
    ('Information final week confirmed that retail sales fell.',
     'Data last week showed that retail sales fell.'),
    ('Monetary markets rallied after the announcement.',
     'Financial markets rallied after the announcement.'),
    ('Borrowers said the minimize came too late for them.',
     'Borrowers said the cut came too late for them.'),
]

ROUND279_ORDINARY = [
    'The new capital rules are applicable to all lenders.',
    'The ceasefire collapsed sooner than diplomats had feared.',
    'Family spending on school uniforms has doubled, the charity said.',
    'The court ordered the debtors to repay the loans within a year.',
    'The minister has a bit of a problem with the figures.',
    'Money markets were calm on Friday.',
]

# Round 280 (tells55): a tech antitrust ruling: a company's "Methods", apps "on its telephones", "unique contracts",
# "to dam" rivals, "app shops", app "builders", "the proof reveals", "doesn't but", "proposals for cures", "drive the
# corporate to", "the charges it prices", a ruling's "attraction", "the courtroom's choice", "safety and privateness",
# "findings of reality" and a case "attributable to go" to trial.
ROUND280_TELLS = [
    ('Shares of Halvorsen Methods fell after the antitrust ruling.',
     'Shares of Halvorsen Systems fell after the antitrust ruling.'),
    ('Users download apps on its telephones from one store.',
     'Users download apps on its phones from one store.'),
    ('The regulator said the unique contracts broke the law.',
     'The regulator said the exclusive contracts broke the law.'),
    ('The rules were written to dam rival browsers.',
     'The rules were written to block rival browsers.'),
    ('Rival app shops say the fees are too high.',
     'Rival app stores say the fees are too high.'),
    ('Builders of apps have complained about the fees.',
     'Developers of apps have complained about the fees.'),
    ('The proof reveals a pattern of abuse, the judge wrote.',
     'The evidence shows a pattern of abuse, the judge wrote.'),
    ("The agency doesn't but know how many users were affected.",
     "The agency doesn't yet know how many users were affected."),
    ('The judge will hear proposals for cures in the antitrust case next month.',
     'The judge will hear proposals for remedies in the antitrust case next month.'),
    ('The ruling could drive the corporate to sell its ad business.',
     'The ruling could force the company to sell its ad business.'),
    ('The court capped the charges it prices app makers.',
     'The court capped the fees it charges app makers.'),
    ('Legal experts expect the attraction to take two years.',
     'Legal experts expect the appeal to take two years.'),
    ('The company said it could attraction the fine.',
     'The company said it would appeal the fine.'),
    ("Lawyers for the airline criticised the courtroom's choice.",
     "Lawyers for the airline criticised the court's decision."),
    ('The phone maker touted the safety and privateness of its devices.',
     'The phone maker touted the security and privacy of its devices.'),
    ("The judge's findings of reality will be hard to overturn.",
     "The judge's findings of fact will be hard to overturn."),
    ("A second lawsuit that's attributable to go to trial next year was filed in Texas.",
     "A second lawsuit that's due to go to trial next year was filed in Texas."),
]

ROUND280_ORDINARY = [
    'Researchers used statistical methods to test the claim.',
    'Campers were told to dam the stream with stones.',
    'Local builders say the new homes will be ready by spring.',
    'The museum is the main tourist attraction in the city.',
    'The drug is no cure for the disease, doctors warned.',
    'Her unique style won over the judges.',
    'The delay was attributable to bad weather.',
]

# Round 281 (tells55): a film festival prize and a city marathon: "for finest movie on the", a "debut characteristic",
# "devoted the award to", "work with their arms", "the competition's grand jury", "one of the best actress prize", the
# "primary competitors", "because the favourite", "expressed shock on", "the jury's selection", "success on the Academy
# Awards"; "to say her first" title, wind "alongside the lakefront", "a record for the occasion", "near splendid
# situations", "distance working", "help stations", winners who "every obtained", "received for the second time" and a
# film "by Ana Silva a few nurse".
ROUND281_TELLS = [
    ("The Iranian drama took the prize for finest movie on the Toronto festival's closing night.",
     "The Iranian drama took the prize for best film at the Toronto festival's closing night."),
    ("The director's debut characteristic premiered at the festival in Berlin.",
     "The director's debut feature premiered at the festival in Berlin."),
    ('The actor devoted the award to his mother.',
     'The actor dedicated the award to his mother.'),
    ('The song honours people who work with their arms.',
     'The song honours people who work with their hands.'),
    ("The competition's grand jury prize went to a French drama.",
     "The festival's grand jury prize went to a French drama."),
    ('She won one of the best actress prize for her role as a nurse.',
     'She won the best actress prize for her role as a nurse.'),
    ('He took home one of the best director award in Cannes.',
     'He took home the best director award in Cannes.'),
    ('Nineteen films are in the primary competitors at the festival.',
     'Nineteen films are in the main competition at the festival.'),
    ('Bookmakers had named the Irish horse because the favourite for the race.',
     'Bookmakers had named the Irish horse as the favourite for the race.'),
    ('Critics expressed shock on the decision to cut the film.',
     'Critics expressed surprise at the decision to cut the film.'),
    ("Few predicted the jury's selection this year.",
     "Few predicted the jury's choice this year."),
    ('The film is tipped for success on the Academy Awards.',
     'The film is tipped for success at the Academy Awards.'),
    ('The Ethiopian sprinted clear to say her first world title.',
     'The Ethiopian sprinted clear to claim her first world title.'),
    ('Runners battled a cold wind alongside the lakefront.',
     'Runners battled a cold wind along the lakefront.'),
    ('The turnout was a record for the occasion, organisers said.',
     'The turnout was a record for the event, organisers said.'),
    ('Runners enjoyed near splendid situations on Sunday.',
     'Runners enjoyed close to ideal conditions on Sunday.'),
    ('The cool weather made for splendid situations.',
     'The cool weather made for ideal conditions.'),
    ('He fell in love with distance working after his first marathon.',
     'He fell in love with distance running after his first marathon.'),
    ('Volunteers staffed help stations every two miles along the marathon course.',
     'Volunteers staffed aid stations every two miles along the marathon course.'),
    ('The two finalists every obtained a medal and a trophy.',
     'The two finalists each received a medal and a trophy.'),
    ('The Kenyan received for the second time in three years, clocking 2:05.',
     'The Kenyan won for the second time in three years, clocking 2:05.'),
    ('The festival opened with a film by Ana Silva a few nurse in wartime.',
     'The festival opened with a film by Ana Silva about a nurse in wartime.'),
]

ROUND281_ORDINARY = [
    'The award was presented to one of the best actors of his generation.',
    'Fans cheered because the favourite had fallen at the last fence.',
    'He ran alongside the leaders for most of the race.',
    'The coach gave Rossi a few more days to recover.',
    'She received for the first time a letter from her brother.',
    'The jury selection took two days.',
    'The show was a great success on the night.',
    'It was hard to say his first name correctly.',
]


# Round 282 (tells56): a state supreme court ruling on a congressional map and earthquake relief abroad: a law that
# "violates the structure", lines "redraw the strains", "a 6-3 determination", candidates "of their alternative",
# "calling it an instance of", "the foundations apply", "revered the court's ruling", "maintain a public assembly",
# "a robust earthquake", a "subject coordinator", "fundamental roads", "help price about $", a "broken college", a
# "well being put up" and "gentle clothes".
ROUND282_TELLS = [
    ('The lawsuit claims the new law violates the structure.',
     'The lawsuit claims the new law violates the constitution.'),
    ('The court gave lawmakers 30 days to redraw the strains.',
     'The court gave lawmakers 30 days to redraw the lines.'),
    ('In a 6-3 determination, the court struck down the law.',
     'In a 6-3 decision, the court struck down the law.'),
    ('Voters may pick candidates of their alternative in the new primary.',
     'Voters may pick candidates of their choice in the new primary.'),
    ('The mayor criticized the plan, calling it an instance of waste.',
     'The mayor criticized the plan, calling it an example of waste.'),
    ('The judge said the foundations apply to everyone.',
     'The judge said the rules apply to everyone.'),
    ("The governor said she revered the court's ruling.",
     "The governor said she respected the court's ruling."),
    ('The board will maintain a public assembly on the plan next week.',
     'The board will hold a public meeting on the plan next week.'),
    ('A robust earthquake struck the coast early on Monday.',
     'A powerful earthquake struck the coast early on Monday.'),
    ('She works as a subject coordinator for a charity in the region.',
     'She works as a field coordinator for a charity in the region.'),
    ('Floods cut off the fundamental roads into the valley.',
     'Floods cut off the main roads into the valley.'),
    ('Japan pledged help price about $20 million.',
     'Japan pledged aid worth about $20 million.'),
    ('Crews began to rebuild the broken college in the village.',
     'Crews began to rebuild the damaged school in the village.'),
    ('The quake destroyed a well being put up in the hills.',
     'The quake destroyed a health post in the hills.'),
    ('Many families fled with only gentle clothes.',
     'Many families fled with only light clothing.'),
]

ROUND282_ORDINARY = [
    'The ancient structure violates no building code, inspectors said.',
    'The team showed great determination in the last minutes.',
    'She spoke in favour of their alternative plan at the meeting.',
    'He is an instance of a man who never gives up.',
    'Monks revered the old teacher for decades.',
    'The economy remained robust despite the storm.',
    'Biology is her favourite subject at school.',
    'Fundamental reforms are needed, the report said.',
    'Banks will help price the bond sale next week.',
    'The broken window was fixed on Monday.',
    'A gentle breeze blew across the lake.',
]

# Round 283 (tells56): an automaker's recall: "a brief circuit", "a warning mild", "guarantee claims", "extra
# remembers", "enhancing high quality", "the newest in an extended sequence", "an investigation into the difficulty",
# "placing them vulnerable to", "suggested owners to", "transferring as shortly as", "the truck is transferring",
# "conscious of" a number, "cost the corporate millions" and, in a recall story, "the protection company".
ROUND283_TELLS = [
    ('A brief circuit caused the fire, investigators said.',
     'A short circuit caused the fire, investigators said.'),
    ('Drivers should stop if a warning mild comes on.',
     'Drivers should stop if a warning light comes on.'),
    ('The dealer network paid out $2 billion in guarantee claims last year.',
     'The dealer network paid out $2 billion in warranty claims last year.'),
    ('The carmaker issued more remembers than any rival last year.',
     'The carmaker issued more recalls than any rival last year.'),
    ('The carmaker issued extra remembers than any rival last year.',
     'The carmaker issued more recalls than any rival last year.'),
    ('The new chief executive has made enhancing high quality his priority.',
     'The new chief executive has made improving quality his priority.'),
    ('The fault is the newest in an extended sequence of problems for the airline.',
     'The fault is the latest in a long series of problems for the airline.'),
    ('Regulators opened an investigation into the difficulty in March.',
     'Regulators opened an investigation into the issue in March.'),
    ('The broken lights left cyclists in the dark, placing them vulnerable to crashes.',
     'The broken lights left cyclists in the dark, putting them at risk of crashes.'),
    ('The company suggested owners to park outside until the repair is done.',
     'The company advised owners to park outside until the repair is done.'),
    ('Engineers said they were transferring as shortly as possible.',
     'Engineers said they were moving as quickly as possible.'),
    ('The alarm sounds when the truck is transferring.',
     'The alarm sounds when the truck is moving.'),
    ('The carmaker said it was conscious of three fires linked to the heaters.',
     'The carmaker said it was aware of three fires linked to the heaters.'),
    ('The faulty switches have cost the corporate millions in repairs.',
     'The faulty switches have cost the company millions in repairs.'),
    ('After the recall, the protection company said it would review the repairs.',
     'After the recall, the safety agency said it would review the repairs.'),
]

ROUND283_ORDINARY = [
    'The speech was brief.',
    'Lights in the hall were dim and the evening was mild.',
    'The bank offered a guarantee on the loan.',
    'She remembers the day the factory closed.',
    'He has a high quality of life in the village.',
    'The film opens with an extended sequence shot in one take.',
    'She had difficulty finding work after the war.',
    'The elderly are vulnerable to heat.',
    'Doctors suggested she rest for a week.',
    'The bank is transferring funds to the new account.',
    'The truck is transferring fuel to the tanker.',
    'He was conscious of the risks.',
    'The corporate world was slow to react.',
    'Data protection company Avast reported a loss.',
]

# Round 284 (tells56): a cricket Test match: "the third Take a look at", "the Take a look at towards England", "a
# goal of 280" in a cricket paragraph, "his aspect house", "a peaceful innings", a pitch that "supplied assist", "for
# many of the match", "in fast succession", "you'll be able to't", "back to the drafting board" and "the choose of
# the bowlers".
ROUND284_TELLS = [
    ('Australia won the third Take a look at by an innings.',
     'Australia won the third Test by an innings.'),
    ('Pakistan lost the Take a look at towards England by 40 runs.',
     'Pakistan lost the Test against England by 40 runs.'),
    ('New Zealand were set a goal of 280 to win, with 90 overs left.',
     'New Zealand were set a target of 280 to win, with 90 overs left.'),
    ('He batted on to guide his aspect house.',
     'He batted on to guide his side home.'),
    ('She played a peaceful innings of 64.',
     'She played a calm innings of 64.'),
    ('The damp pitch supplied assist to the seamers.',
     'The damp pitch offered help to the seamers.'),
    ('Rain fell for many of the match.',
     'Rain fell for most of the match.'),
    ('They lost three wickets in fast succession.',
     'They lost three wickets in quick succession.'),
    ('"On a pitch like this you\'ll be able to\'t relax," the captain said.',
     '"On a pitch like this you can\'t relax," the captain said.'),
    ('"We\'ll be able to\'t afford more mistakes," he said.',
     '"We can\'t afford more mistakes," he said.'),
    ('After the defeat, the selectors went back to the drafting board.',
     'After the defeat, the selectors went back to the drawing board.'),
    ('Spinner Nathan Lyon was the choose of the bowlers.',
     'Spinner Nathan Lyon was the pick of the bowlers.'),
]

ROUND284_ORDINARY = [
    'Take a look at the figures before you vote.',
    "The team's goal of reaching the final was met.",
    'One aspect of the plan worried voters.',
    'It was a peaceful protest.',
    'The firm supplied food to the army.',
    'Many of the players were tired.',
    'The fast train takes two hours.',
    "You'll be able to vote from next week.",
    'Architects still use a drafting board.',
    'Voters were asked to choose one of the two options.',
]

# Round 276 (tells54, thirty-first session): a regional election in Germany: the far-right "Different for Germany",
# a party's "worst consequence", counting "nicely into the night", "allow them to down", a "celebration occasion",
# "in need of a majority", the "Left get together", a "secure / steady authorities", "large positive factors", the
# "governing events", a premier's "private recognition", "made the distinction", "the consequence confirmed" and a
# "threshold wanted to" win seats.
ROUND276_TELLS = [
    ('The far-right Different for Germany topped the poll in two districts.',
     'The far-right Alternative for Germany topped the poll in two districts.'),
    ("It was the party's worst consequence in a vote for the regional assembly.",
     "It was the party's worst result in a vote for the regional assembly."),
    ('Counting went on nicely into the night in the northern districts.',
     'Counting went on well into the night in the northern districts.'),
    ('"I will not allow them to down," the mayor told the crowd.',
     '"I will not let them down," the mayor told the crowd.'),
    ('"We will never allow you to down," she told volunteers.',
     '"We will never let you down," she told volunteers.'),
    ('The minister spoke at a celebration occasion in Munich.',
     'The minister spoke at a party event in Munich.'),
    ('The coalition remains in need of a majority in the upper house.',
     'The coalition remains short of a majority in the upper house.'),
    ('The Greens and the Left get together each lost seats.',
     'The Greens and the Left party each lost seats.'),
    ('Voters want a secure authorities after two years of crisis.',
     'Voters want a stable government after two years of crisis.'),
    ('Investors hope for a steady authorities in Rome.',
     'Investors hope for a stable government in Rome.'),
    ('The Greens made large positive factors in the south.',
     'The Greens made big gains in the south.'),
    ('The governing events lost ground in every district.',
     'The governing parties lost ground in every district.'),
    ("The senator's private recognition helped her keep the seat.",
     "The senator's personal popularity helped her keep the seat."),
    ('Turnout among pensioners made the distinction in the end.',
     'Turnout among pensioners made the difference in the end.'),
    ('The consequence confirmed how divided the region had become.',
     'The result showed how divided the region had become.'),
    ('Small parties cleared the threshold wanted to enter parliament.',
     'Small parties cleared the threshold needed to enter parliament.'),
]

ROUND276_ORDINARY = [
    'The worst consequence of the floods was the loss of farmland.',
    'The new coach settled nicely into the role.',
    'The judge made the distinction between the two charges clear.',
    'The family received private recognition for the donation.',
]

# Round 277 (tells54): a drug trial: "minimize the danger of", a trial that "adopted" N adults, "much less more likely",
# "in accordance with outcomes", "outcomes offered at", "excessive threat", "knowledge anticipated", "urged warning",
# the "London College of Hygiene and Tropical Drugs", "excessive worth", "public well being techniques", "the profit is
# actual", "the query now could be", "an identical trial" and "increase the usage of".
ROUND277_TELLS = [
    ('A new pill may minimize the danger of a second stroke, doctors say.',
     'A new pill may cut the risk of a second stroke, doctors say.'),
    ('The trial adopted 4,200 women over five years.',
     'The trial followed 4,200 women over five years.'),
    ('Smokers were much less more likely to finish the course.',
     'Smokers were less likely to finish the course.'),
    ('The drug slowed memory loss, in accordance with outcomes released on Monday.',
     'The drug slowed memory loss, according to results released on Monday.'),
    ('The outcomes offered at the meeting surprised investors.',
     'The results presented at the meeting surprised investors.'),
    ('Older smokers face excessive threat of lung disease.',
     'Older smokers face high risk of lung disease.'),
    ('The company gave no date, with knowledge anticipated by spring.',
     'The company gave no date, with data expected by spring.'),
    ('Regulators urged warning over the new vaccine.',
     'Regulators urged caution over the new vaccine.'),
    ('She trained at the London College of Hygiene before moving abroad.',
     'She trained at the London School of Hygiene before moving abroad.'),
    ('He is a professor of Tropical Drugs in Liverpool.',
     'He is a professor of Tropical Medicine in Liverpool.'),
    ('Patients complained about the excessive worth of insulin.',
     'Patients complained about the high price of insulin.'),
    ('The cuts will strain public well being techniques across Europe.',
     'The cuts will strain public health systems across Europe.'),
    ('Rural well being techniques are short of nurses.',
     'Rural health systems are short of nurses.'),
    ('"The profit is actual for most people," the doctor said.',
     '"The benefit is real for most people," the doctor said.'),
    ('The query now could be how fast the drug reaches patients.',
     'The question now is how fast the drug reaches patients.'),
    ('A rival lab is running an identical trial in Japan.',
     'A rival lab is running a similar trial in Japan.'),
    ('Hospitals hope to increase the usage of cheaper generics.',
     'Hospitals hope to expand the use of cheaper generics.'),
]

ROUND277_ORDINARY = [
    'The trial adopted a new design after the first year.',
    'The findings were presented at a cancer meeting in Chicago.',
    'Sales of obesity and diabetes medicines rose sharply.',
]

# Round 278 (tells54): an ice hockey playoff game and a port workers' strike: "into additional time" in a hockey
# paragraph, "simply saved going", "going to the web", "get it achieved", "place it away", "had possibilities to",
# "been achieved earlier than", a shot "previous" the goalie, a playoff "Sport N", "ports alongside the", "the motion
# of goods", "of its sort in", the "Worldwide Longshoremen's Affiliation", the "USA Maritime Alliance", "shaped
# exterior", "so long as crucial", "perishable gadgets comparable to", "run brief", "transport traces", cargo "certain
# for", "on the worst possible time" and a rally "on the Port of".
ROUND278_TELLS = [
    ('Smith scored 2:30 into additional time, beating the goalie high.',
     'Smith scored 2:30 into overtime, beating the goalie high.'),
    ('Dallas won it in additional time after the goalie was screened.',
     'Dallas won it in overtime after the goalie was screened.'),
    ('"We simply saved going after the first goal," the captain said.',
     '"We just kept going after the first goal," the captain said.'),
    ('They were told to keep going to the web on every shift.',
     'They were told to keep going to the net on every shift.'),
    ('"We will find a way to get it achieved," the captain said.',
     '"We will find a way to get it done," the captain said.'),
    ('"We had three chances to place it away," the winger said.',
     '"We had three chances to put it away," the winger said.'),
    ('Both teams had possibilities to win it late.',
     'Both teams had chances to win it late.'),
    ('"It has been achieved earlier than," the coach said of the comeback.',
     '"It has been done before," the coach said of the comeback.'),
    ('He tipped a point shot from Makar previous Hellebuyck in the second period.',
     'He tipped a point shot from Makar past Hellebuyck in the second period.'),
    ('Sport 7 is Monday, and the winner will clinch a place in the final.',
     'Game 7 is Monday, and the winner will clinch a place in the final.'),
    ('Barges waited at ports alongside the river for days.',
     'Barges waited at ports along the river for days.'),
    ('The strike slowed the motion of goods across the border.',
     'The strike slowed the movement of goods across the border.'),
    ('It was the largest protest of its sort in a decade.',
     'It was the largest protest of its kind in a decade.'),
    ("The Longshoremen's Affiliation called off the walkout.",
     "The Longshoremen's Association called off the walkout."),
    ("The Worldwide Longshoremen's Affiliation rejected the offer.",
     "The International Longshoremen's Association rejected the offer."),
    ('Talks with the USA Maritime Alliance broke down in June.',
     'Talks with the United States Maritime Alliance broke down in June.'),
    ('A crowd shaped exterior the court before dawn.',
     'A crowd formed outside the court before dawn.'),
    ('"We will stay out for so long as crucial," the organiser said.',
     '"We will stay out for as long as necessary," the organiser said.'),
    ('The troops will remain as long as crucial, the minister said.',
     'The troops will remain as long as necessary, the minister said.'),
    ('Trucks loaded with perishable gadgets were turned back.',
     'Trucks loaded with perishable items were turned back.'),
    ('Shops ran out of gadgets comparable to milk and bread.',
     'Shops ran out of items such as milk and bread.'),
    ('Supplies of fresh fruit could run brief by Friday.',
     'Supplies of fresh fruit could run short by Friday.'),
    ('Two transport traces cut services to the port.',
     'Two shipping lines cut services to the port.'),
    ('Dockers rallied on the Port of Felixstowe on Monday.',
     'Dockers rallied at the Port of Felixstowe on Monday.'),
    ('A tanker certain for Rotterdam was held at sea.',
     'A tanker bound for Rotterdam was held at sea.'),
    ('The storm hit on the worst possible time for farmers.',
     'The storm hit at the worst possible time for farmers.'),
    ('The delay came on the worst doable time for retailers.',
     'The delay came at the worst possible time for retailers.'),
]

ROUND278_ORDINARY = [
    'The money saved going forward will pay for new buses.',
    'Most readers now get their news by going to the web or an app.',
    'MPs debated the motion of censure for six hours.',
    'One thing is certain for shipping firms this year.',
    'The report focused on the Port of Dover and its queues.',
]


ROUNDS_4_TO_11_TELLS = (ROUND4_TELLS + ROUND5_TELLS + ROUND6_TELLS + ROUND7_TELLS + ROUND8_TELLS + ROUND9_TELLS
                        + ROUND10_TELLS + ROUND11_TELLS + ROUND12_TELLS
                        + ROUND13_TELLS + ROUND14_TELLS + ROUND15_TELLS
                        + ROUND16_TELLS + ROUND17_TELLS + ROUND18_TELLS
                        + ROUND19_TELLS + ROUND20_TELLS + ROUND21_TELLS
                        + ROUND22_TELLS + ROUND23_TELLS + ROUND24_TELLS
                        + ROUND25_TELLS + ROUND26_TELLS + ROUND27_TELLS
                        + ROUND28_TELLS + ROUND29_TELLS + ROUND30_TELLS
                        + ROUND31_TELLS + ROUND32_TELLS
                        + ROUND33_TELLS + ROUND34_TELLS + ROUND35_TELLS
                        + ROUND36_TELLS + ROUND37_TELLS + ROUND38_TELLS + ROUND39_TELLS
                        + ROUND40_TELLS + ROUND41_TELLS + ROUND42_TELLS
                        + ROUND43_TELLS + ROUND44_TELLS + ROUND45_TELLS
                        + ROUND46_TELLS + ROUND47_TELLS + ROUND48_TELLS
                        + ROUND49_TELLS + ROUND50_TELLS + ROUND51_TELLS
                        + ROUND52_TELLS
                        + ROUND53_TELLS
                        + ROUND54_TELLS
                        + ROUND55_TELLS
                        + ROUND56_TELLS
                        + ROUND57_TELLS
                        + ROUND58_TELLS
                        + ROUND59_TELLS
                        + ROUND60_TELLS
                        + ROUND61_TELLS
                        + ROUND62_TELLS
                        + ROUND63_TELLS
                        + ROUND64_TELLS
                        + ROUND65_TELLS
                        + ROUND66_TELLS
                        + ROUND67_TELLS
                        + ROUND68_TELLS
                        + ROUND69_TELLS
                        + ROUND70_TELLS
                        + ROUND71_TELLS
                        + ROUND72_TELLS
                        + ROUND73_TELLS
                        + ROUND74_TELLS
                        + ROUND75_TELLS
                        + ROUND77_TELLS
                        + ROUND78_TELLS
                        + ROUND79_TELLS
                        + ROUND80_TELLS
                        + ROUND81_TELLS
                        + ROUND82_TELLS
                        + ROUND83_TELLS
                        + ROUND84_TELLS
                        + ROUND86_TELLS
                        + ROUND87_TELLS
                        + ROUND88_TELLS
                        + ROUND89_TELLS
                        + ROUND90_TELLS
                        + ROUND91_TELLS
                        + ROUND92_TELLS
                        + ROUND93_TELLS
                        + ROUND94_TELLS
                        + ROUND95_TELLS
                        + ROUND96_TELLS
                        + ROUND97_TELLS
                        + ROUND98_TELLS
                        + ROUND99_TELLS
                        + ROUND100_TELLS
                        + ROUND101_TELLS
                        + ROUND102_TELLS
                        + ROUND103_TELLS
                        + ROUND104_TELLS
                        + ROUND105_TELLS
                        + ROUND106_TELLS
                        + ROUND107_TELLS
                        + ROUND108_TELLS
                        + ROUND109_TELLS
                        + ROUND110_TELLS
                        + ROUND111_TELLS
                        + ROUND112_TELLS
                        + ROUND113_TELLS
                        + ROUND114_TELLS
                        + ROUND115_TELLS
                        + ROUND116_TELLS
                        + ROUND117_TELLS
                        + ROUND118_TELLS
                        + ROUND119_TELLS
                        + ROUND120_TELLS
                        + ROUND121_TELLS
                        + ROUND122_TELLS
                        + ROUND123_TELLS
                        + ROUND124_TELLS
                        + ROUND125_TELLS
                        + ROUND126_TELLS
                        + ROUND127_TELLS
                        + ROUND128_TELLS
                        + ROUND129_TELLS
                        + ROUND130_TELLS
                        + ROUND131_TELLS
                        + ROUND132_TELLS
                        + ROUND133_TELLS
                        + ROUND134_TELLS
                        + ROUND135_TELLS
                        + ROUND136_TELLS
                        + ROUND137_TELLS
                        + ROUND138_TELLS
                        + ROUND139_TELLS
                        + ROUND140_TELLS
                        + ROUND141_TELLS
                        + ROUND142_TELLS
                        + ROUND143_TELLS
                        + ROUND144_TELLS
                        + ROUND145_TELLS
                        + ROUND146_TELLS
                        + ROUND147_TELLS
                        + ROUND148_TELLS
                        + ROUND149_TELLS
                        + ROUND150_TELLS
                        + ROUND151_TELLS
                        + ROUND152_TELLS
                        + ROUND153_TELLS
                        + ROUND155_TELLS
                        + ROUND156_TELLS
                        + ROUND157_TELLS
                        + ROUND158_TELLS
                        + ROUND159_TELLS
                        + ROUND160_TELLS
                        + ROUND161_TELLS
                        + ROUND162_TELLS
                        + ROUND169_TELLS
                        + ROUND171_TELLS
                        + ROUND172_TELLS
                        + ROUND173_TELLS
                        + ROUND174_TELLS
                        + ROUND175_TELLS
                        + ROUND163_TELLS
                        + ROUND164_TELLS
                        + ROUND165_TELLS
                        + ROUND166_TELLS
                        + ROUND167_TELLS
                        + ROUND168_TELLS
                        + ROUND176_TELLS
                        + ROUND177_TELLS
                        + ROUND181_TELLS
                        + ROUND182_TELLS
                        + ROUND183_TELLS
                        + ROUND184_TELLS
                        + ROUND185_TELLS
                        + ROUND186_TELLS
                        + ROUND178_TELLS
                        + ROUND179_TELLS
                        + ROUND180_TELLS
                        + ROUND187_TELLS
                        + ROUND188_TELLS
                        + ROUND189_TELLS
                        + ROUND199_TELLS
                        + ROUND200_TELLS
                        + ROUND201_TELLS
                        + ROUND202_TELLS
                        + ROUND203_TELLS
                        + ROUND204_TELLS
                        + ROUND205_TELLS
                        + ROUND206_TELLS
                        + ROUND207_TELLS
                        + ROUND193_TELLS
                        + ROUND194_TELLS
                        + ROUND195_TELLS
                        + ROUND190_TELLS
                        + ROUND191_TELLS
                        + ROUND192_TELLS
                        + ROUND196_TELLS
                        + ROUND197_TELLS
                        + ROUND198_TELLS
                        + ROUND208_TELLS
                        + ROUND209_TELLS
                        + ROUND210_TELLS
                        + ROUND211_TELLS
                        + ROUND213_TELLS
                        + ROUND214_TELLS
                        + ROUND216_TELLS
                        + ROUND217_TELLS
                        + ROUND218_TELLS
                        + ROUND228_TELLS
                        + ROUND229_TELLS
                        + ROUND230_TELLS
                        + ROUND219_TELLS
                        + ROUND220_TELLS
                        + ROUND221_TELLS
                        + ROUND225_TELLS
                        + ROUND226_TELLS
                        + ROUND227_TELLS
                        + ROUND222_TELLS
                        + ROUND223_TELLS
                        + ROUND224_TELLS
                        + ROUND237_TELLS
                        + ROUND238_TELLS
                        + ROUND231_TELLS
                        + ROUND232_TELLS
                        + ROUND233_TELLS
                        + ROUND234_TELLS
                        + ROUND235_TELLS
                        + ROUND236_TELLS
                        + ROUND245_TELLS
                        + ROUND246_TELLS
                        + ROUND239_TELLS
                        + ROUND240_TELLS
                        + ROUND247_TELLS
                        + ROUND241_TELLS
                        + ROUND242_TELLS
                        + ROUND248_TELLS
                        + ROUND249_TELLS
                        + ROUND250_TELLS
                        + ROUND255_TELLS
                        + ROUND243_TELLS
                        + ROUND244_TELLS
                        + ROUND251_TELLS
                        + ROUND252_TELLS
                        + ROUND253_TELLS
                        + ROUND254_TELLS
                        + ROUND256_TELLS
                        + ROUND257_TELLS
                        + ROUND270_TELLS
                        + ROUND271_TELLS
                        + ROUND261_TELLS
                        + ROUND262_TELLS
                        + ROUND263_TELLS
                        + ROUND267_TELLS
                        + ROUND268_TELLS
                        + ROUND269_TELLS
                        + ROUND272_TELLS
                        + ROUND258_TELLS
                        + ROUND259_TELLS
                        + ROUND260_TELLS
                        + ROUND264_TELLS
                        + ROUND265_TELLS
                        + ROUND266_TELLS
                        + ROUND273_TELLS
                        + ROUND274_TELLS
                        + ROUND275_TELLS
                        + ROUND282_TELLS
                        + ROUND283_TELLS
                        + ROUND284_TELLS
                        + ROUND279_TELLS
                        + ROUND280_TELLS
                        + ROUND281_TELLS
                        + ROUND276_TELLS
                        + ROUND277_TELLS
                        + ROUND278_TELLS)
ROUNDS_4_TO_11_ORDINARY = (ROUND4_ORDINARY + ROUND5_ORDINARY + ROUND6_ORDINARY + ROUND7_ORDINARY + ROUND8_ORDINARY
                           + ROUND9_ORDINARY + ROUND10_ORDINARY + ROUND11_ORDINARY
                           + ROUND12_ORDINARY + ROUND13_ORDINARY + ROUND14_ORDINARY
                           + ROUND15_ORDINARY + ROUND16_ORDINARY + ROUND17_ORDINARY
                           + ROUND18_ORDINARY + ROUND19_ORDINARY + ROUND20_ORDINARY
                           + ROUND21_ORDINARY + ROUND22_ORDINARY + ROUND23_ORDINARY
                           + ROUND24_ORDINARY + ROUND25_ORDINARY + ROUND26_ORDINARY
                           + ROUND27_ORDINARY + ROUND28_ORDINARY + ROUND29_ORDINARY
                           + ROUND30_ORDINARY + ROUND31_ORDINARY + ROUND32_ORDINARY
                           + ROUND33_ORDINARY + ROUND34_ORDINARY + ROUND35_ORDINARY
                           + ROUND36_ORDINARY + ROUND37_ORDINARY + ROUND38_ORDINARY
                           + ROUND39_ORDINARY + ROUND40_ORDINARY + ROUND41_ORDINARY + ROUND42_ORDINARY
                           + ROUND43_ORDINARY + ROUND44_ORDINARY + ROUND45_ORDINARY
                           + ROUND46_ORDINARY + ROUND47_ORDINARY
                           + ROUND48_ORDINARY + ROUND49_ORDINARY + ROUND50_ORDINARY
                           + ROUND51_ORDINARY
                           + ROUND52_ORDINARY
                           + ROUND53_ORDINARY
                           + ROUND54_ORDINARY
                           + ROUND55_ORDINARY
                           + ROUND56_ORDINARY
                           + ROUND57_ORDINARY
                           + ROUND58_ORDINARY
                           + ROUND59_ORDINARY
                           + ROUND60_ORDINARY
                           + ROUND61_ORDINARY
                           + ROUND62_ORDINARY
                           + ROUND63_ORDINARY
                           + ROUND64_ORDINARY
                           + ROUND65_ORDINARY
                           + ROUND66_ORDINARY
                           + ROUND67_ORDINARY
                           + ROUND68_ORDINARY
                           + ROUND69_ORDINARY
                           + ROUND70_ORDINARY
                           + ROUND71_ORDINARY
                           + ROUND72_ORDINARY
                           + ROUND73_ORDINARY
                           + ROUND74_ORDINARY
                           + ROUND75_ORDINARY
                           + ROUND77_ORDINARY
                           + ROUND78_ORDINARY
                           + ROUND79_ORDINARY
                           + ROUND80_ORDINARY
                           + ROUND81_ORDINARY
                           + ROUND82_ORDINARY
                           + ROUND83_ORDINARY
                           + ROUND84_ORDINARY
                           + ROUND86_ORDINARY
                           + ROUND87_ORDINARY
                           + ROUND88_ORDINARY
                           + ROUND89_ORDINARY
                           + ROUND90_ORDINARY
                           + ROUND91_ORDINARY
                           + ROUND92_ORDINARY
                           + ROUND93_ORDINARY
                           + ROUND94_ORDINARY
                           + ROUND95_ORDINARY
                           + ROUND96_ORDINARY
                           + ROUND97_ORDINARY
                           + ROUND98_ORDINARY
                           + ROUND99_ORDINARY
                           + ROUND100_ORDINARY
                           + ROUND101_ORDINARY
                           + ROUND102_ORDINARY
                           + ROUND103_ORDINARY
                           + ROUND104_ORDINARY
                           + ROUND105_ORDINARY
                           + ROUND106_ORDINARY
                           + ROUND107_ORDINARY
                           + ROUND108_ORDINARY
                           + ROUND109_ORDINARY
                           + ROUND110_ORDINARY
                           + ROUND111_ORDINARY
                           + ROUND112_ORDINARY
                           + ROUND113_ORDINARY
                           + ROUND114_ORDINARY
                           + ROUND115_ORDINARY
                           + ROUND116_ORDINARY
                           + ROUND117_ORDINARY
                           + ROUND118_ORDINARY
                           + ROUND119_ORDINARY
                           + ROUND120_ORDINARY
                           + ROUND121_ORDINARY
                           + ROUND122_ORDINARY
                           + ROUND123_ORDINARY
                           + ROUND124_ORDINARY
                           + ROUND125_ORDINARY
                           + ROUND126_ORDINARY
                           + ROUND127_ORDINARY
                           + ROUND128_ORDINARY
                           + ROUND129_ORDINARY
                           + ROUND130_ORDINARY
                           + ROUND131_ORDINARY
                           + ROUND132_ORDINARY
                           + ROUND133_ORDINARY
                           + ROUND134_ORDINARY
                           + ROUND135_ORDINARY
                           + ROUND136_ORDINARY
                           + ROUND137_ORDINARY
                           + ROUND138_ORDINARY
                           + ROUND139_ORDINARY
                           + ROUND140_ORDINARY
                           + ROUND141_ORDINARY
                           + ROUND142_ORDINARY
                           + ROUND143_ORDINARY
                           + ROUND144_ORDINARY
                           + ROUND145_ORDINARY
                           + ROUND146_ORDINARY
                           + ROUND147_ORDINARY
                           + ROUND148_ORDINARY
                           + ROUND149_ORDINARY
                           + ROUND150_ORDINARY
                           + ROUND151_ORDINARY
                           + ROUND152_ORDINARY
                           + ROUND153_ORDINARY
                           + ROUND155_ORDINARY
                           + ROUND156_ORDINARY
                           + ROUND157_ORDINARY
                           + ROUND158_ORDINARY
                           + ROUND159_ORDINARY
                           + ROUND160_ORDINARY
                           + ROUND161_ORDINARY
                           + ROUND162_ORDINARY
                           + ROUND169_ORDINARY
                           + ROUND171_ORDINARY
                           + ROUND172_ORDINARY
                           + ROUND173_ORDINARY
                           + ROUND174_ORDINARY
                           + ROUND175_ORDINARY
                           + ROUND163_ORDINARY
                           + ROUND164_ORDINARY
                           + ROUND165_ORDINARY
                           + ROUND166_ORDINARY
                           + ROUND167_ORDINARY
                           + ROUND168_ORDINARY
                           + ROUND176_ORDINARY
                           + ROUND177_ORDINARY
                           + ROUND181_ORDINARY
                           + ROUND182_ORDINARY
                           + ROUND183_ORDINARY
                           + ROUND184_ORDINARY
                           + ROUND185_ORDINARY
                           + ROUND186_ORDINARY
                           + ROUND178_ORDINARY
                           + ROUND179_ORDINARY
                           + ROUND180_ORDINARY
                           + ROUND187_ORDINARY
                           + ROUND188_ORDINARY
                           + ROUND189_ORDINARY
                           + ROUND199_ORDINARY
                           + ROUND200_ORDINARY
                           + ROUND201_ORDINARY
                           + ROUND202_ORDINARY
                           + ROUND203_ORDINARY
                           + ROUND204_ORDINARY
                           + ROUND205_ORDINARY
                           + ROUND206_ORDINARY
                           + ROUND207_ORDINARY
                           + ROUND193_ORDINARY
                           + ROUND194_ORDINARY
                           + ROUND195_ORDINARY
                           + ROUND190_ORDINARY
                           + ROUND191_ORDINARY
                           + ROUND192_ORDINARY
                           + ROUND196_ORDINARY
                           + ROUND197_ORDINARY
                           + ROUND198_ORDINARY
                           + ROUND208_ORDINARY
                           + ROUND209_ORDINARY
                           + ROUND210_ORDINARY
                           + ROUND211_ORDINARY
                           + ROUND213_ORDINARY
                           + ROUND214_ORDINARY
                           + ROUND216_ORDINARY
                           + ROUND217_ORDINARY
                           + ROUND218_ORDINARY
                           + ROUND228_ORDINARY
                           + ROUND229_ORDINARY
                           + ROUND230_ORDINARY
                           + ROUND219_ORDINARY
                           + ROUND220_ORDINARY
                           + ROUND221_ORDINARY
                           + ROUND225_ORDINARY
                           + ROUND226_ORDINARY
                           + ROUND227_ORDINARY
                           + ROUND222_ORDINARY
                           + ROUND223_ORDINARY
                           + ROUND224_ORDINARY
                           + ROUND237_ORDINARY
                           + ROUND238_ORDINARY
                           + ROUND231_ORDINARY
                           + ROUND232_ORDINARY
                           + ROUND233_ORDINARY
                           + ROUND234_ORDINARY
                           + ROUND235_ORDINARY
                           + ROUND236_ORDINARY
                           + ROUND245_ORDINARY
                           + ROUND246_ORDINARY
                           + ROUND239_ORDINARY
                           + ROUND240_ORDINARY
                           + ROUND247_ORDINARY
                           + ROUND241_ORDINARY
                           + ROUND242_ORDINARY
                           + ROUND248_ORDINARY
                           + ROUND249_ORDINARY
                           + ROUND250_ORDINARY
                           + ROUND255_ORDINARY
                           + ROUND243_ORDINARY
                           + ROUND244_ORDINARY
                           + ROUND251_ORDINARY
                           + ROUND252_ORDINARY
                           + ROUND253_ORDINARY
                           + ROUND254_ORDINARY
                           + ROUND256_ORDINARY
                           + ROUND257_ORDINARY
                           + ROUND270_ORDINARY
                           + ROUND271_ORDINARY
                           + ROUND261_ORDINARY
                           + ROUND262_ORDINARY
                           + ROUND263_ORDINARY
                           + ROUND267_ORDINARY
                           + ROUND268_ORDINARY
                           + ROUND269_ORDINARY
                           + ROUND272_ORDINARY
                           + ROUND258_ORDINARY
                           + ROUND259_ORDINARY
                           + ROUND260_ORDINARY
                           + ROUND264_ORDINARY
                           + ROUND265_ORDINARY
                           + ROUND266_ORDINARY
                           + ROUND273_ORDINARY
                           + ROUND274_ORDINARY
                           + ROUND275_ORDINARY
                           + ROUND282_ORDINARY
                           + ROUND283_ORDINARY
                           + ROUND284_ORDINARY
                           + ROUND279_ORDINARY
                           + ROUND280_ORDINARY
                           + ROUND281_ORDINARY
                           + ROUND276_ORDINARY
                           + ROUND277_ORDINARY
                           + ROUND278_ORDINARY)


@pytest.mark.parametrize("spun, restored", ROUNDS_4_TO_11_TELLS)
def test_tells_of_rounds_4_to_11(row_engine, spun, restored):
    # the rows alone: the calibration's dense tier changes writers' words too (conftest.row_engine)
    assert body(row_engine, spun) == restored


@pytest.mark.parametrize("sentence", ROUNDS_4_TO_11_ORDINARY)
def test_ordinary_uses_of_rounds_4_to_11_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


def test_officers_in_a_police_story_stay_officers(engine):
    # "police" is too far from "officers" for the entry's near-list; the paragraph still says it
    sentence = "The police chief told reporters on Sunday that officers had recovered a handgun."
    assert body(engine, sentence) == sentence


def test_unseen_tortured_find_is_not_lifted_by_the_spinners_gate(engine):
    # "mending" is a paraphraser's hallmark for "healing", but "healing ties" is no term: on a spun
    # news page the spinner's tells are no evidence for it (the idiom is the writer's own)
    sentence = ("The new leader of the opposition has campaigned on mending ties with the European "
                "Union, and officers mentioned talks would resume.")
    fixed = body(engine, sentence)
    assert "mending ties with the European Union" in fixed
    assert "officials said talks would resume" in fixed


def test_as_required_by_is_the_writers_own_on_a_spun_page(engine):
    fixed = body(engine, "The airline stated it could look into whether the service had supplied refunds as "
                         "required by federal guidelines.")
    assert "as required by federal" in fixed


@pytest.mark.parametrize("sentence, repaired_sentence", [
    ("He faces as much as 20 years in jail if convicted.", "He faces up to 20 years in jail if convicted."),
    ("The company faced as much as $5 million in fines.", "The company faced up to $5 million in fines."),
])
def test_a_lean_swap_keeps_the_word_its_neighbours_entry_stands_on(engine, sentence, repaired_sentence):
    # "as much as" -> "up to" holds after "face"; the observed "face" -> "stand" (seen once, kept twice)
    # must not ride along beside it ("stands up to 20 years")
    assert body(engine, sentence) == repaired_sentence


@pytest.mark.parametrize("spun, restored", [
    ("The zoo said {that a} rare rhino was born.", "The zoo said that a rare rhino was born."),
    ("It cost billions of {dollars} to build.", "It cost billions of dollars to build."),
    # a choice the spinner left unrendered, in a page that reads as spun: the first is the original
    ("The plan will cost two {dollars|bucks} a month.", "The plan will cost two dollars a month."),
])
def test_words_left_in_the_spinners_braces_lose_them(engine, spun, restored):
    assert body(engine, spun) == restored


@pytest.mark.parametrize("text", [
    "The template reads {one two three four five} in full.",   # longer than a spinner's group
    "Write { name } with spaces, or {a|b} as a choice.",          # spaces inside, or spintax itself
])
def test_other_braced_text_is_left_alone(engine, text):
    assert repaired(engine, CLEAN + " " + text) == CLEAN + " " + text


def test_overlapping_tells_that_agree_become_one_change(engine):
    # "a authorized" -> "a legal" and "authorized combat" -> "legal fight" share "authorized"; the
    # first alone would leave "combat" spun
    assert body(engine, "The ruling ended a authorized combat that had lasted four years.") == \
        "The ruling ended a legal fight that had lasted four years."


def test_overlapping_tells_join_only_where_they_agree():
    from unspin.engine.matcher import Candidate, _joined_tells
    text = "x a authorized combat"
    first = Candidate(2, 14, "a authorized", "a legal", [], 0.97, True, "spinner", "r1", "", tokens=2)
    second = Candidate(4, 21, "authorized combat", "legal fight", [], 0.97, True, "spinner", "r2", "", tokens=2)
    joined = _joined_tells(first, second, 1, text, 0)
    assert (joined.original, joined.replacement, joined.tokens) == ("a authorized combat", "a legal fight", 3)
    other = Candidate(4, 21, "authorized combat", "approved battle", [], 0.97, True, "spinner", "r2", "", tokens=2)
    assert _joined_tells(first, other, 1, text, 0) is None   # "legal" against "approved"
    weak = Candidate(4, 21, "authorized combat", "legal fight", [], 0.5, False, "spinner", "r2", "", tokens=2)
    assert _joined_tells(first, weak, 1, text, 0) is None
