"""A speech verb that ends its clause after a phrase naming where the words were printed or said (issue 11, spk146):
'"...," Miller's group said in a blog post.' (blind-speakers93, mnt0293), "wrote in an email", "said on its website",
"said in a Facebook post on Monday". The verb still ends its clause: no object follows it, so its subject spoke the
quote, as with "said in a statement" or "said."."""

from __future__ import annotations

import re

#: The verb, then "in"/"on" and a determiner and up to three words (a time phrase may follow: "on Monday"), then the
#: clause's end (a comma, colon, semicolon or full stop).
_MEDIUM_TAIL_RE = re.compile(r"[A-Za-z]+\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+"
                             r"(?:[\w\-’']+\s+){0,2}[\w\-’']+"
                             r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             r"yesterday|today|earlier|later))?\s*[:,.;]")


def spk146_medium_tail(body: str, vpos: int) -> bool:
    """Whether the verb at ``vpos`` ends its clause after a medium phrase ("said in a blog post.", "wrote on its
    website:")."""
    return _MEDIUM_TAIL_RE.match(body, vpos, vpos + 80) is not None
