"""Headline: one short title that names a story everywhere it is shown.

The headline is a function of the story's articles alone (never of the
summary or its budget), so the story list, the story page, the digest, the
JSON and the API all show the same title for the same articles:

1. Among the articles' own titles (and, for articles read without one, a
   first line that looks like a heading), the one most *central* to the story:
   the title whose content words the most articles share (in their titles or
   opening text), per word. Titles that are date lines, cut-off sentences,
   longer than ``max_words``, or a sentence of an article word for word are
   not headlines.
2. Else the most central opening sentence, *compressed*: dateline, leading
   connective, attribution tail, parentheticals, appositives, time phrases and
   trailing clauses dropped, passive auxiliaries dropped ("was arrested" ->
   "arrested"), cut at a phrase boundary to at most ``max_words`` words. A
   compression must drop at least one word, so the headline never repeats a
   sentence of the brief word for word. An opening whose subject points back
   ("The pair were reconvicted ...", "He said ...") names nobody: it is taken
   only when no other opening can be.

Every article counts, near-duplicates included (they carry titles too), and
ties go to the earliest article (by date, then title), so the same set of
articles gives the same headline in any order and whichever copies were
marked as duplicates.
"""

from __future__ import annotations

import html
import re
import threading
from bisect import bisect_right
from itertools import chain
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence

from . import _patterns
from ._patterns import DATE_LINE_RE, is_date_line  # (defined there: the model names an article by a title that is no date line)
from .dates import MONTH_PATTERN
from .clean import tex_quotes
from .config import Settings
from .features import _TOKEN_RE, content_terms, tokens
from .model import Article
from .rewrite import strip_dateline
from .stream.dedup import _is_boilerplate  # bool(_patterns.boilerplate_reason(line)) of a stripped line, faster

#: Longest headline, in words (``selection.headline_words``).
MAX_WORDS = 15
#: Opening characters of each article counted for title centrality.
LEAD_CHARS = 600
#: Opening sentences per article considered when no title qualifies...
LEAD_SENTENCES = 2
#: ...in this many articles (the earliest).
LEAD_ARTICLES = 10
#: Shortest acceptable headline, in words.
MIN_WORDS = 4

_MONTH = MONTH_PATTERN + r"\.?"
#: Words a complete title or sentence does not end on.
_DANGLING = frozenset(
    "a an the of to in on at by for from with and or but as that which who whose than into onto over under "
    "about after before during between against its their his her our your my this these those is are was were "
    "be been has have had will would can could connection addition response order saying adding including "
    "according while when whether because where if since until despite amid via than like "
    "such not nor whom upon toward towards per being do does did should shall must very might so although though "
    "unless no across among amongst beyond throughout unlike besides".split()
)
#: "may" ends a title only as the month, after a preposition or before a number ("delayed until May", "May 5");
#: a modal left at the end ("The heavy smoke and haze you may", "Your Photos May") is cut off.
_MONTH_MAY_RE = re.compile(r"(?:\b(?:in|on|of|since|until|till|by|from|to|through|early|late|mid|next|last|this|"
                           r"during|before|after|between|and)\s+|\d\s+)May\W*$", re.I)
_ELLIPSIS_RE = re.compile(r"(?:…|\.\.\.|\.\s\.\s\.)\W*$")
#: A title's trailing site name: "... - BBC News", "... | Reuters".
_SITE_SUFFIX_RE = re.compile(r"\s+[|\-–—]\s+[A-Z][\w.&' ]{1,40}$")




def is_cut_off(text: str) -> bool:
    """Does ``text`` stop mid-sentence (an ellipsis, a dangling function word,
    a trailing comma or colon, an unclosed quote or bracket)?"""
    t = text.strip()
    if not t:
        return True
    if _ELLIPSIS_RE.search(t) or t[-1] in ",;:-–—(/&+|":  # "/": a short form's slash, "City can cover w/"
        return True
    words = tokens(t)
    if words and (words[-1] in _DANGLING and not _PARTICLE_END_RE.search(t) or words[-1] == "may" and _modal_may(t)):
        return True
    if _SHORT_FORM_END_RE.search(t):  # "... repairs to infrastructure b/c", "Check to know if someone's"
        return True
    last = t.split()[-1].strip(".,;:!?\"'“”‘’()[]") if t.split() else ""
    if last in _FOREIGN_DANGLING:  # a post in another language: "Sismo en Mexico y", "... sveglierò e"
        return True
    if t.count("(") != t.count(")") or t.count("“") != t.count("”") or t.count('"') % 2:
        return True
    return bool(_CUT_CLAUSE_RE.search(t))


#: A clause cut after its subject: "that" and a determiner's noun end the text, or a report's "that" and one word
#: ("Ipswich police notified the Coast Guard that a father", "The governor said that people"; "Twitter stores that
#: location" is whole).
_CUT_CLAUSE_RE = re.compile(r"\bthat\s+(?:a|an|the|his|her|their|its|this|these|those|one|two|three|some)\s+[\w'’-]+\W*$"
                            r"|\b(?:said|says|told|tells|announced|reported|stated|predicted|warned|added|argued|insisted|"
                            r"noted|claimed|believes?|believed|thinks?|thought)(?:\s+[\w'’-]+){0,3}\s+that\s+[\w'’-]+\W*$", re.I)


#: A verb's particle ending a sentence, no preposition left without its object: "nothing going on", "the storm is
#: moving in", "Fighting drags on".
_PARTICLE_END_RE = re.compile(r"\b(?:\w+ing|go|goes|went|gone|come|comes|came|carry|carries|carried|move|moves|moved|"
                              r"hold|holds|held|drag|drags|dragged|log|logged|sign|signed|check|checked|turn|turned|"
                              r"keep|keeps|kept|set|sets)\s+(?:on|in|over)\W*$", re.I)


def _modal_may(text: str) -> bool:
    """Is the "may" ending ``text`` the modal ("haze you may", "Your Photos May"), not the month ("delayed until
    May", "Elections set for May")? Capitalized in a text in sentence case, or after a preposition, it is the
    month."""
    if _MONTH_MAY_RE.search(text):
        return False
    if not re.search(r"May\W*$", text):
        return True
    long = [w for w in re.findall(r"[^\W\d_][\w'’]*", text)[1:-1] if len(w) >= 3]
    return sum(w[0].isupper() for w in long) > 0.6 * len(long)  # title case: capitalized like every word


#: Function words of the languages posts mix in (Spanish, Italian, Portuguese, French, Tagalog, German), in lower
#: case only, which no English title ends on ("LA", "Vitamin E", "Generation Y" are capitalized; "die" and "con"
#: are English words too): cut off.
_FOREIGN_DANGLING = frozenset("y e o de del la el los las por para que en di il per che ng sa na ang mga und der "
                              "das et le les des du au ou da uma pero ni kung nang gli della nel dei".split())
#: A post's short form of a function word ("b/c", "w/o", "bc", "coz"), a common noun's possessive ("someone's") or
#: a pronoun's contraction ("why do you care, you're") ending the text: cut off.
_SHORT_FORM_END_RE = re.compile(r"(?:^|\s)(?:b/c|w/o|w/|u/|bc|coz|cuz|bcoz|(?-i:[a-z]+['’]s)"
                                r"|(?:i|you|we|they|he|she|it|that|there)['’](?:re|ll|ve|d|m|s))\W*$", re.I)


def normalized(text: str) -> tuple[str, ...]:
    """Lower-case word tokens: how copies are compared."""
    return tuple(tokens(text))


# -- compression ----------------------------------------------------------------------

_WEEKDAY = r"(?-i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
_TIME_PHRASE_RE = re.compile(
    # not the object of a preposition left behind: "postponement ... to next year was confirmed"
    r"(?<!\bto )(?<!\buntil )(?<!\btill )(?<!\bfrom )(?<!\bthrough )(?<!\binto )(?<!\bfor )(?<!\bthan )(?:"
    r"(?:,\s*)?\b(?:(?:on|last|this|early|late|by|since)\s+)?" + _WEEKDAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:,\s*)?\b(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)\b"
    r"|(?:,\s*)?\b(?:last|this|next)\s+(?:week|weekend|month|year)\b"
    r"|(?:,\s*)?\b(?-i:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow)\b"  # not "USA TODAY", a name
    r"|(?:,\s*)?\bon\s+" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?\b)",
    re.I,
)
#: ``_TIME_PHRASE_RE`` split in two: its leading look-behinds (the prepositions a time phrase may not follow) and
#: the phrases themselves; see :func:`_drop_time_phrases`.
_TIME_PHRASE_BEFORE = (r"(?<!\bto )(?<!\buntil )(?<!\btill )(?<!\bfrom )(?<!\bthrough )(?<!\binto )(?<!\bfor )"
                       r"(?<!\bthan )")
_TIME_PHRASE_AFTER_RE = re.compile(_TIME_PHRASE_RE.pattern.removeprefix(_TIME_PHRASE_BEFORE), _TIME_PHRASE_RE.flags)
_TIME_PHRASE_BEFORE_RE = re.compile(_TIME_PHRASE_BEFORE, _TIME_PHRASE_RE.flags)
#: What every match of ``_TIME_PHRASE_RE`` holds, alternative by alternative: a weekday's first three letters in
#: the case the pattern asks (``_WEEKDAY``), "week", "month" or "year" in any case, the tails of "today",
#: "yesterday", "tonight", "tomorrow" (in lower case, as there), or "on" and a month. Most sentences hold none.
_TIME_CUE_RE = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|oday|esterday|onight|omorrow|(?i:week|month|year|on\s+"
                          + _MONTH + ")")


def _drop_time_phrases(text: str) -> str:
    """``_TIME_PHRASE_RE.sub("", text)``, ~2.5x faster (it was half of :func:`compress`'s time): a text without
    a cue (``_TIME_CUE_RE``) has no match, and the look-behinds are tried only where the phrases match (the
    pattern tried them at every character first). A start the look-behinds refuse is refused whichever
    alternative matches there, so the search goes on from the next character, as the whole pattern's does; the
    same matches, so the same text."""
    if _TIME_CUE_RE.search(text) is None:
        return text
    search, allowed = _TIME_PHRASE_AFTER_RE.search, _TIME_PHRASE_BEFORE_RE.match
    out: list[str] = []
    pos = last = 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        if allowed(text, start) is None:
            pos = start + 1
            continue
        out.append(text[last:start])
        last = pos = m.end()  # (never an empty match: every alternative holds a word)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_PAREN_RE = re.compile(r"\s*\([^()]{0,80}\)")
#: ", who ... ," / ", the ... ," / ", 45," inside a sentence: appositives and relative clauses.
_APPOSITIVE_RE = re.compile(r",\s+(?:who|which|whose|where|a|an|the|aged|\d+)\b[^,;:\"“”]{0,90},")
#: Where a trailing clause starts: the headline keeps what comes before.
_CLAUSE_CUT_RE = re.compile(
    r"(?:\s*;\s|(?<!\d)\s*:\s|(?<=\d):\s(?!\d\d\b)|\s+--\s|\s+[–—]\s|,[\"”’']?\s+(?:after|as|while|when|because|but|and|which|who|where|despite|amid|"
    r"following|saying|according|in which|with|although|though|until|before|since|so|prompting|leaving|"
    r"bringing|raising|making|adding|including|officials|police|the)\b"
    r"|,\s+(?:a|an)\s+(?:move|step|decision|sign|blow|setback|development|reversal)\b)"
)
#: A passive auxiliary of the main clause (no relative pronoun before it), dropped as headlines do:
#: "Six people were killed in ..." -> "Six people killed in ...".
_PASSIVE_RE = re.compile(r"^((?:(?!\b(?:who|which|that|whose|because|when|if|although|though|while|since|until|"
                         r"unless|whether|where)\b)[^,;])*?)\b(?:is|are|was|were|has been|have been|had been)\s+"
                         r"(?=(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:in|on|at|by|for|with|after|to|as|over|from|during)\b)")
#: A modal before the auxiliary keeps it: "may have been stolen" must not become "may stolen".
_MODAL_END_RE = re.compile(r"\b(?:may|might|must|could|would|should|will|can|shall)(?:\s+not)?\s*$", re.I)


def _drop_passive(text: str) -> str:
    m = _PASSIVE_RE.match(text)
    if not m or _MODAL_END_RE.search(m.group(1)):
        return text
    return m.group(1) + text[m.end():]
