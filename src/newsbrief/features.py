"""Text features shared by selection, citation and clustering: tokens, stems,
content terms and bigram concepts.

Small swappable callables in the spirit of scikit-learn's
``build_preprocessor -> build_tokenizer -> build_analyzer``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._patterns import STOPWORDS

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")


@lru_cache(maxsize=1)
def _stemmer():
    # PyStemmer's C Porter stemmer: the original Porter algorithm (same stems as
    # NLTK's ORIGINAL_ALGORITHM on all but 1 of 12,841 DUC words), without
    # NLTK's ~1 s import.
    import Stemmer

    return Stemmer.Stemmer("porter")


#: Words whose stems :func:`stem` keeps (~250 bytes each): 20,000 (~5 MB) hold a stream's common words and
#: fill within minutes of following, so a follower's memory stays flat; 200,000 (~50 MB) grew it for hours
#: (docs/follow-soak.md). The C stemmer is fast: the cache saves little beyond the common words.
STEM_CACHE_SIZE = 20_000


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """Porter stem (the original algorithm) of words over 3 characters.

    rouge-score's ``use_stemmer=True`` stems the same words (over 3
    characters) with NLTK's extended Porter, which differs on some:
    "news" -> "new" here and "news" there, "dying" -> "dy" here and "die"
    there. Selection, citations and clustering only compare these stems with
    each other; ROUGE is scored with rouge-score's own stems
    (:mod:`newsbrief.eval.tokens`)."""
    return _stemmer().stemWord(word) if len(word) > 3 else word


def tokens(text: str) -> list[str]:
    """Lowercase word tokens ("U.S." -> "u.s", "Haftar's" -> "haftar's")."""
    return _TOKEN_RE.findall(text.lower().replace("’", "'"))


def _token_stem(t: str) -> str:
    """The stem of one token (:func:`stems`), remembered in :data:`_STEMS`."""
    s = _STEMS[t] = stem((t[:-2] if t.endswith("'s") else t).replace("'", "").replace(".", ""))
    return s


#: token -> its stem, as :func:`stems` makes it token by token (a brief stems every sentence, several times):
#: 20,000 tokens (~2 MB), then it starts again, so a follower's memory stays flat (as :data:`STEM_CACHE_SIZE`).
_STEMS: dict[str, str] = {}


def stems(text: str) -> list[str]:
    """Stemmed tokens, possessive "'s" dropped, punctuation inside kept out."""
    cache = _STEMS
    if len(cache) > TERM_CACHE_SIZE:
        cache.clear()
    get = cache.get
    return [get(t) or _token_stem(t) for t in tokens(text)]


#: token -> its content term ("" for a function word), as :func:`content_terms` makes it token by token: the
#: store's story titles ask it of every article's opening, a brief of every sentence. 20,000 tokens (~2 MB),
#: then it starts again, so a follower's memory stays flat (as :data:`STEM_CACHE_SIZE`).
_TERMS: dict[str, str] = {}
TERM_CACHE_SIZE = 20_000


#: text -> its :func:`content_terms`, for the last texts asked (the view builds three TF-IDF indexes over the same
#: sentences, ~3.4 calls a sentence; perf60): :data:`TEXT_TERMS_CACHE_SIZE` texts, then it starts again, so a
#: follower's memory stays flat. A copy of the list is returned, so a caller may change what it gets.
_TEXT_TERMS: dict[str, tuple[str, ...]] = {}
TEXT_TERMS_CACHE_SIZE = 4_096


def content_terms(text: str) -> list[str]:
    """Stemmed tokens that are not function words (``content_stems(stems(text))``, each token looked up once;
    a text asked again is answered from :data:`_TEXT_TERMS`)."""
    got = _TEXT_TERMS.get(text)
    if got is not None:
        return list(got)
    terms = _content_terms(text)
    if len(_TEXT_TERMS) >= TEXT_TERMS_CACHE_SIZE:
        _TEXT_TERMS.clear()
    _TEXT_TERMS[text] = tuple(terms)
    return terms


def _content_terms(text: str) -> list[str]:
    """:func:`content_terms` of ``text``, made token by token (each token's term remembered in :data:`_TERMS`)."""
    cache = _TERMS
    if len(cache) > TERM_CACHE_SIZE:
        cache.clear()
    toks = tokens(text)
    terms = list(map(cache.get, toks))  # all looked up at once; the few new tokens filled in after
    if None in terms:
        for k, term in enumerate(terms):
            if term is None:
                t = toks[k]
                term = cache.get(t)
                if term is None:
                    s = stem((t[:-2] if t.endswith("'s") else t).replace("'", "").replace(".", ""))
                    term = cache[t] = "" if s in STOPWORDS or s in _STOP_STEMS else s
                terms[k] = term
    return list(filter(None, terms))


def content_stems(stem_list: list[str]) -> list[str]:
    """The stems of ``stem_list`` that are not function words (:func:`content_terms` of stems already made)."""
    stop = _STOP
    return [s for s in stem_list if s not in stop]


def bigram_concepts(stem_list: list[str]) -> set[tuple[str, str]]:
    """Adjacent stem pairs with at least one content word (Gillick & Favre's concepts)."""
    stop = _STOP
    return {(a, b) for a, b in zip(stem_list, stem_list[1:]) if a not in stop or b not in stop}


def word_count(text: str) -> int:
    return len(text.split())


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
#: Function words and their stems: what :func:`bigram_concepts` does not count as content.
_STOP = STOPWORDS | _STOP_STEMS
