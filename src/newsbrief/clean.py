"""Clean: remove scraping boilerplate from article text, conservatively.

Works line by line on the raw text. A label or date glued to a line's first
sentence ("ImportanceCardiovascular disease ...", "RESULTS: Of ...") is cut
off. A line is removed only when it matches a general boilerplate pattern (see
:mod:`newsbrief._patterns`; the rule is written in docs/debris.md), repeats the
title or an earlier line, is a caption following an "Image caption" label, or
is a bullet menu item. Every removal is recorded on ``article.removed`` with its
reason and line number, so ``--explain`` can show exactly what went. A closing
quote mark mis-decoded upstream (U+FFFD then "?", see
:data:`newsbrief._patterns.MISDECODED_CLOSING_QUOTE_RE`) is read as the mark it
was, and recorded there too. The TeX quote marks of tokenized text ("``...''",
"`...'") are read as the curly marks they stand for (:func:`tex_quotes`).

A wire's digest, a page of several stories each under its own dateline (:func:`story_parts`), is read by the
:class:`Cleaner` as the one story its brief is about (:func:`event_part`); its other stories are left out of the
cleaned text and named on ``article.removed``.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import _patterns
from .config import CleanSettings
from .model import Article, Brief, BriefStage
from .stream.dedup import _is_boilerplate



@dataclass(frozen=True)
class Removal:
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text!r}"


def _norm(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


classify_line = _patterns.boilerplate_reason

_OPEN, _CLOSE = "\u201c\u2018", "\u201d\u2019"
_SPACED_PUNCT_RE = re.compile(r"(?<=\w)\s+([,.!?;:])$")
_OTHER_OPENER_RE = re.compile(r"[\"\u201c]")


def tex_quotes(line: str, doubles: bool = True) -> str:
    """``line`` with the TeX / Penn-Treebank quote marks of tokenized text read as curly ones: "``" and
    "''" as “”, a backtick-opened single quotation as ‘’, a backtick between letters ("it`s") as ’; the
    tokenizer's spaces inside a quotation go ("`` We will win , '' he said" -> "“We will win,” he said").
    An apostrophe of a word ("don't", "the players' union") is left, and so is a line holding a code span
    (:data:`newsbrief._patterns.CODE_SPAN_RE`).

    Which mark is which comes from what stands around it (:data:`~newsbrief._patterns.TEX_OPENS_AFTER`):
    "``" opens after a space or at the start and closes after a sentence's last punctuation (wire copy's
    "state,`` said"); "''" opens before a word after a space, else closes, except after a digit (12''
    is inches) or between spaces when no quotation is open. A backtick opens a single quotation only when
    an apostrophe after it closes it in the line, before the next mark of a double quotation: the first one
    after a sentence's punctuation ("`the players' union is strong,' he said"), else the first that ends a
    word; else it is left. Marks left as they were are mis-typed or something else.

    With ``doubles=False`` (``clean.tex_double_quotes``) "``" and "''" stay as they are, except in a quotation a
    tokenizer spaced ("`` We will win , ''") and a "''" closing one a straight or curly mark opened ('"We didn't
    have this great plan,'' she said'); one backtick standing for two ("`There's a perception ...,'' Ewing said")
    is written as the wire's "``" (and a backtick closing such a quotation as "''"), so the quotation reads as the
    others of its text."""
    if "`" not in line and "''" not in line or _patterns.CODE_SPAN_RE.search(line):
        return line
    marks: list[tuple[int, int, str]] = []  # (start, end, kind)
    for m in _patterns.TEX_MARK_RE.finditer(line):
        run, i, j = m.group(), m.start(), m.end()
        p = line[i - 1] if i else ""
        n = line[j] if j < len(line) else ""
        opens = p == "" or p in _patterns.TEX_OPENS_AFTER
        if run == "`":
            if opens and n and (not n.isspace() or line[j:].strip()):
                marks.append((i, j, "open single"))
            elif p.isalpha() and n.isalpha():
                marks.append((i, j, "apostrophe"))
            elif p in _patterns.TEX_CLOSES_AFTER and (not n or n.isspace()):
                marks.append((i, j, "close backtick"))  # "`a significant omission ... years.`"
            else:
                marks.append((i, j, "stray backtick"))
        elif run == "``":
            if opens and line[j:].strip():
                marks.append((i, j, "open double"))
            elif p in _patterns.TEX_CLOSES_AFTER and (not n or n.isspace() or n == ")"):
                marks.append((i, j, "close double"))
            elif p in ".!?" and n.isupper():
                marks.append((i, j, "open double"))  # a space lost: "teachers.``We are in a state"
            else:
                marks.append((i, j, "stray backtick"))
        elif run == "```":
            kind = "open double" if opens and n and not n.isspace() else "stray backtick"
            marks += [(i, i + 2, kind), (i + 2, j, "open single" if kind == "open double" else kind)]
        elif run[0] == "`":
            marks.append((i, j, "stray backtick"))
        elif run == "'":
            if p and not (n.isalnum() or n == "_"):
                marks.append((i, j, "close single"))
        elif run == "''":
            if p.isalnum() and n.isalnum():  # "that''s" (a doubled apostrophe), "``Jurassic Park''and"
                marks.append((i, j, "close double if open"))
            elif opens and n and not n.isspace():
                marks.append((i, j, "open double"))
            elif p and not p.isspace():
                marks.append((i, j, "close double after digit" if p.isdigit() else "close double"))
            else:
                marks.append((i, j, "close double if open"))
        elif len(run) == 3:  # a single quotation and a double one closing together
            marks += [(i, i + 1, "close single"),
                      (i + 1, j, "close double" if p and not p.isspace() else "close double if open")]
    repl: dict[int, tuple[int, str]] = {}
    double_open = spaced = False
    tokenized: set[int] = set()  # double marks of a quotation a tokenizer spaced: "`` We will win , ''"
    one_for_two: set[int] = set()  # a backtick opening (or closing) a double quotation: "`Hoarding ...,'' X said"
    for k, (i, j, kind) in enumerate(marks):
        if kind == "open double" and double_open and k + 1 < len(marks) and marks[k + 1][2] == "close single":
            # a quotation inside one, closed by one apostrophe: "``I think ``Star Wars' is going to be the biggest,''"
            repl[i], repl[marks[k + 1][0]] = (j, "\u2018"), (marks[k + 1][1], "\u2019")
        elif kind == "open double":
            repl[i], double_open = (j, "\u201c"), True
            spaced = line[j : j + 1].isspace()
            if spaced:
                tokenized.add(i)
        elif kind == "close double" or (kind == "close double after digit" and double_open) or (
                kind == "close double if open" and (double_open or j == len(line))):
            if double_open and spaced:
                tokenized.add(i)
            repl[i], double_open = (j, "\u201d"), False
        elif kind == "apostrophe":
            repl[i] = (j, "\u2019")
        elif kind == "open single":
            closers = []
            for ci, _cj, ckind in marks[k + 1:]:
                if ckind != "close single" or ci - j > _patterns.TEX_SINGLE_MAX_CHARS:
                    break
                closers.append(ci)
            after_punct = [c for c in closers if line[:c].rstrip()[-1:] in _patterns.TEX_CLOSES_AFTER]
            if closers:
                shut = (after_punct or closers)[0]
                repl[i], repl[shut] = (j, "\u2018"), (shut + 1, "\u2019")
            elif line[i - 2 : i] == "``" and repl.get(i - 2) == (i, "\u201c"):
                repl[i - 2] = (j, "\u201c")  # "```very disturbed''": one backtick too many
            elif not double_open and k + 1 < len(marks) and marks[k + 1][2] in (
                    "close double", "close double if open", "close double after digit", "close backtick"):
                # one backtick for two: "`Hoarding behavior ... understood,'' Patronek said", "`a ... years.`"
                repl[i], double_open = (j, "\u201c"), True
                one_for_two.add(i)
                if marks[k + 1][2] == "close backtick":
                    repl[marks[k + 1][0]], double_open = (marks[k + 1][1], "\u201d"), False
                    one_for_two.add(marks[k + 1][0])
    if not doubles:  # "``" and "''" stay, but not in a tokenizer's spaced quotation or closing '"' or "\u201c"; one
        # backtick for two is written as the wire's own two marks ("`There's a perception ...''" -> "``There's ..."),
        # so the quote opens as its "''" closes
        repl = {i: (j, {"\u201c": "``", "\u201d": "''"}[mark] if i in one_for_two else mark)
                for i, (j, mark) in repl.items() if mark not in "\u201c\u201d" or i in tokenized or i in one_for_two or (
                    mark == "\u201d" and line[i:j] == "''" and _OTHER_OPENER_RE.search(line, 0, i))}
    if not repl:
        return line
    out, pos = [], 0
    for i in sorted(repl):
        j, mark = repl[i]
        piece = line[pos:i]
        if mark in _CLOSE and piece[-1:].isspace():
            piece = _SPACED_PUNCT_RE.sub(r"\1", piece.rstrip())  # "win , ''" -> "win,”"
        out += [piece, mark]
        pos = j
        if mark in _OPEN:
            pos += len(line[j:]) - len(line[j:].lstrip())  # "`` We" -> "“We"
    out.append(line[pos:])
    return "".join(out)


#: Double marks of a line and the two curly single marks a few papers' typography closes a double quotation with.
_DOUBLE_OR_CURLY_PAIR_RE = re.compile("\u2019\u2019|[\"\u201c\u201d]")


def doubled_curly_closings(line: str) -> str:
    """``line`` with two curly single marks (U+2019 twice) that close a double quotation opened before them in the
    line, by a curly or a straight mark, written as the one closing mark it pairs with (a curly or a straight one),
    as a straight "''" closing one is read (:func:`tex_quotes`): 'chemical weapons,’’ said Shin In-kyun' (the
    Boston Globe's typography in Multi-News: blind-speakers78 lost the quote, which ran on to the next closing mark;
    spk133). Two curly singles with no double quotation open are left as they are."""
    if "\u2019\u2019" not in line:
        return line
    out, pos, opener = [], 0, ""  # the mark of the double quotation open, "" when none
    for m in _DOUBLE_OR_CURLY_PAIR_RE.finditer(line):
        mark = m.group()
        if mark == "\u201c":
            opener = mark
        elif mark == "\u201d":
            opener = ""
        elif mark == '"':
            opener = "" if opener else mark
        elif opener:  # closed as it was opened: a straight mark by a straight one, so straight marks still pair
            out += [line[pos : m.start()], '"' if opener == '"' else "\u201d"]
            pos, opener = m.end(), ""
    return "".join(out) + line[pos:] if out else line


def clean_text(text: str, title: str | None = None,
               settings: CleanSettings | None = None) -> tuple[str, list[Removal]]:
    """Cleaned text (paragraphs separated by blank lines) and what was removed."""
    removed: list[Removal] = []
    kept = list(kept_lines(text, title, settings, removed))
    body = "\n".join(kept).strip()
    # one paragraph per line: lines of scraped text are paragraphs
    body = re.sub(r"\n(?!\n)", "\n\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return decoded_entities(body), removed


#: A character reference written out in the text: a named one ("&amp;", SGML wire copy's "&AMP;"), a decimal or a
#: hexadecimal one ("&#039;", "&#x2019;"), each closed by its semicolon. Without the semicolon it is left: "AT&T",
#: "R&D" and "&notice" are words.
_CHARACTER_REFERENCE_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def decoded_entities(text: str) -> str:
    """``text`` with the HTML character references that scraped or SGML text keeps decoded ("Donaldson Lufkin
    &AMP; Jenrette" -> "Donaldson Lufkin & Jenrette", "&gt;" -> ">", "&#039;" -> "'"; a no-break space becomes a
    space); a reference HTML does not define ("&HT;") is left as written."""
    def one(m: re.Match[str]) -> str:
        ch = html.unescape(m.group())
        return " " if ch == "\xa0" else ch
    return _CHARACTER_REFERENCE_RE.sub(one, text) if "&" in text else text


#: Reasons for removing a line (:mod:`newsbrief._patterns`) that stand for a whole page rather than a part of an
#: article: a crawler's note on its crawl, a web host's notice, a sign-up form, a syndicate's or wire service's
#: note to the papers, a media player's notice, an error page, a site's notice about itself (Twitter's location
#: setting, a JavaScript or cookie wall), a sign-in or subscription wall. A text made of nothing else is no article.
PAGE_NOTES = frozenset({"crawler note", "hosting notice", "sign-up prompt", "syndication note", "syndication credit",
                        "wire note", "media notice", "error page", "site notice", "sign-in wall"})
#: Reasons for removing a line that is a page's furniture: alone they make no page note (a tweet of a link, a post of
#: share buttons is a post), but beside a page's note they are the rest of that page ("Published on Sep 8, 2015",
#: links under a video player's notice, "Click here to return to the page you were visiting." on a sign-in wall).
PAGE_FURNITURE = frozenset({"link", "share bar", "social prompt", "click prompt", "navigation", "separator",
                            "notice label", "dateline-only", "repeated line", "terms line", "menu item", "counter"})


#: A news service's budget entry: a paragraph (or a sentence) opening on the story's all-capitals slug, perhaps its
#: place or "Undated" in brackets, then a dash ("DAM-FISH (Undated) _ A panel of scientists ...", "POLYGAMIST
#: (Colorado City, Ariz.) - School opens ...", "PACKARD (Undated) {ndash} A Phoenix man ...", CoxNet's "CUBA-ELIAN _
#: MIAMI _ Demonstrators sang ..."). A report's own dateline in that style ("WASHINGTON _ The Senate voted ...") has
#: the shape too: one entry is no budget.
_BUDGET_ENTRY_RE = re.compile(r"(?:^|\n|[.)]\s)\W{0,2}[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?:\s+\((?:[Uu]ndated|[A-Z][^()\n]{1,40})\))?"
                              r"\s*(?:_|--?|—|–|\{ndash\})\s+[A-Z]")
#: What says the page is a budget sent to the papers, not a story (not the syndication line "Clients of the New York
#: Times News Service ..." that 80 ordinary articles of DUC 2003 and 2006 carry): its header ("... plans to move the
#: following (stories) for (use by) clients of ...", "These columns ... are moving today to clients of the New York Times News
#: Service.", "COXNET BUDGET INFORMATION", "... can be found at the end of this budget.") or an entry's note ("Story
#: will move in the ``a'' category.").
_BUDGET_NOTE_RE = re.compile(r"(?i)\bplans? to move the following\b|\bstory will move in the\b"
                             r"|\b(?:are|is) moving today to clients of\b|\bbudget information\b|\bend of this budget\b"
                             r"|\bthe following photos are part of\b")
#: A photo package's header ("ATTENTION EDITORS: The following photos are part of tonight's New York Times Photo
#: Package, moving 10/28/98."): its entries are captions ("(NYT35) WASHINGTON -- Oct. 28, 1998 -- NBA-LABOR-2, 10-28
#: -- A group of disgruntled fans ..."), one for each photo of the day's stories.
_PHOTO_PACKAGE_RE = re.compile(r"(?i)\bthe following photos are part of\b")


def budget_note(text: str) -> str | None:
    """Why ``text`` is a news service's budget, not an article, or None: two or more entries opening on a story's
    slug (:data:`_BUDGET_ENTRY_RE`) and the budget's header or an entry's "Story will move" note
    (:data:`_BUDGET_NOTE_RE`). A budget lists a day's stories, each by its first lines, for the papers' editors:
    the stories on the brief's topic come as articles of their own, and the rest are other stories. DUC 2006 holds
    eight: D0612C's Seattle and Phoenix budgets (their salmon dams, Seahawks and book reviews were shown as an autism
    story's details and timeline rows), D0610A's Arizona Republic budget, D0628A's CoxNet features budget and
    D0647B's four Cox budgets and a Cox column budget. A photo package is one too, its entries the captions of the
    day's photos under "The following photos are part of tonight's ... Photo Package" (DUC 2006 holds two, of 35
    and 42 captions, two of each on their cluster's topic; both were read as one story before).
    Every set of ../shared was read for the shape: no other page has two slug entries and such a note. (The view's details read the same test, :func:`newsbrief.analyze.agreement.budget_page`,
    for a budget given with ``ingest.skip_page_notes`` off.)"""
    if len(_BUDGET_ENTRY_RE.findall(text)) < 2 or not _BUDGET_NOTE_RE.search(text):
        return None
    if _PHOTO_PACKAGE_RE.search(text):
        return "no article: a news service's photo package, captions of the day's photos (budget)"
    return "no article: a news service's budget, a list of stories to come (budget)"


def page_note(text: str, words: list[str] | None = None) -> str | None:
    """Why ``text`` is no article but a page's note, or None: a news service's budget (:func:`budget_note`), or every line :func:`clean_text` removes is one of
    :data:`PAGE_NOTES` or a page's furniture beside one (:data:`PAGE_FURNITURE`) and it keeps no line (the Internet Archive's notes on its crawls, which Multi-News scraped
    as the pages its summaries cited; a New York Times Syndicate sales note with no story). A text of links,
    captions or share bars only (a tweet, a snippet) is not one: those lines belong to an article or a post.
    ``words``: the text's content words if the caller has them (:func:`newsbrief.stream.dedup.signature_words`;
    else the de-duplicator's boilerplate test is run until its first content word): only a text with none is
    cleaned."""
    from .stream.dedup import _content_words

    if text and (budget := budget_note(text)):
        return budget
    if not text or (words if words is not None else _content_words(text, 1)[0]):
        return None
    removed: list[Removal] = []
    if any(kept_lines(text, None, None, removed)):
        return None
    reasons = {r.reason for r in removed}
    if not reasons & PAGE_NOTES or not reasons <= PAGE_NOTES | PAGE_FURNITURE:
        return None
    return "no article: every line is a page's note (" + ", ".join(sorted(reasons)) + ")"


#: A separator line between a digest's stories: three or more underscores, hyphens, asterisks, equals signs or
#: tildes, perhaps spaced ("___", "------", "- - - -").
_SEPARATOR_LINE_RE = re.compile(r"^\s*(?:[_\-*=~]\s*){3,}$")
#: Words a stretch of a page holds at least to be a story of a digest: the wire's notes after a separator ("EDITOR'S
#: NOTE -- Lauran Neergaard covers health ...", 25 words with its links) open on a dateline's shape too.
DIGEST_STORY_MIN_WORDS = 40
#: Words of a headline standing above a digest's story ("Rare stegosaurus skeleton to be exhibited next year in
#: Denver"): at most this many, and no full stop at its end.
DIGEST_HEADLINE_MAX_WORDS = 15


def _opens_story(lines: list[str]) -> bool:
    """Does a stretch of a page (its lines) open a story: a wire's dateline ("GUATEMALA CITY (AP) _ A Guatemalan
    court ...", "SANTIAGO -- Chile's economic activity ...", :data:`newsbrief._patterns.DATELINE_PREFIX_RE`) on its
    first line or on the line after a headline, and :data:`DIGEST_STORY_MIN_WORDS` words or more?"""
    kept = [line.strip() for line in lines if line.strip()]
    if sum(len(line.split()) for line in kept) < DIGEST_STORY_MIN_WORDS:
        return False
    for k, line in enumerate(kept[:2]):
        if _patterns.DATELINE_PREFIX_RE.match(line):
            return True
        if k == 0 and (len(line.split()) > DIGEST_HEADLINE_MAX_WORDS or line.endswith(".")):
            return False
    return False


def story_parts(text: str) -> list[tuple[int, int]] | None:
    """The stories of a wire's digest, as ranges ``[first, last)`` of ``text``'s lines (0-based), or None when
    ``text`` is one story. A digest is a page of several stories, each opening on its dateline (perhaps under its
    headline) after a separator line (:data:`_SEPARATOR_LINE_RE`): "... Lilly Research Laboratories. / ___ / Rare
    stegosaurus skeleton to be exhibited next year in Denver / DENVER (AP) _ After 145 million years, ...". It is a
    digest when two or more stretches between separators open a story (:func:`_opens_story`); a stretch that
    opens none (the wire's "On the Net:" links, an editor's note, a quiz on the story) belongs to the story before
    it, and what stands before the first story to the first.

    Over every article of DUC 2003, DUC 2006, MultiLing, Multi-News and ECB+ (3,348 pages) 7 pages read as
    digests, the 7 labelled so (``tests/labels/digest_pages.tsv``); none of the 105 pages labelled one story there
    (102 with a separator line: the wire's links, notes and credits, a column's quiz, a live page's timed updates;
    4 with several datelines) is, nor any of BASIL's and WikiRef220's 520."""
    if "\n" not in text:
        return None
    lines = text.split("\n")
    stretches: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(lines):
        if _SEPARATOR_LINE_RE.match(line):
            stretches.append((start, i))
            start = i + 1
    if not stretches:
        return None
    stretches.append((start, len(lines)))
    opening = [_opens_story(lines[a:b]) for a, b in stretches]
    if sum(opening) < 2:
        return None
    parts: list[list[int]] = []
    story_seen = False
    for (a, b), opens in zip(stretches, opening):
        if opens and story_seen:
            parts.append([a, b])
        elif not parts:
            parts.append([0, b])
        else:
            parts[-1][1] = b
        story_seen = story_seen or opens
    return [(a, b) for a, b in parts]


def event_part(part_terms: list[list[str]], other_terms: list[list[str]]) -> int:
    """Which of a digest's stories (their content terms, :func:`newsbrief.features.content_terms`) the brief is
    about: the one whose terms the brief's other articles (``other_terms``) share most, each term weighed by how
    rare it is in ordinary English (the background table of :mod:`newsbrief.stream.vectorize`: a drug's or a
    president's name counts for more than "said" or "year"); the score is the weighed share of the other articles
    holding each of the story's distinct terms. Over the 7 digests of the five sets the story chosen is the one on
    the cluster's topic in all 7; each digest's runner-up scores 0.33-0.84 of it."""
    from .stream.vectorize import background_terms

    terms, freq = background_terms()
    zipf = _zipf_table(terms, freq)
    n = max(1, len(other_terms))
    df: dict[str, int] = {}
    for other in other_terms:
        for t in set(other):
            df[t] = df.get(t, 0) + 1

    def score(part: list[str]) -> float:
        distinct = set(part)
        weights = {t: max(0.5, 7.0 - zipf.get(t, 1.0)) for t in distinct}
        total = sum(weights.values())
        return sum(w * df.get(t, 0) for t, w in weights.items()) / n / total if total else 0.0

    scores = [score(p) for p in part_terms]
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


_ZIPF: dict[str, float] = {}


def _zipf_table(terms, freq) -> dict[str, float]:
    """term -> zipf frequency (log10 of occurrences per billion words) of the background table, built once."""
    if not _ZIPF:
        _ZIPF.update((t, math.log10(f) + 9.0) for t, f in zip(terms, freq))
    return _ZIPF


_LEADING_DIGIT_RE = re.compile(r"^[ \t]*\d", re.M)
_BULLET_RE = re.compile(r"^[ \t]*[•·▪►]", re.M)


def kept_lines(text: str, title: str | None = None, settings: CleanSettings | None = None,
               removed: list[Removal] | None = None) -> Iterator[str]:
    """The lines :func:`clean_text` keeps, stripped, in order, with ``""``
    where a blank line separated them; what it removes is appended to
    ``removed``. A line's fate depends only on the lines before it (and a
    list item's number, cut, on the numbers of the text's other paragraphs), so
    a caller that needs only the opening of the cleaned text (a story title's
    first sentences) can stop early: each kept line is a paragraph of its own.
    A bullet line's fate also depends on the lines next to it: two headlines in a
    row are a list of links to other stories (:func:`_patterns.related_link_lines`)."""
    settings = settings or CleanSettings()
    removed = removed if removed is not None else []
    seen: set[str] = set()
    title_norm = _norm(title) if title else None
    caption_next = False
    in_fence = False  # inside a code fence of non-news text ("```"): no quote marks are read there
    last = None  # the last line yielded
    raw_lines = text.split("\n")
    # a listicle's item numbers with no full stop ("1 The First Division ...", "2 In 2001-02, ..."): only a text with
    # a paragraph opening on a digit is read for them
    listed = (_patterns.list_number_lines([r.strip() for r in raw_lines])
              if _LEADING_DIGIT_RE.search(text) else set())
    # a list of links to other stories (two bullet headlines or more in a row)
    linked = (_patterns.related_link_lines([r.strip() for r in raw_lines])
              if _BULLET_RE.search(text) else set())
    for lineno, raw in enumerate(raw_lines, 1):
        line, repaired = _patterns.MISDECODED_CLOSING_QUOTE_RE.subn(_patterns.MISDECODED_CLOSING_QUOTE, raw.strip())
        line = _patterns.drop_tickers(_patterns.join_split_contractions(line))
        if _patterns.CODE_FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            line = doubled_curly_closings(tex_quotes(line, settings.tex_double_quotes))
        if repaired:
            removed.append(Removal(lineno, "\ufffd?" * repaired, "mis-decoded closing quote mark read as \u201d"))
        if "?" in line or "\ufffd" in line:
            line, lost = _patterns.drop_misdecoded_currency(line)
            if lost:
                removed.append(Removal(lineno, "?" * lost, "mis-decoded currency sign before an amount"))
        if not line:
            if last:
                last = ""
                yield ""
            continue
        m = _patterns.BARE_LIST_NUMBER_RE.match(line) if lineno - 1 in listed else None
        if m:
            removed.append(Removal(lineno, m.group(1), "list item number"))
            line = line[m.end():]
        for prefix_reason, prefix in _patterns.GLUED_PREFIXES:
            m = prefix.match(line)
            if m and line[m.end():].strip():
                removed.append(Removal(lineno, m.group(0).strip(), prefix_reason))
                line = line[m.end():].strip()
        norm = _norm(line)
        # (the de-duplicator's one-pattern check first: most lines are no boilerplate, and it says so faster;
        # it agrees with classify_line on whether a line is, tests/test_ingest_speed.py)
        reason = classify_line(line) if _is_boilerplate(line) else None
        if reason is None and lineno - 1 in linked:
            reason = "related link"
        if reason is None and caption_next and len(line.split()) <= settings.max_caption_words:
            reason = "image caption"
        caption_next = reason == "image caption" and line.lower() in {"image caption", "image copyright"}
        if reason is None and title_norm and norm == title_norm:
            reason = "repeated headline"
        if reason is None and norm in seen and len(norm.split()) >= settings.min_repeated_line_words:
            reason = "repeated line"
        if reason is not None:
            removed.append(Removal(lineno, line, reason))
            continue
        seen.add(norm)
        last = line
        yield line


class Cleaner(BriefStage):
    """Pipeline stage: ``article.raw_text`` -> ``article.text`` + ``article.removed``.

    A wire's digest (:func:`story_parts`) is read as the one story of it the brief is about (:func:`event_part`,
    against the brief's other articles): its other stories are left out of ``article.text``, each named on
    ``article.removed`` ("another story of a digest page") and the brief warned once per page, so every later
    stage (sentences, summary, the cross-source view) reads the same story. A digest alone, or among digests
    only, is compared with the brief's other digests; a brief of one page keeps it whole."""

    requires = ("article.raw_text",)
    assigns = ("article.text", "article.removed")

    def __init__(self, settings: CleanSettings | None = None):
        self.settings = settings or CleanSettings()

    def __call__(self, brief: Brief) -> Brief:
        dropped = other_stories(brief.articles)
        for n, art in enumerate(brief.articles, 1):
            drop = dropped.get(id(art))
            self.clean_article(art, drop)
            if drop:
                lines = art.raw_text.split("\n")
                brief.warnings.append(
                    f"article {n} ({art.path or art.title or art.id}) is a digest of {len(drop) + 1} stories: the "
                    f"brief reads the one about its story, not the other {len(drop)} ("
                    + "; ".join(_shortened(_first_line(lines[a:b])) for a, b in drop) + ")")
        return brief

    def clean_article(self, art: Article, drop: list[tuple[int, int]] | None = None) -> Article:
        """Clean ``art`` (once). ``drop``: ranges of its raw lines that are other stories of a digest page
        (:func:`other_stories`): blanked before cleaning, so the lines kept keep their numbers."""
        if art.text is None:
            raw = art.raw_text
            notes: list[Removal] = []
            if drop:
                lines = raw.split("\n")
                for a, b in drop:
                    notes.append(Removal(a + 1, _first_line(lines[a:b]), "another story of a digest page"))
                    lines[a:b] = [""] * (b - a)
                raw = "\n".join(lines)
            text, removed = clean_text(raw, art.title, self.settings)
            art.text = text
            art.removed = [*art.removed, *(str(r) for r in notes + removed)]  # after ingest's text hygiene notes
        return art


