"""Hypothesis strategies for valid Releases, shared by every format's round-trip tests.

Everything generated satisfies the model's invariants (``Release.check()`` passes):
spans (in paragraphs and in the headline) lie inside their text and nest without
crossing, comment anchors lie inside
their paragraph, ids are unique. It also satisfies release.xsd and the
editorial rule that the headline is not empty (e-mail addresses look like
addresses), so a written file validates.
Text is any Unicode XML can carry, with Arabic, Hebrew, Chinese, emoji, tabs,
newlines and carriage returns drawn often.
"""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from app.model import (
    ENTITY_KINDS,
    PARAGRAPH_KINDS,
    STATUSES,
    Comment,
    Contact,
    Dateline,
    Embargo,
    Entity,
    NoteBlock,
    Paragraph,
    Release,
    SignOff,
)
from app.model.release import CONFIDENCE_FIELDS, Reply

# Characters XML 1.0 cannot carry (app.model.text decides the same).
_XML_ILLEGAL = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF))
_INTERESTING = list(
    "\t\n\r  -–—'\"&<>]]>"  # whitespace that must survive, markup characters
    "مرحبا بالعالم"  # Arabic
    "שלום עולם"  # Hebrew
    "深圳联合国工业发展组织"  # Chinese
    "Привет"  # Russian
    "éèçÅøß"
    "😀🎉👩🏽‍💻🇨🇭"  # emoji, astral plane, ZWJ sequences, flags
    "\u200f\u200e\u00ad\ufeff"  # RLM, LRM, soft hyphen, BOM as text
)

xml_chars = st.one_of(
    st.characters(exclude_categories=("Cs",), exclude_characters=_XML_ILLEGAL),
    st.sampled_from(_INTERESTING),
)


def texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text XML can carry."""
    return st.text(xml_chars, min_size=min_size, max_size=max_size)


optional_texts = st.none() | texts()

_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
datetimes = st.datetimes(timezones=st.none() | st.just(dt.UTC) | _OFFSETS)
dates = st.dates()

note_blocks = st.builds(NoteBlock, texts(), st.lists(texts(), min_size=1, max_size=2))
_ZONES = ("Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Sydney")


@st.composite
def embargoes(draw: st.DrawFn) -> Embargo:
    """An embargo in a named zone (kept by name), at a bare offset, or with no zone at all."""
    text = draw(optional_texts)
    if draw(st.booleans()):
        zone = draw(st.sampled_from(_ZONES))
        # from 1970: before standard time, zones ran on local mean time with offsets in seconds
        when = draw(st.datetimes(dt.datetime(1970, 1, 1), dt.datetime(2100, 1, 1), timezones=st.just(ZoneInfo(zone)),
                                 allow_imaginary=False))
        return Embargo(when, zone, text)
    return Embargo(draw(datetimes), None, text)


languages = st.from_regex(r"\A[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,2}\Z")
_email_part = st.text(
    st.characters(exclude_categories=("Cs", "Zs", "Cc", "Zl", "Zp"), exclude_characters="@" + _XML_ILLEGAL),
    min_size=1,
    max_size=8,
)
# parts without "@", space, tab, CR or LF (all Zs/Cc): what the schema's e-mail pattern wants
emails = st.builds(lambda a, b, c: f"{a}@{b}.{c}", _email_part, _email_part, _email_part)
_ID_PREFIXES = ["p", "e", "c", "r", "x.y-", "_", "Para_", "ent-"]


class _Ids:
    """Hands out ids unique within one release, in the model's identifier shape."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.counter = itertools.count(1)

    def __call__(self) -> str:
        return f"{self.draw(st.sampled_from(_ID_PREFIXES))}{next(self.counter)}"


