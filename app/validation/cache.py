"""The validation cache: a file already checked against the same profile is not checked again.

One SQLite file (WAL, so runs at the same time on one cache neither block nor
corrupt each other) with two tables:

* ``verdicts``: (SHA-256 of the file, profile fingerprint) -> verdict, profile
  name and issues. This is the cache proper: the same bytes checked by the same
  schema files, Schematron, validator code, lxml / libxml2 and ``today`` give the
  same verdict.
  Verdicts are kept for the ``KEEP_FINGERPRINTS`` most recently used fingerprints.
* ``paths``: absolute path -> size, mtime, ctime, inode and the SHA-256 the file
  had with them, and a copy of the verdict it last got (with its fingerprint).
  It saves reading and hashing a file whose stat has not moved, and a re-run
  with the same fingerprint finds each verdict in one lookup by path, not a
  join through ``verdicts`` (a third of a re-run the cache answers whole). A
  file modified less than two seconds before a run is not recorded (file times
  are coarse, and a change within the same tick would go unseen). Caches made
  before this table kept the stat records in ``files``, which is dropped.

Only the parent process writes (short transactions); workers read.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from app.validation import libraries
from app.validation.intake import shown_path
from app.validation.issues import Issue
from app.validation.libraries import Versions

if TYPE_CHECKING:
    from app.validation.batch import FileResult, RunSpec
    from app.validation.profiles import Profile

CACHE_FILE = "validation-cache.sqlite"
SCHEMA_VERSION = 2
#: A file whose mtime is this close to the run's start is not recorded in ``files`` (see above).
RACY_NS = 2_000_000_000
#: Verdicts that stand for the file's bytes; a crash or a missing file is not cached.
CACHEABLE = frozenset({"valid", "invalid", "not-well-formed"})
_NOT_CACHED_CODES = frozenset({"internal-error", "worker-crashed", "profile-error", "schematron-failed"})
# The validator's own code is part of every verdict's wording.
_CODE = ("validation/batch.py", "validation/validator.py", "validation/schematron.py", "validation/issues.py",
         "validation/cache.py", "validation/intake.py", "formats/release_schema.py", "formats/safexml.py",
         "validation/phones.py", "formats/id_constraints.py")
# Libraries whose data words or decides a verdict besides lxml: phone numbers are read by phonenumbers, whose
# metadata changes with every release (its __init__.py names the version: hashed, never imported here).
_LIBRARIES = ("phonenumbers",)
#: Verdicts are kept for this many most recently used fingerprints. A daily run with a Schematron has a new
#: fingerprint each day (``today`` is part of it), so without a bound the cache would grow by an archive a day.
KEEP_FINGERPRINTS = 8
#: How close together two uses of a fingerprint may be and count as one (an hour).
USE_RESOLUTION_NS = 3600 * 10**9
_XS = "{http://www.w3.org/2001/XMLSchema}"
_SCH = "{http://purl.oclc.org/dsdl/schematron}"

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


class CacheError(Exception):
    """A cache file that cannot be used; the run goes on without it."""


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/release-desk/validation-cache.sqlite`` (``~/.cache/...`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "release-desk" / CACHE_FILE


def stamp(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


# -- the profile fingerprint ------------------------------------------------------------


def _sha256(data: bytes) -> str:
    """SHA-256 by CPython's own implementation: importing hashlib loads OpenSSL, several milliseconds of
    a one-file run the cache answers (it hashes only the schemas and this code, a few KiB). The files
    checked are hashed with hashlib, which is faster on many megabytes, and only when the cache needs it."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
    except ImportError:
        from _sha256 import sha256  # type: ignore[import-not-found, no-redef]  # Python 3.11
    return sha256(data).hexdigest()  # type: ignore[no-any-return]


# What was learned of a schema file: size, mtime, SHA-256 and the files it refers to, by (root, path).
Memo = dict[str, tuple[int, int, str, list[str]]]


def _refs(data: bytes, path: Path, root: Path) -> list[str]:
    from lxml import etree

    from app.formats.safexml import make_parser

    try:
        tree = etree.fromstring(data, make_parser())
    except etree.XMLSyntaxError:
        return []
    found = []
    for el in tree.iter(f"{_XS}import", f"{_XS}include", f"{_XS}redefine", f"{_XS}override", f"{_SCH}include"):
        location = el.get("schemaLocation") or el.get("href")
        if not location:
            continue
        url = urlparse(location)
        target = root / Path(url.path).name if url.scheme not in ("", "file") else path.parent / url.path
        try:
            found.append(str(target.resolve()))
        except OSError:
            continue
    return found


