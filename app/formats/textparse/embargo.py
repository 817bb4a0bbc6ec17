"""Embargo lines: "EMBARGOED UNTIL 00:01 CET, 5 May 2021", "Sperrfrist: 5. Mai 2021, 10 Uhr", "解禁：...".

A line is an embargo when it opens with a cue of one of the importer's languages
(the cues are ours); the date comes from the CLDR month names the datelines use
(:mod:`app.formats.textparse.dates`), the time from the few ways releases print
one, and the zone from :mod:`app.formats.textparse.zonenames`. "FOR IMMEDIATE
RELEASE" is the opposite of an embargo: no embargo. A cue without a date that
can be read is no embargo either: the line stays in the import report.
"""

from __future__ import annotations

import datetime as dt
import re

from app.formats.textparse.dates import find_date, format_date, is_weekday, month_number
from app.formats.textparse.zonenames import FoundZone, find_zone, zone_label
from app.model import Embargo

# cue words, by language; each is the start of a line (Turkish and CJK may put it after the date)
_CUES = {
    "en": r"(?:strictly\s+)?(?:embargoed|under\s+embargo|embargo)(?:\s+(?:until|till|to|before))?"
          r"|hold\s+for\s+release(?:\s+(?:until|till))?|not\s+for\s+(?:publication|release|broadcast)"
          r"(?:\s+or\s+broadcast)?\s+(?:before|until)|for\s+release\s+(?:at|on|after)",
    "de": r"sperrfrist(?:\s+bis)?|nicht\s+zur\s+ver[öo]ffentlichung\s+vor|(?:ver[öo]ffentlichung\s+)?frei\s+ab",
    "fr": r"(?:sous\s+)?embargo(?:\s+jusqu['’]?(?:au|à|a))?|ne\s+pas\s+(?:publier|diffuser)\s+avant(?:\s+le)?"
          r"|[àa]\s+ne\s+pas\s+(?:publier|diffuser)\s+avant(?:\s+le)?",
    "es": r"(?:bajo\s+)?embarg(?:o|ado|ada)(?:\s+hasta(?:\s+el)?)?|no\s+publicar\s+antes\s+de(?:l)?",
    "it": r"(?:sotto\s+)?embargo(?:\s+fino\s+(?:alle|all['’]|al|a))?|non\s+pubblicare\s+prima\s+d(?:i|el|elle)",
    "pt": r"(?:sob\s+)?embarg(?:o|ado|ada)(?:\s+at[ée])?|n[ãa]o\s+publicar\s+antes\s+d[eo]",
    "nl": r"(?:onder\s+)?embargo(?:\s+tot)?|niet\s+publiceren\s+v[oó][oó]r",
    "sv": r"(?:under\s+)?embargo(?:\s+till)?|f[åa]r\s+ej\s+publiceras\s+f[öo]re|publiceras\s+tidigast",
    "nb": r"(?:under\s+)?embargo(?:\s+til)?|sperrefrist(?:\s+til)?|ikke\s+for\s+publisering\s+f[øo]r",
    "pl": r"(?:informacja\s+objęta\s+)?embargo(?:\s+do)?|nie\s+publikować\s+przed",
    "cs": r"embargo(?:\s+do)?|nezveřejňovat\s+před",
    "tr": r"(?:yayın\s+)?ambargo(?:su)?|ambargolu(?:dur)?",
    "id": r"embargo(?:\s+(?:hingga|sampai))?|tidak\s+untuk\s+dipublikasikan\s+sebelum",
    "ru": r"(?:под\s+)?эмбарго(?:\s+до)?|не\s+для\s+публикации\s+до",
    "ar": r"(?:حظر|محظور|يحظر|يُحظر|ممنوع)\s+النشر(?:\s+(?:حتى|قبل))?|لا\s+يُ?نشر\s+قبل",
    "zh": r"解禁(?:时间|時間)?|禁发至|新闻禁发",
    "ja": r"(?:報道)?解禁(?:日時)?",
    "ko": r"엠바고|보도\s*유예|보도\s*시점",
}
_CUE = re.compile(r"^[\s*\[(«\"“]*(?:" + "|".join(f"(?:{c})" for c in _CUES.values()) + r")(?:\s*[:：.–—-])?\s*",
                  re.IGNORECASE)
