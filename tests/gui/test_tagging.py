"""Tagging in the body: by selection, by shortcut, and tags that follow their text through edits and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.gui.widgets.highlight import kind_colour
from app.gui.window.mainwindow import MainWindow
from app.model import Entity
from tests.gui.helpers import painted_span

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def select(window: MainWindow, index: int, start: int, end: int) -> None:
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.position_of(index, start))
    cursor.setPosition(body.position_of(index, end), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def tagged(window: MainWindow, index: int) -> list[tuple[str, str]]:
    para = window.session.release.body[index]
    return [(e.kind, para.entity_text(e)) for e in para.entities]


def test_tag_selection_from_the_menu_action(loaded: MainWindow) -> None:
    """Selecting 'Tinkers Guild' and choosing Tag as Organisation tags it, as one undo step."""
    select(loaded, 1, 20, 33)
    loaded.annotations.tag_actions["organisation"].trigger()
    assert tagged(loaded, 1) == [("organisation", "Tinkers Guild")]
    assert loaded.undo_action.text() == "&Undo Tag as Organisation"
    loaded.undo_action.trigger()
    assert tagged(loaded, 1) == []
    loaded.redo_action.trigger()
    assert tagged(loaded, 1) == [("organisation", "Tinkers Guild")]


def test_tag_by_shortcut_trims_spaces(loaded: MainWindow) -> None:
    """Ctrl+Alt+E tags the selected words as an event, leaving the spaces around them out."""
    select(loaded, 2, 14, 31)  # " every Saturday m" -> trimmed
    QTest.keyClick(loaded.form.body, Qt.Key.Key_E, CTRL_ALT)
    assert tagged(loaded, 2) == [("event", "every Saturday m")]


def test_each_kind_has_its_shortcut(loaded: MainWindow) -> None:
    """Every kind of tag has its own Ctrl+Alt shortcut."""
    keys = {
        "person": Qt.Key.Key_P, "organisation": Qt.Key.Key_O, "place": Qt.Key.Key_L,
        "event": Qt.Key.Key_E, "initiative": Qt.Key.Key_I, "topic": Qt.Key.Key_T,
    }
    words = [(0, 31, 37), (0, 38, 43), (1, 0, 10), (1, 38, 41), (1, 42, 51), (2, 0, 3)]
    for (kind, key), (index, start, end) in zip(keys.items(), words, strict=True):
        select(loaded, index, start, end)
        QTest.keyClick(loaded.form.body, key, CTRL_ALT)
        assert kind in [k for k, _ in tagged(loaded, index)], kind
    assert loaded.session.undo_stack.count() == 6


def test_tag_without_selection_takes_the_word_at_the_cursor(loaded: MainWindow) -> None:
    """With no selection, tagging takes the word the cursor is in."""
    loaded.form.body.setFocus()
    loaded.form.body.move_to(2, 24)  # inside "Saturday"
    loaded.annotations.tag_actions["topic"].trigger()
    assert tagged(loaded, 2) == [("topic", "Saturday")]


def test_crossing_tag_is_refused_with_a_message(loaded: MainWindow) -> None:
    """A selection that would cross an existing tag is refused and nothing is added to the history."""
    select(loaded, 0, 9, 23)  # "council opened" crosses "city council"
    loaded.annotations.tag_actions["place"].trigger()
    assert tagged(loaded, 0) == [("organisation", "city council")]
    assert loaded.session.undo_stack.count() == 0
    assert "crosses" in loaded.statusBar().currentMessage()


def test_typing_before_inside_and_after_a_tag(loaded: MainWindow) -> None:
    """Typing before a tag moves it, inside grows it, after leaves it; undo brings each back."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(0, 4)
    QTest.keyClicks(body, "big ")
    assert tagged(loaded, 0) == [("organisation", "city council")]
    body.move_to(0, 12)  # inside: "city| council"
    QTest.keyClicks(body, "-wide")
    assert tagged(loaded, 0) == [("organisation", "city-wide council")]
    loaded.session.new_burst()
    body.move_to(0, 25)  # right after the tag
    QTest.keyClicks(body, "s")
    assert tagged(loaded, 0) == [("organisation", "city-wide council")]
    loaded.undo_action.trigger()
    loaded.undo_action.trigger()
    assert tagged(loaded, 0) == [("organisation", "city council")]
    loaded.undo_action.trigger()
    assert loaded.session.release.body[0].entities == [Entity("e1", "organisation", 4, 16)]


def test_deleting_across_a_tag_edge_keeps_what_remains(loaded: MainWindow) -> None:
    """Deleting text that covers a tag's head keeps the rest of the name tagged."""
    select(loaded, 0, 0, 9)  # "The city " eats "city "
    QTest.keyClick(loaded.form.body, Qt.Key.Key_Delete)
    assert tagged(loaded, 0) == [("organisation", "council")]


def test_deleting_all_of_a_tag_removes_it_and_undo_restores_it(loaded: MainWindow) -> None:
    """A tag whose text is deleted entirely disappears; undo brings text and tag back."""
    select(loaded, 0, 3, 16)
    QTest.keyClick(loaded.form.body, Qt.Key.Key_Backspace)
    assert tagged(loaded, 0) == []
    loaded.undo_action.trigger()
    assert tagged(loaded, 0) == [("organisation", "city council")]
    loaded.redo_action.trigger()
    assert tagged(loaded, 0) == []


def test_split_and_merge_carry_tags(loaded: MainWindow) -> None:
    """Enter before a tag moves it to the new paragraph; Backspace brings it back; undo restores."""
    select(loaded, 1, 20, 33)
    loaded.annotations.tag_actions["organisation"].trigger()
    body = loaded.form.body
    body.move_to(1, 16)
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert tagged(loaded, 2) == [("organisation", "Tinkers Guild")]
    assert tagged(loaded, 1) == []
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert tagged(loaded, 1) == [("organisation", "Tinkers Guild")]
    loaded.undo_action.trigger()  # the merge
    assert tagged(loaded, 2) == [("organisation", "Tinkers Guild")]
    loaded.undo_action.trigger()  # the split
    assert tagged(loaded, 1) == [("organisation", "Tinkers Guild")]
    loaded.undo_action.trigger()  # the tag
    assert tagged(loaded, 1) == []


def test_moving_a_paragraph_keeps_its_tags(loaded: MainWindow) -> None:
    """A paragraph moved down keeps its tags, and undo moves it back with them."""
    loaded.form.body.setFocus()
    loaded.form.body.move_to(0, 0)
    loaded.move_down_action.trigger()
    assert tagged(loaded, 1) == [("organisation", "city council")]
    loaded.undo_action.trigger()
    assert tagged(loaded, 0) == [("organisation", "city council")]


def test_tagged_text_is_highlighted_with_colour_and_underline(loaded: MainWindow) -> None:
    """A tagged name shows its kind's background and an underline; the untagged text beside it shows neither."""
    body = loaded.form.body
    highlighter = loaded.annotations.highlighter
    background = kind_colour("organisation", highlighter.dark).name()
    underline = highlighter.formats["organisation"].underlineColor().name()
    top_row, under_rows = painted_span(body, 0, 4, 16)
    assert background in top_row
    assert underline in under_rows
    plain_top, plain_under = painted_span(body, 0, 17, 25)
    assert background not in plain_top
    assert underline not in plain_under


