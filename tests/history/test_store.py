"""The revision history: a revision per save in a SQLite file, newest 200 kept, each readable back."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.history import History, HistoryError
from app.model import Entity, Paragraph, Release

PROJECT = Path(__file__).resolve().parents[2]


def _release(text: str = "The ferry will sail four times a day.", rid: str = "ferry-2024") -> Release:
    return Release(id=rid, headline="Island ferry adds a winter crossing",
                   body=[Paragraph("p1", text, [Entity("e1", "topic", 4, 9)])])


def test_saved_revisions_read_back_newest_first(tmp_path: Path) -> None:
    """Each save is a revision; the list is newest first with its size of change, and each reads back."""
    with History(tmp_path / "history.sqlite") as history:
        first = history.record(_release(), "ferry.xml", dt.datetime(2024, 10, 1, 9, 0, tzinfo=dt.UTC))
        second = history.record(_release("The ferry will sail five times a day."), "ferry.xml")
        assert first is not None
        assert second is not None
        listed = history.revisions("ferry-2024")
        assert [r.id for r in listed] == [second.id, first.id]
        assert listed[0].changed_words == 2  # "four" out, "five" in
        assert listed[1].saved_at == dt.datetime(2024, 10, 1, 9, 0, tzinfo=dt.UTC)
        assert history.load(first.id) == _release()
        assert history.revisions("another-release") == []


def test_saving_without_a_change_adds_no_revision(tmp_path: Path) -> None:
    """Saving the same text twice keeps one revision."""
    with History(tmp_path / "history.sqlite") as history:
        assert history.record(_release()) is not None
        assert history.record(_release()) is None
        assert len(history.revisions("ferry-2024")) == 1


def test_only_the_newest_revisions_are_kept(tmp_path: Path) -> None:
    """Past the limit, the oldest revisions of that release go; other releases keep theirs."""
    with History(tmp_path / "history.sqlite", keep=5) as history:
        history.record(_release(rid="other"))
        for n in range(8):
            history.record(_release(f"The ferry will sail {n} times a day."))
        kept = history.revisions("ferry-2024")
        assert len(kept) == 5
        assert history.load(kept[-1].id).body[0].text == "The ferry will sail 3 times a day."
        assert len(history.revisions("other")) == 1


def test_the_history_file_uses_write_ahead_logging(tmp_path: Path) -> None:
    """The database is in WAL mode, so a crash mid-save leaves earlier revisions intact."""
    path = tmp_path / "history.sqlite"
    History(path).record(_release())
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_history_is_in_the_users_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a path the history is release-desk/history.sqlite under XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with History() as history:
        history.record(_release())
    assert (tmp_path / "release-desk" / "history.sqlite").is_file()


def test_an_unusable_history_file_gives_a_clear_error(tmp_path: Path) -> None:
    """A history path that is not a database says which file and why instead of a traceback."""
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError, match=r"history\.sqlite"):
        History(path).record(_release())


def test_spelling_and_history_import_without_qt() -> None:
    """The spelling and history cores load in a fresh interpreter without PySide6."""
    code = ("import app.spelling, app.history, app.cli_spellcheck, app.cli_diff, sys; "
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
            "assert not loaded, loaded")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_a_revision_can_carry_a_note(tmp_path: Path) -> None:
    """A revision recorded for a sign-off keeps its note ("Approved by ..."); a plain save has none."""
    with History(tmp_path / "history.sqlite") as history:
        history.record(_release(), "ferry.xml")
        approved = _release()
        approved.status = "approved"
        history.record(approved, "ferry.xml", note="Approved by Kari Nordmann")
        newest, oldest = history.revisions("ferry-2024")
    assert newest.note == "Approved by Kari Nordmann"
    assert oldest.note == ""


def test_a_history_from_before_notes_opens_and_keeps_its_revisions(tmp_path: Path) -> None:
    """A history file written before revisions had notes gains the column and keeps what it held."""
    path = tmp_path / "history.sqlite"
    with History(path) as history:
        history.record(_release(), "ferry.xml")
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE revisions DROP COLUMN note")
    db.commit()
    db.close()
    with History(path) as history:
        (old,) = history.revisions("ferry-2024")
        assert old.note == ""
        history.record(_release("The ferry sails twice."), "ferry.xml", note="Approved by Ana")
        assert history.revisions("ferry-2024")[0].note == "Approved by Ana"
        assert history.load(old.id).headline == "Island ferry adds a winter crossing"
