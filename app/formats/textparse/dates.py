"""Dates as releases print them, in the languages the desk sees.

Releases write dates as "24 April 2019", "Feb. 22, 2012", "24 avril 2019",
"24 de abril de 2019", "24 апреля 2019 года", "24 أبريل 2019", "2019年4月24日",
"24. april 2019" or "2022-02-11". A date without a year ("9 February") is an
event mention, not an issue date, so it is never returned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS: dict[str, tuple[str, ...]] = {
    # "|" separates the twelve months (January first); spaces separate spellings of one month
    lang: tuple(table.split("|"))
    for lang, table in {
        "en": "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sept sep"
        "|october oct|november nov|december dec",
        "fr": "janvier janv|février fevrier févr fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre"
        "|octobre|novembre|décembre decembre déc",
        "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre",
        "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
        "de": "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
        "nb": "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
        "ru": "января январь|февраля февраль|марта март|апреля апрель|мая май|июня июнь|июля июль"
        "|августа август|сентября сентябрь|октября октябрь|ноября ноябрь|декабря декабрь",
        "ar": "يناير كانون الثاني|فبراير شباط|مارس آذار|أبريل ابريل إبريل نيسان|مايو أيار|يونيو يونيه حزيران"
        "|يوليو يوليه تموز|أغسطس اغسطس آب|سبتمبر أيلول|أكتوبر اكتوبر تشرين الأول|نوفمبر تشرين الثاني"
        "|ديسمبر كانون الأول",
    }.items()
}

# Two-word Arabic month names ("كانون الثاني") must stay whole, so the table above
# lists them with a space and this splitter keeps known pairs together.
_ARABIC_PAIRS = ("كانون الثاني", "تشرين الأول", "تشرين الثاني", "كانون الأول")


def _spellings(cell: str) -> list[str]:
    found = [pair for pair in _ARABIC_PAIRS if pair in cell]
    for pair in found:
        cell = cell.replace(pair, "")
    return found + cell.split()


MONTH_NUMBER: dict[str, int] = {}
for _names in _MONTHS.values():
    for _i, _cell in enumerate(_names):
        for _name in _spellings(_cell):
            MONTH_NUMBER.setdefault(_name.casefold(), _i + 1)

_MONTH = "|".join(sorted((re.escape(m) for m in MONTH_NUMBER), key=len, reverse=True))
MONTH_PATTERN = _MONTH
_B = r"(?<![\w])"  # a word boundary that also works for Cyrillic and Arabic
_E = r"(?![\w])"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(_B + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _E)),
    ("ymd", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")),
    (
        "dmy",
        re.compile(
            _B + r"(?P<d>\d{1,2})(?:er|st|nd|rd|th|º|\.)?\s*(?:de\s+)?(?P<mon>" + _MONTH + r")\.?"
            r"(?:\s*/\s*(?:" + _MONTH + r"))?,?\s+"  # UN Arabic: "24 نيسان/أبريل 2019"
            r"(?:de\s+|del\s+)?(?P<y>\d{4})" + _E + r"(?:\s*(?:года|г\.))?",
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",
        re.compile(
            _B + r"(?P<mon>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _E + r",?\s+(?P<y>\d{4})" + _E,
            re.IGNORECASE,
        ),
    ),
    ("dmy_num", re.compile(_B + r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _E)),
)

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag "
    "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
)
WEEKDAY = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, _WEEKDAYS.split()), key=len, reverse=True)) + r")\.?" + _E, re.IGNORECASE
)
_TIME = re.compile(
    r"^[\s,@]*(?:at\s+|à\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*(?:[A-Za-z]+/[A-Za-z_]+|UTC[+-]?\d*|GMT[+-]?\d*|[A-Z]{2,5}))?"
)


_YEAR = re.compile(r"\d{4}")
_DATE_LINE_MAX = 120  # a line that is only a date (with weekday and time) is never longer


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string and where it stood."""

    date: dt.date
    start: int
    end: int


def find_date(text: str) -> FoundDate | None:
    """The first full date (day, month and year) in ``text``, or None."""
    if not _YEAR.search(text):
        return None  # most lines hold no four-digit number at all; skip the five patterns
    best: FoundDate | None = None
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found = _to_date(kind, m)
            if found is None:
                continue
            if best is None or m.start() < best.start:
                best = FoundDate(found, m.start(), m.end())
            break
    return best


def _to_date(kind: str, m: re.Match[str]) -> dt.date | None:
    try:
        year, day = int(m["y"]), int(m["d"])
        month = MONTH_NUMBER[m["mon"].casefold()] if kind in ("dmy", "mdy") else int(m["m"])
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def strip_time(text: str) -> str:
    """``text`` without a leading clock time such as "@ 10:50 AM US/Mountain" or "00:28"."""
    return _TIME.sub("", text, count=1)


def date_only(text: str) -> dt.date | None:
    """The date when ``text`` is nothing but a date (with weekday and time), else None.

    "Tuesday, October 25, 2016", "June 20th, 2001" and "2022-02-11 00:28" qualify;
    "Published 24 April 2019 by UNIDO" does not.
    """
    found = find_date(text) if len(text) <= _DATE_LINE_MAX else None
    if found is None:
        return None
    before = WEEKDAY.sub("", text[: found.start]).strip(" ,.-–—:()[]\u00a0\t")
    after = strip_time(text[found.end :]).strip(" ,.-–—:()[]\u00a0\t")
    return found.date if not before and not after else None


_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("{d} {m} {y}", tuple(c.split()[0].capitalize() for c in _MONTHS["en"])),
    "fr": ("{d} {m} {y}", tuple(c.split()[0] for c in _MONTHS["fr"])),
    "es": ("{d} de {m} de {y}", tuple(c.split()[0] for c in _MONTHS["es"])),
    "pt": ("{d} de {m} de {y}", tuple(c.split()[0] for c in _MONTHS["pt"])),
    "de": ("{d}. {m} {y}", tuple(c.split()[0].capitalize() for c in _MONTHS["de"])),
    "nb": ("{d}. {m} {y}", tuple(c.split()[0] for c in _MONTHS["nb"])),
    "ru": ("{d} {m} {y} года", tuple(c.split()[0] for c in _MONTHS["ru"])),
    "ar": ("{d} {m} {y}", tuple(c.split()[0] for c in _MONTHS["ar"])),
}


def format_date(date: dt.date, language: str = "en") -> str:
    """``date`` written the way a release in ``language`` prints it."""
    base = language.split("-", maxsplit=1)[0].lower()
    if base in ("zh", "ja"):
        return f"{date.year}年{date.month}月{date.day}日"
    pattern, months = _FORMATS.get(base, _FORMATS["en"])
    return pattern.format(d=date.day, m=months[date.month - 1], y=date.year)
