"""Live validation: the panel lists issues, a click goes to the field, errors are marked in words."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from app.gui.window.validator_worker import LiveValidator
from app.model import Release
from app.validation import Issue


def wait_for_status(qtbot, window: MainWindow, predicate) -> None:
    qtbot.waitUntil(lambda: predicate(window.status_label.text()), timeout=10000)


def test_clearing_the_headline_is_reported_and_a_click_focuses_it(loaded: MainWindow, qtbot) -> None:
    """Emptying the headline lists an error; clicking it puts the cursor in the headline."""
    form = loaded.form
    wait_for_status(qtbot, loaded, lambda text: text == "Valid")
    form.headline.setFocus()
    form.headline.selectAll()
    QTest.keyClick(form.headline, Qt.Key.Key_Delete)
    wait_for_status(qtbot, loaded, lambda text: "error" in text)
    assert loaded.status_label.text() == "1 error"
    item = loaded.panel.topLevelItem(0)
    assert [item.text(0), item.text(1)] == ["Error", "Headline"]
    assert item.text(2) == "Headline is empty; write a headline."
    assert "Error:" in form.states["headline"].note.text()
    assert "Error:" in form.headline.accessibleDescription()

    form.keywords.setFocus()
    rect = loaded.panel.visualItemRect(item)
    QTest.mouseClick(loaded.panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert loaded.focusWidget() is form.headline

    QTest.keyClicks(form.headline, "A headline again")
    wait_for_status(qtbot, loaded, lambda text: text == "Valid")
    assert loaded.panel.topLevelItemCount() == 0
    assert form.headline.accessibleDescription() == ""


def test_clicking_a_contact_issue_selects_that_field(loaded: MainWindow, qtbot) -> None:
    """An e-mail that is not an address is reported on that contact, and a click selects the e-mail field."""
    card = loaded.form.contacts.cards[1]
    card.edits["email"].setFocus()
    card.edits["email"].selectAll()
    QTest.keyClicks(card.edits["email"], "joao at tinkers")
    wait_for_status(qtbot, loaded, lambda text: "error" in text)
    item = loaded.panel.topLevelItem(0)
    assert item.text(1) == "Contact 2 e-mail"
    loaded.form.headline.setFocus()
    loaded.panel.itemActivated.emit(item, 0)
    assert loaded.focusWidget() is card.edits["email"]
    assert card.edits["email"].selectedText() == "joao at tinkers"
    assert card.states["email"].error


def test_clicking_a_paragraph_issue_selects_the_paragraph(loaded: MainWindow, qtbot) -> None:
    """A problem in paragraph 2 is listed as 'Paragraph 2' and a click selects that paragraph's text."""

    def validate(release: Release) -> list[Issue]:
        return [Issue("warning", "Paragraph 2 is too short", field="body[1]")]

    loaded.validator._validate = validate
    loaded.validate_action.trigger()
    wait_for_status(qtbot, loaded, lambda text: text == "1 warning")
    item = loaded.panel.topLevelItem(0)
    assert item.text(1) == "Paragraph 2"
    loaded.panel.itemActivated.emit(item, 0)
    body = loaded.form.body
    assert loaded.focusWidget() is body
    assert body.textCursor().selectedText() == "Volunteers from the Tinkers Guild run the workshops."
    assert "paragraph 2" in body.accessibleDescription()


def test_stale_results_are_ignored(qtbot) -> None:
    """A validation still running when the text changes again never overwrites the newer result."""
    release = Release(headline="first")
    gate = threading.Event()
    seen: list[list] = []

    def validate(snapshot: Release) -> list:
        if snapshot.headline == "first":
            gate.wait(5)
        return [snapshot.headline]

    validator = LiveValidator(lambda: release, validate, delay_ms=10)
    validator.finished.connect(seen.append)
    validator.run_now()
    release.headline = "second"
    validator.run_now()
    gate.set()
    qtbot.waitUntil(lambda: seen == [["second"]], timeout=5000)
    validator.shutdown()
    assert seen == [["second"]]


def test_the_bundled_example_opens_without_an_error(qtbot, window: MainWindow) -> None:
    """The example release, a real one whose contact is named with e-mail and phone, opens with no error; a
    contact with a name only would be a warning, not an error."""
    from tests.gui.helpers import EXAMPLE

    window.open_path(EXAMPLE)
    with qtbot.waitSignal(window.validator.finished, timeout=10000) as finished:
        window.validator.run_now()
    assert [i.message for i in finished.args[0] if i.severity == "error"] == []
    assert window.status_label.text() == "Valid"
    window.session.release.contacts[0].email = None
    window.session.release.contacts[0].phone = None
    with qtbot.waitSignal(window.validator.finished, timeout=10000) as finished:
        window.validator.run_now()
    assert [(i.severity, i.code) for i in finished.args[0]] == [("warning", "contact-reachable")]
    assert window.status_label.text() == "1 warning"
