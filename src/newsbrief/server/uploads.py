"""Uploaded files and pasted text -> :class:`~newsbrief.model.Article` s.

Uploads go through the same walker and readers as files on disk
(:func:`newsbrief.ingest.read_inputs`), chosen by the file name's suffix, so a
``.txt``, ``.html``, ``.json``, ``.jsonl`` or feed upload (optionally
``.gz``) reads exactly like that file given to ``newsbrief brief``. A bad file
among good ones becomes a warning on the brief; when nothing can be read the
request fails with the file's own error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..config import Settings
from ..errors import InvalidRequestError, NoArticlesError
from ..ingest import NamedInput, ReadReport, read_articles
from ..model import Article

#: A line of three or more dashes separates pasted articles.
PASTE_SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)


def check_count(n: int, limit: int) -> None:
    """:class:`InvalidRequestError` when ``n`` articles are over ``limit``."""
    if n > limit:
        raise InvalidRequestError(f"{n} articles, over the limit of {limit} per request; brief one story at a time")


def upload_name(filename: str | None, index: int) -> str:
    """A display name for an upload: the base name, printable, at most 120 characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()[:120]
    return name or f"upload-{index}"


def split_paste(text: str) -> list[str]:
    """Pasted text -> one string per article (separated by a ``---`` line)."""
    return [part.strip() for part in PASTE_SEPARATOR.split(text) if part.strip()]


def read_inputs(files: Iterable[tuple[str, bytes]], pasted: str, settings: Settings, report: ReadReport) -> list[Article]:
    """Articles from uploaded ``(name, bytes)`` files and pasted text (plain
    text, articles separated by a ``---`` line).

    Unreadable files are skipped into ``report``; raises the single error, or
    :class:`NoArticlesError`, when nothing at all could be read.
    """
    inputs = [NamedInput(name, data) for name, data in files]
    inputs += [NamedInput(f"pasted article {i}", part.encode("utf-8"), reader="text")
               for i, part in enumerate(split_paste(pasted), 1)]
    if not inputs:
        raise NoArticlesError("no article given: paste text or choose files")
    return read_articles(inputs, settings, report)


#: A line that reads like a headline: 3-16 words, a capital or digit first, no
#: sentence-ending punctuation. Pasted articles run together start with one.
_HEADLINE = re.compile(r"^[\"'“‘]?[A-Z0-9][^\n]*[^.!?:;,\"'”’)\]\s]$")

#: Separator check: a part must have at least this many words to count as an
#: article (subheadings of one long article split it into short parts).
PASTE_ARTICLE_WORDS = 80

#: Separator check: warn from this many headline-like lines on (three
#: articles run together). One alone is too often a subheading or a caption:
#: with 80 words and 2 lines, 1.4% of single articles warn (1,600 from six
#: sets; Multi-News' scraped pages 6%) and 57% of five articles run together
#: do (DUC 2003 has no titles: 1 of 30); with 1 line, 5.6% and 63%
#: (bench/paste_warnings.py).
PASTE_MIN_HEADLINES = 2

#: Several-stories check: articles join by average-link clustering of TF-IDF
#: vectors down to this cosine; warn when the biggest group holds less than
#: :data:`ONE_STORY_SHARE` of the articles and at least two lie outside it.
#: On 270 single clusters and 240 mixes of 2-5 clusters (six sets), 0.05 and
#: 0.7 warn on 2.6% of single stories and 83% of mixes (BASIL mixes, all US
#: politics: 7 of 40); 0.07: 10% and 97%; the store's story clusterer: 33% and
#: 100%, as it splits topic clusters (bench/paste_warnings.py).
ONE_STORY_SIMILARITY = 0.05
ONE_STORY_SHARE = 0.7


def unseparated_articles(text: str) -> list[str]:
    """The headline-like lines that start a further article in pasted text
    without a ``---`` line (empty when the text reads as one article).

    A line counts when it reads like a headline (:data:`_HEADLINE`), follows a
    complete sentence or a blank line, and both the text before it and the text
    after it (up to the next such line) are at least
    :data:`PASTE_ARTICLE_WORDS` words long.
    """
    if PASTE_SEPARATOR.search(text):
        return []
    lines = text.splitlines()
    starts = []
    for i, line in enumerate(lines[1:], 1):
        s = line.strip()
        before = lines[i - 1].strip()
        if 3 <= len(s.split()) <= 16 and _HEADLINE.match(s) and (not before or before[-1] in ".!?\"'”’)"):
            starts.append(i)
    bounds = [0, *starts, len(lines)]
    parts = [" ".join(lines[a:b]).split() for a, b in zip(bounds, bounds[1:])]
    kept = [lines[i].strip() for k, i in enumerate(starts, 1)
            if len(parts[k - 1]) >= PASTE_ARTICLE_WORDS and len(parts[k]) >= PASTE_ARTICLE_WORDS]
    return kept


def paste_warning(text: str) -> str | None:
    """A warning when pasted text looks like several articles without separators."""
    heads = unseparated_articles(text)
    if len(heads) < PASTE_MIN_HEADLINES:
        return None
    shown = "; ".join(f'"{h[:60]}"' for h in heads[:3]) + (" ..." if len(heads) > 3 else "")
    return (f"the pasted text was read as one article, but it looks like {len(heads) + 1} articles run together "
            f"(lines such as {shown} read like headlines); put a line with --- between articles")


def story_groups(articles: list[Article]) -> list[int]:
    """Sizes of the groups ``articles`` fall into, biggest first (average-link
    clustering of their TF-IDF vectors down to :data:`ONE_STORY_SIMILARITY`)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title or ''}\n{a.body}" for a in articles]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    distance = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 1.0 - ONE_STORY_SIMILARITY, "distance")
    return sorted(np.bincount(labels)[1:].tolist(), reverse=True)


def several_stories_warning(articles: list[Article]) -> str | None:
    """A warning when ``articles`` look like several stories (see :func:`story_groups`)."""
    if len(articles) < 3:
        return None
    sizes = story_groups(articles)
    biggest = sizes[0]
    if biggest >= ONE_STORY_SHARE * len(articles) or len(articles) - biggest < 2:
        return None
    return (f"these {len(articles)} articles look like {len(sizes)} different stories (the biggest has {biggest}): "
            f"the brief mixes them; brief one story at a time, or add them to a store to group them")


__all__ = ["PASTE_SEPARATOR", "check_count", "paste_warning", "read_inputs", "several_stories_warning", "split_paste",
           "story_groups", "unseparated_articles", "upload_name"]
