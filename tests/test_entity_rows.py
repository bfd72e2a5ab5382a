"""Entity rows, third round (docs/analysis-labels.md, "Entity rows, third round: junk rows, short forms and types
held out"): rows that name nothing (page furniture, link labels, a heading glued to a name) are left out, and short
forms join the row of the name they stand for. Real sentences from ../shared (skipped without it), with the mentions
typed as the small spaCy model types them there; no spaCy."""

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _real(key, snippets, whole=False):
    """The sentences of cluster ``key`` (bench/analysis.labelled_articles) holding one of ``snippets``, one text
    per article that has some, in the cluster's order (``whole``: those articles' whole text)."""
    sys.path.insert(0, str(BENCH))
    from analysis import labelled_articles

    out = []
    for a in labelled_articles(key):
        text = " ".join((a.text or a.raw_text or "").split())
        sents = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'`])", text) if any(x in s for x in snippets)]
        if sents:
            out.append(a.text or a.raw_text if whole else " ".join(sents))
    assert out, f"{key}: none of {snippets} found"
    return out


def _merged(texts, names):
    """Entities of ``texts`` (article n = position + 1) with ``names`` [(surface, label)] as NER mentions, each found
    as a whole word (a tuple of labels: the mentions take them in turn)."""
    from newsbrief.analyze._doc import Mention
    from newsbrief.analyze.entities import merge
    from test_analyze_units import _article_sents

    sents = []
    seen = {}
    for n, text in enumerate(texts, 1):
        for s in _article_sents(text, n=n):
            for name, label in names:
                for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", s.text):
                    if not any(o.start < m.end() and m.start() < o.end for o in s.mentions):
                        i = seen[name] = seen.get(name, -1) + 1  # a tuple of labels: one per mention, in turn
                        lab = label[i % len(label)] if isinstance(label, tuple) else label
                        s.mentions.append(Mention(s, m.start(), m.end(), name, lab))
            s.mentions.sort(key=lambda m: m.start)
            sents.append(s)
    return merge(sents)


def _row(ents, name):
    from newsbrief.analyze.entities import normalize

    k = normalize(name)
    return next((e for e in ents if k in {normalize(v) for v in e.variants} | {normalize(e.name)}), None)


def test_a_state_written_short_after_a_town_is_the_state(shared_dir):
    """DUC 2006 D0620B: "Kent, Wash.", "Moses Lake, Wash." were a row "Wash" apart from "Washington" (AP's
    abbreviations lacked Wash.); also when NER types it a person ("the Redmond, Wash-based institute", D0606F)."""
    texts = _real("duc06:D0620B", [", Wash", "Washington"])
    ents = _merged(texts, [("Washington", "GPE"), ("Wash", "GPE")])
    row = _row(ents, "Washington")
    assert row is not None and "Wash" in row.variants
    texts = _real("duc06:D0606F", ["Redmond, Wash", "Longview, Wash"])
    ents = _merged(texts, [("Wash", "PERSON"), ("Washington", "GPE")])
    assert all(e.name != "Wash" or e.label != "PERSON" for e in ents)


def test_a_spaced_dash_joins_two_things_not_one_name(shared_dir):
    """Multi-News 0018 (a table of salaries by region): "Illinois - Chicago" (typed ORG, twice: a row), "New York -
    Westchester / Hudson Valley" were names; a hyphen inside a name stays ("Wilkes-Barre")."""
    texts = _real("mn:0018", ["Illinois - Chicago", "New York - Westchester"])
    ents = _merged(texts, [("Illinois - Chicago", "ORG"), ("New York - Westchester / Hudson Valley", "GPE")])
    assert not [e.name for e in ents if " - " in e.name]
    texts = ["Police in Wilkes-Barre said the road was closed. Wilkes-Barre officials agreed."]
    assert _row(_merged(texts, [("Wilkes-Barre", "GPE")]), "Wilkes-Barre") is not None


