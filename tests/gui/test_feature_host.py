"""A feature is built on the services it is handed, without the editor window around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.gui.common.session import Session
from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.find import install_find
from app.gui.form import FormPage
from app.gui.services import FeatureHost, Menus
from tests.gui.helpers import StubDialogs, sample_release


def test_find_works_on_a_bare_window_and_form(qtbot, tmp_path: Path) -> None:
    """The find feature installs on a plain QMainWindow holding only the form, and finds and replaces there."""
    shell = QMainWindow()
    qtbot.addWidget(shell)
    session = Session(shell)
    form = FormPage(session)
    shell.setCentralWidget(form)
    menus = Menus(shell.menuBar())
    menus.add("edit", "&Edit")
    paths = Paths(tmp_path / "config", tmp_path / "data")
    host = FeatureHost(window=shell, session=session, dialogs=StubDialogs(), paths=paths, settings=Settings(paths),
                       preferences=Preferences(), menus=menus, status_bar=shell.statusBar(), form=form,
                       editor=None, new_editor=lambda: None, editor_showing=lambda _path: None)  # type: ignore[arg-type]
    session.load(sample_release(), None, None)
    find = install_find(host)
    assert [a.text() for a in menus.menu("edit").actions()] == ["&Find…", "R&eplace…", "Find &Next", "Find Pre&vious"]
    find.bar.pattern.setText("workshops")
    assert find.find_next().path == "subheadline"
    assert find.find_next().path == "body[1]"
    find.bar.replacement.setText("repair sessions")
    assert find.replace_all() == 2
    assert session.release.body[1].text == "Volunteers from the Tinkers Guild run the repair sessions."
    session.undo_stack.undo()
    assert session.release.body[1].text == "Volunteers from the Tinkers Guild run the workshops."
