"""Quote attribution by the shape of the sentence (hand-made text, entities given; no spaCy).

Each rule here was written on the tuning splits of tests/labels/analysis.json and is general: no name, outlet or
cluster in it. Rules: docs/analysis-labels.md ("Third round")."""

from test_analyze_units import _article_sents, _speakers


def test_the_name_next_to_the_verb_is_its_subject_not_a_name_earlier_in_the_clause():
    sents = _article_sents('Graham asked him to "tell his side of the story in public," about his dealings with '
                           'John Roe, Jane Doe said Tuesday.', people=("John Roe", "Jane Doe"))
    assert _speakers(sents) == [("tell", "Jane Doe")]


def test_a_name_opening_the_clause_before_an_appositive_with_an_organization():
    sents = _article_sents("Dwight Germane, a professor of psychiatry at University of Texas Southwestern Medical "
                           'Center in Dallas, said the study "really may well be a landmark paper."',
                           orgs=("University of Texas Southwestern Medical Center",))
    assert _speakers(sents) == [("really", "Dwight Germane")]


def test_a_quoted_phrase_inside_its_clause_is_not_attributed_by_a_later_verb():
    sents = _article_sents('A website "run by associates of the president" states that the sailors face charges.',
                           orgs=("Revolutionary Guards",))
    assert _speakers(sents) == [("run", None)]


def test_said_after_a_comma_attributes_the_whole_sentence():
    sents = _article_sents("The decisions ``send a clear message to all countries who support terrorism'' terrorist "
                           "operations, said Serageddin Rabie, the vice president.", people=("Serageddin Rabie",))
    assert _speakers(sents) == [("send", "Serageddin Rabie")]


def test_an_unknown_noun_phrase_before_the_verb_speaks():
    sents = _article_sents('"We are grateful for your forgiveness," one serviceman said to the president.',
                           people=("Tony Blair",))
    assert _speakers(sents) == [("We", "one serviceman")]


def test_a_governed_quote_with_a_place_as_subject_is_not_the_previous_speakers():
    """Since the eighteenth speaker round a state as the subject of the verb speaks for its government ("Ottawa
    said", "North Korea said"); before, it stayed unattributed. Never the previous speaker either way."""
    sents = _article_sents('"We will not sign this today," Jane Doe said. "They have miscalculated this issue '
                           'again," Ottawa said.', people=("Jane Doe",), places=("Ottawa",))
    assert _speakers(sents) == [("We", "Jane Doe"), ("They", "Ottawa")]


def test_who_added_is_the_speaker_named_before_it():
    sents = _article_sents('Egypt has a big file on Ahmed Said, said an official in Tanzania, who added, "They have '
                           'enough to bring him to trial in Egypt."', people=("Ahmed Said",), places=("Egypt",))
    assert _speakers(sents) == [("They", "an official")]


def test_an_inverted_short_quote_passes_its_speaker_to_the_next_quote():
    sents = _article_sents("``Greed is global,'' said Al Panico, delegation chief in Nairobi. ``But it is extremely "
                           "disturbing to hear from women already traumatized.''", people=("Al Panico",))
    assert _speakers(sents) == [("But", "Al Panico")]


def test_a_definite_epithet_is_the_person_speaking_nearby():
    sents = _article_sents("Ahmad Seth told local media he paid no attention to the rumours. "
                           '"I know my father better than anyone else," the 26-year-old student told a newspaper.',
                           people=("Ahmad Seth",))
    assert _speakers(sents) == [("I", "Ahmad Seth")]


def test_an_organization_opening_the_sentence_speaks_a_quote_inside_it():
    sents = _article_sents("Human Rights Watch likened the meeting to ``holding a convention on weapons of mass "
                           "destruction in Baghdad.''", orgs=("Human Rights Watch",))
    assert _speakers(sents) == [("holding", "Human Rights Watch")]


def test_a_weekday_is_never_a_speaker():
    sents = _article_sents('"Our sincerest condolences go to the families of all the passengers," Thursday said.')
    assert _speakers(sents) == [("Our", None)]


def test_a_document_opening_the_clause_after_the_quote_speaks_not_a_name_inside_it():
    sents = _article_sents('"She has not committed any crime at all," the letter addressed to Chairman Darrell Issa '
                           "reads.", people=("Darrell Issa",))
    assert _speakers(sents) == [("She", "the letter")]


def test_he_is_the_subject_of_the_sentence_before_even_without_a_speech_verb():
    sents = _article_sents('"We are excited about the new shows," a company spokesperson told Recode. HQ co-founder '
                           'and former CEO Rus Yusupov was more blunt on Twitter. "Games are a hits business and '
                           'do not grow forever," he admitted in a tweet.', people=("Rus Yusupov",), orgs=("HQ",))
    assert _speakers(sents) == [("We", "a company spokesperson"), ("Games", "Rus Yusupov")]


def test_a_statement_with_a_possessive_speaks():
    sents = _article_sents('"As a veteran owned team, the anthem holds a special meaning," the team\'s statement '
                           "continued.", people=("Colin Kaepernick",))
    assert _speakers(sents) == [("As", "the team's statement")]


def test_a_reporter_for_an_outlet_is_the_speaker_not_the_outlet():
    sents = _article_sents('"People are still very traumatised here," said a reporter for the Al Jazeera news agency '
                           "who was in Haiti.", orgs=("Al Jazeera",), places=("Haiti",))
    [(_, speaker)] = _speakers(sents)
    assert speaker.startswith("a reporter")


def test_a_full_name_ner_missed_opening_the_sentence_is_its_subject():
    sents = _article_sents("Jodi Goldfinger of Stone Mountain, Ga., saluted Charlie Brown, who ``thinks he is a loser "
                           "but he is not, because he keeps on trying.''", orgs=("Stone Mountain",))
    assert _speakers(sents) == [("thinks", "Jodi Goldfinger")]
    sents = _article_sents("Earlier Sunday, the candidate said the country must ``keep guns like the ones used in "
                           "the attack off our streets.''")
    assert _speakers(sents)[0][1] != "Earlier Sunday"


def test_a_quote_signed_with_a_dash_and_a_description():
    body = ("“I would say this is a hell of a lot of good fortune.” — Julia Louis-Dreyfus, on having won three "
            "times\n\n“When I hear our names, I can’t believe I’m living this dream.” — Sofia Vergara, on the win")
    assert _speakers(_article_sents(body)) == [("I", "Julia Louis-Dreyfus"), ("When", "Sofia Vergara")]


def test_the_person_a_medium_quotes_speaks_not_the_medium():
    sents = _article_sents("``The party attaches great importance to soil and water,'' China Daily quoted Zhu Rongji "
                           "as saying. ``The Jingjiang section faces the worst flood in its history,'' the newspaper "
                           "said, quoting Ge Shouxi, a chief engineer.", people=("Zhu Rongji",), orgs=("China Daily",))
    assert _speakers(sents) == [("The", "Zhu Rongji"), ("The", "Ge Shouxi")]


def test_according_to_a_plain_noun_phrase_and_an_organizations_officials():
    sents = _article_sents('The girl found "gifts and several letters, some encrypted, in her desk," according to '
                           'court documents. Pittsburgh Public Schools officials said staff "were made aware of '
                           'concerns that a teacher had developed an improper attachment."',
                           orgs=("Pittsburgh Public Schools",))
    assert _speakers(sents) == [("gifts", "court documents"), ("were", "Pittsburgh Public Schools officials")]


def test_a_name_after_titles_ner_read_as_an_organization():
    sents = _article_sents('"From 1975 national production has been falling every year," said Mtwara Regional '
                           "Administrative Secretary Mama Mary Luwilo.", orgs=("Mtwara Regional",))
    assert _speakers(sents) == [("From", "Mama Mary Luwilo")]


def test_another_officer_is_not_the_officer_named_earlier():
    sents = _article_sents("Captain Sergei Zhekov, a Russian officer, spoke on television. ``They were alive and well "
                           "and had no bumps at all,'' another senior officer said. ``Not a tea cup was rattled at "
                           "all,'' the senior military officer said.", people=("Sergei Zhekov",))
    assert [sp for _, sp in _speakers(sents)] == ["another senior officer", "the senior military officer"]


# -- fourth round (issue 11): rules written on the tuning splits and the old blind split -----------------------


def test_a_pronoun_next_to_the_verb_is_its_subject_not_a_name_inside_the_clause():
    sents = _article_sents('"The government must stop the violence," Kim Tamba said after touring three hospitals.\n\n'
                           "President Lee Moyo should act at once to stop the bloodshed, he noted.\n\n"
                           '"It is the healing time for all of us," he repeatedly and loudly appealed to the crowd.',
                           people=("Kim Tamba", "Lee Moyo"))
    assert _speakers(sents) == [("The", "Kim Tamba"), ("It", "Kim Tamba")]


def test_the_name_next_to_the_verb_speaks_not_an_earlier_name_in_the_clause():
    sents = _article_sents("On March 20, in collaboration with the Mayor of Litueche John Roe, Mayor of Pichilemu "
                           'Jane Doe announced a "tourism revival campaign" whose goal was "to make the city go back '
                           'to the normality."', people=("John Roe", "Jane Doe"))
    assert ("to", "Jane Doe") in _speakers(sents)


def test_a_medium_reporting_a_sentence_gives_way_to_the_speaker_before_the_quote():
    sents = _article_sents("Deputy Prime Minister Lee Moyo told lawmakers that a contract would be signed.\n\n"
                           "But he cautioned that the work would be complex ``because sections one through five are "
                           "just heaps of metal,'' the ITAR-Tass news agency reported.",
                           people=("Lee Moyo",), orgs=("ITAR-Tass",))
    assert _speakers(sents) == [("because", "Lee Moyo")]


def test_an_order_quoted_is_its_givers():
    sents = _article_sents("Commanders in the Nanjing Military Region ordered all officers and men to ``fight to the "
                           "death to protect the river dikes and the cities,'' the official Xinhua News Agency "
                           "reported.", orgs=("Nanjing Military Region", "Xinhua News Agency"))
    [(word, who)] = _speakers(sents)
    assert word == "fight" and "Nanjing Military" in who


def test_a_medium_reporting_its_own_words_still_speaks():
    sents = _article_sents('"The water level rose by two metres overnight in the city," the official Xinhua News '
                           "Agency reported.", orgs=("Xinhua News Agency",))
    [(word, who)] = _speakers(sents)
    assert word == "The" and "Xinhua News Agency" in who


def test_a_document_named_by_its_date_speaks():
    sents = _article_sents("“There are many seniors and a few in wheelchairs, making it impossible for them to get "
                           "in,” a Jan. 24 complaint read.")
    assert _speakers(sents) == [("There", "a Jan. 24 complaint")]


def test_a_bodys_statement_read_after_the_quote_is_the_bodys():
    sents = _article_sents('"There is the presence of a double population of cells, which implies a transfusion," '
                           "read an Astana Team statement.")
    assert _speakers(sents) == [("There", "Astana Team")]


def test_a_list_item_label_speaks_its_quote():
    sents = _article_sents("Reports of death toll\n\n* AP - \"confirmed death toll passed 121,000, and 5 million "
                           "people were homeless.\"\n* BBC - \"at least 124,000 and the toll may never be known.\"")
    assert _speakers(sents) == [("confirmed", "AP"), ("at", "BBC")]


def test_quoted_as_saying_before_the_quote_is_the_person_quoted():
    sents = _article_sents("Spanish paper El Mundo has quoted an airline pilot flying over the Atlantic at the time "
                           'as saying he witnessed "an intense burst of white light falling out of the sky".',
                           orgs=("El Mundo",))
    assert _speakers(sents) == [("an", "an airline pilot")]


def test_he_after_a_person_in_an_appositive_subject_is_that_person():
    sents = _article_sents('A spokesman said damage to the hatch was "an insurmountable obstacle."\n\n'
                           "Despite the gloomy outlook, the British submarine's chief pilot, Tim Heron, believes they "
                           "may still save lives.\n\n"
                           '"The mini-submarine can move like an underwater helicopter, up and down," he said.',
                           people=("Tim Heron",))
    assert _speakers(sents)[-1] == ("The", "Tim Heron")


def test_a_person_named_after_a_title_phrase_speaks_not_the_titles_body():
    sents = _article_sents('"Their attitude is a clear sample of the love of the people for their legacy," said the '
                           "Executive Clerk of the National Monuments Council, Jane Roe, who praised them.",
                           people=("Jane Roe",), orgs=("National Monuments Council",))
    assert _speakers(sents) == [("Their", "Jane Roe")]



def test_a_medium_reporting_a_charge_keeps_the_quote_when_no_one_speaks_before_it():
    sents = _article_sents('Jane Roe, 28, was charged Wednesday with "child luring, corruption of minors and '
                           "interfering with custody,\" Pittsburgh's WPXI reported.", people=("Jane Roe",), orgs=("WPXI",))
    [(word, who)] = _speakers(sents)
    assert word == "child" and "WPXI" in who


def test_she_after_a_sentence_opened_by_a_name_ner_typed_as_an_organization():
    sents = _article_sents("''They are cold now, and have no lights,'' said Victor Olnev, a factory worker.\n\n"
                           "Like other people here, Valentina Fomina of the committee criticized the government for "
                           "delaying requests for help.\n\n''It hurts that the military was wasting time by rejecting "
                           "foreign assistance,'' she said.", people=("Victor Olnev",), orgs=("Valentina Fomina",))
    assert _speakers(sents)[-1] == ("It", "Valentina Fomina")


# -- fifth round (issue 11, blind-speakers read as a tuning split) ---------------------------------------------------


def test_a_wire_quote_closed_by_one_apostrophe_is_found_and_attributed():
    sents = _article_sents("``I would like to be in a jungle setting in Africa,' John Roe said. ``The main role is "
                           "supporting the people who are there.''", people=("John Roe",))
    assert _speakers(sents) == [("I", "John Roe"), ("The", "John Roe")]


def test_a_nominal_appositive_then_the_name_is_the_name():
    sents = _article_sents('"Their experience of flying upside-down is pretty limited," said one aviation safety '
                           "expert, John Roe, president of the foundation.", people=("John Roe",))
    assert _speakers(sents) == [("Their", "John Roe")]


def test_the_definite_role_next_to_the_verb_is_the_subject_not_an_opening_phrase():
    sents = _article_sents("Most civilian pilots graduated from the college, said college president John Roe. "
                           'Himself a graduate from the college, the president said, "over 90 percent of the '
                           'pilots are our graduates."', people=("John Roe",))
    assert _speakers(sents)[-1] == ("over", "John Roe")


def test_he_said_sentences_chain_back_to_the_person_named():
    sents = _article_sents("John Roe has tried to persuade drug companies to invest. He said only one, Smith Kline "
                           "Beecham, has showed much interest. \"The war made the army invest in malaria drugs,\" he "
                           "said.", people=("John Roe",), orgs=("Smith Kline Beecham",))
    assert _speakers(sents) == [("The", "John Roe")]


def test_and_she_starts_the_clause_of_a_later_speech_verb():
    sents = _article_sents("Jane Doe met prosecutors for the first time on Monday. The president denied it under oath "
                           "in the Jones case and she filed an affidavit saying \"I have never had a relationship "
                           'with the president."', people=("Jones", "Jane Doe"))
    assert _speakers(sents) == [("I", "Jane Doe")]


def test_plural_roles_and_documents_speak_and_they_or_it_said_is_them():
    sents = _article_sents('Drug resistance is growing, the experts noted. "Malaria is thus much more lethal now," '
                           'they claimed.\n\nThe declaration said African countries "support fully the implementation '
                           'of the strategy."\n\nMalaria kills one million people, said the fact sheet. "In spite of '
                           'drug resistance, malaria is a curable disease," it said.')
    assert _speakers(sents) == [("Malaria", "the experts"), ("support", "The declaration"),
                                ("In", "the fact sheet")]


def test_a_sentence_opening_common_noun_typed_as_a_person_is_no_speaker():
    sents = _article_sents("John Roe opened the conference on nets. Malaria kills a million people a year, and malaria "
                           'is curable. "We learnt also that malaria could be prevented with nets," he said.',
                           people=("John Roe", "Malaria"))
    assert _speakers(sents) == [("We", "John Roe")]


def test_a_continuation_two_paragraphs_on_keeps_the_speaker():
    sents = _article_sents('"I don\'t think there is a fancy way to say that I have sinned," John Roe said.\n\n'
                           "This was the first time he had mentioned it.\n\n"
                           '"It is important to me that everybody who has been hurt know it."', people=("John Roe",))
    assert _speakers(sents) == [("I", "John Roe"), ("It", "John Roe")]


def test_a_statement_sent_before_the_quote_is_its_senders():
    sents = _article_sents("The group's publicist sent the following statement to the magazine:\n\n"
                           '"It is with extreme sadness that we confirm the death of our friend."')
    assert _speakers(sents) == [("It", "The group's publicist")]


def test_a_post_signed_by_a_name_line_or_a_signature():
    sents = _article_sents('Many paid their respects.\n\nWESTSIDE GUNN\n\n"He was family, he was always there for '
                           'us."\n\n"Rock you in your face with your nose bone" will forever be the hardest line.\n\n'
                           "RIP. — Jane Roe (@janeroe) June 20, 2017")
    assert _speakers(sents) == [("He", "WESTSIDE GUNN"), ("Rock", "Jane Roe")]


def test_a_question_ending_its_sentence_is_attributed_by_the_next_one():
    sents = _article_sents('The romance began, Jane Doe said, with a glimpse. "Where did you get the nerve?" John '
                           "Roe wanted to know.", people=("Jane Doe", "John Roe"))
    assert _speakers(sents) == [("Where", "John Roe")]


def test_a_persons_line_before_a_quote_is_theirs():
    sents = _article_sents("John Roe was a rapper. His song spread widely, and Roe's line \"I'm only 19 but my mind "
                           'is old" was re-used in a musical.', people=("John Roe", "Roe"))
    assert _speakers(sents) == [("I'm", "Roe")]


def test_a_title_body_opening_the_sentence_gives_way_to_the_titled_person():
    sents = _article_sents("In an interview Tuesday, Home Affairs Minister John Roe likened him to a chameleon. "
                           '"He shows you a certain color, but it is not his true color," he said.',
                           orgs=("Home Affairs",))
    assert _speakers(sents) == [("He", "John Roe")]


def test_a_person_typed_as_a_place_in_one_sentence_speaks():
    sents = _article_sents("Union leader Mondlane met workers on Monday.\n\nThe bill was tabled by deputies.\n\n"
                           'Mondlane argued that if the Assembly rejects the bill, "it will be losing a major '
                           'opportunity."', people=("Mondlane",))
    from types import SimpleNamespace

    [m] = sents[-1].mentions  # the last sentence's mention typed as a place
    m.entity = SimpleNamespace(id="P", name="Mondlane", label="GPE", mentions=[m], variants=["Mondlane"])
    assert _speakers(sents) == [("it", "Mondlane")]

def test_one_rule_for_inside_a_quotation():
    """The writer's-voice check and the rewriter's names-outside-quotations read the same spans
    (_patterns.QUOTED_RE): a closing mark opens nothing; an unclosed opening runs to the end."""
    from newsbrief._patterns import QUOTED_RE, writer_voice
    from newsbrief.rewrite import names_speaker

    def outside(t):
        return " ".join(QUOTED_RE.sub(" ", t).split())

    assert outside('agreed," Smith said, "and we will.') == 'agreed," Smith said,'
    assert outside("with the tribes,'' von Gernet said.") == "with the tribes, von Gernet said."
    assert outside("The ''Star Wars'' film is flying.") == "The film is flying."
    assert outside("Smith said: “We will win, and our side") == "Smith said:"
    assert not writer_voice("Smith said: “We will win, and our side")
    assert names_speaker("with the tribes,'' von Gernet said.")


def test_a_connective_alone_before_a_quote_leaves_it_a_continuation():
    sents = _article_sents("Jane Doe said the single plan was a central element of the union.\n\n"
                           'However: "The overall design is much wider and deeper than any single plan can be."',
                           people=("Jane Doe",))
    assert _speakers(sents) == [("The", "Jane Doe")]


# --- eighth round (issue 11; written on blind-speakers3's errors, now a tuning split) ---------------------------


def test_an_introduction_sharing_no_modifier_with_a_definite_epithet_is_someone_else():
    sents = _article_sents('The design has stood the test, said John Roe, a hydro-engineering expert. "We are fully '
                           'confident the dam will hold for a century," he added. According to another project '
                           'official, more problems may come. "We will keep inviting engineers from abroad to the '
                           'site," said the expert-turned official.', people=("John Roe",))
    assert _speakers(sents)[-1] == ("We", "John Roe")


def test_a_capitalized_speech_verb_inside_a_name_is_no_verb():
    sents = _article_sents('"We are fully confident the dam will hold for a century," Jane Doe said. Experts were '
                           'invited from Canada, the United States and Norway. "We will keep inviting engineers from '
                           'abroad to the site," said the senior official.', people=("Jane Doe",),
                           places=("Canada", "the United States", "Norway"))
    assert _speakers(sents)[-1] == ("We", "Jane Doe")


def test_said_after_a_comma_names_whom_he_means():
    sents = _article_sents('"It functions whenever there is light," says Jane Roe, a teacher. Solar power will cut '
                           'the use of gas, says John Doe, spokesman for the program. "You can feel it every day when '
                           'you take a shower," he says.', people=("Jane Roe", "John Doe"))
    assert _speakers(sents) == [("It", "Jane Roe"), ("You", "John Doe")]


def test_a_transcripts_speaker_tag_before_a_quote():
    sents = _article_sents("That is according to the director Caitlin Checkett, who said:\n\nCHECKETT: \"So whether "
                           'it was a tweet or a post, it had to be sent around to everyone."',
                           people=("Caitlin Checkett",))
    assert _speakers(sents) == [("So", "Caitlin Checkett")]


def test_a_region_before_a_speech_verb_is_a_body_that_speaks():
    sents = _article_sents('The club issued a statement. "Rather than disappoint the fans, we decided to hand them '
                           'out," the Rockies said.', places=("Rockies",))
    for s in sents:
        for m in s.mentions:
            m.label = m.entity.label = "LOC"
    assert _speakers(sents) == [("Rather", "Rockies")]


def test_a_place_before_a_speech_verb_still_never_speaks():
    """A place inside the subject ("officials in Ottawa") never speaks; since the eighteenth speaker round a state
    that is the subject does ("Ottawa said": test_a_state_as_the_subject_of_a_speech_verb_speaks)."""
    sents = _article_sents('"They have miscalculated this issue again," the envoy in Ottawa said.', places=("Ottawa",))
    assert _speakers(sents) == [("They", "the envoy")]


def test_a_given_name_and_surname_ending_an_organization_are_a_person():
    sents = _article_sents("Visiting Director of Energy in the Ministry of National Infrastructure Joseph Nowarski "
                           'said solar power offers potential. "I am on a two-day visit at the invitation of the '
                           'government," he said.', orgs=("the Ministry of National Infrastructure Joseph Nowarski",))
    assert _speakers(sents) == [("I", "Joseph Nowarski")]


def test_a_newspaper_article_speaks():
    sents = _article_sents('"The building of the dam is of historic significance in our modernization drive," says '
                           'the article, titled "Ensure the Smooth Development."')
    assert _speakers(sents)[0] == ("The", "the article")


def test_a_medium_saying_a_sentence_gives_way_to_its_speaker():
    sents = _article_sents("Chen Lin, the police chief, said that reports were trying to ``create suspicions between "
                           "the two police forces, causing chaos,'' the newspaper said.", people=("Chen Lin",))
    assert _speakers(sents) == [("create", "Chen Lin")]


def test_a_medium_saying_a_sentence_gives_way_to_the_body_opening_it():
    sents = _article_sents("But the committee also ``hopes the government will take even more effective steps "
                           "against crime,'' Xinhua said.", orgs=("Xinhua",))
    assert _speakers(sents) == [("hopes", "the committee")]


def test_a_medium_quoting_an_appeal():
    sents = _article_sents("``There is no evidence of a victim reporting a criminal case,'' the Post quoted the "
                           "appeal as saying.", orgs=("Post",))
    assert _speakers(sents) == [("There", "the appeal")]


def test_a_months_abbreviation_ends_no_clause():
    sents = _article_sents("A committee picked to prepare for the Dec. 20 handover said it ``took note'' of measures "
                           "``to benefit the protection of social stability'' in the enclave, the agency said.")
    assert _speakers(sents)[-1] == ("to", "A committee")


# ninth round (blind-speakers4's read errors; blind-speakers5 labelled first)

def test_a_single_apostrophe_opens_a_quote_that_two_close():
    sents = _article_sents("The Corps first began reviewing the rules in 1995.\n\n'The nationwide permit has been used "
                           "to destroy thousands of acres of wetlands,'' said Jane Doe, calling it the main reason.",
                           people=("Jane Doe",))
    assert _speakers(sents) == [("The", "Jane Doe")]


def test_an_apostrophe_inside_or_before_a_digit_opens_no_quote():
    from newsbrief.analyze.quotes import _quote_spans

    assert _quote_spans("Rock 'n' roll in the '90s was loud,'' he said.") == []


def test_a_short_quote_attributed_after_it_ends_the_speech_sentences_before_it():
    sents = _article_sents("The agency said in a statement that the change was overdue.\n\n"
                           '"I\'m flabbergasted," said Jane Doe, whose son was killed in the attack. "I\'m really '
                           'disgusted by this latest news."', people=("Jane Doe",))
    assert _speakers(sents)[-1] == ("I'm", "Jane Doe")


def test_they_wrote_is_the_team_that_spoke_before():
    sents = _article_sents("The team says the benefits of being shorter probably outweighed the risk.\n\n"
                           '"Alleles that confer benefits at young ages may be positively selected in populations," '
                           "they wrote.")
    assert _speakers(sents) == [("Alleles", "The team")]


