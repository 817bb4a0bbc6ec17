"""File > Revisions…: the saved revisions of the open release, compared and restored.

The list shows when each revision was saved and how many words it changed.
Select one to compare it with the current text, or two to compare them with
each other; Restore puts a revision's text back as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.revisions.compare_view import CompareView
from app.history import Revision


class RevisionsDialog(QDialog):
    """The list, the comparison under it, and Compare / Restore buttons."""

    compare_requested = Signal(list)  # one or two revision ids, oldest first
    restore_requested = Signal(int)

    def __init__(self, revisions: list[Revision], parent: QWidget | None = None,
                 when: Callable[[Revision], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisions"))
        self.setObjectName("revisions-dialog")
        self.resize(820, 640)
        self.when = when or (lambda r: r.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
        self.revisions = revisions
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Saved revisions"))
        self.list.setHeaderLabels([self.tr("Saved"), self.tr("Words changed"), self.tr("Words"), self.tr("File"),
                                   self.tr("Note")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for revision in revisions:
            item = QTreeWidgetItem([self.when(revision), str(revision.changed_words), str(revision.words),
                                    Path(revision.path).name if revision.path else "", revision.note])
            item.setToolTip(3, revision.path)
            item.setData(0, Qt.ItemDataRole.UserRole, revision.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = CompareView()
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.clicked.connect(self._compare)
        self.restore_button = QPushButton(self.tr("&Restore This Revision"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._compare())
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        """The selected revisions' ids, oldest first."""
        ids = [int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
        return sorted(ids)

    def select(self, *ids: int) -> None:
        self.list.clearSelection()
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if int(item.data(0, Qt.ItemDataRole.UserRole)) in ids:
                item.setSelected(True)

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        self.compare_button.setEnabled(count in (1, 2))
        self.restore_button.setEnabled(count == 1)
        if not self.revisions:
            self.hint.setText(self.tr("No revisions yet: every save of this release records one."))
        elif count == 2:
            self.hint.setText(self.tr("Compare shows what changed from the older to the newer revision."))
        else:
            self.hint.setText(self.tr("Select a revision to compare it with the current text, or two to "
                                      "compare them with each other."))

    def _compare(self) -> None:
        ids = self.selected_ids()
        if len(ids) in (1, 2):
            self.compare_requested.emit(ids)

    def _restore(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.restore_requested.emit(ids[0])


class CompareDialog(QDialog):
    """File > Compare With…: the open release against another file, field by field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare"))
        self.setObjectName("compare-dialog")
        self.resize(760, 600)
        self.view = CompareView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
