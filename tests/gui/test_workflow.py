"""Status from draft to released, the sign-off on approval, and the embargo banner above the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.formats import read_path
from app.gui.common.settings import Preferences
from app.gui.window.mainwindow import MainWindow
from app.model import Embargo, SignOff
from tests.gui.helpers import StubDialogs, sample_release

NOON = dt.datetime(2024, 3, 5, 12, 0, tzinfo=dt.UTC)
ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


@pytest.fixture
def editor(make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(preferences=Preferences(validation_delay_ms=50, author="Kari Nordmann"))
    window.session.load(sample_release(), None, None)
    window.workflow.now = lambda: NOON
    return window


def choose_status(window: MainWindow, status: str) -> None:
    """Step down the status box with the arrow key, as a user does, to ``status``."""
    box = window.form.status
    box.setFocus()
    for _ in range(box.findData(status) - box.currentIndex()):
        QTest.keyClick(box, Qt.Key.Key_Down)


def test_approving_signs_the_release_with_the_users_name(editor: MainWindow, tmp_path: Path) -> None:
    """Approve: the release records who and when, the status and title bars say so, the file keeps it,
    the revision history notes it, and Undo takes it back."""
    choose_status(editor, "review")
    assert editor.session.release.status == "review"
    assert "(Under review)" in editor.windowTitle()
    choose_status(editor, "approved")
    release = editor.session.release
    assert release.status == "approved"
    assert release.signoffs == [SignOff("approved", "Kari Nordmann", NOON)]
    assert "(Approved)" in editor.windowTitle()
    assert "Approved by Kari Nordmann" in editor.workflow.label.text()
    assert editor.dialogs.asked == []  # a valid release is approved without a question
    editor.revisions.wait()
    newest = editor.revisions.history().revisions(release.id)[0]
    assert newest.note == "Approved by Kari Nordmann"
    target = tmp_path / "approved.release.xml"
    assert editor.save_to(target)
    again = read_path(target)
    assert again.status == "approved"
    assert again.signoffs == [SignOff("approved", "Kari Nordmann", NOON)]
    editor.undo_action.trigger()
    assert editor.session.release.status == "review"
    assert editor.session.release.signoffs == []
    assert editor.form.status.currentText() == "Under review"
    assert "Status: Under review" in editor.workflow.label.text()


def test_approving_with_only_warnings_asks_nothing(editor: MainWindow) -> None:
    """A warning that stays one on approval (a long headline) does not stop it: no question asked."""
    editor.session.release.headline = "Harbour city opens a repair café network across every district, " \
        "with free workshops for bicycles, radios, coats and lamps"
    verdict = editor.workflow.validate(editor.session.release, "approved")
    assert [i.severity for i in verdict] == ["warning"]
    choose_status(editor, "approved")
    assert editor.session.release.status == "approved"
    assert not [q for q in editor.dialogs.asked if q[0] == "approve_with_errors"]


def test_what_a_draft_may_lack_is_an_error_when_approving(editor: MainWindow, dialogs: StubDialogs) -> None:
    """No contact who can be reached: a warning on the draft, but approving names it as an error and asks;
    Cancel leaves the status where it was (under review: the arrow key passed it on the way)."""
    for contact in editor.session.release.contacts:
        contact.email = contact.phone = None
    draft = editor.workflow.validate(editor.session.release, "draft")
    assert [(i.severity, i.field) for i in draft] == [("warning", "contacts")]
    dialogs.approve_with_errors = False
    choose_status(editor, "approved")
    (question,) = [q for q in dialogs.asked if q[0] == "approve_with_errors"]
    assert len(question[1]) == 1
    assert "a release that is approved must have" in question[1][0]
    assert editor.session.release.status == "review"
    assert editor.form.status.currentText() == "Under review"
    assert editor.session.release.signoffs == []


def test_approving_with_errors_asks_first_and_names_them(editor: MainWindow, dialogs: StubDialogs) -> None:
    """With errors, approving asks and lists them; Cancel leaves the status as it was, Yes approves."""
    editor.session.release.headline = ""
    choose_status(editor, "review")
    dialogs.approve_with_errors = False
    choose_status(editor, "approved")
    question = [q for q in dialogs.asked if q[0] == "approve_with_errors"]
    assert len(question) == 1
    assert any("Headline is empty" in message for message in question[0][1])
    assert editor.session.release.status == "review"
    assert editor.session.release.signoffs == []
    assert editor.form.status.currentText() == "Under review"  # back to what it was
    dialogs.approve_with_errors = True
    choose_status(editor, "approved")
    assert editor.session.release.status == "approved"
    assert [s.who for s in editor.session.release.signoffs] == ["Kari Nordmann"]


def test_released_follows_approved_without_a_new_sign_off(editor: MainWindow) -> None:
    """The last step, released, is a plain status change; the approval's sign-off stays."""
    choose_status(editor, "approved")
    choose_status(editor, "released")
    assert editor.session.release.status == "released"
    assert [s.status for s in editor.session.release.signoffs] == ["approved"]
    assert "(Released)" in editor.windowTitle()


