"""The editor window: menus, the form, the Validation panel, files in and out.

One window edits one release. Everything the user is asked goes through
``self.dialogs`` (see dialogs.py), so tests stub that object and trigger the
real actions.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from app.gui.annotations import install_annotations
from app.gui.autosave import Autosave
from app.gui.dialogs import Answer, Dialogs
from app.gui.documents import (
    NATIVE_SUFFIX,
    DiskStamp,
    FormatError,
    changed_on_disk,
    is_native,
    load_release_with_warnings,
    save_bytes,
    serialise,
)
from app.gui.export import _menu_holding, install_export
from app.gui.folder_validation import install_folder_validation
from app.gui.form import FormPage
from app.gui.help import install_help
from app.gui.i18n import english_plural
from app.gui.language_menu import LanguageMenu
from app.gui.looks import app_icon
from app.gui.session import Session
from app.gui.settings import Paths, Preferences, Settings
from app.gui.validation_panel import ValidationPanel
from app.gui.validator_worker import LiveValidator, Validate
from app.model import Release

APP_NAME = "Release Desk"
log = logging.getLogger(__name__)
Keys = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: Paths | None = None,
        *,
        settings: Settings | None = None,
        preferences: Preferences | None = None,
        dialogs: Dialogs | None = None,
        validate: Validate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths or Paths.from_environment()
        self.settings = settings or Settings(self.paths)
        self.preferences = preferences or self.settings.preferences()
        self.dialogs = dialogs or Dialogs(self)
        self.session = Session(self)
        self.autosave = Autosave(self.paths.autosave_dir)
        self._autosave_due = False
        self._shown_once = False

        self.form = FormPage(self.session, self.preferences.unsure_below)
        self.setCentralWidget(self.form)
        self.panel = ValidationPanel()
        self.dock = QDockWidget(self.tr("Validation"), self)
        self.dock.setObjectName("validation-dock")
        self.dock.setWidget(self.panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Validation status"))
        self.statusBar().addPermanentWidget(self.status_label)

        self.validator = LiveValidator(
            lambda: self.session.release, validate, self.preferences.validation_delay_ms, self
        )
        self.validator.started.connect(lambda: self.status_label.setText(self.tr("Validating…")))
        self.validator.finished.connect(self._show_issues)
        self.validator.failed.connect(self.status_label.setText)
        self.panel.issue_chosen.connect(self.form.focus_path)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(max(1, int(self.preferences.autosave_seconds * 1000)))
        self.autosave_timer.timeout.connect(self.autosave_now)

        self._build_actions()
        self.exports = install_export(self)  # File > Export…, Settings > Briefing Template…
        self.folder_validation = install_folder_validation(self)  # File > Validate Folder…
        self.session.changed.connect(self._changed)
        self.session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.session.reset.connect(self._update_title)
        self.setAcceptDrops(True)
        self.setAccessibleName(APP_NAME)
        self.setWindowIcon(app_icon())
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 860)
        self._update_title()
        self.form.fix_tab_order()
        self.annotations = install_annotations(self)  # tags, comments, suggestions, Annotations panel
        settings_menu = _menu_holding(self, self.exports.template.choose_action)
        if settings_menu is not None:
            self.language_menu = LanguageMenu(self, settings_menu)
        self.help = install_help(self)  # last: Help sits at the end of the menu bar

    # -- actions and menus --------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_actions(self) -> None:
        stack = self.session.undo_stack
        self.new_action = self._action(self.tr("&New"), self.new_document, Keys.New, self.tr("Start an empty release"))
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, Keys.Open, self.tr("Open a release: text, XML, Word, NITF")
        )
        self.save_action = self._action(self.tr("&Save"), self.save, Keys.Save, self.tr("Save the release"))
        self.save_as_action = self._action(
            self.tr("Save &As…"), self.save_as, Keys.SaveAs, self.tr("Save under another name")
        )
        self.close_action = self._action(self.tr("&Close"), self.close, Keys.Close, self.tr("Close the window"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, Keys.Quit)
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(Keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(Keys.Redo)
        self.move_up_action = self._action(
            self.tr("Move Paragraph &Up"), lambda: self.form.move_paragraph(-1), QKeySequence("Alt+Shift+Up")
        )
        self.move_down_action = self._action(
            self.tr("Move Paragraph &Down"), lambda: self.form.move_paragraph(1), QKeySequence("Alt+Shift+Down")
        )
        self.validate_action = self._action(self.tr("&Validate Now"), self.validator.run_now, QKeySequence("F7"))

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.move_up_action, self.move_down_action])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.dock.toggleViewAction())
        view_menu.addAction(self.validate_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        existing = [p for p in self.settings.recent_files() if Path(p).is_file()]
        for n, name in enumerate(existing, start=1):
            action = self.recent_menu.addAction(f"&{n} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, name=name: self.open_path(Path(name)))
        if not existing:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def recent_actions(self) -> list[QAction]:
        self._fill_recent()
        return [a for a in self.recent_menu.actions() if a.isEnabled()]

    # -- title, modified state, validation ---------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.session.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        if clean:
            self.autosave_timer.stop()
            self.autosave.remove()
        elif not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _changed(self) -> None:
        self._autosave_due = True
        self.validator.changed()
        if not self.session.undo_stack.isClean() and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _show_issues(self, issues: list) -> None:
        self.panel.set_issues(issues)
        self.form.show_issues(issues)
        errors = sum(1 for i in issues if getattr(i, "severity", "error") == "error")
        others = len(issues) - errors
        if not issues:
            self.status_label.setText(self.tr("Valid"))
        else:
            parts = [english_plural(self.tr("%n error(s)", "", errors), errors)] if errors else []
            if others:
                parts.append(english_plural(self.tr("%n warning(s)", "", others), others))
            self.status_label.setText(self.tr(", ").join(parts))

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
        self.session.load(Release(), None, None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.session.path.parent) if self.session.path else str(Path.home())
        path = self.dialogs.get_open_path(folder)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path | str) -> bool:
        """Open ``path``; a file that cannot be read leaves the open release as it was."""
        path = Path(path)
        try:
            release, warnings = load_release_with_warnings(path)
        except FormatError as exc:
            self.dialogs.show_error(self.tr("Cannot open the file"), str(exc))
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
        self.session.load(release, path.resolve(), DiskStamp.of(path))
        self.settings.add_recent_file(str(path.resolve()), self.preferences.recent_files_limit)
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
        try:
            data = serialise(self.session.release, path)
            stamp = save_bytes(path, data)
        except FormatError as exc:
            self.dialogs.show_error(self.tr("Cannot save"), str(exc))
            return False
        except OSError as exc:
            self.dialogs.show_error(self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")
            return False
        self.session.path, self.session.stamp = path, stamp
        self.session.undo_stack.setClean()
        self.autosave.remove()
        self.settings.add_recent_file(str(path), self.preferences.recent_files_limit)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

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
            self.dialogs.show_error(self.tr("Cannot recover"), str(exc))
            return False
        original = Path(newest.original) if newest.original else None
        self.session.load(release, original, DiskStamp.of(original) if original else None, modified=True)
        self.autosave.write(release, original)  # our own copy first, then drop the old one
        for p in pending:
            p.discard()
        self.statusBar().showMessage(self.tr("Recovered unsaved changes"), 6000)
        return True

    # -- window events ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the form gets the room; the panel a few rows
            self._shown_once = True
            self.resizeDocks([self.dock], [max(110, self.height() // 7)], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.autosave_timer.stop()
        self.autosave.remove()
        self.validator.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])
