"""Spell checking as you type: the body, headline, subheadline and photo credits, in the release's language.

Edit > Check Spelling as You Type turns it on and off. When no dictionary serves
the release's language, the status bar says which package to install, once per
language and window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from app.gui.services import FeatureHost
from app.gui.spelling.body_marks import BodyMarks
from app.gui.spelling.line_marks import LineMarks
from app.gui.spelling.menu import SpellingMenus
from app.gui.spelling.state import SpellState
from app.spelling.dictionaries import debian_package, is_unspaced, language_name
from app.spelling.personal import FILE_NAME

LINE_FIELDS = ("headline", "subheadline", "photo_credits")
STATUS_MS = 15_000
LANGUAGE_PAUSE_MS = 700


class Spelling(QObject):
    """The spelling feature of one window."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self.state = SpellState(host.paths.data_dir / FILE_NAME, self)
        self.body = BodyMarks(self.state, host.form.body)
        self.lines = [LineMarks(self.state, widget, field) for field in LINE_FIELDS
                      if hasattr(widget := host.form.widget_for(field), "set_marks")]
        self.menus = SpellingMenus(self.state, self.body, self.lines, host.dialogs.show_error, self)
        self._told: set[str] = set()  # languages whose missing dictionary the status bar named

        self.toggle_action = QAction(self.tr("Check &Spelling as You Type"), host.window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(True)
        self.toggle_action.setStatusTip(self.tr("Underline unknown words; right-click one for suggestions"))
        self.toggle_action.toggled.connect(self.state.set_enabled)
        host.menus.insert("edit", [self.toggle_action], separator=True)

        # the Language field changes with each key ("f", "fr", "fr-CH"): follow it once typing pauses
        self._language_timer = QTimer(self)
        self._language_timer.setSingleShot(True)
        self._language_timer.setInterval(LANGUAGE_PAUSE_MS)
        self._language_timer.timeout.connect(self._language)
        self.session.reset.connect(self._language)
        self.session.field_changed.connect(
            lambda path: self._language_timer.start() if path == "language" else None)
        # The dictionary loads once the window is on screen, after its first paint: Enchant and the list
        # of dictionaries cost a tenth of the start, and a word processor's window does not wait for its
        # spell checker either (the underlines follow a moment later; until then nothing is flagged).
        self._on_screen = False
        host.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._on_screen = True  # from now on a release opened is checked at once
        elif kind == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.state.checker is None:
                QTimer.singleShot(0, self._language)  # runs after this paint
        return False

    def _language(self) -> None:
        self._language_timer.stop()
        if not self._on_screen:
            return  # called again once the window shows, with the release then open
        language = self.session.release.language or "en"
        checker = self.state.set_language(language)
        if checker.missing and language not in self._told:
            self._told.add(language)
            self.host.show_status(self.missing_message(language), STATUS_MS)

    def missing_message(self, language: str) -> str:
        """Why nothing is underlined, and the package to install when there is one."""
        name, package = language_name(language), debian_package(language)
        if is_unspaced(language):
            return self.tr("{language} is not spell checked: its words are not separated by spaces").format(
                language=name)
        if package is None:
            return self.tr("No spelling dictionary is known for {language}; spell checking is off").format(
                language=name)
        return self.tr("No spelling dictionary for {language}: install the package {package} "
                       "and reopen the release").format(language=name, package=package)


def install_spelling(host: FeatureHost) -> Spelling:
    """Spell checking in the form's prose fields, and its Edit menu toggle."""
    return Spelling(host)
