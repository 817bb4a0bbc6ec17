"""Undo commands: one per user intent, each naming what it did ("Edit headline").

Every change to the open release is one of these, pushed on the session's
undo stack. Typing bursts merge: consecutive keystrokes in one field or one
paragraph, within one burst, become one step.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.gui.common.session import Session, confidence_key
from app.model import Comment, Contact, Paragraph, Release

_MERGE_FIELD = 1
_MERGE_BODY = 2


class _Edit(QUndoCommand):
    """Base: an edit the user made to one part of the form; touching it clears its 'unsure' mark."""

    def __init__(self, session: Session, text: str, touched: str) -> None:
        super().__init__(text)
        self.session = session
        self.burst = session.burst
        self.confidence_before = dict(session.release.confidence)
        key = confidence_key(touched)
        # the lead is part of the body: touching the body clears both marks
        dropped = {key, "lead"} if key == "body" else {key}
        self.confidence_after = {k: v for k, v in self.confidence_before.items() if k not in dropped}

    def _confidence(self, redo: bool) -> None:
        self.session.set_confidence(self.confidence_after if redo else self.confidence_before)


class SetFields(_Edit):
    """Set one or more simple fields (a dateline edit also re-prints the dateline, a headline edit moves its tags)."""

    def __init__(
        self,
        session: Session,
        changes: dict[str, tuple[object, object]],
        text: str,
        *,
        merge: bool = True,
    ) -> None:
        first = next(iter(changes))
        super().__init__(session, text, first)
        # deep: a value can be a list of tags, which later edits must not reach into
        self.changes = {path: (copy.deepcopy(old), copy.deepcopy(new)) for path, (old, new) in changes.items()}
        self.merge = merge

    def id(self) -> int:
        return _MERGE_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFields)
            and self.merge
            and other.merge
            and other.burst == self.burst
            and other.changes.keys() == self.changes.keys()
        ):
            return False
        self.changes = {path: (self.changes[path][0], new) for path, (_old, new) in other.changes.items()}
        return True

    def redo(self) -> None:
        for path, (_old, new) in self.changes.items():
            self.session.set_field(path, copy.deepcopy(new))
        self._confidence(True)

    def undo(self) -> None:
        for path, (old, _new) in reversed(self.changes.items()):
            self.session.set_field(path, copy.deepcopy(old))
        self._confidence(False)


class AddContact(_Edit):
    def __init__(self, session: Session, index: int, contact: Contact | None = None) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Add contact"), "contacts")
        self.index = index
        self.contact = contact or Contact()

    def redo(self) -> None:
        self.session.insert_contact(self.index, self.contact)
        self._confidence(True)

    def undo(self) -> None:
        self.session.remove_contact(self.index)
        self._confidence(False)


class RemoveContact(_Edit):
    def __init__(self, session: Session, index: int) -> None:
        text = QCoreApplication.translate("Commands", "Remove contact {number}")
        super().__init__(session, text.format(number=index + 1), "contacts")
        self.index = index
        self.contact = copy.deepcopy(session.release.contacts[index])

    def redo(self) -> None:
        self.session.remove_contact(self.index)
        self._confidence(True)

    def undo(self) -> None:
        self.session.insert_contact(self.index, self.contact)
        self._confidence(False)


class MoveContact(_Edit):
    def __init__(self, session: Session, index: int, new_index: int) -> None:
        if new_index < index:
            text = QCoreApplication.translate("Commands", "Move contact {number} up")
        else:
            text = QCoreApplication.translate("Commands", "Move contact {number} down")
        super().__init__(session, text.format(number=index + 1), "contacts")
        self.index, self.new_index = index, new_index

    def redo(self) -> None:
        self.session.move_contact(self.index, self.new_index)
        self._confidence(True)

    def undo(self) -> None:
        self.session.move_contact(self.new_index, self.index)
        self._confidence(False)


class BodyEdit(_Edit):
    """Paragraphs ``start..start+len(before)`` became ``after`` (typing, split, merge, paste).

    Holds copies of the paragraphs (with their entity spans) and of the comments
    before and after, so undo restores spans exactly. ``done`` means the editor
    already shows the change, so the first redo only records it.

    A typing burst grows the step on the stack in place (:meth:`continue_typing`)
    instead of pushing and merging a new command per key, and leaves ``after``
    unset (None) while it grows: until the step is undone, the release itself
    holds what ``after`` would copy, so undo copies it then, once, not at every key.
    """

    def __init__(
        self,
        session: Session,
        *,
        start: int,
        before: list[Paragraph],
        after: list[Paragraph],
        comments_before: list[Comment],
        comments_after: list[Comment],
        pos_before: tuple[int, int],
        pos_after: tuple[int, int],
        kind: str,
        text: str,
        done: bool,
    ) -> None:
        super().__init__(session, text, "body")
        self.start = start
        self.before: list[Paragraph] = before
        self.after: list[Paragraph] | None = after
        self.after_count = len(after)
        self.comments_before: list[Comment] = comments_before
        self.comments_after: list[Comment] | None = comments_after
        self.pos_before, self.pos_after = pos_before, pos_after
        self.kind = kind
        self.done = done

    def id(self) -> int:
        return _MERGE_BODY

    def _continued_by(self, kind: str, burst: int, start: int, pos_before: tuple[int, int]) -> bool:
        """Would a one-paragraph edit of ``kind`` at ``pos_before`` join this step (one typing burst)?"""
        return (
            self.kind == kind
            and kind in ("typing", "delete")
            and burst == self.burst
            and start == self.start
            and self.after_count == 1
            and pos_before == self.pos_after
        )

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, BodyEdit)
            and len(other.before) == other.after_count == 1
            and self._continued_by(other.kind, other.burst, other.start, other.pos_before)
        ):
            return False
        self.after = other.after
        self.comments_after = other.comments_after
        self.pos_after = other.pos_after
        return True

    @staticmethod
    def continue_typing(session: Session, kind: str, index: int, pos_before: tuple[int, int]) -> BodyEdit | None:
        """The step on top of the stack, if a keystroke in paragraph ``index`` would merge into it.

        The same rule as :meth:`mergeWith`, and the same cases as QUndoStack.push merging: the
        step is the newest (no redo after it, no macro open) and not the saved state (a step is
        never merged into the clean state). The caller then edits the release and calls
        :meth:`grow`; anything else goes through a new command and ``push``."""
        stack = session.undo_stack
        top = stack.index()
        if top == 0 or top != stack.count() or top == stack.cleanIndex():
            return None
        command = stack.command(top - 1)
        if not isinstance(command, BodyEdit) or not command._continued_by(kind, session.burst, index, pos_before):
            return None
        if "body" in session.release.confidence or "lead" in session.release.confidence:
            return None  # a pushed step would clear these marks: let it
        return command

    def grow(self, pos_after: tuple[int, int]) -> None:
        """The release now holds one more keystroke of this burst (see :meth:`continue_typing`)."""
        self.after = self.comments_after = None
        self.pos_after = pos_after
        self.session.changed.emit()

    def redo(self) -> None:
        if self.done:  # the user's edit is already in the release and on screen
            self.done = False
            self.session.changed.emit()
        else:
            # undo set both before this redo could run
            assert self.after is not None
            assert self.comments_after is not None
            self.session.replace_paragraphs(self.start, len(self.before), self.after, self.comments_after)
            self.session.cursor_hint.emit(*self.pos_after)
        self._confidence(True)

    def undo(self) -> None:
        if self.after is None or self.comments_after is None:
            # the release holds this step's result (every later step is undone): copy it for redo
            release = self.session.release
            self.after = [p.clone() for p in release.body[self.start : self.start + self.after_count]]
            self.comments_after = [c.clone() for c in release.comments]
        self.session.replace_paragraphs(self.start, self.after_count, self.before, self.comments_before)
        self.session.cursor_hint.emit(*self.pos_before)
        self._confidence(False)


class MoveParagraph(_Edit):
    def __init__(self, session: Session, index: int, new_index: int) -> None:
        if new_index < index:
            text = QCoreApplication.translate("Commands", "Move paragraph {number} up")
        else:
            text = QCoreApplication.translate("Commands", "Move paragraph {number} down")
        super().__init__(session, text.format(number=index + 1), "body")
        self.index, self.new_index = index, new_index

    def redo(self) -> None:
        self.session.move_paragraph(self.index, self.new_index)
        self._confidence(True)

    def undo(self) -> None:
        self.session.move_paragraph(self.new_index, self.index)
        self._confidence(False)


class ReplaceRelease(QUndoCommand):
    """An edit of many fields at once (Replace All, restoring a revision): before and after, whole.

    Holds copies of the release before and after, so undo and redo give back
    exactly the text, tags and comment anchors of each side.
    """

    def __init__(self, session: Session, before: Release, after: Release, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        self.session.replace_release(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.session.replace_release(copy.deepcopy(self.before))
