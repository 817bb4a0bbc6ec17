"""Print and PDF: a release laid out for reading (QtGui only, so the command line can use it headless)."""

from __future__ import annotations

from app.gui.printing.document import reading_document
from app.gui.printing.pdf import release_pdf, write_pdf

__all__ = ["reading_document", "release_pdf", "write_pdf"]