# Turkish, Chinese and Japanese put the cue after the date: "5 Mayıs 2021 saat 10:00'a kadar ambargolu"
_CUE_AFTER = re.compile(r"(?:kadar\s+ambargolu(?:dur)?|まで(?:報道)?解禁|解禁|以前不得发布)", re.IGNORECASE)
_IMMEDIATE = re.compile(
    r"^\W*(?:for\s+immediate\s+release|immediate\s+release|pour\s+diffusion\s+imm[ée]diate|"
    r"(?:para\s+)?(?:difusi[óo]n|publicaci[óo]n|divulga[çc][ãa]o)\s+inmediata|"
    r"(?:zur\s+)?sofortigen\s+ver[öo]ffentlichung|per\s+la\s+diffusione\s+immediata|"
    r"voor\s+onmiddellijke\s+publicatie|للنشر\s+الفوري|للنشر\s+فورا|立即发布|即时发布|即時発表)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?<![\d.:/])(?P<h>\d{1,2})(?:\s*(?:[:.]|h|Uhr\s*)\s*(?P<m>\d{2}))?\s*(?:Uhr|h(?!\w))?"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\.?(?!\w))?(?![\d/])",
    re.IGNORECASE,
)
# "午前10時30分", "下午3时", "오후 3시 30분"
_CJK_CLOCK = re.compile(r"(?P<pre>午前|午後|上午|下午|오전|오후)?\s*(?P<h>\d{1,2})\s*[時时시]"
                        r"\s*(?:(?P<m>\d{1,2})\s*[分분])?")
_NOON = re.compile(r"\b(?:noon|midday|midi|mittag|mediod[íi]a|mezzogiorno|meio-dia)\b", re.IGNORECASE)
_MIDNIGHT = re.compile(r"\b(?:midnight|minuit|mitternacht|medianoche|mezzanotte|meia-noite)\b", re.IGNORECASE)
_YEARLESS = (re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,}\.?)"),
             re.compile(r"(?P<m>[^\W\d_]{3,}\.?)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"))

_WORDS = re.compile(r"[^\W\d_]+")
# what else an embargo line says besides date, time and zone: "at", "on", "le", "à", "saat", "local"
_MAX_OTHER_WORDS = 3
_YEARS = (1900, 2200)


def is_immediate(line: str) -> bool:
    """ "FOR IMMEDIATE RELEASE" and its kin: the release says it has no embargo."""
    return bool(_IMMEDIATE.match(line))


def _has_cue(line: str) -> tuple[bool, str]:
    m = _CUE.match(line)
    if m and m.end() > 0 and line[: m.end()].strip(" \t*[(«\"“:：.–—-"):
        return True, line[m.end():]
    m = _CUE_AFTER.search(line)
    if m:
        return True, line[: m.start()] + " " + line[m.end():]
    return False, line


def _date(rest: str, language: str | None, default: dt.date | None) -> tuple[dt.date | None, str]:
    """The date in ``rest`` and ``rest`` without it; a date without its year takes the dateline's year."""
    found = find_date(rest, language)
    if found is not None:
        return found.date, rest[: found.start] + " " + rest[found.end:]
    if default is None:
        return None, rest
    for pattern in _YEARLESS:
        for m in pattern.finditer(rest):
            month = month_number(m["m"])
            if month is None:
                continue
            try:
                return dt.date(default.year, month, int(m["d"])), rest[: m.start()] + " " + rest[m.end():]
            except ValueError:
                continue
    return default, rest


def _time(rest: str) -> tuple[dt.time, int, int] | None:
    """The clock time in ``rest`` and where it stood; None when there is none."""
    m = _CJK_CLOCK.search(rest)
    if m:
        hour = int(m["h"]) + (12 if m["pre"] in ("午後", "下午", "오후") and int(m["h"]) < 12 else 0)
        minute = int(m["m"] or 0)
    else:
        for m in _CLOCK.finditer(rest):
            said = m.group().rstrip().lower()
            if m["m"] is None and m["ap"] is None and not said.endswith(("uhr", "h")):
                continue  # a bare number is no time
            hour, minute = int(m["h"]), int(m["m"] or 0)
            if m["ap"]:
                hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
            break
        else:
            for pattern, hour in ((_NOON, 12), (_MIDNIGHT, 0)):
                n = pattern.search(rest)
                if n:
                    return dt.time(hour, 0), n.start(), n.end()
            return None
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute), m.start(), m.end()


