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
    EMBARGO_CUE,
    FACT_DATE,
    FACT_EMBARGO,
    FACT_PLACE,
    FACT_REFERENCE,
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
    # the embargo and the number go where a text release prints them, for the importer to read them again
    lifts = known.get(FACT_EMBARGO, "").split(" (", 1)[0]  # without "(no time zone given)"
    top = [f"{EMBARGO_CUE} {lifts}"] if lifts else []
    top += [f"Ref: {known[FACT_REFERENCE]}"] if known.get(FACT_REFERENCE) else []
    blocks = [*top, headline, *body]
    if credits:
        blocks.append(f"Photo Credits: {credits}")
    if contacts:
        blocks.append("For more information, please contact:")
        blocks.extend(contacts)
    return "\n\n".join(blocks) + "\n"
