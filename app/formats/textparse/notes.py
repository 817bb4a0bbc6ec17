"""Notes to editors and "About ..." boilerplate as blocks: a heading line and the paragraphs under it.

The assembler hands over the paragraphs after the body in reading order. A block
starts at a heading: "About Northwind Trust", "Notes to editors", "À propos de ...",
or any short line without end punctuation ("Media enquiries", "Background"). End
marks ("###", "-ends-") are layout, not notes: the text export writes its own, and
the import report already lists them as left out.
"""

from __future__ import annotations

import re

from app.formats.textparse.lines import is_about, is_end_mark, is_notes
from app.model import NoteBlock

# a heading is a line, not a sentence: no end punctuation (a colon is fine: "Notes to editors:")
_SENTENCE_END = re.compile(r"[.!?;…。！？]\s*$")
_NOT_A_HEADING = re.compile(r"@|https?://|www\.|\d{3}")  # addresses, links and numbers are content
_HEADING_CHARS = 60


def is_heading(paragraph: str) -> bool:
    """True for a line that opens a block of notes rather than continuing one."""
    text = paragraph.strip()
    if not text or "\n" in text or len(text) > _HEADING_CHARS * 2:
        return False
    if is_notes(text):
        return True
    if is_about(text):
        # "About X" alone is a heading; "About X: X was founded in..." is a run-in paragraph
        return len(text) <= _HEADING_CHARS * 2 and not _SENTENCE_END.search(text)
    return len(text) <= _HEADING_CHARS and not _SENTENCE_END.search(text) and not _NOT_A_HEADING.search(text)


def group_blocks(paragraphs: list[str]) -> list[NoteBlock]:
    """The paragraphs after the body as blocks; end marks dropped, nothing else lost."""
    blocks: list[NoteBlock] = []
    for text in paragraphs:
        if is_end_mark(text):
            continue
        if is_heading(text):
            blocks.append(NoteBlock(heading=text.strip()))
        elif is_about(text) or not blocks:
            blocks.append(NoteBlock(paragraphs=[text]))  # a run-in "About X: ..." opens a block of its own
        else:
            blocks[-1].paragraphs.append(text)
    return blocks