#: An introductory phrase before the subject: "In a pointed warning to ..., " / "Bolstered by ..., ".
_INTRO_RE = re.compile(r"^(?:(?:In|After|Before|Despite|Amid|With|As|Following|According to|Under|Like|When|While|Once|"
                       r"Since|Although|Though|Because|Until|Unless|By|On|At|For|During|Over|Through)\b|[A-Z][a-z]+ed\b"
                       r"|[A-Z][a-z]{3,}ing\s(?=[^,;]{3}))"  # "Accusing the UN of ..., Doctors Without Borders ..."
                       r"[^,;\"“”]{0,80},\s+(?=[A-Z0-9]|(?:the|a|an)\s)")
#: What a headline never opens on: an introductory or subordinate phrase with its main clause cut away
#: ("With his speech last night to Congress", "Whether a person's injury will lead to chronic pain may depend").
_OPENS_SUBORDINATE_RE = re.compile(r"^(?:In|After|Before|Despite|Amid|With|As|Following|According|Under|Like|Whether|If|From|"
                                   r"When|While|Although|Though|Because|Since|Until|Once|Unless|By|During|Through|"
                                   r"(?:Even|Just)\s+(?:as|if|though|when|while|after|before))\b")
#: A wire dateline with a single hyphen: "JERSEY CITY, N.J. - ".
#: Also with a state or an agency: "MADISON COUNTY, Ala. - ", "LONDON (Reuters) - ".
_HYPHEN_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’()]{2,40}(?:,\s*[A-Z][a-z]{1,5}\.?)?(?:\s*\([A-Za-z .-]{2,30}\))?"
                                 r"\s+[-–—_]+\s+(?=[A-Z])")
#: A sentence that leans on another for its subject, is a quotation or a transcript's turn: no headline.
_NOT_A_HEADLINE_RE = re.compile(r"^(?:[\"“'‘`]|(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|We|I|You|Our|"
                                r"There|Here|Such|Both|Another|Others)\b"
                                r"|[A-Z][A-Z.'’ -]{2,40}:\s)")  # a transcript's speaker: "ANNA SMITH: Thanks for ..."
#: A post's retweet and reply markers before its text: "RT @user: ", "@user: ", "MT @user ".
#: (A bare "@TimHortons donated ..." keeps its handle: there it is the subject.)
_SOCIAL_PREFIX_RE = re.compile(r"^(?:\W{0,3}(?:(?:RT|MT|via)\s*@\w{1,30}:?|@\w{1,30}:)\s*)+"
                               # a retweeter's word or two before what it quotes: "Awesome RT @MissSon: ...",
                               # "Wow >> @GlobalCalgary: ..."
                               r"|^(?:[^\W\d_][\w'’!]*\s*){1,2}(?:(?:RT|MT|>>)\s*[“\"]?|[“\"])\s*@\w{1,30}:\s*")
#: Words in capitals that are not acronyms: three letters or more, not a Roman numeral.
_SHOUT_WORD_RE = re.compile(r"^[^\W\d_a-z]{4,}$|^(?:THE|AND|FOR|ARE|WAS|YOU|NOT|BUT|HAS|ALL|OUR)$")


def shouts(text: str) -> bool:
    """Are two or more words of ``text`` in capitals beyond acronyms ("FLOOD ALERT", "THIS JUST IN")? A
    headline that shouts is chosen only when nothing else is there."""
    return sum(bool(_SHOUT_WORD_RE.match(w)) for w in re.findall(r"[^\W\d_][\w'’]*", text)) >= 2


#: A word of a title (not of a hashtag or a handle, which are names as written).
_CASED_WORD_RE = re.compile(r"(?<![#@\w])[^\W\d_][\w'’]*")
#: Articles read for the case their words are written in (a story of hundreds of posts needs no more).
CASING_ARTICLES = 200


def _written_case(articles: Sequence[Article]) -> dict[str, str]:
    """How the story's articles write each word inside a sentence: its most frequent form, lower-cased word ->
    form ("trapped", "Cebu", "NAIA"), read in their opening text. Not counted: a sentence's first word, a word
    next to another in capitals (a run in capitals shouts, it does not tell the case), and texts in title case
    or in capitals (most words capitalized)."""
    forms: dict[str, Counter] = {}
    for a in articles[:CASING_ARTICLES]:
        text = f"{a.title or ''}\n{a.raw_text[:LEAD_CHARS]}"
        words = list(_CASED_WORD_RE.finditer(text))
        if len(words) < MIN_WORDS or sum(w.group()[0].isupper() for w in words) > 0.5 * len(words):
            continue
        caps = [len(w.group()) >= 2 and w.group().isupper() for w in words]
        for i, m in enumerate(words):
            before = text[: m.start()].rstrip(" \t\"“‘'")
            if (not before or before[-1] in ".!?:\n…|-–—" or caps[i] and (i and caps[i - 1] or i + 1 < len(words)
                                                                         and caps[i + 1]
                                                                         or len(m.group()) > 4
                                                                         or m.group().lower() in _SHOUTED_SHORT)):
                continue  # (a long word or a short common one in capitals alone is emphasis: "has been CANCELLED")
            forms.setdefault(m.group().lower(), Counter())[m.group()] += 1
    return {k: c.most_common(1)[0][0] for k, c in forms.items()}


def quiet_shouting(text: str, articles: Sequence[Article] = ()) -> str:
    """``text`` with its words in capitals (:func:`shouts`) in the case ``articles`` write them: "PREGNANT MOM AND
    SMALL KIDS TRAPPED" -> "Pregnant mom and small kids trapped", "Train engineer 'FELL ASLEEP' moments before ..."
    -> "... 'fell asleep' ...", while "NAIA", "NSW" stay. A word the articles never write inside a sentence is an
    acronym when short (three letters, not a function word) or without a vowel, and kept in a mixed-case text
    (emphasis and acronyms look alike); in a text mostly in capitals it is title-cased (a name, as likely as not):
    "HARRY BLAMES COLORADO FLOODS" -> "Harry Blames Colorado Floods". Hashtags and handles stay as written."""
    words = list(_CASED_WORD_RE.finditer(text))
    loud = [m for m in words if len(m.group()) >= 2 and m.group().isupper()]
    if not loud:
        return text
    casing = _written_case(articles)
    mostly = len(loud) >= 0.5 * len(words)
    known = sum(m.group().lower() in casing for m in loud)
    title_case = mostly and known < 0.5 * len(loud)  # too few words to go by: a headline's title case
    out, last = [], 0
    for m in loud:
        w, low = m.group(), m.group().lower()
        form = casing.get(low)
        if title_case and form is not None and form == low:
            form = None  # title case throughout, not a mix of it and the articles' sentence case
        if form is None:
            if len(w) <= 3 and low not in _SHOUTED_SHORT or not re.search(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]", low):
                continue  # an acronym: "NSW", "PTWC"
            run = any(o is not m and (o.end() < m.start() and not text[o.end() : m.start()].strip(" &-")
                                      or m.end() < o.start() and not text[m.end() : o.start()].strip(" &-"))
                      for o in loud)
            if not mostly and low in _SHOUTED_SHORT:
                form = low  # "are NOT passable"
            elif not mostly and len(w) < 5 and not run:
                continue  # one short word in capitals in a mixed-case text: an acronym as likely ("NAIA", "FEMA")
            elif mostly and not title_case:  # sentence case: the articles write most of its words, not this one
                form = low
            else:  # a headline's title case, or a name in a mixed-case text: "Quezon City", "has been Cancelled"
                at_start = not text[: m.start()].strip(" \"“‘'#@*[(")
                form = low if (low in _SMALL_WORDS and title_case and not at_start) else w[:1] + w[1:].lower()
        out.append(text[last : m.start()] + form)
        last = m.end()
    out.append(text[last:])
    made = "".join(out)
    return _capitalized(made) if made[:1].islower() else made


#: Short words in capitals that are shouting, not acronyms ("IF YOU CAN HELP", "TEARS IN MY EYES").
_SHOUTED_SHORT = frozenset("a an the of to in on at by for from with and or but as is are was were it its this that "
                           "my your our we you he she they his her him who why how now new not no if can be so do up "
                           "all any has had may out off get got one two".split())


#: A photo caption's placement words ("Brenda Snipes, left, and judge ..."): a caption, not a lead.
_CAPTION_RE = re.compile(r",\s*(?:left|right|center|centre|second from (?:left|right)|top|bottom)\s*[,;]"
                         r"|\((?:left|right|center|centre)\)", re.I)
_LEADING_DETERMINER_RE = re.compile(r"^(?:The|A|An)\s+(?=\S)")
_LEADING_CONNECTIVE_RE = re.compile(
    r"^(?:But|However|Also|And|Yet|Still|Moreover|Meanwhile|Furthermore|In addition|Nevertheless|Nonetheless|"
    r"Indeed|Instead|Thus|So|Now|Separately|Besides)\b,?\s+(?=\S)")
#: Words a phrase-boundary cut may stop before.
_BOUNDARY_WORDS = frozenset(
    "in at for on after with by from as and over amid during since before while near into against "
    "under through despite following because".split()
)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    text = re.sub(r"\b(\d{1,2}): (\d\d)\b", r"\1:\2", text)  # a tokenized time: "at 8: 00 am"
    text = re.sub(r",(?=\s*[,.])", "", text)
    return text.strip(" ,;:-–—")


#: A verb left bare after a modal or "to" at the end of a cut ("would sign", "will close"; not a plural noun after
#: the preposition "to": "a letter to employees") ...
_BARE_VERB_END_RE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|shall|should)\s+(?:not\s+)?"
                               r"(?![a-z]*[^s]s\b)[a-z]+$")
#: ... when what follows the cut is the rest of its verb: an object after a particle or short phrase ("sign | into
#: law a bill", "put | on hold the plan"; not a gerund's: "result | from mailing a refill") or a particle and its
#: preposition ("close | in on", "come | up with").
_VERB_TAIL_RE = re.compile(r"^(?:[\w'’-]+\s+(?![\w'’-]*ing\s)[\w'’-]+\s+(?:a|an|the|his|her|its|their|this|these|those)\s"
                           r"|(?:in|on|up|out|off|down|back|away|over)\s+(?:on|with|to|for|at|of|from)\b)", re.I)


#: Auxiliaries of a progressive verb (as :func:`tokens` gives them): a cut right after "is warning" loses its object.
_PROGRESSIVE_AUX = (["is"], ["are"], ["was"], ["were"], ["be"], ["been"])


def _cut_at_boundary(words: list[str], max_words: int) -> list[str] | None:
    """The longest prefix of at most ``max_words`` words that stops before a
    phrase boundary, not on a dangling word and not between a verb after a
    modal or "to" and the rest of it; None if none is long enough."""
    for n in range(min(max_words, len(words) - 1), MIN_WORDS - 1, -1):
        nxt = tokens(words[n])
        last = tokens(words[n - 1])
        if (nxt and nxt[0] in _BOUNDARY_WORDS and last and last[-1] not in _DANGLING
                and not (n >= 2 and last[-1].endswith("ing") and tokens(words[n - 2])[-1:] and
                         tokens(words[n - 2])[-1] in _BOUNDARY_WORDS)  # not "... once again in calling"
                and not (n >= 2 and last[-1].endswith("ing") and tokens(words[n - 2])[-1:] in _PROGRESSIVE_AUX)
                # (not "Crayola is warning" cut from "... is warning against following ...": its object is lost)
                and not (_BARE_VERB_END_RE.search(" ".join(words[max(0, n - 3):n]))
                         and _VERB_TAIL_RE.match(" ".join(words[n:n + 4]) + " "))):
            return words[:n]
    return None


def _headline_source(sentence: str) -> str:
    """``sentence`` as a headline is made from it: without links, a post's retweet marker and media label, a wire
    dateline, a leading connective, print capitals and CNN's "Story highlights" label."""
    base = _patterns.MEDIA_LABEL_RE.sub("", _SOCIAL_PREFIX_RE.sub("", _without_urls(sentence)))  # "VIDEO: ..."
    base = _LEADING_CONNECTIVE_RE.sub("", strip_dateline(base))
    base = _quiet_caps_run(_HYPHEN_DATELINE_RE.sub("", base.replace("``", '"').replace("''", '"')))
    return _HIGHLIGHTS_RE.sub("", base)


