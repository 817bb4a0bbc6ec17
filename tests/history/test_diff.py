"""Comparing two releases: the fields that differ, with the words added and removed."""

from __future__ import annotations

import datetime as dt

from app.history import ADDED, REMOVED, SAME, compare, render_inline, word_diff
from app.model import Contact, Dateline, Embargo, Entity, NoteBlock, Paragraph, Release, SignOff


def _release(**changes: object) -> Release:
    fields: dict[str, object] = {
        "id": "ferry-2024",
        "headline": "Island ferry adds a winter crossing",
        "dateline": Dateline("KIRKWALL", dt.date(2024, 10, 1), "KIRKWALL, 1 October 2024 -"),
        "body": [Paragraph("p1", "The ferry will sail four times a day."), Paragraph("p2", "Bicycles travel free.")],
        "contacts": [Contact(name="Ines Halvorsen", email="ines@ferry.example")],
    }
    fields.update(changes)
    return Release(**fields)  # type: ignore[arg-type]


def test_the_same_release_has_no_differences() -> None:
    """Two equal releases compare as the same."""
    assert compare(_release(), _release()) == []


def test_a_changed_word_is_shown_removed_and_added() -> None:
    """Changing one word of the headline shows that word removed and its replacement added, nothing else."""
    changes = compare(_release(), _release(headline="Island ferry adds a night crossing"))
    assert [c.field for c in changes] == ["headline"]
    assert render_inline(changes[0]) == "Island ferry adds a [-winter-]{+night+} crossing"
    assert (changes[0].words_added, changes[0].words_removed) == (1, 1)


def test_pieces_rebuild_both_texts() -> None:
    """Joining the kept and added pieces gives the new text; kept and removed give the old."""
    old, new = "Tickets cost £4, or £2 for children.", "Tickets now cost £5, or £2 for children under 12!"
    pieces = word_diff(old, new)
    assert "".join(p.text for p in pieces if p.op in (SAME, ADDED)) == new
    assert "".join(p.text for p in pieces if p.op in (SAME, REMOVED)).replace(" ", "") == old.replace(" ", "")


def test_an_inserted_paragraph_does_not_mark_the_others_changed() -> None:
    """A paragraph added at the top is one added field; the paragraphs after it are unchanged."""
    body = [Paragraph("p0", "Timetables are online."), *_release().body]
    changes = compare(_release(), _release(body=body))
    assert [(c.field, c.kind, c.new) for c in changes] == [("body[0]", "added", "Timetables are online.")]


def test_removed_paragraph_contact_and_tag_changes_are_listed() -> None:
    """A removed paragraph, an edited contact and a new tag each show as their own field."""
    release = _release(body=[Paragraph("p1", "The ferry will sail four times a day.", [Entity("e1", "topic", 4, 9)])],
                       contacts=[Contact(name="Ines Halvorsen", email="press@ferry.example")])
    fields = {c.field: c for c in compare(_release(), release)}
    assert fields["body[1]"].kind == "removed"
    assert fields["body[1]"].old == "Bicycles travel free."
    assert render_inline(fields["contacts[0]"]) == "Ines Halvorsen, [-ines-]{+press+}@ferry.example"
    assert fields["body.tags[0]"].new == "topic: ferry"


def test_arabic_text_compares_word_by_word() -> None:
    """Right-to-left text compares by words like any other."""
    old = _release(language="ar", headline="افتتاح مركز جديد في عمان")
    new = _release(language="ar", headline="افتتاح مركز كبير في عمان")
    (change,) = compare(old, new)
    assert render_inline(change) == "افتتاح مركز [-جديد-]{+كبير+} في عمان"


def test_embargo_reference_notes_and_signoffs_are_compared() -> None:
    """A moved embargo, a new release number, an edited note and a sign-off each show as a change."""
    old = Release(headline="h", boilerplate=[NoteBlock("About Northwind", ["It keeps lights."])])
    new = Release(
        headline="h",
        embargo=Embargo(dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)),
        reference="PR/2024/3",
        boilerplate=[NoteBlock("About Northwind", ["It keeps three lights."])],
        signoffs=[SignOff("approved", "Ada Quell", dt.datetime(2024, 2, 28, 17, 0, tzinfo=dt.UTC))],
    )
    changes = {c.field: c for c in compare(old, new)}
    assert set(changes) == {"embargo", "reference", "boilerplate[0]", "signoffs"}
    assert changes["reference"].kind == "added"
