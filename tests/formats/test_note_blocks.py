"""Notes to editors and "About ..." read as blocks: a heading and the paragraphs under it."""

from __future__ import annotations

from app.formats import text
from app.formats.textparse.notes import group_blocks
from app.model import NoteBlock, Release, flat_boilerplate


def test_each_heading_opens_a_block_and_end_marks_are_dropped() -> None:
    """ "Notes to editors" and "About X" each open a block; "###" is not a note."""
    blocks = group_blocks([
        "###",
        "Notes to editors",
        "1. The trust was founded in 1961.",
        "2. Photographs are available on request.",
        "About Northwind Trust",
        "The trust looks after lighthouses on the north coast.",
        "www.northwind.example",
    ])
    assert blocks == [
        NoteBlock("Notes to editors", ["1. The trust was founded in 1961.",
                                       "2. Photographs are available on request."]),
        NoteBlock("About Northwind Trust", ["The trust looks after lighthouses on the north coast.",
                                            "www.northwind.example"]),
    ]


def test_a_run_in_about_paragraph_and_notes_without_heading_are_kept() -> None:
    """A paragraph that starts "About X:" and goes on is a block of its own; text before any heading is kept."""
    blocks = group_blocks([
        "The figures are provisional and will be revised in June.",
        "About Kestrel Water: Kestrel Water supplies 40,000 homes in the valley.",
    ])
    assert blocks == [
        NoteBlock("", ["The figures are provisional and will be revised in June."]),
        NoteBlock("", ["About Kestrel Water: Kestrel Water supplies 40,000 homes in the valley."]),
    ]


def test_french_and_spanish_headings_open_blocks() -> None:
    """ "À propos de ..." and "Acerca de ..." are headings as "About ..." is."""
    blocks = group_blocks(["À propos de l'Atelier", "L'Atelier a été fondé en 1998.",
                           "Acerca de Sierra Alta", "Reúne a 640 agricultores."])
    assert [b.heading for b in blocks] == ["À propos de l'Atelier", "Acerca de Sierra Alta"]


def test_portuguese_and_japanese_about_headings_open_blocks() -> None:
    """ "Sobre a / o ..." (Portuguese puts an article before the name) and Japanese "...について" (the word for
    "about" comes after the name) are headings as "About ..." is; a sentence that starts with "Sobre" is not."""
    blocks = group_blocks(["Sobre a Cooperativa Serra Verde", "A cooperativa reúne 310 produtores de café.",
                           "Sobre o Instituto Maré", "O instituto estuda o litoral desde 1987.",
                           "株式会社みなと書房について", "みなと書房は1952年に創業した出版社です。"])
    assert [b.heading for b in blocks] == ["Sobre a Cooperativa Serra Verde", "Sobre o Instituto Maré",
                                           "株式会社みなと書房について"]
    assert [b.heading for b in group_blocks(["Sobre esto hablaremos en la asamblea de mayo."])] == [""]


def test_flat_boilerplate_prints_headings_as_paragraphs() -> None:
    """Exports that print paragraphs get each heading, then its paragraphs; an empty heading prints nothing."""
    release = Release(boilerplate=[NoteBlock("About Northwind Trust", ["It keeps lights."]),
                                   NoteBlock("", ["Figures are provisional."])])
    assert flat_boilerplate(release) == ["About Northwind Trust", "It keeps lights.", "Figures are provisional."]


def test_notes_in_blocks_survive_the_text_export() -> None:
    """Blocks written as plain text read back as the same blocks."""
    release = text.read(
        "Harbour lights return\n\nPORT ELLERY, 24 April 2019 – The lamps were switched on today.\n\n"
        "Work took a year.\n\n###\n\nNotes to editors\n\n1. The lamps date from 1890.\n\n"
        "About Northwind Trust\n\nThe trust looks after lighthouses.\n".encode()
    )
    assert release.boilerplate == [NoteBlock("Notes to editors", ["1. The lamps date from 1890."]),
                                   NoteBlock("About Northwind Trust", ["The trust looks after lighthouses."])]
    assert text.read(text.write(release)).boilerplate == release.boilerplate
