"""Time zones as releases print them: "CET", "UTC+2", "GMT-05:00", "+0100", "Paris time", "Europe/Paris".

Why a table for abbreviations: ``zoneinfo`` maps a zone to its abbreviation on a
given date but has no reverse lookup, and the same letters mean different zones
(IST is India, Ireland or Israel; CST is US Central or China). A release means
one reading, the newsroom's, which this table takes: IST is Asia/Kolkata, CST is
US Central. An abbreviation names a region's clock, so "00:01 CET" on 5 May is
read as 00:01 on Brussels's clock (which is then on summer time), as an editor
in that newsroom would. GMT and UTC are fixed: UTC, with no zone name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from app.formats.zones import zone_info

#: abbreviation -> IANA zone, the reading a release means (see the module docstring)
ABBREVIATIONS: dict[str, str] = {
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "BST": "Europe/London",
    "CET": "Europe/Brussels", "CEST": "Europe/Brussels", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow", "TRT": "Europe/Istanbul",
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "HST": "Pacific/Honolulu", "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "IST": "Asia/Kolkata", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "PHT": "Asia/Manila", "WIB": "Asia/Jakarta", "ICT": "Asia/Bangkok",
    "GST": "Asia/Dubai", "PKT": "Asia/Karachi",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth", "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland", "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
}
_UTC_NAMES = frozenset(("GMT", "UTC"))
# two letters are a zone only right after a time ("10 a.m. ET"); elsewhere they are often words or initials
_SHORT = frozenset(("ET", "CT", "MT", "PT"))
# cities a release names whose zone IANA files under another city
_CITY_ALIASES = {
    "geneva": "Europe/Zurich", "genève": "Europe/Zurich", "washington": "America/New_York",
    "beijing": "Asia/Shanghai", "pékin": "Asia/Shanghai", "北京": "Asia/Shanghai", "東京": "Asia/Tokyo",
    "bruxelles": "Europe/Brussels", "brüssel": "Europe/Brussels", "bruselas": "Europe/Brussels",
    "londres": "Europe/London", "londra": "Europe/London", "new york city": "America/New_York",
    "roma": "Europe/Rome", "rom": "Europe/Rome", "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo", "moscou": "Europe/Moscow", "moskau": "Europe/Moscow", "москва": "Europe/Moscow",
    "московскому": "Europe/Moscow", "东京": "Asia/Tokyo", "香港": "Asia/Hong_Kong", "首尔": "Asia/Seoul",
    "서울": "Asia/Seoul", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "la haye": "Europe/Amsterdam",
}

_OFFSET = re.compile(r"(?<![\w+-])(?:(?P<base>UTC|GMT)\s*)?(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?"
                     r"(?![\d])")
_IANA = re.compile(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?\b")
_ABBR = re.compile(r"(?<![\w])(?P<abbr>[A-Z]{2,5})(?![\w])")
# "Paris time", "heure de Paris", "hora de Madrid", "ora di Roma", "horário de Lisboa", "Brussels local time"
_CITY = re.compile(
    r"(?P<a>[A-Z\u00C0-\u024F][\w'’. -]{1,30}?)\s+(?:local\s+)?time\b"
    r"|(?i:heure\s+(?:de\s+|d['’])|hora\s+(?:de\s+)?|ora\s+(?:di\s+)?|horário\s+de\s+|Ortszeit\s+)"
    r"(?P<b>[A-Z\u00C0-\u024F][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|(?P<c>[\u4e00-\u9fff\uac00-\ud7af]{2,3}?)\s*(?:时间|時間|시간)"  # "北京时间", "서울 시간"
    r"|по\s+(?P<d>московскому)\s+времени"
)


@dataclass(frozen=True)
class FoundZone:
    """A zone found in a string: the tzinfo to put on the time, its IANA name (None for a fixed offset), and
    where it stood."""

    tzinfo: dt.tzinfo
    zone: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Every IANA zone by its city ("new york" -> "America/New_York"), plus the aliases."""
    from zoneinfo import available_timezones  # only when a release names a city (see zones.zone_info)

    found: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        found.setdefault(name.rsplit("/", 1)[-1].replace("_", " ").casefold(), name)
    found.update(_CITY_ALIASES)
    return found


def city_zone(city: str) -> str | None:
    """The IANA zone whose city is ``city`` ("Paris" -> "Europe/Paris"), or None."""
    return _cities().get(" ".join(city.split()).casefold())


def _named(zone: str, start: int, end: int) -> FoundZone | None:
    tz = zone_info(zone)
    return FoundZone(tz, zone, start, end) if tz is not None else None


def find_zone(text: str, *, short: bool = False) -> FoundZone | None:
    """The first time zone ``text`` names, in any of the styles in the module docstring; ``short``: the
    two-letter US abbreviations count too (for the words right after a time)."""
    candidates: list[FoundZone] = []
    m = _IANA.search(text)
    if m and (found := _named(m.group(), m.start(), m.end())):
        candidates.append(found)
    m = _OFFSET.search(text)
    if m and (m["base"] or m["m"]):  # a bare "-5" is not a zone; "+0100" and "UTC+2" are
        hours, minutes = int(m["h"]), int(m["m"] or 0)
        if hours <= 14 and minutes < 60:
            sign = -1 if m["sign"] in "-−" else 1
            offset = dt.timedelta(hours=hours, minutes=minutes) * sign
            candidates.append(FoundZone(dt.timezone(offset) if offset else dt.UTC, None, m.start(), m.end()))
    for m in _ABBR.finditer(text):
        abbr = m["abbr"]
        if abbr in _UTC_NAMES:
            # "GMT+1" is the offset found above, not GMT
            if not any(c.start == m.start() for c in candidates):
                candidates.append(FoundZone(dt.UTC, None, m.start(), m.end()))
            break
        if abbr in _SHORT and not short:
            continue
        if abbr in ABBREVIATIONS and (found := _named(ABBREVIATIONS[abbr], m.start(), m.end())):
            candidates.append(found)
            break
    for m in _CITY.finditer(text):
        city = m["a"] or m["b"] or m["c"] or m["d"] or ""
        words = city.split()
        # "Central European time" is no city; try the last words first: "until 10:00 Paris time"
        for n in range(min(3, len(words)), 0, -1):
            zone = city_zone(" ".join(words[-n:]))
            if zone and (found := _named(zone, m.start(), m.end())):
                candidates.append(found)
                break
        else:
            continue
        break
    return min(candidates, key=lambda c: c.start) if candidates else None


#: "<City> time" in the languages whose releases say it another way
_CITY_PHRASES = {"fr": "heure de {city}", "es": "hora de {city}", "it": "ora di {city}", "pt": "horário de {city}",
                 "de": "Ortszeit {city}"}


def zone_label(when: dt.datetime, zone: str | None, language: str = "en") -> str:
    """How a release prints the zone of ``when``: an abbreviation this table reads back as the same zone,
    else "<City> time" (in ``language`` where we know the phrase), else the offset ("UTC+05:30", "GMT");
    empty when ``when`` has none."""
    offset = when.utcoffset()
    if offset is None:
        return ""
    if zone is not None:
        abbr = when.tzname() or ""
        if ABBREVIATIONS.get(abbr) == zone:
            return abbr
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and city_zone(city) == zone:
            return _CITY_PHRASES.get(language, "{city} time").format(city=city)
        if zone in ("UTC", "Etc/UTC"):
            return "UTC"
        return zone  # an IANA name reads back as itself
    if not offset:
        return "GMT"
    total = int(offset.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    return f"UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
