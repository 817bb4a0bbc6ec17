"""The window's keys: every key of the platform's binding works, and Edit > Cut / Copy / Paste / Select All."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from app.gui.common.dialogs import Answer
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import sample_release

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the user's focus is, so the window's shortcuts answer it as they would a person."""
    window.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def test_ctrl_shift_z_redoes_in_a_field(qtbot, loaded: MainWindow) -> None:
    """Ctrl+Z then Ctrl+Shift+Z in the headline undoes and redoes the typing, as Ctrl+Y does."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    headline = loaded.form.headline
    headline.setFocus()
    headline.end(False)
    QTest.keyClicks(headline, " today")
    typed = sample_release().headline + " today"
    press(loaded, Qt.Key.Key_Z, Ctrl)
    assert loaded.session.release.headline == sample_release().headline
    press(loaded, Qt.Key.Key_Z, Ctrl | Shift)
    assert loaded.session.release.headline == typed
    assert headline.text() == typed


def test_ctrl_w_closes_the_window(qtbot, loaded: MainWindow) -> None:
    """Ctrl+W closes the window, as Ctrl+F4 does."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    loaded.form.headline.setFocus()
    press(loaded, Qt.Key.Key_W, Ctrl)
    assert not loaded.isVisible()


def test_ctrl_q_quits(qtbot, make_window, dialogs) -> None:
    """File > Quit has Ctrl+Q, and the key closes every editor window, each asking about unsaved changes;
    Cancel in one stops the quitting."""
    first, second = make_window(), make_window()
    second.session.load(sample_release(), None, None)
    QTest.keyClicks(second.form.headline, "!")  # unsaved changes
    assert QKeySequence("Ctrl+Q") in first.quit_action.shortcuts()
    dialogs.save_changes.append(Answer.CANCEL)
    with qtbot.waitActive(first):
        first.activateWindow()
    first.form.body.setFocus()
    press(first, Qt.Key.Key_Q, Ctrl)
    assert second.isVisible(), "Cancel keeps the window with unsaved changes"
    assert dialogs.asked == [("save_changes", "Untitled")]
    dialogs.save_changes.append(Answer.DISCARD)
    second.quit_action.trigger()
    assert not first.isVisible()
    assert not second.isVisible()


def test_ctrl_g_finds_the_next_match(qtbot, loaded: MainWindow) -> None:
    """Ctrl+G goes to the next match as F3 does; Ctrl+Shift+G back."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    loaded.form.body.setFocus()
    press(loaded, Qt.Key.Key_F, Ctrl)
    QTest.keyClicks(loaded.find.bar.pattern, "repair")
    press(loaded, Qt.Key.Key_G, Ctrl)
    assert loaded.form.headline.hasFocus()
    assert loaded.form.headline.selectedText() == "repair"
    press(loaded, Qt.Key.Key_G, Ctrl)
    assert loaded.form.body.textCursor().selectedText() == "repair"
    press(loaded, Qt.Key.Key_G, Ctrl | Shift)
    assert loaded.form.headline.hasFocus()


def test_no_two_menu_items_share_a_key(loaded: MainWindow) -> None:
    """No key is given to two menu items (a shared key would do neither)."""
    keys = Counter(key.toString() for action in menu_actions_of(loaded) for key in action.shortcuts())
    assert [key for key, n in keys.items() if n > 1] == []
    assert keys["Ctrl+W"] == keys["Ctrl+Shift+Z"] == keys["Ctrl+Q"] == keys["Ctrl+C"] == 1


def menu_actions_of(window: MainWindow) -> list[QAction]:
    return [a for top in window.menuBar().actions() if top.menu() for a in menu_actions(top.menu())]


def edit_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in menu_actions(window.menus.menu("edit")) if a.text() == text)


def test_edit_menu_cut_copy_paste_and_select_all_act_on_the_focused_field(qtbot, loaded: MainWindow) -> None:
    """Edit > Select All, Copy, Cut and Paste work on the field that has the focus; Undo takes a paste back."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    headline = loaded.form.headline
    headline.setFocus()
    edit_action(loaded, "Select &All").trigger()
    assert headline.selectedText() == sample_release().headline
    edit_action(loaded, "&Copy").trigger()
    assert QApplication.clipboard().text() == sample_release().headline
    subheadline = loaded.form.subheadline
    subheadline.setFocus()
    subheadline.setSelection(0, len("Twelve"))
    edit_action(loaded, "Cu&t").trigger()
    assert QApplication.clipboard().text() == "Twelve"
    assert loaded.session.release.subheadline == " workshops fix bicycles, radios and coats for free"
    subheadline.end(False)
    edit_action(loaded, "&Paste").trigger()
    assert loaded.session.release.subheadline.endswith("for freeTwelve")
    loaded.undo_action.trigger()
    assert loaded.session.release.subheadline == " workshops fix bicycles, radios and coats for free"

    body = loaded.form.body
    body.setFocus()
    edit_action(loaded, "Select &All").trigger()
    assert body.textCursor().selectedText().startswith(sample_release().body[0].text)


def test_edit_menu_enables_what_the_focused_field_allows(qtbot, loaded: MainWindow) -> None:
    """As the Edit menu opens, Cut and Copy are enabled only with a selection; all four with a field focused."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    edit = loaded.menus.menu("edit")
    headline = loaded.form.headline
    headline.setFocus()
    headline.deselect()
    edit.aboutToShow.emit()
    states = {t: edit_action(loaded, t).isEnabled() for t in ("Cu&t", "&Copy", "&Paste", "Select &All")}
    assert states == {"Cu&t": False, "&Copy": False, "&Paste": True, "Select &All": True}
    headline.selectAll()
    edit.aboutToShow.emit()
    assert edit_action(loaded, "Cu&t").isEnabled()
    assert edit_action(loaded, "&Copy").isEnabled()
    edit.aboutToHide.emit()


def test_ctrl_c_in_a_field_still_copies_from_the_field(qtbot, loaded: MainWindow) -> None:
    """The field keeps its own Ctrl+C and Ctrl+V: the Edit menu's items do not take the keys away."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    headline = loaded.form.headline
    headline.setFocus()
    headline.setSelection(0, len("Harbour"))
    press(loaded, Qt.Key.Key_C, Ctrl)
    assert QApplication.clipboard().text() == "Harbour"
    loaded.form.subheadline.setFocus()
    loaded.form.subheadline.home(False)
    press(loaded, Qt.Key.Key_V, Ctrl)
    assert loaded.session.release.subheadline.startswith("HarbourTwelve")
