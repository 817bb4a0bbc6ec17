"""The native schema (schemas/release.xsd): loading it, checking a tree, and saying what is wrong.

libxml2 reports problems as ``Element '{urn:...}email': [facet 'pattern'] The value
'x' is not accepted by the pattern '...'`` at ``/*/*[7]/*[2]/*[4]``. This module turns
that into the words of the form ("Contact 2: e-mail is not an address") and the
form path of the field (``contacts[1].email``) so the GUI can focus the widget.

It lives in ``app.formats`` rather than ``app.validation`` because the reader
needs it too: ``release_xml.read`` names the field when it refuses a file, and
layers only import downwards.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from app.formats.id_constraints import QuickSchema, elements_with_ids, without_id_constraints
from app.formats.safexml import parse_bytes
from app.model import ENTITY_KINDS
from app.paths import schemas_dir

#: The namespace of the native vocabulary (a URN: never dereferenced, never fetched).
NAMESPACE = "urn:release-desk:release:1"
#: Written into every file; a reader of 1.0 reads any 1.x.
FORMAT_VERSION = "1.3"  # 1.1: headlines carry entity tags; 1.2: byline, paragraph kinds;
# 1.3: reference, embargo, sign-offs, boilerplate blocks, "released"
SCHEMA_FILE = "release.xsd"

_NS = "{" + NAMESPACE + "}"

# An XMLSchema object keeps the error log of its last run, so two threads
# validating at once would read each other's errors. Validation itself is fast
# next to parsing; a lock is cheaper than a schema per thread.
_VALIDATE_LOCK = threading.Lock()


@dataclass(frozen=True)
class SchemaProblem:
    """One schema error, in the form's words, with libxml2's own text kept in ``detail``."""

    message: str
    field: str
    xpath: str | None
    line: int | None
    column: int | None
    code: str
    detail: str


@lru_cache(maxsize=1)
def _schema_doc() -> etree._ElementTree:
    """release.xsd parsed, once, from the app's own schemas folder (never the network); read-only to callers."""
    path = schemas_dir() / SCHEMA_FILE
    return parse_bytes(path.read_bytes(), str(path))


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The compiled release.xsd, built once."""
    return etree.XMLSchema(_schema_doc())


#: How many id attributes a tree holds (the reader compares it with the ids it mapped).
count_ids = etree.XPath("count(//@id)")


@lru_cache(maxsize=1)
def id_bearing_elements() -> frozenset[str] | None:
    """The elements release.xsd lets carry an id (see app.formats.id_constraints.elements_with_ids)."""
    return elements_with_ids(_schema_doc())


@lru_cache(maxsize=1)
def _schema_but_id_constraints() -> QuickSchema:
    """release.xsd without its constraints on ids and their pattern (see app.formats.id_constraints)."""
    return without_id_constraints(_schema_doc())


def valid_but_id_constraints(tree: etree._ElementTree) -> bool:
    """Does ``tree`` meet release.xsd in everything but its ids being unique, matching their pattern, and
    the comments' anchors existing? The caller checks those itself (``ids_match`` for the pattern); when
    they fail, ``schema_errors`` says what is wrong, in libxml2's words, as always."""
    xsd = _schema_but_id_constraints()
    with _VALIDATE_LOCK:
        return xsd.validate(tree)


def ids_match(ids: list[str]) -> bool:
    """Do ``ids`` (none with a blank in it) match release.xsd's pattern for ids, which
    valid_but_id_constraints did not check?"""
    return _schema_but_id_constraints().ids_match(ids)


def schema_errors(tree: etree._ElementTree) -> list[etree._LogEntry]:
    """libxml2's raw errors for ``tree`` (empty when valid); safe to call from a worker thread."""
    xsd = schema()
    with _VALIDATE_LOCK:
        if xsd.validate(tree):
            return []
        return list(xsd.error_log)


def explain_all(entries: list[etree._LogEntry], tree: etree._ElementTree) -> list[SchemaProblem]:
    """The entries in the form's words, in document order, noise and repeats removed."""
    problems: list[SchemaProblem] = []
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        problem = explain(entry, tree)
        if problem is None or (problem.field, problem.message) in seen:
            continue
        seen.add((problem.field, problem.message))
        problems.append(problem)
    return problems


