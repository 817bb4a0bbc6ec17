"""Time zones for embargoes: an instant put back on its named zone's clock, and the fixed offsets.

Every reader that gets an embargo back (native XML, NITF, NewsML-G2) stores the
instant with its offset and the IANA zone by name beside it; putting the instant
back on ``ZoneInfo(zone)`` makes the release read equal to the one written and
lets a later edit of the date follow the zone's summer and winter time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


def zone_info(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when this machine does not know it."""
    # imported here: zoneinfo costs ~8 ms at start (it asks sysconfig for the zone folders), and most
    # releases have no embargo
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def in_zone(when: dt.datetime, zone: str | None) -> dt.datetime:
    """``when`` on the clock of ``zone`` (same instant); unchanged when naive or the zone is unknown."""
    if zone is None or when.tzinfo is None:
        return when
    tz = zone_info(zone)
    return when.astimezone(tz) if tz is not None else when
