"""Edit > Find, Replace, Find Next, Find Previous: the find bar driven over the whole release.

The search itself is app/model/search.py (no Qt). Here: the actions and their
keys (Ctrl+F, Ctrl+H, F3, Shift+F3), going to a match (the field scrolls into
view, gets the focus, the match selected), and replacing as undo steps: one
Replace is one step, Replace All is one step however many fields it touches.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QToolBar, QWidget

from app.gui.common.commands import ReplaceRelease
from app.gui.common.i18n import english_plural
from app.gui.find.bar import FindBar
from app.model import Release
from app.model.search import (
    Match,
    Query,
    SearchError,
    field_text,
    find_all,
    replace_all,
    replace_one,
    text_fields,
)

if TYPE_CHECKING:
    from app.gui.services import FeatureHost

_COUNT_DELAY_MS = 150  # the count follows typing after a pause, not on every key


class Find(QObject):
    """The find bar of one window, and what its buttons and keys do."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self.bar = FindBar()
        self.toolbar = QToolBar(self.tr("Find"), host.window)
        self.toolbar.setObjectName("find-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        host.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.current: Match | None = None  # the match last gone to
        self._shown: QWidget | None = None  # the field showing it selected

        self.find_action = self._action(self.tr("&Find…"), "Ctrl+F", self.open_find,
                                        self.tr("Find text in every field of the release"))
        self.replace_action = self._action(self.tr("R&eplace…"), "Ctrl+H", self.open_replace,
                                           self.tr("Replace text in every field of the release"))
        # the platform's keys: F3 and Ctrl+G, Shift+F3 and Ctrl+Shift+G on Linux and Windows
        self.next_action = self._action(self.tr("Find &Next"), QKeySequence.StandardKey.FindNext, self.find_next)
        self.previous_action = self._action(self.tr("Find Pre&vious"), QKeySequence.StandardKey.FindPrevious,
                                            self.find_previous)
        host.menus.insert("edit", [self.find_action, self.replace_action, self.next_action, self.previous_action],
                          before="edit.move", separator=True)

        bar = self.bar
        bar.pattern.returnPressed.connect(self.find_next)
        bar.next_button.clicked.connect(self.find_next)
        bar.previous_button.clicked.connect(self.find_previous)
        bar.replace_button.clicked.connect(self.replace)
        bar.replacement.returnPressed.connect(self.replace)
        bar.replace_all_button.clicked.connect(self.replace_all)
        bar.closed.connect(self._closed)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        bar.pattern.textChanged.connect(self._pattern_changed)
        for box in (bar.match_case, bar.whole_words, bar.regex):
            box.toggled.connect(self._pattern_changed)
        # While the bar is shown, every change to the release restarts the count's pause. Connected only then,
        # and to the timer's own slot: typing with the bar closed runs no Python of this feature.
        self._following = False
        self.toolbar.visibilityChanged.connect(self._follow_release)

    def _action(self, text: str, keys: str | QKeySequence.StandardKey, slot: object, tip: str = "") -> QAction:
        action = QAction(text, self.host.window)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    # -- the bar -------------------------------------------------------------------

    def query(self) -> Query:
        bar = self.bar
        return Query(bar.pattern.text(), bar.match_case.isChecked(), bar.whole_words.isChecked(),
                     bar.regex.isChecked())

    def open_find(self) -> None:
        self._open(replace=False)

    def open_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        selected = _selected_text()
        if selected:
            self.bar.pattern.setText(selected)
        self.bar.show_replace(replace or (self.bar.replacing() and self.toolbar.isVisible()))
        self.bar.show()
        self.toolbar.show()
        self.bar.pattern.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.pattern.selectAll()
        self.update_count()

    def _closed(self) -> None:
        self.toolbar.hide()
        self.host.form.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pattern_changed(self) -> None:
        self.current = None
        self._count_timer.start()

    def _follow_release(self, visible: bool) -> None:
        if visible and not self._following:
            self.session.changed.connect(self._count_timer.start)
        elif not visible and self._following:
            self.session.changed.disconnect(self._count_timer.start)
        self._following = visible

    def matches(self) -> list[Match] | None:
        """Every match now; None (and the reason in the bar) when the pattern is invalid."""
        try:
            return find_all(self.session.release, self.query())
        except SearchError as exc:
            self.bar.say(self.tr("Invalid pattern: {reason}").format(reason=str(exc)), problem=True)
            return None

    def update_count(self) -> None:
        self._count_timer.stop()
        found = self.matches()
        if found is None:
            return
        if not self.bar.pattern.text():
            self.bar.say("")
        elif not found:
            self.bar.say(self.tr("No matches"))
        elif self.current in found:
            self.bar.say(self.tr("{n} of {total}").format(n=found.index(self.current) + 1, total=len(found)))
        else:
            self.bar.say(english_plural(self.tr("%n match(es)", "", len(found)), len(found)))

    # -- going to a match --------------------------------------------------------------

    def find_next(self) -> Match | None:
        return self._go(forward=True)

    def find_previous(self) -> Match | None:
        return self._go(forward=False)

    def _go(self, *, forward: bool, after: tuple[str, int] | None = None) -> Match | None:
        """Go to the match after (or before) the current one, wrapping round; ``after`` is a place
        (field, offset) to go on from instead, such as the end of a replacement."""
        if not self.toolbar.isVisible():
            self.bar.show()
            self.toolbar.show()
        found = self.matches()
        if found is None:
            return None
        if not found:
            self.current = None
            self.update_count()
            return None
        order = {path: n for n, (path, _text) in enumerate(text_fields(self.session.release))}

        def key(m: Match) -> tuple[int, int]:
            return order.get(m.path, -1), m.start

        if after is not None:
            place = (order.get(after[0], -1), after[1])
            chosen = next((m for m in found if key(m) >= place), found[0])
        elif self.current is None:
            chosen = found[0] if forward else found[-1]
        elif forward:
            chosen = next((m for m in found if key(m) > key(self.current)), found[0])
        else:
            chosen = next((m for m in reversed(found) if key(m) < key(self.current)), found[-1])
        self.current = chosen
        widget = self.host.form.select_text(chosen.path, chosen.start, chosen.end)
        if self._shown is not None and self._shown is not widget and hasattr(self._shown, "deselect"):
            self._shown.deselect()  # one selected match on screen, even where focus-out is not reported
        self._shown = widget
        self.update_count()
        return chosen

    # -- replacing ----------------------------------------------------------------------

    def replace(self) -> bool:
        """Replace the match gone to (going to the first one if none), then go to the next."""
        found = self.matches()
        if not found:
            self.update_count()
            return False
        if self.current not in found:
            self.find_next()
            return False
        release = copy.deepcopy(self.session.release)
        try:
            report = replace_one(release, self.query(), self.current, self.bar.replacement.text())
        except SearchError as exc:
            self.bar.say(str(exc), problem=True)
            return False
        done = self.current
        grown = len(field_text(release, done.path)) - len(field_text(self.session.release, done.path))
        self._push(release, self.tr("Replace"))
        self._go(forward=True, after=(done.path, done.end + grown))  # on from the end of the new text
        self._say_removed(report.tags_removed)
        return True

    def replace_all(self) -> int:
        """Replace every match as one undo step; say how many, and how many tags went with their text."""
        release = copy.deepcopy(self.session.release)
        try:
            report = replace_all(release, self.query(), self.bar.replacement.text())
        except SearchError as exc:
            self.bar.say(self.tr("Invalid pattern: {reason}").format(reason=str(exc)), problem=True)
            return 0
        if report.replaced == 0:
            self.bar.say(self.tr("No matches"))
            return 0
        self._push(release, english_plural(self.tr("Replace %n match(es)", "", report.replaced), report.replaced))
        self.current = None
        said = english_plural(self.tr("Replaced %n match(es)", "", report.replaced), report.replaced)
        if report.tags_removed:
            said += self.tr("; ") + english_plural(
                self.tr("%n tag(s) removed with their text", "", report.tags_removed), report.tags_removed)
        self.bar.say(said)
        self.host.show_status(said, 6000)
        return report.replaced

    def _push(self, after: Release, text: str) -> None:
        self.session.new_burst()
        self.session.undo_stack.push(ReplaceRelease(self.session, self.session.release, after, text))
        self.session.new_burst()
        self._count_timer.stop()

    def _say_removed(self, removed: int) -> None:
        if removed:
            said = english_plural(self.tr("%n tag(s) removed with their text", "", removed), removed)
            self.bar.say(said)
            self.host.show_status(said, 6000)


def _selected_text() -> str:
    """The focused field's selection, when it is a short run of one line: what the user wants to find."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        text = widget.selectedText()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.textCursor().selectedText()
    else:
        return ""
    return text if text and "\u2029" not in text and len(text) <= 200 else ""


def install_find(host: FeatureHost) -> Find:
    """Add Edit > Find…, Replace…, Find Next, Find Previous and the find bar."""
    return Find(host)