def _spans(draw: st.DrawFn, lo: int, hi: int, depth: int, budget: list[int]) -> list[tuple[int, int]]:
    """Non-crossing spans inside ``lo:hi`` in pre-order: siblings left to right, each followed by its children."""
    out: list[tuple[int, int]] = []
    pos = lo
    while pos < hi and budget[0] > 0 and draw(st.integers(0, 2)) > 0:
        start = draw(st.integers(pos, hi - 1))
        end = draw(st.integers(start + 1, hi))
        budget[0] -= 1
        out.append((start, end))
        if depth < 4:
            out.extend(_spans(draw, start, end, depth + 1, budget))  # nested, possibly the very same span
        pos = end  # the next sibling may start where this one ends (adjacent tags)
    return out


def _entities(draw: st.DrawFn, ids: _Ids, text: str, budget: int) -> list[Entity]:
    """Tags on ``text`` (a paragraph's or the headline's), nested and adjacent."""
    return [
        Entity(
            id=ids(),
            kind=draw(st.sampled_from(ENTITY_KINDS)),
            start=start,
            end=end,
            name=draw(optional_texts),
            ref=draw(optional_texts),
        )
        for start, end in _spans(draw, 0, len(text), 0, [budget])
    ]


@st.composite
def paragraphs(draw: st.DrawFn, ids: _Ids | None = None) -> Paragraph:
    """A body paragraph with nested and adjacent entity spans."""
    ids = ids or _Ids(draw)
    text = draw(texts(max_size=60))
    entities = _entities(draw, ids, text, 8)
    para = Paragraph(id=ids(), text=text, entities=entities, key=draw(st.booleans()),
                     kind=draw(st.sampled_from(PARAGRAPH_KINDS)))
    para.check()
    return para


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    return Contact(
        name=draw(optional_texts),
        title=draw(optional_texts),
        organisation=draw(optional_texts),
        email=draw(st.none() | emails),
        phone=draw(optional_texts),
    )


@st.composite
def releases(draw: st.DrawFn) -> Release:
    """A valid Release: every part optional or empty somewhere, every invariant kept."""
    ids = _Ids(draw)
    body = [draw(paragraphs(ids)) for _ in range(draw(st.integers(0, 4)))]
    comments: list[Comment] = []
    if body:
        for _ in range(draw(st.integers(0, 3))):
            para = draw(st.sampled_from(body))
            start = end = None
            if draw(st.booleans()):
                start = draw(st.integers(0, len(para.text)))
                end = draw(st.integers(start, len(para.text)))
            replies = [
                Reply(id=ids(), author=draw(texts()), created=draw(datetimes), text=draw(texts()))
                for _ in range(draw(st.integers(0, 2)))
            ]
            comments.append(
                Comment(
                    id=ids(),
                    paragraph=para.id,
                    author=draw(texts()),
                    created=draw(datetimes),
                    text=draw(texts()),
                    start=start,
                    end=end,
                    resolved=draw(st.booleans()),
                    replies=replies,
                )
            )
    headline = draw(texts(min_size=1))
    release = Release(
        id=ids(),
        language=draw(languages),
        status=draw(st.sampled_from(STATUSES)),
        headline=headline,
        headline_entities=_entities(draw, ids, headline, 4),
        subheadline=draw(optional_texts),
        byline=draw(optional_texts),
        dateline=Dateline(place=draw(optional_texts), date=draw(st.none() | dates), text=draw(optional_texts)),
        abstract=draw(optional_texts),
        body=body,
        boilerplate=draw(st.lists(note_blocks, max_size=2)),
        photo_credits=draw(optional_texts),
        contacts=draw(st.lists(contacts(), max_size=3)),
        keywords=draw(st.lists(texts(max_size=12), max_size=3)),
        subjects=draw(st.lists(texts(max_size=12), max_size=3)),
        comments=comments,
        created=draw(st.none() | datetimes),
        modified=draw(st.none() | datetimes),
        confidence=draw(
            st.dictionaries(st.sampled_from(CONFIDENCE_FIELDS), st.floats(min_value=0.0, max_value=1.0), max_size=4)
        ),
        embargo=draw(st.none() | embargoes()),
        reference=draw(optional_texts),
        signoffs=draw(st.lists(st.builds(SignOff, st.sampled_from(STATUSES), texts(), datetimes), max_size=2)),
    )
    release.check()
    return release
