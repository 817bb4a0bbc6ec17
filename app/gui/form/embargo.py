"""The embargo: date, time and time zone, or "No embargo" (for immediate release).

The zone box is editable and lists the IANA zones with the user's own first;
it also takes a UTC offset ("UTC+02:00") and nothing at all (a time without a
zone, which validation warns about). Changing the zone keeps the time on the
clock: "00:01" stays "00:01", now in the zone chosen. Each change is one undo
step on the ``embargo`` field.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from PySide6.QtCore import QDate, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.commands import SetFields
from app.gui.common.i18n import isolate
from app.gui.common.session import Session
from app.gui.form.dateline import NO_DATE, DateEdit
from app.gui.widgets.line_edit import LineEdit
from app.model import Embargo

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*(?P<sign>[+-−])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$", re.IGNORECASE)


class ZoneError(ValueError):
    """The zone box holds something that is neither a zone name nor an offset."""


def user_zone_name() -> str:
    """The user's own IANA zone ("Europe/Oslo"), as the system says; "UTC" when it does not know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if "/" in name or name == "UTC" else "UTC"  # not the zone list: reading it costs ~25 ms


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    import zoneinfo

    return tuple(sorted(n for n in zoneinfo.available_timezones() if "/" in n or n == "UTC"))


def parse_zone(text: str) -> tuple[dt.tzinfo | None, str | None]:
    """The tzinfo and IANA name the zone box means: (None, None) for empty, (offset, None) for "UTC+2"."""
    text = text.strip()
    if not text:
        return None, None
    names = {n.lower(): n for n in zone_names()}
    if text.lower() in names:
        from zoneinfo import ZoneInfo

        name = names[text.lower()]
        return ZoneInfo(name), name
    match = _OFFSET.match(text)
    if match:
        minutes = int(match.group("hours")) * 60 + int(match.group("minutes") or 0)
        if minutes < 24 * 60:
            sign = -1 if match.group("sign") in "-−" else 1
            return dt.timezone(dt.timedelta(minutes=sign * minutes)), None
    raise ZoneError(text)


def zone_text(embargo: Embargo) -> str:
    """What the zone box shows for ``embargo``: its IANA name, its offset, or nothing."""
    if embargo.zone:
        return embargo.zone
    offset = embargo.when.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class ZoneBox(QComboBox):
    """The editable zone list: the user's zone at once, every other zone when the list first opens
    (reading the ~600 zone names costs ~25 ms, too much for every window's start)."""

    def __init__(self, first: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = first
        self.addItem(first)
        self.filled = False

    def fill(self) -> None:
        if not self.filled:
            self.filled = True
            text = self.currentText()
            self.addItems([n for n in zone_names() if n != self.first])
            if self.currentText() != text:
                self.setEditText(text)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


class EmbargoDateEdit(DateEdit):
    """The date box; showing "No embargo" it has no sections to step through, so Tab leaves it."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class EmbargoEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._updating = False
        self.date = EmbargoDateEdit()
        self.date.setAccessibleName(self.tr("Embargo date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No embargo"))
        self.date.setMinimumWidth(170)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Embargo time"))
        for spin in (self.date, self.time):  # the spin box's own editor takes the focus: name it too
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.zone = ZoneBox(user_zone_name())
        self.zone.setEditable(True)
        self.zone.setLineEdit(LineEdit(session, self.tr("Embargo time zone")))
        self.zone.setAccessibleName(self.tr("Embargo time zone"))
        self.zone.setToolTip(self.tr("A time zone from the list, or an offset such as +02:00"))
        self.zone.setMinimumWidth(190)
        self.clear = QPushButton(self.tr("No embargo"))
        self.clear.setAccessibleName(self.tr("No embargo: for immediate release"))
        self.printed = QLabel()
        self.printed.setAccessibleName(self.tr("Embargo as printed"))
        self.problem = QLabel()
        self.problem.setProperty("note", "error")
        self.problem.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 2)
        row.addWidget(self.time)
        row.addWidget(self.zone, 2)
        row.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.printed)
        layout.addWidget(self.problem)

        self.date.dateChanged.connect(self._edited)
        self.time.timeChanged.connect(self._edited)
        self.zone.activated.connect(self._edited)
        self.zone.lineEdit().editingFinished.connect(self._edited)
        self.zone.lineEdit().textEdited.connect(lambda _text: self.zone.fill())  # completion from every zone
        self.clear.clicked.connect(self.set_none)
        session.field_changed.connect(self._field_changed)
        session.reset.connect(self.refresh)
        self.refresh()

    # -- widgets -> release ----------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._updating:
            return
        qdate = self.date.date()
        if qdate == NO_DATE:
            self.set_none()
            return
        try:
            tz, name = parse_zone(self.zone.currentText())
        except ZoneError as exc:
            self.problem.setText(self.tr("“{zone}” is not a time zone: choose one from the list, "
                                         "or type an offset such as +02:00").format(zone=exc))
            self.problem.show()
            return
        self.problem.hide()
        when = dt.datetime.combine(qdate.toPython(), self.time.time().toPython(), tzinfo=tz)
        old = self.session.release.embargo
        self._push(Embargo(when, name, old.text if old is not None else None))

    def set_none(self) -> None:
        self.problem.hide()
        self._push(None)

    def _push(self, new: Embargo | None) -> None:
        old = self.session.release.embargo
        if new == old:
            self.refresh()
            return
        self.session.new_burst()
        text = self.tr("Remove embargo") if new is None else self.tr("Edit embargo")
        self.session.undo_stack.push(SetFields(self.session, {"embargo": (old, new)}, text, merge=False))

    # -- release -> widgets ----------------------------------------------------------------

    def _field_changed(self, path: str) -> None:
        if path == "embargo":
            self.refresh()

    def refresh(self) -> None:
        embargo = self.session.release.embargo
        self._updating = True
        try:
            if embargo is None:
                self.date.setDate(NO_DATE)
            else:
                self.date.setDate(QDate(embargo.when.date()))
                self.time.setTime(QTime(embargo.when.hour, embargo.when.minute))
                self.zone.setEditText(zone_text(embargo))
        finally:
            self._updating = False
        on = embargo is not None
        self.time.setEnabled(on)
        self.zone.setEnabled(on)
        self.clear.setEnabled(on)
        if embargo is not None and embargo.text:
            self.printed.setText(self.tr("As printed: {text}").format(text=isolate(embargo.text)))
        elif embargo is None:
            self.printed.setText(self.tr("For immediate release: pick a date to set an embargo"))
        else:
            self.printed.setText("")
        self.printed.setVisible(bool(self.printed.text()))
