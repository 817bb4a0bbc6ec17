"""Files in and out of the window: which reader opens a path, how a save lands.

The format dispatch lives in ``app.formats`` (``read_path``, ``format_for_name``);
this room adds what the window needs on top: a stamp of what was on disk when
the file was opened, so a save never silently overwrites someone else's change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import formats
from app.fileio import atomic_write
from app.formats.errors import FormatError
from app.model import Release

if TYPE_CHECKING:
    from app.formats.textparse.pipeline import Imported

NATIVE_SUFFIX = ".release.xml"


def load_release(path: str | Path) -> Release:
    """Read a release from any format we know; FormatError with a user-ready message otherwise."""
    return formats.read_path(path)


def load_release_with_warnings(path: str | Path) -> tuple[Release, list[str]]:
    """Like :func:`load_release`, with what the reader left out or guessed (Word tables, NITF version).

    A native draft that breaks the release schema (a malformed e-mail, an empty
    headline) still opens: the editor is where it gets fixed, and the Validation
    panel lists what is wrong. What the model cannot hold is still refused.
    """
    return formats.read_path_with_warnings(path, strict=False)


def load_for_editing(path: str | Path) -> tuple[Release, list[str], Imported | None]:
    """Like :func:`load_release_with_warnings`, and for a text or Word release the import it came from
    (its labelled lines, for View > Import Source and the import report); the file is read once."""
    by_name = formats.format_for_name(Path(path).name)
    if by_name is None or by_name.name in ("txt", "docx"):
        imported = formats.import_path(path)
        if imported is not None:
            return imported.release, imported.warnings, imported
        # XML under a .txt name, or a briefing note we wrote: the reader for what it is
    release, warnings = load_release_with_warnings(path)
    return release, warnings, None


def format_for_saving(path: str | Path) -> str:
    """The format a save to ``path`` writes: by extension, native XML when unsure."""
    fmt = formats.format_for_name(Path(path).name)
    return fmt.name if fmt is not None and fmt.can_read and fmt.can_write else "xml"


def serialise(release: Release, path: str | Path) -> bytes:
    return formats.write(release, format_for_saving(path))


def native_bytes(release: Release) -> bytes:
    return formats.write(release, "xml")


def read_native(data: bytes, source: str) -> Release:
    return formats.FORMATS["xml"].reader()(data, source)


def is_native(path: str | Path) -> bool:
    return format_for_saving(path) == "xml"


@dataclass(frozen=True)
class DiskStamp:
    """What a file held when we last read or wrote it."""

    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        return cls.of_bytes(data)

    @classmethod
    def of_bytes(cls, data: bytes) -> DiskStamp:
        return cls(len(data), hashlib.sha256(data).hexdigest())


def changed_on_disk(path: str | Path, stamp: DiskStamp | None) -> bool:
    """True when ``path`` exists and differs from what we read or wrote last."""
    now = DiskStamp.of(path)
    return now is not None and now != stamp


def save_bytes(path: str | Path, data: bytes) -> DiskStamp:
    """Write atomically (temp + fsync + rename); the stamp of what is now on disk."""
    atomic_write(Path(path), data)
    return DiskStamp.of_bytes(data)


__all__ = [
    "NATIVE_SUFFIX",
    "DiskStamp",
    "FormatError",
    "changed_on_disk",
    "format_for_saving",
    "is_native",
    "load_for_editing",
    "load_release",
    "load_release_with_warnings",
    "native_bytes",
    "read_native",
    "save_bytes",
    "serialise",
]
