"""Story titles read as titles (issue 10): no fragments of a sentence, captions, page notes, web addresses,
datelines, section labels or shouting; a story whose articles hold no readable text says so. Plus the reader's
counter (``eval.readability.title_problems``), written apart from the headline's own checks, and the
clustering and summarization sets' stories counted with it (docs/readability.md, "Story titles")."""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from newsbrief.eval.readability import title_problems
from newsbrief.headline import NO_TEXT_TITLE, choose_headline, compress, shouts, story_title
from newsbrief.model import Article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def art(text: str, title: str | None = None, i: int = 0) -> Article:
    return Article(id=f"a{i}", raw_text=text, title=title)


def title_of(*texts: str, titles: tuple[str | None, ...] = ()) -> str:
    arts = [art(t, titles[i] if i < len(titles) else None, i) for i, t in enumerate(texts)]
    return story_title(arts)


LEAD = ("A center-left party on Friday endorsed a former coup leader's bid to become Venezuela's next president, "
        "a move that could soften the candidate's image and attract young voters.")


@pytest.mark.parametrize("title, expected", [
    ("THE DÁIL IS to sit late to pass emergency law", "The Dáil is to sit late to pass emergency law"),
    ("&ht; Green Campaign Pressures Oil Giant", "Green Campaign Pressures Oil Giant"),
    ("Latin American Briefs /", "Latin American Briefs"),
    ("EXCLUSIVE: Bankers' chief rips the new rules", "Bankers' chief rips the new rules"),
    ("NATO chief says allies will stay", "NATO chief says allies will stay"),
    ("GLOBAL WARMING: THE CONTRARIAN VIEW", "Global Warming: the Contrarian View"),
])
def test_a_title_is_shown_without_markup_labels_or_print_capitals(title, expected):
    assert title_of(LEAD, titles=(title,)) == expected


def test_a_date_line_with_a_place_or_an_update_note_is_no_title():
    """ECB+ pages open on these; the story was titled "INDONESIA, July 2, 2013"."""
    from newsbrief.headline import is_date_line

    assert is_date_line("INDONESIA, July 2, 2013") and is_date_line("3 July 2013 Last updated at 13: 38 GMT")
    assert not is_date_line("LONDON, UK") and not is_date_line("NATO: June plan")
    got = title_of("INDONESIA, July 2, 2013\n\nA strong earthquake struck Indonesia's Aceh province on Tuesday, "
                   "killing at least five people and injuring dozens, officials said.")
    assert "2013" not in got and "earthquake" in got.lower()


BODY = ("A grand jury indicted a 57-year-old woman on Friday on charges that she defrauded the state and lied "
        "to federal officials while she ran a dairy.")


@pytest.mark.parametrize("text, expected", [
    # a post's date over its heading, the heading one short sentence with its full stop
    (f"Saturday, August 24, 2013\nCity appointee under federal indictment.\n{BODY}", "City appointee under federal indictment"),
    # a BBC-style update note, a time stamp with the weekday after it, "Posted at ... ET" under the heading
    (f"21 July 2013 Last updated at 13:38 GMT\nDairy manager charged with fraud\n{BODY}", "Dairy manager charged with fraud"),
    (f"9: 53 Am, Mon 22 Jul 2013\nDairy manager charged with fraud\n{BODY}", "Dairy manager charged with fraud"),
    (f"'Dairy Queen' manager charged with fraud\nPosted at 3: 21 PM ET, 01 / 5 / 2011\n{BODY}",
     "'Dairy Queen' manager charged with fraud"),
    # a numeric date run into the heading; a contraction a tokenizer split
    (f"27 / 09 / 2013-Dairy manager charged with fraud\n{BODY}", "Dairy manager charged with fraud"),
    (f"State ’ s dairy manager charged with fraud\n{BODY}", "State’s dairy manager charged with fraud"),
])
def test_date_lines_around_a_heading_give_way_to_it(text, expected):
    """ECB+ pages titled "21 July 2013 Last", "27 / 09 / 2013-Turkmenistan to hold ...", "Palin appointee under
    federal" (its heading cut because the date line above it hid it) and "Ellen DeGeneres to Host Next Year ’ s
    Oscars" in the story list."""
    assert title_of(text) == expected


def test_a_lower_case_title_over_mixed_case_text_is_a_fragment_not_a_title():
    got = title_of(LEAD, titles=("have moved separately.",))
    assert got != "have moved separately" and got[:1].isupper() and "party" in got.lower()


def test_a_lower_cased_set_keeps_its_words_and_starts_with_a_capital():
    got = title_of("rajesh nupur talwar guilty aarushi murder court said", "talwar couple guilty of murder",
                   titles=("rajesh nupur talwar guilty aarushi hemraj murder", "talwar couple convicted"))
    assert got[:1].isupper() and got.lower() == got[0].lower() + got[1:]


@pytest.mark.parametrize("first_line", [
    "Broward Supervisor of Elections Brenda Snipes, left",
    "JavaScript is disabled",
    "Stunt man - https://instagram.com/jedidiahhuie/",
])
def test_captions_page_notes_and_links_are_no_heading(first_line):
    assert title_of(f"{first_line}\n\n{LEAD}") != first_line


