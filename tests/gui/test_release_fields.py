"""Every field of a release has a widget in the form that edits it, as one undoable step."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow
from app.model import Contact, Dateline, Embargo, NoteBlock, Release
from tests.gui.helpers import sample_release

# Fields with a UI of their own (or none, on purpose), and why.
EXCLUDED: dict[str, str] = {
    "Release.id": "the release's identity: kept across saves, the revision history is keyed by it",
    "Release.comments": "added and answered in the Annotations panel (tests/gui/test_comments.py)",
    "Release.headline_entities": "tags, made with the Tag menu on the headline (tests/gui/test_headline_tags.py)",
    "Release.created": "set when the release is first saved",
    "Release.modified": "set on every save",
    "Release.confidence": "the importer's certainty, shown as the 'unsure' mark and dropped by editing a field",
    "Release.signoffs": "recorded by approving the release (tests/gui/test_workflow.py), never typed",
    "Release.briefing_purpose": "written in File > Export's Purpose line and kept from there, or brought by a "
                                "template (tests/gui/test_export.py, tests/gui/test_templates.py)",
    "Embargo.text": "the embargo line as the release printed it, shown under the embargo as 'As printed'; "
                    "the text export writes a new line once the time is changed",
}


def release_for_fields() -> Release:
    release = sample_release()
    release.abstract = "Twelve repair cafés open across the city."
    release.reference = "PR/2024/17"
    release.boilerplate = [NoteBlock("About the Tinkers Guild", ["The guild has mended things since 1999."])]
    release.embargo = Embargo(dt.datetime(2024, 3, 5, 0, 1, tzinfo=ZoneInfo("Europe/Lisbon")), "Europe/Lisbon",
                              "EMBARGOED UNTIL 00:01 WET, 5 March 2024")
    return release


def type_into(widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(widget, text)  # type: ignore[arg-type]


def _zone(w: MainWindow) -> None:
    edit = w.form.embargo.zone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "Asia/Tokyo")
    QTest.keyClick(edit, Qt.Key.Key_Return)


def _keyword(w: MainWindow) -> None:
    type_into(w.form.keywords.edit, "bicycles")
    QTest.keyClick(w.form.keywords.edit, Qt.Key.Key_Return)


def _subject(w: MainWindow) -> None:
    w.form.subjects._fill()
    next(a for a in w.form.subjects.menu.actions() if a.text() == "Environment").trigger()


def _status(w: MainWindow) -> None:
    w.form.status.setFocus()
    QTest.keyClick(w.form.status, Qt.Key.Key_Down)  # draft -> review, as the arrow key picks it


# "Class.field" -> what a user does in the form to change it
EDITORS: dict[str, Callable[[MainWindow], None]] = {
    "Release.language": lambda w: type_into(w.form.language.lineEdit(), "-GB"),
    "Release.status": _status,
    "Release.headline": lambda w: type_into(w.form.headline, "!"),
    "Release.subheadline": lambda w: type_into(w.form.subheadline, " and lamps"),
    "Release.byline": lambda w: type_into(w.form.byline, "By Ana Sousa"),
    "Release.dateline": lambda w: w.form.dateline.clear.click(),
    "Release.abstract": lambda w: type_into(w.form.abstract, " On Saturdays."),
    "Release.body": lambda w: type_into(w.form.body, "Now "),
    "Release.boilerplate": lambda w: w.form.notes.add.click(),
    "Release.photo_credits": lambda w: type_into(w.form.photo_credits, " (archive)"),
    "Release.contacts": lambda w: w.form.contacts.add.click(),
    "Release.keywords": _keyword,
    "Release.subjects": _subject,
    "Release.embargo": lambda w: w.form.embargo.clear.click(),
    "Release.reference": lambda w: type_into(w.form.reference, "-b"),
    "Dateline.place": lambda w: type_into(w.form.dateline.place, "-Belem"),
    "Dateline.date": lambda w: w.form.dateline.clear.click(),
    "Dateline.text": lambda w: type_into(w.form.dateline.place, " Centre"),  # re-printed from place and date
    "Contact.name": lambda w: type_into(w.form.contacts.cards[0].edits["name"], " Silva"),
    "Contact.title": lambda w: type_into(w.form.contacts.cards[0].edits["title"], " (press)"),
    "Contact.organisation": lambda w: type_into(w.form.contacts.cards[0].edits["organisation"], " Council"),
    "Contact.email": lambda w: type_into(w.form.contacts.cards[0].edits["email"], "x"),
    "Contact.phone": lambda w: type_into(w.form.contacts.cards[0].edits["phone"], " 1"),
    "NoteBlock.heading": lambda w: type_into(w.form.notes.cards[0].heading, " (Lisbon)"),
    "NoteBlock.paragraphs": lambda w: type_into(w.form.notes.cards[0].paragraphs, "Members: 40. "),
    "Embargo.when": lambda w: (w.form.embargo.time.setFocus(), QTest.keyClick(w.form.embargo.time, Qt.Key.Key_Up)),
    "Embargo.zone": _zone,
}


def value_of(release: Release, name: str) -> object:
    owner, attribute = name.split(".")
    target: object = {
        "Release": release,
        "Dateline": release.dateline,
        "Contact": release.contacts[0] if release.contacts else None,
        "NoteBlock": release.boilerplate[0] if release.boilerplate else None,
        "Embargo": release.embargo,
    }[owner]
    return getattr(target, attribute)


def every_field() -> set[str]:
    return {f"{cls.__name__}.{f.name}" for cls in (Release, Dateline, Contact, NoteBlock, Embargo)
            for f in dataclasses.fields(cls)}


def test_the_table_names_every_field_of_the_model() -> None:
    """A field added to the model without a widget (or a stated reason) fails here."""
    assert every_field() == set(EDITORS) | set(EXCLUDED)
    assert not set(EDITORS) & set(EXCLUDED)


@pytest.mark.parametrize("name", sorted(EDITORS))
def test_the_field_is_edited_in_the_form_and_undone(window: MainWindow, name: str) -> None:
    """Editing the field's widget changes the release; Undo gives the old value back."""
    window.session.load(release_for_fields(), None, None)
    before = copy.deepcopy(value_of(window.session.release, name))
    EDITORS[name](window)
    assert value_of(window.session.release, name) != before, f"{name}: the widget did not change the release"
    stack = window.session.undo_stack
    assert stack.count() >= 1
    while stack.canUndo():
        window.undo_action.trigger()
    assert value_of(window.session.release, name) == before, f"{name}: undo did not give the old value back"


