"""Tagged spans and commented text in the body, painted under and over the editor's text.

Each kind has a background colour (a light and a dark set, picked from the
palette's base colour) and its own underline style, so colour is never the
only cue; commented text is overlined. They are painted, not set as character
formats: a paragraph with 20 format ranges is laid out again on every
keystroke, which alone cost twice a bare editor's whole keystroke. Painting
reads the visible paragraphs' tags from the release at paint time, so an edit
never touches the layout. (The headline, a QLineEdit, still takes the same
looks as formats: ``kind_format``.)
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QTextBlock, QTextCharFormat, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from app.gui.common.session import Session

Underline = QTextCharFormat.UnderlineStyle

# The English names; kind_label() gives them in the UI's language.
KIND_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "place": QT_TRANSLATE_NOOP("Kinds", "Place"),
    "event": QT_TRANSLATE_NOOP("Kinds", "Event"),
    "initiative": QT_TRANSLATE_NOOP("Kinds", "Initiative"),
    "topic": QT_TRANSLATE_NOOP("Kinds", "Topic"),
}
# (background on a light base, background on a dark base, underline colour light, dark, underline style)
_STYLES: dict[str, tuple[str, str, str, str, Underline]] = {
    "person": ("#dbe8ff", "#1d3557", "#1f4fa8", "#9cc0ff", Underline.SingleUnderline),
    "organisation": ("#d9f2dc", "#1f4a2a", "#1e6b34", "#8fd6a0", Underline.DashUnderline),
    "place": ("#ffe7c7", "#5a3b10", "#9a5a00", "#f5c07a", Underline.DotLine),
    "event": ("#efdcfa", "#46275e", "#6d2fa0", "#d2a8f5", Underline.DashDotLine),
    "initiative": ("#d2f0ef", "#17474a", "#0f6b6b", "#86d9d6", Underline.WaveUnderline),
    "topic": ("#f9dde8", "#5b2238", "#a0285a", "#f4a3c4", Underline.DashDotDotLine),
}
COMMENT_LIGHT, COMMENT_DARK = "#b8860b", "#f0c94a"


def kind_label(kind: str) -> str:
    """A tag kind's name as the user reads it ("Person", "Personne"); an unknown kind as it is."""
    return QCoreApplication.translate("Kinds", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_format(kind: str, dark: bool) -> QTextCharFormat:
    """How a tag of ``kind`` looks: a tinted background and an underline in the kind's style."""
    light_bg, dark_bg, light_line, dark_line, style = _STYLES[kind]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(dark_bg if dark else light_bg))
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(dark_line if dark else light_line))
    return fmt


def kind_colour(kind: str, dark: bool) -> QColor:
    light_bg, dark_bg, *_ = _STYLES[kind]
    return QColor(dark_bg if dark else light_bg)


_PEN_STYLES = {
    Underline.SingleUnderline: Qt.PenStyle.SolidLine,
    Underline.DashUnderline: Qt.PenStyle.DashLine,
    Underline.DotLine: Qt.PenStyle.DotLine,
    Underline.DashDotLine: Qt.PenStyle.DashDotLine,
    Underline.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
}


