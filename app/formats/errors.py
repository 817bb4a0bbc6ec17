"""The one error every reader raises for input it cannot use."""

from __future__ import annotations


class FormatError(Exception):
    """Input that cannot be read, with where and what to do.

    ``str(error)`` is a complete message for a user: it names the source, the
    line and column when known, what is wrong and what to do about it.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "<input>",
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.hint = hint
        super().__init__(self.__str__())

    def location(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        text = f"{self.location()}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class UnsafeXMLError(FormatError):
    """A well-formed document refused for safety: it declares an external entity, or its
    entities expand beyond the bound. ``reason`` is a stable id for reports
    (``external-entity``, ``entity-expansion``)."""

    def __init__(self, message: str, *, reason: str, source: str = "<input>", line: int | None = None,
                 hint: str | None = None) -> None:
        self.reason = reason
        super().__init__(message, source=source, line=line, hint=hint)
