"""newsbrief: cited multi-source news briefs.

>>> import newsbrief
>>> b = newsbrief.brief(["path/to/articles/"], words=100)   # doctest: +SKIP
>>> print(b.headline); print(b.text)                         # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .config import Settings
from .errors import NewsbriefError
from .model import Article, Brief, Citation, Sentence, Story, SummarySentence
from .pipeline import brief

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Brief",
    "Citation",
    "NewsbriefError",
    "Sentence",
    "Settings",
    "Story",
    "SummarySentence",
    "brief",
    "__version__",
]
