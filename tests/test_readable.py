"""Briefs a reader can read: self-contained sentences, no repeats, event order, real headlines (issue 10)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.eval.readability import check_brief, headline_copies, is_bad_outlet, unresolved_reason
from newsbrief.headline import choose_headline, compress, is_cut_off, is_date_line, story_title
from newsbrief.model import Article
from newsbrief.redundancy import LexicalFacts, agree
from newsbrief.rewrite import dangling_reason, delete_connective
from newsbrief.segment import Segmenter


def _article(text: str, **kw) -> Article:
    a = Article(id=kw.pop("id", Article.make_id(text)), raw_text=text, text=text, **kw)
    return Segmenter.segment_article(a)


# -- self-contained sentences -------------------------------------------------------------

def test_leading_connective_is_deleted_and_the_json_keeps_the_source_sentence():
    b = newsbrief.brief([
        {"text": "Rescuers searched the collapsed building all night. But officials said nobody was trapped "
                 "under the rubble of the old mill.", "source": "A"},
    ], words=30)
    texts = [s.text for s in b.summary]
    assert "Officials said nobody was trapped under the rubble of the old mill." in texts
    d = b.to_dict()["summary"]
    shown = next(s for s in d if s["text"].startswith("Officials said"))
    assert shown["source_text"] == "But officials said nobody was trapped under the rubble of the old mill."
    assert shown["edits"] == ["deleted leading connective 'But'"]
    assert shown["citations"][0]["text"] == shown["source_text"]
    from newsbrief.render import render

    assert "edited to stand alone (deleted leading connective 'But')" in render(b, "markdown")


def test_pronoun_speaker_is_named_from_the_sentences_before():
    text = ("Gen. Khalifa Haftar left Moscow on Tuesday without signing the ceasefire agreement. "
            "The commander asked for two more days to study the text. "
            "\"We will not sign a document that ignores our demands,\" he said.")
    b = newsbrief.brief([{"text": text, "source": "A"}], words=60)
    quote = [s for s in b.summary if s.text.startswith('"We will not sign')]
    assert quote and quote[0].text.endswith('" Haftar said.')
    assert quote[0].source_text.endswith('" he said.')


def test_a_sentence_that_leans_on_another_comes_right_after_it():
    b = newsbrief.brief([{"text": (
        "The city council approved the new stadium budget on Monday after a long debate. "
        "They also voted to close two libraries in the northern district next year. "
        "\"There is nothing more to say about the stadium budget now.\" "
        "Council members approved the stadium budget by a vote of seven to two."), "source": "A"}], words=200)
    texts = [s.text for s in b.summary]
    assert texts[0].startswith("The city council approved")
    for prev, s in zip([None, *b.summary], b.summary):
        if dangling_reason(s.text):
            assert prev is not None and prev.source.index == s.source.index - 1
    assert check_brief(b).unresolved == []
    short = newsbrief.brief([{"text": (
        "The city council approved the new stadium budget on Monday after a long debate. "
        "They also voted to close two libraries in the northern district next year."), "source": "A"}], words=14)
    assert [s.text for s in short.summary] == ["The city council approved the new stadium budget on Monday after a "
                                               "long debate."]


@pytest.mark.parametrize("text,reason", [
    ("They said the plan would fail within a month.", "pronoun or demonstrative"),
    ("But he does have a solution to the problem.", "connective"),
    ("\"I take responsibility for what happened,\" she said.", "pronoun speaker"),
    ("\"Nothing is agreed until everything is agreed.\"", "quotation with no speaker"),
    ("''Concorde zero ... 4590, You have flames.", "quotation with no speaker"),  # DUC wire copy's '' opening
    ("''We will not give up,'' the mayor said on Monday.", None),
    ("It is unclear whether the talks will resume next week.", None),
    ("This year's floods have killed more than 3,000 people.", None),
    ("In addition to Texas governor George W. Bush, three others are running.", None),
    ("\"We will go on,\" Lavrov said.", None),
    ("The deal was aimed at ending nine months of fighting around the capital.", "definite description"),
    ("The move angered residents of the northern districts.", "definite description"),
    ("The deal between Moscow and Ankara was signed on Monday.", None),
    ("That's when the council member shouted at his colleagues.", "pronoun or demonstrative"),
    ("Colonial New York had a longrunning relationship with the tribes,'' von Gernet said.", "end of a quotation"),
    ("We hope that looking at these results will encourage you to take part.", "first or second person"),
])
def test_unresolved_reference_detector(text, reason):
    assert unresolved_reason(text) == reason


def test_a_leading_definite_description_leans_on_the_sentence_before():
    assert dangling_reason("The deal was aimed at ending nine months of fighting.")
    assert dangling_reason("The move angered residents of the northern districts.")
    assert dangling_reason("That's why the council voted against the plan.")
    assert not dangling_reason("The deal between Moscow and Ankara was signed on Monday.")
    # a gathering the brief has not named (DUC 2003 d119g: "The conference will end on October 28.")
    assert dangling_reason("The conference will end on October 28.")
    assert dangling_reason("The hearing was adjourned until Monday.")
    assert not dangling_reason("The conference on climate change in Bonn will end on Friday.")
    # "Below" / "Above" point at the page's layout, which the brief does not show
    assert dangling_reason("Below, the six revelations the redacted portions were meant to conceal.")
    assert not dangling_reason("Below the dam, villages were flooded on Monday.")
    assert not dangling_reason("The storm killed 12 people in Texas on Monday.")
    b = newsbrief.brief([{"text": (
        "Rival leaders met in Moscow on Monday to sign a ceasefire agreement for the capital. "
        "The agreement was aimed at ending nine months of fighting around the capital city.")}], words=20)
    assert [s.text for s in b.summary] == ["Rival leaders met in Moscow on Monday to sign a ceasefire agreement "
                                           "for the capital."]
    both = newsbrief.brief([{"text": (
        "Rival leaders met in Moscow on Monday to sign a ceasefire agreement for the capital. "
        "The agreement was aimed at ending nine months of fighting around the capital city.")}], words=60)
    assert [s.source.index for s in both.summary] == [0, 1]


def test_definite_description_counts_unless_the_brief_names_it():
    b = newsbrief.brief([{"text": "Rival leaders met in Moscow on Monday to sign a ceasefire agreement for the "
                                  "capital. Residents of Tripoli hoped the fighting would end soon."}], words=60)
    b.headline = "Moscow talks"
    b.summary[1].text = "The agreement was aimed at ending nine months of fighting around the capital."
    assert check_brief(b).unresolved == []  # the sentence before names an agreement
    b.summary.reverse()
    assert check_brief(b).unresolved == ["The agreement was aimed at ending nine months of fighting around the "
                                         "capital."]


def test_connective_deletion_keeps_non_connective_openings():
    assert delete_connective("So far, nine people have died in the floods.")[1] is None
    assert delete_connective("In addition to the army, police were deployed.")[1] is None
    assert delete_connective("However, the talks failed in Moscow today.") == ("The talks failed in Moscow today.",
                                                                                "However")


# -- no repeats ---------------------------------------------------------------------------

def test_same_fact_appears_once_and_cites_every_article_that_reports_it():
    b = newsbrief.brief([
        {"text": "Haftar left Moscow on Tuesday without signing the ceasefire deal. Fighting resumed near "
                 "Tripoli airport the next morning, residents said.", "source": "A"},
        {"text": "Libyan commander Haftar left Moscow without signing a ceasefire deal. The United Nations "
                 "called on both sides to return to the talks in Berlin.", "source": "B"},
        {"text": "Haftar has left Moscow without signing the ceasefire deal, officials said. Turkey said it "
                 "would send more troops to support the government in Tripoli.", "source": "C"},
    ], words=200)
    left = [s for s in b.summary if "left Moscow" in s.text]
    assert len(left) == 1
    assert {c.outlet for c in left[0].citations} == {"A", "B", "C"}


def test_a_paraphrased_repeat_is_shown_once():
    from newsbrief.embed import encoder

    if encoder("minilm") is None:
        pytest.skip("the sentence model is not installed (TF-IDF fallback: lexical repeats only)")
    arts = [
        {"text": "LFO singer Devin Lima died on Wednesday, his bandmate confirmed to reporters in Orlando. "
                 "He was 41.", "source": "A"},
        {"text": "Devin Lima, the singer of the pop group LFO, has died after a long battle with cancer. "
                 "Fans gathered outside the venue where the band last played.", "source": "B"},
    ]
    b = newsbrief.brief(arts, words=200)
    assert sum("Lima" in s.text and "died" in s.text for s in b.summary) == 1
    from newsbrief.config import Settings

    off = newsbrief.brief(arts, words=200, settings=Settings().replace({"selection.redundancy_paraphrase": 1.0}))
    assert sum("Lima" in s.text and "died" in s.text for s in off.summary) == 2


def test_a_paraphrase_below_the_cosine_counts_when_it_shares_words():
    from newsbrief.embed import encoder
    from newsbrief.redundancy import ParaphraseFacts

    model = encoder("minilm")
    if model is None:
        pytest.skip("the sentence model is not installed (TF-IDF fallback: lexical repeats only)")
    texts = ["Russian authorities blamed Chechen rebels for the apartment bombings in Moscow.",
             "Chechen extremists planned and carried out the Moscow blasts, the authorities believe.",
             "The Moscow city council met to discuss rubbish collection and winter road repairs."]
    vectors = model(texts)
    cosine = float(vectors[0] @ vectors[1])
    loose = ParaphraseFacts(texts, model, min_paraphrase=1.0, anchored_paraphrase=cosine - 0.01, anchor_cosine=0.05)
    assert loose.same_fact(0, 1)
    assert not loose.same_fact(0, 2)  # another fact sharing only "Moscow"
    no_words = ParaphraseFacts(texts, model, min_paraphrase=1.0, anchored_paraphrase=cosine - 0.01, anchor_cosine=1.0)
    assert not no_words.same_fact(0, 1)


def test_a_paraphrase_below_the_cosine_counts_when_it_shares_enough_content_words():
    """The same figure told twice in other words (TF-IDF cosine under the anchor) counts as one fact when the two
    share ``selection.redundancy_anchor_shared`` content words; a topic neighbour sharing fewer does not."""
    from newsbrief.embed import encoder
    from newsbrief.redundancy import ParaphraseFacts

    model = encoder("minilm")
    if model is None:
        pytest.skip("the sentence model is not installed (TF-IDF fallback: lexical repeats only)")
    texts = ["The average wedding cost $31,213 last year, up from $29,858, according to a survey of brides.",
             "Couples spent $31,213 on the average wedding last year, the survey of brides found.",
             "Guest lists are shrinking, and the average wedding now has 136 guests."]
    v = model(texts)
    low = min(float(v[0] @ v[1]), float(v[0] @ v[2])) - 0.01
    shared = ParaphraseFacts(texts, model, min_paraphrase=1.0, anchored_paraphrase=low, anchor_cosine=1.0,
                             anchor_shared=4)
    assert len(shared.terms[0] & shared.terms[1]) >= 4 and shared.first_paraphrase(0, [1]) == 1
    assert not shared.same_fact(0, 2)  # another fact of the same story: numbers differ, few words shared
    off = ParaphraseFacts(texts, model, min_paraphrase=1.0, anchored_paraphrase=low, anchor_cosine=1.0,
                          anchor_shared=0)
    assert off.first_paraphrase(0, [1]) is None  # the representation alone, under its anchor: not enough


def test_one_subject_and_one_verb_told_with_two_descriptions_is_one_fact():
    """Two sentences opening on one subject and sharing a verb (an irregular form by its base: "sank" / "sink")
    report one event told with two descriptions of its actor, at the lower cosine
    ``selection.redundancy_same_subject``; another verb of that subject ("said") or a noun after a determiner ("the
    misspelling") is not such a verb (issue 10, twelfth pass)."""
    from newsbrief.embed import encoder
    from newsbrief.redundancy import ParaphraseFacts, same_subject_verb, verb_stems

    assert same_subject_verb("Maria Ortiz, the veteran striker from Valencia, scored the winning goal.",
                             "Maria Ortiz, whose contract runs out in June, scored late on Sunday.")
    assert same_subject_verb("Dana Wells sank a late three-pointer to win the game.",
                             "Wells, the senior guard, would sink the shot with two seconds left.")
    assert not same_subject_verb("Dana Wells sank a late three-pointer.", "Dana Wells said she was tired.")
    assert not same_subject_verb("Dana Wells sank a late three-pointer.", "Coach Reed sank to his knees.")
    assert verb_stems("The club said it found the misspelled shirts.") == verb_stems("The club said it found it.")
    model = encoder("minilm")
    if model is None:
        pytest.skip("the sentence model is not installed (TF-IDF fallback: lexical repeats only)")
    texts = ["Tom Baxter, the painter who helped found the Hudson group, has died.",
             "Tom Baxter, whose bright murals made him famous in the 1970s, died Friday at a hospital in Albany."]
    v = model(texts)
    cosine = float(v[0] @ v[1])
    assert cosine < 0.8  # under the representation's own cosine: alone it does not join them
    on = ParaphraseFacts(texts, model, min_paraphrase=1.0, same_subject=cosine - 0.01)
    assert on.same_fact(0, 1)
    off = ParaphraseFacts(texts, model, min_paraphrase=1.0, same_subject=1.0)
    assert not off.same_fact(0, 1)


def test_a_name_described_by_a_possessive_or_one_figure_of_one_thing_does_not_veto_one_fact():
    """The names check does not part two sentences when one describes by a name's possessive what the other names
    ("the mayor's church" / "Grace Church"), nor when both state one figure of one counted thing ("$2 million in
    damage" / "damage estimated at $2 million"); a figure counting another thing, or a "million" alone, still
    leaves different names apart (issue 10, twelfth pass)."""
    from newsbrief.redundancy import same_figure

    church = ("A fire caused heavy damage to Mayor Tom Reyes's church on Sunday night.",
              "Firefighters said the blaze at Grace Church started near the kitchen.")
    assert agree(*church)
    assert not agree("A fire caused heavy damage to Mayor Tom Reyes's car.",
                     "Firefighters said the blaze at Grace Church started near the kitchen.")
    money = ("Investigators said the blaze caused an estimated $2 million in damage to the Reyes home.",
             "Damage at Grace Chapel was estimated at $2 million.")
    assert same_figure(*money) and agree(*money)
    assert not same_figure("Boston raised $2 million for schools.", "Damage at Grace Chapel was estimated at $2 million.")
    assert not same_figure("Some 1.5 million Kenyans have the virus.", "About 1.9 million adults in Kenya have it.")


def test_redundancy_thresholds_are_settings():
    from newsbrief.config import Settings
    from newsbrief.redundancy import LexicalFacts, ParaphraseFacts, facts_for

    texts = ["Haftar left Moscow without signing the ceasefire deal.",
             "Libyan commander Haftar left Moscow without signing a ceasefire deal."]
    strict = Settings().replace({"selection.redundancy_cosine": 1.0, "selection.redundancy_containment": 1.0,
                                 "selection.redundancy_shared_run": 10, "selection.redundancy_paraphrase": 1.0,
                                 "selection.redundancy_min_shared": 100})
    facts = facts_for(texts, strict.selection, "minilm")
    assert type(facts) is LexicalFacts and not facts.same_fact(0, 1)
    assert facts_for(texts, Settings().selection, "tfidf").same_fact(0, 1)
    assert not isinstance(facts_for(texts, Settings().selection, "tfidf"), ParaphraseFacts)


def test_different_numbers_are_different_facts():
    assert not agree("More than 3,000 people died in the floods.", "30,000 people died in the floods that year.")
    assert agree("Five people died in the floods.", "The floods killed 5 people.")
    facts = LexicalFacts(["More than 3,000 people died in the floods this summer.",
                          "More than 30,000 people died in the floods that summer."])
    assert not facts.same_fact(0, 1)



def test_numbers_that_date_or_name_a_fact_are_no_counts():
    """A day of a month, a number inside a name ("Flight 447", "iOS 5.01") or glued to a capital ("iPhone 4S") dates or
    names a fact; "November 21" against "stage 4" no longer makes one death two facts (issue 10, eleventh pass)."""
    from newsbrief.redundancy import numbers

    assert numbers("LFO singer Devin Lima died on Wednesday, November 21, Us Weekly confirms.") == set()
    assert numbers("Donald Trump is pulling out of his own Dec. 27th debate.") == set()
    assert numbers("Wreckage of Air France Flight 447 was found 650 kilometres off the coast.") == {"650"}
    assert numbers("Battery issue persists with the iPhone 4S and iOS 5.01.") == set()
    assert numbers("Alexander Vinokourov has won stage 13 of the 2007 Tour de France.") == {"13"}
    assert agree("LFO singer Devin Lima died on Wednesday, November 21, Us Weekly confirms.",
                 "LFO singer Devin Lima has died after a yearlong battle with stage 4 cancer.")


def test_two_figures_of_different_things_do_not_make_two_facts():
    """Numbers disagree only when they count the same thing (a word beside both) and are not one figure revised;
    a plea told with its total and with one item bought is one fact."""
    assert agree("Former Rep. Jesse Jackson Jr. pleaded guilty Wednesday to charges that he spent $750,000 in "
                 "campaign cash on personal items.",
                 "Former Rep. Jesse Jackson Jr. (D-Ill.) pleaded guilty Wednesday morning to using campaign funds to "
                 "purchase personal items including Bruce Lee memorabilia, a $43,000 Rolex watch and a mink cape.")
    assert agree("A blast outside the U.S. Embassy in Nairobi, Kenya killed 247 people and injured 5,000 others.",
                 "A nearly simultaneous bombing at the U.S. Embassy in neighboring Kenya killed 248 people.")
    assert not agree("Alexander Vinokourov of Kazakhstan has won stage 13 of the 2007 Tour de France.",
                     "Alexandre Vinokourov of Kazakhstan has won stage 15 of the 2007 Tour de France in 5h 34' 28\".")
    assert not agree("This year the embassy expects 1,000 children to be adopted by U.S. citizens.",
                     "In all, 16,000 foreign-born children were adopted in the United States last year.")
    # a count of people is one kind, whatever the noun
    assert not agree("Eight people have been arrested in the investigation into the death of student Jeffny Pally.",
                     "State police have charged six University of Connecticut students in the death of Jeffny Pally.")


def test_names_agree_across_possessives_and_titles():
    from newsbrief.redundancy import names

    assert names("The footage was filmed by US-Chinese troops in China's Yunnan province.") >= {"china", "yunnan"}
    assert "zuckerberg" in names("In a manifesto Thursday, Mr. Zuckerberg outlined his ambitions.")
    assert not names("The board met on Wednesday.") & {"wednesday"}
    assert agree("Filmed by US troops in China, the clip was found by researchers at Seoul National University.",
                 "The research team says the footage was filmed by troops in China's Yunnan province.")


def test_containment_leaves_out_the_words_that_date_a_fact():
    """One vote told with two dates ("on Wednesday", "last year") and one fee defined twice ("customers from other
    banks", "noncustomers") contain each other once the dates are left out and "non-" is read as its root."""
    kansas = LexicalFacts(["Conservatives won a major victory in Kansas on Wednesday when the state Board of Education "
                           "approved new science standards that dilute the teaching of evolution.",
                           "The Kansas board of education voted to drop evolution from state science standards last "
                           "year."])
    assert kansas.containment(0, 1) >= 0.7
    atm = LexicalFacts(["Surcharges are fees that banks charge customers from other banks for using their ATMs.",
                        "The second fee is the ATM surcharge, the fee the outside ATM owner charges noncustomers who "
                        "use their machines, typically $1.50 in the state."])
    assert atm.containment(0, 1) >= 0.7


def test_the_counter_counts_by_the_selectors_same_fact_test():
    """One detector: the readability counter's redundant pairs are the selector's same-fact test
    (``facts_for``). Its own looser lexical thresholds flagged topic neighbours: dead crows found infected against
    last year's first human case (containment 0.6 of shared place names)."""
    from newsbrief.config import Settings
    from newsbrief.eval.readability import redundant_pairs
    from newsbrief.redundancy import facts_for

    crows = ["The West Nile strain of the virus has been found in dead crows in the New York area.",
             "Last year, the first U.S. case of West Nile virus was reported in late August, and a total of seven "
             "people in the New York City area died and 62 were infected."]
    assert redundant_pairs(crows, [], None) == []
    repeat = ["Haftar left Moscow without signing the ceasefire deal on Tuesday.",
              "Libyan commander Haftar left Moscow without signing a ceasefire deal."]
    assert redundant_pairs(repeat, [], None) == [(0, 1)]
    assert facts_for(repeat, Settings().selection, "tfidf").same_fact(0, 1)


def test_a_sentence_shown_with_the_one_it_repeats_is_not_shown():
    """Parts of one candidate (a sentence and the one leaning on it) are held to the same-fact test too: "They cut
    stadium spending ..." after "Council members cut stadium spending." tells it twice."""
    from newsbrief.config import Settings

    arts = [{"text": "Council members cut stadium spending. They cut stadium spending by $200 million, council members "
                     "said after a long and angry debate on Monday night. Residents of the northern district packed the "
                     "hall to protest the closing of two public libraries there.", "source": "A"}]
    b = newsbrief.brief(arts, words=200, settings=Settings().replace({"selection.redundancy_paraphrase": 1.0}))
    assert not any(s.text.startswith("They cut stadium spending") for s in b.summary)


def test_question_and_answer_labels_and_form_fields_are_no_summary_sentences():
    """An answer of a Q&A column leans on its question ("A. By the bite of a mosquito ..."); a fact box's field
    ("Suggested Dose: 1,200 mg a day ...") is no sentence of the story. "A. Knox is ..." outside a Q&A is a name."""
    from newsbrief import _patterns
    from newsbrief.config import Settings
    from newsbrief.selection import _is_candidate_text

    assert _patterns.qa_answers(["West Nile is spread by birds.", "Q. How do people get West Nile encephalitis?",
                                 "A. By the bite of a mosquito that is infected with West Nile virus.",
                                 "Mosquitoes become infected when they feed on birds."]) == [False, False, True, False]
    assert _patterns.qa_answers(["A. Knox is a member of the Globe staff and wrote the story."]) == [False]
    for field in ("Suggested Dose: 1,200 mg a day in two or three doses.",
                  "Claim: Glucosamine furnishes the building blocks our bodies use to make cartilage.",
                  "Some Prices We Found: GNC: Thirty 600-mg capsules, $7.99."):
        assert _patterns.is_form_field(field) and not _is_candidate_text(field, Settings())
    for sentence in ("The catch: a 5 percent fee charged to every customer of the bank.",
                     "Kiruna Church (Swedish: Kiruna kyrka) is a church building in Kiruna, Sweden.",
                     "Lindsey Germaine: Piccadilly Line train, Jamaican-born resident of Aylesbury."):
        assert not _patterns.is_form_field(sentence)
    text = ("Health officials answered readers' questions about the virus on Monday in the city of Newark.\n\n"
            "Q. How do people get West Nile encephalitis?\n\n"
            "A. By the bite of a mosquito that is infected with West Nile virus.\n\n"
            "Suggested Dose: 1,200 mg a day of the supplement in two or three doses.")
    b = newsbrief.brief([{"text": text, "source": "A"}], words=200)
    shown = " ".join(s.text for s in b.summary)
    assert "mosquito" not in shown and "Suggested Dose" not in shown


# -- order --------------------------------------------------------------------------------

def test_summary_follows_the_events_dates():
    b = newsbrief.brief([
        {"text": "Election officials counted the last ballots on Sunday and declared the mayor the winner. "
                 "Turnout reached a record 71 percent across the city districts.",
         "source": "A", "date": "2020-03-09"},
        {"text": "Voters lined up at polling stations across the city on Saturday to choose a new mayor. "
                 "First official results are not expected until Sunday evening, officials said.",
         "source": "B", "date": "2020-03-07"},
    ], words=200)
    texts = [s.text for s in b.summary]
    first_b = min(i for i, t in enumerate(texts) if "Voters lined up" in t or "First official" in t)
    counted = next(i for i, t in enumerate(texts) if "counted the last ballots" in t)
    assert first_b < counted


def test_an_undated_article_is_dated_by_its_story():
    b = newsbrief.brief([
        {"text": "Haftar left the talks in Moscow without signing the truce on Tuesday, officials said. "
                 "Fighting resumed south of the capital within hours.", "source": "A", "date": "2020-01-14"},
        {"text": "Libyan commander Khalifa Haftar has left Moscow without signing the truce, Russia said. "
                 "Prime Minister Fayez al-Sarraj signed the truce on Monday after six hours of talks.",
         "source": "B"},
    ], words=200)
    texts = [s.text for s in b.summary]
    signed = next(i for i, t in enumerate(texts) if "signed the truce on Monday" in t)
    left = next(i for i, t in enumerate(texts) if "without signing" in t)
    assert signed < left


def test_libya_sample_tells_the_signing_before_the_departure(libya_dir):
    from newsbrief.ingest import read_articles

    b = newsbrief.brief(read_articles([libya_dir]), words=150)
    texts = [s.text for s in b.summary]
    signed = [i for i, t in enumerate(texts) if "Sarraj" in t and "signed" in t]
    left = [i for i, t in enumerate(texts) if "Haftar" in t and ("left" in t or "leaves" in t)]
    if signed and left:
        assert signed[0] < left[0]


def test_backstory_reads_before_the_event_it_preceded():
    b = newsbrief.brief([
        {"text": "The union walked out of the wage talks in Geneva without an agreement, mediators said. "
                 "Strikes at the three ports will continue through the weekend.",
         "source": "A", "date": "2021-05-04"},
        {"text": "The dock workers' union was expected to accept the employers' final wage offer in Geneva. "
                 "Port operators have lost millions since the strikes began in March.",
         "source": "B", "date": "2021-05-04"},
    ], words=200)
    texts = [s.text for s in b.summary]
    expected = next(i for i, t in enumerate(texts) if "was expected to accept" in t)
    walked = next(i for i, t in enumerate(texts) if "walked out" in t)
    assert expected < walked


def test_backstory_keeps_its_place_in_a_brief_with_no_dates():
    """With no date anywhere, "the day before" the event is unknown: the backstory keeps its place by importance
    instead of opening the brief ahead of the event it is the backstory of (issue 10, third pass)."""
    b = newsbrief.brief([
        {"text": "The fashion designer Oscar de la Renta died on Monday at his home in Connecticut, his family said. "
                 "He was 82 years old and had dressed first ladies for decades. "
                 "De la Renta had battled cancer at various intervals in recent years.", "source": "A"},
        {"text": "Oscar de la Renta, the designer who dressed first ladies and film stars, died at his home in "
                 "Connecticut on Monday. Tributes came from Hollywood and from Washington.", "source": "B"},
    ], words=200)
    texts = [s.text for s in b.summary]
    died = next(i for i, t in enumerate(texts) if "died" in t)
    battled = [i for i, t in enumerate(texts) if "battled cancer" in t]
    assert all(i > died for i in battled), texts


@pytest.mark.parametrize("text, backstory", [
    ("The minister was due to sign the accord in Paris.", True),
    ("The two sides had agreed to a truce in March.", True),
    ("The vote had been scheduled to take place last month.", True),
    ("Officials said the minister had left the talks.", False),  # reported speech: the event itself
    ("At least 30 people had been killed in the blast.", False),
    ("The minister left the talks without signing.", False),
    ("He pleaded not guilty and was scheduled to return to court.", False),  # a second clause
    ("The boy that had been missing for days was found on a farm.", False),  # a relative clause
    ("A storm hit the coast minutes before the ferry was due to leave.", False),
    ("The actor had everyone fooled when he tweeted that he was running for Congress.", False),  # no participle
    ("The Twitter account she had used as city clerk has been taken down.", False),  # a relative clause, no "that"
])
def test_backstory_cue(text, backstory):
    from newsbrief.selection import is_backstory

    assert is_backstory(text) is backstory


# -- headline -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["DECEMBER 16, 2008", "Saturday, August 24, 2013", "JUNE 11, 2012 AT 10: 33 AM PT",
                                  "Updated 3:15 p.m. ET", "2020-01-14"])