class TagHighlighter:
    """Paints the release's tags and comment anchors in the body editor, behind and over its text."""

    def __init__(self, session: Session, editor: QPlainTextEdit, palette: QPalette) -> None:
        self.session = session
        self.editor = editor
        # what the current repaint shows, worked out by paint_under and drawn over by paint_over
        self._frame: tuple[list[tuple[str, QRectF, float]], list[QRectF]] = ([], [])
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        self.set_dark(is_dark(palette))

    def set_dark(self, dark: bool) -> bool:
        """Pick the light or the dark colours; True when they changed (the caller re-highlights)."""
        if getattr(self, "dark", None) == dark:
            return False
        self.dark = dark
        self.formats = {kind: kind_format(kind, dark) for kind in _STYLES}
        self.comment_colour = QColor(COMMENT_DARK if dark else COMMENT_LIGHT)
        return True

    def rehighlight(self) -> None:
        self.editor.viewport().update()

    def rehighlight_paragraphs(self, indexes: list[int]) -> None:
        viewport = self.editor.viewport()
        offset = self.editor.contentOffset()
        document = self.editor.document()
        for index in indexes:
            block = document.findBlockByNumber(index)
            if block.isValid() and block.isVisible():
                rect = self.editor.blockBoundingGeometry(block).translated(offset).toAlignedRect()
                # the whole width, and a little above and below for overlines and wavy underlines
                viewport.update(0, rect.top() - 2, viewport.width(), rect.height() + 4)

    # -- painting (called by the body editor's paintEvent) -----------------------------

    def _spans(self, block: QTextBlock) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
        """(start, end, kind) of the block's tags, outer first, and (start, end) of its open comments."""
        body = self.session.release.body
        index = block.blockNumber()
        if index >= len(body):
            return [], []
        para = body[index]
        if len(para.text) != block.length() - 1:
            return [], []  # the release and the editor disagree mid-edit; the next paint catches up
        tags = [(e.start, e.end, e.kind) for e in para.entities if e.kind in _STYLES]
        notes = [(c.start, c.end) for c in self.session.release.comments
                 if c.paragraph == para.id and not c.resolved and c.start is not None and c.end is not None
                 and c.start < c.end]
        return tags, notes

    def _lines(self, block: QTextBlock, top: float, dirty: QRectF) -> list[_Line]:
        """The block's lines that cross the repainted area, with their position on screen."""
        layout = block.layout()
        x0 = self.editor.contentOffset().x() + layout.position().x()
        y0 = top + layout.position().y()
        out = []
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            line_top = y0 + line.y()
            if line_top > dirty.bottom():
                break
            if line_top + line.height() >= dirty.top():
                out.append(_Line(line, line.textStart(), line.textStart() + line.textLength(), x0, line_top))
        return out

    def _paint_frame(self, blocks: list[tuple[QTextBlock, int, int]], dirty: QRectF) -> None:
        """What one repaint shows: the rectangles of every tag and comment in the dirty area.

        Worked out once per paint and shared by paint_under and paint_over; typing repaints a line
        or two, so only those lines' geometry is asked for."""
        tag_rects: list[tuple[str, QRectF, float]] = []
        note_rects: list[QRectF] = []
        for block, top, _bottom in blocks:
            tags, notes = self._spans(block)
            if not tags and not notes:
                continue
            lines = self._lines(block, top, dirty)
            for start, end, kind in tags:
                tag_rects.extend((kind, rect, base) for rect, base in _span_rects(lines, start, end))
            for start, end in notes:
                note_rects.extend(rect for rect, _base in _span_rects(lines, start, end))
        self._frame = (tag_rects, note_rects)

    def paint_under(self, painter: QPainter, blocks: list[tuple[QTextBlock, int, int]], dirty: QRectF) -> None:
        """The tags' backgrounds, before the text is drawn over them (inner tags over outer ones)."""
        self._paint_frame(blocks, dirty)
        for kind, rect, _base in self._frame[0]:
            painter.fillRect(rect, self.formats[kind].background())

    def paint_over(self, painter: QPainter) -> None:
        """Each tag's underline in its kind's style, and an overline on commented text (after paint_under)."""
        tag_rects, note_rects = self._frame
        for kind, rect, base in tag_rects:
            fmt = self.formats[kind]
            style = fmt.underlineStyle()
            painter.setPen(QPen(fmt.underlineColor(), 1, _PEN_STYLES.get(style, Qt.PenStyle.SolidLine)))
            y = base + 2.5
            if style == Underline.WaveUnderline:
                painter.drawPath(_wave(rect.left(), rect.right(), y))
            else:
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(self.comment_colour, 2))
        for rect in note_rects:
            painter.drawLine(QPointF(rect.left(), rect.top() + 1), QPointF(rect.right(), rect.top() + 1))
        self._frame = ([], [])


class _Line(NamedTuple):
    line: QTextLine
    first: int  # offset of its first character in the paragraph
    last: int
    left: float  # on screen
    top: float


def _span_rects(lines: list[_Line], start: int, end: int) -> list[tuple[QRectF, float]]:
    """The screen rectangle of ``start:end`` on each of ``lines``, with that line's baseline."""
    out = []
    for line, first, last, left, top in lines:
        a, b = max(start, first), min(end, last)
        if a < b:
            xa, xb = line.cursorToX(a)[0], line.cursorToX(b)[0]
            out.append((QRectF(left + min(xa, xb), top, abs(xb - xa), line.height()), top + line.ascent()))
    return out


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 1.5))
        up = not up
    return path
