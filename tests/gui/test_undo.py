"""One undo history for the whole release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.window.mainwindow import MainWindow


def test_typing_in_headline_is_one_named_undo_step(loaded: MainWindow) -> None:
    """A burst of typing in the headline undoes in one step called 'Undo Edit headline'."""
    form = loaded.form
    form.headline.setFocus()
    form.headline.end(False)
    QTest.keyClicks(form.headline, " today")
    assert loaded.session.release.headline.endswith(" today")
    assert loaded.undo_action.text() == "&Undo Edit headline"
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert loaded.session.release.headline == "Harbour city opens a repair café network"
    assert form.headline.text() == "Harbour city opens a repair café network"
    assert loaded.redo_action.text() == "&Redo Edit headline"


def test_ctrl_z_in_a_field_uses_the_window_history(loaded: MainWindow) -> None:
    """Pressing Ctrl+Z while typing in a field undoes through Edit > Undo, keeping the form and release in step."""
    form = loaded.form
    form.subheadline.setFocus()
    QTest.keyClicks(form.subheadline, "!")
    QTest.keyClick(form.subheadline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.session.release.subheadline == "Twelve workshops fix bicycles, radios and coats for free"
    assert form.subheadline.text() == loaded.session.release.subheadline
    assert loaded.session.undo_stack.index() == 0


def test_undo_and_redo_across_fields_paragraphs_and_contacts(loaded: MainWindow) -> None:
    """Edits in several fields, the body and the contacts undo one by one in reverse and redo forward."""
    form, release, stack = loaded.form, loaded.session.release, loaded.session.undo_stack
    form.headline.setFocus()
    QTest.keyClicks(form.headline, "X")
    form.photo_credits.setFocus()
    form.photo_credits.selectAll()
    QTest.keyClicks(form.photo_credits, "Staff photo")
    form.body.setFocus()
    form.body.move_to(1, 0)
    QTest.keyClicks(form.body, "Now ")
    form.contacts.add.click()
    QTest.keyClicks(loaded.focusWidget(), "Ana Neves")
    form.status.setCurrentIndex(1)
    form.status.activated.emit(1)

    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [
        "Edit headline",
        "Edit photo credits",
        "Typing in paragraph 2",
        "Add contact",
        "Edit contact 3 name",
        "Set status to Under review",
    ]

    def state() -> tuple[object, ...]:
        r = loaded.session.release
        return (r.headline, r.photo_credits, r.body[1].text, len(r.contacts), r.status)

    after = state()
    while stack.canUndo():
        loaded.undo_action.trigger()
    release = loaded.session.release
    assert release.headline == "Harbour city opens a repair café network"
    assert release.photo_credits == "City of Lisbon/R. Costa"
    assert form.body.paragraph_texts()[1] == "Volunteers from the Tinkers Guild run the workshops."
    assert len(form.contacts.cards) == 2
    assert form.status.currentText() == "Draft"
    while stack.canRedo():
        loaded.redo_action.trigger()
    release = loaded.session.release
    assert (
        release.headline,
        release.photo_credits,
        release.body[1].text,
        len(release.contacts),
        release.status,
    ) == after
    assert form.contacts.cards[2].edits["name"].text() == "Ana Neves"
    assert form.photo_credits.text() == "Staff photo"


def test_modified_marker_follows_the_history(loaded: MainWindow) -> None:
    """The title shows unsaved changes after an edit and clears when I undo back to the saved state."""
    assert loaded.windowTitle() == "Untitled[*] (Draft) — Release Desk"
    assert not loaded.isWindowModified()
    QTest.keyClicks(loaded.form.keywords, ", bikes")
    assert loaded.isWindowModified()
    assert loaded.session.release.keywords == ["repair", "circular economy", "bikes"]
    loaded.undo_action.trigger()
    assert not loaded.isWindowModified()


def test_typing_after_moving_elsewhere_is_a_new_step(loaded: MainWindow) -> None:
    """Typing in a field, leaving it and coming back makes two undo steps, not one."""
    form = loaded.form
    form.headline.setFocus()
    QTest.keyClicks(form.headline, "A")
    form.subheadline.setFocus()
    form.headline.setFocus()
    QTest.keyClicks(form.headline, "B")
    assert loaded.session.undo_stack.count() == 2


def test_contacts_add_remove_reorder_undo(loaded: MainWindow) -> None:
    """Moving a contact down and removing one are undo steps that put the contacts back as they were."""
    form = loaded.form
    form.contacts.cards[0].down.click()
    assert [c.name for c in loaded.session.release.contacts] == ["João Lima", "Marta Reis"]
    assert form.contacts.cards[0].edits["name"].text() == "João Lima"
    form.contacts.cards[0].remove.click()
    assert [c.name for c in loaded.session.release.contacts] == ["Marta Reis"]
    assert loaded.undo_action.text() == "&Undo Remove contact 1"
    loaded.undo_action.trigger()
    loaded.undo_action.trigger()
    assert [c.name for c in loaded.session.release.contacts] == ["Marta Reis", "João Lima"]
    assert [card.edits["email"].text() for card in form.contacts.cards] == [
        "marta.reis@lisbon.example.org",
        "joao@tinkers.example.org",
    ]


def test_dateline_date_picker_reprints_the_dateline(loaded: MainWindow) -> None:
    """Changing the dateline date updates the printed dateline and undoes in one step."""
    from PySide6.QtCore import QDate

    form = loaded.form
    form.dateline.date.setDate(QDate(2024, 3, 6))
    assert loaded.session.release.dateline.text == "Lisbon, 6 March 2024 –"
    assert form.dateline.printed.text() == "Exports as: Lisbon, 6 March 2024 –"
    assert loaded.undo_action.text() == "&Undo Edit dateline date"
    loaded.undo_action.trigger()
    assert loaded.session.release.dateline.text == "LISBON, 5 March 2024 -"
    assert form.dateline.date.date() == QDate(2024, 3, 5)
    form.dateline.clear.click()
    assert loaded.session.release.dateline.date is None
    assert form.dateline.date.text() == "No date"
