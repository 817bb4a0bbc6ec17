"""The headline field: a line edit that shows the headline's tags and moves them as the user types.

It stays a QLineEdit, so everything a line edit does (the character count,
merged undo steps, RTL, selection, the unsure and error marks) is unchanged.
The tags are painted by Qt's own text layout: an input-method event with no
text and only format attributes sets the layout's formats without touching
the text, the selection or the undo history, and it lays out right to left
as the text does. A real input method's preedit replaces them for a moment;
the next change repaints them.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QAction, QTextCharFormat
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.common.session import Session
from app.gui.widgets.line_edit import Changes, LineEdit
from app.model import Release


class HeadlineEdit(LineEdit):
    """The headline's line edit, painting the headline's tags in the body's colours."""

    def __init__(self, session: Session, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(session, accessible_name, parent)
        self.formats: dict[str, QTextCharFormat] = {}
        self.tag_actions: list[QAction] = []  # the window's Tag actions, offered in the context menu
        self.textChanged.connect(self.show_tags)
        session.field_changed.connect(lambda path: self.show_tags() if path.startswith("headline") else None)
        session.annotations_changed.connect(lambda _indexes: self.show_tags())
        session.reset.connect(self.show_tags)

    def set_formats(self, formats: dict[str, QTextCharFormat]) -> None:
        """The look of each kind (the body highlighter's, light or dark)."""
        self.formats = formats
        self.show_tags()

    def show_tags(self) -> None:
        """Paint the release's headline tags; nothing while the widget and the release disagree mid-edit."""
        release = self.session.release
        entities = release.headline_entities if self.text() == release.headline else []
        # sorted outer first: an inner tag paints over the one around it
        self.set_marks("tags", [(e.start, e.end, self.formats[e.kind]) for e in entities if e.kind in self.formats])

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
