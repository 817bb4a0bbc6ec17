"""How the window looks on the user's system: the app icon at every size, light or dark colours.

The icon is the hicolor set under ``resources/icons`` (16 to 256 px and the
SVG), so Qt picks a sharp one at any scale. Light or dark comes from Qt 6's
style hints (the system's colour scheme) and, where a platform does not tell,
from the palette the widgets are painted with.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from app import APP_ID
from app.paths import resources_dir


def app_icon() -> QIcon:
    """The application icon with every size we ship (empty when the icons are not installed)."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "hicolor"
    for png in sorted(folder.glob(f"*x*/apps/{APP_ID}.png")):
        size = int(png.parent.parent.name.split("x")[0])
        icon.addFile(str(png), QSize(size, size))
    svg = folder / "scalable" / "apps" / f"{APP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))  # for the sizes between and above the PNGs (a 300 % dock)
    return icon


def dark_scheme(palette: QPalette, scheme: Qt.ColorScheme | None = None) -> bool:
    """True for dark colours: the scheme the system reports, else the palette's base colour."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette.color(QPalette.ColorRole.Base).lightness() < 128
