"""Templates: File > New from Template… and Settings > Templates…, release files of an organisation's standing facts."""

from __future__ import annotations

from app.gui.templates.feature import Templates, install_templates

__all__ = ["Templates", "install_templates"]
