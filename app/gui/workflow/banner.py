"""The embargo banner: "Embargoed until 00:01 CET, 5 May 2021 (23:01 BST, 4 May 2021) — 3 hours 12 minutes left".

It sits above the form while the open release is under embargo, and goes when
the embargo passes or is cleared. A QTimer re-reads the clock each minute; the
clock (``now``) and the user's zone (``user_zone``) are attributes, so a test
sets the time instead of waiting for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.gui.common.i18n import english_plural, isolate
from app.gui.common.session import Session
from app.model import Embargo

Clock = Callable[[], dt.datetime]
MINUTE_MS = 60_000
STYLE = "QFrame#embargo-banner { background: #fdecc8; border-bottom: 1px solid #c98a00; } " \
        "QFrame#embargo-banner QLabel { color: #4a3300; font-weight: bold; }"


def system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def local_zone() -> dt.tzinfo:
    """The user's zone, as the system sets it."""
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


def moment(when: dt.datetime) -> str:
    """``00:01 CET, 5 May 2021`` in the UI's language (month names from the locale)."""
    day = QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")
    zone = when.tzname() or ""
    return f"{when:%H:%M} {zone}".strip() + f", {day}"


class EmbargoBanner(QFrame):
    """Shown while the release is embargoed; its text counts down by the minute."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.now: Clock = system_now
        self.user_zone: dt.tzinfo = local_zone()
        self.setObjectName("embargo-banner")
        self.setStyleSheet(STYLE)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Embargo"))
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.refresh)
        session.reset.connect(self.refresh)
        session.field_changed.connect(lambda path: self.refresh() if path == "embargo" else None)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        embargo = self.session.release.embargo
        text = self.text_for(embargo, self.now()) if embargo is not None else ""
        self.label.setText(text)
        self.setVisible(bool(text))
        if text and not self.timer.isActive():
            self.timer.start()
        elif not text:
            self.timer.stop()

    def text_for(self, embargo: Embargo, now: dt.datetime) -> str:
        """The banner's words, or "" once the embargo has passed."""
        when = embargo.when
        naive = when.tzinfo is None
        if naive:  # no zone given: read it as the user's own (validation warns about it)
            when = when.replace(tzinfo=self.user_zone)
        left = when - now
        if left <= dt.timedelta(0):
            return ""
        if naive:
            return self.tr("Embargoed until {when} (no time zone given: read as yours) — {left}").format(
                when=isolate(moment(when)), left=self.time_left(left))
        return self.tr("Embargoed until {when} ({yours}) — {left}").format(
            when=isolate(moment(when)), yours=isolate(moment(when.astimezone(self.user_zone))),
            left=self.time_left(left))

    def time_left(self, left: dt.timedelta) -> str:
        minutes = int(left.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            parts = [english_plural(self.tr("%n day(s)", "", days), days)]
            if hours:
                parts.append(english_plural(self.tr("%n hour(s)", "", hours), hours))
        elif hours:
            parts = [english_plural(self.tr("%n hour(s)", "", hours), hours)]
            if minutes:
                parts.append(english_plural(self.tr("%n minute(s)", "", minutes), minutes))
        elif minutes:
            parts = [english_plural(self.tr("%n minute(s)", "", minutes), minutes)]
        else:
            return self.tr("less than a minute left")
        return self.tr("{time} left").format(time=" ".join(parts))
