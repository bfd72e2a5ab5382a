"""The heuristic tables (``_patterns``, ``analyze._cues``): each is read by the
code that needs it, and sample entries do what the table says (no spaCy)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import newsbrief
from newsbrief import _patterns, dates
from newsbrief.analyze import _cues
from newsbrief.analyze._doc import Mention, Sent, Source
from newsbrief.analyze.figures import extract as extract_figures
from newsbrief.analyze.quotes import _quote_spans
from newsbrief.analyze.quotes import extract as extract_quotes
from newsbrief.analyze.timeline import date_mentions, find_dates
from newsbrief.model import Article, Sentence

SRC = Path(newsbrief.__file__).parent
TABLE_MODULES = [_patterns, _cues]
TUE = dt.date(2020, 1, 14)


def _defined_and_read(module) -> tuple[list[str], set[str]]:
    """Names bound at the top level of ``module``, and the names its code reads."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    defined = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        defined += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, ast.FunctionDef):
            defined.append(node.name)
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return defined, read


@pytest.mark.parametrize("module", TABLE_MODULES, ids=lambda m: m.__name__)
def test_every_table_is_read_by_code(module):
    """Each table is imported by another module or read by a function of its own."""
    own = Path(module.__file__)
    others = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p != own)
    defined, read_here = _defined_and_read(module)
    unused = [name for name in defined if name not in read_here and not re.search(rf"\b{name}\b", others)]
    assert unused == []


# --- _patterns ----------------------------------------------------------------------


@pytest.mark.parametrize("line,reason", [
    ("Advertisement", "advertisement"),
    ("Leave a comment", "comment prompt"),
    ("You must enter the characters with black color that stand out from the other characters", "comment prompt"),
    ("Message: * A friend wanted you to see this item from WRAL.com: http://wr.al/13gnP", "comment prompt"),
    ("Media playback is unsupported on your device", "media notice"),
    ("Image copyright Getty Images", "image caption"),
    ("Share this | Facebook | Twitter", "share bar"),
    ("Follow us on Twitter for updates", "social prompt"),
    ("Related stories", "navigation"),
    ("-----", "separator"),
    ("Published: 14 January 2020", "dateline-only"),
    ("rs/rt (AFP, Reuters)", "wire sign-off"),
    ("Editing by Jane Doe", "credit"),
    ("By Jane Doe", "byline"),
    ("42", "counter"),
    ("• Local headlines", "menu item"),
    ("Sorry, the page you requested could not be found.", "error page"),
    ("[For women, heavy drinking has been normalized. That's dangerous.]", "editor's aside"),
    ("Related: Passengers' families could collect millions", "related link"),
    ("What are the true risks of the new drug? Read more", "related link"),
    ("Department of Housing and Urban Development: http://www.hud.gov/", "link"),
    ("jdoe@example.com", "contact"),
    ("Jane Doe can be reached at (212) 555-0100.", "contact"),
    ("Contact the Breaking News Desk at 215-854-2443; desk@example.com. Follow @desk on Twitter.", "contact"),
    ("Karl Ritter and Jan Olsen reported from Stockholm, Sweden.", "credit"),
    ("(Jane Roe is a Slate senior writer)", "credit"),
    ("UNDATED SIDEBAR TO CAPITAL-PUNISHNENT", "wire note"),
    ("The New York Times said in an editorial for Monday, July 3:", "wire note"),
    ("The seed for this crawl was a list of every host in the Wayback Machine", "crawler note"),
    # the Internet Archive's notes, scraped as articles in 25 Multi-News clusters
    ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every "
     "day, these data are added to the Wayback Machine after an embargo period.", "crawler note"),
    ("These crawls are part of an effort to archive pages as they are created. Crawls of supported \"No More 404\" "
     "sites.", "crawler note"),
    ("A truck makes its way down a snow covered Interstate, Thursday, Dec. 20, 2012, in Des Moines, Iowa. The first "
     "widespread snowstorm of the season began a slow crawl across the Midwest on Thursday... (Associated Press)",
     "image caption"),
    ("For Use By Clients of the New York Times News Service", "wire note"),
    ("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "wire note"),
    ("Correction: An earlier version of this article misstated her title.", "correction"),
    ("The TV Watch column on June 19 referred incorrectly to her remarks.", "correction"),
    ("RESULTS:", "section label"),
    ("Europe", "navigation"),
    ("MAY 3, 2013 AT 1: 10PM", "dateline-only"),
    ("In this May 3, 2015 photo, officers move a victim to an ambulance.", "image caption"),
    ("The senator spoke in Washington on Tuesday. (AP Photo/Jane Doe)", "image caption"),
    ("• FILE PHOTO: the harbour", "image caption"),  # a bullet does not hide a caption
    ("Morning Briefing Email Sign Up By signing up you agree to receive email newsletters.", "sign-up prompt"),
    ("For a full list of the winners, click here.", "click prompt"),
    ("Visit our website terms of use and permissions pages for further information.", "terms line"),
    ("SOUTHWEST FEATURES SERVICE (Distributed by Example Syndicate)", "syndication credit"),
    ("Reuters Mon Mar 4, 2019 10:12 AM", "byline stamp"),
    ("EDITORS: This story moves without photos.", "syndication note"),
    ("This domain is parked free of charge with the registrar.", "hosting notice"),
    ("You need to enable JavaScript to use this player", "site notice"),
    ("Already a subscriber? Log in here.", "sign-in wall"),
    ("PLEASE NOTE:", "notice label"),
])
def test_every_boilerplate_reason_has_a_line(line, reason):
    assert _patterns.boilerplate_reason(line) == reason


