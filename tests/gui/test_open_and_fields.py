"""Opening a release fills every field of the form."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import EXAMPLE, StubDialogs, type_text


def test_open_text_release_fills_every_field(window: MainWindow, dialogs: StubDialogs) -> None:
    """Opening the example text release with File > Open shows each of its fields in the form."""
    dialogs.open_paths.append(EXAMPLE)
    window.open_action.trigger()
    form, release = window.form, window.session.release

    assert window.windowTitle() == "unido-shenzhen.txt[*] (Draft) — Release Desk"
    assert not window.isWindowModified()
    assert form.headline.text() == "UNIDO Director General opens green manufacturing forum in Shenzhen"
    assert form.headline_count.text() == f"{len(form.headline.text())} characters"
    assert form.subheadline.text() == "Partnership with local industry to cut factory emissions by a third before 2030"
    assert form.dateline.place.text().lower() == "shenzhen"
    assert form.dateline.date.date() == QDate(2019, 4, 24)
    assert "24 April 2019" in form.dateline.printed.text()
    assert form.language.currentText() == "en"
    assert form.status.currentText() == "Draft"
    assert form.body.paragraph_texts() == [p.text for p in release.body]
    assert len(release.body) >= 5
    assert "LI Yong opened the first Green Manufacturing Forum" in form.body.paragraph_texts()[0]
    assert form.photo_credits.text() == "UNIDO/Wang Lei"
    names = [card.edits["name"].text() for card in form.contacts.cards]
    assert "Anna Berger" in names
    emails = [card.edits["email"].text() for card in form.contacts.cards]
    assert "a.berger@unido.example.org" in emails
    assert form.keywords.text() == ", ".join(release.keywords)


def test_unsure_fields_are_marked_until_touched(window: MainWindow) -> None:
    """A field the importer was unsure of says so in words until the editor changes it."""
    window.open_path(EXAMPLE)
    release = window.session.release
    release.confidence["headline"] = 0.4
    window.session.confidence_changed.emit()
    window.form.show_confidence()
    state = window.form.states["headline"]
    assert state.unsure
    assert "unsure" in window.form.headline.accessibleDescription()
    assert state.note.isVisible()

    window.form.headline.setFocus()
    window.form.headline.end(False)
    from PySide6.QtTest import QTest

    QTest.keyClicks(window.form.headline, "!")
    assert not state.unsure
    assert window.form.headline.accessibleDescription() == ""
    window.undo_action.trigger()
    assert state.unsure, "undoing the edit brings the mark back"


def test_open_recent_lists_existing_files_only(window: MainWindow, tmp_path: Path) -> None:
    """Open Recent offers the files I opened that still exist, newest first."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    shutil.copy(EXAMPLE, first)
    shutil.copy(EXAMPLE, second)
    window.open_path(first)
    window.open_path(second)
    first.unlink()
    actions = window.recent_actions()
    assert [a.toolTip() for a in actions] == [str(second.resolve())]
    window.open_path(EXAMPLE)
    window.recent_actions()[1].trigger()
    assert window.session.path == second.resolve()


def test_drop_a_file_on_the_window_opens_it(window: MainWindow, qtbot) -> None:
    """Dragging a release file onto the window opens it."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.session.path == EXAMPLE.resolve()
    assert window.form.headline.text().startswith("UNIDO Director General")


def test_arabic_release_lays_out_right_to_left(loaded: MainWindow) -> None:
    """Choosing Arabic turns the text fields and the body right to left; English turns them back."""
    form = loaded.form
    form.language.setFocus()
    form.language.lineEdit().selectAll()
    from PySide6.QtTest import QTest

    QTest.keyClicks(form.language.lineEdit(), "ar")
    assert loaded.session.release.language == "ar"
    for widget in (form.headline, form.subheadline, form.photo_credits, form.body):
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.body.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    loaded.undo_action.trigger()
    assert loaded.session.release.language == "en"
    assert form.headline.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hebrew_file_opens_right_to_left(window: MainWindow, tmp_path: Path) -> None:
    """A Hebrew release opens with its fields laid out right to left."""
    from app.formats import write
    from tests.gui.helpers import sample_release

    release = sample_release()
    release.language = "he"
    release.headline = "העירייה פותחת רשת של בתי קפה לתיקונים"
    path = tmp_path / "hebrew.release.xml"
    path.write_bytes(write(release, "xml"))
    assert window.open_path(path)
    assert window.form.headline.text() == release.headline
    assert window.form.headline.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_chinese_and_russian_text_edit_and_save_unchanged(window: MainWindow, dialogs: StubDialogs, tmp_path) -> None:
    """Chinese and Russian typed into the form are saved and reopened exactly."""
    from PySide6.QtTest import QTest

    window.new_action.trigger()
    form = window.form
    type_text(form.headline, "深圳绿色制造论坛开幕")
    form.body.setFocus()
    type_text(form.body, "Форум открылся сегодня в Шэньчжэне.")
    QTest.keyClick(form.body, Qt.Key.Key_Return)
    type_text(form.body, "论坛将持续到四月二十六日。")
    target = tmp_path / "scripts.release.xml"
    dialogs.save_paths.append(target)
    window.save_action.trigger()
    assert target.is_file()
    window.new_action.trigger()
    window.open_path(target)
    assert window.form.headline.text() == "深圳绿色制造论坛开幕"
    assert window.form.body.paragraph_texts() == ["Форум открылся сегодня в Шэньчжэне.", "论坛将持续到四月二十六日。"]


def test_a_long_headline_wraps_so_all_of_it_is_visible(loaded: MainWindow, qtbot) -> None:
    """A 103-character headline wraps onto a second line instead of scrolling: every word is on screen."""
    headline = "Harbour city opens twelve repair cafés where volunteers mend bicycles, radios, coats and garden tools"
    headline += "." * (103 - len(headline))
    assert len(headline) == 103
    loaded.resize(900, 800)
    edit = loaded.form.headline
    edit.setFocus()
    edit.selectAll()
    type_text(edit, headline)
    assert loaded.session.release.headline == headline
    qtbot.waitUntil(lambda: edit.line_count() >= 2)
    assert edit.verticalScrollBar().maximum() == 0, "nothing scrolled out of sight"
    view = edit.viewport().rect()
    for position in (0, len(headline) // 2, len(headline)):
        edit.setCursorPosition(position)
        assert view.contains(edit.cursorRect()), f"character {position} is outside the field"
    one_line = edit.fontMetrics().lineSpacing()
    assert edit.height() >= 2 * one_line
    QTest.keyClick(edit, Qt.Key.Key_Return)  # Enter does not break the headline in two
    assert "\n" not in loaded.session.release.headline
