"""The line edit every form field uses: its undo and redo belong to the window's one history.

Features mark ranges of a field's text (misspelt words) with ``set_marks(source,
marks)``: each source keeps its own marks, shown together as the text layout's
formats, so no source wipes another's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QFocusEvent, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from app.gui.common.session import Session
from app.gui.common.shortcuts import is_history_shortcut

Changes = dict[str, tuple[object, object]]  # field -> (before, after), as SetFields takes them
Mark = tuple[int, int, QTextCharFormat]  # start, end, look: a feature's mark on a field's text
_TEXT_FORMAT = QInputMethodEvent.AttributeType.TextFormat


class FieldBehaviour:
    """What every text field of the form does, mixed into a Qt text widget (before it in the bases):
    Undo / Redo keys and menu items belong to the window's history, leaving the field ends a typing
    burst, a dropped file is not pasted as its path."""

    session: Session

    def event(self, event: QEvent) -> bool:
        if is_history_shortcut(event):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.session.new_burst()
        super().focusOutEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.ignore()  # a dropped file opens in the window instead of pasting its path
            return
        super().dragEnterEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The standard menu, with the window's Undo and Redo in place of the widget's own."""
        # The widget's own Undo would bypass the window's history: offer that instead.
        menu = self.createStandardContextMenu()
        own = [a for a in menu.actions() if a.objectName() in ("edit-undo", "edit-redo")]
        stack = self.session.undo_stack
        before = own[0] if own else (menu.actions()[0] if menu.actions() else None)
        history = [stack.createUndoAction(menu, self.tr("&Undo")), stack.createRedoAction(menu, self.tr("&Redo"))]
        menu.insertActions(before, history)
        for action in own:
            menu.removeAction(action)
        return menu


class LineEdit(FieldBehaviour, QLineEdit):
    """A QLineEdit that leaves Undo / Redo keys to the window's one history."""

    def __init__(self, session: Session, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(accessible_name)
        self._marks: dict[str, list[Mark]] = {}

    def set_marks(self, source: str, marks: list[Mark]) -> None:
        """Show ``marks`` for ``source`` (replacing its earlier ones) along with every other source's."""
        if not marks and not self._marks.get(source):
            return
        self._marks[source] = marks
        # An input-method event with no text and only format attributes sets the layout's formats
        # without touching the text, the selection or the undo history; it lays out RTL as the text does.
        cursor = self.cursorPosition()  # the event's offsets count from the cursor
        attributes = [QInputMethodEvent.Attribute(_TEXT_FORMAT, start - cursor, end - start, fmt)
                      for marks_of_source in self._marks.values() for start, end, fmt in marks_of_source]
        QCoreApplication.sendEvent(self, QInputMethodEvent("", attributes))
