"""The menu a right click on a misspelt word opens: suggestions, Ignore All, Add to Dictionary.

As in word processors, a right click on a flagged word opens the spelling menu
instead of the field's usual one; anywhere else the usual menu opens, with
whatever other features put in it. Choosing a suggestion is an ordinary edit
of the field, so it is one step on the window's undo history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.common.i18n import os_error_text
from app.gui.spelling.body_marks import BodyMarks
from app.gui.spelling.line_marks import LineMarks
from app.gui.spelling.state import SpellState

MAX_SUGGESTIONS = 6


class SpellingMenus(QObject):
    """Watches the body and the one-line fields for right clicks on flagged words."""

    def __init__(self, state: SpellState, body: BodyMarks, lines: list[LineMarks],
                 report_error: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.body = body
        self.lines = {marks.watched: marks for marks in lines}
        self.report_error = report_error
        self.last_menu: QMenu | None = None  # the menu on screen, for tests and accessibility tools
        body.editor.viewport().installEventFilter(self)
        for watched in self.lines:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not self.state.active:
            return False
        assert isinstance(event, QContextMenuEvent)
        self.state.refresh_words()
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        menu = self.menu_for(watched, event.pos(), keyboard)
        if menu is None:
            return False  # not on a flagged word: the field's own menu
        self.last_menu = menu
        menu.exec(event.globalPos())
        menu.deleteLater()
        self.last_menu = None
        return True

    def menu_for(self, watched: QObject, pos: QPoint, keyboard: bool = False) -> QMenu | None:
        """The spelling menu for a click at ``pos`` on ``watched``, or None when no flagged word is there."""
        editor = self.body.editor
        if watched is editor.viewport():
            cursor = editor.textCursor() if keyboard else editor.cursorForPosition(pos)
            hit = self.body.at_position(cursor.position())
            if hit is None:
                return None
            index, miss = hit

            def replace(word: str) -> None:
                block = editor.document().findBlockByNumber(index)
                edit = QTextCursor(block)
                edit.setPosition(block.position() + miss.start)
                edit.setPosition(block.position() + miss.end, QTextCursor.MoveMode.KeepAnchor)
                editor.session.new_burst()  # its own undo step, not merged with the typing before it
                editor.setTextCursor(edit)
                edit.insertText(word)
                editor.setTextCursor(edit)
                editor.session.new_burst()

            return self._menu(editor, miss.word, replace)
        marks = self.lines.get(watched)  # type: ignore[call-overload]
        if marks is None:
            return None
        position = marks.edit.cursorPosition() if keyboard else marks.position_at(pos)  # type: ignore[attr-defined]
        found = marks.at_position(position)
        if found is None:
            return None
        session = marks.edit.session  # type: ignore[attr-defined]

        def replace_line(word: str) -> None:
            session.new_burst()  # its own undo step
            marks.replace(found.start, found.end, word)
            session.new_burst()

        return self._menu(marks.edit, found.word, replace_line)

    def _menu(self, parent: QWidget, word: str, replace: Callable[[str], None]) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("spelling-menu")
        suggestions = self.state.suggest(word)[:MAX_SUGGESTIONS]
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = menu.addAction(suggestion, lambda s=suggestion: replace(s))
            action.setFont(bold)
        if not suggestions:
            menu.addAction(self.tr("(No Suggestions)")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("&Ignore All"), lambda: self.state.ignore(word)).setObjectName("spelling-ignore")
        menu.addAction(self.tr("&Add to Dictionary"), lambda: self._add(word)).setObjectName("spelling-add")
        return menu

    def _add(self, word: str) -> None:
        try:
            self.state.add_to_dictionary(word)
        except OSError as exc:
            self.report_error(self.tr("Cannot add to the dictionary"),
                              self.tr("{path}: {error}").format(path=self.state.personal.path,
                                                                error=os_error_text(exc)))
