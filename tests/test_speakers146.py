"""Speakers of last stop's blind draw, now tuning (issue 11, spk146): a statement of several quoted paragraphs run
into one paragraph in curly marks, each part opened by its own mark and only the last closed, after a colon line
(blind-speakers93, mnt0293: every part is listed, each the colon line's subject's); a colon line between a quote and
an earlier paragraph's quote gives the next quote its speaker. Hand-made text shaped on the tuning articles.
Rules: docs/analysis-labels.md, "Run-on statements, ... (issue 11, spk146)"."""

import newsbrief
from test_analyze_units import _article_sents, _speakers

STATEMENT = ("Freedom Indiana, a grassroots advocacy group, called the announcement a first step but said there was "
             "more work to be done:\n\n"
             "\u201cThe changes proposed by the Legislature represent a step in the right direction for the state. "
             "\u201cToday, the harm has been lessened, but we have not reached the day we wanted. "
             "\u201cIndiana businesses have shown they are ready to lead. That campaign begins today.\u201d")


def _shown(articles: list[dict]) -> dict[str, str | None]:
    """The version's speaker of every quote of a brief over ``articles``, by the quote's first two words."""
    return {" ".join(q.text.lstrip("\u201c\"` ").split()[:2]): q.speaker
            for g in newsbrief.brief(articles, analyze=True).analysis.quotes for q in g.quotes}


def test_each_part_of_a_run_on_statement_is_a_quote_of_the_colon_lines_subject():
    # mnt0293 2: eleven parts, each opened by "\u201c" after the sentence before it ended, closed once at the end
    assert _speakers(_article_sents(STATEMENT, orgs=("Freedom Indiana",))) == [
        ("The", "Freedom Indiana"), ("Today,", "Freedom Indiana"), ("Indiana", "Freedom Indiana")]


def test_an_opening_mark_after_a_sentence_before_a_lower_case_word_starts_no_part():
    # a mark touching a lower-case word inside an open quote is a stray one: the quote before it is not cut there
    text = ("\u201cThe changes proposed by the Legislature represent a step in the right direction. "
            "\u201cand so on, Jane Doe said at length.\u201d")
    assert [w for w, _ in _speakers(_article_sents(text, people=("Jane Doe",)))] == ["and"]


def test_a_colon_line_between_gives_the_next_quote_its_subject_not_the_quote_before():
    # mnt0293 2: 'Eric Miller of Advance America, ..., blasted the changes:' then his three quotes, after the
    # Freedom Indiana statement (read as that group's once its parts were listed)
    text = (STATEMENT + "\n\nEric Miller of Advance America, a grassroots group with a focus on pro-family issues, "
            "blasted the changes:\n\n"
            "\u201cThe Indiana General Assembly should not destroy in less than 36 hours a law that took 65 days.\u201d")
    shown = _shown([{"text": text, "source": "A"}])
    assert shown["Today, the"] == "Freedom Indiana" and "Miller" in shown["The Indiana"]


def test_a_possessive_group_speaks_before_said_in_a_medium_phrase():
    # mnt0293 1: '"Among the things that will happen, ...," Miller's group said in a blog post.'
    text = ("At the hearing, Eric Miller of Advance America said the changes would destroy the law.\n\n"
            "\u201cAmong the things that will happen, bakers and florists would now be forced to take part,\u201d "
            "Miller's group said in a blog post.")
    assert _speakers(_article_sents(text, people=("Eric Miller", "Miller"), orgs=("Advance America",))) == [
        ("Among", "Miller's group")]
    # a verb with an object after it is no attribution ("Clinton's budget calls the total reserve ...")
    assert _speakers(_article_sents(text.replace("said in a blog post", "plan calls the changes a blow"),
                                    people=("Eric Miller", "Miller"), orgs=("Advance America",)))[0][1] != "Miller's plan"


CLAPTON = ("Eric Clapton revealed Tuesday that he is losing his hearing and was diagnosed with tinnitus.\n\n"
           "Tinnitus is \u201cthe perception of noise or ringing in the ears,\u201d according to Mayo Clinic. It is "
           "often a symptom of a more severe condition.\n\n"
           "\u201cI am still going to work. I\u2019m doing a few gigs,\u201d the 72-year old guitarist said in an "
           "interview with Steve Wright on BBC Radio 2.")


def test_a_definition_quoted_according_to_a_body_is_the_bodys_even_when_its_entity_is_typed_a_site():
    # mnt0314 1: NER types "Mayo Clinic" ORG; the entity rules type a "... Clinic" a site (a place): no speaker, and
    # the parse gave the sentence's subject, "Tinnitus"; an epithet after it then found no person before it
    shown = _shown([{"text": CLAPTON, "source": "A"}])
    assert shown["the perception"] == "Mayo Clinic" and shown["I am"] == "Eric Clapton"


def test_an_aged_description_after_a_fronted_interview_phrase_is_the_person_named_before():
    # mnt0314 2: 'During an interview with BBC Radio 2's Steve Wright on Tuesday, the 72-year-old guitar great
    # admitted ...' then '"...," he says': Clapton, not the interviewer
    text = ("Eric Clapton has revealed that he is losing his hearing.\n\n"
            "During an interview with BBC Radio 2\u2019s Steve Wright on Tuesday, the 72-year-old guitar great "
            "admitted that he\u2019s struggling with tinnitus. Even so, he says he intends to continue performing.\n\n"
            "\u201cI am still going to work. I\u2019m doing a few gigs in July,\u201d he says.")
    assert _speakers(_article_sents(text, people=("Eric Clapton", "Steve Wright"), orgs=("BBC Radio 2",))) == [
        ("I", "Eric Clapton")]
