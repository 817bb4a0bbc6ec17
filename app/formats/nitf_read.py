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
from app.formats.nitf_inline import NS, RD_NS, InlineSpan, normalise_space, q, read_paragraph
from app.formats.safexml import parse_bytes
from app.model import Contact, Dateline, Entity, ModelError, Paragraph, Release

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XSI_SCHEMA_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
_VERSION = re.compile(r"NITF\s+(\d+)\.(\d+)")
_SCHEMA_VERSION = re.compile(r"nitf-(\d+)[-.](\d+)")
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_NORM_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")
_WS = re.compile(r"\s+")
_HINT = "NITF 3.x files (namespace http://iptc.org/std/NITF/2006-10-18/) can be read; save the story as NITF 3.6"


def _text(el: etree._Element | None) -> str:
    return "" if el is None else "".join(el.itertext())


def _check_root(root: etree._Element, source: str, warnings: list[str]) -> None:
    name = etree.QName(root)
    if name.localname != "nitf":
        raise FormatError(f"this is not NITF: the root element is <{name.localname}>, not <nitf>", source=source,
                          line=root.sourceline, hint=_HINT)
    if name.namespace is None:
        warnings.append(f"{source}: the NITF has no namespace (an older or DTD-based file); read as NITF 3.6")
        for el in root.iter():
            if isinstance(el.tag, str) and not el.tag.startswith("{"):
                el.tag = q(el.tag)
    elif name.namespace != NS:
        raise FormatError(f"the NITF uses the namespace {name.namespace}, which Release Desk does not know",
                          source=source, line=root.sourceline, hint=_HINT)
    version = _VERSION.search(root.get("version") or "") or _SCHEMA_VERSION.search(root.get(_XSI_SCHEMA_LOCATION) or "")
    if version is None:
        return
    major, minor = int(version.group(1)), int(version.group(2))
    if major != 3:
        raise FormatError(f"this is NITF {major}.{minor}; Release Desk reads NITF 3.x", source=source,
                          line=root.sourceline, hint=_HINT)
    if minor != 6:
        warnings.append(f"{source}: this is NITF 3.{minor}; read as NITF 3.6 "
                        "(the fields Release Desk uses are the same)")


