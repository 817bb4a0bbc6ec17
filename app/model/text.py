"""Text rules shared by every format: which characters XML 1.0 can carry."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return, and everything from U+0020 up,
# except surrogates and U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def illegal_xml_chars(text: str) -> list[int]:
    """Offsets of the characters in ``text`` that XML 1.0 cannot carry."""
    return [m.start() for m in _ILLEGAL.finditer(text)]


def clean_xml_text(text: str) -> tuple[str, int]:
    """``text`` without XML-illegal characters, and how many were removed."""
    cleaned, count = _ILLEGAL.subn("", text)
    return cleaned, count
