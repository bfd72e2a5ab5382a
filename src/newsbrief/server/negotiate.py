"""Response format: ``?format=json|html``, else the ``Accept`` header.

JSON is the default; HTML is chosen only when the client ranks ``text/html``
above JSON (browsers do: ``text/html,...,*/*;q=0.8``; curl and httpx send
``*/*`` and get JSON).
"""

from __future__ import annotations


def _ranges(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q))
    return out


def _quality(ranges: list[tuple[str, float]], media: str) -> float:
    kind = media.split("/")[0] + "/*"
    best = {media: -1.0, kind: -1.0, "*/*": -1.0}
    for r, q in ranges:
        if r in best:
            best[r] = max(best[r], q)
    for r in (media, kind, "*/*"):  # the most specific range wins
        if best[r] >= 0:
            return best[r]
    return 0.0


def wants_html(accept: str | None, fmt: str | None = None) -> bool:
    """Whether to answer with HTML rather than JSON."""
    if fmt:
        return fmt == "html"
    if not accept:
        return False
    ranges = _ranges(accept)
    html = _quality(ranges, "text/html") if any(r == "text/html" for r, _ in ranges) else 0.0
    return html > _quality(ranges, "application/json")


__all__ = ["wants_html"]