def test_a_quote_over_several_paragraphs_is_its_last_paragraphs_speakers():
    sents = _article_sents('Stocks fell on Monday.\n\nRead highlights from the interview\n\n"I think the reality is that '
                           'over the long term that will be true.\n\n"But I do think there are some ways in which this '
                           'idea did not work.\n\n"If you are upset about the direction things are going in, act," '
                           "Jane Doe said.", people=("Jane Doe",))
    assert _speakers(sents) == [("I", "Jane Doe"), ("But", "Jane Doe"), ("If", "Jane Doe")]


def test_a_closed_quote_without_a_speaker_takes_none_from_the_next_paragraph():
    sents = _article_sents('Stocks fell on Monday.\n\nRead highlights from the interview below today\n\n"I think the '
                           'reality is that over the long term that will be true."\n\n"If you are upset about the '
                           'direction things are going in, act," Jane Doe said.', people=("Jane Doe",))
    assert _speakers(sents)[0] == ("I", None)


def test_more_role_nouns_speak():
    sents = _article_sents("It is possible many of our challenges are social. As one pastor told me: \"People feel "
                           "unsettled. A lot of what was settling in the past does not exist anymore.\"")
    assert _speakers(sents) == [("People", "one pastor")]


def test_a_name_with_an_age_after_said_is_the_speaker_not_a_later_name():
    sents = _article_sents("Mona Lisa and her husband, Kip Harding, have written a book.\n\n"
                           '"It is not really a pushing environment," said Rosannah, 24, of growing up Harding. "It is '
                           'finding your own inspiration, finding your passion."', people=("Kip Harding", "Harding"),
                           orgs=("Rosannah",))  # NER typed the given name an organization
    assert _speakers(sents) == [("It", "Rosannah"), ("It", "Rosannah")]


# tenth speaker round (blind-speakers5's read errors; blind-speakers6 labelled first): one test per rule family

def _with_norp(sents, word):
    """``word`` as a nationality (NORP) mention wherever it occurs, as spaCy types "Iranian"."""
    from types import SimpleNamespace

    from newsbrief.analyze._doc import Mention

    entity = SimpleNamespace(id=word, name=word, label="NORP", mentions=[], variants=[word])
    for s in sents:
        i = s.text.find(word)
        while i >= 0:
            s.mentions.append(Mention(s, i, i + len(word), word, "NORP", entity))
            i = s.text.find(word, i + 1)
        s.mentions.sort(key=lambda m: m.start)
    return sents


def test_the_nationality_before_a_speech_verb_is_the_person_speaking():
    # "the German wrote" (mn:0023): an epithet of the person quoted before, not a speaker named "German"
    sents = _with_norp(_article_sents(
        '"There is a need to draw a line between the leaders and the people like me," John Doe wrote.\n\n'
        '"I was not a responsible leader, and as such do not feel myself guilty," the German wrote.',
        people=("John Doe",)), "German")
    assert _speakers(sents) == [("There", "John Doe"), ("I", "John Doe")]


def test_a_collective_nationality_is_no_epithet():
    sents = _with_norp(_article_sents(
        'John Doe spoke first.\n\n"We will not accept any new conditions for the talks at all," the Chinese said.',
        people=("John Doe",)), "Chinese")
    assert _speakers(sents)[0][1] != "John Doe"


def test_a_document_that_names_someone_speaks_itself():
    # '"After being dropped off at her dorm, [Pally], ... fell asleep," the warrant states' (mn:0008)
    sents = _article_sents('Jane Doe had been drinking, police said.\n\n"After being dropped off at her dorm, [Doe], for '
                           'an unknown reason, walked behind the building and fell asleep," the warrant states.',
                           people=("Jane Doe", "Doe"))
    assert _speakers(sents) == [("After", "the warrant")]


def test_a_quote_opened_by_when_continues_the_document_before_it():
    sents = _article_sents('"After being dropped off at her dorm, she walked behind the building and fell asleep," the '
                           'warrant states. When "the fire department responded to a fire service call, the victim fell '
                           'backwards." The truck then ran over her.')
    assert _speakers(sents) == [("After", "the warrant"), ("the", "the warrant")]


def test_the_letter_speaks_for_its_writer():
    # "the presidency quoted Eichmann's letter as saying" ... "The letter was signed and dated: "...""
    sents = _article_sents('"There is a need to draw a line between the leaders and the others," the presidency quoted '
                           "John Doe's letter as saying.\n\nThe ceremony was held on Wednesday.\n\n\"The court "
                           'overstated the role of the accused in these events," the letter says.', people=("John Doe",))
    assert _speakers(sents) == [("There", "John Doe"), ("The", "John Doe")]


def test_a_first_person_letter_is_the_writer_named_just_before():
    sents = _article_sents("In the petition, written after his trial, John Doe says that the court overstated his role."
                           '\n\n"There is a need to draw a line between the leaders and people like me," the office '
                           "quotes the letter as saying.", people=("John Doe",))
    assert _speakers(sents) == [("There", "John Doe")]


def test_a_name_qualifying_a_role_is_not_the_speaker():
    # "the Republican governor and Bush supporter said" (d108c): the governor, introduced as "Utah Gov. Mike Leavitt"
    sents = _article_sents("After John Bush won sweeping victories Tuesday, some began to question the primary.\n\n"
                           "But not Utah Gov. Mike Leavitt, who first envisioned a Western primary.\n\n"
                           '"It is still a primary. People still have an opportunity to express their view," the '
                           "Republican governor and John Bush supporter said Thursday.",
                           people=("Mike Leavitt", "John Bush"), places=("Utah",))
    assert _speakers(sents) == [("It", "Mike Leavitt")]


def test_a_possessors_remarks_with_a_time_phrase_before_the_colon():
    sents = _article_sents("I am reminded of President John Doe's remarks during the war: \"We can succeed only by "
                           'concert, and we must rise with the occasion."', people=("John Doe",))
    assert _speakers(sents) == [("We", "John Doe")]


def test_someone_prompted_to_warn_speaks():
    # 'Le Monde commented that ..., prompting the BEA to warn against "hasty interpretation or speculation"' (M008)
    sents = _article_sents("The Daily Planet commented that the speed was too low, prompting the Safety Board to warn "
                           'against "hasty interpretation or speculation about the cause" in regards to the crash.',
                           orgs=("The Daily Planet", "Safety Board"))
    assert _speakers(sents) == [("hasty", "the Safety Board")]


def test_they_after_two_people_opening_a_sentence_are_those_two():
    # d127j: "President of the European Commission, Jacques Santer, and Yves-Thibault de Silguy, ..., made the
    # announcement ... "...," they said in a declaration."
    sents = _article_sents("The Union welcomed the decision.\n\nPresident of the Commission, John Doe, and Yves-Marie de "
                           "Silva, the commissioner for economic, monetary and financial affairs, made the announcement "
                           'on Monday.\n\n"The chosen central rate for the drachma is in line with the economy," they '
                           "said in a declaration.", people=("John Doe",), orgs=("Yves-Marie de Silva",))
    assert _speakers(sents) == [("The", "John Doe and Yves-Marie de Silva")]


def test_a_quote_left_open_at_its_paragraphs_end_is_kept():
    from newsbrief.analyze.quotes import _quote_spans

    body = ('He also warned that up to 250 million people could face what he called "increased water stress '
            "because of climate change.\n\nThe ceremony ended at noon.")
    assert [body[a:b] for a, b in _quote_spans(body)] == ["increased water stress because of climate change."]


# tenth speaker round, second part (blind-speakers6's errors, read after its one measurement)

def test_an_opening_mark_ending_the_paragraph_closes_the_quote():
    from newsbrief.analyze.quotes import _quote_spans

    body = "Jane Doe called the cutoff ``a desperate act by bankers attempting to scare off other cities.``\n\nNext."
    assert [body[a:b] for a, b in _quote_spans(body)] == ["a desperate act by bankers attempting to scare off other cities."]


def test_a_single_apostrophe_before_a_lowercase_word_opens_a_quote_two_close():
    sents = _article_sents("The sheet posed the 'most immediate threat of a large sea-level rise, owing to its "
                           "instability,'' Jane Doe said.", people=("Jane Doe",))
    assert _speakers(sents) == [("most", "Jane Doe")]


def test_the_role_introduced_then_named_with_its_title():
    sents = _article_sents("A federal judge yesterday blocked the initiative.\n\nU.S. District Judge Vaughn Walker "
                           "granted the request of the banks.\n\nThe judge ruled that the banks had made a convincing "
                           'case, saying: "The ordinances are likely to be invalidated by federal law."',
                           people=("Vaughn Walker",))
    assert _speakers(sents) == [("The", "Vaughn Walker")]


def test_the_person_opening_a_long_clause_before_the_quote_speaks():
    sents = _article_sents("Jon Golinger, consumer program director of California Public Interest Research Group, "
                           "co-sponsor of the ballot measure banning surcharges in the city, called the cutoff \"a "
                           'desperate act by fee-addicted bankers attempting to scare off other cities."',
                           people=("Jon Golinger",), orgs=("California Public Interest Research Group",))
    assert _speakers(sents) == [("a", "Jon Golinger")]


def test_a_quoted_phrase_later_in_an_attributed_quotes_sentence_is_the_same_speakers():
    sents = _article_sents('Jane Doe said at a news conference that hunting gets harder.\n\n"I have two sons who learn '
                           'to hunt," she said. "But this year the ice left sooner. There was little game, which cut '
                           'short our food supply" and the time her sons had to learn "how to continue this way of '
                           'life."', people=("Jane Doe",))
    assert _speakers(sents) == [("I", "Jane Doe"), ("But", "Jane Doe"), ("how", "Jane Doe")]


def test_a_quote_after_an_opening_phrase_continues_the_inverted_attribution_before():
    sents = _article_sents("The key innovation was conceptual, says Gilles Pison of the National Institute in Paris. "
                           'Until the Enlightenment, "the number of children you had, it was God who decided."',
                           people=("Gilles Pison",), orgs=("National Institute",))
    assert _speakers(sents) == [("the", "Gilles Pison")]


def test_a_name_after_a_nominals_for_is_not_the_speaker():
    sents = _article_sents('A spokesperson for Conyers told the station, "Rep. Conyers has been in touch with his '
                           'family and is happy."', people=("Conyers",), orgs=())
    assert _speakers(sents)[0][1].startswith("A spokesperson")


def test_a_name_before_based_is_a_place():
    sents = _article_sents("The Redmond, Wash-based Marine Institute declared that \"global climate "
                           'change is an additional stress on already stressed species."', people=("Wash",),
                           orgs=("Marine Institute",))
    assert _speakers(sents) == [("global", "Marine Institute")]


def test_he_after_a_sentence_naming_one_person_and_no_speech_is_that_person():
    sents = _article_sents('"From the beginning, demography has been steeped in talk of the apocalypse," says Jean '
                           "Dupont.\n\nSome of the founding papers were written by John Petty. At that point it would "
                           'exceed 20 billion people, more, John Petty thought, than the planet could feed. "And then '
                           'there must be wars, and great slaughter," he wrote.', people=("Jean Dupont", "John Petty"))
    assert _speakers(sents)[-1] == ("And", "John Petty")


def test_bodies_declare_in_the_plural_present():
    # D0606F: 'In a report ..., the Redmond, Wash-based Marine Conservation Biology Institute and the World Wildlife
    # Fund declare that ``...''' (an opening with several commas: no sentence-subject fallback)
    sents = _article_sents("In Seattle, Washington, on Tuesday, the Marine Institute and the World Wildlife Fund declare "
                           'that "global climate change is an additional stress on already stressed species."',
                           orgs=("Marine Institute", "World Wildlife Fund"), places=("Seattle", "Washington"))
    assert _speakers(sents) == [("global", "Marine Institute")]


# tenth speaker round, third part (blind-speakers7's errors, read after its one measurement)

def test_a_surname_ner_typed_a_place_is_the_person_named_in_full():
    sents = _article_sents("A judge sentenced veteran Joseph Serna to one night in jail.\n\n\"I've lost a lot of friends "
                           'and I did not want to talk about it," said Serna.', people=("Joseph Serna",),
                           places=("Serna",))
    assert _speakers(sents) == [("I've", "Joseph Serna")]


def test_the_role_is_the_person_it_titles_not_a_neighbour_in_the_sentence():
    sents = _article_sents("District Court Judge Lou Olivera sentenced a retired Green Beret to lock-up.\n\n"
                           '"When they close that door, it is really, you are shut off," the judge said.',
                           people=("Lou Olivera", "Green Beret"))
    assert _speakers(sents) == [("When", "Lou Olivera")]


# eleventh speaker round (blind-speakers8's errors, read after its one measurement): made-up text, one family each

def test_a_verb_coordinated_after_the_quote_is_no_attribution_after_it():
    # the speaker is the subject before the quote, not a body named in '..." and asked for X to ...'
    sents = _article_sents('John Roe wrote that "the hospitals are quickly reaching saturation in the region," and '
                           "asked for the Disaster Relief Agency to be activated.", people=("John Roe",),
                           orgs=("Disaster Relief Agency",))
    assert _speakers(sents) == [("the", "John Roe")]


def test_as_quoted_by_names_the_medium_not_the_speaker():
    sents = _article_sents('However, Jane Doe said she believed help was improving, saying: "All this is coming '
                           'together right now, so it is a matter of time," as quoted by the Daily Planet.',
                           people=("Jane Doe",), orgs=("Daily Planet",))
    assert _speakers(sents) == [("All", "Jane Doe")]


def test_a_nominal_speaker_after_the_quote_is_the_full_name_in_apposition_ner_missed():
    sents = _article_sents('"At night, people take things. I do not have anything to steal." said one local resident, '
                           "Omen Colo, to the agency.", orgs=("Relief Agency",))
    assert _speakers(sents) == [("At", "Omen Colo")]


def test_said_and_a_person_after_a_clause_set_off_by_commas_is_the_speaker():
    sents = _article_sents('"People think they are going to start eating better on Monday," the day after John Roe '
                           "is sworn in, said historian Jane Doe.", people=("John Roe", "Jane Doe"))
    assert _speakers(sents) == [("People", "Jane Doe")]


def test_said_and_a_surname_ner_missed_is_the_person_named_in_full_not_a_body_after_it():
    sents = _article_sents('Physicist Martin Perk congratulated the team. "Finding the particle is very important and '
                           'very exciting," said Perk. "DONUT was not an easy experiment, and now it opens a new world."',
                           people=("Martin Perk",), orgs=("DONUT",))
    assert _speakers(sents) == [("Finding", "Martin Perk"), ("DONUT", "Martin Perk")]


def test_an_inverted_said_x_right_before_the_quote_names_the_speaker():
    sents = _article_sents("Jane Doe and John Roe pitched in for the campaign; and, said Stacy Malkon, \"the singer's "
                           'people were calling us last night, asking what they could do to help."',
                           people=("Jane Doe", "John Roe", "Stacy Malkon"))
    assert _speakers(sents) == [("the", "Stacy Malkon")]


def test_a_name_after_of_is_an_affiliation_not_the_speaker():
    sents = _article_sents('At the time, Dr. Myron Bandor of Irvine said the discovery was "a keystone to our '
                           'understanding of particle physics."\n\nOne of the founders of The Robin Group, Brandy '
                           'Wrights, said: "not only do the cups taste amazing, but they smell delicious too."',
                           people=("Myron Bandor", "Irvine", "Robin Group", "Brandy Wrights"))
    assert _speakers(sents) == [("a", "Myron Bandor"), ("not", "Brandy Wrights")]


def test_he_after_a_nominal_speaker_with_a_complement_is_that_speaker():
    # "An analyst for USGS in Colorado" and "one of the Japanese scientists here" are people "he" can mean
    sents = _article_sents("A government official said several houses fell. An analyst for the Survey in Colorado "
                           'commented that there could be many deaths. "I think we are going to see substantial damage '
                           'and casualties," he said.', orgs=("Survey",), places=("Colorado",))
    assert _speakers(sents)[-1][1].startswith("An analyst")
    sents = _article_sents("Old shrines remind visitors that the Buddha could assume several manifestations.\n\n"
                           '"We say that the old tradition makes it easier for us to grasp physics," said one of the '
                           'Japanese scientists here, who spoke on condition he not be identified.\n\n"For example, the duality of particles and waves is hard to feel in your heart," '
                           "he said.", people=("Buddha",))
    assert _speakers(sents)[-1] == ("For", "one of the Japanese scientists")


def test_a_document_after_a_capitalized_preposition_is_the_channel_not_the_speaker():
    # 'In a statement released yesterday, the UN remarked that "..."': the UN speaks
    sents = _article_sents('In a statement released yesterday, the Mission remarked that "for the moment, a large number '
                           'of personnel remain unaccounted for."', orgs=("Mission",))
    assert _speakers(sents) == [("for", "Mission")]


def test_a_bare_quote_after_a_sentence_introducing_a_person_is_theirs():
    # not the speaker quoted in the paragraph before
    sents = _article_sents('"We fear a major loss of life, maybe in the thousands," said Jane Doe.\n\nJohn Roe, a '
                           'reporter for the agency, was in the area when the tremors struck. "Everything started '
                           'shaking, people were screaming, houses started collapsing."', people=("Jane Doe", "John Roe"))
    assert _speakers(sents) == [("We", "Jane Doe"), ("Everything", "John Roe")]
    sents = _article_sents('"We fear a major loss of life, maybe in the thousands," said Jane Doe.\n\nJohn Roe, a '
                           'reporter, was hurt. "Everything started shaking, people were screaming, houses collapsed."',
                           people=("Jane Doe", "John Roe"))
    assert _speakers(sents)[-1] == ("Everything", "John Roe")


def test_an_initial_inside_an_appositive_does_not_start_the_clause():
    sents = _article_sents('As the session began, Susana de la Puente, managing director at J.P. Morgan Securities, noted '
                           'that there had been "a lot of bad press about the country lately."',
                           people=("Susana de la Puente",), orgs=("J.P. Morgan Securities",))
    assert _speakers(sents) == [("a", "Susana de la Puente")]


def test_a_quote_inside_a_sentence_whose_own_subject_speaks_is_not_the_last_speakers():
    """'Both nations called on all parties to "..."': the sentence's speaker is a group no rule reads as a
    speaker; the quote is not the previous paragraph's speaker's (it was credited to Haftar on the Libya sample)."""
    sents = _article_sents('"The draft ignores many of our demands," Jane Doe said.\n\nThe truce was proposed by two '
                           'presidents who back opposing sides. Both nations called on all parties to "declare a '
                           'sustainable ceasefire and normalize daily life in the cities."', people=("Jane Doe",))
    assert _speakers(sents) == [("The", "Jane Doe"), ("declare", None)]


# twelfth speaker round (blind-speakers9's errors, read after its one measurement): made-up text, one family each


def test_a_surname_alone_typed_an_organization_is_the_person_named_in_full():
    """'Lance-Parker said' (NER: ORG) after 'Dr. Susan Lance-Parker': "she said" after it is that person, not a
    person-typed word further back ("_ Mosquito control ...")."""
    sents = _article_sents('"We have a plan in place already," said Dr. Jane Brook-Smith, an epidemiologist.\n\n'
                           "Mosquito control is one of the needs.\n\nCurrently, Brook-Smith said, only four counties "
                           "have programs.\n\nIf the bid is successful, she added, the state will train staff.\n\n"
                           '"We want to improve surveillance for many things," she said.',
                           people=("Jane Brook-Smith", "Mosquito"), orgs=("Brook-Smith",))
    assert _speakers(sents) == [("We", "Jane Brook-Smith"), ("We", "Jane Brook-Smith")]


def test_according_to_a_body_named_by_a_capitalized_noun():
    sents = _article_sents('According to the Bureau, "the census in 1990 took a step backward on accuracy."')
    assert _speakers(sents) == [("the", "the Bureau")]


def test_according_to_a_capitalized_place_is_no_speaker():
    sents = _article_sents('According to the Netherlands, "the census in 1990 took a step backward on accuracy."',
                           places=("Netherlands",))
    assert _speakers(sents) == [("the", None)]


def test_as_someone_put_it():
    sents = _article_sents('That is because, as Adm. John Roe, commander of the Pacific Fleet, put it, "I have never '
                           'seen a greater concern from a regional perspective."', people=("John Roe",),
                           orgs=("Pacific Fleet",))
    assert _speakers(sents)[-1] == ("I", "John Roe")


def test_a_verb_after_the_quote_that_introduces_the_next_quote_is_not_its_attribution():
    sents = _article_sents('John Roe, uncle to one of the fifteen captured, said that this is "the best present '
                           'imaginable for the family", whilst his grandmother, Jane Doe, said that "I would never '
                           'have gone out of the door again."', people=("John Roe", "Jane Doe"))
    assert _speakers(sents) == [("the", "John Roe"), ("I", "Jane Doe")]


def test_a_body_opening_the_clause_speaks_not_the_person_after_of_in_its_appositive():
    sents = _article_sents('The source remains unknown; however, Example.com, a news website run by supporters of '
                           'John Roe said on their website: "If the charges are brought the result would be heavy '
                           'punishment."', people=("John Roe",), orgs=("Example.com",))
    assert _speakers(sents) == [("If", "Example.com")]


def test_a_person_after_of_with_another_person_before_still_is_an_affiliation_guard():
    sents = _article_sents('Dr. Jane Doe of the Example Institute of John Roe said: "The results are very clear to '
                           'all of us."', people=("Jane Doe", "John Roe"), orgs=("Example Institute",))
    assert _speakers(sents) == [("The", "Jane Doe")]


def test_a_person_named_right_after_the_quote_with_no_verb():
    sents = _article_sents('"Larvacides are not totally safe for the environment," Jane Doe, chairwoman of the '
                           "club's county chapter.", people=("Jane Doe",))
    assert _speakers(sents) == [("Larvacides", "Jane Doe")]


def test_a_nominal_introducing_a_name_speaks_as_that_name():
    sents = _article_sents('As a pilot identified only as Capt. Mike Roe set off, a lieutenant colonel named Dane '
                           'said: "It is a constant tempo and we are very busy."', people=("Mike Roe",),
                           orgs=("Dane",))
    assert _speakers(sents) == [("It", "Dane")]


def test_a_short_time_connective_before_a_quote_continues_the_speaker():
    sents = _article_sents('"I am in the city and was not aware of any arrangements," John Roe wrote.\n\n'
                           'Then later: "Have not been able to get any info on this."', people=("John Roe",))
    assert _speakers(sents) == [("I", "John Roe"), ("Have", "John Roe")]


def test_a_passive_verb_before_a_quote_is_no_speech():
    sents = _article_sents('The site defines a detail as one in which officers are posted at public events and '
                           '"ensure the safety of public patrons."')
    assert _speakers(sents) == [("ensure", None)]


def test_a_possessive_speech_noun_with_a_common_noun_possessor():
    sents = _article_sents("Ultimately, the court agrees with plaintiff's assertion that \"the defendants' argument "
                           'is wholly implausible and must fail."')
    assert _speakers(sents) == [("the", "plaintiff")]


def test_a_person_then_a_participle_of_writing_before_the_quote():
    sents = _article_sents("Perhaps the most eloquent statement of this concept comes from Justice John Roe, writing "
                           'in dissent in Smith v. Jones, "I think judges as well as detectives may take this into '
                           'consideration."', people=("John Roe",))
    assert _speakers(sents)[-1] == ("I", "John Roe")


def test_a_group_of_two_nations_is_the_two_countries_named_before_its_members():
    """'Both nations called on all parties to "..."' after 'Russia's President X and Turkey's President Y': the
    two countries (the Libya sample's sentence, with the nationality given as a country)."""
    sents = _article_sents('"The draft ignores many of our demands," Jane Doe said.\n\nThe truce was proposed by '
                           "Russia's President John Roe and Turkey's President Max Moe, who back opposing sides. Both "
                           'nations called on all parties to "declare a sustainable ceasefire and normalize daily '
                           'life in the cities."', people=("Jane Doe", "John Roe", "Max Moe"),
                           places=("Russia", "Turkey"))
    assert _speakers(sents) == [("The", "Jane Doe"), ("declare", "Russia and Turkey")]


def test_a_group_of_two_men_is_the_two_people_named_before():
    sents = _article_sents("The truce was proposed by President John Roe and his counterpart Max Moe. Both men "
                           'urged all parties to "declare a sustainable ceasefire and normalize daily life."',
                           people=("John Roe", "Max Moe"))
    assert _speakers(sents) == [("declare", "John Roe and Max Moe")]


def test_a_group_whose_members_the_sentence_before_does_not_pair_stays_unattributed():
    sents = _article_sents('"The draft ignores many of our demands," Jane Doe said.\n\nThe truce was proposed by '
                           'two presidents who back opposing sides. Both nations called on all parties to "declare a '
                           'sustainable ceasefire and normalize daily life in the cities."', people=("Jane Doe",))
    assert _speakers(sents) == [("The", "Jane Doe"), ("declare", None)]


def test_the_second_half_of_a_split_quote_is_its_first_halfs_speaker():
    """'"...," Serna said, "and this was a one-man cell ...' "Olivera, himself a veteran, said ...': the second
    half is Serna's, not the next sentence's speaker's (the closing mark runs into it with no space)."""
    sents = _article_sents('"He comes in, they close the door and lock it," John Roe said, "and this was a one-man '
                           "cell so we sat on the bunk and talked.\"Max Moe, himself a veteran, said that he worried "
                           "about the night.", people=("John Roe", "Max Moe"))
    assert _speakers(sents) == [("He", "John Roe"), ("and", "John Roe")]


# thirteenth speaker round (blind-speakers10's errors, read after its one measurement): made-up text, one family each


def test_a_person_after_an_appositive_role_and_an_abbreviated_title():
    """'said the study's lead author, Dr. X of Y University': X, not "the study"."""
    sents = _article_sents("``There are lots of people who are never diagnosed at all,'' said the study's lead author, "
                           "Dr. Jane Roe of Northfield University.", people=("Jane Roe",), orgs=("Northfield University",))
    assert _speakers(sents) == [("There", "Jane Roe")]


