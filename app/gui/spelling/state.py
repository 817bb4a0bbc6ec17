"""What every spelling view of one window shares: the checker for the release's language and a cache.

Results are kept per text (and its tag spans), so a paragraph is checked again
only when its text changes, and painting a screenful of unchanged paragraphs
costs a dictionary look-up of nothing. The word being typed (it ends at the
cursor) is never flagged: it is not finished yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.spelling import Misspelling, PersonalWords, SpellChecker

_CACHE_LIMIT = 50_000  # distinct paragraph texts; a 5,000-paragraph release with its edits fits


class SpellState(QObject):
    """The checker, on or off, and the misspellings of any text it was asked about."""

    changed = Signal()  # the language, the word lists or on/off changed: every view repaints

    def __init__(self, words_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.personal = PersonalWords(words_file)
        self.enabled = True
        self.checker: SpellChecker | None = None
        self._cache: dict[tuple[str, tuple[tuple[int, int], ...]], list[Misspelling]] = {}

    def set_language(self, language: str) -> SpellChecker:
        """Use the dictionary of ``language`` (kept when it is already the one in use)."""
        if self.checker is None or self.checker.language != language:
            ignored = self.checker.ignored if self.checker is not None else set()
            self.checker = SpellChecker(language, self.personal)
            self.checker.ignored |= ignored
            self._cache.clear()
            self.changed.emit()
        return self.checker

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    @property
    def active(self) -> bool:
        return self.enabled and self.checker is not None and self.checker.available

    def misses(self, text: str, skip: tuple[tuple[int, int], ...] = (),
               typing_at: int | None = None) -> list[Misspelling]:
        """The unknown words of ``text``; not the one ending at ``typing_at`` (the word being typed)."""
        if not self.active or not text:
            return []
        key = (text, skip)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            found = self.checker.misspelled(text, skip)  # type: ignore[union-attr]
            self._cache[key] = found
        if typing_at is None:
            return found
        return [m for m in found if m.end != typing_at]

    def at(self, text: str, position: int, skip: tuple[tuple[int, int], ...] = ()) -> Misspelling | None:
        """The unknown word of ``text`` under ``position`` (a click), if there is one."""
        return next((m for m in self.misses(text, skip) if m.start <= position <= m.end), None)

    def suggest(self, word: str) -> list[str]:
        return self.checker.suggest(word) if self.active else []  # type: ignore[union-attr]

    def ignore(self, word: str) -> None:
        """Accept ``word`` in this window until it closes."""
        if self.checker is not None:
            self.checker.ignore(word)
        self._cache.clear()
        self.changed.emit()

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on; OSError when the word list cannot be written."""
        self.personal.add(word)
        self._cache.clear()
        self.changed.emit()

    def refresh_words(self) -> None:
        """Pick up words another window or the command line added."""
        before = len(self.personal)
        self.personal.reload()
        if len(self.personal) != before:
            self._cache.clear()
            self.changed.emit()
