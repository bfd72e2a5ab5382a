"""Peer summarizers people use today, run on exactly our sentences.

Optional extra ``newsbrief[peers]``: sumy (LexRank, TextRank, LSA, KL-Sum,
SumBasic, Luhn), summa (TextRank) and the ``lexrank`` package. Each is used
as its README shows, with English stop words and stemming where it offers
them, and with these adaptations so all systems compete on equal terms:

* Sentences are ours (the :class:`~newsbrief.segment.Segmenter` split), not
  the peer's. sumy's own splitter needs NLTK's ``punkt`` data, which is not
  downloaded here: its document model is built directly from our sentences,
  and words come from NLTK's Treebank-style ``NLTKWordTokenizer`` (what
  ``nltk.word_tokenize`` applies to each sentence; it needs no data) filtered
  by sumy's own word pattern. summa gets our sentences through its own
  cleaning filters; ``lexrank`` gets them as its README does, with the
  cluster's articles as the IDF corpus.
* Budget: each peer ranks all sentences; whole sentences are taken in rank
  order until the budget is reached, then returned in the peer's own output
  order (document order for sumy and summa, rank order for ``lexrank``).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from ..errors import MissingExtraError
from ..model import Brief
from .budget import count_words, take_sentences
from .systems import SystemFactory, sentence_texts

#: LexRank similarity threshold of the ``lexrank`` package, as in its README.
LEXRANK_THRESHOLD = 0.1


def _require(package: str):
    import importlib

    try:
        return importlib.import_module(package)
    except ImportError:
        raise MissingExtraError(
            f"the peer systems need {package!r}: pip install 'newsbrief[peers]'"
        ) from None




class _BudgetCount:
    """sumy's ``count`` callable: best-rated sentences until ``words``."""

    def __init__(self, words: int):
        self.words = words

    def __call__(self, infos):
        return take_sentences(infos, self.words, size=lambda info: count_words(str(info.sentence)))


class _WordTokenizer:
    """sumy tokenizer interface (``to_words``) that needs no NLTK data."""

    def __init__(self):
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._tok = NLTKWordTokenizer()
        self._is_word = Tokenizer._is_word
        self.language = "english"

    def to_words(self, sentence: str):
        return tuple(w for w in self._tok.tokenize(sentence) if self._is_word(w))

    def to_sentences(self, paragraph: str):  # never used: sentences are ours
        raise NotImplementedError


class SumyPeer:
    """One of sumy's summarizers (``cls``, e.g. ``LexRankSummarizer``) on our sentences."""

    uses_references = False

    def __init__(self, name: str, cls: str):
        _require("sumy")
        self.name = name
        self.cls = cls
        self._summarizer = None
        self._tokenizer = None

    def _get(self):
        if self._summarizer is None:
            import sumy.summarizers.kl as kl
            import sumy.summarizers.lex_rank as lex_rank
            import sumy.summarizers.lsa as lsa
            import sumy.summarizers.luhn as luhn
            import sumy.summarizers.sum_basic as sum_basic
            import sumy.summarizers.text_rank as text_rank
            from sumy.nlp.stemmers import Stemmer
            from sumy.utils import get_stop_words

            modules = {
                "LexRankSummarizer": lex_rank, "TextRankSummarizer": text_rank, "LsaSummarizer": lsa,
                "KLSummarizer": kl, "SumBasicSummarizer": sum_basic, "LuhnSummarizer": luhn,
            }
            cls = _budgeted_kl() if self.cls == "KLSummarizer" else getattr(modules[self.cls], self.cls)
            summarizer = cls(Stemmer("english"))
            summarizer.stop_words = get_stop_words("english")
            self._summarizer = summarizer
            self._tokenizer = _WordTokenizer()
        return self._summarizer

    def document(self, brief: Brief):
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        self._get()
        paragraphs = []
        for art in brief.articles:
            by_para: dict[int, list] = {}
            for s in art.sentences:
                text = " ".join(s.text.split())
                by_para.setdefault(s.paragraph, []).append(Sentence(text, self._tokenizer))
            paragraphs.extend(Paragraph(v) for _, v in sorted(by_para.items()))
        return ObjectDocumentModel(paragraphs)

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        summarizer = self._get()
        doc = self.document(brief)
        if not doc.sentences:
            return []
        summarizer.budget_words = words
        return [str(s) for s in summarizer(doc, _BudgetCount(words))]


