"""Spell checking one language with Enchant over the Hunspell dictionaries the system has.

A checker answers "is this word known" from a cache after the first time (a
release repeats its words; Enchant does not cache), and keeps the words the user
chose to ignore for this session apart from the ones added to the personal list.
Enchant dictionaries are not shared between threads: a worker makes its own
checker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from app.spelling import dictionaries
from app.spelling.personal import PersonalWords
from app.spelling.tokens import Word, words

_APOSTROPHES = str.maketrans({"’": "'"})


class Misspelling(NamedTuple):
    start: int
    end: int
    word: str


def installed_dictionaries() -> list[str]:
    """Enchant's tags for the dictionaries this system has (empty when Enchant itself is missing)."""
    try:
        import enchant
    except ImportError:  # pyenchant installed without the libenchant-2 library
        return []
    return list(enchant.list_languages())


class SpellChecker:
    """Checks words of ``language``; ``available`` is False (and ``missing`` says why) without a dictionary."""

    def __init__(self, language: str, personal: PersonalWords | None = None,
                 installed: list[str] | None = None) -> None:
        self.language = language
        self.personal = personal
        lookup = dictionaries.find(language, installed_dictionaries() if installed is None else installed)
        self.tag = lookup.tag
        self.missing = lookup.missing
        self._dict = None
        self._also: list[object] = []
        if self.tag is not None:
            import enchant

            try:
                self._dict = enchant.Dict(self.tag)
                self._also = [enchant.Dict(tag) for tag in lookup.also]
            except enchant.errors.Error as exc:
                self.missing = f"The {self.tag} spelling dictionary could not be loaded: {exc}"
                self.tag, self._dict = None, None
        self._known: dict[str, bool] = {}
        self.ignored: set[str] = set()

    @property
    def available(self) -> bool:
        return self._dict is not None

    def is_known(self, word: str) -> bool:
        """True for a word of the dictionary, the personal list or the ignored ones (and without a dictionary)."""
        if self._dict is None or word in self.ignored or (self.personal is not None and word in self.personal):
            return True
        known = self._known.get(word)
        if known is None:
            plain = word.translate(_APOSTROPHES)
            known = any(d.check(plain) or (plain != word and d.check(word))  # type: ignore[attr-defined]
                        for d in (self._dict, *self._also))
            self._known[word] = known
        return known

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        if self._dict is None:
            return []
        return [s for s in self._dict.suggest(word.translate(_APOSTROPHES)) if s != word][:limit]

    def misspelled(self, text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Misspelling]:
        """The unknown words of ``text``, left to right, leaving out the ``skip`` spans (tags)."""
        if self._dict is None:
            return []
        known = self._known
        found = []
        for start, end, word in words(text, skip):
            # the cached answer first: most words of a release were seen before
            if not (known.get(word) or self.is_known(word)):
                found.append(Misspelling(start, end, word))
        return found

    def ignore(self, word: str) -> None:
        """Accept ``word`` until the checker goes away (this session)."""
        self.ignored.add(word)

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on, in every language and session; OSError if it cannot be saved."""
        if self.personal is None:
            self.ignore(word)
            return
        self.personal.add(word)


__all__ = ["Misspelling", "SpellChecker", "Word", "installed_dictionaries"]
