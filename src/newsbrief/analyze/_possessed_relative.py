"""A speaker after a quote introduced by a possessive, a kin or role word, a name and a "who" clause (issue 11,
spk131; docs/analysis-labels.md "Speakers: a paper, a citation, its "It", a question's own frame, a wife's
honorific"): '``Don't panic, Dad is OK,'' Yeltsin's daughter Tatiana Dyachenko, who is his official image adviser,
told the Kommersant business newspaper' (DUC 2004 d31032t). The verb stands further from the quote than the reach
an attribution after a quote is read within; the subject before it is one noun phrase set off by the relative
clause's commas, as in '"...," Kathy Fairbanks with the No on 37 campaign, which ..., told us' (spk76's shape,
which opened on lower-case words only).
"""

from __future__ import annotations

import re

#: A possessive name ("Yeltsin's", "the president's"), one to three lower-case words (a kin or role: "daughter",
#: "chief spokesman"), a capitalised name, then a "who" clause closed by a comma, right before the verb.
POSSESSED_RELATIVE_AFTER_QUOTE_RE = re.compile(
    r"[\s,]*(?:(?:the\s+)?[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}['’]s\s+)(?:[a-z][a-z\-]*\s+){1,3}"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,3}\s*,\s*who\s[^,;:\"“”`']{1,120},\s*"
    r"(?:also\s+|later\s+)?")
