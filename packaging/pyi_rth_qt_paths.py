"""Runtime hook: tell Qt where the bundle keeps its plugins, without importing Qt.

It replaces PyInstaller's own PySide6 runtime hook (the spec drops that one).
PyInstaller's hook imports PySide6.QtCore at every start only to check for an
embedded qt.conf, which PySide6 wheels already register themselves when QtCore
loads (libpyside's internal qt.conf). That import cost ~130 ms on every
``release-desk --version``, ``convert`` and ``validate``, which never use Qt.
What the hook did besides, pointing Qt at the bundle's plugins, is kept here.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")  # type: ignore[attr-defined]
