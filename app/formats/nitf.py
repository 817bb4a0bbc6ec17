"""NITF 3.6 (IPTC News Industry Text Format): read and write.

Where things go (NITF 3.6 element paths):

* headline / subheadline: ``body.head/hedline/hl1`` (its tags inline, as in a paragraph) / ``hl2``
  (and ``head/title``);
* dateline: ``body.head/dateline`` holds the dateline as printed, the place marked
  ``location`` and the date ``story.date/@norm``; the place is also kept in
  ``docdata/evloc/@city`` because the printed dateline may spell it differently;
* byline: ``body.head/byline`` as printed;
* paragraphs: ``body.content/p`` (subheads ``hl2``, list items ``ul/li``) with inline ``person``/``org``/``location``/
  ``event``/``classifier`` (see :mod:`app.formats.nitf_inline`);
* keywords: ``head/docdata/key-list/keyword/@key``; language: ``nitf/@xml:lang``;
* subjects: ``head/tobject/tobject.subject`` (see :mod:`app.formats.nitf_subjects`);
* embargo and release number: ``docdata/date.release`` and a second ``doc-id`` (see
  :mod:`app.formats.nitf_docdata`);
* contacts: NITF has no slot for a press contact; its notes put closing
  information about the people behind a story in ``body.end/tagline``, so each
  contact is written there as ``person``, ``function``, ``org`` and ``a``
  (``mailto:`` / ``tel:``) lines, contacts apart by a blank line.

Reading accepts NITF 3.x in the 3.4-3.6 namespace, 3.3's, or none (as older
agency feeds send it), with a warning when it is not 3.6; what it leaves out
(tables, media, enriched text) is listed in the warnings.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

from lxml import etree

from app.formats.cleaning import clean, clean_paragraph
from app.formats.nitf_docdata import write_docdata
from app.formats.nitf_inline import NS, RD_NS, fill_paragraph, outer_and_nested, q
from app.formats.nitf_read import read_with_warnings
from app.formats.nitf_subjects import write_subjects
from app.model import Contact, Paragraph, Release

__all__ = ["NS", "read", "read_with_warnings", "write"]

# The schema fixes these values: a file that states them must state exactly these.
VERSION = "-//IPTC//DTD NITF 3.6//EN"
CHANGE_DATE = "September 11, 2009"
CHANGE_TIME = "12:26"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PRINTED = f"{{{RD_NS}}}printed"

_PHONE_CHARS = re.compile(r"[^0-9+]")


def read(data: bytes, source: str = "<input>") -> Release:
    """Read an NITF document; warnings (another version, no namespace) are dropped."""
    return read_with_warnings(data, source)[0]


def _norm(date: dt.date) -> str:
    # NITF's ISO 8601 basic form; not strftime, which drops the zeros of years before 1000
    return f"{date.year:04d}{date.month:02d}{date.day:02d}T000000"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, q(tag), {k.replace("_", "-"): v for k, v in attrs.items()})
    if text is not None:
        el.text = clean(text)
    return el


def _write_dateline(body_head: etree._Element, release: Release) -> None:
    d = release.dateline
    if d.place is None and d.date is None and d.text is None:
        return
    line = _sub(body_head, "dateline")
    place = clean(d.place)
    if d.text is not None:
        # Says "the dateline was printed like this" even when it is only the place
        # or empty, which a reader could not tell apart from "nothing printed".
        line.set(PRINTED, "true")
    if d.text is None:
        # Nothing printed: the place alone, so a reader that shows datelines shows something.
        if place:
            _sub(line, "location", place)
    else:
        text = clean(d.text)
        at = text.find(place) if place else -1
        if at >= 0:
            line.text = text[:at]
            _sub(line, "location", place).tail = text[at + len(place) :]
        else:
            line.text = text
    if d.date is not None:
        _sub(line, "story.date", norm=_norm(d.date))


def _write_contacts(body: etree._Element, contacts: list[Contact]) -> None:
    # A contact with no field at all has nothing to write; "" is written (it was typed).
    contacts = [c for c in contacts if any(v is not None for v in (c.name, c.title, c.organisation, c.email, c.phone))]
    if not contacts:
        return
    tagline = _sub(_sub(body, "body.end"), "tagline", "For more information, please contact:")
    for i, c in enumerate(contacts):
        if i:
            _sub(tagline, "br")  # a blank line between two contacts
        lines: list[tuple[str, str, dict[str, str]]] = []
        if c.name is not None:
            lines.append(("person", c.name, {}))
        if c.title is not None:
            lines.append(("function", c.title, {}))
        if c.organisation is not None:
            lines.append(("org", c.organisation, {}))
        if c.email is not None:
            lines.append(("a", c.email, {"href": "mailto:" + urllib.parse.quote(clean(c.email), safe="@+.-_~!$&'*=")}))
        if c.phone is not None:
            lines.append(("a", c.phone, {"href": "tel:" + _PHONE_CHARS.sub("", c.phone)}))
        for tag, text, attrs in lines:
            _sub(tagline, "br")
            _sub(tagline, tag, text, **attrs)


def _write_tagged(el: etree._Element, para: Paragraph, docdata: etree._Element, where: dict[str, str]) -> None:
    """``para``'s text into ``el``, its outer tags inline; ``where`` says whose the nested ones are."""
    outer, nested = outer_and_nested(para)
    fill_paragraph(el, para, outer)
    for e in nested:
        # NITF inline elements cannot nest; a span inside another is kept in
        # our own extension element (docdata allows foreign elements).
        ext = etree.SubElement(docdata, f"{{{RD_NS}}}nested-entity",
                               **where, id=e.id, kind=e.kind, start=str(e.start), end=str(e.end))
        if e.name is not None:
            ext.set("name", clean(e.name))
        if e.ref is not None:
            ext.set("ref", clean(e.ref))