def test_print_capitals_opening_a_lead_are_quieted():
    h = compress("AN AUSTRALIAN climber who watched his brother fall to his death on Everest on Sunday said the "
                 "mountain was too crowded.")
    assert h is None or not h[0].startswith("AN AUSTRALIAN")


def test_a_caption_sentence_is_not_compressed_into_a_headline():
    caption = ("Broward Supervisor of Elections Brenda Snipes, left, and judge Betsy Benson of the canvassing "
               "board, listen to arguments at the elections office.")
    assert compress(caption) is None


def test_wire_datelines_and_name_like_today_are_handled():
    h = compress("LONDON (Reuters) - U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo for "
                 "$1.2 billion, snapping up a British company whose stilettos are famous.")
    assert h is not None and not h[0].startswith("LONDON")
    h = compress("MADISON COUNTY, Ala. - Authorities on Tuesday executed a warrant at a home in Huntsville, "
                 "after a video showed men holding guns.")
    assert h is not None and not h[0].startswith("MADISON")
    assert "TODAY" in title_of("USA TODAY watched the evening unfold from the wings of the Dolby Theatre in Los "
                               "Angeles, where Hollywood insiders soothed nerves and swapped hugs.")


def test_posts_lose_their_retweet_marker_and_link_not_their_text():
    got = title_of("RT @AP: Woman found dead in Colorado floods, officials say: http://t.co/XAe9pKPPFe",
                   "Woman found dead as Colorado floods spread, officials say http://t.co/abc")
    assert "RT @" not in got and "http" not in got and "Colorado" in got


def test_a_story_of_page_notes_only_says_it_has_no_readable_text():
    crawl = ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
             "Flowing in every day, these data are added to the Wayback Machine after an embargo period.")
    assert title_of(crawl, crawl + " ") == NO_TEXT_TITLE
    assert title_of("JavaScript is disabled\n\nYou need to enable JavaScript to use SoundCloud") == NO_TEXT_TITLE
    assert choose_headline([]) == ""


def test_a_fallback_never_stops_on_a_function_word_or_inside_a_quotation():
    got = title_of("You can add location information to your Tweets, such as your city or precise location.",
                   'ATLANTA (AP) — Seventy-five years after the premiere of the movie "Gone With the Wind," '
                   "fans gathered again.")
    assert not got.endswith((" such", " not", '"Gone')) and got.count('"') % 2 == 0


def test_shouting_is_two_words_in_capitals_beyond_acronyms():
    assert shouts("FLOOD ALERT: San Marcelino under water") and shouts("THIS JUST IN: officials say")
    assert not shouts("NATO and the EU agree on new sanctions") and not shouts("US FDA approves drug")


# -- the reader's counter -------------------------------------------------------------------------

@pytest.mark.parametrize("title, kinds", [
    ("INDONESIA, July 2, 2013", ["date line"]),
    ("3 July 2013 Last updated at 13:38 GMT", ["date line"]),
    ("Saturday, August 24, 2013", ["date line"]),
    ("You can add location information to your Tweets, such", ["cut off"]),
    ("As a neurosurgeon, I did not", ["cut off"]),
    ("have moved separately", ["cut off"]),
    ("Latin American Briefs /", ["cut off"]),
    ("000_9ee825b776147cdb", ["id or file name"]),
    ("test.jsonl", ["cut off", "id or file name"]),  # (and it opens in lower case)
    ("Stunt man - https://instagram.com/jedidiahhuie/", ["cut off", "id or file name"]),
    ("THE DÁIL IS to sit late", ["all caps"]),
    ("Young woman who is alleging that Anthony Weiner initiated a months-long, sexually explicit online "
     "relationship with the congressman", ["over 15 words"]),
    ("&ht; Green Campaign Pressures Oil Giant", ["debris"]),
    ("JavaScript is disabled", ["debris"]),
    ("#метеорит", ["empty"]),
])
def test_the_counter_names_what_a_reader_would_not_take_as_a_title(title, kinds):
    assert title_problems(title) == kinds


@pytest.mark.parametrize("title", [
    "Five dead, dozens injured in Indonesia quake", "NATO chief says allies will stay",
    "Hillary Clinton Releases Tax Returns Going Back To 2007", "Legendary Esther Williams Dies At 91",
    "this is terrible #sghaze :(", "Xinhua World Economic News Summary at GMT 0530, July 25",
    "Trump’s Border Wall Shutdown Continues Into A New Congress With A Democratic House",
])
def test_the_counter_leaves_titles_alone(title):
    assert title_problems(title, lowercase_set=title.islower()) == []


# -- over the shared sets -------------------------------------------------------------------------

