"""What the window hands a feature: the narrow services it may use, and nothing else.

A feature package (annotations/, export/, find/, folder_validation/ ...) exposes
``install(host: FeatureHost)``. The one module that builds the window
(window/mainwindow.py) fills a :class:`FeatureHost` and passes it in, so no
feature imports the window or another feature, and a test can build a feature
on a host of its own. Adding a service here is a decision about what every
feature may reach: prefer a narrow callable to handing over a whole object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QStatusBar, QWidget

from app.gui.common.session import Session
from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.widgets.body_editor import BodyEditor
from app.gui.widgets.headline import HeadlineEdit


class FormView(Protocol):
    """The editing form as other features see it: its shared editors and where a field is."""

    body: BodyEditor
    headline: HeadlineEdit
    subjects: Any  # the subjects picker: ``add_source(key, subjects)``, signal ``load_requested``

    def focus_path(self, path: str) -> QWidget | None: ...
    def select_text(self, path: str, start: int, end: int) -> QWidget | None: ...
    def widget_for(self, path: str) -> QWidget | None: ...
    def ensureWidgetVisible(self, child: QWidget, xmargin: int = ..., ymargin: int = ...) -> None: ...
    def set_dark(self, dark: bool) -> None: ...


class Menus:
    """The menu bar by key ("file", "edit", "view", "settings", ...) and named places inside menus.

    The shell creates its menus and marks places (``mark("file.close", action)``); a feature
    adds its actions before a place, or at the end of a menu, without knowing the others.
    """

    def __init__(self, bar: QMenuBar) -> None:
        self.bar = bar
        self._menus: dict[str, QMenu] = {}
        self._places: dict[str, QAction] = {}

    def add(self, key: str, title: str) -> QMenu:
        """A new menu at the end of the menu bar (or the one already under ``key``)."""
        if key not in self._menus:
            self._menus[key] = self.bar.addMenu(title)
        return self._menus[key]

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def mark(self, place: str, action: QAction) -> None:
        self._places[place] = action

    def insert(self, key: str, actions: list[QAction], *, before: str | None = None, separator: bool = False) -> None:
        """Put ``actions`` into menu ``key`` before the marked place (at the end without one)."""
        menu = self._menus[key]
        anchor = self._places.get(before) if before else None
        if anchor is None:
            if separator and menu.actions():
                menu.addSeparator()
            menu.addActions(actions)
            return
        for action in actions:
            menu.insertAction(anchor, action)
        if separator:
            menu.insertSeparator(anchor)


class Editor(Protocol):
    """An editor window as a feature may use it (folder validation opens files in editors)."""

    session: Session
    folder_validation: Any  # its File > Validate Folder… hook, which the desk shares between editors
    destroyed: Any  # Qt's signal: the desk forgets a closed editor

    def open_path(self, path: Path | str) -> bool: ...
    def go_to_issue(self, field: str) -> None: ...
    def bring_forward(self) -> None: ...
    def close(self) -> bool: ...


@dataclass
class FeatureHost:
    """The services one editor window offers its features."""

    window: QMainWindow  # parent of a feature's actions, docks, toolbars and dialogs
    session: Session  # the open release and its undo stack
    dialogs: Any  # the modal seam (common/dialogs.py); tests hand in a stub with the same methods
    paths: Paths
    settings: Settings
    preferences: Preferences
    menus: Menus
    status_bar: QStatusBar
    form: FormView
    editor: Editor  # this window as folder validation sees it
    new_editor: Callable[[], Editor]  # another, empty editor window
    editor_showing: Callable[[Path], Editor | None]  # the editor window that has this file open

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.status_bar.showMessage(message, timeout_ms)
