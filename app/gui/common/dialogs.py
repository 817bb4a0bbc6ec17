"""Every question the window asks the user, in one object tests can replace.

The window calls only these methods; a test swaps in a stub with canned
answers and drives the real actions.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def open_filter() -> str:
    return QCoreApplication.translate(
        "Dialogs",
        "Releases (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;"
        "Plain text (*.txt *.text);;Word drafts (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;"
        "NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;All files (*)",
    )


def save_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Release XML (*.release.xml);;Plain text (*.txt)")


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
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
        text = QCoreApplication.translate("Dialogs", "Save the changes to “{name}” before closing?")
        box.setText(text.format(name=name))
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "Your changes will be lost if you don't save them.")
        )
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
        title = QCoreApplication.translate("Dialogs", "Open release")
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, open_filter())
        return Path(name) if name else None

    def get_save_path(self, suggested: str) -> Path | None:
        title = QCoreApplication.translate("Dialogs", "Save release as")
        name, chosen = QFileDialog.getSaveFileName(self.parent, title, suggested, save_filter())
        if not name:
            return None
        path = Path(name)
        if "." not in path.name:
            text_chosen = chosen.endswith("(*.txt)")  # the filter's pattern, whatever the language of its name
            path = path.with_name(path.name + (".txt" if text_chosen else ".release.xml"))
        return path

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def ask_recover(self, original: str | None, saved_at: str) -> bool:
        if original:
            what = QCoreApplication.translate("Dialogs", "“{name}”").format(name=original)
        else:
            what = QCoreApplication.translate("Dialogs", "an untitled release")
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Dialogs", "Recover unsaved work"),
            QCoreApplication.translate(
                "Dialogs",
                "Release Desk closed unexpectedly while you were editing {what}.\n"
                "An automatic copy from {saved_at} was kept. Recover it?",
            ).format(what=what, saved_at=saved_at),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_overwrite_changed_on_disk(self, path: str) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            QCoreApplication.translate("Dialogs", "File changed on disk"),
            QCoreApplication.translate(
                "Dialogs",
                "“{path}” was changed by another program since you opened it.\n"
                "Overwrite it with your version? Choose No to keep the file and use Save As instead.",
            ).format(path=path),
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
        title = QCoreApplication.translate("Dialogs", "Export to")
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return Path(name) if name else None

    def get_template_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Dialogs", "Briefing template"),
            folder,
            QCoreApplication.translate("Dialogs", "Word documents (*.docx)"),
        )
        return Path(name) if name else None

    def ask_replace_file(self, path: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Dialogs", "Replace file"),
            QCoreApplication.translate("Dialogs", "“{path}” already exists. Replace it?").format(path=path),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_export_invalid(self, path: str, errors: int, first: str) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            QCoreApplication.translate("Dialogs", "The release is not valid"),
            # a count with no noun to agree with: lupdate reads no plural forms from translate()
            QCoreApplication.translate(
                "Dialogs",
                "Errors in the release: {count} (the first: {first}).\n"
                "A Release XML file with errors will be refused by archives. Export “{path}” anyway?",
            ).format(count=errors, first=first, path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- workflow (see workflow/) -------------------------------------------------------

    def ask_approve_with_errors(self, errors: list[str]) -> bool:
        """True when the user approves a release although validation lists ``errors``."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Approve with errors?"),
                          QCoreApplication.translate("Dialogs", "An approved release should have no errors. "
                                                                "Errors found: {count}.").format(count=len(errors)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText("\n".join(f"• {e}" for e in errors[:8]) + "\n\n" + QCoreApplication.translate(
            "Dialogs", "Approve it anyway?"))
        if len(errors) > 8:
            box.setDetailedText("\n".join(errors))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- templates (see templates/) ----------------------------------------------------

    def ask_template_name(self, title: str, suggested: str) -> str | None:
        """A template's name; None when cancelled."""
        name, ok = QInputDialog.getText(self.parent, title, QCoreApplication.translate("Dialogs", "Template name:"),
                                        text=suggested)
        return name.strip() if ok and name.strip() else None

    def ask_delete_template(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Dialogs", "Delete template"),
            QCoreApplication.translate("Dialogs", "Delete the template “{name}”? Releases made from it keep "
                                                  "their text.").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- print and compare (see printing/actions.py, revisions/) ------------------------

    def ask_print(self, printer: object) -> bool:
        """The system's print dialog for ``printer`` (a QPrinter); True when the user chose Print."""
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        dialog = QPrintDialog(printer, self.parent)  # type: ignore[arg-type]
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Print release"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def get_compare_path(self, folder: str) -> Path | None:
        title = QCoreApplication.translate("Dialogs", "Compare with release")
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, open_filter())
        return Path(name) if name else None

    # -- counts (see counts/) ----------------------------------------------------------

    def ask_target_words(self, current: int) -> int | None:
        """The body's target length in words (0 for none); None when cancelled."""
        value, ok = QInputDialog.getInt(
            self.parent,
            QCoreApplication.translate("Dialogs", "Body target length"),
            QCoreApplication.translate("Dialogs", "Words the body should have (0 for no target):"),
            current, 0, 100000, 50,
        )
        return value if ok else None

    # -- help (see help.py) ---------------------------------------------------------

    def open_url(self, url: QUrl) -> bool:
        """Open a local file or a link in the program the system picks for it."""
        return QDesktopServices.openUrl(url)

    def show_about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)