def _groups(path: Path, limit: int) -> list[list[Article]]:
    from newsbrief.ingest import article_from_dict
    from newsbrief.errors import InputError

    groups: dict[str, list[Article]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for k, a in enumerate(d.get("articles") or [d]):
                key = str(d.get("cluster") or d["id"])
                if len(groups) >= limit and key not in groups:
                    continue
                try:
                    groups[key].append(article_from_dict(dict(a, id=f"{key}-{k}-{a.get('id', '')}"), None))
                except InputError:
                    continue
    return [g for g in groups.values() if g]


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("name, limit, most", [
    ("multinews_sample/validation.jsonl.gz", 250, 4), ("duc2006/test.jsonl.gz", 50, 0),
    ("ecbplus/test.jsonl.gz", 86, 0), ("basil/test.jsonl.gz", 100, 0),
])
def test_story_titles_of_real_sets_read_as_titles(name, limit, most):
    """Gold stories of the summarization and clustering sets: at most ``most`` titles the reader's counter
    flags (before this change Multi-News had 16 of 305 store stories flagged; see docs/readability.md)."""
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared data is not beside the checkout")
    bad = [(t, p) for t, p in ((t, title_problems(t)) for t in (story_title(g) for g in _groups(path, limit))) if p]
    assert len(bad) <= most, bad


@pytest.mark.slow
@pytest.mark.shared
def test_every_ecbplus_page_alone_gets_a_title_not_a_date_line():
    """A story as it starts is often one article: each of ECB+'s 982 pages as a story of its own. Before the
    date-line fixes 25 of these titles were date lines ("21 July 2013 Last", "Published 9: 46 PM"); the one left
    flagged is "March 14, 2013-UNITED STATES", a page whose heading is all capitals after its date."""
    path = SHARED / "ecbplus" / "test.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared data is not beside the checkout")
    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    titles = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                titles.append(story_title([article_from_dict(json.loads(line), None)]))
            except InputError:
                continue
    dated = [t for t in titles if "date line" in title_problems(t)]
    assert len(titles) > 900 and len(dated) <= 1, dated
    assert not [t for t in titles if re.search(r"\w [’'] s\b", t)]


@pytest.mark.parametrize("text, expected", [
    # the initials of "U. S." end no sentence: the heading stays whole, its initials joined as a reader writes them
    (f"Dairy manager named U. S. milk board chief: Stories and resources\n{BODY}",
     "Dairy manager named U.S. milk board chief: Stories and resources"),
    (f"Gov. Lee names dairy manager to milk board\n{BODY}", "Gov. Lee names dairy manager to milk board"),
    # quote marks a tokenizer set apart, and a possessive's
    (f"Dairy ' Queen ' manager charged with fraud\n{BODY}", "Dairy 'Queen' manager charged with fraud"),
    (f"Mafia 'Oddfather, ' dairy manager charged with fraud\n{BODY}", "Mafia 'Oddfather,' dairy manager charged with fraud"),
    (f"Farmers ' dairy manager charged with fraud\n{BODY}", "Farmers' dairy manager charged with fraud"),
])
def test_initials_and_set_apart_quotes_in_a_heading(text, expected):
    """ECB+ story titles "Regina Benjamin U. S." (the heading cut at an initial), "Mark Felt, ' Deep Throat ' of
    Watergate", "Chargers ' Jackson arrested"."""
    assert title_of(text) == expected


# -- eighth pass: posts (issue 10) ----------------------------------------------------------------
# The tweets below are written for the tests, after the kinds read in CrisisLexT26's stories (docs/readability.md,
# "Eighth pass").

@pytest.mark.parametrize("text, kept", [
    ("The heavy smoke and haze you may", False),  # a modal left at the end
    ("#yycflood Your Photos May", False),  # the same in title case
    ("Elections set for May", True), ("Vote delayed until May", True),  # the month
    ("City can cover w/", False), ("Repairs to infrastructure b/c", False),  # a post's short forms
    ("Check to know if someone's", False),  # a common noun's possessive
    ("Justice Ginsburg Speaks | U.S. &", False), ("Donations for the Salvos |", False),
    ("Sismo en Mexico y", False), ("Forse quando la casa mi crolla e", False),  # another language's "and"
    ("Wildfires spread in LA", True), ("Generation Y", True), ("Thousands could die", True),
    ("Absolutely no one here and nothing going on", True), ("The storm is moving in", True),  # particles
    ("Visit McDonald's", True), ("The heavy smoke you may be seeing across", False),
    ("Why do you care, you're", False), ("Thanks for joining us on ABCNews.com and Yahoo.com", True),
])
def test_a_cut_off_ending_is_told_from_a_whole_one(text, kept):
    from newsbrief.headline import is_cut_off

    assert is_cut_off(text) is not kept