def compress(sentence: str, max_words: int = MAX_WORDS) -> tuple[str, bool] | None:
    """A headline made from ``sentence`` by dropping words only, and whether
    it had to be cut at a phrase boundary to fit; None when no complete one
    of ``MIN_WORDS``..``max_words`` words can be made, the sentence leans on
    another (a leading pronoun, a quotation), or nothing could be dropped
    (it would repeat the sentence)."""
    made = _compressed(sentence, max_words)
    return None if made is None else made[:2]


def _compressed(sentence: str, max_words: int, refused: list[str] | None = None) -> tuple[str, bool, bool] | None:
    """:func:`compress`'s headline and its flag, and whether a clause of the sentence was cut away after a comma,
    colon, dash or semicolon (:data:`_CLAUSE_CUT_RE`): what was left may be a subject without its verb ("Dan and
    Fran Keller" of "Dan and Fran Keller, who spent more than 21 years in prison ..., will receive ...").
    ``refused``, when given, is told ``"repeats"`` when the only fault of the headline made is that it repeats the
    sentence (:data:`REPEAT_SHARE`): a shorter one, its main clause, may still be made of it."""
    base = _headline_source(sentence)
    if (_NOT_A_HEADLINE_RE.match(base) or _CAPTION_RE.search(base)
            or _URL_RE.search(sentence) and len(base.split()) < MIN_WORDS):
        return None
    text = _INTRO_RE.sub("", base)
    m = _patterns.ATTRIBUTION_TAIL_RE.search(text)
    if m and '"' not in text and "“" not in text:
        text = text[: m.start()]
    text = _PAREN_RE.sub("", text)
    text = _APPOSITIVE_RE.sub("", text)
    text = _drop_time_phrases(text)
    cut = _CLAUSE_CUT_RE.search(text)
    clause_cut = bool(cut and len(text[: cut.start()].split()) >= MIN_WORDS)
    if clause_cut:
        closing = cut.group()[1:2] if cut.group()[1:2] in "\"”’'" else ""  # '... as “pathetic,” saying' keeps the ”
        text = text[: cut.start()] + closing
    text = _drop_passive(text)
    text = _LEADING_DETERMINER_RE.sub("", _tidy(text))
    text = _tidy(text).rstrip(".!")
    if not text:
        return None
    text = text[0].upper() + text[1:]
    words = text.split()
    was_cut = len(words) > max_words
    if was_cut:
        kept = _cut_at_boundary(words, max_words)
        if kept is None:
            return None
        text = _tidy(" ".join(kept))
    if (len(text.split()) < MIN_WORDS or is_cut_off(text) or _OPENS_SUBORDINATE_RE.match(text)
            or _leaves_out_its_point(text, base)
            or _patterns.is_date_line(text)):  # ("Posted: Nov 27, 2005 8: 20 AM ET Last Updated: ...")
        return None
    if _repeats(normalized(text), normalized(base)):
        if refused is not None:
            refused.append("repeats")
        return None
    return text, was_cut, clause_cut


#: CNN's label over its bullet list, glued to the first bullet: "Story highlights DeAngelo Lamar Davis, 31, ...".
_HIGHLIGHTS_RE = re.compile(r"^Story highlights\s+", re.I)
#: What a headline does not open on: a possessive or punctuation whose name was lost ("'s headline in ..."),
#: an -ing phrase whose subject was cut ("Accusing the United Nations of allowing ...") or that opens on its own
#: clause before the subject ("Having lost two decisions in the lower courts, Clinton administration officials"),
#: a leading past participle's
#: phrase left without the clause it leads into ("Excavated in 1998 by an expedition from the University of Kansas";
#: a name such as "Ahmed" or "Reed" ends otherwise).
_HEADLESS_RE = re.compile(r"^(?:['’]s\b|[^\w\"“]|[A-Z][a-z]{3,}ing\s+(?:the|a|an|his|her|its|their)\b"
                          r"|[A-Z][a-z]{2,}ing\s[^,]{0,80},\s+[A-Z]"  # "Having lost two decisions ..., Clinton officials"
                          r"|[A-Z][a-z]{2,}(?<![me])ed\s+(?:in|by|on|at|from|with|as|after|for|during|under)\b)")
#: A reporting verb whose report a cut may leave behind ("The New York Times said in an editorial on Tuesday").
_REPORTING_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|stated|announced|reported|confirmed|added)\b")
#: A noun phrase whose relative clause runs to the headline's end: its main verb was cut away ("Canadian man
#: who was believed to have been in a vegetative state", "Two-thirds of death penalty cases that were appealed
#: from 1973").
_RELATIVE_SUBJECT_RE = re.compile(r"^(?:[\w'’.,-]+\s+){1,5}(?:who|which|whose|that\s+(?:was|were|is|are|had|has|have)\b)"
                                  r"(?![^,]*,)")


def _leaves_out_its_point(headline: str, sentence: str) -> bool:
    """Does ``headline``, compressed from ``sentence``, keep words a reader would question because what they
    lead to was cut: a report's verb without the report (the sentence goes on to "that ..."), a subject whose
    verb was cut (only its relative clause is left), an opening with no subject?"""
    if _HEADLESS_RE.match(headline):
        return True
    m = None
    for m in _REPORTING_RE.finditer(headline):
        pass
    if m is not None and not re.search(r"\bthat\b|[\"“:]", headline[m.end():]):
        at = re.search(r"\b" + m.group() + r"\b", sentence)
        if at and re.search(r"\bthat\b", sentence[at.end():]):
            return True  # "X said in an editorial on Tuesday" of "X said in an editorial on Tuesday that ..."
    return bool(_RELATIVE_SUBJECT_RE.match(headline)) and len(headline.split()) < len(sentence.split()) - 2


#: A headline that is one run of its sentence's words covering this share of it repeats the sentence
#: (below the readability counter's 0.6, so a sentence shown a little shorter in the brief is no copy either).
REPEAT_SHARE = 0.5


def _repeats(headline: tuple[str, ...], sentence: tuple[str, ...]) -> bool:
    n = len(headline)
    if n >= REPEAT_SHARE * len(sentence):
        if n and headline[0] not in sentence:  # no run can start: most sentences, found without slicing
            return False
        return any(sentence[i : i + n] == headline for i in range(len(sentence) - n + 1))
    return False


#: A headline that is one run of a summary sentence's words covering this share of it copies the sentence
#: (what a reader sees as the headline said twice; the readability counter's rule).
COPY_SHARE = 0.6


def copies(headline: str, sentences: Iterable[str]) -> bool:
    """Is ``headline`` one of ``sentences``, or a run of one's words covering :data:`COPY_SHARE` of it?"""
    h = normalized(headline)
    if not h:
        return False
    for s in sentences:
        t = normalized(s)
        n = len(h)
        if h == t or (n >= COPY_SHARE * len(t) and any(t[i : i + n] == h for i in range(len(t) - n + 1))):
            return True
    return False


#: A question to the reader as a headline ("Have you already spent hours ...", "Is coffee good for you?").
_QUESTION_OPENING_RE = re.compile(r"^(?:Have|Has|Do|Does|Did|Is|Are|Was|Were|Can|Could|Will|Would|Should|What|Why|How|"
                                  r"Who|Where|When)\s+(?:you|we|I|your|it|there|this|the|a|an)\b")


#: The writer's or reader's pronoun anywhere in a headline, capitalized in title case too ("Today Marks a Milestone
#: in Our History", "Sign in using you account"): :func:`~newsbrief._patterns.writer_voice` reads a sentence's
#: case and main clause only.
_TITLE_VOICE_RE = re.compile(r"\b(?:[Ww]e|[Ww]e['’]ve|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our)\b")
#: A headline's opening quotation in single marks, apostrophes inside ("'I don't know how I can make it right'
#: Snowmachiner talks"), which :data:`~newsbrief._patterns.QUOTED_RE` ends at the first apostrophe.
_LEADING_SINGLE_QUOTE_RE = re.compile(r"^['‘].*?['’](?=\s[A-Z])")
#: An opening sentence whose subject points back to what an earlier sentence or the page said ("The pair were
#: reconvicted of the crime last month", "He was arrested ..."): as a headline it names nobody. Weighed as one that
#: reads as no headline. ("It" and "This" open sentences that point nowhere: "It is unclear ...", "This year ...".)
_ANAPHORIC_OPENING_RE = re.compile(r"^(?:He|She|They|His|Her|Their|These|Those|Both|Neither|The (?:pair|couple|duo|"
                                   r"trio|two|three|four|latter|former|same)|The (?:two|three|four) (?:men|women|"
                                   r"brothers|sisters|friends|teens|boys|girls))\b(?!-)")
#: How much an opening sentence that reads as no headline (:func:`reads_as_no_headline`) counts as one, against
#: those that do: it names the story only when no other opening can.
NO_HEADLINE_WEIGHT = 0.1
#: An opening that introduces a text it gives whole after a colon: a reporting clause with no quotation mark
#: before the colon ("The New York Times said in an editorial on Saturday, Oct. 10: Just days before ...", "Police
#: said Tuesday: The bomb ..."), or that clause alone as its own sentence (the text in the next paragraph). A headline
#: made from that clause alone ("New York Times said in an editorial, Oct. 10", "Prime Minister John Howard said")
#: names who speaks, not what happened (DUC 2004 d30037t, d30046t; rd55): the text after the colon is compressed
#: instead (:func:`_introduced`), as when it opens a paragraph of its own; a headline of the clause alone
#: (:func:`_introduction_only`) is not offered, and the fallback tries that clause last (:func:`_introduces_only`).
_INTRODUCES_TEXT_RE = re.compile(r"^(?P<intro>[^:;,\"“”`'‘’]{0,80}?\b(?:said|says|wrote|writes|stated|states|declared|"
                                 r"declares|added|adds|editorialized|commented|told\s+[^:\"“”`,]{1,40}?)"
                                 # a speaker with no clause before it ("At least 90 people die in a fire, local
                                 # media says: ..." is a post's headline before its teaser), then only when and
                                 # where it was said ("in an editorial for Sunday, Dec. 20", "Tuesday"), not a
                                 # clause of its own ("said the toll rose to 45: 30 in ...")
                                 r"(?:,?\s+(?:in|on|for|at|during|after|before|from|late|early|last|this|yesterday|"
                                 r"today|tonight|" + _WEEKDAY + r")\b[^:\"“”`]{0,70}?)?\s*):(?:\s+\S|\s*$)")


def _introduced(sentence: str) -> str:
    """The text ``sentence`` introduces after a reporting clause and a colon (:data:`_INTRODUCES_TEXT_RE`), when
    it goes on after the colon with a capital ("... said in an editorial on Saturday, Oct. 10: Just days before
    ..." -> "Just days before ..."); else ``sentence``."""
    m = _INTRODUCES_TEXT_RE.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end("intro") + 1 :].strip()
    return rest if rest[:1].isupper() and len(rest.split()) >= MIN_WORDS else sentence


def _introduces_only(sentence: str) -> bool:
    """Is ``sentence`` a reporting clause closed by a colon and nothing after it (:data:`_INTRODUCES_TEXT_RE`: "The
    New York Times said in an editorial for Thursday, Aug. 12:", its text in the next paragraph)?"""
    m = _INTRODUCES_TEXT_RE.match(sentence.strip())
    return m is not None and not sentence.strip()[m.end("intro") + 1 :].strip()


def _introduction_only(headline: str, sentence: str) -> bool:
    """Is ``headline`` made from nothing but the reporting clause that introduces ``sentence``'s text after a colon
    (:data:`_INTRODUCES_TEXT_RE`)?"""
    m = _INTRODUCES_TEXT_RE.match(strip_dateline(sentence).lstrip())
    if m is None:
        return False
    intro = set(_TOKEN_RE.findall(m.group("intro").lower()))
    return all(w in intro for w in _TOKEN_RE.findall(headline.lower()))


#: "Hollande delivered this speech in the midst of attacks ...": a text the page printed (the speech, the letter,
#: the statement below), which a brief's reader does not see
_PAGE_TEXT_RE = re.compile(r"\b(?:this|these)\s+(?:speech|speeches|transcript|statement|interview|letter|article|story|"
                           r"essay|post|piece|excerpt|remarks)\b", re.IGNORECASE)


