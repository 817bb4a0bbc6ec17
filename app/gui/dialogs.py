"""Every question the window asks the user, in one object tests can replace.

The window calls only these methods; a test swaps in a stub with canned
answers and drives the real actions.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

OPEN_FILTER = (
    "Releases (*.txt *.text *.xml *.docx *.nitf);;Release XML (*.release.xml *.xml);;Plain text (*.txt *.text);;"
    "Word drafts (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;All files (*)"
)
SAVE_FILTER = "Release XML (*.release.xml);;Plain text (*.txt)"


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs:
    """The real, modal dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str) -> Answer:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to “{name}” before closing?")
        box.setInformativeText("Your changes will be lost if you don't save them.")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        result = box.exec()
        if result == buttons.Save:
            return Answer.SAVE
        if result == buttons.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def get_open_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Open release", folder, OPEN_FILTER)
        return Path(name) if name else None

    def get_save_path(self, suggested: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(self.parent, "Save release as", suggested, SAVE_FILTER)
        if not name:
            return None
        path = Path(name)
        if "." not in path.name:
            path = path.with_name(path.name + (".txt" if "text" in chosen.lower() else ".release.xml"))
        return path

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def ask_recover(self, original: str | None, saved_at: str) -> bool:
        what = f"“{original}”" if original else "an untitled release"
        answer = QMessageBox.question(
            self.parent,
            "Recover unsaved work",
            f"Release Desk closed unexpectedly while you were editing {what}.\n"
            f"An automatic copy from {saved_at} was kept. Recover it?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_overwrite_changed_on_disk(self, path: str) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            "File changed on disk",
            f"“{path}” was changed by another program since you opened it.\n"
            "Overwrite it with your version? Choose No to keep the file and use Save As instead.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- exports, imports, the briefing template (see export.py) ------------------

    def show_warnings(self, title: str, message: str, warnings: list[str]) -> None:
        """Non-modal: the user reads it beside the document and closes it when done."""
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Close, self.parent)
        box.setInformativeText("\n".join(f"• {w}" for w in warnings[:8]))
        if len(warnings) > 8:
            box.setDetailedText("\n".join(warnings))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def get_export_path(self, suggested: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Export to", suggested, name_filter)
        return Path(name) if name else None

    def get_template_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Briefing template", folder, "Word documents (*.docx)")
        return Path(name) if name else None

    def ask_replace_file(self, path: str) -> bool:
        answer = QMessageBox.question(self.parent, "Replace file", f"“{path}” already exists. Replace it?")
        return answer == QMessageBox.StandardButton.Yes

    def ask_export_invalid(self, path: str, errors: int, first: str) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            "The release is not valid",
            f"The release has {errors} error{'s' * (errors != 1)} (the first: {first}).\n"
            f"A Release XML file with errors will be refused by archives. Export “{path}” anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
