"""A pronoun or a carried speaker resolved to the wrong person (issue 11, spk103; docs/analysis-labels.md "Speakers:
a pronoun or a carried speaker resolved to the wrong person ... (issue 11, spk103)"). Real paragraphs from ../shared
(skipped when it is absent), each failing on main 668bbde, plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers
from test_speaker_pronouns66 import _ecb_article_sents


def test_a_named_subject_past_an_adverb_is_whom_the_next_quotes_he_means(shared_dir):
    """ECB+ T41_ecbplus (the Yida camp bombing), BBC's article: '"Why does Omar Bashir do this? / He has a lot to
    answer, " Mr Deng said.' / 'However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied any links
    to the raid.' / '"This information is completely false. / We didn't bomb ..., " he told the AFP news agency.':
    the adverb between the name and its verb hid the subject, so "he" went back to Taban Deng (main)."""
    sents = _ecb_article_sents(shared_dir, "T41_ecbplus", "Saad vehemently denied any links")
    said = _speakers(sents)
    assert ("We", "Taban Deng") not in said and ("This", "Taban Deng") not in said
    assert any(w == "We" and who and "Saad" in who for w, who in said)
    assert ("He", "Taban Deng") in said  # the quote before keeps its own speaker


def test_an_adverb_is_read_only_before_a_verb():
    """(made up) Counter-cases: the adverb rule reads a name's verb past one "-ly" adverb ("Jane Roe flatly
    rejected"), but a noun in "-ly" after the name ("the Roe family was") is no adverb, and a name followed by an
    adverb and no verb ("Jane Roe only.") is no subject."""
    from newsbrief.analyze.quotes import _verb_after_name

    assert _verb_after_name("Jane Roe flatly rejected the claim.", len("Jane Roe"))
    assert _verb_after_name("Jane Roe rejected the claim.", len("Jane Roe"))
    assert not _verb_after_name("Jane Roe family was there.", len("Jane Roe"))
    assert not _verb_after_name("It was Jane Roe only.", len("It was Jane Roe"))
    text = ('"We will appeal the ruling before the end of the month," John Doe said.\n\nHowever, city spokesman Jim '
            'Roe sharply rejected the claim. "The permit was granted lawfully and on time," he said.')
    said = _speakers(_article_sents(text, people=("John Doe", "Jim Roe")))
    assert said == [("We", "John Doe"), ("The", "Jim Roe")]


def test_a_participle_closing_a_reported_clause_is_its_named_subjects(shared_dir):
    """ECB+ T22_ecbplus (the Kraft plant shooting): 'Cpl. Janice Leader, a 911 dispatcher, told reporters Friday that
    Hiller called 911, saying "I'm the one you're looking for" and reporting that ...': the participle hangs on the
    reported clause, whose subject phoned and spoke (on main: Janice Leader, who reports it)."""
    sents = _ecb_article_sents(shared_dir, "T22_ecbplus", "told reporters Friday that Hiller called 911, saying")
    said = dict(_speakers(sents))
    assert said["I'm"] != "Janice Leader" and "Hiller" in (said["I'm"] or "")


def test_a_participle_after_a_reported_clause_with_no_named_subject_stays_the_reporters():
    """(made up) Counter-cases: a reported clause opening on a thing ('... that the plant's output was more
    important ..., saying') or on a person in the passive ('... that John Doe was shot twice, saying') leaves the
    participle to the one who reports (Jane Roe), as before."""
    text = ('Jane Roe told the hearing that the plant\'s output was more important than its profits, saying "We '
            'cannot close the line this year."')
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "Jane Roe")]
    text = ('Jane Roe told reporters that John Doe was shot twice, saying "He never had a chance to run away from '
            'the gunman."')
    assert _speakers(_article_sents(text, people=("Jane Roe", "John Doe"))) == [("He", "Jane Roe")]
    text = ('Jane Roe told reporters that John Doe called the station, saying "I want to turn myself in before '
            'anyone else gets hurt."')
    assert _speakers(_article_sents(text, people=("Jane Roe", "John Doe"))) == [("I", "John Doe")]


def test_a_long_body_name_after_according_to_is_read_whole(shared_dir):
    """ECB+ T41_ecbplus, The Christian Post's article: '"[The] MineTech International (MTI) explosive ordinance
    disposal (EOD) team removed the bomb ...," according to the United Nations Mine Action Coordination Center of
    South Sudan.': the name runs past the fixed window after "according to", so the quote carried Ken Isaacs from the
    sentence before (main)."""
    sents = _ecb_article_sents(shared_dir, "T41_ecbplus", "according to the United Nations Mine Action Coordination")
    said = dict(_speakers(sents))
    assert "Mine Action" in (said["[The]"] or "")


def test_a_long_name_further_into_the_according_to_phrase_stays_cut():
    """(made up) Counter-case: a name that does not open the phrase after "according to" ("according to experts
    acting for the Grigoropoulos family") is not read whole past the window, so no one is taken from it."""
    from newsbrief.analyze.quotes import _past_long_name

    text = ("The bullet was deformed, according to forensic experts and independent experts acting for the family of "
            "Alexandros Grigoropoulos Junior.")
    sents = _article_sents(text, people=("Alexandros Grigoropoulos Junior",))
    s = sents[0]
    lo = s.sentence.start + text.index("according to") + len("according to")
    assert _past_long_name(s, lo, lo + 60, s.sentence.end) == lo + 60
    text = "The bomb was removed, according to the United Nations Mine Action Coordination Center of South Sudan."
    sents = _article_sents(text, orgs=("United Nations Mine Action Coordination Center of South Sudan",))
    s = sents[0]
    lo = s.sentence.start + text.index("according to") + len("according to")
    assert _past_long_name(s, lo, lo + 60, s.sentence.end) == s.sentence.start + text.index(" of South") + len(
        " of South Sudan")
