"""The embargo and the release number in NITF's docdata, written and read in one place.

* embargo: ``docdata/date.release/@norm`` in NITF's ISO 8601 basic form
  ("20210505T000100+0200"; no offset when the release named no zone), with our
  ``rd:zone`` (the IANA zone) and ``rd:text`` (the line as printed) beside it.
  NITF's form has whole seconds: a fraction of a second is not written.
* release number: a second ``docdata/doc-id`` with ``regsrc="release-number"``;
  the first ``doc-id`` stays the release's own id.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from app.formats.cleaning import clean
from app.formats.zones import in_zone
from app.model import Embargo, Release

REFERENCE_SOURCE = "release-number"
_NORM = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?$")


def norm(when: dt.datetime) -> str:
    """``when`` as NITF's norm: YYYYMMDDTHHMMSS and the offset (-HHMM) when it has one."""
    text = f"{when.year:04d}{when.month:02d}{when.day:02d}T{when.hour:02d}{when.minute:02d}{when.second:02d}"
    offset = when.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def parse_norm(text: str) -> dt.datetime | None:
    """A norm in the basic form, or extended ISO 8601 as some feeds write it; None when neither."""
    text = text.strip()
    m = _NORM.match(text)
    if m is None:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    year, month, day, hour, minute, second, zone = m.groups()
    tz: dt.tzinfo | None = None
    if zone == "Z":
        tz = dt.UTC
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        tz = dt.timezone(sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=tz)
    except ValueError:
        return None


def write_docdata(docdata: etree._Element, release: Release, tag: str, rd_ns: str) -> None:
    """The release number and the embargo into ``docdata`` (``tag`` makes a qualified NITF name)."""
    if release.reference is not None:
        etree.SubElement(docdata, tag + "doc-id", {"regsrc": REFERENCE_SOURCE, "id-string": clean(release.reference)})
    e = release.embargo
    if e is not None:
        el = etree.SubElement(docdata, tag + "date.release", norm=norm(e.when))
        if e.zone is not None:
            el.set(f"{{{rd_ns}}}zone", clean(e.zone))
        if e.text is not None:
            el.set(f"{{{rd_ns}}}text", clean(e.text))


def read_reference(docdata: etree._Element | None, tag: str) -> str | None:
    if docdata is None:
        return None
    for el in docdata.iterchildren(tag + "doc-id"):
        if el.get("regsrc") == REFERENCE_SOURCE:
            return el.get("id-string")
    return None


def read_embargo(docdata: etree._Element | None, tag: str, rd_ns: str) -> Embargo | None:
    """The embargo ``date.release`` states (any NITF's), None when it has none or no date to read."""
    el = docdata.find(tag + "date.release") if docdata is not None else None
    when = parse_norm(el.get("norm") or "") if el is not None else None
    if when is None:
        return None
    zone = el.get(f"{{{rd_ns}}}zone")
    if zone is not None and when.tzinfo is None:
        zone = None  # a zone for a time without an offset is no zone the model can hold
    return Embargo(in_zone(when, zone), zone, el.get(f"{{{rd_ns}}}text"))
