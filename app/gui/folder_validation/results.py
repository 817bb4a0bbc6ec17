"""The Validate Folder window's table: one row per file as batches arrive, and the filter over it."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.gui.widgets.validation_panel import SEVERITIES
from app.validation import batch
from app.validation.intake import shown_path

# The verdicts as a person reads them; the data, the filter and the reports keep the English keys.
VERDICT_NAMES = {
    "valid": QT_TRANSLATE_NOOP("ResultsModel", "valid"),
    "invalid": QT_TRANSLATE_NOOP("ResultsModel", "invalid"),
    "not-well-formed": QT_TRANSLATE_NOOP("ResultsModel", "not-well-formed"),
    "unreadable": QT_TRANSLATE_NOOP("ResultsModel", "unreadable"),
    "refused-unsafe": QT_TRANSLATE_NOOP("ResultsModel", "refused (unsafe)"),
    "unchecked": QT_TRANSLATE_NOOP("ResultsModel", "unchecked"),
}
_Index = QModelIndex | QPersistentModelIndex

class ResultsModel(QAbstractTableModel):
    """One row per file, appended as batches arrive; the roles give sortable numbers."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ResultsModel", "File"),
        QT_TRANSLATE_NOOP("ResultsModel", "Verdict"),
        QT_TRANSLATE_NOOP("ResultsModel", "Errors"),
        QT_TRANSLATE_NOOP("ResultsModel", "Warnings"),
        QT_TRANSLATE_NOOP("ResultsModel", "First issue"),
    )
    _ORDER: ClassVar[dict[str, int]] = {v: i for i, v in enumerate(("unreadable", "refused-unsafe",
                                                                      "not-well-formed", "invalid",
                                                                      "unchecked", "valid"))}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[batch.FileResult] = []
        self.root = ""

    def clear(self, root: str = "") -> None:
        self.beginResetModel()
        self.results = []
        self.root = root
        self.endResetModel()

    def append(self, results: list[batch.FileResult]) -> None:
        if not results:
            return
        first = len(self.results)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self.results.extend(results)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ResultsModel", self.COLUMNS[section])
        return None

    def display_path(self, result: batch.FileResult) -> str:
        path = shown_path(result.path)  # a name that is not UTF-8 is shown escaped, as the reports write it
        root = shown_path(self.root) if self.root else ""
        if root and path.startswith(root):
            return path[len(root):].lstrip("/\\") or path
        return path

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.display_path(result),
                verdict_name(result.verdict),
                result.errors,
                result.warnings,
                self.first_issue(result),
            )[column]
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return (self.display_path(result), self._ORDER[result.verdict], result.errors, result.warnings,
                    result.issues[0].code if result.issues else "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and result.issues:
            return "\n".join(self.tr("{severity}: {message}").format(severity=severity_name(i.severity),
                                                                     message=i.message)
                             for i in result.issues[:20])
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and result.verdict not in ("valid", "unchecked"):
            return QColor("#b03000") if result.verdict == "invalid" else QColor("#c00000")
        return None


    def first_issue(self, result: batch.FileResult) -> str:
        if not result.issues:
            return ""
        first = result.issues[0]
        if not first.line:
            return first.message
        return self.tr("line {line}: {message}").format(line=first.line, message=first.message)


def verdict_name(verdict: str) -> str:
    return QCoreApplication.translate("ResultsModel", VERDICT_NAMES.get(verdict, verdict))


def severity_name(severity: str) -> str:
    return QCoreApplication.translate("ValidationPanel", SEVERITIES.get(severity, severity))


class ResultsFilter(QSortFilterProxyModel):
    """Filters by verdict ("problems" = anything not valid) and by a piece of the file name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = ""
        self.text = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setDynamicSortFilter(True)

    def set_filter(self, verdict: str, text: str) -> None:
        self.verdict, self.text = verdict, text.casefold()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ResultsModel)
        result = model.results[source_row]
        if self.verdict == "problems" and result.verdict == "valid":
            return False
        if self.verdict not in ("", "problems") and result.verdict != self.verdict:
            return False
        return not self.text or self.text in model.display_path(result).casefold()
