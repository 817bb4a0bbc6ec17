"""The process that walks and stats a cached run's files ahead of it: the same chunks in the same order,
the walk's notes in their place, and nothing lost when it dies or the walk fails."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.validation import stream
from tests.validation.defects import TODAY


def _files(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"f{n:03d}.xml"
        path.write_bytes(b"<x/>" * (n + 1))
        paths.append(str(path))
    return paths


def _chunks(paths: list[str], size: int) -> Iterator[tuple[list[str], None]]:
    for start in range(0, len(paths), size):
        yield paths[start : start + size], None


def test_chunks_come_in_order_with_every_files_stat(tmp_path: Path) -> None:
    paths = _files(tmp_path, 50)
    ahead = stream._StatAhead.start(_chunks([*paths[:20], str(tmp_path / "missing.xml"), *paths[20:]], 8))
    assert ahead is not None
    try:
        got = list(ahead)
    finally:
        ahead.close()
    assert [p for chunk, _ in got for p in chunk] == [*paths[:20], str(tmp_path / "missing.xml"), *paths[20:]]
    stamps = {p: s for _, chunk_stamps in got for p, s in chunk_stamps.items()}
    assert set(stamps) == set(paths)  # a file without a stat is left for the worker to explain
    info = os.stat(paths[7])
    assert stamps[paths[7]] == (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def test_when_it_dies_this_process_goes_on_with_the_chunks_it_did_not_send(tmp_path: Path) -> None:
    paths = _files(tmp_path, 40)
    ahead = stream._StatAhead.start(_chunks(paths, 4))
    assert ahead is not None
    chunks = iter(ahead)
    first = next(chunks)
    os.kill(ahead.pid, signal.SIGKILL)  # killed (out of memory, say) with chunks still to come
    rest = list(chunks)
    assert [p for chunk, _ in [first, *rest] for p in chunk] == paths  # each file once, in order


def test_a_walk_that_fails_is_an_error_here(tmp_path: Path) -> None:
    paths = _files(tmp_path, 12)

    def failing() -> Iterator[tuple[list[str], None]]:
        yield paths[:6], None
        raise OSError("the archive disk went away")

    ahead = stream._StatAhead.start(failing())
    assert ahead is not None
    chunks = iter(ahead)
    assert next(chunks)[0] == paths[:6]
    with pytest.raises(RuntimeError, match="the archive disk went away"):
        next(chunks)
    assert ahead.pid == 0  # waited for


def test_a_run_that_walks_ahead_says_and_reports_what_one_process_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A cached run with two jobs walks ahead in its own process; its report, its diagnostics and the walk's
    notes (a symlink loop, a symlinked folder skipped) are those of a run with one job, in the same order."""
    from tests.validation.test_cache import _releases

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(stream, "_MIN_FILES_PER_WORKER", 1)
    monkeypatch.setattr(stream, "CHUNK", 5)
    _releases(tmp_path / "in" / "a", 12)
    os.symlink(tmp_path / "in", tmp_path / "in" / "a" / "loop")  # back to a folder above it
    _releases(tmp_path / "in" / "b", 12)
    _releases(tmp_path / "elsewhere", 3)
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "c-link")
    started = []
    real_start = stream._StatAhead.start

    def start(chunks: Iterator[tuple[list[str], None]]) -> stream._StatAhead | None:
        ahead = real_start(chunks)
        started.append(ahead)
        return ahead

    monkeypatch.setattr(stream._StatAhead, "start", staticmethod(start))
    seen = {}
    for name, extra in [("one", ["--jobs", "1", "--cache", "one.sqlite"]),
                        ("cold", ["--jobs", "2", "--cache", "two.sqlite"]),
                        ("warm", ["--jobs", "2", "--cache", "two.sqlite"]),
                        ("no-follow", ["--jobs", "2", "--no-follow", "--cache", "two.sqlite"]),
                        ("no-follow-1", ["--jobs", "1", "--no-follow", "--cache", "one.sqlite"])]:
        code = main(["validate", "in", "--today", TODAY.isoformat(), "--report", f"{name}.json", *extra])
        err = [line for line in capsys.readouterr().err.splitlines() if "files/s" not in line and "cache" not in line]
        report = json.loads(Path(f"{name}.json").read_text())
        del report["summary"]["from_cache"]
        seen[name] = (code, err, report)
    assert len(started) == 3
    assert all(ahead is not None for ahead in started)
    assert seen["one"] == seen["cold"] == seen["warm"]
    assert seen["no-follow"] == seen["no-follow-1"]
    assert any("a symbolic link back to a folder above it" in line for line in seen["one"][1])
    assert any("c-link: a symbolic link to a folder; skipped (--no-follow)" in line for line in seen["no-follow"][1])
    assert seen["one"][2]["summary"]["files"] == 13 + 13 + 4  # a, b, and elsewhere through c-link
