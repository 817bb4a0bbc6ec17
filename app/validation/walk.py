"""The files of a batch run, found one at a time and in sorted order, so that a million never sit in memory.

A folder is listed one directory at a time. Entries are sorted with a folder's
name followed by ``/``: that puts each file exactly where a sort of the whole
paths would (``a/b.xml`` < ``a/b/x.xml`` < ``a/b0.xml``), so the stream is the
order the report has always had, without holding the whole list. Several inputs
are merged the same way and a file named twice is checked once.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Iterator, Sequence
from pathlib import Path


def _folder(folder: str, prefix: str) -> Iterator[str]:
    """Every ``*.xml`` below ``folder`` as ``prefix`` + its relative path, sorted; symlinked folders are
    not followed (as os.walk)."""
    try:
        with os.scandir(folder or ".") as listing:
            entries = []
            for entry in listing:
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError:
                    is_dir = False
                if is_dir:
                    entries.append((entry.name + "/", entry.name, True))
                elif entry.name.lower().endswith(".xml") and not (entry.is_symlink() and entry.is_dir()):
                    entries.append((entry.name, entry.name, False))
    except OSError:
        return  # a folder that vanished or cannot be listed holds nothing to check (as os.walk)
    entries.sort()
    for _key, name, is_dir in entries:
        path = prefix + name
        if is_dir:
            yield from _folder(path, path + os.sep)
        else:
            yield path


def _one(item: str | Path) -> Iterator[str]:
    name = os.fspath(item)
    if os.path.isdir(name):
        root = os.path.normpath(name)
        # "." lists as "a.xml", not "./a.xml", as the paths were always reported
        yield from _folder(root, "" if root == os.curdir else root.rstrip(os.sep) + os.sep)
    else:
        yield name


def iter_files(inputs: Sequence[str | Path]) -> Iterator[str]:
    """The files to check, sorted: folders recursively (``*.xml``), named files as given (even if missing)."""
    if len(inputs) == 1:
        yield from _one(inputs[0])
        return
    last = None
    for path in heapq.merge(*(_one(item) for item in inputs)):
        if path != last:
            yield path
        last = path


def count_files(inputs: Sequence[str | Path]) -> int:
    """How many files :func:`iter_files` will give (for a progress line's time left)."""
    return sum(1 for _ in iter_files(inputs))
