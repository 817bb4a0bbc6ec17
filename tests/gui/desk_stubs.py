"""Stub dialogs for printing and comparing: the print dialog prints to a PDF file, Compare With picks a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from tests.gui.helpers import StubDialogs


class StubDeskDialogs(StubDialogs):
    """StubDialogs plus the print dialog (pointed at a PDF file, or cancelled) and Compare With."""

    def __init__(self) -> None:
        super().__init__()
        self.print_to: Path | None = None  # None: the user cancels the print dialog
        self.compare_paths: list[Path | None] = []

    def ask_print(self, printer: QPrinter) -> bool:
        self.asked.append(("print", printer.docName()))
        if self.print_to is None:
            return False
        # what choosing "Print to File (PDF)" in the system's dialog does
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        return True

    def get_compare_path(self, folder: str) -> Path | None:
        self.asked.append(("compare", folder))
        return self.compare_paths.pop(0) if self.compare_paths else None
