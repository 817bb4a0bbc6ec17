"""Plain-text releases: read the shape releases arrive in, write the same shape back.

``read`` finds the headline, deck, dateline, body, photo credit, contacts and
boilerplate in a text such as::

    <headline>

    CITY, 24 April 2019 - First paragraph ...

    Photo Credits: <who>

    For more information, please contact:
    <name> ...

and says, per field, how sure it is (``Release.confidence``). ``write`` prints a
Release in that shape so that reading it back gives the same fields. The rules
live in the small rooms of ``app.formats.textparse``.
"""

from __future__ import annotations

from app.formats.textparse.dateline import match_dateline
from app.formats.textparse.dates import format_date
from app.formats.textparse.decode import MAX_TEXT_BYTES, decode
from app.formats.textparse.pipeline import Imported, import_lines
from app.formats.textparse.segment import segment
from app.model import Contact, Release, clean_xml_text, flat_boilerplate

__all__ = ["MAX_TEXT_BYTES", "read", "read_with_warnings", "write"]

CONTACT_HEADING = "For more information, please contact:"
END_MARK = "###"


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """The release in ``data`` and what the reader had to change or guess, for the user to check."""
    imported = import_text(data, source)
    return imported.release, imported.warnings


def import_text(data: bytes, source: str = "<input>") -> Imported:
    """The release in ``data`` with the labelled lines it came from (for View > Import Source)."""
    text, warnings = decode(data, source)
    text, removed = clean_xml_text(text)
    if removed:
        warnings.append(f"removed {removed} control character(s) that XML cannot carry")
    return import_lines(segment(text), source, warnings)


def read(data: bytes, source: str = "<input>") -> Release:
    """The release in ``data``; raises FormatError (naming source and line) for input that is not a text release."""
    return read_with_warnings(data, source)[0]


def _dateline_prefix(release: Release, first_paragraph: str) -> str:
    """The dateline as printed when it was imported ("GENÈVE, 24 avril 2019 –"), else one built from
    place and date; the printed form is kept only if it still reads back as the same place and date."""
    dl = release.dateline
    if dl.text and dl.text.strip():
        printed = dl.text.strip() + " "
        found = match_dateline(printed + (first_paragraph or "Text follows here as printed."))
        if found is not None and (found.place, found.date) == (dl.place, dl.date):
            return printed
    parts = [p for p in (dl.place, format_date(dl.date, release.language) if dl.date else None) if p]
    return ", ".join(parts) + " – " if parts else ""


def _contact_lines(contact: Contact) -> list[str]:
    # "Name, Title, Organisation" on one line: the reader takes what follows a name on its line as
    # that person's title and organisation, where a line of its own could pass for another name
    who = ", ".join(v for v in (contact.name, contact.title, contact.organisation) if v)
    lines = [who] if who else []
    if contact.phone:
        lines.append(f"Tel: {contact.phone}")
    if contact.email:
        lines.append(f"Email: {contact.email}")
    return lines


def write(release: Release) -> bytes:
    """The release as UTF-8 plain text in the shape ``read`` understands."""
    blocks: list[str] = []
    # what the importer reads back from the lines above the headline: the embargo, then the release number
    if release.embargo is not None:
        # imported here: the embargo's cue words and zone names cost the window's start ~25 ms otherwise
        from app.formats.textparse.embargo import printed_line

        blocks.append(printed_line(release.embargo, release.language, release.dateline.date))
    if release.reference:
        from app.formats.textparse.reference import reference_line

        blocks.append(reference_line(release.reference))
    blocks.append(release.headline)
    if release.subheadline:
        blocks.append(release.subheadline)
    if release.byline:
        blocks.append(release.byline)
    # a list item keeps its bullet in text; a subhead is a short paragraph of its own, as printed
    paragraphs = [f"• {p.text}" if p.kind == "list-item" else p.text for p in release.body]
    prefix = _dateline_prefix(release, paragraphs[0] if paragraphs else "")
    if paragraphs:
        paragraphs[0] = prefix + paragraphs[0]
    elif prefix:
        paragraphs = [prefix.rstrip()]
    blocks.extend(paragraphs)
    if release.photo_credits:
        blocks.append(f"Photo Credits: {release.photo_credits}")
    if release.contacts:
        blocks.append(CONTACT_HEADING)
        blocks.extend("\n".join(_contact_lines(c)) for c in release.contacts if not c.is_empty())
    if release.boilerplate:
        tail = flat_boilerplate(release)
        if not tail[0].strip().startswith(("#", "-", "*")):
            tail.insert(0, END_MARK)
        blocks.extend(tail)
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
