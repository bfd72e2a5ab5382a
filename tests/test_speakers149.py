"""Speakers: blind-speakers96-98's classes as general rules (issue 11, spk149): a definite description of a body by
its kind ("the website") is the organization the article has called that kind. Hand-made text, entities given (no
spaCy), shaped on Multi-News train mnt0342 (blind-speakers97, tuning since stop 63). Rules:
docs/analysis-labels.md, "Speakers: blind-speakers96-98's classes"."""

from test_analyze_units import _article_sents, _speakers

SITE = ("Jane Roe, co-founder of LeakSite, has announced that the whistleblowing website is suspending publishing "
        "operations.\n\nShe added that the blockade posed an existential threat to the site's future.\n\n")
STATEMENT = 'The website said: "The blockade is outside of any accountable, public process and without oversight."'


def test_the_website_is_the_organization_the_article_called_a_website():
    # mnt0342 2: 'This "unlawful financial blockade", WikiLeaks said, ... leaving the website near-broke.' then 'The
    # website said: "WikiLeaks has published ..."'
    said = _speakers(_article_sents(SITE + STATEMENT, people=("Jane Roe",), orgs=("LeakSite",)))
    assert said == [("The", "LeakSite")]


def test_the_website_of_a_sentence_naming_two_bodies_is_no_one_of_them():
    text = SITE.replace("co-founder of LeakSite", "co-founder of LeakSite and of OpenBank")
    said = _speakers(_article_sents(text + STATEMENT, people=("Jane Roe",), orgs=("LeakSite", "OpenBank")))
    assert said == [("The", "The website")]


def test_a_body_named_after_the_kind_word_is_not_what_it_refers_to():
    text = ("The website, behind the publication of the cables with the Daily Planet, said it was running on cash "
            "reserves.\n\n")
    said = _speakers(_article_sents(text + STATEMENT, orgs=("Daily Planet",)))
    assert said == [("The", "The website")]


NOTE_PEOPLE = ("Jane Roe",)


def test_a_note_handed_to_someone_that_said_is_its_writers():
    # mnt0333 1: 'the woman slipped a note to the staff there that said, "Call the cops. ..."'
    text = ('Once at the hospital, the woman slipped a note to the staff there that said, "Call the cops. My '
            "boyfriend is threatening me. He has a gun.\"")
    assert _speakers(_article_sents(text)) == [("Call", "the woman")]
    text = 'Jane Roe handed a letter to the clerk, which read, "Call the cops. My boyfriend is threatening me now."'
    assert _speakers(_article_sents(text, people=NOTE_PEOPLE)) == [("Call", "Jane Roe")]


def test_a_note_handed_on_by_she_is_the_note():
    # mnt0333 2: 'She passed a note to staff members at the hospital, which read, "Call the cops. ..."'
    text = ('The woman drove to the hospital.\n\nShe passed a note to staff members at the hospital, which read, '
            '"Call the cops. Floyd is threatening me. He has a gun."')
    assert _speakers(_article_sents(text)) == [("Call", "a note")]


def test_a_message_the_recipient_sent_back_is_not_read_as_handed():
    text = 'Jane Roe said the clerk at the hospital told her, "Call the cops. Floyd is threatening you right now."'
    assert _speakers(_article_sents(text, people=NOTE_PEOPLE))[0][1] != "a note"


def test_a_press_office_that_writes_is_the_office():
    # mnt0337 2: '"... was dropped over Koblenz," wrote the city's press office in an email.'
    text = ('From talks with the British, "it has been known for some time that this type of bomb was dropped over '
            'Koblenz," wrote the city\u2019s press office in an email.')
    assert _speakers(_article_sents(text, places=("Koblenz",))) == [("it", "the city\u2019s press office")]


def test_a_document_that_begins_with_a_quote_speaks_it():
    # mnt0338 2: 'Twitter's blog post announcing its new profile designs begins, "Moment by moment, ..."'
    text = ("Twitter\u2019s blog post announcing its new profile designs begins, \u201cMoment by moment, your Twitter "
            "profile shows the world who you are.\u201d")
    assert _speakers(_article_sents(text, orgs=("Twitter",))) == [("Moment", "Twitter\u2019s blog post")]
    text = 'The letter ends with a plea: "Please let our son come home to us before the winter comes."'
    assert _speakers(_article_sents(text)) == [("Please", None)]  # (a noun between: not the words it opens with)


