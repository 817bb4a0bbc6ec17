"""The native format: a Release as XML in ``urn:release-desk:release:1`` (schemas/release.xsd).

``read(write(r)) == r`` for every valid Release: text keeps every space, tab and
line break, entity spans (in the body and the headline) become inline elements
that nest the way the spans do, and comments keep their anchors.

The writer indents the structure so files diff well, but never inside a body
paragraph: whitespace there is text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from app.formats.errors import FormatError
from app.formats.release_schema import (
    FORMAT_VERSION,
    NAMESPACE,
    SchemaProblem,
    explain_all,
    label_of,
    schema_errors,
)
from app.formats.safexml import parse_bytes
from app.model import (
    ENTITY_KINDS,
    Comment,
    Contact,
    Dateline,
    Entity,
    ModelError,
    Paragraph,
    Release,
    clean_xml_text,
    illegal_xml_chars,
)
from app.model.release import Reply

__all__ = [
    "FORMAT_VERSION",
    "NAMESPACE",
    "WriteWarning",
    "check_and_map",
    "from_tree",
    "load_tree",
    "read",
    "to_tree",
    "write",
    "write_with_warnings",
]

_NS = "{" + NAMESPACE + "}"
_INDENT = "  "
_KIND_BY_TAG = {_NS + kind: kind for kind in ENTITY_KINDS}

# Other vocabularies people will hand us, so the refusal can say what to do instead.
_KNOWN_VOCABULARIES = {
    "http://iptc.org/std/NITF/2006-10-18/": "NITF",
    "http://iptc.org/std/nar/2006-10-01/": "NewsML-G2",
    "http://www.w3.org/1999/xhtml": "XHTML",
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "a Word document part",
}


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
        el = etree.SubElement(parent, _NS + tag)
        if text:
            el.text = self.clean(text, field)
        return el

    def build(self, r: Release) -> etree._Element:
        root = etree.Element(_NS + "release", nsmap={None: NAMESPACE})
        root.set("format-version", FORMAT_VERSION)
        root.set("id", self.clean(r.id, "id"))
        self.sub(root, "language", r.language, "language")
        self.sub(root, "status", r.status, "status")
        if r.created is not None:
            self.sub(root, "created", r.created.isoformat(), "created")
        if r.modified is not None:
            self.sub(root, "modified", r.modified.isoformat(), "modified")
        headline = etree.SubElement(root, _NS + "headline")
        self.tagged(headline, r.headline, r.headline_entities, "Headline", "headline")
        if r.subheadline is not None:
            self.sub(root, "subheadline", r.subheadline, "subheadline")
        d = r.dateline
        if d.place is not None or d.date is not None or d.text is not None:
            dateline = etree.SubElement(root, _NS + "dateline")
            if d.place is not None:
                self.sub(dateline, "place", d.place, "dateline.place")
            if d.date is not None:
                self.sub(dateline, "date", d.date.isoformat(), "dateline.date")
            if d.text is not None:
                self.sub(dateline, "text", d.text, "dateline.text")
        if r.abstract is not None:
            self.sub(root, "abstract", r.abstract, "abstract")
        body = etree.SubElement(root, _NS + "body")
        remaps: dict[str, Callable[[int], int]] = {}
        for i, p in enumerate(r.body):
            remaps[p.id] = self.paragraph(body, p, i)
        self.texts(root, "boilerplate", "p", r.boilerplate)
        if r.photo_credits is not None:
            self.sub(root, "photo-credits", r.photo_credits, "photo_credits")
        if r.contacts:
            contacts = etree.SubElement(root, _NS + "contacts")
            for i, c in enumerate(r.contacts):
                contact = etree.SubElement(contacts, _NS + "contact")
                for name in ("name", "title", "organisation", "email", "phone"):
                    value = getattr(c, name)
                    if value is not None:
                        self.sub(contact, name, value, f"contacts[{i}].{name}")
        self.texts(root, "keywords", "keyword", r.keywords)
        self.texts(root, "subjects", "subject", r.subjects)
        if r.comments:
            comments = etree.SubElement(root, _NS + "comments")
            for i, c in enumerate(r.comments):
                self.comment(comments, c, i, remaps.get(c.paragraph))
        if r.confidence:
            confidence = etree.SubElement(root, _NS + "confidence")
            for name, value in r.confidence.items():
                etree.SubElement(confidence, _NS + "field", name=self.clean(name, "confidence"), value=repr(value))
        _indent(root, 0)
        return root

    def texts(self, root: etree._Element, tag: str, item: str, values: list[str]) -> None:
        if not values:
            return
        container = etree.SubElement(root, _NS + tag)
        for i, value in enumerate(values):
            self.sub(container, item, value, f"{tag}[{i}]")

    def paragraph(self, body: etree._Element, p: Paragraph, index: int) -> Callable[[int], int]:
        """Write one paragraph with its spans nested inline; returns how its offsets moved."""
        field = f"body[{index}]"
        el = etree.SubElement(body, _NS + "p", id=self.clean(p.id, field))
        if p.key:
            el.set("key", "true")
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
            child = etree.SubElement(stack[-1][0], _NS + e.kind, id=self.clean(e.id, field))
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
        el = etree.SubElement(parent, _NS + "comment")
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
    _NS + t
    for t in ("release", "dateline", "body", "boilerplate", "contacts", "contact", "keywords", "subjects",
              "comments", "comment", "confidence")
)


def _indent(el: etree._Element, depth: int) -> None:
    """Indent element-only containers; never touch the inside of a paragraph or any text."""
    if el.tag not in _CONTAINERS or len(el) == 0:
        return
    inner = "\n" + _INDENT * (depth + 1)
    el.text = inner
    for child in el:
        child.tail = inner
        _indent(child, depth + 1)
    el[-1].tail = "\n" + _INDENT * depth


def to_tree(release: Release) -> tuple[etree._ElementTree, list[WriteWarning]]:
    """The release as an XML tree, and what had to be removed to make it legal XML."""
    writer = _Writer()
    root = writer.build(release)
    return root.getroottree(), writer.warnings


def write_with_warnings(release: Release) -> tuple[bytes, list[str]]:
    """UTF-8 bytes of the native file, and a plain-language warning per field that lost characters."""
    tree, warnings = to_tree(release)
    # lxml writes no declaration for UTF-8 by itself; ours uses the usual double quotes
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree, encoding="UTF-8") + b"\n"
    return data, [w.message for w in warnings]


def write(release: Release) -> bytes:
    """UTF-8 bytes of the native file (XML-illegal characters stripped; see write_with_warnings)."""
    return write_with_warnings(release)[0]


# -- reading -----------------------------------------------------------------


def load_tree(data: bytes, source: str = "<input>") -> etree._ElementTree:
    """Parse safely and check this is a Release Desk file of a version we read; no schema check yet."""
    tree = parse_bytes(data, source)
    root = tree.getroot()
    qname = etree.QName(root)
    if qname.namespace != NAMESPACE or qname.localname != "release":
        found = f"<{qname.localname}>" + (f" in namespace {qname.namespace}" if qname.namespace else " (no namespace)")
        vocabulary = _KNOWN_VOCABULARIES.get(qname.namespace or "")
        if vocabulary is None and qname.localname == "nitf":
            vocabulary = "NITF"
        if vocabulary in ("NITF", "NewsML-G2"):
            hint = f"this looks like {vocabulary}; open it with File > Open and the {vocabulary} importer, " \
                   f"or convert it with `release-desk convert`"
        elif qname.localname == "release":
            hint = f'the root element needs xmlns="{NAMESPACE}"'
        else:
            hint = "this XML is not a press release saved by Release Desk"
        raise FormatError(
            f"this is not a Release Desk file: found {found}, expected <release> in namespace {NAMESPACE}",
            source=source, line=root.sourceline, hint=hint,
        )
    version = root.get("format-version", "")
    if version and version.split(".", 1)[0] != FORMAT_VERSION.split(".", 1)[0] and version[:1].isdigit():
        raise FormatError(
            f"this file is in format version {version}; this Release Desk reads version 1.x",
            source=source, line=root.sourceline, hint="open it with a newer Release Desk",
        )
    return tree


def read(data: bytes, source: str = "<input>", *, strict: bool = True) -> Release:
    """The Release in a native file, or FormatError saying where and what is wrong.

    ``strict`` (the default) refuses a file that breaks release.xsd, naming the
    field. ``strict=False`` maps anything the model can hold (an empty headline,
    a malformed e-mail), so an editor can open a draft and fix it.
    """
    tree = load_tree(data, source)
    if not strict:
        return from_tree(tree, source)
    problems, release = check_and_map(tree, source)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" \
            if len(problems) > 1 else ""
        raise FormatError(
            f"the file breaks the release schema: {first.message}{more}",
            source=source, line=first.line, column=first.column,
            hint="validate the file to see every problem, or fix it in a text editor",
        )
    if isinstance(release, FormatError):
        raise release
    assert release is not None  # no problems means a release or an error
    return release


def check_and_map(tree: etree._ElementTree, source: str = "<input>") -> tuple[list[SchemaProblem],
                                                                              Release | FormatError | None]:
    """Schema problems in ``tree``; when there are none, the Release it maps to (or why it does not).

    One parse serves both: the tree that was validated is the tree that is
    mapped. (Validating on a worker thread while mapping was tried: lxml keeps
    the GIL while validating, so it was slower, not faster.)
    """
    problems = explain_all(schema_errors(tree), tree)
    if problems:
        return problems, None
    try:
        return [], from_tree(tree, source, schema_valid=True)
    except FormatError as error:
        return [], error


def from_tree(tree: etree._ElementTree, source: str = "<input>", *, schema_valid: bool = False) -> Release:
    """Map a parsed native tree (checked by load_tree) to a Release and check its invariants.

    ``schema_valid``: the tree passed release.xsd, which already guarantees
    unique ids, known kinds, properly nested tags and existing comment anchors;
    only what the grammar cannot see (offsets inside a paragraph's text, empty
    tags, checked while mapping) is left to check. That halves the cost of
    opening a big file.
    """
    release = _Reader(source).release(tree.getroot())
    try:
        if schema_valid:
            release.check_comment_anchors()
        else:
            release.check()
    except ModelError as error:
        raise FormatError(str(error), source=source,
                          hint="the file is well-formed but its ids, tags or comment anchors do not fit "
                               "together") from None
    return release


_DATE_TZ = re.compile(r"(Z|[+-]\d\d:\d\d)$")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


class _Reader:
    """Maps elements to model objects; every value it cannot convert becomes a FormatError with a line."""

    def __init__(self, source: str) -> None:
        self.source = source

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
        for child in root:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # XML comments and processing instructions
            name = tag[len(_NS):] if tag.startswith(_NS) else None
            text = child.text or ""
            if name in ("language", "status", "subheadline", "abstract"):
                setattr(r, name, text)
            elif name == "headline":  # plain text in files before headline tags, tagged text since
                r.headline, r.headline_entities = self.tagged(child, "headline")
            elif name == "photo-credits":
                r.photo_credits = text
            elif name in ("created", "modified"):
                setattr(r, name, self.datetime(child, text))
            elif name == "dateline":
                r.dateline = self.dateline(child)
            elif name == "body":
                r.body = [self.paragraph(p) for p in self.items(child, "p")]
            elif name == "boilerplate":
                r.boilerplate = [p.text or "" for p in self.items(child, "p")]
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
        wanted = _NS + tag
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
            name = child.tag[len(_NS):] if child.tag.startswith(_NS) else ""
            if name == "place":
                d.place = child.text or ""
            elif name == "date":
                d.date = self.date(child)
            elif name == "text":
                d.text = child.text or ""
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a dateline")
        return d

    def contact(self, el: etree._Element) -> Contact:
        c = Contact()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = child.tag[len(_NS):] if child.tag.startswith(_NS) else ""
            if name not in ("name", "title", "organisation", "email", "phone"):
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a contact")
            setattr(c, name, child.text or "")
        return c

    def paragraph(self, el: etree._Element) -> Paragraph:
        pid = el.get("id")
        if pid is None:
            raise self.fail(el, "<p> has no id attribute")
        key = self.boolean(el, "key") if el.get("key") is not None else False
        text, entities = self.tagged(el, "p")
        return Paragraph(pid, text, entities, key)

    def tagged(self, el: etree._Element, what: str) -> tuple[str, list[Entity]]:
        """The text of a paragraph or headline and its tags, as offsets into that text."""
        if len(el) == 0:  # the common case: plain text, no tags
            return el.text or "", []
        flat = self._flat(el)
        if flat is not None:
            return flat
        # This loop runs for every tag in every paragraph: one C-level walk
        # (iterwalk) and positional construction keep it near the cost of
        # touching each element once.
        parts: list[str] = [el.text] if el.text else []
        pos = len(el.text or "")
        entities: list[Entity] = []
        open_spans: list[Entity] = []
        append_part, kinds = parts.append, _KIND_BY_TAG
        for event, node in etree.iterwalk(el, events=("start", "end")):
            if node is el:
                continue
            if event == "start":
                kind = kinds.get(node.tag)
                if kind is None:
                    if isinstance(node.tag, str):
                        raise self.fail(node, f"<{etree.QName(node).localname}> is not an entity tag "
                                              f"({', '.join(ENTITY_KINDS)}) and cannot be inside <{what}>")
                    continue  # an XML comment or processing instruction: only its tail counts
                get = node.get
                eid = get("id")
                if eid is None:
                    raise self.fail(node, f"<{kind}> has no id attribute")
                # pre-order: sorted by start, outer span first, as the model keeps them
                entity = Entity(eid, kind, pos, pos, get("name"), get("ref"))
                entities.append(entity)
                open_spans.append(entity)
                text = node.text
                if text:
                    append_part(text)
                    pos += len(text)
                continue
            if node.tag in kinds:
                entity = open_spans.pop()
                if pos == entity.start:
                    raise self.fail(node, f"<{entity.kind} id=\"{entity.id}\"> tags no text; remove the empty tag")
                entity.end = pos
            tail = node.tail
            if tail:
                append_part(tail)
                pos += len(tail)
        return "".join(parts), entities

    def _flat(self, el: etree._Element) -> tuple[str, list[Entity]] | None:
        """The common case, tags that hold only text (no nesting): one pass over the children.

        None when a tag nests another, or the element holds anything else,
        so the full walk handles (and reports) it.
        """
        text = el.text
        parts: list[str] = [text] if text else []
        pos = len(text) if text else 0
        entities: list[Entity] = []
        kinds = _KIND_BY_TAG
        for child in el:
            kind = kinds.get(child.tag)
            if kind is None or len(child):
                return None
            text = child.text
            eid = child.get("id")
            if not text or eid is None:
                return None
            end = pos + len(text)
            entities.append(Entity(eid, kind, pos, end, child.get("name"), child.get("ref")))
            parts.append(text)
            pos = end
            tail = child.tail
            if tail:
                parts.append(tail)
                pos += len(tail)
        return "".join(parts), entities

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
            if child.tag == _NS + "text":
                c.text = child.text or ""
            elif child.tag == _NS + "reply":
                c.replies.append(Reply(
                    id=self.attr(child, "id"),
                    author=self.attr(child, "author"),
                    created=self.datetime(child, self.attr(child, "created")),
                    text=child.text or "",
                ))
            else:
                raise self.fail(child, f"<{etree.QName(child).localname}> is not part of a comment")
        return c
