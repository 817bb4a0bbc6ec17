"""Render the application icon's PNGs from its SVG drawings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py

Writes ``resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for every size in
:data:`SIZES` from ``resources/icons/hicolor/scalable/apps/<APP_ID>.svg``; 32 px and below
come from simplified drawings on their own pixel grids (``<APP_ID>-16.svg``,
``<APP_ID>-32.svg``) because the full drawing's thin lines and the stamp's
inner ring blur into a smear at those sizes. The PNGs are
committed: installing the desktop files must not need Qt, and icon themes look
up PNGs at these sizes first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from app import APP_ID  # noqa: E402 - needs the path above

ICONS = ROOT / "resources" / "icons"
SCALABLE = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def drawing_for(size: int) -> Path:
    """The SVG a size is rendered from: the simplest one that is drawn for it."""
    if size <= 24:
        return ICONS / f"{APP_ID}-16.svg"
    if size <= 32:
        return ICONS / f"{APP_ID}-32.svg"
    return SCALABLE


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (the hicolor theme's layout, ready to copy)."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int, out: Path) -> None:
    """Draw ``svg`` into a transparent ``size`` x ``size`` PNG at ``out``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    # Straight (non-premultiplied) alpha is what PNG stores.
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out), "PNG"):
        raise SystemExit(f"render_icons: cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    for size in SIZES:
        out = png_path(size)
        render(drawing_for(size), size, out)
        print(out.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
