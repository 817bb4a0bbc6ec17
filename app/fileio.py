"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO


def new_file_beside(path: Path) -> tuple[int, str]:
    """A new, empty file in ``path``'s folder, open for writing (``.NAME.<pid>-<random>.tmp``), made with
    the mode ``open()`` gives (0666 less the umask) and never one that exists (O_EXCL). What
    ``tempfile.mkstemp`` does, but a new file is not 0600, and importing tempfile (random, shutil)
    costs a validation re-run that the cache answers whole 3 %."""
    folder = path.parent if str(path.parent) else Path()
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        name = os.path.join(folder, f".{path.name}.{os.getpid()}-{os.urandom(5).hex()}.tmp")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: cannot make a temporary file beside {path.name}")


def spool_file(folder: Path, buffering: int = 1 << 20) -> IO[bytes]:
    """An unnamed temporary file in ``folder`` (gone when closed or on a crash), for a report's part that
    waits for the run's end: Linux's O_TMPFILE where the file system has it, else ``tempfile``'s."""
    tmpfile = getattr(os, "O_TMPFILE", 0)
    if tmpfile:
        try:
            fd = os.open(folder, tmpfile | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            pass  # a file system without it (some network shares): tempfile's way below
        else:
            return os.fdopen(fd, "w+b", buffering=buffering)
    import tempfile

    return tempfile.TemporaryFile(dir=folder, buffering=buffering)


def atomic_fill(path: Path, fill: Callable[[IO[bytes]], object]) -> None:
    """``fill`` writes ``path`` all or nothing: through a temp file beside it, then fsync, rename, fsync the
    folder. A new file gets the mode ``open()`` gives; a file replaced keeps the permissions it had."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    fd, tmp = new_file_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # keep the permissions the user gave the file
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or chunks of them for a big report) to ``path`` all or nothing (``atomic_fill``)."""
    if isinstance(data, bytes | bytearray):
        atomic_fill(path, lambda handle: handle.write(data))
    else:
        atomic_fill(path, lambda handle: handle.writelines(data))
