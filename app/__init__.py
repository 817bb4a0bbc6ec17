"""Release Desk: an editor's desk for press releases."""

from __future__ import annotations

__version__ = "0.1.0"
