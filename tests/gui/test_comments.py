"""Comments: added on a span or a paragraph, replied to, resolved, saved and read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from tests.gui.annotation_stubs import stub_annotation_dialogs
from tests.gui.helpers import StubDialogs

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def select(window: MainWindow, index: int, start: int, end: int) -> None:
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.position_of(index, start))
    cursor.setPosition(body.position_of(index, end), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def test_comment_on_selected_text_by_shortcut(loaded: MainWindow) -> None:
    """Ctrl+Alt+M on a selection asks for the text and anchors the comment there, signed by me."""
    loaded.preferences.author = "Rita Editor"
    stub = stub_annotation_dialogs(loaded)
    stub.comments = ["Which council? Name it."]
    select(loaded, 0, 4, 16)
    QTest.keyClick(loaded.form.body, Qt.Key.Key_M, CTRL_ALT)
    [comment] = loaded.session.release.comments
    assert (comment.paragraph, comment.start, comment.end) == ("p1", 4, 16)
    assert comment.author == "Rita Editor"
    assert comment.text == "Which council? Name it."
    assert loaded.undo_action.text() == "&Undo Add comment"
    loaded.undo_action.trigger()
    assert loaded.session.release.comments == []


def test_comment_without_selection_is_on_the_paragraph(loaded: MainWindow) -> None:
    """With no selection the comment belongs to the paragraph the cursor is in, marked in the gutter."""
    stub = stub_annotation_dialogs(loaded)
    stub.comments = ["Check the opening hours."]
    loaded.form.body.setFocus()
    loaded.form.body.move_to(2, 5)
    loaded.annotations.comments.add_action.trigger()
    [comment] = loaded.session.release.comments
    assert (comment.paragraph, comment.start, comment.end) == ("p3", None, None)
    assert loaded.form.body.comment_mark is not None
    assert loaded.form.body.comment_mark(2) is not None
    assert loaded.form.body.comment_mark(0) is None


def test_cancelled_comment_adds_nothing(loaded: MainWindow) -> None:
    """Cancelling the comment box leaves the release and the history alone."""
    stub_annotation_dialogs(loaded)
    select(loaded, 0, 4, 16)
    loaded.annotations.comments.add_action.trigger()
    assert loaded.session.release.comments == []
    assert loaded.session.undo_stack.count() == 0


def test_reply_and_resolve_each_one_undo_step(loaded: MainWindow) -> None:
    """A reply and resolving are separate undo steps; undo reopens, then removes the reply."""
    stub = stub_annotation_dialogs(loaded)
    stub.comments = ["Name the council.", "It is the municipal council."]
    select(loaded, 0, 4, 16)
    comment = loaded.annotations.comments.add_comment()
    assert comment is not None
    loaded.annotations.comments.reply(comment.id)
    loaded.annotations.comments.set_resolved(comment.id, True)
    [stored] = loaded.session.release.comments
    assert [r.text for r in stored.replies] == ["It is the municipal council."]
    assert stored.resolved
    loaded.undo_action.trigger()
    assert not loaded.session.release.comments[0].resolved
    loaded.undo_action.trigger()
    assert loaded.session.release.comments[0].replies == []


def test_comment_follows_its_text_through_typing_and_undo(loaded: MainWindow) -> None:
    """Typing before a commented span moves the anchor; undo moves it back."""
    stub = stub_annotation_dialogs(loaded)
    stub.comments = ["Name it."]
    select(loaded, 0, 4, 16)
    loaded.annotations.comments.add_comment()
    body = loaded.form.body
    body.move_to(0, 0)
    QTest.keyClicks(body, "Today ")
    comment = loaded.session.release.comments[0]
    assert (comment.start, comment.end) == (10, 22)
    loaded.undo_action.trigger()
    comment = loaded.session.release.comments[0]
    assert (comment.start, comment.end) == (4, 16)


def test_comments_saved_and_read_back(loaded: MainWindow, tmp_path: Path, dialogs: StubDialogs) -> None:
    """Comments with replies and their resolved state come back identically after save and reopen."""
    stub = stub_annotation_dialogs(loaded)
    stub.comments = ["Name the council.", "Done: municipal council."]
    select(loaded, 0, 4, 16)
    comment = loaded.annotations.comments.add_comment()
    assert comment is not None
    loaded.annotations.comments.reply(comment.id)
    loaded.annotations.comments.set_resolved(comment.id, True)
    saved = list(loaded.session.release.comments)
    target = tmp_path / "commented.release.xml"
    dialogs.save_paths = [target]
    loaded.save_as_action.trigger()
    assert target.exists()
    loaded.new_action.trigger()
    assert loaded.session.release.comments == []
    assert loaded.open_path(target)
    assert loaded.session.release.comments == saved
    labels = loaded.annotations.panel.visible_labels()
    assert "Comments (1)" in labels
