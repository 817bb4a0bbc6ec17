"""What a briefing note says, decided apart from how Word lays it out.

Which paragraph is the summary, which are key points or background, which
people and organisations are listed: these choices are plain Python so they
can be tested without opening a DOCX.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.model import Contact, Paragraph, Release

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# Names of the languages the desk sees most; any other tag is shown as it is.
_LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian",
              "de": "German", "pt": "Portuguese", "he": "Hebrew", "it": "Italian", "ja": "Japanese", "nb": "Norwegian"}
_KIND_LABELS = {"person": "Person", "organisation": "Organisation"}
NOT_GIVEN = "—"
#: Written to docProps/core.xml cp:category so the DOCX reader knows its own notes.
BRIEFING_CATEGORY = "Release Desk briefing note"
# Section titles; the DOCX reader finds the release's paragraphs under these.
PURPOSE, SUMMARY, KEY_POINTS, BACKGROUND = "Purpose", "Summary", "Key points", "Background"
PEOPLE, CONTACTS, PHOTO_CREDITS = "People and organisations mentioned", "Contacts", "Photo credits"
FACT_DATE, FACT_PLACE = "Date", "Place"
FACT_EMBARGO, FACT_REFERENCE = "Embargo", "Reference"
EMBARGO_CUE = "EMBARGOED UNTIL"


def format_date(date: dt.date | None) -> str:
    """``24 April 2019``: unambiguous for every reader, and not the machine's locale."""
    return NOT_GIVEN if date is None else f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def language_name(tag: str) -> str:
    name = _LANGUAGES.get(tag.split("-", maxsplit=1)[0].lower())
    return f"{name} ({tag})" if name else tag


def contact_text(c: Contact) -> str:
    """A contact as the lines of a business card."""
    lines = [c.name, ", ".join(x for x in (c.title, c.organisation) if x), c.email, c.phone]
    return "\n".join(x for x in lines if x)


@dataclass
class BriefingContent:
    purpose: str
    organisation: str
    facts: list[list[str]]
    summary_paragraph: Paragraph | None  # the lead paragraph, when it is the summary
    summary_text: str  # what the summary says (the abstract, or the lead's text)
    key_points: list[Paragraph]
    background: list[Paragraph]
    people: list[list[str]]  # name as written, normalised name, kind
    contacts: list[str]
    embargo_notice: str | None = None  # the page header while the release is under embargo

    @classmethod
    def of(cls, release: Release, purpose: str, organisation: str | None,
           now: dt.datetime | None = None) -> BriefingContent:
        """What the note says; ``now`` (the clock by default) decides whether the embargo is still on."""
        org = organisation or next((c.organisation for c in release.contacts if c.organisation), None) or NOT_GIVEN
        lead = None if release.abstract else (release.body[0] if release.body else None)
        rest = [p for p in release.body if p is not lead]
        facts = [
            [FACT_DATE, format_date(release.dateline.date)],
            [FACT_PLACE, release.dateline.place or NOT_GIVEN],
            ["Organisation", org],
            ["Language", language_name(release.language)],
            ["Status", release.status.capitalize()],
        ]
        notice = None
        if release.reference:
            facts.insert(2, [FACT_REFERENCE, release.reference])
        if release.embargo is not None:
            from app.formats.textparse.embargo import embargo_time  # only with an embargo: not at start

            lifts = embargo_time(release.embargo, "en")
            facts.insert(2, [FACT_EMBARGO, lifts if release.embargo.when.tzinfo else f"{lifts} (no time zone given)"])
            if _under_embargo(release.embargo.when, now):
                notice = f"{EMBARGO_CUE} {lifts}"
        return cls(
            purpose=purpose,
            organisation=org,
            facts=facts,
            summary_paragraph=lead,
            summary_text=release.abstract or (lead.text if lead else NOT_GIVEN),
            key_points=[p for p in rest if p.key],
            background=[p for p in rest if not p.key],
            # the headline first: it is where a reader meets the names first
            people=_people([Paragraph("headline", release.headline, release.headline_entities), *release.body]),
            contacts=[contact_text(c) for c in release.contacts if not c.is_empty()],
            embargo_notice=notice,
        )


def _under_embargo(when: dt.datetime, now: dt.datetime | None) -> bool:
    """Whether the embargo has yet to lift; a time without a zone is taken on this machine's clock."""
    if when.tzinfo is None:
        return when > (now.replace(tzinfo=None) if now is not None else dt.datetime.now())
    return when > (now if now is not None and now.tzinfo is not None else dt.datetime.now(dt.UTC))


def _people(paragraphs: list[Paragraph]) -> list[list[str]]:
    """People first, then organisations, each once, in the order the text names them."""
    seen: set[tuple[str, str]] = set()
    rows: dict[str, list[list[str]]] = {"person": [], "organisation": []}
    for p in paragraphs:
        for e in p.entities:
            if e.kind not in rows:
                continue
            written = p.entity_text(e)
            key = (e.kind, (e.name or written).casefold())
            if key in seen:
                continue
            seen.add(key)
            rows[e.kind].append([written, e.name or written, _KIND_LABELS[e.kind]])
    return rows["person"] + rows["organisation"]