def test_a_role_right_before_a_name_is_its_title():
    """'"...," the association president Jane Roe said in a statement': Jane Roe, and "he"/"she" after it."""
    sents = _article_sents('"These findings account for the low numbers in treatment," the association president Jane '
                           'Roe said in a statement. The shame is "completely unfounded," she said. "Anxiety disorders '
                           'are real illnesses that deserve treatment."', people=("Jane Roe",))
    assert _speakers(sents) == [("These", "Jane Roe"), ("Anxiety", "Jane Roe")]


def test_according_to_a_document_named_by_a_singular_noun():
    """'“...,” according to the history': the history (a document), as "according to court documents" is."""
    sents = _article_sents("On closer inspection they agreed it “would make an ideal site for testing the new plane,” "
                           "according to the history.")
    assert _speakers(sents) == [("would", "the history")]


def test_a_passive_verb_after_a_quote_tells_no_one_speaking():
    """'the strip, "known by its map designation as Area 51," to what was then called the Test Site': no speaker,
    never the place it was called."""
    sents = _article_sents('Two officials got the president to add the strip, "known on every map by its designation as '
                           'Area 51," to what was then called the Nevada Test Site.', orgs=("the Nevada Test Site",))
    assert _speakers(sents) == [("known", None)]


def test_a_woman_introduced_by_a_female_noun_and_named_is_no_he():
    """'he met a bar girl named Linh Hoa' makes her a woman: '"...," he recalls' is the man, not her."""
    sents = _article_sents("Next door to the bar one recent night, a veteran named Jorund Reischl watches the street."
                           "\n\nHe was a young sergeant then. That night, he met a bar girl named Linh Hoa. She was a "
                           "dancer.\n\nYears later, he found himself back there, unable to forget something she said."
                           '\n\n"She told me she was pregnant," he recalls.', people=("Jorund Reischl", "Linh Hoa"))
    assert _speakers(sents) == [("She", "Jorund Reischl")]


def test_it_reads_after_a_sentence_opened_by_a_document():
    """'The package insert also carries a warning about suicide. ``...,'' it reads.': the insert, not a body speaking
    paragraphs before."""
    sents = _article_sents("A Defense Department source also confirmed the rejection, officials said.\n\n"
                           "Patients are warned about mixing the drug with alcohol. The package insert also carries a "
                           "warning about suicide. ``The possibility of suicide is inherent in patients with depressive "
                           "symptoms,'' it reads.", orgs=("Defense Department",))
    assert _speakers(sents) == [("The", "the package insert")]


def test_the_agency_is_the_organization_that_spoke_just_before():
    """'The Population Fund ... said it regretted the move ... "...," the agency said': the Fund."""
    sents = _article_sents('The Population Fund said it regretted the move and argued it was "erroneous" to suggest it '
                           'was complicit.\n\n"The fund refutes this claim, as all of its work promotes human rights," '
                           "the agency said in a statement.", orgs=("The Population Fund",))
    assert _speakers(sents) == [("The", "The Population Fund")]


def test_the_two_after_a_quote_are_the_pair_named_just_before():
    """'Chairman X (R-Ariz.) — at home in Arizona — and Chairman Y (R-Texas) came out in support. "...," the two
    Republicans said in a joint statement': X and Y."""
    sents = _article_sents("Senate Chairman John Doe (R-Ariz.) — at home in Arizona while being treated — and House "
                           "Armed Services Chairman Richard Roe (R-Texas) came out strongly in support of the package.\n\n"
                           '"This budget agreement is indispensable for our national security," the two Republicans '
                           'said in a joint statement.', people=("John Doe", "Richard Roe"), places=("Arizona",))
    assert _speakers(sents) == [("This", "John Doe and Richard Roe")]


def test_a_titled_person_of_a_place_named_after_a_quote_without_a_verb():
    """'"...," Rep. X of Oregon, a senior House Republican.': X (a title and "of <place>" around the name)."""
    sents = _article_sents('"I think that the best way to pass legislation is to support a position," Rep. Greg Walden '
                           "of Oregon, a senior House Republican. Asked about it, the president smiled.",
                           people=("Greg Walden",), places=("Oregon",))
    assert _speakers(sents) == [("I", "Greg Walden")]


def test_a_name_typed_an_organization_with_an_age_is_a_person():
    """'T.D. Barnes, 75, of Henderson and Roger Andersen, 83, ...' with "T.D. Barnes" and "Barnes" typed ORG:
    '"...," said Barnes. "...," he said.' is Barnes both times, not Andersen."""
    sents = _article_sents("T.D. Barnes, 75, of Henderson and Roger Andersen, 83, of Las Vegas, both worked at the base."
                           '\n\n"There is not much really new here but they are confirming it," said Barnes, who worked '
                           'on a radar project.\n\n"We would secretly track the flights for the agency," he said.',
                           people=("Roger Andersen",), orgs=("T.D. Barnes", "Barnes"), places=("Henderson", "Las Vegas"))
    assert [sp for _, sp in _speakers(sents)] == ["T.D. Barnes", "T.D. Barnes"]


def test_to_someone_comma_opens_their_view():
    """'To Slater, Prozac is, ``the Elizabeth Arden of psychopharmacology ...''': Slater's words, not Prozac's."""
    sents = _article_sents("Jane Slater has darkly humorous moments. To Slater, Prozac is, ``the Elizabeth Arden of "
                           "psychopharmacology, a veritable chemical makeover,'' a word that implies trickery.",
                           people=("Jane Slater",), orgs=("Prozac",))
    assert _speakers(sents) == [("the", "Jane Slater")]


def test_a_body_that_will_issue_a_statement_declaring_that():
    """'Then the administration plans to issue a statement declaring that ``...''': the administration (the
    statement verbs in the present and the infinitive too, not only "issued")."""
    sents = _article_sents("Officials will meet on Monday with parents. Then the administration plans to issue a statement "
                           "declaring that ``the use of medication is not generally the first option for a child.''")
    assert _speakers(sents) == [("the", "the administration")]


def test_a_quote_after_the_text_turns_back_to_an_earlier_speaker():
    """'Mason sometimes assigns her patients homework. She might ask them to list ...' then an unattributed quote:
    Mason (quoted before), not Manny, quoted last."""
    sents = _article_sents('"Part of what I do is to help people broaden their perspective," says Lark Mason, a '
                           'social worker.\n\nLora Manny kept a journal. "It has a great calming effect on me and my '
                           'whole family," she says.\n\nMason sometimes assigns her patients homework about gratitude. '
                           "She might ask them to list five ways to show appreciation.\n\n"
                           '"It can be a good cup of coffee, or a play you got to go to."',
                           people=("Lark Mason", "Lora Manny"), orgs=("Mason",))
    assert [sp for _, sp in _speakers(sents)] == ["Lark Mason", "Lora Manny", "Lark Mason"]


def test_a_quote_after_a_person_never_quoted_stays_the_last_speakers():
    """The same shape, the sentence opened by someone never quoted ("Obama signed the bill"): the quote continues
    the last speaker, as before."""
    sents = _article_sents('"This is a disaster for every farmer I know," Jane Doe said.\n\nBarack Obama signed the '
                           'bill last week.\n\n"We will fight it in every court of the land."', people=("Jane Doe", "Barack Obama"))
    assert [sp for _, sp in _speakers(sents)] == ["Jane Doe", "Jane Doe"]


def test_someone_who_cites_examples_speaks_the_quote_after():
    """'Dodman cites several examples. ``Horses have ...''': Dodman ("cites" tells his words to come)."""
    sents = _article_sents("Q. Do animals get bored?\n\nA. Yes, according to Dr. Hugh Dodman of the veterinary school."
                           "\n\nScientists may not like the word. But it is.\n\nDodman cites several examples. ``Horses have what are called stall "
                           "vices, things they do when they're stuck in their stall.''", people=("Hugh Dodman",))
    assert [(w, (sp or "").split()[-1:]) for w, sp in _speakers(sents)] == [("Horses", ["Dodman"])]


# fourteenth speaker round (blind-speakers11's errors, read after its one measurement): made-up text, one family each


def test_preached_is_a_speech_verb():
    """'the pope preached that modern society "has the means ..."': the preacher speaks."""
    sents = _article_sents('In St. Louis, the bishop preached that modern society "has the means of protecting itself '
                           'without any execution."')
    assert _speakers(sents) == [("has", "the bishop")]


def test_prompting_someone_to_conclude():
    """'prompting CBS anchor X to conclude that Bush had "..."': X concludes, not the subject of the sentence."""
    sents = _article_sents("Then he granted the reprieve, prompting television anchor Jane Roe to conclude that the "
                           'governor had "rekindled the debate on the whole question of punishment."', people=("Jane Roe",))
    assert _speakers(sents) == [("rekindled", "Jane Roe")]


def test_the_cardinal_is_the_cardinal_named_before_not_the_body_in_his_relative_clause():
    """'"...," said the cardinal, who is chairman of the bishops' Committee on Domestic Policy': Cardinal X."""
    sents = _article_sents("Cardinal John Roe, archbishop of Northfield, said in an interview that the letter helped.\n\n"
                           '"One of the things we are trying to do is expose the myth," said the cardinal, who is '
                           "chairman of the Committee on Domestic Policy.", people=("John Roe",),
                           orgs=("Committee on Domestic Policy",))
    assert _speakers(sents) == [("One", "John Roe")]


def test_was_said_to_names_no_speaker_and_continues_no_one():
    """'The patient was said to have been "near death ..."' after Jane Roe's quote: no one, not Jane Roe."""
    sents = _article_sents('"It is a rather special kind of pump," Jane Roe said. The patient was said to have been '
                           '"near death, without any other alternative available" but is now well.', people=("Jane Roe",))
    assert _speakers(sents) == [("It", "Jane Roe"), ("near", None)]


def test_he_after_according_to_a_person_is_that_person():
    """'..., according to Professor X, the inventor' then 'he quoted a scientist: "..."': X, not a poem's author
    named further back."""
    sents = _article_sents("Mark Twain, The Broken Heart\n\nThat line may have to be rewritten, according to Professor "
                           "John Roe, the inventor of the heart.\n\nHis device is now beating inside the chest of a "
                           "75-year-old man, the end of a 30-year quest.\n\nAsked on Sunday to comment on his discovery, "
                           'he quoted a scientist: "Whatever the poets may say, the heart is just a pump."',
                           people=("Mark Twain", "John Roe"))
    assert _speakers(sents) == [("Whatever", "John Roe")]


def test_the_name_after_a_speech_verb_is_never_inside_a_later_quote():
    """'"...," says Time) and attacks him ("... Confronts John Roe," says the Post)': Time, not John Roe."""
    sents = _article_sents('It creeps up on him (he gave Smith a reprieve "against a backdrop of creeping unease over '
                           'the punishment," says Time) and attacks him ("Old Case Confronts John Roe," says the Post).',
                           people=("John Roe",))
    assert _speakers(sents)[0] == ("against", "Time")


def test_a_plural_role_before_a_restrictive_who_speaks():
    """'report researchers who contend the system is "collapsing ..."': the researchers."""
    sents = _article_sents("Two-thirds of the cases were overturned, report researchers who contend the system is "
                           '"collapsing under the weight of its own mistakes."')
    assert _speakers(sents) == [("collapsing", "researchers")]


def test_a_speech_verb_and_a_colon_after_a_quote_introduce_the_next_quote():
    """'The "first-ever ... campaign," the conference produced a Statement, which reads in part: "..."': "reads"
    introduces the second quote, the statement's; the first has no speaker (before: the clause "the conference
    produced a ...", a nominal read across a second article)."""
    sents = _article_sents('The "first-ever interfaith campaign against the death penalty," the conference produced a '
                           'Statement of Conscience, which reads in part: "We believe that the death penalty is morally '
                           'untenable."')
    assert _speakers(sents) == [("first-ever", None), ("We", "a Statement of Conscience")]


# fifteenth speaker round (blind-speakers12's errors, read after its one measurement): made-up text, one family each
def test_a_quote_a_later_paragraph_closes_without_reopening_runs_on_into_it():
    """Text set one sentence a line: '"Jane is grateful ... clinic.' then 'She has completed ...," Poe said': one
    quote over two paragraphs, the second never reopening it (before: both lost, the lone closing mark opening a
    quote of "Poe said in a statement")."""
    sents = _article_sents("The actress's attorney, Mary Poe, spoke out about the move.\n\n\u201c Jane is grateful for "
                           "the treatment she received at the clinic.\n\nShe has completed her course of treatment "
                           "there and looks forward to continuing it, \u201d Poe said in a statement.",
                           people=("Mary Poe",))
    assert [(w, "Poe" in (who or "")) for w, who in _speakers(sents)] == [("Jane", True), ("She", True)]


def test_a_quote_running_on_takes_the_speaker_named_where_it_closes_not_the_last_speaker():
    """'"...," said John Roe.' then 'Jane's attorney, Mary Poe, spoke out.' then a quote over two paragraphs that
    "Poe said" closes: Poe's in both paragraphs (before: the first continued John Roe)."""
    sents = _article_sents('"We will look at the case again next week," said John Roe, the prosecutor.\n\nThe '
                           "actress's attorney, Mary Poe, spoke out about the move.\n\n\"Jane is grateful for the "
                           "treatment she received at the clinic.\n\n\"She has completed her course of treatment there "
                           'and looks forward to continuing it," Poe said in a statement.',
                           people=("John Roe", "Mary Poe"))
    assert [(w, "Poe" in (who or "")) for w, who in _speakers(sents)[1:]] == [("Jane", True), ("She", True)]


def test_a_name_inside_an_earlier_quote_is_not_the_subject_of_the_verb_after_it():
    """"``There's no deficiency that Zyprex is fixing,'' he says, ``what it's doing is ...''": he (NER typed the
    drug a person; before, the second part was the drug's)."""
    sents = _article_sents("John Roe, a psychologist, agrees.\n\n''There's no deficiency that Zyprex is fixing,'' he "
                           "says, ''what it's doing is changing a behavior so the child complies with expectations.''",
                           people=("John Roe", "Zyprex"))
    assert _speakers(sents) == [("There's", "John Roe"), ("what", "John Roe")]


def test_the_association_is_a_body_never_a_person_named_before():
    """'"...," the association said in a statement': the body (before: a person the article named earlier)."""
    sents = _article_sents("John Roe filed the lawsuits last week.\n\nThe medical society also denied the allegations."
                           '\n\n"The society will defend itself vigorously by presenting a mountain of scientific '
                           'evidence," the association said in a statement.', people=("John Roe",))
    assert _speakers(sents) == [("The", "the association")]


def test_a_nominal_next_to_the_verb_after_an_opening_phrase_naming_someone_speaks():
    """'In a written debate with X that played out in the campus newspaper, a former suite mate wrote "..."': the
    suite mate, not X (the object of "with")."""
    sents = _article_sents("In a written debate with John Roe that played out in the campus newspaper, a former suite "
                           'mate wrote "one of the aspects of the college that makes it desirable is that not everyone '
                           'can attend here."', people=("John Roe",))
    assert _speakers(sents) == [("one", "a former suite mate")]


def test_a_nominal_speaker_may_hold_a_quoted_term():
    """'The ``intake report'' on their case states that ``...''': the intake report (before: no speaker)."""
    sents = _article_sents("John Roe noted the hearing was set for May.\n\nThe ``intake report'' on their case states "
                           "that ``the father is refusing to give the child the medicine.''", people=("John Roe",))
    assert _speakers(sents) == [("the", "The intake report")]


def test_the_person_a_role_titles_after_a_company_speaks():
    """'"...," said Acme chief executive Dr. John Roe.': John Roe, not Acme (which NER typed a person)."""
    sents = _article_sents('"This is the time of year when parents are making the decision," said Acme chief '
                           "executive Dr. John Roe.", people=("Acme", "John Roe"))
    assert _speakers(sents) == [("This", "John Roe")]


def test_his_mother_is_the_person_the_text_named_his_mother():
    """'says his mother, Jane Roe' ... 'which his mother describes as a "miracle drug"' ... '"...," she says.
    "..."': Jane Roe (before: the boy, whose gender the text never gives to `gender`)."""
    sents = _article_sents("He was extremely cranky as an infant, says his mother, Jane Roe, 42, a consultant.\n\n"
                           "The turning point in Tim's life came at age 5, with a prescription for Zyprex, which his "
                           'mother describes as a "miracle drug."\n\n"The effect was immediate," she says. "He had '
                           'less trouble going from one activity to the next."', people=("Jane Roe", "Tim", "Zyprex"))
    assert _speakers(sents)[-1] == ("He", "Jane Roe")


def test_a_definite_nominal_introduced_far_back_is_not_a_person_named_since():
    """'..., a close friend of the singer confirms.' in the lead, then '"...," the friend explains.' eight paragraphs
    on: the friend (before: the singer, the introduction out of a 600-character window)."""
    filler = "\n\n".join(f"Jane Roe and John Doe were seen together in July number {i}, at the family compound in "
                         "the summer, where the press took many photos of the pair." for i in range(7))
    sents = _article_sents("Jane Roe and John Doe have broken up, a close friend of the singer confirms.\n\n\"They "
                           'quietly parted ways a while ago," the friend explains.\n\n' + filler + '\n\n"With her '
                           'promotion for the album, she has no time off until the end of the year," the friend '
                           "explains.", people=("Jane Roe", "John Doe"))
    assert _speakers(sents) == [("They", "the friend"), ("With", "the friend")]


def test_a_noun_phrase_that_says_speaks_for_the_quote_after_it():
    """'Critics say the offer may have violated the part of the U.S. code that says: "..."': the code (before: John
    Roe, named in the critics' clause)."""
    sents = _article_sents("Critics say the John Roe job offer may have violated the part of the U.S. code that says: "
                           '"Whoever promises any employment to any person as a reward for any political activity '
                           'shall be fined."', people=("John Roe",))
    assert _speakers(sents) == [("Whoever", "the part of the U.S. code")]


def test_a_quote_after_an_aside_between_dashes_hangs_on_the_verb_before_the_aside():
    """'John Roe told the paper ... — where the lawyer Mark Poe said she was "..." — "I hear ..."': John Roe."""
    sents = _article_sents("Prosecutor John Roe told the paper a couple of hours after a court hearing \u2014 where "
                           'the lawyer Mark Poe said she was "ensconced in the bosom" of the clinic \u2014 "I hear she '
                           'is on her way to the airport and getting on a flight back."', people=("John Roe", "Mark Poe"))
    assert _speakers(sents)[-1] == ("I", "John Roe")


def test_the_source_is_never_a_person_named_before():
    """'"...," the source told us.' after 'John Roe said ...': an unnamed source."""
    sents = _article_sents("John Roe said he has received confirmation that she checked in.\n\n\"She never checked "
                           'into the first clinic but is back at the other one," the source told us.',
                           people=("John Roe",))
    assert _speakers(sents) == [("She", "the source")]


def test_a_possessive_nominal_after_the_reported_clause_speaks():
    """'Jane Roe checked into the clinic ..., her rep confirms to the magazine.' then a quote: her rep's."""
    sents = _article_sents("Jane Roe checked into the clinic on Thursday night, for what is to be a three-month stay, "
                           'her rep confirms to the magazine.\n\n"And she showed up in the morning and hated it. She is '
                           'interested in going back."', people=("Jane Roe",))
    assert _speakers(sents) == [("And", "Jane Roe's rep")]  # (the possessor named: spk47)


# sixteenth speaker round (blind-speakers13's errors, read after its one measurement): made-up text, one family each
def test_demands_is_a_speech_verb():
    """'"Who are you!" the congressman demands. "Tell me who you are ..."': the congressman (before: no one)."""
    sents = _article_sents("John Roe was seen in the video.\n\n\"Who are you!\" the seven-term congressman demands. "
                           '"Tell me who you are, I have a right to know who you are."', people=("John Roe",))
    assert _speakers(sents) == [("Tell", "John Roe")]


def test_a_man_the_text_does_not_name_speaks_not_the_person_he_tells():
    """'Another man, not seen on camera, then tells X, "..."': another man (before: X, the one he tells)."""
    sents = _article_sents('Another man, not seen on camera, then tells John Roe, "We are just here for a project '
                           'with the college."', people=("John Roe",))
    assert _speakers(sents) == [("We", "Another man")]


def test_the_woman_introduced_far_back_is_no_person_named_since():
    """'someone else was with me. A woman.' ... '"...," the woman said' (more than 600 characters on, a man
    named since): the woman (before: the man)."""
    filler = " ".join(f"The wing number {i} was patterned and moving through the air like a river of color." for i in
                      range(9))
    sents = _article_sents("For most of my journey, someone else was with me. A woman. She was young.\n\n" + filler +
                           "\n\nEben Roe later wrote about it in a book.\n\n\"We will show you many things here,\" the "
                           "woman said.", people=("Eben Roe",))
    assert _speakers(sents) == [("We", "the woman")]


def test_a_gendered_role_is_never_an_epithet_of_someone_of_the_other_gender():
    """'John Roe opened the door. "...," the woman said': not John Roe (a man)."""
    sents = _article_sents('John Roe opened the door at noon.\n\n"We will show you many things here," the woman said.',
                           people=("John Roe",))
    assert _speakers(sents) == [("We", "the woman")]


def test_a_capitalized_title_inside_a_sentence_is_a_publication_not_a_role():
    """'"...," trade magazine The Hollywood Reporter wrote': the magazine (before: the person speaking nearby, "The
    ... Reporter" read as "the reporter")."""
    sents = _article_sents('"It is a great honor to host the show again," said Jane Doe.\n\n"Choosing her signals that '
                           'the next show will have a different tone," trade magazine The Hollywood Reporter wrote.',
                           people=("Jane Doe",))
    assert _speakers(sents)[-1] == ("Choosing", "The Hollywood Reporter")


def test_a_possessive_held_in_the_persons_mention_still_owns_the_line():
    """"the screen flashed Patrick Henry's immortal line, ``...''" with NER's span "Patrick Henry's": his line."""
    sents = _article_sents("The audience burst into applause when the screen flashed John Roe's immortal line, ``Give "
                           "me liberty or give me death.''", people=("John Roe's",))
    assert _speakers(sents) == [("Give", "John Roe's")]


def test_a_names_role_before_the_verb_speaks():
    """'John Roe's spokesman said "..."': the spokesman (before: no one; the owner is a possessive)."""
    sents = _article_sents('John Roe\'s spokesman said "We will appeal the ruling next week in the court."',
                           people=("John Roe",))
    assert _speakers(sents) == [("We", "John Roe's spokesman")]


def test_whoever_issued_a_statement_saying_speaks_not_the_statement():
    """"X's campaign issued a statement later saying their lawyer ... as "..."": the campaign (before: "a
    statement")."""
    sents = _article_sents("John Roe's campaign issued a statement later saying their lawyer was not authorized to "
                           'object to the rejection as "Non-citizens cannot vote in US elections."', people=("John Roe",))
    assert _speakers(sents) == [("Non-citizens", "John Roe's campaign")]


def test_the_name_a_capitalized_title_gives_speaks_not_the_body_before_it():
    """'Newly elected Academy President Jane Doe said, "..."' (NER typed both organizations): Jane Doe."""
    sents = _article_sents('Newly elected Academy President Jane Doe said, "I agreed with them immediately that Ellen '
                           'is the ideal host for this year\'s show."', orgs=("Academy", "Jane Doe"))
    assert _speakers(sents) == [("I", "Jane Doe")]


def test_she_is_the_full_name_ner_missed_opening_the_sentence_before():
    """'Jane Roe, visiting from Kalona, Iowa, ... sported a button. But, after hearing X, she told a reporter:
    "..."': Jane Roe (before: a person named further back)."""
    sents = _article_sents("Candidate Lou Quint spoke first, to loud applause.\n\nJane Roe, visiting from Kalona, Iowa, "
                           "with her son, sported a campaign button. But, after hearing John Doe, she told a reporter: "
                           '"Maybe it will not be so bad if he is elected."', people=("Lou Quint", "John Doe"),
                           places=("Kalona", "Iowa"))
    assert _speakers(sents) == [("Maybe", "Jane Roe")]


def test_an_opening_mark_before_a_comma_closes_the_quote():
    """'\u201c It is official ...!' / 'I would like to thank ... the orchestra \u201c, the host said': one quote
    over two paragraphs, its closing mark misshapen (before: both parts lost)."""
    sents = _article_sents("Jane Doe will host the show in March.\n\n\u201c It is official: I am hosting the show!\n\n"
                           "I would like to thank the Academy, my wife and, oh dear, there goes the orchestra \u201c, "
                           "the host said on her feed just now.", people=("Jane Doe",))
    assert [w for w, _ in _speakers(sents)] == ["It", "I"]


def test_two_roles_joined_before_the_verb_are_one_noun_phrase():
    """'"...," the comedian and talk show host said': the person speaking nearby, by the epithet (before: no one)."""
    sents = _article_sents('Jane Doe will host the show in March.\n\n"I would like to thank the Academy and all my '
                           'friends who voted," the comedian and talk show host said on her feed.', people=("Jane Doe",))
    assert _speakers(sents) == [("I", "Jane Doe")]


def test_a_name_inside_a_quote_is_not_whom_an_epithet_means():
    """'"I would like to thank my wife Portia ...," the comedian said' with no one speaking before: not Portia."""
    sents = _article_sents("Jane Doe will host the show in March.\n\n\"Thanks to my wife Portia and, oh dear, there "
                           'goes the orchestra," the comedian said on her feed.', people=("Jane Doe", "Portia"))
    assert _speakers(sents) == [("Thanks", "Jane Doe")]


