"""Tagging the headline: by shortcut, toolbar and menu; tags that follow typing; the panel; saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from app.formats import read_path
from app.gui.widgets.highlight import kind_colour
from app.gui.window.mainwindow import MainWindow
from app.model import Entity
from app.validation import validate_release
from tests.gui.annotation_stubs import stub_annotation_dialogs
from tests.gui.helpers import StubDialogs

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# "Harbour city opens a repair café network"


def select_in_headline(window: MainWindow, start: int, end: int) -> None:
    headline = window.form.headline
    headline.setFocus()
    headline.setSelection(start, end - start)


def headline_tags(window: MainWindow) -> list[tuple[str, str]]:
    release = window.session.release
    return [(e.kind, release.headline[e.start : e.end]) for e in release.headline_entities]


def tag_city(window: MainWindow) -> None:
    select_in_headline(window, 8, 12)
    QTest.keyClick(window.form.headline, Qt.Key.Key_L, CTRL_ALT)


def test_shortcut_tags_the_selection_in_the_headline_as_one_undo_step(loaded: MainWindow) -> None:
    """Selecting "Harbour city" in the headline and pressing Ctrl+Alt+L tags it as a place; undo and redo work."""
    select_in_headline(loaded, 0, 12)
    QTest.keyClick(loaded.form.headline, Qt.Key.Key_L, CTRL_ALT)
    assert headline_tags(loaded) == [("place", "Harbour city")]
    assert loaded.undo_action.text() == "&Undo Tag as Place"
    assert loaded.session.undo_stack.count() == 1
    assert loaded.form.headline.text() == "Harbour city opens a repair café network"
    loaded.undo_action.trigger()
    assert headline_tags(loaded) == []
    loaded.redo_action.trigger()
    assert headline_tags(loaded) == [("place", "Harbour city")]


def test_toolbar_action_tags_the_headline_selection(loaded: MainWindow) -> None:
    """With words selected in the headline, the Tag toolbar's Topic button tags them as a topic."""
    select_in_headline(loaded, 21, 32)
    button = next(a for a in loaded.annotations.toolbar.actions() if a.text() == "Tag as Topic")
    button.trigger()
    assert headline_tags(loaded) == [("topic", "repair café")]


def test_the_headline_menu_offers_the_tag_actions(loaded: MainWindow) -> None:
    """Right-clicking the headline offers a Tag menu with every kind."""
    menu = loaded.form.headline.context_menu()
    tag_menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "&Tag")
    assert [a.text() for a in tag_menu.actions()] == [a.text() for a in loaded.annotations.tag_actions.values()]
    menu.deleteLater()


