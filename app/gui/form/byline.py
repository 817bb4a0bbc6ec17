"""The byline field: who wrote the story, as printed ("By Kari Nordmann, Harbour Correspondent").

A plain line edit bound to ``byline``; empty means no byline. Kept in its own
module so the page only places it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.gui.common.session import Session
from app.gui.form.fields import Binding, optional
from app.gui.widgets.line_edit import LineEdit


class BylineEdit(LineEdit):
    """The byline's line edit; each keystroke is an undo step merged into its burst."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setAccessibleName(self.tr("Byline"))
        self.setPlaceholderText(self.tr("By ..., as printed under the headline"))

    def binding(self) -> Binding:
        return Binding(self.session, "byline", self, self.tr("byline"), to_model=optional)
