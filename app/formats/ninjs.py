"""ninjs (IPTC News in JSON): a release as a ninjs 3.1 news item (``--to ninjs``), and ninjs read back.

ninjs 2.2 (``--to ninjs2``, :mod:`app.formats.ninjs2`) is the same item with the
2.x property names: lower case, and ``embargoed`` for 3.1's ``embargoedUntil``.
Both validate against IPTC's schemas (``schemas/iptc/ninjs``, :mod:`app.formats.ninjs_schema`).

Where things go (3.1 names):

* ``uri`` ``urn:release-desk:<id>`` (a release without an id of its own: the id its words give,
  :mod:`app.formats.item_ids`); ``version`` "1" (a release has no version
  number; NewsML-G2 says "1" too); ``firstCreated`` / ``versionCreated`` the
  release's created / modified time (a time without a zone is taken as UTC);
* ``contentCreated``: the dateline's date (ninjs has no date of its own for the dateline, and a
  dateline need not print its date): the release's created time when it falls on that day, else
  midnight UTC of it; read back as the dateline's date;
* ``embargoedUntil``: the embargo's instant with its offset. An embargo that
  names no zone has no instant ninjs can state: it is left out and the line as
  printed goes to ``edNote``, which also carries the printed line of a zoned one;
* ``pubStatus``: ninjs knows usable, withheld and canceled. A draft or a release
  under review must not be published, so it is "withheld"; approved and
  released are "usable" (as the NewsML-G2 writer says). "canceled" is for an
  item taken back after publication, which the workflow has no step for;
* ``headlines``: role "main" (and, when the headline is tagged, the same as
  text/html with its tag spans), role "subheadline";
* ``bodies``: role "main", text/html (:mod:`app.formats.ninjs_html`: subheads,
  lists, the dateline, tags as spans), with word and character counts; the notes
  to editors as a second body, role "notes";
* ``located`` the dateline place; ``by`` the byline; ``language``;
* ``altIds``: the release number, role "reference";
* ``descriptions``: the summary (role "summary"), the photo credits (role "credits");
* ``people`` / ``organisations`` / ``places`` / ``events``: every tagged one with its
  vocabulary id, a full URI as ``uri``, a code such as ``org:unido`` as ``literal``;
  initiatives and topics are ``subjects`` with ``rel`` "initiative" / "topic";
  the release's subjects are ``subjects`` too, its keywords ``subjects`` with
  ``rel`` "keyword";
* ``infoSources``: each press contact, role "contact", e-mail and phone as
  ``contactInfo`` (its title and organisation as the contact method's name).

Comments, sign-offs, the importer's confidence and the embargo's IANA zone have
no ninjs property and the schema admits no others: they are not written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from app.formats.cleaning import clean
from app.formats.item_ids import export_id
from app.formats.ninjs_html import body_html, inline_html, notes_html
from app.formats.ninjs_read import read, read_with_warnings
from app.model import Paragraph, Release
from app.model.counts import count_text

__all__ = ["SCHEMA_URIS", "read", "read_with_warnings", "to_dict", "write", "write_v2", "write_with_warnings"]

SCHEMA_URIS = {"3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
               "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"}
URI_PREFIX = "urn:release-desk:"
#: our entity kinds -> the ninjs list that names them
ENTITY_LISTS = {"person": "people", "organisation": "organisations", "place": "places", "event": "events",
                "initiative": "subjects", "topic": "subjects"}
_FULL_URI = re.compile(r"^(?:https?|urn|ftp|mailto|tag):", re.IGNORECASE)


def _stamp(value: dt.datetime) -> str:
    """RFC 3339 with its offset; a time without a zone is taken as UTC (ninjs requires an offset)."""
    return (value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)).isoformat()


def _concept(name: str, ref: str | None, rel: str | None = None) -> dict[str, str]:
    item = {"name": clean(name)}
    if rel is not None:
        item["rel"] = rel
    if ref is not None:
        item["uri" if _FULL_URI.match(ref) and " " not in ref else "literal"] = clean(ref)
    return item


def _tags(release: Release) -> dict[str, list[dict[str, str]]]:
    lists: dict[str, list[dict[str, str]]] = {}
    seen: set[tuple[str, str, str | None]] = set()
    for para in (Paragraph("headline", release.headline, release.headline_entities), *release.body):
        for e in para.entities:
            name = e.name or para.entity_text(e)
            if (e.kind, name, e.ref) in seen:
                continue
            seen.add((e.kind, name, e.ref))
            rel = e.kind if ENTITY_LISTS[e.kind] == "subjects" else None
            lists.setdefault(ENTITY_LISTS[e.kind], []).append(_concept(name, e.ref, rel))
    subjects = lists.setdefault("subjects", [])
    for subject in release.subjects:
        # a vocabulary code ("subj:economy", "medtop:04000000") is an identifier; anything else a name
        subjects.append({"literal": clean(subject)} if re.match(r"^[\w.-]+:\S+$", subject) else
                        {"name": clean(subject)})
    subjects.extend({"name": clean(k), "rel": "keyword"} for k in release.keywords)
    return {k: v for k, v in lists.items() if v}


def _contacts(release: Release) -> list[dict[str, Any]]:
    sources = []
    for c in release.contacts:
        if c.is_empty():
            continue
        source: dict[str, Any] = {"name": clean(c.name or c.organisation or c.title), "role": "contact"}
        about = ", ".join(clean(v) for v in (c.title, c.organisation) if v)
        methods = []
        for kind, value in (("email", c.email), ("phone", c.phone)):
            if value:
                method = {"type": kind, "value": clean(value)}
                if about:
                    method["name"] = about
                methods.append(method)
        if methods:
            source["contactInfo"] = methods
        sources.append(source)
    return sources


def to_dict(release: Release) -> dict[str, Any]:
    """The release as a ninjs 3.1 item (plain JSON values, in the order people read them)."""
    item: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URIS["3.1"]},
        "uri": URI_PREFIX + export_id(release),
        "type": "text",
        "representationType": "full",
        "version": "1",
    }
    if release.created is not None:
        item["firstCreated"] = _stamp(release.created)
    stamp = release.modified or release.created
    if stamp is not None:
        item["versionCreated"] = _stamp(stamp)
    day = release.dateline.date
    if day is not None:
        created = release.created
        item["contentCreated"] = _stamp(created if created is not None and created.date() == day else
                                        dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
    embargo = release.embargo
    if embargo is not None and embargo.when.tzinfo is not None:
        item["embargoedUntil"] = _stamp(embargo.when)
    item["pubStatus"] = "usable" if release.status in ("approved", "released") else "withheld"
    if embargo is not None and (embargo.text or embargo.when.tzinfo is None):
        item["edNote"] = clean(embargo.text) if embargo.text else (
            f"Embargoed until {embargo.when.isoformat(sep=' ', timespec='minutes')} (the release names no time zone)")
    item["language"] = release.language
    headlines = [{"role": "main", "value": clean(release.headline)}]
    if release.headline_entities:
        headlines.append({"role": "main", "contentType": "text/html",
                          "value": inline_html(clean(release.headline), release.headline_entities)})
    if release.subheadline is not None:
        headlines.append({"role": "subheadline", "value": clean(release.subheadline)})
    item["headlines"] = headlines
    if release.byline is not None:
        item["by"] = clean(release.byline)
    if release.dateline.place is not None:
        item["located"] = clean(release.dateline.place)
    if release.reference is not None:
        item["altIds"] = [{"role": "reference", "value": clean(release.reference)}]
    descriptions = [{"role": role, "value": clean(text)}
                    for role, text in (("summary", release.abstract), ("credits", release.photo_credits)) if text]
    if descriptions:
        item["descriptions"] = descriptions
    # counted as the status bar counts them (a CJK character is a word; line breaks are no characters)
    counts = [count_text(p.text) for p in release.body]
    bodies = [{"role": "main", "contentType": "text/html", "charCount": sum(c.characters for c in counts),
               "wordCount": sum(c.words for c in counts), "value": body_html(release)}]
    if release.boilerplate:
        bodies.append({"role": "notes", "contentType": "text/html", "value": notes_html(release.boilerplate)})
    item["bodies"] = bodies
    item.update(_tags(release))
    contacts = _contacts(release)
    if contacts:
        item["infoSources"] = contacts
    return item


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k.lower(): _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


def to_dict_v2(release: Release) -> dict[str, Any]:
    """The same item in ninjs 2.2's names: every property in lower case, ``embargoed`` for ``embargoedUntil``."""
    item = _lower_keys(to_dict(release))
    item["standard"]["version"] = "2.2"
    item["standard"]["schema"] = SCHEMA_URIS["2.2"]
    return {("embargoed" if k == "embargoeduntil" else k): v for k, v in item.items()}


def _dump(item: dict[str, Any]) -> bytes:
    return (json.dumps(item, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def warnings_for(release: Release) -> list[str]:
    """What the item cannot say as the release does, for the user to act on."""
    if release.embargo is not None and release.embargo.when.tzinfo is None:
        return ["the embargo names no time zone, so ninjs cannot state when it lifts: it is written only as the "
                "editor's note (edNote); set the embargo's zone in the form to export the exact time"]
    return []


def write(release: Release) -> bytes:
    """``release`` as a ninjs 3.1 news item, UTF-8 JSON indented two spaces."""
    return _dump(to_dict(release))


def write_with_warnings(release: Release) -> tuple[bytes, list[str]]:
    """:func:`write`, and what the item could not say (an embargo without a time zone)."""
    return write(release), warnings_for(release)


def write_v2(release: Release) -> bytes:
    """``release`` as a ninjs 2.2 news item."""
    return _dump(to_dict_v2(release))


def write_v2_with_warnings(release: Release) -> tuple[bytes, list[str]]:
    """:func:`write_v2`, and what the item could not say."""
    return write_v2(release), warnings_for(release)