def test_date_lines(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["May Day marchers fill the streets", "Haftar leaves Moscow without a deal"])
def test_not_date_lines(line):
    assert not is_date_line(line)


@pytest.mark.parametrize("text,cut", [
    ("Even as Oscar organizers on Friday unveiled Hugh Jackman as the host of their gala film …", True),
    ("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the", True),
    ("Perry ad says he can defend faith from Obama's \"war on religion", True),
    ("Federal prosecutors plan to charge Rep. Grimm, attorney says", False),
])
def test_cut_off(text, cut):
    assert is_cut_off(text) is cut


def test_compression_never_repeats_its_sentence_and_fits():
    s = ("Flood control experts warned today that the flood situation along the Yangtze River remains grim "
         "despite a favorable turn in the weather, officials said.")
    h, _ = compress(s)
    assert len(h.split()) <= 15 and not is_cut_off(h)
    assert not headline_copies(h, [s])
    assert compress("Storms killed 12 people in Texas.") is None  # nothing to drop: it would repeat the sentence
    assert compress("He said the storm killed 12 people in Texas on Monday.") is None  # leans on another


@pytest.mark.parametrize("sentence,headline", [
    # a modal keeps its auxiliary ("may stolen" was a headline once)
    ("The coins may have been stolen from the U.S. Mint in 1900 and thus be the property of the government, "
     "according to a published report.", "Coins may have been stolen from the U.S. Mint in 1900"),
    # an introductory phrase is dropped even before "the"; a headline never is the phrase alone
    ("After a long debate on Monday night, the city council approved the new stadium budget, which includes money "
     "for parking and roads, by a vote of seven to two.",
     "The city council approved the new stadium budget by a vote of seven to two"),
    ("With his speech last night to Congress, the President is giving that strategy one more government try.", None),
    ("Whether a person's injury will lead to chronic pain may depend on the level of communication between two "
     "parts of their brain, a new study finds.", None),
    ("Six people were killed in a bus crash in Texas on Monday, police said.", "Six people killed in a bus crash in Texas"),
])
def test_compression_keeps_a_main_clause(sentence, headline):
    got = compress(sentence)
    assert (got and got[0]) == headline


