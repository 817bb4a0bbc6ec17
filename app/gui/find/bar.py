"""The find bar: what to find, how, what to put instead, and how many there are.

Only widgets: the controller (find/controller.py) decides what the buttons do.
The replace row is hidden until Edit > Replace (Ctrl+H) asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget


class StatusLabel(QLabel):
    """One line that ends in "…" when the bar is too narrow for it; the tooltip holds the whole message.

    ``text()`` stays the whole message (screen readers read it); only the painting is cut.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(160)

    def shown_text(self) -> str:
        """What fits the label's width: the message, or its start and "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def minimumSizeHint(self) -> QSize:
        # a long message must not widen the bar past the window: the label shrinks and elides instead
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.setAccessibleName(self.tr("Find and replace"))
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(self.tr("Find in the release"))
        self.pattern.setAccessibleName(self.tr("Find"))
        self.pattern.setClearButtonEnabled(True)
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.whole_words = QCheckBox(self.tr("&Whole words"))
        self.regex = QCheckBox(self.tr("Regular e&xpression"))
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.status = StatusLabel()
        self.status.setAccessibleName(self.tr("Find status"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.clicked.connect(self.close_bar)

        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.replacement.setAccessibleName(self.tr("Replace with"))
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace &All"))
        self.replace_widgets = (self.replacement, self.replace_button, self.replace_all_button)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.pattern, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.match_case, 0, 3)
        grid.addWidget(self.whole_words, 0, 4)
        grid.addWidget(self.regex, 0, 5)
        grid.addWidget(self.status, 0, 6)
        grid.addWidget(self.close_button, 0, 7, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.replacement, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(6, 1)
        self.show_replace(False)

    def show_replace(self, on: bool) -> None:
        for widget in self.replace_widgets:
            widget.setVisible(on)

    def replacing(self) -> bool:
        return not self.replacement.isHidden()

    def say(self, text: str, *, problem: bool = False) -> None:
        """A count or a message in the bar; a problem (an invalid pattern) in the error colour."""
        self.status.setText(text)
        self.status.setToolTip(text)  # all of it, when the bar is too narrow to show it
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet("color: #c0392b;" if problem else "")

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