def write(release: Release) -> bytes:
    """``release`` as an NITF 3.6 document that validates against the official schema."""
    root = etree.Element(q("nitf"), nsmap={None: NS, "rd": RD_NS})
    root.set("version", VERSION)
    root.set("change.date", CHANGE_DATE)
    root.set("change.time", CHANGE_TIME)
    root.set(XML_LANG, release.language)
    head = _sub(root, "head")
    _sub(head, "title", release.headline)
    write_subjects(head, release.subjects, q(""))
    docdata = _sub(head, "docdata")
    _sub(docdata, "doc-id", id_string=release.id)
    write_docdata(docdata, release, q(""), RD_NS)  # the release number and the embargo
    if release.dateline.place is not None:
        _sub(docdata, "evloc", city=clean(release.dateline.place))
    if release.dateline.date is not None:
        _sub(docdata, "date.issue", norm=_norm(release.dateline.date))
    if release.keywords:
        keys = _sub(docdata, "key-list")
        for k in release.keywords:
            _sub(keys, "keyword", key=clean(k))

    body = _sub(root, "body")
    body_head = _sub(body, "body.head")
    hedline = _sub(body_head, "hedline")
    # hl1 takes NITF's enriched text (person, org, location, event, classifier...), as a p does
    headline = clean_paragraph(Paragraph("headline", release.headline, release.headline_entities))
    _write_tagged(_sub(hedline, "hl1"), headline, docdata, {"headline": "true"})
    if release.subheadline is not None:
        _sub(hedline, "hl2", release.subheadline)
    if release.byline is not None:
        _sub(body_head, "byline", release.byline)
    _write_dateline(body_head, release)
    if release.abstract is not None:
        _sub(_sub(body_head, "abstract"), "p", release.abstract)

    content = _sub(body, "body.content")
    current_list: etree._Element | None = None
    for raw in release.body:
        para = clean_paragraph(raw)
        if para.kind == "list-item":
            # consecutive list items make one list
            if current_list is None:
                current_list = _sub(content, "ul")
            p = _sub(current_list, "li", id=para.id)
        else:
            current_list = None
            p = _sub(content, "hl2" if para.kind == "subhead" else "p", id=para.id)
        if para.key:
            p.set("class", "key-point")
        _write_tagged(p, para, docdata, {"paragraph": para.id})
    if release.photo_credits is not None:
        _sub(_sub(content, "block", **{"class": "credits"}), "p", release.photo_credits)
    for note in release.boilerplate:
        # one block per note; its heading is a paragraph marked as such, so the reader rebuilds the blocks
        block = _sub(content, "block", **{"class": "boilerplate"})
        if note.heading:
            _sub(block, "p", note.heading, **{"class": "heading"})
        for t in note.paragraphs:
            _sub(block, "p", t)
    _write_contacts(body, release.contacts)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=False)
