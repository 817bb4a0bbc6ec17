"""Page 1 of the briefing note as LibreOffice lays it out, for the export dialog's preview.

The note is converted to PDF by ``soffice --headless`` (with a throwaway user
profile, so a LibreOffice the user has open is not disturbed) and the first
page rasterised by ``pdftoppm``; Qt's PDF module is not in PySide6-Essentials.
Both run as QProcesses, so the window stays responsive and closing the dialog
stops them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QImage

from app.gui.common.i18n import english_plural

TOOLS = ("soffice", "pdftoppm")
TIMEOUT_MS = 180_000  # LibreOffice's first start with a fresh profile takes a while


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class OfficeRenderer(QObject):
    """``start(docx)``; then ``rendered(image)`` or ``failed(message)``."""

    rendered = Signal(QImage)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, dpi: int = 80) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self._work: tempfile.TemporaryDirectory[str] | None = None
        self._process: QProcess | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(TIMEOUT_MS)
        self._deadline.timeout.connect(self._too_slow)

    def is_running(self) -> bool:
        return self._process is not None

    def start(self, note: bytes) -> None:
        self.cancel()
        missing = missing_tools()
        if missing:
            programs = self.tr(" and ").join(missing)
            self.failed.emit(self.tr("Cannot render: {programs} not installed").format(programs=programs))
            return
        self._work = tempfile.TemporaryDirectory(prefix="release-desk-render-")
        work = Path(self._work.name)
        (work / "note.docx").write_bytes(note)
        self._deadline.start()
        self._run("soffice", [f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                              "--convert-to", "pdf", "--outdir", str(work), str(work / "note.docx")], self._converted)

    def cancel(self) -> None:
        self._deadline.stop()
        if self._process is not None:
            process, self._process = self._process, None
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()
        if self._work is not None:
            self._work.cleanup()
            self._work = None

    def _run(self, program: str, args: list[str], then: object) -> None:
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(then)  # type: ignore[arg-type]
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start(program, args)

    def _converted(self) -> None:
        if not self._succeeded(self.tr("LibreOffice could not convert the note")):
            return
        work = Path(self._work.name)  # type: ignore[union-attr]
        self._run("pdftoppm", ["-png", "-r", str(self.dpi), "-f", "1", "-l", "1", "-singlefile",
                               str(work / "note.pdf"), str(work / "page")], self._rasterised)

    def _rasterised(self) -> None:
        if not self._succeeded(self.tr("pdftoppm could not draw the page")):
            return
        image = QImage(str(Path(self._work.name) / "page.png"))  # type: ignore[union-attr]
        self.cancel()
        if image.isNull():
            self.failed.emit(self.tr("Cannot render: LibreOffice wrote no page"))
        else:
            self.rendered.emit(image)

    def _succeeded(self, what: str) -> bool:
        process = self._process
        if process is None:
            return False
        if process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0:
            process.deleteLater()
            return True
        output = bytes(process.readAll().data()).decode(errors="replace").strip().splitlines()
        self.cancel()
        self.failed.emit(self.tr("Cannot render: {error}").format(error=what) + (f" ({output[-1]})" if output else ""))
        return False

    def _too_slow(self) -> None:
        self.cancel()
        minutes = TIMEOUT_MS // 60_000
        self.failed.emit(
            english_plural(self.tr("Cannot render: LibreOffice took longer than %n minute(s)", "", minutes), minutes)
        )

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            program = self._process.program()
            self.cancel()
            self.failed.emit(self.tr("Cannot render: {program} did not start").format(program=program))
