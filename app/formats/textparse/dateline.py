"""The lead dateline: where and when, printed before the first sentence.

A dateline is a run of short segments separated by dashes at the start of the
first body paragraph, each a place, a date or a wire tag, in any order:
"TORONTO, Feb. 22, 2012 /PRNewswire/ -", "MINNEAPOLIS--(BUSINESS WIRE)--Jun. 25, 2009--",
"(NewMediaWire) - May 30, 2025 - DALLAS —", "(Washington, DC) –", "Addis Ababa—".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.formats.textparse.dates import find_date, strip_time, strip_weekdays, strip_yearless
from app.formats.textparse.lines import has_wire, word_count
from app.formats.textparse.placeholders import is_placeholder

# Hyphens count only with space on both sides, so "Port-au-Prince" stays whole.
# "MADRID, 24 de abril de 2019.- La ..." closes with a full stop and a dash, Spanish style.
# "2022- Cambridge": a hyphen right after a date's year, then a space, separates too
# (not "Mass.--(BUSINESS WIRE)--" or "Athens, Ga. --": a state's abbreviation before a double hyphen keeps its point)
_SEP = re.compile(r"\s*(?:-{2,}|[—–―]+|－+)\s*|\s+-\s+|(?<=\d{4})-\s+|(?<=\w)\.\s?(?:[–—]|-(?!-))\s*|\s*[:：]\s+(?=\S)")
_STRONG = re.compile(r"-{2,}|[—–―－]")
_TAG = re.compile(r"\(([^()]{1,60})\)|/\s*([^/\s][^/]{0,40}?)\s*/")
_CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "el",
        "al",
        "au",
        "aux",
        "of",
        "upon",
        "on",
        "am",
        "an",
        "der",
        "di",
        "da",
        "do",
        "dos",
        "del",
        "y",
        "and",
        "en",
        "sur",
        "sous",
        "im",
        "bei",
    ]
)
_ARTICLES = frozenset({"le", "el", "den", "am", "on", "the", "du", "il", "lo", "o", "a", "der", "op"})
_ARTICLE = re.compile(r"[\s,]+(?:le|el|den|am|on|the|du)$", re.IGNORECASE)
# labels of event fields, which put a colon before a date the way "New Delhi :" does
_FIELD_LABELS = frozenset(
    {
        "date", "dated", "time", "when", "where", "location", "venue", "deadline", "fecha", "hora", "lugar", "datum",
        "zeit", "ort", "termin", "data", "heure", "lieu", "quand", "дата", "время", "место", "التاريخ", "الوقت", "日期",
        "时间", "地点", "日時", "tarih", "tanggal",
        # "Published 3 May 2023": words that introduce a release's own time stamp
        "published", "publié", "publiée",
        "publicado", "publicada", "veröffentlicht", "publisert", "publicerad", "pubblicato", "opublikowano",
        "опубликовано", "yayınlanma", "diterbitkan", "gepubliceerd", "updated", "posted", "issued", "发布时间",
        "発表日",
    }
)
_MAX_SEGMENTS = 5
_SEGMENT_MAX = 90  # characters of one dateline segment; longer is running text


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph."""

    place: str | None
    date: dt.date | None
    printed: str  # the dateline as printed, dashes included
    rest: int  # offset where the paragraph's own text begins
    strong: bool  # a date or a wire tag was part of it, not a bare place


@dataclass(frozen=True)
class _Segment:
    place: str | None
    date: dt.date | None
    wire: bool
    parens: bool
    unfilled: bool = False  # a template's "[City, Date]" stands where the dateline should


def is_place(text: str) -> bool:
    """A short name of a place: "VIENNA", "Addis Ababa, Ethiopia", "Washington, DC"."""
    # "Konami Corporate Headquarters, London, United Kingdom": three parts run past 50 characters
    if not text or len(text) > 64 or any(ch.isdigit() for ch in text):
        return False
    words = text.replace(",", " ").replace("،", " ").split()
    if not words or len(words) > 6:
        return False
    cased = [w for w in words if any(ch.isalpha() and (ch.isupper() or ch.islower()) for ch in w)]
    if not cased:  # Arabic, Chinese: no capitals to go by
        return len(words) <= 4 and not re.search(r"[.!?。]", text)
    if not words[0][0].isupper():
        return False
    capital = [w for w in cased if w[0].isupper() or w.casefold() in _CONNECTORS]
    return len(capital) == len(cased)


