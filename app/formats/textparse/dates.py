"""Dates as releases print them, in any language CLDR knows.

"24 April 2019", "Feb. 22, 2012", "24 avril 2019", "24 de abril de 2019",
"7 października 2023 r.", "24 апреля 2019 года", "24 نيسان/أبريل 2019", "9 Ekim 2022",
"2019年4月24日", "2024년 3월 5일", "12.03.2024", "2022-02-11": the patterns are few and
hold for every language; the month names come from CLDR (``resources/importer/calendar.json``,
built from babel by ``make model``), looked up once a pattern has found a word between a
day and a year. A date without a year ("9 February") is an event mention, not an issue
date, so it is never returned.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from app.paths import resources_dir

_B = r"(?<![\w])"  # a word boundary that also works for Cyrillic and Arabic
_E = r"(?![\w])"
_WORD = r"[^\W\d_]{2,}"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
# after a year: "года", "г.", "r.", "m." and other short abbreviations of "year"
_YEAR_TAIL = r"(?:\s*(?:года|году|год|[^\W\d_]{1,4}\.))?"
_TIME = re.compile(
    r"^[\s,@]*(?:at\s+|à\s+|a las\s+|um\s+|alle\s+|às\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*(?:[A-Za-z]+/[A-Za-z_]+|UTC[+-]?\d*|GMT[+-]?\d*|[A-Z]{2,5}))?"
)
_YEAR = re.compile(r"\d{4}")
_DATE_LINE_MAX = 120  # a line that is only a date (with weekday and time) is never longer
_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]
    weekdays: frozenset[str]
    order: dict[str, str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    yearless: re.Pattern[str]


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string and where it stood."""

    date: dt.date
    start: int
    end: int


