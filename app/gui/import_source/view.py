"""The Import Source view: the file's lines as imported, each with its label, colour and confidence.

One row per line of the text or Word release, in the file's order. The label
is shown in the editor's words (the labeller's "kicker", "end" and "other" are
all "ignore": lines that went into no field, marked "left out"); a colour per
label, with a legend above; confidence is the labeller's probability for the
label, or "set by you" for a line the editor labelled. Right-click a line to
give it another label: the view only asks (``relabel_requested``), the feature
makes the undoable edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from app.formats.textparse.labeller import Labelled
    from app.formats.textparse.pipeline import Imported


def _editor_labels() -> dict[str, str]:
    from app.formats.textparse.pipeline import EDITOR_LABELS  # the importer loads with the first import shown

    return EDITOR_LABELS



# the labeller's labels as the editor sees them (the ones not listed keep their own name)
_SHOWN = {"kicker": "ignore", "end": "ignore", "other": "ignore", "about": "boilerplate",
          "contact_head": "contact", "credit": "photo credit", "date": "dateline", "boiler": "boilerplate"}
# pale enough to read dark text on, apart enough to tell at a glance
COLOURS: dict[str, str] = {
    "headline": "#f4b6b6",
    "subheadline": "#f7d4a8",
    "dateline": "#f3ec9c",
    "byline": "#d6ecb0",
    "body": "#e6e6e6",
    "contact": "#b4dcf2",
    "boilerplate": "#d7c8f0",
    "photo credit": "#c6efe4",
    "embargo": "#f6c9e4",
    "reference": "#e3e8c0",
    "ignore": "#ffffff",
}
_TEXT_COLOUR = QColor("#1b1b1b")
_LEFT_OUT_COLOUR = QColor("#7a7a7a")


def label_names() -> dict[str, str]:
    """Each label the view shows, in the user's language."""
    return {
        "headline": QCoreApplication.translate("ImportSource", "headline"),
        "subheadline": QCoreApplication.translate("ImportSource", "subheadline"),
        "dateline": QCoreApplication.translate("ImportSource", "dateline"),
        "byline": QCoreApplication.translate("ImportSource", "byline"),
        "body": QCoreApplication.translate("ImportSource", "body"),
        "contact": QCoreApplication.translate("ImportSource", "contact"),
        "boilerplate": QCoreApplication.translate("ImportSource", "boilerplate"),
        "photo credit": QCoreApplication.translate("ImportSource", "photo credit"),
        "embargo": QCoreApplication.translate("ImportSource", "embargo"),
        "reference": QCoreApplication.translate("ImportSource", "release number"),
        "ignore": QCoreApplication.translate("ImportSource", "ignore"),
    }


def shown_label(internal: str) -> str:
    """The label a row shows (a key of COLOURS) for the labeller's ``internal`` label."""
    if internal in _SHOWN:
        return _SHOWN[internal]
    for shown, inner in _editor_labels().items():
        if inner == internal:
            return shown
    return "ignore"