@pytest.mark.parametrize("line", ["From Wikipedia, the free encyclopedia",
                                  "This story is updated at the bottom with a response from Rich Benjamin"])
def test_page_notes_are_no_heading(line):
    from newsbrief.headline import _heading_line

    assert _heading_line(_article(line + "\n\nThe council approved the new budget on Monday after a long debate.")) is None


def test_headline_is_the_most_central_title_and_the_same_in_any_order():
    arts = [
        _article("Fighting resumed near Tripoli. Haftar left Moscow without signing the ceasefire deal.",
                 title="Haftar leaves Moscow without signing ceasefire", date=dt.date(2020, 1, 14)),
        _article("Haftar left the talks in Moscow without signing. Russia said it would keep trying.",
                 title="Libya: Haftar quits Moscow talks without signing ceasefire", date=dt.date(2020, 1, 14)),
        _article("Weather in the region stays mild.", title="JANUARY 14, 2020", date=dt.date(2020, 1, 13)),
        _article("Turkey sent troops to Tripoli. Haftar refused to sign the ceasefire in Moscow.",
                 title="Sports results of the weekend", date=dt.date(2020, 1, 15)),
    ]
    h = choose_headline(arts)
    assert "Haftar" in h and not is_date_line(h)
    assert choose_headline(list(reversed(arts))) == h


def test_untitled_articles_get_a_compressed_headline_that_is_no_summary_sentence():
    b = newsbrief.brief([
        {"text": "Flood control experts warned on Tuesday that the flood situation along the Yangtze River "
                 "remains grim despite a favorable turn in the weather, which has brought sunshine to the region. "
                 "More than 3,000 people have died in this year's floods, officials said.", "source": "A"},
        {"text": "Water levels on the Yangtze River started to recede on Tuesday after the largest flood peak "
                 "of the year passed Wuhan, the capital of Hubei Province.", "source": "B"},
    ], words=100)
    assert 4 <= len(b.headline.split()) <= 15
    assert not headline_copies(b.headline, [s.text for s in b.summary])
    assert not is_cut_off(b.headline)


def test_store_title_is_the_brief_headline(tmp_path: Path, libya_dir: Path) -> None:
    from newsbrief.digest import brief_story
    from newsbrief.ingest import read_articles
    from newsbrief.store import Store

    with Store(tmp_path / "s.db") as st:
        st.add(read_articles([libya_dir]))
        story = st.stories()[0]
        b = brief_story(st, story.id, words=100)
        assert story.title == b.headline
        assert len(story.title.split()) <= 15 and not is_cut_off(story.title)
        assert story_title(st.story_articles(story.id)) == story.title


# -- debris ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line,debris", [
    ("Media playback is unsupported on your device Media caption The area is known for its strong winds", True),
    ("Morning Briefing Political news in your inbox. Email Sign Up By signing up you agree to receive email "
     "newsletters from the site. You can unsubscribe at any time.", True),
    ("For a full list of the winners, click here.", True),
    ("This article has been corrected to show the mayor's name.", True),
    ("Copyright © 2016 NPR. All rights reserved.", True),
    ("The senator walks to the floor on Wednesday. | John Doe/Getty Images Senate reaches budget deal", True),
    ("Jane Roe/AFP/Getty Images The champion holds the trophy after the final game.", True),
    ("Visitors arrive at the awards show on Sunday in Inglewood, Calif. (Photo by Jordan...", True),
    ("Join the conversation on Twitter and follow us at @Example.", True),
    ("Residents can sign up for the program at city hall, officials said.", False),
    ("Getty Images declined to comment on the lawsuit filed on Monday.", False),
    ("The storm has been updated to a category 4 hurricane by forecasters.", False),
])
def test_debris_families(line, debris):
    from newsbrief._patterns import boilerplate_reason

    assert (boilerplate_reason(line) is not None) is debris


def test_a_prompt_inside_a_paragraph_is_no_summary_sentence():
    from newsbrief.clean import clean_text

    text = ("The park staff will host a fundraiser on Saturday to help the family pay medical bills. "
            "To see the flyer for the event, click here.")
    assert clean_text(text)[0] == text  # the paragraph's reporting is kept
    b = newsbrief.brief([{"text": text}], words=100)
    assert [s.text for s in b.summary] == ["The park staff will host a fundraiser on Saturday to help the family "
                                           "pay medical bills."]


def test_a_glued_share_label_is_cut():
    from newsbrief.clean import clean_text

    body, removed = clean_text("Email This Even at 88, the actress has the ambition of a much younger star.")
    assert body == "Even at 88, the actress has the ambition of a much younger star."
    assert removed[0].reason == "glued share label"


# -- the counters -------------------------------------------------------------------------

def test_check_brief_counts_what_a_reader_sees():
    b = newsbrief.brief([{"text": "The bridge reopened on Monday after two weeks of repairs, officials said. "
                                  "Traffic returned to normal by the evening rush hour.", "source": "a.txt"}],
                        words=50)
    b.headline = b.summary[0].text
    b.articles[0].source = "a.txt"  # as a reader that kept the file name would show it
    check = check_brief(b)
    assert check.headline_copy and check.bad_outlets == ["a.txt"] and check.headline_words > 10
    assert is_bad_outlet("000_9ee825b776147cdb") and is_bad_outlet("12_1ecbplus") and is_bad_outlet("test.jsonl")
    assert not is_bad_outlet("Associated Press") and not is_bad_outlet("BBC")


def test_eval_readability_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsbrief.cli import app

    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"id": "c1", "articles": [
        {"text": "The bridge reopened on Monday after two weeks of repairs, officials said. But traffic stayed "
                 "light all day on the new deck.", "title": "Bridge reopens after repairs"},
        {"text": "The Harbour Bridge reopened to traffic on Monday after two weeks of repairs. Drivers said the "
                 "detours had doubled their commute."}], "summaries": ["The bridge reopened."]}) + "\n")
    out = tmp_path / "r.json"
    res = CliRunner().invoke(app, ["eval", str(data), "--readability", "--words", "40", "--json", str(out)])
    assert res.exit_code == 0, res.output
    row = json.loads(out.read_text())[0]
    assert row["briefs"] == 1 and row["redundant_pairs"] == 0 and row["unresolved"] == 0
    assert row["headline_copies"] == 0 and row["headlines_over"] == 0


@pytest.mark.parametrize("sentence,prompt", [
    ("Check out the rest of our Lenovo coverage and stick around our CES portal for more action!", True),
    ("Be sure to check out our full review of the phone next week.", True),
    ("Stay tuned to us for updates as the storm approaches.", True),
    ("Investors should check out the company's filings before the vote, analysts said.", False),
    ("Police told residents to stay tuned to local radio for evacuation orders.", False),
])
def test_a_reader_prompt_is_neither_summary_nor_cross_source_fact(sentence, prompt):
    """A prompt to the reader ("Check out the rest of our coverage") is no summary sentence and no fact of the view."""
    from newsbrief._patterns import PROMPT_SENTENCE_RE

    assert bool(PROMPT_SENTENCE_RE.search(sentence)) is prompt


@pytest.mark.parametrize("sentence,voice", [
    ("I adore Betty White.", True),
    ("A Sprint representative wasn't immediately available to answer my questions.", True),
    ("If your name is Jake Gyllenhaal, you might just want to close the tab right now.", True),
    ("We sincerely apologize to Moonlight, La La Land, Warren Beatty and Faye Dunaway.", True),  # whose "we"?
    ("Then I was told to leave.", True),
    ('"We will not sign," Haftar said.', False),  # a quotation speaks for its speaker
    ("“We’re not going to shut anything down,” Marty Sharky told the Los Angeles Times.", False),
    ("World War I ended in 1918, and Henry I was king.", False),  # numerals, not a voice
    ("Lawyers told US officials the deal was off.", False),
    ("The report, titled 'What we know', was released on Monday.", False),
    ("``In some areas we have an extraordinary amount of information,'' he added.", False),  # DUC's TeX quotes
    ("''Right now we are focusing on trying to identify the gene,'' said Brzustowicz.", False),
    ("The Force will soon be arriving at a toy store and Taco Bell near you.", False),  # an idiom, not the reader
    ("You are not alone in this guessing game.", True),
    ("Count on about a third of your winnings going to the government.", True),  # the reader's "your" anywhere
])
def test_the_writers_own_voice_is_no_summary_sentence(sentence, voice):
    """A column's "I", a statement's unattributed "we" and a blog's "you" have no referent in a brief."""
    from newsbrief._patterns import writer_voice

    assert writer_voice(sentence) is voice


def test_a_blog_voice_listicle_and_quote_title_stay_out_of_the_brief():
    text = ("Emma Stone: ‘I was holding my best actress card the whole time’\n\n"
            "I adore Betty White, and she just keeps getting better and better on television.\n\n"
            "8. Horowitz hands his Oscar to Barry Jenkins, the director of the film Moonlight.\n\n"
            "The academy said on Monday that the accounting firm had handed the presenters the wrong envelope.")
    b = newsbrief.brief([{"text": text}], words=100)
    assert [s.text for s in b.summary] == [
        "The academy said on Monday that the accounting firm had handed the presenters the wrong envelope."]


def test_the_end_of_a_quotation_is_shown_after_its_beginning():
    """A sentence that closes a quotation opened before it never opens the brief alone (DUC 2006: "Colonial New
    York had a longrunning relationship with the tribes,'' von Gernet said.")."""
    from newsbrief.rewrite import is_quotation_tail

    assert dangling_reason("Colonial New York had a longrunning relationship with the tribes,'' he said.") == \
        "end of a quotation"  # so the selector shows it only after the sentence that opens the quotation
    assert is_quotation_tail("Colonial New York had a longrunning relationship with the tribes,'' von Gernet said.")
    assert is_quotation_tail('The deal is done," Smith said.') and is_quotation_tail("I apologize for my speech.”")
    assert not is_quotation_tail("``Guys, it's a movie!'' responded Tom Sherak.")
    assert not is_quotation_tail("For months, ''Star Wars'' fans have analyzed the trailer.")  # DUC's '' opening
    assert not is_quotation_tail('Smith said: "The deal is done."') and not is_quotation_tail('The "peace plan" failed.')
    text = ("Historians met in Albany on Monday to study the treaties signed with the Iroquois nations. "
            "``The records show that the colony depended on its allies for its trade in furs and for its defence. "
            "Colonial New York had a longrunning relationship with the tribes,'' historian Alexander von Gernet said.")
    b = newsbrief.brief([{"text": text}], words=200)
    shown = " ".join(s.text for s in b.summary)
    tail = shown.find("Colonial New York")
    assert tail == -1 or shown.rfind("“The records show", 0, tail) != -1  # (DUC's `` shown as a reader writes it)


@pytest.mark.parametrize("text,fragment", [
    ("staff, and so much to do that it will easily take up your entire day.", True),  # opens mid-sentence
    ("LFO singer Devin Lima has died after a yearlong battle with stage 4 cancer ...", True),  # a teaser
    ("Sanders called the Pope 'one of the great moral and religious leaders of our time'", True),  # a deck
    ("Santa Clara County Superior Court Judge Aaron Persky is shown in this June 27, 2011 file photo.", True),
    ("Aurelie Chatelain, in this photograph provided by the City Hall, is seen during a sporting event.", True),
    ("Confirmed: potential jurors refusing to serve under #StanfordRape judge.", True),  # a quoted tweet
    ("7.57 pm.", True),
    ("http://xml.channel.aol.com/xmlpublisher/fetch.v2.xml?option=expand PopScene: Week's Hottest Pics cast members "
     "grab drinks before strolling about town.", True),  # a scraped player line
    ("Information on the recall is available at http://www.fda.gov, the agency said on Monday.", False),
    ("Broward Supervisor of Elections Brenda Snipes, left, and judge Betsy Benson listen to arguments in Lauderhill, "
     "Fla. (Joe Cavaretta /South Florida Sun-Sentinel via AP) (Associated Press)", True),
    ("White House counselor Kellyanne Conway speaks in support of candidate Jay Webber at an event in Wayne, N.J., "
     "on Oct. 22, 2018.", True),  # an AP caption: a present-tense pose and the day it was taken
    ("Bahraini activist Zainab al-Khawaja (L) is greeted by Sumaiya Rajab after her release from prison.", True),
    ("The president speaks to reporters every week, aides said on Oct. 22, 2018.", False),
    ("iPhone sales rose 5 percent in May, the company said.", False),
    ("The hashtag #MeToo spread across social media within days.", False),
    ("Police said the man was seen in this area before the attack.", False),
    ("He said it was ``a disaster.''", False),
    # a newsletter's item under its kicker; a two-word dateline with a dash is not one
    ("STOCKS KEEP TANKING - Reuters/Tokyo: \u201cGlobal stocks fell to a 15-month low on Tuesday, pinning Asian "
     "stocks near a 16-month low.", True),
    ("NEW YORK - Stocks fell on Tuesday as investors worried about Greece and the euro zone debt.", False),
])
def test_page_fragments_are_no_summary_sentences(text, fragment):
    from newsbrief.config import Settings
    from newsbrief.selection import _is_candidate_text, _is_context_text

    assert _is_context_text(text, Settings()) is not fragment
    if len(text.split()) >= 8:
        assert _is_candidate_text(text, Settings()) is not fragment


