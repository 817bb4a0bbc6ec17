"""Red wavy underlines under the body's misspelt words, painted by the editor over its text.

Like the tags (widgets/highlight.py), they are painted, not set as character
formats, so typing never makes Qt lay a paragraph out again; and only the
paragraphs on screen are checked, when they are painted, so a 5,000-paragraph
release costs nothing until it is scrolled through (each paragraph once).
While the user types, the paragraph under the cursor keeps its last result,
moved along with the text around the edit, and is checked again once typing
pauses: a keystroke costs a string comparison, not a check of the paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextBlock

from app.gui.spelling.state import SpellState
from app.gui.widgets.body_editor import BodyEditor
from app.spelling import Misspelling

WAVE_COLOUR = QColor("#d0021b")
PAUSE_MS = 300  # typing stopped: check the paragraph again


def _prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b`` (a binary search over slices: C speed)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def moved(old: str, new: str, misses: list[Misspelling]) -> list[Misspelling]:
    """``misses`` of ``old`` as they stand in ``new``: before the edit as they were, after it shifted."""
    start = _prefix(old, new)
    limit = min(len(old), len(new)) - start
    end = _prefix(old[::-1][:limit], new[::-1][:limit])
    edit_end, delta = len(old) - end, len(new) - len(old)
    out = []
    for miss in misses:
        if miss.end < start:
            out.append(miss)
        elif miss.start > edit_end:
            out.append(Misspelling(miss.start + delta, miss.end + delta, miss.word))
    return out


class BodyMarks:
    """Paints the misspellings of the visible paragraphs; tells which one is under a position."""

    def __init__(self, state: SpellState, editor: BodyEditor) -> None:
        self.state = state
        self.editor = editor
        self._pen = QPen(WAVE_COLOUR, 1.2)
        self._typing: tuple[int, int] | None = None  # (paragraph, offset) of the cursor while typing
        self._held: tuple[int, str, list[Misspelling]] | None = None  # the typed paragraph's last check
        self._pause = QTimer(editor)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._paused)
        editor.overlay_painters.append(self.paint)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.edit_listeners.append(self._typed)  # the editor's own handler calls it: no Qt call into Python per key
        state.changed.connect(editor.viewport().update)

    def paragraph(self, index: int) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """The paragraph's text and tag spans, or None while the editor and the release disagree mid-edit."""
        body = self.editor.session.release.body
        if not 0 <= index < len(body):
            return None
        para = body[index]
        block = self.editor.document().findBlockByNumber(index)
        if len(para.text) != block.length() - 1:
            return None
        return para.text, tuple((e.start, e.end) for e in para.entities)

    def misses(self, index: int, typing: bool = True) -> list[Misspelling]:
        found = self.paragraph(index)
        if found is None:
            return []
        text, skip = found
        typed_here = typing and self._typing is not None and self._typing[0] == index
        held = self._held
        if typed_here and self._pause.isActive() and held is not None and held[0] == index:
            return moved(held[1], text, held[2]) if held[1] != text else held[2]
        result = self.state.misses(text, skip, self._typing[1] if typed_here else None)  # type: ignore[index]
        if typed_here:
            self._held = (index, text, result)
        return result

    def at_position(self, position: int) -> tuple[int, Misspelling] | None:
        """(paragraph, misspelling) under the document position ``position``."""
        index, offset = self.editor.paragraph_at(position)
        found = self.paragraph(index)
        if found is None:
            return None
        miss = self.state.at(found[0], offset, found[1])
        return (index, miss) if miss is not None else None

    def _typed(self, position: int, _removed: int, added: int) -> None:
        if self.editor.hasFocus():
            self._typing = self.editor.paragraph_at(position + added)
            if self._held is not None and self._held[0] != self._typing[0]:
                self._held = None
            self._pause.start()

    def _paused(self) -> None:
        if self._typing is not None:
            self._repaint(self._typing[0])

    def _cursor_moved(self) -> None:
        if self._typing is None:
            return
        here = self.editor.paragraph_at(self.editor.textCursor().position())
        if here != self._typing:  # left the word: it is finished, check it
            index = self._typing[0]
            self._typing = None
            self._held = None
            self._pause.stop()
            self._repaint(index)

    def _repaint(self, index: int) -> None:
        block = self.editor.document().findBlockByNumber(index)
        if block.isValid() and block.isVisible():
            rect = self.editor.blockBoundingGeometry(block).translated(self.editor.contentOffset()).toAlignedRect()
            self.editor.viewport().update(0, rect.top() - 2, self.editor.viewport().width(), rect.height() + 4)

    def paint(self, painter: QPainter, blocks: list[tuple[QTextBlock, int, int]], dirty: QRectF) -> None:
        if not self.state.active:
            return
        painter.setPen(self._pen)
        offset_x = self.editor.contentOffset().x()
        for block, top, _bottom in blocks:
            misses = self.misses(block.blockNumber())
            if not misses:
                continue
            layout = block.layout()
            x0, y0 = offset_x + layout.position().x(), top + layout.position().y()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                line_top = y0 + line.y()
                if line_top > dirty.bottom() or line_top + line.height() < dirty.top():
                    continue
                first, last = line.textStart(), line.textStart() + line.textLength()
                y = line_top + line.ascent() + 2.5
                for miss in misses:
                    a, b = max(miss.start, first), min(miss.end, last)
                    if a < b:
                        xa, xb = line.cursorToX(a)[0], line.cursorToX(b)[0]
                        painter.drawPath(wave(x0 + min(xa, xb), x0 + max(xa, xb), y))


def wave(left: float, right: float, y: float) -> QPainterPath:
    """A wavy line from ``left`` to ``right`` at height ``y``, the spelling underline every editor draws."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 1.5))
        up = not up
    return path
