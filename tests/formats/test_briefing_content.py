"""What the briefing note says, before it is laid out in Word."""

from __future__ import annotations

from app.formats.briefing_content import BriefingContent
from app.model import Entity, Paragraph, Release


def test_people_named_in_the_headline_are_listed_first() -> None:
    """The "People and organisations mentioned" table includes names tagged in the headline, each once."""
    release = Release(
        headline="Mayor Ada Lind opens the ferry line",
        headline_entities=[Entity(id="h1", kind="person", start=6, end=14)],
        body=[
            Paragraph(id="p1", text="The Harbour Board and Ada Lind cut the ribbon.", entities=[
                Entity(id="e1", kind="organisation", start=4, end=17),
                Entity(id="e2", kind="person", start=22, end=30),
            ]),
        ],
    )
    content = BriefingContent.of(release, "Inform", None)
    assert [row[0] for row in content.people] == ["Ada Lind", "Harbour Board"]
