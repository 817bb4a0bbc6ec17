"""The questions the annotation features ask (a name, a comment, a vocabulary or subjects file), in one
replaceable object.

Kept apart from dialogs.py so the window's file dialogs and these grow
independently; tests swap in a stub with canned answers, like ``Dialogs``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget


class AnnotationDialogs:
    """The real, modal dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        """A one-line answer (a tag's normalised name); None when cancelled."""
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_comment(self, title: str, label: str) -> str | None:
        """The text of a comment or reply; None when cancelled or left empty."""
        value, ok = QInputDialog.getMultiLineText(self.parent, title, label)
        return value.strip() if ok and value.strip() else None

    def _open_path(self, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(Path.home()), name_filter)
        return Path(name) if name else None

    def get_vocabulary_path(self) -> Path | None:
        return self._open_path(
            QCoreApplication.translate("AnnotationDialogs", "Load vocabulary"),
            QCoreApplication.translate(
                "AnnotationDialogs",
                "Vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)",
            ),
        )

    def get_subjects_path(self) -> Path | None:
        return self._open_path(
            QCoreApplication.translate("AnnotationDialogs", "Load subjects"),
            QCoreApplication.translate(
                "AnnotationDialogs",
                "Subject vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;"
                "All files (*)",
            ),
        )
