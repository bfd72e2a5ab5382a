"""Heuristic data: boilerplate patterns, wire markers, word lists.

Kept apart from the code that uses them (ingest, clean, segment, selection),
so tuning changes data, not control flow. Every pattern is general scraping
debris seen across many sites, not text of one sample.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import MONTH_PATTERN, WEEKDAY_WORD_PATTERN

WORD_RE = re.compile(r"[a-zà-ÿ]+(?:'[a-z]+)?", re.I)

#: Function words for the English check; other languages share few of them.
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to in a is that for it as was with be by on not he i this are or his from at which but
    have an they you were her she there been their has had will would its we said who all can more when
    one do if them about than into could our also after these two new other over may some what should
    been before only while did such where most no very those then because between during against""".split()
)

# --- wire / outlet markers -----------------------------------------------------

AGENCY_NAMES = {
    "AP": "Associated Press",
    "UPI": "UPI",
    "AFP": "AFP",
    "REUTERS": "Reuters",
    "XINHUA": "Xinhua",
    "DPA": "dpa",
    "CNN": "CNN",
    "ANSA": "ANSA",
    "TASS": "TASS",
    "IANS": "IANS",
    "PTI": "PTI",
    "EFE": "EFE",
    "KYODO": "Kyodo",
    "YONHAP": "Yonhap",
    "CP": "Canadian Press",
    "NYT": "New York Times",
    "AAP": "AAP",
    "BLOOMBERG": "Bloomberg",
}

#: "LONDON (AP) --", "Jan. 14 (UPI) --", "WASHINGTON (Reuters) -", "BEIJING, May 3 (Xinhua) --"
DATELINE_AGENCY_RE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Za-z0-9.,'\- ]{0,60}?\s*\((?P<agency>"
    + "|".join(sorted(AGENCY_NAMES, key=len, reverse=True))
    + r")\)\s*(?:--|—|–|-|_|:)",
    re.I,
)

#: Dateline prefix to strip from a sentence when it is shown in a summary.
DATELINE_PREFIX_RE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Za-z.'\-]*(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,4},?\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},?\s*)?"
    r"(?:\((?:[A-Za-z ]{2,20})\)\s*(?:--|—|–|_|-)|(?:--|—|–|_))\s+"  # (a single hyphen after an agency only:
    # "LONDON (Reuters) - U.S. retailer ..."); a broadcaster's call sign after a city in capitals and its state,
    # with no dash: "FORT WAYNE, Ind. (WANE) The Fort Wayne mother ..."
    r"|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3},\s*(?:[A-Z][a-z]{1,5}\.|[A-Z]{2})\s*\([A-Z0-9]{2,8}\)\s+(?=[A-Z\"“])"
    # a city in capitals (and its state) then a single hyphen: "WASHINGTON - And on the second day ..."
    r"|[A-Z]{3,}[A-Z.'\-]*(?: [A-Z]{2,}[A-Z.'\-]*){0,2}(?:,\s*(?:[A-Z][a-z]{1,5}\.|[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?\s+-\s+"
    r"(?=[A-Z\"“][a-z])"
    # ... or with nothing after it but the sentence's article ("WASHINGTON The Senate passed ..."; no sentence opens
    # on a word in capitals then "The"), and a place then a broadcaster or agency in brackets with no dash
    # ("Washington (CNN) Vermont Sen. Bernie Sanders lauded ...")
    r"|[A-Z]{3,}[A-Z.'\-]*(?: [A-Z]{2,}[A-Z.'\-]*){0,2}\s+(?=(?:The|A|An)\s)"
    r"|[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,2},?\s*\((?:CNN|CNNMoney|CNN Money|AP|Reuters|AFP|UPI|"
    r"Bloomberg)\)\s+(?=[A-Z\"“])"
    # places in capitals joined by a slash, the agency and its dash cut away ("SINGAPORE/BEIJING Flamboyant former
    # basketball star ..."), and a press release's city before a run of dashes ("SAN FRANCISCO----The following ...")
    r"|[A-Z]{3,}(?: [A-Z]{2,})?(?:/[A-Z]{3,}(?: [A-Z]{2,})?)+\s+(?=[A-Z][a-z])"
    r"|[A-Z]{3,}(?: [A-Z]{2,}){0,2}(?:,\s*[A-Z][a-z.]+)?\s*-{3,}\s*(?=[A-Z])"
    # a press-release wire's dateline: "SAN FRANCISCO--(BUSINESS WIRE)--The following statement ..."
    r"|[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}(?:,\s*[A-Z][A-Za-z.]+)?\s*--\s*\([A-Z][A-Za-z ]{2,30}\)\s*--\s*(?=\S))"
)

#: DW-style sign-off: editor initials then the agencies: "rs/rt (AFP, Reuters, dpa, AP)"
SIGNOFF_RE = re.compile(
    r"(?:^|\n)\s*[a-z]{2,4}(?:/[a-z]{2,4})*\s*\((?P<agencies>(?:AFP|AP|Reuters|dpa|KNA|epd|EFE|Lusa|SID|DW)"
    r"(?:\s*,\s*(?:AFP|AP|Reuters|dpa|KNA|epd|EFE|Lusa|SID|DW))*)\)\s*(?:\n|$)"
)
SIGNOFF_OUTLET = "DW"

#: Wire agencies whose copy other outlets carry: the family's name -> how an outlet
#: name or a copyright line spells it (lower case, a leading "the" dropped).
WIRE_AGENCIES = {
    "Associated Press": r"associated press(?: worldstream| online)?|ap|apw",
    "Reuters": r"(?:thomson )?reuters",
    "AFP": r"afp|agence france[- ]presse",
    "UPI": r"upi|united press international",
    "dpa": r"dpa|deutsche presse-agentur",
    "Xinhua": r"xinhua(?: news agency)?(?: \(english\))?|xie",
    "TASS": r"(?:itar-)?tass",
    "EFE": r"efe",
    "ANSA": r"ansa",
    "Kyodo": r"kyodo(?: news)?",
    "Yonhap": r"yonhap(?: news agency)?",
    "Anadolu Agency": r"anadolu(?: agency)?",
    "Interfax": r"interfax",
    "Press Association": r"press association|pa media",
    "Canadian Press": r"(?:the )?canadian press|cp",
    "AAP": r"aap|australian associated press",
    "PTI": r"pti|press trust of india",
    "IANS": r"ians|indo-asian news service",
    "Bloomberg": r"bloomberg(?: news)?",
}

#: A wire agency's copyright line closing a carried story: "Copyright 2016 The Associated Press."
#: A photo's credit ("Image copyright AFP", "Photo © Reuters") is not the story's.
COPYRIGHT_NOTICE = r"(?i:(?<!image )(?<!photo )(?<!picture )(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}\s*)?)"

WIRE_COPYRIGHT_RE = re.compile(
    COPYRIGHT_NOTICE + r"(?:the\s+)?(?P<agency>"
    + "|".join(WIRE_AGENCIES.values())
    + r")\b",
    re.I,
)

#: Outlet names of metadata that are abbreviations or codes -> the outlet's name.
OUTLET_ALIASES = {
    "nyt": "The New York Times",
    "new york times": "The New York Times",
    "wapo": "The Washington Post",
    "wsj": "The Wall Street Journal",
    "fox": "Fox News",
    "hpo": "HuffPost",
    "huffpo": "HuffPost",
    "huffington post": "HuffPost",
    "the huffington post": "HuffPost",
    "bbc news": "BBC",
    "cnn.com": "CNN",
}

#: How an outlet names itself in its own pages; ``{name}`` is an outlet's name.
#: "© 2020 The New Arab", "Follow BBC on Twitter", "The New Arab's Arabic-language service",
#: "CNN has learned", "BBC Arabic found videos". Citing another outlet ("told the BBC",
#: "according to Al Arabiya") is not one of them.
SELF_REFERENCE_CUES = [  # names match case-sensitively, cue words (?i:...) in any case
    COPYRIGHT_NOTICE + "{name}",
    r"(?i:follow|like) {name} (?i:on (?:twitter|facebook|instagram))",
    r"(?i:sign up for|subscribe to|download) {name}",
    r"{name}(?:'s|’s) (?:[A-Z][a-z]+(?:-language)? )?(?:service|correspondent|reporter)s?\b",
    r"{name}(?: [A-Z][a-z]+)? (?:has learned|has obtained|has seen|has confirmed|has contacted|has reached out|reached out|"
    r"contacted|could not independently|was unable|found|obtained)\b",
]

#: A caption label glued to its caption by scraping ("Media captionBBC Arabic found videos").
GLUED_CAPTION_LABEL_RE = re.compile(r"\b((?:Media|Image) caption)(?=[A-Z])")

PUBLISHED_PREFIX_RE = re.compile(r"^(?:published|updated|posted|last updated|date)\s*:?\s*(?:on\s+)?", re.I)

# --- boilerplate lines -----------------------------------------------------------
# Each entry: (reason, compiled pattern matched against a whole stripped line).

_MONTH = MONTH_PATTERN + r"\.?"

#: A date, with a time and a time zone when given: "14 January 2020", "Jan. 14, 2020, 10:32 a.m. EST",
#: "MAY 3, 2013 AT 1: 10PM" (detokenized "1:10"), "11 / 27 / 2005 3: 41 PM".
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}\s?:\s?\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)"
DATE_PATTERN = (r"(?:(?:" + WEEKDAY_WORD_PATTERN + r"\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|"
                + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}|\d{4}-\d{2}-\d{2})"
                + _TIME + r"?)")

#: A time stamp before its date: "7:44 PM, ", "09:25, ", "6:04 PM on ".
_TIME_FIRST = r"(?:(?:at\s+)?\d{1,2}\s?:\s?\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?,?\s+(?:on\s+)?)"
#: A name as a byline or a credit gives it: up to seven capitalized words (an outlet, a wire agency, a person)
#: with "of", "and", "&", "the" between them, or a name in brackets ("（People's Daily Online）"); case-sensitive.
_CREDIT_NAME = (r"(?-i:(?:[A-Z][\w.&'’-]*|\([^()]{2,40}\)|（[^（）]{2,40}）)"
                r"(?:\s*,?\s+(?:[A-Z][\w.&'’-]*|of|and|&|the|\([^()]{2,40}\))){0,6})")
#: A syndicate or news service's name alone, in title case or capitals: "New America News Service", "The New York
#: Times Syndicate", "NEW YORK TIMES SPECIAL FEATURES".
_SERVICE_NAME = (r"(?-i:(?:The |THE )?(?:[A-Z][\w.&'’-]* ){0,6}(?:(?:News|NEWS|Wire|WIRE|Press|PRESS|Features?|FEATURES?) "
                 r"(?:Service|SERVICE|Syndicate|SYNDICATE|Wire|WIRE)s?|Syndicate|SYNDICATE|Special Features|SPECIAL FEATURES))")
#: A time in a stamp (the date's own, before or after it): "7:44 PM", "09:25".
_HAS_TIME = r"(?=.*\d\s?:\s?\d\d)"

#: Section labels of a scientific abstract, and the headings of a page's parts.
SECTION_LABEL = (r"(?:abstract(?: and introduction)?|background|introduction|importance|objectives?|aims?|purpose|"
                 r"design(?:,? setting,? and participants)?|setting|participants|methods?|interventions?|exposures?|"
                 r"main outcomes? and measures?|results?|findings|conclusions?(?: and relevance)?|limitations|keywords?)")

