"""Notes to editors / "About ...": a card per block (a heading line and its paragraphs).

The whole list is one form field, ``boilerplate``: typing in a heading or a
paragraph, adding, removing and moving a block are all SetFields steps on the
window's one undo history, so Undo walks back through them as it does through
the body. A paragraph is a line of the block's text box (Enter starts the next
one, as in the body).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.gui.common.commands import SetFields
from app.gui.common.session import Session
from app.gui.widgets.line_edit import FieldBehaviour, LineEdit
from app.model import NoteBlock

PATH = "boilerplate"


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a block's text box: one per non-empty line."""
    return [line.strip() for line in text.split("\n") if line.strip()]


class ParagraphsEdit(FieldBehaviour, QPlainTextEdit):
    """A block's paragraphs, one per line; Undo / Redo belong to the window's history."""

    def __init__(self, session: Session, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(90)

    def set_right_to_left(self, rtl: bool) -> None:
        """Lines start at the right for Arabic, Hebrew and Persian, as in the body."""
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)


class NoteCard(QGroupBox):
    """One block: its heading, its paragraphs, and the buttons that move or remove it."""

    def __init__(self, session: Session, index: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Note block {number}").format(number=index + 1)
        self.setTitle(title)
        self.setAccessibleName(title)
        self.index = index
        self.heading = LineEdit(session, self.tr("Note block {number} heading").format(number=index + 1))
        self.heading.setPlaceholderText(self.tr("Heading, e.g. About the organisation (may stay empty)"))
        self.paragraphs = ParagraphsEdit(session, self.tr("Note block {number} paragraphs").format(number=index + 1))
        self.paragraphs.setPlaceholderText(self.tr("One paragraph per line"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.paragraphs)
        buttons = QHBoxLayout()
        self.up = QPushButton(self.tr("Move up"))
        self.up.setAccessibleName(self.tr("Move note block {number} up").format(number=index + 1))
        self.up.setEnabled(index > 0)
        self.down = QPushButton(self.tr("Move down"))
        self.down.setAccessibleName(self.tr("Move note block {number} down").format(number=index + 1))
        self.down.setEnabled(index < count - 1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove note block {number}").format(number=index + 1))
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_block(self, block: NoteBlock) -> None:
        """Show ``block`` unless the widgets already say the same (keeps the cursor where the user types)."""
        if self.heading.text() != block.heading:
            self.heading.setText(block.heading)
        if paragraphs_of(self.paragraphs.toPlainText()) != block.paragraphs:
            self.paragraphs.setPlainText("\n".join(block.paragraphs))


class NotesEditor(QWidget):
    """The list of note blocks, with Add block at the end."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: list[NoteCard] = []
        self._updating = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No notes to editors yet."))
        self.add = QPushButton(self.tr("Add note block"))
        self.add.setAccessibleName(self.tr("Add note block"))
        self.add.clicked.connect(self.add_block)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.add)
        session.reset.connect(self.rebuild)
        session.field_changed.connect(self._field_changed)
        self.rebuild()

    # -- edits --------------------------------------------------------------------------

    def _push(self, new: list[NoteBlock], text: str, *, merge: bool) -> None:
        old = self.session.release.boilerplate
        if new == old:
            return
        if not merge:
            self.session.new_burst()
        self.session.undo_stack.push(SetFields(self.session, {PATH: (old, new)}, text, merge=merge))

    def _blocks(self) -> list[NoteBlock]:
        return copy.deepcopy(self.session.release.boilerplate)

    def add_block(self) -> None:
        self._push([*self._blocks(), NoteBlock()], self.tr("Add note block"), merge=False)
        if self.cards:
            self.cards[-1].heading.setFocus()

    def remove_block(self, index: int) -> None:
        blocks = self._blocks()
        del blocks[index]
        self._push(blocks, self.tr("Remove note block {number}").format(number=index + 1), merge=False)
        (self.cards[min(index, len(self.cards) - 1)].remove if self.cards else self.add).setFocus()

    def move_block(self, index: int, new_index: int) -> None:
        blocks = self._blocks()
        blocks.insert(new_index, blocks.pop(index))
        up = new_index < index
        text = self.tr("Move note block {number} up") if up else self.tr("Move note block {number} down")
        self._push(blocks, text.format(number=index + 1), merge=False)
        card = self.cards[new_index]
        (card.up if new_index < index and card.up.isEnabled() else card.down if card.down.isEnabled()
         else card.heading).setFocus()

    def _typed(self, index: int) -> None:
        if self._updating:
            return
        card = self.cards[index]
        blocks = self._blocks()
        blocks[index] = NoteBlock(card.heading.text(), paragraphs_of(card.paragraphs.toPlainText()))
        self._push(blocks, self.tr("Edit notes to editors"), merge=True)

    # -- release -> widgets ----------------------------------------------------------------

    def _field_changed(self, path: str) -> None:
        if path == PATH:
            self.rebuild()

    def rebuild(self) -> None:
        """Cards for the blocks: the same cards refreshed when only text changed, new ones otherwise."""
        blocks = self.session.release.boilerplate
        self._updating = True
        try:
            if len(blocks) != len(self.cards):
                self._new_cards(len(blocks))
            for card, block in zip(self.cards, blocks, strict=True):
                card.show_block(block)
        finally:
            self._updating = False
        self.empty.setVisible(not blocks)

    def _new_cards(self, count: int) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for i in range(count):
            card = NoteCard(self.session, i, count, self)
            card.heading.textEdited.connect(lambda _text, i=i: self._typed(i))
            card.paragraphs.textChanged.connect(lambda i=i: self._typed(i))
            card.up.clicked.connect(lambda _=False, i=i: self.move_block(i, i - 1))
            card.down.clicked.connect(lambda _=False, i=i: self.move_block(i, i + 1))
            card.remove.clicked.connect(lambda _=False, i=i: self.remove_block(i))
            self._layout.insertWidget(i, card)
            self.cards.append(card)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for card in self.cards:
            chain += [card.heading, card.paragraphs, card.up, card.down, card.remove]
        return [*chain, self.add]
