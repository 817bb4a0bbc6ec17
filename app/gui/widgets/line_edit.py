"""The line edit every form field uses: its undo and redo belong to the window's one history."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QFocusEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from app.gui.common.session import Session
from app.gui.common.shortcuts import is_history_shortcut

Changes = dict[str, tuple[object, object]]  # field -> (before, after), as SetFields takes them


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
