"""Validation against release.xsd and release.sch, of a Release (live, in the form) or of a file.

A file is parsed once: the tree that is validated is the tree that is mapped
to the model (``release_xml.check_and_map``). The editorial rules
(schemas/release.sch) run on the same tree, compiled once per process.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from app.formats import release_xml
from app.formats.errors import FormatError
from app.formats.release_schema import check_tree
from app.model import ModelError, Release
from app.validation.issues import Issue
from app.validation.rules import check_release
from app.validation.schematron import release_schematron, to_issues


def _with_editorial(issues: list[Issue], tree: etree._ElementTree, today: dt.date | None,
                    status: str | None = None) -> list[Issue]:
    """``issues`` plus the Schematron findings that say something new.

    A field with a grammar error shows that error only (an empty headline is
    "Headline is empty", not also "Headline is missing or empty"), and a finding
    worded exactly like one already listed (an empty paragraph) is not repeated.
    """
    findings = to_issues(release_schematron().run(tree, today, status), tree, forms=True)
    broken = {i.field for i in issues if i.severity == "error" and i.field}
    seen = {(i.field, i.message) for i in issues}
    merged = list(issues)
    for issue in findings:
        if issue.field in broken or (issue.field, issue.message) in seen:
            continue
        seen.add((issue.field, issue.message))
        merged.append(issue)
    return merged


def validate_release(release: Release, *, today: dt.date | None = None, status: str | None = None) -> list[Issue]:
    """Serialise ``release`` to the native XML in memory and check it; issues carry form paths, no lines.

    ``today`` is the date the "not in the future" rule compares with (default: the clock). ``status``
    judges the release as if it had that status (default: ``release.status``): what a finished release
    must have (a contact who can be reached, a date, a summary) is a warning for "draft" and "review" and
    an error for any other status, so ``validate_release(release, status="approved")`` lists what stands
    in the way of approving it. The release itself is not changed.
    """
    try:
        tree, warnings = release_xml.to_tree(release)
    except ModelError as error:
        return [Issue("error", str(error), code="model")]
    issues = [Issue("warning", w.message, field=w.field, code="xml-illegal-character") for w in warnings]
    issues.extend(Issue.from_problem(p) for p in check_tree(tree))
    issues.extend(check_release(release))
    return _with_editorial(issues, tree, today, status)


def read_and_validate(data: bytes, source: str = "<input>", *, editorial: bool = False,
                      today: dt.date | None = None, status: str | None = None) -> tuple[Release | None, list[Issue]]:
    """Every schema issue in a native file, and the Release when the file is usable (no errors).

    Opening a file is one parse and one schema check; the editorial rules run
    only with ``editorial`` (the editor shows them from its live validation, and
    their cost on a long release would double the time to open it). Their
    findings never stop a release from opening: fixing them is what the editor is for.
    """
    try:
        tree = release_xml.load_tree(data, source)
    except FormatError as error:
        return None, [Issue.from_format_error(error, "unreadable")]
    problems, release = release_xml.check_and_map(tree, source)

    def finish(issues: list[Issue]) -> list[Issue]:
        return _with_editorial(issues, tree, today, status) if editorial else issues

    if problems:
        return None, finish([Issue.from_problem(p) for p in problems])
    if isinstance(release, FormatError):
        return None, [Issue.from_format_error(release, "model")]
    if release is None:
        return None, []
    return release, finish(check_release(release))


def validate_bytes(data: bytes, source: str = "<input>", *, today: dt.date | None = None,
                   status: str | None = None) -> list[Issue]:
    """Every issue in a native file, editorial rules included (judged as ``status`` when given, else as the
    status the file gives); a file that is not well-formed gives one error with line and column."""
    return read_and_validate(data, source, editorial=True, today=today, status=status)[1]
