"""The dateline: place, date (with a calendar), and the line as it will print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.formats.textparse.dates import format_date
from app.gui.common.commands import SetFields
from app.gui.common.i18n import isolate
from app.gui.common.session import Session
from app.gui.common.shortcuts import is_history_shortcut
from app.gui.form.fields import Binding, optional
from app.gui.widgets.line_edit import Changes, LineEdit

NO_DATE = QDate(1800, 1, 1)


def printed_dateline(place: str | None, date: dt.date | None, language: str = "en") -> str | None:
    """The dateline as the text export opens the first paragraph with it: ``GENEVA, 24 April 2019 –``."""
    parts = [p for p in ((place or "").strip(), format_date(date, language) if date else "") if p]
    return f"{', '.join(parts)} –" if parts else None


class DateEdit(QDateEdit):
    def event(self, event: QEvent) -> bool:
        if is_history_shortcut(event):
            event.ignore()
            return False
        return super().event(event)


class DatelineEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._updating = False
        self.place = LineEdit(session, self.tr("Dateline place"))
        self.place.setPlaceholderText(self.tr("City, e.g. Geneva"))
        self.date = DateEdit()
        self.date.setAccessibleName(self.tr("Dateline date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setMinimumWidth(170)
        inner = self.date.findChild(QLineEdit)
        if inner is not None:  # the spin box's own editor takes the focus: name it too
            inner.setAccessibleName(self.tr("Dateline date"))
        self.clear = QPushButton(self.tr("No date"))
        self.clear.setAccessibleName(self.tr("Clear the dateline date"))
        self.printed = QLabel()
        self.printed.setAccessibleName(self.tr("Dateline as printed"))
        self.printed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        place_label = QLabel(self.tr("&Place"))
        place_label.setBuddy(self.place)
        date_label = QLabel(self.tr("D&ate"))
        date_label.setBuddy(self.date)
        row.addWidget(place_label)
        row.addWidget(self.place, 2)
        row.addSpacing(12)
        row.addWidget(date_label)
        row.addWidget(self.date, 1)
        row.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.printed)

        self.place_binding = Binding(
            session,
            "dateline.place",
            self.place,
            self.tr("dateline place"),
            to_model=optional,
            also=self._reprint_place,
        )
        self.date.dateChanged.connect(self._date_edited)
        self.clear.clicked.connect(lambda: self._set_date(None))
        session.field_changed.connect(self._field_changed)
        session.reset.connect(self.refresh)
        self.refresh()

    def _reprint_place(self, place: object) -> Changes:
        d = self.session.release.dateline
        printed = printed_dateline(place, d.date, self.session.release.language)  # type: ignore[arg-type]
        return {"dateline.text": (d.text, printed)}

    def _date_edited(self, qdate: QDate) -> None:
        if not self._updating:
            self._set_date(None if qdate == NO_DATE else qdate.toPython())

    def _set_date(self, date: dt.date | None) -> None:
        d = self.session.release.dateline
        if date == d.date:
            return
        changes: Changes = {
            "dateline.date": (d.date, date),
            "dateline.text": (d.text, printed_dateline(d.place, date, self.session.release.language)),
        }
        self.session.undo_stack.push(SetFields(self.session, changes, self.tr("Edit dateline date")))

    def _field_changed(self, path: str) -> None:
        if path.startswith("dateline.") or path == "language":
            self.refresh()

    def refresh(self) -> None:
        d = self.session.release.dateline
        self.place_binding.refresh()
        self._updating = True
        try:
            self.date.setDate(QDate(d.date) if d.date else NO_DATE)
        finally:
            self._updating = False
        printed = printed_dateline(d.place, d.date, self.session.release.language)
        if printed:
            # isolated, so a Latin dateline keeps its order inside an Arabic sentence and vice versa
            self.printed.setText(self.tr("Exports as: {dateline}").format(dateline=isolate(printed)))
        else:
            self.printed.setText(self.tr("Exports as: (no dateline)"))
