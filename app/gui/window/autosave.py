"""Autosave copies in the user's data folder, and recovering them after a crash.

While there are unsaved changes the window writes the release as native XML to
``<data>/autosave/<session>.release.xml`` with a small JSON beside it naming
the original file. A save or a clean close removes both; a copy left behind by
a process that is no longer running is offered for recovery at the next start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.fileio import atomic_write
from app.gui.common.documents import native_bytes, read_native
from app.model import Release

log = logging.getLogger(__name__)


def _running(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Pending:
    """An autosave copy left behind by a session that did not close cleanly."""

    meta: Path
    copy: Path
    original: str | None
    saved_at: str

    def load(self) -> Release:
        return read_native(self.copy.read_bytes(), str(self.copy))

    def discard(self) -> None:
        for path in (self.copy, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()


class Autosave:
    """This session's autosave copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.id = os.urandom(16).hex()  # 128 random bits, as a uuid4 has, without loading uuid at start
        self.copy = folder / f"{self.id}.release.xml"
        self.meta = folder / f"{self.id}.json"

    def write(self, release: Release, original: Path | None) -> bool:
        try:
            data = native_bytes(release)
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.copy, data)
            meta = {
                "original": str(original) if original else None,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                "pid": os.getpid(),
            }
            atomic_write(self.meta, json.dumps(meta, indent=1).encode("utf-8"))
        except Exception:  # an autosave that fails must never take the editor down
            log.exception("autosave failed")
            return False
        return True

    def remove(self) -> None:
        Pending(self.meta, self.copy, None, "").discard()

    def pending(self) -> list[Pending]:
        """Copies left by sessions that are no longer running, newest first."""
        found: list[Pending] = []
        if not self.folder.is_dir():
            return found
        for meta in self.folder.glob("*.json"):
            if meta == self.meta:
                continue
            copy = meta.with_name(meta.stem + ".release.xml")
            try:
                info = json.loads(meta.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            if not copy.is_file() or _running(int(info.get("pid", 0))):
                continue
            found.append(Pending(meta, copy, info.get("original"), str(info.get("saved_at", ""))))
        found.sort(key=lambda p: p.saved_at, reverse=True)
        return found