BOILERPLATE_LINES: list[tuple[str, re.Pattern[str]]] = [
    (reason, re.compile(pattern, re.I))
    for reason, pattern in [
        ("advertisement", r"advertisement(?:\s+continue reading the main story)?|advertisement - scroll to continue|report this ad|sponsored content|\(?ad\)?"),
        ("comment prompt", r"please enter your (?:comment|name|email)[^.]*[!.]?|leave a (?:comment|reply)|post with no comments\.?|\d*\s*comments?|add a comment\.?|join the (?:conversation|discussion)|comments are closed\.?|(?:\d+\s+comments?\s+)?(?:sorry,?\s+)?comments (?:for|on) this (?:post|story|article|entry|page) (?:are|have been) (?:now )?closed\.?|show comments|view comments|(?:you must )?(?:enter|type) the (?:characters|code|text|letters)\b.{0,80}|message:\s*\*?\s*a friend wanted you to see this\b.*"),
        ("media notice", r"media playback is (?:unsupported|not supported) on your device\b.*|[“\"]?this video is represented by\b.*|(?:for )?(?:any )?licensing (?:requests|inquiries)\b.*|please enable javascript to (?:watch|view) this video|your browser does not support (?:the )?(?:video|audio)[^.]*\.?|play (?:video|facebook|twitter)|watch:?\s*video|video|audio only|• live|live|this (?:feature|video|content) is not available[^.]*\.?(?: please try again later\.?)?|rating is available when the video has been rented\.?|the interactive transcript could not be loaded\.?|this video is (?:copyright protected|no longer available|unavailable|private)\b.*|sound \d+:\d+(?: \d+:\d+)?|poster=.*|reset [A-Z].*"
                          # a video carousel: players glued in one line, each a caption, a length and "N of M"
                          # (Multi-News 0139's 68 videos after its article's last paragraph; one player alone keeps
                          # its caption, cut by the "glued kicker" prefix below)
                          r"|(?:close\s+)?skip in skip x embed x share\b.*?\bskip in skip x embed x share\b.*"
                          # a video's embed dialog: its copy instructions and how to close it ("<> Embed CTRL-C or
                          # CMD-C, then press Enter.", "Click/tap elsewhere to exit, or press ESC."): keys to press
                          r"|(?:<>\s*)?embed\s+(?:ctrl|cmd)\s?-\s?c\b.*"
                          r"|(?:click|tap|click\s*/\s*tap) (?:elsewhere|outside|anywhere) to (?:exit|close)\b.*"
                          r"|(?:[^.]{0,60},?\s+(?:then|or)\s+)?press (?:esc|escape|enter|the escape key)\b\W{0,3}"),
        # a site's or a platform's notice about itself standing where content failed to load or is kept from the
        # reader: Twitter's location setting ("You can add location information to your Tweets ..."), a script or
        # cookie wall ("JavaScript is disabled", "You need to enable JavaScript to use ..."), an unsupported browser
        ("site notice", r"tweet with a location|add a location to your tweets\.?|(?:you can add|when you tweet with) (?:a )?location"
                        r"(?: information)?(?: to your tweets)?\b.*"
                        r"|javascript is (?:disabled|required|not enabled|turned off)\b.*"
                        r"|(?:please |you (?:need|have) to |you must )?(?:enable|turn on) javascript\b.*"
                        r"|(?:this (?:site|page|website)|media) requires javascript\b.*"
                        r"|(?:this (?:site|website) uses|we use) cookies (?:to|so|for|and)\b.*"
                        r"|by (?:using|continuing to (?:use|browse)) (?:this|our) (?:site|website)\b.{0,160}\b(?:cookies|privacy policy)\b.*"
                        r"|your (?:web )?browser (?:is (?:not supported|out of date|outdated)|does not support (?:javascript|cookies))\b.*"),
        # a sign-in, registration or subscription wall standing for the page: "Sign in using your <station> profile",
        # "Already have an account?", "Subscribe to continue reading", "We have sent a confirmation email to ..."
        ("sign-in wall", r"(?:please )?(?:sign|log) ?in (?:using|with) (?:your?|an?) [\w ]{0,30}(?:account|profile)\b.*"
                         r"|(?:welcome back\.?\s*)?please (?:sign|log) ?in(?: to (?:continue|read|view|comment)\b.*|\W*)"
                         r"|already (?:have an account|a (?:subscriber|member|registered user))\?.*"
                         r"|(?:subscribe|sign up|log ?in|sign ?in|register)(?: now| today)? to (?:continue reading|keep reading|"
                         r"read (?:the|this) (?:full |rest of the |entire )?(?:article|story))\b.*"
                         r"|this (?:content|article|story|page) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) "
                         r"(?:paying )?(?:subscribers|members|registered users)\b.*"
                         r"|you(?:['’]ve| have) (?:reached|used) (?:your|all of your|all your|the) (?:limit of |monthly limit of |"
                         r"maximum (?:number )?of )?(?:\d+ )?(?:free )?(?:articles|stories)\b.*"
                         r"|(?:note:\s*)?by submitting (?:this|the|your) [\w ]{0,40}?(?:form|information|registration|"
                         r"comment|e-?mail|details)\b.{0,80}?\byou (?:agree|consent|accept)\b.*"
                         r"|we have sent (?:you )?a confirmation e-?mail\b.*|thank you for registering\W*"
                         r"|why are we asking (?:for )?this\?|we look forward to seeing you on\b.{0,200}\bsign in\b.*"),
        # a paragraph in square brackets: an editor's aside or a link to another story ("[For women, heavy drinking
        # has been normalized. That's dangerous.]", "[Read: ...]"), not the article's reporting
        ("editor's aside", r"\[[^\[\]]{3,400}\]"),
        ("error page", r"(?:sorry,? )?(?:the|this) page (?:you (?:requested|are looking for|were looking for) )?(?:could not be found|cannot be found|does not exist|is not available)\.?|page not found\.?|404(?: error)?(?: - page not found)?"
                       # an error page's advice: "If you are trying to reach a page from a bookmark, the page URL may have
                       # changed.", "If you are looking for an older news story, it may no longer be here."
                       r"|if you (?:are trying to reach a page from a bookmark|are looking for an older (?:news )?(?:story|article),? "
                       r"it may no longer be (?:here|available)|still have trouble finding what you need|typed the (?:page )?"
                       r"(?:address|url) in the address bar)\b.*"
                       r"|the page (?:you (?:requested|are looking for) )?(?:may have been|has been) (?:moved|removed|deleted)\b.*"),
        ("image caption", r"image (?:copyright|caption)\b.*|media caption.*|toggle caption.*|(?:file )?photo:.*|photos?:.*|images?:.*|\((?:photos?|video|slideshow|gallery)\s*:.*\)|\[?image (?:via|by|courtesy of) [^\]]{1,60}\]?|photograph:.*|in this (?:(?:[a-z]+day, )?" + _MONTH + r" \d{1,2}, \d{4},? )?(?:file |undated |handout )?(?:photo|image|picture)\b.*"),
        ("share bar", r"(?:[•·*-]\s*)?(?:share|share this|share on|tweet|email|e-mail|print|facebook|twitter|google plus|google\+|linkedin|whatsapp|pinterest|reddit|messenger|telegram|copy link|flipboard|pin)(?:\s*[|/,•·]?\s*(?:facebook|twitter|tweet|pin|email|e-mail|print|whatsapp|linkedin|pinterest|reddit|messenger|share|copy link))*\s*:?|read or share this story:.*"),
        # a newsletter's sign-up line (a form, as the sign-up prompts of BOILERPLATE_PARTS)
        ("sign-up prompt", r"sign up for (?:our|the) [^.]{0,40}newsletter.*|subscribe to (?:our|the) [^.]{0,40}newsletter.*"),
        ("social prompt", r"(?:[–—-]\s*)?follow (?:us|me|him|her|them|[\w@.' ]{1,40})(?::| on) .*(?:twitter|facebook|instagram|@\w+).*|(?:join|like) us on facebook.*|have a tip we should know\?.*"),
        ("related link", r"(?:[►•»]\s*)?(?:read|read more|more|related|see also|also read|read also|also see|watch|listen|recommended|must read|don'?t miss|more from [\w ]{1,30}|more on [\w ]{1,30})\s*:\s*.{1,160}"
                         # a promotion line glued to its label with no colon, ending with no full stop: "Related Watch
                         # 'Pokemon Go' Creator Explain Origins of the Game Thanks to ... came calling" (spk145)
                         r"|(?-i:Related)\s+(?-i:[A-Z])[^\n]{1,300}(?<![.!?\"”])"),
        # a link, or a line that sends the reader to a website: "(Visit the Star-Telegram's online services on the
        # World Wide Web: www.star-telegram.com)", with a wire's trailing codes (".MDRV/ nn") when given
        ("link", r"(?:[^.]{0,60}:\s*)?(?:https?://|www\.)\S+\s*|(?:[\w-]+\.)+(?:com|org|net|co\.uk|com\.au)"
                 r"|\(?(?:visit|see|go to|log on to|check out)\b[^()]{0,120}?(?:https?://|www\.)[^\s()]+\)?"
                 r"(?:\s*\.?[A-Z]{2,6}/)?(?:\s+nn)?\s*"),
        # an address, a phone number, or a line that sends the reader to one ("Contact the Breaking News Desk at
        # 215-854-2443; ...", "Contact us at tips@...")
        ("contact", r"(?:to )?contact (?:the |our |us |me |him |her |them )?[\w'’ ]{0,40}?(?:at|on|:|via|by calling|by e-?mail)\s*"
                    r"(?:\(?\d{3}\)?[ .-]\d{3}-\d{4}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b.*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?: or [\d() -]{7,})?|\(?(?:(?-i:[A-Z])[\w.'-]* ){1,5}can be reached at\b.*|\(?\d{3}\)?[ .-]\d{3}-\d{4}|p\.?\s?o\.? box \d+.*"
                    # a question column's call for letters, with its address ("Address questions to Garden Q A, The
                    # New York Times, 229 West 43d St., ... Unpublished questions cannot be answered individually.";
                    # DUC 2006 D0611B, read62)
                    r"|(?:address|send|mail|e-?mail|submit) (?:your )?questions (?:to|for)\s.*"),
                # (and a wire slug standing for the title: "UNDATED SIDEBAR TO CAPITAL-PUNISHMENT"; an editorial's
        # syndication line: "The New York Times said in an editorial for Monday, July 3:")
        ("wire note", r"(?-i:(?:UNDATED )?SIDEBAR (?:TO|FOR|WITH) [A-Z0-9 &'’-]{2,60})|(?-i:UNDATED [A-Z0-9 &'’-]{2,60})"
                      r"|(?:the )?(?-i:[A-Z])[\w.'’ ]{2,40} said in an? editorial (?:for|on|published) [^.:]{0,40}:"
                      r"|for use by clients of the new york times news service|story filed by [\w .]{2,40}|x{3}(?: end of story)?|end of story|\(?story can end here\.? optional material follows\.?\)?|\(?end optional material\)?\.?|optional material follows\.?|coxnet layouts .*|\(nyt\d+\) .*|at a glance _ .*|nyt-\d\d-\d\d-\d\d .*"),
        ("correction", r"corrections?(?: appended)?(?:\s+" + DATE_PATTERN + r")?\s*(?::.*)?|(?:an earlier|a previous|an older) version of this (?:article|story|post|report|piece)\b.*|this (?:article|story|post|report) (?:has been|was) (?:corrected|updated|amended|changed) to\b.*|editor['’]?s note\b.*|(?:an?|the) [\w ’'“”\"-]{0,60}\b(?:article|story|column|caption|post|report|picture|headline|graphic)\b.*\b(?:referred incorrectly|misstated|misidentified|misspelled|incorrectly (?:identified|described|stated|reported|said|gave))\b.*|updated?(?: [ivx]+| \d+)?(?:,? " + DATE_PATTERN + r"|" + _TIME + r")?\s*[:.]?|(?:updated?|corrected)(?:,? " + DATE_PATTERN + r"|" + _TIME + r")?\s*,?\s+to (?:correct|clarify|reflect|include|add|remove|fix|note)\b.*"),
        ("section label", SECTION_LABEL + r"\s*[:.]?"),
        ("navigation", r"(?:news|home|world|politics|business|sport|opinion)\s*(?:>|›|»)\s*[\w ]{1,40}|[\w ]{1,60}(?:>>|»)\s*[\w ]{0,40}|latest headlines|related (?:stories|articles|coverage|content)|read more:?|more on this story|top stories|most read|trending(?: news)?:?.*|skip to (?:main )?content|back to top|back up to [\w ]{1,40}|opinion|today|text size\s*-?|reset|story continued below|continue reading(?: the main story)?|(?:\d+ )?min(?:ute)? read|also:|more information|exclusive|(?:world|europe|asia|africa|americas|middle east|u\.?s\.?|uk|business|tech|technology|science|health|entertainment|sports?|lifestyle|travel|culture|arts|style|weather|features|latest|menu|search|more)\s*:?"),
        ("separator", r"[_\-=*#~.•·+—–]{2,}|\+|\.|[—–] [—–]"),
        # a notice's label alone on its line ("PLEASE NOTE:"): what it labels is a line of its own
        ("notice label", r"(?:please note|important notice|notice|attention|note)\s*:"),
        ("dateline-only", r"(?:(?:published|updated|posted|last updated)\s*:?\s*(?:on\s+)?)?" + DATE_PATTERN),
        ("wire sign-off", r"[a-z]{2,4}(?:/[a-z]{2,4})*\s*\((?:AFP|AP|Reuters|dpa|KNA|epd|EFE)(?:\s*,\s*(?:AFP|AP|Reuters|dpa|KNA|epd|EFE))*\)"),
        # (and a wire story's closing credit: "Nicole Winfield reported from Vatican City.")
        ("credit", r"(?:the )?associated press contributed to this report\.?"
                   # the writer's line in brackets: "(William Saletan is a Slate senior writer)"
                   r"|\((?:(?-i:[A-Z])[\w.'’-]*\s+){2,4}is (?:a|an|the) [^()]{2,80}\)\.?|(?:(?-i:[A-Z])[\w.'’-]*\s+){2,4}(?:(?:and|&)\s+"
                   r"(?:(?-i:[A-Z])[\w.'’-]*\s+){2,4})?reported (?:from|in) (?!" + _MONTH + r"\b)(?-i:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4})\.?|\(?(?:additional |with additional )?(?:reporting|editing|writing|compiled) by (?-i:[A-Z]).*|.{0,160}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b.*|[—–-]\s*(?:with )?(?:additional reporting|assistance) by .*|copyright (?:©\s*)?\d{4}.*|copyright (?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,4}|©.*|all rights reserved\.?"),
        ("byline", r"(?-i:(?:By|BY) (?:[A-Z][a-z]+(?: [A-Z][a-z.]+){1,3}(?:,? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z.]+){1,3})?|[A-Z]{2,}(?: [A-Z.]{2,}){1,3})"
                    # the writer's outlet or desk after the name: "By Jennifer Froetschel, DS Public Affairs"
                    r"(?:,\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|for|and|&)){0,6})?|[A-Z][a-z]+ [A-Z][a-z]+/[A-Z][A-Za-z]+|[—–] ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"),
        ("counter", r"\d{1,4}"),
        # a syndicated story's credit and distribution lines: "NEW AMERICA NEWS SERVICE (Distributed by New York Times
        # Special Features)", "BY JANE DOE (Distributed by ...)", "_ The New York Times Syndicate.", "(For use by
        # clients of the ... News Service)"
        ("syndication credit", r"(?:(?:by\s+)?" + _CREDIT_NAME + r"\s*)?\(distributed by [^()]{2,80}\)\.?"
                               r"|(?:[_—–-]\s*)?" + _SERVICE_NAME + r"\.?"
                               r"|\(?for use by (?:clients of )?(?:the )?[\w. ]{0,40}?news service(?: clients)?\)?"
                               r"(?:\s*\(\w\))?\.?"),
        # a byline or an outlet's name, then the date and time it was filed (a byline with a date alone): "Associated
        # Press Tue Feb 19, 2013 7:44 PM", "By Jane Doe | Updated 7:44 PM, Feb 19, 2013", "（People's Daily Online）
        # 09:25, November 27, 2012"; a name with a date alone is a heading ("Hurricane Sandy October 29, 2012").
        # (A stamp is short: the length checked first keeps the pattern off the lines of reporting.)
        ("byline stamp", r"(?=.{0,120}\Z)(?:(?:(?-i:Posted|Published|Written|Updated)\s+)?by\s+|" + _HAS_TIME + r")" + _CREDIT_NAME
                         + r"\s*(?:[|,·•—–-]\s*|\s(?:on|at)\s+)?(?:(?:published|updated|posted|last updated)\s*:?\s*"
                         r"(?:on\s+)?)?" + _TIME_FIRST + r"?" + DATE_PATTERN),
    ]
]

