"""Press contacts: a card per contact (name, title, organisation, e-mail, phone).

Adding, removing and moving a contact are undo steps; the cards are rebuilt
after each (a release has a handful of contacts), and focus goes where the
user would look next.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.common.commands import AddContact, MoveContact, RemoveContact
from app.gui.common.session import Session
from app.gui.form.fields import Binding, FieldState, optional
from app.gui.widgets.line_edit import LineEdit

CONTACT_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ContactCard", "Name")),
    ("title", QT_TRANSLATE_NOOP("ContactCard", "Title")),
    ("organisation", QT_TRANSLATE_NOOP("ContactCard", "Organisation")),
    ("email", QT_TRANSLATE_NOOP("ContactCard", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ContactCard", "Phone")),
)


class ContactCard(QGroupBox):
    def __init__(self, session: Session, index: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Contact {number}").format(number=index + 1)
        self.setTitle(title)
        self.index = index
        self.setAccessibleName(title)
        form = QFormLayout(self)
        self.edits: dict[str, LineEdit] = {}
        self.bindings: dict[str, Binding] = {}
        self.states: dict[str, FieldState] = {}
        for name, source in CONTACT_FIELDS:
            label = QCoreApplication.translate("ContactCard", source)
            # "Contact 2 e-mail": names the field for a screen reader and in its undo text
            field = self.tr("Contact {number} {field}").format(number=index + 1, field=label.lower())
            edit = LineEdit(session, field)
            note = QLabel()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(note)
            caption = QLabel(self.tr("{field}:").format(field=label))
            caption.setBuddy(edit)
            form.addRow(caption, cell)
            self.edits[name] = edit
            self.bindings[name] = Binding(
                session, f"contacts[{index}].{name}", edit, field[:1].lower() + field[1:], to_model=optional
            )
            self.states[name] = FieldState(edit, note, field)
        buttons = QHBoxLayout()
        self.up = QPushButton(self.tr("Move up"))
        self.up.setAccessibleName(self.tr("Move contact {number} up").format(number=index + 1))
        self.up.setEnabled(index > 0)
        self.down = QPushButton(self.tr("Move down"))
        self.down.setAccessibleName(self.tr("Move contact {number} down").format(number=index + 1))
        self.down.setEnabled(index < count - 1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove contact {number}").format(number=index + 1))
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)


class ContactsEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: list[ContactCard] = []
        self._focus_next: tuple[int, str] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No contacts yet."))
        self.add = QPushButton(self.tr("Add contact"))
        self.add.setAccessibleName(self.tr("Add contact"))
        self.add.clicked.connect(self._add)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.add)
        session.reset.connect(self.rebuild)
        session.contacts_changed.connect(self.rebuild)
        session.contact_field_changed.connect(self._field_changed)
        self.rebuild()

    def _add(self) -> None:
        index = len(self.session.release.contacts)
        self._focus_next = (index, "name")
        self.session.undo_stack.push(AddContact(self.session, index))

    def _remove(self, index: int) -> None:
        count = len(self.session.release.contacts) - 1
        self._focus_next = (min(index, count - 1), "remove") if count else (-1, "add")
        self.session.undo_stack.push(RemoveContact(self.session, index))

    def _move(self, index: int, new_index: int) -> None:
        self._focus_next = (new_index, "up" if new_index < index else "down")
        self.session.undo_stack.push(MoveContact(self.session, index, new_index))

    def rebuild(self) -> None:
        had_focus = self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        contacts = self.session.release.contacts
        self.cards = []
        for i in range(len(contacts)):
            card = ContactCard(self.session, i, len(contacts), self)
            card.up.clicked.connect(lambda _=False, i=i: self._move(i, i - 1))
            card.down.clicked.connect(lambda _=False, i=i: self._move(i, i + 1))
            card.remove.clicked.connect(lambda _=False, i=i: self._remove(i))
            self._layout.insertWidget(i, card)
            self.cards.append(card)
        self.empty.setVisible(not contacts)
        self._restore_focus(had_focus)

    def focus_chain(self) -> list[QWidget]:
        """The controls in reading order: each card's fields and buttons, then Add."""
        chain: list[QWidget] = []
        for card in self.cards:
            chain += [*card.edits.values(), card.up, card.down, card.remove]
        return [*chain, self.add]

    def _restore_focus(self, had_focus: bool) -> None:
        target, self._focus_next = self._focus_next, None
        if target is None:
            if had_focus:
                self.add.setFocus()
            return
        index, what = target
        if index < 0 or index >= len(self.cards):
            self.add.setFocus()
            return
        card = self.cards[index]
        widget = card.edits.get(what) or getattr(card, what)
        if not widget.isEnabled():
            widget = card.edits["name"]
        widget.setFocus()

    def _field_changed(self, index: int, name: str) -> None:
        if index < len(self.cards):
            self.cards[index].bindings[name].refresh()
