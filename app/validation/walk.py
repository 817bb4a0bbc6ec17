"""The files of a batch run, found one at a time and in sorted order, so that a million never sit in memory.

A folder is listed one directory at a time. Entries are sorted with a folder's
name followed by ``/``: that puts each file exactly where a sort of the whole
paths would (``a/b.xml`` < ``a/b/x.xml`` < ``a/b0.xml``), so the stream is the
order the report has always had, without holding the whole list. Several inputs
are merged the same way and a file named twice is checked once. A symlinked
folder is followed unless it loops back to a folder above it; with
``follow=False`` it is skipped; both are said, never silent.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

Note = Callable[[str], None]


def _folder(folder: str, prefix: str, follow: bool, note: Note | None, ancestors: frozenset[tuple[int, int]]
            ) -> Iterator[str]:
    """Every ``*.xml`` below ``folder`` as ``prefix`` + its relative path, sorted. A symlinked folder is
    followed (``follow``) unless it leads back to a folder above it (a loop), or skipped; either is told
    to ``note``."""
    try:
        with os.scandir(folder or ".") as listing:
            entries = []
            for entry in listing:
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    linked_dir = not is_dir and entry.is_symlink() and entry.is_dir()
                except OSError:
                    is_dir = linked_dir = False
                if is_dir or linked_dir:
                    entries.append((entry.name + "/", entry.name, True, linked_dir))
                elif entry.name.lower().endswith(".xml"):
                    entries.append((entry.name, entry.name, False, False))
    except OSError:
        return  # a folder that vanished or cannot be listed holds nothing to check (as os.walk)
    entries.sort()
    for _key, name, is_dir, linked in entries:
        path = prefix + name
        if not is_dir:
            yield path
            continue
        try:
            info = os.stat(path)
        except OSError:
            continue
        here = (info.st_dev, info.st_ino)
        if linked and not follow:
            if note is not None:
                note(f"{path}: a symbolic link to a folder; skipped (--no-follow)")
            continue
        if here in ancestors:
            if note is not None:
                note(f"{path}: a symbolic link back to a folder above it (a loop); not followed again")
            continue
        yield from _folder(path, path + os.sep, follow, note, ancestors | {here})


def _one(item: str | Path, follow: bool, note: Note | None) -> Iterator[str]:
    name = os.fspath(item)
    if os.path.isdir(name):
        root = os.path.normpath(name)
        info = os.stat(root)
        # "." lists as "a.xml", not "./a.xml", as the paths were always reported
        yield from _folder(root, "" if root == os.curdir else root.rstrip(os.sep) + os.sep, follow, note,
                           frozenset({(info.st_dev, info.st_ino)}))
    else:
        yield name


def iter_files(inputs: Sequence[str | Path], *, follow: bool = True, note: Note | None = None) -> Iterator[str]:
    """The files to check, sorted: folders recursively (``*.xml``), named files as given (even if missing).
    Symlinked folders are followed with loop detection (``follow``); ``note`` hears each one skipped."""
    if len(inputs) == 1:
        yield from _one(inputs[0], follow, note)
        return
    last = None
    for path in heapq.merge(*(_one(item, follow, note) for item in inputs)):
        if path != last:
            yield path
        last = path


def count_files(inputs: Sequence[str | Path], *, follow: bool = True) -> int:
    """How many files :func:`iter_files` will give (for a progress line's time left)."""
    return sum(1 for _ in iter_files(inputs, follow=follow))
