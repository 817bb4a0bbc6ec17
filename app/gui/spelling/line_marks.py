"""Misspelt words in a short field (headline, subheadline, photo credits), underlined in its layout.

The fields are a QLineEdit (subheadline, credits) and a wrapping one-paragraph
QPlainTextEdit (the headline); both take a feature's marks with ``set_marks``
(a line edit as its layout's formats, the headline through its highlighter),
and a short field is laid out again in microseconds, unlike a body paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from app.gui.spelling.body_marks import WAVE_COLOUR
from app.gui.spelling.state import SpellState
from app.spelling import Misspelling

SOURCE = "spelling"


def spelling_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(WAVE_COLOUR)
    return fmt


class LineMarks(QObject):
    """Keeps one short field's spelling marks up to date with its text (lives and dies with the field)."""

    def __init__(self, state: SpellState, edit: QWidget, field: str) -> None:
        super().__init__(edit)
        self.state = state
        self.edit = edit  # a LineEdit or the HeadlineEdit: text(), cursorPosition(), set_marks()
        self.field = field
        self.format = spelling_format()
        self._typing = False  # the last change was a keystroke here: the word at the cursor is unfinished
        self._cursor = 0
        edit.textEdited.connect(self._edited)  # type: ignore[attr-defined]
        changed = getattr(edit, "text_changed", None)  # the headline's: real changes only, not repaints
        (changed if changed is not None else edit.textChanged).connect(self.refresh)  # type: ignore[attr-defined]
        edit.cursorPositionChanged.connect(self._cursor_moved)  # type: ignore[attr-defined]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        state.changed.connect(self.refresh)

    @property
    def watched(self) -> QObject:
        """Where its context-menu events arrive: a text edit's viewport, a line edit itself."""
        return self.edit.viewport() if isinstance(self.edit, QPlainTextEdit) else self.edit

    def text(self) -> str:
        return self.edit.text()  # type: ignore[attr-defined, no-any-return]

    def position_at(self, pos: QPoint) -> int:
        """The text position under ``pos`` (in the watched widget's coordinates)."""
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.cursorForPosition(pos).position()
        assert isinstance(self.edit, QLineEdit)
        return self.edit.cursorPositionAt(pos)

    def skip(self) -> tuple[tuple[int, int], ...]:
        """Tagged spans of the field (the headline's tags), while the widget shows the release's text."""
        release = self.edit.session.release  # type: ignore[attr-defined]
        if self.field == "headline" and self.text() == release.headline:
            return tuple((e.start, e.end) for e in release.headline_entities)
        return ()

    def misses(self) -> list[Misspelling]:
        at = self.edit.cursorPosition() if self._typing else None  # type: ignore[attr-defined]
        return self.state.misses(self.text(), self.skip(), at)

    def at_position(self, position: int) -> Misspelling | None:
        return self.state.at(self.text(), position, self.skip())

    def refresh(self, *_args: object) -> None:
        self.edit.set_marks(SOURCE, [(m.start, m.end, self.format) for m in self.misses()])  # type: ignore[attr-defined]

    def replace(self, start: int, end: int, word: str) -> None:
        """Put ``word`` in place of ``start:end`` as a user edit (the field's binding records it)."""
        self.edit.setSelection(start, end - start)  # type: ignore[attr-defined]
        self.edit.insert(word)  # type: ignore[attr-defined]

    def _edited(self, _text: str) -> None:
        self._typing = True
        self.refresh()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._typing and old is self.edit:  # left the field: the last word is finished
            self._typing = False
            self.refresh()

    def _cursor_moved(self, *_args: object) -> None:
        new = self.edit.cursorPosition()  # type: ignore[attr-defined]
        old, self._cursor = self._cursor, new
        if self._typing and abs(new - old) != 1:  # jumped away from the word being typed: check it
            self._typing = False
            self.refresh()