@lru_cache(maxsize=1)
def _data() -> dict:
    """calendar.json, read once: month and weekday names, date orders and regions (a few milliseconds)."""
    with _LOCK:
        return json.loads((resources_dir() / "importer" / "calendar.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _calendar() -> _Calendar:
    data = _data()
    months: dict[str, int] = data["months"]
    # a month's name is any word (or two: "كانون الثاني") between a day and a year, looked up afterwards, so the
    # patterns stay a handful whatever the number of languages
    one = _WORD + r"\.?"
    two = _WORD + r"\s" + _WORD + r"\.?"
    alt = r"(?:\s*/\s*" + _WORD + r")?"  # UN Arabic: "24 نيسان/أبريل 2019"

    def dmy(mon: str) -> re.Pattern[str]:
        return re.compile(_B + r"(?P<d>\d{1,2})" + _ORDINAL + r"\s*(?:de\s+|of\s+)?(?P<mon>" + mon + r")" + alt
                          + r",?\s+(?:de\s+|del\s+)?(?P<y>\d{4})" + _E + _YEAR_TAIL, re.IGNORECASE)

    def mdy(mon: str) -> re.Pattern[str]:
        return re.compile(_B + r"(?P<mon>" + mon + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _E + r",?\s+(?P<y>\d{4})"
                          + _E, re.IGNORECASE)

    patterns = (
        ("ymd", re.compile(_B + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _E)),
        ("ymd", re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号일]?")),
        ("dmy", dmy(one)),
        ("dmy", dmy(two)),
        ("mdy", mdy(one)),
        ("mdy", mdy(two)),
        ("ymd_word", re.compile(_B + r"(?P<y>\d{4})\.?\s+(?P<mon>" + one + r")\s+(?P<d>\d{1,2})\." + r"(?!\d)",
                                re.IGNORECASE)),  # Hungarian: "2024. március 5."
        ("num", re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"
                           + _YEAR_TAIL)),
        # "2024/03/05", "2024.03.05", Korean "2023. 6. 12."
        ("ymd", re.compile(r"(?<![\d.])(?P<y>\d{4})[./]\s?(?P<m>\d{1,2})[./]\s?(?P<d>\d{1,2})(?![\d])")),
    )
    yearless = re.compile(r"[\s,]+(?:\d{1,2}" + _ORDINAL + r"\s+(?:de\s+)?(?P<m1>" + one + r")|(?P<m2>" + one
                          + r")\s+\d{1,2}(?:st|nd|rd|th)?)$", re.IGNORECASE)
    return _Calendar(months, frozenset(data["weekdays"]), data["order"], patterns, yearless)


def likely_region(language: str | None) -> str | None:
    """The country a language is most likely written in (CLDR): "pl" -> "PL", "pt" -> "BR"."""
    if not language:
        return None
    data = _regions()
    return data.get(language.split("-")[0].lower())


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return dict(_data().get("regions", {}))


def month_number(name: str) -> int | None:
    """The month a name stands for in some language CLDR knows ("avril", "października", "Ekim")."""
    return _calendar().months.get(" ".join(name.casefold().rstrip(".").split()))


def is_weekday(word: str) -> bool:
    return word.casefold().strip(" ,.") in _calendar().weekdays


def _to_date(kind: str, m: re.Match[str], order: str) -> dt.date | None:
    try:
        year, groups = int(m["y"]), m.groupdict()
        if kind == "num":
            a, b = int(m["a"]), int(m["b"])
            day_first = order != "mdy" or m["sep"] == "."
            if a > 12 or (b > 12 and not day_first):
                day_first = a > 12
            day, month = (a, b) if day_first else (b, a)
        elif "mon" in groups:
            month = month_number(m["mon"]) or 0
            day = int(m["d"])
        else:
            month, day = int(m["m"]), int(m["d"])
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def find_date(text: str, language: str | None = None) -> FoundDate | None:
    """The first full date (day, month and year) in ``text``, or None.

    ``language`` (a BCP 47 tag) only settles the order of numeric dates such as 03/04/2024.
    """
    if not _YEAR.search(text):
        return None  # most lines hold no four-digit number at all
    cal = _calendar()
    order = cal.order.get((language or "").split("-")[0].lower(), "dmy")
    best: FoundDate | None = None
    for kind, pattern in cal.patterns:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            found = _to_date(kind, m, order)
            if found is not None:
                best = FoundDate(found, m.start(), m.end())
                break
    return best


def strip_time(text: str) -> str:
    """``text`` without a leading clock time such as "@ 10:50 AM US/Mountain" or "00:28"."""
    return _TIME.sub("", text, count=1)


def strip_weekdays(text: str, *, at_end: bool = False) -> str:
    """``text`` without the weekday names at its start (or end): "Tuesday," "mardi", "вторник"."""
    words = text.split()
    if at_end:
        while words and is_weekday(words[-1]):
            words.pop()
    else:
        while words and is_weekday(words[0]):
            words.pop(0)
    return " ".join(words)


def strip_yearless(text: str) -> str:
    """``text`` without a day and month but no year at its end ("NEW YORK, 24 April" -> "NEW YORK")."""
    m = _calendar().yearless.search(text)
    if m is None or month_number(m["m1"] or m["m2"] or "") is None:
        return text
    return text[: m.start()]


def date_only(text: str, language: str | None = None) -> dt.date | None:
    """The date when ``text`` is nothing but a date (with weekday and time), else None.

    "Tuesday, October 25, 2016", "June 20th, 2001", "3.04.2024 r." and "2022-02-11 00:28"
    qualify; "Published 24 April 2019 by UNIDO" does not.
    """
    found = find_date(text, language) if len(text) <= _DATE_LINE_MAX else None
    if found is None:
        return None
    before = strip_weekdays(text[: found.start].strip(" ,.-–—:()[]\u00a0\t")).strip(" ,.-–—:()[]\u00a0\t")
    after = strip_time(text[found.end :]).strip(" ,.-–—:()[]\u00a0\t")
    return found.date if not before and not after else None


_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("{d} {m} {y}", ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December")),
    "fr": ("{d} {m} {y}", ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                           "octobre", "novembre", "décembre")),
    "es": ("{d} de {m} de {y}", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                 "septiembre", "octubre", "noviembre", "diciembre")),
    "ru": ("{d} {m} {y} года", ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                "сентября", "октября", "ноября", "декабря")),
    "ar": ("{d} {m} {y}", ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                           "نوفمبر", "ديسمبر")),
}


def format_date(date: dt.date, language: str = "en") -> str:
    """``date`` written the way a release in ``language`` prints it (CLDR's long form where we keep no pattern)."""
    base = language.split("-", maxsplit=1)[0].lower()
    if base in ("zh", "ja"):
        return f"{date.year}年{date.month}月{date.day}日"
    if base in _FORMATS:
        pattern, months = _FORMATS[base]
        return pattern.format(d=date.day, m=months[date.month - 1], y=date.year)
    from babel import UnknownLocaleError
    from babel.dates import format_date as cldr_format

    if base.isalpha() and len(base) in (2, 3):  # a tag being typed ("a") is no locale
        try:
            return cldr_format(date, format="long", locale=base)
        except (ValueError, LookupError, UnknownLocaleError):
            pass
    pattern, months = _FORMATS["en"]
    return pattern.format(d=date.day, m=months[date.month - 1], y=date.year)