def reads_as_no_headline(headline: str) -> str | None:
    """Why ``headline`` does not read as a news headline, or None: a question to the reader, an opening on a
    connective ("And while we've extolled ..."), the writer's "I" / "we" / "you" outside a quotation, a pointer
    at the page's text or media ("delivered this speech", "this video")."""
    h = headline.strip()
    if not h:
        return "empty"
    if h.endswith("?") or _QUESTION_OPENING_RE.match(h):
        return "question"
    if _LEADING_CONNECTIVE_RE.match(h) or re.match(r"^(?:And|But|Or|So|Yet)\b", h):
        return "connective"
    h = _LEADING_SINGLE_QUOTE_RE.sub(" ", h)
    if _patterns.writer_voice(h) or _TITLE_VOICE_RE.search(_patterns.outside_quotes(h)):
        return "writer's voice"
    if _PAGE_TEXT_RE.search(h) or _patterns.page_media_reference(h):
        return "points at the page"
    return None


def shortened(sentence: str, max_words: int = MAX_WORDS, parse_model: str | None = None) -> str:
    """A headline made from ``sentence`` that does not copy it: :func:`compress`, else its main clause by
    ``parse_model``'s parse (:func:`clause_title`) when that does not copy it either, else its words up to a
    phrase boundary short of :data:`REPEAT_SHARE` of it; "" when none can be made."""
    made = compress(sentence, max_words)
    if made is not None:
        return made[0]
    if parse_model:
        clause = clause_title(_tidy(_headline_source(sentence)).rstrip(".!?"), max_words, parse_model)
        if clause and not copies(clause, [sentence]):
            return clause
    return _fallback([], [[sentence]], max_words)


# -- choice ---------------------------------------------------------------------------

def _join_spaced_quotes(text: str) -> str:
    """Straight quote marks a tokenizer set apart (a space on both sides) joined to what they quote. Counted left
    to right among the marks that are no apostrophe (not between two letters; a backtick opens a single quote), an
    odd one opens and loses the space after it, an even one closes and loses the space before it ("Felt, ' Deep
    Throat ' of" -> "Felt, 'Deep Throat' of"); an odd one with no mark of its kind after it is a possessive's
    ("Chargers ' Jackson" -> "Chargers' Jackson")."""
    if " ' " not in text and ' " ' not in text and not text.endswith((" '", ' "')):
        return text
    marks = [(i, "'" if ch == "`" else ch) for i, ch in enumerate(text) if ch in "'\"`"
             and not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())]
    out, seen = list(text), {"'": 0, '"': 0}
    for k, (i, ch) in enumerate(marks):
        seen[ch] += 1
        if not ((i == 0 or text[i - 1] == " ") and (i == len(text) - 1 or text[i + 1] == " ")):
            continue
        opens = seen[ch] % 2 and any(c == ch for _, c in marks[k + 1 :])
        if opens and i + 1 < len(text):
            out[i + 1] = ""
        elif not opens and i > 0:
            out[i - 1] = ""
            if seen[ch] % 2:
                seen[ch] -= 1  # a possessive's mark: no quote opened
    return "".join(out)


def _clean_title(title: str) -> str:
    # a post read as a title: "RT @AP: ... http://t.co/x"
    t = _SOCIAL_PREFIX_RE.sub("", _without_urls(html.unescape(title)))
    rest = _patterns.MEDIA_LABEL_RE.sub("", t)  # a post's "VIDEO: " over its news
    if len(rest.split()) >= MIN_WORDS - 1:
        t = rest
    t = _patterns.without_glued_prefixes(t)  # "27 / 09 / 2013-Turkmenistan to hold ..."
    t = _ENTITY_RE.sub("", t)  # an entity the source's markup left undefined ("&ht; Green Campaign ...")
    t = _SITE_SUFFIX_RE.sub("", t) if len(t.split()) > 6 else t
    t = _patterns.join_split_contractions(t)  # "Hollywood ’ s mermaid" as a tokenizer left it
    t = tex_quotes(_PAREN_RE.sub("", t)).replace("``", '"').replace("''", '"')  # "Watergate's `Deep Throat, '"
    t = _patterns.join_initials(t)  # "U. S. Marshals", "L. A. Deputy" as a tokenizer left them
    t = _join_spaced_quotes(t)  # "Mafia 'Oddfather, ' Vincent", "Mark Felt, ' Deep Throat ' of Watergate"
    t = _patterns.TRAILING_MARK_RE.sub("", t)  # "Latin American Briefs /"
    rest = _SECTION_LABEL_RE.sub("", t)  # "EXCLUSIVE: ...", "TOP STORIES | ..." (not a title all in capitals)
    if not t.isupper() and len(rest.split()) >= MIN_WORDS - 1:
        t = rest
        t = _patterns.without_glued_prefixes(t, MIN_WORDS - 1)  # (a kicker under it: "TOP STORIES | WEB EXCLUSIVE")
    if t.isupper():
        t = _title_case(t)
    else:
        t = _quiet_caps_run(t)
    return t.strip().rstrip(" .")


#: Section labels in capitals before the title: "EXCLUSIVE: ", "TOP STORIES | ".
_SECTION_LABEL_RE = re.compile(r"^(?:[A-Z][A-Z&' ]{2,30}\s*(?::|\|)\s+)+(?=\S)")
#: An HTML entity left in the text (after unescaping the known ones).
_ENTITY_RE = re.compile(r"&[A-Za-z]{1,8};\s*")
#: An opening run of words in capitals before the rest in lower case ("THE DÁIL IS to sit late"): a print
#: style, not an acronym (two or more words, one of them a function word).
_CAPS_RUN_RE = re.compile(r"^((?:[^\W\d_][\w'’.-]*\s+){1,5}?)(?=[a-z])")
_CAPS_FUNCTION = frozenset("the a an is are was were to of in on at for and or it this that".split())


def _quiet_caps_run(text: str) -> str:
    """"THE DÁIL IS to sit late" -> "The Dáil is to sit late"; acronyms alone ("NATO chief says") and names
    spelled with single letters ("AT T has sent") stay."""
    m = _CAPS_RUN_RE.match(text)
    if not m:
        return text
    words = m.group(1).split()
    if len(words) < 2 or not all(w.isupper() for w in words) or not any(w.lower() in _CAPS_FUNCTION for w in words):
        return text
    if any(len(w) == 1 and w != "A" for w in words):
        return text  # a letter alone is part of a name: "AT T has sent ..." (AT&T with its "&" lost), "U S"
    out = [w.lower() if i and w.lower() in _CAPS_FUNCTION else w[:1] + w[1:].lower() for i, w in enumerate(words)]
    return " ".join(out) + " " + text[m.end():]


_SMALL_WORDS = frozenset("a an the of to in on at by for from with and or but as vs".split())


def _title_case(text: str) -> str:
    """"PLANTS CALL IN THE PEST CONTROL" -> "Plants Call in the Pest Control"."""
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _ends_a_sentence(text: str) -> bool:
    """Does a sentence end inside ``text`` (a mark then a space), not counting the full stop of an initial or a
    title ("U. S. surgeon general", "Gov. Sarah Palin")?"""
    for m in re.finditer(r"[.!?]\s", text):
        word = text[: m.start() + 1].rsplit(None, 1)[-1]
        if m.group()[0] != "." or not (re.fullmatch(r"(?:[A-Z]\.)+", word)
                                         or _patterns.TITLE_ABBREVIATION_RE.search(" " + word)):
            return True
    return False


def _heading_line(article: Article) -> str | None:
    """An untitled article's first line, when it reads as a heading (a few
    words, no sentence punctuation at its end nor a colon that opens what follows, not boilerplate, not a clip's
    caption: "From the LP Surrealistic Pillow")."""
    lines = article.raw_text.splitlines()
    after_date = False
    for k, line in enumerate(lines):
        line = line.strip()
        if line and is_date_line(line):
            after_date = True  # a post's date over its heading ("Saturday, August 24, 2013" / "Palin appointee ...")
            continue
        if line:
            # under a date line, a heading may end on a full stop if it is one short sentence
            one_sentence = after_date and line[-1] == "." and not _ends_a_sentence(line[:-1])
            opening = line.lstrip("'‘\"“")  # "'Hunger Games' Director Gary Ross in Tough Negotiation for Sequel"
            if (line[-1] in ".!?\"”'’:" and not one_sentence or not (opening[:1].isupper() or opening[:1].isdigit())
                    or _ends_a_sentence(line)
                    or _is_boilerplate(line) or _NOT_HEADING_RE.search(line)
                    or strip_dateline(line) != line or _HYPHEN_DATELINE_RE.match(line)):  # "LONDON - ...": a lead
                return None
            below = [x.strip() for x in lines[k + 1 :] if x.strip()]
            if below and is_date_line(below[0]):
                return line  # a date line under it: a heading over its post's date, not a wrapped sentence
            after = below[0] if below else ""
            if after[:1].islower() or after[:1].isdigit() or after[:1] in "$%":
                return None  # a sentence wrapped onto the next line or paragraph, not a heading
            return line
    return None


#: A title or first line that opens on a page's stamp ("Published: January 2011 Special Series: 7 Billion"): no
#: headline.
_STAMP_OPENING_RE = re.compile(r"^\W*(?:published|updated|posted|last updated|first published)\s*:", re.I)
#: First lines that are captions, prompts or crawler notes, not headings.
_NOT_HEADING_RE = re.compile(r"\bphoto\b|\bclick here\b|\bcrawl|\bsubscribe\b|\bsign up\b|\(AP\)|\bfile\b|"
                             r"^from the (?:lp|album|ep|single|record|film|movie|book|series|archives?)\b|"  # a clip's caption
                             r"^story highlights\b|"  # CNN's bullet list above the story
                             + _STAMP_OPENING_RE.pattern + "|"  # a page's stamp
                             + r"\bfrom wikipedia\b|\bthis (?:story|article|post|page) (?:is|was|has been) updated\b|"
                             r"\bjavascript\b|\byour browser\b|\bcookies\b|\byour tweets?\b|"
                             r",\s*(?:left|right|center|centre|top|bottom|front|rear)\W*$|"
                             r"\((?:left|right|center|centre)\)", re.I)


def _acceptable_title(title: str, max_words: int) -> bool:
    n = len(title.split())
    return (MIN_WORDS - 1 <= n <= max_words and not is_date_line(title) and not is_cut_off(title)
            and any(map(str.isalpha, title)) and not _URL_RE.search(title) and not _unreadable(title)
            and not _STAMP_OPENING_RE.match(title))


#: A web address: a link, not a title ("Stunt man - https://instagram.com/...").
_URL_RE = _patterns.WEB_ADDRESS_RE


#: Characters of an article searched for a title repeated as a sentence (captions and leads sit near the top;
#: every article of the four summarization sets is shorter, the longest ~50 KB).
SCAN_CHARS = 200_000


def _repeated_in(title: str, article: Article) -> bool:
    """Does the article's text (past a heading line) repeat ``title`` as most of
    one sentence? Then it is a caption or a lead, and as a headline it would
    repeat a sentence of the brief."""
    h = normalized(title)
    for sentence in _sentences(article):
        t = normalized(sentence)
        if len(t) >= len(h) and _repeats(h, t):
            return True
    return False


def _scanned_text(article: Article) -> str:
    """The text :func:`_repeated_in` searches: the first ``SCAN_CHARS``, past an untitled article's date lines and
    heading line."""
    text = article.raw_text[:SCAN_CHARS]
    if article.title is None:  # past the date lines over the heading, then past the heading
        lines = text.split("\n")
        k = next((i for i, line in enumerate(lines) if line.strip() and not is_date_line(line.strip())), len(lines))
        return "\n".join(lines[k + 1 :]) if k + 1 < len(lines) else text
    return text


def _sentences(article: Article) -> list[str]:
    """The sentences :func:`_repeated_in` searches (of :func:`_scanned_text`)."""
    return re.split(r"(?<=[.!?])\s+", _scanned_text(article))


def _article_order(article: Article) -> tuple:
    return (article.date is None, article.date.toordinal() if article.date else 0, article.title or "", article.id)