def test_the_landlord_with_a_relative_clause_speaks():
    # mnt0349 2: 'A neighbor said that ...' then 'The landlord, who did not want his name used, said, "..."'
    text = ("The apartment has plywood over the front entrance. A neighbor said that as many as six children had "
            'lived there.\n\nThe landlord, who did not want his name used, said, "She was the nicest lady and kept '
            'to herself. She was always taking care of her kids."')
    assert _speakers(_article_sents(text)) == [("She", "The landlord")]


def test_words_a_generic_you_can_say_are_no_ones():
    # mnt0341 2: 'With Assistant, you can say to your iPhone, "Please find me a Chinese restaurant ..."'
    text = ('Say you are in a new city and craving Chinese. With Assistant, you can say to your iPhone, "Please find '
            'me a Chinese restaurant within a mile of my location."')
    assert _speakers(_article_sents(text, orgs=("Assistant",))) == [("Please", None)]


JAY = ("Barack Obama", "Obama", "Jay Z")


def test_a_name_after_a_quoted_description_is_the_one_described():
    # mnt0334 1: 'He then congratulated his "friend and first-time ballot Hall of Famer," Jay Z.'
    text = ("Former President Barack Obama is a big fan of Jay Z.\n\nIn a video message, Obama began his introduction "
            'by naming the inductees. He then congratulated his "friend and first-time ballot Hall of Famer," Jay Z.')
    assert _speakers(_article_sents(text, people=JAY)) == [("friend", "Obama")]


def test_a_name_after_a_quote_with_a_speech_verb_still_speaks():
    text = ('Obama spoke first.\n\n"It is my friend and a first-time ballot Hall of Famer," Jay Z said.')
    assert _speakers(_article_sents(text, people=JAY)) == [("It", "Jay Z")]


FAULKNER = ("Charlotte Faulkner", "Faulkner")
LEFT_OPEN = ('Charlotte Faulkner said the culling scheme at first seemed hard.\n\n"We had reached the desperate '
             'situation where there was nowhere for these ponies to go," she said. "It was difficult.\n\n')


def test_first_person_paragraphs_after_a_quote_left_open_go_on_with_it():
    # mnt0330 1: '... she said. 'It was difficult.' / 'First using the ponies for zoo meat, ... We don't want ...'
    text = LEFT_OPEN + ("First using the ponies for zoo meat, then using their hides. We don't want to be shooting "
                        "ponies and feeding them to lions.\n\nAnd with this, we are protecting the herds and the "
                        "moors. Nothing is being wasted.")
    said = _speakers(_article_sents(text, people=FAULKNER))
    assert said[-2:] == [("First", "Charlotte Faulkner"), ("And", "Charlotte Faulkner")]


def test_narration_after_a_quote_left_open_is_no_quote():
    # (a paragraph with no first-person word ends the run: "Our reporter ..." after it is narration too)
    text = LEFT_OPEN + ("The council said the ponies would be moved in the spring.\n\nOur reporter could not reach "
                        "the council for comment on Friday.")
    assert _speakers(_article_sents(text, people=FAULKNER)) == [("We", "Charlotte Faulkner")]


def test_a_bare_paragraph_between_two_of_hers_goes_on_with_the_run():
    # mnt0330 1: '... has given me one.' / 'It has the most amazing deep fur hide, ...' / ''I see the drums ...''
    run = LEFT_OPEN + ("And with this, we are protecting the herds and the moors. Carolyn has given me one of the "
                       "drums.\n\nIt has the most amazing deep fur hide and has a very resonant sound.\n\n")
    said = _speakers(_article_sents(run + '"I see the drums as a symbol of the ponies\' voices calling you to listen."',
                                    people=FAULKNER))
    assert [w for w, _ in said] == ["We", "And", "It", "I"]
    said = _speakers(_article_sents(run + "The council said the ponies would be moved in the spring.",
                                    people=FAULKNER))
    assert [w for w, _ in said] == ["We", "And"]  # (narration after it: the bare paragraph is narration too)
