"""The Issue: one thing wrong (or doubtful) with a release, where it is, and how the GUI finds the field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # only annotations: `release-desk validate` starts without the release reader
    from app.formats.errors import FormatError
    from app.formats.release_schema import SchemaProblem

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One finding.

    ``message`` is for people ("Contact 2: e-mail is not an address"); ``field``
    is the form path the GUI focuses (``contacts[1].email``, 0-based); ``xpath``,
    ``line`` and ``column`` locate the node in the XML; ``code`` is stable for
    programs (libxml2's error name, or ours); ``detail`` keeps the raw text.
    """

    severity: Severity
    message: str
    xpath: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None
    code: str = ""
    detail: str = ""

    @classmethod
    def from_problem(cls, problem: SchemaProblem, severity: Severity = "error") -> Issue:
        return cls(severity, problem.message, problem.xpath, problem.line, problem.column, problem.field,
                   problem.code, problem.detail)

    @classmethod
    def from_format_error(cls, error: FormatError, code: str) -> Issue:
        message = error.message[:1].upper() + error.message[1:]
        if error.hint:
            message += f" ({error.hint})"
        return cls("error", message, line=error.line, column=error.column, code=code, detail=str(error))

    def __str__(self) -> str:
        where = ""
        if self.line is not None:
            where = f"line {self.line}" + (f", column {self.column}" if self.column is not None else "") + ": "
        return f"{self.severity}: {where}{self.message}"