def test_a_quote_runs_on_over_paragraphs_without_marks_to_the_one_closing_it():
    """A post quoted over three paragraphs, the middle one with no mark, the last closing it (before: all lost); the
    paragraph ending "provides the following commentary:" introduces it: the post."""
    sents = _article_sents("Over at the Daily Blog, a post accompanying the video provides the following commentary on "
                           "the encounter:\n\n\u201cExpect more of this. A hard left captured the majority in Congress "
                           "and forced them to enact a grab-bag of legislation.\n\nLet us recap what we saw on this "
                           "video. A sitting Congressman was asked on a public street whether he supported the agenda."
                           "\n\nIt is going to be a long, hot summer. But, you have been given a target. Act "
                           "accordingly.\u201d\n\nJohn Roe addressed the video in a statement Monday.",
                           people=("John Roe",))
    assert _speakers(sents) == [("Expect", "a post"), ("Let", "a post"), ("It", "a post")]


def test_a_paragraph_whose_opening_mark_was_lost_continues_the_quote_before():
    """'"We are thrilled ...," said X.' then 'She is beloved everywhere ... as we are. "': X's (before: lost)."""
    sents = _article_sents("The show will be broadcast live in March.\n\n\u201c We are thrilled to have Jane Doe host "
                           "the show, \u201d said John Roe.\n\nShe is beloved everywhere and we expect that the audience "
                           "will be as excited by this news as we are. \u201d", people=("John Roe", "Jane Doe"))
    assert _speakers(sents) == [("We", "John Roe"), ("She", "John Roe")]


def test_a_term_in_quote_marks_is_no_quote_a_lost_opening_continues():
    """'But little is known about these "students."' then a paragraph ending in a lone closing mark: no quote."""
    sents = _article_sents('"We will look at it again," said John Roe.\n\nBut little is known about these "students." '
                           "The video is published under an account.\n\nWhich brings us back to the response. It will "
                           "be interesting to follow how this story plays out in the news.\u201d",
                           people=("John Roe",))
    assert [w for w, _ in _speakers(sents)] == ["We"]


def test_a_surname_ner_missed_opening_the_sentence_is_its_subject():
    """'Doe also earned praise ..., memorably lightening the mood by asking, "..."' (NER missing "Doe" there): Jane
    Doe (before: the last speaker)."""
    sents = _article_sents('"Choosing her signals a different tone," trade magazine The Hollywood Reporter wrote.\n\n'
                           "Jane Doe hosted the show in 2007. Doe also earned praise for her performance as the host in "
                           "2001, memorably lightening the somber mood by asking, \"What would bug them more than "
                           'seeing a woman in a suit?"', people=("Jane Doe",))
    assert _speakers(sents)[-1] == ("What", "Jane Doe")


def test_his_claim_that_gives_the_quote_to_him():
    """'His assertion that drugs like these "do not explain ..." he experienced is amazing': his (before: no one)."""
    sents = _article_sents('"I was in a coma for a week," John Roe said.\n\nHis assertion that drugs like these "do not '
                           'explain the kind of clarity, the rich interactivity" he experienced is amazing.',
                           people=("John Roe",))
    assert _speakers(sents)[-1] == ("do", "John Roe")



def test_the_name_a_relative_clause_describes_speaks_not_a_name_inside_it():
    """Multi-News (AP, Kushner): 'Chaffetz, who said last week he has his "subpoena pen" ready, told McCabe that
    "Congress and the American public have a right ..."' was credited to McCabe; BASIL (Fox): a quote after
    "Santorum, who leads Mitt Romney in polling, said" to Mitt Romney. NER had tagged neither surname."""
    from test_analyze_units import _article_sents, _speakers

    sents = _article_sents('Chaffetz, who said last week he has his "subpoena pen" ready, told McCabe that "Congress '
                           'and the American public have a right and a duty to examine this issue."',
                           people=("Jason Chaffetz", "Andrew McCabe"))
    assert [who for _, who in _speakers(sents)] == ["Chaffetz"]
    sents = _article_sents('Santorum, who leads Mitt Romney in polling, said a "world view that elevates the Earth '
                           'above man" was the problem.', people=("Rick Santorum", "Mitt Romney"))
    assert [who for _, who in _speakers(sents)] == ["Santorum"]
    sents = _article_sents('Rick Santorum spoke in Ohio. The senator, who leads Mitt Romney in polling, said a "world '
                           'view that elevates the Earth above man" was the problem.', people=("Rick Santorum", "Mitt Romney"))
    assert [who for _, who in _speakers(sents)] == ["Rick Santorum"]  # the noun phrase "who" describes speaks
    # BASIL (Fox): a relative clause longer than the window read before the quote
    sents = _article_sents('Santorum, who has pulled ahead of Mitt Romney in polling for the 2012 Republican '
                           'presidential primary nod, said Sunday that when he used the word "theology" he was '
                           'referring to a "world view that elevates the Earth above man."',
                           people=("Rick Santorum", "Mitt Romney"))
    assert [who for _, who in _speakers(sents)][-1:] == ["Santorum"]


def test_a_quoted_title_inside_the_speakers_description_is_not_a_quote():
    """Multi-News 0088: '"... We live in strange times," wrote TV producer and "Lucifer" showrunner Joe Henderson.'
    was credited to "TV" (the words before "Lucifer", read as the next quote's opening)."""
    sents = _article_sents('"We live in strange times," wrote TV producer and "Lucifer" showrunner Joe Henderson.',
                           people=("Joe Henderson",))
    assert _speakers(sents) == [("We", "Joe Henderson")]


# --- seventeenth speaker round (blind-speakers14's errors, read after its one blind measurement; the lead's reading)

def test_summarized_is_a_speech_verb():
    """BASIL (HuffPost): '"It's completely inconsistent with this latest statement," summarized Senor.'"""
    sents = _article_sents('"It is completely inconsistent with this latest statement," summarized John Roe.',
                           people=("John Roe",))
    assert _speakers(sents) == [("It", "John Roe")]


def test_a_role_in_apposition_with_a_name_before_the_quote_is_the_name():
    """BASIL (NYT): 'A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. Steele was "..."'
    was credited to "A spokesman for the Democratic National Committee" (NER typed Brad Woodhouse an organization)."""
    sents = _article_sents('A spokesman for the Democratic National Committee, John Roe, said Mr. Smith was "betting '
                           'against our troops and rooting for failure."', people=("Mr. Smith",),
                           orgs=("Democratic National Committee", "John Roe"))  # NER typed the name an organization
    assert _speakers(sents) == [("betting", "John Roe")]


def test_a_noun_phrase_and_its_long_appositive_between_the_quote_and_the_verb():
    """Multi-News 0216: '"...!" the researchers, anthropologist El Molto of The University of Western Ontario and
    Ontario physician Peter Sheldrick, wrote in their paper.' had no speaker (the verb out of reach); the person the
    appositive names after a role noun speaks, whatever NER typed the name (El Molto was a GPE)."""
    sents = _article_sents('"When the cases were first presented at meetings a common comment was that they were too '
                           'young!" the researchers, anthropologist Jan Roe of The University of Western Ontario and '
                           'Ontario physician Peter Doe, wrote in their paper.', places=("Jan Roe", "Ontario"),
                           people=("Peter Doe",), orgs=("The University of Western Ontario",))
    assert _speakers(sents) == [("When", "Jan Roe")]


def test_a_compound_of_a_body_and_a_document_is_the_document():
    """Multi-News 0236: '"...," the court papers said' was credited to "the court"."""
    sents = _article_sents('"Prince John was entitled to have multiple wives and families, and he did so," the court '
                           'papers said.', people=("Prince John",))
    assert _speakers(sents) == [("Prince", "the court papers")]


def test_it_after_a_body_whose_name_holds_a_number():
    """Multi-News 0235: 'The US-based 38 North website noted that ...' then 'It added: "..."' went to "A new
    report" two sentences back (a modifier with digits was no part of a nominal)."""
    sents = _article_sents('A new report has claimed that the device was far more powerful than thought.\n\n'
                           'The US-based 38 North website noted that the organisation had revised the power upwards.'
                           '\n\nIt added: "This revision is significant because the yield can now be estimated at 250 '
                           'kilotons."')
    assert _speakers(sents) == [("This", "The US-based 38 North website")]


def test_a_passive_speech_verb_inside_the_reported_clause_leaves_the_quote_to_the_active_one():
    """Multi-News 0236: 'He has also said the jury should not be told that he had several wives, because "polygamy
    is offensive to many Americans"' had no speaker ("be told" named no one); a passive alone still names no one."""
    sents = _article_sents('Prince John Doe is seeking to persuade a judge that the pictures should not be shown.\n\n'
                           'He has also said the jury should not be told that he had several wives and mistresses, '
                           'because "polygamy is offensive to many Americans".', people=("Prince John Doe",))
    assert _speakers(sents) == [("polygamy", "Prince John Doe")]
    sents = _article_sents('John Doe was there. The patient was said to have been "near death for several long '
                           'days".', people=("John Doe",))
    assert _speakers(sents) == [("near", None)]


def test_the_possessive_of_a_name_ending_in_s_owns_a_thesis():
    """DUC 2006 D0613D: 'The number comes from Howe and Strauss' thesis that ``Counting back ...''' had no speaker."""
    sents = _article_sents("The number comes from Howe and Strauss' thesis that \"Counting back to the peers of "
                           "Benjamin Franklin, this generation is the 13th to know the nation.\"",
                           people=("Howe", "Strauss", "Benjamin Franklin"))
    assert _speakers(sents) == [("Counting", "Strauss")]


def test_a_letter_someone_is_writing_speaks_in_the_paragraph_after():
    """BASIL (HuffPost): 'The pushback crested with Bill Kristol — ... — writing a letter to Steele on his site
    ...' then the letter quoted over three paragraphs, credited to Steele (the "saying" of a sentence before)."""
    sents = _article_sents('Conservatives reacted to John Smith on Friday, after the chairman was caught on camera '
                           'saying that the war is unwinnable.\n\nThe pushback crested with Jane Roe, still an '
                           'influential voice, writing a letter to Smith on her site calling for his resignation.\n\n'
                           '"Needless to say, the war was not of the president\'s choosing and never has been."',
                           people=("John Smith", "Jane Roe", "Smith"))
    assert _speakers(sents)[-1] == ("Needless", "Jane Roe")


def test_a_quoted_description_of_unnamed_sources_is_no_named_persons_words():
    """Multi-News 0219 (the lead's reading): 'The Post story cited anonymous "people familiar with the
    investigation," who said ... Kushner ...' was shown as a quote of Kushner."""
    sents = _article_sents('The Post story cited anonymous "people familiar with the investigation," who said the '
                           'inquiry does not mean that John Roe is suspected of a crime.', people=("John Roe",),
                           orgs=("Post",))
    assert _speakers(sents) == [("people", None)]


def test_a_participle_or_a_parenthesised_note_is_no_name():
    """Multi-News 0088 (the lead's reading): 'Hu: TV Abbreviated shows you "your favorite shows, ..."' was shown as
    a quote of "Abbreviated"; a word in parentheses is an editorial note, no speaker either."""
    from newsbrief.analyze.quotes import _no_name

    text = 'The service launched. (Updated) Hu: TV Abbreviated shows you "your favorite shows."'
    assert _no_name("Abbreviated", text) and _no_name("Updated", text)
    assert not _no_name("Mohammed", text) and not _no_name("Reed", text) and not _no_name("John Roe", text)


def test_they_after_two_names_an_inverted_verb_gives():
    """Multi-News 0216: '..., the researchers estimated that ..., wrote El Molto and Dr. Peter Sheldrick in a paper.
    "Thus, ...," they wrote.' went to "the researchers" (the clause's subject), not the two the verb names."""
    sents = _article_sents('Extrapolating from these cases, the researchers estimated that the risk was about 5 in '
                           '1,000, wrote Jan Roe and Dr. Peter Doe in a paper. "Thus, the lifetime cancer risk today is '
                           '100 times greater than in the oasis," they wrote.', places=("Jan Roe",),
                           people=("Peter Doe",))
    assert _speakers(sents) == [("Thus,", "Jan Roe and Peter Doe")]


def test_a_he_inside_the_reported_clause_is_not_the_speaker():
    """The lead's reading (BASIL 65cb14cb, fixed on main by 534c6f7 for a relative clause): 'X said that when he used
    the word "theology" he was referring to a "..."' is X's, never the person named last before the inner "he".
    A guard: the subject of the speech verb speaks, the "he" of its reported clause is not read."""
    sents = _article_sents('Rick Santorum campaigned in Ohio on Saturday, a day after Mitt Romney.\n\nSantorum said on '
                           'Sunday that when he used the word "theology" he was referring to a "world view that '
                           'elevates the Earth above man."', people=("Rick Santorum", "Mitt Romney", "Santorum"))
    assert [who for _, who in _speakers(sents)][-1:] == ["Santorum"]
    sents = _article_sents('Rick Santorum campaigned in Ohio on Saturday, a day after Mitt Romney.\n\nHe said on '
                           'Sunday that when he used the word "theology" he was referring to a "world view that '
                           'elevates the Earth above man."', people=("Rick Santorum", "Mitt Romney"))
    assert [who for _, who in _speakers(sents)][-1:] == ["Rick Santorum"]


def test_they_after_two_names_opening_a_sentence_after_introductory_phrases():
    """Multi-News 0216: 'Even accounting for these caveats, however, Molto and Sheldrick believe that ...' then
    '"...," they wrote in their paper.' went to "the researchers" three sentences back (two introductory phrases
    before the pair; NER typed one name a place elsewhere)."""
    sents = _article_sents('The researchers said the lifespan was shorter.\n\nEven accounting for these caveats, however, '
                           'Roe and Doe believe that the prevalence of cancer was lower.\n\n"In our opinion, it is '
                           'doubtful that the rate of cancer would have been equivalent," they wrote in their paper.',
                           people=("Roe", "Doe"))
    assert _speakers(sents) == [("In", "Roe and Doe")]


def test_a_named_persons_wife_speaks_not_the_person():
    """Multi-News 0047 (the lead's reading): 'Paul Conroy's wife said on Sunday that ... they were "not to be
    trusted"' was shown as Conroy's words: a name's kin speak, as "X's lawyer" does."""
    sents = _article_sents("Paul Conroy's wife said on Sunday that the offer of the convoy was \"not to be trusted at "
                           "all by anyone in the city\".", people=("Paul Conroy",))
    assert _speakers(sents) == [("not", "Paul Conroy's wife")]
    # (kin are no role a pronoun stands for: the daughter a mother speaks of is not who "she said" means)
    sents = _article_sents("Banks said her daughter was frightened by the violence. \"You all cannot just get away "
                           "with killing my baby,\" she said.", people=("Banks",))
    assert _speakers(sents) == [("You", "Banks")]


def test_a_she_said_is_never_the_man_introduced_before():
    """(the lead's reading) '"...," she said' after a sentence introducing only a man went to him: the fallback for
    a quote no rule attributes (the person the sentence before introduces, the last speaker) must agree with the
    pronoun that follows the quote; with no one it agrees with, the quote stays unattributed."""
    sents = _article_sents('John Smith met reporters on Monday. "The offer was not to be trusted at all," she said.',
                           people=("John Smith",))
    assert _speakers(sents) == [("The", None)]
    sents = _article_sents('John Smith met reporters on Monday. "The offer was not to be trusted at all," he said.',
                           people=("John Smith",))
    assert _speakers(sents) == [("The", "John Smith")]


def test_a_name_in_quote_marks_is_no_quote():
    """MultiLing M005 (the lead's reading): a fisherman 'known as "El Rey del Cochayuyo"' was listed as a quote of
    Wikinews; a title ("The Hunger Games") is no one's words either. Speech of a few words stays a quote."""
    sents = _article_sents('The fisherman, known as "El Rey del Cochayuyo", sells seaweed. "We lost everything in the '
                           'wave," Julio Ibarra said.', people=("Julio Ibarra",))
    assert _speakers(sents) == [("We", "Julio Ibarra")]
    sents = _article_sents('The director said the sequel of "The Hunger Games" was "not ready to go yet".')
    assert [w for w, _ in _speakers(sents)] == ["not"]
    # a song's or a headline's title quoted whole (Multi-News 0201, stop 37: "We Are Never Ever Getting Back
    # Together" was the friend's quote)
    sents = _article_sents('The friend explains of the "We Are Never Ever Getting Back Together" crooner that "they '
                           'quietly parted ways a while ago."')
    assert [w for w, _ in _speakers(sents)] == ["they"]
    sents = _article_sents('Vulture ran "Taylor Swift and Jake Gyllenhaal Share Thanksgiving Maple Lattes" that week.')
    assert _speakers(sents) == []
    sents = _article_sents('"We Are Not Going To Stop!" the crowd chanted outside the court.')
    assert [w for w, _ in _speakers(sents)] == ["We"]  # (an exclamation: speech, however capitalized)
    # a cover line's speaker goes on to the quotes after it (DUC 2003 d107c: Newsweek's, not Time's)
    sents = _article_sents("It creeps up on him, says Time. ``The Death Penalty on Trial,'' announces Newsweek's cover "
                           "story. ``The death penalty is in the dock,'' and more.", orgs=("Time", "Newsweek"))
    assert [(w, who) for w, who in _speakers(sents)] == [("The", "Newsweek")]
    sents = _article_sents('"Jesus Christ, I\'m speechless," said David Millar. "It makes me sad. I have the '
                           'impression the riders will never understand."', people=("David Millar",))
    assert [who for _, who in _speakers(sents)] == ["David Millar", "David Millar"]


# --- eighteenth speaker round (blind-speakers15; docs/analysis-labels.md) ------------------------------------------


def test_a_bare_plural_role_before_the_verb_speaks():
    """'"...," officials said' and 'a second man "..." on the same day, French officials said.' stayed
    unattributed: a plural role with no determiner was no nominal speaker, and a verb ending the sentence after a
    comma did not reach a quote inside its clause."""
    sents = _article_sents('"The person that was arrested has been charged with taking part in the attacks," '
                           'officials said.')
    assert _speakers(sents) == [("The", "officials")]
    sents = _article_sents('One man had been registered on the island, but a second man "has been formally identified '
                           'as the individual whose prints correspond to those taken there" on the same day, French '
                           'officials said.')
    assert _speakers(sents) == [("has", "French officials")]
    # (a quoted phrase inside its clause still is no one's: the verb after it has an object)
    sents = _article_sents('A website "run by associates of the president" states that the sailors face charges.')
    assert _speakers(sents) == [("run", None)]


def test_a_places_person_role_speaks():
    """"X's federal prosecutor said in a statement": a place's possessive was left to rules that found nothing (a
    place's body, "Egypt's news agency", still is)."""
    sents = _article_sents('"The person arrested yesterday has been charged by the investigating judge," Norland\'s '
                           'federal prosecutor said in a statement.', places=("Norland",))
    assert _speakers(sents) == [("The", "Norland's federal prosecutor")]


def test_a_magazine_speaks():
    sents = _article_sents('"Record opening for the sequel this weekend!" said a British magazine.')
    assert _speakers(sents) == [("Record", "a British magazine")]


def test_the_original_document_speaks_and_it_is_the_original():
    """'But the original called for X to "..." It said ... "..."' went to the person quoted before (a document
    named by what it is of another: "the original", "the final version")."""
    sents = _article_sents('Jane Doe said in a statement that she was "saddened by the claim that patriotic Americans '
                           'are racists." The final wording will be released in October. But the original called '
                           'for the group to "educate its membership and the community about this movement." It '
                           'said something could evolve "and become more dangerous for a small percentage of people."',
                           people=("Jane Doe",))
    assert _speakers(sents) == [("saddened", "Jane Doe"), ("educate", "the original"), ("and", "the original")]


def test_a_paragraph_whose_opening_mark_was_lost_before_its_attribution():
    """'I am not able to give you the number ...,” the prosecutor, X, said, adding that ... Y ...': the opening
    mark lost, the closing one before the attribution; and the name after "said, adding that" is not the
    speaker (the name in apposition with the role is)."""
    sents = _article_sents('Mr. Roe had not been taken alive, the authorities said.\n\nI am not able to give you the '
                           'definitive number and identities of the people who were killed,” the city prosecutor, John '
                           'Doe, said, adding that neither Mr. Roe nor another suspect was among those arrested.',
                           people=("John Doe", "Roe"))
    assert _speakers(sents) == [("I", "John Doe")]


def test_a_surname_ner_typed_a_place_after_a_title_and_given_name_is_a_person():
    """"Air Chief Marshal Angus X said ..." with X typed a place (a city's name): "he said" two sentences on found
    no one."""
    sents = _article_sents('Air Chief Marshal Angus Springfield said a ship had detected a signal again on Saturday.'
                           '\n\nHe said the latest discovery was about 2km away from the first.\n\n"The fact that we '
                           'have two detections in that location provides some promise," he said.',
                           places=("Springfield",))
    assert [(w, s and "Springfield" in s) for w, s in _speakers(sents)] == [("The", True)]


def test_any_speech_verb_after_the_pronoun_checks_its_gender():
    """(the lead's reading) the check that a "she" after the quote agrees with the speaker found kept its own
    seven verbs: '"...," she warned' went to the man introduced before."""
    sents = _article_sents('John Smith met reporters on Monday. "The offer was not to be trusted at all," she warned.',
                           people=("John Smith",))
    assert _speakers(sents) == [("The", None)]


def test_a_kin_role_with_a_given_name_in_apposition_speaks():
    """(the lead's reading) "Paul Conroy's wife, Kate, said ..." went to Conroy: a one-word given name in
    apposition to a kin role names no one else."""
    sents = _article_sents("John Roe's wife, Kate, said on Sunday that the offer of the convoy was \"not to be trusted "
                           "at all by anyone in the city\".", people=("John Roe", "Kate"))
    assert _speakers(sents) == [("not", "John Roe's wife, Kate")]


def test_a_state_as_the_subject_of_a_speech_verb_speaks():
    """(the lead's reading) '"...," North Korea said' stayed unattributed (a place never spoke): a state as the
    verb's subject speaks for its government; a place after a preposition or in a dateline never does."""
    sents = _article_sents('"We will respond to any provocation with force," Norland said on Monday.',
                           places=("Norland",))
    assert _speakers(sents) == [("We", "Norland")]
    sents = _article_sents('Norland said on Monday that it would respond "with force to any provocation by the '
                           'enemy".', places=("Norland",))
    assert _speakers(sents) == [("with", "Norland")]
    sents = _article_sents('Norland has threatened to sink its neighbour and said the envoy should be "beaten like a '
                           'rabid dog for what he said".', places=("Norland",))
    assert _speakers(sents) == [("beaten", "Norland")]
    sents = _article_sents('"We will respond to any provocation with force," a spokesman in Norland said.',
                           places=("Norland",))
    assert _speakers(sents) == [("We", "a spokesman")]


def test_a_bare_plural_speaking_in_between_is_no_antecedent_of_an_epithet():
    """(guard, the eighteenth round's bare plurals) "Russian officials said ..." between a person and "the navy chief
    said" is a group: the epithet is still the admiral named before, not "the navy chief" unresolved."""
    sents = _article_sents("The submarine sank near the Arctic Circle on Sunday, naval commander Admiral John Roe said."
                           "\n\nRussian officials said the vessel was carrying no nuclear weapons.\n\n\"Despite all the "
                           "efforts being taken, the probability of a successful outcome is not very high,\" the navy "
                           "chief said.", people=("John Roe",))
    assert _speakers(sents) == [("Despite", "John Roe")]


def test_a_report_with_a_stray_closing_mark_is_no_quote_whose_opening_was_lost():
    """(guard) a paragraph reporting speech ("X said rescuers were driven by fear ...arked all our work,'' he
    said") or of several sentences ("... is a serious issue. ... `Hoarding behavior ...,'' X said") before its
    first mark, a closing one, is no quote opening the paragraph (a garbled wire text; a lost backtick)."""
    from newsbrief.analyze.quotes import extract

    sents = _article_sents("A spokesman described the rescue.\n\nJohn Roe said rescuers were driven by fear for the "
                           "sailorsarked all our work,'' he said.", people=("John Roe",))
    assert not [q for q in extract(sents) if q.text.startswith("John Roe said")]
    sents = _article_sents("Hoarding is a serious issue for shelters. Dr. John Roe is conducting a study of it. "
                           "`Hoarding behavior of any kind is not well understood,'' Roe said.", people=("John Roe",))
    assert not [q for q in extract(sents) if q.text.startswith("Hoarding is")]


# --- nineteenth speaker round (blind-speakers16; docs/analysis-labels.md) -------------------------------------------


def test_a_letter_a_group_signed_speaks_for_itself_not_for_the_person_it_is_sent_to():
    """'The latest criticism comes in a letter ... signed by nearly 90 faculty members ... The letter says, "We would
    be remiss ..."' went to the person a speech sentence two paragraphs before names (the letter's addressee): a
    first-person document's writer is a person speaking before only when the text names no other sender."""
    sents = _article_sents("Representative John Roe has been criticized ever since he claimed this month that his plan "
                           "was inspired by his faith.\n\nThe latest criticism comes in a letter released Tuesday and "
                           "signed by nearly 90 faculty members, in advance of Mr. Roe's visit.\n\nThe letter says, "
                           '"We would be remiss in our duty if we did not challenge your continuing misuse of our '
                           'teaching."', people=("John Roe",))
    assert _speakers(sents) == [("We", "The letter")]
    sents = _article_sents("John Roe is heading to the university for a speech on Thursday.\n\nA group of nearly 90 "
                           "professors has sent John Roe a letter saying he misused the doctrine.\n\n\"We appreciate "
                           'your willingness to talk about our teaching and the policy it informs," the letter states.',
                           people=("John Roe",))
    assert _speakers(sents) == [("We", "the letter")]


def test_who_said_over_a_phrase_of_time_and_place_is_the_noun_before_who():
    sents = _article_sents("The vote was welcomed by the finance ministers of the member countries, who in a statement "
                           'on Sunday night in Brussels said the outcome "should allow for the formation of a stable '
                           'government."', places=("Brussels",))
    assert _speakers(sents) == [("should", "the finance ministers of the member countries")]