def test_a_headline_tag_is_painted_in_its_kind_colour(loaded: MainWindow) -> None:
    """A tagged place in the headline shows the place colour, as in the body."""
    colour = kind_colour("place", loaded.annotations.highlighter.dark)

    def painted() -> bool:
        image = loaded.form.headline.grab().toImage()
        return any(QColor(image.pixel(x, image.height() // 2)) == colour for x in range(image.width()))

    assert not painted()
    tag_city(loaded)
    loaded.form.headline.deselect()
    assert painted()


def test_typing_before_inside_and_after_a_headline_tag_moves_it(loaded: MainWindow) -> None:
    """Text typed before a headline tag moves it, inside grows it, right after it stays outside; undo restores."""
    tag_city(loaded)
    headline = loaded.form.headline
    headline.setCursorPosition(0)
    QTest.keyClicks(headline, "A ")
    assert headline_tags(loaded) == [("place", "city")]
    assert loaded.session.release.headline_entities[0].start == 10
    headline.setCursorPosition(12)  # "A Harbour ci|ty"
    QTest.keyClicks(headline, "x")
    assert headline_tags(loaded) == [("place", "cixty")]
    headline.setCursorPosition(15)  # right after the tag
    QTest.keyClicks(headline, "!")
    assert headline_tags(loaded) == [("place", "cixty")]
    assert loaded.session.release.headline == "A Harbour cixty! opens a repair café network"
    assert loaded.undo_action.text() == "&Undo Edit headline"
    loaded.undo_action.trigger()  # the typing was one burst: one step takes it all back
    assert loaded.session.release.headline == "Harbour city opens a repair café network"
    assert headline_tags(loaded) == [("place", "city")]
    assert loaded.session.release.headline_entities[0].start == 8


def test_deleting_a_headline_tags_text_removes_the_tag(loaded: MainWindow) -> None:
    """Deleting every character of a tagged word in the headline removes its tag."""
    tag_city(loaded)
    select_in_headline(loaded, 7, 12)
    QTest.keyClick(loaded.form.headline, Qt.Key.Key_Delete)
    assert loaded.session.release.headline == "Harbour opens a repair café network"
    assert headline_tags(loaded) == []


def test_panel_lists_a_headline_tag_and_jumps_to_it(loaded: MainWindow) -> None:
    """The Annotations panel lists a headline tag as in the Headline; choosing it selects it in the headline."""
    tag_city(loaded)
    loaded.annotations.refresh()
    panel = loaded.annotations.panel
    ident = loaded.session.release.headline_entities[0].id
    index = panel.index_of(("entity", ident))
    assert index.data() == "city"
    assert index.siblingAtColumn(1).data() == "Headline"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Place in the headline"
    loaded.form.body.setFocus()
    loaded.form.headline.deselect()
    panel.tree.clicked.emit(index)
    assert loaded.form.headline.hasFocus()
    assert loaded.form.headline.selectedText() == "city"


def test_rename_retag_and_remove_a_headline_tag(loaded: MainWindow) -> None:
    """A headline tag can be renamed, changed to another kind and removed from the panel's menu."""
    stub = stub_annotation_dialogs(loaded)
    tag_city(loaded)
    ident = loaded.session.release.headline_entities[0].id
    stub.names.append("City of Harbour")
    loaded.annotations.rename(ident)
    assert stub.asked == ["name:city"]
    assert loaded.session.release.headline_entities[0].name == "City of Harbour"
    loaded.annotations.change_kind(ident, "organisation")
    assert headline_tags(loaded) == [("organisation", "city")]
    loaded.annotations.remove(ident)
    assert headline_tags(loaded) == []
    loaded.undo_action.trigger()
    assert headline_tags(loaded) == [("organisation", "city")]


def test_tag_all_occurrences_reaches_headline_and_body(loaded: MainWindow) -> None:
    """Tagging all other occurrences of a body tag also tags the same word in the headline, and the reverse."""
    release = loaded.session.release
    loaded.annotations.tag_all("e1")  # "city council" in paragraph 1: not in the headline
    assert headline_tags(loaded) == []
    select_in_headline(loaded, 21, 27)
    QTest.keyClick(loaded.form.headline, Qt.Key.Key_T, CTRL_ALT)  # "repair" in the headline
    ident = release.headline_entities[0].id
    assert loaded.annotations.tag_all(ident) == 1
    body_tags = [(e.kind, release.body[0].entity_text(e)) for e in release.body[0].entities]
    assert ("topic", "repair") in body_tags
    loaded.undo_action.trigger()
    assert [e.id for e in release.body[0].entities] == ["e1"]


def test_saving_and_reopening_keeps_headline_tags(loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """A tagged headline saved as Release XML opens again with its tags shown."""
    tag_city(loaded)
    target = tmp_path / "tagged.release.xml"
    dialogs.save_paths.append(target)
    loaded.save_action.trigger()
    assert read_path(target).headline_entities == loaded.session.release.headline_entities
    loaded.new_action.trigger()
    assert loaded.session.release.headline_entities == []
    loaded.open_path(target)
    assert headline_tags(loaded) == [("place", "city")]
    assert loaded.form.headline.text() == "Harbour city opens a repair café network"


def test_clearing_a_tagged_headline_drops_its_tags_and_says_it_is_empty(loaded: MainWindow) -> None:
    """Emptying a tagged headline removes its tags; validation says the headline is empty and focuses it."""
    tag_city(loaded)
    loaded.form.headline.selectAll()
    QTest.keyClick(loaded.form.headline, Qt.Key.Key_Delete)
    assert loaded.session.release.headline_entities == []
    [issue] = [i for i in validate_release(loaded.session.release) if i.severity == "error"]
    assert (issue.field, issue.message) == ("headline", "Headline is empty; write a headline.")
    loaded.form.body.setFocus()
    assert loaded.form.focus_path(issue.field) is loaded.form.headline
    assert loaded.form.headline.hasFocus()


def test_a_headline_tag_is_kept_in_the_model_like_a_body_tag(loaded: MainWindow) -> None:
    """A tag added in the headline gets an id unused anywhere in the release."""
    tag_city(loaded)
    [entity] = loaded.session.release.headline_entities
    assert isinstance(entity, Entity)
    assert entity.id not in {e.id for p in loaded.session.release.body for e in p.entities}
