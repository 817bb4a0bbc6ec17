"""Words and characters, as an editor counts them: of one text, and of a whole release.

A word is a run of letters or digits, joined by an apostrophe or a hyphen
("l'ONUDI", "co-operation", "2019" are one word each); CJK text has no spaces
between words, so each Han, kana or Hangul character counts as one word, the
way word processors count it. Characters are every character but line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.model.release import Release
from app.model.search import text_fields

_WORD = re.compile(
    r"\d+(?:[.,]\d+)+"  # 2,000 and 3.5 are one word
    r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"  # one CJK character, one word
    r"|[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
    r"(?:['’\-][^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)*"
)


@dataclass(frozen=True)
class Count:
    words: int
    characters: int


@lru_cache(maxsize=32768)
def count_text(text: str) -> Count:
    # cached: while one paragraph is typed in, the other 4,999 of a long release are counted already
    return Count(len(_WORD.findall(text)), len(text) - text.count("\n"))


def count_release(release: Release) -> Count:
    """Every text field the editor writes (headline to keywords), as find searches them."""
    words = characters = 0
    for _path, text in text_fields(release):
        c = count_text(text)
        words += c.words
        characters += c.characters
    return Count(words, characters)


def count_body(release: Release) -> Count:
    words = characters = 0
    for paragraph in release.body:
        c = count_text(paragraph.text)
        words += c.words
        characters += c.characters
    return Count(words, characters)
