"""The local history of every release: a revision per save, in one SQLite file in the user's data folder.

Keyed by the release's id, so the history follows a release through renames and
exports. WAL journaling means a crash mid-write leaves the previous revisions
readable; only the newest ``KEEP`` revisions of a release are kept. A revision
holds the native XML (compressed), which reads back to the same Release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.formats import release_xml
from app.history.diff import changed_words
from app.model import Release
from app.paths import user_data_dir

KEEP = 200
FILE_NAME = "history.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    release_id TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    words INTEGER NOT NULL,
    changed_words INTEGER NOT NULL,
    xml BLOB NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS revisions_by_release ON revisions (release_id, id);
"""


class HistoryError(Exception):
    """The history file cannot be opened or written; the message says which file and why."""


@dataclass(frozen=True)
class Revision:
    """One saved state of a release (its text is loaded on demand)."""

    id: int
    release_id: str
    saved_at: dt.datetime
    path: str
    words: int  # words in the release
    changed_words: int  # words added or removed since the revision before it
    note: str = ""  # what happened besides a save: "Approved by Kari Nordmann"


def default_path() -> Path:
    return user_data_dir() / FILE_NAME


def count_words(release: Release) -> int:
    texts = [release.headline, release.subheadline or "", release.photo_credits or ""]
    texts.extend(p.text for p in release.body)
    return sum(len(text.split()) for text in texts)


class History:
    """``record`` a release on save, ``revisions`` of a release newest first, ``load`` one back."""

    def __init__(self, path: Path | None = None, keep: int = KEEP) -> None:
        self.path = path if path is not None else default_path()
        self.keep = keep
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses no committed revision
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(revisions)")}
            if "note" not in columns:  # a history written before sign-offs were noted
                self._db.execute("ALTER TABLE revisions ADD COLUMN note TEXT NOT NULL DEFAULT ''")
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"{self.path}: cannot open the revision history: {exc}") from exc

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, release: Release, path: str = "", when: dt.datetime | None = None,
               note: str = "") -> Revision | None:
        """Add ``release`` as the newest revision; None (nothing stored) when it equals the newest one.

        ``note`` says what the revision marks besides a save (a sign-off).
        """
        xml = release_xml.write(release)
        when = when or dt.datetime.now(dt.UTC)
        try:
            last = self._db.execute(
                "SELECT id, xml FROM revisions WHERE release_id = ? ORDER BY id DESC LIMIT 1", (release.id,)
            ).fetchone()
            if last is not None and zlib.decompress(last[1]) == xml:
                return None
            changed = changed_words(self._read(last[1], last[0]), release) if last is not None else count_words(release)
            words = count_words(release)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(
                    "INSERT INTO revisions (release_id, saved_at, path, words, changed_words, xml, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (release.id, when.isoformat(), path, words, changed, zlib.compress(xml, 6), note),
                )
                self._db.execute(
                    "DELETE FROM revisions WHERE release_id = ? AND id NOT IN "
                    "(SELECT id FROM revisions WHERE release_id = ? ORDER BY id DESC LIMIT ?)",
                    (release.id, release.id, self.keep),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except (sqlite3.Error, zlib.error) as exc:
            raise HistoryError(f"{self.path}: cannot record a revision: {exc}") from exc
        return Revision(int(cursor.lastrowid or 0), release.id, when, path, words, changed, note)

    def revisions(self, release_id: str) -> list[Revision]:
        """The revisions of ``release_id``, newest first."""
        try:
            rows = self._db.execute(
                "SELECT id, release_id, saved_at, path, words, changed_words, note FROM revisions "
                "WHERE release_id = ? ORDER BY id DESC", (release_id,)
            ).fetchall()
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot read the revision history: {exc}") from exc
        return [Revision(r[0], r[1], dt.datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def load(self, revision_id: int) -> Release:
        """The release as it was in revision ``revision_id``."""
        try:
            row = self._db.execute("SELECT xml FROM revisions WHERE id = ?", (revision_id,)).fetchone()
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot read revision {revision_id}: {exc}") from exc
        if row is None:
            raise HistoryError(f"{self.path}: there is no revision {revision_id}")
        return self._read(row[0], revision_id)

    def _read(self, blob: bytes, revision_id: int) -> Release:
        try:
            return release_xml.read(zlib.decompress(blob), f"revision {revision_id}", strict=False)
        except Exception as exc:  # a damaged row must not take the window down
            raise HistoryError(f"{self.path}: revision {revision_id} cannot be read back: {exc}") from exc

    def release_ids(self) -> Iterator[str]:
        for (release_id,) in self._db.execute("SELECT DISTINCT release_id FROM revisions ORDER BY release_id"):
            yield release_id
