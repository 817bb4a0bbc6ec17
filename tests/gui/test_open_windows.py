"""A file is edited in one window only: opening it again brings the window that has it forward."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import StubDialogs, sample_release


def test_opening_a_file_open_in_another_window_brings_that_window_forward(
    qtbot, make_window: Callable[..., MainWindow], dialogs: StubDialogs, tmp_path: Path
) -> None:
    """File > Open in a second window, on the file the first window has open, raises the first window with
    its unsaved edit, and the second window stays as it was."""
    first = make_window()

    first.session.load(sample_release(), None, None)
    target = tmp_path / "cafes.release.xml"
    dialogs.save_paths.append(target)
    first.save_as_action.trigger()
    QTest.keyClicks(first.form.headline, " (draft)")
    second = make_window()
    second.activateWindow()
    qtbot.waitActive(second)

    dialogs.open_paths.append(target)
    second.open_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    assert second.session.path is None
    assert second.form.headline.text() == ""
    assert first.form.headline.text().endswith(" (draft)"), "the unsaved edit is still there"
    assert first.isWindowModified()
    assert first.statusBar().currentMessage() == "cafes.release.xml is open in this window"
    assert not dialogs.errors


def test_a_closed_window_no_longer_holds_its_file(
    make_window: Callable[..., MainWindow], dialogs: StubDialogs, tmp_path: Path
) -> None:
    """After its window is closed, the file opens in another window as usual."""

    first = make_window()
    first.session.load(sample_release(), None, None)
    target = tmp_path / "cafes.release.xml"
    dialogs.save_paths.append(target)
    first.save_as_action.trigger()
    first.close()
    second = make_window()
    assert second.open_path(target)
    assert second.session.path == target.resolve()
    assert second.form.headline.text() == sample_release().headline
