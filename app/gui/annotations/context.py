"""What the tagging feature's parts (comments, suggestions, subject vocabularies) use of it.

tagging.py builds those parts and hands itself in; they see it through this
protocol, so their imports point only one way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from app.gui.annotations.dialogs import AnnotationDialogs
    from app.gui.common.session import Session
    from app.gui.services import FeatureHost
    from app.gui.widgets.body_editor import BodyEditor
    from app.gui.widgets.highlight import TagHighlighter

T = TypeVar("T")


class Tagging(Protocol):
    host: FeatureHost
    window: QMainWindow
    session: Session
    body: BodyEditor
    dialogs: AnnotationDialogs
    highlighter: TagHighlighter
    panel: QWidget

    def load_chosen(self, ask: Callable[[], Path | None], load: Callable[[Path], T],
                    failure: str) -> tuple[Path, T] | None: ...
