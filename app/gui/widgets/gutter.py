"""The numbers column beside a QPlainTextEdit (paragraph numbers in the body, line numbers in a source view).

The editor owns the numbers (``gutter_width()`` and ``paint_gutter(gutter, event)``);
this widget only sits in the editor's left margin and repaints when the numbers
move: the editor scrolled, or its text was laid out again with lines added or
removed. Qt's code editor example follows every ``updateRequest`` instead, which
runs Python twice per keystroke (the edited line and the caret) to repaint rows
whose numbers did not change. An edit that keeps every paragraph's height (almost
every keystroke) moves no number; one that changes a height, or the number of
paragraphs, makes the layout send ``update`` for the whole document. An editor
that changes what the numbers show without moving them (a paragraph's kind, its
comment bar) calls ``update()`` on the gutter itself.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize
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
        # Qt's own slot, not a Python method: nothing of this runs Python while the user types
        editor.verticalScrollBar().valueChanged.connect(self.update)
        editor.document().documentLayout().update.connect(self.update)

    def _numbered(self) -> _Numbered:
        return self.editor  # type: ignore[return-value]

    def sizeHint(self) -> QSize:
        return QSize(self._numbered().gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._numbered().paint_gutter(self, event)
