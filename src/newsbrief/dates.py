"""Dates: month and weekday names, and parsing the dates articles and users write.

The one home of the calendar words: :mod:`newsbrief.ingest` (publication
dates), :mod:`newsbrief.analyze.timeline` (dates in sentences),
:mod:`newsbrief._patterns` (dateline-only lines) and the store and digest
(dates users give) all read them from here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from .errors import InvalidDateError

#: A count a reader cannot turn into a date: "a few months ago", "several years ago", "some weeks ago", "many
#: years ago". The timeline's resolver reads "few" and "several" as 3 to place the row, but shown beside the
#: expression a month or a year is a precision no article gave ("a few months ago (August 1999)"); the reader
#: is shown the date the expression counts back from instead ("(as of 15 Nov 1999)").
VAGUE_COUNT_RE = re.compile(r"\b(?i:a\s+few|few|several|some|many|a\s+couple\s+of)\s+(?i:hours?|days?|weeks?|"
                            r"months?|years?|decades?)\b")

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Month number by the first three letters of its name ("sept" and "September" are both "sep").
MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
#: ``datetime.date.weekday()`` by lower-case weekday name.
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}

#: Abbreviations written besides the first three letters.
_EXTRA_MONTH_ABBREVIATIONS = {9: ("Sept",)}

#: A month name or abbreviation as written in English text ("January", "Jan", "Sept"),
#: capitalized: compile it with ``re.I`` to accept any case. The longest form comes
#: first, so a match is never cut short.
MONTH_PATTERN = "(?:" + "|".join(
    form
    for number, name in enumerate(MONTH_NAMES, 1)
    for form in sorted({name, name[:3], *_EXTRA_MONTH_ABBREVIATIONS.get(number, ())}, key=len, reverse=True)
) + ")"
#: A full weekday name ("Monday"), capitalized like :data:`MONTH_PATTERN`.
WEEKDAY_PATTERN = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
#: A weekday name or abbreviation ("Tue", "Tues.", "Thursday"); meant for ``re.I``.
WEEKDAY_WORD_PATTERN = "(?:" + "|".join(name[:3].lower() for name in WEEKDAY_NAMES) + ")[a-z]*"

_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLASHED_RE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})$")
_LEADING_WEEKDAY_RE = re.compile(r"^" + WEEKDAY_WORD_PATTERN + r"\.?,?\s+", re.I)
_DAY_MONTH_YEAR_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR_RE = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Jan", "sept", "December"), else ``None``.

    Only the first three letters are looked at."""
    return MONTHS.get(name[:3].lower())


#: Years a written date may have. Far enough inside ``datetime``'s 1-9999
#: that date arithmetic on them (a week back, "next year", "50 years ago")
#: never overflows: "9999-12-31" in a text was an OverflowError in the timeline.
MIN_YEAR, MAX_YEAR = 100, 9899


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when there is no such day (30 February) or the
    year is outside :data:`MIN_YEAR`-:data:`MAX_YEAR`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: Any) -> dt.date | None:
    """Parse ISO dates and common English date forms; ``None`` if it is not one.

    Accepts dates and datetimes, ``2020-01-14`` (with any time after it),
    ``2020/01/14``, ``14 January, 2020``, ``Tuesday, 14 January 2020`` and
    ``Jan. 14, 2020``.

    >>> parse_date("Tue, 14 Jan 2020")
    datetime.date(2020, 1, 14)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if MIN_YEAR <= value.year <= MAX_YEAR else None
    s = str(value).strip()
    m = _ISO_RE.match(s) or _SLASHED_RE.match(s)
    if m:
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    s = _LEADING_WEEKDAY_RE.sub("", s)
    m = _DAY_MONTH_YEAR_RE.match(s)
    if m and (month := month_number(m[2])):
        return safe_date(int(m[3]), month, int(m[1]))
    m = _MONTH_DAY_YEAR_RE.match(s)
    if m and (month := month_number(m[1])):
        return safe_date(int(m[3]), month, int(m[2]))
    return None


_YEAR = r"(1[89]\d\d|20\d\d)"
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"
#: A full date written in text, with its year: "2013-03-08", "March 8, 2013" / "Mar. 8th 2013", "8 March 2013" / "8th
#: of March, 2013" (month names as written, capitalized).
FULL_DATE_RE = re.compile(
    r"\b" + _YEAR + r"-([01]\d)-([0-3]\d)\b"
    r"|\b(" + MONTH_PATTERN + r")\.?\s+" + _DAY + r",?\s+" + _YEAR + r"\b"
    r"|\b" + _DAY + r"\s+(?:of\s+)?(" + MONTH_PATTERN + r")\.?,?\s+" + _YEAR + r"\b")


def full_dates(text: str) -> Iterator[dt.date]:
    """Every full date (:data:`FULL_DATE_RE`) ``text`` writes that names a real day, in order."""
    for m in FULL_DATE_RE.finditer(text):
        if m[1]:
            d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        elif m[4]:
            d = safe_date(int(m[6]), MONTHS[m[4][:3].lower()], int(m[5]))
        else:
            d = safe_date(int(m[9]), MONTHS[m[8][:3].lower()], int(m[7]))
        if d is not None:
            yield d


def latest_full_date(text: str) -> dt.date | None:
    """The latest full date ``text`` writes (:func:`full_dates`), ``None`` when it writes none: one linear pass."""
    return max(full_dates(text), default=None)


def date_argument(value: dt.date | str | None, name: str) -> dt.date | None:
    """A date a user gave (an option or parameter called ``name``); ``None`` stays ``None``.

    Raises :class:`~newsbrief.errors.InvalidDateError` naming ``name`` when
    ``value`` is not a date."""
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise InvalidDateError(f"{name}: not a date: {value!r} (use YYYY-MM-DD)")
    return day


__all__ = ["FULL_DATE_RE", "MONTHS", "MONTH_NAMES", "MONTH_PATTERN", "WEEKDAYS", "WEEKDAY_NAMES", "WEEKDAY_PATTERN",
           "WEEKDAY_WORD_PATTERN", "date_argument", "full_dates", "latest_full_date", "month_number", "parse_date",
           "safe_date"]
