"""File > Print…, File > Export PDF… and File > Export Briefing Note as PDF….

Print and the PDF of the release use the reading layout (document.py), on the
printer the system's print dialog set up or on a PDF file. The briefing note's
PDF is LibreOffice's rendering of the DOCX note, made in a worker thread (it
takes seconds); without LibreOffice the action says what to install.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtGui import QAction, QKeySequence

from app.fileio import atomic_write
from app.formats.errors import FormatError
from app.gui.common.background import Mailbox as _Mailbox
from app.gui.common.background import Task as _Task
from app.gui.common.i18n import os_error_text
from app.gui.services import FeatureHost
from app.model import Release

# Qt's print support and the reading layout load on the first Print or Export PDF: the window paints sooner.

STATUS_MS = 6000


def briefing_pdf(release: Release, template: str) -> bytes:
    """The briefing note (from the user's template, if any) as PDF, through LibreOffice."""
    from app.formats import briefing_pdf as office
    from app.formats import docx_briefing

    options = docx_briefing.BriefingOptions(template=Path(template) if template else None)
    return office.docx_to_pdf(docx_briefing.write(release, options), "briefing note")


class Printing(QObject):
    """The three actions and what they run."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        window = host.window
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Print the release laid out for reading"))
        self.print_action.triggered.connect(self.print_release)
        self.pdf_action = QAction(self.tr("Export P&DF…"), window)
        self.pdf_action.setStatusTip(self.tr("Save the release laid out for reading as a PDF file"))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.briefing_action = QAction(self.tr("Export &Briefing Note as PDF…"), window)
        self.briefing_action.setStatusTip(self.tr("Save the briefing note as PDF (made by LibreOffice)"))
        self.briefing_action.triggered.connect(self.export_briefing_pdf)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._mailbox = _Mailbox(self)
        self._mailbox.done.connect(self._delivered)
        self._then: Callable[[object], None] | None = None

    def actions(self) -> list[QAction]:
        return [self.print_action, self.pdf_action, self.briefing_action]

    def _suggested(self, suffix: str) -> str:
        path = self.host.session.path
        folder = path.parent if path is not None else Path.home()
        base = path.name.split(".")[0] if path is not None else "release"
        return str(folder / f"{base}{suffix}")

    def print_release(self) -> bool:
        """Ask the system's print dialog, then print; True when something was printed."""
        from PySide6.QtPrintSupport import QPrinter

        from app.gui.printing.pdf import print_release

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.host.session.release.headline or self.host.session.display_name())
        if not self.host.dialogs.ask_print(printer):
            return False
        print_release(self.host.session.release, printer)
        self.host.show_status(self.tr("Sent to the printer"), STATUS_MS)
        return True

    def export_pdf(self) -> Path | None:
        """Ask where, then write the reading layout as PDF; the path written, or None."""
        from app.gui.printing.pdf import release_pdf

        path = self.host.dialogs.get_export_path(self._suggested(".pdf"), self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        path = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, release_pdf(self.host.session.release))
        except OSError as exc:
            self.host.dialogs.show_error(self.tr("Cannot export"),
                                         self.tr("{path}: {error}").format(path=path, error=os_error_text(exc)))
            return None
        self.host.show_status(self.tr("Exported {name}").format(name=path.name), STATUS_MS)
        return path

    def export_briefing_pdf(self) -> bool:
        """Ask where, then have LibreOffice make the note's PDF in a worker; False when it cannot start."""
        from app.formats.briefing_pdf import MISSING_HINT, office_program

        if office_program() is None:
            self.host.dialogs.show_error(
                self.tr("Cannot export the briefing note as PDF"),
                self.tr("LibreOffice is not installed; {hint}.").format(hint=MISSING_HINT))
            return False
        path = self.host.dialogs.get_export_path(self._suggested("-briefing.pdf"), self.tr("PDF (*.pdf)"))
        if path is None or self._then is not None:
            return False
        release = copy.deepcopy(self.host.session.release)
        template = self.host.preferences.briefing_template
        self.briefing_action.setEnabled(False)
        self.host.show_status(self.tr("LibreOffice is making the briefing note's PDF…"))
        self._then = lambda result: self._briefing_done(path, result)
        self._pool.start(_Task(lambda: briefing_pdf(release, template), self._mailbox))
        return True

    def _briefing_done(self, path: Path, result: object) -> None:
        self.briefing_action.setEnabled(True)
        try:
            if isinstance(result, FormatError):
                raise result
            if isinstance(result, Exception):
                raise FormatError(str(result), source="briefing note")
            atomic_write(path, result)  # type: ignore[arg-type]
        except FormatError as exc:
            self.host.show_status("")
            self.host.dialogs.show_error(self.tr("Cannot export the briefing note as PDF"), str(exc))
            return
        except OSError as exc:
            self.host.show_status("")
            self.host.dialogs.show_error(self.tr("Cannot export"),
                                         self.tr("{path}: {error}").format(path=path, error=os_error_text(exc)))
            return
        self.host.show_status(self.tr("Exported {name}").format(name=path.name), STATUS_MS)

    def _delivered(self, result: object) -> None:
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def shutdown(self) -> None:
        self._pool.waitForDone()


def install_printing(host: FeatureHost) -> Printing:
    """File > Print…, Export PDF… and Export Briefing Note as PDF…, before Close."""
    printing = Printing(host)
    host.menus.insert("file", printing.actions(), before="file.close", separator=True)
    return printing
