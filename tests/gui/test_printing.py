"""File > Print…, Export PDF… and Export Briefing Note as PDF…, driven through the real menu actions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from app.gui.window.mainwindow import MainWindow
from app.model import Contact, Dateline, Paragraph, Release
from tests.gui.desk_stubs import StubDeskDialogs

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture
def dialogs() -> StubDeskDialogs:
    return StubDeskDialogs()


def _release() -> Release:
    return Release(
        id="ferry", headline="Island ferry adds a winter crossing", subheadline="Four sailings a day",
        dateline=Dateline("KIRKWALL", None, "KIRKWALL, 1 October 2024 -"),
        body=[Paragraph("p1", "The ferry will sail four times a day from October."),
              Paragraph("p2", "Bicycles travel free on every crossing.")],
        contacts=[Contact(name="Ines Halvorsen", email="ines@ferry.example")],
    )


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode().split())


def _file_action(window: MainWindow, text: str):
    return next(a for a in window.menus.menu("file").actions() if a.text().replace("&", "") == text)


@needs_poppler
def test_print_goes_through_the_print_dialog_to_the_chosen_printer(window: MainWindow, dialogs, tmp_path) -> None:
    """File > Print… asks the system's print dialog; printing to a PDF file gives every part of the release."""
    window.session.load(_release(), None, None)
    dialogs.print_to = tmp_path / "printed.pdf"
    action = _file_action(window, "Print…")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    assert ("print", "Island ferry adds a winter crossing") in dialogs.asked
    text = _text(tmp_path / "printed.pdf")
    for piece in ("Island ferry adds a winter crossing", "Four sailings a day", "KIRKWALL, 1 October 2024 -",
                  "The ferry will sail four times a day from October.", "Bicycles travel free on every crossing.",
                  "Ines Halvorsen", "ines@ferry.example"):
        assert piece in text


def test_cancelling_the_print_dialog_prints_nothing(window: MainWindow, dialogs) -> None:
    """Cancel in the print dialog prints nothing and says nothing."""
    window.session.load(_release(), None, None)
    assert window.printing.print_release() is False
    assert window.statusBar().currentMessage() == ""


@needs_poppler
def test_export_pdf_writes_the_reading_layout(window: MainWindow, dialogs, tmp_path) -> None:
    """File > Export PDF… writes a PDF of the release where the user chose, adding .pdf when left out."""
    window.session.load(_release(), None, None)
    dialogs.export_paths.append(tmp_path / "ferry")
    _file_action(window, "Export PDF…").trigger()
    out = tmp_path / "ferry.pdf"
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Bicycles travel free on every crossing." in _text(out)
    assert "ferry.pdf" in window.statusBar().currentMessage()


def test_export_pdf_into_a_missing_folder_says_why(window: MainWindow, dialogs, tmp_path) -> None:
    """A PDF that cannot be written gives an error naming the file, and the release stays open."""
    window.session.load(_release(), None, None)
    dialogs.export_paths.append(tmp_path / "no-such-folder" / "ferry.pdf")
    _file_action(window, "Export PDF…").trigger()
    assert dialogs.errors
    assert "no-such-folder" in dialogs.errors[0][1]
    assert window.session.release.headline == "Island ferry adds a winter crossing"


def test_briefing_pdf_without_libreoffice_says_what_to_install(window: MainWindow, dialogs, monkeypatch,
                                                               tmp_path) -> None:
    """Without LibreOffice, Export Briefing Note as PDF… says what to install and asks for no file."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    window.session.load(_release(), None, None)
    _file_action(window, "Export Briefing Note as PDF…").trigger()
    assert dialogs.errors
    assert "LibreOffice is not installed" in dialogs.errors[0][1]
    assert not any(kind == "export_to" for kind, _ in dialogs.asked)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_briefing_note_pdf_is_made_by_libreoffice(window: MainWindow, dialogs, tmp_path, qtbot) -> None:
    """Export Briefing Note as PDF… writes the note's PDF in the background, with the release's headline."""
    window.session.load(_release(), None, None)
    dialogs.export_paths.append(tmp_path / "note.pdf")
    _file_action(window, "Export Briefing Note as PDF…").trigger()
    qtbot.waitUntil((tmp_path / "note.pdf").exists, timeout=180_000)
    assert "Island ferry adds a winter crossing" in _text(tmp_path / "note.pdf")
    assert not dialogs.errors
