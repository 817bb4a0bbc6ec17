"""Revisions and compare (the window's part; the history and the diff are app.history, without Qt)."""

from __future__ import annotations

from app.gui.revisions.feature import Revisions, install_revisions

__all__ = ["Revisions", "install_revisions"]
