"""Citations: paraphrase support with the sentence model, the TF-IDF fallback,
number agreement, and recall / precision on the hand-labelled set."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

import newsbrief
from newsbrief import embed
from newsbrief.config import Settings
from newsbrief.errors import ConfigError
from newsbrief.support import CitationIndex, is_fragment, numbers_disagree, quote_missing, quoted_spans

LABELS = Path(__file__).parent / "labels" / "citations.json"
BLIND = Path(__file__).parent / "labels" / "citations-blind.json"

PARAPHRASE = [
    {"text": "Regulators approved two drugs on Friday. The new arthritis drugs relieve pain without the stomach "
             "problems of common painkillers. Sales begin in March.", "source": "A"},
    {"text": "Doctors welcomed the decision. The new medicines ease arthritis pain and spare patients the stomach "
             "trouble that ordinary painkillers cause. Prices were not announced.", "source": "B"},
    {"text": "A bakery opened downtown on Friday. The mayor cut the ribbon and spoke about local jobs and the city "
             "budget.", "source": "C"},
]


def cited_outlets(articles, settings: Settings, needle: str) -> list[str]:
    b = newsbrief.brief(articles, words=100, settings=settings)
    sentence = next(s for a in b.sources for s in a.sentences if needle in s.text)
    return [c.outlet for c in CitationIndex(b, settings).cite(sentence)]


@pytest.fixture
def no_model(monkeypatch):
    """The model's packages missing: its factory fails to import."""

    def missing():
        raise ImportError("No module named 'onnxruntime'")

    embed.encoder.cache_clear()
    monkeypatch.setitem(embed.REGISTRY, "minilm", missing)
    yield
    embed.encoder.cache_clear()


needs_model = pytest.mark.skipif(embed.encoder("minilm") is None, reason="sentence model not installed")


@needs_model
def test_paraphrase_is_cited_with_the_model():
    # TF-IDF 0.38 (under citations.min_similarity), MiniLM cosine 0.90
    assert cited_outlets(PARAPHRASE, Settings(), "arthritis drugs") == ["A", "B"]
    assert cited_outlets(PARAPHRASE, Settings().replace({"citations.model": "tfidf"}), "arthritis drugs") == ["A"]


def test_fallback_to_tfidf_when_the_model_is_not_installed(no_model, libya_dir):
    assert embed.encoder("minilm") is None
    b = newsbrief.brief([libya_dir], words=100)
    assert CitationIndex(b, Settings()).encoder is None
    assert cited_outlets(PARAPHRASE, Settings(), "arthritis drugs") == ["A"]  # lexical only, no error
    lexical = Settings().replace({"citations.model": "tfidf"})
    for s in b.summary:
        lexical_ids = [c.article_id for c in CitationIndex(b, lexical).cite(s.source)]
        # the index's citations first; then articles whose repeat of the same fact was not shown (issue 10 item 4)
        assert [c.article_id for c in s.citations][: len(lexical_ids)] == lexical_ids


QUOTED = [
    {"text": "Police in Accra closed a fake embassy on Monday. \u201cFor about a decade it operated unhindered,\u201d the "
             "statement said. Officials declined to comment further.", "source": "A"},
    {"text": "The State Department described the scheme in detail. For about a decade it operated unhindered; the "
             "criminals running the operation were able to pay off corrupt officials to look the other way, as well "
             "as obtain blank local documents to be doctored or counterfeited. Arrests followed in June.",
     "source": "B"},
    {"text": "The fake embassy issued visas for ten years. Ghanaian police said the criminals paid off corrupt "
             "officials and counterfeited local documents. The building has been sealed.", "source": "C"},
]


def test_quotation_repeated_word_for_word_is_cited_whatever_its_similarity():
    # B repeats A's quotation inside a long sentence (TF-IDF cosine ~0.3, under citations.min_similarity);
    # C tells the same story in other words: not the same quote
    for model in ("tfidf", "minilm"):
        assert cited_outlets(QUOTED, Settings().replace({"citations.model": model}), "unhindered") == ["A", "B"]


