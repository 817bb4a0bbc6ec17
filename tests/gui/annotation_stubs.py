"""Canned answers for the annotation dialogs (names, comments, vocabulary and subjects files)."""

from __future__ import annotations

from pathlib import Path

from app.gui.window.mainwindow import MainWindow


class StubAnnotationDialogs:
    """Answers queued by the test; records what was asked."""

    def __init__(self) -> None:
        self.names: list[str | None] = []
        self.comments: list[str | None] = []
        self.vocabularies: list[Path | None] = []
        self.subject_files: list[Path | None] = []
        self.asked: list[str] = []

    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(f"name:{text}")
        return self.names.pop(0) if self.names else None

    def ask_comment(self, title: str, label: str) -> str | None:
        self.asked.append(title)
        return self.comments.pop(0) if self.comments else None

    def get_vocabulary_path(self) -> Path | None:
        self.asked.append("vocabulary")
        return self.vocabularies.pop(0) if self.vocabularies else None

    def get_subjects_path(self) -> Path | None:
        self.asked.append("subjects")
        return self.subject_files.pop(0) if self.subject_files else None


def stub_annotation_dialogs(window: MainWindow) -> StubAnnotationDialogs:
    stub = StubAnnotationDialogs()
    window.annotations.dialogs = stub  # type: ignore[assignment]
    return stub