#: Debris told by a part of the line: its end (anchored with ``\Z``: a caption's photo credit, a
#: teaser's "Read more") or a phrase anywhere. Each entry: (reason, cue words, pattern); the pattern
#: is searched for only in a line holding one of the cue words (lower case), which keeps cleaning fast.
BOILERPLATE_PARTS: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (reason, cues, re.compile(pattern, re.I))
    for reason, cues, pattern in [
        # a caption: a photo credit at its end, or inside the line ("<caption> | AP Photo", "<caption> | Name/Agency",
        # "Name Name/Getty Images <caption>", "CREDIT: AP Photo/Name <caption>", "<caption> (Photo by Name...")
        # (and a caption cut by the page and signed: "... crawled across the Midwest on... (Associated Press)")
        ("image caption", ("photo", "picture", "image", "getty", "reuters/", "[", "credit", "handout", "|", "enlarge",
                           "...", "…", "courtesy"),
         r"(?:\.\.\.|…)\s*\((?:associated press|ap|reuters|afp|getty images|epa)\)\.?\Z|"
         # a caption signed by whoever lent the picture: "The real U.S. Embassy in Ghana. (Courtesy of the State
         # Department)"
         r"\(courtesy(?: of)?\s[^()]{1,60}\)\.?\Z|"
         r"\|\s*(?:ap photo|getty images|afp|reuters|epa)\b|\|\s*(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})/"
         r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})/(?:(?-i:[A-Z]{2,})/)?getty images\b"
         r"|\bcredit:\s*(?:ap photo|getty|reuters|afp|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})/)"
         r"|\((?:photo|photograph|picture|image)(?:s)? (?:by|courtesy of)\b|^enlarge image\b|"
         r"\|\s*photo:|\b(?:photo|picture|image) by [A-Z][^.]{0,60}/[A-Z-]+\.?\Z|\[(?:getty|ap|afp|reuters|epa|file)(?: images)?\]\Z|(?:getty images|ap photo|reuters/[a-z ]+)\)?\Z|\((?=[^()]{0,80}\))[^()]*\b(?:photos?|photographer|photo illustration|credit:|getty|handout)\b[^()]*\)\s*(?:\([^()]{0,60}\))?\.?\Z|\bcredits? ?:? [A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,40}\Z"),
        ("related link", ("read more",), r"\bread more\s*»?\Z"),
        ("link", ("http",), r"\b(?:here|at)\s*:?\s*https?://\S+\Z"),
        # the Internet Archive's notes on its own crawls, which Multi-News scraped as articles
        ("crawler note", ("crawl", "seed", "warc", "heritrix", "publicly accessible", "slash pages", "wayback",
                          "captures", "404", "inter-domain", "wide0", "ranked urls", "unique urls", "number of hosts",
                          "data set"),
         r"\b(?:this crawl|the crawl|crawl (?:start|end) date|crawl of outlinks|wide crawls?|seed ?list|the seed for|"
         r"warc files?|heritrix|crawl data|these crawls are part of|crawls? (?:performed|run) by|"
         r"(?:added to|available in|captured by) the wayback machine|archive-it service|web captures? (?:of|from|are)|"
         r"no more 404|inter-domain (?:navigational )?links?(?: graph)?|wide0\d{4}|most highly ranked urls per domain)\b|^\W*number of (?:captures|unique urls|hosts)\s*:\s*[\d,]+\W*\Z|^\W*what['’]s in the data ?set\s*:?\W*\Z|^- slash pages from every domain|\bnot (?:currently )?publicly accessible\.?\Z"),
        # a web host's page standing in for the article (a domain being mapped, parked or for sale)
        ("hosting notice", ("domain",),
         r"\b(?:your custom domain mapping|mapping a new custom domain|this domain (?:name )?(?:is|has been|may be) "
         r"(?:parked|for sale|registered)|buy this domain|this domain has expired)\b"),
        ("wire note", ("adv. for",), r"\bADV\. FOR (?:SUN|MON|TUES?|WED|THURS?|FRI|SAT)\b"),
        # a syndicate's or wire service's note to the papers that buy its copy: "EDITORS: Visit The New York Times
        # Syndicate Web site at ...", "ATTENTION EDITORS: The following photos are part of tonight's ... Photo Package",
        # a budget's header,
        # "These columns are moving today to clients of ...", "To purchase this ...
        # contact ...", "If you have questions or need a resend, please call ...", "Questions should be directed to
        # CoxNet, the Cox News Service, ..."
        ("syndication note", ("editor", "clients of", "subscribers of", "purchase", "publish this", "resend",
                              "questions should", "information about", "the following", "budget", "all times",
                              "will move", "eta will", "eta:", "e.t.a", "news developments"),
         r"^\W*(?:(?:attention|attn\.?|note to)\s+(?:photo\s+)?)?editors?\s*:|^\W*(?:these|all|the following)\b[^.]{0,80}\b(?:moving|moved|sent|available)(?: today)? to "
         r"(?:the )?(?:clients|subscribers) of\b|^\W*(?:-0-\s*)?\(?\s*to (?:purchase|publish) this\b|\bneed a resend\b"
         r"|^[^.]{0,60}\b(?:for|to) (?:the )?(?:clients|subscribers) of (?:the )?[\w. ]{0,40}news service\W*$"
         r"|^\W*questions should be directed to\b|^\W*\(?the following\b[^.]{0,160}\b(?:is|are) available from\b"
         r"|^\W*for (?:more )?information about\b[^.]{0,80}\bcall\b[^.]{0,80}\bsales (?:executive|representative)"
         # a news service's budget (its list of the day's stories for editors): "Photo and graphics information and
         # editors' names can be found at the end of this budget.", "The Arizona Republic plans to move the
         # following stories for use by clients of ..."
         r"|\bcan be found at the end of (?:this|the) budget\b|\bplans? to move the following stories\b"
         # and the budget's own timetable (DUC 2006's CoxNet budgets: "Spot news budgets move daily at 2 p.m. and 6
         # p.m. Eastern.", "All times are Eastern unless otherwise noted. If stories will move after 8 p.m., an ETA will
         # be given."; every line of the six sets these branches take, 10, is such a timetable)
         r"|^\W*all times are (?:eastern|e[sd]t|pacific|central|local|gmt)\b|\bstories will move after\b"
         r"|\ban e\.?t\.?a\.? will be given\b|\bbudgets? (?:moves?|will move) (?:daily|at \d|on (?:mon|tues|wednes|thurs|"
         r"fri|satur|sun)day)\b|\badditional updates are possible if news developments warrant\b"
         # a budget's entry for a story still to move, its time at the end: "POL-TICKER _ A brief roundup of the day's
         # campaign events, pulled from Cox staff and wire reports. (Cox News Service) ETA: 6 p.m."
         r"|\be\.?t\.?a\.?:\s*(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)\W*$"),
        # sign-up forms and newsletter, alert and mailing-list prompts
        ("sign-up prompt", ("sign", "newsletter", "mailing list", "unsubscribe", "almost there", "thank you for"),
         r"\bby signing up,? you agree\b|\byou can unsubscribe at any time\b|\bnewsletter sign[ -]?up\b"
         r"|^\W*sign up (?:for|to|here for) [^.]{0,80}\b(?:newsletters?|e-?mail alerts|alerts|updates|inbox)\b"
         r"|\bjoin our mailing list\b|\bcontact details in the form below\b|^\W*click below to sign\b|\byou must confirm your (?:signature|subscription|e-?mail(?: address)?)\b|^you['’]re almost there\W*\Z|^thank you for (?:supporting|signing|signing up|subscribing|joining)\b[^.!?]{0,100}[.!]?\Z|^\W*view all [^.]{0,40}newsletters\W*$"),
        # prompts to click: "For a full recap, click here.", "CLICK HERE to find out more", share-bar items
        # (a paragraph that only holds a click prompt in a later sentence keeps its other sentences:
        # PROMPT_SENTENCE_RE keeps the prompt itself out of a brief)
        ("click prompt", ("click",), r"^[^.!?]{0,200}\bclick here\b.{0,80}\Z|^\W*click to (?:email|share|print|tweet|open|"
                                     r"view|watch)\b|\(opens in (?:a )?new window\)"),
        ("social prompt", ("follow us", "join the conversation"),
         r"\bfollow us (?:at|on) (?:@\w|twitter|facebook|instagram)|\bjoin the conversation on (?:twitter|facebook|instagram)\b"),
        ("terms line", ("terms of use", "terms of service"),
         r"\b(?:visit|see|read) our (?:website )?terms of (?:use|service)\b"),
    ]
]