@pytest.mark.parametrize("text", ["A: Relax; breathe; take time to think about your next move.",
                                  "--The cost of a second and independent autopsy.",
                                  "NBC10's Lu Ann Cahn has the details.",
                                  "Wale Aliyu reports. (Published Saturday, Sept. 29, 2018)",
                                  "Firefighters battled the blaze for hours. (Published Monday, June 4, 2018)",
                                  "(Labor union official 302, February 3, 2009 p. 3).",
                                  "(The Press Democrat is part of the same media group as the paper.)",
                                  "Below, the six revelations the redacted portions were meant to conceal."])
def test_question_and_answer_lines_list_items_and_teases_are_no_summary_sentences(text):
    """Also a video's credit line and its "(Published ...)" stamp, which read as news only on the video's page."""
    from newsbrief.config import Settings
    from newsbrief.selection import _is_candidate_text

    assert not _is_candidate_text(text, Settings())


def test_a_sentence_never_opens_in_lower_case_after_an_abbreviation():
    from newsbrief.segment import sentence_spans

    text = "A spokesman said that no F.D.N.Y. units were called to the school. iPhone sales rose on Monday."
    assert [text[s:e] for s, e, _ in sentence_spans(text)] == [
        "A spokesman said that no F.D.N.Y. units were called to the school.", "iPhone sales rose on Monday."]


def test_a_quotation_with_no_speaker_follows_only_a_sentence_that_gives_someones_words():
    """Multi-News: '"I sincerely hope that Mr. Patel continues to improve..."' was shown after a sentence about his
    surgery, so it read as the brief's own words; after "Bentley wrote to the consul" it reads as Bentley's."""
    surgery = "Patel underwent surgery the next day at Huntsville Hospital, where doctors fused two vertebrae."
    quote = "\"I sincerely hope that Mr. Patel continues to improve and that he will regain the use of his legs.\""
    b = newsbrief.brief([{"text": f"{surgery} {quote}"}], words=200)
    assert [s.text for s in b.summary] == [surgery]
    wrote = "Governor Robert Bentley wrote to the consul general of India in Atlanta on Thursday."
    b = newsbrief.brief([{"text": f"{wrote} {quote}"}], words=200)
    assert [s.text for s in b.summary] == [wrote, quote]


@pytest.mark.parametrize("text", [
    "The 56-year-old Phoenixville woman is charged with practicing medicine without a license.",
    "The 32-year-old was visiting the Paris area to attend a training course.",
    "The co-workers had pooled their money for years to play the lotto.",
    "The prosecution and the defense made their arguments.",
    "The jury ordered the driver to pay the family.",
    "Rather incredibly, this wasn't even a friendly.",
    "In this case, the finders and the government would split ownership.",
    "This time, the White House aide was discussing a different video.",
    "Just days later, the military announced that the system had arrived.",
    "Eventually, bone rubs against bone, causing pain and loss of movement.",
    "Since Smith's death in 1844, they have evolved separately in belief and practices.",
    "When he left, he was beaming, as the pope had cited an American Catholic.",
    "Like other beetles, they are hard-bodied and feed on the leaves of young plants.",
    "The analysis was funded by the National Institutes of Health.",
    "At least they can afford to laugh.",
    "Perhaps he was right after all.",
])
def test_a_sentence_leaning_on_an_unshown_person_time_or_case_is_caught(text):
    """A definite description of someone not introduced, an adverbial that points back, a pronoun after an opening
    adverbial or clause: shown only right after the sentence before it (issue 10's reading of Multi-News briefs)."""
    assert dangling_reason(text)
    assert unresolved_reason(text)


@pytest.mark.parametrize("text", [
    "The 32-year-old John Smith was visiting the Paris area to attend a training course.",
    "The storm killed 12 people in Texas on Monday.",
    "When the soldiers arrived, they found the village empty.",
    "If the plan fails, it will be the third time this year.",
    "According to John Smith, he was never in the building.",
    "In Omaha, the toy stores served cakes in the shape of film characters.",
    "On Monday, it is unclear whether the talks will resume.",
    "When Nola was put on medical watch earlier this year, the whole rhino-watching world began to worry.",
    "This year's floods have killed more than 3,000 people.",
    "At least 10 people died in the fire.",
    "Perhaps no city offers a more public example of the problems of homelessness than San Francisco.",
    "Perhaps it is time to rethink the plan.",
    "Only this week did the mayor speak.",
])
def test_openings_that_stand_alone_are_not_caught(text):
    assert not dangling_reason(text)


def test_a_headline_line_in_title_case_gives_no_first_name():
    """ECB+'s Teixeira story: the article's own headline line "Prediction: Red Sox Will Nab Teixeira" made a brief
    say "Nab Teixeira is seeking a 10-year contract"; a capitalized word of a title-case line is no first name."""
    from newsbrief.rewrite import name_in_full

    article = ("Thursday, December 11, 2008\nPrediction: Red Sox Will Nab Teixeira\n"
               "ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year contract.\n"
               "Teixeira is seeking a 10-year contract for at least $20 million per season.")
    said = "Teixeira is seeking a 10-year contract for at least $20 million per season."
    assert name_in_full(said, article, []).text == "Mark Teixeira is seeking a 10-year contract for at least $20 million per season."
    headline_only = "Prediction: Red Sox Will Nab Teixeira\nTeixeira is seeking a 10-year contract."
    assert name_in_full("Teixeira is seeking a 10-year contract.", headline_only, []).text == (
        "Teixeira is seeking a 10-year contract.")


def test_a_surname_the_brief_has_not_introduced_is_named_in_full():
    """"Sullivan said the meaning of the phrase was unclear." with Sullivan met nowhere in the brief: the article
    gives "Emmet Sullivan", so the brief does; after a sentence that introduces him the surname stays."""
    from newsbrief.rewrite import bare_surname, name_in_full

    article = ("Judge Emmet Sullivan questioned the plea agreement on Tuesday in Washington. "
               "Sullivan said the meaning of the phrase was unclear.")
    said = "Sullivan said the meaning of the phrase was unclear."
    assert bare_surname(said, article) == "Sullivan"
    assert bare_surname("Emmet Sullivan said the meaning of the phrase was unclear.", article) is None
    assert bare_surname("Judge Sullivan said the meaning was unclear.", article) is None  # a title introduces
    assert name_in_full(said, article, []).text == "Emmet Sullivan said the meaning of the phrase was unclear."
    assert name_in_full("Mr. Sullivan said it was unclear.", article, []).text == "Emmet Sullivan said it was unclear."
    assert name_in_full(said, article, ["Judge Emmet Sullivan questioned the plea."]).text == said
    assert bare_surname("Korea's leader met the envoy.", "North Korea tested missiles. Korea's leader met him.") is None
    b = newsbrief.brief([{"text": "A federal judge questioned the plea agreement in Washington on Tuesday morning. "
                                  "Sullivan said the meaning of the phrase in the agreement was unclear to the court. "
                                  "Judge Emmet Sullivan has presided over the case since the charges were filed."}],
                        words=20)
    shown = [s for s in b.summary if "meaning" in s.text]
    if shown:  # named in full unless a sentence before it in the brief introduces him
        k = b.summary.index(shown[0])
        assert shown[0].text.startswith("Emmet Sullivan said") or any(
            "Emmet Sullivan" in s.text for s in b.summary[:k])
        assert shown[0].source_text.startswith("Sullivan said")
    check = newsbrief.brief([{"text": article}], words=200)
    check.summary = [s for s in check.summary if "meaning" in s.text]
    check.summary[0].text = said
    check.headline = "Plea agreement questioned"
    assert check_brief(check).unresolved == [said]


def test_a_quotation_is_shown_with_the_sentence_after_it_only_when_that_one_names_a_speaker():
    """'"Now we hope to develop new therapies ..."' was shown with "An estimated 30 million ... suffer from chronic
    pain." after it: no speaker, so the quotation read as the brief's own words."""
    quote = "\"Now we hope to develop new therapies for the treatment of chronic pain based on this finding.\""
    fact = "An estimated 30 million to 40 million adults in the United States suffer from chronic pain."
    b = newsbrief.brief([{"text": f"{quote} {fact}"}], words=200)
    assert quote not in [s.text for s in b.summary]
    said = "The study's lead author, Vania Apkarian, said the finding surprised the team."
    b = newsbrief.brief([{"text": f"{quote} {said}"}], words=200)
    assert [s.text for s in b.summary] == [quote, said]


def test_a_quotation_never_closed_has_no_speaker():
    """A quotation that runs on into the next paragraph ('“My wife and I spend hours reading your messages. ...')
    names its speaker nowhere in the sentence."""
    text = "“My wife and I spend hours reading your messages. They are a lifeline during this horrible time."
    assert dangling_reason(text) == "quotation with no speaker"
    assert unresolved_reason(text) == "quotation with no speaker"
    assert not dangling_reason("“They are a lifeline,” the boy's father, Thomas Silverio, said on Friday.")


def test_a_possessive_or_a_capitalized_function_word_is_never_named_in_full():
    """Multi-News: "Florida's officials" became "Under Florida's officials" and "Taylor's ex-boyfriends" "Happy
    Taylor's" (capitalized words that stood before the word somewhere in the article)."""
    from newsbrief.rewrite import name_in_full

    article = ("Under Florida law a recount is automatic. Happy Taylor fans sang. Emmet Sullivan said the rule was old. "
               "Florida's highest officials met. Several of Taylor's ex-boyfriends called. Sullivan said it was unclear.")
    assert name_in_full("Florida's highest officials met on Monday.", article, []).text == \
        "Florida's highest officials met on Monday."
    assert name_in_full("Several of Taylor's ex-boyfriends called her.", article, []).text == \
        "Several of Taylor's ex-boyfriends called her."
    assert name_in_full("Sullivan said the meaning was unclear.", article, []).text == \
        "Emmet Sullivan said the meaning was unclear."


def test_a_headline_never_opens_a_quotation_it_does_not_close():
    """An untitled story whose opening is a quotation: the headline falls back on the opening's words, and a
    quotation cut short there loses its opening mark ('“Another very bad terror attack' read on Multi-News)."""
    from newsbrief.config import Settings
    from newsbrief.headline import choose_headline, is_cut_off
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    text = ("“Another very bad terror attack in France. We are going to strengthen our borders even more and "
            "the Democrats must give us the votes for the wall,” he wrote in a tweet on Wednesday morning.")
    b = prepare([article_from_dict({"id": "a", "text": text})], Settings())
    h = choose_headline(b.articles, 15)
    assert h and "“" not in h and not is_cut_off(h), h


def test_a_run_in_subhead_is_not_shown():
    """A column's run-in subhead ('*EXTRA POINTS:*', DUC 2003 notes columns) is dropped from what is shown."""
    from newsbrief.rewrite import strip_dateline

    assert strip_dateline("*EXTRA POINTS:* The Fiesta Bowl marks the 32nd time No. 1 has played No. 2 since 1936.") \
        == "The Fiesta Bowl marks the 32nd time No. 1 has played No. 2 since 1936."


def test_a_wire_budgets_slug_and_dateline_are_not_shown():
    """DUC 2006 D0647B's brief opened a line on "MIAMI _ As both sides ...": a CoxNet budget's entry gives the story's
    slug, then its dateline ("CUBA-ELIAN _ MIAMI _ As both sides ..."), and only the slug was stripped. A second "_"
    inside the sentence ("looking for something _ or someone _ to nurture") is the sentence's own."""
    from newsbrief.rewrite import strip_dateline

    assert strip_dateline("CUBA-ELIAN _ MIAMI _ As both sides in the Elian Gonzales custody case await a federal "
                          "appeals court ruling, the mayor of Miami flies to Washington.").startswith("As both sides")
    kept = "Gen Xers are looking for something _ or someone _ to nurture and love."
    assert strip_dateline(kept) == kept
    assert strip_dateline("MIAMI _ Gen Xers are looking for something _ or someone _ to nurture and love.") == kept


def test_a_wire_dateline_with_a_single_hyphen_is_not_shown():
    """Multi-News 0015 opened its summary on "LONDON (Reuters) - U.S. retailer ...": after an agency in brackets a
    single hyphen ends the dateline too; a hyphen with no agency before it is the sentence's own."""
    from newsbrief.rewrite import strip_dateline

    assert strip_dateline("LONDON (Reuters) - U.S. retailer Michael Kors agreed to buy Jimmy Choo for $1.2 billion.") \
        == "U.S. retailer Michael Kors agreed to buy Jimmy Choo for $1.2 billion."
    kept = "Well-known - and well-loved - actors came to the show on Tuesday night."
    assert strip_dateline(kept) == kept


def test_references_a_reader_cannot_resolve_lean_on_the_sentence_before():
    """A leading quantifier with no noun ('Some wore costumes ...'), a distal demonstrative after a preposition
    ('at that pre-K center') and a pronoun with no one before it ('The court cut her prison term') lean; a
    specified noun, a set phrase and a named antecedent do not. A capitals-led listing line is no sentence."""
    from newsbrief.config import Settings
    from newsbrief.rewrite import dangling_reason
    from newsbrief.selection import _is_candidate_text

    for text in ("Some wore costumes of Darth Vader, Yoda and other characters.",
                 "Two of the children were enrolled at that pre-K center last year.",
                 "The court on Monday cut her prison term to five years.",
                 "All use the French franc as their currency.",  # DUC 2003 d127j's brief: all of which?
                 "Most support the plan, the survey found.",
                 "The timing couldn't have been more appropriate."):  # DUC 2006 D0641E: the timing of what?
        assert dangling_reason(text), text
    for text in ("Some fans wore costumes of Darth Vader.", "Most of the victims were children.",
                 "At that time the city had 3 million people.", "Many of those killed were children.",
                 "Prosecutors said Smith hid his money in Swiss banks.", "I think of that a lot, said Smith.",
                 "All use of force was banned by the treaty.", "The timing of the vote wasn't clear."):
        assert not dangling_reason(text), text
    assert not _is_candidate_text("STAR WARS: EPISODE I _ THE PHANTOM MENACE: Science fiction.", Settings())
    assert _is_candidate_text("WASHINGTON: The president spoke on Monday about the budget.", Settings())