def _first_line(lines: list[str]) -> str:
    return next((line.strip() for line in lines if line.strip()), "")


def _shortened(line: str, limit: int = 60) -> str:
    """``line`` quoted, cut at a word boundary to at most ``limit`` characters ("…" added)."""
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + " …"
    return f"\u201c{line}\u201d"


def other_stories(articles: list[Article]) -> dict[int, list[tuple[int, int]]]:
    """Per digest page among ``articles`` not yet cleaned (by ``id()`` of the article): the ranges of its raw
    lines that are not the story the brief is about (:func:`story_parts`, :func:`event_part`, compared with the
    articles that are no digest, else with the other digests). A brief of one article keeps its page whole."""
    from .features import content_terms

    parts = {id(a): p for a in articles if a.text is None and (p := story_parts(a.raw_text))}
    if not parts or len(articles) < 2:
        return {}
    plain = [content_terms(a.raw_text) for a in articles if id(a) not in parts]
    out: dict[int, list[tuple[int, int]]] = {}
    for art in articles:
        ranges = parts.get(id(art))
        if not ranges:
            continue
        others = plain or [content_terms(a.raw_text) for a in articles if a is not art]
        lines = art.raw_text.split("\n")
        keep = event_part([content_terms("\n".join(lines[a:b])) for a, b in ranges], others)
        out[id(art)] = [r for k, r in enumerate(ranges) if k != keep]
    return out
