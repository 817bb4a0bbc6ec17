"""Read NITF 3.x into a Release, saying what was unusual instead of failing on it.

Files Release Desk wrote (they declare our extension namespace) are read
exactly; anyone else's have their indentation collapsed, since NITF producers
pretty-print mixed content.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from app.formats.errors import FormatError
from app.formats.gc_pause import collector_paused
from app.formats.item_ids import id_from_identifier, words_id
from app.formats.nitf_body import read_body, read_paragraph_element
from app.formats.nitf_docdata import read_embargo, read_reference
from app.formats.nitf_ids import IdClashError, Ids, file_ids
from app.formats.nitf_inline import NS, RD_NS
from app.formats.nitf_subjects import read_subjects
from app.formats.safexml import parse_bytes
from app.model import PLACEHOLDER_ID, Contact, Dateline, Entity, ModelError, NoteBlock, Paragraph, Release

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XSI_SCHEMA_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
_VERSION = re.compile(r"NITF\s+(\d+)\.(\d+)")
_SCHEMA_VERSION = re.compile(r"nitf-(\d+)[-.](\d+)")
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_NORM_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")
_WS = re.compile(r"\s+")
# inline markup that carries no meaning the model loses (our own extension marks nothing inline)
_HARMLESS = frozenset(("<br>",))
_HINT = ("NITF 3.x files (namespace http://iptc.org/std/NITF/2006-10-18/, NITF 3.3's "
         "http://iptc.org/std/NITF/2006-03-01/, or none) can be read; save the story as NITF 3.6")
#: NITF 3.3's namespace: the same elements as 3.4-3.6 as far as a release goes.
NS_33 = "http://iptc.org/std/NITF/2006-03-01/"
_BASELANG = "baselang"
# EFE and others print the issue time where the dateline goes: 20170102T222800+0000
_TIMESTAMP = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})T\d{2}:?\d{2}(:?\d{2})?([+-]\d{2}:?\d{2}|Z)?$")
#: AP's original headline, kept in an hl2 beside the one printed: not a subheadline.
_ORIGINAL_HEADLINE = "originalHeadline"


def _note_blocks(paragraphs: list[etree._Element]) -> list[NoteBlock]:
    """The notes to editors as the writer made them: one block element per note, its heading marked."""
    blocks: list[NoteBlock] = []
    parent = None
    for p in paragraphs:
        if p.getparent() is not parent:
            blocks.append(NoteBlock())
            parent = p.getparent()
        if p.get("class") == "heading" and not blocks[-1].paragraphs:
            blocks[-1].heading = _text(p)
        else:
            blocks[-1].paragraphs.append(_text(p))
    return blocks


def _text(el: etree._Element | None) -> str:
    return "" if el is None else "".join(el.itertext())


def _check_root(root: etree._Element, source: str, warnings: list[str]) -> str:
    """The story's namespace ("" for none), or FormatError for a root or namespace that is not NITF 3.x.

    Older namespaces are read as they are (the reader looks names up in the story's own
    namespace): renaming every element of a 50 MB archive would cost more than parsing it.
    """
    name = etree.QName(root)
    if name.localname != "nitf":
        raise FormatError(f"this is not NITF: the root element is <{name.localname}>, not <nitf>", source=source,
                          line=root.sourceline, hint=_HINT)
    if name.namespace is None:
        warnings.append(f"{source}: the NITF has no namespace (an older or DTD-based file); read as NITF 3.6")
    elif name.namespace not in (NS, NS_33):
        raise FormatError(f"the NITF uses the namespace {name.namespace}, which Release Desk does not know",
                          source=source, line=root.sourceline, hint=_HINT)
    namespace = name.namespace or ""
    version = _VERSION.search(root.get("version") or "") or _SCHEMA_VERSION.search(root.get(_XSI_SCHEMA_LOCATION) or "")
    if version is None:
        if name.namespace == NS_33:
            warnings.append(f"{source}: this is NITF 3.3; read as NITF 3.6 (the fields Release Desk uses are the same)")
        return namespace
    major, minor = int(version.group(1)), int(version.group(2))
    if major != 3:
        raise FormatError(f"this is NITF {major}.{minor}; Release Desk reads NITF 3.x", source=source,
                          line=root.sourceline, hint=_HINT)
    if minor != 6:
        warnings.append(f"{source}: this is NITF 3.{minor}; read as NITF 3.6 "
                        "(the fields Release Desk uses are the same)")
    return namespace


def _timestamp_date(text: str) -> dt.date | None:
    """The date of a timestamp printed as a dateline (``20170102T222800+0000``), else None."""
    m = _TIMESTAMP.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _date(norm: str | None) -> dt.date | None:
    m = _NORM_DATE.match(norm or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _Reader:
    def __init__(self, root: etree._Element, source: str, warnings: list[str], namespace: str = NS,
                 reserved: frozenset[str] = frozenset()) -> None:
        self.root = root
        self.namespace = namespace
        self.ns = {"n": namespace}  # "" finds elements in no namespace
        self.source = source
        self.warnings = warnings
        self.exact = RD_NS in root.nsmap.values()
        self.ids = Ids(reserved)
        self.dropped: dict[str, int] = {}

    def norm(self, text: str) -> str:
        return text if self.exact else _WS.sub(" ", text).strip()

    def find(self, path: str) -> etree._Element | None:
        return self.root.find(path, self.ns)

    def findall(self, path: str) -> list[etree._Element]:
        return self.root.findall(path, self.ns)

    def dateline(self) -> Dateline:
        line = self.find("n:body/n:body.head/n:dateline")
        evloc = self.find("n:head/n:docdata/n:evloc")
        place = None
        text = None
        date = None
        if line is not None:
            loc = line.find("n:location", self.ns)
            city = loc.find("n:city", self.ns) if loc is not None else None
            place = self.norm(_text(city if city is not None else loc)) or None
            printed = self.norm(_text(line))
            if self.exact:
                text = printed if line.get(f"{{{RD_NS}}}printed") == "true" else None
            else:
                # A dateline that prints only its place says nothing more than the place.
                text = printed if printed and printed != self.norm(_text(loc)) else None
            story_date = line.find("n:story.date", self.ns)
            date = _date(story_date.get("norm")) if story_date is not None else None
            stamp = None if self.exact or not printed else _timestamp_date(printed)
            if stamp is not None:  # a timestamp where the dateline goes: its date, nothing printed
                date, text = date or stamp, None
            elif date is None and story_date is not None and not self.exact:
                date = _timestamp_date(self.norm(_text(story_date)))
        if evloc is not None and evloc.get("city") is not None and (self.exact or place is None):
            place = evloc.get("city")
        if date is None:
            issue = self.find("n:head/n:docdata/n:date.issue")
            date = _date(issue.get("norm")) if issue is not None else None
        return Dateline(place=place, date=date, text=text)

    def body(self) -> tuple[list[Paragraph], list[str], str | None]:
        content = self.find("n:body/n:body.content")
        if content is None:
            return [], [], None
        parts = read_body(content, self.ids, self.dropped, exact=self.exact, namespace=self.namespace)
        paras, empty = parts.paragraphs, parts.empty
        boilerplate = _note_blocks(parts.boilerplate)
        credits = _text(parts.credits) if parts.credits is not None else None
        for what, n in parts.skipped.items():
            self.warnings.append(f"{self.source}: {n} <{what}> element(s) in the body were not imported "
                                 "(Release Desk keeps paragraphs, subheads and list items only)")
        if parts.lead_dropped:
            self.warnings.append(f"{self.source}: the lead paragraph block was read once, from the full text "
                                 "that repeats it")
        if empty:
            self.warnings.append(f"{self.source}: {empty} empty paragraph(s) were left out")
        return paras, boilerplate, credits

    def contacts(self) -> list[Contact]:
        tagline = self.find("n:body/n:body.end/n:tagline")
        if tagline is None:
            return []
        contacts: list[Contact] = []
        current: Contact | None = None
        breaks = 0
        for child in tagline:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if name == "br":
                breaks += 1
                continue
            field = {"person": "name", "function": "title", "org": "organisation"}.get(name)
            if name == "a":
                href = (child.get("href") or "").lower()
                field = "email" if href.startswith("mailto:") else "phone" if href.startswith("tel:") else None
            if field is None:
                continue
            if current is None or breaks >= 2 or getattr(current, field) is not None:
                current = Contact()
                contacts.append(current)
            setattr(current, field, self.norm(_text(child)))
            breaks = 0
        if not contacts and _text(tagline).strip():
            self.warnings.append(f"{self.source}: the tagline names no person, organisation or address; "
                                 "it was not read as a contact")
        return contacts

    def release(self) -> Release:
        doc_id = self.find("n:head/n:docdata/n:doc-id")
        # the file's own id; else one made from its doc-id (a number, a code with spaces); else the words' id, below
        release_id = id_from_identifier(doc_id.get("id-string") if doc_id is not None else None)
        if release_id is not None:
            self.ids.take(release_id)
        hl1 = self.find("n:body/n:body.head/n:hedline/n:hl1")
        if hl1 is not None:  # hl1 carries inline tags as a paragraph does
            headline_para = read_paragraph_element(hl1, "body", self.ids, self.dropped, exact=self.exact, indent="",
                                                   ident="headline")
            headline, headline_tags = headline_para.text, headline_para.entities
        else:
            headline, headline_tags = self.norm(_text(self.find("n:head/n:title"))), []
        body, boilerplate, credits = self.body()
        if not headline and not body:
            raise FormatError("the NITF has neither a headline (hedline/hl1) nor body paragraphs; nothing to read",
                              source=self.source, hint=_HINT)
        subheadline = self.subheadline(headline)
        lang = self.language()
        docdata, tag = self.find("n:head/n:docdata"), f"{{{self.namespace}}}" if self.namespace else ""
        release = Release(
            embargo=read_embargo(docdata, tag, RD_NS),
            reference=read_reference(docdata, tag),
            id=release_id or PLACEHOLDER_ID,
            language=lang,
            headline=headline,
            headline_entities=headline_tags,
            subheadline=subheadline,
            byline=self.byline(),
            dateline=self.dateline(),
            abstract=self.abstract(),
            body=body,
            boilerplate=boilerplate,
            photo_credits=credits,
            contacts=self.contacts(),
            keywords=[k.get("key") or "" for k in self.findall("n:head/n:docdata/n:key-list/n:keyword")
                      if k.get("key") is not None],
            subjects=read_subjects(self.find("n:head"), tag, self.exact),
        )
        self.nested(release)
        if not self.exact:
            _lift_printed_dateline(release)
        self.report_dropped()
        if release_id is None and (ident := words_id(release)) not in self.ids.taken:
            release.id = ident
        return release

    def subheadline(self, headline: str) -> str | None:
        """The first hl2 of the hedline that is a subheadline (AP's original headline is not one)."""
        for hl2 in self.findall("n:body/n:body.head/n:hedline/n:hl2"):
            text = self.norm(_text(hl2))
            if not self.exact and (hl2.get("id") == _ORIGINAL_HEADLINE or text == headline):
                if text != headline:
                    self.warnings.append(f"{self.source}: the original headline {text!r} (hl2 "
                                         f"id=\"{_ORIGINAL_HEADLINE}\") was not imported")
                continue
            return text
        return None

    def byline(self) -> str | None:
        """``byline`` as printed; a ``byttl`` (the writer's title) follows the name after a comma."""
        lines = self.findall("n:body/n:body.head/n:byline")
        if not lines:
            return None
        texts = []
        for line in lines:
            if self.exact:
                texts.append(_text(line))
                continue
            words = line.text or ""
            for child in line:
                if not isinstance(child.tag, str):
                    words += child.tail or ""
                    continue
                part = _text(child)
                if (etree.QName(child).localname == "byttl" and words.strip()
                        and not words.rstrip().endswith((",", "/", "-", "–"))):
                    words = words.rstrip() + ", "
                words += part + (child.tail or "")
            texts.append(self.norm(words))
        found = [t for t in texts if t]
        return "\n".join(found) if found else ("" if self.exact else None)

    def abstract(self) -> str | None:
        """The abstract: its paragraphs, or its text when an agency wrote it without any."""
        abstract = self.find("n:body/n:body.head/n:abstract")
        if abstract is None:
            return None
        paras = abstract.findall("n:p", self.ns)
        if paras:
            return "\n\n".join(self.norm(_text(p)) for p in paras)
        return self.norm(_text(abstract)) or None

    def language(self) -> str:
        """``xml:lang`` of the story, else NITF's ``baselang`` (older files), else English."""
        for where, raw in (("xml:lang", self.root.get(_XML_LANG)), ("baselang", self.root.get(_BASELANG))):
            if not raw:
                continue
            lang = raw.strip().replace("_", "-")
            if _LANG.match(lang):
                return lang
            self.warnings.append(f"{self.source}: the language {raw!r} ({where}) is not a language tag; "
                                 "assumed English")
            return "en"
        return "en"

    def report_dropped(self) -> None:
        """Say which markup lost its meaning (text kept) and which DTD entities were left out."""
        marks = {k: n for k, n in self.dropped.items() if k.startswith("<") and k not in _HARMLESS}
        refs = {k: n for k, n in self.dropped.items() if k.startswith("&")}
        if marks and not self.exact:
            listed = ", ".join(f"{k} ×{n}" for k, n in sorted(marks.items()))
            self.warnings.append(f"{self.source}: enriched text was imported as plain text ({listed}): "
                                 "emphasis, links and quotations lost their markup")
        if refs:
            listed = ", ".join(f"{k} ×{n}" for k, n in sorted(refs.items()))
            self.warnings.append(f"{self.source}: entities defined in the DTD, which is never loaded, were "
                                 f"left out ({listed})")

    def nested(self, release: Release) -> None:
        if not self.exact:
            return  # our extension: only in files Release Desk wrote
        by_id = {p.id: p for p in release.body}
        headline = Paragraph("headline", release.headline, release.headline_entities)
        for ext in self.findall(f"n:head/n:docdata/{{{RD_NS}}}nested-entity"):
            para = headline if ext.get("headline") == "true" else by_id.get(ext.get("paragraph") or "")
            try:
                start, end = int(ext.get("start") or ""), int(ext.get("end") or "")
                entity = Entity(id=self.ids.claim(ext.get("id"), "e"), kind=ext.get("kind") or "", start=start,
                                end=end, name=ext.get("name"), ref=ext.get("ref"))
                if para is None:
                    raise ModelError(f"paragraph {ext.get('paragraph')!r} does not exist")
                para.add_entity(entity)
            except (ValueError, ModelError) as exc:
                self.warnings.append(f"{self.source}: a nested entity tag was dropped: {exc}")
        release.headline_entities = headline.entities


def _lift_printed_dateline(release: Release) -> None:
    """An agency's first paragraph that opens with the printed dateline ("CAPE CANAVERAL, Fla. (EP) — A pair of
    ..."): the dateline goes to the release's printed dateline and leaves the paragraph, so no export prints it
    twice. Only a dateline as sure as the text importer's (a date or a wire tag in it), of the same place as the
    head's dateline when the head has one, and with no tag inside it."""
    if not release.body or release.body[0].kind != "body" or release.dateline.text:
        return
    from app.formats.textparse.dateline import match_dateline  # (the text importer's patterns: foreign files only)

    first = release.body[0]
    lead = match_dateline(first.text[:400])
    if lead is None or not lead.strong or any(e.start < lead.rest for e in first.entities):
        return
    head_place = (release.dateline.place or "").casefold()
    if head_place and lead.place and not lead.place.casefold().startswith(head_place):
        return  # the paragraph names another place than the dateline: not the dateline printed again
    cut = lead.rest
    first.text = first.text[cut:]
    first.entities = [Entity(e.id, e.kind, e.start - cut, e.end - cut, e.name, e.ref) for e in first.entities]
    release.dateline = Dateline(place=release.dateline.place or lead.place, date=release.dateline.date or lead.date,
                                text=lead.printed)


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read NITF ``data``; the warnings say what was unusual (version, namespace, dropped parts)."""
    return read_element(parse_bytes(data, source).getroot(), source)


def read_element(root: etree._Element, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read an ``nitf`` element already parsed (on its own, or inside a NewsML-G2 item)."""
    warnings: list[str] = []
    namespace = _check_root(root, source, warnings)
    checked = len(warnings)  # what _check_root said stands; what reading said is said again on a second read
    with collector_paused():
        try:
            release = _Reader(root, source, warnings, namespace).release()
        except IdClashError:  # an id generated early is one the file uses further down: read again, all its ids kept
            del warnings[checked:]
            release = _Reader(root, source, warnings, namespace, file_ids(root)).release()
    # The body is valid by construction (ids from claim(), kinds from the walk, spans from
    # read_paragraph in order and inside the text, nested tags added through add_entity), and
    # checking it again cost a third of reading an archive; everything else is checked here.
    body, release.body = release.body, []
    try:
        release.check()
    except ModelError as exc:
        raise FormatError(f"the NITF cannot be read as a release: {exc}", source=source,
                          hint="check the ids in the file") from None
    finally:
        release.body = body
    return release, warnings
