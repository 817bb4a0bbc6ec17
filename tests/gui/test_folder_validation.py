"""File > Validate Folder… in the editor: one window, and a double-click opens the failing file where it fails."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.formats import release_xml
from app.gui.folder_validation.desk import focus_issue
from app.gui.folder_validation.source_view import SourceView
from app.gui.folder_validation.validate_folder import ValidateFolderWindow
from app.gui.window.mainwindow import MainWindow
from tests.validation.defects import TODAY, base_release

BROKEN_LINE = 250


@pytest.fixture
def submissions(tmp_path: Path) -> Path:
    """A release with a bad e-mail, a long XML file broken far down, binary junk, and a pipe."""
    folder = tmp_path / "in"
    folder.mkdir()
    release = base_release()
    release.contacts[0].email = "nobody"
    (folder / "contact.xml").write_bytes(release_xml.write(release))
    lines = ["<doc>", *(f"  <p>paragraph {n}</p>" for n in range(2, BROKEN_LINE)), "  <p>broken</q>",
             *(f"  <p>after {n}</p>" for n in range(40)), "</doc>"]
    (folder / "long-broken.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "binary.xml").write_bytes(bytes(range(256)) * 4)
    os.mkfifo(folder / "pipe.xml")
    return folder


@pytest.fixture
def run_window(qtbot, window: MainWindow) -> Iterator[Callable[[Path], ValidateFolderWindow]]:
    """File > Validate Folder… run on a folder to the end; every window it opened is closed afterwards."""
    hook = window.folder_validation

    def run(folder: Path) -> ValidateFolderWindow:
        window.folder_validation.action.trigger()
        shown = hook.desk.window
        assert shown is not None
        shown.jobs, shown.fixed_today = 1, TODAY  # one process, and the defects' "today"
        shown.folder_edit.setText(str(folder))
        with qtbot.waitSignal(shown.run_finished, timeout=60_000):
            QTest.mouseClick(shown.start_button, Qt.MouseButton.LeftButton)
        return shown

    yield run
    for view in list(hook.desk.sources.values()):
        view.close()
    if hook.desk.window is not None:
        hook.desk.window.close()


def double_click(qtbot, shown: ValidateFolderWindow, name: str) -> None:
    shown.filter_edit.setText(name)
    assert shown.proxy.rowCount() == 1
    rect = shown.table.visualRect(shown.proxy.index(0, 0))
    with qtbot.waitSignal(shown.open_requested):
        # a double-click is a press-release pair followed by a second press: Qt needs the first one too
        QTest.mouseClick(shown.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(shown.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def source_views(qapp: QApplication) -> list[SourceView]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, SourceView) and w.isVisible()]


def test_the_menu_item_opens_one_window_and_raises_it_again(qtbot, window: MainWindow, qapp: QApplication) -> None:
    """File > Validate Folder… shows the window; choosing it again brings back the same one, not a second."""
    action = window.folder_validation.action
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Alt+F"
    action.trigger()
    first = window.folder_validation.desk.window
    try:
        assert first is not None
        assert first.isVisible()
        first.hide()
        action.trigger()
        assert window.folder_validation.desk.window is first
        assert first.isVisible()
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, ValidateFolderWindow) and w.isVisible()]
        assert shown == [first]
    finally:
        first.close()


def test_double_click_on_a_release_opens_it_at_the_failing_field(
        qtbot, window: MainWindow, run_window, submissions: Path) -> None:
    """A release whose e-mail is not an address opens in the untouched editor with the e-mail field focused."""
    shown = run_window(submissions)
    double_click(qtbot, shown, "contact.xml")
    assert window.session.path == (submissions / "contact.xml").resolve()
    email = window.form.widget_for("contacts[0].email")
    assert email is not None
    qtbot.waitUntil(lambda: window.focusWidget() is email)
    assert email.text() == "nobody"
    # the file breaks the schema, yet it opened: the Validation panel says what to fix
    qtbot.waitUntil(lambda: window.panel.topLevelItemCount() > 0)
    assert not window.dialogs.errors


def test_a_busy_editor_is_left_alone_and_a_new_one_opens(
        qtbot, make_window, run_window, submissions: Path) -> None:
    """When the editor holds a changed release, the file opens in a new editor window, only once."""
    busy = make_window()
    busy.form.headline.setFocus()
    qtbot.keyClicks(busy.form.headline, "Draft")
    opened: list[MainWindow] = []

    def new_editor() -> MainWindow:
        opened.append(make_window())
        return opened[-1]

    busy.folder_validation.new_editor = new_editor
    # run_window drives the fixture's own window; this test needs the busy one to be the current
    busy.folder_validation.action.trigger()
    shown = busy.folder_validation.desk.window
    assert shown is not None
    try:
        shown.jobs = 1
        shown.folder_edit.setText(str(submissions))
        with qtbot.waitSignal(shown.run_finished, timeout=60_000):
            shown.start()
        double_click(qtbot, shown, "contact.xml")
        double_click(qtbot, shown, "contact.xml")
        assert len(opened) == 1
        assert busy.session.release.headline == "Draft"
        assert opened[0].session.path == (submissions / "contact.xml").resolve()
        email = opened[0].form.widget_for("contacts[0].email")
        qtbot.waitUntil(lambda: opened[0].focusWidget() is email)
    finally:
        shown.close()


def test_double_click_on_other_xml_shows_its_source_at_the_failing_line(
        qtbot, run_window, submissions: Path, qapp: QApplication) -> None:
    """XML that is not a release opens read-only with the broken line marked across the width and in sight."""
    shown = run_window(submissions)
    double_click(qtbot, shown, "long-broken.xml")
    views = source_views(qapp)
    assert len(views) == 1
    view = views[0]
    qtbot.waitExposed(view)
    assert str(submissions / "long-broken.xml") in view.windowTitle()
    assert view.code.isReadOnly()
    marks = view.code.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.blockNumber() == BROKEN_LINE - 1
    assert marks[0].format.boolProperty(marks[0].format.Property.FullWidthSelection)
    assert "</q>" in marks[0].cursor.block().text()
    assert view.code.line_in_sight(BROKEN_LINE)
    assert view.code.line_in_sight(BROKEN_LINE - 5)  # centred, with the lines before it for context
    assert not view.code.line_in_sight(1)  # it really scrolled
    assert view.issues.count() >= 1
    # the same row again: the view is reused, not duplicated
    double_click(qtbot, shown, "long-broken.xml")
    assert source_views(qapp) == [view]


@pytest.mark.parametrize(("name", "said"), [("binary.xml", "binary data"), ("pipe.xml", "not an ordinary file")])
def test_a_file_that_cannot_be_shown_says_why(qtbot, run_window, submissions: Path, qapp: QApplication, *,
                                              name: str, said: str) -> None:
    """Binary junk or a pipe opens a source view with a sentence saying why there is nothing to show."""
    shown = run_window(submissions)
    double_click(qtbot, shown, name)
    views = source_views(qapp)
    assert len(views) == 1
    assert said in views[0].note.text()
    assert views[0].note.isVisible()
    assert not views[0].code.isVisible()


def test_without_a_field_the_first_error_found_gets_the_focus(qtbot, loaded: MainWindow) -> None:
    """A release opened with no field named goes to the first error live validation reports."""
    loaded.session.release.contacts[1].email = "not an address"
    loaded.session.load(loaded.session.release, None, None)
    focus_issue(loaded, "")
    email = loaded.form.widget_for("contacts[1].email")
    qtbot.waitUntil(lambda: loaded.focusWidget() is email)


def test_without_a_field_or_an_error_the_body_start_gets_the_focus(qtbot, loaded: MainWindow) -> None:
    """A valid release opened with no field named puts the cursor at the start of the body."""
    loaded.form.headline.setFocus()
    focus_issue(loaded, "")
    qtbot.waitUntil(lambda: loaded.focusWidget() is loaded.form.body)
    assert loaded.form.body.textCursor().position() == 0


def test_closing_the_editor_a_release_went_to_does_not_lose_the_next_one(
        qtbot, make_window, submissions: Path, qapp: QApplication) -> None:
    """An editor window opened from the list and closed again: the next double-click opens a fresh one."""
    busy = make_window()
    busy.form.headline.setFocus()
    qtbot.keyClicks(busy.form.headline, "Draft")
    busy.folder_validation.action.trigger()
    desk = busy.folder_validation.desk
    shown = desk.window
    assert shown is not None
    try:
        shown.jobs = 1
        shown.folder_edit.setText(str(submissions))
        with qtbot.waitSignal(shown.run_finished, timeout=60_000):
            shown.start()
        double_click(qtbot, shown, "contact.xml")
        first = desk.editors[-1]
        assert first is not busy
        first.folder_validation.action.trigger()  # the new window is now the one the desk answers to
        first.close()
        qtbot.waitUntil(lambda: all(e is not first for e in desk.editors))  # deleted, and forgotten
        double_click(qtbot, shown, "contact.xml")
        second = desk.editors[-1]
        assert second is not busy
        assert second.session.path == (submissions / "contact.xml").resolve()
        second.close()
    finally:
        shown.close()


def test_a_release_is_told_by_its_namespace_not_its_name(tmp_path: Path) -> None:
    """Root element in the release namespace (prefixed or not, after comments) is a release; other XML is not."""
    from app.formats.release_xml import NAMESPACE
    from app.gui.folder_validation.desk import is_release_file

    cases = {
        "plain.txt": (f'<?xml version="1.0"?>\n<!-- sent by the wire -->\n<release xmlns="{NAMESPACE}" id="r"/>', True),
        "prefixed.xml": (f'<r:release xmlns:x="urn:other" xmlns:r="{NAMESPACE}" id="r"/>', True),
        "other-prefix.xml": (f'<x:release xmlns="{NAMESPACE}" xmlns:x="urn:other"/>', False),
        "nitf.release.xml": ('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body/></nitf>', False),
        "no-namespace.xml": ("<release/>", False),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert is_release_file(tmp_path / name) is expected, name
    assert not is_release_file(tmp_path / "missing.xml")