def _segment(raw: str) -> _Segment | None:
    text = raw.strip(" *\u00a0\t")
    if is_placeholder(text):
        return _Segment(None, None, False, True, unfilled=True)
    wire = False

    def drop_tag(m: re.Match[str]) -> str:
        nonlocal wire
        inner = m.group(1) or m.group(2) or ""
        # wire services, web sources, and short agency credits: "(UN News)", "(AFP)", "(Newsworthy.ai)"
        agency = len(inner.split()) <= 3 and inner.split()[0].isupper() and len(inner.split()[0]) >= 2
        # "/PRNewswire/", "/Fil Presse/": a name between slashes in a dateline is always a wire's tag
        if m.group(2) or has_wire(inner) or re.search(r"\w\.(?:ai|com|net|org)\b", inner) or agency:
            wire = True
            return " "
        return m.group(0)

    text = _TAG.sub(drop_tag, text).strip(" ,\u00a0")
    parens = False
    if (text.startswith("(") and text.endswith(")") and text.count("(") == 1) or (
        text.startswith("[") and text.endswith("]") and text.count("[") == 1
    ):
        text, parens = text[1:-1].strip(), True
    if not text:
        return _Segment(None, None, wire, parens)
    text = strip_yearless(text).rstrip(" ,，、،\u00a0")  # "NEW YORK, 24 April (UN News)" carries no year
    found = find_date(text)
    date = None
    if found is not None:
        following = text[found.end :]
        after = strip_time(following)
        if after != following:
            after = ""  # what follows a clock time is its zone ("07:00 AM Eastern Daylight Time"), not a place
        after = after.strip(" ,，、.;:()\u00a0")
        # a place never ends in a dash: "NAIROBI, Kenya — 22 June 2026" on a line of its own
        before = text[: found.start].rstrip(" ,，、،\u00a0-–—―－")
        if after and not before and is_place(after):
            before = after  # "2019年4月24日，深圳" puts the date first
        elif after and not re.fullmatch(r"[^\W\d_]{1,3}", after):
            return None  # what follows a date in a dateline is at most a year's abbreviation ("r", "г")
        if before.endswith((":", "：")):
            before = before[:-1].rstrip()
            if before.casefold() in _FIELD_LABELS or not is_place(before):
                return None  # "DATE: November 6, 2025" is an event field; "New Delhi : October 8, 2009" a dateline
        elif before.casefold() in _FIELD_LABELS:
            before = ""  # "Published 3 May 2023": a time stamp, no place
        before = strip_weekdays(before, at_end=True).rstrip(" ,，、،(\u00a0")
        before = _ARTICLE.sub("", before)  # "VIENNE, le 24 avril 2019"
        if before.casefold() in _ARTICLES:
            before = ""  # "Le 19 octobre 2023": the article of a date, no place
        text, date = before, found.date
    place = text.strip(" ,，、;:،(\u00a0") or None
    if place is not None and not is_place(place):
        return None
    return _Segment(place, date, wire, parens)


def _colon_place(text: str, seg: _Segment, sep: re.Match[str]) -> bool:
    """A place before a colon is a dateline's when a date follows ("Clarksville, TN: February 18, 2018--") or
    the place is bracketed ("[Missoula, Montana]: ...")."""
    if seg.place is None:
        return False
    if seg.parens:
        return True
    after = _SEP.search(text, sep.end(), sep.end() + _SEGMENT_MAX + 8)
    following = _segment(text[sep.end() : after.start()]) if after is not None else None
    return following is not None and following.date is not None and following.place is None


def match_dateline(text: str) -> DatelineMatch | None:
    """The dateline at the start of ``text``, if there is one."""
    pos = len(text) - len(text.lstrip(" *\u00a0\t"))
    place: str | None = None
    date: dt.date | None = None
    wire = parens = strong_sep = unfilled = False
    consumed = 0
    for _ in range(_MAX_SEGMENTS):
        sep = _SEP.search(text, pos, pos + _SEGMENT_MAX + 8)
        if sep is None:
            break
        seg = _segment(text[pos : sep.start()])
        if seg is None or (seg.place and place) or (seg.date and date):
            break
        if (":" in sep.group(0) or "：" in sep.group(0)) and seg.date is None and not _colon_place(text, seg, sep):
            break  # a colon closes a dateline only right after a date ("VIENNA, 24 April 2019: ...")
        place, date = place or seg.place, date or seg.date
        wire, parens, unfilled = wire or seg.wire, parens or seg.parens, unfilled or seg.unfilled
        strong_sep = strong_sep or bool(_STRONG.search(sep.group(0)))
        consumed += 1
        pos = sep.end()
        pos += len(text[pos:]) - len(text[pos:].lstrip(" *\u00a0\t"))
    if not consumed or (place is None and date is None and not unfilled):
        return None
    rest = text[pos:]
    if unfilled and place is None and date is None:
        return DatelineMatch(None, None, text[:pos].strip(), pos, True)  # the template's, reported unfilled
    words = word_count(rest)
    strong = date is not None or wire
    if strong:
        if words < 3:
            return None
    else:
        bare_ok = strong_sep or parens or (place is not None and place.isupper())
        if not bare_ok or words < 8:
            return None
    first = rest.lstrip("“\"'‘(")[:1]
    if first.islower():
        return None
    return DatelineMatch(place, date, text[:pos].strip(), pos, strong)


def place_and_date(line: str) -> tuple[str | None, dt.date] | None:
    """(place, date) when a whole line is a dateline of its own ("Vienna, 24 April 2019")."""
    if len(line) > _SEGMENT_MAX or find_date(line) is None:
        return None
    seg = _segment(line)
    if seg is None or seg.date is None:
        return None
    return seg.place, seg.date
