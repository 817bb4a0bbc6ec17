"""Print and PDF: a release laid out for reading (QtGui only, so the command line can use it headless)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.gui.printing.document import reading_document
    from app.gui.printing.pdf import release_pdf, write_pdf

__all__ = ["reading_document", "release_pdf", "write_pdf"]


def __getattr__(name: str) -> Any:
    # The layout and the PDF writer load when first asked for: the window imports printing.actions
    # at start (its menu items), and paints sooner without them.
    if name == "reading_document":
        from app.gui.printing import document

        return document.reading_document
    if name in ("release_pdf", "write_pdf"):
        from app.gui.printing import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
