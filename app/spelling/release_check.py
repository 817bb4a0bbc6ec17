"""Spell checking the text fields of a whole Release: headline, subheadline, body, photo credits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.model import Release
from app.spelling.checker import SpellChecker
from app.spelling.personal import PersonalWords

# The fields an editor writes prose in; names, e-mails and keywords are not prose.
FIELDS: tuple[str, ...] = ("headline", "subheadline", "body", "photo_credits")


@dataclass(frozen=True, slots=True)
class SpelledField:
    """One piece of prose: ``field`` (``body`` with a 0-based ``paragraph``), its text and tag spans."""

    field: str
    paragraph: int | None
    text: str
    skip: tuple[tuple[int, int], ...]
    language: str


@dataclass(frozen=True, slots=True)
class Finding:
    field: str
    paragraph: int | None  # 0-based body paragraph
    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]

    @property
    def column(self) -> int:
        return self.start + 1


def spelled_fields(release: Release) -> Iterator[SpelledField]:
    """The prose of ``release`` in reading order, each with the language it is written in.

    The model keeps one language per release; when a field gets its own, it is read here.
    """
    language = release.language
    yield SpelledField("headline", None, release.headline,
                       tuple((e.start, e.end) for e in release.headline_entities), language)
    if release.subheadline:
        yield SpelledField("subheadline", None, release.subheadline, (), language)
    for index, paragraph in enumerate(release.body):
        yield SpelledField("body", index, paragraph.text,
                           tuple((e.start, e.end) for e in paragraph.entities), language)
    if release.photo_credits:
        yield SpelledField("photo_credits", None, release.photo_credits, (), language)


def check_release(release: Release, checker_for: Callable[[str], SpellChecker],
                  suggestions: int = 5) -> list[Finding]:
    """Every unknown word of ``release``; ``checker_for(language)`` gives (and may cache) a checker."""
    findings: list[Finding] = []
    for spelled in spelled_fields(release):
        checker = checker_for(spelled.language)
        for miss in checker.misspelled(spelled.text, spelled.skip):
            offered = tuple(checker.suggest(miss.word, suggestions)) if suggestions else ()
            findings.append(Finding(spelled.field, spelled.paragraph, miss.start, miss.end, miss.word, offered))
    return findings


class Checkers:
    """One checker per language, made on first use and sharing the personal word list."""

    def __init__(self, personal: PersonalWords | None = None, installed: list[str] | None = None) -> None:
        self.personal = personal
        self.installed = installed
        self._checkers: dict[str, SpellChecker] = {}

    def __call__(self, language: str) -> SpellChecker:
        checker = self._checkers.get(language)
        if checker is None:
            checker = SpellChecker(language, self.personal, self.installed)
            self._checkers[language] = checker
        return checker

    def missing(self) -> list[str]:
        """What to install, once per language that had no dictionary."""
        return [c.missing for c in self._checkers.values() if c.missing]
