"""Misspelt words in a one-line field (headline, subheadline, photo credits), underlined in its layout.

A line edit has no paint hook over its text, so the underline is a format of
its text layout (``LineEdit.set_marks``): a one-line field is laid out again in
microseconds, unlike a body paragraph.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from app.gui.spelling.body_marks import WAVE_COLOUR
from app.gui.spelling.state import SpellState
from app.gui.widgets.line_edit import LineEdit
from app.spelling import Misspelling

SOURCE = "spelling"


def spelling_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(WAVE_COLOUR)
    return fmt


class LineMarks:
    """Keeps one line edit's spelling marks up to date with its text."""

    def __init__(self, state: SpellState, edit: LineEdit, field: str) -> None:
        self.state = state
        self.edit = edit
        self.field = field
        self.format = spelling_format()
        self._typing = False  # the last change was a keystroke here: the word at the cursor is unfinished
        edit.textEdited.connect(self._edited)
        edit.textChanged.connect(self.refresh)
        edit.cursorPositionChanged.connect(self._cursor_moved)
        edit.editingFinished.connect(self._finished)
        state.changed.connect(self.refresh)

    def skip(self) -> tuple[tuple[int, int], ...]:
        """Tagged spans of the field (the headline's tags), while the widget shows the release's text."""
        release = self.edit.session.release
        if self.field == "headline" and self.edit.text() == release.headline:
            return tuple((e.start, e.end) for e in release.headline_entities)
        return ()

    def misses(self) -> list[Misspelling]:
        at = self.edit.cursorPosition() if self._typing else None
        return self.state.misses(self.edit.text(), self.skip(), at)

    def at_position(self, position: int) -> Misspelling | None:
        return self.state.at(self.edit.text(), position, self.skip())

    def refresh(self) -> None:
        self.edit.set_marks(SOURCE, [(m.start, m.end, self.format) for m in self.misses()])

    def _edited(self, _text: str) -> None:
        self._typing = True
        self.refresh()

    def _finished(self) -> None:
        self._typing = False
        self.refresh()

    def _cursor_moved(self, old: int, new: int) -> None:
        if self._typing and abs(new - old) != 1:  # jumped away from the word being typed: check it
            self._typing = False
            self.refresh()
