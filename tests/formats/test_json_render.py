"""The JSON view of a release: every field, plain JSON types, readable Unicode."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.formats import json_render, text
from app.model import Comment, Contact, Dateline, Entity, NoteBlock, Paragraph, Release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"


def _release() -> Release:
    para = Paragraph(id="p1", text="UNIDO met in Vienna.", key=True)
    para.add_entity(Entity(id="e1", kind="organisation", start=0, end=5, name="UNIDO", ref="org:unido"))
    return Release(
        id="rel-1",
        language="fr",
        headline="Réunion à Genève",
        dateline=Dateline(place="GENÈVE", date=dt.date(2019, 4, 24), text="GENÈVE, 24 avril 2019 –"),
        body=[para],
        boilerplate=[NoteBlock("À propos", ["L'ONUDI aide l'industrie."])],
        photo_credits="ONUDI",
        contacts=[Contact(name="Jean Roux", email="j.roux@example.org")],
        keywords=["industrie"],
        comments=[Comment(id="c1", paragraph="p1", author="ed", created=dt.datetime(2024, 1, 2, 3, 4), text="ok")],
        confidence={"headline": 0.9},
    )


def test_all_keys_are_present() -> None:
    """The JSON carries every field the scorer and a reader look for."""
    data = json.loads(json_render.write(_release()))
    assert set(data) >= {
        "id", "language", "status", "headline", "subheadline", "dateline", "abstract", "body", "boilerplate",
        "photo_credits", "contacts", "keywords", "subjects", "comments", "confidence", "headline_tags",
    }  # fmt: skip
    assert data["dateline"] == {"place": "GENÈVE", "date": "2019-04-24", "text": "GENÈVE, 24 avril 2019 –"}
    assert data["contacts"] == [
        {"name": "Jean Roux", "title": None, "organisation": None, "email": "j.roux@example.org", "phone": None}
    ]
    assert data["confidence"] == {"headline": 0.9}
    assert data["comments"][0]["created"] == "2024-01-02T03:04:00"


def test_paragraphs_carry_their_tags_with_the_tagged_text() -> None:
    """Each paragraph lists its text, key flag and tags, each tag with the words it covers."""
    body = json.loads(json_render.write(_release()))["body"]
    assert body[0]["text"] == "UNIDO met in Vienna."
    assert body[0]["key"] is True
    assert body[0]["tags"] == [
        {"id": "e1", "kind": "organisation", "start": 0, "end": 5, "text": "UNIDO", "name": "UNIDO", "ref": "org:unido"}
    ]


def test_missing_date_is_null() -> None:
    """A release without a dateline date has null there, not a string."""
    data = json.loads(json_render.write(Release(headline="x")))
    assert data["dateline"]["date"] is None
    assert data["subheadline"] is None


def test_unicode_is_written_as_is_and_indented() -> None:
    """Accents and non-Latin scripts are written as UTF-8 characters, not \\u escapes, two-space indented."""
    raw = json_render.write(_release())
    assert "Réunion à Genève".encode() in raw
    assert b"\\u00e9" not in raw
    assert b'\n  "id": "rel-1"' in raw


def test_imported_release_renders_for_the_scorer() -> None:
    """An imported Chinese release renders to JSON the scorer can read."""
    release = text.read((FIXTURES / "zh_chengdu.txt").read_bytes())
    data = json.loads(json_render.write(release).decode("utf-8"))
    assert data["language"] == "zh-Hans"
    assert data["dateline"]["date"] == "2019-04-24"
    assert data["body"][0]["text"].startswith("青禾基金会")


def test_headline_tags_are_listed_with_their_words() -> None:
    """Tags in the headline are listed under headline_tags, each with the words it covers."""
    release = _release()
    release.headline_entities = [Entity(id="h1", kind="place", start=10, end=16, name="Genève", ref="geo:gva")]
    data = json.loads(json_render.write(release))
    assert data["headline_tags"] == [
        {"id": "h1", "kind": "place", "start": 10, "end": 16, "text": "Genève", "name": "Genève", "ref": "geo:gva"}
    ]
    assert json.loads(json_render.write(_release()))["headline_tags"] == []