def test_quoted_spans_are_long_quotations_and_the_whole_sentence():
    assert quoted_spans("\u201cFor about a decade it operated unhindered,\u201d the statement said.") == [
        " for about a decade it operated unhindered ", " for about a decade it operated unhindered the statement said "]
    # a quotation under five words is a phrase any article may use; the sentence itself still counts
    assert quoted_spans('Iran will "suspend" the release of the sailors.') == [
        " iran will suspend the release of the sailors "]
    assert quoted_spans("``Ready,'' he said.") == []
    # a quoted title in a longer sentence is a name, not what the sentence states
    assert quoted_spans("The magazine spoke to a “Kourtney & Kim Take New York” producer who said the couple had "
                        "not been seen together for weeks.") == [
        " the magazine spoke to a kourtney kim take new york producer who said the couple had not been seen together"
        " for weeks "]


SPEAKER = [
    {"text": "House leaders met on Tuesday. ``I think we will defeat Hefley,'' said Rep. Jim Kolbe, R-Ariz., the only "
             "openly gay House Republican and a critic of the measure. The vote is expected this week.", "source": "A"},
    {"text": "Debate was limited to twenty minutes. Rep. Jim Kolbe, R-Ariz., the only openly gay House Republican, "
             "agreed with Linder that a long debate on the measure made him uneasy. Leaders combined the bills.",
     "source": "B"},
    {"text": "Opponents counted votes all week. ``I think we will defeat Hefley,'' Kolbe told reporters on Monday. "
             "Supporters disagreed.", "source": "C"},
]


def test_a_quotation_that_is_the_sentence_s_content_is_supported_only_by_the_quotation():
    # B names the speaker with the same title (TF-IDF cosine over citations.min_similarity) but not what he said;
    # C repeats the quotation
    for model in ("tfidf", "minilm"):
        assert cited_outlets(SPEAKER, Settings().replace({"citations.model": model}), "defeat Hefley") == ["A", "C"]


def test_quote_missing():
    claim = "``I think we will defeat Hefley,'' said Rep. Jim Kolbe, R-Ariz., the only openly gay House Republican."
    assert quote_missing(claim, "Rep. Jim Kolbe, R-Ariz., the only openly gay House Republican, agreed.")
    assert not quote_missing(claim, "``I think we will defeat Hefley,'' Kolbe said.")
    # an article that splits a long quotation over two sentences still repeats it
    assert not quote_missing("She said, “Kim’s mapping out 2012, including holidays, and Kris isn’t a part of it. "
                             "Any itineraries for the future don’t include him.”",
                             "A producer said: 'Kim's mapping out 2012, including holidays, and Kris isn't a part of it.")
    # a short quotation or a quoted title inside a longer sentence is not its content
    assert not quote_missing('Iran will "suspend" the release of the sailors.', "Iran halts the release.")
    assert not quote_missing("The magazine spoke to a “Kourtney & Kim Take New York” producer who said the couple "
                             "had not been seen together for weeks.", "The couple had not been seen together.")


def test_unknown_model_is_a_config_error():
    with pytest.raises(ConfigError, match="citations.model"):
        embed.encoder("word2vec")


def test_numbers_disagree():
    assert numbers_disagree("Vinokourov has won stage 13 of the Tour.", "Vinokourov won stage 15 in 5h 34'.")
    assert not numbers_disagree("Vinokourov has won stage 13.", "He won stage 13 in 1h 12' 06\".")
    assert not numbers_disagree("52 people were killed.", "Dozens of people were killed.")  # no number given
    assert not numbers_disagree("The storm killed 12 people.", "Winds reached 90 km/h.")  # different things counted
    # one function word between the quantity and its number (MultiLing M005: 6.6 was cited to a report of 5.8)
    assert numbers_disagree("The service measured the aftershock's magnitude as 6.6.",
                            "The aftershock, as reported by the service, had a magnitude of 5.8.")
    assert not numbers_disagree("The quake had a magnitude of 6.6.", "A magnitude 6.6 quake struck.")
    assert not numbers_disagree("A depth of about 10 kilometres.", "It was 10 kilometres deep.")


