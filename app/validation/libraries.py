"""The versions of lxml, libxml2 and libxslt, known without importing lxml when its files have not changed.

Every verdict depends on them (they are part of the cache's fingerprint, and
every report names them), but importing ``lxml.etree`` costs a run about 25 ms,
a tenth of a re-run that the cache answers in full. So the cache keeps a
record: the versions, and the size, times and inode of each file they come
from: lxml's ``etree`` extension and, when lxml was built against shared
libraries, the libxml2 / libxslt / libexslt it loaded (read from
``/proc/self/maps``). While every one of those files is unchanged and the
import system would still find the same lxml, the record answers; after an
upgrade it does not, lxml is imported, and a new record is made. Where there
is no ``/proc`` the loaded libraries cannot be known, so no record is made.
"""

from __future__ import annotations

import json
import os
import sys

Versions = dict[str, tuple[int, ...]]  # "lxml", "libxml2", "libxslt" -> version numbers
_SHARED = ("libxml2.", "libxslt.", "libexslt.")
_known: Versions | None = None  # this process's answer, once found


def versions(record: str | None = None) -> tuple[Versions, str | None]:
    """The versions, and a new record to keep when ``record`` (an earlier one) no longer holds, or None."""
    global _known  # noqa: PLW0603 - one answer per process
    if _known is not None:
        return _known, None
    if record is not None and "lxml.etree" not in sys.modules:
        found = _still(record)
        if found is not None:
            _known = found
            return found, None
    _known, new = _measure()
    return _known, new


def forget() -> None:
    """Find the versions again on the next call (tests)."""
    global _known  # noqa: PLW0603
    _known = None


def _package() -> str | None:
    """The folder ``import lxml`` would load, found on ``sys.path`` without importing anything."""
    for folder in sys.path:
        candidate = os.path.join(folder or ".", "lxml")
        if os.path.isfile(os.path.join(candidate, "__init__.py")):
            return os.path.realpath(candidate)
    return None


def _stamp(path: str) -> list[int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _still(record: str) -> Versions | None:
    try:
        kept = json.loads(record)
        if kept["package"] != _package():
            return None
        for path, *was in kept["files"]:
            if _stamp(path) != was:
                return None
        return {name: tuple(numbers) for name, numbers in kept["versions"].items()}
    except (ValueError, KeyError, TypeError):
        return None


def _measure() -> tuple[Versions, str | None]:
    from lxml import etree

    found: Versions = {"lxml": tuple(etree.LXML_VERSION), "libxml2": tuple(etree.LIBXML_VERSION),
                       "libxslt": tuple(etree.LIBXSLT_VERSION)}
    package = _package()
    extension = os.path.realpath(etree.__file__ or "")
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            mapped = {line.split(maxsplit=5)[5].strip() for line in maps if line.count(" ") >= 5 and "/" in line}
    except OSError:
        return found, None
    shared = sorted(p for p in mapped if os.path.basename(p).startswith(_SHARED))
    if package is None or os.path.dirname(extension) != package:
        return found, None  # lxml came from somewhere sys.path does not show (a zip, a frozen app)
    files = []
    for path in [extension, *shared]:
        info = _stamp(path)
        if info is None:
            return found, None
        files.append([path, *info])
    return found, json.dumps({"package": package, "files": files,
                              "versions": {name: list(numbers) for name, numbers in found.items()}})