def test_saying_after_a_relative_clause_is_the_noun_before_which():
    """'The letter quotes the U.S. Conference of Catholic Bishops, which wrote several letters to Congress saying
    "..."' went to "The letter" (the sentence's subject), not the body whose letters say it."""
    sents = _article_sents("The letter quotes the National Council of Churches, which wrote several letters to Congress "
                           'saying "a just framework for budgets cannot rely on cuts in services to the poor."',
                           orgs=("National Council of Churches",))
    assert _speakers(sents) == [("a", "National Council of Churches")]


def test_a_full_name_ner_missed_after_the_verb_before_an_appositive_with_a_body():
    """'said Oh Ei Sun, a senior fellow at the S. Rajaratnam School ...': the body inside the appositive spoke."""
    sents = _article_sents('"The incident has exposed how fragile the rescue mechanism is," said Ah Bo Lin, a senior '
                           "fellow at the Northfield School of International Studies.",
                           orgs=("Northfield School of International Studies",))
    assert _speakers(sents) == [("The", "Ah Bo Lin")]


def test_my_mother_speaks():
    """A first-person writer's relative ('"...," my mother wrote me') was no nominal speaker: the quote went to the
    cousin quoted before."""
    sents = _article_sents('My cousin Jane Doe wrote to me on Saturday, "Everyone I know is safe, thank God for that."'
                           ' "And as parents, it is awful when you cannot protect your children," my mother wrote me.',
                           people=("Jane Doe",))
    assert _speakers(sents) == [("Everyone", "Jane Doe"), ("And", "my mother")]


def test_a_doubled_opening_mark_opens_one_quote():
    sents = _article_sents('"We represent a majority of the people opposed to the deal," said Jane Doe. ""We will be '
                           'present in these developments as the main opposition."', people=("Jane Doe",))
    assert _speakers(sents) == [("We", "Jane Doe"), ("We", "Jane Doe")]


def test_a_participle_claiming_introduces_a_quote():
    sents = _article_sents('The new advertisement ends with John Roe claiming, "faith made this country strong. It can '
                           'make it strong again."', people=("John Roe",))
    assert _speakers(sents) == [("faith", "John Roe")]


def test_scholars_speak():
    sents = _article_sents('The scholars say that it is true that "it calls for solutions to be enacted as close to '
                           'the communities as possible."')
    assert _speakers(sents) == [("it", "The scholars")]


def test_an_epithet_with_a_name_is_the_person_tied_to_that_name():
    """'"...," the Pasok leader told reporters' after 'the leader of Syriza, Alexis Tsipras' and 'Evangelos
    Venizelos, whose socialist Pasok party came third': the person given the role with another party's name was
    taken. (A role with no capitalized modifier still is the last person given it.)"""
    sents = _article_sents("Jane Doe met the leader of the Greens, John Roe, after talking to the president. "
                           '"We will stay in opposition for now," John Roe said. Jane Doe later met Richard Poe, whose '
                           'socialist Labour party came third. "The country needs a government right away," the Labour '
                           "leader told reporters.", people=("Jane Doe", "John Roe", "Richard Poe"))
    assert _speakers(sents) == [("We", "John Roe"), ("The", "Richard Poe")]
    sents = _article_sents("Jane Doe met the leader of the Greens, John Roe, after talking to the president. Jane Doe "
                           'later met Richard Poe. "The country needs a government right away," the leader told '
                           "reporters.", people=("Jane Doe", "John Roe", "Richard Poe"))
    assert _speakers(sents) == [("The", "John Roe")]


# -- speaker names as shown (issue 11, spk21; docs/analysis-labels.md "Speaker names as shown") --------------------


def test_a_body_named_before_the_verb_is_shown_whole_not_its_last_words():
    """NER missed the body: the capitalized words before the verb run back over the name's own "of" to its start
    (main showed "Adoption Attorneys")."""
    sents = _article_sents('The American Academy of Adoption Attorneys released a statement saying the measure "holds '
                           'tremendous potential to correct some flawed adoption practices."')
    assert _speakers(sents) == [("holds", "The American Academy of Adoption Attorneys")]


def test_a_body_mention_holding_the_bare_words_speaks_as_itself():
    """NER's mention starts at "The": the bare words inside it are that mention, not a name of their own."""
    sents = _article_sents('The American Academy of Adoption Attorneys released a statement saying the measure "holds '
                           'tremendous potential to correct some flawed adoption practices."',
                           orgs=("The American Academy of Adoption Attorneys",))
    assert _speakers(sents) == [("holds", "The American Academy of Adoption Attorneys")]


def test_the_end_of_a_body_named_after_of_is_no_speaker_before_the_person_in_apposition():
    """'The director of X's Institute for Family Welfare, Jane Roe, said': the person, not "Family Welfare"."""
    sents = _article_sents("The director of Colombia's Institute for Family Welfare, Jane Roe, said Thursday that the "
                           'twins would go home after the tribe "agreed to place the rights of these two children '
                           'above their beliefs."', people=("Jane Roe",), places=("Colombia",))
    assert _speakers(sents) == [("agreed", "Jane Roe")]


def test_a_title_joined_by_of_does_not_take_the_persons_name():
    """'Secretary of State Condoleezza Rice said', NER missing her: the name is not run back over the title's "of"."""
    sents = _article_sents('Secretary of State Condoleezza Rice said the talks "would go on for as long as they '
                           'need to."')
    assert _speakers(sents)[0][1] != "Secretary of State Condoleezza Rice"


def test_a_mention_ner_cut_inside_the_written_name_gives_way_to_the_whole_name():
    """NER's "the UN Office" inside "the UN Office for the Co-ordination of Humanitarian Affairs" (main showed
    "Humanitarian Affairs", the bare words next to the verb): the name as written speaks."""
    sents = _article_sents('"Relief operations are being hampered by continuous aftershocks," said a statement from '
                           'the aid office. Later the UN Office for the Co-ordination of Humanitarian Affairs said '
                           '"many areas along the coast remain cut off from any help."',
                           orgs=("the UN Office", "Humanitarian Affairs"))
    assert _speakers(sents)[-1] == ("many", "UN Office for the Co-ordination of Humanitarian Affairs")


def test_an_outlet_inside_a_nominal_keeps_its_name_when_its_mention_opens_with_the():
    """'An editorial last Friday in The Wall Street Journal said': the outlet's mention holds the bare name, so the
    outlet speaks as its entity (main: the bare words "Wall Street Journal"; a guard that the outlet is not dropped
    for the nominal "An editorial" now that bare words inside a mention are that mention)."""
    sents = _article_sents('An editorial last Friday in The Wall Street Journal said such cases reach "beyond the issue '
                           'of home schooling to the rights of parents."', orgs=("The Wall Street Journal",))
    assert _speakers(sents) == [("beyond", "The Wall Street Journal")]


def test_a_described_speaker_keeps_the_year_of_the_name_it_speaks_for():
    """'A spokesman for Beijing 2008 said': the body is "Beijing 2008" (main showed "a spokesman for Beijing")."""
    sents = _article_sents('A spokesman for Beijing 2008 said "the torch represents the Olympic spirit and people '
                           'welcome the torch."')
    assert _speakers(sents) == [("the", "A spokesman for Beijing 2008")]


# --- twentieth speaker round (blind-speakers17; docs/analysis-labels.md) ---------------------------------------------


def test_a_role_inside_a_phrase_after_a_preposition_introduces_no_one():
    """'a month-long review process spearheaded by Vice President X' is no introduction of "a president", so '"...,"
    said the president' is the person titled President before, not the one that phrase names."""
    sents = _article_sents("President John Roe unveiled on Wednesday the most sweeping plan in a generation.\n\nThe plan "
                           "comes at the end of a month-long review process spearheaded by Vice President Richard Poe.\n\n"
                           '"I intend to use whatever weight this office holds to make them a reality," said the '
                           "president.", people=("John Roe", "Richard Poe"))
    assert _speakers(sents) == [("I", "John Roe")]


def test_a_vice_president_is_not_the_president():
    sents = _article_sents("President John Roe unveiled the plan on Wednesday.\n\nVice President Richard Poe, who led the "
                           'review, stood beside him.\n\n"We cannot put this off any longer, not for another year," said '
                           "the president.", people=("John Roe", "Richard Poe"))
    assert _speakers(sents) == [("We", "John Roe")]
    sents = _article_sents("President John Roe unveiled the plan on Wednesday.\n\nVice President Richard Poe, who led the "
                           'review, stood beside him.\n\n"We met with a lot of groups over the past month," said the vice '
                           "president.", people=("John Roe", "Richard Poe"))
    assert _speakers(sents) == [("We", "Richard Poe")]


def test_one_witness_in_apposition_with_a_name_is_that_person():
    """NER typed the witness's name an organization: "One witness" spoke (a nominal opening with "the", "a" or "an"
    already gave way to the name in apposition)."""
    sents = _article_sents("One witness, Jane Doe, told ABC News via Skype that one of the attacks \"was around the "
                           'corner from us, about a half a block down."', orgs=("Jane Doe", "ABC News"))
    assert _speakers(sents) == [("was", "Jane Doe")]


def test_careful_to_note_is_a_speech_verb():
    sents = _article_sents("But the report is careful to note that the analysis is ongoing and that may result in "
                           '"changes to the prioritisation and location of search activity."')
    assert _speakers(sents) == [("changes", "the report")]


def test_a_title_abbreviation_does_not_end_the_clause():
    """'..., tried to deflect questions on behalf of Mr. Roe, saying ...': "Mr." cut the clause, leaving "Roe" as the
    participle's subject."""
    sents = _article_sents("Jane Doe, the chairman of the committee, tried to deflect questions on behalf of Mr. Roe, "
                           'saying that "this is the platform of the party, it is not the platform of one candidate."',
                           people=("Jane Doe", "Roe"))
    assert _speakers(sents) == [("this", "Jane Doe")]


def test_a_prepositions_object_is_not_the_participles_subject():
    """NER typed the chairman's name an organization: the person after "of" was taken as "saying"'s subject."""
    sents = _article_sents("Reince Poe, the chairman of the committee, defended the platform in a letter to Jane Roe, "
                           'saying that "this is the platform of the party, it is not the platform of one candidate."',
                           people=("Jane Roe",), orgs=("Reince Poe",))
    assert _speakers(sents) == [("this", "Reince Poe")]
    # guards: a relative clause's subject ("spoke with X, who told them ..."), and "with" before a participle's
    # subject ("the pushback crested with X ... writing a letter") still speak
    sents = _article_sents("After the hearing, reporters were able to speak briefly with Jane Roe, who told them she had "
                           'gone to the police. "I told them all what I know before the bombing happened," she said.',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("I", "Jane Roe")]
    sents = _article_sents("The party issued a statement echoing Secretary of State Jane Roe which claimed that the "
                           'violence was caused by "unacceptable strong-arm tactics of the government."',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("unacceptable", "Jane Roe")]  # ("of" inside a title: DUC 2003 d118g)
    sents = _article_sents("The pushback crested with John Roe writing a letter to the chairman. \"Needless to say, the "
                           'war was not a war of his choosing, and he knows it well."', people=("John Roe",))
    assert _speakers(sents) == [("Needless", "John Roe")]


def test_they_said_is_never_the_one_person_speaking_before():
    sents = _article_sents('Jane Roe said the campaign would go on. "The issues at stake are too big, and this election '
                           'is simply too important," they said.', people=("Jane Roe",))
    assert _speakers(sents) == [("The", None)]


def test_they_said_after_a_subordinate_clause_is_its_plural_subject():
    """'X added her voice after five Missouri Republican senators urged Y to step aside. ... "...," they said': the
    senators (the clause after "after"; a place may qualify the party before the role)."""
    sents = _article_sents("Jane Roe added her voice after five Missouri Republican senators urged John Doe to step "
                           'aside. In a statement, they said his presence does not serve "the national interest." "The '
                           'issues at stake are too big, and this election is simply too important," they said.',
                           people=("Jane Roe", "John Doe"), places=("Missouri",))
    assert _speakers(sents)[-1] == ("The", "Missouri Republican senators")


def test_a_clause_after_a_subordinator_has_its_own_subject():
    sents = _article_sents('The mayor resigned after senior officials said the budget "was a disgrace to the city and '
                           'all of its people."')
    assert _speakers(sents) == [("was", "senior officials")]
    # guard: "after" before a noun phrase with a relative clause is a preposition ('put out a statement shortly after
    # Roe's remarks that claimed Obama "..."')
    sents = _article_sents("Former candidate John Doe put out a statement shortly after Roe's remarks that claimed the "
                           'president "has consistently fought against protecting the institution of marriage."',
                           people=("John Doe", "Roe"))
    assert _speakers(sents) == [("has", "John Doe")]


def test_a_place_qualifying_a_party_before_a_plural_role_speaks_with_it():
    sents = _article_sents('"The issues at stake are too big for any one of us," Missouri Republican senators said.',
                           places=("Missouri",))
    assert _speakers(sents) == [("The", "Missouri Republican senators")]
    sents = _article_sents('"The issues at stake are too big for any one of us," Ottawa officials said.',
                           places=("Ottawa",))
    assert _speakers(sents) == [("The", None)]


def test_the_pope_is_the_person_titled_pope_before():
    """DUC 2003 d107c: 'In St. Louis, the pope preached that modern society "..."' (a role the rules did not know;
    "St." no longer ends the clause) went to the speaker of a sentence before."""
    sents = _article_sents("That view, Jane Roe said, was made clear in Pope John Paul's encyclical in 1995. In St. Louis, "
                           'the pope preached that modern society "has the means of protecting itself without denying '
                           'inmates a chance to reform."', people=("Jane Roe", "John Paul"), places=("St. Louis",))
    assert _speakers(sents) == [("has", "John Paul")]


def test_a_first_person_quote_with_no_verb_in_a_sentence_its_last_speaker_opens():
    """WikiRef220: 'One witness, X, told ABC News that ... / X and three colleagues "were sitting outside on sidewalk
    ... we heard a bunch of gun shots."' is X's (no speech verb; the witness quoted right before opens the sentence)."""
    text = ('One witness, Jane Doe, told ABC News that one of the attacks "was around the corner from us, about a half '
            'a block down."\n\nDoe and three colleagues "were sitting outside on the sidewalk when we heard a bunch of '
            'gun shots."')
    assert _speakers(_article_sents(text, people=("Jane Doe",)))[-1] == ("were", "Jane Doe")


# --- twenty-first speaker round (blind-speakers18; docs/analysis-labels.md) ------------------------------------------


def test_an_opening_subordinate_clause_ends_at_its_comma():
    """'After reporter X finished his report, Y stormed back, leaned into him and said, "..."': Y, the main clause's
    subject, not the person inside the clause before the comma."""
    sents = _article_sents('After reporter John Roe finished his report, Jane Doe stormed back, leaned into him and '
                           'said, "Let me be clear to you. If you ever do that again, you will regret it."',
                           people=("John Roe", "Jane Doe"))
    assert _speakers(sents) == [("Let", "Jane Doe")]
    # guard: "As" opens a clause that may hold the speaker
    sents = _article_sents('As Jane Doe put it later, "nobody in this town has ever seen anything like it before."',
                           people=("Jane Doe",))
    assert _speakers(sents) == [("nobody", "Jane Doe")]


def test_quoted_in_a_medium_as_saying_is_the_one_quoted():
    """'X was quoted in The Daily as saying: "..."': X speaks, not the medium (an active "The Daily quoted X as
    saying" still gives X)."""
    sents = _article_sents('Jane Doe, a Democrat, was quoted in The Daily Ledger as saying: "I think our colleagues '
                           'realize that blocking this reform is not good for them."',
                           people=("Jane Doe",), orgs=("The Daily Ledger",))
    assert _speakers(sents) == [("I", "Jane Doe")]
    sents = _article_sents('The Daily Ledger quoted Jane Doe as saying: "I think our colleagues realize that blocking '
                           'this reform is not good for them."', people=("Jane Doe",), orgs=("The Daily Ledger",))
    assert _speakers(sents) == [("I", "Jane Doe")]


def _as_facility(sents, name):
    for s in sents:
        for m in s.mentions:
            if m.text == name:
                m.label = m.entity.label = "FAC"
    return sents


def test_a_body_ner_typed_a_building_speaks_when_it_opens_the_clause():
    """'The Holy See called it "..." and said "..." was needed "..."': NER typed the body a facility (FAC); before,
    the quotes went to the person who spoke in the sentence before. A building after a preposition ("Crowds outside
    the Palace said") is still no speaker."""
    text = ('Prime Minister John Roe said he was shocked and pledged to do "whatever we can to help".\n\nThe Holy See '
            'called it "an attack on peace for all humanity" and said "a decisive response" was needed "on the part '
            'of all of us as we counter the spread of hatred in all its forms".')
    sents = _as_facility(_article_sents(text, people=("John Roe",), orgs=("Holy See",)), "Holy See")
    assert _speakers(sents) == [("whatever", "John Roe"), ("an", "Holy See"), ("on", "Holy See")]
    text = 'John Roe said the talks went well. Crowds outside the Palace said "we want the war to end now, not later".'
    sents = _as_facility(_article_sents(text, people=("John Roe",), orgs=("Palace",)), "Palace")
    assert _speakers(sents)[0][1] != "Palace"


def test_a_state_opening_the_clause_is_the_subject_of_a_participle_after_a_comma():
    """'Beijing has declined to comment on how much it is spending, saying only it will keep searching "..."': the
    state (GPE) speaks for its government, as it does next to the verb ("Ottawa said")."""
    sents = _article_sents("Ottawa has declined to comment on how much it is spending on looking for the aircraft, "
                           'saying only it is dedicated to keep searching "as long as there is a shred of hope".',
                           places=("Ottawa",))
    assert _speakers(sents) == [("as", "Ottawa")]


# --- twenty-second speaker round (blind-speakers19; docs/analysis-labels.md) -----------------------------------------


def test_a_window_cut_clause_gives_no_prepositional_object():
    """A long sentence whose quote starts past the window before it (160 characters): the window started inside
    "a correspondent for Radio Nacional Sur", and the rules gave the body's last word; the person opening the
    sentence speaks, not a preposition's object the cut clause holds (NER typed the broadcaster a person)."""
    text = ('Maria Lopez, a correspondent for Radio Nacional Sur, a public broadcaster based in the capital, said '
            'she and two of her colleagues were still waiting outside the main entrance of the building when "the '
            'police suddenly pushed everyone back toward the square."')
    sents = _article_sents(text, people=("Maria Lopez", "Radio Nacional Sur"))
    assert _speakers(sents) == [("the", "Maria Lopez")]


def test_a_wire_dateline_does_not_hide_the_subject_opening_the_sentence():
    """'WASHINGTON — Sen. X announced ..., promising that "..."' (no speech verb the rules read): X opens the sentence
    past the dateline, as without it."""
    text = ('WASHINGTON — Sen. Jane Doe announced her candidacy for president on Tuesday with a fiery speech, open '
            'disdain for Congress and a high regard for her own record as governor of the state, promising that '
            '"there is one thing you will know for sure: I say what I mean."')
    sents = _article_sents(text, people=("Jane Doe",), places=("WASHINGTON",))
    assert _speakers(sents) == [("there", "Jane Doe")]
    # guard: a name NER joined to a heading the dateline pattern cuts still opens the sentence, as before
    text = ('Markets fell again.\n\nBANK NEWS - Per Acme Bank Group: "Acme Bank Group continues to build its small '
            'business program with new graduates in Houston."')
    sents = _article_sents(text, orgs=("BANK NEWS - Per Acme Bank Group",))
    assert _speakers(sents) == [("Acme", "BANK NEWS - Per Acme Bank Group")]


def test_he_is_the_subject_before_a_modal_not_a_name_opening_an_earlier_fragment():
    """'"...," he said' after sentences "he" opens: the person who is a clause's subject before a modal ("..., John
    Roe must now build a campaign"), not the person opening a verbless sentence further back ("The only candidate
    less popular: Jim Smith, ...")."""
    text = ('Most voters say they cannot picture voting for John Roe, according to a poll. The only candidate less '
            'popular: Jim Smith, the developer turned television star.\n\nWith his record and his judgment looking '
            'wobbly, John Roe must now build a campaign around his personality.\n\nIt was on display on Tuesday '
            'before hundreds of supporters. He joked about the tax code. And he put a twist on the pension system.'
            '\n\n"The lying and stealing has already happened, and the only way to fix it is by force," he said.')
    sents = _article_sents(text, people=("John Roe", "Jim Smith"))
    assert _speakers(sents) == [("The", "John Roe")]


def test_one_of_a_group_the_text_does_not_name_is_no_speaker_nor_the_last_one():
    """'One appealed for help ... with the simple message: "..."': "One" is no name, and the quote is not the last
    speaker's; it stays unattributed ("One Direction", a name, still is one)."""
    text = ('Jane Doe shared a photo of her brother. "Please call me if you see him anywhere tonight," she wrote.\n\n'
            'Most posts gave brief details of the missing. One appealed for help in finding John Roe, 34, with the '
            'simple message: "Red scarf and a scar over his left eye."')
    sents = _article_sents(text, people=("Jane Doe", "John Roe"))
    assert _speakers(sents) == [("Please", "Jane Doe"), ("Red", None)]


def test_a_given_name_ner_typed_a_body_takes_the_surname_it_left_out():
    """'said Jean Dupré-Martin, who ...': NER typed "Jean" alone an organization and missed the surname; the whole
    name speaks, not "Jean". A body's name after the verb is unchanged ("said Reuters, citing ...")."""
    text = '"It was the strangest night of my whole career," said Jean Dupré-Martin, who was covering the match.'
    sents = _article_sents(text, orgs=("Jean",))
    assert _speakers(sents) == [("It", "Jean Dupré-Martin")]
    text = '"He has to win or show well in the first two states," said Jean Dupré-Martin.'
    assert _speakers(_article_sents(text, orgs=("Jean",))) == [("He", "Jean Dupré-Martin")]  # (not "...Martin.")
    text = '"The talks will resume on Monday in the capital city," said Reuters, citing two officials.'
    assert _speakers(_article_sents(text, orgs=("Reuters",))) == [("The", "Reuters")]


def test_an_unnamed_friend_speaks_not_the_person_the_friend_is_of():
    """'"...," a friend of Kate tells me' / '"...?" asked a friend': the friend (no person role, so the nominal
    rules did not read it); before, Kate, or the person named in the sentence before."""
    text = ('Last week, news broke that reality star Kate Moss had recorded a tape. "Kate is no fool when it comes '
            'to her business," a friend of Kate tells me.')
    assert _speakers(_article_sents(text, people=("Kate Moss", "Kate"))) == [("Kate", "a friend of Kate")]
    text = ('Mary Roe gave birth last week. "Mary does not want to live off camera. Why would the birth of her '
            'daughter be any different?" asked a friend.')
    assert _speakers(_article_sents(text, people=("Mary Roe", "Mary"))) == [("Mary", "a friend")]


def test_the_authority_said_is_the_body_not_the_minister_named_before():
    """'"...," the authority said in a statement': a body speaks (like "the agency", "the association"), never the
    person named in the sentence before; before the twenty-third speaker round, the minister."""
    text = ('John Roe, the transport minister, visited the port on Monday. "The search for the wreckage will resume '
            'at first light tomorrow," the authority said in a statement.')
    assert _speakers(_article_sents(text, people=("John Roe",))) == [("The", "the authority")]
    text = ('Jane Doe, the housing minister, toured the site. "Two more buildings will be closed to the public," the '
            'bureau said.')
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("Two", "the bureau")]


def test_a_full_name_ner_typed_a_place_with_a_persons_appositive_speaks_not_the_kin_inside_it():
    """'said Lorna Pike, a Canadian whose son Mark was on board': NER typed the name a place, so the person named
    inside the appositive was taken (before the twenty-third speaker round). A place in apposition stays no speaker."""
    text = ('The families were told on Friday. "We have waited two years for nothing at all," said Lorna Pike, a '
            'Canadian whose son Mark was on the ferry, told a radio station.')
    assert _speakers(_article_sents(text, people=("Mark",), places=("Lorna Pike",))) == [("We", "Lorna Pike")]
    text = ('"We have waited two years for nothing at all," said a resident of Port Hope, a town whose mayor Mark '
            'Dunn resigned.')
    assert _speakers(_article_sents(text, people=("Mark Dunn",), places=("Port Hope",))) == [("We", "a resident of Port Hope")]


def test_a_name_inside_the_quote_is_not_the_person_the_role_titles():
    """'"... I know Jane will be good at it," the president said' after "President John Roe backed Jane Doe": the
    person titled president, not the name the quote speaks of next to "the president" (before the twenty-third
    speaker round, Jane Doe)."""
    text = ('President John Roe backed Jane Doe for the party leadership on Friday, in a message filmed at his '
            'home.\n\n"I know what this job asks. I know Jane will be so good at it," the president said, in the '
            'message posted on her site.')
    assert _speakers(_article_sents(text, people=("John Roe", "Jane Doe", "Jane"))) == [("I", "John Roe")]


def test_he_is_the_one_word_name_a_sentence_introduces_not_a_person_named_before():
    """'Another fan, Karim, was near the stage when he heard ... "...," he told ...': Karim (NER missed the name or
    typed it a body), not the last person named before (before the twenty-third speaker round, Louis)."""
    text = ('Fans ran for the exits, witnesses Marc, Yves and Louis told the newspaper.\n\nAnother fan, Karim, was '
            'near the stage when he heard what he took to be fireworks. "At first I thought it was part of the act," '
            'he told the radio station.')
    assert _speakers(_article_sents(text, people=("Louis",))) == [("At", "Karim")]
    assert _speakers(_article_sents(text, people=("Louis",), orgs=("Karim",))) == [("At", "Karim")]


# --- twenty-fourth speaker round (blind-speakers21 and the errors left in blind-speakers20; real text from ../shared) --


