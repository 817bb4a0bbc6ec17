"""The editor window: menus, the form, the Validation panel, files in and out.

One window edits one release. Everything the user is asked goes through
``self.dialogs`` (see dialogs.py), so tests stub that object and trigger the
real actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from app.gui.annotations import install_annotations
from app.gui.common.dialogs import Dialogs
from app.gui.common.i18n import english_plural
from app.gui.common.looks import app_icon
from app.gui.common.session import Session
from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.counts import install_counts
from app.gui.export import install_export
from app.gui.find import install_find
from app.gui.folder_validation import install_folder_validation
from app.gui.form import FormPage
from app.gui.import_source import install_import_source
from app.gui.printing.actions import install_printing
from app.gui.revisions import install_revisions
from app.gui.services import FeatureHost, Menus
from app.gui.spelling import install_spelling
from app.gui.templates import install_templates
from app.gui.widgets.validation_panel import ValidationPanel
from app.gui.window.autosave import Autosave
from app.gui.window.clipboard import ClipboardActions
from app.gui.window.files import DocumentActions
from app.gui.window.help import install_help
from app.gui.window.language_menu import LanguageMenu
from app.gui.window.open_windows import OPEN_WINDOWS
from app.gui.window.validator_worker import LiveValidator, Validate
from app.gui.workflow import install_workflow, status_name

APP_NAME = "Release Desk"
Keys = QKeySequence.StandardKey


class MainWindow(DocumentActions, QMainWindow):
    """One editor window; the only module that knows every feature, and hands each a FeatureHost."""

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
        self.host = FeatureHost(
            window=self, session=self.session, dialogs=self.dialogs, paths=self.paths, settings=self.settings,
            preferences=self.preferences, menus=self.menus, status_bar=self.statusBar(), form=self.form,
            editor=self, new_editor=self.new_editor, editor_showing=self.editor_showing,
        )
        self.exports = install_export(self.host)  # File > Export…, Settings > Briefing Template…
        self.folder_validation = install_folder_validation(self.host)  # File > Validate Folder…
        self.printing = install_printing(self.host)  # File > Print…, Export PDF…, briefing note as PDF
        self.revisions = install_revisions(self.host)  # a revision per save; File > Revisions…, Compare With…
        self.workflow = install_workflow(self.host)  # status and sign-off, the embargo banner above the form
        self.workflow.signed_off.connect(self.revisions.record_signoff)
        self.templates = install_templates(self.host)  # File > New from Template…, Settings > Templates…
        self.session.field_changed.connect(lambda path: self._update_title() if path == "status" else None)
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
        self.annotations = install_annotations(self.host)  # tags, comments, suggestions, Annotations panel
        self.spelling = install_spelling(self.host)  # underlines as you type, Edit > Check Spelling
        self.find = install_find(self.host)  # Edit > Find…, Replace…, F3: the find bar
        self.counts = install_counts(self.host)  # words and characters in the status bar
        self.import_source = install_import_source(self.host)  # View > Import Source, Settings > Import
        self.language_menu = LanguageMenu(self.host, self.menus.menu("settings"))
        self.help = install_help(self.host)  # last: Help sits at the end of the menu bar
        OPEN_WINDOWS.add(self)

    # -- actions and menus --------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every key of the platform's binding (Close: Ctrl+F4 and Ctrl+W)
        elif shortcut is not None:
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
        # Quit has no standard key on Linux (or offscreen): Ctrl+Q as most desktops use it
        self.quit_action = self._action(self.tr("&Quit"), self.quit_all, Keys.Quit)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(Keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(Keys.Redo)  # Ctrl+Y and Ctrl+Shift+Z on Linux
        self.clipboard = ClipboardActions(self, self.session.new_burst)
        self.move_up_action = self._action(
            self.tr("Move Paragraph &Up"), lambda: self.form.move_paragraph(-1), QKeySequence("Alt+Shift+Up")
        )
        self.move_down_action = self._action(
            self.tr("Move Paragraph &Down"), lambda: self.form.move_paragraph(1), QKeySequence("Alt+Shift+Down")
        )
        self.validate_action = self._action(self.tr("&Validate Now"), self.validator.run_now, QKeySequence("F7"))

        # the menus features add to, in menu bar order; features name places with menus.insert(before=...)
        self.menus = menus = Menus(self.menuBar())
        file_menu = menus.add("file", self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        menus.mark("file.open", self.open_action)
        menus.mark("file.save", self.save_action)
        menus.mark("file.close", self.close_action)
        edit_menu = menus.add("edit", self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.clipboard.actions)
        edit_menu.aboutToShow.connect(self.clipboard.update)
        edit_menu.aboutToHide.connect(self.clipboard.enable_all)
        edit_menu.addSeparator()
        edit_menu.addActions([self.move_up_action, self.move_down_action])
        menus.mark("edit.move", self.move_up_action)
        view_menu = menus.add("view", self.tr("&View"))
        view_menu.addAction(self.dock.toggleViewAction())
        view_menu.addAction(self.validate_action)
        menus.add("settings", self.tr("&Settings"))

    def quit_all(self) -> None:
        """File > Quit: close every window, each editor asking about its unsaved changes; a Cancel stops it."""
        QApplication.closeAllWindows()

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
        status = status_name(self.session.release.status)
        self.setWindowTitle(f"{self.session.display_name()}[*] ({status}) — {APP_NAME}")
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

    # -- as other features and windows see this one ----------------------------------

    def new_editor(self) -> MainWindow:
        """Another editor window with this one's folders and preferences, deleted when closed."""
        editor = type(self)(self.paths, settings=self.settings, preferences=self.preferences)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # nothing but the one who asked holds it
        return editor

    def editor_showing(self, path: Path) -> MainWindow | None:
        """The editor window of this process that has the file at ``path`` open, if any."""
        return OPEN_WINDOWS.showing(path)  # type: ignore[return-value]

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def go_to_issue(self, field: str) -> None:
        """Focus ``field``; without one, the first error live validation finds, else the start of the body."""
        if field and self.form.focus_path(field) is not None:
            return

        def found(issues: list) -> None:
            self.validator.finished.disconnect(found)
            first = next((i.field for i in issues if getattr(i, "severity", "") == "error" and i.field), "")
            if not first or self.form.focus_path(first) is None:
                self.form.focus_path("body")
                self.form.body.moveCursor(QTextCursor.MoveOperation.Start)

        self.validator.finished.connect(found)
        self.validator.run_now()

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
        OPEN_WINDOWS.remove(self)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])
