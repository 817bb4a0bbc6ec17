"""File > Export…: the dialog's choice written to disk, off the UI thread.

A DOCX of 5,000 paragraphs takes a while, so serialising, validating and the
atomic write run in a worker thread, with a busy bar in the status bar; the
release goes there as a deep copy so the user may keep editing. Release XML is
validated first: a file with errors is written only when the user says so.
Every question and every message goes through the window's Dialogs seam.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressBar

from app.fileio import atomic_write
from app.formats.errors import FormatError
from app.gui.common.background import Mailbox as _Mailbox
from app.gui.common.background import Task as _Task
from app.gui.common.commands import SetFields
from app.gui.common.i18n import english_plural, file_error_text, os_error_text
from app.gui.export.briefing_template import BriefingTemplate

if TYPE_CHECKING:
    from app.formats.docx_briefing import BriefingOptions
    from app.gui.export.dialog import ExportChoice, ExportDialog
    from app.gui.services import FeatureHost
    from app.model import Release

# The dialog, its previews and the writers load on the first File > Export…: the window paints sooner.

log = logging.getLogger(__name__)


def serialise(release: Release, fmt: str, options: BriefingOptions) -> tuple[bytes, list[str]]:
    """The file's bytes and the writer's warnings (characters XML cannot carry, stripped)."""
    from app.formats import FORMATS

    if fmt == "docx":
        from app.formats import docx_briefing

        return docx_briefing.write(release, options), []
    module = FORMATS[fmt]._load()
    with_warnings = getattr(module, "write_with_warnings", None)
    if with_warnings is not None:
        return with_warnings(release)  # type: ignore[no-any-return]
    return FORMATS[fmt].writer()(release), []


def count_errors(release: Release) -> tuple[int, str]:
    """How many errors validation finds, and the first one's message."""
    from app.validation import validate_release

    errors = [i for i in validate_release(release) if i.severity == "error"]
    return len(errors), (errors[0].message if errors else "")