def _real_paragraphs(shared_dir, dataset, cluster, n, first, last):
    """Paragraphs ``first`` .. ``last`` (0-based, blank-line separated) of article ``n`` (1-based, in file order) of a
    ../shared cluster: ``dataset`` "basil" (``cluster`` = the start of its id) or "wikiref220" (``cluster`` = the
    topic), joined as paragraphs again."""
    import gzip
    import json
    import re

    with gzip.open(shared_dir / "data" / dataset / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [a for a in map(json.loads, fh) if (a["cluster"].startswith(cluster) if dataset == "basil"
                                                    else a["cluster"] == cluster)]
    paras = [p for p in re.split(r"\n\s*\n", rows[n - 1]["text"]) if p.strip()]
    return "\n\n".join(paras[first : last + 1])


def test_a_plural_role_with_whom_it_is_of_speaks_the_statement_it_released(shared_dir):
    """MH370 (WikiRef220, article 22; the same words in article 19): 'relatives of passengers on board the plane
    released a statement accusing the Malaysian government of trying to "delay, distort and hide the truth"'. The
    bare plural was read only right before its verb, so the airline's CEO quoted in the paragraph before took the
    words (before the twenty-fourth speaker round)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "malaysia.airlines.flight", 22, 27, 28)
    sents = _article_sents(text, people=("Ahmad Jauhari Yahya",), places=("Beijing",))
    assert _speakers(sents)[1:] == [("delay,", "relatives of passengers on board the plane")]
    # (made up) the complement may be short, and the plain plural is read as before
    text = '"The bridge will stay closed until the spring," officials of the city said on Monday.'
    assert _speakers(_article_sents(text)) == [("The", "officials of the city")]
    text = '"The bridge will stay closed until the spring," city officials said on Monday.'
    assert _speakers(_article_sents(text)) == [("The", "officials")]


def test_she_is_the_name_in_apposition_that_opens_the_sentence_before(shared_dir):
    """BASIL d16050b3, NYT: 'In a statement later in the day, the first lady, Melania Trump, questioned Ms.
    Griffin's sanity. "As a mother, ...," she said.' A name between commas after a noun phrase was no subject (a
    comma stood between it and its verb), so "she" went to the last woman named, Ms. Griffin (before the
    twenty-fourth speaker round)."""
    text = _real_paragraphs(shared_dir, "basil", "d16050b3", 3, 2, 3)
    sents = _article_sents(text, people=("Kathy Griffin", "Melania Trump", "Griffin", "Trump"), orgs=("CNN",))
    assert _speakers(sents) == [("As", "Melania Trump"), ("When", "Melania Trump")]
    # (made up) a name in apposition inside a "that" clause is still no subject: "she" is the subject before
    text = ('Jane Roe said on Monday that the mayor, Ann Poe, approved the plan. "We waited far too long for '
            'this decision," she said.')
    assert _speakers(_article_sents(text, people=("Jane Roe", "Ann Poe"))) == [("We", "Jane Roe")]


def test_a_quote_nested_in_the_same_curly_marks_leaves_the_outer_quote_open(shared_dir):
    """'“... his own “Russian lawyer meeting” emails (he did),” Assange wrote' (BASIL dd1e6e3b, Fox) and the tweet
    '“Former President Vicente Fox, ... using the “f bomb.””' (BASIL 8abec8d9, HuffPost): the inner opening mark
    was read as a new opener after a stray one, so the outer quote was lost (before the twenty-fourth speaker
    round, not listed at all)."""
    from newsbrief.analyze.quotes import _quote_spans

    text = _real_paragraphs(shared_dir, "basil", "dd1e6e3b", 1, 15, 15)
    spans = [text[a:b] for a, b in _quote_spans(text)]
    assert spans[0].startswith("WikiLeaks has such chutzpah") and spans[0].endswith("(he did),")
    assert spans[1].startswith("WikiLeaks appears to beguile")
    text = _real_paragraphs(shared_dir, "basil", "8abec8d9", 2, 10, 10)
    assert [text[a:b] for a, b in _quote_spans(text)][0].startswith("Former President Vicente Fox")
    # (made up) two quotes in a row stay two quotes; an unclosed stray opener still gives way to the next
    text = '“We are ready,” she said, then “we will go on with the work today” and “the rest can wait until May.”'
    assert [text[a:b] for a, b in _quote_spans(text)] == ["We are ready,", "we will go on with the work today",
                                                          "the rest can wait until May."]
    text = 'He called it “a stray mark and then “the real quote of the day,” she said.'
    assert [text[a:b] for a, b in _quote_spans(text)] == ["the real quote of the day,"]


def test_posts_in_the_plural_speak_not_the_person_named_before(shared_dir):
    """BASIL 59f2f47c, HuffPost: 'The photo features Mrs. Trump ... The social media posts read, "Meet Melania
    Trump. ..."' ("posts" was no body role, only "post"): the posts, not Trump (before the twenty-fourth speaker
    round). NER typed no name for the PAC that posted them, as on the real article."""
    text = _real_paragraphs(shared_dir, "basil", "59f2f47c", 1, 10, 12)
    sents = _article_sents(text, people=("Trump", "Ted Cruz"), orgs=("Boeing",))
    assert _speakers(sents) == [("Meet", "The social media posts")]


def test_a_surname_alone_is_the_person_the_article_names_in_full_with_it(shared_dir):
    """BASIL dd1e6e3b, NYT: the story names "Donald Trump Jr." in full, then "Mr. Trump" throughout; the cluster's
    entities gave "Trump" to the father (named in full in the other outlets), so '"Already did that earlier today,"
    Mr. Trump said in response. "It's amazing what she can get away with."' went to Donald Trump (before the
    twenty-fourth speaker round). A title before the surname ("President Trump") keeps the person it titles."""
    text = _real_paragraphs(shared_dir, "basil", "dd1e6e3b", 3, 1, 10)
    sents = _article_sents(text, people=("Donald Trump Jr.", "Trump", "Alan S. Futerfas", "Futerfas", "Hillary"),
                           orgs=("WikiLeaks",))
    _trump_as_linked(sents)
    said = dict(_speakers(sents))
    assert said["Already"] == said["It’s"] == "Donald Trump Jr."
    text = text.replace("Mr. Trump said in response", "President Trump said in response")
    sents = _article_sents(text, people=("Donald Trump Jr.", "Trump"), orgs=("WikiLeaks",))
    _trump_as_linked(sents)
    assert dict(_speakers(sents))["It’s"] == "Donald Trump"
    # (made up) a one-word entity (NER's own "Roe", not a name the cluster knows in full) is left as it is
    text = 'John Roe Jr. spoke first. "We are going to win this seat in the fall," Roe said.'
    assert _speakers(_article_sents(text, people=("John Roe Jr.", "Roe"))) == [("We", "Roe")]


def _trump_as_linked(sents):
    """As the cluster's entities had it: "Trump" alone is the father's entity (named "Donald Trump" from the other
    outlets), and "Trump" inside "Donald Trump Jr." is that mention's."""
    for s in sents:
        s.mentions = [m for m in s.mentions if not (m.text == "Trump" and s.text[m.start - 7 : m.start] == "Donald ")]
        for m in s.mentions:
            if m.text == "Trump":
                m.entity.name = "Donald Trump"


def test_a_persons_comments_about_someone_having_a_quoted_thing_are_that_persons_words(shared_dir):
    """BASIL d16050b3, HuffPost: 'According to New York Magazine writer Yashar Ali, Griffin claims that the image
    is an "expression of art" inspired by Trump's comments about former Fox News correspondent Megyn Kelly having
    "blood coming out of her eyes"': Trump's words, not the writer's the sentence opens with (before the
    twenty-fourth speaker round, Yashar Ali). "X's remarks about Y as "..."" stays no one's (someone else's view of
    the remarks may follow "as")."""
    text = _real_paragraphs(shared_dir, "basil", "d16050b3", 2, 5, 6)
    sents = _article_sents(text, people=("Yashar Ali", "Griffin", "Trump", "Megyn Kelly", "Shields"),
                           orgs=("New York Magazine", "Fox News"))
    assert dict(_speakers(sents))["blood"] == "Trump"
    text = "Critics seized on Roe’s remarks about the new rule as “a gift to the big banks and nobody else.”"
    assert _speakers(_article_sents(text, people=("Roe",))) == [("a", None)]


def test_voiced_is_a_speech_verb_for_the_quote_paragraph_after_it(shared_dir):
    """BASIL eadabee7, Fox: 'To which the Clinton campaign tweeted: "Delete your account."' / 'Meanwhile, Vice
    President Joe Biden voiced his support of Hillary Thursday evening at ...' / '"Anybody who thinks that whoever
    the next president is -- ..."': Biden's, not the campaign quoted before (before the twenty-fourth speaker
    round, "voiced" was no speech verb)."""
    text = _real_paragraphs(shared_dir, "basil", "eadabee7", 2, 5, 7)
    sents = _article_sents(text, people=("Donald Trump", "Joe Biden", "Hillary", "Clinton"),
                           orgs=("American Constitution Society",))
    assert dict(_speakers(sents))["Anybody"] == "Joe Biden"


def test_a_first_person_quote_paragraph_after_a_he_who_acts_is_his(shared_dir):
    """WikiRef220 ParisAttacks2015 article 13: 'Julien Pearce, a journalist ..., lay down on the ground ...' / 'During
    a break in the shooting, ..., he encouraged a group ... to attempt an escape ...' / '"We took refuge in a little
    room ..."': no speaker quoted within two paragraphs, so the quote stayed no one's (before the twenty-fourth
    speaker round); it is the "he" who acts in the sentence right before. Only when no speaker is near: a speaker
    quoted in the paragraph before still continues."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 13, 6, 13)
    sents = _article_sents(text, people=("Fahmi", "Julien Pearce", "Anthony"),
                           orgs=("Liberation", "Europe 1"))
    assert dict(_speakers(sents))["We"] == "Julien Pearce"
    # (made up) a speaker quoted just before continues, whoever the "he" acting in between is
    text = ('"We will appeal the ruling," his lawyer, Jane Roe, said.\n\nLater that day, he walked out of the court '
            'with John Poe.\n\n"We expected nothing else from this court."')
    assert _speakers(_article_sents(text, people=("Jane Roe", "John Poe"))) == [("We", "Jane Roe"), ("We", "Jane Roe")]


def test_he_after_an_unnamed_described_speaker_is_that_speaker_not_the_person_he_talks_about(shared_dir):
    """WikiRef220 MH370 article 23 (BBC, blind-speakers22): 'An unnamed Iranian, who met both passengers in
    Malaysia ..., has spoken to the BBC's Persian service ...' / '"One of the two was my friend ...," he told BBC
    Persian ..., apparently referring to Nour Mohammad.' / '"...," the friend said.' / 'According to the friend, Nour
    Mohammad and Delawar stayed ...' / '"...," he said.': every quote is the unnamed friend's, none the passengers'
    he speaks of (before the twenty-fifth speaker round, all ten went to a passenger)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "malaysia.airlines.flight", 23, 3, 21)
    sents = _with_norp(_article_sents(text, people=("Pouria Nour Mohammad", "Nour Mohammad", "Delawar",
                                                     "Seyed Mohammed Rezar Delawar", "Ronald Noble", "Khalid Abu Bakar"),
                                      orgs=("Interpol", "BBC"), places=("Malaysia", "Germany", "Frankfurt")), "Iranian")
    said = _speakers(sents)
    assert said[1] == ("One", "an unnamed Iranian")
    assert [w for _, w in said[2:-1]] == ["the friend"] * 9
    assert said[-1] == ("We", "Khalid Abu Bakar")
    # (made up) a capitalized head that is no nationality describes no person: the named speaker stays
    text = ('Jane Roe spoke first.\n\nA Reuters report, which cited two officials, has spoken of delays.\n\n'
            '"We will appeal the ruling," she said.')
    assert _speakers(_article_sents(text, people=("Jane Roe",), orgs=("Reuters",))) == [("We", "Jane Roe")]


def _ecb_lines(shared_dir, doc_id, first, last):
    """The lines of ECB+ article ``doc_id`` from the one starting with ``first`` to the one starting with ``last``
    (ECB+ gives a sentence a line), a paragraph each."""
    import gzip
    import json

    from newsbrief.ingest import article_from_dict

    with gzip.open(shared_dir / "data" / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = article_from_dict(next(a for a in map(json.loads, fh) if a["id"] == doc_id)).raw_text
    lines = [p for p in text.split("\n") if p.strip()]  # (a line is a paragraph once read, as the bench reads it)
    lo = next(i for i, line in enumerate(lines) if line.startswith(first))
    hi = next(i for i, line in enumerate(lines) if i > lo and line.startswith(last))
    return "\n\n".join(lines[lo : hi + 1])


def test_a_short_closing_part_on_the_next_line_gives_its_speaker_to_the_opening_part(shared_dir):
    """ECB+ 7_11ecbplus (T07, blind-speakers22): '"Thompson was not so easy to box.' / 'I'm satisfied, " Klitschko
    said.' (a sentence a line): the closing part, under four words, was dropped as a scare quote and its
    attribution with it, so the opening part had no speaker (before the twenty-fifth speaker round). A closing part
    of four words or more already gave it (the runs-on rule)."""
    text = _ecb_lines(shared_dir, "7_11ecbplus", "The Ukrainian champion", "In 2008")
    sents = _article_sents(text, people=("Klitschko", "Thompson", "Sam Williams"))
    assert _speakers(sents) == [("Thompson", "Klitschko")]
    # (made up) a short quote of its own, attributed, passes nothing to an unattributed quote the line before
    text = '"The draft ignores every demand we made.\n\n"Not again," Jane Roe said.'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("The", None)]


def _as_read(sents, text):
    """The article of ``sents`` as ECB+ gives it, one sentence a line (``text`` with each blank line a line break),
    as :func:`newsbrief.ingest.article_from_dict` keeps it in ``raw_text``."""
    sents[0].sentence.article.raw_text = text.replace("\n\n", "\n")
    return sents


def test_a_continuation_reach_is_counted_in_lines_when_the_text_sets_a_sentence_a_line(shared_dir):
    """ECB+ 12_11ecbplus (T12, blind-speakers22): '"... boarding-and-search operations were carried out on the other
    three, " a defence spokesperson said.' / 'Six AK 47 rifles ... were seized from the boats.' / 'They had 26
    crewmen aboard, all Somalian nationals.' / '"We also managed to find grapnels, ..."': three lines on, past the
    two paragraphs a continuation reaches, so no speaker (before the twenty-fifth speaker round); in a text set one
    sentence a line the reach is four lines. Text in paragraphs keeps the reach of two paragraphs."""
    text = _ecb_lines(shared_dir, "12_11ecbplus", "The course of INS Sukanya", '"We also managed')
    sents = _as_read(_article_sents(text, orgs=("INS Sukanya",)), text)
    assert [w for _, w in _speakers(sents)][-1] == "a defence spokesperson"
    # (made up) the same distance in paragraphs of several sentences is too far
    text = ('"We will appeal the ruling," Jane Roe said. She left.\n\nThe court met at nine. It sat all day.\n\n'
            'The judges left at six. Nobody spoke.\n\nThe hall was empty. It rained.\n\n"We expected nothing else."')
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[-1] == ("We", None)


# --- twenty-sixth speaker round (blind-speakers23 and 24's errors; real text from ../shared) -------------------------


def _cluster_paragraphs(shared_dir, path, cluster, n, first, last):
    """Paragraphs ``first`` .. ``last`` (0-based, blank-line separated) of article ``n`` (1-based, in file order) of
    the cluster whose id ends with ``cluster`` in ../shared/data/``path`` (Multi-News, DUC 2006), as read."""
    import gzip
    import json
    import re

    from newsbrief.ingest import article_from_dict

    with gzip.open(shared_dir / "data" / path, "rt", encoding="utf-8") as fh:
        row = next(c for c in map(json.loads, fh) if c["id"] == cluster or c["id"].endswith("-" + cluster))
    text = article_from_dict(row["articles"][n - 1]).raw_text
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(paras[first : last + 1])


def _multinews(shared_dir, cluster, n, first, last):
    return _cluster_paragraphs(shared_dir, "multinews_sample/validation.jsonl.gz", cluster, n, first, last)


def test_a_pronoun_closing_a_noun_phrase_before_the_verb_is_its_subject_and_as_x_put_it_speaks(shared_dir):
    """Multi-News 0142, a law firm's release (blind-speakers23): '... by researchers at Ball State University ...
    They too found that the devices were off by "20 or 30 beats per minute," a margin of error they concluded was
    unacceptably high and "dangerous ..." As that report put it, "The box for the Fitbit Charge HR says ..."'. The
    noun phrase before "concluded" was taken whole as the speaker ("a margin of error they", three times: the
    third quote continued it): "they" is the verb's subject, the group of people the paragraph names last; "As X
    put it" is a speech frame (before the twenty-sixth speaker round)."""
    text = _multinews(shared_dir, "0142", 2, 6, 6)
    said = _speakers(_article_sents(text, orgs=("Ball State University", "Fitbit"), places=("Indiana",)))
    group = "researchers at Ball State University"
    assert said == [("20", group), ("dangerous", group), ("The", "that report")]
    # (made up) "he" closing the noun phrase is the person named before
    text = 'Jane Roe spoke first. The plan will cost "at least ten million dollars a year," a sum she said was fair.'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("at", "Jane Roe")]


def test_according_to_a_statement_from_someone_is_that_someone(shared_dir):
    """Multi-News 0142, CNN: 'According to a statement from a Fitbit representative, "It was paid for by ..."' was
    credited to "a statement" (before the twenty-sixth speaker round); the statement is the representative's, as
    in "X said in a statement"."""
    text = _multinews(shared_dir, "0142", 1, 11, 11)
    assert _speakers(_article_sents(text, orgs=("Fitbit",))) == [("It", "a Fitbit representative")]
    # (made up) a named author
    text = 'According to a news release issued by Jane Roe, "the bridge will stay closed until the spring."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("the", "Jane Roe")]


def test_the_name_before_an_appositive_with_its_own_relative_clause_speaks(shared_dir):
    """Multi-News 0220 (an op-ed and its copy): 'Andy Puzder, the chief executive of CKE Restaurants Inc., which
    employs about 21,000 people at Carl's Jr. and Hardee's restaurants, has said that the "current unfriendly ..."'
    went to "Hardee" (before the twenty-sixth speaker round): "Jr. " ended the clause, and a relative clause after
    an appositive was not read as the subject's description."""
    text = _multinews(shared_dir, "0220", 1, 12, 12)
    sents = _article_sents(text, people=("Andy Puzder", "Carl"), orgs=("CKE Restaurants Inc.", "Hardee's",
                                                                         "Bain Capital"))
    assert _speakers(sents) == [("current", "Andy Puzder")]


def test_calling_someones_remark_something_is_the_callers_words(shared_dir):
    """Multi-News 0043: 'Vermont Gov. Peter Shumlin, chairman of the Democratic Governors Association, called
    Corbett's remark "an absurd comparison of same-sex marriage" ...': Shumlin's, not Corbett's (before the
    twenty-sixth speaker round, "Corbett's remark" made the words Corbett's). "Corbett's remark, "..."" stays his."""
    text = _multinews(shared_dir, "0043", 2, 8, 8)
    sents = _article_sents(text, people=("Peter Shumlin", "Corbett"),
                           orgs=("Democratic Governors Association", "Pennsylvania Democratic Party"),
                           places=("Vermont",))
    assert _speakers(sents)[0] == ("an", "Peter Shumlin")
    text = 'Critics replayed Corbett\'s remark, "we will cut the budget again next year and the year after."'
    assert _speakers(_article_sents(text, people=("Corbett",))) == [("we", "Corbett")]


def test_a_passive_characterization_speaks_for_its_agent(shared_dir):
    """Multi-News 0142, a law firm's release: 'Recognized as "one of the nation's premier plaintiffs' firms" by The
    American Lawyer, ...' had no speaker (before the twenty-sixth speaker round): the agent after "by" speaks."""
    text = _multinews(shared_dir, "0142", 2, 11, 11)
    sents = _article_sents(text, orgs=("The American Lawyer", "Lieff Cabraser Heimann & Bernstein, LLP"),
                           places=("San Francisco", "New York", "Nashville", "Seattle", "the United States"))
    assert _speakers(sents) == [("one", "The American Lawyer")]


def test_a_surname_ner_left_out_is_read_back_when_the_article_uses_it_alone(shared_dir):
    """Multi-News 0194: '"Defining what constitutes a chemical weapon ...," Adrienne Mayor, a research scholar
    ..., told Discovery News.' NER stopped at "Adrienne" (a title word follows), so the speaker was "Adrienne";
    the article goes on with '"...," Mayor said.' (before the twenty-sixth speaker round)."""
    text = _multinews(shared_dir, "0194", 1, 10, 13)
    said = _speakers(_article_sents(text, people=("Adrienne", "Alexander"), orgs=("Stanford University",)))
    assert said[0] == ("Defining", "Adrienne Mayor")
    # (made up) a title the article never uses alone stays out of the name
    text = '"We will open the new school in the spring," Jane Mayor, a teacher, said.'
    assert _speakers(_article_sents(text, people=("Jane",))) == [("We", "Jane")]


def test_a_plural_role_after_an_abbreviation_speaks(shared_dir):
    """Multi-News 0190: 'The U.S. researchers said their new study ... is "most definitive to date ..."' had no
    speaker ("U.S." was no modifier of a nominal, and a place inside the subject blocked it; before the
    twenty-sixth speaker round)."""
    text = _multinews(shared_dir, "0190", 1, 5, 5)
    assert _speakers(_article_sents(text, places=("U.S.",), orgs=("JAMA Psychiatry",))) == [
        ("most", "The U.S. researchers")]


def test_an_indefinite_noun_phrase_alone_after_the_quote_says_it(shared_dir):
    """Multi-News 0170: '"So my buddies and I thought this would be a smart thing ...," one participant in the stunt
    on Reddit.' (no verb) went on to the driver quoted before (before the twenty-sixth speaker round)."""
    text = _multinews(shared_dir, "0170", 1, 0, 3)
    said = dict(_speakers(_article_sents(text, people=("Jed Huie",))))
    assert said["So"] == "one participant"
    # (made up) a noun phrase with a verb of its own says nothing
    text = '"So we went on with the work as planned that day," one worker was arrested later.'
    assert _speakers(_article_sents(text)) == [("So", None)]


def test_a_wire_quote_closed_by_one_apostrophe_at_its_paragraphs_end_is_a_quote(shared_dir):
    """DUC 2006 D0647B, AP: '``The case of Elian Gonzalez is ...,'' said Alarcon, ... ``It is the most vulgar, the
    most cruel manipulation of a child ... really child abuse.\'' (one apostrophe, the article's end): the second
    quote was not listed (before the twenty-sixth speaker round)."""
    from newsbrief.analyze.quotes import _quote_spans

    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0647B", 1, 15, 16)
    spans = [text[a:b] for a, b in _quote_spans(text)]
    assert spans[-1].startswith("It is the most vulgar") and spans[-1].endswith("really child abuse.")
    sents = _article_sents(text, people=("Ricardo Alarcon", "Alarcon", "Fidel Castro", "Elian Gonzalez"))
    assert [w for _, w in _speakers(sents)] == ["Alarcon", "Alarcon"]


def test_a_bare_surname_several_people_share_is_the_last_named_in_full(shared_dir):
    """DUC 2006 D0647B, AP: 'Elian's father, Juan Miguel Gonzalez, ... began weeping' then 'Gonzalez said that
    "our tears have given way to patriotic pride"': the cluster's entities gave "Gonzalez" to Elian Gonzalez, so
    the boy spoke (before the twenty-sixth speaker round). With one bearer named in full, a bare surname stays
    with its entity."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0647B", 1, 0, 4)
    sents = _article_sents(text, people=("Elian Gonzalez", "Juan Miguel Gonzalez"))
    from newsbrief.analyze._doc import Mention

    elian = next(m.entity for s in sents for m in s.mentions if m.text == "Elian Gonzalez")
    for s in sents:  # as the cluster linked it: the bare surname is Elian's entity
        for i in (i for i in range(len(s.text)) if s.text.startswith("Gonzalez ", i) and s.text[i - 1] == " "
                  and not s.text[:i].endswith(("Elian ", "Miguel "))):
            s.mentions.append(Mention(s, i, i + 8, "Gonzalez", "PERSON", elian))
        s.mentions.sort(key=lambda m: m.start)
    assert dict(_speakers(sents))["our"] == "Juan Miguel Gonzalez"


def test_a_name_in_close_apposition_after_a_noun_phrase_speaks_not_the_noun_phrase(shared_dir):
    """MultiLing M007, Wikinews: 'The U.S. internet news site Salon has now published ... and confirmed that they
    possess "files and other electronic documents ..."': Salon (right on main only because "U.S." kept the noun
    phrase from being read; with "The U.S. researchers" read as a nominal, the noun phrase took it). A name right
    after a noun phrase, no comma between, is the one the phrase describes."""
    text = _cluster_paragraphs(shared_dir, "multiling2011_en/test.jsonl.gz", "M007", 6, 4, 4)
    sents = _article_sents(text, places=("U.S.",), orgs=("Salon", "Army", "SBS"))
    assert _speakers(sents) == [("files", "Salon")]
    # (made up) with no abbreviation in the noun phrase: Salon too (on main, "The internet news site")
    text = 'The internet news site Salon has confirmed that it holds "files and other documents from the inquiry".'
    assert _speakers(_article_sents(text, orgs=("Salon",))) == [("files", "Salon")]


# --- twenty-seventh speaker round (blind-speakers25's errors; real text from ../shared) -----------------------------


def test_lyrics_from_a_named_artists_song_are_the_artists(shared_dir):
    """Multi-News 0117: 'Lyrics from Logic's song include: "I don't wanna be alive/I just wanna die today" and "I want
    you to be alive/You don't got to die today."' had no speaker (before the twenty-seventh speaker round): a work a
    name owns ("X's song", "X's poem") holds the owner's words, as "X's line" did, also before "include(s):"."""
    text = _multinews(shared_dir, "0117", 1, 3, 6)
    sents = _article_sents(text, people=("Logic", "Katy Perry", "Miley Cyrus", "Ed Sheeran", "Alessia Cara", "Khalid",
                                         "Kesha", "Carey Hart"), orgs=("National Suicide Prevention Lifeline",))
    said = _speakers(sents)
    assert said[1:3] == [("I", "Logic"), ("I", "Logic")]
    # (made up) the same frame with "goes:" and a poem
    text = 'Jane Roe\'s poem goes: "We waited by the river for the boats that never came back home."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "Jane Roe")]


