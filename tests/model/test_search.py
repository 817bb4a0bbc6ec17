"""Find and replace over a whole release, without a window."""

from __future__ import annotations

import datetime as dt

import pytest

from app.model import Comment, Contact, Entity, Paragraph, Release
from app.model.search import Match, Query, SearchError, find_all, replace_all, replace_one


def orchard_release() -> Release:
    return Release(
        headline="Valley Orchards Cooperative plants 4,000 pear trees",
        headline_entities=[Entity("h1", "organisation", 0, 27)],
        subheadline="The orchards cooperative doubles its pear harvest",
        body=[
            Paragraph("p1", "Valley Orchards Cooperative said the pear trees arrive in May.",
                      [Entity("e1", "organisation", 0, 27)]),
            Paragraph("p2", "Pears, pearls and appear: only one of these is a pear."),
        ],
        photo_credits="Photo: Orchards Cooperative",
        contacts=[Contact("Ines Pear", None, "Valley Orchards", "ines@orchards.example.org", None)],
        keywords=["pear", "orchards"],
        comments=[Comment("c1", "p1", "Ed", dt.datetime(2024, 5, 1, tzinfo=dt.UTC), "Check the number",
                          start=37, end=47)],
    )


def test_matches_are_found_in_every_text_field_in_reading_order() -> None:
    """A search finds the word in the headline, subheadline, body, credits, contacts and keywords, in order."""
    paths = [m.path for m in find_all(orchard_release(), Query("orchards"))]
    assert paths == ["headline", "subheadline", "body[0]", "photo_credits", "contacts[0].organisation",
                     "contacts[0].email", "keywords[1]"]


def test_match_case_and_whole_words_narrow_the_search() -> None:
    """'pear' matches Pears and appear by default; whole words and match case keep only the word itself."""
    release = orchard_release()
    body = [m for m in find_all(release, Query("pear")) if m.path == "body[1]"]
    assert len(body) == 4  # Pears, pearls, appear, pear
    whole = [m for m in find_all(release, Query("pear", whole_words=True)) if m.path == "body[1]"]
    assert [(m.start, m.end) for m in whole] == [(49, 53)]
    cased = [m for m in find_all(release, Query("Pear", match_case=True)) if m.path == "body[1]"]
    assert [(m.start, m.end) for m in cased] == [(0, 4)]


def test_an_invalid_regular_expression_says_what_is_wrong() -> None:
    """A pattern such as 'pear(' is refused with a message naming the problem, not a traceback."""
    with pytest.raises(SearchError, match="invalid regular expression: missing \\), unterminated subpattern"):
        find_all(orchard_release(), Query("pear(", regex=True))


def test_regular_expression_groups_are_used_in_the_replacement() -> None:
    """With regular expressions on, '(\\d),(\\d{3})' -> '\\1\\2' turns 4,000 into 4000."""
    release = orchard_release()
    report = replace_all(release, Query(r"(\d),(\d{3})", regex=True), r"\1\2")
    assert report.replaced == 1
    assert release.headline == "Valley Orchards Cooperative plants 4000 pear trees"


def test_tags_follow_text_replaced_around_and_inside_them() -> None:
    """Replacing text before a tag moves the tag; replacing a word inside it keeps it on the longer name."""
    release = orchard_release()
    replace_all(release, Query("said", whole_words=True), "announced")
    replace_all(release, Query("Orchards Cooperative", match_case=True), "Orchard Growers Cooperative")
    p1 = release.body[0]
    assert p1.entity_text(p1.entities[0]) == "Valley Orchard Growers Cooperative"
    assert release.headline[release.headline_entities[0].start:release.headline_entities[0].end] == (
        "Valley Orchard Growers Cooperative")
    comment = release.comments[0]
    assert p1.text[comment.start:comment.end] == "pear trees"  # the comment anchor moved with its words


def test_replacing_a_whole_tagged_name_removes_the_tag_and_reports_it() -> None:
    """A replacement that swallows a whole tag removes the tag, and the report counts it."""
    release = orchard_release()
    report = replace_all(release, Query("Valley Orchards Cooperative"), "The growers")
    assert report.replaced == 2
    assert report.tags_removed == 2
    assert release.body[0].entities == []
    assert release.headline_entities == []
    release.check()


def test_replace_one_replaces_only_that_match() -> None:
    """Replace changes the one match it was given and leaves the others."""
    release = orchard_release()
    first = find_all(release, Query("pear", whole_words=True))[0]
    assert first == Match("headline", 41, 45)
    replace_one(release, Query("pear", whole_words=True), first, "apple")
    assert release.headline.endswith("4,000 apple trees")
    assert release.body[0].text.endswith("the pear trees arrive in May.")


def test_nothing_changes_when_the_replacement_is_invalid() -> None:
    """A replacement naming a group that does not exist is refused before anything changes."""
    release = orchard_release()
    with pytest.raises(SearchError):
        replace_all(release, Query("pear", regex=True), r"\3")
    assert release == orchard_release()