def _referenced(path: Path, root: Path, seen: dict[Path, str], memo: Memo, learned: Memo) -> None:
    """Hash ``path`` and every schema file it imports or includes, as the compiler resolves them
    (its own folder and below; a web address answered by the file of that name in the folder).
    A file whose size and mtime are those in ``memo`` is not read again (IPTC's schemas are
    megabytes); what had to be read goes into ``learned``."""
    if path in seen:
        return
    key = f"{root}\0{path}"
    try:
        info = path.stat()
        known = memo.get(key)
        if known is not None and known[:2] == (info.st_size, info.st_mtime_ns):
            digest, refs = known[2], known[3]
        else:
            data = path.read_bytes()
            digest, refs = _sha256(data), _refs(data, path, root)
            learned[key] = (info.st_size, info.st_mtime_ns, digest, refs)
    except OSError:
        seen[path] = "unreadable"
        return
    seen[path] = digest
    for target in refs:
        _referenced(Path(target), root, seen, memo, learned)


def _profile_part(profile: Profile, memo: Memo, learned: Memo) -> list[object]:
    files: dict[Path, str] = {}
    for path in (profile.schema, profile.schematron):
        if path is not None:
            resolved = path.resolve()  # once: each resolve is a stat per folder of the path
            _referenced(resolved, resolved.parent, files, memo, learned)
    return [profile.name, sorted(profile.namespaces), profile.forms,
            str(profile.schema), str(profile.schematron), sorted((str(p), h) for p, h in files.items())]


def fingerprint(spec: RunSpec, memo: Memo | None = None, learned: Memo | None = None,
                library_versions: Versions | None = None) -> str:
    """What a verdict depends on besides the file: every profile the run may use (its schema files,
    imports included, and Schematron), the validator's code and libraries, the size limit, and
    ``today`` when a Schematron may compare dates with it."""
    found = library_versions or libraries.versions()[0]
    profiles = [spec.profile] if spec.profile is not None else list(spec.profiles)
    code = Path(__file__).resolve().parent.parent
    parts: list[object] = [
        SCHEMA_VERSION, found["lxml"], found["libxml2"], found["libxslt"], spec.max_bytes,
        [_sha256((code / name).read_bytes()) for name in _CODE if (code / name).is_file()],
        [_library_hash(name) for name in _LIBRARIES],
        [_profile_part(p, memo or {}, {} if learned is None else learned) for p in profiles],
    ]
    if any(p.schematron is not None for p in profiles):
        parts.append(spec.today.isoformat() if spec.today else None)
        if spec.status:  # --status approved: other verdicts than the files' own statuses give
            parts.append(spec.status)
    return _sha256(json.dumps(parts, default=str).encode())[:32]


def _library_hash(name: str) -> str | None:
    """The SHA-256 of the installed library's ``__init__.py`` (None when it is not installed), found as the
    import system would find it on ``sys.path``, without importing anything (importlib.util alone costs
    a one-file run 5 ms)."""
    import sys

    for folder in sys.path:
        try:
            return _sha256((Path(folder or ".") / name / "__init__.py").read_bytes())
        except OSError:
            continue
    return None


# -- stored results ---------------------------------------------------------------------


def cacheable(result: FileResult) -> bool:
    return (result.verdict in CACHEABLE and result.sha256 is not None
            and not any(i.code in _NOT_CACHED_CODES for i in result.issues))


def encode_issues(issues: Sequence[Issue]) -> str:
    # what a report shows of an issue; ``detail`` (the raw text) may name the path, which a cached verdict must not
    return json.dumps([[i.severity, i.message, i.xpath, i.line, i.column, i.field, i.code] for i in issues],
                      ensure_ascii=False, separators=(",", ":"))


def decode_issues(text: str) -> tuple[Issue, ...]:
    if text == "[]":
        return ()
    return tuple(Issue(s, m, x, ln, c, f, code) for s, m, x, ln, c, f, code in json.loads(text))


Cached = tuple[str, str | None, str]  # verdict, profile, issues (encoded)

_CREATE = """
CREATE TABLE IF NOT EXISTS verdicts (sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL, verdict TEXT NOT NULL,
    profile TEXT, issues TEXT NOT NULL, PRIMARY KEY (sha256, fingerprint)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprints (fingerprint TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprint_use (fingerprint TEXT PRIMARY KEY, last_used INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS schema_files (key TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    refs TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS libraries (name TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS paths (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    inode INTEGER, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL, verdict TEXT NOT NULL, profile TEXT,
    issues TEXT NOT NULL) WITHOUT ROWID;
DROP TABLE IF EXISTS files;
"""