def test_a_date_of_an_earlier_event_named_in_passing_does_not_date_the_sentence():
    """ "..., killing all 217 people aboard on Oct. 31" in a report of August 2000 reports the investigators'
    finding, not the crash: it reads with August's news, after the search of November (issue 10, item 5)."""
    b = newsbrief.brief([
        {"text": "U.S. investigators have suggested that the co-pilot may have deliberately plunged the jetliner "
                 "into the sea, killing all 217 people aboard on Oct. 31.", "source": "A", "date": "2000-08-11"},
        {"text": "Navy divers on Wednesday continued the search for the cockpit voice recorder of the jetliner "
                 "that plunged into the sea.", "source": "B", "date": "1999-11-11"},
    ], words=200)
    texts = [s.text for s in b.summary]
    assert texts.index(next(t for t in texts if "divers" in t)) < texts.index(next(t for t in texts if "suggested" in t))


@pytest.mark.parametrize("text, event", [
    ("Rescuers searched the coast on Monday after the ferry sank.", "2021-05-03"),
    ("An aftershock of the quake of February 27 hit the coast on Wednesday.", "2021-05-05"),
    ("The storm, which flooded the valley on Monday, moved east.", None),
    ("Aid arrived for the victims of the tsunami of May 2, 2021.", None),
    ("Rescuers worked through the night, killing time on Monday.", None),
    ("On the morning of May 4, 2021, the ferry sank.", "2021-05-04"),
])
def test_named_date_is_the_main_events(text, event):
    from newsbrief.model import Sentence
    from newsbrief.selection import named_date

    art = Article(id="a", raw_text=text, date=dt.date(2021, 5, 6))
    got = named_date(Sentence(art, 0, 0, len(text)))
    assert (got.isoformat() if got else None) == event


@pytest.mark.parametrize("text, update", [
    ("Nearly a week after the waves scoured the coasts, the death toll passed 120,000.", True),
    ("Londoners marked the first anniversary of the attacks.", True),
    ("The government ended the search for survivors of the quake that hit eleven days ago.", True),
    ("Mr Routley suffered a severe brain injury in a car accident 12 years ago.", False),  # its own event
    ("Less than a week later, Patel was approached by the police.", False),  # a narrative's next step
    ("The ferry sank off the coast on Monday.", False),
])
def test_update_cue(text, update):
    from newsbrief.selection import is_update

    assert is_update(text) is update


def test_an_update_reads_after_the_event_it_follows_in_a_brief_with_no_dates():
    b = newsbrief.brief([
        {"text": "Nearly a week after the disaster, donors pledged two billion dollars for the rebuilding of "
                 "fishing villages.", "source": "A"},
        {"text": "A tsunami struck the coasts of southern Asia and eastern Africa, killing thousands of people "
                 "in eleven countries.", "source": "B"},
    ], words=200)
    texts = [s.text for s in b.summary]
    assert len(texts) == 2 and texts[0].startswith("A tsunami struck"), texts


@pytest.mark.parametrize("sentence, headline", [
    # an opening -ing phrase goes, with its comma, as an opening "In ..., " does: the subject stays
    ("Accusing the United Nations of allowing ethnic cleansing to persist in Kosovo, Doctors Without Borders "
     "pulled its staff out of the province on Monday.", "Doctors Without Borders pulled its staff out of the province"),
    # a subject whose verb would be cut away leaves only its relative clause: no headline
    ("A Canadian man who was believed to have been in a vegetative state for more than a decade, has been able to "
     "tell scientists that he is not in any pain.", None),
    # a report's verb without the report
    ("Amy Pinto, in tears, told a reporter through an intercom outside the gate at the Monte Sereno home that "
     "Kinkade died Friday morning peacefully but she offered few details.", None),
    ("Both doctors work at the Centers for Disease Control in Atlanta, where they study the virus.", None),
    ("Story highlights DeAngelo Lamar Davis, 31, was charged on Friday in connection with the death of the officer.",
     "DeAngelo Lamar Davis charged in connection with the death of the officer"),
])
def test_compress_keeps_the_point(sentence, headline):
    got = compress(sentence)
    assert (got[0] if got else None) == headline


@pytest.mark.parametrize("sentence, headline", [
    # a cut never leaves a verb bare after a modal or "to": what it governs was cut away
    ("The governor said on Friday that she would sign into law a measure raising the minimum wage to fifteen "
     "dollars an hour by the end of the decade.", None),
    ("The agency plans to launch into orbit a pair of weather satellites built by a consortium of universities "
     "from three countries next spring.", None),
    # a time phrase that a preposition governs stays with it: "to next year" is no "to"
    ("The long-delayed opening of the city's new concert hall to next month was announced at a meeting of the "
     "arts council in the town hall yesterday.",
     "Long-delayed opening of the city's new concert hall to next month announced"),
    # a transcript's turn is no headline
    ("ANNA SMITH: Thanks for joining us live from the studio for this interview with the mayor of the city about "
     "the budget.", None),
    # a phrase opening on "From" has no subject
    ("From singing at the Super Bowl halftime show to her role in the new film, here are ten of her best "
     "moments of the year.", None),
])
def test_a_compressed_headline_keeps_what_its_words_need(sentence, headline):
    got = compress(sentence)
    assert (got[0] if got else None) == headline


def test_a_passive_auxiliary_goes_from_the_main_clause_only():
    from newsbrief.headline import _drop_passive

    assert _drop_passive("Six people were killed in a crash") == "Six people killed in a crash"
    # a subordinate clause keeps its auxiliary: "because its version programmed to" reads as no sentence
    kept = "The virus got its name because its first version was programmed to spread by e-mail"
    assert _drop_passive(kept) == kept


def test_a_cut_never_stops_on_a_verb_after_its_preposition():
    from newsbrief.headline import _cut_at_boundary

    words = ("Kofi Annan joined the U.N. agencies once again in calling for more aid for the flood victims of "
             "the region").split()
    kept = _cut_at_boundary(words, 10)
    assert kept is not None and kept[-1] != "calling"


def test_story_highlights_is_no_heading():
    from newsbrief.headline import _heading_line

    art = Article(id="x", raw_text="Story highlights DeAngelo Lamar Davis, 31, charged in connection with the death\n\n"
                                   "(CNN) A Detroit man pleaded not guilty Friday to murder charges.")
    assert _heading_line(art) is None

# -- repeats inside sentences shown together, naming within the budget (issue 10, items 3-4, fifth pass) ---------

def _two_part_candidate_and_its_repeat():
    from newsbrief.config import Settings
    from newsbrief.selection import Selector

    a = _article("Russian generals held talks with the Libyan delegation for eight hours on Monday in the capital. "
                 "They said Haftar left Moscow without signing the ceasefire deal on Tuesday morning.", id="a")
    b = _article("Haftar left Moscow without signing the ceasefire deal on Tuesday morning, officials said. "
                 "Turkey said it would send more troops to support the government in Tripoli.", id="b")
    selector = Selector(Settings())
    cands = selector._candidates([a, b], selector.settings)
    pair = next(c for c in cands if len(c.parts) == 2)
    alone = next(c for c in cands if c.sentence.article_id == "b" and c.sentence.index == 0 and len(c.parts) == 1)
    return selector, cands, pair, alone


def test_a_repeat_told_in_one_part_of_sentences_shown_together_is_a_repeat():
    """Two sentences shown together (the second leans on the first) read apart from either as a whole; when one
    of them repeats a chosen sentence, the pair is a repeat all the same."""
    selector, cands, pair, alone = _two_part_candidate_and_its_repeat()
    facts = selector._facts(cands)
    assert len(pair.fact_rows) == 3 and alone.fact_rows == [alone.row]
    assert selector._repeat_of(facts, pair, [alone]) is alone
    assert selector._repeat_of(facts, alone, [pair]) is pair
    other = next(c for c in cands if "Turkey" in c.text)
    assert selector._repeat_of(facts, other, [pair]) is None


def test_a_first_name_the_brief_will_add_always_fits_the_budget():
    """A sentence calling someone by surname alone is named in full in the brief ("Kazantsev said" -> "Viktor
    Kazantsev said"); the greedy keeps room for the first name, so the name is never left out for lack of words
    and the brief never runs past its budget."""
    from newsbrief.eval.readability import check_brief
    from newsbrief.features import word_count

    arts = [{"text": "Russian federal troops pounded rebel bases in the mountains of Chechnya on Tuesday, the Defense "
                     "Ministry said. The federal forces have fully seized the military initiative, Kazantsev said. "
                     "General Viktor Kazantsev commands the federal forces in the North Caucasus region.",
             "source": "A"},
            {"text": "The federal forces have seized the military initiative in Chechnya, commander Viktor Kazantsev "
                     "said. Refugees crowded the border crossing into Ingushetia as the bombing went on. Kazantsev "
                     "said the bombing would go on.", "source": "B"}]
    named = 0
    for words in range(10, 40):  # (at 11 words the greedy used to choose "..., Kazantsev said." with no room left)
        b = newsbrief.brief(arts, words=words)
        assert sum(word_count(s.text) for s in b.summary) <= words
        assert not check_brief(b).unresolved, words
        named += any("Viktor Kazantsev" in s.text for s in b.summary)
    assert named  # the sentence is shown, named, at some budget


def test_a_paraphrase_skipped_as_a_repeat_is_cited_when_the_support_rule_agrees():
    """The article of a sentence skipped as a paraphrase of a chosen one is cited on it when the citation index's
    rule accepts that sentence as support (numbers agreeing), never when its numbers differ."""
    from newsbrief.config import Settings
    from newsbrief.model import Brief
    from newsbrief.support import CitationIndex

    a = _article("Haftar left Moscow on Tuesday without signing the ceasefire deal.", id="a")
    b = _article("Libyan commander Haftar left Moscow without signing a ceasefire deal.", id="b")
    c = _article("Haftar left Moscow with 12 aides on Tuesday.", id="c")
    index = CitationIndex(Brief(articles=[a, b, c], words=100), Settings())
    support = index.support_of(a.sentences[0], b.sentences[0])
    assert support is not None and index.supported(support)
    far = index.support_of(a.sentences[0], c.sentences[0])
    assert far is not None and not index.supported(far)
    outsider = _article("Haftar left Moscow on Tuesday without signing the ceasefire deal.", id="d")
    assert index.support_of(a.sentences[0], outsider.sentences[0]) is None  # not a source of this brief


def test_the_evaluation_protocol_still_lets_its_last_sentence_run_past_the_budget():
    """With ``overflow`` (whole sentences, then a cut at the budget) the last sentence may run past the budget; the
    room kept for first names applies only to the briefs a user gets (it once forbade that last sentence too, and the
    Multi-News eval-gate subset fell 0.9 ROUGE-2)."""
    from newsbrief.config import Settings
    from newsbrief.features import word_count
    from newsbrief.model import Brief
    from newsbrief.selection import Selector

    arts = [_article("Floods swept through three northern villages on Monday after days of heavy rain in the hills. "
                     "A local bakery sold out of bread by noon that day.", id="a"),
            _article("Floods swept through northern villages after heavy rain, and rescue teams evacuated nearly two "
                     "thousand residents from the flooded villages to higher ground.", id="b"),
            _article("Rescue teams evacuated nearly two thousand residents from the flooded northern villages after "
                     "the heavy rain.", id="c")]
    budget = 20
    shown = Selector(Settings(), overflow=True)(Brief(articles=arts, words=budget)).summary
    assert sum(word_count(s.text) for s in shown) > budget
    # the greedy's own last choice runs past the budget, not the shortest filler ("A local bakery ...")
    assert any(s.text.startswith("Floods swept through three") for s in shown)
    assert not any("bakery" in s.text for s in shown)
    user = Selector(Settings())(Brief(articles=arts, words=budget)).summary
    assert sum(word_count(s.text) for s in user) <= budget


def test_a_name_found_only_inside_a_quotation_names_no_person():
    """DUC 2006 (Venezuela): a crowd's chant "``Viva Venezuela!''" made "Venezuela is the number one exporter of
    oil" read "Viva Venezuela is ..." in the brief; a name given in full outside quotes still is."""
    from newsbrief.rewrite import name_in_full

    article = ("Supporters roared ``Chavez! Chavez!'' and ``Viva Venezuela!'' as he drove away.\n"
               "Venezuela is the number one exporter of oil to the United States.\n"
               "Emmet Sullivan said \"Tom Brady is great.\" Brady said nothing.")
    said = "Venezuela is the number one exporter of oil to the United States."
    assert name_in_full(said, article, []).text == said
    assert name_in_full("Sullivan said it was unclear.", article, []).text == "Emmet Sullivan said it was unclear."
    assert name_in_full("Brady said nothing.", article, []).text == "Brady said nothing."  # full only in a quote


def test_the_headline_never_copies_a_summary_sentence(shared_dir):
    """Multi-News 0084: a video page of one sentence under a date line, whose heading is also the summary's
    sentence; the headline is made shorter instead of said twice."""
    import gzip
    import json

    import newsbrief
    from newsbrief.headline import copies

    path = shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cluster = next(json.loads(line) for k, line in enumerate(fh) if k == 84)
    b = newsbrief.brief(cluster["articles"], words=250)
    assert any("Daenerys" in s.text for s in b.summary) and b.headline
    assert not copies(b.headline, [s.text for s in b.summary])


def test_a_story_with_nothing_to_summarize_still_has_a_headline():
    import newsbrief

    b = newsbrief.brief([{"title": "Lost: Every Shirtless Moment", "text": "Lost: Every Shirtless Moment\n\nWatch."}],
                        words=60)
    assert not b.summary and b.headline == "Lost: Every Shirtless Moment"


def test_a_quotation_given_to_it_leans_on_another_sentence():
    from newsbrief.eval.readability import unresolved_reason
    from newsbrief.rewrite import dangling_reason

    text = '"In spite of drug resistance, malaria is a curable disease," it said, adding that research has advanced.'
    assert dangling_reason(text) == "pronoun speaker" and unresolved_reason(text) == "pronoun speaker"
    assert dangling_reason('"Malaria is curable," the ministry said on Monday.') is None


