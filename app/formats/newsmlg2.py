"""NewsML-G2 2.35 (IPTC): a release as a text ``newsItem``, and such items read back.

Where things go:

* itemMeta: ``itemClass`` ninat:text, ``provider``, ``versionCreated`` (the
  release's modified or created time), ``firstCreated``, ``pubStatus``; the
  editorial status (draft, review, approved) has no G2 slot and goes in our
  extension element (itemMeta allows other namespaces);
* contentMeta: ``contentCreated`` / ``contentModified``, ``located`` (the dateline
  place), each contact as a ``contributor`` with its contact details (as
  DESIGN.md maps them), ``language``, ``keyword``, ``subject`` (the release's
  subjects, then every tagged person, organisation, place, event, initiative and
  topic with its vocabulary id), ``headline`` (and the subheadline as a headline
  with role hdl:subheadline), ``dateline`` as printed, ``by`` (the byline),
  ``creditline`` (photo credits), ``description`` role drol:summary (the abstract);
* contentSet: the story as inline NITF 3.6 (app.formats.nitf), which carries the
  paragraphs with their tags, kinds and ids.

The embargo is itemMeta's ``embargoed`` (the instant with its offset; our
``rd:zone`` and ``rd:text`` attributes keep the IANA zone and the line as
printed); the release number is a contentMeta ``altId`` marked ``rd:role="reference"``.
Comments, sign-offs and the importer's confidence are the editor's own working
state, in our extension elements.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from app.formats import nitf
from app.formats.cleaning import clean
from app.formats.item_ids import export_id
from app.formats.newsmlg2_read import read, read_with_warnings
from app.model import Paragraph, Release

__all__ = ["NAR", "read", "read_with_warnings", "write"]

NAR = "http://iptc.org/std/nar/2006-10-01/"
RD_NS = "urn:x-release-desk:newsml-g2-extension:1"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: subject types for tagged entities (IPTC's cpnat: concept natures)
ENTITY_TYPES = {"person": "cpnat:person", "organisation": "cpnat:organisation", "place": "cpnat:geoArea",
                "event": "cpnat:event", "initiative": "cpnat:object", "topic": "cpnat:abstract"}
SUBHEADLINE_ROLE = "hdl:subheadline"
SUMMARY_ROLE = "drol:summary"
CONTACT_ROLE = "crol:contact"
_QCODE = re.compile(r"^[^\s:]+:\S+$")  # the schema's QCodeType: a scheme, a colon, a code
_BREAKS = re.compile(r"[\t\r\n]")
#: the exact subject when its folded name differs (a subject has no other place in the inline NITF)
EXACT = f"{{{RD_NS}}}text"


def _n(tag: str) -> str:
    return f"{{{NAR}}}{tag}"


def _fold(text: str) -> str:
    """G2's names and labels are normalised strings (no tab or line break): fold those to spaces.
    The exact text travels in the inline NITF, which is what an item of ours is read back from."""
    return _BREAKS.sub(" ", clean(text))


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _n(name), {k: _fold(v) for k, v in attrs.items()})
    if text is not None:
        el.text = _fold(text)
    return el


def _concept(parent: etree._Element, element: str, label: str | None, ref: str | None,
             **attrs: str) -> etree._Element:
    """A G2 concept property: a qcode when the reference looks like one, else a literal; and its name."""
    if ref is not None:
        attrs["qcode" if _QCODE.match(ref) else "literal"] = ref
    el = _sub(parent, element, **attrs)
    if label is not None:
        _sub(el, "name", label)
    return el


def _when(value: dt.datetime) -> str:
    return value.isoformat()


def _item_meta(root: etree._Element, release: Release) -> None:
    meta = _sub(root, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:text")
    _sub(meta, "provider", literal="Release Desk")
    stamp = release.modified or release.created or dt.datetime.now(dt.UTC).replace(microsecond=0)
    _sub(meta, "versionCreated", _when(stamp))
    if release.created is not None:
        _sub(meta, "firstCreated", _when(release.created))
    if release.embargo is not None:
        embargoed = _sub(meta, "embargoed", _when(release.embargo.when))
        if release.embargo.zone is not None:
            embargoed.set(f"{{{RD_NS}}}zone", clean(release.embargo.zone))
        if release.embargo.text is not None:
            embargoed.set(f"{{{RD_NS}}}text", clean(release.embargo.text))
    _sub(meta, "pubStatus", qcode="stat:usable" if release.status in ("approved", "released") else "stat:withheld")
    etree.SubElement(meta, f"{{{RD_NS}}}status").text = release.status


def _content_meta(root: etree._Element, release: Release) -> None:
    meta = _sub(root, "contentMeta")
    if release.created is not None:
        _sub(meta, "contentCreated", _when(release.created))
    if release.modified is not None:
        _sub(meta, "contentModified", _when(release.modified))
    if release.dateline.place is not None:
        _concept(meta, "located", release.dateline.place, None)
    for contact in release.contacts:
        if contact.is_empty():
            continue
        person = _concept(meta, "contributor", contact.name or contact.organisation, None, role=CONTACT_ROLE)
        if contact.title is not None or contact.organisation is not None:
            _sub(person, "definition", ", ".join(v for v in (contact.title, contact.organisation) if v))
        if contact.email or contact.phone:
            info = _sub(_sub(person, "personDetails"), "contactInfo")
            if contact.email:
                _sub(info, "email", contact.email)
            if contact.phone:
                _sub(info, "phone", contact.phone)
    if release.reference is not None:
        # the text exactly (altId is a plain string, not a normalised one)
        etree.SubElement(meta, _n("altId"), {f"{{{RD_NS}}}role": "reference"}).text = clean(release.reference)
    _sub(meta, "language", tag=release.language)
    for keyword in release.keywords:
        _sub(meta, "keyword", keyword)
    for subject in release.subjects:
        # a vocabulary code ("medtop:04000000", "subj:economy") is a qcode; anything else is named
        el = _concept(meta, "subject", None, subject) if _QCODE.match(subject) else _concept(
            meta, "subject", subject, None)
        if _fold(subject) != subject:
            el.set(EXACT, clean(subject))
    seen: set[tuple[str, str, str | None]] = set()
    for para in (Paragraph("headline", release.headline, release.headline_entities), *release.body):
        for e in para.entities:
            name = e.name or para.entity_text(e)
            key = (e.kind, name, e.ref)
            if key in seen:
                continue
            seen.add(key)
            _concept(meta, "subject", name, e.ref, type=ENTITY_TYPES[e.kind])
    _sub(meta, "headline", release.headline)
    if release.subheadline is not None:
        _sub(meta, "headline", release.subheadline, role=SUBHEADLINE_ROLE)
    if release.dateline.text is not None:
        _sub(meta, "dateline", release.dateline.text)
    if release.byline is not None:
        _sub(meta, "by", release.byline)
    if release.photo_credits is not None:
        _sub(meta, "creditline", release.photo_credits)
    if release.abstract is not None:
        _sub(meta, "description", release.abstract, role=SUMMARY_ROLE)
    _working_state(meta, release)


def _working_state(meta: etree._Element, release: Release) -> None:
    """Comments and the importer's confidence, which G2 has no slot for, in our extension elements
    (contentMeta takes elements of other namespaces at its end), so the round trip loses nothing."""
    def ext(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
        el = etree.SubElement(parent, f"{{{RD_NS}}}{name}", {k: clean(v) for k, v in attrs.items()})
        if text is not None:
            el.text = clean(text)
        return el

    for name, value in release.confidence.items():
        ext(meta, "confidence", field=name, value=repr(value))
    for s in release.signoffs:
        ext(meta, "signoff", status=s.status, who=s.who, when=_when(s.when))
    for c in release.comments:
        attrs = {"id": c.id, "paragraph": c.paragraph, "author": c.author, "created": _when(c.created)}
        if c.start is not None and c.end is not None:
            attrs.update(start=str(c.start), end=str(c.end))
        if c.resolved:
            attrs["resolved"] = "true"
        comment = ext(meta, "comment", **attrs)
        ext(comment, "text", c.text)
        for r in c.replies:
            ext(comment, "reply", r.text, id=r.id, author=r.author, created=_when(r.created))


def write(release: Release) -> bytes:
    """``release`` as a NewsML-G2 2.35 newsItem that validates, inline NITF included."""
    root = etree.Element(_n("newsItem"), nsmap={None: NAR, "rd": RD_NS})
    root.set("guid", f"urn:release-desk:{clean(export_id(release))}")  # never one guid for every new release
    root.set("version", "1")
    root.set("standard", "NewsML-G2")
    root.set("standardversion", "2.35")
    root.set("conformance", "power")
    root.set(XML_LANG, release.language)
    _sub(root, "catalogRef", href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml")
    _item_meta(root, release)
    _content_meta(root, release)
    inline = _sub(_sub(root, "contentSet"), "inlineXML", contenttype="application/nitf+xml")
    inline.append(etree.fromstring(nitf.write(release)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
