"""Revisions and compare: every save recorded in the local history; File > Revisions… and Compare With….

Recording runs in a worker thread on a snapshot of the release (writing a
5,000-paragraph revision takes half a second), so saving stays as quick as it
was; a history that cannot be written says so in the status bar and never
stops the save itself.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction

from app.formats import FormatError, read_path_with_warnings
from app.gui.common.background import Mailbox as _Mailbox
from app.gui.common.background import Task as _Task
from app.gui.common.commands import ReplaceRelease
from app.gui.common.i18n import file_error_text
from app.gui.services import FeatureHost
from app.model import NoteBlock, Release

if TYPE_CHECKING:
    from app.gui.revisions.dialog import CompareDialog, RevisionsDialog
    from app.history import History, Revision

# The history (SQLite, the diff) and the dialogs load on the first save or the first use of the menu items:
# the window paints sooner without them.

STATUS_MS = 8000


def snapshot(release: Release) -> Release:
    """A copy the worker can write while the user types on (paragraphs cloned, not deep-copied: 3x faster)."""
    copied = copy.copy(release)
    copied.body = [p.clone() for p in release.body]
    copied.comments = [c.clone() for c in release.comments]
    copied.contacts = copy.deepcopy(release.contacts)
    copied.dateline = copy.copy(release.dateline)
    copied.headline_entities = copy.deepcopy(release.headline_entities)
    copied.boilerplate = [NoteBlock(b.heading, list(b.paragraphs)) for b in release.boilerplate]
    copied.keywords, copied.subjects = list(release.keywords), list(release.subjects)
    copied.signoffs = list(release.signoffs)
    copied.embargo = copy.copy(release.embargo)
    copied.confidence = dict(release.confidence)
    return copied


class Revisions(QObject):
    """Records revisions on save; opens the Revisions and Compare dialogs."""

    recorded = Signal(object)  # the Revision stored, None (nothing changed), or the error

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self._data_dir = host.paths.data_dir
        self._history: History | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: revisions go in in the order of the saves
        self._mailbox = _Mailbox(self)
        self._mailbox.done.connect(self._recorded)
        self.dialog: RevisionsDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.revisions_action = QAction(self.tr("Re&visions…"), host.window)
        self.revisions_action.setStatusTip(self.tr("Compare or restore the saved revisions of this release"))
        self.revisions_action.triggered.connect(self.open_revisions)
        self.compare_action = QAction(self.tr("Compare &With…"), host.window)
        self.compare_action.setStatusTip(self.tr("Compare the open release with another release file"))
        self.compare_action.triggered.connect(self.compare_with)
        self.session.saved.connect(self.record)

    @property
    def path(self) -> Path:
        """The history file."""
        from app.history import FILE_NAME

        return self._data_dir / FILE_NAME

    def actions(self) -> list[QAction]:
        return [self.revisions_action, self.compare_action]

    def history(self) -> History:
        if self._history is None:
            from app.history import History

            self._history = History(self.path)
        return self._history

    # -- recording ------------------------------------------------------------------------

    def record(self, path: str = "") -> None:
        """Record the release as it is now (after a save), in the worker."""
        release = snapshot(self.session.release)
        self._pool.start(_Task(lambda: self.history().record(release, path), self._mailbox))

    def record_signoff(self, note: str) -> None:
        """Record the release as it is now, noted ("Approved by …"), although it was not saved."""
        release = snapshot(self.session.release)
        path = str(self.session.path or "")
        self._pool.start(_Task(lambda: self.history().record(release, path, note=note), self._mailbox))

    def wait(self) -> None:
        """Until every revision asked for is written."""
        self._pool.waitForDone()

    def _recorded(self, result: object) -> None:
        if isinstance(result, Exception):
            self.host.show_status(self.tr("Saved, but the revision was not recorded: {error}").format(error=result),
                                  STATUS_MS)
        self.recorded.emit(result)

    # -- the dialogs ------------------------------------------------------------------------

    def _when(self, revision: Revision) -> str:
        return revision.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    def open_revisions(self) -> RevisionsDialog | None:
        """Show the revisions of the open release (non-modal, beside the window)."""
        from app.gui.revisions.dialog import RevisionsDialog
        from app.history import HistoryError

        self.wait()
        try:
            revisions = self.history().revisions(self.session.release.id)
        except HistoryError as exc:
            self.host.dialogs.show_error(self.tr("Cannot open the revisions"), str(exc))
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RevisionsDialog(revisions, self.host.window, self._when)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.compare_requested.connect(self.compare_revisions)
        self.dialog.restore_requested.connect(self.restore)
        self.dialog.show()
        return self.dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def compare_revisions(self, ids: list[int]) -> None:
        """One revision against the current text, or two against each other (older first)."""
        from app.history import HistoryError, compare

        if self.dialog is None:
            return
        self.wait()  # one connection, used by one thread at a time
        try:
            old = self.history().load(ids[0])
            new = self.history().load(ids[1]) if len(ids) == 2 else self.session.release
        except HistoryError as exc:
            self.host.dialogs.show_error(self.tr("Cannot compare"), str(exc))
            return
        names = {r.id: self.tr("the revision of {time}").format(time=self._when(r)) for r in self.dialog.revisions}
        new_name = names.get(ids[1], "") if len(ids) == 2 else self.tr("the current text")
        self.dialog.view.show_changes(compare(old, new), new.language, names.get(ids[0], ""), new_name)

    def restore(self, revision_id: int) -> bool:
        """Put the revision's text back as one undoable edit."""
        from app.history import HistoryError

        self.wait()
        try:
            restored = self.history().load(revision_id)
        except HistoryError as exc:
            self.host.dialogs.show_error(self.tr("Cannot restore"), str(exc))
            return False
        revision = next((r for r in (self.dialog.revisions if self.dialog else []) if r.id == revision_id), None)
        when = self._when(revision) if revision is not None else str(revision_id)
        self.session.undo_stack.push(ReplaceRelease(self.session, self.session.release, restored,
                                                    self.tr("Restore revision of {time}").format(time=when)))
        if self.dialog is not None:
            self.compare_revisions([revision_id])
        self.host.show_status(self.tr("Restored the revision of {time}; Undo takes it back").format(time=when),
                              STATUS_MS)
        return True

    def compare_with(self) -> CompareDialog | None:
        """Ask for a release file in any readable format and compare the open release with it."""
        from app.gui.revisions.dialog import CompareDialog
        from app.history import compare

        current = self.session.path
        folder = str(current.parent if current is not None else Path.home())
        path = self.host.dialogs.get_compare_path(folder)
        if path is None:
            return None
        try:
            other, _warnings = read_path_with_warnings(path, strict=False)
        except FormatError as exc:
            self.host.dialogs.show_error(self.tr("Cannot compare"), file_error_text(exc))
            return None
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = CompareDialog(self.host.window)
        self.compare_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog.destroyed.connect(lambda: setattr(self, "compare_dialog", None))
        self.compare_dialog.setWindowTitle(self.tr("Compare with {name}").format(name=Path(path).name))
        release = self.session.release
        self.compare_dialog.view.show_changes(compare(other, release), release.language, Path(path).name,
                                              self.tr("the open release"))
        self.compare_dialog.show()
        return self.compare_dialog

    def shutdown(self) -> None:
        self.wait()
        if self._history is not None:
            self._history.close()


def install_revisions(host: FeatureHost) -> Revisions:
    """File > Revisions… and Compare With…; a revision recorded on every save."""
    revisions = Revisions(host)
    host.menus.insert("file", revisions.actions(), before="file.close", separator=True)
    return revisions
