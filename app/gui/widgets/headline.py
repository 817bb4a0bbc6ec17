"""The headline field: one paragraph that wraps onto more lines, shows the headline's tags and moves
them as the user types.

A long headline (over 100 characters is common) wraps instead of scrolling out of
sight, so it is a QPlainTextEdit that keeps one paragraph (Enter does nothing, a
pasted line break becomes a space) and grows to the lines it needs. It offers
the QLineEdit calls the form and the tagging use (text, setText, textEdited,
setSelection, cursorPosition...), so it binds to the headline like any field.
The tags are painted by a syntax highlighter on its one short block: the cost
that made the body paint its tags itself does not arise for one line.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QMenu, QPlainTextEdit, QSizePolicy, QWidget

from app.gui.common.session import Session
from app.gui.widgets.line_edit import Changes, FieldBehaviour, Mark
from app.model import Release

_MAX_LINES = 4  # beyond this the field scrolls: a headline that long needs cutting anyway


class _TagPainter(QSyntaxHighlighter):
    def __init__(self, edit: HeadlineEdit) -> None:
        super().__init__(edit.document())
        self.edit = edit

    def highlightBlock(self, text: str) -> None:
        release = self.edit.session.release
        if text == release.headline:  # mid-edit, the widget and the release disagree: no tags
            for e in release.headline_entities:  # sorted outer first: an inner tag paints over the one around it
                fmt = self.edit.formats.get(e.kind)
                if fmt is not None:
                    self.setFormat(e.start, e.end - e.start, fmt)
        for marks in self.edit.marks.values():  # other features' marks (misspelt words), on the text as shown
            for start, end, fmt in marks:
                if end <= len(text):
                    self.setFormat(start, end - start, fmt)


class HeadlineEdit(FieldBehaviour, QPlainTextEdit):
    """The headline's field, painting the headline's tags in the body's colours."""

    textEdited = Signal(str)  # the user changed the text (not setText), as QLineEdit says it
    text_changed = Signal(str)  # any change, with the new text

    def __init__(self, session: Session, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the window's history undoes
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(2)
        self.formats: dict[str, QTextCharFormat] = {}
        self.marks: dict[str, list[Mark]] = {}  # by source, painted over the tags (see set_marks)
        self.tag_actions: list[QAction] = []  # the window's Tag actions, offered in the context menu
        self._setting = False
        self._last_text = ""
        self._painter = _TagPainter(self)
        self.textChanged.connect(self._changed)
        session.field_changed.connect(lambda path: self.show_tags() if path.startswith("headline") else None)
        session.annotations_changed.connect(lambda _indexes: self.show_tags())
        session.reset.connect(self.show_tags)
        self._fit_height()

    # -- QLineEdit's calls -----------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        self.moveCursor(QTextCursor.MoveOperation.End)

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.text()))))
        self.setTextCursor(cursor)

    def setSelection(self, start: int, length: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def hasSelectedText(self) -> bool:
        return self.textCursor().hasSelection()

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def selectionStart(self) -> int:
        return self.textCursor().selectionStart() if self.hasSelectedText() else -1

    def selectionLength(self) -> int:
        cursor = self.textCursor()
        return cursor.selectionEnd() - cursor.selectionStart()

    def end(self, mark: bool) -> None:
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        self.moveCursor(QTextCursor.MoveOperation.End, mode)

    def deselect(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # -- one paragraph, as tall as its lines ---------------------------------------------

    def _changed(self) -> None:
        text = self.toPlainText()
        if text == self._last_text:  # repainted tags: the document says changed, the text did not
            return
        if "\n" in text or "\u2029" in text:  # a line break typed by an input method: one paragraph only
            position = self.cursorPosition()
            self.setPlainText(text.replace("\u2029", " ").replace("\n", " "))
            self.setCursorPosition(position)
            return
        self._last_text = text
        self._fit_height()
        self.text_changed.emit(text)
        if not self._setting:
            self.textEdited.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.deselect()  # as a line edit does: one selection on screen, where the focus is

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # a headline has no second paragraph
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))  # pasted lines join into one headline
            return
        super().insertFromMimeData(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() and not source.hasUrls()

    def line_count(self) -> int:
        block = self.document().firstBlock()
        self.blockBoundingRect(block)  # lays the block out, at the field's width
        return max(1, block.layout().lineCount())

    def _fit_height(self) -> None:
        lines = min(self.line_count(), _MAX_LINES)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 4)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # narrower or wider: more or fewer lines

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:  # Arabic or Hebrew text runs right to left
            option = self.document().defaultTextOption()
            option.setTextDirection(self.layoutDirection())
            self.document().setDefaultTextOption(option)
        elif event.type() == QEvent.Type.FontChange:
            self._fit_height()

    # -- tags --------------------------------------------------------------------------------

    def set_formats(self, formats: dict[str, QTextCharFormat]) -> None:
        """The look of each kind (the body highlighter's, light or dark)."""
        self.formats = formats
        self.show_tags()

    def show_tags(self) -> None:
        """Paint the release's headline tags; nothing while the widget and the release disagree mid-edit."""
        setting, self._setting = self._setting, True  # repainting is no edit of the user's
        try:
            self._painter.rehighlight()
        finally:
            self._setting = setting

    def set_marks(self, source: str, marks: list[Mark]) -> None:
        """Show ``marks`` for ``source`` (replacing its earlier ones) along with the tags and other sources'."""
        if [(a, b) for a, b, _ in marks] == [(a, b) for a, b, _ in self.marks.get(source, [])]:
            return  # unchanged: no repaint (a repaint is a document change, which would call us again)
        self.marks[source] = marks
        self.show_tags()

    def insert(self, text: str) -> None:
        """Replace the selection with ``text`` as if typed (QLineEdit's call)."""
        self.insertPlainText(text)

    def context_menu(self) -> QMenu:
        menu = super().context_menu()
        if self.tag_actions:
            menu.addSeparator()
            tag_menu = menu.addMenu(self.tr("&Tag"))
            tag_menu.addActions(self.tag_actions)
        return menu


def headline_selection(edit: HeadlineEdit) -> tuple[int, int]:
    """(start, end) of the selection, or of the word at the cursor when nothing is selected."""
    if edit.hasSelectedText():
        start = edit.selectionStart()
        return start, start + edit.selectionLength()
    text, start = edit.text(), edit.cursorPosition()
    end = start
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def headline_changes(session: Session, edit: HeadlineEdit) -> Changes:
    """The headline's tags after the edit that made ``edit``'s text (as a SetFields change)."""
    release = session.release
    probe = Release(headline=release.headline, headline_entities=copy.deepcopy(release.headline_entities))
    # the caret settles which edit it was when several fit ("Anna" -> "Annaa")
    probe.set_headline(edit.text(), edit.cursorPosition())
    return {"headline_entities": (release.headline_entities, probe.headline_entities)}