#: A sentence that is a prompt to the reader, wherever it stands (a paragraph of reporting may end on one:
#: "... medical expenses. (Click here to see the flyer)"): never a summary sentence.
PROMPT_SENTENCE_RE = re.compile(
    r"\bclick here\b|\bby signing up,? you agree\b|\byou can unsubscribe at any time\b|\(opens in (?:a )?new window\)"
    r"|^\W*sign up (?:for|to|here for) [^.]{0,80}\b(?:newsletters?|e-?mail alerts|alerts|inbox)\b"
    r"|\bfollow us (?:at|on) (?:@\w|twitter|facebook|instagram)|\bjoin our mailing list\b"
    r"|^\W*(?:subscribe|sign up) (?:to|for) our\b|^\W*please (?:sign up|subscribe|register)\b"
    r"|^\W*(?:(?:be sure to |make sure to |don't forget to )?check out|stay tuned|stick around)\b[^.!?]{0,100}\b(?:our|us)\b"
    # a station's or site's line asking the reader to come back: "Stay with KDKA for the latest on this developing
    # story", "Stay with tampabay.com for updates", "Please make sure you check back for regular updates"
    r"|^\W*(?:please\s+)?(?:make sure (?:to|you)\s+)?(?:stay with|check back)\b(?:[^.!?]|\.(?=\w)){0,60}\b(?:latest|updates?|more)\b"
    r"|\bafter the jump\b|^\W*read on (?:for|to (?:find|see|learn|discover|get))\b|^[^.]{0,60}\bhas (?:the |more )?(?:details|story)\.?$"
    # a video's credit line: "Wale Aliyu reports. (Published Saturday, Sept. 29, 2018)"
    r"|^\W*(?:[\w.'’-]+\s+){1,3}reports\.?\s*(?:\(published\b[^)]*\)\W*)?$"
    r"|\(published (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^)]*\)"
    # a link prompt: "See PDF with full results, charts and tables here.", "... and you may download a copy here."
    r"|^\W*(?:see|read|view|watch|download|find|get|listen to|sign)\b[^.!?]{0,100}\bhere\W*$"
    r"|\byou (?:can|may|could) (?:also )?(?:see|read|view|watch|download|find|get|listen to|order|buy)\b[^.!?]{0,100}"
    r"\bhere\W*$"
    # a newsroom's contact line: an e-mail address (also written "name(at)site.com"), a phone number, "Address
    # questions to ..." (DUC 2006: "The news manager is Paul Foutch, 404-526-5429, pfoutch(at)coxnews.com.", "Or
    # call CoxNet for more information at 404-526-5456.", "Address questions to Garden Q A, The New York Times, ...")
    r"|[\w.+-]+(?:@|\(at\))[\w-]+(?:\.[\w-]+)+|(?<![\d-])\(?\d{3}\)?[ .-]\d{3}-\d{4}\b"
    r"|^\W*(?:address|send|direct|e-?mail|mail)\s+(?:your\s+|all\s+)?(?:questions|letters|comments|queries|tips)\b"
    # a note on where the piece ran before: "This article was originally published with the title ...", "This story
    # first appeared in the Aug. 23 issue ...", "A version of this article appeared in print on ..."
    r"|\b(?:this|the) (?:story|article|post|piece|essay|column|report|interview|review)\b[^.!?]{0,30}\b(?:was |is )?"
    r"(?:originally|first) (?:appeared|ran|published|posted)\b|^\W*a version of this (?:story|article|post|piece|essay|"
    r"column|review)\b"
    # an editor's note on a change: "Update, November 11, 12:03 PT: adds Apple statement." (Multi-News 0080)
    r"|^\W*(?:update[ds]?|correction|clarification)\b(?:[^.!?:]|:(?=\d)){0,50}:\s*(?:adds?|added|includes?|now includes|"
    r"corrects?|corrected|updates?|updated|clarifies|removes?|removed|with)\b",
    re.I,
)

#: A social-media handle: a sentence naming one outside quotation marks is a post's text or its credit line ("@GOPoversight
#: is going to get the Comey memo, if it exists.", "Wow, @FoxNews just reporting big news.", "— Touré (@Toure) June
#: 20, 2017"), scraped from an embed; of the 139 such sentences in Multi-News validation, read, two were the
#: writer's reporting, each naming an account as a thing ("a humorous tweet from the @BarackObama feed", "each tweet
#: from the @MittRomney feed"): a handle after "the" is not counted. Not in an e-mail address.
SOCIAL_HANDLE_RE = re.compile(r"(?<![\w.@])(?<!\bthe )(?<!\bThe )@[A-Za-z_]\w{1,14}\b")


def names_handle(text: str) -> bool:
    """Whether ``text`` names a social-media handle outside its quotations (:data:`SOCIAL_HANDLE_RE`)."""
    return "@" in text and bool(SOCIAL_HANDLE_RE.search(outside_quotes(text)))


#: Lower-case words of which every branch of :data:`PROMPT_SENTENCE_RE` needs one: an ASCII sentence holding none
#: is no prompt without running the pattern (:func:`cued_search`). A branch added to the pattern adds its cue here
#: (tests/test_speed_paths.py checks the two agree on every sentence of the summarization sets). A cue is as
#: narrow as its branch allows: the phone number's "\d{3}-\d{4}" needs a digit before a hyphen ("0-" ... "9-"), not
#: any hyphen, and "first" only counts before "appeared / ran / published / posted". A bare "-" and "first" let
#: 19,428 of 65,173 article sentences of the four sets through to the pattern; these cues let 8,686 (1.46 -> 0.98
#: CPU s over all of them).
PROMPT_SENTENCE_CUES = ("click here", "by signing up", "subscribe", "(opens in", "sign up", "follow us",
                        "join our mailing list", "please", "check out", "stay tuned", "stick around", "after the jump",
                        "details", "story", "reports", "(published", "read on", "stay with", "check back", "here",
                        "@", "(at)", "0-", "1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-", "9-", "questions",
                        "letters", "comments", "queries", "tips", "originally", "first appeared", "first ran",
                        "first published", "first posted", "version of this", "update", "correction",
                        "clarification")


def cued_search(pattern: re.Pattern[str], cues: tuple[str, ...], text: str, lowered: str | None = None):
    """``pattern.search(text)`` for a case-blind pattern every match of which holds one of ``cues`` (lower-case
    ASCII): ``None`` at once for an ASCII text holding none (``lowered``: ``text.lower()`` when made already). A
    text with other characters runs the pattern (a case-blind match may read "K" as "k", "ſ" as "s")."""
    if text.isascii():
        low = text.lower() if lowered is None else lowered
        for cue in cues:
            if cue in low:
                break
        else:
            return None
    return pattern.search(text)


#: Any double quotation mark: straight, curly, or the TeX pair of wire copy (``, '').
DOUBLE_QUOTE_MARK_RE = re.compile(r"[\"“”]|``|''")


#: A quotation span of a sentence: curly ("“...”", "‘...’"), straight ('"..."', "'...'") or TeX ("``...''", DUC's
#: "''...''" opening before a word). An opening mark whose quotation does not close in the sentence runs to its
#: end (a quotation going on in the next one). A closing mark with nothing opened before it (a sentence that
#: closes a quotation: '... agreed," Smith said.') opens nothing: a straight or '' mark right after a word or
#: ",.!?" is a closing one. The one rule for "inside a quotation": a sentence's own voice (:func:`writer_voice`)
#: and the persons it names outside quotations (:mod:`newsbrief.rewrite`) both read it.
QUOTED_RE = re.compile(r"``.*?(?:''|$)|(?<![\w,.!?])''(?=\S).*?(?:''|$)|“[^”]*(?:”|$)|(?<![\w,.!?])\"[^\"]*(?:\"|$)"
                       r"|‘[^’]*’(?!\w)|(?<!\w)'[^']*'(?!\w)")
#: The writer or a reader in the sentence's own voice, outside quotation marks: "I adore Betty White.",
#: "... wasn't available to answer my questions.", "If your name is Jake, you might want to close the tab."
#: A capital "I" counts only after a lower-case word or at the start and before a lower-case word, so a
#: regnal or ordinal numeral ("World War I ended", "Henry I was") is no voice.
_VOICE_RE = re.compile(r"(?:^|(?<=[\w,;:—–-] ))I(?:['’](?:m|ve|d|ll))?\s+[a-z]|(?<![\w.])(?:me|my|mine|myself|we|our|ours|"
                       r"us|ourselves|your|yours|yourself|yourselves)\b(?![.-]\w)|(?:^|(?<=[—–]))(?:We|Our|My|Your)\b"
                       # the reader's "your" anywhere ("Count on a third of your winnings going to the government");
                       # "you" when it is the main clause's ("If you ...", "You are not alone"): a generic or
                       # idiomatic "you" inside ("a Taco Bell near you", "mind you") is no voice
                       # (a connective before it, which the brief deletes: "Also, you misunderstand ...")
                       r"|^(?:(?:If|As|When|Whether|Now|So|And) |(?:Also|And|But|So|Still|Yet|Now|Then|Besides|"
                       r"Instead|Meanwhile|However|Sure|Well|Yes|No), )?(?:you|You)\b")
#: An imperative to the reader opening a sentence, or a subjectless "Can't wait": the writer's voice
_IMPERATIVE_RE = re.compile(r"^\W{0,2}(?:Think (?:of|about)|(?:Imagine|Consider|Remember|Forget)(?= [a-z])|Picture this|"
                            r"Don['’]t|Do not|Let['’]s|Let us|Take a look|Look at|Check out|Make no mistake|"
                            r"Believe it or not|"
                            r"(?:Can['’]t|Cannot|Couldn['’]t|Gotta|Got to) (?:wait|believe|help|stop|say|argue|"
                            r"complain))\b")
