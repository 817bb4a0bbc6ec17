"""The reading layout of a release as PDF bytes, with page numbers, through QPdfWriter (QtGui only).

``QTextDocument.print_`` paginates a copy of the document for the page size,
with a 2 cm margin and the page number at the foot of each page. The command
line has no window: it starts a QGuiApplication on the offscreen platform when
no application exists and no display is set.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from app.gui.printing.document import reading_document
from app.model import Release

_KEEP: list[QGuiApplication] = []  # the application a headless caller got from us lives until exit


def ensure_gui_application() -> None:
    """A QGuiApplication for fonts and painting; offscreen when there is no display to connect to."""
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _KEEP.append(QGuiApplication(["release-desk"]))


def print_release(release: Release, device: QPagedPaintDevice) -> None:
    """Lay ``release`` out on ``device`` (a QPdfWriter or a QPrinter), page numbers at the foot."""
    reading_document(release).print_(device)


def release_pdf(release: Release) -> bytes:
    """The release as a PDF on A4."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(release.headline)
    writer.setCreator("Release Desk")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    print_release(release, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_pdf(release: Release, path: str) -> None:
    """Write the PDF to ``path`` atomically; OSError when it cannot be written."""
    from pathlib import Path

    from app.fileio import atomic_write

    atomic_write(Path(path), release_pdf(release))