#: Longest sentence, in tokens, kept per article for the repeated-title check: a title of n tokens repeats only
#: a sentence of at most 2n (``REPEAT_SHARE``), and a title has at most ``max_words`` words; a title of more
#: tokens than half this is checked against the whole text.
_SHORT_SENTENCE_TOKENS = 64
#: Articles whose features a :class:`HeadlineCache` keeps; past this the least recently asked one leaves
#: (emptying it all re-made a big story's articles at its next refresh). A store refreshes only the stories a batch
#: touched, so their articles are what it needs: when they are more than the cache holds, every refresh makes them
#: all again (Google News stories of hundreds of articles: 1,000 made 27,509 feature sets for 4,000 articles; 4,000
#: made few, and the titles took a third of the CPU). An entry past its story's leads keeps no text
#: (:func:`choose_headline` lets it go), a few KB; a lead's is 17-48 KB. 4,000 cost the full-text stream of
#: ``bench/speed.py --ingest`` 23 MB of peak RSS (244 -> 267 MB; 1,000 kept 2.4 M characters of text, 4,000 keep
#: 7.8 M), a follower of Multi-News pages 38 MB (233 -> 271 MB at 6,000 articles, full from 4,000), and stays
#: bounded (20,000 entries that all kept their text grew a follower by ~300 MB/hour: docs/follow-soak.md).
CACHE_ARTICLES = 4_000


def _lower_cased(article: Article) -> bool:
    """Is the article's opening text all in lower case (preprocessed, as some benchmark sets are)?"""
    # str.isupper per character through map: no generator frame per character, the same test
    return not any(map(str.isupper, f"{article.title or ''} {article.raw_text[:LEAD_CHARS]}"))


class _Features:
    """What :func:`choose_headline` reads of one article, computed once."""

    __slots__ = ("lead_terms", "title", "title_terms", "title_tokens", "short_sentences", "scan", "repeats", "leads")

    def __init__(self, article: Article, max_words: int):
        self.lead_terms = set(content_terms(f"{article.title or ''} {article.raw_text[:LEAD_CHARS]}"))
        raw = article.title or _heading_line(article)
        title = _clean_title(raw) if raw else None
        if title and title[:1].islower():
            # text lower-cased as a whole (a preprocessed set) starts with a capital as any title does; a title in
            # lower case over a text in mixed case is a fragment ("have moved separately.")
            title = title[0].upper() + title[1:] if _lower_cased(article) else None
        self.title = title if title is not None and _acceptable_title(title, max_words) else None
        self.title_terms = set(content_terms(self.title)) if self.title is not None else set()
        self.title_tokens = normalized(self.title) if self.title is not None else ()
        #: normalized sentences of at most ``_SHORT_SENTENCE_TOKENS`` tokens (filled on first use)
        self.short_sentences: list[tuple[str, ...]] | None = None
        #: the text :func:`_repeated_in` searches, lowercased as :func:`normalized` reads it, and where each of
        #: its sentences starts (filled on first use): see :func:`_repeats_short`
        self.scan: _Scan | None = None
        #: normalized title -> does this article repeat it (answers so far)
        self.repeats: dict[tuple[str, ...], bool] = {}
        #: the first ``LEAD_SENTENCES`` sentences: (text, index, compressed, content terms, whether the compression
        #: was refused only for repeating the sentence) (filled on first use)
        self.leads: list[tuple[str, int, tuple[str, bool, bool] | None, set[str], bool]] | None = None


class HeadlineCache:
    """Per-article features of :func:`choose_headline` kept between calls, so
    a story whose articles mostly were seen before costs little more than its
    new ones (the store refreshes a story's title each time a batch touches
    it). Keyed by the article's id and content; the headline is the same as
    without the cache. One cache per ``max_words`` and ``segment`` (one
    store's settings)."""

    def __init__(self, max_articles: int = CACHE_ARTICLES):
        self.max_articles = max_articles
        self._features: dict[tuple, _Features] = {}

    def features(self, article: Article, max_words: int) -> _Features:
        key = (article.id, article.title, len(article.raw_text), hash(article.raw_text), max_words)
        kept = self._features
        found = kept.pop(key, None)
        if found is None:
            found = _Features(article, max_words)
            if len(kept) >= self.max_articles:  # the least recently asked leaves (a big story's articles stay)
                del kept[next(iter(kept))]
        kept[key] = found  # (re)inserted last: the dict's order is that of the last use
        return found


def _repeats_title(title: _Features, article: Article, features: _Features) -> bool:
    """:func:`_repeated_in` for ``title``'s title and ``article``, on the
    article's short sentences (computed once) when the title is short enough."""
    h = title.title_tokens
    if 2 * len(h) > _SHORT_SENTENCE_TOKENS:
        return _repeated_in(title.title or "", article)
    found = features.repeats.get(h)
    if found is None:
        if h:
            found = _repeats_short(h, article, features)
        else:  # no token to look for: every short sentence is a candidate
            if features.short_sentences is None:
                features.short_sentences = [t for t in map(normalized, _sentences(article))
                                            if len(t) <= _SHORT_SENTENCE_TOKENS]
            found = any(len(t) >= len(h) and _repeats(h, t) for t in features.short_sentences)
        features.repeats[h] = found
    return found


#: Where :func:`_sentences` splits, with the mark before (``(?<=[.!?])\s+`` tries its look-behind at every
#: character): each match ends where a sentence starts.
_SENTENCE_GAP_RE = re.compile(r"[.!?]\s+")


class _Scan:
    """An article's searched text (:func:`_sentences`'s, lowercased and with curly apostrophes straightened, as
    :func:`normalized` reads it), where each of its sentences starts (then its length), and the normalized
    sentences made so far (by index). A sentence's tokens are those from its start to the next one's: the
    whitespace between holds none."""

    __slots__ = ("text", "starts", "tokens")

    def __init__(self, article: Article):
        body = _scanned_text(article)
        # lower() and the apostrophe map character by character (but for the Greek final sigma, no token
        # character), and never make or remove whitespace or ".!?": the pieces split here are the sentences
        # of _sentences, lowercased
        self.text = body.lower().replace("’", "'")
        #: filled on first use: most titles' longest token is nowhere in the text, and no sentence is looked up
        self.starts: list[int] | None = None
        self.tokens: dict[int, tuple[str, ...]] = {}

    def sentence_starts(self) -> list[int]:
        if self.starts is None:
            low = self.text
            self.starts = [0, *[m.end() for m in _SENTENCE_GAP_RE.finditer(low)], len(low)]
        return self.starts


def _repeats_short(h: tuple[str, ...], article: Article, features: _Features) -> bool:
    """``any(_repeats(h, t) for t in short sentences of article if len(t) >= len(h))`` (``h`` not empty),
    normalizing only the sentences that hold ``h``'s longest token as a substring: a sentence of which ``h`` is a
    run holds each of its tokens, and a token of a sentence is a substring of its lowercased text. Most sentences
    hold it nowhere, and most articles nowhere at all (one substring search of the text)."""
    scan = features.scan
    if scan is None:
        scan = features.scan = _Scan(article)
    text = scan.text
    word = max(h, key=len)
    at = text.find(word)
    if at < 0:
        return False
    starts, made = scan.sentence_starts(), scan.tokens
    n = len(h)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        t = made.get(i)
        if t is None:
            t = made[i] = tuple(_TOKEN_RE.findall(text, starts[i], starts[i + 1]))
        if n <= len(t) <= _SHORT_SENTENCE_TOKENS and _repeats(h, t):
            return True
        at = text.find(word, starts[i + 1])  # the next sentence holding it
    return False


def choose_headline(articles: Sequence[Article], max_words: int = MAX_WORDS,
                    segment: Callable[[Article], None] | None = None, cache: HeadlineCache | None = None,
                    leads: Callable[[Article], list[tuple[str, int]]] | None = None, readable: bool = True,
                    parse_model: str | None = None) -> str:
    """The story's headline (see the module docstring); "" for no articles. One that shouts (:func:`shouts`: a
    post in capitals, "PREGNANT MOM AND SMALL KIDS TRAPPED") is shown in the case the story's articles write its
    words in (:func:`quiet_shouting`).

    ``readable``: a title that reads as none (:func:`reads_as_no_headline`) names the story only when neither
    another title nor an opening sentence does; False keeps the most central title whatever it reads as (the
    brief's selector first tries its own points: :class:`~newsbrief.selection.Selector`).

    Titles and the articles' raw opening text decide when a title qualifies;
    otherwise the opening sentences of the first ``LEAD_ARTICLES`` articles
    are compressed: they need ``article.sentences``, which ``segment`` fills
    in for articles not yet segmented (the store's). ``leads``, when given,
    is asked instead: an article's first ``LEAD_SENTENCES`` sentences as
    ``(text, index)``, as ``segment`` would have made them. ``cache`` keeps each
    article's features for later calls (same ``max_words`` and ``segment``).
    ``parse_model``: the spaCy pipeline whose dependency parse makes a headline of an opening sentence's main
    clause when nothing else names the story (:func:`clause_title`); None cuts the sentence at a phrase boundary."""
    articles = sorted(articles, key=_article_order)
    if not articles:
        return ""
    best = _chosen(articles, max_words, segment, cache, leads, readable, parse_model)
    return quiet_shouting(best, articles) if shouts(best) else best


def _chosen(articles: Sequence[Article], max_words: int, segment: Callable[[Article], None] | None,
            cache: HeadlineCache | None, leads: Callable[[Article], list[tuple[str, int]]] | None,
            readable: bool, parse_model: str | None = None) -> str:
    """:func:`choose_headline` of ``articles`` in their order, as the articles write it."""
    cache = cache or HeadlineCache()
    feats = [cache.features(a, max_words) for a in articles]
    n = len(articles)
    df = Counter(chain.from_iterable(f.lead_terms for f in feats))  # articles whose title or opening holds each term

    def centrality(terms: set[str]) -> float:
        if not terms:
            return 0.0
        # counts summed as integers, divided once: the same score whatever order the set yields its terms
        # in (a float sum followed the hash seed, so tied titles flipped between runs)
        shared = sum(df[t] for t in terms) / n
        return shared / len(terms) ** 0.5

    lead_pairs = list(zip(articles[:LEAD_ARTICLES], feats[:LEAD_ARTICLES]))
    titles = [f for a, f in zip(articles, feats) if f.title is not None
              and not any(_repeats_title(f, x, xf) for x, xf in ((a, f), *lead_pairs))]
    # an article past the leads has its text searched only for its own title, answered now and kept (its
    # ``repeats``): its scanned text and short sentences are let go, so a cache entry is a few KB and the cache can
    # hold a batch's big stories (they are made again on first use, should the article lead a later refresh)
    for f in feats[LEAD_ARTICLES:]:
        f.scan = f.short_sentences = None
    # a title that reads as none (a question to the reader, the writer's "we") names the story only when neither
    # another title nor an opening sentence does
    fine = [f for f in titles if not (readable and reads_as_no_headline(f.title or ""))
            and (n == 1 or any(df[t] > 1 for t in f.title_terms))]
    # (a title none of whose words another article's title or opening uses is about its own page, not the
    # story: a paper's section heading taken for its title, "Material and association", beside four reports of
    # the fossil it describes)
    if fine:
        return max(fine, key=lambda f: centrality(f.title_terms)).title or ""  # max keeps the first of equals
    for a, f in lead_pairs:
        if f.leads is None:
            if leads is not None:
                first = leads(a)
            else:
                if segment is not None:
                    segment(a)
                first = [(s.text, s.index) for s in a.sentences[:LEAD_SENTENCES]]
            f.leads = [_lead(text, index, max_words) for text, index in ((_introduced(t), i) for t, i in first)]
    scored = []  # (score, order, headline or None, the sentence it was cut from or None, cut to fit)
    top = max((centrality(terms) for _, f in lead_pairs for _, _, _, terms, _ in f.leads or ()), default=0.0)
    for _, f in lead_pairs:
        for text, index, made, terms, repeats in f.leads or ():
            if (made is None and repeats and parse_model and top > 0 and centrality(terms) == top
                    and not _patterns.is_media_caption(text)):
                # the story's most central opening, whose compression would repeat it (a short lead: "A huge fire
                # has destroyed up to 1,400 vehicles in a multi-storey car park in Liverpool, forcing ..."): its
                # main clause, made by the parse only if no better-scored headline is taken first, weighed as a
                # headline cut to fit (without it the story took a less central opening's side detail, "Six dogs
                # have been rescued from a multistorey car park"; a less central one's clause named a side detail
                # or a scene as often as the event on the summarization sets)
                score = (centrality(terms) * (1.0 if index == 0 else 0.8) * 0.5
                         * (NO_HEADLINE_WEIGHT if _ANAPHORIC_OPENING_RE.match(strip_dateline(text).lstrip("\"“'‘ "))
                            else 1.0))
                scored.append((score, -len(scored), None, text, True))
                continue
            # (a caption names a picture; a reporting clause that introduces a text names only its speaker)
            if made is not None and not _patterns.is_media_caption(text) and not _introduction_only(made[0], text):
                h, was_cut, clause_cut = made
                score = (centrality(terms) * (1.0 if index == 0 else 0.8) * (0.5 if was_cut else 1.0)
                         * (0.5 if shouts(h) else 1.0)
                         * (NO_HEADLINE_WEIGHT if reads_as_no_headline(h)
                            or _ANAPHORIC_OPENING_RE.match(strip_dateline(text).lstrip("\"“'‘ ")) else 1.0))
                # (a clause cut away is checked as a cut to fit is: what is left may have lost its verb)
                scored.append((score, -len(scored), h, text if was_cut or clause_cut else None, was_cut))
    if all(made is None for _, _, made, *_ in scored):
        scored = []  # (no opening made a headline: the fallback tries their main clauses, in the articles' order)
    scored.sort(reverse=True)  # the highest score first, the first of equals first
    best = next((made for _, _, made, *_ in scored if made is not None), "")  # (the first, should none pass)
    for _, _, made, cut, to_fit in scored:
        source = _tidy(_headline_source(cut)).rstrip(".!?") if cut is not None and parse_model else ""
        if made is None:  # (an opening whose compression repeats it: its main clause, if that does not repeat it)
            clause = clause_title(source, max_words, parse_model, short=True)
            if clause and not shouts(clause) and not reads_as_no_headline(clause):
                best = clause
                break
            continue
        why = _cut_reason(made, source, parse_model, to_fit) if source else None
        if why is None:
            best = made
            break
        # a compression cut at a phrase boundary to fit often lost its verb ("City Clerk Maria Lopez, under fire for
        # months over missing election records"): the sentence's main clause instead, where its parse gives one
        clause = clause_title(source, max_words, parse_model)
        if clause or why == "lost verb" and to_fit or why == "cut phrase":
            # (a subject with its phrase, cut to fit, still names what the story is about; a cut inside a phrase
            # with no main clause to offer is kept: the next opening read no better on the summarization sets)
            best = clause or made
            break
        # (a subject left alone by a clause cut away, "Victims of bullying at school", names less than another opening)
        # a cut that stops on a verb or inside the clause it reports names no event ("Health officials said they
        # believe that a 79-year-old man who died at a hospital"): the next opening, or the first if none is better
    best = best or _fallback([a for a, _ in lead_pairs], [[t for t, *_ in f.leads or ()] for _, f in lead_pairs],
                             max_words, parse_model)
    if titles and (not best or reads_as_no_headline(best)):
        return max(titles, key=lambda f: centrality(f.title_terms)).title or ""
    if best[:1].islower() and all(_lower_cased(a) for a, _ in lead_pairs):
        best = best[0].upper() + best[1:]  # a lower-cased set's headline starts with a capital, as its titles do
    return best


