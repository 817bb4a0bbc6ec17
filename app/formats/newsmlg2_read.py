"""Reading a NewsML-G2 ``newsItem`` into a Release: the inline NITF (or XHTML) body, the rest from contentMeta.

An item Release Desk wrote reads back to the same release; anyone else's gives
what a release can hold, and the warnings say what was left out (pictures,
packages, a body in a format the desk does not read).
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from app.formats.errors import FormatError
from app.formats.item_ids import id_from_identifier, words_id
from app.formats.nitf_inline import NS as NITF_NS
from app.formats.nitf_read import NS_33, read_element
from app.formats.safexml import parse_bytes
from app.formats.zones import in_zone
from app.model import STATUSES, Comment, Contact, Dateline, Embargo, ModelError, Paragraph, Release, SignOff
from app.model.release import Reply

NAR = "http://iptc.org/std/nar/2006-10-01/"
RD_NS = "urn:x-release-desk:newsml-g2-extension:1"
XHTML = "http://www.w3.org/1999/xhtml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_N = {"g": NAR}
#: the subject types Release Desk writes for its tags (newsmlg2.ENTITY_TYPES): in an item of ours a typed
#: subject is a tag, carried by the inline NITF, and every untyped one is a subject of the release
_OUR_TAG_TYPES = frozenset(("cpnat:person", "cpnat:organisation", "cpnat:geoArea", "cpnat:event", "cpnat:object",
                            "cpnat:abstract"))
#: in anyone else's item only names of things are tags (not imported as subjects); a topic
#: (cpnat:abstract, as IPTC's Media Topics are typed), an event or an object is what the item is about
_FOREIGN_TAG_TYPES = frozenset(("cpnat:person", "cpnat:organisation", "cpnat:geoArea", "cpnat:poi"))
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_WS = re.compile(r"\s+")
_HINT = "Release Desk reads NewsML-G2 news items (newsItem) with a text body in NITF or XHTML"


def _text(el: etree._Element | None) -> str | None:
    return None if el is None else _WS.sub(" ", "".join(el.itertext())).strip()


def _exact(el: etree._Element | None) -> str | None:
    return None if el is None else "".join(el.itertext())


def _datetime(el: etree._Element | None) -> dt.datetime | None:
    if el is None or not (el.text or "").strip():
        return None
    try:
        return dt.datetime.fromisoformat(el.text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _xhtml_body(inline: etree._Element) -> list[Paragraph]:
    paras: list[Paragraph] = []
    kinds = {"p": "body", "li": "list-item", "h1": "subhead", "h2": "subhead", "h3": "subhead", "h4": "subhead"}
    for el in inline.iter(*(f"{{{XHTML}}}{t}" for t in kinds)):
        text = _text(el) or ""
        if text:
            paras.append(Paragraph(f"p{len(paras) + 1}", text, [], False, kinds[etree.QName(el).localname]))
    return paras


class _Item:
    def __init__(self, root: etree._Element, source: str) -> None:
        self.root = root
        self.source = source
        self.warnings: list[str] = []
        self.ours = root.find(f"g:itemMeta/{{{RD_NS}}}status", _N) is not None
        self.meta = root.find("g:contentMeta", _N)
        self.story_has_id = False  # whether the inline NITF names the release (its doc-id)

    def find(self, path: str) -> etree._Element | None:
        return self.meta.find(path, _N) if self.meta is not None else None

    def findall(self, path: str) -> list[etree._Element]:
        return self.meta.findall(path, _N) if self.meta is not None else []

    def body(self) -> Release:
        """The release the inline content holds (NITF read exactly as the NITF reader does)."""
        inlines = self.root.findall("g:contentSet/g:inlineXML", _N)
        for inline in inlines:
            story = next((c for c in inline if isinstance(c.tag, str)), None)
            if story is None:
                continue
            qname = etree.QName(story)
            if qname.localname == "nitf" and qname.namespace in (NITF_NS, NS_33, None):
                # read where it stands: the NITF reader reads every namespace as it is and changes nothing
                release, warnings = read_element(story, self.source)
                self.warnings.extend(warnings)
                doc_id = story.find("{*}head/{*}docdata/{*}doc-id")
                named = doc_id.get("id-string") if doc_id is not None else None
                self.story_has_id = id_from_identifier(named) is not None
                return release
            if qname.namespace == XHTML:
                return Release(body=_xhtml_body(inline))
            self.warnings.append(f"{self.source}: the inline content <{qname.localname}> "
                                 f"({qname.namespace or 'no namespace'}) was not imported")
        if self.root.find("g:contentSet/g:remoteContent", _N) is not None:
            self.warnings.append(f"{self.source}: the item's content is remote (a file or address elsewhere); "
                                 "it was not fetched")
        return Release()

    def release(self) -> Release:
        release = self.body()
        if self.ours:
            status = self.root.findtext(f"g:itemMeta/{{{RD_NS}}}status", namespaces=_N)
            release.status = status if status in STATUSES else "draft"
            release.subjects = [s.get(f"{{{RD_NS}}}text") or s.get("qcode") or _exact(s.find("g:name", _N)) or ""
                                for s in self.findall("g:subject") if s.get("type") not in _OUR_TAG_TYPES]
            release.created = _datetime(self.find("g:contentCreated"))
            release.modified = _datetime(self.find("g:contentModified"))
            reference = next((a for a in self.findall("g:altId") if a.get(f"{{{RD_NS}}}role") == "reference"), None)
            release.reference = _exact(reference)
            release.embargo = self.embargo() or release.embargo
            self.working_state(release)
            return release
        self.fill(release)
        release.embargo = self.embargo() or release.embargo  # itemMeta's, else the inline NITF's
        return release

    def embargo(self) -> Embargo | None:
        """itemMeta's embargoed: the instant, and (in an item of ours) the zone by name and the line as printed."""
        el = self.root.find("g:itemMeta/g:embargoed", _N)
        when = _datetime(el)
        if el is None or when is None:
            if el is not None and (el.text or "").strip():
                self.warnings.append(f"{self.source}:{el.sourceline}: the embargo {el.text.strip()!r} is not a "
                                     "date and time; it was left out")
            return None
        zone = el.get(f"{{{RD_NS}}}zone")
        return Embargo(in_zone(when, zone), zone, el.get(f"{{{RD_NS}}}text"))

    def fill(self, release: Release) -> None:
        """What contentMeta says, where the inline story did not say it."""
        headlines = self.findall("g:headline")
        main = next((h for h in headlines if h.get("role") in (None, "hdl:main")), None)
        sub = next((h for h in headlines if h is not main and h.get("role") != "hdl:main"), None)
        release.headline = release.headline or _text(main) or ""
        release.subheadline = release.subheadline or _text(sub)
        release.byline = release.byline or _text(self.find("g:by"))
        release.photo_credits = release.photo_credits or _text(self.find("g:creditline"))
        summary = next((d for d in self.findall("g:description") if d.get("role") in (None, "drol:summary")), None)
        release.abstract = release.abstract or _text(summary)
        printed = _text(self.find("g:dateline"))
        located = self.find("g:located")
        place = _text(located.find("g:name", _N)) if located is not None else None
        d = release.dateline
        release.dateline = Dateline(d.place or place, d.date, d.text or printed)
        language = self.find("g:language")
        tag = (language.get("tag") if language is not None else None) or self.root.get(_XML_LANG)
        if tag and _LANG.match(tag) and release.language == "en":
            release.language = tag
        release.keywords = release.keywords or [k for k in (_text(k) for k in self.findall("g:keyword")) if k]
        subjects = [s.get("qcode") or s.get("uri") or _text(s.find("g:name", _N)) or ""
                    for s in self.findall("g:subject") if s.get("type") not in _FOREIGN_TAG_TYPES]
        release.subjects = [s for s in subjects if s] or release.subjects  # else the inline NITF's
        release.created = _datetime(self.find("g:contentCreated")) or _datetime(
            self.root.find("g:itemMeta/g:firstCreated", _N))
        release.modified = _datetime(self.find("g:contentModified"))
        if not release.contacts:
            release.contacts = [self.contact(c) for c in self.findall("g:contributor")
                                if c.get("role") == "crol:contact"]
        if not self.story_has_id:  # the inline story had no id of its own: the guid's, else the words'
            ident = id_from_identifier(self.root.get("guid")) or words_id(release)
            release.id = ident if ident not in release.all_ids() - {release.id} else release.id

    def working_state(self, release: Release) -> None:
        """Comments and confidence from our extension elements (see newsmlg2.write)."""
        for el in self.findall(f"{{{RD_NS}}}confidence"):
            try:
                release.confidence[el.get("field") or ""] = float(el.get("value") or "")
            except ValueError:
                self.warnings.append(f"{self.source}:{el.sourceline}: a confidence value was not a number")
        for el in self.findall(f"{{{RD_NS}}}signoff"):
            try:
                if el.get("status") not in STATUSES:
                    raise ValueError(el.get("status"))
                release.signoffs.append(SignOff(el.get("status") or "", el.get("who") or "",
                                                dt.datetime.fromisoformat(el.get("when") or "")))
            except ValueError:
                self.warnings.append(f"{self.source}:{el.sourceline}: a sign-off with a broken date or an unknown "
                                     "status was left out")
        for el in self.findall(f"{{{RD_NS}}}comment"):
            try:
                start, end = el.get("start"), el.get("end")
                comment = Comment(el.get("id") or "", el.get("paragraph") or "", el.get("author") or "",
                                  dt.datetime.fromisoformat(el.get("created") or ""),
                                  el.findtext(f"{{{RD_NS}}}text") or "",
                                  int(start) if start is not None else None, int(end) if end is not None else None,
                                  el.get("resolved") == "true")
                comment.replies = [Reply(r.get("id") or "", r.get("author") or "",
                                         dt.datetime.fromisoformat(r.get("created") or ""), r.text or "")
                                   for r in el.findall(f"{{{RD_NS}}}reply")]
            except ValueError:
                self.warnings.append(f"{self.source}:{el.sourceline}: a comment with a broken date or offset "
                                     "was left out")
                continue
            release.comments.append(comment)

    def contact(self, el: etree._Element) -> Contact:
        info = el.find("g:personDetails/g:contactInfo", _N)
        return Contact(name=_text(el.find("g:name", _N)), title=_text(el.find("g:definition", _N)),
                       email=_text(info.find("g:email", _N)) if info is not None else None,
                       phone=_text(info.find("g:phone", _N)) if info is not None else None)


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read a NewsML-G2 news item; the warnings say what was left out."""
    root = parse_bytes(data, source).getroot()
    qname = etree.QName(root)
    if qname.namespace != NAR:
        raise FormatError(f"this is not NewsML-G2: the root element <{qname.localname}> is not in the namespace "
                          f"{NAR}", source=source, line=root.sourceline, hint=_HINT)
    if qname.localname != "newsItem":
        raise FormatError(f"this is a NewsML-G2 <{qname.localname}>, not a news item", source=source,
                          line=root.sourceline, hint=_HINT)
    item = _Item(root, source)
    release = item.release()
    if not release.headline and not release.body:
        raise FormatError("the news item has neither a headline nor a text body; nothing to read", source=source,
                          line=root.sourceline, hint=_HINT)
    try:
        release.check()
    except ModelError as exc:
        raise FormatError(f"the news item cannot be read as a release: {exc}", source=source) from None
    return release, item.warnings


def read(data: bytes, source: str = "<input>") -> Release:
    """Read a NewsML-G2 news item; warnings (what was left out) are dropped."""
    return read_with_warnings(data, source)[0]
