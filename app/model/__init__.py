"""The Release and its parts: pure Python, no Qt, no lxml, no I/O.

The model owns the invariants every other layer relies on: entity spans lie
inside their paragraph and never cross, comment anchors lie inside their
paragraph, and ids are unique within a release.
"""

from __future__ import annotations

from app.model.errors import ModelError
from app.model.ids import ID_RULE, PLACEHOLDER_ID, content_id, fresh_id, words_id
from app.model.release import (
    ENTITY_KINDS,
    PARAGRAPH_KINDS,
    STATUSES,
    Comment,
    Contact,
    Dateline,
    Embargo,
    Entity,
    NoteBlock,
    Paragraph,
    Release,
    SignOff,
    flat_boilerplate,
)
from app.model.text import clean_xml_text, illegal_xml_chars

__all__ = [
    "ENTITY_KINDS",
    "ID_RULE",
    "PARAGRAPH_KINDS",
    "PLACEHOLDER_ID",
    "STATUSES",
    "Comment",
    "Contact",
    "Dateline",
    "Embargo",
    "Entity",
    "ModelError",
    "NoteBlock",
    "Paragraph",
    "Release",
    "SignOff",
    "clean_xml_text",
    "content_id",
    "flat_boilerplate",
    "fresh_id",
    "illegal_xml_chars",
    "words_id",
]