def test_summary_says_that_empty_means_the_lead(loaded: MainWindow) -> None:
    """An empty Summary field tells the editor the briefing note uses the lead paragraph."""
    assert loaded.form.abstract.text() == ""
    assert "lead" in loaded.form.abstract.placeholderText()


def test_note_blocks_are_added_filled_moved_and_removed_in_one_history(loaded: MainWindow) -> None:
    """Add two blocks, type into them, swap them and remove one; Undo walks every step back."""
    notes = loaded.form.notes
    assert notes.empty.isVisible()
    notes.add.click()
    type_into(notes.cards[0].heading, "About the Tinkers Guild")
    type_into(notes.cards[0].paragraphs, "The guild mends things.")
    QTest.keyClick(notes.cards[0].paragraphs, Qt.Key.Key_Return)
    QTest.keyClicks(notes.cards[0].paragraphs, "It has forty members.")
    notes.add.click()
    type_into(notes.cards[1].heading, "Notes to editors")
    release = loaded.session.release
    assert release.boilerplate == [
        NoteBlock("About the Tinkers Guild", ["The guild mends things.", "It has forty members."]),
        NoteBlock("Notes to editors", []),
    ]
    notes.cards[1].up.click()
    assert [b.heading for b in loaded.session.release.boilerplate] == ["Notes to editors", "About the Tinkers Guild"]
    assert notes.cards[0].heading.text() == "Notes to editors"
    notes.cards[0].remove.click()
    assert [b.heading for b in loaded.session.release.boilerplate] == ["About the Tinkers Guild"]
    assert len(notes.cards) == 1
    loaded.undo_action.trigger()  # the removal
    assert [b.heading for b in loaded.session.release.boilerplate] == ["Notes to editors", "About the Tinkers Guild"]
    loaded.undo_action.trigger()  # the move
    assert notes.cards[1].heading.text() == "Notes to editors"
    while loaded.session.undo_stack.canUndo():
        loaded.undo_action.trigger()
    assert loaded.session.release.boilerplate == []
    assert notes.cards == []
    assert notes.empty.isVisible()