def test_commas_glued_to_the_next_word_are_spaced():
    from newsbrief._patterns import space_glued_commas

    assert space_glued_commas("to control the parasite,Zimbabwean Health Secretary Paulinas Sikosana said") \
        == "to control the parasite, Zimbabwean Health Secretary Paulinas Sikosana said"
    assert space_glued_commas("on April 25,the World Health Organization said") \
        == "on April 25, the World Health Organization said"
    assert space_glued_commas("1,300 people, 25,000 dollars, 3,5-dimethyl") == "1,300 people, 25,000 dollars, 3,5-dimethyl"


@pytest.mark.parametrize("headline,why", [
    ("Have you already spent hours hunched over Red’s liner notes", "question"),
    ("Is coffee good for you?", "question"),
    ("And while we've extolled the culinary and social aspects of coffee", "connective"),
    ("My week on a caffeine spray", "writer's voice"),
    ("Libya’s Haftar leaves Russia without signing ceasefire deal", None),
    ('Judge says "we will not stop"', None),
    ("'I don't know how I can make it right' Snowmachiner talks before arrest", None),
    ("Sign in using you account with: {* loginWidget *}", "writer's voice"),
    ("What Obama said about Iran", None),
    ("Today Marks a Significant Milestone in Our History", "writer's voice"),  # title case: "Our" is the writer's
    ("World War I Veterans Honored in Paris", None),  # a numeral, no "I"
    # (wikiref220's Paris attacks, stop 37: the page printed the speech below its first line)
    ("French President François Hollande delivered this speech in the midst of attacks that devastated Paris",
     "points at the page"),
    ("Watch this video of the crash", "points at the page"),
    ("This week's storm leaves 40,000 without power", None),
    ("Obama signs the bill this morning", None),
])
def test_what_reads_as_no_headline(headline, why):
    from newsbrief.headline import reads_as_no_headline

    assert reads_as_no_headline(headline) == why


def test_an_attribution_to_an_unnamed_source_is_cut_from_a_headline():
    from newsbrief.headline import compress

    made = compress("After an intense couple months of dating, Taylor Swift and Conor Kennedy have broken up, a close "
                    "friend of the singer-songwriter confirms exclusively to Us Weekly.")
    assert made is not None and made[0] == "Taylor Swift and Conor Kennedy have broken up"


def test_a_title_that_reads_as_none_gives_way_to_another_articles_opening():
    """The story is named by what happened, not by a press release's "a milestone in our history"."""
    from newsbrief.headline import reads_as_no_headline, story_title
    from newsbrief.model import Article

    articles = [
        Article(id="a", raw_text="Today Marks a Significant Milestone in Our History\n\nToday the film will reach $1 "
                "billion in worldwide box office grosses. This is the first time in our history that we have had a "
                "film do so."),
        Article(id="b", raw_text="The studio's film will cross $1 billion at the worldwide box office on Friday, "
                "becoming the studio's first film to reach that milestone in its initial release. It opened in China."),
    ]
    headline = story_title(articles)  # (the store's story title; a brief's headline is chosen the same way)
    assert reads_as_no_headline(headline) is None
    assert "$1 billion" in headline


@pytest.mark.parametrize("index", [199, 222])
def test_a_point_too_short_to_compress_becomes_the_headline(shared_dir, index):
    """Multi-News 0199 (a parked domain's notice, then a shop's page) and 0222 (a columnist's "we"): no point
    compresses, so the first one is the headline and the summary goes on from the second: no copy, no "we"."""
    import gzip
    import json

    import newsbrief
    from newsbrief.headline import copies, reads_as_no_headline

    path = shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cluster = next(json.loads(line) for k, line in enumerate(fh) if k == index)
    b = newsbrief.brief(cluster["articles"], words=250)
    assert reads_as_no_headline(b.headline) is None
    assert not copies(b.headline, [s.text for s in b.summary])
    assert len(b.headline.split()) <= 15 and len(b.summary) >= 2


def test_a_headline_that_reads_as_none_comes_from_the_summary(shared_dir):
    """Multi-News 0201: the pages open on a question to the reader; the brief's first point says what happened."""
    import gzip
    import json

    import newsbrief
    from newsbrief.headline import reads_as_no_headline

    path = shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cluster = next(json.loads(line) for k, line in enumerate(fh) if k == 201)
    b = newsbrief.brief(cluster["articles"], words=250)
    assert reads_as_no_headline(b.headline) is None
    assert "Swift" in b.headline




def test_a_point_promoted_to_headline_leaves_its_interjection():
    # a transcript's turn reads as none ("joining us"), no point compresses: the first point becomes the headline,
    # without its "Well,"; a report cut after its subject ("Governor said that people") is no headline either
    b = newsbrief.brief([
        {"text": "Well, the senators have a sharp new slogan for next year's race against the governor.\n\nThe "
                 "governor said on Friday that people in the state are not better off than they were four years ago "
                 "-- the test a former senator famously used to defeat an incumbent in the 1980 race for the "
                 "office.\n\nThe jobless rate is still far too high, the governor added.", "source": "A"},
        {"text": "ANNA SMITH: Thanks for joining us live from the studio for this long interview with the governor "
                 "of the state and thanks for having us here.\n\nGOVERNOR: Great to be here.\n\nANNA SMITH: Many "
                 "people simply don't think they're better off than they were four years ago.", "source": "B"},
    ], words=60)
    # (with the parser installed the opening sentence's main clause names the story first: headline.clause_title)
    assert b.headline in ("The senators have a sharp new slogan for next year's race against the governor",
                          "The senators have a sharp new slogan")
    assert all(not s.text.startswith("Well,") for s in b.summary)
    assert is_cut_off("The governor said that people")


# -- sentences inside a long quotation (eleventh reading pass) ---------------------------------------------------

def test_a_sentence_inside_a_quotation_left_open_is_no_narration():
    """A quotation longer than the segmenter keeps whole ("All we've heard, the host complained, is "we need a big
    tent. ... America is not a clown show. America is an idea that sets people free."") leaves sentences with no
    quote mark of their own: someone's words, never shown alone as the brief's own statement; the one that closes
    the quotation neither."""
    from newsbrief.config import Settings
    from newsbrief.selection import INSIDE_QUOTATION, Selector

    a = _article('All we have heard, the television host complained, is "we need a bigger tent for the party. We need '
                 'a bigger tent for everyone. Can we get a bigger tent for all of them? How can we get a tent that '
                 'big? America is not a clown show run by the two parties. America is an idea that sets people '
                 'free."\n\nThe national party conference closed on Saturday with a speech by the television host.', id="a")
    selector = Selector(Settings())
    cands = selector._candidates([a], selector.settings)
    alone = {c.parts[0].sentence.text for c in cands if len(c.parts) == 1}
    assert "America is not a clown show run by the two parties." not in alone
    assert 'America is an idea that sets people free."' not in alone
    assert "The national party conference closed on Saturday with a speech by the television host." in alone
    assert INSIDE_QUOTATION == "inside a quotation"
    # a paragraph's quotation does not run on into the next paragraph's narration
    b = _article('He said "we will go on.\n\nRussia and Turkey ended their talks on Monday without any agreement.', id="b")
    assert any(c.text.startswith("Russia and Turkey") for c in selector._candidates([b], selector.settings))


def test_a_sentence_inside_a_tex_quotation_of_wire_copy_is_no_narration():
    """Wire copy kept with its TeX quote marks ("``...''", ``clean.tex_double_quotes`` off): an ad quoted over three
    sentences ('asked, ``PREGNANT?' | 'Young couple wishes to adopt baby.' | 'Call Mary, 289-2229.\'\'') gave DUC
    2006 D0627I the summary sentence "Young couple wishes to adopt baby.", the ad's words as the writer's."""
    from newsbrief.config import Settings
    from newsbrief.selection import Selector

    a = _article("Elgart placed a small newspaper ad in the local weekly that asked, ``PREGNANT? Young couple wishes "
                 "to adopt a baby this spring. Call Mary at the office any day.''\n\nIn the view of the nonprofit "
                 "agencies that dominated the adoption community, this crossed a line of propriety.", id="a")
    selector = Selector(Settings())
    alone = {c.parts[0].sentence.text for c in selector._candidates([a], selector.settings) if len(c.parts) == 1}
    assert "Young couple wishes to adopt a baby this spring." not in alone
    assert "Call Mary at the office any day.''" not in alone
    assert any(t.startswith("In the view of the nonprofit") for t in alone)


def test_an_odd_quote_mark_ending_a_sentence_closes_a_quotation():
    assert dangling_reason('America is an idea that sets people free."') == "end of a quotation"
    assert dangling_reason('Officials called the plan "a fake" on Monday.') is None


def test_a_sentence_pointing_at_the_pages_media_is_no_candidate_and_is_counted():
    """"Paula Blades shared this picture of her back" (Multi-News): the brief shows no picture. A sentence that
    tells of pictures named just before ("... released new photographs. These photos show ...") is news."""
    from newsbrief._patterns import page_media_reference
    from newsbrief.config import Settings
    from newsbrief.selection import Selector

    assert page_media_reference("Paula Blades shared this picture of her back, riddled with scars.") == "this picture"
    assert page_media_reference("GET THIS VIDEO TO 100,000 likes!") == "THIS VIDEO"
    assert page_media_reference("“I don’t have memory of this photograph,” Mr. Kavanaugh said.") is None
    assert page_media_reference("Many of the new images are graphic - these new photos include prisoners.") is None
    assert page_media_reference("The shares rose this week after the report.") is None
    a = _article("The nurse described years of abuse by her former employer in a long interview on Monday. Paula "
                 "Blades shared this picture of her back, riddled with scars from the beatings.", id="a")
    b = _article("The army released new photographs of the prison on Monday after a court order. These "
                 "photographs show prisoners in hoods standing on boxes in the yard of the prison.", id="b")
    selector = Selector(Settings())
    texts = [c.text for c in selector._candidates([a, b], selector.settings)]
    assert not any("this picture" in t for t in texts)
    assert any("These photographs show" in t for t in texts)
    # the readability counter counts such a sentence as leaning on what the brief does not show
    from newsbrief.model import Brief, SummarySentence

    shown = Brief(articles=[], headline="Nurse describes abuse", summary=[
        SummarySentence("The nurse described years of abuse by her former employer.", []),
        SummarySentence("Paula Blades shared this picture of her back, riddled with scars.", [])])
    assert check_brief(shown).unresolved == ["Paula Blades shared this picture of her back, riddled with scars."]
    told = Brief(articles=[], headline="Army releases prison photographs", summary=[
        SummarySentence("Paula Blades shared this picture of her back, riddled with scars.", [])])
    assert check_brief(told).unresolved == []


def test_he_said_is_the_person_named_after_an_organization_and_a_role():
    """ECB+ (Microsoft's emergency patch): '"...," said Trend Micro advanced threat researcher Paul Ferguson.' then
    '"...," he said.' was shown as '"...," Micro said.': the speaker is the name after the role, not the company."""
    from newsbrief.rewrite import rewrite

    for who, name in (("said Trend Micro advanced threat researcher Paul Ferguson", "Ferguson"),
                      ("said White House spokesman Josh Earnest", "Earnest"), ("said Apple CEO Tim Cook", "Cook")):
        a = _article('Rushing the fix out of cycle shows how severe the threat is.\n\n"When the patch is released, '
                     'people should run, not walk, to get it installed," ' + who + '.\n\n"This vulnerability is '
                     'being actively exploited and getting worse every day," he said.', id="a")
        s = a.sentences[-1]
        assert rewrite(s, s.text).edits == [f"'he' -> '{name}'"]


def test_a_leading_he_that_tells_something_is_the_person_the_sentence_before_is_about():
    """Multi-News (Mark Lane's obituary): "He was 89." was shown as "John was 89." (President John F. Kennedy, in a
    clause of the sentence before) and "He would go on to raise ..." as "Herndon would go on to ..." (the friend
    quoted at the end of the sentence before): the pronoun is left as written when the sentence before is not
    about one named person; a person it opens on, or the speaker of a quotation it opens on, still names it."""
    from newsbrief.rewrite import rewrite

    a = _article("Mark Lane, the author who concluded that Lee Harvey Oswald could not have acted alone in killing "
                 "President John F. Kennedy, died on Tuesday at his home.\n\nHe was 89.\n\nThe cause was a heart "
                 "attack, his friend and paralegal Sue Herndon said.\n\nHe would go on to raise the possibility of "
                 "a conspiracy in another killing.", id="a")
    for s in (a.sentences[1], a.sentences[3]):
        assert rewrite(s, s.text).edits == [], s.text
    b = _article("Gov. Jane Roe signed the budget on Monday after a long fight.\n\nShe then left for the "
                 "capital.\n\n“We are done,” said Mayor John Smith at the ceremony.\n\nHe thanked the "
                 "council.", id="b")
    assert rewrite(b.sentences[1], b.sentences[1].text).text.startswith("Roe then left")
    assert rewrite(b.sentences[3], b.sentences[3].text).text.startswith("Smith thanked")
    c = _article("Mark Lane, the author, died on Tuesday.\n\nBefore the president's murder on Nov. 22, 1963, Mr. Lane "
                 "was a minor figure in the city's legal circles.\n\nHe had organized rent strikes and joined the "
                 "Freedom Riders.", id="c")
    assert rewrite(c.sentences[2], c.sentences[2].text).text.startswith("Lane had organized")


def test_a_first_name_is_never_read_across_a_paragraph_break():
    """Multi-News: a heading line "The Thing" before the paragraph "Historians had long wondered ..." made the
    brief show "Thing\\n\\nHistorians had long wondered ...": "Thing" was read as the first name of "Historians"."""
    text = ("No one had dating information from a Thing site in Scotland before this dig.\n\nThe Thing\n\n"
            "Historians had long wondered whether Dingwall was a site of a Viking parliament.")
    b = newsbrief.brief([{"text": text}], words=60)
    assert b.summary and not any("\n" in s.text or s.edits for s in b.summary)
    assert "Historians had long wondered whether Dingwall was a site of a Viking parliament." in [s.text for s in b.summary]