def _lead(text: str, index: int, max_words: int) -> tuple[str, int, tuple[str, bool, bool] | None, set[str], bool]:
    """An opening sentence as :func:`choose_headline` weighs it (see :attr:`_Features.leads`)."""
    refused: list[str] = []
    made = _compressed(text, max_words, refused)
    return text, index, made, set(content_terms(text)), bool(refused)


def story_title(articles: Sequence[Article], settings: Settings | None = None,
                cache: HeadlineCache | None = None) -> str:
    """:func:`choose_headline` for articles as read or stored (not yet
    cleaned): the few it needs are cleaned and segmented as a brief would.
    ``cache``: see :class:`HeadlineCache` (one per settings)."""
    from .clean import Cleaner
    from .segment import Segmenter

    settings = settings or Settings()
    cleaner = Cleaner(settings.clean)

    def segment(article: Article) -> None:
        cleaner.clean_article(article)
        Segmenter.segment_article(article)

    def leads(article: Article) -> list[tuple[str, int]]:
        if article.text is not None or article.sentences:  # cleaned or segmented already: as it is
            segment(article)
            return [(s.text, s.index) for s in article.sentences[:LEAD_SENTENCES]]
        return lead_sentences(article, settings)

    return choose_headline(articles, settings.selection.headline_words, segment, cache, leads,
                           parse_model=headline_parse_model(settings))


def headline_parse_model(settings: Settings) -> str | None:
    """The spaCy pipeline :func:`clause_title` parses with (``analysis.model``), or None when
    ``selection.headline_parse`` is off."""
    return settings.analysis.model if settings.selection.headline_parse else None


def lead_sentences(article: Article, settings: Settings | None = None) -> list[tuple[str, int]]:
    """The first ``LEAD_SENTENCES`` sentences ``(text, index)`` of ``article``
    (not yet cleaned) as :class:`~newsbrief.clean.Cleaner` then
    :class:`~newsbrief.segment.Segmenter` make them, reading only the lines
    they come from, and leaving ``article`` as it is: the cleaner decides
    line by line from the lines before, each kept line is a paragraph, and
    a paragraph is segmented on its own. A story title needs only these of
    its lead articles; cleaning and segmenting whole articles was ~9% of
    the store's ingest."""
    from .clean import kept_lines
    from .segment import sentence_spans

    settings = settings or Settings()
    out: list[tuple[str, int]] = []
    for line in kept_lines(article.raw_text, article.title, settings.clean):
        for start, end, _ in sentence_spans(line) if line else ():
            out.append((line[start:end], len(out)))
            if len(out) == LEAD_SENTENCES:
                return out
    return out


#: Dependents a word kept in a :func:`clause_title` keeps: its arguments and the words of its phrase (subject,
#: auxiliaries, negation, object, complement, particle, clausal complement, a preposition's object, determiners,
#: possessives, modifiers inside a noun phrase). Prepositional phrases, relative and adverbial clauses,
#: appositives, conjuncts and adverbs are what a headline leaves out.
_CLAUSE_KEEP = frozenset("nsubj nsubjpass csubj expl aux auxpass neg dobj attr acomp oprd prt xcomp ccomp pobj pcomp "
                         "det poss compound amod nummod quantmod case dative mark predet nmod agent possessive".split())
#: A subject a title cannot open on: a pronoun or a wh-word stands for what the sentence before it said.
_LEANING_SUBJECT_TAGS = frozenset({"PRP", "WP", "EX", "DT"})
#: Penn tags a title does not end on: a determiner, preposition, "to", a modal, a conjunction, a possessive.
_OPEN_END_TAGS = frozenset({"DT", "IN", "TO", "MD", "CC", "PRP$", "POS", "WDT", "WP", "WRB", "HYPH", "-LRB-", "``", "$"})
#: Heads whose adverbs belong to their phrase ("as many as 25", "a once-worried mother").
_DEGREE_HEAD_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "RB", "RBR", "RBS", "PDT"})
#: Adverbs that change what a clause says, kept with it ("ATMs don't just provide cash" is not "ATMs don't provide
#: cash").
_MEANING_ADVERBS = frozenset("never not no just only merely simply even hardly barely rarely seldom nearly almost "
                             "still yet already".split())
#: The words of a clause's spine whose prepositional phrases after them a title keeps when they fit ("died at the
#: safari park", "more susceptible to schizophrenia", "announced that it is withdrawing from North Korea").
_SPINE = frozenset({"ROOT", "acomp", "ccomp", "xcomp"})
#: Verbs of a report: "X did Y, officials said" is titled by what they said.
_REPORTING_VERBS = frozenset("said say says told reported announced added wrote stated confirmed".split())
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "’s", "’re"})


def _clause_words(tok, preps: bool, out: list) -> None:
    """``tok`` and the dependents :data:`_CLAUSE_KEEP` keeps, recursively; with ``preps``, also the prepositional
    phrases after the main verb ("died at the San Diego Zoo Safari Park"); "of" phrases always ("Part of X's story").
    Conjuncts of a noun or adjective stay ("the Republican and Democratic candidates", "the House Ways and Means
    Committee"); a verb's (a second clause) go."""
    out.append(tok)
    # a verb with nothing after it whose conjunct has the object keeps the conjunct ("shot and wounded a man")
    shares = tok.tag_.startswith("VB") and not any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "prep", "agent", "prt", "dative", "oprd")
        for c in tok.children) and any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children)
                                       for c in tok.children)
    for ch in tok.children:
        dep = ch.dep_
        if (dep in _CLAUSE_KEEP or ch.tag_ == "HYPH"
                or dep == "punct" and ch.text == "," and tok.tag_.startswith("NN") and any(
                    c.dep_ == "conj" and c.i > ch.i for c in tok.children)  # "diseases, insects, low prices"
                or dep in ("conj", "cc") and shares and (ch.dep_ == "cc" or ch.tag_.startswith("VB"))
                or dep in ("advmod", "npadvmod") and (tok.tag_ in _DEGREE_HEAD_TAGS or tok.dep_ == "amod"
                                                      or ch.lower_ in _MEANING_ADVERBS)
                or dep == "prep" and (ch.lower_ == "of" or preps and ch.i > tok.i and tok.dep_ in _SPINE)
                or dep in ("conj", "cc", "preconj") and not tok.tag_.startswith("VB")):
            _clause_words(ch, preps and dep != "prep", out)


def _joined(tokens: list) -> str:
    """The words of ``tokens`` (in order) as text: the source's spacing between neighbours, a space elsewhere."""
    out = []
    for k, t in enumerate(tokens):
        adjacent = k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1
        out.append(t.text + (t.whitespace_ if adjacent else " "))
    return " ".join("".join(out).split())


_IN_WORD_JOINERS = frozenset("-–/")


def _whole_hyphenated(doc, kept: list) -> list:
    """``kept`` with every hyphenated or slashed word whole: the parse hangs "to" of "Sydney-to-Hobart race" or
    "and" of "hit-and-run crash" under a preposition or conjunct the clause leaves out, and the title read
    "Sydney- race" (DUC 2004, read in stop 55). A word as written (no space inside) is never cut."""
    at = {t.i for t in kept}
    for t in kept:
        for step in (-1, 1):
            i = t.i
            while True:
                j, k = i + step, i + 2 * step  # the joiner and the word past it
                if not (0 <= k < len(doc)) or doc[j].text not in _IN_WORD_JOINERS:
                    break
                left, right = (doc[k], doc[j]) if step < 0 else (doc[i], doc[j])
                if left.whitespace_ or right.whitespace_:
                    break  # a spaced dash joins two phrases, not one word
                at.update((j, k))
                i = k
    return [doc[i] for i in sorted(at)]


def clause_title(sentence: str, max_words: int, model: str, short: bool = False) -> str | None:
    """A headline made from ``sentence``'s main clause by its dependency parse (spaCy ``model``): the subject, the
    verb with its auxiliaries, negation, object or complement and clausal complement, each with the words of its
    phrase; prepositional phrases after the verb only if they fit; relative and adverbial clauses, appositives and
    adverbs left out. "Dr. Frederick Reines, whose fine baritone might have landed him ..., died on Wednesday at
    the University of California-Irvine Medical Center" -> "Dr. Frederick Reines died at the University of
    California-Irvine Medical Center".
    A report's attribution after it goes ("X has asked Y ..., news reports said" -> the report). None when the
    main clause has no verb, its subject is a pronoun or comes after the verb, the words would span a colon or
    dash (two statements), end open (a determiner, preposition, "be"), or do not fit ``MIN_WORDS``..``max_words``
    words short of the whole sentence; or when spaCy or ``model`` is not installed (:func:`_fallback_words` then
    cuts the sentence at a phrase boundary). ``short``: the words must not repeat the sentence either
    (:data:`REPEAT_SHARE`): without the prepositional phrases, if need be."""
    from .analyze._ner import parse
    from .errors import MissingExtraError

    clause = _main_clause(sentence, model)
    if clause is None:
        return None
    doc, root, subject = clause
    for preps in (True, False):
        found: list = []
        _clause_words(root, preps, found)
        kept = _whole_hyphenated(doc, sorted(set(found), key=lambda t: t.i))
        while kept and kept[-1].is_punct:
            kept.pop()
        if not kept or kept[-1].tag_ in _OPEN_END_TAGS or kept[-1].lower_ in _BE_FORMS:
            continue
        if kept[0].i != subject.left_edge.i or any(t.tag_ in ("WP", "WP$", "WDT") for t in kept):
            return None  # the words open elsewhere than on the subject, or hold a relative clause's word: a misparse
        at = {t.i for t in kept}
        if any((t.text in (":", ";", "—", "–", "--") or t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_)
               and t.i not in at for t in doc[kept[0].i : kept[-1].i]):  # (a spaced hyphen is a dash)
            return None  # the words would join two statements
        text = _tidy(_drop_time_phrases(_joined(kept)))  # "resigned on Tuesday" -> "resigned"
        n = len(text.split())
        if (MIN_WORDS <= n <= max_words and n < len(sentence.split()) and not is_cut_off(text)
                and not (short and (_repeats(normalized(text), normalized(sentence)) or _ends_before_its_phrase(kept)))):
            return _capitalized(text)
    return None


