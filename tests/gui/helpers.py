"""Shared by the GUI tests: stubbed dialogs and a sample release written for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from app.gui.common.dialogs import Answer
from app.model import Contact, Dateline, Entity, Paragraph, Release

PROJECT = Path(__file__).resolve().parents[2]
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"


class StubDialogs:
    """Canned answers for every question the window asks, and a record of what it asked."""

    def __init__(self) -> None:
        self.save_changes: list[Answer] = []
        self.open_paths: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        self.recover = True
        self.overwrite = False
        self.asked: list[tuple[str, object]] = []
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, list[str]]] = []  # title, warnings shown after opening or exporting
        self.export_paths: list[Path | None] = []
        self.template_paths: list[Path | None] = []
        self.export_invalid = False
        self.replace_file = True
        self.opened_urls: list[str] = []  # what Help > User Guide asked the system to open
        self.about: list[tuple[str, str]] = []
        self.open_url_works = True
        self.target_words: list[int | None] = []  # answers to Settings > Body Target Length…
        self.approve_with_errors = False  # the answer to "Approve with errors?"
        self.template_names: list[str | None] = []  # answers to "Template name:"
        self.delete_template = True

    def ask_save_changes(self, name: str) -> Answer:
        self.asked.append(("save_changes", name))
        return self.save_changes.pop(0) if self.save_changes else Answer.DISCARD

    def ask_target_words(self, current: int) -> int | None:
        self.asked.append(("target_words", current))
        return self.target_words.pop(0) if self.target_words else None

    def get_open_path(self, folder: str) -> Path | None:
        self.asked.append(("open", folder))
        return self.open_paths.pop(0) if self.open_paths else None

    def get_save_path(self, suggested: str) -> Path | None:
        self.asked.append(("save_as", suggested))
        return self.save_paths.pop(0) if self.save_paths else None

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def ask_recover(self, original: str | None, saved_at: str) -> bool:
        self.asked.append(("recover", original))
        return self.recover

    def ask_overwrite_changed_on_disk(self, path: str) -> bool:
        self.asked.append(("overwrite", path))
        return self.overwrite

    def show_warnings(self, title: str, message: str, warnings: list[str]) -> None:
        self.warnings.append((title, list(warnings)))

    def get_export_path(self, suggested: str, name_filter: str) -> Path | None:
        self.asked.append(("export_to", suggested))
        return self.export_paths.pop(0) if self.export_paths else None

    def get_template_path(self, folder: str) -> Path | None:
        self.asked.append(("template", folder))
        return self.template_paths.pop(0) if self.template_paths else None

    def ask_replace_file(self, path: str) -> bool:
        self.asked.append(("replace", path))
        return self.replace_file

    def ask_export_invalid(self, path: str, errors: int, first: str) -> bool:
        self.asked.append(("export_invalid", errors))
        return self.export_invalid

    def open_url(self, url: QUrl) -> bool:
        self.opened_urls.append(url.toLocalFile() or url.toString())
        return self.open_url_works

    def show_about(self, title: str, text: str) -> None:
        self.about.append((title, text))

    def ask_template_name(self, title: str, suggested: str) -> str | None:
        self.asked.append(("template_name", suggested))
        return self.template_names.pop(0) if self.template_names else None

    def ask_delete_template(self, name: str) -> bool:
        self.asked.append(("delete_template", name))
        return self.delete_template

    def ask_approve_with_errors(self, errors: list[str]) -> bool:
        self.asked.append(("approve_with_errors", list(errors)))
        return self.approve_with_errors


def sample_release() -> Release:
    """A small release with every field filled, written for these tests."""
    return Release(
        id="release",
        language="en",
        headline="Harbour city opens a repair café network",
        subheadline="Twelve workshops fix bicycles, radios and coats for free",
        dateline=Dateline("Lisbon", dt.date(2024, 3, 5), "LISBON, 5 March 2024 -"),
        body=[
            Paragraph(
                "p1", "The city council opened twelve repair cafés today.", [Entity("e1", "organisation", 4, 16)]
            ),
            Paragraph("p2", "Volunteers from the Tinkers Guild run the workshops."),
            Paragraph("p3", "The cafés open every Saturday morning."),
        ],
        photo_credits="City of Lisbon/R. Costa",
        contacts=[
            Contact(
                "Marta Reis", "Press officer", "City of Lisbon", "marta.reis@lisbon.example.org", "+351 21 000 0000"
            ),
            Contact("João Lima", "Coordinator", "Tinkers Guild", "joao@tinkers.example.org", None),
        ],
        keywords=["repair", "circular economy"],
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type any script as a keyboard layout would (QTest.keyClicks only knows Latin keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def painted_span(editor: QPlainTextEdit, paragraph: int, start: int, end: int) -> tuple[set[str], set[str]]:
    """The colours the user sees on the top pixel row of ``start:end`` of a body paragraph, and on the
    rows just under its baseline (where an underline goes), read from a grab of the editor's viewport."""
    block = editor.document().findBlockByNumber(paragraph)
    line = block.layout().lineForTextPosition(start)
    top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top() + line.y()
    x0 = editor.contentOffset().x() + line.cursorToX(start)[0]
    x1 = editor.contentOffset().x() + line.cursorToX(end)[0]
    image = editor.viewport().grab().toImage()
    xs = range(int(min(x0, x1)) + 1, int(max(x0, x1)) - 1)
    top_row = {image.pixelColor(x, int(top) + 1).name() for x in xs}
    base = top + line.ascent()
    under_rows = {image.pixelColor(x, int(base) + dy).name() for x in xs for dy in (2, 3)}
    return top_row, under_rows