#: The words a :data:`_VOICE_RE` match is, delimited by no letter: a text whose ASCII words hold none has no match.
_VOICE_WORDS = frozenset("I me my mine myself we our ours us ourselves your yours yourself yourselves We Our My Your "
                         "you You".split())
_ASCII_WORD_RE = re.compile(r"[A-Za-z]+")
#: Sentence openers that are no name: "Yesterday I ...", "Later I ...".
_OPENERS = frozenset("yesterday today later first last still even instead meanwhile however finally sometimes "
                     "often once afterward afterwards recently".split())
#: The word before a capital "I" that makes it a name's numeral: "War I", "Henry I".
_NUMERAL_BEFORE_RE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
#: A caption inside a paragraph: "Judge Aaron Persky is shown in this June 27, 2011 file photo.", "Aurelie Chatelain,
#: in this photograph provided by the City Hall, is seen during a sporting event."
CAPTION_SENTENCE_RE = re.compile(r"\b(?:is|are) (?:shown|seen|pictured)\b[^.]{0,100}\b(?:photo|photograph|image|picture)\b"
                                 r"|\bin this (?:[^.]{0,40} )?(?:photo|photograph|image|picture)\b(?: (?:provided|released|"
                                 r"taken|made available|obtained))?"
                                 # a photo credit: "(Joe Cavaretta/South Florida Sun-Sentinel via AP) (Associated Press)"
                                 r"|\((?:AP Photo\b|[^()]{0,80}\bvia AP\b)[^()]*\)|\(Associated Press\)\W*$"
                                 # a position marker: "Zainab al-Khawaja (L) is greeted by ..."
                                 r"|\((?-i:L|R|C|left|right|center|centre|front|back|top|bottom|from left)\)"
                                 # an AP caption: a present-tense pose, then the day it was taken
                                 r"|^[A-Z][^.]{0,120}?\b(?:speaks|poses|walks|arrives|gestures|waves|listens|stands|sits|"
                                 r"looks on|attends|holds|smiles|reacts|leaves|delivers|addresses|talks|greets|is greeted)\b"
                                 r"(?!.*\b(?:said|says|told|reported|according)\b).*\b(?:on )?" + _MONTH + r" \d{1,2}, (?:19|20)\d\d\.?$", re.I)
#: Lower-case strings of which every branch of :data:`CAPTION_SENTENCE_RE` needs one (:func:`cued_search`): the
#: verbs of a shown picture, "in this", a bracket, and the year after an AP caption's day (", 2011").
CAPTION_SENTENCE_CUES = ("shown", "seen", "pictured", "in this", "(", ", 19", ", 20")
#: A hashtag outside a sentence about hashtags: a tweet quoted as text ("... under #StanfordRape judge.").
HASHTAG_RE = re.compile(r"(?<![\w&/])#[A-Za-z]\w+")
#: Numbered list items opening a sentence ("8. “We Are Never...”", "10. Horowitz hands his Oscar ..."):
#: a listicle's furniture, read out of its list.
LIST_ITEM_RE = re.compile(r"^\s*(?:\d{1,3}[.)]\s+|[-–—*•]{1,2}\s*|(?:Q|A)\s*:\s+)(?=\S)")
#: A question-and-answer column's labels with a full stop ("Q. How do people get West Nile encephalitis?", "A. By
#: the bite of a mosquito ..."; the colon forms are list items above). "A." also opens a name ("A. Knox is a member
#: of ...", "A. Salter/New York Times Photo"), so a sentence opening on it is an answer only in an article that asks
#: with "Q." (:func:`qa_answers`).
QA_QUESTION_RE = re.compile(r"^\W*Q\s*[.:]\s+(?=\S)")
QA_ANSWER_RE = re.compile(r"^\W*A\s*[.:]\s+(?=\S)")


def qa_answers(texts: list[str]) -> list[bool]:
    """Per sentence of one article (``texts``, in order): is it an answer of a question-and-answer column (opens on
    "A." or "A:" after a question opening on "Q." or "Q:" earlier in the article)? An answer leans on its question,
    which a brief never shows (a question is no summary sentence): "A. By the bite of a mosquito ...", "A. No."."""
    out, asked = [], False
    for t in texts:
        asked = asked or bool(QA_QUESTION_RE.match(t))
        out.append(asked and bool(QA_ANSWER_RE.match(t)))
    return out


#: A form's field read as a sentence: a label of one to five capitalized words naming a field of a fact box, a
#: consumer guide, a listing or a page's credits, then a colon and its value ("Suggested Dose: 1,200 mg a day in two
#: or three doses.", "Claim: ...", "Some Prices We Found: GNC: Thirty 600-mg capsules, $7.99.", "Age: 42.",
#: "Where: ..."). Its words name the field (:data:`FORM_FIELD_WORDS`, lower case; a label of other words, "The
#: catch: a 5 percent fee.", "Kiruna Church (Swedish: ...", a speaker before a quotation, is no field).
FORM_FIELD_WORDS = frozenset("""
    dose doses dosage claim claims proof price prices cost costs fee fees source sources credit credits image images
    photo photos picture pictures illustration video email e-mail phone telephone fax address website site twitter
    facebook instagram age born died hometown occupation height weight population hours admission tickets directions
    ingredients serves servings yield calories rating rated runtime genre cast director verdict pros cons effects
    warning warnings caution reference references contact location venue date dates time when where what who
    question answer tags category length duration size capacity availability available released release platform
    platforms publisher developer manufacturer specs dimensions pick picks bottom line
""".split())
FORM_FIELD_RE = re.compile(r"^\W*(?P<label>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|per|to|the|a|&)){0,4})\s*:\s+(?=\S)")


def is_form_field(text: str) -> bool:
    """Is ``text`` a form's field (:data:`FORM_FIELD_RE` with a label naming a field, :data:`FORM_FIELD_WORDS`)?"""
    head = text[:80]
    if ":" not in head:
        return False
    m = FORM_FIELD_RE.match(head)
    return bool(m) and any(w.lower() in FORM_FIELD_WORDS for w in m.group("label").split())


#: A title line quoting someone: "Emma Stone: ‘I was holding my best actress card the whole time’".
QUOTE_TITLE_RE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}:\s*[‘“\"'].*[’”\"']\W*$")


#: The characters every :data:`QUOTED_RE` match holds one of: a text without any is its own outside.
_QUOTE_CHARS = ("'", '"', "`", "“", "‘")
#: text -> :func:`outside_quotes` of it: the readability checks of a brief (:func:`writer_voice`, the rewrite's
#: leaning and naming checks) ask it of the same sentence several times. 20,000 texts, then it starts again, so a
#: follower's memory stays flat (as ``features.TERM_CACHE_SIZE``).
_OUTSIDE: dict[str, str] = {}
OUTSIDE_CACHE_SIZE = 20_000


def outside_quotes(text: str) -> str:
    """``text`` with each of its quotations (:data:`QUOTED_RE`) replaced by a space; remembered per text."""
    if not any(c in text for c in _QUOTE_CHARS):
        return text  # (no mark: no quotation)
    out = _OUTSIDE.get(text)
    if out is None:
        if len(_OUTSIDE) > OUTSIDE_CACHE_SIZE:
            _OUTSIDE.clear()
        out = _OUTSIDE[text] = QUOTED_RE.sub(" ", text)
    return out


@lru_cache(maxsize=16384)  # (pure; the view's stages ask it of the same sentences: perf62)
def writer_voice(text: str) -> bool:
    """Does ``text`` speak in the first or second person outside its quotations (a column's "I", a statement's
    unattributed "we", a blog's "you")? A brief reports in the third person, so such a sentence is no summary
    sentence: out of its article, "we" and "you" have no referent."""
    own = outside_quotes(text)
    if _IMPERATIVE_RE.match(own):
        return True  # "Think of them as platforms ...", "Can't wait for the real push!": to the reader, or no subject
    if _VOICE_WORDS.isdisjoint(_ASCII_WORD_RE.findall(own)):
        return False  # (every match is one of these words, whole: most sentences hold none)
    for m in _VOICE_RE.finditer(own):
        before = _NUMERAL_BEFORE_RE.search(own, 0, m.start()) if m.group().startswith("I") else None
        if before and before.group().strip().lower() not in STOPWORDS | _OPENERS:
            continue  # "World War I", "Henry I" (but "Then I was told", "Yesterday I")
        return True
    return False


#: Prefixes glued to a line's first sentence by scraping, cut before the line is judged:
#: abstract section labels ("ImportanceCardiovascular disease ...", "RESULTS: Of 1,200 ..."),
#: date lines ("Tuesday, January 18, 2005Through a telethon ...") and share-bar labels ("Email This").
GLUED_PREFIXES: list[tuple[str, re.Pattern[str]]] = [
    ("glued section label", re.compile(r"(?i:" + SECTION_LABEL + r")\s*:\s*(?=\S)|(?-i:(?:Importance|Objectives?|Background|"
                                 r"Design|Setting|Participants|Methods?|Interventions?|Exposures?|Results?|Findings|"
                                 r"Conclusions?(?: and Relevance)?|Main Outcomes? and Measures?))(?=[A-Z][a-z])")),
    # "Tuesday, January 18, 2005Through ...", "27 / 09 / 2013-Turkmenistan to hold ..." (a dash glued on)
    ("glued date", re.compile(r"(?i:" + DATE_PATTERN + r")(?:\s*[-–—|]\s*)?(?=[A-Z][a-z])")),
    # a share-bar label glued to the first sentence: "Email This Even at 88, ..."
    ("glued share label", re.compile(r"(?:Email|Share|Print|Tweet) (?:This|this)\s+(?=[A-Z])")),
    # a live page's label before the news it flags: "Update:Judge calls emergency meeting ...", "*** UPDATED x1 ***
    # Blagojevich hurls ...", "BREAKING: ..." (the news stays; a whole "Updated 7:44 PM" line is a correction line)
    ("glued update label", re.compile(r"(?:\*+\s*)?(?:UPDATED?|Updated?|BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?)"
                                r"(?:\s+(?:x\d+|\d+(?![:\d])))?\s*(?:\*+|:|(?<=\s)[-–—]|(?<=\d)-)\s*(?=[A-Z0-9\"“‘'])")),
    # a wire service's advance code before a slug: "$ADV21 BEAT ARTHRITIS NATURALLY" (for release on the 21st)
    ("glued advance code", re.compile(r"\$?ADV\d{1,2}\s+(?=\S)")),
    # a page's kicker or a video player's button glued to the first line: "WEB EXCLUSIVE New Moon, Same Old Sexist
    # Story", "CLOSE Police confirmed that two bodies ...", "CLOSE Skip in Skip x Embed x Share A former ..."
    ("glued kicker", re.compile(r"(?:(?:WEB |VIDEO |PHOTOS? )?EXCLUSIVE|CLOSE(?: Skip in Skip x Embed x Share)?)\s+"
                                r"(?=[A-Z][a-z]|A\s)")),
]


def without_glued_prefixes(text: str, min_rest_words: int = 1) -> str:
    """``text`` with each of :data:`GLUED_PREFIXES` cut from its front in turn, when at least ``min_rest_words``
    words are left after it ("27 / 09 / 2013-Turkmenistan to hold ..." -> "Turkmenistan to hold ...")."""
    for _reason, prefix in GLUED_PREFIXES:
        m = prefix.match(text)
        if m and len(text[m.end():].split()) >= min_rest_words:
            text = text[m.end():].strip()
    return text


