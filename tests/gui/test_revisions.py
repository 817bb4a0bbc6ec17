"""Revisions and compare: a revision per save, the Revisions dialog, restore as one undo step, Compare With…."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.formats import nitf, text
from app.gui.window.mainwindow import MainWindow
from app.history import History
from app.model import Paragraph, Release
from tests.gui.desk_stubs import StubDeskDialogs


@pytest.fixture
def dialogs() -> StubDeskDialogs:
    return StubDeskDialogs()


def _release() -> Release:
    return Release(id="ferry-2024", headline="Island ferry adds a winter crossing",
                   body=[Paragraph("p1", "The ferry will sail four times a day."),
                         Paragraph("p2", "Bicycles travel free.")])


def _file_action(window: MainWindow, text: str):
    return next(a for a in window.menus.menu("file").actions() if a.text().replace("&", "") == text)


def _save(window: MainWindow, dialogs: StubDeskDialogs, path: Path) -> None:
    dialogs.save_paths.append(path)
    assert window.save_as()
    window.revisions.wait()


def _type_in_body(window: MainWindow, qtbot, paragraph: int, offset: int, keys: str) -> None:
    body = window.form.body
    body.setFocus()
    body.move_to(paragraph, offset)
    qtbot.keyClicks(body, keys)


def test_every_save_records_a_revision(window: MainWindow, dialogs, tmp_path, paths, qtbot) -> None:
    """Each save with changes adds a revision to the history in the data folder; saving unchanged adds none."""
    window.session.load(_release(), None, None)
    _save(window, dialogs, tmp_path / "ferry.release.xml")
    _type_in_body(window, qtbot, 1, 0, "All ")
    window.save()
    window.revisions.wait()
    window.save()
    window.revisions.wait()
    with History(paths.data_dir / "history.sqlite") as history:
        revisions = history.revisions("ferry-2024")
        assert len(revisions) == 2
        assert revisions[0].changed_words == 1  # "All" added
        assert history.load(revisions[0].id).body[1].text == "All Bicycles travel free."
        assert history.load(revisions[1].id).body[1].text == "Bicycles travel free."


def test_revisions_dialog_compares_and_restores_as_one_undo_step(window: MainWindow, dialogs, tmp_path,
                                                                 qtbot) -> None:
    """File > Revisions… lists the saves; comparing shows the changed words; Restore is undone in one step."""
    window.session.load(_release(), None, None)
    _save(window, dialogs, tmp_path / "ferry.release.xml")
    _type_in_body(window, qtbot, 0, 20, "eight or ")
    window.save()
    window.revisions.wait()
    _type_in_body(window, qtbot, 1, 0, "Dogs and ")
    current = window.session.release.body[1].text

    _file_action(window, "Revisions…").trigger()
    dialog = window.revisions.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(1) == "2"  # words changed by the newest save
    first, second = sorted(r.id for r in dialog.revisions)

    dialog.select(first, second)  # two revisions: older to newer
    assert dialog.compare_button.isEnabled()
    assert not dialog.restore_button.isEnabled()
    dialog.compare_button.click()
    shown = dialog.view.toPlainText()
    assert "Paragraph 1" in shown
    assert "eight or" in shown
    assert "Paragraph 2" not in shown
    assert [c.field for c in dialog.view.changes] == ["body[0]"]

    dialog.select(first)  # one revision against the current text
    dialog.compare_button.click()
    assert [c.field for c in dialog.view.changes] == ["body[0]", "body[1]"]
    assert "the current text" in dialog.view.toPlainText()

    dialog.restore_button.click()
    assert window.session.release.body[0].text == "The ferry will sail four times a day."
    assert window.session.release.body[1].text == "Bicycles travel free."
    assert window.form.body.paragraph_texts() == ["The ferry will sail four times a day.", "Bicycles travel free."]
    assert window.session.undo_stack.undoText().startswith("Restore revision of")
    window.session.undo_stack.undo()
    assert window.session.release.body[1].text == current
    dialog.close()


def test_word_changes_are_highlighted_in_the_compare_view(window: MainWindow, dialogs, tmp_path, qtbot) -> None:
    """Removed words are struck through and added words marked in the comparison."""
    window.session.load(_release(), None, None)
    _save(window, dialogs, tmp_path / "ferry.release.xml")
    window.form.headline.setFocus()
    window.form.headline.selectAll()
    qtbot.keyClicks(window.form.headline, "Island ferry adds a night crossing")
    dialog = window.revisions.open_revisions()
    assert dialog is not None
    dialog.select(dialog.revisions[0].id)
    dialog.compare_button.click()
    html = dialog.view.toHtml()
    assert "line-through" in html
    cursor = dialog.view.document().find("winter")
    assert cursor.charFormat().fontStrikeOut()
    cursor = dialog.view.document().find("night")
    assert cursor.charFormat().fontWeight() > 500
    dialog.close()


def test_no_revisions_yet_says_so(window: MainWindow) -> None:
    """A release never saved has no revisions, and the dialog says that every save records one."""
    window.session.load(_release(), None, None)
    dialog = window.revisions.open_revisions()
    assert dialog is not None
    assert dialog.list.topLevelItemCount() == 0
    assert "every save" in dialog.hint.text()
    assert not dialog.compare_button.isEnabled()
    dialog.close()


def test_compare_with_a_file_in_another_format(window: MainWindow, dialogs, tmp_path) -> None:
    """File > Compare With… reads a release in any format (NITF here) and shows the fields that differ."""
    window.session.load(text.read(text.write(_release())), None, None)
    other = text.read(text.write(_release()))
    other.body[1].text = "Bicycles and dogs travel free."
    path = tmp_path / "partner.nitf.xml"
    path.write_bytes(nitf.write(other))
    dialogs.compare_paths.append(path)
    _file_action(window, "Compare With…").trigger()
    compare = window.revisions.compare_dialog
    assert compare is not None
    assert compare.isVisible()
    assert [c.field for c in compare.view.changes] == ["body[1]"]
    assert "partner.nitf.xml" in compare.windowTitle()
    compare.close()


def test_compare_with_an_unreadable_file_says_why(window: MainWindow, dialogs, tmp_path) -> None:
    """A file that cannot be read gives an error naming it, and the open release is untouched."""
    window.session.load(_release(), None, None)
    path = tmp_path / "broken.release.xml"
    path.write_bytes(b"<release xmlns='urn:release-desk:release:1'><headline>")
    dialogs.compare_paths.append(path)
    _file_action(window, "Compare With…").trigger()
    assert dialogs.errors
    assert "broken.release.xml" in dialogs.errors[0][1]
    assert window.revisions.compare_dialog is None
    assert window.session.release.headline == "Island ferry adds a winter crossing"


def test_an_unwritable_history_does_not_stop_the_save(window: MainWindow, dialogs, tmp_path, qtbot) -> None:
    """When the history file is broken, the save still happens and the status bar says the revision was not kept."""
    window.revisions.path.parent.mkdir(parents=True, exist_ok=True)
    window.revisions.path.write_bytes(b"not a database" * 100)
    window.session.load(_release(), None, None)
    with qtbot.waitSignal(window.revisions.recorded):
        dialogs.save_paths.append(tmp_path / "ferry.release.xml")
        assert window.save_as()
    assert (tmp_path / "ferry.release.xml").is_file()
    assert window.session.undo_stack.isClean()
    assert "revision was not recorded" in window.statusBar().currentMessage()


def test_two_new_releases_keep_two_histories(window: MainWindow, dialogs, tmp_path, paths, qtbot) -> None:
    """Two releases typed from nothing get ids of their own at their first save, so each keeps its own
    revisions: saving the second neither shows nor prunes the first's."""
    first, second = tmp_path / "first.release.xml", tmp_path / "second.release.xml"
    window.session.load(Release(headline="Harbour opens a second berth"), None, None)
    _save(window, dialogs, first)
    first_id = window.session.release.id
    window.session.load(Release(headline="Library extends its hours"), None, None)
    _save(window, dialogs, second)
    second_id = window.session.release.id
    assert first_id != "release"
    assert second_id not in ("release", first_id)
    assert f'id="{first_id}"'.encode() in first.read_bytes()
    with History(paths.data_dir / "history.sqlite") as history:
        assert [history.load(r.id).headline for r in history.revisions(first_id)] == ["Harbour opens a second berth"]
        assert [history.load(r.id).headline for r in history.revisions(second_id)] == ["Library extends its hours"]


def test_a_release_keeps_its_id_from_save_to_save(window: MainWindow, dialogs, tmp_path, paths, qtbot) -> None:
    """The id a release is given at its first save stays: later saves add revisions to the same history."""
    window.session.load(Release(headline="Harbour opens a second berth", body=[Paragraph("p1", "Works start.")]),
                        None, None)
    _save(window, dialogs, tmp_path / "berth.release.xml")
    given = window.session.release.id
    _type_in_body(window, qtbot, 0, 0, "Dredging ")
    window.save()
    window.revisions.wait()
    assert window.session.release.id == given
    with History(paths.data_dir / "history.sqlite") as history:
        assert len(history.revisions(given)) == 2
