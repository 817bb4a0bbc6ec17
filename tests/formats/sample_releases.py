"""Releases written for the export tests (our own texts, not the shared corpus)."""

from __future__ import annotations

import datetime as dt

from app.model import Comment, Contact, Dateline, Entity, Paragraph, Release
from app.model.release import Reply

LEAD = (
    "The Danube Water Council opened its annual river forum today, asking the ten countries along the river "
    "to publish daily water-quality readings from every monitoring station."
)
KEY = (
    "Council chair Marta Kovač said that open readings let towns downstream prepare for pollution events "
    "hours earlier than they can today."
)
BACKGROUND = (
    "The forum brings together the Vienna Water Institute and forty municipal utilities, and runs "
    "until Friday with workshops on sensors, data sharing and flood warnings."
)
ARABIC = "وقالت رئيسة المجلس إن البيانات المفتوحة تساعد المدن على الاستعداد لأحداث التلوث."
CHINESE = "论坛还将讨论多瑙河沿岸城市之间的数据共享。"


def _tag(ident: str, kind: str, text: str, words: str, name: str | None = None) -> Entity:
    start = text.index(words)
    return Entity(ident, kind, start, start + len(words), name=name)


def briefing_release() -> Release:
    """A release with every part the briefing note shows: key points, tags, scripts, comments, contacts."""
    release = Release(
        id="dwc-2024-06",
        language="en",
        status="review",
        headline="River council asks for open water-quality data",
        subheadline="Daily readings from every station along the Danube",
        dateline=Dateline(place="VIENNA", date=dt.date(2024, 6, 3), text="VIENNA, 3 June 2024 -"),
        body=[
            Paragraph(id="p1", text=LEAD, entities=[_tag("e1", "organisation", LEAD, "Danube Water Council")]),
            Paragraph(
                id="p2", text=KEY, key=True, entities=[_tag("e2", "person", KEY, "Marta Kovač", name="Marta Kovac")]
            ),
            Paragraph(
                id="p3",
                text=BACKGROUND,
                entities=[
                    _tag("e3", "organisation", BACKGROUND, "Vienna Water Institute"),
                    _tag("e4", "place", BACKGROUND, "Vienna"),
                ],
            ),
            Paragraph(id="p4", text=ARABIC),
            Paragraph(id="p5", text=CHINESE),
        ],
        photo_credits="DWC/Jana Horak",
        contacts=[
            Contact(
                name="Lena Gruber",
                title="Press Officer",
                organisation="Danube Water Council",
                email="press@dwc.example.org",
                phone="+43 1 555 0100",
            )
        ],
        comments=[
            Comment(
                id="c1",
                paragraph="p2",
                author="Sam Editor",
                created=dt.datetime(2024, 6, 2, 9, 30),
                text="Confirm the spelling of the chair's name",
                start=KEY.index("Marta"),
                end=KEY.index("Marta") + len("Marta Kovač"),
                replies=[
                    Reply(
                        id="r1",
                        author="Lena Gruber",
                        created=dt.datetime(2024, 6, 2, 10, 0),
                        text="Confirmed with her office",
                    )
                ],
            ),
            Comment(
                id="c2",
                paragraph="p3",
                author="Sam Editor",
                created=dt.datetime(2024, 6, 2, 9, 45),
                text="Is the Friday date final?",
                resolved=True,
            ),
        ],
    )
    release.check()
    return release
