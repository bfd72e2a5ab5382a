"""Speakers in AP newswire shapes blind-speakers70 (DUC 2004, issue 11, spk70) showed: a statement's issuer, "the
party" and "the king" as epithets, a name in an "anti-" compound, a long title after a quote that does not end its
clause, and a sentence ending on a surname spelled as a title abbreviation ("Hun Sen."). DUC 2004 is not in CI
(``../external``), so each shape is a made-up paragraph in the wire's style: one paragraph, `` '' marks."""

from test_analyze_units import _article_sents, _speakers

from newsbrief.segment import sentence_spans


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in sentence_spans(text)]


def test_a_statement_speaks_for_whoever_the_sentence_introducing_it_names():
    """'The Sam Rainsy Party, in a statement released Friday, accused Hun Sen of being ``unwilling ...'' ...
    ``...,'' said the statement.' (DUC 2004 d30001t): the party issued the statement, whatever the verb."""
    text = ("The Green Party, in a statement released Friday, accused Mark Doe of being ``unwilling to make any "
            "compromise.'' ``A meeting outside the city could place all parties on more equal footing,'' said the "
            "statement. ``But the ruling party refuses to negotiate unless it can threaten its partners.''")
    said = dict(_speakers(_article_sents(text, people=("Mark Doe",), orgs=("Green Party",))))
    assert said["A"] == "Green Party" and said["But"] == "Green Party"
    # a description as the subject ('The prince's party, in a statement dated Friday ..., said'), and the document
    # credited again two sentences on ('the faxed statement said' ... 'the statement said')
    text = ("The prince's party, in a statement dated Friday and seen Saturday, said such a scenario was "
            "unconstitutional. ``Co-sharing anything with them means surrendering full power to them,'' the faxed "
            "statement said. The royalist party also rejected Mark Doe's calls for bilateral talks. ``No party with "
            "seats at the assembly should be left out of the talks,'' the statement said.")
    said = _speakers(_article_sents(text, people=("Mark Doe",)))
    assert said == [("Co-sharing", "The prince's party"), ("No", "The prince's party")]
    # (made up) no sentence introduces the statement: the document speaks, as before
    text = "Mark Doe left on Friday. ``A meeting outside the city could place all parties on equal footing,'' said the statement."
    assert _speakers(_article_sents(text, people=("Mark Doe",))) == [("A", "the statement")]
    # (made up) a statement named by its issuer ("the Green Party statement") is not looked up further back
    text = ("Mark Doe, in a statement on Friday, said the vote was fair. ``A meeting outside the city could place all "
            "parties on equal footing,'' said the Green Party statement.")
    said = _speakers(_article_sents(text, people=("Mark Doe",), orgs=("Green Party",)))
    assert said[0][1] != "Mark Doe"


def test_the_party_is_the_party_named_before_never_a_name_the_quote_speaks_of():
    """'The Cambodian People's Party criticized a resolution ... ``The CPP would like to launch an appeal ... give
    justice to the CPP, Hun Sen and the Cambodian people ...,'' the party said in a statement.' (d30001t 4)."""
    text = ("The Cambodian People's Party criticized a resolution passed by the U.S. House. A copy of the resolution "
            "has since been sent to the Senate. ``The CPP would like to appeal to senators to give justice to the CPP, "
            "Mark Doe and the Cambodian people by not approving it,'' the party said in a statement.")
    said = _speakers(_article_sents(text, people=("Mark Doe",), orgs=("Cambodian People's Party",)))
    assert said == [("The", "Cambodian People's Party")]


def test_a_surname_spelled_as_a_title_abbreviation_ends_its_sentence():
    """'... a surrogate government later led by Hun Sen. The ruling party accused U.S. policy-makers ...' was one
    sentence ("Sen." read as a senator's title), so "it added" after it went to the Khmer Rouge named inside it."""
    assert _split("The government was later led by Hun Sen. The ruling party accused the U.S. of delay.") == [
        "The government was later led by Hun Sen.", "The ruling party accused the U.S. of delay."]
    assert _split("A man on E. 52nd St. She said she watched.") == ["A man on E. 52nd St.", "She said she watched."]
    # titles before a name stay inside their sentence
    assert _split("He met U.S. Sen. John Kerry and Gen. Tommy Franks. He left.") == [
        "He met U.S. Sen. John Kerry and Gen. Tommy Franks.", "He left."]
    text = ("After border clashes, the Khmer Rouge was ousted by an army that set up a government later led by Hun "
            "Sen. The ruling party accused U.S. policy-makers of not acting. ``They must not make unjust accusations "
            "against those who led the struggle,'' it added.")
    said = _speakers(_article_sents(text, people=("Hun Sen",), orgs=("Khmer Rouge",)))
    assert said[0][1] != "Khmer Rouge"


