"""Escaping for Markdown and the one rule for links: only http(s) URLs are ever linked."""

from __future__ import annotations

import re

#: Characters that make Markdown (CommonMark) markup inside a line: code,
#: emphasis, links and images, raw HTML, table cells, escapes.
_MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|])")
#: Characters that would end or break a Markdown link destination.
_URL_BREAKING = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\\": "%5C"}


def md_escape(text: str) -> str:
    """``text`` as literal Markdown: on one line, with every markup character
    backslash-escaped, so a title such as ``[x](javascript:...)`` or
    ``<img onerror=...>`` shows as written and never becomes a link or HTML."""
    return _MD_SPECIAL_RE.sub(r"\\\1", " ".join(text.split()))


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL (the only kind newsbrief ever links), else ``None``."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    return url


def md_link(text: str, url: str | None) -> str:
    """``text`` escaped, linked to ``url`` when that is safe (:func:`safe_url`)."""
    url = safe_url(url)
    if url is None:
        return md_escape(text)
    return f"[{md_escape(text)}]({''.join(_URL_BREAKING.get(ch, ch) for ch in url)})"