#: A web address in a text: a link ("https://...", "www.example.com"), not words a reader reads.
WEB_ADDRESS_RE = re.compile(r"https?://|\bwww\.\w", re.I)

#: A number opening a paragraph, with no full stop or bracket after it ("1 The First Division play-off game is ...",
#: "2 In 2001-02, 32 clubs reported ..."): a listicle's item number when the text's paragraphs number on in order
#: (:func:`list_number_lines`); a lone "12 People were hurt" is a count and stays.
BARE_LIST_NUMBER_RE = re.compile(r"^(\d{1,3})[ \t]+(?=[A-Z\"“‘'(£$€])")
#: The fewest paragraphs numbering on in order (n, n + 1, ...) that make a numbered list.
MIN_LIST_RUN = 3


def list_number_lines(lines: list[str]) -> set[int]:
    """Indices of ``lines`` (stripped paragraphs; blank ones ignored) whose opening number
    (:data:`BARE_LIST_NUMBER_RE`) is a list's item number: one of at least :data:`MIN_LIST_RUN` numbered paragraphs
    in a row, ignoring unnumbered ones between them, whose numbers go up by one."""
    numbered = []
    for i, line in enumerate(lines):
        m = BARE_LIST_NUMBER_RE.match(line)
        if m:
            numbered.append((i, int(m.group(1))))
    out: set[int] = set()
    run: list[int] = []
    for k, (i, n) in enumerate(numbered):
        if run and n != numbered[k - 1][1] + 1:
            if len(run) >= MIN_LIST_RUN:
                out.update(run)
            run = []
        run.append(i)
    if len(run) >= MIN_LIST_RUN:
        out.update(run)
    return out


#: A picture, video or graphic of the page (media noun; plural or singular).
MEDIA_NOUN = (r"(?:videos?|photos?|photographs?|images?|pictures?|pics?|footage|clips?|graphics?|galler(?:y|ies)|"
              r"slideshows?|infographics?)")
MEDIA_NOUN_RE = re.compile(r"\b" + MEDIA_NOUN + r"\b", re.I)
#: A sentence pointing at the page's media ("Paula Blades shared this picture of her back", "GET THIS VIDEO TO
#: 100,000 likes!", "In this image released by ..."): the reader of a brief sees no picture.
MEDIA_REFERENCE_RE = re.compile(r"\b(?:this|these)\s+(?:(?:short|new|latest|above|below|following|exclusive|amazing|"
                                r"incredible|shocking|viral|dramatic|live|undated|handout|file)\s+)?" + MEDIA_NOUN + r"\b",
                                re.I)

#: A caption read as a sentence: it opens on a picture of the page ("A photo from the 1998 excavation, with the
#: foot bones below ...", "A rendering of Brachiosaurus-araucaria, or “Bigfoot.”", "An undated handout image shows
#: ...") and has no verb of its own that tells news (:data:`CAPTION_NEWS_VERB_RE`: "A photo of the suspect was
#: released by police" is news about a photo).
MEDIA_CAPTION_RE = re.compile(
    r"^\W*(?:An?|The|This)\s+(?:(?:undated|file|handout|new|recent|aerial|satellite|archival|archive|old|"
    r"black-and-white|colou?r|close-up|computer-generated|digital)\s+)*(?:photo(?:graph)?|image|picture|rendering|"
    r"illustration|screenshot|screen grab|still|snapshot|artist['’]s (?:impression|rendering|conception|"
    r"illustration))\s+(?:from|of|shows?|showing|taken|released|provided|made|depicting|depicts|shared|posted|"
    r"obtained|courtesy)\b")
#: Verbs that make a sentence opening on a picture tell news about it (:data:`MEDIA_CAPTION_RE`).
CAPTION_NEWS_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|went|became|"
    r"sparked|drew|appeared|circulated|surfaced|emerged|spread|prompted|caused|led|won|got|received|"
    r"said|says|told)\b", re.I)


#: A wire photo's caption: a present-tense picture verb ("is seen", "poses", "gestures", "looks on") and the
#: picture's date after a comma at the end, no preposition before it: "The U.S. Capitol building is seen before
#: President Barack Obama arrives ... in Washington, January 20, 2015." (A news sentence dates with "on".)
WIRE_CAPTION_RE = re.compile(
    r"^(?=.*\b(?:(?:is|are) (?:seen|pictured|shown|silhouetted|reflected)|poses?|gestures?|looks? on|waves?|"
    r"smiles?|reacts?|listens?|(?:speaks?|talks?) (?:during|at|to|with))\b)"
    r".*,\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\.?\s*$")


def is_media_caption(text: str) -> bool:
    """Is ``text`` a caption of the page's picture (:data:`MEDIA_CAPTION_RE`, :data:`WIRE_CAPTION_RE`) rather
    than a sentence of the story? A reader of a brief sees no picture."""
    if WIRE_CAPTION_RE.match(text):
        return True
    return bool(MEDIA_CAPTION_RE.match(text)) and not CAPTION_NEWS_VERB_RE.search(outside_quotes(text))


#: Where a person stands in the page's picture, set off by commas after the name ("Brian Kelley, center left, and
#: Senior Vice President Mark Wood cut the ribbon ...", "Eric Holder, left, listens to ...", "Timothy Rowe, left,
#: and Andrew Olmsted, second from left, ...") or in brackets ("Khuram Butt (left) who was known to police", a
#: tabloid's "(r.)"): a caption's marker. Not before "or" ("AI, left, or right 2D:4D": a side, not a place in a
#: picture); a single capital letter in brackets ("Rick Perry (R)") is a party as often as a place, so it is not read
#: here. Read on the four summarization sets: 51 sentences, 50 captions or pointers at a picture ("Olivia, center,
#: was killed.") and one interjection ("Oh, right, this also ...", then left out by :data:`_NOT_A_NAME`); with
#: "(r.)" 51 again, all captions.
PICTURE_POSITION_RE = re.compile(
    r"(?P<before>\w+)[.'’)]?,\s+(?:(?:center|centre|far|top|bottom|front|back|rear|standing|seated|kneeling)\s+)?"
    r"(?:(?:second|third|fourth|fifth)\s+)?(?:from\s+)?(?:left|right|center|centre)\s*,(?!\s+or\b)"
    r"|\((?:(?:center|centre|far|top|bottom|front|back)\s+)?(?:(?:second|third|fourth|fifth)\s+)?(?:from\s+)?"
    r"(?:left|right|center|centre)\)"
    # a tabloid's short marks, lower case with a full stop: "James Earl Ray (r.) in front of the committee"
    r"|\((?:far |second )?[lrc]\.\)")
#: Words before the marker that make it no place in a picture: a side listed with others ("parties of the right,
#: left, and center"), an interjection ("Oh, right, this also ...").
_NOT_A_NAME = frozenset("left right center centre oh yeah yes well okay ok".split())


def picture_position(text: str) -> str | None:
    """The picture position marker of ``text`` (:data:`PICTURE_POSITION_RE`), or None; one after a side word
    ("the right, left, and center") lists sides."""
    if "left" not in text and "right" not in text and "cent" not in text and ".)" not in text:
        return None
    for m in PICTURE_POSITION_RE.finditer(text):
        if (m.group("before") or "").lower() not in _NOT_A_NAME:
            return m.group(0)
    return None


@lru_cache(maxsize=16384)  # (pure; the view's stages ask it of the same sentences: perf62)
def is_caption_sentence(text: str) -> bool:
    """Is ``text`` a caption of the page's picture read as a sentence: one that opens on the picture
    (:func:`is_media_caption`), points at it or credits it (:data:`CAPTION_SENTENCE_RE`: "in this photo", "(AP
    Photo/...)", "(L) is greeted by"), or marks where a person stands in it (:func:`picture_position`)? A reader of
    the cross-source view sees no picture: the timeline dates no caption and the single-outlet details list none.
    (The selector reads the first two for the key points, with a capital letter in brackets always a place; the
    position marker is not read there, a change of the summary's selection left for a round with a ROUGE run.)"""
    if is_media_caption(text) or picture_position(text) is not None:
        return True
    if cued_search(CAPTION_SENTENCE_RE, CAPTION_SENTENCE_CUES, text) is None:
        return False
    # a single letter in brackets is a place in the picture when the picture's verb follows ("Zainab al-Khawaja (L)
    # is greeted by ...", "Francois Molins (R) and Christian Flaesch ... attend"), a party otherwise ("Rick Perry
    # (R), a veteran of ...", "Robin Vos (R) said")
    for m in CAPTION_SENTENCE_RE.finditer(text):
        if not _LETTER_MARK_RE.fullmatch(m.group(0)) or _PICTURE_VERB_AFTER_RE.match(text, m.end()):
            return True
    return False


_LETTER_MARK_RE = re.compile(r"\([LRC]\)")
#: The picture's verb after a person's place: "and" another person, a passive ("is greeted") or a present tense
#: ("attends"); not "has", "was", "says" or "is running" (a party's letter: "Robin Vos (R) says").
_PICTURE_VERB_AFTER_RE = re.compile(r"\s+(?:and\b|(?:is|are)\s+[a-z]+ed\b|(?!(?:has|was|is|says|does)\b)[a-z]+s\b)")


#: A word in capitals of a sentence in capitals (a television transcript's closed captions, a shouted post).
_CAPS_WORD_RE = re.compile(r"\b[^\W\d_]{2,}\b")


def shouts_throughout(text: str, min_words: int = 4, share: float = 0.7) -> bool:
    """Is ``text`` written in capitals: at least ``min_words`` words of two letters or more, and ``share`` of them
    in capitals? "MIKE DEFOREST IS BREAKING THIS ORIGINAL LOCAL REPORT ..." (a broadcast's closed captions), "FREE
    STORM TRACKING APP DOWNLOADED BY ...", a photo credit "AMERICAN MUSEUM OF NATURAL HISTORY (AMNH.ORG)". A
    sentence with a few acronyms ("NATO and the EU said ...") is not."""
    words = _CAPS_WORD_RE.findall(text)
    if len(words) < min_words:
        return False
    return sum(w.isupper() for w in words) >= share * len(words)


def page_media_reference(text: str) -> str | None:
    """The words of ``text`` that point at the page's media (:data:`MEDIA_REFERENCE_RE`, outside quotations),
    or None; a sentence that names such media before pointing at them ("Many of the new images are more graphic
    ... - these new photos include ...") is telling of them, not pointing."""
    if not ("this" in text or "these" in text or "This" in text or "These" in text or "THIS" in text
            or "THESE" in text):
        return None
    outside = outside_quotes(text)
    m = MEDIA_REFERENCE_RE.search(outside)
    if m is None or MEDIA_NOUN_RE.search(outside, 0, m.start()):
        return None
    return m.group(0)


#: A title field that only names a wire photo ("AP Photo NY303-304", "AP Photos"): no headline.
PHOTO_REFERENCE_TITLE_RE = re.compile(r"^(?:AP|Reuters|AFP|UPI)\s+Photos?(?:\s+[A-Z]{1,4}\d+(?:\s*[-,/]\s*\d+)*)*$")


#: A post's media label before the news it links ("VIDEO: West Texas salutes ...", "NEW PHOTO: Rifle disarmed at
#: gate 36", "[DEVELOPING STORY]PHOTO: ...", "Watch: ..."): cut from a title (the news stays). Kept apart from
#: :data:`GLUED_PREFIXES` on purpose: a summary sentence opening on "Photo:" is a credit the debris check must see.
MEDIA_LABEL_RE = re.compile(r"^\W{0,3}(?:\[[A-Z ]{2,30}\]\s*)?(?:(?:NEW|New|LIVE|Live|MORE|More)\s+)?"
                            r"(?:VIDEOS?|Videos?|PHOTOS?|Photos?|PICS?|Pics?|PICTURES?|Pictures?|WATCH|Watch|AUDIO|Audio|"
                            r"LISTEN|Listen)\s*:\s*(?=\S)")
