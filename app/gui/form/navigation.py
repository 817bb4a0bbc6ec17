"""Where a form path ("contacts[1].email", "body[3]") is on the page: the widget, focused and selected.

Validation issues, search matches and the Annotations panel name fields by path;
this mixin of the form page turns a path into the widget that edits it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.gui.widgets.headline import HeadlineEdit

if TYPE_CHECKING:
    from app.gui.form.contacts import ContactsEditor
    from app.gui.form.dateline import DatelineEditor
    from app.gui.form.embargo import EmbargoEditor
    from app.gui.form.keywords import KeywordsEditor
    from app.gui.form.notes import NotesEditor
    from app.gui.widgets.body_editor import BodyEditor

PATH = re.compile(r"^(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?")


class FormNavigation:
    """``widget_for``, ``focus_path`` and ``select_text`` for the form page that mixes this in."""

    headline: HeadlineEdit
    subheadline: QLineEdit
    byline: QLineEdit
    dateline: DatelineEditor
    reference: QLineEdit
    embargo: EmbargoEditor
    language: QComboBox
    status: QComboBox
    abstract: QLineEdit
    body: BodyEditor
    photo_credits: QLineEdit
    contacts: ContactsEditor
    notes: NotesEditor
    keywords: KeywordsEditor

    # and the QScrollArea's widget(), ensureWidgetVisible() and ensureVisible()

    def widget_for(self, path: str) -> QWidget | None:
        match = PATH.match(path or "")
        if not match:
            return None
        name, index, sub = match.group("name"), match.group("index"), match.group("sub")
        if name == "dateline":
            return self.dateline.date if sub == "date" else self.dateline.place
        if name == "contacts":
            if index is None or int(index) >= len(self.contacts.cards):
                return self.contacts.add
            card = self.contacts.cards[int(index)]
            return card.edits.get(sub or "name", card.edits["name"])
        return {
            "headline": self.headline,
            "subheadline": self.subheadline,
            "byline": self.byline,
            "language": self.language,
            "status": self.status,
            "body": self.body,
            "photo_credits": self.photo_credits,
            "keywords": self.keywords,
            "abstract": self.abstract,
            "reference": self.reference,
            "embargo": self.embargo.date,
            "boilerplate": self.notes.cards[0].heading if self.notes.cards else self.notes.add,
        }.get(name)

    def focus_path(self, path: str) -> QWidget | None:
        """Focus and select the widget (or paragraph) that edits ``path``."""
        widget = self.widget_for(path)
        if widget is None:
            return None
        match = PATH.match(path)
        if widget is self.body and match and match.group("index") is not None:
            index = int(match.group("index"))
            if index < self.body.blockCount():
                self.body.select_paragraph(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, (QLineEdit, HeadlineEdit)):
            widget.selectAll()
        elif isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widget.lineEdit().selectAll()
        elif hasattr(widget, "selectAll") and widget is not self.body:
            widget.selectAll()
        self.ensureWidgetVisible(widget)
        return widget

    def select_text(self, path: str, start: int, end: int) -> QWidget | None:
        """Give the field at ``path`` the focus, scrolled into view, with ``start:end`` of its text selected."""
        widget = self.widget_for(path)
        if widget is None:
            return None
        match = PATH.match(path)
        if widget is self.body and match and match.group("index") is not None:
            index = int(match.group("index"))
            cursor = self.body.textCursor()
            cursor.setPosition(self.body.position_of(index, start))
            cursor.setPosition(self.body.position_of(index, end), QTextCursor.MoveMode.KeepAnchor)
            self.body.setTextCursor(cursor)
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
            self.body.ensureCursorVisible()
            rect = self.body.cursorRect()  # the body can be taller than the view: scroll to the match's line
            top_left = self.body.viewport().mapTo(self.widget(), rect.topLeft())
            self.ensureVisible(top_left.x(), top_left.y() + rect.height() // 2, 50, rect.height() + 20)
            return self.body
        if isinstance(widget, (QLineEdit, HeadlineEdit)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.setSelection(start, end - start)
            self.ensureWidgetVisible(widget)
            return widget
        return self.focus_path(path)  # keywords: the field, as a whole