def test_a_line_holding_only_a_name_in_capitals_is_a_heading(shared_dir):
    """DUC 2006 D0647B (a digest): section headings "INTERNATIONAL", "NATIONAL" on lines of their own, typed
    organizations, were rows; a name in capitals inside a sentence stays."""
    texts = _real("duc06:D0647B", ["INTERNATIONAL", "NATIONAL"], whole=True)
    ents = _merged(texts, [("INTERNATIONAL", "ORG"), ("NATIONAL", "ORG"), ("NASA", "ORG")])
    assert _row(ents, "INTERNATIONAL") is None and _row(ents, "NATIONAL") is None
    texts = ["Officials at NASA said the launch would wait. NASA gave no date."]
    assert _row(_merged(texts, [("NASA", "ORG")]), "NASA") is not None


def test_a_name_only_ever_in_brackets_is_a_link_label(shared_dir):
    """Multi-News 0107 and 0205: "GOP candidates jump on Obama [Politico]", "Every Oscar Best Picture Winner [GALLERY]"
    (a link's label) were rows; Multi-News 0103's "[Persky's] ruling" (an editor's insertion) keeps Persky, named
    outside brackets too."""
    ents = _merged(_real("mn:0107", ["[Politico]"]) + _real("mn:0205", ["[GALLERY]"]),
                   [("Politico", "ORG"), ("GALLERY", "ORG")])
    assert _row(ents, "Politico") is None and _row(ents, "GALLERY") is None
    ents = _merged(_real("mn:0103", ["Persky"]), [("Persky", "PERSON"), ("Aaron Persky", "PERSON")])
    assert _row(ents, "Persky") is not None


def test_a_rivers_first_word_after_the_is_the_river(shared_dir):
    """DUC 2003 d101a (China's floods): "from the Songhua", "along the Nen and Songhua rivers" were a row "Songhua"
    apart from "Songhua River"; so were "Songhua Rivers" from the list. A place's first word with no "the" and no
    river after it stays itself ("Mississippi" the state beside the Mississippi River)."""
    texts = _real("duc:d101a", ["Songhua"])
    ents = _merged(texts, [("Songhua River", "LOC"), ("Songhua", "GPE"), ("Nen", "GPE")])
    row = _row(ents, "Songhua River")
    assert row is not None and "Songhua" in row.variants
    texts = ["Floods closed roads in Mississippi. The Mississippi River rose. Mississippi declared an emergency."]
    ents = _merged(texts, [("Mississippi River", "LOC"), ("Mississippi", "GPE")])
    assert "Mississippi" not in _row(ents, "Mississippi River").variants


def test_a_bodys_title_without_its_generic_first_words_is_the_body(shared_dir):
    """DUC 2006 D0639C: "the Special Commission, known as UNSCOM" and the "United Nations Special Commission" were two
    rows. Not when the first words name a place: D0633F's "New York State Department of Correctional Services"
    is not "the State Department"."""
    texts = _real("duc06:D0639C", ["Special Commission"])
    ents = _merged(texts, [("United Nations Special Commission", "ORG"), ("Special Commission", "ORG"),
                           ("U.N. Special Commission", "ORG")])
    row = _row(ents, "United Nations Special Commission")
    assert row is not None and "Special Commission" in row.variants
    texts = _real("duc06:D0633F", ["State Department"])
    ents = _merged(texts, [("New York State Department", "ORG"), ("State Department", "ORG"), ("New York", "GPE")])
    assert "State Department" not in _row(ents, "New York State Department").variants


def test_a_country_by_its_initials_and_a_school_by_its_one_word(shared_dir):
    """DUC 2003 d107c / d111d: "U.S." and "United States" were two rows; "the Harvard study" apart from "Harvard
    University"."""
    texts = _real("duc:d107c", ["U.S.", "United States"])
    ents = _merged(texts, [("United States", "GPE"), ("U.S.", "GPE")])
    assert "U.S." in _row(ents, "United States").variants
    texts = _real("duc:d111d", ["Harvard"])
    ents = _merged(texts, [("Harvard University", "ORG"), ("Harvard", "ORG")])
    assert "Harvard" in _row(ents, "Harvard University").variants


