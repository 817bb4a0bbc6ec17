"""Spell checking without Qt: Enchant over the system's Hunspell dictionaries, a tokeniser that knows
what not to check, a personal word list, and a check of a whole Release (the GUI and the CLI share it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.spelling.checker import Misspelling, SpellChecker, installed_dictionaries
from app.spelling.dictionaries import debian_package, missing_message
from app.spelling.personal import PersonalWords
from app.spelling.tokens import Word, words

if TYPE_CHECKING:
    from app.spelling.release_check import Checkers, Finding, SpelledField, check_release, spelled_fields

_RELEASE_CHECK = ("Checkers", "Finding", "SpelledField", "check_release", "spelled_fields")

__all__ = [
    "Checkers",
    "Finding",
    "Misspelling",
    "PersonalWords",
    "SpellChecker",
    "SpelledField",
    "Word",
    "check_release",
    "debian_package",
    "installed_dictionaries",
    "missing_message",
    "spelled_fields",
    "words",
]


def __getattr__(name: str) -> Any:
    # The whole-release check (the CLI's, Edit > Check Spelling's) loads when first asked for: the editor's
    # as-you-type underlines do not need it, and the window paints sooner without it.
    if name in _RELEASE_CHECK:
        from app.spelling import release_check

        return getattr(release_check, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