def test_a_different_number_is_not_support():
    articles = [{"text": "Alexander Vinokourov of Kazakhstan has won stage 13 of the Tour de France on Saturday.",
                 "source": "A"},
                {"text": "Alexander Vinokourov of Kazakhstan has won stage 15 of the Tour de France on Sunday.",
                 "source": "B"},
                {"text": "Rain is expected in the Pyrenees, where riders rest on Monday before the last week.",
                 "source": "C"}]
    for model in ("tfidf", "minilm"):
        assert cited_outlets(articles, Settings().replace({"citations.model": model}), "stage 13") == ["A"]


def test_vocabulary_is_the_models_own():
    digest = hashlib.sha256(embed.VOCAB.read_bytes()).hexdigest()
    assert digest == "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"


def test_labelled_set_covers_four_datasets():
    pairs = json.loads(LABELS.read_text(encoding="utf-8"))["pairs"]
    assert len(pairs) >= 200
    assert len({(p["dataset"], p["cluster"]) for p in pairs}) >= 20
    assert {p["dataset"] for p in pairs} == {"duc2003_task3", "duc2006", "multiling2011_en", "multinews_sample"}
    labels = Counter(p["label"] for p in pairs)
    assert set(labels) == {"supports", "partly", "no"} and labels["supports"] >= 50
    assert all(p["evidence"] for p in pairs if p["label"] == "supports")
    assert all(p["article"] != p["sentence_article"] for p in pairs)


@pytest.mark.slow
#: (minilm: 41 of 64 on the machines of earlier stops, 40 of 64 (0.625) on an AVX512-VNNI one with the same code and
#: model: the int8 model's kernels round differently across CPUs, moving a pair at the threshold; floor at the lower)
@pytest.mark.parametrize("model, recall, precision", [("tfidf", 0.51, 0.94), ("minilm", 0.62, 0.95)])
def test_citation_recall_and_precision_on_labelled_set(shared_dir, model, recall, precision):
    """Floors at the measured values (docs/citations.md); the issue's target is
    recall 0.90 at precision 0.95."""
    if model != "tfidf" and embed.encoder(model) is None:
        pytest.skip("sentence model not installed")
    from newsbrief.eval.citations import citation_counts, load_pairs

    counts = citation_counts(load_pairs(LABELS), shared_dir / "data", Settings().replace({"citations.model": model}))
    assert counts["all"].recall >= recall
    assert counts["all"].precision >= precision


def test_blind_split_is_new_clusters_labelled_by_the_same_rule():
    pairs = json.loads(BLIND.read_text(encoding="utf-8"))["pairs"]
    tuned = {(p["dataset"], p["cluster"]) for p in json.loads(LABELS.read_text(encoding="utf-8"))["pairs"]}
    clusters = {(p["dataset"], p["cluster"]) for p in pairs}
    assert len(pairs) >= 90 and len(clusters) >= 12 and not clusters & tuned
    assert {p["dataset"] for p in pairs} == {"duc2003_task3", "duc2006", "multiling2011_en", "multinews_sample"}
    assert set(Counter(p["label"] for p in pairs)) == {"supports", "partly", "no"}
    assert all(p["evidence"] for p in pairs if p["label"] == "supports")
    assert all(p["article"] != p["sentence_article"] for p in pairs)


@pytest.mark.slow
@pytest.mark.parametrize("model, recall, precision", [("tfidf", 0.10, 0.95), ("minilm", 0.30, 0.95)])
def test_citation_recall_and_precision_on_the_blind_split(shared_dir, model, recall, precision):
    """Floors at the values measured in round 5 (docs/citations.md): clusters
    no threshold was chosen on, far below the tuned set's recall."""
    if model != "tfidf" and embed.encoder(model) is None:
        pytest.skip("sentence model not installed")
    from newsbrief.eval.citations import citation_counts, load_pairs

    counts = citation_counts(load_pairs(BLIND), shared_dir / "data", Settings().replace({"citations.model": model}))
    assert counts["all"].recall >= recall
    assert counts["all"].precision >= precision


