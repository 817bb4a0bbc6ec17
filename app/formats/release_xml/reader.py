"""Reading native XML into a Release: every value that does not convert is a FormatError with its line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from lxml import etree

from app.formats.errors import FormatError
from app.formats.release_xml.names import KIND_BY_TAG, NS
from app.formats.zones import in_zone
from app.model import (
    ENTITY_KINDS,
    PARAGRAPH_KINDS,
    Comment,
    Contact,
    Dateline,
    Embargo,
    Entity,
    NoteBlock,
    Paragraph,
    Release,
    SignOff,
)
from app.model.release import Reply

_DATE_TZ = re.compile(r"(Z|[+-]\d\d:\d\d)$")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
#: Every element whose id the reader reads, wherever the schema lets the element stand.
READS_IDS_OF = frozenset(("release", "p", "comment", "reply", *ENTITY_KINDS))



class _Reader:
    """Maps elements to model objects; every value it cannot convert becomes a FormatError with a line."""

    def __init__(self, source: str, *, schema_valid: bool = False) -> None:
        self.source = source
        # the tree passed release.xsd (but its id constraints): an entity tag with one attribute has its id
        self.schema_valid = schema_valid
        # every id read, in no particular order: the caller checks they are unique (release_xml.check_and_map)
        self.ids: list[str] = []

    def fail(self, el: etree._Element, message: str) -> FormatError:
        return FormatError(message, source=self.source, line=el.sourceline)

    def attr(self, el: etree._Element, name: str) -> str:
        value = el.get(name)
        if value is None:
            raise self.fail(el, f"<{etree.QName(el).localname}> has no {name} attribute")
        return value

    def convert(self, el: etree._Element, text: str, parse: Callable[[str], object], what: str) -> object:
        try:
            return parse(text.strip())
        except (ValueError, OverflowError):
            raise self.fail(el, f"{text!r} is not {what}") from None

    def date(self, el: etree._Element) -> dt.date:
        # xs:date may carry a time zone the model has no room for
        return self.convert(el, _DATE_TZ.sub("", (el.text or "").strip()), dt.date.fromisoformat, "a date")

    def datetime(self, el: etree._Element, text: str) -> dt.datetime:
        return self.convert(el, text, dt.datetime.fromisoformat, "a date and time")

    def boolean(self, el: etree._Element, name: str) -> bool:
        value = el.get(name)
        if value is None:
            return False
        try:
            return _BOOLEANS[value.strip()]
        except KeyError:
            raise self.fail(el, f"{name}={value!r} is not true or false") from None

    def release(self, root: etree._Element) -> Release:
        r = Release(id=self.attr(root, "id"))
        self.ids.append(r.id)
        for child in root:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # XML comments and processing instructions
            name = tag[len(NS):] if tag.startswith(NS) else None
            text = child.text or ""
            if name in ("language", "status", "subheadline", "byline", "abstract", "reference"):
                setattr(r, name, text)
            elif name == "headline":  # plain text in files before headline tags, tagged text since
                r.headline, r.headline_entities = self.tagged(child, "headline")
            elif name == "photo-credits":
                r.photo_credits = text
            elif name == "briefing-purpose":
                r.briefing_purpose = text
            elif name in ("created", "modified"):
                setattr(r, name, self.datetime(child, text))
            elif name == "dateline":
                r.dateline = self.dateline(child)
            elif name == "body":
                r.body = self.body(child)
            elif name == "boilerplate":
                r.boilerplate = self.boilerplate(child)
            elif name == "embargo":
                r.embargo = self.embargo(child)
            elif name == "signoffs":
                r.signoffs = [SignOff(self.attr(s, "status"), self.attr(s, "who"),
                                      self.datetime(s, self.attr(s, "when")))
                              for s in self.items(child, "signoff")]
            elif name == "contacts":
                r.contacts = [self.contact(c) for c in self.items(child, "contact")]
            elif name == "keywords":
                r.keywords = [k.text or "" for k in self.items(child, "keyword")]
            elif name == "subjects":
                r.subjects = [s.text or "" for s in self.items(child, "subject")]
            elif name == "comments":
                r.comments = [self.comment(c) for c in self.items(child, "comment")]
            elif name == "confidence":
                for f in self.items(child, "field"):
                    r.confidence[self.attr(f, "name")] = self.convert(f, self.attr(f, "value"), float, "a number")
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a release")
        return r

    def items(self, parent: etree._Element, tag: str) -> list[etree._Element]:
        wanted = NS + tag
        out = []
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            if child.tag != wanted:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not allowed inside "
                                       f"<{etree.QName(parent).localname}>")
            out.append(child)
        return out

    def dateline(self, el: etree._Element) -> Dateline:
        d = Dateline()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = child.tag[len(NS):] if child.tag.startswith(NS) else ""
            if name == "place":
                d.place = child.text or ""
            elif name == "date":
                d.date = self.date(child)
            elif name == "text":
                d.text = child.text or ""
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a dateline")
        return d

    def boilerplate(self, el: etree._Element) -> list[NoteBlock]:
        """Blocks (1.3), or the flat paragraphs of a 1.0-1.2 file as one block without a heading."""
        blocks: list[NoteBlock] = []
        loose: NoteBlock | None = None
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == NS + "p":
                if loose is None:
                    loose = NoteBlock()
                    blocks.append(loose)
                loose.paragraphs.append(child.text or "")
            elif child.tag == NS + "block":
                loose = None
                block = NoteBlock()
                for part in child:
                    if not isinstance(part.tag, str):
                        continue
                    if part.tag == NS + "heading":
                        block.heading = part.text or ""
                    elif part.tag == NS + "p":
                        block.paragraphs.append(part.text or "")
                    else:
                        raise self.fail(part, f"<{etree.QName(part).localname}> is not part of a note block")
                blocks.append(block)
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not allowed inside <boilerplate>")
        return blocks

    def embargo(self, el: etree._Element) -> Embargo:
        when: dt.datetime | None = None
        zone = text = None
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = child.tag[len(NS):] if child.tag.startswith(NS) else ""
            if name == "when":
                when = self.datetime(child, child.text or "")
            elif name == "zone":
                zone = child.text or ""
            elif name == "text":
                text = child.text or ""
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of an embargo")
        if when is None:
            raise self.fail(el, "<embargo> has no <when>: give the date and time the embargo lifts")
        return Embargo(in_zone(when, zone), zone, text)

    def contact(self, el: etree._Element) -> Contact:
        c = Contact()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = child.tag[len(NS):] if child.tag.startswith(NS) else ""
            if name not in ("name", "title", "organisation", "email", "phone"):
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a contact")
            setattr(c, name, child.text or "")
        return c

    def body(self, parent: etree._Element) -> list[Paragraph]:
        """The body's paragraphs in one pass: with 5,000 of them, every call per paragraph shows."""
        wanted = NS + "p"
        out: list[Paragraph] = []
        append, ids, valid = out.append, self.ids, self.schema_valid
        for el in parent:
            tag = el.tag
            if tag != wanted:
                if isinstance(tag, str):
                    raise self.fail(el, f"<{etree.QName(el).localname}> is not allowed inside <body>")
                continue  # an XML comment or processing instruction
            # valid, and the required id is the only attribute (no key, no kind): one call, not three gets
            values = el.values() if valid else ()
            if len(values) == 1:
                pid = values[0]
            else:
                get = el.get
                pid = get("id")
                if pid is None or get("key") is not None or get("kind") is not None:
                    append(self.paragraph(el))  # the slower path names what is missing, reads flag and kind
                    continue
            ids.append(pid)
            text = el.text
            if len(el):
                parts: list[str] = [text] if text else []
                entities: list[Entity] = []
                self._nested(el, "p", parts, entities, len(text) if text else 0)
                append(Paragraph(pid, "".join(parts), entities, False))
            else:
                append(Paragraph(pid, text or "", [], False))
        return out

    def paragraph(self, el: etree._Element) -> Paragraph:
        pid = el.get("id")
        if pid is None:
            raise self.fail(el, "<p> has no id attribute")
        self.ids.append(pid)
        key = self.boolean(el, "key") if el.get("key") is not None else False
        kind = el.get("kind") or "body"
        if kind not in PARAGRAPH_KINDS:
            raise self.fail(el, f"kind={kind!r} is not one of {', '.join(PARAGRAPH_KINDS)}")
        text, entities = self.tagged(el, "p")
        return Paragraph(pid, text, entities, key, kind)

    def tagged(self, el: etree._Element, what: str) -> tuple[str, list[Entity]]:
        """The text of a paragraph or headline and its tags, as offsets into that text."""
        text = el.text
        if len(el) == 0:  # the common case: plain text, no tags
            return text or "", []
        parts: list[str] = [text] if text else []
        entities: list[Entity] = []
        self._nested(el, what, parts, entities, len(text) if text else 0)
        return "".join(parts), entities

    def _nested(self, parent: etree._Element, what: str, parts: list[str], entities: list[Entity], pos: int) -> int:
        """Append the text and tags inside ``parent`` from offset ``pos``; return the offset after them.

        Runs for every tag in every paragraph that nests tags. Recursing over the
        children touches each element once (a start/end walk touched it twice);
        entities go in pre-order, sorted by start, outer span first, as the model keeps them.
        """
        kinds, ids, valid = KIND_BY_TAG, self.ids, self.schema_valid
        for node in parent:
            tag = node.tag
            kind = kinds.get(tag)
            if kind is None:
                if isinstance(tag, str):
                    raise self.fail(node, f"<{etree.QName(node).localname}> is not an entity tag "
                                          f"({', '.join(ENTITY_KINDS)}) and cannot be inside <{what}>")
                # an XML comment or processing instruction: only its tail counts
            else:
                values = node.values() if valid else ()
                if len(values) == 1:  # valid, and the required id is the only attribute: one call, not three
                    eid = values[0]
                    entity = Entity(eid, kind, pos, pos)
                else:
                    get = node.get
                    eid = get("id")
                    if eid is None:
                        raise self.fail(node, f"<{kind}> has no id attribute")
                    entity = Entity(eid, kind, pos, pos, get("name"), get("ref"))
                ids.append(eid)
                entities.append(entity)
                text = node.text
                if text:
                    parts.append(text)
                    pos += len(text)
                if len(node):
                    pos = self._nested(node, what, parts, entities, pos)
                if pos == entity.start:
                    raise self.fail(node, f"<{entity.kind} id=\"{entity.id}\"> tags no text; remove the empty tag")
                entity.end = pos
            tail = node.tail
            if tail:
                parts.append(tail)
                pos += len(tail)
        return pos

    def comment(self, el: etree._Element) -> Comment:
        start, end = el.get("start"), el.get("end")
        c = Comment(
            id=self.attr(el, "id"),
            paragraph=self.attr(el, "paragraph"),
            author=self.attr(el, "author"),
            created=self.datetime(el, self.attr(el, "created")),
            text="",
            start=None if start is None else self.convert(el, start, int, "a character offset"),
            end=None if end is None else self.convert(el, end, int, "a character offset"),
            resolved=self.boolean(el, "resolved"),
        )
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == NS + "text":
                c.text = child.text or ""
            elif child.tag == NS + "reply":
                c.replies.append(Reply(
                    id=self.attr(child, "id"),
                    author=self.attr(child, "author"),
                    created=self.datetime(child, self.attr(child, "created")),
                    text=child.text or "",
                ))
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a comment")
        self.ids.append(c.id)
        self.ids.extend(reply.id for reply in c.replies)
        return c
