"""Annotations: entity tags, comments, tag suggestions, subject vocabularies, and their panels."""

from app.gui.annotations.tagging import Annotations, install_annotations

__all__ = ["Annotations", "install_annotations"]