@pytest.mark.parametrize("line,reason", [
    ("Officers at the scene on Tuesday. | Photo: Reuters", "image caption"),
    ("Police gather outside the school on Monday. Credit Jane Doe/Reuters", "image caption"),
    ("Newsletter Sign Up Continue reading the main story", "sign-up prompt"),
    ("To see the flyer for the fundraiser, click here.", "click prompt"),
    ("Join the conversation on Twitter and don't forget to follow us at @Example.", "social prompt"),
    ("Visit our website terms of use and permissions pages for further information.", "terms line"),
    ("How has the nuclear programme progressed this year? Read more", "related link"),
    ("The full report on the spill is available here: http://example.org/report", "link"),
    ("The WARC files associated with this crawl are not currently available to the general public.", "crawler note"),
    ("-- a ranking of all URLs that have more than one incoming inter-domain link (rank was determined by number of "
     "incoming links using Wide00012 inter domain links)", "crawler note"),
    ("Your custom domain mapping may take as little as 15-30 minutes to resolve, but in some cases mapping a new "
     "custom domain can take up to 24 hours.", "hosting notice"),
    ("(NYT36) MACAU -- Oct. 20, 1999 -- ADV. FOR SUN., OCT. 24 -- One institution that won't change.", "wire note"),
    ("These columns are moving today to clients of the Example News Service.", "syndication note"),
])
def test_every_boilerplate_part_has_a_line(line, reason):
    [(cues, pattern)] = [(c, p) for r, c, p in _patterns.BOILERPLATE_PARTS if r == reason]
    assert any(cue in line.lower() for cue in cues) and pattern.search(line)
    assert _patterns.boilerplate_reason(line) == reason


def test_every_boilerplate_part_is_tested():
    tested = {r for _, r in test_every_boilerplate_part_has_a_line.pytestmark[0].args[1]}
    assert {reason for reason, _, _ in _patterns.BOILERPLATE_PARTS} == tested


@pytest.mark.parametrize("line", [
    "The police urged anyone with information to contact them at 555-123-4567.",  # news that gives a number
    "Police reported from the scene that two died.", "He reported from Iraq for years.",
    "The Times reported in March.", "Undated records were found.", "(Smith is a member of the panel.)",
])
def test_reporting_and_contact_sentences_are_kept(line):
    assert _patterns.boilerplate_reason(line) is None


def test_every_boilerplate_reason_is_tested():
    tested = {r for _, r in test_every_boilerplate_reason_has_a_line.pytestmark[0].args[1]}
    assert {reason for reason, _ in _patterns.BOILERPLATE_LINES} | {reason for reason, _, _ in _patterns.BOILERPLATE_PARTS} <= tested


@pytest.mark.parametrize("line,reason,rest", [
    ("ImportanceCardiovascular disease is the leading cause of death.", "glued section label",
     "Cardiovascular disease is the leading cause of death."),
    ("RESULTS: Of 1,200 patients, 40 improved.", "glued section label", "Of 1,200 patients, 40 improved."),
    ("Tuesday, January 18, 2005Through a telethon, Romanians raised money.", "glued date",
     "Through a telethon, Romanians raised money."),
    ("Email This Even at 88, the actress has the ambition of a much younger star.", "glued share label",
     "Even at 88, the actress has the ambition of a much younger star."),
    ("Update:Judge calls emergency meeting over redaction errors.", "glued update label",
     "Judge calls emergency meeting over redaction errors."),
    ("$ADV21 Americans spend an estimated $10 billion a year on arthritis remedies.", "glued advance code",
     "Americans spend an estimated $10 billion a year on arthritis remedies."),
    ("CLOSE Police confirmed that two bodies found Tuesday were the missing teens.", "glued kicker",
     "Police confirmed that two bodies found Tuesday were the missing teens."),
])
def test_every_glued_prefix_is_cut(line, reason, rest):
    from newsbrief.clean import clean_text

    text, removed = clean_text(line)
    assert text == rest and [r.reason for r in removed] == [reason]


