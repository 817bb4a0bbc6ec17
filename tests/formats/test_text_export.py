"""Writing releases as plain text, and reading them back to the same fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.formats import text
from app.model import Contact, Dateline, NoteBlock, Paragraph, Release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"

# Plain words only: none opens a label, heading or end mark ("About", "Contact", "Photo", "Source", "By").
_CAPS = ["Harbour", "Council", "Valley", "River", "Northwind", "Library", "Bridge", "Garden", "School", "Market"]
_LOWER = ["opens", "new", "bridge", "plan", "children", "water", "green", "quiet", "year", "road", "park", "hall"]
_GLUE = ["the", "and", "of", "to", "with", "from", "near", "after", "over"]
_PLACES = ["VIENNA", "NEW YORK", "Addis Ababa", "Port-au-Prince, Haiti", "Washington, DC", "Denver, CO"]
_FIRST = ["Ada", "Jonas", "Marta", "Owen", "Priya", "Lena", "Tomás", "Hélène"]
_LAST = ["Brickell", "Quell", "Pryce", "Ammons", "Hartwig", "Ibarra", "Vautrin", "Okafor"]
_TITLES = ["Press Officer", "Communications Director", "Head of Media", "Chief Spokesperson"]
_ORGS = ["Harbour Council", "Valley Water Agency", "Northwind Media Group", "River Trust Foundation"]

_words = st.lists(st.sampled_from(_LOWER + _GLUE), min_size=5, max_size=12)
_sentence = st.builds(lambda first, rest: " ".join([first, *rest]) + ".", st.sampled_from(_CAPS), _words)
_paragraph = st.lists(_sentence, min_size=1, max_size=3).map(" ".join)
_title_line = st.builds(
    lambda first, rest: " ".join([first, *rest]),
    st.sampled_from(_CAPS),
    st.lists(st.sampled_from(_CAPS + _LOWER), min_size=2, max_size=7),
)
_phone = st.integers(min_value=100, max_value=999).map(lambda n: f"+44 20 7946 0{n}")


@st.composite
def _contact(draw: st.DrawFn) -> Contact:
    first, last = draw(st.sampled_from(_FIRST)), draw(st.sampled_from(_LAST))
    email = draw(st.none() | st.just(f"{last.casefold()}@example.org"))
    phone = draw(_phone) if email is None else draw(st.none() | _phone)
    return Contact(
        name=f"{first} {last}",
        title=draw(st.none() | st.sampled_from(_TITLES)),
        organisation=draw(st.none() | st.sampled_from(_ORGS)),
        email=email,
        phone=phone,
    )


@st.composite
def text_releases(draw: st.DrawFn) -> Release:
    """Releases the plain-text shape can carry (see test_read_of_write_gives_the_same_fields)."""
    headline = draw(_title_line.filter(lambda s: any(w.islower() for w in s.split()[1:])))
    # a title of capitalised nouns alone ("Harbour Valley Council") reads as an organisation's name, to a person
    # as to the importer; headlines and decks here are phrases with at least one lower-case word
    sub = draw(st.none() | _title_line.filter(lambda s: s.casefold() not in headline.casefold()
                                              and any(w.islower() for w in s.split()[1:])))
    if sub is not None and headline.casefold() in sub.casefold():
        sub = None
    body = draw(st.lists(_paragraph, min_size=1, max_size=6))
    body[0] = body[0] if len(body[0].split()) >= 8 else body[0] + " " + "The year of the new bridge and park."
    date = draw(st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)))
    return Release(
        headline=headline,
        subheadline=sub,
        dateline=Dateline(place=draw(st.none() | st.sampled_from(_PLACES)), date=date),
        body=[Paragraph(id=f"p{n}", text=t) for n, t in enumerate(body, start=1)],
        photo_credits=draw(st.none() | st.lists(st.sampled_from(_CAPS), min_size=1, max_size=3).map(" ".join)),
        contacts=draw(st.lists(_contact(), max_size=3)),
    )


def _fields(r: Release) -> tuple:
    return (
        r.headline,
        r.subheadline,
        r.dateline.place,
        r.dateline.date,
        [p.text for p in r.body],
        r.photo_credits,
        r.contacts,
    )


# derandomize: the same 150 releases every run, so a result depends on the code, not on the draw
@settings(max_examples=150, deadline=None, derandomize=True)
@given(text_releases())
def test_read_of_write_gives_the_same_fields(release: Release) -> None:
    """A release written as text reads back with the same headline, dateline, body, credit and contacts.

    The generator keeps to what plain text can carry without markup: a headline and an
    optional deck without end punctuation (and neither inside the other; each a phrase with a
    lower-case word, not a bare name such as "Harbour Valley Council"); a place from a
    list of real datelines and any date; paragraphs of whole sentences in plain words,
    none opening like a label, heading or end mark ("About", "Contact", "Photo", "###"),
    the first long enough to follow a dateline; a photo credit of a few words; contacts
    with a two-word name, a title that names a role ("Press Officer"), an organisation
    that says it is one ("... Council", "... Agency") and an e-mail or a phone. Entities,
    comments, keywords and boilerplate have no place in plain text and are left out.
    """
    again = text.read(text.write(release))
    assert _fields(again) == _fields(release)


def test_written_text_has_the_expected_shape() -> None:
    """The exported text reads like a release: headline, deck, dateline, paragraphs, credit, contacts, boilerplate."""
    release = Release(
        headline="Harbour lights return",
        subheadline="Three lamps shine again",
        dateline=Dateline(place="PORT ELLERY", date=dt.date(2019, 4, 24)),
        body=[
            Paragraph(id="p1", text="The lamps were switched on today."),
            Paragraph(id="p2", text="Work took a year."),
        ],
        photo_credits="Northwind Trust",
        contacts=[Contact(name="Ada Quell", title="Press Officer", email="ada@example.org", phone="+44 20 7946 0301")],
        boilerplate=[NoteBlock("About Northwind Trust", ["The trust looks after lighthouses."])],
    )
    assert text.write(release).decode() == (
        "Harbour lights return\n\n"
        "Three lamps shine again\n\n"
        "PORT ELLERY, 24 April 2019 – The lamps were switched on today.\n\n"
        "Work took a year.\n\n"
        "Photo Credits: Northwind Trust\n\n"
        "For more information, please contact:\n\n"
        "Ada Quell, Press Officer\nTel: +44 20 7946 0301\nEmail: ada@example.org\n\n"
        "###\n\n"
        "About Northwind Trust\n\n"
        "The trust looks after lighthouses.\n"
    )


def test_boilerplate_comes_back_after_the_end_mark() -> None:
    """Boilerplate written after "###" reads back as boilerplate, not body."""
    release = text.read((FIXTURES / "en_businesswire.txt").read_bytes())
    again = text.read(text.write(release))
    assert again.boilerplate == release.boilerplate
    assert [p.text for p in again.body] == [p.text for p in release.body]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_fixtures_survive_a_write_and_read(name: str) -> None:
    """Every sample release, read, written and read again, keeps its fields and language."""
    first = text.read((FIXTURES / name).read_bytes())
    again = text.read(text.write(first))
    assert _fields(again) == _fields(first)
    assert again.language == first.language


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "24 April 2019"),
        ("fr", "24 avril 2019"),
        ("es", "24 de abril de 2019"),
        ("ru", "24 апреля 2019 года"),
        ("ar", "24 أبريل 2019"),
        ("zh-Hans", "2019年4月24日"),
        ("nb", "24. april 2019"),
    ],
)
def test_dateline_date_is_written_in_the_release_language(language: str, printed: str) -> None:
    """The dateline date is printed the way a release in its language prints it, and reads back."""
    release = Release(
        language=language,
        headline="Title",
        dateline=Dateline(place="GENÈVE", date=dt.date(2019, 4, 24)),
        body=[Paragraph(id="p1", text="Un deux trois quatre cinq six sept huit neuf dix.")],
    )
    written = text.write(release).decode()
    assert f"GENÈVE, {printed} – " in written
    assert text.read(written.encode()).dateline.date == dt.date(2019, 4, 24)


def test_output_is_utf8_text_without_control_characters() -> None:
    """The export is UTF-8 and ends with a newline."""
    data = text.write(Release(headline="Ветер", body=[Paragraph(id="p1", text="Текст.")]))
    assert data.decode("utf-8").endswith("\n")


def test_the_dateline_keeps_its_printed_form_through_export() -> None:
    """A wire dateline ("SEATTLE--(BUSINESS WIRE)--Jun. 25, 2009--") is exported as it was printed."""
    from app.formats import text

    raw = (
        b"Harbour cranes go electric\n\n"
        b"SEATTLE--(BUSINESS WIRE)--Jun. 25, 2009--The port authority said on Thursday that all twelve of its "
        b"container cranes now run on shore power.\n\nA second paragraph follows here.\n"
    )
    first = text.read(raw)
    again = text.read(text.write(first))
    assert "SEATTLE--(BUSINESS WIRE)--Jun. 25, 2009--" in text.write(first).decode()
    assert again.dateline == first.dateline
    assert [p.text for p in again.body] == [p.text for p in first.body]


def test_an_edited_dateline_is_printed_from_place_and_date() -> None:
    """When the editor changed the place, the export prints the new place, not the old printed text."""
    import datetime as dt

    from app.formats import text
    from app.model import Dateline, Paragraph, Release

    release = Release(
        headline="Harbour cranes go electric",
        dateline=Dateline(place="TACOMA", date=dt.date(2009, 6, 25), text="SEATTLE, June 25, 2009 -"),
        body=[Paragraph("p1", "The port authority said on Thursday that its cranes run on shore power.")],
    )
    again = text.read(text.write(release))
    assert again.dateline.place == "TACOMA"
    assert again.dateline.date == dt.date(2009, 6, 25)


@pytest.mark.parametrize("language", ["de", "pl", "a", "x-klingon", "", "zz"])
def test_a_date_is_written_for_any_language_tag_even_one_being_typed(language: str) -> None:
    """The dateline field shows a date however the language tag reads while the editor types it."""
    from app.formats.textparse.dates import format_date

    printed = format_date(dt.date(2024, 3, 12), language)
    assert "2024" in printed
    assert "12" in printed