def _budgeted_kl():
    """sumy's KL-Sum, stopped once the budget is covered.

    ``KLSummarizer._compute_ratings`` ranks *every* sentence greedily, which
    is cubic in the number of sentences (15 s for a 10-article cluster,
    hours for DUC 2006's 25 articles). Only the sentences ranked before the
    budget is full can be selected, so this runs sumy's own loop (same
    helpers, same order of picks) until ``budget_words`` words are ranked and
    rates the rest below them: the summary is identical, the cost is not.
    """
    from sumy.summarizers.kl import KLSummarizer

    class BudgetedKLSummarizer(KLSummarizer):
        budget_words: int | None = None

        def _compute_ratings(self, sentences):
            word_freq = self.compute_tf(sentences)
            ratings = {}
            summary = []
            sentences_list = list(sentences)
            sentences_as_words = [self._get_content_words_in_sentence(s) for s in sentences]
            used = 0
            while sentences_list and (self.budget_words is None or used < self.budget_words):
                summary_as_word_list = self._get_all_words_in_doc(summary)
                kls = [self._kl_divergence(self._joint_freq(s, summary_as_word_list), word_freq)
                       for s in sentences_as_words]
                i = self._find_index_of_best_sentence(kls)
                best = sentences_list.pop(i)
                del sentences_as_words[i]
                summary.append(best)
                if best not in ratings:
                    used += len(str(best).split())
                ratings[best] = -1 * len(ratings)
            for s in sentences_list:
                ratings.setdefault(s, -len(sentences) - 1)
            return ratings

    return BudgetedKLSummarizer


class SummaPeer:
    """summa's TextRank (``summa.summarizer.summarize``) on our sentences."""

    name = "summa-textrank"
    uses_references = False

    def __init__(self):
        _require("summa")

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        from summa import summarizer as sm
        from summa.preprocessing import textcleaner as tc

        sentences = [t for sents in sentence_texts(brief) for t in sents]
        tc.init_textcleanner("english", None)
        units = tc.merge_syntactic_units(sentences, tc.filter_words(sentences))
        graph = sm._build_graph([u.token for u in units])
        sm._set_graph_edge_weights(graph)
        sm._remove_unreachable_nodes(graph)
        if len(graph.nodes()) == 0:
            return []
        sm._add_scores_to_sentences(units, sm._pagerank(graph))
        ranked = sorted(units, key=attrgetter("score"), reverse=True)
        taken = take_sentences(ranked, words, size=lambda u: count_words(u.text))
        return [u.text for u in sorted(taken, key=attrgetter("index"))]


class LexRankPeer:
    """The ``lexrank`` package: ``LexRank(documents, stopwords=STOPWORDS["en"])``."""

    name = "lexrank"
    uses_references = False

    def __init__(self):
        _require("lexrank")

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        import numpy as np
        from lexrank import STOPWORDS, LexRank

        docs = [sents for sents in sentence_texts(brief) if sents]
        sentences = [t for sents in docs for t in sents]
        if not sentences:
            return []
        lxr = LexRank(docs, stopwords=STOPWORDS["en"])
        scores = lxr.rank_sentences(sentences, threshold=LEXRANK_THRESHOLD)
        order = np.argsort(-np.asarray(scores), kind="stable")
        return take_sentences([sentences[i] for i in order], words)


#: Peer name -> factory (settings -> system). All need ``pip install newsbrief[peers]``.
PEERS: dict[str, SystemFactory] = {
    "sumy-lexrank": lambda settings: SumyPeer("sumy-lexrank", "LexRankSummarizer"),
    "sumy-textrank": lambda settings: SumyPeer("sumy-textrank", "TextRankSummarizer"),
    "sumy-lsa": lambda settings: SumyPeer("sumy-lsa", "LsaSummarizer"),
    "sumy-kl": lambda settings: SumyPeer("sumy-kl", "KLSummarizer"),
    "sumy-sumbasic": lambda settings: SumyPeer("sumy-sumbasic", "SumBasicSummarizer"),
    "sumy-luhn": lambda settings: SumyPeer("sumy-luhn", "LuhnSummarizer"),
    "summa-textrank": lambda settings: SummaPeer(),
    "lexrank": lambda settings: LexRankPeer(),
}
