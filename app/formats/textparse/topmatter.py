"""The lines above a release's body that say when it may run and what number it has.

The labeller calls an embargo line or a release number a kicker, a date, or now and
then the first line of the body. This pass reads the lines before the body (and the
first two body lines, where an embargo line sometimes lands) for an embargo
(:mod:`embargo`) and a release number (:mod:`reference`). The lines it uses go into
those fields: they are neither body text nor left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.formats.textparse.embargo import parse_embargo
from app.formats.textparse.labeller import Labelled
from app.formats.textparse.reference import parse_reference
from app.model import Embargo

_BODY_LINES_AT_TOP = 2  # body lines read for an embargo before the body is taken to have begun


@dataclass
class TopMatter:
    embargo: Embargo | None = None
    reference: str | None = None
    fields: dict[int, str] = field(default_factory=dict)  # the rows that gave them, each with its field


def _top_rows(rows: list[Labelled]) -> list[int]:
    """The rows before the body, then the body's first lines; rows the editor labelled stay theirs."""
    out: list[int] = []
    body_seen = 0
    for i, r in enumerate(rows):
        if r.label == "body":
            body_seen += 1
            if body_seen > _BODY_LINES_AT_TOP:
                break
        if r.forced and r.label != "other":
            continue
        out.append(i)
    return out


def scan(rows: list[Labelled], language: str | None, default_date: dt.date | None) -> TopMatter:
    """The first embargo and the first release number among the top rows; which rows they took."""
    found = TopMatter()
    body_seen = False
    for i in _top_rows(rows):
        text = rows[i].line.text
        body_seen = body_seen or rows[i].label == "body"
        if found.embargo is None:
            embargo = parse_embargo(text, language, default_date)
            if embargo is not None:
                found.embargo = embargo
                found.fields[i] = "embargo"
                continue
        # a release number is printed above the headline, never inside the body
        if found.reference is None and not body_seen:
            reference = parse_reference(text)
            if reference is not None:
                found.reference = reference
                found.fields[i] = "reference"
    return found