class SourceView(QWidget):
    """The imported lines with their labels; right-click asks for another label."""

    relabel_requested = Signal(int, str)  # row, one of EDITOR_LABELS

    COLUMNS = 4  # line, label, confidence, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Import Source"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.legend = QWidget()
        legend_row = FlowLayout(self.legend)  # wraps: eleven chips in one row would make the dock 800 px wide
        for key, name in label_names().items():
            chip = QLabel(name)
            chip.setObjectName(f"legend-{key.replace(' ', '-')}")
            chip.setStyleSheet(f"background: {COLOURS[key]}; color: #1b1b1b; border: 1px solid #9a9a9a;"
                               " padding: 1px 5px;")
            legend_row.addWidget(chip)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Label"), self.tr("Confidence"),
                                              self.tr("Text")])
        self.table.setAccessibleName(self.tr("Imported lines"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self._rows: list[Labelled] = []
        self._left_out: list[bool] = []
        self._read_into: dict[int, str] = {}
        self.show_import(None)

    # -- what is shown ------------------------------------------------------------------

    def show_import(self, imported: Imported | None) -> None:
        """Show ``imported``'s lines (None: the open release was not imported from text or Word)."""
        self._rows = list(imported.rows) if imported is not None else []
        # what went into no field is the pipeline's to say (its import report), not this view's
        left_out_lines = {id(line) for line in imported.left_out()} if imported is not None else set()
        self._left_out = [id(r.line) in left_out_lines for r in self._rows]
        self.table.setRowCount(len(self._rows))
        names = label_names()
        # a line the importer read into the embargo or the release number shows that field, whatever the
        # labeller called it (the labeller knows neither)
        self._read_into = dict(imported.read_into) if imported is not None else {}
        for row, labelled in enumerate(self._rows):
            self._fill(row, labelled, self._left_out[row], names)
        self.legend.setVisible(imported is not None)
        if imported is None:
            self.summary.setText(self.tr("The open release was not imported from a text or Word file. "
                                         "Open a text or Word release to see its lines and their labels."))
            return
        left_out = sum(self._left_out)
        self.summary.setText(self.tr("{lines} lines, {left_out} left out (in no field). Right-click a line to "
                                     "give it another label.").format(lines=len(self._rows), left_out=left_out))

    def _fill(self, row: int, labelled: Labelled, left_out: bool, names: dict[str, str]) -> None:
        shown = self._read_into.get(row) or shown_label(labelled.label)
        label_text = names[shown]
        if left_out:
            label_text = self.tr("{label} · left out").format(label=label_text)
        confidence = self.tr("set by you") if labelled.forced else f"{round(labelled.probability * 100)} %"
        cells = [str(labelled.line.number), label_text, confidence, labelled.line.text]
        background = QBrush(QColor(COLOURS[shown]))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(background)
            item.setForeground(QBrush(_LEFT_OUT_COLOUR if left_out else _TEXT_COLOUR))
            if left_out:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            if column in (0, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 3:
                item.setToolTip(labelled.line.text)
            self.table.setItem(row, column, item)

    def fit_legend(self, width: int) -> None:
        """Keep room for every line of the legend when the view is ``width`` wide: it wraps onto more lines as
        the dock narrows, and a layout squeezed for height would cut the last one off."""
        margins = self.layout().contentsMargins()
        needed = self.legend.heightForWidth(width - margins.left() - margins.right())
        if needed > 0 and needed != self.legend.minimumHeight():
            self.legend.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_legend(self.width())

    def row_label(self, row: int) -> str:
        """The label row ``row`` shows, in the editor's words ("ignore" for a left-out line)."""
        return self._read_into.get(row) or shown_label(self._rows[row].label)

    def row_text(self, row: int) -> str:
        """What the Label column says for row ``row`` ("ignore · left out")."""
        return self.table.item(row, 1).text()

    def is_left_out(self, row: int) -> bool:
        return self._left_out[row]

    def row_count(self) -> int:
        return len(self._rows)

    # -- right-click: "Label as" ----------------------------------------------------------

    def label_menu(self, row: int) -> QMenu:
        """The context menu of line ``row``: "Label as" each label an editor can give, the current one checked."""
        menu = QMenu(self)
        sub = menu.addMenu(self.tr("Label as"))
        group = QActionGroup(sub)
        names = label_names()
        current = shown_label(self._rows[row].label)
        for key in _editor_labels():
            action = QAction(names[key], sub)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            group.addAction(action)
            action.triggered.connect(lambda _=False, key=key: self.relabel_requested.emit(row, key))
            sub.addAction(action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        if row < 0:  # the menu key on the keyboard: the line the cursor is on
            row = self.table.currentRow()
        if row < 0 or row >= len(self._rows):
            return
        self.table.selectRow(row)
        menu = self.label_menu(row)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
