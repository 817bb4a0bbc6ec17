"""NITF as archives lay it out: wrapped, indented paragraphs with tags inside the wrapped text.

The reader collapses a foreign file's indentation stretch by stretch between the tags and
learns how the file wraps its lines; these stories are written so that every shortcut it
takes meets a paragraph where the shortcut does not hold.
"""

from __future__ import annotations

import gc

import pytest

from app.formats import nitf
from app.formats.errors import FormatError
from app.model import Release

STORY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">
<nitf version="-//IPTC//DTD NITF 3.2//EN">
  <head><title>Quay works</title></head>
  <body>
    <body.head><hedline><hl1>Quay  works   <org> Harbour Board </org></hl1></hedline></body.head>
    <body.content>
      <p>The quay closes on Monday for repairs, the harbour office
         said, and the ferries will land at the old pier
         until the end of March.</p>
      <p>On Monday <person>Ada
         Lind</person> of the <org>Harbour Board</org>
         said in <location> Bergen </location>that the works
         run to plan.</p>
      <p id="p1">Tabs\tand  double  spaces
\t and a line indented another way are collapsed too.</p>
      <p id="p1">A second paragraph with the same id gets a new one.</p>
      <p>Café Ålesund
         serves the crews&#160;as before.</p>
      <p> <person>  </person> </p>
      <p id="e2">Kari<person>Nordmann</person>s boat<br/>and <event>the regatta</event>.</p>
      <p>   </p>
    </body.content>
  </body>
</nitf>
"""


def _read() -> tuple[Release, list[str]]:
    return nitf.read_with_warnings(STORY.encode(), "quay.xml")


def test_wrapped_paragraphs_read_as_one_line_each() -> None:
    """Every paragraph reads as its words with one space between them, whatever the wrapping and indentation."""
    release, warnings = _read()
    assert [p.text for p in release.body] == [
        "The quay closes on Monday for repairs, the harbour office said, and the ferries will land at the old "
        "pier until the end of March.",
        "On Monday Ada Lind of the Harbour Board said in Bergen that the works run to plan.",
        "Tabs and double spaces and a line indented another way are collapsed too.",
        "A second paragraph with the same id gets a new one.",
        "Café Ålesund serves the crews as before.",
        "KariNordmanns boat and the regatta.",
    ]
    assert release.headline == "Quay works Harbour Board"
    assert "quay.xml: 2 empty paragraph(s) were left out" in warnings


def test_tags_cover_exactly_the_names_after_collapsing() -> None:
    """A tag marks the name itself: not the line break inside it, not the spaces around it."""
    release, _ = _read()
    tagged = {(e.kind, p.entity_text(e)) for p in release.body for e in p.entities}
    assert tagged == {("person", "Ada Lind"), ("organisation", "Harbour Board"), ("place", "Bergen"),
                      ("person", "Nordmann"), ("event", "the regatta")}
    assert [release.headline[e.start:e.end] for e in release.headline_entities] == ["Harbour Board"]


def test_a_story_read_is_one_the_desk_can_save() -> None:
    """Ids stay unique and valid (a repeated or clashing id is replaced), and the release passes every check."""
    release, _ = _read()
    ids = [p.id for p in release.body] + [e.id for p in release.body for e in p.entities]
    assert len(ids) == len(set(ids))
    assert release.body[2].id == "p1"
    assert release.body[3].id != "p1"
    release.check()  # raises on a broken invariant: ids, kinds, spans inside the text and not crossing


def test_reading_leaves_the_garbage_collector_as_it_found_it() -> None:
    """Reading pauses Python's collector; the GUI keeps automatic collection off (a worker thread must
    never collect Qt objects), so a read in a worker must not switch it back on, nor leave it off elsewhere."""
    was_enabled = gc.isenabled()
    try:
        gc.disable()
        _read()
        assert not gc.isenabled()
        gc.enable()
        _read()
        assert gc.isenabled()
        with pytest.raises(FormatError, match="nothing to read"):  # refused while reading, not while parsing
            nitf.read_with_warnings(b"<nitf><body><body.content><p> </p></body.content></body></nitf>", "empty.xml")
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
