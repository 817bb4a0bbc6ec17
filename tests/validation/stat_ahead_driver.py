"""Runs one scenario of tests/validation/test_stat_ahead.py in a fresh process and prints what it saw as JSON.

The walk-ahead process is only forked from a single-threaded process (never from the GUI's), and a test
session has threads of its own by the time these tests run; a fresh process is what the command line is.

    python -m tests.validation.stat_ahead_driver SCENARIO FOLDER
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from app.validation import stream


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


def in_order(folder: Path) -> dict:
    paths = _files(folder, 50)
    asked = [*paths[:20], str(folder / "missing.xml"), *paths[20:]]
    ahead = stream._StatAhead.start(_chunks(asked, 8))
    assert ahead is not None
    try:
        got = list(ahead)
    finally:
        ahead.close()
    info = os.stat(paths[7])
    return {"asked": asked, "got": [p for chunk, _ in got for p in chunk],
            "stamped": sorted(p for _, stamps in got for p in stamps),
            "stamp_7": list(next(s for _, stamps in got for p, s in stamps.items() if p == paths[7])),
            "stat_7": [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino], "files": paths}


def killed(folder: Path) -> dict:
    paths = _files(folder, 40)
    ahead = stream._StatAhead.start(_chunks(paths, 4))
    assert ahead is not None
    chunks = iter(ahead)
    first = next(chunks)
    os.kill(ahead.pid, signal.SIGKILL)  # killed (out of memory, say) with chunks still to come
    rest = list(chunks)
    return {"files": paths, "got": [p for chunk, _ in [first, *rest] for p in chunk]}


def failing_walk(folder: Path) -> dict:
    paths = _files(folder, 12)

    def failing() -> Iterator[tuple[list[str], None]]:
        yield paths[:6], None
        raise OSError("the archive disk went away")

    ahead = stream._StatAhead.start(failing())
    assert ahead is not None
    chunks = iter(ahead)
    first = next(chunks)[0]
    try:
        next(chunks)
    except RuntimeError as error:
        return {"first": first, "files": paths, "error": str(error), "waited": ahead.pid == 0}
    return {"first": first, "files": paths, "error": None}


def cli(folder: Path) -> dict:
    """`release-desk validate` with the arguments after the folder, counting the walk-ahead processes."""
    started = []
    real_start = stream._StatAhead.start

    def start(chunks: Iterator[tuple[list[str], None]]) -> stream._StatAhead | None:
        ahead = real_start(chunks)
        started.append(ahead is not None)
        return ahead

    stream._StatAhead.start = staticmethod(start)  # type: ignore[method-assign]
    stream._MIN_FILES_PER_WORKER = 1
    stream.CHUNK = 5
    from app.cli import main

    os.chdir(folder)
    code = main(["validate", *sys.argv[3:]])
    return {"code": code, "walked_ahead": started}


if __name__ == "__main__":
    result = globals()[sys.argv[1]](Path(sys.argv[2]))
    sys.stderr.flush()
    print("\nRESULT " + json.dumps(result))
