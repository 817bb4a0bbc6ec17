"""The open release, the file it came from, and its one undo history.

Undo commands change the release only through the mutators here; each mutator
says what changed by a signal, and the widgets follow. Nothing else writes to
the release while it is open in the window.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.gui.common.documents import DiskStamp
from app.model import Comment, Contact, Paragraph, Release

if TYPE_CHECKING:
    from app.formats.textparse.pipeline import Imported

_CONTACT = re.compile(r"^contacts\[(\d+)\]\.(name|title|organisation|email|phone)$")

# Form paths of the simple fields, and the confidence key each belongs to.
FIELD_CONFIDENCE: dict[str, str] = {
    "headline": "headline",
    "subheadline": "subheadline",
    "byline": "byline",
    "dateline.place": "dateline",
    "dateline.date": "dateline",
    "dateline.text": "dateline",
    "language": "language",
    "status": "status",
    "photo_credits": "photo_credits",
    "keywords": "keywords",
}


def confidence_key(path: str) -> str:
    if path.startswith("contacts"):
        return "contacts"
    if path.startswith("body"):
        return "body"
    return FIELD_CONFIDENCE.get(path, path)


class Session(QObject):
    """One open document: release, path, disk stamp, undo stack, change signals."""

    reset = Signal()  # a different release is open: reload everything
    field_changed = Signal(str)  # a simple field, by form path ("headline", "dateline.date")
    contact_field_changed = Signal(int, str)
    contacts_changed = Signal()  # added, removed or moved: rebuild the list
    paragraphs_replaced = Signal(int, int, int)  # start, old count, new count
    cursor_hint = Signal(int, int)  # paragraph, offset where an undone/redone edit happened
    confidence_changed = Signal()
    annotations_changed = Signal(list)  # paragraph indexes whose tags or comments changed (text did not)
    changed = Signal()  # anything in the release changed
    saved = Signal(str)  # the release was written to this path (the revision history records it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.release = Release()
        self.path: Path | None = None
        self.stamp: DiskStamp | None = None
        # a text or Word release as imported, with its labelled lines (View > Import Source); None otherwise
        self.imported: Imported | None = None
        self.undo_stack = QUndoStack(self)
        self.burst = 0  # typing bursts merge only within one burst

    # -- whole document -----------------------------------------------------

    def load(self, release: Release, path: Path | None, stamp: DiskStamp | None, *, modified: bool = False,
             imported: Imported | None = None) -> None:
        self.release = release
        self.imported = imported
        self.path = path
        self.stamp = stamp
        self.undo_stack.clear()
        if modified:
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
        self.burst += 1
        self.reset.emit()
        self.changed.emit()

    def replace_release(self, release: Release) -> None:
        """The same document with other contents (an undoable edit of many fields): path, stamp and
        history stay; every view reloads as after ``load``."""
        self.release = release
        self.reset.emit()
        self.changed.emit()

    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.tr("Untitled")

    def new_burst(self) -> None:
        """The user moved elsewhere: the next keystroke starts a new undo step."""
        self.burst += 1

    # -- simple fields --------------------------------------------------------

    def get_field(self, path: str) -> object:
        r = self.release
        match = _CONTACT.match(path)
        if match:
            return getattr(r.contacts[int(match.group(1))], match.group(2))
        if path.startswith("dateline."):
            return getattr(r.dateline, path.split(".", 1)[1])
        return getattr(r, path)

    def set_field(self, path: str, value: object) -> None:
        r = self.release
        match = _CONTACT.match(path)
        if match:
            index = int(match.group(1))
            setattr(r.contacts[index], match.group(2), value)
            self.contact_field_changed.emit(index, match.group(2))
        else:
            if path.startswith("dateline."):
                setattr(r.dateline, path.split(".", 1)[1], value)
            else:
                setattr(r, path, copy.copy(value))
            self.field_changed.emit(path)
        self.changed.emit()

    def set_confidence(self, confidence: dict[str, float]) -> None:
        if confidence != self.release.confidence:
            self.release.confidence = dict(confidence)
            self.confidence_changed.emit()

    # -- contacts -------------------------------------------------------------

    def insert_contact(self, index: int, contact: Contact) -> None:
        self.release.contacts.insert(index, copy.deepcopy(contact))
        self.contacts_changed.emit()
        self.changed.emit()

    def remove_contact(self, index: int) -> Contact:
        contact = self.release.contacts.pop(index)
        self.contacts_changed.emit()
        self.changed.emit()
        return contact

    def move_contact(self, index: int, new_index: int) -> None:
        contacts = self.release.contacts
        contacts.insert(new_index, contacts.pop(index))
        self.contacts_changed.emit()
        self.changed.emit()

    # -- body -----------------------------------------------------------------

    def replace_paragraphs(
        self,
        start: int,
        old_count: int,
        paragraphs: list[Paragraph],
        comments: list[Comment],
    ) -> None:
        """Put copies of ``paragraphs`` where ``old_count`` paragraphs from ``start`` were."""
        self.release.body[start : start + old_count] = [p.clone() for p in paragraphs]
        self.release.comments = [c.clone() for c in comments]
        self.paragraphs_replaced.emit(start, old_count, len(paragraphs))
        self.changed.emit()

    def move_paragraph(self, index: int, new_index: int) -> None:
        self.release.move_paragraph(index, new_index)
        low, high = min(index, new_index), max(index, new_index)
        self.paragraphs_replaced.emit(low, high - low + 1, high - low + 1)
        self.cursor_hint.emit(new_index, 0)
        self.changed.emit()