def test_a_post_is_titled_by_its_opening_sentence_whole_not_half_of_it():
    """A post's opening sentence cut in half was a fragment: "Stephen Ave E. absolutely no", "Tim Hortons selling
    Alberta", "Parker Fireworks cancelled due". A post's sentence of up to 15 words is its title whole."""
    assert title_of("Main Street absolutely no one here and nothing going on. #yycflood http://t.co/Obd8bd9SxZ") == \
        "Main Street absolutely no one here and nothing going on"
    assert title_of("RT @newsdesk: Town fireworks cancelled due to high fire danger #cofire http://t.co/x") == \
        "Town fireworks cancelled due to high fire danger"
    # too long to be whole: its main clause (by the parse), or a cut that ends on no modal, no subject pronoun
    got = title_of("RT @TVchannel: The heavy smoke and haze you may be seeing is not from a new wildfire burning "
                   "in Colorado. http://t.co/kMGhbBir")
    assert got in ("The heavy smoke and haze is not from a new wildfire", "The heavy smoke and haze")
    # a page's text is no post: its transcript's speaker is no kicker
    page = ("ANNA SMITH: Thanks for joining us live from the studio.\n\nGOVERNOR: Great to be here.\n\n"
            "ANNA SMITH: Many people simply don't think they're better off.")
    assert not title_of(page).startswith("GOVERNOR")


@pytest.mark.parametrize("text, expected", [
    # a retweet's truncation: the word the mark cut goes
    ("RT @news: Bishop prays for the people of #Bohol & #Cebu tonight #GodBlessThePhilippines #prayforVisayas #Ba…",
     "Bishop prays for the people of #Bohol & #Cebu tonight"),
    # a bracket the post never closes is cut with what it opened
    ("RT @x: #rescuePH Rescue needed Asuncion family (incl.1 yr old baby) & 70 y/o dad. 507 kamagong st, subd cain ...",
     "#rescuePH Rescue needed Asuncion family (incl.1 yr old baby) & 70 y/o dad"),
    # a media label over the news, a retweeter's word before what it quotes, an emoticon split from its text
    ("RT @WorldNews: VIDEO: West Texas salutes its fallen firefighters. @reporter reports: http://t.co/E6P0sWyuNE",
     "West Texas salutes its fallen firefighters"),
    ("Wow >> “@GlobalCalgary: PHOTO: The damage inside the Saddledome: http://t.co/J3 #yycflood http://t.co/W”",
     "The damage inside the Saddledome"),
])
def test_a_post_title_loses_its_truncation_labels_and_quoting(text, expected):
    assert title_of(text) == expected


def test_a_prompt_to_follow_an_account_is_no_title():
    got = title_of("Please follow @CityRelief for updates",
                   "Relief goods are being repacked at the city hall gym tonight, volunteers welcome #reliefPH")
    assert "follow" not in got.lower() and "Relief goods" in got


def test_a_post_in_capitals_is_shown_in_the_case_the_story_writes_its_words_in():
    """CrisisLexT26 stories were titled "PREGNANT MOM AND SMALL KIDS TRAPPED", "HARRY BLAMES COLORADO FLOODS",
    "FLOOD UPDATE as of 9:30 AM, Lagusnilad-NOT passable to ALL types of vehicles"."""
    from newsbrief.headline import quiet_shouting

    # the story's other posts write the words: sentence case
    assert title_of("RT @mary: PREGNANT MOM AND SMALL KIDS TRAPPED IN FLOODED HOUSE #rescuePH",
                    "Pregnant mom and small kids trapped in a flooded house on Dela Cruz St, please send a boat") == \
        "Pregnant mom and small kids trapped in flooded house"
    # nothing to go by: a headline's title case; acronyms stay, hashtags and handles are names as written
    assert title_of("RT @aj: HARRY BLAMES COLORADO FLOODS ON WARMING!! ENOUGH!!") == "Harry Blames Colorado Floods on Warming"
    assert quiet_shouting("Advisory: All roads to NAIA are NOT passable as per MIAA") == \
        "Advisory: All roads to NAIA are not passable as per MIAA"
    assert quiet_shouting("ATTENTION #BIGWET IF YOU CAN HELP NSW") == "Attention #BIGWET If You Can Help NSW"
    # emphasis in a mixed-case post is quieted, one short word in capitals (an acronym as likely) is not
    assert quiet_shouting("Please note the #41 bus has been CANCELLED") == "Please note the #41 bus has been Cancelled"
    assert quiet_shouting("Roads to NAIA closed") == "Roads to NAIA closed"


@pytest.mark.parametrize("title, kinds", [
    ("Jaja Vigilia, 09159166833 #3 Sampaguita St.", []),  # a phone number is no hash
    ("#CITIYOGIS #CITIGYM #cebu yoga morning", []),  # hashtags are names as written
    ("A sea of @CFSAlerts @SA_MFS personnel", []),
    ("City can cover w/", ["cut off"]), ("Sismo en Mexico y", ["cut off"]),
    ("Justice Ginsburg Speaks | U.S. &", ["cut off"]),
    ("Sais-tu pourquoi aucune marque citée", []),  # "citée" is a word, not "e"
    ("Absolutely no one here and nothing going on", []),
])
def test_the_counter_reads_posts(title, kinds):
    """The counter's false alarms and misses on CrisisLexT26 titles (docs/readability.md, "Eighth pass")."""
    assert title_problems(title) == kinds