def test_a_first_name_alone_is_the_one_person_it_starts_even_inside_a_longer_phrase(shared_dir):
    """DUC 2003 d113e: "Bill and Monica", "Monica said" stayed a row "Monica" because NER also made a "person"
    "Monica Lewinsky Affair"; "Bill" (Bill Clinton, Bill McCollum) stays apart."""
    texts = _real("duc:d113e", ["Monica", "Bill "])
    ents = _merged(texts, [("Monica Lewinsky Affair", "PERSON"), ("Monica Lewinsky", "PERSON"), ("Monica", "PERSON"),
                           ("Bill Clinton", "PERSON"), ("Bill McCollum", "PERSON"), ("Bill", "PERSON")])
    assert "Monica" in _row(ents, "Monica Lewinsky").variants
    assert _row(ents, "Bill").name == "Bill"


def _types(ents):
    return {e.name: e.label for e in ents}


def test_a_language_is_no_organization(shared_dir):
    """Multi-News 0040: "the Klingon language" (typed ORG, GPE, PERSON sentence by sentence) was an organization
    row; a place named before "language" once stays a place ("Quebec" in D0614E's "Quebec language law")."""
    texts = _real("mn:0040", ["Klingon"])
    ents = _merged(texts, [("Klingon", ("PERSON", "ORG", "ORG", "GPE"))])  # the small model's mix, sentence by sentence
    assert _types(ents)["Klingon"] == "OTHER"
    texts = _real("duc06:D0614E", ["Quebec"])[:3]
    assert _types(_merged(texts, [("Quebec", "GPE")]))["Quebec"] == "GPE"


def test_a_name_after_this_or_a_is_no_person(shared_dir):
    """Multi-News 0040: "This Kickstarter is for ...", "a subsequent Kickstarter", "during the 30 days of this
    Kickstarter" (typed a person) was a person row; people named after "said that" stay people."""
    texts = _real("mn:0040", ["Kickstarter"])
    assert _types(_merged(texts, [("Kickstarter", "PERSON")]))["Kickstarter"] == "ORG"
    texts = ["Officials said that Robyn had left. Police said that Robyn was safe. Robyn Anderson spoke."]
    ents = _merged(texts, [("Robyn Anderson", "PERSON"), ("Robyn", "PERSON")])
    assert _types(ents)["Robyn Anderson"] == "PERSON"


def test_a_common_noun_capitalised_at_sentences_starts_is_no_organization(shared_dir):
    """DUC 2006 D0634G: "Salmon are a cultural icon ...", "Salmon rely on ...", "Salmon returning to swim up ..."
    (typed ORG, once NORP) and "For the Sake of the Salmon" made an organization row, in a story writing "salmon"
    in lower case all through; a name that is also a word but is named within sentences stays ("Apple")."""
    texts = _real("duc06:D0634G", ["Salmon", "salmon"])
    ents = _merged(texts, [("Pacific Salmon Treaty", "ORG"), ("Salmon Without Rivers", "ORG"),
                           ("Our Wild Salmon", "ORG"), ("Pacific Salmon", "LOC"),
                           ("Salmon", ("ORG", "ORG", "ORG", "NORP"))])
    assert _types(ents)["Salmon"] == "NOUN"  # no row since the fourth type round (ent51); "other" before
    texts = ["Apple said sales rose. Analysts expect Apple to gain. An apple a day. Shares of Apple rose."]
    assert _types(_merged(texts, [("Apple", "ORG")]))["Apple"] == "ORG"