def test_who_after_a_persons_appositive_is_the_person_not_a_body_inside_it(shared_dir):
    """Multi-News 0200: '..., says Amander Clark, a stem cell biologist at University of California, Los Angeles,
    who calls the work "a critical advance ..."' went to the university (the last name before ", who"; before the
    twenty-seventh speaker round): "who" is the person the appositive describes. "which" still takes the body."""
    text = _multinews(shared_dir, "0200", 1, 3, 3)
    sents = _article_sents(text, people=("Orly Lacham-Kaplan", "Amander Clark"),
                           orgs=("Monash University", "University of California"), places=("Australia", "Los Angeles"))
    assert _speakers(sents) == [("All", "Orly Lacham-Kaplan"), ("that", "Amander Clark"), ("a", "Amander Clark")]
    # (made up) "which" after a body in a person's appositive: the body
    text = ('Jane Roe, a lawyer at the Acme Group, which calls the ruling "a setback for every worker in the state," '
            'left early.')
    assert _speakers(_article_sents(text, people=("Jane Roe",), orgs=("Acme Group",))) == [("a", "Acme Group")]


def test_added_after_the_next_quote_says_its_speaker_said_the_one_before(shared_dir):
    """Multi-News 0137: 'The host once again tackled ... lobbyist Rinat Akhmetshin, who "is reportedly a former Soviet
    counterintelligence officer."' then '"Of course, ...," Colbert added.' The first had no speaker (before the
    twenty-seventh speaker round): "added" says Colbert said the words before too."""
    text = _multinews(shared_dir, "0137", 2, 4, 6)
    sents = _article_sents(text, people=("Colbert", "Trump Jr.", "Natalia Veselnitskaya", "Rinat Akhmetshin",
                                         "Akhmetshin"), places=("Russia", "U.S."))
    assert _speakers(sents)[0] == ("is", "Colbert")
    # (made up) "said" presupposes no earlier words: the quote before stays no one's
    text = ('The host tackled the plan, which "wastes money for every taxpayer in the city."\n\n'
            '"We will fight it in every court of the land," Jane Roe said.')
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[0] == ("wastes", None)
    text = text.replace("Jane Roe said", "Jane Roe added")
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[0] == ("wastes", "Jane Roe")


def test_the_reported_speaker_closing_a_clause_and_a_participles_possessive_subject(shared_dir):
    """Multi-News 0117: 'Pink said her daughter recently told her that "I'm the ugliest girl I know ..."' (the
    daughter's words, not Pink's) and 'Heyer's mother then entered the stage, telling the audience: "Only 15 days
    ..."' (the mother; "telling" had no subject read, so the speaker before went on): before the twenty-seventh
    speaker round."""
    text = _multinews(shared_dir, "0117", 1, 6, 6)
    sents = _article_sents(text, people=("Carey Hart", "Pink"), orgs=("Michael Jackson Video Vanguard Award",))
    assert _speakers(sents) == [("I'm", "Pink's daughter")]  # (the possessor named: spk47)
    text = _multinews(shared_dir, "0117", 1, 12, 14)
    sents = _article_sents(text, people=("Robert E. Lee", "Heather Heyer", "Robert Wright", "Heyer"),
                           places=("Charlottesville", "Virginia"))
    assert _speakers(sents)[1] == ("Only", "Heyer's mother")


def test_a_name_runs_on_to_its_generational_suffix(shared_dir):
    """Multi-News 0117: 'The Rev. Robert Wright Lee IV, a descendent of Gen. Lee, told the audience: "..."': NER
    stopped at "Wright", and the speaker shown was "Robert Wright" (before the twenty-seventh speaker round)."""
    text = _multinews(shared_dir, "0117", 1, 12, 13)
    sents = _article_sents(text, people=("Robert E. Lee", "Heather Heyer", "Robert Wright"),
                           places=("Charlottesville", "Virginia"))
    assert _speakers(sents) == [("As", "Robert Wright Lee IV")]
    # (made up) no suffix: the name as NER read it
    text = 'Robert Wright Lee, a pastor, told the crowd: "We are here to speak against hatred in every form."'
    assert _speakers(_article_sents(text, people=("Robert Wright",))) == [("We", "Robert Wright")]


def test_a_kin_epithet_is_the_relative_named_in_the_sentence_before(shared_dir):
    """Multi-News 0117: 'Paris Jackson also spoke out against hatred.' then '"We must show these Nazi white
    supremacist jerks ...," Michael Jackson's eldest daughter said': Paris Jackson (before the twenty-seventh
    speaker round, the epithet itself)."""
    text = _multinews(shared_dir, "0117", 1, 16, 17)
    sents = _article_sents(text, people=("Paris Jackson", "Michael Jackson"), places=("Charlottesville",))
    assert _speakers(sents) == [("We", "Paris Jackson")]
    # (made up) a woman named before is no son
    text = ('Mary Roe also spoke.\n\n"We will not let this town forget what happened here," John Roe\'s son said.')
    assert _speakers(_article_sents(text, people=("Mary Roe", "John Roe"))) == [("We", "John Roe's son")]


def test_a_name_the_text_calls_a_site_is_never_she(shared_dir):
    """Multi-News 0210, POLITICO: '... including on the site Formspring, and on email, she said, ...' then '"I'm the
    nerdy type who watched C-SPAN," she said.': NER typed Formspring a person, and "she" went to it (before the
    twenty-seventh speaker round); a name the text introduces with a noun for a thing ("the site X", "the app X")
    is no "he"/"she": the woman the story is about speaks."""
    text = _multinews(shared_dir, "0210", 1, 11, 15)
    sents = _article_sents(text, people=("Anthony Weiner", "Formspring", "Carlos Danger"),
                           orgs=("POLITICO", "Facebook"), places=("Washington",))
    said = _speakers(sents)
    assert said[2] == ("I’m", "the woman")
    # (made up) a person introduced by a role noun stays a person
    text = ('They met through the singer Jane Roe, she said.\n\n"We talked for hours that night about everything," '
            'she said.')
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "Jane Roe")]


def test_quoted_him_as_saying_after_a_quote_is_the_man_the_pronoun_means(shared_dir):
    """Multi-News 0175, article 1 (blind-speakers26): '"Hi, I'm Tiger. Nice to meet you," she quoted him as saying
    before ...' was credited to Devon James, the woman who reports the words (twenty-eighth speaker round): the
    speaker of "X quoted Y as saying" is Y, here the pronoun "him": the nearest person named before who is not the
    one "she" (the relayer) refers to."""
    text = _multinews(shared_dir, "0175", 1, 0, 6)
    said = _speakers(_article_sents(text, people=("Devon James", "Tiger Woods")))
    assert said[-1] == ("Hi,", "Tiger Woods")
    # (made up) "her" is the woman named before, not the man who reports her words
    text = 'John Roe met Jane Doe in May.\n\n"We can win this," he quoted her as saying at the time.'
    assert _speakers(_article_sents(text, people=("John Roe", "Jane Doe"))) == [("We", "Jane Doe")]


def test_a_verbless_name_after_a_quote_speaks_past_a_party_and_state(shared_dir):
    """Multi-News 0112, article 2 (blind-speakers28): '"I'm afraid this is not going to fix the problem, ...," Sen.
    Ron Johnson (R-TX), who was elected by tea party constituents.' (the verb left out of the copy) was credited to
    Boehner, the speaker two paragraphs before (twenty-ninth speaker round): a party-and-state parenthesis after
    the name is part of the name, as "of Oregon" is."""
    text = _multinews(shared_dir, "0112", 2, 11, 14)
    said = _speakers(_article_sents(text, people=("Ron Johnson", "Boehner", "Obama")))
    assert said == [("This", "Boehner"), ("But", "Boehner"), ("I’m", "Ron Johnson")]
    # (made up) a state abbreviation with its dot inside the parenthesis
    text = '"We will vote no on this bill tomorrow," Jane Doe (D-Calif.), who chairs the caucus.'
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("We", "Jane Doe")]


def test_a_confidante_is_a_nominal_speaker(shared_dir):
    """Multi-News 0112, article 1 (blind-speakers28): '"I think she will not let it die even if in the end she
    votes against it," predicted one Pelosi confidante.' was left unattributed (or given to Pelosi, the person the
    confidante is close to): a confidant(e) is a person role, the unnamed speaker."""
    text = _multinews(shared_dir, "0112", 1, 14, 15)
    assert _speakers(_article_sents(text, people=("Pelosi",))) == [("I", "one Pelosi confidante")]
    # (made up) "a confidant of X said": the confidant, not X
    text = '"He has made up his mind already," said a longtime confidant of John Roe.'
    said = _speakers(_article_sents(text, people=("John Roe",)))
    assert said[0][1] is not None and "confidant" in said[0][1]
# --- blind-speakers27's errors (spk37; real text from ../shared; docs/analysis-labels.md "Blind-speakers27") -------


def test_a_collective_noun_for_a_people_speaks_and_is_no_epithet_of_a_person(shared_dir):
    """Multi-News 0196, article 2: '"We are disturbed and saddened ...," the tribe said in a written statement.' was
    credited to Jeff King, the musher the paragraphs before talk about ("the tribe" read as an epithet of the person
    speaking nearby): a collective noun for a people or a community ("tribe", "village", "club") is a body."""
    text = _multinews(shared_dir, "0196", 2, 12, 15)
    assert _speakers(_article_sents(text, people=("Jeff King",))) == [("We", "the tribe"), ("Nulato", "the tribe")]
    # (made up) the same for another such noun
    text = 'John Roe spoke first.\n\n"We will rebuild the hall before the winter comes," the club said.'
    assert _speakers(_article_sents(text, people=("John Roe",))) == [("We", "the club")]


def test_a_subordinate_clause_set_off_by_commas_before_the_subject_is_not_the_subject(shared_dir):
    """Multi-News 0196, article 1: 'In the early hours of Saturday, as Zirkle made her way to Nulato, officials say a
    snowmachiner "repeatedly tried to harm her and her team."' was credited to Zirkle, the name inside the fronted
    "as" clause: a subordinate clause set off by commas that tells no speech ends before the verb's subject."""
    text = _multinews(shared_dir, "0196", 1, 21, 21)
    assert _speakers(_article_sents(text, people=("Zirkle",), places=("Nulato",))) == [("repeatedly", "officials")]
    # (made up) "as" with no clause after it before the verb, or a clause that tells the speech: the name speaks
    quote = '"will cost far more than anyone has admitted."'
    for text in (f"Jane Doe, as chairman of the board, said the plan {quote}",
                 f"As Jane Doe told reporters, the plan {quote}",
                 f"On Monday, when the vote was over, Jane Doe said the plan {quote}"):
        assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("will", "Jane Doe")]


def test_according_to_a_plural_noun_closed_by_a_comma_is_the_source_not_the_name_after_it(shared_dir):
    """Multi-News 0196, article 2: 'According to state troopers, Zirkle was about five miles downriver ... when her
    dog sled was first hit on "the side by a snow machine ..."' was credited to Zirkle, the name after the comma."""
    text = _multinews(shared_dir, "0196", 2, 18, 18)
    assert _speakers(_article_sents(text, people=("Zirkle",), places=("Koyukuk", "Nulato"))) == [
        ("the", "state troopers")]
    # (made up) a name right after "according to" still speaks
    text = 'According to Jane Doe, the plan "will cost far more than anyone has admitted."'
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("will", "Jane Doe")]


def test_she_is_the_person_a_trade_noun_describes_when_no_name_speaks(shared_dir):
    """Multi-News 0196, article 1: 'A veterinarian at the riverside checkpoint said she was not allowed to describe
    details ...' then '"We can't talk about it," she said. "But we've been crying a lot."': credited to Jeff King
    (the man who spoke two paragraphs up): an indefinite subject of a speech verb, its head a noun of a person by
    its ending ("veterinarian", "physician", "dentist") and a place phrase after it, is whom "she" means."""
    text = _multinews(shared_dir, "0196", 1, 17, 19)
    said = _speakers(_article_sents(text, people=("Jeff King", "King", "Crosby"), places=("Banjo",)))
    assert said[1:] == [("We", "a veterinarian"), ("But", "a veterinarian")]
    # (made up) a document's noun is no person: "she" stays the woman named before
    text = ('Jane Doe spoke first. A report from the ministry said she had left.\n\n'
            '"We did everything we could for them," she said.')
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("We", "Jane Doe")]


def test_a_suit_alleges_what_it_quotes(shared_dir):
    """Multi-News 0143, article 1: 'But the new suit alleges that the car "suffered from material defects ..."' had
    no speaker ("alleges" was no speech verb, "suit" no document)."""
    text = _multinews(shared_dir, "0143", 1, 3, 3)
    said = _speakers(_article_sents(text, orgs=("National Highway Traffic Safety Administration",)))
    assert said == [("suffered", "the new suit")]
    # (made up) "alleged" as an adjective is no speech verb
    text = 'The alleged gunman "did not say a single word before he fired," police said.'
    assert _speakers(_article_sents(text)) == [("did", "police")]


def test_a_medium_paraphrasing_someone_as_saying_relays_their_words(shared_dir):
    """DUC 2006 D0621C: 'Guangdong police are not allowed contacts with foreign crime mobs "except for work
    requirements," the newspaper paraphrased Chen as saying.' was credited to "the newspaper"; "paraphrased X as
    saying" relays X's words as "quoted X as saying" does."""
    import gzip
    import json

    with gzip.open(shared_dir / "data" / "duc2006" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"] == "D0621C")
    text = next(line for a in cluster["articles"] for line in a["text"].split("\n")
                if "paraphrased Chen as saying" in line)
    sents = _article_sents(" ".join(text.split()).replace("``", '"').replace("''", '"'), people=("Chen",))
    assert _speakers(sents) == [("except", "Chen")]
def test_a_message_as_the_subject_of_read_speaks(shared_dir):
    """Multi-News 0039, article 1 (blind-speakers29): 'On the afternoon of May 20, 1936, she fired off an urgent
    Teletype to her employer. The message read: " . . . have just airmailed detailed synopsis of Gone with the Wind
    ..."' was left unattributed (thirtieth speaker round): a person's message ("message", "telegram", "email") as
    the whole subject of a speech verb speaks, as "the letter" and "the memo" do (only there: "message" is no
    speaker elsewhere)."""
    text = _multinews(shared_dir, "0039", 1, 0, 1)
    said = _speakers(_article_sents(text, people=("Katharine Brown", "David O. Selznick", "Margaret Mitchell")))
    assert len(said) == 1 and said[0][1] is not None and "message" in said[0][1].lower()
    # (made up) a telegram; and a message that is no speech verb's whole subject stays no speaker
    text = 'Jane Roe sent a telegram home. The telegram read: "We are safe and we will be back on Monday."'
    said = _speakers(_article_sents(text, people=("Jane Roe",)))
    assert said[0][0] == "We" and said[0][1] is not None
    text = 'The first greeting message was an old saying, "How happy we are to meet friends from afar today".'
    assert _speakers(_article_sents(text)) == [("How", None)]


def test_a_name_before_a_verb_of_thinking_is_whom_he_said_means(shared_dir):
    """Multi-News 0039, article 3 (blind-speakers29): 'TCM host and film historian Robert Osborne believes "GWTW"
    has endured because of its emotional resonance.' then '"It's about survival," he said. "It hit the world in the
    '30s ...' was credited to Jewell, the speaker of the paragraph before (thirtieth speaker round): a verb of
    thinking right after a name ("believes", "thinks"), with no comma between, makes the name its clause's subject,
    the one "he" means."""
    text = _multinews(shared_dir, "0039", 3, 17, 20)
    said = _speakers(_article_sents(text, people=("Jewell", "Robert Osborne"), orgs=("TCM",)))
    assert [w for w, _ in said] == ["But", "It", "I"]
    assert said[0][1] == "Jewell" and said[1][1] == "Robert Osborne" and said[2][1] == "Robert Osborne"


def test_a_participles_subject_is_the_subject_of_the_speech_verb_its_clause_opens_with(shared_dir):
    """Multi-News 0065, article 3 (blind-speakers29): 'Colter told the hearing that players' performance on the
    field was more important to Northwestern than their in-class performance, saying, "You fulfill the football
    requirement ..."' was credited to "the hearing that players" (a noun phrase inside the object of "told";
    thirtieth speaker round): the subject of "saying" after a comma is the subject of the finite speech verb the
    clause opens with (Colter), not a noun phrase after it."""
    text = _multinews(shared_dir, "0065", 3, 16, 17)
    said = _speakers(_article_sents(text, people=("Pat Fitzgerald",), orgs=("NLRB", "Wildcats", "Northwestern")))
    assert said[0] == ("You", "Colter")
    # (made up) a body opening the clause
    text = ('The ministry told reporters that the soldiers in the north were safe, adding, "No one was hurt in the '
            'attack on the base."')
    said = _speakers(_article_sents(text, orgs=("The ministry",)))
    assert said[0][1] is not None and "ministry" in said[0][1].lower() and "soldiers" not in said[0][1]


def test_the_detective_is_an_unnamed_detective_not_the_person_named_before(shared_dir):
    """Multi-News 0136, article 1 (blind-speakers29): '... Poole was a friend of the victim's family ...' then '"He
    said Tim would sleep in the same bed as him at his house" and perform a sex act on the child, the detective
    wrote in the affidavit.' was credited to Poole, the person the paragraph before names (thirtieth speaker round):
    "detective" is a person role, and "the detective" refers back only to someone the text gave that role ("Detective Jane Roe"), never to whoever was named or spoke nearby."""
    text = _multinews(shared_dir, "0136", 1, 5, 7)
    said = _speakers(_article_sents(text, people=("Poole", "Tim Poole", "Timothy Poole"), orgs=("Local 6",),
                                    places=("Orange County",)))
    assert said == [("He", "the detective"), ("He", "the detective")]
    # (made up) a detective the text named before
    text = ('Detective Jane Roe led the inquiry. John Doe was arrested in May.\n\n"He admitted everything to us," '
            'the detective said.')
    assert _speakers(_article_sents(text, people=("Jane Roe", "John Doe"))) == [("He", "Jane Roe")]
# --- blind-speakers30's errors (spk40; real text from ../shared; docs/analysis-labels.md "Blind-speakers30") -------


def test_an_article_quoting_in_single_curly_marks_only_has_its_quotes_found(shared_dir):
    """Multi-News 0063, article 1 (British style, no double mark in it): 'Another blogger, Brandy Willans, writes on
    her channel: ‘Don’t worry if you get this in your eye because it’s non toxic.’' and Crayola's two lines in
    ‘...’ were not found at all: an article quoting in single curly marks only has them paired (an apostrophe, "it’s",
    closes none)."""
    text = _multinews(shared_dir, "0063", 1, 0, 9)
    said = _speakers(_article_sents(text, orgs=("Crayola", "FDA"), people=("Brook Eve", "Brandy Willans")))
    assert [w for w in said if w[0] in ("Don’t", "As", "Although")] == [
        ("Don’t", "Brandy Willans"), ("As", "the company"), ("Although", "the company")]
    # (made up) an article with double marks keeps them alone: single marks inside or beside them pair nothing
    text = ('The girls’ coach, Jane Doe, praised the ‘quiet ones’ in the squad. "We will win the cup again next '
            'year, whatever they say about us," Jane Doe said.')
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("We", "Jane Doe")]
    # (made up) apostrophes alone open no quote
    text = "Jane Doe’s team won the cup. The players’ families were there, and it’s their third title in a row."
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == []


def test_the_weather_service_speaks_and_is_no_epithet_of_a_person(shared_dir):
    """Multi-News 0234, article 1: '"A winter storm warning means that snow will make travel dangerous," the weather
    service said. "If you must venture out at all, use extreme caution."' was credited to Esther Boyer, the driver
    quoted two paragraphs up ("the weather service" read as an epithet of the person speaking nearby): the head of
    an institution's name ("service", "office", "commission", "center", "hospital") is a body."""
    text = _multinews(shared_dir, "0234", 1, 3, 11)
    said = _speakers(_article_sents(text, people=("Esther Boyer",), orgs=("National Weather Service",)))
    assert said[-2:] == [("A", "the weather service"), ("If", "the weather service")]
    # (made up) the same for another such head; a person's epithet still refers to the person
    text = ('Jane Doe spoke first.\n\n"We will reopen the road before the winter comes," the county office said.\n\n'
            '"We have waited long enough for this road," the 60-year-old farmer said.')
    assert _speakers(_article_sents(text, people=("Jane Doe",))) == [("We", "the county office"), ("We", "Jane Doe")]


def test_she_ending_a_sentence_that_introduces_a_person_is_that_person(shared_dir):
    """Multi-News 0095, article 1: 'Anna Smith, an ultrasound technician, was on the first floor ... when police burst
    in and told everyone to leave through the back door, she said.' then '"There's a sign on the door ...," she
    said.': credited to (Alfred) Williams, quoted before ("<what was said>, she said" sent "she" further back): a
    reported sentence opened by a name with an indefinite appositive introduces that person, whom its "she" means."""
    text = _multinews(shared_dir, "0095", 1, 20, 23)
    said = _speakers(_article_sents(text, people=("Anna Smith", "Alfred Williams", "Williams")))
    assert said[1:] == [("There's", "Anna Smith"), ("But", "Anna Smith")]
    # (made up) a reported sentence that introduces no one: "she" is still the woman quoted before
    text = ('"We did everything we could for them," Jane Doe said.\n\nMark Roe was at home when the fire started, '
            'she said.\n\n"Nobody could have saved that house in this wind," she said.')
    assert _speakers(_article_sents(text, people=("Jane Doe", "Mark Roe"))) == [("We", "Jane Doe"), ("Nobody", "Jane Doe")]


def test_answered_is_a_speech_verb(shared_dir):
    """Multi-News 0055, article 3: '"Oh yeah. Yeah," Paula answered. "Life's totally, my outlook on life's totally
    changed."' and the next paragraph's '"I'm just happy to be here."' had no speaker ("answered" was no speech
    verb); the reporter's own question ('"Does it all look ...?" I asked her') names no one."""
    text = _multinews(shared_dir, "0055", 3, 44, 46)
    assert _speakers(_article_sents(text, people=("Paula",))) == [("Does", None), ("Life's", "Paula"), ("I'm", "Paula")]


def test_a_definite_epithet_after_a_fronted_phrase_speaks_the_next_paragraph(shared_dir):
    """Multi-News 0081, article 2: 'During a 2009 interview with Vanity Fair’s John Heilpern, the designer admitted
    that the “ladies who lunch” were never his target clients.' then a quote paragraph and '“...?” he asked.': all
    three credited to the interviewer, the name in the fronted phrase: a fronted prepositional phrase ("During /
    In / At / Through <a noun phrase>,") ends before the subject, and the definite epithet subject of the sentence
    before a quote paragraph is the person it refers to (Oscar de la Renta), as after a quote."""
    text = _multinews(shared_dir, "0081", 2, 1, 6)
    said = _speakers(_article_sents(
        text, people=("John Heilpern", "Oscar de la Renta", "De la Renta", "Anette de la Renta", "Babe Paley",
                      "Jackie Kennedy"), orgs=("Vanity Fair", "The New York Times", "Lanvin", "Balenciaga"),
        places=("Kent", "Connecticut", "Spain", "Paris", "Dominican Republic")))
    assert [w for _, w in said] == ["De la Renta"] * 3
    # (made up) a name right after the fronted phrase still speaks
    text = 'In an interview with CNN, Jane Doe said the plan "will cost far more than anyone has admitted."'
    assert _speakers(_article_sents(text, people=("Jane Doe",), orgs=("CNN",))) == [("will", "Jane Doe")]
def test_a_share_bar_typed_a_person_is_no_one_he_can_mean(shared_dir):
    """Multi-News 0098, article 1 (blind-speakers31): '... said the study's lead author, Mason Silveira, ...', then
    the Guardian's share bar before a photo caption ('Facebook Twitter Pinterest UBC researchers test ...', NER typed
    "Twitter Pinterest" a person), then '"When rats were given THC ...," he said.' and a continuation paragraph: both
    credited to "Twitter Pinterest". A name made only of share-bar words is never a person."""
    text = _multinews(shared_dir, "0098", 1, 7, 10)
    said = _speakers(_article_sents(text, people=("Mason Silveira", "Twitter Pinterest"),
                                    orgs=("University of British Columbia",)))
    assert said == [("When", "Mason Silveira"), ("What’s", "Mason Silveira")]
    # with "THC" an organization (as NER types it, also in the bar's line), "he" is the last person named before
    said = _speakers(_article_sents(text, people=("Mason Silveira", "Twitter Pinterest"),
                                    orgs=("University of British Columbia", "THC")))
    assert said == [("When", "Mason Silveira"), ("What’s", "Mason Silveira")]
    # (made up) a person named alone before "he said" is still whom "he" means
    text = 'Jane Roe led the study.\n\n"The rats simply stopped trying," she said.'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("The", "Jane Roe")]


