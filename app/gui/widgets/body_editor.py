"""The body: every paragraph in one plain-text editor, one block per paragraph.

Block number == paragraph index, and a character offset in a block == the
offset in the paragraph's text (a newline inside a paragraph shows as U+2028,
one character either way), so positions map both ways without a table.
The editor's own undo is off: each user edit is read from ``contentsChange``,
applied to the release through its span-following methods, and recorded as a
BodyEdit on the window's one undo stack. Undo and redo rewrite only the
affected blocks.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.gui.common.commands import BodyEdit
from app.gui.common.session import Session
from app.gui.widgets.gutter import Gutter
from app.model import ModelError, Paragraph, Release

if TYPE_CHECKING:
    from app.gui.widgets.highlight import TagHighlighter as TagPainter

LS, PS = "\u2028", "\u2029"
log = logging.getLogger(__name__)


@functools.cache
def _history_keys() -> frozenset[int]:
    """The keys (Z, Y, Backspace...) of this platform's Undo and Redo shortcuts, without their modifiers."""
    return frozenset(
        binding[0].key().value
        for standard in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        for binding in QKeySequence.keyBindings(standard)
        if binding.count()
    )


# What the gutter shows before the number of a paragraph that is not running text.
PARAGRAPH_MARKS = {"subhead": "H", "list-item": "\u2022"}


def to_editor(text: str) -> str:
    return text.replace("\n", LS)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _locate(index: int, offset: int, flat: str, q: int) -> tuple[int, int]:
    """(paragraph, offset) of position ``q`` in ``flat``, a text starting at (index, offset)."""
    head = flat[:q]
    breaks = head.count(PS)
    if breaks == 0:
        return index, offset + q
    return index + breaks, q - head.rfind(PS) - 1


def apply_edit(release: Release, start: tuple[int, int], end: tuple[int, int], pieces: list[str]) -> None:
    """Replace the text from ``start`` to ``end`` with ``pieces`` (one per paragraph) in the release."""
    (a, oa), (b, ob) = start, end
    if not release.body:
        release.body.append(Paragraph(id=release.new_id("p")))
    end_offset = ob + sum(len(release.body[i].text) for i in range(a, b))
    for _ in range(b - a):
        release.merge_paragraphs(a)
    release.replace_text(a, oa, end_offset, "".join(pieces))
    offset = oa
    for i, piece in enumerate(pieces[:-1]):
        offset += len(piece)
        release.split_paragraph(a + i, offset)
        offset = 0


def _kind(old: str, new: str) -> str:
    if new == PS and not old:
        return "split"
    if old == PS and not new:
        return "merge"
    if not old and PS not in new:
        return "typing"
    if not new and PS not in old:
        return "delete"
    return "edit"