def _create(path: Path) -> None:
    """Make the cache file, if new, with the mode the umask gives (0666 less it), as the reports are: SQLite
    would make it 0644 whatever the umask, and a team sharing a cache through a group could not write it.
    SQLite gives its -wal and -shm files the database file's mode."""
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666))
    except FileExistsError:
        pass
    except OSError as error:
        raise CacheError(f"{path}: cannot make the validation cache: {error.strerror or error}") from None


def _connect(path: Path, *, write: bool) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 60000")
        if write:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise CacheError(f"{path}: the cache needs SQLite's WAL mode (the folder's file system said {mode})")
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(_CREATE)
        return db
    except sqlite3.Error as error:
        raise CacheError(f"{path}: the validation cache cannot be used ({error})") from None


class CacheReader:
    """Lookups by SHA-256, for a worker process (opened there, after the fork)."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path, self.fingerprint = path, fingerprint
        self._db = _connect(path, write=False)

    def by_digest(self, digests: Iterable[str]) -> dict[str, Cached]:
        wanted = list(dict.fromkeys(digests))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        try:
            rows = self._db.execute(f"SELECT sha256, verdict, profile, issues FROM verdicts "
                                    f"WHERE fingerprint = ? AND sha256 IN ({marks})", [self.fingerprint, *wanted])
            return {sha: (verdict, profile, issues) for sha, verdict, profile, issues in rows}
        except sqlite3.Error:
            return {}  # a cache that went bad mid-run only costs time

    def close(self) -> None:
        self._db.close()


class VerdictCache(CacheReader):
    """The parent's side: lookups by path and stat, and every new verdict stored."""

    def __init__(self, path: Path, spec: RunSpec, started_ns: int) -> None:
        """The cache at ``path`` for runs of ``spec`` (its fingerprint is worked out here)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CacheError(f"{path.parent}: cannot make the cache folder: {error.strerror or error}") from None
        self.path = path
        _create(path)
        self._db = _connect(path, write=True)
        self.fingerprint = self._fingerprint(spec, started_ns)
        self._cwd = os.getcwd() + os.sep
        self._racy_after = started_ns - RACY_NS

    def close(self) -> None:
        """Note this run's fingerprint as used, keep the cache within its bound (``prune``), and close it.
        A fingerprint noted less than ``USE_RESOLUTION_NS`` ago is not noted again: a re-run minutes after
        another writes nothing (a write would also fold the write-ahead log into the file, with its fsync)."""
        try:
            if not self._used_lately():
                self.prune()
        finally:
            super().close()

    def _used_lately(self) -> bool:
        try:
            row = self._db.execute("SELECT last_used FROM fingerprint_use WHERE fingerprint = ?",
                                   (self.fingerprint,)).fetchone()
        except sqlite3.Error:
            return False
        return row is not None and time.time_ns() - row[0] < USE_RESOLUTION_NS

    def prune(self, keep: int = KEEP_FINGERPRINTS) -> int:
        """Mark this run's fingerprint as used now; delete the verdicts of every fingerprint but the ``keep``
        most recently used, and the file records no verdict needs any more. How many verdicts went."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("INSERT OR REPLACE INTO fingerprint_use VALUES (?, ?)", (self.fingerprint, time.time_ns()))
                # fingerprints a cache of an earlier version stored, without a time: the oldest
                db.execute("INSERT OR IGNORE INTO fingerprint_use SELECT fingerprint, 0 FROM fingerprints")
                stale = [(row[0],) for row in db.execute(
                    "SELECT fingerprint FROM fingerprint_use ORDER BY last_used DESC LIMIT -1 OFFSET ?", (keep,))]
                gone = 0
                if stale:
                    before = db.total_changes
                    db.executemany("DELETE FROM verdicts WHERE fingerprint = ?", stale)
                    gone = db.total_changes - before
                    db.executemany("DELETE FROM fingerprints WHERE fingerprint = ?", stale)
                    db.executemany("DELETE FROM fingerprint_use WHERE fingerprint = ?", stale)
                    db.executemany("DELETE FROM paths WHERE fingerprint = ?", stale)
                db.execute("COMMIT")
                return gone
            except BaseException:
                db.execute("ROLLBACK")
                raise
        except sqlite3.Error:
            return 0  # another run holds the cache: the next run prunes

    def _fingerprint(self, spec: RunSpec, started_ns: int) -> str:
        """``fingerprint(spec)``, reading only the schema files that changed since the last run."""
        try:
            memo: Memo = {key: (size, mtime, sha, json.loads(refs)) for key, size, mtime, sha, refs
                          in self._db.execute("SELECT key, size, mtime_ns, sha256, refs FROM schema_files")}
        except (sqlite3.Error, ValueError):
            memo = {}
        learned: Memo = {}
        value = fingerprint(spec, memo, learned, self._library_versions())
        rows = [(key, size, mtime, sha, json.dumps(refs)) for key, (size, mtime, sha, refs) in learned.items()
                if mtime < started_ns - RACY_NS]  # a schema saved a moment ago is read again next time
        if rows:
            with contextlib.suppress(sqlite3.Error):  # only costs reading the schemas again next time
                self._db.executemany("INSERT OR REPLACE INTO schema_files VALUES (?, ?, ?, ?, ?)", rows)
        return value

    def _library_versions(self) -> Versions:
        """lxml's versions, from the record this cache keeps while lxml's files are unchanged (``libraries``)."""
        try:
            row = self._db.execute("SELECT record FROM libraries WHERE name = 'lxml'").fetchone()
        except sqlite3.Error:
            row = None
        stored = row[0] if row else None
        found, record = libraries.versions(stored)
        if record is not None and record != stored:  # (a process that had lxml loaded measures it afresh)
            with contextlib.suppress(sqlite3.Error):  # only costs importing lxml next time
                self._db.execute("INSERT OR REPLACE INTO libraries VALUES ('lxml', ?)", (record,))
        return found

    def _key(self, path: str) -> str:
        # a name that is not UTF-8 is stored escaped (SQLite text is UTF-8), the same on every run
        return shown_path(path if path.startswith(os.sep) else self._cwd + path)

    def knows_profile(self) -> bool:
        """Has a run with this fingerprint stored verdicts? Then its profiles compiled before, byte for byte."""
        try:
            return self._db.execute("SELECT 1 FROM fingerprints WHERE fingerprint = ?",
                                    (self.fingerprint,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def by_stamp(self, stamps: dict[str, Stamp]) -> dict[str, tuple[str, Cached]]:
        """path -> (sha256, cached verdict) for the files whose stat is the one recorded with that digest.
        A file last checked with another fingerprint is looked up by its digest (two profiles taking turns
        on one folder still read no file)."""
        if not stamps:
            return {}
        cwd, sep = self._cwd, os.sep
        if "".join(stamps).isascii():  # nearly always: ``_key`` without shown_path's look at each name
            keys = {p if p[:1] == sep else cwd + p: p for p in stamps}
        else:
            keys = {shown_path(p if p[:1] == sep else cwd + p): p for p in stamps}  # ``_key``, inlined
        try:
            rows = self._rows(keys)
        except sqlite3.Error:
            return {}
        ours = self.fingerprint
        found: dict[str, tuple[str, Cached]] = {}
        elsewhere: dict[str, str] = {}
        for key, size, mtime, ctime, inode, sha, fingerprint_, verdict, profile, issues in rows:
            path = keys[key]
            if stamps[path] != (size, mtime, ctime, inode):
                continue
            if fingerprint_ == ours:
                found[path] = (sha, (verdict, profile, issues))
            else:
                elsewhere[path] = sha
        if elsewhere:
            known = self.by_digest(elsewhere.values())
            for path, sha in elsewhere.items():
                cached = known.get(sha)
                if cached is not None:
                    found[path] = (sha, cached)
        return found

    def _rows(self, keys: dict[str, str]) -> list[tuple]:
        """The ``paths`` rows of ``keys``. A run's files come in sorted chunks, so their rows lie together in
        the table: one range scan reads them (a third faster than a look-up per key), and rows in the range
        that are not asked for (files deleted since) are left out. When the range holds far more than the
        chunk (another tree's files sort between them), each key is looked up instead."""
        columns = "path, size, mtime_ns, ctime_ns, inode, sha256, fingerprint, verdict, profile, issues"
        limit = 2 * len(keys) + 64
        rows = self._db.execute(f"SELECT {columns} FROM paths WHERE path >= ? AND path <= ? LIMIT ?",
                                (min(keys), max(keys), limit)).fetchall()
        if len(rows) < limit:
            return [row for row in rows if row[0] in keys]
        marks = ",".join("?" * len(keys))
        return self._db.execute(f"SELECT {columns} FROM paths WHERE path IN ({marks})", list(keys)).fetchall()

    def store(self, results: Iterable[tuple[FileResult, Stamp | None]]) -> None:
        verdicts, files = [], []
        for result, info in results:
            if not cacheable(result):
                continue
            verdict = (result.sha256, self.fingerprint, result.verdict, result.profile, encode_issues(result.issues))
            verdicts.append(verdict)
            if info is not None and info[1] < self._racy_after:
                files.append((self._key(result.path), *info, *verdict))
        if not verdicts:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR IGNORE INTO verdicts VALUES (?, ?, ?, ?, ?)", verdicts)
            self._db.executemany("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", files)
            self._db.execute("INSERT OR IGNORE INTO fingerprints VALUES (?)", (self.fingerprint,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            # another run held the cache past the timeout, or the disk is full: these verdicts are not kept
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