class Exporter(QObject):
    """Owns File > Export… and the write behind it; ``finished(path)`` or ``failed(message)`` after each."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        window = host.window
        self.dialog: ExportDialog | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._then: Callable[[object], None] | None = None
        self._mailbox = _Mailbox(self)
        self._mailbox.done.connect(self._delivered)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no percentage to tell: a busy indicator
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Export in progress"))
        self.busy_bar.hide()
        host.status_bar.addWidget(self.busy_bar)
        self.action = QAction(self.tr("&Export…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip(
            self.tr("Export a briefing note (DOCX), NITF, NewsML-G2, ninjs, plain text or Release XML"))
        self.action.triggered.connect(self.open_dialog)
        self.template = BriefingTemplate(host)  # Settings > Briefing Template…: what the note is written from

    # -- the dialog -----------------------------------------------------------

    def open_dialog(self) -> ExportDialog:
        """Show the export dialog (window-modal, not blocking); its Export button starts the write."""
        from app.gui.export.dialog import ExportDialog

        w = self.host
        source = w.session.path
        folder = source.parent if source is not None else Path.home()
        base = source.name.split(".")[0] if source is not None else "release"
        template = w.preferences.briefing_template
        self.dialog = ExportDialog(copy.deepcopy(w.session.release), w.dialogs, folder=folder, base_name=base,
                                   template=Path(template) if template else None, parent=w.window)
        self.dialog.accepted.connect(self._dialog_accepted)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.open()
        return self.dialog

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _dialog_accepted(self) -> None:
        from app.gui.export.dialog import ExportDialog

        dialog = self.sender()
        if isinstance(dialog, ExportDialog):
            choice = dialog.choice()
            self._keep_purpose(choice)
            self.export(choice, dialog.release)

    def _keep_purpose(self, choice: ExportChoice) -> None:
        """A purpose line the officer wrote for a briefing note is the release's from now on (one undo step), so
        the next note, and a template saved from this release, start from it."""
        from app.formats.docx_briefing import DEFAULT_PURPOSE, BriefingOptions

        if choice.fmt != "docx" or not isinstance(choice.options, BriefingOptions):
            return
        session = self.host.session
        old = session.release.briefing_purpose
        new = None if choice.options.purpose == DEFAULT_PURPOSE else choice.options.purpose
        if new != old and not (new is None and old is None):
            session.undo_stack.push(SetFields(session, {"briefing_purpose": (old, new)},
                                              self.tr("Set the briefing note's purpose"), merge=False))

    # -- the write ------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._then is not None

    def export(self, choice: ExportChoice, release: Release) -> None:
        """Serialise (and for XML validate), ask if the release has errors, then write atomically."""
        if self.is_busy():
            self.host.dialogs.show_error(
                self.tr("Cannot export"), self.tr("An export is still running; try again when it is done.")
            )
            return
        path = choice.path.resolve()
        if path == self.host.session.path:  # the open file is saved with Save, which checks the disk first
            self.host.dialogs.show_error(
                self.tr("Cannot export"),
                self.tr("{path}: this is the open release's own file; use Save").format(path=path),
            )
            return
        validate = choice.fmt == "xml"

        def prepare() -> tuple[bytes, list[str], int, str]:
            data, warnings = serialise(release, choice.fmt, choice.options)
            errors, first = count_errors(release) if validate else (0, "")
            return data, warnings, errors, first

        self._busy(self.tr("Exporting to {name}…").format(name=path.name))
        self._start(prepare, lambda result: self._prepared(path, result))

    def _prepared(self, path: Path, result: object) -> None:
        if self._failed(path, result):
            return
        data, warnings, errors, first = result  # type: ignore[misc]
        if errors and not self.host.dialogs.ask_export_invalid(str(path), errors, first):
            self._idle(english_plural(self.tr("Not exported: the release has %n error(s)", "", errors), errors))
            self.failed.emit(self.tr("{path}: not exported, the release is not valid").format(path=path))
            return
        self._start(lambda: atomic_write(path, data), lambda done: self._written(path, warnings, done))

    def _written(self, path: Path, warnings: list[str], result: object) -> None:
        if self._failed(path, result):
            return
        self._idle(self.tr("Exported to {name}").format(name=path.name))
        if warnings:
            self.host.dialogs.show_warnings(
                self.tr("Exported with changes"), self.tr("{name} was written, but:").format(name=path.name), warnings
            )
        self.finished.emit(str(path))

    def _failed(self, path: Path, result: object) -> bool:
        if not isinstance(result, Exception):
            return False
        if isinstance(result, FormatError):
            message = file_error_text(result)
        elif isinstance(result, OSError):
            message = self.tr("{path}: cannot write: {error}").format(path=path, error=os_error_text(result))
        else:  # a writer's bug: the user gets the file and the gist, the log the traceback
            log.error("exporting %s failed", path, exc_info=result)
            message = self.tr("{path}: the export failed ({error})").format(path=path, error=result)
        self._idle(self.tr("Not exported: {name}").format(name=path.name))
        self.host.dialogs.show_error(self.tr("Cannot export"), message)
        self.failed.emit(message)
        return True

    # -- plumbing -------------------------------------------------------------

    def _start(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        self._then = then
        self._pool.start(_Task(work, self._mailbox))

    def _delivered(self, result: object) -> None:
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def _busy(self, message: str) -> None:
        self.action.setEnabled(False)
        self.busy_bar.show()
        self.host.show_status(message)

    def _idle(self, message: str) -> None:
        self.action.setEnabled(True)
        self.busy_bar.hide()
        self.host.show_status(message, 6000)

    def shutdown(self) -> None:
        self._pool.waitForDone()


def install_export(host: FeatureHost) -> Exporter:
    """Add File > Export… and Settings > Briefing Template…; the exporter that runs them."""
    exporter = Exporter(host)
    host.menus.insert("file", [exporter.action], before="file.close", separator=True)  # after Save As
    host.menus.insert("settings", exporter.template.actions())
    return exporter