def _ends_before_its_phrase(kept: list) -> bool:
    """Do the words ``kept`` of a parse end on a verb whose words after it were left out ("Scott Routley has been
    living" of "... living in a vegetative state", "The biopic will focus" of "... focus on", "A 9-year-old boy was
    recovering" of "... recovering Wednesday and in good spirits"), or on a noun whose clause or appositive after
    it, what says who or which it is, was left out ("Cleveland police are searching for a man" of "... for a man
    accused of shooting and killing a man ...")?"""
    last = kept[-1]
    if last.tag_.startswith("VB"):
        return any(c.i > last.i and not c.is_punct for c in last.children)
    return any(c.i > last.i and c.dep_ in ("acl", "relcl", "appos") for c in last.children)


def _main_clause(sentence: str, model: str):
    """``(doc, verb, subject)`` of ``sentence``'s main clause by spaCy ``model``'s parse (the report when a
    reporting verb follows it: "X has asked Y ..., news reports said"), or None: no parser, no verb, a subject
    that is a pronoun or comes after the verb, or a verb a subordinating word introduces (a misparse)."""
    from .errors import MissingExtraError

    try:
        doc = _title_doc(sentence, model)
    except (MissingExtraError, ImportError):
        return None
    first = next(iter(doc.sents), None)
    if first is None:  # no words
        return None
    root = first.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    report = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if report is not None and root.lower_ in _REPORTING_VERBS and (subject is None or report.i < subject.i):
        root = report
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if (not (root.tag_.startswith("VB") or root.tag_ == "MD") or subject is None or subject.i > root.i
            or subject.tag_ in _LEANING_SUBJECT_TAGS or any(c.dep_ == "mark" for c in root.children)):
        return None
    return doc, root, subject


class _NeedParse(Exception):
    """Raised by :func:`_title_doc` within :func:`story_titles`' collecting rounds: ``sentence``'s parse is not
    made yet (the round's titles that need one are made again once the round's sentences are parsed together)."""

    def __init__(self, sentence: str):
        super().__init__(sentence)
        self.sentence = sentence


#: Parses :func:`story_titles` made in batches, (sentence, model) -> :class:`~newsbrief.analyze._ner.Parse`, the most
#: recently asked last: a story a later batch touches again asks the same opening sentences (as
#: :func:`~newsbrief.analyze._ner.parse`'s cache).
_TITLE_DOCS: dict[tuple[str, str], object] = {}
TITLE_DOCS_SIZE = 512
_TITLE_DOCS_LOCK = threading.Lock()  # (two stores may title batches in two threads)
#: Per thread: the parses of the current :func:`story_titles` call (None outside one: a parse is made when asked).
_COLLECTING = threading.local()


def _title_doc(sentence: str, model: str):
    """The parse of ``sentence`` a title asks for (:func:`_main_clause`): inside :func:`story_titles`, one it
    made already or :class:`_NeedParse`; elsewhere :func:`~newsbrief.analyze._ner.parse` (one sentence)."""
    from .analyze._ner import parse

    round_docs = getattr(_COLLECTING, "docs", None)
    if round_docs is None:
        return parse(sentence, model)
    key = (sentence, model)
    doc = round_docs.get(key)
    if doc is None:
        with _TITLE_DOCS_LOCK:
            doc = _TITLE_DOCS.pop(key, None)
            if doc is not None:
                _TITLE_DOCS[key] = doc
        if doc is None:
            raise _NeedParse(sentence)
        round_docs[key] = doc
    return doc


#: Rounds of :func:`story_titles` before the titles left are made with one parse at a time (a story asks for at
#: most ~5 parses, one after another: a cut sentence's main verb, then up to ``CLAUSE_TITLE_TRIES`` sentences).
TITLE_PARSE_ROUNDS = 8


def story_titles(groups: Iterable[tuple[Hashable, Sequence[Article]]], settings: Settings | None = None,
                 cache: HeadlineCache | None = None) -> dict:
    """:func:`story_title` of each ``(key, articles)`` of ``groups``, key -> title: the same titles, with the
    opening sentences they parse (:func:`clause_title`) parsed together, ~3x less CPU than one at a time (spaCy's
    per-call work). In rounds: every title is made; one that asks for a sentence not parsed yet stops there; the
    round's sentences are parsed in one batch (:func:`~newsbrief.analyze._ner.parse_batch`, the same parses) and
    those titles are made again, now reading them (what a title did before the stop it does again, from
    ``cache``). ``groups`` is read once, and only the articles of titles left for a later round are kept. The
    store's ingest titles a batch's touched stories this way."""
    from .analyze._ner import parse_batch
    from .errors import MissingExtraError

    settings = settings or Settings()
    cache = cache if cache is not None else HeadlineCache()
    model = headline_parse_model(settings)
    out: dict = {}
    todo: Iterable[tuple[Hashable, Sequence[Article]]] = groups
    round_docs: dict[tuple[str, str], object] = {}
    try:
        for _ in range(TITLE_PARSE_ROUNDS if model else 0):
            need: dict[str, None] = {}
            again: list[tuple[Hashable, Sequence[Article]]] = []
            _COLLECTING.docs = round_docs
            try:
                for key, articles in todo:
                    try:
                        out[key] = story_title(articles, settings, cache)
                    except _NeedParse as missing:
                        need[missing.sentence] = None
                        again.append((key, articles))
            finally:
                _COLLECTING.docs = None
            todo = again
            if not need:
                return out
            try:
                docs = parse_batch(list(need), model)
            except (MissingExtraError, ImportError):
                break  # no parser: the titles left are made without one (as story_title does)
            with _TITLE_DOCS_LOCK:
                for sentence, doc in zip(need, docs):
                    round_docs[(sentence, model)] = _TITLE_DOCS[(sentence, model)] = doc
                while len(_TITLE_DOCS) > TITLE_DOCS_SIZE:
                    del _TITLE_DOCS[next(iter(_TITLE_DOCS))]
    finally:
        _COLLECTING.docs = None
    for key, articles in todo:  # (no parse model, no parser, or the rounds ran out: one parse at a time)
        out[key] = story_title(articles, settings, cache)
    return out


