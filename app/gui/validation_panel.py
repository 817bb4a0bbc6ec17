"""The Validation panel: one row per issue (severity, field, message); a click goes to the field."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

_PATH = re.compile(r"^(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?")
_NAMES = {
    "headline": "Headline",
    "subheadline": "Subheadline",
    "dateline": "Dateline",
    "language": "Language",
    "status": "Status",
    "body": "Body",
    "photo_credits": "Photo credits",
    "contacts": "Contacts",
    "keywords": "Keywords",
    "email": "e-mail",
}
FIELD_ROLE = Qt.ItemDataRole.UserRole


def field_label(path: str | None) -> str:
    """'contacts[1].email' -> 'Contact 2 e-mail', 'body[2]' -> 'Paragraph 3'."""
    match = _PATH.match(path or "")
    if not match:
        return path or "Release"
    name, index, sub = match.group("name"), match.group("index"), match.group("sub")
    if name == "body" and index is not None:
        label = f"Paragraph {int(index) + 1}"
    elif name == "contacts" and index is not None:
        label = f"Contact {int(index) + 1}"
    else:
        label = _NAMES.get(name, name.replace("_", " ").capitalize())
    if sub:
        label += " " + _NAMES.get(sub, sub.replace("_", " "))
    return label


class ValidationPanel(QTreeWidget):
    issue_chosen = Signal(str)  # the form path of the issue's field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Validation issues")
        self.setColumnCount(3)
        self.setHeaderLabels(["Severity", "Field", "Message"])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setColumnWidth(0, 110)
        self.setColumnWidth(1, 150)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.issues: list[object] = []

    def set_issues(self, issues: list[object]) -> None:
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
            item = QTreeWidgetItem([severity.capitalize(), field_label(field), message])
            item.setIcon(0, icons.get(severity, info))
            item.setData(0, FIELD_ROLE, field)
            item.setToolTip(2, message)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {field_label(field)}: {message}")
            self.addTopLevelItem(item)
        if self.issues:
            self.setCurrentItem(None)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        field = item.data(0, FIELD_ROLE)
        if field:
            self.issue_chosen.emit(str(field))
