"""Looks right everywhere: sharp icon at any scale, colours that follow light or dark, no clipped text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.gui.common.looks import app_icon, dark_scheme
from app.gui.widgets.highlight import kind_colour
from app.gui.window.mainwindow import MainWindow
from tests.gui.clip_helper import clipped
from tests.gui.helpers import painted_span

HELPER = Path(__file__).with_name("clip_helper.py")
PROJECT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    return palette


# -- light and dark ------------------------------------------------------------------


def test_tag_colours_follow_a_switch_to_dark_and_back(loaded: MainWindow) -> None:
    """When the system switches to a dark scheme the tag colours change to the dark set, and back again."""
    highlighter = loaded.annotations.highlighter
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert highlighter.dark
    assert highlighter.formats["person"].background().color() == kind_colour("person", dark=True)
    assert loaded.form.dark, "the unsure and error marks switch too"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not highlighter.dark
    assert highlighter.formats["person"].background().color() == kind_colour("person", dark=False)
    assert not loaded.form.dark


def test_tagged_text_is_repainted_in_the_new_colours(loaded: MainWindow) -> None:
    """The tag already in the body (an organisation) shows the dark background right after the switch."""
    body = loaded.form.body
    assert kind_colour("organisation", dark=False).name() in painted_span(body, 0, 4, 16)[0]
    loaded.annotations.follow_colour_scheme(Qt.ColorScheme.Dark)
    assert kind_colour("organisation", dark=True).name() in painted_span(body, 0, 4, 16)[0]
    loaded.annotations.follow_colour_scheme(Qt.ColorScheme.Light)
    assert kind_colour("organisation", dark=False).name() in painted_span(body, 0, 4, 16)[0]


def test_a_dark_palette_is_followed_where_the_platform_reports_no_scheme(loaded: MainWindow, qapp) -> None:
    """With no scheme reported (Unknown), switching the application to a dark palette picks the dark tag colours."""
    assert dark_scheme(dark_palette(), Qt.ColorScheme.Unknown)
    assert not dark_scheme(QPalette(QColor("white")), Qt.ColorScheme.Unknown)
    assert dark_scheme(QPalette(QColor("white")), Qt.ColorScheme.Dark), "a reported scheme wins over the palette"
    if QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        return  # the platform reports a scheme, so the palette alone decides nothing here
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert loaded.annotations.highlighter.dark
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert not loaded.annotations.highlighter.dark


# -- the icon ------------------------------------------------------------------------------


def test_app_icon_has_every_size_and_stays_sharp_at_200_percent(window: MainWindow) -> None:
    """The window icon carries 16 to 256 px drawings, and a 32 px icon at 2x scale is drawn from 64 px."""
    icon = app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    assert not window.windowIcon().isNull()
    pixmap = icon.pixmap(QSize(32, 32), 2.0)
    assert pixmap.width() == 64
    assert pixmap.devicePixelRatio() == 2.0


# -- clipped labels ------------------------------------------------------------------------------


def test_clipping_check_sees_a_squeezed_label(qtbot) -> None:
    """The clipping check flags a label narrower than its text, and passes it once it has room."""
    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("A label with far more words than room", top)
    label.setGeometry(0, 0, 40, 20)
    top.show()
    assert [p["text"] for p in clipped(top)] == [label.text()]
    label.resize(label.sizeHint())
    assert clipped(top) == []
    top.hide()


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_no_label_is_clipped_at_200_percent(language: str, tmp_path: Path) -> None:
    """At 200 % scaling, in each language, every label, button and check box of the window and the export
    dialog shows its whole text."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, str(HELPER), language], env=env, cwd=PROJECT,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 2.0, "the window really ran at 200 %"
    assert result["clipped"] == [], result["clipped"]
