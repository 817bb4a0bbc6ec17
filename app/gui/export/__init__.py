"""Export: File > Export… (briefing note, NITF, text, XML) with a preview, and the briefing template setting."""

from app.gui.export.exporter import Exporter, install_export

__all__ = ["Exporter", "install_export"]
