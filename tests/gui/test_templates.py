"""Templates: a new release starts with an organisation's place, contacts and notes; Settings > Templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.formats import read_path
from app.gui.common.settings import Settings
from app.gui.window.mainwindow import MainWindow
from app.model import Embargo, NoteBlock
from tests.gui.helpers import StubDialogs, sample_release


def action_named(window: MainWindow, menu_key: str, text: str):
    return next(a for a in window.menus.menu(menu_key).actions() if a.text() == text)


def test_the_three_examples_ship_and_read_back(window: MainWindow) -> None:
    """The shipped examples: an English agency, a French ministry and an Arabic NGO, each with notes and contacts."""
    templates = window.templates.store.templates()
    by_language = {window.templates.store.load(t).language: t for t in templates if t.bundled}
    assert set(by_language) >= {"en", "fr", "ar"}
    for template in by_language.values():
        release = window.templates.store.load(template)
        assert release.contacts
        assert release.boilerplate
        assert release.dateline.place
        assert release.headline == ""
        assert release.body == []


def test_new_from_template_fills_the_form(window: MainWindow) -> None:
    """File > New from Template… lists the templates; Create opens an untitled release with their facts."""
    action = action_named(window, "file", "New from &Template…")
    file_actions = [a.text() for a in window.menus.menu("file").actions()]
    assert file_actions.index("New from &Template…") == file_actions.index("&New") + 1
    action.trigger()
    picker = window.templates.picker
    assert picker is not None
    assert picker.isVisible()
    names = [picker.templates.list.item(i).text() for i in range(picker.templates.list.count())]
    assert "Ministère de la Transition rurale (français) (example)" in names
    picker.templates.list.setCurrentRow(names.index("Ministère de la Transition rurale (français) (example)"))
    assert "Dateline place: Paris" in picker.templates.details.text().translate(dict.fromkeys((0x2068, 0x2069)))
    picker.create_button.click()
    release = window.session.release
    assert release.language == "fr"
    assert release.dateline.place == "Paris"
    assert window.form.dateline.place.text() == "Paris"
    assert [b.heading for b in release.boilerplate] == ["À propos du ministère", "Notes aux rédactions"]
    assert window.form.notes.cards[0].heading.text() == "À propos du ministère"
    assert window.form.contacts.cards[0].edits["organisation"].text() == "Ministère de la Transition rurale"
    assert window.session.path is None
    assert window.isWindowModified()  # not saved yet: closing asks
    # the ministry's own purpose line is what its briefing notes start from
    assert release.briefing_purpose is not None
    assert release.briefing_purpose.startswith("Pour information")
    window.exports.action.trigger()
    dialog = window.exports.dialog
    assert dialog is not None
    assert dialog.purpose_edit.text() == release.briefing_purpose
    dialog.reject()


def test_a_template_never_replaces_work_in_progress(
    make_window: Callable[..., MainWindow], dialogs: StubDialogs
) -> None:
    """With a release open, the template's release opens in a new window and the open one is untouched."""
    window = make_window()
    window.session.load(sample_release(), None, None)
    before = len([w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()])
    template = next(t for t in window.templates.store.templates() if t.name.startswith("Oasis"))
    assert window.templates.create(template)
    assert window.session.release.headline == sample_release().headline
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(editors) == before + 1
    new = next(w for w in editors if w is not window and w.session.release.language == "ar")
    assert new.session.release.dateline.place == "عمّان"
    new.session.undo_stack.setClean()
    new.close()


def test_save_rename_default_and_delete(window: MainWindow, dialogs: StubDialogs, paths) -> None:
    """Settings > Templates: save the open release as a template (without its story), rename it,
    make File > New start from it, and delete it."""
    release = sample_release()
    release.boilerplate = [NoteBlock("About the city", ["Lisbon has 550,000 people."])]
    release.embargo = Embargo(dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.UTC), "UTC")
    release.reference = "PR/2024/17"
    window.session.load(release, None, None)
    action_named(window, "settings", "&Templates…").trigger()
    manager = window.templates.dialog
    assert manager is not None
    dialogs.template_names = ["City of Lisbon"]
    manager.save_button.click()
    assert ("template_name", "City of Lisbon") in dialogs.asked  # suggested: the first contact's organisation
    saved = paths.data_dir / "templates" / "City of Lisbon.release.xml"
    stored = read_path(saved)
    assert stored.dateline.place == "Lisbon"
    assert stored.contacts == release.contacts
    assert stored.boilerplate == release.boilerplate
    assert (stored.headline, stored.body, stored.embargo, stored.reference) == ("", [], None, None)
    assert manager.templates.current().name == "City of Lisbon"

    dialogs.template_names = ["Lisbon council"]
    manager.rename_button.click()
    assert not saved.exists()
    assert (paths.data_dir / "templates" / "Lisbon council.release.xml").is_file()
    manager.default_button.click()
    assert Settings(paths).preferences().default_template == "Lisbon council"
    assert "File > New starts from “Lisbon council”." in manager.hint.text()

    window.session.undo_stack.setClean()
    window.new_action.trigger()
    assert window.session.release.dateline.place == "Lisbon"
    assert window.session.release.headline == ""
    assert window.form.notes.cards[0].heading.text() == "About the city"

    manager.delete_button.click()
    assert ("delete_template", "Lisbon council") in dialogs.asked
    assert not (paths.data_dir / "templates" / "Lisbon council.release.xml").exists()
    assert Settings(paths).preferences().default_template == ""
    window.new_action.trigger()
    assert window.session.release.dateline.place is None
    manager.close()


def test_shipped_examples_cannot_be_renamed_or_deleted(window: MainWindow) -> None:
    """An example that ships with the app has Rename and Delete greyed out, and says why."""
    window.templates.open_manager()
    manager = window.templates.dialog
    manager.templates.select("Global Water Agency (English)")
    assert not manager.rename_button.isEnabled()
    assert not manager.delete_button.isEnabled()
    assert manager.default_button.isEnabled()
    assert "cannot be renamed or deleted" in manager.hint.text()
    manager.close()


@pytest.mark.parametrize("name", ["", "  ", "///"])
def test_a_name_without_letters_is_refused_in_words(window: MainWindow, dialogs: StubDialogs, name: str) -> None:
    """A template name that cannot be a file name is refused with a message, and nothing is written."""
    window.session.load(sample_release(), None, None)
    window.templates.open_manager()
    dialogs.template_names = [name]
    window.templates.dialog.save_button.click()
    folder = Path(window.paths.data_dir / "templates")
    assert not folder.exists() or not list(folder.iterdir())
    if name.strip():
        assert dialogs.errors
        assert "cannot be a template name" in dialogs.errors[-1][1]
    window.templates.dialog.close()
