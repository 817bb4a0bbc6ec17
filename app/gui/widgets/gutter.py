"""The numbers column beside a QPlainTextEdit (paragraph numbers in the body, line numbers in a source view).

The editor owns the numbers (``gutter_width()`` and ``paint_gutter(gutter, event)``);
this widget only sits in the editor's left margin and repaints where the
editor scrolled or changed, the way Qt's code editor example does.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class _Numbered(Protocol):
    def gutter_width(self) -> int: ...

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None: ...


class Gutter(QWidget):
    """Paints what its editor says, and follows the editor's scrolling and updates."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        editor.updateRequest.connect(self._follow)

    def _numbered(self) -> _Numbered:
        return self.editor  # type: ignore[return-value]

    def sizeHint(self) -> QSize:
        return QSize(self._numbered().gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._numbered().paint_gutter(self, event)

    def _follow(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        else:
            self.update(0, rect.y(), self.width(), rect.height())
