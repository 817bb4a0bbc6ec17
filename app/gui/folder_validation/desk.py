"""File > Validate Folder…: the archivists' window, and where its double-clicks open a file.

One Validate Folder window per session: the editor windows a run opens share
the one that opened them, so the menu item raises it from any of them. A
double-clicked row opens a release in an editor window at the failing field;
any other file (NITF, another vocabulary, XML that is not well-formed, junk)
in a read-only source view at the failing line.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.model import Release

if TYPE_CHECKING:
    from app.gui.folder_validation.source_view import SourceView
    from app.gui.folder_validation.validate_folder import ValidateFolderWindow
    from app.gui.services import Editor, FeatureHost
    from app.validation.issues import Issue

# The window, the source view, the validators and the formats load when the menu item is first used:
# most sessions never open the Validate Folder window, and the editor paints sooner without them.

# Ctrl+Shift+V would be free in Qt, but editors press it to paste plain text (browsers, office
# suites), so the folder window takes a key of the Ctrl+Alt family the Annotate menu leaves free.
SHORTCUT = "Ctrl+Alt+F"
_HEAD_BYTES = 64 * 1024
_COMMENT_OR_PI = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", re.DOTALL)
_FIRST_TAG = re.compile(rb"<(?:([\w.-]+):)?[\w.-]+((?:\s+[^\s=>/]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")


def is_release_file(path: Path) -> bool:
    """True when the file's root element is in the release namespace: a file the editor opens.

    A sniff of the first bytes, not a parse: it only chooses the editor or the
    source view, and the reader that runs next checks everything properly.
    """
    from app import formats
    from app.formats.release_xml import NAMESPACE

    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would block the read below
            return False
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    if formats.sniff(head, path.name).name != "xml":
        return False
    tag = _FIRST_TAG.match(_COMMENT_OR_PI.sub(b"", head).lstrip(b"\xef\xbb\xbf \t\r\n"))
    if tag is None:
        return False
    prefix = tag.group(1)
    wanted = rb"xmlns:" + prefix if prefix else rb"xmlns"
    for name, value in re.findall(rb"""([^\s=]+)\s*=\s*["']([^"']*)["']""", tag.group(2)):
        if name == wanted:
            return value.decode("utf-8", "replace") == NAMESPACE
    return False


class FolderDesk(QObject):
    """The session's one Validate Folder window and the windows its double-clicks opened."""

    def __init__(self, catalog: Path) -> None:
        super().__init__()  # no parent: it outlives the editor window that made it
        self.catalog = catalog
        self.window: ValidateFolderWindow | None = None
        self.current: FolderValidation | None = None  # the editor window the menu item was last used in
        self.editors: list[Editor] = []  # every editor window sharing this desk
        self.sources: dict[str, SourceView] = {}

    def show(self, origin: FolderValidation) -> ValidateFolderWindow:
        from app.gui.folder_validation.validate_folder import open_validate_folder

        self.current = origin
        self._adopt(origin.main)
        if self.window is None:
            self.window = open_validate_folder(None, catalog=self.catalog)
            self.window.open_requested.connect(self.open_file)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def issues_of(self, path: str) -> tuple[Issue, ...]:
        if self.window is None:
            return ()
        return next((r.issues for r in self.window.model.results if r.path == path), ())

    def open_file(self, path: str, line: int, field: str) -> None:
        """Open a double-clicked file: a release in an editor at ``field``, anything else as source at ``line``."""
        verdict = next((r.verdict for r in self.window.model.results if r.path == path), "") if self.window else ""
        if verdict in ("", "valid", "invalid") and is_release_file(Path(path)):
            editor = self.editor_for(Path(path))
            if editor is not None:
                focus_issue(editor, field)
                return
        # not a release, or the editor could not open it (it said why): the source still shows the line
        self.show_source(path, line)

    def editor_for(self, path: Path) -> Editor | None:
        """The editor window showing ``path``: one that has it open, the current one if untouched, or a new one."""
        if self.current is None:
            return None
        wanted = path.resolve()
        showing = next((e for e in self.editors if e.session.path == wanted), None)
        if showing is None:
            showing = self.current.editor_showing(wanted)  # opened in some window with File > Open
        if showing is not None:
            self._adopt(showing)
            showing.bring_forward()
            return showing
        current = self.current.main
        editor = current if _untouched(current) else self.current.new_editor()
        if not editor.open_path(path):
            if editor is not current:
                editor.close()
            return None
        self._adopt(editor)
        editor.bring_forward()
        return editor

    def _adopt(self, editor: Editor) -> None:
        if any(e is editor for e in self.editors):
            return
        editor.folder_validation.desk = self
        self.editors.append(editor)
        editor.destroyed.connect(lambda _=None, e=editor: self._forget(e))

    def _forget(self, editor: Editor) -> None:
        # a window opened from here is deleted when closed: the next release goes to another editor window
        self.editors = [e for e in self.editors if e is not editor]
        if self.current is not None and self.current.main is editor:
            self.current = self.editors[0].folder_validation if self.editors else None

    def show_source(self, path: str, line: int) -> SourceView:
        from app.gui.folder_validation.source_view import open_source_view

        view = self.sources.get(path)
        if view is not None:
            view.show_file(line, self.issues_of(path))
            view.raise_()
            view.activateWindow()
            return view
        view = open_source_view(path, line, self.issues_of(path))
        self.sources[path] = view
        view.destroyed.connect(lambda _=None, p=path: self.sources.pop(p, None))
        return view

    def _forget(self, editor: Editor) -> None:
        self.editors = [e for e in self.editors if e is not editor]


def _untouched(editor: Editor) -> bool:
    """A new document nobody has typed into: opening a file there loses nothing."""
    stack = editor.session.undo_stack
    return (editor.session.path is None and stack.isClean() and stack.count() == 0
            and editor.session.release == Release())


def focus_issue(editor: Editor, field: str) -> None:
    """Focus ``field``; without one, the first error live validation finds, else the start of the body."""
    editor.go_to_issue(field)


class FolderValidation(QObject):
    """File > Validate Folder… in one editor window."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.main = host.editor
        self._config_dir = host.paths.config_dir
        self._desk: FolderDesk | None = None  # made on first use, or shared by the desk that opened this window
        # builds the editor window for a release when the current one holds a document (tests replace it)
        self.new_editor: Callable[[], Editor] = host.new_editor
        self.editor_showing = host.editor_showing
        self.action = QAction(self.tr("Validate &Folder…"), host.window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(self.tr("Check a folder of XML submissions and open each failing file"))
        self.action.triggered.connect(self.show_window)

    @property
    def desk(self) -> FolderDesk:
        """The Validate Folder window's desk this editor window shares (its own until another adopts it)."""
        if self._desk is None:
            from app.validation.profiles import CATALOG_FILE

            self._desk = FolderDesk(self._config_dir / CATALOG_FILE)
        return self._desk

    @desk.setter
    def desk(self, desk: FolderDesk) -> None:
        self._desk = desk

    def show_window(self) -> ValidateFolderWindow:
        """Open the Validate Folder window, or raise it when it is open already."""
        return self.desk.show(self)


def install_folder_validation(host: FeatureHost) -> FolderValidation:
    """Add File > Validate Folder… after Open Recent; the hook that runs it."""
    hook = FolderValidation(host)
    host.menus.insert("file", [hook.action], before="file.save", separator=True)  # between opening and saving
    return hook