def test_the_selectors_same_fact_index_counts_each_sentence_once_in_its_idf():
    """A brief's candidates repeat a sentence in every unit holding it; the index fits its IDF on each sentence once
    (as the counter does), so a unit does not weigh its sentences' words down (the Kansas vote told with two dates
    fell to TF-IDF 0.242, under the containment rule's 0.25, and was shown twice)."""
    from newsbrief.config import Settings
    from newsbrief.selection import Selector

    texts = ["The council approved the stadium budget on Monday after a long debate.",
             "It also cut the library budget for the northern district next year.",
             "Residents protested the stadium budget outside city hall on Tuesday evening.",
             "Police closed two streets near the arena for the marathon on Sunday morning."]
    facts = LexicalFacts([texts[0], texts[1], texts[0] + " " + texts[1], texts[2], texts[3]], idf_rows=[0, 1, 3, 4])
    once = LexicalFacts(texts)
    assert abs(facts.similarity(0, 3) - once.similarity(0, 2)) < 1e-9
    settings = Settings().replace({"selection.redundancy_paraphrase": 1.0})
    sel = Selector(settings)
    arts = [_article(" ".join(texts), source="A")]
    cands = sel._candidates(arts, settings)
    assert any(len(c.parts) > 1 for c in cands)  # the leaning sentence makes a unit
    index = sel._facts(cands)
    singles = [c.row for c in cands if len(c.parts) == 1 and c.after is None]
    plain = LexicalFacts([p.text for c in cands if c.after is not None or len(c.parts) == 1 for p in c.parts[-1:]])
    first, residents = singles[0], next(r for r in singles if cands[r].text.startswith("Residents"))
    shown = [p.text for c in cands if c.after is not None or len(c.parts) == 1 for p in c.parts[-1:]]
    assert abs(index.similarity(first, residents) - plain.similarity(0, shown.index(cands[residents].text))) < 1e-9


# -- twelfth reading pass: captions, sentences in capitals, a title no other article shares --------------------

def test_a_caption_opening_on_the_pages_picture_is_no_candidate_and_is_counted():
    """Multi-News (a fossil foot): "A photo from the 1998 excavation, with the brachiosaur foot bones below a tail
    of a Camarasaurus dinosaur." was a summary sentence and, compressed, a headline. A sentence that tells news
    about a picture ("A photo of the suspect was released ...") stays."""
    from newsbrief._patterns import is_media_caption
    from newsbrief.config import Settings
    from newsbrief.eval.readability import is_debris
    from newsbrief.selection import Selector

    caption = "A photo from the 1998 excavation, with the foot bones below the tail of another dinosaur."
    assert is_media_caption(caption) and is_debris(caption)
    assert is_media_caption("An undated handout image shows the damaged reactor building from the air.")
    assert is_media_caption("A rendering of Brachiosaurus, or “Bigfoot.”")
    for news in ("A photo of the suspect was released by the police on Monday night.",
                 "A picture of the senator at the party was shared widely online.",
                 "The photographer said the image showed the damage."):
        assert not is_media_caption(news) and not is_debris(news)
    assert not is_media_caption("A picture of the senator at the party circulated widely online.")
    a = _article(caption + "\n\nScientists said on Tuesday that the foot belonged to the largest dinosaur ever "
                 "found in North America.", id="a")
    selector = Selector(Settings())
    texts = [c.text for c in selector._candidates([a], selector.settings)]
    assert not any(t.startswith("A photo") for t in texts) and any(t.startswith("Scientists said") for t in texts)
    # nor does a headline compress it
    assert not choose_headline([a]).startswith("Photo")


def test_a_sentence_in_capitals_is_no_candidate_and_is_counted():
    """A local TV station's page (Multi-News): its closed captions and promotions in capitals ("LOCAL 6 COVERED
    THIS LOTTERY WINNER BEFORE.", "Reporter: FOR 12 YEARS ...") were summary sentences. Acronyms are not
    shouting."""
    from newsbrief._patterns import shouts_throughout
    from newsbrief.config import Settings
    from newsbrief.eval.readability import is_debris
    from newsbrief.selection import Selector

    shouted = ("Reporter: FOR 12 YEARS HIS MUG SHOT HAS APPEARED ON FLORIDA'S SEX OFFENDER REGISTRY BUT NOW THE "
               "STATE HAS TAKEN A NEW PHOTO.")
    assert shouts_throughout(shouted) and is_debris(shouted)
    assert shouts_throughout("AMERICAN MUSEUM OF NATURAL HISTORY (AMNH.ORG)")
    calm = "NATO and the EU said on Monday that the UN mission in Mali would end in June."
    assert not shouts_throughout(calm) and not is_debris(calm)
    a = _article("LOCAL 6 COVERED THIS LOTTERY WINNER BEFORE TODAY.\n\n" + shouted + "\n\nLottery officials said "
                 "he chose a lump-sum payment of $2.2 million on Monday.", id="a")
    selector = Selector(Settings())
    texts = [c.text for c in selector._candidates([a], selector.settings)]
    assert texts and all(not shouts_throughout(t) for t in texts)


def test_a_title_no_other_article_shares_a_word_with_does_not_name_the_story():
    """A paper's section heading read as its title ("Material and association", Multi-News) named a story whose
    other four articles report the fossil it describes; a title that shares a word with another article's title or
    opening still does."""
    heading = _article("The pes described herein consists of an astragalus and five metatarsals found at the quarry "
                       "site.", id="p", title="Material and association")
    reports = [_article(f"{t} The largest dinosaur foot ever found was identified by researchers in Wyoming this "
                        "week.", id=str(k)) for k, t in enumerate(
                           ["Scientists said on Tuesday that the fossil is a brachiosaur.",
                            "Paleontologists have named the giant foot Bigfoot."])]
    assert choose_headline([heading] + reports) != "Material and association"
    titled = _article("The pes described herein consists of an astragalus and five metatarsals.", id="t",
                      title="Largest dinosaur foot identified in Wyoming")
    assert choose_headline([titled] + reports) == "Largest dinosaur foot identified in Wyoming"
    assert choose_headline([heading]) == "Material and association"


def test_a_headline_does_not_open_on_a_participles_phrase_cut_from_its_clause():
    """"Excavated in 1998 by an expedition from the University of Kansas, and described in a new study, "Bigfoot"
    was discovered in Wyoming." compressed to its opening phrase, which has no subject and no verb."""
    made = compress("Excavated in 1998 by an expedition from the University of Kansas, and described in a new "
                    "study published in PeerJ, the fossil was found in the Black Hills area of Wyoming.")
    assert made is None or not made[0].startswith("Excavated")
    from newsbrief.headline import _HEADLESS_RE

    assert _HEADLESS_RE.match("Excavated in 1998 by an expedition from the University of Kansas")
    for name in ("Ahmed in court as trial opens", "Reed in talks with the club", "Mohamed at the summit"):
        assert not _HEADLESS_RE.match(name)


def test_a_headline_is_not_cut_between_a_progressive_verb_and_its_object():
    """"Art supply company Crayola is warning" (cut from "... is warning against following the advice of ...")."""
    made = compress("NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning against following the advice "
                    "of YouTube beauty bloggers who have suggested using colored pencils as eyeliner on camera.")
    assert made is None or not made[0].endswith("is warning")


def test_a_broadcasters_call_sign_dateline_is_stripped():
    """"FORT WAYNE, Ind. (WANE) The Fort Wayne mother ..." (a TV station's page, no dash after its call sign) had
    its dateline shown in a headline; an agency's dateline with a dash is stripped as before."""
    from newsbrief.rewrite import strip_dateline

    assert strip_dateline("FORT WAYNE, Ind. (WANE) The Fort Wayne mother accused of killing her two children was "
                          "charged.").startswith("The Fort Wayne mother")
    assert strip_dateline("LONDON (Reuters) - U.S. retailer Walmart said on Monday it would open more stores."
                          ).startswith("U.S. retailer")
    kept = "Fort Wayne (Indiana) officials said on Monday that the two children had been found."
    assert strip_dateline(kept) == kept


def test_a_city_dateline_with_a_single_hyphen_is_stripped_and_the_connective_after_it_deleted():
    """BASIL (HuffPost): "WASHINGTON - And on the second day of Republican rule, the House read the Constitution."
    was a summary sentence as written: the dateline hid the leading "And"."""
    from newsbrief.rewrite import strip_dateline

    text = "WASHINGTON - And on the second day of Republican rule, the House read the Constitution."
    assert strip_dateline(text).startswith("And on the second day")
    assert strip_dateline("SAN JUAN, Puerto Rico - The storm cut power to most of the island on Wednesday."
                          ).startswith("The storm")
    kept = "US - China talks resumed on Monday after a long break in Geneva."
    assert strip_dateline(kept) == kept
    # (Multi-News: "WASHINGTON The Senate passed ..." and "Washington (CNN) Vermont Sen. Bernie Sanders ..." were
    # summary sentences with their datelines)
    assert strip_dateline("WASHINGTON The Senate passed a budget plan early on Friday.").startswith("The Senate")
    assert strip_dateline("Washington (CNN) Vermont Sen. Bernie Sanders lauded Pope Francis on Thursday."
                          ).startswith("Vermont Sen.")
    for kept in ("NATO Secretary General Jens Stoltenberg said on Monday that the alliance would act.",
                 "FBI agents arrested the man on Monday after a long search."):
        assert strip_dateline(kept) == kept


def test_a_name_spelled_with_a_single_letter_is_not_quieted_as_print_capitals():
    """DUC 2003 (the "&" of AT&T lost in the source text): "AT T has sent a clear message ..." was headlined "At T
    has sent ..."; a print style's opening capitals are still quieted."""
    from newsbrief.headline import _quiet_caps_run

    assert _quiet_caps_run("AT T has sent a clear message to Marlboro officials").startswith("AT T has")
    assert _quiet_caps_run("THE DÁIL IS to sit late tonight") == "The Dáil is to sit late tonight"


def test_a_calibre_split_from_its_point_is_joined_again():
    """ECB+ (tokenized): "he pointed a. 357 caliber revolver" and "A loaded. 38-caliber revolver was recovered" were
    cut into "A loaded." and "38-caliber revolver was recovered ..."; a sentence ending before a count stays."""
    from newsbrief.clean import Cleaner
    from newsbrief.config import Settings

    t = ("Police said the teen turned toward them with a loaded. 38-caliber revolver in hand.\n\nHe pointed a. 357 "
         "caliber revolver at them.\n\nThe gun was loaded. 38 people were hurt in the crowd.")
    a = Segmenter.segment_article(Cleaner(Settings().clean).clean_article(Article(id="a", raw_text=t)))
    texts = [s.text for s in a.sentences]
    assert "Police said the teen turned toward them with a loaded .38-caliber revolver in hand." in texts
    assert "He pointed a .357 caliber revolver at them." in texts
    assert "38 people were hurt in the crowd." in texts


def test_a_tokenized_closing_quote_mark_standing_apart_ends_a_quotation():
    """ECB+: 'Right now, things are tense, " New York City Councilman Jumaane D. Williams, who represents the area,
    said on Twitter.' (the quotation opened a paragraph before) was shown alone as a summary sentence."""
    assert dangling_reason('Right now, things are tense, " New York City Councilman Jumaane D. Williams, who '
                           'represents the area, said on Twitter.') == "end of a quotation"
    assert dangling_reason('Obama told reporters on Monday, " We will win this fight and we will keep going.') is None


def test_the_counter_reads_a_newsroom_contact_line_and_a_reporting_credit_as_debris():
    # (Multi-News validation 0187 and 0237: both were summary sentences, and the counter said 0 debris)
    from newsbrief.eval.readability import is_debris

    assert is_debris("Contact the Breaking News Desk at 215-854-2443; BreakingNewsDesk@example.com.")
    assert is_debris("Nicole Winfield reported from Vatican City.")
    assert not is_debris("Police reported from the scene that two people died.")
    assert not is_debris("The company told customers to contact it at the number on their bills.")


def test_a_wire_photo_caption_is_no_summary_sentence_and_counts_as_debris():
    # (Multi-News validation 0072: a Reuters caption was the brief's second point)
    from newsbrief._patterns import is_media_caption
    from newsbrief.eval.readability import is_debris

    caption = ("The U.S. Capitol building is seen before President Barack Obama arrives to deliver his State of the "
               "Union address in Washington, January 20, 2015.")
    assert is_media_caption(caption) and is_debris(caption)
    assert is_media_caption("Senator John Roe speaks during a hearing on Capitol Hill in Washington, March 3, 2015.")
    for news in ("The president waves to supporters after he was sworn in on January 20, 2009.",
                 "The bill was seen as a victory, officials said on March 3, 2015."):
        assert not is_media_caption(news) and not is_debris(news)


def test_a_wire_excerpt_under_its_label_is_no_summary_sentence():
    # (Multi-News validation 0144: a blog's 'Reuters/Tokyo: “Global stocks fell ...”' was a summary sentence)
    from newsbrief.config import Settings
    from newsbrief.selection import _is_candidate_text

    text = ("Reuters/Tokyo: “Global stocks fell to a 15-month low on Tuesday, pinning Asian stocks near a 16-month "
            "low, as investors shed riskier assets.”")
    assert not _is_candidate_text(text, Settings())
    assert _is_candidate_text("Global stocks fell to a 15-month low on Tuesday, pinning Asian stocks near a "
                              "16-month low, Reuters reported.", Settings())

def test_a_span_of_time_before_ago_or_after_dates_a_fact():
    """"three weeks ago", "nine days after", "41 years ago" place a fact in time; two articles written days apart
    give it different spans, so they are no counts that part one death or one arrest into two facts (issue 10, item
    4, thirteenth pass)."""
    from newsbrief.redundancy import numbers

    assert numbers("Ann Lowe succumbed to a stroke she suffered almost three weeks ago.") == set()
    assert numbers("Ann Lowe died Thursday at a hospital in Denver, nine days after suffering a stroke.") == set()
    assert numbers("Police charged a woman in a double killing 41 years ago.") == set()
    assert numbers("Police charged three women in the killing.") == {"3"}
    assert agree("Ann Lowe succumbed to a stroke she suffered almost three weeks ago.",
                 "Ann Lowe died Thursday at a hospital in Denver, nine days after suffering a stroke.")


