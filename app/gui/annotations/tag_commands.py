"""Undo commands for tags and comments: one per user intent, whatever it touches.

Tagging never changes text, so a command keeps copies of the tag lists of the
paragraphs it touches (and of the comments) before and after, and swaps them.
That one pattern covers tag, retag, rename, remove, "tag all occurrences" and
accepting suggestions; each is a single undo step however many spans it adds.
The headline's tags are one more list, at the place ``HEADLINE``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.gui.common.session import Session
from app.model import Comment, Entity, ModelError, Paragraph, Release

EntityLists = dict[int, list[Entity]]

#: Where a headline tag lies, among paragraph indexes: tag lists are keyed by
#: paragraph, and the headline is tagged text before the first paragraph.
HEADLINE = -1


def tagged_text(release: Release, place: int) -> str:
    """The text a tag list belongs to: paragraph ``place``'s, or the headline's."""
    return release.headline if place == HEADLINE else release.body[place].text


def tag_list(release: Release, place: int) -> list[Entity]:
    return release.headline_entities if place == HEADLINE else release.body[place].entities


def _set_tag_list(release: Release, place: int, entities: list[Entity]) -> None:
    if place == HEADLINE:
        release.headline_entities = entities
    else:
        release.body[place].entities = entities


class SetEntities(QUndoCommand):
    """Paragraphs (by index) get new tag lists; undo puts the old ones back."""

    def __init__(self, session: Session, before: EntityLists, after: EntityLists, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _put(self, lists: EntityLists) -> None:
        for index, entities in lists.items():
            _set_tag_list(self.session.release, index, copy.deepcopy(entities))
        self.session.annotations_changed.emit(sorted(lists))
        self.session.changed.emit()

    def redo(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class SetComments(QUndoCommand):
    """The release's comments become ``after`` (add, reply, resolve, delete)."""

    def __init__(self, session: Session, after: list[Comment], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = copy.deepcopy(session.release.comments)
        self.after = copy.deepcopy(after)

    def _put(self, comments: list[Comment]) -> None:
        release = self.session.release
        touched = {c.paragraph for c in comments} | {c.paragraph for c in release.comments}
        release.comments = copy.deepcopy(comments)
        indexes = [i for i, p in enumerate(release.body) if p.id in touched]
        self.session.annotations_changed.emit(indexes)
        self.session.changed.emit()

    def redo(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class EntityEdit:
    """Collects changes to tag lists, then pushes them as one SetEntities step."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.release: Release = session.release
        self.before: EntityLists = {}
        self.after: EntityLists = {}
        self.taken = self.release.all_ids()

    def entities(self, index: int) -> list[Entity]:
        """The working copy of paragraph ``index``'s tags (copied on first use)."""
        if index not in self.after:
            current = tag_list(self.release, index)
            self.before[index] = copy.deepcopy(current)
            self.after[index] = copy.deepcopy(current)
        return self.after[index]

    def new_id(self) -> str:
        ident = self.release.new_id("e", self.taken)
        self.taken.add(ident)
        return ident

    def add(self, index: int, kind: str, start: int, end: int, *, name: str | None = None,
            ref: str | None = None) -> Entity | None:
        """Tag ``start:end`` of paragraph ``index`` (or the headline); None when it would cross a tag or is empty."""
        lists = self.entities(index)
        if any(e.start == start and e.end == end for e in lists):
            return None  # the same span twice would be a second tag on one name
        # a paragraph's own checks serve the headline too
        probe = Paragraph("probe", tagged_text(self.release, index), copy.deepcopy(lists))
        entity = Entity(self.new_id(), kind, start, end, name, ref)
        try:
            probe.add_entity(entity)
        except ModelError:
            return None
        self.after[index] = probe.entities
        return entity

    def change(self, index: int, entity_id: str, fn: Callable[[Entity], None]) -> None:
        for e in self.entities(index):
            if e.id == entity_id:
                fn(e)

    def remove(self, index: int, entity_id: str) -> None:
        self.after[index] = [e for e in self.entities(index) if e.id != entity_id]

    def push(self, text: str) -> bool:
        """Push the collected changes as one step; False when nothing changed."""
        changed = {i: v for i, v in self.after.items() if v != self.before[i]}
        if not changed:
            return False
        self.session.new_burst()
        self.session.undo_stack.push(
            SetEntities(self.session, {i: self.before[i] for i in changed}, changed, text)
        )
        self.session.new_burst()
        return True


def places(release: Release) -> range:
    """Every place that holds tags: the headline, then each paragraph."""
    return range(HEADLINE, len(release.body))


def find_entity(release: Release, entity_id: str) -> tuple[int, Entity] | None:
    """(place, tag) of the tag with this id: a paragraph index, or HEADLINE."""
    for place in places(release):
        for e in tag_list(release, place):
            if e.id == entity_id:
                return place, e
    return None


def occurrences(release: Release, text: str) -> list[tuple[int, int, int]]:
    """(place, start, end) of every whole-word occurrence of ``text`` in the headline and the body."""
    if not text.strip():
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [(i, m.start(), m.end()) for i in places(release) for m in pattern.finditer(tagged_text(release, i))]
