"""The user's own words ("Add to dictionary"): one word a line in the user's data folder.

Shared by every language (names and brands are the same in any of them), kept
apart from Enchant's own word lists so that a word added in one window is known
to the next check in any other, and to the command line.
"""

from __future__ import annotations

from pathlib import Path

from app.fileio import atomic_write
from app.paths import user_data_dir

FILE_NAME = "words.txt"


class PersonalWords:
    """The words the user added; ``add`` writes the file at once (atomically)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else user_data_dir() / FILE_NAME
        self._words: set[str] = set()
        self._mtime: float | None = None
        self.reload()

    def reload(self) -> None:
        """Read the file again if another window or the command line changed it."""
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            return
        if mtime == self._mtime:
            return
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        self._mtime = mtime
        self._words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def add(self, word: str) -> None:
        """Remember ``word``; OSError when the data folder cannot be written."""
        word = word.strip()
        if not word or word in self._words:
            return
        self.reload()
        self._words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, "".join(f"{w}\n" for w in sorted(self._words)).encode("utf-8"))
        self._mtime = self.path.stat().st_mtime
