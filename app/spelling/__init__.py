"""Spell checking without Qt: Enchant over the system's Hunspell dictionaries, a tokeniser that knows
what not to check, a personal word list, and a check of a whole Release (the GUI and the CLI share it)."""

from __future__ import annotations

from app.spelling.checker import Misspelling, SpellChecker, installed_dictionaries
from app.spelling.dictionaries import debian_package, missing_message
from app.spelling.personal import PersonalWords
from app.spelling.release_check import Checkers, Finding, SpelledField, check_release, spelled_fields
from app.spelling.tokens import Word, words

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
