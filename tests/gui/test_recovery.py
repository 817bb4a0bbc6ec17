"""Never lose work: autosave while unsaved, and recovery after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from app.gui.common.settings import Paths, Preferences
from tests.gui.helpers import EXAMPLE, StubDialogs, sample_release

HELPER = Path(__file__).with_name("crash_helper.py")
PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def paths() -> Paths:
    """The folders the app finds by itself (XDG_* point at this test's temp home)."""
    return Paths.from_environment()


def test_paths_follow_the_xdg_folders(paths: Paths) -> None:
    """Settings and autosave copies go where XDG_CONFIG_HOME and XDG_DATA_HOME say."""
    assert paths.config_dir == Path(os.environ["XDG_CONFIG_HOME"]) / "release-desk"
    assert paths.autosave_dir == Path(os.environ["XDG_DATA_HOME"]) / "release-desk" / "autosave"


def test_recover_after_the_app_is_killed(make_window, dialogs: StubDialogs, paths: Paths, tmp_path: Path) -> None:
    """After the app is killed mid-edit, the next start offers the autosaved copy and my edit is back."""
    source = tmp_path / "release.txt"
    source.write_bytes(EXAMPLE.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT)}
    child = subprocess.Popen(
        [sys.executable, str(HELPER), str(source), " (recovered)"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(child.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    try:
        assert [line.split()[0] for line in lines if line] == ["AUTOSAVED"], "the helper never autosaved"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    window = make_window()
    dialogs.recover = True
    assert window.offer_recovery()
    assert ("recover", str(source.resolve())) in dialogs.asked
    expected = "UNIDO Director General opens green manufacturing forum in Shenzhen (recovered)"
    assert window.session.release.headline == expected
    assert window.form.headline.text() == expected
    assert window.isWindowModified(), "recovered work is unsaved until I save it"
    assert window.session.path == source.resolve()
    leftovers = sorted(p.name for p in paths.autosave_dir.iterdir())
    assert leftovers == sorted([window.autosave.copy.name, window.autosave.meta.name]), "old copy replaced by ours"


def test_autosave_comes_and_goes_with_unsaved_changes(make_window, qtbot, dialogs, tmp_path: Path) -> None:
    """An autosave copy exists while I have unsaved changes and is removed when I save."""
    window = make_window(preferences=Preferences(autosave_seconds=0.05, validation_delay_ms=50))
    window.session.load(sample_release(), None, None)
    QTest.keyClicks(window.form.headline, "!")
    qtbot.waitUntil(window.autosave.copy.is_file, timeout=5000)
    dialogs.save_paths.append(tmp_path / "saved.release.xml")
    window.save_action.trigger()
    assert not window.autosave.copy.exists()
    assert not window.autosave.meta.exists()


def test_declining_recovery_discards_the_copy(make_window, dialogs: StubDialogs, paths: Paths) -> None:
    """Answering No to recovery starts normally and does not ask again next time."""
    crashed = make_window()
    crashed.session.load(sample_release(), None, None)
    QTest.keyClicks(crashed.form.headline, "!")
    crashed.autosave_now()
    assert crashed.autosave.copy.is_file()
    meta = crashed.autosave.meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 0')
    crashed.autosave.meta.write_text(meta)  # as if written by a process that is gone

    dialogs.recover = False
    fresh = make_window()
    assert not fresh.offer_recovery()
    assert fresh.session.release.headline == ""
    assert not fresh.offer_recovery()
    assert dialogs.asked.count(("recover", None)) == 1