def parse_embargo(line: str, language: str | None = None, default_date: dt.date | None = None) -> Embargo | None:
    """The embargo ``line`` states, or None when it states none (no cue, or no date to be found).

    ``default_date`` (the dateline's) gives the day when the line has only a time, and the year when it has a
    day and month only ("EMBARGOED UNTIL 00:01 GMT THURSDAY 5 MAY").
    """
    text = " ".join(line.split())
    if not text or len(text) > 200 or is_immediate(text):
        return None
    cue, rest = _has_cue(text)
    if not cue:
        return None
    before = rest
    date, rest = _date(rest, language, default_date)
    if date is None or not _YEARS[0] <= date.year <= _YEARS[1]:
        return None  # a year no embargo has ("0001-01-01") is a misreading
    clock = _time(rest)
    if clock is None and rest is before:
        return None  # no date and no time in the line: "Embargoed until further notice"
    if clock is not None:
        time, start, end = clock
        rest = rest[:start] + " " + rest[end:]
        # the zone is most often right after the time: "00:01 CET", "10 a.m. ET"
        zone = find_zone(rest[start: start + 30], short=True)
        if zone is not None:
            zone = FoundZone(zone.tzinfo, zone.zone, zone.start + start, zone.end + start)
        else:
            zone = find_zone(rest)
    else:
        time = dt.time(0, 0)
        zone = find_zone(rest)
    if zone is not None:
        rest = rest[: zone.start] + " " + rest[zone.end:]
    if len([w for w in _WORDS.findall(rest) if not is_weekday(w)]) > _MAX_OTHER_WORDS:
        return None  # a sentence that starts with "Embargo" ("Embargo on arms lifted on 5 May 2021") is news
    when = dt.datetime.combine(date, time)
    if zone is None:
        return Embargo(when, None, line.strip())
    return Embargo(when.replace(tzinfo=zone.tzinfo), zone.zone, line.strip())


#: the cue a text export writes, by language; English where we keep none
_WRITE_CUES = {
    "en": "EMBARGOED UNTIL", "fr": "SOUS EMBARGO JUSQU'AU", "de": "SPERRFRIST:", "es": "EMBARGO HASTA EL",
    "it": "EMBARGO FINO AL", "pt": "EMBARGO ATÉ", "nl": "EMBARGO TOT", "sv": "EMBARGO TILL", "nb": "EMBARGO TIL",
    "pl": "EMBARGO DO", "cs": "EMBARGO DO", "tr": "AMBARGO:", "id": "EMBARGO HINGGA", "ru": "ЭМБАРГО ДО",
    "ar": "حظر النشر حتى", "zh": "解禁时间：", "ja": "解禁：", "ko": "엠바고:",
}


def embargo_line(embargo: Embargo, language: str = "en") -> str:
    """The embargo as a release prints it, in ``language`` where we keep its cue:
    "EMBARGOED UNTIL 00:01 CET, 5 May 2021". It reads back (``parse_embargo``) to the same instant and zone."""
    base = language.split("-", 1)[0].lower()
    return f"{_WRITE_CUES.get(base, _WRITE_CUES['en'])} {embargo_time(embargo, language)}"


def printed_line(embargo: Embargo, language: str = "en", default_date: dt.date | None = None) -> str:
    """The line to print: the release's own words when they still read as this embargo (the editor may have
    moved it since), else ``embargo_line``."""
    if embargo.text:
        again = parse_embargo(embargo.text, language, default_date)
        if again is not None and (again.when, again.zone) == (embargo.when, embargo.zone) and \
                again.when.utcoffset() == embargo.when.utcoffset():
            return " ".join(embargo.text.split())
    return embargo_line(embargo, language)


def embargo_time(embargo: Embargo, language: str = "en") -> str:
    """When the embargo lifts, as the line after the cue says it: "00:01 CEST, 5 May 2021"."""
    when = embargo.when
    label = zone_label(when, embargo.zone, language.split("-", 1)[0].lower())
    return f"{when.hour:02d}:{when.minute:02d}{' ' + label if label else ''}, {format_date(when.date(), language)}"
