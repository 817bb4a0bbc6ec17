"""Counts: words and characters of the focused field and of the release, and the body against a target."""

from app.gui.counts.status import Counts, install_counts

__all__ = ["Counts", "install_counts"]
