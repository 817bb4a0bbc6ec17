"""Spell checking as you type (the window's part; the checking itself is app.spelling, without Qt)."""

from __future__ import annotations

from app.gui.spelling.feature import Spelling, install_spelling

__all__ = ["Spelling", "install_spelling"]
