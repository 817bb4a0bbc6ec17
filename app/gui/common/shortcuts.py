"""Keep Undo / Redo keys for the window's one history, not a widget's private one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_history_shortcut(event: QEvent) -> bool:
    """True for a ShortcutOverride of Undo/Redo, which the text widgets would otherwise take."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and any(event.matches(key) for key in _HISTORY_KEYS)
    )
