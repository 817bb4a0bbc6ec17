"""The Validation panel: one row per issue (severity, field, message); a click goes to the field."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

_PATH = re.compile(r"^(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?")
_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ValidationPanel", "Headline"),
    "subheadline": QT_TRANSLATE_NOOP("ValidationPanel", "Subheadline"),
    "byline": QT_TRANSLATE_NOOP("ValidationPanel", "Byline"),
    "dateline": QT_TRANSLATE_NOOP("ValidationPanel", "Dateline"),
    "language": QT_TRANSLATE_NOOP("ValidationPanel", "Language"),
    "status": QT_TRANSLATE_NOOP("ValidationPanel", "Status"),
    "body": QT_TRANSLATE_NOOP("ValidationPanel", "Body"),
    "photo_credits": QT_TRANSLATE_NOOP("ValidationPanel", "Photo credits"),
    "contacts": QT_TRANSLATE_NOOP("ValidationPanel", "Contacts"),
    "keywords": QT_TRANSLATE_NOOP("ValidationPanel", "Keywords"),
    "subjects": QT_TRANSLATE_NOOP("ValidationPanel", "Subjects"),
    "abstract": QT_TRANSLATE_NOOP("ValidationPanel", "Summary"),
    "reference": QT_TRANSLATE_NOOP("ValidationPanel", "Reference"),
    "embargo": QT_TRANSLATE_NOOP("ValidationPanel", "Embargo"),
    "boilerplate": QT_TRANSLATE_NOOP("ValidationPanel", "Notes to editors"),
    "place": QT_TRANSLATE_NOOP("ValidationPanel", "place"),
    "date": QT_TRANSLATE_NOOP("ValidationPanel", "date"),
    "name": QT_TRANSLATE_NOOP("ValidationPanel", "name"),
    "title": QT_TRANSLATE_NOOP("ValidationPanel", "title"),
    "organisation": QT_TRANSLATE_NOOP("ValidationPanel", "organisation"),
    "email": QT_TRANSLATE_NOOP("ValidationPanel", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ValidationPanel", "phone"),
}
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("ValidationPanel", "Error"),
    "warning": QT_TRANSLATE_NOOP("ValidationPanel", "Warning"),
    "info": QT_TRANSLATE_NOOP("ValidationPanel", "Info"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValidationPanel", text)


def _name(key: str, fallback: str) -> str:
    return _tr(_NAMES[key]) if key in _NAMES else fallback
FIELD_ROLE = Qt.ItemDataRole.UserRole


def field_label(path: str | None) -> str:
    """'contacts[1].email' -> 'Contact 2 e-mail', 'body[2]' -> 'Paragraph 3'."""
    match = _PATH.match(path or "")
    if not match:
        return path or QCoreApplication.translate("ValidationPanel", "Release")
    name, index, sub = match.group("name"), match.group("index"), match.group("sub")
    if name == "body" and index is not None:
        label = QCoreApplication.translate("ValidationPanel", "Paragraph {number}").format(number=int(index) + 1)
    elif name == "contacts" and index is not None:
        label = QCoreApplication.translate("ValidationPanel", "Contact {number}").format(number=int(index) + 1)
    else:
        label = _name(name, name.replace("_", " ").capitalize())
    if sub:
        label += " " + _name(sub, sub.replace("_", " "))
    return label


class ValidationPanel(QTreeWidget):
    issue_chosen = Signal(str)  # the form path of the issue's field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Validation issues"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Severity"), self.tr("Field"), self.tr("Message")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setColumnWidth(0, 110)
        self.setColumnWidth(1, 150)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.issues: list[object] = []

    def set_issues(self, issues: list[object]) -> None:
        from PySide6.QtWidgets import QStyle  # a costly type (many enums): made with the first issues, not at start

        self.issues = list(issues)
        self.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for issue in self.issues:
            severity = str(getattr(issue, "severity", "error"))
            field = getattr(issue, "field", None) or ""
            message = str(getattr(issue, "message", issue))
            shown = _tr(SEVERITIES[severity]) if severity in SEVERITIES else severity.capitalize()
            item = QTreeWidgetItem([shown, field_label(field), message])
            item.setIcon(0, icons.get(severity, info))
            item.setData(0, FIELD_ROLE, field)
            item.setToolTip(2, message)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{shown}: {field_label(field)}: {message}")
            self.addTopLevelItem(item)
        if self.issues:
            self.setCurrentItem(None)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        field = item.data(0, FIELD_ROLE)
        if field:
            self.issue_chosen.emit(str(field))