def test_an_embargo_is_set_by_picking_a_date_and_cleared_with_no_embargo(loaded: MainWindow) -> None:
    """From 'No embargo', a date makes an embargo at the time and in the zone shown; No embargo clears it."""
    editor = loaded.form.embargo
    assert editor.date.text() == "No embargo"
    assert not editor.time.isEnabled()
    editor.zone.setEditText("Europe/Paris")
    editor.date.setDate(QDate(2024, 3, 6))
    embargo = loaded.session.release.embargo
    assert embargo is not None
    assert embargo.when == dt.datetime(2024, 3, 6, 0, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert embargo.zone == "Europe/Paris"
    assert editor.time.isEnabled()
    editor.clear.click()
    assert loaded.session.release.embargo is None
    assert editor.date.text() == "No embargo"
    loaded.undo_action.trigger()
    assert loaded.session.release.embargo == embargo


def test_a_zone_that_is_not_one_is_refused_in_words(loaded: MainWindow) -> None:
    """Typing a zone the app does not know keeps the embargo as it was and says what to type instead."""
    loaded.session.load(release_for_fields(), None, None)
    edit = loaded.form.embargo.zone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "Lisbon time")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert loaded.session.release.embargo.zone == "Europe/Lisbon"
    assert "“Lisbon time” is not a time zone" in loaded.form.embargo.problem.text()
    assert loaded.form.embargo.problem.isVisibleTo(loaded)


def test_an_offset_is_a_zone_too(loaded: MainWindow) -> None:
    """'UTC+02:00' in the zone box gives the embargo a fixed offset and no zone name."""
    loaded.session.load(release_for_fields(), None, None)
    edit = loaded.form.embargo.zone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "UTC+02:00")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    embargo = loaded.session.release.embargo
    assert embargo.zone is None
    assert embargo.when.utcoffset() == dt.timedelta(hours=2)
    assert (embargo.when.hour, embargo.when.minute) == (0, 1)


def test_arabic_notes_are_written_right_to_left(loaded: MainWindow) -> None:
    """An Arabic release's note blocks, like its body, start at the right."""
    release = release_for_fields()
    release.language = "ar"
    release.boilerplate = [NoteBlock("نبذة عن الجمعية", ["تأسست الجمعية عام 2009."])]
    loaded.session.load(release, None, None)
    card = loaded.form.notes.cards[0]
    assert card.heading.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert card.paragraphs.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_issues_on_the_new_fields_name_them_and_lead_to_them(loaded: MainWindow) -> None:
    """An issue on the summary, reference, embargo or notes is named in the Validation panel and a click
    on it focuses the field."""
    from app.gui.widgets.validation_panel import field_label

    assert [field_label(p) for p in ("abstract", "reference", "embargo", "boilerplate")] == [
        "Summary", "Reference", "Embargo", "Notes to editors"]
    assert loaded.form.focus_path("abstract") is loaded.form.abstract
    assert loaded.form.focus_path("reference") is loaded.form.reference
    assert loaded.form.focus_path("embargo") is loaded.form.embargo.date
    assert loaded.form.focus_path("boilerplate") is loaded.form.notes.add


def test_tab_walks_the_new_fields_in_reading_order(loaded: MainWindow, qtbot) -> None:
    """With an embargo and notes, Tab still visits every control in the order of the release."""
    from PySide6.QtWidgets import QApplication

    loaded.session.load(release_for_fields(), None, None)
    QApplication.processEvents()  # new cards show once the event loop runs, as they do for the user
    loaded.activateWindow()
    qtbot.waitActive(loaded)
    form = loaded.form
    form.headline.setFocus()
    expected = [w for w in form.focus_chain() if w.isEnabled()]
    visited = []
    for _ in range(len(expected) * 4):
        widget = QApplication.focusWidget()
        owner = next((w for w in expected if w is widget or w.isAncestorOf(widget)), widget)
        if not visited or visited[-1] is not owner:
            visited.append(owner)
        if owner is expected[-1]:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]


def test_the_zone_list_starts_with_the_users_zone_and_holds_every_zone(loaded: MainWindow) -> None:
    """The zone box offers the user's own zone first, then every IANA zone when the list opens."""
    from app.gui.form.embargo import user_zone_name

    box = loaded.form.embargo.zone
    loaded.session.load(release_for_fields(), None, None)
    box.showPopup()
    try:
        names = [box.itemText(i) for i in range(box.count())]
    finally:
        box.hidePopup()
    assert names[0] == user_zone_name()
    assert {"Europe/Paris", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Nairobi"} <= set(names)
    assert len(names) > 400
    assert box.currentText() == "Europe/Lisbon"  # opening the list keeps the embargo's zone
