"""Settings: typed defaults, only changes stored, state apart from preferences; the app entry point."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.gui import run
from app.gui.common.settings import SETTINGS_VERSION, Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import EXAMPLE


def test_preferences_store_only_what_differs(paths: Paths) -> None:
    """A changed preference is kept with its type; defaults are not written to the file."""
    settings = Settings(paths)
    assert settings.preferences() == Preferences()
    settings.set_preferences(Preferences(autosave_seconds=15.0))
    text = (paths.config_dir / "preferences.ini").read_text()
    assert "autosave_seconds=15" in text
    assert "validation_delay_ms" not in text
    assert f"version={SETTINGS_VERSION}" in text
    again = Settings(paths).preferences()
    assert again.autosave_seconds == 15.0
    assert isinstance(again.validation_delay_ms, int)


def test_recent_files_and_geometry_live_apart_from_preferences(paths: Paths) -> None:
    """Recent files are remembered newest first, without duplicates, in the state file."""
    settings = Settings(paths)
    for name in ("a.txt", "b.txt", "a.txt", "c.txt"):
        settings.add_recent_file(name, limit=2)
    assert Settings(paths).recent_files() == ["c.txt", "a.txt"]
    assert "recent" not in (paths.config_dir / "preferences.ini").read_text()
    assert (paths.config_dir / "state.ini").is_file()


def test_run_opens_the_file_given(qapp: QApplication) -> None:
    """`release-desk FILE` opens the window on that file and exits cleanly when it is closed."""
    seen: list[str] = []

    def close_all() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                seen.append(widget.windowTitle())
                widget.close()
                widget.deleteLater()

    QTimer.singleShot(0, close_all)
    assert run([str(EXAMPLE)]) == 0
    assert seen == [f"{Path(EXAMPLE).name}[*] (Draft) — Release Desk"]
