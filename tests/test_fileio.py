"""Saving never leaves half a file behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.fileio import atomic_write


def test_a_save_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    """Saving over a file replaces its content and keeps the permissions the user gave it."""
    target = tmp_path / "release.release.xml"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_report_written_in_chunks_arrives_whole(tmp_path: Path) -> None:
    """A big report written piece by piece ends up as one complete file."""
    target = tmp_path / "report.json"
    atomic_write(target, (f"{n}\n".encode() for n in range(1000)))
    assert target.read_text().splitlines() == [str(n) for n in range(1000)]


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    """When writing fails half-way, the old file is untouched and no temp file is left."""
    target = tmp_path / "release.release.xml"
    target.write_bytes(b"the editor's last good save")

    def chunks() -> Iterator[bytes]:
        yield b"half a fi"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, chunks())
    assert target.read_bytes() == b"the editor's last good save"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    """A file saved for the first time is readable by the team as the umask says, not private to its writer."""
    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "shared.json", b"{}")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.json").stat().st_mode & 0o777 == 0o640


def test_a_spool_leaves_no_file_behind(tmp_path: Path) -> None:
    """The part of a report that waits for the run's end holds what was written and leaves nothing in the
    report's folder, during the run or after it."""
    from app.fileio import spool_file

    with spool_file(tmp_path) as spool:
        spool.write(b"x" * 100_000)
        assert list(tmp_path.iterdir()) == []
        spool.seek(0)
        assert spool.read() == b"x" * 100_000
    assert list(tmp_path.iterdir()) == []