def test_every_glued_prefix_is_tested():
    tested = {r for _, r, _ in test_every_glued_prefix_is_cut.pytestmark[0].args[1]}
    assert {reason for reason, _ in _patterns.GLUED_PREFIXES} == tested


@pytest.mark.parametrize("line", [
    "Results showed that the drug works at least as well as other treatments.",  # a label word opening a sentence
    "Corrections officers said the inmate escaped on foot.",
    "Research by the national AIDS council indicates that 1.9 million adults are infected.",
    "Trump blamed Obama for the dips (although he did not credit his predecessor with its rises).",
    "Background music and dim lighting further the relaxed atmosphere.",
    "The Washington Post obtained a video recorded by a supporter.",
])
def test_news_sentences_are_not_debris(line):
    from newsbrief.clean import clean_text

    assert clean_text(line) == (line, [])


def test_wire_markers_name_the_outlet():
    from newsbrief.outlets import outlet_from_text as detect_source

    assert detect_source("LONDON (AP) -- Talks ended.") == _patterns.AGENCY_NAMES["AP"]
    assert detect_source("Talks ended on Monday.\n\nrs/rt (AFP, Reuters)").startswith(_patterns.SIGNOFF_OUTLET)


def test_title_abbreviations_do_not_end_sentences():
    assert _patterns.TITLE_ABBREVIATION_RE.search("talks with Lt.")
    assert not _patterns.TITLE_ABBREVIATION_RE.search("talks with the U.N.")


# --- analyze._cues: quotes ----------------------------------------------------------


def _sent(text: str, n: int = 1, people: tuple[str, ...] = ()) -> Sent:
    art = Article(id=f"a{n}", raw_text=text, text=text, date=TUE)
    s = Sent(Sentence(art, 0, 0, len(text)), Source(n, art, f"outlet{n}", anchor=TUE, anchor_from="article"))
    for name in people:
        i = text.index(name)
        entity = SimpleNamespace(id=name, name=name, label="PERSON", variants=[name], mentions=[])
        s.mentions.append(Mention(s, i, i + len(name), name, "PERSON", entity))
    return s


@pytest.mark.parametrize("open_mark,close_mark", [
    ('"', '"'), *((o, c) for o in _cues.OPENING_QUOTES for c in _cues.CLOSING_QUOTES), tuple(_cues.WIRE_QUOTES),
])
def test_every_quote_mark_pairs(open_mark, close_mark):
    body = f"He said {open_mark}we will go on with the talks,{close_mark} and left."
    assert [body[a:b] for a, b in _quote_spans(body)] == ["we will go on with the talks,"]


@pytest.mark.parametrize("pronoun", sorted(_cues.PRONOUNS))
def test_every_pronoun_resolves_to_the_last_person(pronoun):
    # (a given name of no listed gender: "Jane" is a woman's, whom "he" cannot mean)
    s = _sent(f'Pat Doe arrived. "We will not sign this agreement today," {pronoun} said.', people=("Pat Doe",))
    [q] = extract_quotes([s])
    assert (q.speaker, q.how) == ("Pat Doe", "pronoun")


def test_speech_verbs_and_short_quotes():
    s = _sent('"We will not sign this agreement today," Jane Doe told reporters. "Run away," she said.',
              people=("Jane Doe",))
    assert [(q.text, q.speaker) for q in extract_quotes([s])] == [("We will not sign this agreement today", "Jane Doe")]


# --- analyze._cues: figures ---------------------------------------------------------


def _figure(text: str):
    figs = extract_figures([_sent(text)])
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize("symbol,code", sorted(_cues.CURRENCY_SYMBOLS.items()))
def test_every_currency_symbol(symbol, code):
    f = _figure(f"Donors pledged {symbol.upper()}16 million on Monday.")
    assert (f.category, f.unit, f.value) == ("money", code, 16_000_000)


