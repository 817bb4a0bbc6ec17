"""Edit > Cut, Copy, Paste, Select All: the menu's way to what the focused text widget does with its keys.

The text widgets keep their own clipboard keys (Ctrl+C in a field copies from that field, in the body from
the body, in a list the list's text). The menu actions show the standard keys, but their shortcuts only
apply while the menu itself has the focus, so they never take a key from a widget; chosen from the menu,
each calls the same slot on the widget that had the focus in the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit, QTextEdit, QWidget

Keys = QKeySequence.StandardKey
_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit)


def _has_selection(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText()
    return widget.textCursor().hasSelection()  # type: ignore[attr-defined]


def _read_only(widget: QWidget) -> bool:
    return widget.isReadOnly()  # type: ignore[attr-defined]


class ClipboardActions(QObject):
    """Cut, Copy, Paste and Select All for one window, acting on its focused text widget."""

    def __init__(self, window: QMainWindow, new_burst: Callable[[], None]) -> None:
        """``new_burst`` ends the typing burst: a cut or paste from the menu is an undo step of its own."""
        super().__init__(window)
        self.window = window
        self.new_burst = new_burst
        self.cut_action = self._action(self.tr("Cu&t"), Keys.Cut, "cut")
        self.copy_action = self._action(self.tr("&Copy"), Keys.Copy, "copy")
        self.paste_action = self._action(self.tr("&Paste"), Keys.Paste, "paste")
        self.select_all_action = self._action(self.tr("Select &All"), Keys.SelectAll, "selectAll")
        self.actions = [self.cut_action, self.copy_action, self.paste_action, self.select_all_action]

    def _action(self, text: str, keys: QKeySequence.StandardKey, slot: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; the widgets keep the keys
        action.triggered.connect(self._on_focused(slot))
        return action

    def _on_focused(self, slot: str) -> Callable[[], None]:
        def run() -> None:
            widget = self.text_widget()
            if widget is not None:
                self.new_burst()
                getattr(widget, slot)()
        return run

    def text_widget(self) -> QWidget | None:
        """The window's focused text widget (the keyword box for the keywords row), if the focus is in one."""
        widget = self.window.focusWidget()
        while widget is not None and widget.focusProxy() is not None:
            widget = widget.focusProxy()
        return widget if isinstance(widget, _TEXT_WIDGETS) else None

    def update(self) -> None:
        """Enable what makes sense for the focused widget: called as the Edit menu opens."""
        widget = self.text_widget()
        selected = widget is not None and _has_selection(widget)
        writable = widget is not None and not _read_only(widget)
        self.cut_action.setEnabled(selected and writable)
        self.copy_action.setEnabled(selected)
        self.paste_action.setEnabled(writable)
        self.select_all_action.setEnabled(widget is not None)

    def enable_all(self) -> None:
        """As the menu closes: the state was for that moment's focus; the next opening works it out again."""
        for action in self.actions:
            action.setEnabled(True)