def test_a_dateline_or_a_function_word_is_no_number_disagreement():
    # the filing date of a wire dateline is not the content's
    assert not numbers_disagree("BEIJING, May 2 (Xinhua) -- Police have solved 40 cases.",
                                "BEIJING, May 15 (Xinhua) -- Police have solved 40 cases.")
    # "when 52" / "when 2005": "when" counts nothing
    assert not numbers_disagree("52 people were killed on July 7th 2005 when four suicide bombers struck.",
                                "Today is the anniversary of the bombings, when 52 people were killed.")
    assert numbers_disagree("BEIJING, May 2 (Xinhua) -- Police have solved 40 cases.",
                            "BEIJING, May 2 (Xinhua) -- Police have solved 45 cases.")


def test_supports_give_the_evidence_behind_each_citation():
    b = newsbrief.brief(PARAPHRASE, words=100, settings=Settings().replace({"citations.model": "tfidf"}))
    sentence = next(s for a in b.sources for s in a.sentences if "arthritis drugs" in s.text)
    index = CitationIndex(b, Settings().replace({"citations.model": "tfidf"}))
    supports = {s.article_id: s for s in index.supports(sentence)}
    assert sentence.article_id not in supports
    cited = [c.article_id for c in index.cite(sentence)][1:]
    assert cited == [a for a, s in supports.items() if index.supported(s)]
    assert all(s.paraphrase is None for s in supports.values())  # no model: lexical evidence only


@needs_model
def test_prefetch_embeds_the_whole_summary_in_one_model_call(monkeypatch):
    settings = Settings()
    b = newsbrief.brief(PARAPHRASE, words=100, settings=settings)
    index = CitationIndex(b, settings)
    calls = []
    model = index.encoder

    def counted(texts):
        calls.append(len(texts))
        return model(texts)

    index.encoder = counted
    sentences = [s for a in b.sources for s in a.sentences]
    index.prefetch(sentences)
    before = [[c.article_id for c in index.cite(s)] for s in sentences]
    assert len(calls) == 1 and calls[0] > 1
    fresh = CitationIndex(b, settings)  # without prefetch: the same citations
    assert [[c.article_id for c in fresh.cite(s)] for s in sentences] == before


def test_cross_validation_chooses_the_threshold_without_the_held_out_cluster(libya_dir):
    from newsbrief.eval.citations import cross_validated_counts
    from newsbrief.support import Support

    b = newsbrief.brief([libya_dir], words=100)
    s = b.sources[0].sentences[0]

    def pair(cluster, label, cosine):
        return ({"dataset": "d", "cluster": cluster, "label": label}, Support("1", s, 0.3, cosine, False), False)

    # c1, c2: a support at 0.9, a non-support at 0.7; c3: a support at 0.9, a non-support at 0.85
    scored = [pair(c, "supports", 0.9) for c in ("c1", "c2", "c3")] + [pair(c, "no", 0.7) for c in ("c1", "c2")]
    scored.append(pair("c3", "no", 0.85))
    counts, chosen = cross_validated_counts(scored, Settings(), [0.6, 0.75, 0.8, 0.95])
    # c3 held out: c1 + c2 allow 0.75 and 0.8 at precision 1 (the higher is kept); c1 or c2 held out: c3's
    # non-support keeps every threshold under precision 0.95, so the highest (no paraphrase) is used
    assert chosen == [0.95, 0.95, 0.8]
    assert counts.recall == 1 / 3 and counts.precision == 0.5  # c3's own non-support did not choose its threshold


def test_evidence_rows_finds_the_sentences_a_label_quotes():
    from newsbrief.eval.citations import evidence_rows

    sentences = ["Two gyroscopes have failed.", "The crew will grab Hubble on Tuesday with the robot arm.",
                 "NASA said the repair will take three days."]
    # a quoted sentence, a clause of one (as segmentation cut it when labelled), a text no sentence holds
    assert evidence_rows(["Two gyroscopes have failed."], sentences) == [0]
    assert evidence_rows(["will grab Hubble on Tuesday", "NASA said the repair"], sentences) == [1, 2]
    assert evidence_rows(["The telescope was launched in 1990."], sentences) == []