# -- the embargo banner --------------------------------------------------------------------


def embargoed(window: MainWindow) -> None:
    release = sample_release()
    release.embargo = Embargo(dt.datetime(2024, 3, 6, 0, 1, tzinfo=ZoneInfo("Europe/Paris")), "Europe/Paris")
    window.session.load(release, None, None)


def banner_text(window: MainWindow) -> str:
    return window.workflow.banner.label.text().translate(ISOLATES)


def test_the_banner_counts_down_in_both_zones_and_goes_when_the_embargo_passes(editor: MainWindow) -> None:
    """Under embargo the window says until when, in the release's zone and the user's, and how long is
    left; the minute timer updates it, and once the time has come the banner is gone."""
    banner = editor.workflow.banner
    banner.now = lambda: dt.datetime(2024, 3, 5, 21, 0, tzinfo=dt.UTC)
    banner.user_zone = ZoneInfo("America/New_York")
    embargoed(editor)
    assert banner.isVisible()
    assert banner_text(editor) == (
        "Embargoed until 00:01 CET, 6 March 2024 (18:01 EST, 5 March 2024) — 2 hours 1 minute left")
    assert editor.centralWidget().layout().itemAt(0).widget() is banner  # above the form
    assert banner.timer.isActive()
    assert banner.timer.interval() == 60_000
    banner.now = lambda: dt.datetime(2024, 3, 5, 23, 0, 30, tzinfo=dt.UTC)
    banner.timer.timeout.emit()  # the next minute's tick
    assert banner_text(editor).endswith("— less than a minute left")
    banner.now = lambda: dt.datetime(2024, 3, 5, 23, 1, tzinfo=dt.UTC)
    banner.timer.timeout.emit()
    assert not banner.isVisible()
    assert not banner.timer.isActive()


def test_the_banner_counts_days(editor: MainWindow) -> None:
    """Days ahead, the banner counts days and hours."""
    banner = editor.workflow.banner
    banner.now = lambda: dt.datetime(2024, 3, 3, 20, 0, tzinfo=dt.UTC)
    banner.user_zone = ZoneInfo("Europe/Paris")
    embargoed(editor)
    assert banner_text(editor).endswith("(00:01 CET, 6 March 2024) — 2 days 3 hours left")


def test_clearing_the_embargo_in_the_form_hides_the_banner_and_undo_brings_it_back(editor: MainWindow) -> None:
    """No embargo in the form takes the banner away; Undo puts the embargo and the banner back."""
    banner = editor.workflow.banner
    banner.now = lambda: dt.datetime(2024, 3, 5, 21, 0, tzinfo=dt.UTC)
    embargoed(editor)
    assert banner.isVisible()
    editor.form.embargo.clear.click()
    assert not banner.isVisible()
    editor.undo_action.trigger()
    assert banner.isVisible()
    assert "Embargoed until 00:01 CET, 6 March 2024" in banner_text(editor)


def test_no_banner_without_an_embargo(editor: MainWindow) -> None:
    """A release for immediate release shows no banner."""
    assert editor.session.release.embargo is None
    assert not editor.workflow.banner.isVisible()
