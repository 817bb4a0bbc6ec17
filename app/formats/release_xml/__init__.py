"""The native format: a Release as XML in ``urn:release-desk:release:1`` (schemas/release.xsd).

``read(write(r)) == r`` for every valid Release: text keeps every space, tab and
line break, entity spans (in the body and the headline) become inline elements
that nest the way the spans do, and comments keep their anchors.

The writer indents the structure so files diff well, but never inside a body
paragraph: whitespace there is text.
"""

from __future__ import annotations

import gc

from lxml import etree

from app.formats.errors import FormatError
from app.formats.id_constraints import blank
from app.formats.release_schema import (
    FORMAT_VERSION,
    NAMESPACE,
    SchemaProblem,
    count_ids,
    explain_all,
    id_bearing_elements,
    ids_match,
    schema_errors,
    valid_but_id_constraints,
)
from app.formats.release_xml.names import KNOWN_VOCABULARIES
from app.formats.release_xml.reader import READS_IDS_OF, _Reader
from app.formats.release_xml.writer import WriteWarning, _Writer
from app.formats.safexml import parse_bytes
from app.model import ModelError, Release

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
        vocabulary = KNOWN_VOCABULARIES.get(qname.namespace or "")
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
    if valid_but_id_constraints(tree):
        # The common case, a valid file: the grammar without its costly constraints on ids, then the
        # ids the reader mapped compared in a set; from_tree has checked that every comment's anchor is
        # a paragraph's id. Anything else takes the full check below, which words every problem.
        try:
            release, ids = _mapped(tree, source, schema_valid=True)
        except FormatError:
            pass  # mapped again below, once the full schema has had its say
        else:
            if _ids_unique(tree, ids):
                return [], release
    problems = explain_all(schema_errors(tree), tree)
    if problems:
        return problems, None
    try:
        return [], from_tree(tree, source, schema_valid=True)
    except FormatError as error:
        return [], error


def _ids_unique(tree: etree._ElementTree, ids: list[str]) -> bool:
    """No two of the ids the reader read are the same, each matches the ids' pattern, and they are all the
    id attributes of ``tree``.
    False, to be safe, when an id has blanks around it (release.xsd's NCName ignores them, so " p1"
    and "p1" would be the same id there: the full schema check decides)."""
    # The reader reads the id of every element that can carry one in a schema-valid tree (READS_IDS_OF),
    # so counting the tree's ids again (a tenth of the time to open a long, heavily tagged release) is
    # needed only if the schema ever lets another element carry one.
    bearing = id_bearing_elements()
    if (bearing is None or not bearing <= READS_IDS_OF) and len(ids) != count_ids(tree):
        return False
    return not blank(ids) and len(set(ids)) == len(ids) and ids_match(ids)


def _mapped(tree: etree._ElementTree, source: str, *, schema_valid: bool) -> tuple[Release, list[str]]:
    """The Release (see from_tree) and every id the reader read."""
    reader = _Reader(source, schema_valid=schema_valid)
    # Tens of thousands of new objects, none in a cycle: the cyclic collector would walk them all
    # again and again as they are made (a tenth of the time to open a long release), for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        release = reader.release(tree.getroot())
    finally:
        if collecting:
            gc.enable()
    try:
        if schema_valid:
            release.check_comment_anchors()
        else:
            release.check()
    except ModelError as error:
        raise FormatError(str(error), source=source,
                          hint="the file is well-formed but its ids, tags or comment anchors do not fit "
                               "together") from None
    return release, reader.ids


def from_tree(tree: etree._ElementTree, source: str = "<input>", *, schema_valid: bool = False) -> Release:
    """Map a parsed native tree (checked by load_tree) to a Release and check its invariants.

    ``schema_valid``: the tree passed release.xsd, which already guarantees
    unique ids, known kinds, properly nested tags and existing comment anchors;
    only what the grammar cannot see (offsets inside a paragraph's text, empty
    tags, checked while mapping) is left to check. That halves the cost of
    opening a big file.
    """
    return _mapped(tree, source, schema_valid=schema_valid)[0]
