"""Files in and out of one editor window: new, open, save, save as, autosave and recovery.

A mixin of the window (window/mainwindow.py builds it) so the file logic reads on
its own; it uses only the window's session, dialogs, settings, autosave and
status bar. A file that cannot be read or written never costs the open document.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.gui.common.dialogs import Answer
from app.gui.common.documents import (
    NATIVE_SUFFIX,
    DiskStamp,
    FormatError,
    changed_on_disk,
    is_native,
    load_for_editing,
    save_bytes,
    serialise,
)
from app.gui.common.i18n import english_plural, file_error_text, os_error_text
from app.gui.window.open_windows import OPEN_WINDOWS
from app.model import PLACEHOLDER_ID, fresh_id

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from app.gui.common.session import Session
    from app.gui.common.settings import Preferences, Settings
    from app.gui.window.autosave import Autosave

log = logging.getLogger(__name__)


class ImportReport(QObject):
    """The words of the import report, in a class of its own: PySide's tr() with a count, called in a mixin,
    looks the text up under the window's class name only, and would show the English source."""

    def opened(self, name: str, left_out: int) -> str:
        text = self.tr("Opened {name}: %n line(s) left out — View > Import Source", "", left_out)
        return english_plural(text, left_out).format(name=name)


class DocumentActions:
    """New, Open, Save, Save As, autosave and recovery, for the window that mixes this in."""

    session: Session
    dialogs: Any  # the Dialogs seam
    settings: Settings
    preferences: Preferences
    autosave: Autosave
    autosave_timer: QTimer
    _autosave_due: bool
    templates: Any  # templates/: new_release() is what File > New starts

    # and the QMainWindow's own statusBar(), tr() and the window's _update_title()

    # -- documents -----------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open release (saved, discarded)."""
        if self.session.undo_stack.isClean():
            return True
        answer = self.dialogs.ask_save_changes(self.session.display_name())
        if answer == Answer.SAVE:
            return self.save()
        return answer == Answer.DISCARD

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.autosave.remove()
        self.session.load(self.templates.new_release(), None, None)  # the default template, or empty
        return True

    def open_dialog(self) -> bool:
        folder = str(self.session.path.parent) if self.session.path else str(Path.home())
        path = self.dialogs.get_open_path(folder)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path | str) -> bool:
        """Open ``path``; a file that cannot be read leaves the open release as it was."""
        path = Path(path)
        other = OPEN_WINDOWS.showing(path, besides=self)
        if other is not None:  # a second editor on the same file would overwrite the first one's saves
            other.bring_forward()
            other.statusBar().showMessage(self.tr("{name} is open in this window").format(name=path.name), 6000)
            return True
        try:
            release, warnings, imported = load_for_editing(path)
        except FormatError as exc:
            self.dialogs.show_error(self.tr("Cannot open the file"), file_error_text(exc))
            return False
        except Exception as exc:  # a reader's bug must not cost the user the open document
            log.exception("reading %s failed", path)
            self.dialogs.show_error(
                self.tr("Cannot open the file"),
                self.tr("{path}: could not be read ({error})").format(path=path, error=exc),
            )
            return False
        if not self.maybe_save():
            return False
        self.autosave.remove()
        self.session.load(release, path.resolve(), DiskStamp.of(path), imported=imported)
        self.settings.add_recent_file(str(path.resolve()), self.preferences.recent_files_limit)
        left_out = len(imported.left_out()) if imported is not None else 0
        if left_out:  # the import report: nothing dropped in silence, and where to see what
            self.statusBar().showMessage(ImportReport().opened(path.name, left_out), 20000)
        else:
            self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 4000)
        if warnings:  # what the reader left out or guessed (Word tables, NITF version): for the user to check
            self.dialogs.show_warnings(
                self.tr("Opened {name}").format(name=path.name),
                self.tr("Check the release: the reader reports"),
                warnings,
            )
        return True

    def save(self) -> bool:
        path = self.session.path
        if path is None or not is_native(path):
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        path = self.session.path
        if path is None:
            suggested = str(Path.home() / f"untitled{NATIVE_SUFFIX}")
        elif is_native(path):
            suggested = str(path)
        else:
            suggested = str(path.with_name(path.name.split(".")[0] + NATIVE_SUFFIX))
        target = self.dialogs.get_save_path(suggested)
        return self.save_to(target) if target is not None else False

    def save_to(self, path: Path) -> bool:
        """Write atomically; never overwrite a file someone changed since we read it without asking."""
        path = Path(path).resolve()
        if (
            path == self.session.path
            and changed_on_disk(path, self.session.stamp)
            and not self.dialogs.ask_overwrite_changed_on_disk(str(path))
        ):
            return False
        if self.session.release.id == PLACEHOLDER_ID:
            # its own id from its first save on: the key of its revision history, its guid in an agency's system
            self.session.release.id = fresh_id()
        try:
            data = serialise(self.session.release, path)
            stamp = save_bytes(path, data)
        except FormatError as exc:
            self.dialogs.show_error(self.tr("Cannot save"), str(exc))
            return False
        except OSError as exc:
            # the write went to a temp file first: the file on disk is as it was, the document still unsaved
            self.dialogs.show_error(self.tr("Cannot save"), self.save_failure(path, exc))
            self.statusBar().showMessage(self.tr("Not saved: {name}").format(name=path.name), 6000)
            return False
        self.session.path, self.session.stamp = path, stamp
        self.session.undo_stack.setClean()
        self.session.saved.emit(str(path))
        self.autosave.remove()
        self.settings.add_recent_file(str(path), self.preferences.recent_files_limit)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def save_failure(self, path: Path, exc: OSError) -> str:
        """Why ``path`` could not be written, and what to do, for the user."""
        reason = os_error_text(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            advice = self.tr("The disk is full: free some space, or use Save As to save on another disk.")
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            advice = self.tr("The folder cannot be written to: use Save As to save in another folder.")
        else:
            advice = self.tr("Use Save As to save somewhere else.")
        kept = self.tr("The release is still open and unsaved; the file on disk was not changed.")
        return f"{path}: {reason}.\n{advice}\n{kept}"

    # -- autosave and recovery -------------------------------------------------------

    def autosave_now(self) -> None:
        if self.session.undo_stack.isClean():
            self.autosave_timer.stop()
            return
        if self._autosave_due and self.autosave.write(self.session.release, self.session.path):
            self._autosave_due = False

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave copy; True when the user took it."""
        pending = self.autosave.pending()
        if not pending:
            return False
        newest = pending[0]
        if not self.dialogs.ask_recover(newest.original, newest.saved_at):
            for p in pending:
                p.discard()
            return False
        try:
            release = newest.load()
        except (FormatError, OSError) as exc:
            message = file_error_text(exc) if isinstance(exc, FormatError) else str(exc)
            self.dialogs.show_error(self.tr("Cannot recover"), message)
            return False
        original = Path(newest.original) if newest.original else None
        self.session.load(release, original, DiskStamp.of(original) if original else None, modified=True)
        self.autosave.write(release, original)  # our own copy first, then drop the old one
        for p in pending:
            p.discard()
        self.statusBar().showMessage(self.tr("Recovered unsaved changes"), 6000)
        return True