#: Dependents that complete a verb: what a headline cut right after the verb leaves out ("Mozambique's National Union
#: of Cashew Workers called" for "... Friday called on the Assembly or parliament to pass a bill ...").
_VERB_COMPLEMENTS = frozenset({"dobj", "dative", "prt", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def _cut_reason(headline: str, sentence: str, model: str, to_fit: bool = True) -> str | None:
    """Why ``headline``, cut from ``sentence``, is no statement, by the parse of the sentence's main clause
    (:func:`_main_clause`), or None: ``"lost verb"`` (the main clause's verb is not in it: "City Clerk Maria Lopez,
    under fire for months over missing election records"), ``"bare verb"`` (it ends on that verb, which the sentence
    completes with an object, a particle or a clause, :data:`_VERB_COMPLEMENTS`: "Mozambique's National Union of
    Cashew Workers called" of "... Friday called on the Assembly or parliament to pass a bill"), ``"open clause"``
    (it opens a reported clause and stops before its verb: "Health officials said they believe that a 79-year-old
    man who died at a hospital" of "... who died at a hospital in Albany Friday may have been the second victim ...").
    None also when the parse gives no main clause (nothing better to offer)."""
    from .errors import MissingExtraError

    clause = _main_clause(sentence, model)
    words = headline.rstrip(" .!?").split()
    if not to_fit:  # a clause cut away after a comma or dash: what is left is a statement if a verb of it is
        try:
            doc = _title_doc(sentence, model)
        except (MissingExtraError, ImportError):
            return None
        kept = _kept_tokens(doc, words)
        return "lost verb" if kept and not any(_states(t) for t in kept) else None
    if clause is None:
        try:  # (no main clause the parse can name: "Exposing people to ... could provide a fast" may still stop
            doc = _title_doc(sentence, model)  # inside a phrase)
        except (MissingExtraError, ImportError):
            return None
        last = _last_kept_token(doc, words)
        return "cut phrase" if last is not None and _splits_a_phrase(last) else None
    doc, root = clause[0], clause[1]
    last = _last_kept_token(doc, words)
    if last is not None and _splits_a_phrase(last):
        return "cut phrase"  # (before a lost verb: "New surveillance video obtained" of "... obtained by ABC News")
    if root.text not in words:
        return "lost verb"
    if words[-1] == root.text and any(c.dep_ in _VERB_COMPLEMENTS and c.i > root.i for c in root.children):
        return "bare verb"
    kept, verbs = set(words), [root]
    while verbs:
        verb = verbs.pop()
        for c in verb.children:
            if c.dep_ != "ccomp" or c.i < verb.i:
                continue
            if c.text in kept:
                verbs.append(c)
            elif any(t.text in kept for t in doc[c.left_edge.i : c.i] if t.text.isalpha() and t.dep_ != "mark"):
                return "open clause"
    return None


#: Dependents whose head a cut may not leave behind: a word that modifies a later one ("could provide a fast" of
#: "... a fast and efficient method of ...", "members of Hollywood, political" of "... political and social
#: elites").
_LEADING_MODIFIERS = frozenset({"amod", "compound", "det", "nummod", "poss", "quantmod", "nmod", "predet"})
#: What completes a participle ("a webcam located" of "... located at ...", "a child carrying" of "... carrying a
#: flag") or a verb's particle ("walked" of "walked out of ...").
_PARTICIPLE_COMPLEMENTS = frozenset({"dobj", "prep", "agent", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative"})


#: Particles and prepositions of direction a parse may read as a verb's prepositions: a verb cut before them
#: loses where it went ("walked" of "walked into the Oregon Bureau of Labor"; "died" of "died at the zoo" says it all).
_PARTICLES = frozenset("out off away up down back over into onto toward towards through across".split())


#: Tags of a clause's own verb ("were stabbed", "will receive", and a headline's passive without its auxiliary:
#: "Hunger assumed to motivate eating"), not an -ing form or an infinitive ("Victims of bullying at school").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})


def _states(token) -> bool:
    """Is ``token`` (of a headline's source sentence) a verb that makes what the headline keeps of the sentence a
    statement: a clause's own verb (:data:`_FINITE_TAGS`), the sentence's root verb ("Talk about too many cooks"), or
    a word whose "is" / "was" the headline dropped ("Monica Lewinsky prepared to testify" of "... is prepared ...")?"""
    return (token.tag_ in _FINITE_TAGS or token.dep_ == "ROOT" and token.tag_.startswith("VB")
            or token.i > 0 and token.doc[token.i - 1].lower_ in _BE_FORMS)


def _kept_tokens(doc, words: list[str]) -> list:
    """The tokens of ``doc`` (the headline's source sentence) that ``words`` (the headline, its words in the
    sentence's order with some dropped) are made of, by matching the words in order (a written word of several
    tokens, "they’re", gives its first); [] when they do not all match."""
    j, kept = 0, []
    for t in doc:
        if j == len(words):
            break
        w = re.sub(r"^\W+|\W+$", "", words[j]).lower()
        text = t.text.lower()
        if w and text and text[0].isalnum() and w.startswith(text):
            kept.append(t)
            j += 1
    return kept if j == len(words) else []


def _last_kept_token(doc, words: list[str]):
    """The token of ``doc`` that the headline ``words`` end on (:func:`_kept_tokens`: the last written word's last
    token, "’re" of "they’re"); None when the words do not all match."""
    kept = _kept_tokens(doc, words)
    if not kept:
        return None
    last = kept[-1]
    while last.i + 1 < len(doc) and not last.whitespace_ and doc[last.i + 1].text[:1].isalnum():
        last = doc[last.i + 1]
    return last


def _splits_a_phrase(last) -> bool:
    """Does a headline that ends on token ``last`` of its sentence stop inside a phrase: ``last`` modifies a word
    after it, a participle, particle verb or reported clause's verb is left without what completes it, or it is one
    item of a list that goes on? (A noun's restrictive clause may go: "sued by an Orlando private company" of "...
    company that provided ...".)"""
    head = last.head
    if last.dep_ in _LEADING_MODIFIERS and head.i > last.i:
        return True
    after = [c for c in last.children if c.i > last.i]
    if last.tag_ in ("VBN", "VBG") and any(c.dep_ in _PARTICIPLE_COMPLEMENTS for c in after):
        return True
    if any(c.dep_ == "prt" or c.dep_ == "prep" and c.i == last.i + 1 and c.lower_ in _PARTICLES
           for c in after) and last.tag_.startswith("VB"):
        return True
    if last.dep_ in ("ccomp", "xcomp") and last.tag_.startswith("VB") and any(not c.is_punct for c in after):
        return True  # a reported or infinitive clause's verb without its words ("found that elevated risk ... extends")
    return last.dep_ == "conj" and any(c.dep_ in ("conj", "cc") and c.i > last.i for c in head.children)


#: Opening sentences :func:`_fallback_words` tries to make a :func:`clause_title` of, in its order of preference.
CLAUSE_TITLE_TRIES = 3


def _fallback(articles: Sequence[Article], sentences: Sequence[Sequence[str]], max_words: int,
              parse_model: str | None = None) -> str:
    """See :func:`_fallback_words`; a quotation it opens and does not close loses its opening mark."""
    return _balanced(_fallback_words(articles, sentences, max_words, parse_model))


def _balanced(text: str) -> str:
    """``text`` without the quotation marks that open a quotation it never closes (a headline cut short)."""
    for mark, close in (("“", "”"), ("‘", "’"), ('"', '"')):
        if mark == close:
            while text.count(mark) % 2:
                k = text.rfind(mark)
                text = text[:k] + text[k + 1 :]
        else:
            while text.count(mark) > text.count(close):
                k = text.rfind(mark)
                text = text[:k] + text[k + 1 :]
    return " ".join(text.split())


def _fallback_words(articles: Sequence[Article], sentences: Sequence[Sequence[str]], max_words: int,
                    parse_model: str | None = None) -> str:
    """No title and no compressible opening sentence: a post's opening sentence whole when it is short enough
    (a post is what it says: :data:`POST_CHARS`), else the main clause of one of the first
    :data:`CLAUSE_TITLE_TRIES` opening sentences by its dependency parse (:func:`clause_title`, with spaCy
    ``parse_model`` when given), else an opening sentence's words up to a phrase boundary
    (``sentences``: the first ``LEAD_SENTENCES`` of each article, of ``articles`` in order when given), else the
    first one's first words; never ending cut off (:func:`is_cut_off`) or on a bare number."""
    posts = {id(group) for a, group in zip(articles, sentences) if _is_post(a)}
    pairs = [(_post_text(text), id(group) in posts) for group in sentences for text in group
             if not _unreadable(text) and not _CAPTION_RE.search(text) and not is_date_line(text)]
    pairs = [(text, post) for text, post in pairs if not _unreadable(text)]  # a label or link was all there was
    introducing = {_post_text(text) for group in sentences for text in group if _introduces_only(text)}
    # a sentence that leans on another or speaks to the reader ("You can add ...", "I did not ...") or only
    # introduces the next paragraph's text ("The New York Times said in an editorial for Thursday, Aug. 12:",
    # :func:`_introduces_only`) only when no other is there
    pairs.sort(key=lambda p: (bool(_NOT_A_HEADLINE_RE.match(p[0]) or _FIRST_PERSON_RE.search(p[0])
                                   or p[0] in introducing),
                              _no_main_clause(p[0]), shouts(p[0])))
    texts = [text for text, _ in pairs]
    # a post's opening sentence, whole: cut in half it is a fragment ("Stephen Ave E. absolutely no"); the brief
    # makes its headline shorter should that sentence be in its summary (a headline never copies one)
    for text, post in pairs:
        whole = _tidy(text).rstrip(".!?")
        if (post and MIN_WORDS <= len(whole.split()) <= max_words and not is_cut_off(_balanced(whole))
                and not _NOT_A_HEADLINE_RE.match(_SECTION_LABEL_RE.sub("", whole))  # a post's "ADVISORY: " is
                and not _FIRST_PERSON_RE.search(whole)                               # its kicker, no speaker
                and not _no_main_clause(whole)):
            return _capitalized(whole)
    if parse_model:  # a clause is whole where a cut at a phrase boundary often is not ("They are the new")
        for text in texts[:CLAUSE_TITLE_TRIES]:
            if text in introducing:
                continue  # its clause names the speaker only ("The New York Times said")
            made = clause_title(_tidy(_headline_source(text)).rstrip(".!?"), max_words, parse_model)
            if made:
                return made
    # (a clause introducing the next paragraph's text is cut only when no other opening is there)
    leads = [_tidy(text).rstrip(".!?").split() for text in texts if text not in introducing] or [
        _tidy(text).rstrip(".!?").split() for text in texts]
    leads = [w for w in leads if len(w) >= MIN_WORDS]
    # a quotation is no headline ('“Another very bad terror attack'): its words cut short leave the quotation
    # open and give someone's words as the story's; other openings first
    leads.sort(key=lambda w: bool(_NOT_A_HEADLINE_RE.match(" ".join(w))))
    cuts = []
    for words in leads:  # a cut short of REPEAT_SHARE of the sentence, so it does not repeat it
        if cuts and (_NOT_A_HEADLINE_RE.match(words[0]) or _FIRST_PERSON_RE.search(" ".join(words))):
            break  # the openings left lean on another or speak to the reader: worse than a cut that lost its point
        kept = _cut_at_boundary(words, min(max_words, int(REPEAT_SHARE * len(words) - 0.01)))
        if kept and not is_cut_off(_tidy(" ".join(kept))):  # never inside a quotation: '... the movie "Gone'
            cuts.append(_capitalized(_tidy(" ".join(kept))))
            if not _leaves_out_its_point(cuts[-1], " ".join(words)):
                return cuts[-1]
    if cuts:  # each leaves out what its words lead to ("A man who was believed to ..."): the first
        return cuts[0]
    for words in leads:
        kept = _whole_end(words[: min(max_words - 1, max(MIN_WORDS, int(REPEAT_SHARE * len(words) - 0.01)))])
        if len(kept) >= MIN_WORDS:
            return _capitalized(_tidy(" ".join(kept)))
    for a in articles:
        text = a.title or next((_post_text(line) for line in a.raw_text.splitlines()
                                if not _unreadable(line) and not is_date_line(line)), "")
        words = _whole_end(text.split()[:max_words])
        if words:
            return _tidy(" ".join(words))
    return NO_TEXT_TITLE if articles else ""


#: Longest text, in characters, of an article read as a post (a tweet is at most 280): its opening sentence may
#: be its title whole (:func:`_fallback_words`).
POST_CHARS = 320


def _is_post(article: Article) -> bool:
    """Is ``article`` a post: one short line (a transcript's turns or a page's paragraphs are not), in mixed case
    (a preprocessed set's lower-cased words hold no sentence)?"""
    text = article.raw_text.strip()
    return len(text) <= POST_CHARS and "\n" not in text and not _lower_cased(article)


#: Emoticons, which a segmenter splits from their text (":) bring your friends").
_EMOTICON_RE = re.compile(r"(?<!\S)[:;=]['’-]?[()\[\]DPp]+(?!\S)|(?<!\S)[()](?!\S)")
#: The end of a post a retweet truncated: the word the mark cut ("#Ba…", "extraordinary…").
_TRUNCATED_END_RE = re.compile(r"\s*\S*…\W*$")


def _no_main_clause(text: str) -> bool:
    """Is ``text`` a subordinate clause alone ("If you lost important documents"): it opens on "If", "When",
    "Because" ... and no comma or dash leads to its main clause?"""
    return bool(re.match(r"(?:If|When|Whenever|Because|Although|Though|While|Unless|Until|Since|Once|Whether)\b", text)
                and not re.search(r",|\s[-–—]\s", text))


def _post_text(text: str) -> str:
    """``text`` as a title would read it: without its links, retweet markers, media label ("VIDEO: "), wire
    dateline, emoticons, and the word a retweet's "…" cut."""
    t = _SOCIAL_PREFIX_RE.sub("", _without_urls(text))
    t = _patterns.MEDIA_LABEL_RE.sub("", t)
    t = _HYPHEN_DATELINE_RE.sub("", strip_dateline(t))
    t = _TRUNCATED_END_RE.sub("", _EMOTICON_RE.sub(" ", t))
    t = _patterns.TRAILING_MARK_RE.sub("", t)
    kept = _TRAILING_TAGS_RE.sub("", t)  # "... kills 8 as collapse toll hits 912 #SuryaRay #Sharma__Shekhar"
    return " ".join((kept if len(kept.split()) >= MIN_WORDS else t).split())


#: Hashtags and handles after a post's text (with "via"): its labels, not its news.
_TRAILING_TAGS_RE = re.compile(r"(?:\s+(?:via\s+|cc:?\s+)?[#@]\w+)+\W*$", re.I)


def _whole_end(words: list[str]) -> list[str]:
    """``words`` (a cut of a longer sentence) less the last ones while they end cut off (:func:`is_cut_off`, a
    quotation mark left open apart), on a bare number or on a subject pronoun."""
    while words and (is_cut_off(_balanced(_tidy(" ".join(words)))) or re.fullmatch(r"\W*\d[\d,.]*\W*", words[-1])
                     or tokens(words[-1])[-1:] and tokens(words[-1])[-1] in _SUBJECT_PRONOUNS):
        words = words[:-1]  # (a cut's subject pronoun begins the clause it cut: "The heavy smoke and haze you")
    return words


_SUBJECT_PRONOUNS = frozenset("i you we they he she".split())


def _capitalized(text: str) -> str:
    """A sentence's opening words as a headline start: with a capital ("hoping some rain ..." in a post)."""
    return text[:1].upper() + text[1:]


#: The title of a story whose articles hold no readable text (only crawler notes, "JavaScript is disabled"):
#: said as such, never their id or the debris.
NO_TEXT_TITLE = "Untitled: no readable text"
#: "I", "my", "we" outside a quotation: a first-person opening is a column's, not a headline.
_FIRST_PERSON_RE = re.compile(r"^(?:[^\"“]*?\s)?(?:I|I'm|I’m|my|My|we|We|our|Our)\b")


def _unreadable(text: str) -> bool:
    """Crawler notes, page furniture and prompts: never a headline."""
    t = " ".join(text.split())
    bare = _without_urls(t)  # a post's link is dropped, not the post
    return (len(bare.split()) < 2 or _is_boilerplate(bare) or bool(_patterns.READER_PROMPT_RE.match(bare))
            or bool(_patterns.cued_search(_PAGE_NOTE_RE, _PAGE_NOTE_CUES, t) and _NOT_HEADING_RE.search(t)))


#: A web address with what follows it up to a space.
_URL_TOKEN_RE = re.compile(r"(?:https?://|\bwww\.)\S*", re.I)


def _without_urls(text: str) -> str:
    """``text`` with its web addresses taken out (a post's "http://t.co/..." link)."""
    if text.isascii() and "http" not in (low := text.lower()) and "www." not in low:
        # (no address: every match holds one of them; a text with other characters runs the pattern, which
        # reads "ſ" as "s" case-blind)
        return " ".join(text.split()).strip(" -–—:|")
    return " ".join(_URL_TOKEN_RE.sub(" ", text).split()).strip(" -–—:|")


#: Of the non-heading cues, those that make a whole line page furniture wherever it stands.
_PAGE_NOTE_RE = re.compile(r"\bjavascript\b|\byour tweets?\b|\byour browser\b|\bcookies\b|\bcrawl|\bclick here\b|"
                           r"\bsign up\b|"
                           r"\bsubscribe\b", re.I)
#: What every match of ``_PAGE_NOTE_RE`` holds (for :func:`~newsbrief._patterns.cued_search`): most texts hold
#: none, and :func:`_unreadable` then tries neither pattern (``_NOT_HEADING_RE`` alone was ~30 us a sentence).
_PAGE_NOTE_CUES = ("javascript", "your tweet", "your browser", "cookies", "crawl", "click here", "sign up", "subscribe")


__all__ = ["COPY_SHARE", "MAX_WORDS", "NO_TEXT_TITLE", "HeadlineCache", "choose_headline", "clause_title", "headline_parse_model", "compress", "copies", "reads_as_no_headline", "shortened", "is_cut_off", "is_date_line",
           "lead_sentences", "normalized", "quiet_shouting", "shouts", "story_title"]