def _date(norm: str | None) -> dt.date | None:
    m = _NORM_DATE.match(norm or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _Reader:
    def __init__(self, root: etree._Element, source: str, warnings: list[str]) -> None:
        self.root = root
        self.source = source
        self.warnings = warnings
        self.exact = RD_NS in root.nsmap.values()
        self.taken: set[str] = set()

    def norm(self, text: str) -> str:
        return text if self.exact else _WS.sub(" ", text).strip()

    def find(self, path: str) -> etree._Element | None:
        return self.root.find(path, {"n": NS})

    def findall(self, path: str) -> list[etree._Element]:
        return self.root.findall(path, {"n": NS})

    def claim(self, ident: str | None, prefix: str) -> str:
        if ident is None or not _ID.match(ident) or ident in self.taken:
            n = len(self.taken) + 1
            while f"{prefix}{n}" in self.taken:
                n += 1
            ident = f"{prefix}{n}"
        self.taken.add(ident)
        return ident

    def dateline(self) -> Dateline:
        line = self.find("n:body/n:body.head/n:dateline")
        evloc = self.find("n:head/n:docdata/n:evloc")
        place = None
        text = None
        date = None
        if line is not None:
            loc = line.find("n:location", {"n": NS})
            city = loc.find("n:city", {"n": NS}) if loc is not None else None
            place = self.norm(_text(city if city is not None else loc)) or None
            printed = self.norm(_text(line))
            if self.exact:
                text = printed if line.get(f"{{{RD_NS}}}printed") == "true" else None
            else:
                # A dateline that prints only its place says nothing more than the place.
                text = printed if printed and printed != self.norm(_text(loc)) else None
            story_date = line.find("n:story.date", {"n": NS})
            date = _date(story_date.get("norm")) if story_date is not None else None
        if evloc is not None and evloc.get("city") is not None and (self.exact or place is None):
            place = evloc.get("city")
        if date is None:
            issue = self.find("n:head/n:docdata/n:date.issue")
            date = _date(issue.get("norm")) if issue is not None else None
        return Dateline(place=place, date=date, text=text)

    def paragraph(self, p: etree._Element, *, claim_id: bool = True) -> Paragraph:
        """A ``p`` (or ``hl1``, which has no id to claim) with its inline tags."""
        text, spans = read_paragraph(p)
        if not self.exact:
            text, spans = normalise_space(text, spans)
        para = Paragraph(id=self.claim(p.get("id"), "p") if claim_id else "headline", text=text,
                         key="key-point" in (p.get("class") or "").split())
        para.entities = [self.entity(s) for s in spans]
        return para

    def entity(self, s: InlineSpan) -> Entity:
        return Entity(id=self.claim(s.id, "e"), kind=s.kind, start=s.start, end=s.end, name=s.name, ref=s.ref)

    def body(self) -> tuple[list[Paragraph], list[str], str | None]:
        content = self.find("n:body/n:body.content")
        paras: list[Paragraph] = []
        boilerplate: list[str] = []
        credits: str | None = None
        if content is None:
            return paras, boilerplate, credits
        skipped: dict[str, int] = {}
        for p in content.iter(q("p")):
            block = next((a for a in p.iterancestors() if a.tag in (q("block"), q("media"), q("note"),
                                                                      q("table"), q("fn"))), None)
            cls = block.get("class") if block is not None and block.tag == q("block") else None
            if self.exact and cls == "boilerplate":
                boilerplate.append(_text(p))
            elif self.exact and cls == "credits":
                credits = _text(p)
            elif block is not None and block.tag != q("block"):
                what = etree.QName(block).localname
                skipped[what] = skipped.get(what, 0) + 1
            else:
                paras.append(self.paragraph(p))
        for tag in ("media", "table", "nitf-table"):
            n = len(content.findall(f".//n:{tag}", {"n": NS}))
            if n and tag not in skipped:
                skipped[tag] = n
        for what, n in skipped.items():
            self.warnings.append(f"{self.source}: {n} <{what}> element(s) in the body were not imported "
                                 "(Release Desk keeps paragraphs only)")
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
        release_id = doc_id.get("id-string") if doc_id is not None else None
        release_id = release_id if release_id and _ID.match(release_id) else "release"
        self.taken.add(release_id)
        hl1 = self.find("n:body/n:body.head/n:hedline/n:hl1")
        if hl1 is not None:  # hl1 carries inline tags as a paragraph does
            headline_para = self.paragraph(hl1, claim_id=False)
            headline, headline_tags = headline_para.text, headline_para.entities
        else:
            headline, headline_tags = self.norm(_text(self.find("n:head/n:title"))), []
        body, boilerplate, credits = self.body()
        if not headline and not body:
            raise FormatError("the NITF has neither a headline (hedline/hl1) nor body paragraphs; nothing to read",
                              source=self.source, hint=_HINT)
        hl2 = self.find("n:body/n:body.head/n:hedline/n:hl2")
        abstract = self.findall("n:body/n:body.head/n:abstract/n:p")
        lang = self.root.get(_XML_LANG) or ""
        if lang and not _LANG.match(lang):
            self.warnings.append(f"{self.source}: the language {lang!r} is not a language tag; assumed English")
        release = Release(
            id=release_id,
            language=lang if _LANG.match(lang) else "en",
            headline=headline,
            headline_entities=headline_tags,
            subheadline=self.norm(_text(hl2)) if hl2 is not None else None,
            dateline=self.dateline(),
            abstract="\n\n".join(self.norm(_text(p)) for p in abstract) if abstract else None,
            body=body,
            boilerplate=boilerplate,
            photo_credits=credits,
            contacts=self.contacts(),
            keywords=[k.get("key") or "" for k in self.findall("n:head/n:docdata/n:key-list/n:keyword")
                      if k.get("key") is not None],
        )
        self.nested(release)
        return release

    def nested(self, release: Release) -> None:
        by_id = {p.id: p for p in release.body}
        headline = Paragraph("headline", release.headline, release.headline_entities)
        for ext in self.findall(f"n:head/n:docdata/{{{RD_NS}}}nested-entity"):
            para = headline if ext.get("headline") == "true" else by_id.get(ext.get("paragraph") or "")
            try:
                start, end = int(ext.get("start") or ""), int(ext.get("end") or "")
                entity = Entity(id=self.claim(ext.get("id"), "e"), kind=ext.get("kind") or "", start=start,
                                end=end, name=ext.get("name"), ref=ext.get("ref"))
                if para is None:
                    raise ModelError(f"paragraph {ext.get('paragraph')!r} does not exist")
                para.add_entity(entity)
            except (ValueError, ModelError) as exc:
                self.warnings.append(f"{self.source}: a nested entity tag was dropped: {exc}")
        release.headline_entities = headline.entities


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read NITF ``data``; the warnings say what was unusual (version, namespace, dropped parts)."""
    root = parse_bytes(data, source).getroot()
    warnings: list[str] = []
    _check_root(root, source, warnings)
    release = _Reader(root, source, warnings).release()
    try:
        release.check()
    except ModelError as exc:
        raise FormatError(f"the NITF cannot be read as a release: {exc}", source=source,
                          hint="check the ids in the file") from None
    return release, warnings
