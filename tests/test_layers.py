"""The core of the app runs without Qt: model, formats and validation never load PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def test_core_imports_without_pyside6() -> None:
    """The model, the native format and validation import in a fresh interpreter without loading PySide6."""
    code = (
        "import app.model, app.formats.release_xml, app.formats.safexml, app.validation, sys; "
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
