"""ISO Schematron through lxml: compile a .sch once, run it on a tree, read the SVRL it answers.

lxml's ``isoschematron.Schematron`` answers only valid / not valid and cannot
take parameters, so this module keeps the XSLT it compiles and runs that
itself: with ``$today`` passed in (so "not in the future" is testable), with
``$status`` when the caller gives one (the verdicts of approving a draft:
``release-desk validate --status approved``), with the phone number functions
of ``phones`` as XSLT extensions, with an access control that denies every
file and network read, and with the failed assertions read straight from the
SVRL report (rule id, role, message, location).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from app.formats.errors import FormatError
from app.formats.safexml import parse_bytes
from app.paths import schemas_dir
from app.validation.issues import Issue, Severity
from app.validation.phones import EXTENSIONS

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_XSL = "http://www.w3.org/1999/XSL/Transform"
_EXSLT_DATE = "http://exslt.org/dates-and-times"
RELEASE_SCHEMATRON = "release.sch"

_COMPILE_PARAMS = {"generate-fired-rule": "'false'"}
# A message's whitespace is folded (the .sch indents its text over lines), but a line break inside a value it
# quotes is the value's: the stylesheet hands those over as two private-use characters, given back after.
_SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_BREAKS = "\ue000\ue001"
_KEEP_BREAKS = str.maketrans({"\ue000": "\n", "\ue001": "\r"})

# Roles that mean "look at this" rather than "this must not go out".
_WARNING_ROLES = frozenset({"warning", "warn", "info", "information", "informational", "caution"})

# Rules whose context is the whole release but whose fix lives in one field.
_RELEASE_RULE_FIELDS = {"headline-present": "headline", "contact-reachable": "contacts",
                        "date-present": "dateline.date", "summary-present": "abstract"}
_RELEASE_RULE_FIELDS |= {f"{rule}-finished": field for rule, field in _RELEASE_RULE_FIELDS.items()}


class SchematronError(Exception):
    """A Schematron that cannot be compiled; the message names the file."""


class Finding(NamedTuple):
    """One failed assertion (or fired report) as the SVRL gives it."""

    rule: str
    severity: Severity
    message: str
    location: str


class CompiledSchematron:
    """A .sch compiled once to XSLT; ``run`` is then one transform per document."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = path.read_bytes()
        except OSError as error:
            raise SchematronError(f"{path}: cannot read the Schematron: {error.strerror or error}") from None
        try:
            tree = parse_bytes(data, str(path))
        except FormatError as error:
            raise SchematronError(str(error)) from None
        # sch:include is resolved against the document's URL; parse_bytes has none.
        tree.docinfo.URL = str(path)
        # imported here: it costs a sixth of the start-up, and XSD-only runs never need it
        from lxml import isoschematron

        try:
            # No svrl:fired-rule per rule firing: nobody reads them, and on a long release they
            # were half the run (one per paragraph and per tag)
            compiled = isoschematron.Schematron(tree, store_xslt=True, compile_params=_COMPILE_PARAMS)
        except (etree.SchematronParseError, etree.XSLTError) as error:
            raise SchematronError(f"{path}: not a usable ISO Schematron: {error}") from None
        xslt = compiled.validator_xslt
        _declare_today(xslt)
        _mark_value_breaks(xslt)
        self._transform = etree.XSLT(xslt, access_control=etree.XSLTAccessControl.DENY_ALL, extensions=EXTENSIONS)

    def run(self, tree: etree._ElementTree, today: dt.date | None = None, status: str | None = None) -> list[Finding]:
        """Every failed assertion and fired report, in document order. ``status`` stands in for the status
        the file gives (a Schematron that declares no ``$status`` parameter ignores it)."""
        day = (today or dt.date.today()).isoformat()
        params = {"today": etree.XSLT.strparam(day)}
        if status:
            params["status"] = etree.XSLT.strparam(status)
        svrl = self._transform(tree, **params)
        findings: list[Finding] = []
        for node in svrl.getroot().iterchildren(SVRL + "failed-assert", SVRL + "successful-report"):
            role = (node.get("role") or "").strip().lower()
            severity: Severity = "warning" if role in _WARNING_ROLES else "error"
            text = node.find(SVRL + "text")
            message = " ".join((text.xpath("string()") if text is not None else "").split())
            if "\ue000" in message or "\ue001" in message:
                message = message.translate(_KEEP_BREAKS)
            findings.append(Finding(node.get("id") or "", severity, message, node.get("location") or ""))
        return findings


def _mark_value_breaks(xslt: etree._ElementTree) -> None:
    """Make every value a message quotes (``sch:value-of``) come with its line breaks as ``_BREAKS``, which
    the folding of the message's whitespace leaves alone (``run`` turns them back into line breaks)."""
    for value in xslt.iterfind(f".//{{{_SVRL_NS}}}text//{{{_XSL}}}value-of"):
        select = value.get("select")
        if select:
            value.set("select", f"translate(string({select}), '&#10;&#13;', '{_BREAKS}')".replace(
                "&#10;", "\n").replace("&#13;", "\r"))


def _declare_today(xslt: etree._ElementTree) -> None:
    """Make ``$today`` a stylesheet parameter (default: the clock, via EXSLT) unless the schema did."""
    root = xslt.getroot()
    if any(el.get("name") == "today" for el in root.iterchildren(f"{{{_XSL}}}param", f"{{{_XSL}}}variable")):
        return
    param = etree.Element(f"{{{_XSL}}}param", nsmap={"date": _EXSLT_DATE})
    param.set("name", "today")
    param.set("select", "substring(date:date(), 1, 10)")
    root.insert(0, param)


def locate(tree: etree._ElementTree, location: str) -> etree._Element | None:
    """The element an SVRL location points at (an attribute's location gives its element)."""
    if not location:
        return None
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None
    if not isinstance(found, list) or not found:
        return None
    node = found[0]
    if isinstance(node, etree._Element):
        return node
    parent = getattr(node, "getparent", None)
    return parent() if parent is not None else None


def to_issues(findings: list[Finding], tree: etree._ElementTree, *, forms: bool) -> list[Issue]:
    """Findings as Issues with line and XPath; ``forms`` adds the editor's field paths (native files)."""
    issues: list[Issue] = []
    if forms and findings:
        from app.formats.release_schema import field_of  # native releases only
    for finding in findings:
        el = locate(tree, finding.location)
        field = None
        if forms:
            field = _RELEASE_RULE_FIELDS.get(finding.rule) or field_of(el)
        xpath = tree.getpath(el) if el is not None else (finding.location or None)
        line = el.sourceline if el is not None else None
        issues.append(Issue(finding.severity, finding.message, xpath, line, None, field, finding.rule,
                            finding.location))
    return issues


@lru_cache(maxsize=1)
def release_schematron() -> CompiledSchematron:
    """schemas/release.sch, compiled once per process (the editor calls it on every pause in typing)."""
    return CompiledSchematron(schemas_dir() / RELEASE_SCHEMATRON)
