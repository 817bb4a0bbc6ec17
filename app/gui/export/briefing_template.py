"""Settings > Briefing Template…: the user's own .docx for briefing notes, or the built-in one.

A template is accepted only after the briefing writer has written a note from
it, so a copy that lost a named style is refused with the writer's own message
(which names the style), not discovered at the next export.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.formats.errors import FormatError

if TYPE_CHECKING:
    from app.gui.services import FeatureHost

log = logging.getLogger(__name__)


def template_problem(path: Path) -> str | None:
    """Why ``path`` cannot serve as the briefing template, or None when a note writes from it."""
    from app.formats import docx_briefing
    from app.model import Release

    try:
        docx_briefing.write(Release(headline="Template check"), docx_briefing.BriefingOptions(template=path))
    except FormatError as exc:
        return str(exc)
    except Exception as exc:  # python-docx's own errors for a ZIP that is not a Word document
        log.info("template %s refused: %r", path, exc)
        return QCoreApplication.translate(
            "BriefingTemplate", "{path}: this is not a Word document Release Desk can write a note from ({error})"
        ).format(path=path, error=exc)
    return None


class BriefingTemplate:
    """The two Settings actions and the preference they change."""

    def __init__(self, host: FeatureHost) -> None:
        self.host = host
        window = host.window
        self.choose_action = QAction(QCoreApplication.translate("BriefingTemplate", "Briefing &Template…"), window)
        self.choose_action.setStatusTip(
            QCoreApplication.translate("BriefingTemplate", "Write briefing notes from your own Word template")
        )
        self.choose_action.triggered.connect(self.choose)
        self.reset_action = QAction(
            QCoreApplication.translate("BriefingTemplate", "&Reset to the Built-in Template"), window
        )
        self.reset_action.triggered.connect(self.reset)
        self._update()

    def actions(self) -> list[QAction]:
        return [self.choose_action, self.reset_action]

    def current(self) -> Path:
        from app.formats.docx_briefing import default_template  # the writer loads on first use, not at start

        chosen = self.host.preferences.briefing_template
        return Path(chosen) if chosen else default_template()

    def choose(self) -> bool:
        """Ask for a .docx; keep it only if a note can be written from it."""
        path = self.host.dialogs.get_template_path(str(self.current().parent))
        if path is None:
            return False
        problem = template_problem(path)
        if problem is not None:
            self.host.dialogs.show_error(
                QCoreApplication.translate("BriefingTemplate", "Cannot use this template"), problem
            )
            return False
        self._store(str(path.resolve()))
        self.host.show_status(
            QCoreApplication.translate("BriefingTemplate", "Briefing notes now use {name}").format(name=path.name), 6000
        )
        return True

    def reset(self) -> None:
        self._store("")
        self.host.show_status(
            QCoreApplication.translate("BriefingTemplate", "Briefing notes use the built-in template"), 6000
        )

    def _store(self, value: str) -> None:
        self.host.preferences.briefing_template = value
        self.host.settings.set_preferences(self.host.preferences)
        self._update()

    def _update(self) -> None:
        custom = bool(self.host.preferences.briefing_template)
        self.reset_action.setEnabled(custom)
        if custom:
            tip = QCoreApplication.translate("BriefingTemplate", "Now: {path}").format(path=self.current())
        else:
            tip = QCoreApplication.translate("BriefingTemplate", "Now: the built-in template")
        self.choose_action.setToolTip(tip)