def test_the_king_is_the_person_the_text_titles_king():
    """'King Norodom Sihanouk announced ... Chea Sim will still serve as acting head of state during the king's
    frequent absences ... ``...,'' the king said in his statement.' (d30001t 6): Sihanouk, not Chea Sim."""
    text = ("The parties agreed to a coalition on Friday, King John Roe announced. Mark Doe will still serve as acting "
            "head of state during the king's frequent absences from the country. ``The major political crisis in the "
            "country has been resolved,'' the king said in his statement.")
    said = _speakers(_article_sents(text, people=("John Roe", "Mark Doe")))
    assert said == [("The", "John Roe")]


def test_a_name_inside_an_anti_compound_is_not_the_one_a_role_beside_it_titles():
    """'Sam Rainsy, leader of a vocally anti-Hun Sen opposition party, ...' then '``...,'' the opposition leader
    said in a statement.' (d30001t 8): Sam Rainsy, not Hun Sen."""
    text = ("Cambodian leader Mark Doe has guaranteed the safety of all politicians. The assurances were aimed at "
            "Jane Roe, leader of a vocally anti-Mark Doe opposition party. Jane Roe said Wednesday that she was "
            "unsatisfied. ``It should be easy for them to say we will not be arrested,'' the opposition leader said "
            "in a statement.")
    said = _speakers(_article_sents(text, people=("Mark Doe", "Jane Roe")))
    assert said == [("It", "Jane Roe")]


def test_a_long_title_after_a_quote_that_does_not_end_its_clause_names_the_speaker():
    """'``This is the first place we've been'' with the dogs, Honduran army Maj. Freddy Diaz Celaya said.'
    (d30002t 9): the title and name run past the four words ', French officials said' may have."""
    text = ("About 100 victims had been buried, Mayor Nahum Valle said. ``This is the first place we've been'' with "
            "the dogs, Honduran army Maj. Freddy Diaz said. ``From here we'll continue searching downriver.''")
    said = _speakers(_article_sents(text, people=("Nahum Valle", "Freddy Diaz")))
    assert said == [("This", "Freddy Diaz"), ("From", "Freddy Diaz")]
    # (made up) a long phrase after the comma that ends on no name: no attribution read there, as before
    text = ("Mayor Nahum Valle spoke on Friday. Rescuers said it was ``the first place we've been to with the dogs'' "
            "in the town, and the others in the valley still waited.")
    said = _speakers(_article_sents(text, people=("Nahum Valle",)))
    assert said[0][1] != "Nahum Valle" or said == []


def test_a_name_the_quote_speaks_of_is_not_just_named_by_the_narration():
    """'``... give justice to the CPP, Hun Sen and the Cambodian people ...,'' the party said' (d30001t 4): the
    name inside the quote does not tie "the party" to Hun Sen as a name the narration just gave would
    (:func:`newsbrief.analyze.quotes._just_named`); a name in the sentence before still does."""
    from newsbrief.analyze import quotes

    def just_named(text: str, at: str) -> bool:
        sents = _article_sents(text, people=("Mark Doe",))
        body = sents[0].sentence.article.body
        art = quotes._Article(body, sents, [s.sentence.start for s in sents], [0],
                              spans=sorted(quotes._quote_spans(body)))
        ent = next(m.entity for s in sents for m in s.mentions)
        return quotes._just_named(art, ent, body.index(at))

    assert not just_named("A copy of the resolution was sent to the Senate. ``The Front would like to appeal to "
                          "senators to give justice to us, Mark Doe and the people,'' the movement said.", "the movement")
    assert just_named("Mark Doe sent a copy of the resolution to the Senate. ``The Front would like to appeal to "
                      "senators to give justice to us and the people,'' the movement said.", "the movement")
