"""A Release Desk briefing note read back as the text release it was made from.

The note's sections are known (see :mod:`app.formats.briefing_content`): the
Summary, Key points and Background hold the release's paragraphs, the facts
table its place and date, then Contacts and Photo credits. They are put back
in the plain-text shape, the dateline in front of the first paragraph, for the
text importer to read like any release.
"""

from __future__ import annotations

from typing import Protocol

from app.formats.briefing_content import (
    BACKGROUND,
    CONTACTS,
    FACT_DATE,
    FACT_PLACE,
    KEY_POINTS,
    NOT_GIVEN,
    PHOTO_CREDITS,
    SUMMARY,
)

_BODY_SECTIONS = frozenset({SUMMARY, KEY_POINTS, BACKGROUND})


class _Paragraph(Protocol):
    text: str
    style: str


def briefing_rendering(paragraphs: list[_Paragraph], facts: list[list[str]]) -> str:
    """The text release a briefing note was written from (headline, dateline, body, credits, contacts)."""
    known = {row[0].strip(): row[1].strip() for row in facts if len(row) >= 2}
    dateline = ", ".join(v for v in (known.get(FACT_PLACE), known.get(FACT_DATE)) if v and v != NOT_GIVEN)
    headline = next((p.text for p in paragraphs if p.style == "title"), "")
    body: list[str] = []
    contacts: list[str] = []
    credits: str | None = None
    section = None
    for p in paragraphs:
        if p.style.startswith("heading") and not (p.style == "heading 2" and section in _BODY_SECTIONS):
            section = p.text.strip()  # a "Heading 2" inside the body is one of the release's subheads
        elif section in _BODY_SECTIONS:
            body.append(p.text)
        elif section == CONTACTS:
            contacts.append(p.text)
        elif section == PHOTO_CREDITS:
            credits = p.text
    if body and dateline:
        body[0] = f"{dateline} - {body[0]}"
    blocks = [headline, *body]
    if credits:
        blocks.append(f"Photo Credits: {credits}")
    if contacts:
        blocks.append("For more information, please contact:")
        blocks.extend(contacts)
    return "\n\n".join(blocks) + "\n"