@pytest.mark.slow
def test_third_round_rows(shared_dir):
    """tests/labels/entity_types3.tsv (217 rows of 11 clusters no other entity label uses): short-form merges
    precision 1.000 and recall 0.921 on main 3ffd737 (0 of 8 labelled short forms in their entity's row), 1.000 /
    0.970 after this round (5 of 8); type precision 0.888 before and after; 2 junk rows of 217."""
    sys.path.insert(0, str(BENCH))
    from entity_types import score3

    res = score3()
    assert res["merge_precision"] >= 0.98 and res["merge_recall"] >= 0.95
    assert res["type_precision"][0] >= 0.88
    assert res["junk_shown"] <= 2


def test_a_plural_river_name_in_a_list_is_the_river(shared_dir):
    """DUC 2006 D0641E: "the Columbia and Snake rivers"; D0634G: "the Snake and Columbia Rivers" gave NER a
    "Columbia Rivers" typed a person, a row of its own beside the Columbia River."""
    texts = _real("duc06:D0641E", ["Columbia", "Snake"])
    texts.append("Dams on the Snake and Columbia Rivers kill salmon, the Columbia River group said.")
    ents = _merged(texts, [("Columbia Rivers", "PERSON"), ("Columbia River", "LOC"), ("Snake", "GPE"),
                           ("Columbia", "LOC")])
    assert "Columbia Rivers" in _row(ents, "Columbia River").variants


def test_two_names_of_one_list_are_two_people_however_close_their_spelling(shared_dir):
    """DUC 2006 D0616G: Xinhua's "such as Basayev, Khattab, Barayev" named two warlords one letter apart, and the
    view showed Arbi Barayev's name as a spelling of Shamil Basayev's. Two forms a sentence lists side by side are two
    names; a form given as another's spelling ("Serraj, also spelled Sarraj") still joins it."""
    texts = _real("duc06:D0616G", ["Shamil Basayev", "Barayev"])
    ents = _merged(texts, [("Shamil Basayev", "PERSON"), ("Basayev", "ORG"), ("Barayev", "PERSON"),
                           ("Khattab", "PERSON")])
    row = _row(ents, "Shamil Basayev")
    assert row is not None and "Barayev" not in row.variants
    ents = _merged(["Prime Minister Fayez Serraj, also spelled Sarraj, met the envoy on Monday.",
                    "Fayez al-Sarraj, the prime minister, said on Tuesday that talks would go on."],
                   [("Fayez Serraj", "PERSON"), ("Sarraj", "PERSON"), ("Fayez al-Sarraj", "PERSON")])
    row = _row(ents, "Fayez Serraj")
    assert row is not None and {"Sarraj", "Fayez al-Sarraj"} & set(row.variants)


def test_a_full_name_typed_an_organization_but_opening_with_a_given_name_takes_the_bare_surname(shared_dir):
    """Multi-News 0133 (Knox and Sollecito): "Amanda Knox" is typed PERSON once and ORG twice (UPI's "RELATED Amanda
    Knox ..." link lines), so it was no person and the bare "Knox" joined the nickname "Foxy Knoxy" (one letter
    apart), which named the row. A name of two or three capitalised words opening with a given name found only
    for people is a person when the names are grouped, not only when the row is shown."""
    texts = _real("mn:0133", ["Amanda Knox", "Foxy Knoxy", "Knox"])
    ents = _merged(texts, [("Amanda Knox", ("PERSON", "ORG", "ORG")), ("Foxy Knoxy", "PERSON"), ("Knox", "PERSON")])
    row = _row(ents, "Knox")
    assert row is not None and row.name == "Amanda Knox", [(e.name, e.variants) for e in ents]