#: A post that only asks the reader to follow an account ("Please follow @PDPLABAN for updates"): no title.
READER_PROMPT_RE = re.compile(r"^\W*(?:please\s+)?(?:follow|like)\s+@\w+(?:\s+(?:for|on)\b[^.!?]*)?\W*$", re.I)


#: A contraction split by a tokenizer, as some scraped sets are ("Lohan ’ s lawyer", "that ’ s not", "don ' t"):
#: joined again ("Lohan’s"); an apostrophe closing a quotation (" ' the church") is left alone. A backtick typed
#: for the apostrophe ("HP` s Thumb") is joined too (and read as "’" with the quote marks, ``clean.tex_quotes``).
SPLIT_CONTRACTION_RE = re.compile(r"(?<=\w)(?: ([’'`])|(`)) (s|t|re|ve|ll|d|m)\b")
#: A web address a tokenizer split at its last dot ("reports FoxSports. com and Yahoo! Sports", "SI. com is
#: reporting"): joined again. No sentence opens on a lower-case "com".
SPLIT_DOMAIN_RE = re.compile(r"(?<=[A-Za-z0-9])\. (com|org|net|gov|edu|co\.uk)\b(?![-'’])")


#: A separator a title or a section label ends on: "Latin American Briefs /", "Sports |".
TRAILING_MARK_RE = re.compile(r"\s*[/|\\]+\s*$")

#: An initial a tokenizer set apart from the next ("U. S. Surgeon General", "L. A. Deputy").
SPACED_INITIALS_RE = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


#: A comma a scraper or wire copy left with no space after it between words ("the malaria-causing
#: parasite,Zimbabwean Health ...", "on April 25,the World Health Organization"); digits after it are a number.
GLUED_COMMA_RE = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])|(?<=\d),(?=[a-z]{2})")


def space_glued_commas(text: str) -> str:
    """``text`` with a space after each comma :data:`GLUED_COMMA_RE` finds."""
    return GLUED_COMMA_RE.sub(", ", text)


def join_initials(text: str) -> str:
    """``text`` with the initials :data:`SPACED_INITIALS_RE` finds written together ("U. S." -> "U.S.")."""
    return SPACED_INITIALS_RE.sub(r"\1.", text) if ". " in text else text


#: A stock ticker a wire writes after a company's name ("Michael Kors (KORS.N) agreed to buy ... Jimmy Choo CHOO.L",
#: "Kate Spade & Co KATE.N,"): a market's code, read by no reader of a brief; cut with the space before it. The
#: exchange suffixes are Reuters' (New York, Nasdaq, London, Paris, Xetra, Toronto, Hong Kong, ...).
_EXCHANGE = r"(?:N|O|OQ|L|PA|DE|TO|HK|AS|MI|MC|SW|ST|CO|HE|OL|AX|SS|SZ|KS|BO|NS|SI)"
TICKER_RE = re.compile(r"(?<![\w.&'’-])([A-Z][\w&.'’-]*)(?:\s\([A-Z0-9]{1,6}\." + _EXCHANGE + r"\)|\s[A-Z]{2,6}\." + _EXCHANGE
                       + r"(?![\w.&]))")


def drop_tickers(text: str) -> str:
    """``text`` without the stock tickers :data:`TICKER_RE` finds after a capitalized word (a company's name)."""
    return TICKER_RE.sub(r"\1", text) if "." in text else text


#: A decimal a tokenizer split at its point ("40. 3 million people watched", "shooting 51. 2 percent", "452. 9
#: million dollars", "(25. 7bn)"): joined again when a unit or a magnitude follows (a sentence may open on a
#: count, "May 12. 3 people died", never on a percentage or a number of millions).
SPLIT_DECIMAL_RE = re.compile(
    r"(?<![\d.,])(\d{1,3})\. (\d{1,2})(?=\s?%|(?:bn|tn|m|k)\b|\s+(?:per ?cent|percent|percentage points?|"
    r"million|billion|trillion|points?|degrees?|inches|feet|miles|km|kilomet(?:re|er)s|met(?:re|er)s|kg|"
    r"kilograms|tonnes|tons|seconds|minutes|assists|rebounds|steals|blocks|goals|yards|mph|magnitude)\b)")

#: A calibre a tokenizer split from its point, the point left on the word before ("he pointed a. 357 caliber
#: revolver", "a loaded. 38-caliber revolver"): the point goes back to the number (".357 caliber"); a sentence may
#: end before a number, never before a calibre's.
SPLIT_CALIBER_RE = re.compile(r"(?<=[a-z])\. (\d{2,3})(?=(?:-|\s)?(?:caliber|calibre|cal\b|magnum)\b)", re.I)


def join_split_contractions(text: str) -> str:
    """``text`` with the contractions :data:`SPLIT_CONTRACTION_RE` finds, the web addresses
    :data:`SPLIT_DOMAIN_RE` finds and the decimals :data:`SPLIT_DECIMAL_RE` and calibres
    :data:`SPLIT_CALIBER_RE` find joined again."""
    if "’ " in text or "' " in text or "` " in text:
        text = SPLIT_CONTRACTION_RE.sub(lambda m: (m[1] or m[2]) + m[3], text)
    if ". " in text:
        text = SPLIT_DOMAIN_RE.sub(r".\1", text)
        text = SPLIT_DECIMAL_RE.sub(r"\1.\2", text)
        if "cal" in text or "CAL" in text or "magnum" in text.lower():
            text = SPLIT_CALIBER_RE.sub(r" .\1", text)
    return text

#: TeX / Penn-Treebank quote marks of tokenized wire copy (DUC's New York Times and AP text, some scraped
#: pages): "``" opens and "''" closes a double quotation, a backtick opens a single one that an apostrophe
#: closes ("`` We will win , '' he said", "I told him, `I'm not even dressed.' "). The cleaner
#: (``clean.tex_quotes``) reads each as the curly mark it stands for; these are the shapes it reads.
#: A run of marks: backticks or apostrophes (a run of three is a double and a single mark).
TEX_MARK_RE = re.compile(r"`+|'+")
#: What may stand right before an opening mark: nothing, a space, an opening bracket, quote or dash.
TEX_OPENS_AFTER = frozenset(" \t([{“\"‘—–-/")
#: What a closing mark of wire copy may follow: "``" after a sentence's last punctuation closes its quotation
#: too ("... a perpetual welfare state,`` said Graham White").
TEX_CLOSES_AFTER = frozenset(",.!?;:")
#: A single quotation opened by a backtick closes within this many characters (else the backtick is left).
TEX_SINGLE_MAX_CHARS = 400
#: A code span of non-news text ("run `pip install x` first"): a backtick before a non-space, closed by a
#: backtick after one but not after a sentence's punctuation (wire copy's "`a ... years.`" is a quotation);
#: not a backtick between letters ("it`s", used as an apostrophe); or a reST literal
#: ("``x``", closed after a letter or digit, where wire copy closes after punctuation). A line holding one
#: is left as it is, and so is a code fence ("```python") and every line inside one.
CODE_SPAN_RE = re.compile(r"(?<![`\w])`(?![`\s])[^`\n]*?(?<![\s`,.!?])`(?![`\w])"
                          r"|(?<!`)``(?![`\s])[^`\n]*?\w``(?![`\w])")
CODE_FENCE_RE = re.compile(r"^(?:```|~~~)[\w+.-]*$")

#: A closing curly quote mis-decoded before the text reached us: UTF-8 "”" (bytes E2 80 9D) passed through
#: Windows-1252, where 0x9D is undefined, came back as "?" after an invalid two-byte rest shown as U+FFFD:
#: 'findings are “fascinating and provocative,�? there are caveats'. The opening "“" (E2 80 9C) survives
#: that trip, so the pair is read as "”" wherever a closing mark can stand: after a non-space and before no
#: letter or digit (inside a word the same lost byte was a letter such as "Á" or "Ý", left alone). ftfy does
#: not restore it (the byte is gone; it keeps "�?"), so the cleaner does (``clean.kept_lines``).
MISDECODED_CLOSING_QUOTE_RE = re.compile(r"(?<=\S)\ufffd\?(?!\w)")
MISDECODED_CLOSING_QUOTE = "”"
#: A currency sign lost to a wrong decoding before an amount: "in return for? 110bn in loans", "since agreeing
#: a? 110-billion ... aid deal", "slice 30bn euros (\ufffd25.7bn)". A question mark never ends a question on a
#: preposition or an article, and a replacement character before a digit stood for a sign; both go (the amount
#: stays, its currency unknown), so no sentence is cut at "for?".
MISDECODED_CURRENCY_RE = re.compile(
    r"\b(for|of|to|at|by|a|an|or|and|than|from|with|over|under|about|worth|paid|cost|costs|some|nearly|"
    r"around|almost|extra)\?\s?(?=\d)|\ufffd+(?=\s?\d)", re.I)


def drop_misdecoded_currency(line: str) -> tuple[str, int]:
    """``line`` without the lost currency signs :data:`MISDECODED_CURRENCY_RE` finds, and how many went."""
    return MISDECODED_CURRENCY_RE.subn(lambda m: m[1] + " " if m[1] else "", line)


def boilerplate_reason(line: str) -> str | None:
    """The boilerplate reason for one stripped line, or ``None`` to keep it.

    A leading list bullet ("• FILE PHOTO: ...") does not hide a caption."""
    bare = BULLET_PREFIX_RE.sub("", line)
    for reason, pattern in BOILERPLATE_LINES:
        if pattern.fullmatch(line) or (bare != line and pattern.fullmatch(bare)):
            return reason
    lowered = bare.lower()
    for reason, cues, pattern in BOILERPLATE_PARTS:
        if any(cue in lowered for cue in cues) and pattern.search(bare):
            return reason
    if BULLET_ITEM_RE.match(line) and not line.rstrip().endswith((".", "!", "?", '"', "”")):
        return "menu item"
    return None


BULLET_PREFIX_RE = re.compile(r"^[•·▪►]\s*")

#: Lines that are only a bullet marker plus a few words are menu/share items.
BULLET_ITEM_RE = re.compile(r"^[•·▪►]\s*\S.{0,40}$")

#: A related-stories list: two or more bullet lines in a row, each a headline (at most :data:`MAX_LINK_HEADLINE`
#: characters, no sentence's end but a question mark: "• Why is Libya so lawless?", "• A migrant’s tale: Jailed and
#: ransomed in Libya"). Kept, a headline with no full stop runs into the next paragraph's first sentence.
MAX_LINK_HEADLINE = 110
_HEADLINE_ENDS = (".", "!", ":", ";", ",", '"', "”", "’", "'")


def related_link_lines(lines: list[str]) -> set[int]:
    """Indices of ``lines`` (stripped) in a related-stories list: a run of two or more consecutive bullet lines
    (:data:`BULLET_PREFIX_RE`, no blank line between them) each of a headline's length and ending in no sentence
    mark but "?", after the report's first paragraph of prose (a line of 8 words or more ending a sentence). Bullets
    before it are the page's standfirst ("• Interior and commerce departments agree" under a headline): list items of
    the story, kept."""
    out: set[int] = set()
    run: list[int] = []
    prose = False
    for i, line in enumerate([*lines, ""]):
        if (prose and BULLET_PREFIX_RE.match(line) and len(line) <= MAX_LINK_HEADLINE and BULLET_PREFIX_RE.sub("", line)
                and not line.endswith(_HEADLINE_ENDS)):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
        if not prose and not BULLET_PREFIX_RE.match(line) and len(line.split()) >= 8 and _PROSE_END_RE.search(line):
            prose = True
    return out


