"""Typing in a paragraph full of tags: the tags move with the text, one undo step gives them back,
and what the window shows beside the text (the tag panel, the paragraph numbers) keeps up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.gui.window.mainwindow import MainWindow
from app.model import Entity, Paragraph, Release
from tests.gui.annotation_stubs import stub_annotation_dialogs
from tests.gui.helpers import StubDialogs

NAMES = ["Ines Duarte", "Harbour Trust", "Alfama", "Repair Week", "Fix It Fridays", "Tiago Sousa"]
KINDS = ["person", "organisation", "place", "event", "initiative", "person"]


def tagged_release() -> Release:
    text = "Speakers: " + ", ".join(NAMES) + "."
    entities, start = [], 0
    for n, (name, kind) in enumerate(zip(NAMES, KINDS, strict=True)):
        start = text.index(name, start)
        entities.append(Entity(f"e{n}", kind, start, start + len(name)))
        start += len(name)
    return Release(headline="Repair week speakers", body=[
        Paragraph("p1", "The programme is out."), Paragraph("p2", text, entities), Paragraph("p3", "See you there."),
    ])


def tagged_texts(window: MainWindow, index: int = 1) -> list[str]:
    para = window.session.release.body[index]
    return [para.entity_text(e) for e in para.entities]


def spans(window: MainWindow, index: int = 1) -> list[tuple[str, int, int]]:
    return [(e.id, e.start, e.end) for e in window.session.release.body[index].entities]


def opened(window: MainWindow) -> MainWindow:
    window.session.load(tagged_release(), None, None)
    window.form.body.setFocus()
    QApplication.processEvents()  # on screen, as the user sees it before typing
    return window


def type_keys(window: MainWindow, text: str) -> None:
    """Type as a user does: the window gets to paint between keys."""
    for char in text:
        QTest.keyClicks(window.form.body, char)
        QApplication.processEvents()


def test_typing_among_tags_moves_them_and_one_undo_gives_everything_back(window: MainWindow) -> None:
    """Typing between tagged names keeps every tag on its name; Undo restores text and tags, Redo the typing."""
    opened(window)
    before_text, before_spans = window.session.release.body[1].text, spans(window)
    body = window.form.body
    body.move_to(1, before_text.index("Alfama"))
    type_keys(window, "old ")
    assert window.session.release.body[1].text.startswith("Speakers: Ines Duarte, Harbour Trust, old Alfama")
    assert tagged_texts(window) == NAMES, "every tag still covers its name"
    typed_text, typed_spans = window.session.release.body[1].text, spans(window)
    assert window.session.undo_stack.count() == 1, "a typing burst is one step"
    assert window.undo_action.text() == "&Undo Typing in paragraph 2"
    window.undo_action.trigger()
    assert window.session.release.body[1].text == before_text
    assert spans(window) == before_spans
    assert body.paragraph_texts()[1] == before_text
    window.redo_action.trigger()
    assert window.session.release.body[1].text == typed_text
    assert spans(window) == typed_spans
    assert body.paragraph_texts()[1] == typed_text
    window.undo_action.trigger()
    assert spans(window) == before_spans, "undo after redo gives the tags back again"


def test_typing_inside_a_tag_grows_it_and_deleting_shrinks_it(window: MainWindow) -> None:
    """A letter typed inside a name joins its tag; Backspace takes it out again, as its own undo step."""
    opened(window)
    text = window.session.release.body[1].text
    window.form.body.move_to(1, text.index("Trust"))
    type_keys(window, "Wat")
    assert "Harbour WatTrust" in tagged_texts(window)
    QTest.keyClick(window.form.body, Qt.Key.Key_Backspace)
    QTest.keyClick(window.form.body, Qt.Key.Key_Backspace)
    assert "Harbour WTrust" in tagged_texts(window)
    assert [window.session.undo_stack.text(i) for i in range(window.session.undo_stack.count())] == [
        "Typing in paragraph 2", "Delete in paragraph 2"]
    window.undo_action.trigger()
    assert "Harbour WatTrust" in tagged_texts(window)
    window.undo_action.trigger()
    assert tagged_texts(window) == NAMES
    assert window.session.release.body[1].text == text


def test_undo_and_redo_keys_in_the_body_use_the_window_history(window: MainWindow) -> None:
    """Ctrl+Z in the body undoes the typing beside the tags; the Redo keys bring it back."""
    opened(window)
    text = window.session.release.body[1].text
    body = window.form.body
    body.move_to(1, text.index("Repair"))
    type_keys(window, "the ")
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.release.body[1].text == text
    assert tagged_texts(window) == NAMES
    assert body.paragraph_texts()[1] == text
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    QTest.keyClick(body, redo.key(), redo.keyboardModifiers())
    assert "Alfama, the Repair Week" in window.session.release.body[1].text
    assert body.paragraph_texts() == [p.text for p in window.session.release.body]


def test_typing_after_an_undo_is_a_new_step_and_redo_is_gone(window: MainWindow) -> None:
    """Typing again after Undo starts a fresh step (nothing left to redo); undoing it restores the tags."""
    opened(window)
    text = window.session.release.body[1].text
    body = window.form.body
    body.move_to(1, text.index("Tiago"))
    type_keys(window, "and ")
    window.undo_action.trigger()
    body.move_to(1, text.index("Tiago"))
    type_keys(window, "with ")
    assert not window.redo_action.isEnabled()
    assert window.session.undo_stack.count() == 1
    assert "Fix It Fridays, with Tiago Sousa" in window.session.release.body[1].text
    window.undo_action.trigger()
    assert window.session.release.body[1].text == text
    assert tagged_texts(window) == NAMES


def test_typing_on_after_undoing_a_backspace_leaves_nothing_to_redo(window: MainWindow) -> None:
    """Type, Backspace, Undo, type on: the new letters join the typing step and the Backspace cannot come back."""
    opened(window)
    text = window.session.release.body[1].text
    body = window.form.body
    body.move_to(1, text.index("Tiago"))
    type_keys(window, "by ")
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    type_keys(window, "Dr ")
    assert "Fix It Fridays, by Dr Tiago Sousa" in window.session.release.body[1].text
    assert not window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert "Fix It Fridays, by Dr Tiago Sousa" in window.session.release.body[1].text
    assert tagged_texts(window) == NAMES
    window.undo_action.trigger()
    assert window.session.release.body[1].text == text


def test_saving_in_the_middle_of_typing_makes_undo_stop_at_the_saved_text(
    window: MainWindow, dialogs: StubDialogs, tmp_path
) -> None:
    """Keys typed after a save are their own step: Undo goes back to the text as saved, unmodified."""
    opened(window)
    text = window.session.release.body[1].text
    window.form.body.move_to(1, text.index("Alfama"))
    type_keys(window, "old ")
    dialogs.save_paths.append(tmp_path / "speakers.xml")
    window.save_action.trigger()
    assert window.session.undo_stack.isClean()
    window.form.body.setFocus()
    type_keys(window, "town ")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert "Harbour Trust, old Alfama" in window.session.release.body[1].text
    assert tagged_texts(window) == NAMES
    assert not window.isWindowModified(), "back at the text as saved"


def test_the_tag_panel_shows_a_tag_grown_by_typing(window: MainWindow, qtbot) -> None:
    """Typing inside a tagged name shows the longer name in the Annotations panel after a short pause."""
    opened(window)
    text = window.session.release.body[1].text
    window.form.body.move_to(1, text.index("Week"))
    type_keys(window, "Big ")
    qtbot.waitUntil(lambda: "Repair Big Week" in window.annotations.panel.visible_labels(), timeout=3000)
    assert "Repair Week" not in window.annotations.panel.visible_labels()


def _gutter_on_screen(window: MainWindow) -> tuple[QImage, QImage]:
    """The paragraph numbers as the screen shows them now, and as painting them afresh gives them."""
    gutter = window.form.body._gutter
    area = gutter.visibleRegion().boundingRect()
    corner = gutter.mapTo(window, area.topLeft())
    shown = window.screen().grabWindow(window.winId(), corner.x(), corner.y(), area.width(), area.height())
    fresh = gutter.grab(area)
    return (shown.toImage().convertToFormat(QImage.Format.Format_RGB32),
            fresh.toImage().convertToFormat(QImage.Format.Format_RGB32))


def test_paragraph_numbers_follow_a_paragraph_that_wraps_while_typing(window: MainWindow) -> None:
    """When typing makes a paragraph take more lines, the numbers below it move down on screen at once."""
    opened(window)
    body = window.form.body
    body.move_to(1, 0)
    lines = body.document().findBlockByNumber(1).layout().lineCount()
    assert lines >= 1
    while body.document().findBlockByNumber(1).layout().lineCount() == lines:
        type_keys(window, "more ")
    shown, fresh = _gutter_on_screen(window)
    assert shown == fresh


def test_a_new_comment_bar_shows_in_the_gutter_on_screen(window: MainWindow) -> None:
    """Adding a comment to a paragraph draws its bar beside the number without waiting for anything else."""
    opened(window)
    stub = stub_annotation_dialogs(window)
    stub.comments = ["Spell the names as they do."]
    window.form.body.move_to(2, 3)
    QApplication.processEvents()
    window.annotations.comments.add_action.trigger()
    QApplication.processEvents()
    [comment] = window.session.release.comments
    assert comment.paragraph == "p3"
    shown, fresh = _gutter_on_screen(window)
    assert shown == fresh
