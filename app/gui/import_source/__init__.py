"""View > Import Source and Settings > Import: the imported lines with their labels, and the editor's corrections."""

from __future__ import annotations

from app.gui.import_source.feature import ImportSource, RelabelLine, install_import_source

__all__ = ["ImportSource", "RelabelLine", "install_import_source"]
