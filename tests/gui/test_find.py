"""Find and replace in the window: Ctrl+F, F3 / Shift+F3, Ctrl+H, Replace All as one undo step."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.gui.window.mainwindow import MainWindow
from app.model import Paragraph
from tests.gui.helpers import type_text


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the user's focus is, so the window's shortcuts answer it as they would a person."""
    window.activateWindow()
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)


def open_bar(qtbot, window: MainWindow, pattern: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.form.body.setFocus()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find.toolbar.isVisible()
    assert window.find.bar.pattern.hasFocus()
    type_text(window.find.bar.pattern, pattern)
    window.find.update_count()  # what the bar shows after its short pause


def test_ctrl_f_opens_the_bar_and_f3_walks_the_matches_through_the_fields(qtbot, loaded: MainWindow) -> None:
    """F3 selects each match in turn, headline then body then keywords, and Shift+F3 goes back."""
    open_bar(qtbot, loaded, "repair")
    assert loaded.find.bar.status.text() == "3 matches"
    press(loaded, Qt.Key.Key_F3)
    assert loaded.form.headline.hasFocus()
    assert loaded.form.headline.selectedText() == "repair"
    assert loaded.find.bar.status.text() == "1 of 3"
    press(loaded, Qt.Key.Key_F3)
    assert loaded.form.body.hasFocus()
    assert loaded.form.body.textCursor().selectedText() == "repair"
    assert loaded.form.body.textCursor().blockNumber() == 0
    assert not loaded.form.headline.hasSelectedText(), "one match selected at a time"
    press(loaded, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert loaded.form.headline.hasFocus()
    assert loaded.find.bar.status.text() == "1 of 3"


def test_a_match_in_a_contact_gets_the_focus(qtbot, loaded: MainWindow) -> None:
    """A match in a contact's organisation selects it in that contact's field."""
    open_bar(qtbot, loaded, "guild")
    press(loaded, Qt.Key.Key_F3)  # the body's "Tinkers Guild" first
    assert loaded.form.body.textCursor().selectedText() == "Guild"
    press(loaded, Qt.Key.Key_F3)
    organisation = loaded.form.contacts.cards[1].edits["organisation"]
    assert organisation.hasFocus()
    assert organisation.selectedText() == "Guild"


def test_a_match_far_down_the_body_is_scrolled_into_view(qtbot, loaded: MainWindow) -> None:
    """Going to a match in paragraph 120 scrolls the form so the selected words are on screen."""
    body = [Paragraph(f"q{i}", f"Filler paragraph number {i} about bicycles.") for i in range(150)]
    body[120] = Paragraph("q120", "Here the lighthouse keeper mends radios.")
    release = loaded.session.release
    release.body = body
    loaded.session.load(release, None, None)
    open_bar(qtbot, loaded, "lighthouse")
    press(loaded, Qt.Key.Key_F3)
    body_editor = loaded.form.body
    assert body_editor.textCursor().selectedText() == "lighthouse"
    rect = body_editor.cursorRect()
    assert body_editor.viewport().rect().contains(rect.center())  # inside the editor's own view
    centre = body_editor.viewport().mapTo(loaded.form.viewport(), rect.center())
    assert loaded.form.viewport().rect().contains(centre)  # and the form scrolled to it


def test_invalid_regular_expression_is_reported_in_the_bar(qtbot, loaded: MainWindow) -> None:
    """With regular expressions on, 'caf(' says the pattern is invalid and why, and finds nothing."""
    loaded.activateWindow()
    open_bar(qtbot, loaded, "caf(")
    assert loaded.find.bar.status.text() == "No matches"  # plain text: the bracket is a character
    QTest.mouseClick(loaded.find.bar.regex, Qt.MouseButton.LeftButton)
    loaded.find.update_count()
    assert loaded.find.bar.status.text().startswith("Invalid pattern: invalid regular expression: missing )")
    assert loaded.find.find_next() is None


def test_replace_all_is_one_undo_step(qtbot, loaded: MainWindow) -> None:
    """Ctrl+H, a replacement, Replace All: every field changes; one Undo brings every one back."""
    before = copy.deepcopy(loaded.session.release)
    open_bar(qtbot, loaded, "repair")
    press(loaded, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert loaded.find.bar.replacement.isVisible()
    QTest.keyClicks(loaded.find.bar.replacement, "mending")
    QTest.mouseClick(loaded.find.bar.replace_all_button, Qt.MouseButton.LeftButton)
    release = loaded.session.release
    assert release.headline == "Harbour city opens a mending café network"
    assert release.body[0].text == "The city council opened twelve mending cafés today."
    assert release.keywords[0] == "mending"
    assert loaded.form.headline.text() == "Harbour city opens a mending café network"
    assert loaded.find.bar.status.text() == "Replaced 3 matches"
    assert loaded.undo_action.text().replace("&", "") == "Undo Replace 3 matches"
    loaded.undo_action.trigger()
    assert loaded.session.release == before
    assert loaded.form.headline.text() == before.headline
    assert loaded.form.body.toPlainText().startswith("The city council opened twelve repair cafés today.")
    loaded.redo_action.trigger()
    assert loaded.session.release.keywords[0] == "mending"


def test_tags_stay_on_their_words_and_a_swallowed_tag_is_reported(qtbot, loaded: MainWindow) -> None:
    """Replacing 'city' inside the tagged 'city council' keeps the tag on 'town council'; replacing the whole
    tagged name removes the tag and the bar says so."""
    open_bar(qtbot, loaded, "city")
    QTest.mouseClick(loaded.find.bar.match_case, Qt.MouseButton.LeftButton)
    loaded.find.open_replace()
    loaded.find.bar.replacement.setText("town")
    loaded.find.replace_all()
    p1 = loaded.session.release.body[0]
    assert p1.entity_text(p1.entities[0]) == "town council"
    loaded.find.bar.pattern.setText("town council")
    loaded.find.bar.replacement.setText("council")
    QTest.mouseClick(loaded.find.bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert loaded.session.release.body[0].entities == []
    assert loaded.find.bar.status.text() == "Replaced 1 match; 1 tag removed with their text"


def test_replace_changes_the_current_match_and_goes_to_the_next(qtbot, loaded: MainWindow) -> None:
    """Replace swaps the selected match only, as one undo step, and selects the next one."""
    open_bar(qtbot, loaded, "cafés")
    loaded.find.open_replace()
    loaded.find.bar.replacement.setText("workshops")
    press(loaded, Qt.Key.Key_F3)
    QTest.mouseClick(loaded.find.bar.replace_button, Qt.MouseButton.LeftButton)
    body = loaded.session.release.body
    assert body[0].text == "The city council opened twelve repair workshops today."
    assert body[2].text == "The cafés open every Saturday morning."
    assert loaded.form.body.textCursor().blockNumber() == 2
    assert loaded.form.body.textCursor().selectedText() == "cafés"
    assert loaded.undo_action.text().replace("&", "") == "Undo Replace"


def test_escape_closes_the_bar(qtbot, loaded: MainWindow) -> None:
    """Esc in the bar closes it and gives the body the focus back."""
    open_bar(qtbot, loaded, "city")
    QTest.keyClick(loaded.find.bar.pattern, Qt.Key.Key_Escape)
    assert not loaded.find.toolbar.isVisible()


def test_the_match_count_follows_typing_while_the_bar_is_open(qtbot, loaded: MainWindow) -> None:
    """With the bar open, typing the word again in the body raises its count after a pause; with the bar
    closed nothing is counted, and opening it again shows the count of the text as it is then."""
    open_bar(qtbot, loaded, "repair")
    assert loaded.find.bar.status.text() == "3 matches"
    body = loaded.form.body
    body.setFocus()
    body.move_to(2, 0)
    QTest.keyClicks(body, "repair ")
    qtbot.waitUntil(lambda: loaded.find.bar.status.text() == "4 matches")
    QTest.keyClick(loaded.find.bar.pattern, Qt.Key.Key_Escape)
    assert body.hasFocus()
    QTest.keyClicks(body, "repair ")
    qtbot.wait(400)
    assert loaded.find.bar.status.text() == "4 matches", "a closed bar is left as it was"
    press(loaded, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert loaded.find.bar.status.text() == "5 matches"
    body.setFocus()
    QTest.keyClicks(body, "repair ")
    qtbot.waitUntil(lambda: loaded.find.bar.status.text() == "6 matches")


def test_a_long_result_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(qtbot, loaded: MainWindow) -> None:
    """When the bar is too narrow for the result, it ends in "…" rather than mid-word, and hovering shows all of
    it; with room enough the whole result shows."""
    loaded.resize(1000, 700)
    open_bar(qtbot, loaded, "city council")
    loaded.find.open_replace()
    loaded.find.bar.replacement.setText("council")
    QTest.mouseClick(loaded.find.bar.replace_all_button, Qt.MouseButton.LeftButton)
    status = loaded.find.bar.status
    said = "Replaced 1 match; 1 tag removed with their text"
    assert status.text() == said
    assert status.toolTip() == said
    qtbot.waitUntil(lambda: status.width() < status.fontMetrics().horizontalAdvance(said))
    shown = status.shown_text()
    assert shown.endswith("…")
    assert said.startswith(shown.removesuffix("…"))
    assert status.fontMetrics().horizontalAdvance(shown) <= status.contentsRect().width()
    loaded.find.bar.say("3 matches")
    assert status.shown_text() == "3 matches"
    assert status.toolTip() == "3 matches"
