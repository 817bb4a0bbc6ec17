"""Comments in the editor: add one to a span or a paragraph, reply, resolve, delete.

A comment is signed with the author from the preferences and the time it was
made (UTC, to the second, so it reads back identically from the XML). Each
action is one undo step (SetComments). Open comments show as an overline on
their text and a bar in the paragraph-number gutter.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QMenu

from app.gui.annotations.tag_commands import SetComments
from app.model import Comment
from app.model.release import Reply

if TYPE_CHECKING:
    from app.gui.annotations.context import Tagging

ADD_SHORTCUT = "Ctrl+Alt+M"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class CommentActions(QObject):
    """The comment actions of one window."""

    def __init__(self, annotations: Tagging) -> None:
        super().__init__(annotations)
        self.annotations = annotations
        self.session = annotations.session
        window = annotations.window
        self.add_action = QAction(self.tr("Add &Comment…"), window)
        self.add_action.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.setStatusTip(
            self.tr("Comment on the selected text, or on the paragraph ({shortcut})").format(shortcut=ADD_SHORTCUT)
        )
        self.add_action.triggered.connect(self.add_comment)
        window.addAction(self.add_action)

    @property
    def author(self) -> str:
        return self.annotations.host.preferences.author or self.tr("Editor")

    def _push(self, comments: list[Comment], text: str) -> None:
        self.session.new_burst()
        self.session.undo_stack.push(SetComments(self.session, comments, text))
        self.session.new_burst()

    def _find(self, comment_id: str) -> tuple[list[Comment], Comment] | None:
        comments = copy.deepcopy(self.session.release.comments)
        found = next((c for c in comments if c.id == comment_id), None)
        return (comments, found) if found is not None else None

    def add_comment(self) -> Comment | None:
        """Comment on the selection (one paragraph), or on the cursor's paragraph when nothing is selected."""
        release = self.session.release
        body = self.annotations.body
        if not release.body:
            message = self.tr("Write a paragraph first, then comment on it")
            self.annotations.host.show_status(message, 5000)
            return None
        cursor = body.textCursor()
        index, start = body.paragraph_at(cursor.selectionStart())
        last, end = body.paragraph_at(cursor.selectionEnd())
        spanned = cursor.hasSelection() and last == index
        anchor: tuple[int | None, int | None] = (start, end) if spanned else (None, None)
        text = self.annotations.dialogs.ask_comment(self.tr("Add comment"), self.tr("Comment:"))
        if text is None:
            return None
        comment = Comment(
            id=release.new_id("c"),
            paragraph=release.body[index].id,
            author=self.author,
            created=now(),
            text=text,
            start=anchor[0],
            end=anchor[1],
        )
        self._push([*copy.deepcopy(release.comments), comment], self.tr("Add comment"))
        return comment

    def reply(self, comment_id: str) -> None:
        found = self._find(comment_id)
        if found is None:
            return
        text = self.annotations.dialogs.ask_comment(self.tr("Reply"), self.tr("Reply:"))
        if text is None:
            return
        comments, comment = found
        comment.replies.append(Reply(self.session.release.new_id("r"), self.author, now(), text))
        self._push(comments, self.tr("Reply to comment"))

    def set_resolved(self, comment_id: str, resolved: bool) -> None:
        found = self._find(comment_id)
        if found is not None and found[1].resolved != resolved:
            found[1].resolved = resolved
            self._push(found[0], self.tr("Resolve comment") if resolved else self.tr("Reopen comment"))

    def delete(self, comment_id: str) -> None:
        comments = [c for c in self.session.release.comments if c.id != comment_id]
        if len(comments) != len(self.session.release.comments):
            self._push(comments, self.tr("Delete comment"))

    def mark_colour(self, index: int) -> QColor | None:
        """The gutter bar's colour for paragraph ``index``: set while it has an open comment."""
        body = self.session.release.body
        if index >= len(body):
            return None
        pid = body[index].id
        if any(c.paragraph == pid and not c.resolved for c in self.session.release.comments):
            return self.annotations.highlighter.comment_colour
        return None

    def comment_menu(self, comment_id: str) -> QMenu:
        menu = QMenu(self.annotations.panel)
        comment = next((c for c in self.session.release.comments if c.id == comment_id), None)
        menu.addAction(self.tr("&Reply…"), lambda: self.reply(comment_id))
        if comment is not None and comment.resolved:
            menu.addAction(self.tr("Re&open"), lambda: self.set_resolved(comment_id, False))
        else:
            menu.addAction(self.tr("Re&solve"), lambda: self.set_resolved(comment_id, True))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete comment"), lambda: self.delete(comment_id))
        return menu
