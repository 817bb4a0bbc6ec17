"""Validation: a release or a file in, a list of Issues out, in plain language.

Headless (no Qt): the GUI, the CLI and batch workers all call the same functions.
The XSD (schemas/release.xsd) and the editorial rules (schemas/release.sch,
``schematron``) both produce Issues. Batch runs over folders: ``profiles``
(what to check against), ``validator`` (a profile compiled), ``batch`` (the
run, in worker processes) and ``reports`` (JSON, CSV, HTML, XML).
"""

from __future__ import annotations

from typing import Any

from app.validation.issues import Issue

__all__ = ["Issue", "read_and_validate", "validate_bytes", "validate_release"]


def __getattr__(name: str) -> Any:
    # the release reader and writer load on first use: `release-desk validate` needs neither
    if name in ("read_and_validate", "validate_bytes", "validate_release"):
        from app.validation import xsd

        return getattr(xsd, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
