"""Writing a Release as native XML: structure indented for diffs, paragraph text exactly as it is."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from app.formats.release_schema import (
    FORMAT_VERSION,
    NAMESPACE,
    label_of,
)
from app.formats.release_xml.names import INDENT, NS
from app.model import (
    Comment,
    Entity,
    ModelError,
    Paragraph,
    Release,
    clean_xml_text,
    illegal_xml_chars,
)


@dataclass(frozen=True)
class WriteWarning:
    """Something the writer had to change to make the file legal XML."""

    field: str
    message: str


# -- writing -----------------------------------------------------------------


class _Writer:
    """Builds the tree for one release, collecting warnings (no module state)."""

    def __init__(self) -> None:
        self.warnings: list[WriteWarning] = []

    def clean(self, text: str, field: str) -> str:
        cleaned, removed = clean_xml_text(text)
        if removed:
            self.warnings.append(WriteWarning(
                field,
                f"{label_of(field)}: removed {removed} control character{'s' if removed > 1 else ''} "
                "that XML cannot carry",
            ))
        return cleaned

    def sub(self, parent: etree._Element, tag: str, text: str | None, field: str) -> etree._Element:
        el = etree.SubElement(parent, NS + tag)
        if text:
            el.text = self.clean(text, field)
        return el

    def build(self, r: Release) -> etree._Element:
        root = etree.Element(NS + "release", nsmap={None: NAMESPACE})
        root.set("format-version", FORMAT_VERSION)
        root.set("id", self.clean(r.id, "id"))
        self.sub(root, "language", r.language, "language")
        self.sub(root, "status", r.status, "status")
        if r.created is not None:
            self.sub(root, "created", r.created.isoformat(), "created")
        if r.modified is not None:
            self.sub(root, "modified", r.modified.isoformat(), "modified")
        headline = etree.SubElement(root, NS + "headline")
        self.tagged(headline, r.headline, r.headline_entities, "Headline", "headline")
        if r.subheadline is not None:
            self.sub(root, "subheadline", r.subheadline, "subheadline")
        if r.byline is not None:
            self.sub(root, "byline", r.byline, "byline")
        d = r.dateline
        if d.place is not None or d.date is not None or d.text is not None:
            dateline = etree.SubElement(root, NS + "dateline")
            if d.place is not None:
                self.sub(dateline, "place", d.place, "dateline.place")
            if d.date is not None:
                self.sub(dateline, "date", d.date.isoformat(), "dateline.date")
            if d.text is not None:
                self.sub(dateline, "text", d.text, "dateline.text")
        if r.reference is not None:
            self.sub(root, "reference", r.reference, "reference")
        if r.embargo is not None:
            embargo = etree.SubElement(root, NS + "embargo")
            self.sub(embargo, "when", r.embargo.when.isoformat(), "embargo.when")
            if r.embargo.zone is not None:
                self.sub(embargo, "zone", r.embargo.zone, "embargo.zone")
            if r.embargo.text is not None:
                self.sub(embargo, "text", r.embargo.text, "embargo.text")
        if r.abstract is not None:
            self.sub(root, "abstract", r.abstract, "abstract")
        body = etree.SubElement(root, NS + "body")
        remaps: dict[str, Callable[[int], int]] = {}
        for i, p in enumerate(r.body):
            remaps[p.id] = self.paragraph(body, p, i)
        if r.boilerplate:
            boilerplate = etree.SubElement(root, NS + "boilerplate")
            for i, block in enumerate(r.boilerplate):
                el = etree.SubElement(boilerplate, NS + "block")
                if block.heading:
                    self.sub(el, "heading", block.heading, f"boilerplate[{i}]")
                for text in block.paragraphs:
                    self.sub(el, "p", text, f"boilerplate[{i}]")
        if r.photo_credits is not None:
            self.sub(root, "photo-credits", r.photo_credits, "photo_credits")
        if r.contacts:
            contacts = etree.SubElement(root, NS + "contacts")
            for i, c in enumerate(r.contacts):
                contact = etree.SubElement(contacts, NS + "contact")
                for name in ("name", "title", "organisation", "email", "phone"):
                    value = getattr(c, name)
                    if value is not None:
                        self.sub(contact, name, value, f"contacts[{i}].{name}")
        self.texts(root, "keywords", "keyword", r.keywords)
        self.texts(root, "subjects", "subject", r.subjects)
        if r.comments:
            comments = etree.SubElement(root, NS + "comments")
            for i, c in enumerate(r.comments):
                self.comment(comments, c, i, remaps.get(c.paragraph))
        if r.signoffs:
            signoffs = etree.SubElement(root, NS + "signoffs")
            for i, so in enumerate(r.signoffs):
                etree.SubElement(signoffs, NS + "signoff", status=self.clean(so.status, f"signoffs[{i}]"),
                                 who=self.clean(so.who, f"signoffs[{i}]"), when=so.when.isoformat())
        if r.briefing_purpose is not None:
            self.sub(root, "briefing-purpose", r.briefing_purpose, "briefing_purpose")
        if r.confidence:
            confidence = etree.SubElement(root, NS + "confidence")
            for name, value in r.confidence.items():
                etree.SubElement(confidence, NS + "field", name=self.clean(name, "confidence"), value=repr(value))
        _indent(root, 0)
        return root

    def texts(self, root: etree._Element, tag: str, item: str, values: list[str]) -> None:
        if not values:
            return
        container = etree.SubElement(root, NS + tag)
        for i, value in enumerate(values):
            self.sub(container, item, value, f"{tag}[{i}]")

    def paragraph(self, body: etree._Element, p: Paragraph, index: int) -> Callable[[int], int]:
        """Write one paragraph with its spans nested inline; returns how its offsets moved."""
        field = f"body[{index}]"
        el = etree.SubElement(body, NS + "p", id=self.clean(p.id, field))
        if p.key:
            el.set("key", "true")
        if p.kind != "body":
            el.set("kind", p.kind)
        return self.tagged(el, p.text, p.entities, f"Paragraph {p.id}", field)

    def tagged(self, el: etree._Element, raw: str, entities: list[Entity], owner: str,
               field: str) -> Callable[[int], int]:
        """Fill ``el`` with tagged text (a paragraph's, the headline's); returns how offsets moved."""
        illegal = illegal_xml_chars(raw)

        def remap(offset: int) -> int:
            # offsets shift left by the number of removed characters before them
            return offset - bisect_left(illegal, offset)

        text = self.clean(raw, field) if illegal else raw
        spans: list[tuple[int, int, Entity]] = []
        for e in sorted(entities, key=lambda e: (e.start, -e.end)):
            if not 0 <= e.start < e.end <= len(raw):
                raise ModelError(f"{owner}: entity {e.id} spans {e.start}-{e.end}, outside its text")
            start, end = remap(e.start), remap(e.end)
            if start == end:
                self.warnings.append(WriteWarning(field, f"{label_of(field)}: dropped tag {e.id}, which held only "
                                                         "characters XML cannot carry"))
                continue
            spans.append((start, end, e))
        self.fill(el, text, spans, owner, field)
        return remap

    def fill(self, el: etree._Element, text: str, spans: list[tuple[int, int, Entity]], owner: str,
             field: str) -> None:
        """Mixed content: text, and an element per span, nested; spans sorted by (start, -end)."""
        # each frame: (element, end offset, last child written so far)
        stack: list[list] = [[el, len(text), None]]
        pos = 0

        def emit(upto: int) -> None:
            nonlocal pos
            if upto > pos:
                frame = stack[-1]
                chunk = text[pos:upto]
                if frame[2] is None:
                    frame[0].text = (frame[0].text or "") + chunk
                else:
                    frame[2].tail = (frame[2].tail or "") + chunk
                pos = upto

        def close() -> None:
            # the rest of a span's text goes inside it; what follows goes to its tail
            frame = stack[-1]
            emit(frame[1])
            stack.pop()
            stack[-1][2] = frame[0]

        for start, end, e in spans:
            while len(stack) > 1 and stack[-1][1] <= start:
                close()
            if end > stack[-1][1]:
                raise ModelError(f"{owner}: entity {e.id} crosses another tag; spans may nest but not cross")
            emit(start)
            child = etree.SubElement(stack[-1][0], NS + e.kind, id=self.clean(e.id, field))
            if e.name is not None:
                child.set("name", self.clean(e.name, field))
            if e.ref is not None:
                child.set("ref", self.clean(e.ref, field))
            stack.append([child, end, None])
        while len(stack) > 1:
            close()
        emit(len(text))

    def comment(self, parent: etree._Element, c: Comment, index: int, remap: Callable[[int], int] | None) -> None:
        field = f"comments[{index}]"
        el = etree.SubElement(parent, NS + "comment")
        el.set("id", self.clean(c.id, field))
        el.set("paragraph", self.clean(c.paragraph, field))
        el.set("author", self.clean(c.author, field))
        el.set("created", c.created.isoformat())
        if c.start is not None and c.end is not None:
            start, end = (remap(c.start), remap(c.end)) if remap else (c.start, c.end)
            el.set("start", str(start))
            el.set("end", str(end))
        elif c.start is not None or c.end is not None:
            raise ModelError(f"Comment {c.id} has a start or an end but not both")
        if c.resolved:
            el.set("resolved", "true")
        self.sub(el, "text", c.text, field)
        for j, reply in enumerate(c.replies):
            rfield = f"{field}.replies[{j}]"
            r = self.sub(el, "reply", reply.text, rfield)
            r.set("id", self.clean(reply.id, rfield))
            r.set("author", self.clean(reply.author, rfield))
            r.set("created", reply.created.isoformat())


_CONTAINERS = frozenset(
    NS + t
    for t in ("release", "dateline", "embargo", "body", "boilerplate", "block", "contacts", "contact", "keywords",
              "subjects", "comments", "comment", "signoffs", "confidence")
)


def _indent(el: etree._Element, depth: int) -> None:
    """Indent element-only containers; never touch the inside of a paragraph or any text."""
    if el.tag not in _CONTAINERS or len(el) == 0:
        return
    inner = "\n" + INDENT * (depth + 1)
    el.text = inner
    for child in el:
        child.tail = inner
        _indent(child, depth + 1)
    el[-1].tail = "\n" + INDENT * depth


