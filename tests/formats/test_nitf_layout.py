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


# Wrapped the way archives wrap (one indentation throughout), with tags after several wraps, a tag
# holding a wrap, tags inside tags, comments and tails that carry the wrap.
WRAPPED = """<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <body>
    <body.head><hedline><hl1>Ferry  timetable</hl1></hedline></body.head>
    <body.content>
      <p>The winter timetable starts on Monday, the harbour office said,
         and the first boat leaves at seven. On the quay
         <person>Ada Lind</person> of the <org>Harbour
         Board</org> said the boats
         run every hour, and <location>Bergen</location>
         gets a second berth.</p>
      <p><person>Kari <em>Nordmann</em></person> sails the
         <event>night crossing</event><!-- checked -->
         as before.</p>
      <p>Tickets are sold <em>on board</em> and at the
         kiosk, says <org>Fjord Lines</org>.</p>
      <p>Billetter selges på <org>Fjord&#8195;Line</org>s
         kontor i <location>Ålesund</location>.</p>
      <p>Ferja går fra <location>Bærum</location> kl. 7,
         og fra&#160;<location>Moss</location>
         kl. 9.</p>
    </body.content>
  </body>
</nitf>
"""


def test_tags_after_wrapped_lines_mark_their_names() -> None:
    """In a wrapped archive paragraph a tag marks its name however many wraps come before it,
    a tag holding a wrap marks the name with one space, and a tag with markup inside marks all of it;
    in Norwegian text too, where a no-break or em space counts as white space like any other."""
    release, warnings = nitf.read_with_warnings(WRAPPED.encode(), "ferry.xml")
    assert [p.text for p in release.body] == [
        "The winter timetable starts on Monday, the harbour office said, and the first boat leaves at seven. "
        "On the quay Ada Lind of the Harbour Board said the boats run every hour, and Bergen gets a second berth.",
        "Kari Nordmann sails the night crossing as before.",
        "Tickets are sold on board and at the kiosk, says Fjord Lines.",
        "Billetter selges på Fjord Lines kontor i Ålesund.",
        "Ferja går fra Bærum kl. 7, og fra Moss kl. 9.",
    ]
    tagged = [[(e.kind, p.entity_text(e)) for e in p.entities] for p in release.body]
    assert tagged == [
        [("person", "Ada Lind"), ("organisation", "Harbour Board"), ("place", "Bergen")],
        [("person", "Kari Nordmann"), ("event", "night crossing")],
        [("organisation", "Fjord Lines")],
        [("organisation", "Fjord Line"), ("place", "Ålesund")],
        [("place", "Bærum"), ("place", "Moss")],
    ]
    assert release.headline == "Ferry timetable"
    assert any(w.startswith("ferry.xml: enriched text was imported as plain text (<em> ×") for w in warnings)


def test_ids_the_file_gives_further_down_are_kept() -> None:
    """A paragraph or tag without an id never takes one that the file gives a later paragraph or tag:
    the later one keeps its own, and every id stays unique."""
    story = b"""<nitf><body><body.head><hedline><hl1>Quay <org>Harbour Board</org></hl1></hedline></body.head>
    <body.content>
      <p>The quay closes on Monday.</p>
      <p>On Monday <person>Ada Lind</person> said so.</p>
      <p id="p2">The board meets <org id="e3">Fjord Lines</org> on Friday.</p>
      <p id="e5">The ferries land at the old pier.</p>
    </body.content></body></nitf>"""
    release, _ = nitf.read_with_warnings(story, "quay.xml")
    assert [p.id for p in release.body][2:] == ["p2", "e5"]
    assert release.body[2].entities[0].id == "e3"
    ids = ([p.id for p in release.body] + [e.id for p in release.body for e in p.entities]
           + [e.id for e in release.headline_entities] + [release.id])
    assert len(ids) == len(set(ids))
    release.check()
