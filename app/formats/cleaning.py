"""Strip XML-illegal characters before a writer puts text into XML, keeping spans on their text.

lxml refuses such characters outright and Word refuses a file that holds them,
so every XML writer passes text through here. A paragraph's entity spans are
moved with the characters that remain.
"""

from __future__ import annotations

import dataclasses

from app.model import Paragraph, clean_xml_text, illegal_xml_chars


def clean(text: str | None) -> str:
    """``text`` without XML-illegal characters ('' for None)."""
    return clean_xml_text(text)[0] if text else ""


def shift(offset: int, removed: list[int]) -> int:
    """Where ``offset`` lands once the characters at ``removed`` (sorted) are gone."""
    return offset - sum(1 for r in removed if r < offset)


def clean_paragraph(para: Paragraph) -> Paragraph:
    """A copy of ``para`` whose text XML can carry; spans that lose every character go."""
    removed = illegal_xml_chars(para.text)
    if not removed:
        return para
    entities = []
    for e in para.entities:
        start, end = shift(e.start, removed), shift(e.end, removed)
        if start < end:
            entities.append(dataclasses.replace(e, start=start, end=end))
    return dataclasses.replace(para, text=clean_xml_text(para.text)[0], entities=entities)
