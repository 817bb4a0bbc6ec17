"""Split a field's text into the words a spell checker should look at.

What a dictionary cannot judge is left out: web addresses, e-mail addresses,
anything with a digit in it (dates, "COVID-19", "3rd"), words in capitals
(acronyms such as UNIDO), single letters, Chinese and Japanese text (no word
breaks to check), and the spans an editor tagged as a person, a place... whose
names no dictionary knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

# Combining marks are not ``\w`` in Python's re: list the ones releases use (Latin accents typed as
# combining characters, Arabic harakat) so a vowelled Arabic word stays one word.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = re.compile(rf"[\w{_MARKS}]+(?:['’][\w{_MARKS}]+)*")
_SKIPPED = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|gov|edu|info|io|[a-z]{2})(?:/\S*)?\b"  # bare domains
    r"|@\w+|#\w+",  # handles and hashtags
    re.IGNORECASE,
)
# digits, underscores, and Chinese / Japanese / Korean characters: a word holding one is not checked
_UNCHECKED = re.compile(r"[\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


class Word(NamedTuple):
    """``text[start:end]`` is ``word``."""

    start: int
    end: int
    word: str


def _worth_checking(word: str) -> bool:
    # single letters, acronyms in capitals (UNIDO, NGO), and words with digits or CJK characters are not
    return len(word) > 1 and not word.isupper() and _UNCHECKED.search(word) is None


def words(text: str, skip: Iterable[tuple[int, int]] = ()) -> Iterator[Word]:
    """The words of ``text`` worth checking, left to right; ``skip`` holds ``(start, end)`` spans (tags)."""
    blocked = [m.span() for m in _SKIPPED.finditer(text)]
    blocked.extend(skip)
    if not blocked:  # the usual paragraph: nothing to step around
        for match in _WORD.finditer(text):
            word = match.group()
            if _worth_checking(word):
                yield Word(match.start(), match.end(), word)
        return
    blocked.sort()
    index = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while index < len(blocked) and blocked[index][1] <= start:
            index += 1
        if _overlaps(blocked, index, start, end):
            continue
        word = match.group()
        if _worth_checking(word):
            yield Word(start, end, word)


def _overlaps(blocked: list[tuple[int, int]], index: int, start: int, end: int) -> bool:
    # spans from index on end after ``start``; one that begins before ``end`` overlaps the word
    for b_start, b_end in blocked[index:]:
        if b_start >= end:
            return False
        if b_end > start:
            return True
    return False