def check_tree(tree: etree._ElementTree) -> list[SchemaProblem]:
    """Validate ``tree`` against release.xsd; the problems in the form's words."""
    return explain_all(schema_errors(tree), tree)


# -- where: element -> form path -> label ------------------------------------

_STEP = re.compile(r"^(?:[^:\[\]]+:)?([^:\[\]]+)(?:\[(\d+)\])?$")
_SIMPLE_FIELDS = {
    "language", "status", "created", "modified", "headline", "subheadline", "byline", "abstract", "reference",
}
_LIST_FIELDS = {"boilerplate": "block", "keywords": "keyword", "subjects": "subject", "contacts": "contact",
                "signoffs": "signoff"}


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def resolve_path(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    """The element at libxml2's node path (``/*/*[5]/*[2]`` or ``/r:release/r:body/r:p[3]``).

    Walked by hand rather than with ``tree.xpath`` so that whatever prefixes the
    file happens to use need not be known.
    """
    if not path or not path.startswith("/"):
        return None
    el: etree._Element | None = None
    for step in path.strip("/").split("/"):
        match = _STEP.match(step)
        if match is None:
            return None
        name, index = match.group(1), int(match.group(2) or 1)
        candidates = [tree.getroot()] if el is None else [c for c in el if isinstance(c.tag, str)]
        if name != "*":
            candidates = [c for c in candidates if _local(c) == name]
        if len(candidates) < index:
            return None
        el = candidates[index - 1]
    return el


def _position(el: etree._Element) -> int:
    """0-based index among the siblings with the same tag."""
    return sum(1 for s in el.itersiblings(preceding=True) if s.tag == el.tag)


def field_of(el: etree._Element | None) -> str:
    """The form path of the field that ``el`` (or an element inside it) edits."""
    if el is None:
        return "release"
    chain: list[etree._Element] = []
    node: etree._Element | None = el
    while node is not None and node.getparent() is not None:
        chain.append(node)
        node = node.getparent()
    chain.reverse()
    if not chain:
        return "release"
    top = _local(chain[0])
    rest = chain[1:]
    if top in _SIMPLE_FIELDS:
        return top
    if top == "photo-credits":
        return "photo_credits"
    if top == "briefing-purpose":
        return "briefing_purpose"
    if top in ("dateline", "embargo"):
        return f"{top}.{_local(rest[0])}" if rest else top
    if top == "body":
        return f"body[{_position(rest[0])}]" if rest else "body"
    if top == "comments":
        if not rest:
            return "comments"
        path = f"comments[{_position(rest[0])}]"
        if len(rest) > 1 and _local(rest[1]) == "reply":
            path += f".replies[{_position(rest[1])}]"
        return path
    if top in _LIST_FIELDS:
        if not rest:
            return top
        path = f"{top}[{_position(rest[0])}]"
        if top == "contacts" and len(rest) > 1:
            path += f".{_local(rest[1])}"
        return path
    if top == "confidence":
        return "confidence"
    return "release"


_LABELS = {
    "release": "The release",
    "id": "Release id",
    "format_version": "Format version",
    "language": "Language",
    "status": "Status",
    "created": "Created",
    "modified": "Modified",
    "headline": "Headline",
    "subheadline": "Subheadline",
    "byline": "Byline",
    "abstract": "Abstract",
    "reference": "Reference number",
    "embargo": "Embargo",
    "embargo.when": "Embargo: date and time",
    "embargo.zone": "Embargo: time zone",
    "embargo.text": "Embargo: text as printed",
    "signoffs": "Sign-offs",
    "briefing_purpose": "Briefing-note purpose",
    "photo_credits": "Photo credits",
    "dateline": "Dateline",
    "dateline.place": "Dateline: place",
    "dateline.date": "Dateline: date",
    "dateline.text": "Dateline: text as printed",
    "body": "Body",
    "boilerplate": "Boilerplate",
    "contacts": "Contacts",
    "keywords": "Keywords",
    "subjects": "Subjects",
    "comments": "Comments",
    "confidence": "Confidence",
}
_INDEXED = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?$")
_ITEM_LABELS = {
    "body": "Paragraph",
    "boilerplate": "Note to editors",
    "signoffs": "Sign-off",
    "contacts": "Contact",
    "keywords": "Keyword",
    "subjects": "Subject",
    "comments": "Comment",
}
_PART_LABELS = {"email": "e-mail", "replies": "reply"}


def label_of(field: str) -> str:
    """How a user calls the field: ``contacts[1].email`` is "Contact 2: e-mail"."""
    if field in _LABELS:
        return _LABELS[field]
    match = _INDEXED.match(field)
    if match is None:
        return field
    name, index, part, sub = match.groups()
    label = f"{_ITEM_LABELS.get(name, name.capitalize())} {int(index) + 1}"
    if part:
        label += f": {_PART_LABELS.get(part, part)}"
        if sub is not None:
            label += f" {int(sub) + 1}"
    return label


# -- what: libxml2's message -> plain words ----------------------------------

_HEAD = re.compile(r"^Element '(?P<el>[^']*)'(?:, attribute '(?P<attr>[^']*)')?: (?P<rest>.*)$", re.DOTALL)
_QNAME = re.compile(r"\{[^}]*\}")
_KEY_SEQ = re.compile(r"key-sequence \['(?P<value>.*?)'\] (?:in|of) (?:unique |key )?(?:identity-constraint|keyref) "
                      r"'(?:\{[^}]*\})?(?P<name>[\w-]+)'")
_VALUE_SET = re.compile(r"\{(.*)\}")
_ATTR_LABELS = {
    "id": "id",
    "created": "date created",
    "start": "start offset",
    "end": "end offset",
    "resolved": "resolved flag",
    "key": "key-point flag",
    "kind": "kind (subhead, list item)",
    "paragraph": "paragraph",
    "author": "author",
}
_TYPE_PHRASES = (
    ("xs:dateTime", "is not a valid date and time (such as 2019-04-24T10:30:00)"),
    ("xs:date", "is not a valid date (YYYY-MM-DD)"),
    ("xs:boolean", "is not true or false"),
    ("xs:nonNegativeInteger", "is not a whole number of 0 or more"),
    ("xs:double", "is not a number"),
    ("Identifier", "is not a valid identifier (a letter or _ then letters, digits, _ . -)"),
    ("xs:NCName", "is not a valid identifier (a letter or _ then letters, digits, _ . -)"),
)
_NOISE = ("No precomputed value available", "Not all fields of key identity-constraint")


def _phrase(code: str, rest: str, field: str, attr: str | None) -> str:
    """The problem, worded to follow the field's label."""
    if code == "SCHEMAV_CVC_MINLENGTH_VALID":
        return "is empty"
    if code == "SCHEMAV_CVC_PATTERN_VALID":
        if field.endswith("email"):
            return "is not an address"
        if field == "language":
            return "is not a language tag such as 'en' or 'zh-Hans'"
        if field == "format_version":
            return "is not a version this app reads (1.x)"
        if attr in ("id", "paragraph"):
            return "is not a valid identifier (a letter or _ then letters, digits, _ . -)"
        return "is not in the expected form"
    if code == "SCHEMAV_CVC_ENUMERATION_VALID":
        allowed = _VALUE_SET.search(rest)
        values = ", ".join(v.strip(" '") for v in allowed.group(1).split(",")) if allowed else ""
        return f"is not one of {values}" if values else "is not one of the allowed values"
    if code in ("SCHEMAV_CVC_MININCLUSIVE_VALID", "SCHEMAV_CVC_MAXINCLUSIVE_VALID"):
        return "must be a number from 0 to 1"
    if code.startswith("SCHEMAV_CVC_DATATYPE_VALID"):
        for marker, phrase in _TYPE_PHRASES:
            if f"'{marker}'" in rest or f"}}{marker}'" in rest:
                return phrase
        return "is not a valid value"
    return ""


def explain(entry: etree._LogEntry, tree: etree._ElementTree) -> SchemaProblem | None:
    """``entry`` in the form's words, or None for libxml2's follow-on noise."""
    detail = entry.message.strip()
    if any(noise in detail for noise in _NOISE):
        return None
    code = entry.type_name
    head = _HEAD.match(detail)
    attr = head.group("attr") if head else None
    rest = head.group("rest") if head else detail
    el = resolve_path(tree, entry.path)
    line = entry.line or None
    column = entry.column or None

    seq = _KEY_SEQ.search(rest) if code == "SCHEMAV_CVC_IDC" else None
    if seq is not None and seq.group("name") == "comment-anchor":
        # libxml2 gives no path for a keyref miss: find the comment by its anchor
        value = seq.group("value")
        el = next((c for c in tree.getroot().iterfind(f"{_NS}comments/{_NS}comment") if c.get("paragraph") == value),
                  el)
        field = field_of(el)
        message = f"{label_of(field)} is anchored to paragraph '{value}', which does not exist"
    elif seq is not None and seq.group("name") == "confidence-once":
        field = "confidence"
        message = f"Confidence for '{seq.group('value')}' is given twice"
    elif seq is not None:
        field = field_of(el)
        message = f"{label_of(field)}: id '{seq.group('value')}' is used twice; every id must be unique"
    else:
        field = field_of(el)
        if el is not None and el.getparent() is None and attr in ("id", "format-version"):
            field = "id" if attr == "id" else "format_version"
            attr = None
        message, field = _message(code, rest, field, attr, el)
    xpath = entry.path or (tree.getpath(el) if el is not None else None)
    return SchemaProblem(message, field, xpath, line, column, code, detail)


def _where(field: str, attr: str | None, el: etree._Element | None) -> str:
    where = label_of(field)
    if el is not None and _local(el) in ENTITY_KINDS and (field.startswith("body[") or field == "headline"):
        where += f", <{_local(el)}> tag"
        if el.get("id"):
            where += f" {el.get('id')}"
    if attr:
        where += f": {_ATTR_LABELS.get(attr, attr)}"
    return where


# The release's children in schema order: an element met before its turn means
# the required one libxml2 expected last is missing.
_RELEASE_ORDER = (
    "language", "status", "created", "modified", "headline", "subheadline", "byline", "dateline", "reference",
    "embargo", "abstract", "body", "boilerplate", "photo-credits", "contacts", "keywords", "subjects", "comments",
    "signoffs", "briefing-purpose", "confidence",
)


def _missing(child: str, parent_field: str, where: str) -> tuple[str, str]:
    if parent_field == "release":
        field = child.replace("-", "_")
        return f"{label_of(field)} is missing", field
    return f"{where}: {child} is missing", parent_field


def _message(code: str, rest: str, field: str, attr: str | None, el: etree._Element | None) -> tuple[str, str]:
    """The plain message, and the field it is about (which can be a missing child of ``field``)."""
    where = _where(field, attr, el)
    phrase = _phrase(code, rest, field, attr)
    if phrase:
        return f"{where} {phrase}", field
    plain = _QNAME.sub("", rest).strip()
    if code == "SCHEMAV_ELEMENT_CONTENT" or code.startswith("SCHEMAV_CVC_COMPLEX_TYPE_2"):
        expected = re.search(r"Expected is(?: one of)? \( (.*?) \)", plain)
        wanted = [w.strip() for w in (expected.group(1) if expected else "").split(",") if w.strip()]
        if plain.startswith("Missing child"):
            if len(wanted) == 1:
                return _missing(wanted[0], field, where)
            return f"{where}: something is missing (expected {', '.join(wanted)})", field
        if "not expected" in plain and el is not None:
            parent = el.getparent()
            parent_field = field_of(parent) if parent is not None and parent.getparent() is not None else "release"
            name = _local(el)
            if (parent_field == "release" and wanted and name in _RELEASE_ORDER and wanted[-1] in _RELEASE_ORDER
                    and _RELEASE_ORDER.index(name) > _RELEASE_ORDER.index(wanted[-1])):
                return _missing(wanted[-1], "release", where)
            inside = "the release" if parent_field == "release" else label_of(parent_field)
            tail = f"; expected {', '.join(wanted)}" if wanted else ""
            return f"<{name}> is not allowed here in {inside}{tail}", field
    if code == "SCHEMAV_CVC_COMPLEX_TYPE_4":
        missing_attr = re.search(r"attribute '([^']*)' is required", plain)
        if missing_attr:
            name = missing_attr.group(1)
            return f"{label_of(field)}: {_ATTR_LABELS.get(name, name)} is missing", field
    if code == "SCHEMAV_CVC_COMPLEX_TYPE_3_2_1" and attr:
        return f"{label_of(field)}: attribute '{attr}' is not allowed", field
    return f"{where}: {plain}", field
