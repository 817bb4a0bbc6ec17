"""Saving can fail (a full disk, a read-only folder): the release stays open and unsaved, the user is told
why and what to do, and the file already on disk is left as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from app import fileio
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import StubDialogs


def saved_once(loaded: MainWindow, dialogs: StubDialogs, folder: Path) -> Path:
    folder.mkdir()
    target = folder / "cafes.release.xml"
    dialogs.save_paths.append(target)
    loaded.save_as_action.trigger()
    assert not loaded.isWindowModified()
    return target


def test_a_full_disk_keeps_the_release_open_and_the_old_file_intact(
    loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save on a full disk: the error names the file and the full disk, the edit stays, the file is unchanged."""
    target = saved_once(loaded, dialogs, tmp_path / "out")
    before = target.read_bytes()
    QTest.keyClicks(loaded.form.headline, " by the river")
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:  # the write reaches the disk at fsync: where a full disk says so
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    loaded.save_action.trigger()
    monkeypatch.setattr(os, "fsync", real_fsync)

    title, message = dialogs.errors[-1]
    assert title == "Cannot save"
    assert str(target) in message
    assert "No space left on device" in message
    assert "free some space, or use Save As" in message
    assert "still open and unsaved" in message
    assert loaded.isWindowModified()
    assert loaded.session.release.headline.endswith(" by the river")
    assert loaded.form.headline.text().endswith(" by the river")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["cafes.release.xml"], "no temp file left"
    assert loaded.statusBar().currentMessage() == "Not saved: cafes.release.xml"

    loaded.save_action.trigger()  # the disk has room again: the same Save works
    assert not loaded.isWindowModified()
    assert b"by the river" in target.read_bytes()


def test_a_read_only_folder_keeps_the_release_open_and_says_to_save_elsewhere(
    loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save As into a folder that cannot be written to: the error says so, the release keeps its old file."""
    target = saved_once(loaded, dialogs, tmp_path / "out")
    locked = tmp_path / "locked"
    locked.mkdir()
    QTest.keyClicks(loaded.form.subheadline, "!")

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        # as the system answers in a read-only folder (root would be let in by chmod, so it is injected)
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(locked))

    monkeypatch.setattr(fileio, "new_file_beside", read_only)
    dialogs.save_paths.append(locked / "elsewhere.release.xml")
    loaded.save_as_action.trigger()
    monkeypatch.undo()

    message = dialogs.errors[-1][1]
    assert "Permission denied" in message
    assert "use Save As to save in another folder" in message
    assert loaded.isWindowModified()
    assert loaded.session.path == target.resolve(), "still the file it was"
    assert loaded.windowTitle().startswith("cafes.release.xml")
    assert list(locked.iterdir()) == []
