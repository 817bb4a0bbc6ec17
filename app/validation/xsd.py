"""Validation against release.xsd, of a Release (live, in the form) or of a file (batch, CLI).

A file is parsed once: the tree that is validated is the tree that is mapped
to the model (``release_xml.check_and_map``).
"""

from __future__ import annotations

from app.formats import release_xml
from app.formats.errors import FormatError
from app.formats.release_schema import check_tree
from app.model import ModelError, Release
from app.validation.issues import Issue
from app.validation.rules import check_release


def validate_release(release: Release) -> list[Issue]:
    """Serialise ``release`` to the native XML in memory and check it; issues carry form paths, no lines."""
    try:
        tree, warnings = release_xml.to_tree(release)
    except ModelError as error:
        return [Issue("error", str(error), code="model")]
    issues = [Issue("warning", w.message, field=w.field, code="xml-illegal-character") for w in warnings]
    issues.extend(Issue.from_problem(p) for p in check_tree(tree))
    issues.extend(check_release(release))
    return issues


def read_and_validate(data: bytes, source: str = "<input>") -> tuple[Release | None, list[Issue]]:
    """Every issue in a native file, and the Release when the file is usable (no errors)."""
    try:
        tree = release_xml.load_tree(data, source)
    except FormatError as error:
        return None, [Issue.from_format_error(error, "unreadable")]
    problems, release = release_xml.check_and_map(tree, source)
    if problems:
        return None, [Issue.from_problem(p) for p in problems]
    if isinstance(release, FormatError):
        return None, [Issue.from_format_error(release, "model")]
    if release is None:
        return None, []
    return release, check_release(release)


def validate_bytes(data: bytes, source: str = "<input>") -> list[Issue]:
    """Every issue in a native file; a file that is not well-formed gives one error with line and column."""
    return read_and_validate(data, source)[1]
