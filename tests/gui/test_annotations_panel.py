"""The Annotations panel: tags grouped by kind with counts, a filter, jump, rename, retag, remove, tag all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from app.model import Entity
from tests.gui.annotation_stubs import stub_annotation_dialogs


def panel_of(window: MainWindow):
    return window.annotations.panel


def test_panel_groups_tags_by_kind_with_counts(loaded: MainWindow) -> None:
    """Each kind is a group with its count, and the tagged text is listed under it."""
    labels = panel_of(loaded).visible_labels()
    assert "Organisation (1)" in labels
    assert labels[labels.index("Organisation (1)") + 1] == "city council"
    assert "Person (0)" in labels
    assert "Comments (0)" in labels


def test_clicking_a_tag_selects_it_in_the_body(loaded: MainWindow) -> None:
    """Clicking a tag in the panel selects its text in the body and puts the focus there."""
    panel = panel_of(loaded)
    index = panel.index_of(("entity", "e1"))
    assert index.isValid()
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    body = loaded.form.body
    assert body.textCursor().selectedText() == "city council"
    assert loaded.focusWidget() is body


def test_filter_keeps_matching_rows_and_their_group(loaded: MainWindow) -> None:
    """Typing in the filter leaves only matching tags, under their group."""
    release = loaded.session.release
    release.body[1].entities.append(Entity("e9", "organisation", 20, 33))
    release.body[2].entities.append(Entity("e10", "event", 21, 29))
    loaded.annotations.refresh()
    panel = panel_of(loaded)
    QTest.keyClicks(panel.filter, "tinkers")
    assert panel.visible_labels() == ["Organisation (2)", "Tinkers Guild"]
    panel.filter.clear()
    assert "Saturday" in panel.visible_labels()


def test_panel_follows_tagging_and_undo(loaded: MainWindow) -> None:
    """A new tag shows in the panel at once, and leaves it on undo."""
    body = loaded.form.body
    body.setFocus()
    body.move_to(2, 24)
    loaded.annotations.tag_actions["event"].trigger()
    assert "Event (1)" in panel_of(loaded).visible_labels()
    loaded.undo_action.trigger()
    assert "Event (0)" in panel_of(loaded).visible_labels()


def test_rename_gives_a_normalised_name(loaded: MainWindow) -> None:
    """Rename sets the tag's normalised name, shown beside its text; undo clears it."""
    stub = stub_annotation_dialogs(loaded)
    stub.names = ["Lisbon City Council"]
    loaded.annotations.entity_menu("e1").actions()[0].trigger()
    assert stub.asked == ["name:city council"]
    assert loaded.session.release.body[0].entities[0].name == "Lisbon City Council"
    assert "city council → Lisbon City Council" in panel_of(loaded).visible_labels()
    loaded.undo_action.trigger()
    assert loaded.session.release.body[0].entities[0].name is None


def test_change_kind_and_remove_from_the_menu(loaded: MainWindow) -> None:
    """The tag's menu changes its kind and removes it, each one undo step."""
    menu = loaded.annotations.entity_menu("e1")
    kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in kinds.actions() if a.text() == "Place").trigger()
    assert loaded.session.release.body[0].entities[0].kind == "place"
    menu = loaded.annotations.entity_menu("e1")
    next(a for a in menu.actions() if a.text() == "Re&move tag").trigger()
    assert loaded.session.release.body[0].entities == []
    loaded.undo_action.trigger()
    loaded.undo_action.trigger()
    assert loaded.session.release.body[0].entities == [Entity("e1", "organisation", 4, 16)]


def test_tag_all_other_occurrences(loaded: MainWindow) -> None:
    """'Tag all other occurrences' tags the same words elsewhere like the first, in one undo step."""
    release = loaded.session.release
    release.body[2].text = "The cafés of the city council open every Saturday morning."
    release.body[0].entities[0].name = "Lisbon City Council"
    loaded.form.body.reload()
    menu = loaded.annotations.entity_menu("e1")
    next(a for a in menu.actions() if a.text() == "Tag all other &occurrences").trigger()
    [added] = release.body[2].entities
    assert (release.body[2].entity_text(added), added.kind, added.name) == (
        "city council", "organisation", "Lisbon City Council"
    )
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert release.body[2].entities == []