def test_the_object_of_with_in_an_opening_phrase_closed_by_a_comma_does_not_speak(shared_dir):
    """Multi-News 0108, article 3 (blind-speakers31): 'In an interview with CNN's Dana Bash, Sanders, a Democratic
    presidential candidate, said Day "spent her life fighting for the poor ..."' was credited to Dana Bash, the
    interviewer: "with" and a name closed by a comma in a phrase opening the clause is that phrase's object."""
    text = _multinews(shared_dir, "0108", 3, 2, 4)
    said = _speakers(_article_sents(text, people=("Bernie Sanders", "Sanders", "Dana Bash", "Pope Francis",
                                                  "Dorothy Day", "Day"), orgs=("CNN",), places=("Vermont",)))
    assert said == [("spent", "Sanders"), ("She", "Sanders")]
    # (made up) "with" after a verb, no comma after the name: the name may still be the participle's subject
    text = 'The protest ended with Jane Roe telling the crowd that "we will be back here next week."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("we", "Jane Roe")]


def test_a_pull_quote_followed_by_a_name_alone_is_that_persons(shared_dir):
    """Multi-News 0108, article 2 (blind-speakers31): a caption line '"Pope Francis has been a powerful voice for
    life at a time when life is profoundly threatened in America." Senator Ted Cruz' after two quotes of Sanders
    was credited to Sanders: a paragraph that is one quote and then only a (titled) person's name is that
    person's."""
    text = _multinews(shared_dir, "0108", 2, 2, 3)
    said = _speakers(_article_sents(text, people=("Sanders", "Ted Cruz", "Pope Francis"), places=("America",)))
    assert said == [("I", "Sanders"), ("That's", "Sanders"), ("Pope", "Ted Cruz")]
    # (made up) a name followed by more words is no pull quote's signature: the speaker before keeps it
    text = ('"We will not sign this agreement today," Jane Doe said.\n\n'
            '"The draft ignores all our demands." John Roe left the room soon after.')
    assert _speakers(_article_sents(text, people=("Jane Doe", "John Roe")))[0] == ("We", "Jane Doe")


def test_the_plaintiffs_of_a_suit_speak(shared_dir):
    """Multi-News 0191, article 1 (blind-speakers32): 'the plaintiffs say—among other things—"there is not a single
    state that requires ..." or to "answer questions ..."' found no speaker, and 'Bushmaster and the other
    defendants' conduct, the plaintiffs say, was a "substantial factor ..."' was credited to Bushmaster, the
    company the sentence opens with: a suit's plaintiffs are a nominal speaker, like "the lawyers"."""
    text = _multinews(shared_dir, "0191", 1, 3, 4)
    said = _speakers(_article_sents(text, people=("Nancy Lanza", "Adam Lanza"), orgs=("Bushmaster",)))
    assert [w for _, w in said][1:] == ["the plaintiffs", "the plaintiffs"]
    text = _multinews(shared_dir, "0191", 1, 8, 8)
    said = _speakers(_article_sents(text, orgs=("Bushmaster",)))
    assert said[0] == ("substantial", "the plaintiffs")


def test_vented_is_a_speech_verb(shared_dir):
    """Multi-News 0061, article 3 (blind-speakers32): 'Rhonda Ungericht, among many others, vented on Keurig's
    Facebook page:' then a paragraph that is her post ('"My sister bought a new Keurig ..."'): no speaker was
    found; "vented" introduces words like "complained"."""
    text = _multinews(shared_dir, "0061", 3, 9, 10)
    said = _speakers(_article_sents(text, people=("Rhonda Ungericht",), orgs=("Keurig",)))
    assert said == [("My", "Rhonda Ungericht")]


def test_a_memorandum_speaks_as_a_memo(shared_dir):
    """Multi-News 0149, article 1 (blind-speakers35): 'It says that in September 2009, the NSA advised the Senate
    Intelligence Committee ... The memorandum said the judges were "engaged throughout and asked questions ..."':
    credited to the NSA (the body the sentence before names); "the memorandum" is a document that speaks, as "the
    memo"."""
    text = _multinews(shared_dir, "0149", 1, 18, 19)
    said = _speakers(_article_sents(text, orgs=("NSA", "Senate Intelligence Committee", "FISA")))
    assert said == [("engaged", "The memorandum")]


def test_a_photo_credit_line_does_not_name_the_person_before_their_introduction(shared_dir):
    """Multi-News 0129, article 2 (blind-speakers35): 'Courtesy Maria Feng' (a picture's credit line), then
    'His mother, Maria Feng, remembers that breakthrough. "We were so proud, ..."': the sentence introduces her
    and the quote is hers; the credit line counted as an earlier mention, so the quote went to the teenager
    quoted before."""
    text = _multinews(shared_dir, "0129", 2, 16, 21)
    said = _speakers(_article_sents(text, people=("Shinozuka", "Deming", "Maria Feng", "Dupont")))
    assert said[-1] == ("We", "Maria Feng")


def test_he_is_not_a_woman_the_next_sentence_calls_she(shared_dir):
    """Multi-News 0129, article 2 (blind-speakers35): 'Ida will tell you with a smile about her love for bridge
    ... She might tell you more than once.' ... '"Oh really?" Ida asks. "That's pretty clever."' / '"Thank you," he
    says, in his characteristic politeness. "So we're going to put the sock on ..."': "he" is the boy quoted
    before, not Ida (a given name no list knows, whom the text calls "she")."""
    text = _multinews(shared_dir, "0129", 2, 3, 9)
    said = _speakers(_article_sents(text, people=("Ida Mitchell", "Ida", "Shinozuka", "Conrad")))
    assert said[-1] == ("So", "Shinozuka")
    # (made up, the shape of Multi-News 0092) a possessive opening the sentence is about another: "She" is the wife
    said = _speakers(_article_sents("John Roe's wife knew of it. She even appeared on the show.\n\nAsked about it, "
                                    'he said: "I was involved with that site years ago, writing a few articles."',
                                    people=("John Roe",)))
    assert said == [("I", "John Roe")]
def test_a_body_a_statement_was_given_to_is_no_speaker(shared_dir):
    """Multi-News 0080, article 1 (blind-speakers34): 'In a statement provided to All Things Digital, Apple said,
    "The recent iOS software update addressed ..."' was credited to All Things Digital, the first organization of
    the clause: a body after a preposition ("provided to X", "in a statement to X") is its object; the body after it,
    the verb's subject, speaks."""
    text = _multinews(shared_dir, "0080", 1, 17, 18)
    said = _speakers(_article_sents(text, orgs=("Apple", "All Things Digital")))
    assert said == [("The", "Apple")]
    # (made up) "in a statement to" a body, a person or a nominal after it
    text = 'In a statement to The Times, Jane Doe said, "The recent update addressed many of the issues."'
    assert _speakers(_article_sents(text, people=("Jane Doe",), orgs=("The Times",))) == [("The", "Jane Doe")]


def test_a_producer_and_a_user_are_nominal_speakers(shared_dir):
    """Multi-News 0030, article 2 (blind-speakers34): '"He had so much on the go," says a producer who worked with
    him. "That's why this is so shocking."' was credited to Simon Halls, the publicist the paragraph before names;
    Multi-News 0080, article 1: 'one user chimed in with a more reasoned approach: "Don't rely on ..."' found no
    speaker. "producer" and "user" are person roles (someone the text does not name), "chimed in" a speech verb."""
    text = _multinews(shared_dir, "0030", 2, 6, 8)
    said = _speakers(_article_sents(text, people=("Scott", "Craig Harvey", "Simon Halls", "Ed Winter",
                                                  "Donna Wilson Scott"), orgs=("ABC News", "THR")))
    assert said[-2:] == [("He", "a producer"), ("That's", "a producer")]
    text = _multinews(shared_dir, "0080", 1, 11, 12)
    said = _speakers(_article_sents(text, orgs=("Apple",)))
    assert said[-1] == ("Don't", "one user")


# -- sentences glued by the scrape onto a quote's closing stop (spk48: blind errors pooled over draws 23-35) -------


def test_a_sentence_glued_onto_a_quotes_closing_stop_is_its_own(shared_dir):
    """Multi-News 0055, article 1 (blind-speakers30): the scrape dropped the space after closing marks, so
    '... went away immediately."Through Dr. Kolb, Anne Ziegenhorn met other women ...' is segmented with Amanda
    Gilcrease's quote, and 'She said, "I literally willed myself to live ... why I'm here."Channel 3 called the FDA
    ...' with the next sentence. "She" is the person opening the glued sentence (not the speaker of the quote it is
    glued to, nor Dr. Kolb, the object of its opening phrase), and "Channel 3 called" is no attribution after the
    quote (it silenced the "She said" before it)."""
    text = _multinews(shared_dir, "0055", 1, 1, 1)
    said = _speakers(_article_sents(text, people=("Anne Ziegenhorn", "Susan Kolb", "Amanda Gilcrease")))
    assert said[-2:] == [("All", "Amanda Gilcrease"), ("I", "Anne Ziegenhorn")]
    # (made up) a glued sentence opening on no name leaves "she" to the rules before (the speaker quoted there)
    text = ('Mary Poe is a patient. She said, "The pains went away immediately."The woman met Jane Roe later. '
            'She said, "I willed myself to live."')
    assert _speakers(_article_sents(text, people=("Mary Poe", "Jane Roe"))) == [("The", "Mary Poe"), ("I", "Mary Poe")]
    # (made up) a quote mark glued as an opening one ('... in jail."When ...') is no glued sentence
    text = ('Jane Roe met the judge. Mark Doe spent the night in jail."When they close that door, you are shut off," '
            'she said.')
    assert _speakers(_article_sents(text, people=("Jane Roe", "Mark Doe"))) == [("When", "Jane Roe")]
# --- speakers as a reader reads them (spk47, issue 11): possessives, cut names, a quote's own words ----------------


def _duc2003(shared_dir, cluster, n, first, last):
    return _cluster_paragraphs(shared_dir, "duc2003_task3/test.jsonl.gz", cluster, n, first, last)


def _duc2006(shared_dir, cluster, n, first, last):
    return _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", cluster, n, first, last)


def test_a_verb_right_after_a_quote_has_its_subject_after_it_not_the_quotes_words(shared_dir):
    """DUC 2006 D0619A, article 7: '``I think the radical statement of the gay civil rights movement is that ...,''
    said Carpenter. ``We are everywhere in society.''' (one sentence): the second quote's speaker was read before
    "said", inside the first quote: "the radical statement of the gay civil rights movement" (before spk47)."""
    text = _duc2006(shared_dir, "D0619A", 7, 4, 5)
    said = _speakers(_article_sents(text, people=("Carpenter",), orgs=("Log Cabin Republicans", "GOP"),
                                    places=("Dallas",)))
    assert said == [("I", "Carpenter"), ("We", "Carpenter")]
    # (made up) a noun phrase opening the clause with no quote before the verb still speaks
    text = 'The statement of the ministry said "the bridge will stay closed until the spring" on Monday.'
    assert _speakers(_article_sents(text)) == [("the", "The statement of the ministry")]
    text = '"The bridge will stay closed," said Jane Roe, the mayor. "We waited far too long for this."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("The", "Jane Roe"), ("We", "Jane Roe")]


def test_a_possessive_pronoun_speaker_names_its_possessor(shared_dir):
    """'"A bad way, bad way," his father responded.' after '"In a good way or a bad way?" Michael Dunn asked.'
    (Multi-News 0121, article 2) and 'Their foreign ministers said in a statement ...' after 'The 15 European Union
    nations and 11 neighbors pledged ...' (DUC 2003 d121h, article 2) were listed as "his father" and "Their foreign
    ministers": the view lists quotes away from their paragraphs, so the possessor is named (before spk47)."""
    text = _multinews(shared_dir, "0121", 2, 17, 21)
    said = _speakers(_article_sents(text, people=("Dunn", "Phillip Dunn", "Michael Dunn")))
    assert said[2] == ("A", "Dunn's father")
    text = _duc2003(shared_dir, "d121h", 2, 0, 1)
    said = _speakers(_article_sents(text, orgs=("European Union",), places=("LUXEMBOURG",)))
    assert said == [("the", "The 15 European Union nations and 11 neighbors' foreign ministers")]
    # "His lawyers" two sentences after another man's quote (Multi-News 0236, article 1): no one named in its
    # sentence or the one before, so no possessor is guessed (the last speaker is not whose lawyers they are)
    text = _multinews(shared_dir, "0236", 1, 2, 4)
    said = _speakers(_article_sents(text, people=("Mark Cymrot", "Faith Zaman", "Thomas Derbyshire"),
                                    places=("Long Island", "New York")))
    assert said[1] == ("in", "His lawyers")
    # (made up) "their" never stands for one named thing: unchanged
    text = 'Acme Corp. announced the merger on Monday. "We are very pleased," their spokesman said.'
    assert _speakers(_article_sents(text, orgs=("Acme Corp.",))) == [("We", "their spokesman")]


def test_a_possessive_role_in_apposition_with_a_name_ending_the_sentence_is_that_name(shared_dir):
    """'..., said his spokeswoman, Lisette McSoud Mondello.' (DUC 2006 D0619A, article 9) and '..., says his personal
    publicist, Carrie Byalick.' (Multi-News 0036, article 1): the name in apposition was taken only before a comma
    or "of", never at the sentence's end (before spk47)."""
    text = _duc2006(shared_dir, "D0619A", 9, 10, 10)
    said = _speakers(_article_sents(text, people=("D'Amato", "Lisette McSoud Mondello")))
    assert said == [("Senator", "Lisette McSoud Mondello")]
    text = _multinews(shared_dir, "0036", 1, 2, 2)
    said = _speakers(_article_sents(text, people=("Colbert", "DeMint", "Carrie Byalick", "Haley"),
                                    orgs=("Heritage Foundation", "Capitol Hill"), places=("Palmetto State",)))
    assert said == [("Stephen", "Carrie Byalick")]


def test_which_said_is_the_thing_owned_not_its_owner_nor_a_phrase_over_an_infinitive(shared_dir):
    """DUC 2003 d116f, article 7: 'They also want the board to remove the committee's dedication at the top of the
    standards, which said: ``Our children are the future of Kansas. ...''' was credited to "the board to remove the
    committee" (a nominal read over "to remove the"): "which" is the dedication, the committee's (before spk47)."""
    text = _duc2003(shared_dir, "d116f", 7, 4, 5)
    said = _speakers(_article_sents(text, people=("Staver",), places=("Kansas",)))
    assert said == [("Our", "the committee's dedication")]
    # (made up) an organization or a nominal right before ", which said" is still the antecedent
    text = 'The plan was backed by the city council, which said: "The bridge will stay closed until the spring."'
    assert _speakers(_article_sents(text, orgs=("city council",))) == [("The", "city council")]
    text = 'The plan was backed by the members of the council, which said: "The bridge will stay closed."'
    assert _speakers(_article_sents(text)) == [("The", "the members of the council")]


def test_a_name_after_a_title_closing_a_nominal_speaker_is_kept(shared_dir):
    """MultiLing M002, article 7: '..., said a spokesperson for British Prime Minister Tony Blair.' was cut to "a
    spokesperson for British Prime Minister" (the role words ran through "for" into the title; before spk47)."""
    text = _cluster_paragraphs(shared_dir, "multiling2011_en/test.jsonl.gz", "M002", 7, 7, 7)
    said = _speakers(_article_sents(text, people=("Tony Blair",), places=("Iran",)))
    assert said == [("We", "a spokesperson for British Prime Minister Tony Blair")]
    # (made up) a plain body after "for" is not run on into the words after it
    text = '"We will not sign this agreement today," said a spokesman for the company on Monday evening.'
    assert _speakers(_article_sents(text)) == [("We", "a spokesman for the company")]


def test_a_hyphenated_title_closing_a_nominal_speaker_is_the_person_it_titles(shared_dir):
    """DUC 2003 d124i, article 8: '``With this amount of money,'' the group's Secretary-General Jean-Marie
    Kindermans told the BBC on Friday, ``we will ...''' gave the first quote to "the group's Secretary" (the role
    read up to its hyphen; the second quote had the name): the person the title names speaks (before spk47)."""
    text = _duc2003(shared_dir, "d124i", 8, 17, 17)
    said = _speakers(_article_sents(text, people=("Jean-Marie Kindermans",), orgs=("BBC",)))
    assert said == [("With", "Jean-Marie Kindermans"), ("we", "Jean-Marie Kindermans")]
    # (made up) a plain title before a name, and a title with no name after it
    text = '"We will not sign this agreement today," the group\'s President Jane Roe said on Monday.'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "Jane Roe")]
    text = '"We will not sign this agreement today," the Senator said to Jane Roe.'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "the Senator")]
# -- blind-speakers33's errors (spk43; each fails on main 8a09487) -------------------------------------------------


def test_according_to_a_thing_closed_by_a_comma_is_the_source_not_the_name_after_it(shared_dir):
    """Multi-News 0057, article 3 (blind-speakers33): 'According to the ad, the McRibster features, "Saftiges
    Schweinefleisch, ..."' was credited to "McRibster", the name the main clause opens with: a singular common noun
    after "according to", closed by its comma, is the source, as a plural one is ("According to state troopers,")."""
    text = _multinews(shared_dir, "0057", 3, 1, 1)
    assert _speakers(_article_sents(text, orgs=("McRibster",))) == [("Saftiges", "the ad")]
    # (made up) a person's role closed by a comma is left to the name in apposition after it
    text = 'According to the spokesman, Jane Roe, the plan "will cost at least ten million dollars a year."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("will", "Jane Roe")]


def test_maintains_is_a_speech_verb(shared_dir):
    """Multi-News 0114, article 3 (blind-speakers33): 'FWS maintains that, under its interpretation of the statute, a
    species is only endangered when it is "currently on the brink of extinction in the wild."' went to the judge
    who spoke two paragraphs up: "maintains" introduces a claim, as "insists" does."""
    text = _multinews(shared_dir, "0114", 3, 5, 7)
    said = _speakers(_article_sents(text, people=("Emmet Sullivan", "Sullivan"), orgs=("FWS", "ESA")))
    assert said[-1] == ("currently", "FWS")


def test_the_memorandum_is_a_document_that_speaks(shared_dir):
    """Multi-News 0114, article 3 (blind-speakers33): '... the agency found that the species "has not been restricted
    to a critically small range ...," the memorandum says.' went to the judge who ordered the memorandum: a
    memorandum is a filing, like "the motion" or "the warrant"."""
    text = _multinews(shared_dir, "0114", 3, 5, 8)
    said = _speakers(_article_sents(text, people=("Emmet Sullivan", "Sullivan"), orgs=("FWS", "ESA")))
    assert said[-1] == ("has", "the memorandum")
def test_a_surname_typed_a_place_after_a_given_name_is_a_person(shared_dir):
    """Multi-News 0185, article 1 (blind-speakers36): 'Heather Sculthorpe, chief executive of the Tasmanian Aboriginal
    Center, called the work an "insult."' then '"...," she said.': NER typed "Sculthorpe" a place, so the name was
    skipped as a place and the Center in the appositive spoke, and "she" after it (four quotes). A one-word place
    mention right after a given name ("Heather") is a person's surname."""
    text = _multinews(shared_dir, "0185", 1, 0, 2)
    said = _speakers(_article_sents(text, people=("Mr. Parr",), orgs=("Tasmanian Aboriginal Center",),
                                    places=("Sculthorpe",)))
    assert said[1:] == [("The", "Heather Sculthorpe"), ("It’s", "Heather Sculthorpe"), ("No", "Heather Sculthorpe")]


def test_a_long_quoted_phrase_right_after_its_speakers_sentence_goes_on_with_that_speaker(shared_dir):
    """Multi-News 0079, article 1 (blind-speakers36): 'Even so, "I'm really excited" about the team's proposed
    solution ..., Collins says. Thick shell or thin, if the presence of the lakes can be verified, they could be
    "interesting, accessible bodies of liquid water."': the second quote, in the next sentence of the same
    paragraph, names no one and has no speech verb, so it was left unattributed; it goes on with Collins."""
    text = _multinews(shared_dir, "0079", 1, 25, 26)
    assert _speakers(_article_sents(text, people=("Collins",), places=("Europa",))) == [("interesting,", "Collins")]
    # (made up) in the next paragraph, it stays unattributed
    text = 'The budget passed, Jane Roe says.\n\nThick or thin, the plan is "a waste of money for the whole region."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("a", None)]


def test_a_hedging_adverb_between_an_untagged_name_and_the_verb(shared_dir):
    """Multi-News 0228, article 3 (blind-speakers36): '"You know how things are with Trump's laws now. ...,"
    Christos Vasiliades allegedly told the victim and her husband ...': NER missed the name in this sentence, and
    the name NER missed is read before a speech verb only when next to it; "allegedly" (as "reportedly") may stand
    between them."""
    text = _multinews(shared_dir, "0228", 3, 0, 1)
    assert _speakers(_article_sents(text, orgs=("Trump",))) == [("You", "Christos Vasiliades")]


def test_a_second_part_left_open_after_x_said_runs_to_the_paragraph_end(shared_dir):
    """Multi-News 0180, article 2 (blind-speakers36): '"There are several persons in the video ...," Capt. Salomonsky
    said. "So, we're going to try to do some identification, ... out of that.' and the paragraph ends, the next one
    opening with no mark: the second part was dropped (a quote opening its sentence and left open was read as the
    last paragraph of a statement over several); after 'X said.' in its own paragraph it is X's, closing mark lost."""
    text = _multinews(shared_dir, "0180", 2, 7, 10)
    said = _speakers(_article_sents(text, people=("Salomonsky",), orgs=("ATF",)))
    assert said[:2] == [("There", "Salomonsky"), ("So,", "Salomonsky")]
def test_suggesting_is_a_speech_participle_nearer_than_a_verb_of_an_earlier_clause(shared_dir):
    """Multi-News 0237, article 1 (blind-speakers37): 'Before Benedict announced his decision to be known as
    "emeritus pope," one of the Vatican's leading canon lawyers, the Jesuit Rev. Gianfranco Ghirlanda, penned an
    article suggesting that such a title would be inappropriate for Benedict since ... he had "lost all the power of
    primacy" ...' was credited to Benedict, the subject of "announced" in the opening clause: "suggesting" is a
    speech participle (like "saying", "claiming") and the nearer verb; its clause's subject speaks."""
    text = _multinews(shared_dir, "0237", 1, 31, 31)
    said = _speakers(_article_sents(text, people=("Benedict", "Gianfranco Ghirlanda"), orgs=("Vatican",)))
    assert said[-1] == ("lost", "Gianfranco Ghirlanda")
    # (made up) the same shape with another verb in the opening clause
    text = ('After Jane Doe declared her candidacy, John Roe filed a brief suggesting that she had "broken every '
            'rule of the commission" in the race.')
    assert _speakers(_article_sents(text, people=("Jane Doe", "John Roe"))) == [("broken", "John Roe")]


def test_a_sentence_ending_on_the_name_it_identifies_is_whom_the_next_epithet_means(shared_dir):
    """Multi-News 0070, article 2 (blind-speakers37): 'In Alvarez's version, Fernandez's David serves the equivalent
    role, but he's deadly serious. Indeed, the only character who even gets to crack a joke is Pucci's Eric. Asked
    if he's certain ..., the frantic fellow replies, "Am I sure? Of course not! ..."' was credited to Fernandez, the
    subject two sentences back: a sentence that identifies someone by a description and ends on the name ("... is
    X.") puts that person in focus; "he" or "the fellow" right after is that person."""
    text = _multinews(shared_dir, "0070", 2, 6, 7)
    said = _speakers(_article_sents(text, people=("Bruce Campbell", "Raimi", "Alvarez", "Fernandez", "Pucci",
                                                  "Eric", "David")))
    assert said == [("Am", "Eric")]
    # (made up) the same with "he", and with "was" after an owner
    text = ('John Doe serves the same role, but he is deadly serious. The only one who jokes is Bob Roe. Asked if '
            'he is certain, he replies, "Am I sure? Of course not! It is not a science book!"')
    assert _speakers(_article_sents(text, people=("John Doe", "Bob Roe"))) == [("Am", "Bob Roe")]
    text = ('John Doe serves the same role. His brother was Bob Roe. Asked if he is certain, he replies, "Am I '
            'sure? Of course not! It is not a science book!"')
    assert _speakers(_article_sents(text, people=("John Doe", "Bob Roe"))) == [("Am", "Bob Roe")]


# --- spk50: a speech verb's definite subject read generally (issue 11; spk48's class D) --------------------------


def test_a_definite_epithet_the_text_never_ties_to_the_person_nearby_is_its_own_speaker(shared_dir):
    """Multi-News 0153, article 2 (in no speaker split): '"It is with heavy hearts that the school corporation day
    comes to an end. ...," the school district said in a statement to WRTV.' three paragraphs after a quote of
    Kevin Kologinski. "The school district" was read as an epithet of the person speaking nearby (its head is in no
    body list): a definite epithet means a named person only when the text calls that person by its noun
    ("Nevada rancher Cliven Bundy", "X, the designer"); otherwise the phrase is its own speaker."""
    text = _multinews(shared_dir, "0153", 2, 57, 60)
    said = _speakers(_article_sents(text, people=("Kevin Kologinski",)))
    assert said[0] == ("I", "Kevin Kologinski")
    assert said[-1] == ("It", "the school district")
    # (made up) a head with no agent ending that the text ties to the person as a title is still an epithet of
    # theirs; untied and not named in the sentence before, it is its own speaker; named there, it is theirs
    # (:func:`quotes._just_named`: 'The Miss Universe Twitter account quickly let the Oscars know ... "...," the tweet
    # read', Multi-News 0205)
    text = 'Cattle baron Cliven Bundy said he would fight. "We will not back down from this fight," the baron said.'
    assert _speakers(_article_sents(text, people=("Cliven Bundy",))) == [("We", "Cliven Bundy")]
    text = ('Cliven Bundy said he would fight. The standoff went on for days.\n\n'
            '"We will not back down from this fight," the ranch said.')
    assert _speakers(_article_sents(text, people=("Cliven Bundy",))) == [("We", "the ranch")]
    text = 'Cliven Bundy said he would fight. "We will not back down from this fight," the ranch said.'
    assert _speakers(_article_sents(text, people=("Cliven Bundy",))) == [("We", "Cliven Bundy")]
