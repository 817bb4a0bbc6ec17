"""A read-only source view: a submission that is not a release, shown as text at its failing line.

The Validate Folder window sends here every file the editor cannot open (NITF,
NewsML, another vocabulary, XML that is not well-formed, binary junk). The view
numbers the lines as the validator counted them, marks the failing line across
the whole width and scrolls to it, and lists the file's issues above the text;
a click on an issue goes to its line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from app.gui.folder_validation.source_text import SourceText, read_source
from app.gui.widgets.gutter import Gutter
from app.gui.widgets.validation_panel import SEVERITIES
from app.validation.issues import Issue

_MARK = QColor("#ffe1b3")  # the failing line: warm enough to find, light enough to read on


class CodeView(QPlainTextEdit):
    """Read-only monospaced text with line numbers and one marked line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # wrapping would break "line N" = row N
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.gutter = Gutter(self)
        self.blockCountChanged.connect(lambda _count: self.setViewportMargins(self.gutter_width(), 0, 0, 0))
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        self._centre_when_shown = False

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._centre_when_shown:
            self._centre_when_shown = False
            self.centerCursor()

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(self.palette().placeholderText().color())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, gutter.width() - 5, height, Qt.AlignmentFlag.AlignRight,
                                 str(block.blockNumber() + 1))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    def mark_line(self, line: int) -> None:
        """Mark 1-based ``line`` across the full width, put the cursor on it and scroll it to the middle."""
        block = self.document().findBlockByNumber(max(0, min(line, self.blockCount()) - 1))
        cursor = QTextCursor(block)
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(_MARK)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = cursor
        self.setExtraSelections([selection])
        self.setTextCursor(cursor)
        self.centerCursor()
        # before the window is shown the viewport has no real height yet: centre again once it has
        self._centre_when_shown = not self.isVisible()

    def marked_line(self) -> int:
        """The 1-based number of the marked line; 0 when none is marked."""
        marks = self.extraSelections()
        return marks[0].cursor.blockNumber() + 1 if marks else 0

    def line_in_sight(self, line: int) -> bool:
        """True when 1-based ``line`` is drawn inside the visible part of the view."""
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return False
        box = self.blockBoundingGeometry(block).translated(self.contentOffset())
        return box.top() >= 0 and box.bottom() <= self.viewport().height()


class SourceView(QWidget):
    """A window showing one file's source at a line, with its issues listed above."""

    def __init__(self, path: Path, line: int = 0, issues: Sequence[Issue] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.path = path
        self.setObjectName("source-view")
        self.setWindowTitle(self.tr("{path} (read-only) — Release Desk").format(path=path))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)  # alone, it fills the window
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issues = QListWidget(self)
        self.issues.setAccessibleName(self.tr("Issues in this file"))
        self.issues.itemActivated.connect(self._go_to_issue)
        self.issues.itemClicked.connect(self._go_to_issue)
        self.code = CodeView(self)
        self.code.setAccessibleName(self.tr("Source of the file"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.issues)
        layout.addWidget(self.code, 1)
        self.resize(900, 640)
        self.show_file(line, issues)

    def show_file(self, line: int = 0, issues: Sequence[Issue] = ()) -> None:
        """(Re)read the file and mark ``line``; a file that cannot be shown says why in place of its text."""
        source: SourceText = read_source(self.path)
        self.issues.clear()
        for issue in issues:
            where = self.tr("line {line}: ").format(line=issue.line) if issue.line else ""
            severity = QCoreApplication.translate("ValidationPanel", SEVERITIES.get(issue.severity, issue.severity))
            item = QListWidgetItem(f"{where}{severity}: {issue.message}")
            item.setData(Qt.ItemDataRole.UserRole, issue.line or 0)
            self.issues.addItem(item)
        self.issues.setVisible(bool(issues))
        self.issues.setMaximumHeight(self.issues.sizeHintForRow(0) * min(len(issues), 5) + 8 if issues else 0)
        if source.problem:
            self.code.setPlainText("")
            self.code.hide()
            self.note.show()
            self.note.setText(self.tr("{path} cannot be shown. {problem}").format(path=self.path,
                                                                                  problem=source.problem))
            return
        self.code.show()
        self.code.setPlainText(source.text)
        self.note.setText(source.note)
        self.note.setVisible(bool(source.note))
        if line > self.code.blockCount():
            self.note.setText(" ".join(filter(None, (source.note, self.tr(
                "Line {line} is beyond what is shown.").format(line=line)))))
            self.note.show()
        if line > 0:
            self.code.mark_line(line)

    def _go_to_issue(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        if line:
            self.code.mark_line(line)
            self.code.setFocus()


def open_source_view(path: str | Path, line: int = 0, issues: Sequence[Issue] = ()) -> SourceView:
    """Show ``path`` in a new source view window at ``line`` (1-based; 0 = no line known)."""
    view = SourceView(Path(path), line, issues)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.raise_()
    return view