def test_two_east_asian_surnames_a_letter_apart_are_two_names(shared_dir):
    """DUC 2006 D0621C (Hong Kong and Macau gangs): the bare "Zhang"s (Zhang Fusen, Zhang Xingfeng, Zhang Geng) and
    "Zheng Guoqiang" were one row "Zhang, also written Zheng": one vowel apart, one consonant skeleton. Two common
    surnames of one list are two names; a spelling variant of a longer name still joins (Sarraj / Serraj)."""
    from newsbrief.analyze.entities import same_name

    texts = _real("duc06:D0621C", ["Zhang", "Zheng"])
    ents = _merged(texts, [("Zheng Guoqiang", "PERSON"), ("Zhang Fusen", "PERSON"), ("Zhang Xingfeng", "PERSON"),
                           ("Zhang Geng", "PERSON"), ("Zhang", "PERSON"), ("Zheng", "PERSON")])
    zhang, zheng = _row(ents, "Zhang"), _row(ents, "Zheng Guoqiang")
    assert zhang is not None and zheng is not None and zhang is not zheng
    assert _row(ents, "Zheng") is zheng, [(e.name, e.variants) for e in ents]  # the bare "Zheng" is Zheng Guoqiang
    assert same_name("sarraj", "serraj") and same_name("wang", "wang") and not same_name("wang", "wong")


def test_a_newspaper_typed_a_place_is_an_organization(shared_dir):
    """DUC 2006 D0621C: "the South China Morning Post reported" was a Place row (NER types it GPE: "South China");
    a place or a three-word person ending in a newspaper's word is the paper. A two-word person stays ("Emily
    Post")."""
    from newsbrief.analyze.entities import _retyped

    texts = _real("duc06:D0621C", ["South China Morning Post"])
    ents = _merged(texts, [("South China Morning Post", "GPE")])
    row = _row(ents, "South China Morning Post")
    assert row is not None and row.label == "ORG", row and row.label
    assert _retyped("PERSON", "Emily Post") == "PERSON" and _retyped("GPE", "Hong Kong") == "GPE"


def test_a_surname_with_a_gendered_title_joins_no_one_the_text_gives_another_gender(shared_dir):
    """Multi-News 0133 (Knox / Sollecito / Kercher): "Ms Kercher" (Meredith, the victim; NER types "Meredith
    Kercher" an organization) was merged into "Lyle Kercher" ("brother Lyle Kercher"), so Lyle counted as a woman
    and a "she said" of Amanda Knox's went to him. A man named by the text takes no "Ms"; and with two women of
    the surname left (Stephanie, and Meredith typed an organization) the title names neither for sure: a row of
    its own."""
    texts = _real("mn:0133", ["Kercher"])
    names = [("Stephanie Kercher", "PERSON"), ("Lyle Kercher", "PERSON"), ("Meredith Kercher", "ORG"),
             ("Ms Kercher", "PERSON"), ("Kercher", "PERSON")]
    ents = _merged(texts, names)
    row = _row(ents, "Ms Kercher")
    assert row is not None and not {"Lyle Kercher", "Stephanie Kercher"} & set(row.variants)
    # with the brother alone the title still joins no man; with one woman alone it joins her
    texts = [t for t in texts if "Lyle" in t]
    ents = _merged(texts, [n for n in names if n[0] not in ("Stephanie Kercher", "Meredith Kercher")])
    assert "Ms Kercher" not in _row(ents, "Lyle Kercher").variants
    ents = _merged(texts, [n for n in names if n[0] not in ("Lyle Kercher", "Meredith Kercher")])
    assert "Ms Kercher" in _row(ents, "Stephanie Kercher").variants


def test_a_titled_surname_two_people_of_one_gender_bear_is_a_row_of_its_own(shared_dir):
    """MultiLing M001 (London bombings): "Mr Blair" (Tony Blair, the prime minister, whom a victim's blog
    addresses) was merged into "Sir Ian Blair" (the police commissioner), the first of two men named Blair; the
    title fits both, so it names neither for sure."""
    texts = _real("ml:M001", ["Blair"])
    ents = _merged(texts, [("Ian Blair", "PERSON"), ("Tony Blair", "PERSON"), ("Mr Blair", "PERSON")])
    row = _row(ents, "Mr Blair")
    assert row is not None and not {"Ian Blair", "Tony Blair"} & set(row.variants)
