"""The files of a batch run, found one at a time and in sorted order, so that a million never sit in memory.

A folder is listed one directory at a time. Entries are sorted with a folder's
name followed by ``/``: that puts each file exactly where a sort of the whole
paths would (``a/b.xml`` < ``a/b/x.xml`` < ``a/b0.xml``), so the stream is the
order the report has always had, without holding the whole list. Several inputs
are merged the same way and a file named twice is checked once. A symlinked
folder is followed unless it loops back to a folder above it or leads to a
folder walked already (each folder is walked once, so no file is checked twice
under two names); with ``follow=False`` it is skipped; each is said, never
silent.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

Note = Callable[[str], None]


def _listing(folder: str) -> list[tuple[str, str, bool, bool]]:
    """``folder``'s sub-folders and ``*.xml`` files as (sort key, name, is a folder, is a symlinked folder),
    sorted; a folder's key is its name followed by ``/``."""
    entries = []
    try:
        with os.scandir(folder or ".") as listing:
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
        return []  # a folder that vanished or cannot be listed holds nothing to check (as os.walk)
    entries.sort()
    return entries


def _folder(root: str, prefix: str, follow: bool, note: Note | None, root_id: tuple[int, int]) -> Iterator[str]:
    """Every ``*.xml`` below ``root`` as ``prefix`` + its relative path, sorted. Depth first with a stack of
    its own, not recursion: a tree a thousand folders deep is an archive's, not an error. A folder is walked
    once (known by device and inode): a symlinked folder is followed (``follow``) unless it leads back to a
    folder above it (a loop) or to one walked already, or skipped; each is told to ``note``."""
    walked = {root_id: prefix.rstrip(os.sep) or os.curdir}  # every folder entered -> the path it was walked as
    above = {root_id}  # the folders on the way down to the current one
    stack = [(iter(_listing(root)), prefix, root_id)]
    while stack:
        entries, prefix, here = stack[-1]
        for _key, name, is_dir, linked in entries:
            path = prefix + name
            if not is_dir:
                yield path
                continue
            if linked and not follow:
                if note is not None:
                    note(f"{path}: a symbolic link to a folder; skipped (--no-follow)")
                continue
            try:
                info = os.stat(path)
            except OSError:
                continue
            there = (info.st_dev, info.st_ino)
            if there in above:
                if note is not None:
                    note(f"{path}: a symbolic link back to a folder above it (a loop); not followed again")
                continue
            if there in walked:
                if note is not None:
                    note(f"{path}: the same folder as {walked[there]}, walked already; not walked again")
                continue
            walked[there] = path
            above.add(there)
            stack.append((iter(_listing(path)), path + os.sep, there))
            break
        else:
            stack.pop()
            above.discard(here)


def _one(item: str | Path, follow: bool, note: Note | None) -> Iterator[str]:
    name = os.fspath(item)
    if os.path.isdir(name):
        root = os.path.normpath(name)
        info = os.stat(root)
        # "." lists as "a.xml", not "./a.xml", as the paths were always reported
        yield from _folder(root, "" if root == os.curdir else root.rstrip(os.sep) + os.sep, follow, note,
                           (info.st_dev, info.st_ino))
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