def test_miss_kind_says_why_a_supporting_pair_is_not_cited(libya_dir):
    from newsbrief.eval.citations import MISS_KINDS, miss_kind
    from newsbrief.support import Support

    s = newsbrief.brief([libya_dir], words=100).sources[0].sentences[0]
    low = Support("1", s, 0.3, 0.7, False)
    assert miss_kind(low, True, [2], 2) == "cited"
    assert miss_kind(None, False, [2], None) == MISS_KINDS[3]  # no sentence over the TF-IDF floor
    assert miss_kind(low, False, [2], 2) == MISS_KINDS[1]  # the right sentence, scored too low
    assert miss_kind(low, False, [0, 2], 1) == MISS_KINDS[2]  # another sentence was the candidate
    assert miss_kind(Support("1", s, 0.6, None, True), False, [2], 2) == "number veto"
    assert miss_kind(Support("1", s, 0.6, None, False, quote_missing=True), False, [2], 2) == "quotation rule"
    assert miss_kind(low, False, [], 2) == "evidence not found in the article"


@pytest.mark.slow
@needs_model
def test_both_labelled_files_pooled_and_why_supports_are_missed(shared_dir):
    """Floors at the measured values (docs/citations.md, round 6): both files
    pooled, and every missed supporting pair given a reason; the labelled
    evidence is found for each."""
    from newsbrief.eval.citations import MISS_KINDS, citation_counts, load_pairs, supporting_losses

    pairs = load_pairs(LABELS) + load_pairs(BLIND)
    counts = citation_counts(pairs, shared_dir / "data", Settings())
    # 47 of 84 on earlier stops' machines, 46 of 84 (0.548) on an AVX512-VNNI one with the same code (the int8
    # model's kernels round differently across CPUs); 2 "no" cited
    assert counts["all"].recall >= 0.545 and counts["all"].precision >= 0.95
    losses = supporting_losses(pairs, shared_dir / "data", Settings())
    kinds = Counter(x["kind"] for x in losses)
    assert sum(kinds.values()) == counts["all"].total["supports"]
    assert kinds["cited"] == counts["all"].cited["supports"]
    assert not kinds["evidence not found in the article"] and set(kinds) <= set(MISS_KINDS)
    # no supporting pair is lost to a veto (round 5's finding, now on both files)
    assert not kinds["number veto"] and not kinds["quotation rule"]


#: wikiref220's Paris attacks: a list entry "Salah Abdeslam" scored TF-IDF 0.58 to the summary sentence and was
#: cited (B's closest sentence is the name alone)
NAME_ALONE = [{"text": "Ibrahim Abdeslam died in the Paris attacks, and Salah Abdeslam is being sought by police.",
               "source": "A"},
              {"text": "Who were the attackers?\n\nSalah Abdeslam\n\nHe rented a car in Belgium, officials said "
                       "on Monday.", "source": "B"},
              {"text": "The weather in Brussels turned cold on Tuesday as shops reopened across the city.",
               "source": "C"}]


def test_a_heading_or_a_name_alone_is_no_support():
    # an article whose closest sentence is the name alone supports nothing
    articles = NAME_ALONE
    for model in ("tfidf", "minilm"):  # (TF-IDF 0.54 before)
        assert cited_outlets(articles, Settings().replace({"citations.model": model}), "is being sought") == ["A"]
    # a short sentence holding most of the claim's words still supports it
    short = [{"text": "Police said on Monday that five people died in the fire.", "source": "A"},
             {"text": "Five people died, police said Monday.", "source": "B"}]
    assert cited_outlets(short, Settings(), "five people") == ["A", "B"]
    assert is_fragment(articles[0]["text"], "Salah Abdeslam", 6)
    assert not is_fragment(articles[0]["text"], "Salah Abdeslam", 1)  # 1 turns the rule off
