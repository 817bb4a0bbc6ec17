"""Revisions and compare, without Qt: a per-release history in SQLite and a word-level diff of two Releases."""

from __future__ import annotations

from app.history.diff import ADDED, REMOVED, SAME, FieldChange, Piece, changed_words, compare, render_inline, word_diff
from app.history.store import FILE_NAME, KEEP, History, HistoryError, Revision, count_words, default_path

__all__ = [
    "ADDED",
    "FILE_NAME",
    "KEEP",
    "REMOVED",
    "SAME",
    "FieldChange",
    "History",
    "HistoryError",
    "Piece",
    "Revision",
    "changed_words",
    "compare",
    "count_words",
    "default_path",
    "render_inline",
    "word_diff",
]
