"""Keywords as chips with completion from tags, and subjects from the controlled vocabulary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.gui.mainwindow import MainWindow


def chip_texts(window: MainWindow) -> list[str]:
    return [c.text().removesuffix("  ×") for c in window.form.keywords._chips]


def test_keywords_show_as_chips(loaded: MainWindow) -> None:
    """The release's keywords show as one chip each."""
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_typing_a_keyword_and_enter_adds_a_chip_in_one_undo_step(loaded: MainWindow) -> None:
    """Typing a keyword and pressing Enter adds a chip; one Undo takes it away."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClicks(entry, "bicycles")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert loaded.session.release.keywords == ["repair", "circular economy", "bicycles"]
    assert chip_texts(loaded) == ["repair", "circular economy", "bicycles"]
    assert entry.text() == ""
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert loaded.session.release.keywords == ["repair", "circular economy"]
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_comma_closes_a_keyword(loaded: MainWindow) -> None:
    """A comma closes the keyword being typed and starts the next."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClicks(entry, "radios, coats")
    assert loaded.session.release.keywords == ["repair", "circular economy", "radios", "coats"]
    assert chip_texts(loaded) == ["repair", "circular economy", "radios"]
    assert entry.text() == "coats"


def test_chip_button_removes_the_keyword_and_undo_restores_it(loaded: MainWindow) -> None:
    """Clicking a chip's × removes that keyword; Undo puts it back in place."""
    loaded.form.keywords._chips[0].click()
    assert loaded.session.release.keywords == ["circular economy"]
    assert loaded.undo_action.text() == "&Undo Remove keyword repair"
    loaded.undo_action.trigger()
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_backspace_in_an_empty_entry_removes_the_last_chip(loaded: MainWindow) -> None:
    """Backspace with nothing typed removes the last keyword."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClick(entry, Qt.Key.Key_Backspace)
    assert loaded.session.release.keywords == ["repair"]


def test_completion_offers_tagged_names(loaded: MainWindow) -> None:
    """The keyword box completes from the names tagged in the release."""
    first = loaded.session.release.body[0]
    first.entities[0].name = "Lisbon City Council"
    entry = loaded.form.keywords.edit
    loaded.form.headline.setFocus()
    entry.setFocus()
    assert set(entry.words.stringList()) == {"city council", "Lisbon City Council"}


def test_subjects_are_picked_from_the_vocabulary(loaded: MainWindow) -> None:
    """Ticking a subject in the picker stores its reference and shows its label; undo unticks it."""
    picker = loaded.form.subjects
    assert any(s.ref == "subj:environment" for s in picker.subjects)
    picker._fill()
    action = next(a for a in picker.menu.actions() if a.text() == "Environment")
    action.trigger()
    assert loaded.session.release.subjects == ["subj:environment"]
    assert picker.label.text() == "Environment"
    loaded.undo_action.trigger()
    assert loaded.session.release.subjects == []
    assert picker.label.text() == "None chosen"