@pytest.mark.parametrize("word,code", sorted(_cues.CURRENCY_WORDS.items()))
def test_every_currency_word(word, code):
    f = _figure(f"Donors pledged 16 {word} on Monday.")
    assert (f.category, f.unit) == ("money", code)


@pytest.mark.parametrize("word", sorted(_cues.PERCENT_WORDS))
def test_every_percent_word(word):
    assert _figure(f"Turnout rose 25 {word} on Monday.").category == "percent"


@pytest.mark.parametrize("word,scale", sorted(_cues.SCALE_WORDS.items()))
def test_every_scale_word(word, scale):
    assert _figure(f"Donors pledged $3 {word} on Monday.").value == 3 * scale


@pytest.mark.parametrize("word,value", sorted(_cues.UNITS_WORDS.items()))
def test_every_number_word(word, value):
    f = extract_figures([_sent(f"Officials said {word} villagers were killed.")])
    assert [(x.value, x.category) for x in f] == [(value, "killed")]


@pytest.mark.parametrize("phrase,interval", sorted(_cues.VAGUE_AMOUNTS.items()))
def test_every_vague_amount(phrase, interval):
    f = _figure(f"Officials said {phrase} of villagers were displaced.")
    assert (f.low, f.high, f.category) == (*interval, "displaced")


@pytest.mark.parametrize("modifier,factors", sorted(_cues.FIGURE_MODIFIERS.items()))
def test_every_figure_modifier(modifier, factors):
    f = _figure(f"Officials said {modifier} 100 villagers were killed.")
    assert (f.low, f.high) == pytest.approx((100 * factors[0], 100 * factors[1]))


@pytest.mark.parametrize("category,words", sorted(_cues.FIGURE_EVENTS.items()))
def test_every_figure_event(category, words):
    for w in words:
        if w in ("board", "lives"):  # need "on board" / a count of lives: below
            continue
        assert _figure(f"Officials said {w} 40 villagers on Monday.").category == category, w
    assert _figure("There were 40 villagers on board the ferry.").category == "on board"
    assert _figure("The storm cost 40 lives on Monday.").category == "killed"


@pytest.mark.parametrize("unit", sorted(_cues.MEASURE_UNITS))
def test_every_measure_unit(unit):
    after = "m² of the field" if unit == "m" else f"{unit} on Monday"  # "40 m" alone is 40 million
    assert _figure(f"The column stretched 40 {after}.").category == "measure"


#: Durations counted in another unit (fig57): decades and centuries are years, so "a decade" meets "15 years".
_COUNTED_IN = {"decades": "years", "centuries": "years"}


@pytest.mark.parametrize("unit,plural", sorted(_cues.DURATION_UNITS.items()))
def test_every_duration_unit(unit, plural):
    want = _COUNTED_IN.get(plural, plural)
    assert _figure(f"The siege lasted one {unit} in all.").unit == want
    if plural.rstrip("s") == unit:
        assert _figure(f"The siege lasted 40 {plural} in all.").unit == want


@pytest.mark.parametrize("word", sorted(_cues.FIGURE_ID_WORDS))
def test_every_identifier_word(word):
    assert extract_figures([_sent(f"Officials said {word} 40 villagers were killed.")]) == []


def test_people_nouns_and_skipped_words():
    for noun in _cues.PEOPLE_NOUNS:
        assert _figure(f"Officials said 40 {noun} were killed.").noun == "people", noun
    for skip in _cues.FIGURE_NOUN_SKIP:
        assert _figure(f"Officials said 40 {skip} villagers were killed.").noun == "people", skip


# --- analyze._cues: timeline --------------------------------------------------------


@pytest.mark.parametrize("day,weekday", sorted(dates.WEEKDAYS.items()))
def test_every_weekday(day, weekday):
    [(_, _, _, when, _)] = find_dates(f"The talks failed on {day.capitalize()}.", TUE)
    assert when.start.weekday() == weekday and when.start <= TUE


@pytest.mark.parametrize("word,n", sorted(_cues.AGO_NUMBERS.items()))
def test_every_ago_number(word, n):
    [(_, _, _, when, _)] = find_dates(f"It was signed {word} days ago.", TUE)
    assert when.start == TUE - dt.timedelta(days=n)


def test_captions_are_not_events_nor_facts():
    caption = _sent("FILE PHOTO: Officials met on Monday in Moscow to sign the ceasefire.")
    assert date_mentions([caption]) == []
    assert _cues.PAGE_FURNITURE_RE.search("Click here to read more on the talks.")
    assert not _cues.CAPTION_RE.search("Click here to read more on the talks.")
