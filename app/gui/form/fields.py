"""Field widgets bound to the session: edits become undo steps, marks become text.

A Binding ties one QLineEdit to one form path. A FieldState shows what the
window knows about a field — the importer was unsure of it, or validation
found an error — as a border, a line of text under it, its tooltip and its
accessible description, so nothing is said by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.gui.common.commands import SetFields
from app.gui.common.session import Session
from app.gui.widgets.line_edit import Changes

STYLE = """
*[mark="unsure"] { background-color: #fff4cc; border: 1px solid #c9a227; }
*[mark="error"] { border: 2px solid #c0392b; }
QLabel[note="unsure"] { color: #7a5c00; }
QLabel[note="error"] { color: #a93226; }
QLabel[role="section"] { font-weight: bold; padding-top: 8px; }
"""
# The same marks on a dark scheme: a pale yellow field under white text would be unreadable.
DARK_STYLE = """
*[mark="unsure"] { background-color: #4a3d10; border: 1px solid #d8b64a; }
*[mark="error"] { border: 2px solid #ff6b5b; }
QLabel[note="unsure"] { color: #f0d27a; }
QLabel[note="error"] { color: #ff8a7d; }
QLabel[role="section"] { font-weight: bold; padding-top: 8px; }
"""


def optional(text: str) -> str | None:
    return text if text.strip() else None


def text_of(value: object) -> str:
    return "" if value is None else str(value)


class Binding:
    """One line edit edits one field: each keystroke pushes (and merges) a SetFields."""

    def __init__(
        self,
        session: Session,
        path: str,
        edit: QLineEdit,
        label: str,
        *,
        to_model: Callable[[str], object] = str,
        from_model: Callable[[object], str] = text_of,
        also: Callable[[object], Changes] | None = None,
    ) -> None:
        self.session, self.path, self.edit, self.label = session, path, edit, label
        self.to_model, self.from_model, self.also = to_model, from_model, also
        edit.textEdited.connect(self._edited)
        self.refresh()

    def _edited(self, text: str) -> None:
        new = self.to_model(text)
        old = self.session.get_field(self.path)
        if new == old:
            return
        changes: Changes = {self.path: (old, new)}
        if self.also is not None:
            changes.update(self.also(new))
        text = QCoreApplication.translate("Binding", "Edit {field}").format(field=self.label)
        self.session.undo_stack.push(SetFields(self.session, changes, text))

    def refresh(self) -> None:
        """Show the release's value, unless the widget already says the same (keeps the cursor)."""
        value = self.session.get_field(self.path)
        if self.to_model(self.edit.text()) != value:
            self.edit.setText(self.from_model(value))


def severity_words(severity: str) -> str:
    """"Error: {message}" in the UI's language (the severity itself is data from validation)."""
    if severity == "error":
        return QCoreApplication.translate("FieldState", "Error: {message}")
    if severity == "warning":
        return QCoreApplication.translate("FieldState", "Warning: {message}")
    return severity.capitalize() + ": {message}"


def _repolish(widget: QWidget) -> None:
    # A widget not polished yet (the form before its first show) takes its properties when Qt polishes it;
    # skipping it here keeps the style's wrapper (a costly type, its many enums) out of the start.
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldState:
    """The 'unsure' and 'error' marks of one field, in colour and in words."""

    def __init__(self, widget: QWidget, note: QLabel, name: str) -> None:
        self.widget, self.note, self.name = widget, note, name
        self.unsure = False
        self.error: str | None = None
        self.severity = "error"
        note.setWordWrap(True)
        note.hide()

    def set_unsure(self, unsure: bool) -> None:
        self.unsure = unsure
        self._show()

    def set_error(self, message: str | None, severity: str = "error") -> None:
        self.error = message
        self.severity = severity
        self._show()

    def _show(self) -> None:
        if self.error:
            mark, words = "error", severity_words(self.severity).format(message=self.error)
        elif self.unsure:
            mark, words = "unsure", QCoreApplication.translate(
                "FieldState", "Check this: the importer was unsure of this field."
            )
        else:
            mark, words = "", ""
        # the style sheet reads only these properties: a widget whose mark stays as it was needs no new polish
        restyle = (self.widget.property("mark") or "") != mark, (self.note.property("note") or "") != mark
        self.widget.setProperty("mark", mark)
        self.widget.setToolTip(words)
        self.widget.setAccessibleDescription(words)
        self.note.setProperty("note", mark)
        self.note.setText(words)
        spoken = QCoreApplication.translate("FieldState", "{field}: {note}").format(field=self.name, note=words)
        self.note.setAccessibleName(spoken if words else "")
        self.note.setVisible(bool(words))
        if restyle[0]:
            _repolish(self.widget)
        if restyle[1]:
            _repolish(self.note)
