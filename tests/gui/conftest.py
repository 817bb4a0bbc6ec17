"""GUI test harness: a window with temp folders, stubbed dialogs, and no stray windows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.gui.common.gc_guard import MainThreadCollector
from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import StubDialogs, sample_release


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: garbage is collected on the UI thread only, never by a worker thread."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _no_stray_windows(qapp: QApplication) -> Iterator[None]:
    """A test closes every window it opened."""
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    stray = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for w in stray:
        w.hide()
    assert not stray, f"test left windows open: {[type(w).__name__ + ' ' + w.windowTitle() for w in stray]}"


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "config", tmp_path / "data")


@pytest.fixture
def dialogs() -> StubDialogs:
    return StubDialogs()


@pytest.fixture
def make_window(qtbot, paths: Paths, dialogs: StubDialogs) -> Iterator[Callable[..., MainWindow]]:
    """Build a shown window with temp folders and stubbed dialogs; closed after the test."""
    windows: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        prefs = kwargs.pop("preferences", Preferences(validation_delay_ms=50))
        window = MainWindow(paths, settings=Settings(paths), preferences=prefs, dialogs=dialogs, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.undo_stack.setClean()
        window.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def loaded(window: MainWindow) -> MainWindow:
    """A window showing sample_release(), as if opened from a native file."""
    window.session.load(sample_release(), None, None)
    return window
