"""The Issue: one thing wrong (or doubtful) with a release, where it is, and how the GUI finds the field."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from app.validation.frozen import Frozen, set_field

if TYPE_CHECKING:  # only annotations: `release-desk validate` starts without the release reader
    from app.formats.errors import FormatError
    from app.formats.release_schema import SchemaProblem

Severity = Literal["error", "warning"]

#: libxml2's words for a document it refused to read, in a reader's: what is wrong, not which parser option
#: or C function would lift the limit (we never lift it). ``detail`` keeps libxml2's own text.
_PLAIN_WORDS = (
    (re.compile(r"Maximum entity amplification factor exceeded,? see xmlCtxtSetMaxAmplification\.?"),
     "expanded, they would make the document many times larger than the file itself (a \"billion laughs\")"),
    (re.compile(r"Detected an entity reference loop"), "an entity refers back to itself"),
    (re.compile(r"Excessive depth in document: (\d+),? use XML_PARSE_HUGE option"),
     r"its elements are nested more than \1 levels deep"),
    (re.compile(r"(?:xmlSAX2Characters: )?[Hh]uge text node,? use XML_PARSE_HUGE option"),
     "one text in it is larger than a reader takes safely in one piece"),
    (re.compile(r",? (?:use XML_PARSE_\w+ option|see xml\w+)\.?"), ""),  # any other such pointer: left out
)


class Issue(Frozen):
    """One finding.

    ``message`` is for people ("Contact 2: e-mail is not an address"); ``field``
    is the form path the GUI focuses (``contacts[1].email``, 0-based); ``xpath``,
    ``line`` and ``column`` locate the node in the XML; ``code`` is stable for
    programs (libxml2's error name, or ours); ``detail`` keeps the raw text.
    """

    __slots__ = ("code", "column", "detail", "field", "line", "message", "severity", "xpath")
    _fields = ("severity", "message", "xpath", "line", "column", "field", "code", "detail")
    severity: Severity
    message: str
    xpath: str | None
    line: int | None
    column: int | None
    field: str | None
    code: str
    detail: str

    def __init__(self, severity: Severity, message: str, xpath: str | None = None,  # noqa: PLR0917 - as before
                 line: int | None = None, column: int | None = None, field: str | None = None, code: str = "",
                 detail: str = "") -> None:
        set_field(self, "severity", severity)
        set_field(self, "message", message)
        set_field(self, "xpath", xpath)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "field", field)
        set_field(self, "code", code)
        set_field(self, "detail", detail)

    @classmethod
    def from_problem(cls, problem: SchemaProblem, severity: Severity = "error") -> Issue:
        return cls(severity, problem.message, problem.xpath, problem.line, problem.column, problem.field,
                   problem.code, problem.detail)

    @classmethod
    def from_format_error(cls, error: FormatError, code: str) -> Issue:
        message = error.message[:1].upper() + error.message[1:]
        for pattern, words in _PLAIN_WORDS:  # libxml2's option and function names: see _PLAIN_WORDS
            message = pattern.sub(words, message)
        if error.hint:
            message += f" ({error.hint})"
        return cls("error", message, line=error.line, column=error.column, code=code, detail=str(error))

    def __str__(self) -> str:
        where = ""
        if self.line is not None:
            where = f"line {self.line}" + (f", column {self.column}" if self.column is not None else "") + ": "
        return f"{self.severity}: {where}{self.message}"
