"""Normalised names for tags: how a name is written in the tag, whatever the text's spelling.

UN releases write surnames in capitals ("LI Yong", "ZHOU Mingcheng"); the tag's
name is the ordinary spelling ("Li Yong"). An acronym's name is its full name,
and every spelling of a Sustainable Development Goal is "SDG <n>".
"""

from __future__ import annotations

import re
from functools import lru_cache

# Particles stay lower case inside a name ("Ursula von der Leyen", "Charles de Gaulle").
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "di", "da", "du", "des", "la", "le", "van", "von", "bin", "al", "el"}
)


def collapse_space(text: str) -> str:
    """Runs of white space (line breaks, non-breaking spaces) as one space."""
    return " ".join(text.split())


_LETTERS = re.compile(r"[^\W\d_]+")


def _title_word(word: str) -> str:
    # "JEAN-PIERRE" -> "Jean-Pierre", "O'NEILL" -> "O'Neill"; only all-capital words change
    if len(word) < 2 or not word.isupper():
        return word
    return _LETTERS.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)


@lru_cache(maxsize=4096)  # a release names the same people again and again
def person_name(text: str) -> str:
    """"LI Yong" -> "Li Yong": words in capitals (surnames, by UN usage) in title case."""
    words = collapse_space(text).split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in _PARTICLES and word.isupper():
            out.append(word.lower())
        else:
            out.append(_title_word(word))
    return " ".join(out)


def sdg_name(number: int) -> str:
    """The one spelling of a Sustainable Development Goal: "SDG 9"."""
    return f"SDG {number}"


def acronym_letters(acronym: str) -> str:
    """The letters an acronym's long form must supply: "IDDA III" -> "idda", "SMEs" -> "sme"."""
    core = re.sub(r"\s+(?:[IVX]+|\d+)$", "", acronym.strip())  # ordinal suffix: "IDDA III"
    core = re.sub(r"(?<=[A-Z])s$", "", core)  # plural: "SMEs"
    return "".join(ch for ch in core if ch.isalpha()).lower()
