"""Finding every vocabulary term in a text in one pass, leftmost-longest, on word boundaries.

A regex alternation of a thousand terms makes ``re`` try each alternative at
each position. Instead terms are indexed by their first word: the scan walks the
words of the text once, and at each word looks up only the few terms that start
with it, longest first. Matching is case-sensitive, so "WHO" the agency is not
"who" the pronoun and acronyms stay acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Generic, TypeVar

T = TypeVar("T")

_WORD = re.compile(r"\w+")
# Most texts are mostly lower-case words and most terms start with a capital or a digit:
# when every term does, the scan only visits words that could start one.
_UPPER_WORD = re.compile(r"\b[^\W_a-z]\w*")


def _ends_in_word(term: str) -> bool:
    return bool(term) and (term[-1].isalnum() or term[-1] == "_")


class TermMatcher(Generic[T]):
    """Leftmost-longest matching of many literal terms; immutable once built, so thread-safe."""

    __slots__ = ("_index", "_words")

    def __init__(self, terms: Mapping[str, T]) -> None:
        index: dict[str, list[tuple[str, T]]] = {}
        for term, value in terms.items():
            first = _WORD.match(term)
            if first is None:  # a term must start with a letter or digit to have a word boundary
                continue
            index.setdefault(first.group(), []).append((term, value))
        for candidates in index.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._index = index
        capitals = all(word[0].isupper() or word[0].isdigit() for word in index)
        self._words = _UPPER_WORD if capitals else _WORD

    def __bool__(self) -> bool:
        return bool(self._index)

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Non-overlapping (start, end, value) matches: at each word the longest term wins."""
        found: list[tuple[int, int, T]] = []
        index = self._index
        covered = 0
        for word in self._words.finditer(text):
            start = word.start()
            if start < covered:
                continue
            candidates = index.get(word.group())
            if candidates is None:
                continue
            for term, value in candidates:
                end = start + len(term)
                if not text.startswith(term, start):
                    continue
                if end < len(text) and _ends_in_word(term) and (text[end].isalnum() or text[end] == "_"):
                    continue
                found.append((start, end, value))
                covered = end
                break
        return found
