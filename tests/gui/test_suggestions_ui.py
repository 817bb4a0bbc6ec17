"""Suggestions: computed off the UI thread, accepted or rejected one by one or all at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.annotate.vocabulary import Term, Vocabulary
from app.gui.annotations.suggestions import SuggestionsPanel
from app.gui.window.mainwindow import MainWindow
from app.model import Paragraph, Release
from tests.gui.annotation_stubs import stub_annotation_dialogs


def small_vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    vocabulary.add(Term("Tinkers Guild", "organisation", "The Tinkers Guild of Lisbon", "org:tinkers"))
    vocabulary.add(Term("Lisbon", "place", "Lisbon", "iso3166:PT-11"))
    return vocabulary


@pytest.fixture
def panel(loaded: MainWindow) -> SuggestionsPanel:
    panel = loaded.annotations.suggestions
    panel.load_vocabulary = small_vocabulary
    loaded.session.release.body[2].text = "The cafés in Lisbon open every Saturday morning."
    loaded.form.body.reload()
    return panel


def run(qtbot: QtBot, panel: SuggestionsPanel) -> list[str]:
    with qtbot.waitSignal(panel.finished, timeout=10000):
        panel.run_action.trigger()
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_suggest_lists_proposals_from_a_worker(qtbot: QtBot, panel: SuggestionsPanel) -> None:
    """Suggest Tags lists what the vocabulary finds, with kind and normalised name."""
    shown = run(qtbot, panel)
    assert "Organisation: Tinkers Guild → The Tinkers Guild of Lisbon  (¶2)" in shown
    assert "Place: Lisbon  (¶3)" in shown


def test_accept_one_suggestion_tags_it_in_one_undo_step(qtbot: QtBot, loaded: MainWindow,
                                                      panel: SuggestionsPanel) -> None:
    """Accepting a suggestion tags the text with its name and reference; undo removes the tag."""
    run(qtbot, panel)
    row = next(i for i in range(panel.list.count()) if "Tinkers" in panel.list.item(i).text())
    panel.list.setCurrentRow(row)
    panel.accept_button.click()
    [entity] = loaded.session.release.body[1].entities
    assert (entity.kind, entity.name, entity.ref) == ("organisation", "The Tinkers Guild of Lisbon", "org:tinkers")
    assert panel.list.count() == 1
    assert loaded.undo_action.text() == "&Undo Accept suggestion"
    loaded.undo_action.trigger()
    assert loaded.session.release.body[1].entities == []


def test_reject_drops_the_suggestion_without_tagging(qtbot: QtBot, loaded: MainWindow,
                                                    panel: SuggestionsPanel) -> None:
    """Rejecting a suggestion removes it from the list and tags nothing."""
    run(qtbot, panel)
    panel.list.setCurrentRow(0)
    rejected = panel.list.item(0).text()
    panel.reject_button.click()
    assert rejected not in [panel.list.item(i).text() for i in range(panel.list.count())]
    assert loaded.session.undo_stack.count() == 0
    assert [e.id for p in loaded.session.release.body for e in p.entities] == ["e1"]


def test_accept_all_is_one_undo_step(qtbot: QtBot, loaded: MainWindow, panel: SuggestionsPanel) -> None:
    """Accept all tags every suggestion at once; one undo takes them all back."""
    run(qtbot, panel)
    panel.accept_all_button.click()
    body = loaded.session.release.body
    assert [body[1].entity_text(e) for e in body[1].entities] == ["Tinkers Guild"]
    assert [body[2].entity_text(e) for e in body[2].entities] == ["Lisbon"]
    assert panel.list.count() == 0
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert body[2].entities == []


def test_stale_suggestion_is_not_forced(qtbot: QtBot, loaded: MainWindow, panel: SuggestionsPanel) -> None:
    """A suggestion whose text was edited away since it was proposed is dropped, not tagged."""
    from PySide6.QtTest import QTest

    run(qtbot, panel)
    body = loaded.form.body
    body.setFocus()
    body.move_to(1, 20)
    QTest.keyClicks(body, "X")  # "XTinkers Guild" no longer sits where it was proposed
    panel.accept_all_button.click()
    assert loaded.session.release.body[1].entities == []
    assert "no longer fit" in panel.status.text()


def test_big_release_is_suggested_off_the_ui_thread(qtbot: QtBot, window: MainWindow) -> None:
    """A long release gets its suggestions while the window keeps running, from a worker thread."""
    import threading

    seen: list[str] = []

    def load() -> Vocabulary:
        seen.append(threading.current_thread().name)
        return small_vocabulary()

    body = [Paragraph(f"p{i}", f"Volunteers in Lisbon met the Tinkers Guild, day {i}.") for i in range(2000)]
    window.session.load(Release(body=body), None, None)
    panel = window.annotations.suggestions
    panel.load_vocabulary = load
    with qtbot.waitSignal(panel.finished, timeout=30000):
        panel.run()
    assert seen
    assert seen[0] != threading.main_thread().name
    assert len(panel.suggestions) == 4000


def test_extra_vocabulary_from_csv(qtbot: QtBot, loaded: MainWindow, panel: SuggestionsPanel, tmp_path: Path) -> None:
    """A CSV vocabulary loaded by the editor adds its terms to the next suggestions."""
    extra = tmp_path / "mine.csv"
    extra.write_text("term,kind,name,ref\nrepair cafés,initiative,Repair Café network,init:repair\n", "utf-8")
    stub_annotation_dialogs(loaded).vocabularies = [extra]
    panel.load_vocabulary_action.trigger()
    assert "Initiative: repair cafés → Repair Café network  (¶1)" in run(qtbot, panel)