def test_one_event_of_one_actor_told_in_other_words():
    """Two sentences whose main clauses share their subject (the capitalized words before the first verb, or a
    quotation's speaker) and an event word (a verb of one, a verb or its noun in the other) tell one event: "is in
    negotiations to helm" / "is negotiating to direct"; a noun phrase's part ("the break-in"), a word after "to" with
    no object ("closer to nuclear arms") or a reporting verb ("said") is no shared event (issue 10, item 4,
    thirteenth pass)."""
    from newsbrief.redundancy import same_event, subject_words

    assert subject_words("Yesterday in Denver, jazz singer Ann Lowe succumbed to a stroke.") >= {"ann", "lowe"}
    assert subject_words('"We could lose the House," Mr. Reed, a Republican, said on Monday.') == {"reed"}
    assert subject_words('"We will win," said Gov. Ray Ortiz.') == {"ray", "ortiz"}
    assert same_event("Dana Wells is in negotiations to coach the Hawks next season.",
                      "Dana Wells, who led the Bears to a title, is negotiating to coach the team, sources say.")
    assert same_event("Springfield Police this morning arrested Tom Doyle in the 1980 killing of a clerk.",
                      "The Springfield Police Department said Friday it had made an arrest in the old case.")
    assert same_event('"There is a real chance we could lose," Reed said.',
                      "Speaker Tom Reed admitted the party could lose its majority.")
    assert not same_event("Doyle was known as the man who delivered payoffs after the Watergate break-in.",
                          "Doyle attended a meeting where the plan to break into the Watergate was hatched.")
    assert not same_event("Reed said the party could win.", "Reed said the party had lost its majority.")
    assert not same_event("Ortiz urged Iran to give up its nuclear program.",
                          '"Iran gets closer to nuclear arms every day," Ortiz is shown saying.')


def test_the_same_event_joins_two_tellings_at_the_lower_cosine():
    from newsbrief.embed import encoder
    from newsbrief.redundancy import ParaphraseFacts

    model = encoder("minilm")
    if model is None:
        pytest.skip("the sentence model is not installed (TF-IDF fallback: lexical repeats only)")
    texts = ["Dana Wells is in negotiations to take over the Hawks' bench next season.",
             "Dana Wells, who led the Bears to two titles, is negotiating a deal to coach the team, sources say."]
    v = model(texts)
    cosine = float(v[0] @ v[1])
    assert cosine < 0.8
    assert ParaphraseFacts(texts, model, min_paraphrase=1.0, same_subject=cosine - 0.01).same_fact(0, 1)
    assert not ParaphraseFacts(texts, model, min_paraphrase=1.0, same_subject=1.0).same_fact(0, 1)


def test_a_quotation_repeats_a_report_only_when_it_tells_the_same_event():
    """A quotation and a report of one story: a repeat when they share an event word ("says Mexico will not pay" /
    "'we are not going to pay a cent'") or one figure of one thing; a spokesman praising a product is not its
    announcement (issue 10, item 4, thirteenth pass)."""
    from newsbrief.redundancy import is_quotation, told_alike

    praise = ("Verona Mobile today announced the Zephyr 300, its thinnest phone yet.",
              '"With a bright screen and a fast keyboard, the Zephyr 300 helps you make the most of your day," '
              'said Ann Cole, a vice president at Verona.')
    assert is_quotation(praise[1]) and not is_quotation(praise[0])
    assert not told_alike(*praise)
    assert told_alike("Former president Luis Ortega says Mexico will not pay for the wall.",
                      '"We are not going to pay a single cent for such a wall!" Ortega said.')
    assert told_alike('"The average wedding now costs $31,213, and guest lists are shrinking," the survey says.',
                      "The average cost of a wedding exceeded $31,213 last year.")
    facts = LexicalFacts(list(praise))
    assert not facts.consistent(0, 1)


def test_a_shared_noun_phrase_alone_is_no_shared_fact():
    """The TF-IDF cosine alone joins two sentences only when they share three content words or an event word: two
    short sentences sharing "public official" are a claim and its denial (issue 10, item 4, thirteenth pass)."""
    pair = ["Smith's lawyers say that public official is Jones.", "The public official denies any such conversation."]
    facts = LexicalFacts(pair + ["Jones met Smith in 2008.", "The lawyers filed a motion.", "Smith denies wrongdoing."],
                         min_cosine=0.3, min_containment=1.0, shared_run=10)
    assert facts.similarity(0, 1) >= 0.3 and not facts.same_fact(0, 1)
    again = LexicalFacts(["Haftar left Moscow without signing the deal.", "Haftar left Moscow without a deal."],
                         min_cosine=0.3, min_containment=1.0, shared_run=10)
    assert again.same_fact(0, 1)


def test_a_british_ise_verb_is_one_event_with_its_ize_spelling():
    # (Multi-News 0205: the firm's apology shown quoted and reported; "apologised" / "apologize" stemmed apart)
    from newsbrief.redundancy import told_alike

    report = "The accounting firm apologised for the error at the Oscars on Sunday night."
    quote = "\"We sincerely apologize to the films and to Oscar viewers for the error,\" the firm said."
    assert told_alike(report, quote)
    assert not told_alike("The accounting firm praised the show's producers on Sunday night.", quote)


def test_an_ing_adjective_of_time_is_no_event_of_its_verb():
    # (Multi-News 0013: "... has come to the rescue of 71 beagles" and "... information on adoption will be available
    # in coming days" were taken for one fact, and the second, with the appeal after it, left out)
    from newsbrief.redundancy import same_event

    a = "The Lehigh County Humane Society has come to the rescue of 71 beagles."
    b = ("The Lehigh County Humane Society says in a Facebook posting the dogs are being evaluated and information "
         "on adoption will be available in coming days.")
    assert not same_event(a, b)
    assert same_event("Chris Weitz is in negotiations to helm the film, a source said.",
                      "Chris Weitz is negotiating to direct the film.")


def test_a_shared_name_alone_is_no_shared_fact():
    # (Multi-News 0013: two sentences sharing only "The Lehigh County Humane Society" were taken for one fact)
    from newsbrief.redundancy import LexicalFacts

    texts = ["The Lehigh County Humane Society has come to the rescue of 71 beagles.",
             "The Lehigh County Humane Society says in a Facebook posting the dogs are being evaluated and "
             "information on adoption will be available in coming days.",
             "The Lehigh County Humane Society rescued 71 beagles from a home on Saturday."]
    facts = LexicalFacts(texts)
    assert facts._shares_words(0, 2) and not facts._shares_words(0, 1)


@pytest.mark.parametrize("text", [
    "Three attackers were reportedly killed there.",  # which place?
    "The second, who blew himself up outside the stadium, was found with a passport.",  # the second of whom?
    "So that's Samsung's new flagship smartphone, the Galaxy S5.",  # "So" goes, "That's" leans
    "Historically, neither has sold as well as the Galaxy S series.",
    "The move Monday comes after the weather agency did the same.",
])
def test_references_read_as_a_reader_of_wikiref220_briefs_leans(text):
    # (wikiref220 stories read at stop 37: each was shown alone, after a sentence of another article)
    assert dangling_reason(text)


@pytest.mark.parametrize("text", [
    "He moved to Paris and died there.", "There were no reports of injuries.", "Life goes on out there.",
    "The first definitive news of the fate of the jet brought heartbreak.", "So that we could leave, we ran.",
    "Jones and Smith ran the company. Historically, both have sold well.",
])
def test_the_new_reference_rules_leave_named_or_non_referring_words(text):
    assert dangling_reason(text) is None or text.startswith("He ")  # ("He" leans by the older rule)


def test_headings_fields_and_a_deleted_connective_before_you_are_no_summary_sentence():
    from newsbrief import _patterns
    from newsbrief.config import Settings
    from newsbrief.selection import _is_candidate_text

    s = Settings()
    assert not _is_candidate_text("Web Browsing Battery Life (4G LTE)", s)
    assert not _is_candidate_text("OS: Android 4.4.2 KitKat (with Samsung's latest TouchWiz on top)", s)
    assert _is_candidate_text("The company sold five million phones in the quarter (up from four million)", s)
    # a teaser: what he said is the next sentence ("... was unequivocal. "What took place yesterday ...")
    assert not _is_candidate_text("Speaking on Saturday morning, President François Hollande was unequivocal.", s)
    assert not _is_candidate_text("The message from the White House was clear.", s)
    assert _is_candidate_text("The message from the White House was clear: no more talks.", s)
    assert _is_candidate_text("It was clear that the talks had failed.", s)
    # the brief deletes "Also," and shows "You misunderstand ...": the writer speaks to the reader
    assert _patterns.writer_voice("Also, you misunderstand the place Michelle Obama occupies as first lady.")
    assert _patterns.writer_voice("BARCELONA, SPAIN—We're live at Mobile World Congress, where Samsung is holding an event.")
    assert not _patterns.writer_voice("Also, officials said the talks would resume.")
    # imperatives to the reader, a subjectless "Can't wait" (Multi-News 0211, stop 37); a band's name is none
    assert _patterns.writer_voice("Think of them as platforms for small-form sharing.")
    assert _patterns.writer_voice("Can't wait for the real push!")
    assert not _patterns.writer_voice("Imagine Dragons played a concert in Paris.")
    assert not _patterns.writer_voice("Considerable damage was reported in the north.")


def test_readability_counts_citations_of_short_evidence():
    from test_citations import NAME_ALONE as articles

    from newsbrief.config import Settings

    off = Settings().replace({"citations.fragment_words": 1, "citations.model": "tfidf"})
    check = check_brief(newsbrief.brief(articles, words=40, settings=off))
    assert check.short_evidence and check.short_evidence[0][1] == "Salah Abdeslam" and check.citations >= 1
    assert check_brief(newsbrief.brief(articles, words=40)).short_evidence == []


@pytest.mark.parametrize("text, leans", [
    ("Pilots and mechanics find the rest.", True),  # DUC 2003 d123h's opening point
    ("John McCain took the rest.", True),
    ("The others have pleaded innocent.", True),
    ("Half received a single injection of synthetic human secretin, and the rest were injected with saltwater.", False),
    ("Vioxx had 7 percent of the Cox-2 market, with Celebrex taking the rest, according to IMS Health.", False),
    ("The rest of the world watched the launch on Monday from a hill above the town.", False),
])
def test_the_rest_with_nothing_it_is_the_rest_of_leans(text, leans):
    """"the rest" / "the others" stand for what a sentence before named, unless this one names a share, a count or
    a part before them ("Half ..., and the rest ...") or says of what ("the rest of the world")."""
    assert (dangling_reason(text) is not None) is leans


@pytest.mark.parametrize("text, shown", [
    # DUC 2006 D0644H, D0635H and Multi-News 0124's summary sentences: the contrast and the other party are unshown
    ("Republicans, meanwhile, are pushing for large tax cuts.", "Republicans are pushing for large tax cuts."),
    ("The governor may, however, grant a condemned inmate a one-time, 30-day stay of execution to allow the courts "
     "or the parole board more time to review the case.",
     "The governor may grant a condemned inmate a one-time, 30-day stay of execution to allow the courts or the "
     "parole board more time to review the case."),
    ("Lehmkuhl was, however, a prolific tweeter during council meetings.",
     "Lehmkuhl was a prolific tweeter during council meetings."),
    # a demonstrative subject is no leading adverbial ("That week, however, ..." is; DUC 2006 D0645I)
    ("That, in turn, is driving up rents and home prices from San Francisco and Seattle to Chicago and Tampa.",
     "That is driving up rents and home prices from San Francisco and Seattle to Chicago and Tampa."),
    # a leading adverbial keeps its comma, and so does a clause the rest joins (DUC 2006 D0610A, Multi-News 0051)
    ("Within a year, however, they moved them to a private, secular, coed school.",
     "Within a year, they moved them to a private, secular, coed school."),
    ("She declined comment on the incident, however, and festival organizers didn't immediately return messages "
     "about the matter.",
     "She declined comment on the incident, and festival organizers didn't immediately return messages about the "
     "matter."),
])
def test_a_connective_between_commas_in_the_first_clause_is_deleted(text, shown):
    from newsbrief.eval.readability import unresolved_reason
    from newsbrief.rewrite import delete_interjected_connective

    assert unresolved_reason(text) == "connective"
    assert delete_interjected_connective(text)[0] == shown


def test_a_connective_whose_reason_is_in_the_sentence_or_past_its_first_clause_stays():
    from newsbrief.rewrite import delete_interjected_connective

    # Multi-News 0065: "therefore" gives the sentence's own reason
    assert delete_interjected_connective(
        "Northwestern football players qualify under federal law as employees of the university and, therefore, can "
        "legally form the nation's first college athletes' union.")[1] is None
    assert delete_interjected_connective('"We will win," he said, however, the polls disagree.')[1] is None


def test_a_brief_shows_a_sentence_without_its_interjected_connective_and_says_so():
    b = newsbrief.brief([
        {"text": "Democrats want to spend the surplus on schools and roads across the country. Republicans, "
                 "meanwhile, are pushing for large tax cuts before the election in November.", "source": "A"},
    ], words=40)
    shown = next(s for s in b.to_dict()["summary"] if s["text"].startswith("Republicans"))
    assert shown["text"] == "Republicans are pushing for large tax cuts before the election in November."
    assert shown["edits"] == ["deleted connective 'meanwhile'"]
    assert shown["source_text"].startswith("Republicans, meanwhile,")



def test_a_he_says_inside_a_quotation_is_the_speakers_own_words():
    """BASIL (Santorum on Obama's faith, Fox): '"He says he is a Christian. But I am talking about his world view
    ...," he said.' The view names the quote's speaker ("..., Rick Santorum said."), then the summary's rewrite took
    the "He says" inside the quotation (the speaker speaking of another man) for an attribution and named it too:
    '"Santorum says he is a Christian. ...'. A pronoun inside a quotation is never named; a "he said" outside
    one still is."""
    from newsbrief.rewrite import rewrite

    a = _article('Rick Santorum said he never questioned the president\'s faith.\n\n"He says he is a Christian. But I '
                 'am talking about his world view," he said.', id="a")
    s = a.sentences[-1]
    named = s.text.replace("\" he said", "\" Rick Santorum said")  # as the view passes it
    assert rewrite(s, named).edits == [] and rewrite(s, named).text == named
    assert rewrite(s, s.text).edits == ["'he' -> 'Santorum'"]  # the "he said" outside the quotation
    # tokenized text's lone closing mark opens no quotation: its "he said" is still named
    b = _article('Rick Santorum said he never questioned the president\'s faith.\n\nRight now, things are tense, " he '
                 'said.', id="b")
    s = b.sentences[-1]
    assert rewrite(s, s.text).edits == ["'he' -> 'Santorum'"], s.text