_PROSE_END_RE = re.compile(r"[.!?][\"”’']?\s*$")


# --- segmentation ------------------------------------------------------------------

#: Titles that precede a name and so never end a sentence ("Lt. Col. James Brown");
#: nupunkt knows the other abbreviations ("U.N.", "Jan.", "p.m.").
TITLE_ABBREVIATION_RE = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Messrs|Mme|Mlle|Dr|Prof|Gen|Gens|Brig|Lt|Col|Maj|Capt|Cmdr|Cdr|Adm|Ens|Sgt|Cpl|Pvt|Pfc|Spc|Spec|"
    r"Rep|Reps|Sen|Sens|Gov|Amb|Atty|Msgr|Hon|Supt|Insp|Det|Rev|Fr|St|Mt)\.$"
)

# --- selection ---------------------------------------------------------------------------

#: Function words ignored as content (summary scoring, citations).
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own said same says she should so some such
    than that the their theirs them themselves then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with would you your yours yourself
    yourselves mr mrs ms one two also would could may might must shall us told say""".split()
)

#: Attribution tails that can be cut from a summary sentence without loss:
#: ", according to Al Arabiya." / ", Russia's foreign ministry said on Tuesday." / ", a friend confirms to Us Weekly."
ATTRIBUTION_TAIL_RE = re.compile(
    r",\s+(?:according to [^,.;\"“”]{2,60}|(?:the )?[A-Z][^,.;\"“”]{1,60}\s(?:said|says|reported|reports|told [^,.;]{1,40})(?: on \w+day| late \w+day| last week| today| yesterday)?"
    # ", a close friend of the singer confirms exclusively to Us Weekly."
    r"|(?:an?|the) [^,.;\"“”]{1,60}\s(?:said|says|confirms|confirmed|tells|told)(?:\s+\w+ly)?(?:\s+to\s+[^,.;\"“”]{1,40})?)\s*\.$"
)

#: Backstory: what was planned or had happened before the event a story reports ("Haftar was due to sign",
#: "talks had been expected to end", "had agreed to a truce"). A summary sentence stating one, without a date
#: of its own, reads before the event (``selection.Selector._order``). The cue must be the main clause's verb
#: (nothing of :data:`BACKSTORY_CLAUSE_RE` before it); a reported past perfect ("officials said he had left") is
#: the event itself in reported speech, so a reporting verb anywhere cancels the cue.
BACKSTORY_RE = re.compile(
    r"\b(?:was|were|had been)\s+(?:originally\s+|initially\s+)?(?:due|expected|scheduled|set|supposed|slated|"
    r"planning|meant)\s+to\b"
    r"|\bhad\s+(?:already\s+|earlier\s+|previously\s+|initially\s+|originally\s+)?(?!been\s+(?:killed|injured|hurt)\b)"
    r"(?!(?:every|some|any|no)one\b)"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght|ung|ade|id|ld|nt|ot|ck|un|ft)\b", re.I)
#: Words before the cue that put it in a subordinate or second clause ("21 minutes before the president was due
#: to be sworn in", "the boy that had been the subject of an alert", "pleaded not guilty and was scheduled to
#: return", "One wishes he had taken ..."), or a relative clause with no "that" ("The account she had used has
#: been taken down"): the sentence's main event is another one, so it is no backstory.
BACKSTORY_CLAUSE_RE = re.compile(
    r"[,;:(—–]|\b(?:and|or|but|who|whom|whose|which|that|where|when|while|before|after|since|until|if|because|as|"
    r"although|though|once|wish|wishes|wished|hope|hopes|determined|found|ruled|concluded|learned|knew|thought|"
    r"believed|believes)\b|\w\s+(?:he|she|they|we|you)\s*$", re.I)
BACKSTORY_CANCEL_RE = re.compile(
    r"\b(?:said|says|told|reported|reports|according to|announced|confirmed|added|stated|explained|"
    r"insisted|claimed|acknowledged|admitted|noted|wrote)\b", re.I)

#: A date that is not the date of the sentence's main event (``selection.named_date``): it names an earlier
#: event inside a noun phrase ("the tsunami of December 26, 2004", "last October's crash"; not "after the July
#: 7, 2005 bombings", the only date of a caption that shows them) or sits in a clause after the main one (", killing all 217 people aboard on Oct. 31", "which crashed
#: on June 1", "after the plane disappeared on Sunday"). Matched on the text just before the date.
DATE_NOT_MAIN_BEFORE_RE = re.compile(
    r"\b(?!(?:morning|afternoon|evening|night|day|week|weekend|end|beginning|middle|start)\s)\w+\s+of\s+$"
    r"|\bsince\s+$|['’]s\s+$"
    r"|,\s+(?:killing|leaving|injuring|wounding|claiming|which|who|whose|when|after|before|following|since)\b[^,;]*$"
    r"|\b(?:which|who|whose)\s+(?:\w+\s+){0,6}$", re.I)
#: An update that tells how long after an earlier event it comes ("Nearly a week after tsunami waves scoured
#: the coasts ...", "the earthquake that hit eleven days ago", "the one year anniversary of the attacks", "an
#: aftershock of the February 27 earthquake", "which crashed ... earlier this month"): with no date of its own
#: it reads after the other sentences of its day (``selection.Selector._order``), since what it follows is
#: told there, not before them. Not "a week later" (a narrative's next step: "Less than a week later, Patel
#: was approached ...") nor "12 years ago" in the main clause (the sentence's own event: backstory).
_ELAPSED = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\s+"
            r"(?:days?|weeks?|months?|years?)")
UPDATE_RE = re.compile(
    r"\b(?:anniversary|aftershocks?)\b"
    r"|\b" + _ELAPSED + r"\s+(?:after|since)\b"
    r"|\b(?:that|which)\s+(?:\w+\s+){1,4}" + _ELAPSED + r"\s+ago\b"
    r"|\b(?:earlier|late|later) (?:this|that|last) (?:week|month|year)\b"
    r"|\bin the (?:days|weeks|months|years) (?:after|since|following)\b", re.I)

# --- outlet signals read from the text (appended for issue 10, outlet identity) ---------------------

#: An outlet's byline opening a line, with or without its dash, place optional (scrapes drop either):
#: "(CNN) A Detroit man ...", "(CNN) - The swell ...", "Washington (CNN) Sarah Sanders ...". The place is one to
#: four capitalised words (a photo credit "... of America. (AP)" ends a sentence and is not one).
BYLINE_START_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z]+(?:[ ,]+[A-Z][A-Za-z.]+){0,3},?[ \t]+)?\((?P<agency>"
    + "|".join(sorted(AGENCY_NAMES, key=len, reverse=True))
    + r")\)[ \t]*(?:--|—|–|-)?[ \t]*(?=[A-Z\"“‘'])"
)

#: A staff address at the end of a story ("richard.winton@latimes.com"): its domain, read through the news domain
#: table, names the publisher. Only known news domains count (a reader's or a press office's address is not one).
STAFF_EMAIL_RE = re.compile(r"\b[\w.+-]+@(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)

#: The publisher's closing rights line: "Copyright 2014 WGCL-TV (Meredith Corporation). All rights reserved.",
#: "Copyright © 2012 HealthDay. All rights reserved." A photo credit ("Credit: Copyright Davide ...") is not one.
RIGHTS_LINE_RE = re.compile(
    r"(?:^|\n|(?<!Credit:)(?<!Image)(?<!Photo)\s)(?i:copyright|©)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
    r"(?i:by\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,4})"
    r"(?:\s*\([^)\n]{1,60}\))?\s*[.,-]?\s*(?i:all rights reserved)"
)


# --- date lines (titles and lines that are only a date or a time stamp) ---------------------------------

_DATE_LINE_TIME = r"\d{1,2}(?:[:.]\s?\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?"
#: A line that is only a date (and time): "DECEMBER 16, 2008", "Saturday, August 24, 2013",
#: "JUNE 11, 2012 AT 10: 33 AM PT", "Updated 3:15 p.m. ET", "Story Created: Aug 7, 2012 at 9: 56 AM AKDT".
DATE_LINE_RE = re.compile(
    r"^\W*(?:(?:published|updated|posted|last updated|date|created|edited)\b\s*:?\s*(?:on\s+)?)?"
    r"(?:" + WEEKDAY_WORD_PATTERN + r"\.?,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|" + _MONTH + r")?"
    r"(?:,?\s+\d{4})?(?:,?\s*(?:at\s+)?" + _DATE_LINE_TIME + r")?\W*$",
    re.I,
)

#: A place in capitals before a date ("INDONESIA, July 2, 2013") and an update note after one ("3 July 2013
#: Last updated at 13:38 GMT"): still only a date line.
_DATE_PLACE_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:\([^)]{1,20}\))?\s*[,:]\s*")
_DATE_UPDATED_RE = re.compile(r"\s+(?:last\s+)?(?:updated|modified)\b[^A-Za-z]*(?:at\b[^A-Za-z]*)?"
                              r"(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[ECMP][SD]?T|BST|CET|IST)?\W*$", re.I)


#: A page's word before its stamp's verb: "Article posted on 08. 07. 2012", "Story Created: Aug 7, 2012".
_STAMP_NOUN_RE = re.compile(r"^(?:story|article|page)\s+(?=(?:published|updated|posted|created|edited)\b)", re.I)


@lru_cache(maxsize=16384)  # (pure; the view's stages ask it of the same sentences: perf62)
def is_date_line(text: str) -> bool:
    """Is ``text`` only a date, a weekday date or a time stamp (after a place in capitals, before an update note)?"""
    t = _STAMP_NOUN_RE.sub("", text.strip())
    bare = _DATE_UPDATED_RE.sub("", _DATE_PLACE_RE.sub("", t)).strip()
    if bare and bare != t and _is_date_line(bare):
        return True
    return _is_date_line(t)


def _is_date_line(t: str) -> bool:
    if not t or not any(ch.isdigit() or ch.isalpha() for ch in t):
        return False
    if DATE_LINE_RE.match(t) and (bool(re.search(r"\d", t)) or bool(re.search(WEEKDAY_WORD_PATTERN, t, re.I))):
        return True
    # other orders of the same parts: "9: 53 Am, Mon 22 Jul 2013", "Posted at 3: 21 PM ET, 01 / 5 / 2011",
    # "12 January 2010 @ 09: 29 pm", "On Tuesday, 16 December"
    words = re.findall(r"[^\W_]+", t)
    return bool(re.search(r"\d", t)) and all(_DATE_WORD_RE.fullmatch(w) for w in words)


#: The words a date line is made of: months and weekdays (and their short forms), numbers, times and time
#: zones, "posted"/"published"/"updated" and their fillers.
_DATE_WORD_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d+(?:st|nd|rd|th|am|pm|a|p)?|am|pm|a|p|m|gmt|utc|bst|cet|ist|[ecmp][sd]?t|et|pt|"
    r"a?k[sd]t|h[sd]t|"  # (Alaska's and Hawaii's zones: "Story Created: Aug 7, 2012 at 9: 56 AM AKDT")
    r"at|on|of|the|updated|published|posted|last|modified|date|time|hrs?|"
    r"edited|created)", re.I)  # ("Edited on Mon Dec-19-05 03: 49 PM": a forum page's stamp, rd53)
