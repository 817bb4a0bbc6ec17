"""Workflow: draft -> review -> approved -> released, the sign-off on approval, and the embargo banner.

Choosing "approved" in the form first validates the release as an approved
one (what a finished release must have is an error then, a warning on a
draft); with errors the user is asked, and told which, before it goes ahead.
An approval records who (the author name from the preferences, as comments
are signed) and when, as a SignOff in the release and as an entry in the
revision history. The status shows in the status bar; the window title shows
it too (the shell asks :func:`status_name`).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.common.commands import SetFields
from app.gui.common.statuses import status_name
from app.gui.services import FeatureHost
from app.gui.workflow.banner import EmbargoBanner
from app.model import Release, SignOff


def validate_as(release: Release, status: str) -> list:
    """The verdict on ``release`` as if its status were already ``status``."""
    from app.validation import validate_release

    trial = copy.deepcopy(release)
    trial.status = status
    return list(validate_release(trial))


class Workflow(QObject):
    """Status changes from the form, the sign-off, the status in the status bar, the embargo banner."""

    signed_off = Signal(str)  # what the revision history notes: "Approved by Kari Nordmann"

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)  # the clock seam
        self.validate: Callable[[Release, str], list] = validate_as
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Release status"))
        host.status_bar.addPermanentWidget(self.label)
        self.banner = EmbargoBanner(self.session)
        host.form.status_handler = self.request_status  # type: ignore[attr-defined]
        self.session.reset.connect(self.show_status)
        self.session.field_changed.connect(lambda path: self.show_status() if path in ("status", "signoffs") else None)
        self.show_status()

    def show_status(self) -> None:
        release = self.session.release
        text = self.tr("Status: {status}").format(status=status_name(release.status))
        last = next((s for s in reversed(release.signoffs) if s.status == release.status), None)
        if last is not None:
            text = self.tr("{status} by {who}, {when}").format(
                status=text, who=last.who, when=last.when.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.label.setText(text)

    def request_status(self, status: str) -> bool:
        """Move the release to ``status`` as the user asked; False (nothing changed) when they cancel."""
        release = self.session.release
        old = release.status
        if status == old:
            return False
        changes: dict[str, tuple[object, object]] = {"status": (old, status)}
        text = self.tr("Set status to {status}").format(status=status_name(status))
        note = ""
        if status == "approved":
            errors = [i for i in self.validate(release, status) if getattr(i, "severity", "error") == "error"]
            if errors and not self.host.dialogs.ask_approve_with_errors(
                    [str(getattr(i, "message", i)) for i in errors]):
                self.host.form.show_status()  # type: ignore[attr-defined]
                return False
            who = self.host.preferences.author
            signoff = SignOff("approved", who, self.now())
            changes["signoffs"] = (list(release.signoffs), [*release.signoffs, signoff])
            text = self.tr("Approve release")
            note = self.tr("Approved by {who}").format(who=who)
        self.session.new_burst()
        self.session.undo_stack.push(SetFields(self.session, changes, text, merge=False))
        if note:
            self.signed_off.emit(note)
            self.host.show_status(note, 8000)
        return True


def install_workflow(host: FeatureHost) -> Workflow:
    """The status in the status bar, approval with sign-off, and the embargo banner above the form."""
    workflow = Workflow(host)
    form = host.window.takeCentralWidget()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(workflow.banner)
    layout.addWidget(form, 1)
    host.window.setCentralWidget(page)
    return workflow
