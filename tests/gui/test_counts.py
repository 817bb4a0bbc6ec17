"""Counts in the status bar: the focused field, the whole release, and the body against its target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.common.settings import Settings
from app.gui.window.mainwindow import MainWindow
from app.model.counts import count_body, count_release


def settings_action(window: MainWindow, text: str):
    menu = window.menus.menu("settings")
    return next(a for a in menu.actions() if a.text() == text)


def test_the_focused_field_and_the_release_are_counted(qtbot, loaded: MainWindow) -> None:
    """Clicking into the headline shows its words and characters; typing updates them and the release's."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    QTest.mouseClick(loaded.form.headline, Qt.MouseButton.LeftButton)
    counts = loaded.counts
    assert counts.field_label.text() == "Headline: 7 words, 40 characters"
    total = count_release(loaded.session.release)
    expected = f"Release: {total.words} words, {total.characters} characters"
    qtbot.waitUntil(lambda: counts.release_label.text() == expected)  # counted after a pause
    loaded.form.headline.end(False)
    QTest.keyClicks(loaded.form.headline, " today")
    assert counts.field_label.text() == "Headline: 8 words, 46 characters"
    qtbot.waitUntil(lambda: counts.release_label.text().startswith(f"Release: {total.words + 1} words"))
    QTest.mouseClick(loaded.form.body.viewport(), Qt.MouseButton.LeftButton)
    body = count_body(loaded.session.release)
    assert counts.field_label.text() == f"Body paragraphs: {body.words} words, {body.characters} characters"
    QTest.keyClicks(loaded.form.body, " More")  # the body's count follows after a pause in typing
    qtbot.waitUntil(lambda: counts.field_label.text().startswith(f"Body paragraphs: {body.words + 1} words"))
    assert counts.field_label.isVisible()
    assert counts.release_label.isVisible()


def test_the_body_is_counted_against_the_target_from_settings(qtbot, loaded: MainWindow, dialogs, paths) -> None:
    """Settings > Body Target Length… sets a target; the status bar shows the body's words against it, and
    the target is remembered."""
    qtbot.waitUntil(lambda: bool(loaded.counts.release_label.text()))
    assert not loaded.counts.target_label.isVisible()
    dialogs.target_words.append(20)
    settings_action(loaded, "Body &Target Length…").trigger()
    words = count_body(loaded.session.release).words
    assert loaded.counts.target_label.text() == f"Body: {words} of 20 words"
    assert loaded.counts.target_label.isVisible()
    assert Settings(paths).preferences().body_target_words == 20
    dialogs.target_words.append(0)
    settings_action(loaded, "Body &Target Length…").trigger()
    assert not loaded.counts.target_label.isVisible()


def test_back_from_the_body_a_field_is_counted_at_every_key_again(qtbot, loaded: MainWindow) -> None:
    """After typing in the body (counted after a pause), the subheadline's count follows each key again."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    counts = loaded.counts
    QTest.mouseClick(loaded.form.body.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(loaded.form.body, " Again")
    assert counts.field_label.text().startswith("Body paragraphs:")
    QTest.mouseClick(loaded.form.subheadline, Qt.MouseButton.LeftButton)
    words = len(loaded.session.release.subheadline.split())
    assert counts.field_label.text().startswith(f"Subheadline: {words} words")
    loaded.form.subheadline.end(False)
    QTest.keyClicks(loaded.form.subheadline, " daily")
    assert counts.field_label.text().startswith(f"Subheadline: {words + 1} words"), "at once, not after a pause"


def test_undoing_an_added_contact_or_note_block_leaves_no_count_of_it(qtbot, loaded: MainWindow) -> None:
    """Add contact, type a name, undo it away: later edits raise no error and the status bar no longer
    counts the contact that is gone; the same for an added note block."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    counts = loaded.counts
    contacts = len(loaded.session.release.contacts)
    QTest.mouseClick(loaded.form.contacts.add, Qt.MouseButton.LeftButton)
    name = loaded.focusWidget()
    assert name.accessibleName() == f"Contact {contacts + 1} name"
    QTest.keyClicks(name, "Zed")
    assert counts.field_label.text() == f"Contact {contacts + 1} name: 1 word, 3 characters"
    loaded.undo_action.trigger()
    loaded.undo_action.trigger()
    assert len(loaded.session.release.contacts) == contacts
    qtbot.waitUntil(lambda: not counts.field_label.text())  # the name field is deleted: nothing counted
    loaded.form.subheadline.end(False)
    QTest.keyClicks(loaded.form.subheadline, " x")  # an error in the count would fail the test here
    assert "Contact" not in counts.field_label.text()

    QTest.mouseClick(loaded.form.notes.add, Qt.MouseButton.LeftButton)
    heading = loaded.focusWidget()
    assert heading.accessibleName().startswith("Note block")
    loaded.undo_action.trigger()
    qtbot.waitUntil(lambda: not counts.field_label.text())
    QTest.mouseClick(loaded.form.headline, Qt.MouseButton.LeftButton)
    QTest.keyClicks(loaded.form.headline, "A")
    assert counts.field_label.text().startswith("Headline:")


def test_one_word_is_counted_in_the_singular(qtbot, loaded: MainWindow) -> None:
    """A field holding one word says "1 word, 1 character", not "1 words"; the target says "of 1 word"."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    subheadline = loaded.form.subheadline
    QTest.mouseClick(subheadline, Qt.MouseButton.LeftButton)
    subheadline.selectAll()
    QTest.keyClicks(subheadline, "A")
    assert loaded.counts.field_label.text() == "Subheadline: 1 word, 1 character"
    QTest.keyClicks(subheadline, "h")
    assert loaded.counts.field_label.text() == "Subheadline: 1 word, 2 characters"
    loaded.dialogs.target_words.append(1)
    settings_action(loaded, "Body &Target Length…").trigger()
    words = count_body(loaded.session.release).words
    assert loaded.counts.target_label.text() == f"Body: {words} of 1 word"
