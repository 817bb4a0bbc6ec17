"""The workflow's statuses as the user reads them ("Under review"), the model's values kept as data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_NAMES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Workflow", "Draft"),
    "review": QT_TRANSLATE_NOOP("Workflow", "Under review"),
    "approved": QT_TRANSLATE_NOOP("Workflow", "Approved"),
    "released": QT_TRANSLATE_NOOP("Workflow", "Released"),
}


def status_name(status: str) -> str:
    """The status in the UI's language ("Under review"); an unknown one as it is."""
    source = STATUS_NAMES.get(status)
    return QCoreApplication.translate("Workflow", source) if source else status
