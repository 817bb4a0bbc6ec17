"""The body editor: paragraphs as text, Enter splits, Backspace merges, moves, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from app.model import Paragraph, Release


def texts(window: MainWindow) -> list[str]:
    return [p.text for p in window.session.release.body]


def test_enter_splits_a_paragraph_and_undo_joins_it(loaded: MainWindow) -> None:
    """Pressing Enter in the middle of a paragraph makes two; Undo joins them again."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(0, len("The city council opened twelve repair cafés"))
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert texts(loaded)[:2] == ["The city council opened twelve repair cafés", " today."]
    assert body.paragraph_texts() == texts(loaded)
    assert body.textCursor().blockNumber() == 1
    assert loaded.undo_action.text() == "&Undo Split paragraph 1"
    loaded.undo_action.trigger()
    assert texts(loaded)[0] == "The city council opened twelve repair cafés today."
    assert body.paragraph_texts() == texts(loaded)
    loaded.redo_action.trigger()
    assert len(loaded.session.release.body) == 4
    assert body.paragraph_texts() == texts(loaded)


def test_backspace_at_paragraph_start_merges_with_the_one_before(loaded: MainWindow) -> None:
    """Backspace at the start of a paragraph joins it to the previous one, keeping tagged names."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(1, 0)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    release = loaded.session.release
    assert len(release.body) == 2
    assert release.body[0].text == (
        "The city council opened twelve repair cafés today.Volunteers from the Tinkers Guild run the workshops."
    )
    assert loaded.undo_action.text() == "&Undo Merge paragraphs 1 and 2"
    loaded.undo_action.trigger()
    assert [p.id for p in loaded.session.release.body] == ["p1", "p2", "p3"]
    first = loaded.session.release.body[0]
    assert first.entity_text(first.entities[0]) == "city council"
    assert body.paragraph_texts() == texts(loaded)


def test_typing_moves_tagged_names_and_undo_puts_them_back(loaded: MainWindow) -> None:
    """Typing before a tagged name keeps the tag on the name; undo restores the text and the tag."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(0, 4)
    QTest.keyClicks(body, "new ")
    first = loaded.session.release.body[0]
    assert first.text.startswith("The new city council")
    assert first.entity_text(first.entities[0]) == "city council"
    assert loaded.session.undo_stack.count() == 1, "a typing burst is one step"
    assert loaded.undo_action.text() == "&Undo Typing in paragraph 1"
    loaded.undo_action.trigger()
    first = loaded.session.release.body[0]
    assert (first.entities[0].start, first.entities[0].end) == (4, 16)


def test_move_paragraph_up_and_down(loaded: MainWindow) -> None:
    """Move Paragraph Down and Up reorder the body and are undoable."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(0, 3)
    loaded.move_down_action.trigger()
    assert [p.id for p in loaded.session.release.body] == ["p2", "p1", "p3"]
    assert body.paragraph_texts() == texts(loaded)
    assert body.current_paragraph() == 1
    assert loaded.undo_action.text() == "&Undo Move paragraph 1 down"
    loaded.form.move_up.click()
    assert [p.id for p in loaded.session.release.body] == ["p1", "p2", "p3"]
    loaded.undo_action.trigger()
    loaded.undo_action.trigger()
    assert [p.id for p in loaded.session.release.body] == ["p1", "p2", "p3"]
    assert body.paragraph_texts() == texts(loaded)


def test_selection_across_paragraphs_replaced_by_typing(loaded: MainWindow) -> None:
    """Selecting from one paragraph into the next and typing joins them around the new text."""
    from PySide6.QtGui import QTextCursor

    body = loaded.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.position_of(0, 16))
    cursor.setPosition(body.position_of(1, 10), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    QTest.keyClicks(body, "X")
    assert texts(loaded)[0] == "The city councilX from the Tinkers Guild run the workshops."
    assert body.paragraph_texts() == texts(loaded)
    while loaded.session.undo_stack.canUndo():
        loaded.undo_action.trigger()
    assert body.paragraph_texts() == [
        "The city council opened twelve repair cafés today.",
        "Volunteers from the Tinkers Guild run the workshops.",
        "The cafés open every Saturday morning.",
    ]


def test_paste_of_several_lines_makes_paragraphs(loaded: MainWindow) -> None:
    """Pasting text with line breaks adds one paragraph per line, in one undo step."""
    from PySide6.QtWidgets import QApplication

    body = loaded.form.body
    body.setFocus()
    body.move_to(2, len("The cafés open every Saturday morning."))
    QApplication.clipboard().setText("\nFirst pasted.\nSecond pasted.")
    body.paste()
    assert texts(loaded)[2:] == ["The cafés open every Saturday morning.", "First pasted.", "Second pasted."]
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert len(loaded.session.release.body) == 3


def test_line_break_inside_a_paragraph_survives(window: MainWindow) -> None:
    """A paragraph holding a line break shows it as one paragraph and keeps it when edited."""
    window.session.load(Release(body=[Paragraph("p1", "Line one\nLine two"), Paragraph("p2", "Next")]), None, None)
    body = window.form.body
    assert body.blockCount() == 2
    body.setFocus()
    body.move_to(0, len("Line one\nLine two"))
    QTest.keyClicks(body, "!")
    assert texts(window) == ["Line one\nLine two!", "Next"]


def test_empty_body_gets_its_first_paragraph_by_typing(window: MainWindow) -> None:
    """In a new release, typing in the body makes the first paragraph; undo leaves the body empty."""
    window.new_action.trigger()
    body = window.form.body
    body.setFocus()
    QTest.keyClicks(body, "Hello")
    assert texts(window) == ["Hello"]
    window.undo_action.trigger()
    assert window.session.release.body == []
    assert body.paragraph_texts() == [""]


def test_thousands_of_paragraphs_edit_without_refilling(window: MainWindow) -> None:
    """A release with 5,000 paragraphs opens, splits and undoes by touching only the paragraphs concerned."""
    release = Release(body=[Paragraph(f"p{i}", f"Paragraph number {i} of the long release.") for i in range(5000)])
    window.session.load(release, None, None)
    body = window.form.body
    assert body.blockCount() == 5000
    reloads: list[int] = []
    window.session.reset.connect(lambda: reloads.append(1))
    body.setFocus()
    body.move_to(4321, 9)
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert body.blockCount() == 5001
    assert texts(window)[4321:4323] == ["Paragraph", " number 4321 of the long release."]
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert body.blockCount() == 5000
    assert body.paragraph_texts() == texts(window)
    assert not reloads, "undo and redo edit the affected blocks, never reload the document"
