"""Validation: a release or a file in, a list of Issues out, in plain language.

Headless (no Qt): the GUI, the CLI and batch workers all call the same functions.
The XSD (schemas/release.xsd) is checked now; Schematron (schemas/release.sch)
is meant to plug in beside it as another producer of Issues.
"""

from __future__ import annotations

from app.validation.issues import Issue
from app.validation.xsd import read_and_validate, validate_bytes, validate_release

__all__ = ["Issue", "read_and_validate", "validate_bytes", "validate_release"]