class BodyEditor(QPlainTextEdit):
    """The body paragraphs as one text; edits become undo steps on the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._applying = False
        # set by the annotations feature: which paragraphs carry an open comment, and the marker colour
        self.comment_mark: Callable[[int], QColor | None] | None = None
        self.tag_painter: TagPainter | None = None  # set by the annotations feature
        # painted over the text after the tags, by other features (spelling): (painter, blocks, dirty area)
        self.overlay_painters: list[Callable[[QPainter, list[tuple[QTextBlock, int, int]], QRectF], None]] = []
        # told of every change to the text as Qt's contentsChange tells it (position, removed, added), after the
        # release has it: features that follow typing (spelling) listen here, from the editor's own Python
        # handler, rather than each by a connection of its own that Qt calls into Python on every key
        self.edit_listeners: list[Callable[[int, int, int], None]] = []
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Body paragraphs"))
        self.setPlaceholderText(self.tr("Body text: one paragraph per line; Enter starts a new paragraph"))
        self.document().contentsChange.connect(self._on_contents_change)
        self._gutter = Gutter(self)
        self.blockCountChanged.connect(self._update_gutter_width)
        self._update_gutter_width()
        session.reset.connect(self.reload)
        session.paragraphs_replaced.connect(self._replace_blocks)
        session.cursor_hint.connect(self.move_to)
        # the gutter repaints itself when numbers move; a comment bar comes or goes without moving any
        session.annotations_changed.connect(self._gutter.update)
        self.reload()

    # -- positions ------------------------------------------------------------

    def paragraph_at(self, position: int) -> tuple[int, int]:
        block = self.document().findBlock(position)
        return block.blockNumber(), position - block.position()

    def position_of(self, index: int, offset: int = 0) -> int:
        block = self.document().findBlockByNumber(index)
        return block.position() + min(offset, block.length() - 1)

    def current_paragraph(self) -> int:
        return self.textCursor().blockNumber()

    def move_to(self, index: int, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.position_of(index, offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def select_paragraph(self, index: int) -> None:
        block = self.document().findBlockByNumber(index)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def paragraph_texts(self) -> list[str]:
        """What the editor shows, per paragraph, as the release would hold it."""
        return [self.document().findBlockByNumber(i).text().replace(LS, "\n") for i in range(self.blockCount())]

    # -- release -> editor ------------------------------------------------------

    def reload(self) -> None:
        self._applying = True
        try:
            self.setPlainText("\n".join(to_editor(p.text) for p in self.session.release.body))
        finally:
            self._applying = False
        self._gutter.update()  # kinds and comment bars of another release, even where the lines stay put

    def _replace_blocks(self, start: int, old_count: int, new_count: int) -> None:
        body = self.session.release.body
        texts = [to_editor(p.text) for p in body[start : start + new_count]]
        doc = self.document()
        first = doc.findBlockByNumber(start)
        last = doc.findBlockByNumber(start + max(old_count, 1) - 1)
        cursor = QTextCursor(first)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        self._applying = True
        try:
            cursor.insertText("\n".join(texts))
        finally:
            self._applying = False
        self._gutter.update()  # an undone edit can bring back a comment bar without moving any line

    # -- editor -> release ------------------------------------------------------

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if not (self._applying or self._keystroke(position, removed, added)):
            self._record_edit(position, removed, added)
        for listener in self.edit_listeners:
            listener(position, removed, added)

    def _record_edit(self, position: int, removed: int, added: int) -> None:
        """Any edit: read it from the editor, apply it to the release and push its undo step."""
        release = self.session.release
        # Read paragraph texts one by one: building a list of all of them costs
        # a millisecond per keystroke in a 5,000-paragraph release.
        body = release.body
        doc = self.document()
        index, offset = self.paragraph_at(position)
        # The text before `position` is unchanged, so (index, offset) holds in the old text too.
        parts, last = [body[index].text[offset:] if body else ""], index
        covered = len(parts[0])
        while covered < removed and last + 1 < len(body):
            last += 1
            parts.append(body[last].text)
            covered += 1 + len(parts[-1])
        old = PS.join(parts)[:removed]
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(min(position + added, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        new = cursor.selectedText().replace(LS, "\n")
        # Qt may report a wider range than what changed; keep only the difference.
        p = _common_prefix(old, new)
        s = _common_prefix(old[p:][::-1], new[p:][::-1])
        old_mid, new_mid = old[p : len(old) - s], new[p : len(new) - s]
        if not old_mid and not new_mid:
            return
        start = _locate(index, offset, old, p)
        end = _locate(index, offset, old, len(old) - s)
        pieces = new_mid.split(PS)
        was_empty = not release.body
        before = [] if was_empty else [p.clone() for p in release.body[start[0] : end[0] + 1]]
        comments_before = [c.clone() for c in release.comments]
        try:
            apply_edit(release, start, end, pieces)
        except ModelError:
            log.exception("body edit could not be applied; showing the release as it is")
            self.reload()
            return
        a = start[0]
        after = [p.clone() for p in release.body[a : a + len(pieces)]]
        kind = _kind(old_mid, new_mid)
        last_piece = (start[1] if len(pieces) == 1 else 0) + len(pieces[-1])
        command = BodyEdit(
            self.session,
            start=a,
            before=before,
            after=after,
            comments_before=comments_before,
            comments_after=[c.clone() for c in release.comments],
            pos_before=end,
            pos_after=(a + len(pieces) - 1, last_piece),
            kind=kind,
            text=self._label(kind).format(number=a + 1, next=a + 2),
            done=True,
        )
        if kind in ("split", "merge", "edit"):
            self.session.new_burst()
        self.session.undo_stack.push(command)
        if kind in ("split", "merge", "edit"):
            self.session.new_burst()

    def _label(self, kind: str) -> str:
        """The undo step's name for an edit of ``kind`` (only the one needed is translated)."""
        if kind == "typing":
            return self.tr("Typing in paragraph {number}")
        if kind == "delete":
            return self.tr("Delete in paragraph {number}")
        if kind == "split":
            return self.tr("Split paragraph {number}")
        if kind == "merge":
            return self.tr("Merge paragraphs {number} and {next}")
        return self.tr("Edit body text")

    def _keystroke(self, position: int, removed: int, added: int) -> bool:
        """Apply a key typed or deleted inside one paragraph that continues the typing step; False if it is
        anything else (``_record_edit`` then reads and records the edit).

        The common case, kept lean: no copies of the paragraph and its tags per key; the
        release's spans move in place and the undo step on the stack grows (BodyEdit.grow)."""
        if (removed and added) or not (removed or added):
            return False
        block = self.document().findBlock(position)
        index = block.blockNumber()
        body = self.session.release.body
        if index >= len(body):
            return False
        text = body[index].text
        offset = position - block.position()
        # the paragraph holds the whole change, and the release and the editor agree on its length
        # (a paragraph break typed or deleted makes the block's length differ: not a keystroke here)
        if offset + removed > len(text) or block.length() - 1 != len(text) - removed + added:
            return False
        kind = "delete" if removed else "typing"
        command = BodyEdit.continue_typing(self.session, kind, index, (index, offset + removed))
        if command is None:
            return False
        new = block.text()[offset : offset + added].replace(LS, "\n") if added else ""
        try:
            self.session.release.replace_text(index, offset, offset + removed, new)
        except ModelError:
            log.exception("body edit could not be applied; showing the release as it is")
            self.reload()
            return True
        command.grow((index, offset + added))
        return True

    # -- look and feel ----------------------------------------------------------

    def set_right_to_left(self, rtl: bool) -> None:
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self._update_gutter_width()
        self.resizeEvent(QResizeEvent(self.size(), self.size()))
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def mark_paragraphs(self, problems: dict[int, str]) -> None:
        """Underline the paragraphs with issues (the form says why, in words)."""
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fdecea"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c0392b"))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        for index in sorted(problems):
            if index >= self.blockCount():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format = fmt
            cursor = QTextCursor(self.document().findBlockByNumber(index))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    # -- paragraph numbers and separators --------------------------------------

    def gutter_width(self) -> int:
        # the number, and room for a subhead's or a list item's mark before it
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits + self.fontMetrics().horizontalAdvance("H ")

    def _update_gutter_width(self, _count: int = 0) -> None:
        margin = self.gutter_width()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.setViewportMargins(0, 0, margin, 0)
        else:
            self.setViewportMargins(margin, 0, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        width = self.gutter_width()
        x = area.right() - width + 1 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else area.left()
        self._gutter.setGeometry(QRect(x, area.top(), width, area.height()))

    def _visible_blocks(self) -> Iterator[tuple[QTextBlock, int, int]]:
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.viewport().height()
        while block.isValid() and top <= height:
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible():
                yield block, top, bottom
            block = block.next()
            top = bottom

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(self.palette().placeholderText().color())
        line = self.fontMetrics().height()
        body = self.session.release.body
        for block, top, _bottom in self._visible_blocks():
            number = block.blockNumber()
            kind = body[number].kind if number < len(body) else "body"
            # a subhead or a list item shows what it is beside its number (H, •), not by colour alone
            mark = PARAGRAPH_MARKS.get(kind, "")
            painter.drawText(
                0, top, gutter.width() - 6, line, Qt.AlignmentFlag.AlignRight, f"{mark} {number + 1}".lstrip()
            )
            colour = self.comment_mark(block.blockNumber()) if self.comment_mark is not None else None
            if colour is not None:  # a comment on this paragraph: a bar at the gutter's edge, beside the number
                painter.fillRect(0, top + 2, 4, line - 4, colour)

    def paintEvent(self, event: QPaintEvent) -> None:
        dirty_top, dirty_bottom = event.rect().top(), event.rect().bottom()
        blocks = [b for b in self._visible_blocks() if b[2] >= dirty_top and b[1] <= dirty_bottom]
        if self.tag_painter is not None:  # tag backgrounds first: the text is drawn over them
            under = QPainter(self.viewport())
            self.tag_painter.paint_under(under, blocks, QRectF(event.rect()))
            under.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        # An opaque colour between text and background: a translucent pen made every
        # keystroke's repaint blend a dozen full-width lines, several times the typing cost.
        base, text = self.palette().base().color().getRgb()[:3], self.palette().text().color().getRgb()[:3]
        painter.setPen(QColor(*(round(b + (t - b) * 0.11) for b, t in zip(base, text, strict=True))))
        width = self.viewport().width()
        for block, _top, bottom in blocks:
            if block.next().isValid():
                painter.drawLine(4, bottom - 1, width - 4, bottom - 1)
        if self.tag_painter is not None:
            self.tag_painter.paint_over(painter)
        for overlay in self.overlay_painters:
            overlay(painter, blocks, QRectF(event.rect()))

    # -- events -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Undo / Redo keys go to the window's one history (what Edit > Undo / Redo do). Caught here,
        # at the key press, rather than by handing their ShortcutOverride to the window's actions:
        # an event() override runs Python for every event of every keystroke (seven of them).
        if event.key() in _history_keys():  # a plain int test: most keys are never Undo or Redo
            if event.matches(QKeySequence.StandardKey.Undo):
                self.session.undo_stack.undo()
                return
            if event.matches(QKeySequence.StandardKey.Redo):
                self.session.undo_stack.redo()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.session.new_burst()
        super().focusOutEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # Files dropped on the editor open in the window rather than paste their path.
        return not source.hasUrls() and super().canInsertFromMimeData(source)
