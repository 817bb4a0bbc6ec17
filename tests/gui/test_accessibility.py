"""Accessible: named controls, keyboard reading order, errors in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.gui.window.mainwindow import MainWindow

CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton)


def _named(widget: QWidget) -> bool:
    return bool(widget.accessibleName()) or (
        isinstance(widget.parentWidget(), QComboBox) and bool(widget.parentWidget().accessibleName())
    )


def test_every_control_has_an_accessible_name(loaded: MainWindow) -> None:
    """A screen reader can name every field and button of the form."""
    controls = [
        w
        for w in loaded.form.widget().findChildren(QWidget)
        if isinstance(w, CONTROLS) and w.isVisibleTo(loaded) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(controls) > 20
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not _named(w)]
    assert not unnamed
    assert loaded.panel.accessibleName() == "Validation issues"


def test_every_mnemonic_label_points_at_its_field(loaded: MainWindow) -> None:
    """Each field label (Alt+letter) moves the focus to the field it names."""
    labels = [label for label in loaded.form.widget().findChildren(QLabel) if "&" in label.text()]
    assert len(labels) >= 10
    assert all(label.buddy() is not None for label in labels)


def test_tab_walks_the_form_in_reading_order(loaded: MainWindow, qtbot) -> None:
    """Pressing Tab from the headline visits every control in the order of the release."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    form = loaded.form
    form.headline.setFocus()
    expected = [w for w in form.focus_chain() if w.isEnabled()]
    visited: list[QWidget] = []
    for _ in range(len(expected) * 4):
        widget = QApplication.focusWidget()
        owner = next((w for w in expected if w is widget or w.isAncestorOf(widget)), widget)
        if not visited or visited[-1] is not owner:
            visited.append(owner)
        if owner is expected[-1]:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]


def test_body_tab_leaves_the_editor(loaded: MainWindow, qtbot) -> None:
    """Tab in the body moves on to the next control instead of typing a tab character."""
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    loaded.form.body.setFocus()
    QTest.keyClick(loaded.form.body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is loaded.form.move_up
    assert "\t" not in loaded.session.release.body[0].text
