"""Settings > Language: the UI language (the system's, or one we ship), used from the next start.

Switching live would mean re-building every text of every window; a restart is
honest and cheap, and the menu says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.gui.common.i18n import SYSTEM_LABEL, UI_LANGUAGES

if TYPE_CHECKING:
    from app.gui.services import FeatureHost


class LanguageMenu(QObject):
    """A submenu of radio items; choosing one stores the ``language`` preference."""

    def __init__(self, host: FeatureHost, parent_menu: QMenu) -> None:
        super().__init__(host.window)
        self.host = host
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        note = self.menu.addAction(self.tr("Takes effect when Release Desk restarts"))
        note.setEnabled(False)
        self.menu.addSeparator()
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choices = [("", QCoreApplication.translate("Language", SYSTEM_LABEL)), *UI_LANGUAGES.items()]
        current = host.preferences.language
        for code, label in choices:
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        prefs = self.host.preferences
        if code == prefs.language:
            return
        prefs.language = code
        self.host.settings.set_preferences(prefs)
        self.actions[code].setChecked(True)
        self.host.show_status(
            self.tr("The new language takes effect when you restart Release Desk"), 10000
        )
