"""Counts in the status bar: the focused field's words and characters, the release's, and the body's
words against the target length the editor set (Settings > Body Target Length…).

Counting 5,000 paragraphs takes tens of milliseconds, so the release's and the
body's counts wait for a pause in typing; a one-line field's follows every key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.gui.common.i18n import english_plural

if TYPE_CHECKING:
    from app.gui.services import FeatureHost
    from app.model.counts import Count

# app.model.counts is imported at the first count, which waits for a pause after the window shows: its word
# pattern takes milliseconds to compile, and the start does not need it.

_RELEASE_DELAY_MS = 300


class Counts(QObject):
    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self.field_label = QLabel()
        self.field_label.setAccessibleName(self.tr("Words in this field"))
        self.release_label = QLabel()
        self.release_label.setAccessibleName(self.tr("Words in the release"))
        self.target_label = QLabel()
        self.target_label.setAccessibleName(self.tr("Body length against its target"))
        for label in (self.field_label, self.release_label, self.target_label):
            host.status_bar.addPermanentWidget(label)
        self.target_action = QAction(self.tr("Body &Target Length…"), host.window)
        self.target_action.setStatusTip(self.tr("Show the body's words against the length you aim at"))
        self.target_action.triggered.connect(self.choose_target)
        host.menus.insert("settings", [self.target_action])
        self.field: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_RELEASE_DELAY_MS)
        self._timer.timeout.connect(self.count_release)
        # The release's and the body's counts wait for a pause: every change restarts the timer (its own slot,
        # no Python per key). A one-line field's count follows every key: connected while one has the focus.
        self.session.changed.connect(self._timer.start)
        self._per_key = False
        self._count_per_key(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._timer.start()

    # -- what is counted ------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # only the release's own fields count; focus on a button or the find bar keeps the last field's count
        form = self.host.form
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and isinstance(form, QWidget) and form.isAncestorOf(new):
            self._follow(new)
            self._count_per_key(new is not form.body)
            self.count_field()

    def _follow(self, field: QWidget) -> None:
        """Count ``field`` from now on, and forget it when it is deleted (Undo of an added contact deletes its
        fields while they may still be the last one counted)."""
        if field is self.field:
            return
        if self.field is not None:
            self.field.destroyed.disconnect(self._forget_field)
        self.field = field
        field.destroyed.connect(self._forget_field)

    def _forget_field(self) -> None:
        self.field = None
        if shiboken6.isValid(self.field_label):  # a closing window deletes its fields and its status bar
            self.field_label.clear()

    def _count_per_key(self, on: bool) -> None:
        """Count the focused field at every change (a one-line field: cheap), or not (the body waits for a pause)."""
        if on and not self._per_key:
            self.session.changed.connect(self.count_field)
        elif not on and self._per_key:
            self.session.changed.disconnect(self.count_field)
        self._per_key = on

    def field_count(self) -> Count | None:
        field = self.field
        if field is None:
            return None
        from app.model.counts import count_body, count_text
        if field is self.host.form.body:
            return count_body(self.session.release)
        if isinstance(field, QLineEdit):
            return count_text(field.text())
        if isinstance(field, QPlainTextEdit):
            return count_text(field.toPlainText())
        return None

    def count_field(self) -> None:
        count = self.field_count()
        if count is None or self.field is None:
            self.field_label.clear()
            return
        name = self.field.accessibleName() or self.tr("Field")
        self.field_label.setText(self.tr("{field}: {words}, {chars}").format(
            field=name, words=self._words(count.words), chars=self._characters(count.characters)))

    # "%Ln": the number as the user's locale writes it, and the word in its plural form ("1 word", "2 words")
    def _words(self, n: int) -> str:
        return english_plural(self.tr("%Ln word(s)", "", n), n)

    def _characters(self, n: int) -> str:
        return english_plural(self.tr("%Ln character(s)", "", n), n)

    def count_release(self) -> None:
        from app.model.counts import count_body, count_release

        self._timer.stop()
        if self.field is self.host.form.body:
            self.count_field()
        release = self.session.release
        total = count_release(release)
        self.release_label.setText(self.tr("Release: {words}, {chars}").format(
            words=self._words(total.words), chars=self._characters(total.characters)))
        target = self.host.preferences.body_target_words
        if target <= 0:
            self.target_label.clear()
            self.target_label.hide()
            return
        body = count_body(release).words
        self.target_label.show()
        self.target_label.setText(self.tr("Body: {words} of {target}").format(
            words=QLocale().toString(body), target=self._words(target)))
        self.target_label.setProperty("over", body > target)
        self.target_label.setStyleSheet("color: #c0392b;" if body > target else "")

    # -- the target ---------------------------------------------------------------------

    def choose_target(self) -> bool:
        prefs = self.host.preferences
        value = self.host.dialogs.ask_target_words(prefs.body_target_words)
        if value is None:
            return False
        prefs.body_target_words = value
        self.host.settings.set_preferences(prefs)
        self.count_release()
        return True


def install_counts(host: FeatureHost) -> Counts:
    """Add the word and character counts to the status bar, and Settings > Body Target Length…"""
    return Counts(host)
