"""The model keeps its promises: spans stay on their text, ids stay unique."""

from __future__ import annotations

import datetime as dt

import pytest

from app.model import STATUSES, Comment, Entity, ModelError, Paragraph, Release, SignOff


def _release() -> Release:
    para = Paragraph(
        id="p1",
        text="Director General LI Yong visited Shenzhen.",
        entities=[Entity(id="e1", kind="person", start=17, end=24), Entity(id="e2", kind="place", start=33, end=41)],
    )
    comment = Comment(
        id="c1",
        paragraph="p1",
        author="Ana",
        created=dt.datetime(2019, 4, 24, tzinfo=dt.UTC),
        text="Check",
        start=33,
        end=41,
    )
    return Release(headline="Visit", body=[para, Paragraph(id="p2", text="Second.")], comments=[comment])


def _tagged(release: Release, entity_id: str) -> str:
    for para in release.body:
        for e in para.entities:
            if e.id == entity_id:
                return para.entity_text(e)
    raise AssertionError(f"{entity_id} is gone")


def test_typing_before_a_tag_keeps_it_on_its_name() -> None:
    """Typing before a tagged name keeps the tag on that name."""
    r = _release()
    r.replace_text(0, 0, 0, "Today, ")
    assert _tagged(r, "e1") == "LI Yong"
    assert _tagged(r, "e2") == "Shenzhen"
    assert r.comments[0].start is not None
    assert r.body[0].text[r.comments[0].start : r.comments[0].end] == "Shenzhen"


def test_typing_inside_a_tag_grows_it_and_at_its_edges_does_not() -> None:
    """Typing inside a tag extends it; typing right after it stays outside."""
    r = _release()
    r.replace_text(0, 19, 19, "-")  # inside, right after "LI"
    assert _tagged(r, "e1") == "LI- Yong"
    end = r.body[0].entities[0].end
    r.replace_text(0, end, end, "!")
    assert _tagged(r, "e1") == "LI- Yong"


def test_deleting_a_tags_whole_text_removes_the_tag() -> None:
    """Deleting all the text of a tag removes the tag; deleting part keeps the rest."""
    r = _release()
    r.replace_text(0, 16, 24, "")  # " LI Yong" gone
    assert [e.id for e in r.body[0].entities] == ["e2"]
    r.replace_text(0, 25, 29, "")  # "Shen" of Shenzhen after the shift
    assert _tagged(r, "e2") == "zhen"


def test_split_and_merge_carry_tags_and_comments() -> None:
    """Splitting a paragraph moves later tags and comments to the new one; merging brings them back."""
    r = _release()
    new = r.split_paragraph(0, 24)
    assert r.body[1] is new
    assert _tagged(r, "e2") == "Shenzhen"
    assert r.comments[0].paragraph == new.id
    r.merge_paragraphs(0)
    assert r.body[0].text == "Director General LI Yong visited Shenzhen."
    assert _tagged(r, "e2") == "Shenzhen"
    assert r.comments[0].paragraph == "p1"
    r.check()


def test_new_paragraph_ids_never_collide() -> None:
    """A split paragraph gets an id nobody else has."""
    r = _release()
    ids = {r.split_paragraph(0, 5).id for _ in range(3)}
    assert len(ids) == 3
    r.check()


@pytest.mark.parametrize(
    ("entities", "message"),
    [
        ([Entity("e1", "person", 0, 50)], "outside"),
        ([Entity("e1", "person", 0, 10), Entity("e2", "place", 5, 15)], "cross"),
        ([Entity("e1", "person", 0, 5), Entity("e1", "place", 6, 9)], "used twice"),
        ([Entity("e1", "animal", 0, 5)], "unknown kind"),
    ],
)
def test_broken_invariants_are_refused_with_a_clear_message(entities: list[Entity], message: str) -> None:
    """A release whose tags leave their text, cross, share ids or have no known kind is refused."""
    r = Release(headline="x", body=[Paragraph(id="p1", text="A short paragraph.", entities=entities)])
    with pytest.raises(ModelError, match=message):
        r.check()


def test_nested_tags_are_allowed() -> None:
    """A place inside an organisation's name can be tagged too."""
    r = Release(
        headline="x",
        body=[
            Paragraph(
                id="p1",
                text="Bank of Shenzhen",
                entities=[Entity("e2", "place", 8, 16), Entity("e1", "organisation", 0, 16)],
            )
        ],
    )
    r.check()
    assert [e.id for e in r.body[0].entities] == ["e1", "e2"]


def test_adding_a_crossing_tag_leaves_the_paragraph_as_it_was() -> None:
    """A refused tag leaves the existing tags untouched."""
    para = Paragraph(id="p1", text="abcdefghij", entities=[Entity("e1", "person", 0, 5)])
    with pytest.raises(ModelError):
        para.add_entity(Entity("e2", "place", 3, 8))
    assert [e.id for e in para.entities] == ["e1"]


def test_a_comment_on_deleted_text_falls_back_to_its_paragraph() -> None:
    """Deleting the text a comment points at keeps the comment, on the paragraph."""
    r = _release()
    r.replace_text(0, 30, 42, "")
    assert r.comments[0].start is None
    assert r.comments[0].paragraph == "p1"


def test_the_workflow_ends_in_released_and_sign_offs_name_a_known_status() -> None:
    """Draft, review, approved, released in that order; a sign-off to an unknown status is refused."""
    assert STATUSES == ("draft", "review", "approved", "released")
    r = Release(headline="x", status="released",
                signoffs=[SignOff("approved", "Ada Quell", dt.datetime(2024, 5, 4, 17, 30, tzinfo=dt.UTC))])
    r.check()
    r.signoffs.append(SignOff("published", "Colm Ashe", dt.datetime(2024, 5, 5, tzinfo=dt.UTC)))
    with pytest.raises(ModelError, match="published"):
        r.check()


def test_a_release_gets_the_same_id_from_its_words_however_long_it_is() -> None:
    """The id a release's words give is the same whether hashed at once or a thousand lines at a time: an
    archive story of thousands of paragraphs keeps the id a text import of the same words gives."""
    from app.model import content_id, words_id

    for count in (0, 1, 1023, 1024, 1025, 3000):
        paragraphs = [f"Paragraph {n}: the ferry sails at {n % 24}:00, Bodø–Røst." for n in range(count)]
        paragraphs[count // 2 : count // 2 + 1] = [""] if count else []  # an empty line counts too
        assert words_id("Ferries", paragraphs) == content_id("\n".join(["Ferries", *paragraphs])), count
    assert words_id("Ferries", ["The ferry sails"]) != words_id("Ferries", ["The ferry sails."])
