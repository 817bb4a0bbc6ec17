"""Finding every vocabulary term in a text in one pass, leftmost-longest, on word boundaries.

A regex alternation of a thousand terms makes ``re`` try each alternative at
each position. Instead the terms go into one Aho-Corasick automaton
(pyahocorasick): a single scan of the text, in C, reports every place where a
term ends, whatever the number of terms. What is kept of those places is what a
reader means by a term in the text: it starts where a word starts, it does not
run on into a word at its end, and where two overlap the one further left wins,
then the longer. Matching is case-sensitive, so "WHO" the agency is not "who"
the pronoun and acronyms stay acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")

_WORD = re.compile(r"\w+")


def _is_word_char(ch: str) -> bool:
    # what ``\w`` means for ``str`` patterns: alphanumeric, or the underscore
    return ch.isalnum() or ch == "_"


class LiteralFinder(Generic[T]):
    """Leftmost-longest, non-overlapping matches of many literal keys, each starting where no word
    character precedes it and, when its ``end_check`` says so, ending where none follows: what a regex
    alternation ``(?<!\\w)(?:key1(?!\\w)|key2|...)`` of the keys, longest first, finds with ``finditer``.
    Immutable once built, so thread-safe (an automaton's ``iter`` keeps its position in the iterator it
    returns, not in the automaton)."""

    __slots__ = ("_automaton", "_count")

    def __init__(self, keys: Iterable[tuple[str, bool, T]]) -> None:
        automaton = ahocorasick.Automaton()
        count = 0
        for key, end_check, value in keys:
            if key:
                automaton.add_word(key, (len(key), end_check, value))
                count += 1
        if count:
            automaton.make_automaton()
        self._automaton = automaton
        self._count = count

    def __bool__(self) -> bool:
        return self._count > 0

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Non-overlapping (start, end, value) matches: where two overlap, the one further left, then the longer."""
        if not self._count:
            return []
        candidates: list[tuple[int, int, T]] = []
        size = len(text)
        for last, (length, end_check, value) in self._automaton.iter(text):
            start = last + 1 - length
            # _is_word_char inline: this loop runs for every place a key ends
            if start and ((before := text[start - 1]).isalnum() or before == "_"):
                continue  # inside a word ("UN" in "FUNDS")
            if end_check and last + 1 < size and ((after := text[last + 1]).isalnum() or after == "_"):
                continue  # runs on into a word ("UN" in "UNIDO")
            candidates.append((start, last + 1, value))
        if len(candidates) < 2:
            return candidates
        # leftmost first and, of two at one start, the longer; then drop what overlaps a kept one
        candidates.sort(key=_LEFTMOST_LONGEST)
        found: list[tuple[int, int, T]] = []
        covered = 0
        for candidate in candidates:
            if candidate[0] >= covered:
                found.append(candidate)
                covered = candidate[1]
        return found


def _leftmost_longest(candidate: tuple[int, int, object]) -> tuple[int, int]:
    return candidate[0], -candidate[1]


_LEFTMOST_LONGEST = _leftmost_longest


class TermMatcher(LiteralFinder[T]):
    """Vocabulary terms: a term starts on a word (a term that does not start with a letter or digit is
    never found) and, when it ends in a letter or digit, does not run on into the next word."""

    __slots__ = ()

    def __init__(self, terms: Mapping[str, T]) -> None:
        super().__init__((term, _is_word_char(term[-1]), value) for term, value in terms.items()
                         if _WORD.match(term) is not None)