@pytest.mark.slow
@pytest.mark.shared
def test_crisis_tweet_stories_are_titled_without_cut_off_sentences():
    """Every CrisisLexT26 event's tweets, as stories of 12 (the first of each event, then each next dozen up to
    240 tweets an event): no title is cut off, a date line or in capitals by the reader's counter (before the
    eighth pass, 24 cut off and 82 in capitals of the store's 2,121 stories)."""
    path = SHARED / "crisislext26" / "test.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared data is not beside the checkout")
    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    events: dict[str, list[Article]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if len(events[d["cluster"]]) < 240:
                try:
                    events[d["cluster"]].append(article_from_dict(d, None))
                except InputError:
                    continue
    titles = [story_title(arts[k : k + 12]) for arts in events.values() for k in range(0, len(arts), 12)]
    flagged = [(t, p) for t in titles for p in [title_problems(t)] if {"cut off", "date line", "all caps"} & set(p)]
    assert len(titles) > 400 and len(flagged) <= 2, flagged


def _parser_installed() -> bool:
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    try:
        from newsbrief.analyze._ner import load_parser

        load_parser(Settings().analysis.model)
    except (MissingExtraError, ImportError):
        return False
    return True


#: Openings shaped like the DUC and Multi-News ones whose titles were cut at a phrase boundary ("City Clerk Kim
#: Lehmkuhl, under fire for months", "District Court Judge Lou Olivera sentenced", "Nola, one of just four
#: endangered northern white rhinos left"): the compression cut to fit, or the last-resort cut, lost the verb or
#: its object. (A cut that keeps the main verb stays: "Nola, one of just four ... rhinos left in the world, died".)
CLAUSE_LEADS = [
    ("City Clerk Maria Lopez, under fire for months over missing election records and a string of late filings, "
     "resigned on Tuesday after the council voted to open an inquiry into her office.",
     "City Clerk Maria Lopez resigned"),
    ("District Court Judge Ann Walker sentenced a retired army sergeant who had pleaded guilty to drunken driving "
     "to a night in jail, which she then served beside him.",
     "District Court Judge Ann Walker sentenced a retired army sergeant"),
    ("With more than 70 million Americans now regularly using cell phones, concerns are mounting about the public "
     "danger of distracted motorists who talk while they drive, and some towns have moved to ban the practice.",
     "Concerns are mounting about the public danger of distracted motorists"),
]


@pytest.mark.parametrize("text, expected", CLAUSE_LEADS)
def test_a_fallback_title_is_the_opening_sentences_main_clause_by_its_parse(text, expected):
    """With the parser installed, a story whose opening neither compresses nor cuts whole at a phrase boundary
    is titled by the main clause of its opening sentence; with ``selection.headline_parse`` off (or no parser)
    the sentence is cut at a phrase boundary as before."""
    from newsbrief.config import Settings

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    arts = [art(text)]
    assert story_title(arts) == expected
    cut = story_title([art(text)], Settings().replace({"selection.headline_parse": False}))
    assert cut != expected


@pytest.mark.parametrize("sentence", [
    "He said the committee would meet again on Tuesday to discuss the harbour budget and the ferry routes.",
    "There were more than 9,200 patients who have come down with the disease in the prefecture since the 1950s.",
    "Kenneth Prewitt, the administration's census director nominee, on Thursday before the Senate committee.",
])
def test_a_clause_title_needs_a_named_subject_a_verb_and_one_statement(sentence):
    from newsbrief.config import Settings
    from newsbrief.headline import clause_title

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    assert clause_title(sentence, 15, Settings().analysis.model) is None


def test_a_clause_title_keeps_the_adverbs_that_change_what_it_says():
    from newsbrief.config import Settings
    from newsbrief.headline import clause_title

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    made = clause_title("Automated teller machines don't just provide cash to customers of the banks that own them "
                        "anymore, industry analysts said on Monday in a report", 15, Settings().analysis.model)
    assert made is None or "just" in made.split()


def test_without_the_parser_a_clause_title_is_none(monkeypatch):
    """No spaCy model: :func:`clause_title` gives None and the title is cut at a phrase boundary."""
    from newsbrief.analyze import _ner
    from newsbrief.errors import MissingExtraError
    from newsbrief.headline import clause_title

    def missing(text, model):
        raise MissingExtraError("spaCy model 'x' is not installed")

    monkeypatch.setattr(_ner, "parse", missing)
    assert clause_title(CLAUSE_LEADS[0][0], 15, "x") is None
    assert story_title([art(CLAUSE_LEADS[0][0])]) != CLAUSE_LEADS[0][1]


def test_a_clause_title_of_no_words_is_none():
    from newsbrief.config import Settings
    from newsbrief.headline import clause_title

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    assert clause_title("", 15, Settings().analysis.model) is None
    assert clause_title(" ... ", 15, Settings().analysis.model) is None


def test_a_compression_that_keeps_its_main_verb_is_not_replaced():
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    text = ("Nola, one of just four northern white rhinos left in the world, died on Sunday at the city zoo's safari "
            "park, where keepers had treated her for a bacterial infection since last month.")
    assert story_title([art(text)]) == "Nola, one of just four northern white rhinos left in the world, died"


def test_an_opening_whose_subject_points_back_names_no_story():
    # (Multi-News: "Pair were reconvicted of the crime" headlined a story of Sollecito and Knox)
    pointing = "The pair were reconvicted of the crime last month, but reports suggest the Italian is moving on."
    named = ("Raffaele Sollecito has stood by Amanda Knox in the years since the pair were found guilty of the "
             "crime, exonerated and found guilty again.")
    title = title_of(pointing, named)
    assert not title.lower().startswith("pair"), title
    assert "Sollecito" in title


def test_a_headline_shortened_from_a_summary_sentence_keeps_its_main_clause_where_that_copies_nothing():
    from newsbrief.config import Settings
    from newsbrief.headline import shortened

    # (Multi-News: "Right in Syria archaeologists have found" was cut short of its object)
    sentence = ("Deep in the forest of northern Maine, rangers have found the remains of a hiker who went missing "
                "in 2013 while walking the Appalachian Trail.")
    assert shortened(sentence, 15, Settings().analysis.model) == "Rangers have found the remains of a hiker"


def test_a_pages_stamp_is_no_title():
    # (Multi-News validation 0045 was headlined "Published: January 2011 Special Series: 7 Billion")
    title = title_of("Published: January 2011 Special Series: 7 Billion\n\nCloth was Leeuwenhoek's business but "
                     "microscopy his passion, and the world's population will reach 7 billion this year.",
                     "Some time late in 2011, humanity will reach a new milestone with the birth of the 7th billion "
                     "living person, the world's population experts say.")
    assert not title.startswith("Published"), title


def test_an_opening_phrase_or_a_subject_cut_before_its_verb_is_no_headline():
    # (DUC 2003 d107c was headlined "By an 80-73 tally", then "Two-thirds of death penalty cases that were appealed
    # from 1973")
    from newsbrief.headline import _leaves_out_its_point

    made = compress("By an 80-73 tally, the House accepted the Criminal Justice Committee's vote last week to reject "
                    "death-penalty legislation that Governor Paul Cellucci had made a top priority.")
    assert made is None or not made[0].startswith("By an"), made
    sentence = ("Two-thirds of death penalty cases that were appealed from 1973 through 1995 were successful, report "
                "researchers who studied them.")
    assert _leaves_out_its_point("Two-thirds of death penalty cases that were appealed from 1973", sentence)
    assert not _leaves_out_its_point("Two-thirds of death penalty appeals were successful", sentence)


def test_a_leading_even_as_clause_is_no_headline_and_a_tokenized_time_is_no_clause_end():
    # ECB+ stories were titled "Even as Oscar organizers unveiled Hugh Jackman as the host of their gala film awards"
    # (the main clause, after the comma, was dropped) and "Voters in Turkmenistan began to cast their ballots at 8"
    # (cut at the colon of "8: 00 am")
    made = compress("Even as Oscar organizers on Friday unveiled Hugh Jackman as the host of their gala film awards, "
                    "the prospect of a U.S. actors strike was casting a long shadow over the show.")
    assert made is None or not made[0].startswith("Even as"), made
    made = compress("Voters in Turkmenistan began to cast their ballots at 8: 00 am local time (0300 GMT) on Sunday "
                    "in the country's fourth parliamentary election, said reports from Ashgabat, Turkmenistan's capital.")
    assert made is not None and "8:00 am" in made[0], made
    made = compress("Officials gave the toll: 12 people were killed in the blast at the crowded central market.")
    assert made is not None and made[0] == "Officials gave the toll", made


def test_a_title_cut_after_its_main_verb_keeps_what_completes_it(shared_dir):
    """DUC 2003 d122h was titled "Mozambique's National Union of Cashew Workers called" (its opening: "...
    Workers Friday called on the Assembly or parliament to pass a bill for protecting ..."): a cut that ends on the
    main verb the sentence completes with an object, a particle or a clause is no title; the main clause is."""
    from conftest import load_clusters

    from newsbrief.ingest import article_from_dict

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    cluster = next(c for c in load_clusters(shared_dir / "data/duc2003_task3/test.jsonl.gz") if c["id"] == "d122h")
    title = story_title([article_from_dict(a) for a in cluster["articles"]])
    assert title.startswith("Mozambique's National Union of Cashew Workers called ")
    assert title.endswith("to pass a bill")


def test_a_title_cut_inside_the_clause_it_reports_gives_way_to_another_opening(shared_dir):
    """DUC 2003 d109d was titled "Health officials said they believe that a 79-year-old man who died at a hospital"
    (of "... who died at a hospital in Albany Friday may have been the second victim of an outbreak of E. coli
    ..."): a cut that opens a reported clause and stops before its verb states nothing; with no main clause of
    that sentence to fall back on, the next opening names the story."""
    from conftest import load_clusters

    from newsbrief.ingest import article_from_dict

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    cluster = next(c for c in load_clusters(shared_dir / "data/duc2003_task3/test.jsonl.gz") if c["id"] == "d109d")
    title = story_title([article_from_dict(a) for a in cluster["articles"]])
    assert not title.startswith("Health officials said they believe"), title
    assert title and not title.endswith(("a hospital", "that"))


def _multinews_title(shared_dir, number: str) -> str:
    from conftest import load_clusters

    from newsbrief.ingest import article_from_dict

    cid = f"multinews-validation-sample-{number}"
    path = shared_dir / "data/multinews_sample/validation.jsonl.gz"
    cluster = next(c for c in load_clusters(path) if c["id"] == cid)
    return story_title([article_from_dict(a) for a in cluster["articles"]])


def test_a_subject_left_alone_by_a_clause_cut_away_is_no_title(shared_dir):
    """Multi-News 0152 was titled "Dan and Fran Keller" (of "Dan and Fran Keller, who spent more than 21 years in
    prison ..., will receive ..."; cut at ", who") and 0246 "Former Millis police officer" (cut at " — indicted
    ..."): what a clause cut leaves must keep a verb of the sentence; else its main clause or another opening."""
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    keller = _multinews_title(shared_dir, "0152")
    assert keller.startswith("Dan and Fran Keller ") and len(keller.split()) > 4, keller
    officer = _multinews_title(shared_dir, "0246")
    assert officer != "Former Millis police officer" and len(officer.split()) > 4, officer


def test_a_title_cut_inside_a_phrase_takes_the_main_clause(shared_dir):
    """Multi-News 0183 was titled "... a livestream from a webcam located" (a participle without its "at ...") and
    0242 "Aaron Klein, co-owner of the shuttered Sweet Cakes by Melissa, walked" (a verb without "into ..."): a cut
    to fit that stops inside a phrase gives way to the sentence's main clause."""
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    webcam = _multinews_title(shared_dir, "0183")
    assert not webcam.endswith("located") and "webcam" in webcam, webcam
    klein = _multinews_title(shared_dir, "0242")
    assert klein.startswith("Aaron Klein") and not klein.endswith("walked"), klein


@pytest.mark.parametrize("headline, sentence", [
    ("Exposing people to short flashes of light while they're sleeping could provide a fast",
     "Exposing people to short flashes of light while they're sleeping could provide a fast and efficient method of "
     "adjusting to time changes"),  # a modifier without its noun
    ("More than 2,000 people are watching a livestream from a webcam located",
     "More than 2,000 people are watching a livestream from a webcam located above a nest"),  # a participle
])
def test_a_cut_that_stops_inside_a_phrase_is_told(headline, sentence):
    from newsbrief.config import Settings
    from newsbrief.headline import _cut_reason, headline_parse_model

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: cut reasons need its parser")
    assert _cut_reason(headline, sentence, headline_parse_model(Settings())) == "cut phrase"


def test_a_whole_phrase_at_a_cut_is_no_cut_phrase():
    from newsbrief.config import Settings
    from newsbrief.headline import _cut_reason, headline_parse_model

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: cut reasons need its parser")
    model = headline_parse_model(Settings())
    assert _cut_reason("George Zimmerman is being sued by an Orlando private company",
                       "George Zimmerman is being sued by an Orlando private company that provided security for "
                       "him after he was released on bond", model) is None  # (a noun's restrictive clause may go)


def test_an_opening_participle_clause_before_the_subject_is_no_headline():
    """DUC 2003 d115f's opening "Having lost two decisions in the lower courts, Clinton administration officials
    and advocates of statistical sampling have begun ..." made "Having lost two decisions in the lower courts,
    Clinton administration officials" when cut to fit."""
    made = compress("Having lost two decisions in the lower courts, Clinton administration officials and advocates "
                    "of statistical sampling have begun to think about ways to salvage the plan for the census.")
    assert made is None or not made[0].startswith("Having"), made


@pytest.mark.parametrize("raw, title", [
    # a video page's caption of its clip, over lyrics (Multi-News 0229, a musician's death, was titled by it)
    ("Published on Sep 2, 2008\n\nFrom the LP Surrealistic Pillow\n\nThe summer had inhaled and held its breath "
     "too long", None),
    # a press release's opening line ends on a colon: what it introduces follows
    ("SAN FRANCISCO--(BUSINESS WIRE)--The following statement is being issued by Lieff Cabraser Heimann & "
     "Bernstein, LLP:\n\nA comprehensive new study conducted by researchers found ...", None),
    ("Alexis Murphy Missing\n\nPolice are searching for a teenager last seen on Saturday.", "Alexis Murphy Missing"),
])
def test_a_clip_caption_or_an_introducing_line_is_no_heading(raw, title):
    from newsbrief.headline import _heading_line

    assert _heading_line(Article(id="a", raw_text=raw)) == title


@pytest.mark.parametrize("text, rest", [
    ("SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman arrived in North Korea on Tuesday.",
     "Flamboyant former basketball star"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--The following statement is being issued by a law firm today.",
     "The following statement"),
    ("SAN FRANCISCO----The following statement is being issued by a law firm today.", "The following statement"),
    ("US/UK ties are strong, officials said on Monday in London.", "US/UK ties"),  # no dateline: kept
])
def test_datelines_of_several_places_or_of_a_press_wire_are_cut(text, rest):
    from newsbrief.rewrite import strip_dateline

    assert strip_dateline(text).startswith(rest)


def test_a_kicker_or_a_player_button_glued_to_the_first_line_is_cut():
    from newsbrief.clean import clean_text
    from newsbrief.headline import _clean_title

    assert _clean_title("TOP STORIES | WEB EXCLUSIVE New Moon, Same Old Sexist Story") == "New Moon, Same Old Sexist Story"
    text, _ = clean_text("CLOSE Police confirmed that two bodies found Tuesday were the missing teens.\n")
    assert text.startswith("Police confirmed")
    text, _ = clean_text("CLOSE Skip in Skip x Embed x Share A former police officer was found dead on Monday.\n")
    assert text.startswith("A former police officer")
    text, _ = clean_text("CLOSE ties between the two firms were questioned.\n")
    assert text.startswith("CLOSE ties")  # (a word in capitals that opens a sentence stays)


@pytest.mark.parametrize("sentence, whole", [
    ("Gale-force winds and high seas battered yachts in Australia's Sydney-to-Hobart race Monday, killing at least "
     "two crew members and leaving three yachts missing.", "Sydney-to-Hobart race"),
    ("A 23-year-old man from Kuala Lumpur was charged with a hit-and-run crash that killed two pedestrians near the "
     "city center on Friday.", "hit-and-run crash"),
])
def test_a_clause_title_never_cuts_a_hyphenated_word(sentence, whole):
    """Read on an untuned DUC 2004 cluster (stop 55): the title "... in Australia's Sydney- race": the parse hangs
    "to" of "Sydney-to-Hobart" under a preposition the clause leaves out. A word as written stays whole; a spaced
    dash still parts two statements."""
    from newsbrief.config import Settings
    from newsbrief.headline import clause_title

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    made = clause_title(sentence, 12, Settings().analysis.model)
    assert made and whole in made and "- " not in made


# A story's most central opening whose compression would repeat it (a short lead) is offered as its main clause,
# weighed as a headline cut to fit: without it a less central opening's side detail named the story (issue 11, hd57).
_FIRE_LEADS = (
    "Blaze destroyed more than 1,000 cars and led to cancellation of horse show, but is not thought to have been "
    "started deliberately\n\nSix dogs have been rescued from a multistorey car park in Liverpool gutted by a fire on "
    "Sunday night which destroyed more than 1,000 cars.\n\nThe fire started in a car on the third floor.",
    "A huge fire has destroyed up to 1,400 vehicles in a multi-storey car park in Liverpool, forcing many people to "
    "spend New Year's Eve in a temporary shelter.\n\nMerseyside Fire and Rescue Service said the blaze at King's Dock "
    "- next to the Liverpool Echo Arena - was one of the worst it had ever dealt with.",
)


def test_the_most_central_short_lead_names_the_story_by_its_main_clause():
    from newsbrief.config import Settings

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    assert title_of(*_FIRE_LEADS) == "A huge fire has destroyed up to 1,400 vehicles"
    # without the parse no clause is made: the cut opening as before
    off = Settings().replace({"selection.headline_parse": False})
    assert story_title([art(t, None, i) for i, t in enumerate(_FIRE_LEADS)], off).startswith("Six dogs")


@pytest.mark.parametrize("sentence", [
    # a verb whose words after it would be left out, a noun whose clause after it would be
    "A 9-year-old boy wounded by a gunman who opened fire at a California elementary school was recovering "
    "Wednesday and in good spirits, his family said.",
    "Cleveland police are searching for a man accused of shooting and killing a man and uploading the video.",
])
def test_a_short_clause_title_does_not_stop_before_what_its_last_word_needs(sentence):
    from newsbrief.config import Settings
    from newsbrief.headline import clause_title

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    assert clause_title(sentence, 15, Settings().analysis.model, short=True) is None


def _cluster(path: Path, cid: str) -> list[Article]:
    from newsbrief.errors import NewsbriefError
    from newsbrief.ingest import article_from_dict

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            if c["id"] == cid:
                out = []
                for a in c["articles"]:
                    try:
                        out.append(article_from_dict(a))
                    except NewsbriefError:
                        pass
                return out
    raise LookupError(cid)


@pytest.mark.parametrize("where, cid, expected", [
    ("../external/multinews_train/train.jsonl.gz", "mnt0021", "A huge fire has destroyed up to 1,400 vehicles"),
    ("multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0199", "Stars have launched businesses"),
])
def test_real_stories_named_by_their_most_central_short_lead(where, cid, expected):
    """mnt0021 was "Six dogs have been rescued from a multistorey car park" (article 2's side detail; article 1's
    lead, the fire, repeated itself compressed); Multi-News 0199 was a shop page's "Shop or log into your account"."""
    path = SHARED.parent.parent / where.removeprefix("../") if where.startswith("../") else SHARED / where
    if not path.exists():
        pytest.skip(f"{path} not found")
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    assert story_title(_cluster(path, cid)) == expected
