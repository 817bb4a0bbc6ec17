"""Workflow: the status from draft to released, the sign-off on approval, and the embargo banner."""

from __future__ import annotations

from app.gui.common.statuses import status_name
from app.gui.workflow.feature import Workflow, install_workflow

__all__ = ["Workflow", "install_workflow", "status_name"]
