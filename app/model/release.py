"""The Release: every field an editor sees in the form, and its invariants.

Plain dataclasses compare by value, so ``read(write(r)) == r`` is a meaningful
test. Edits that move text (replace, split, merge) go through methods here so
that entity spans and comment anchors follow their text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from app.model.errors import ModelError
from app.model.ids import ID_RULE, PLACEHOLDER_ID
from app.model.spans import shift_span, single_edit

ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "place", "event", "initiative", "topic")
#: What a body paragraph is: running text, a subhead inside the body, or an item of a list.
PARAGRAPH_KINDS: tuple[str, ...] = ("body", "subhead", "list-item")
#: The workflow, in order: draft -> review -> approved -> released.
STATUSES: tuple[str, ...] = ("draft", "review", "approved", "released")
CONFIDENCE_FIELDS: tuple[str, ...] = (
    "headline",
    "subheadline",
    "dateline",
    "body",
    "lead",  # where the body starts: its first paragraph
    "photo_credits",
    "contacts",
    "language",
)

_ID = ID_RULE
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


@dataclass(slots=True)
class Entity:
    """A tagged span of a paragraph: ``text[start:end]`` is a person, a place..."""

    id: str
    kind: str
    start: int
    end: int
    name: str | None = None  # normalised name ("LI Yong" -> "Li Yong")
    ref: str | None = None  # reference id in a vocabulary


@dataclass(slots=True)
class Paragraph:
    """One body paragraph with its entity spans (sorted by start, then longest first)."""

    id: str
    text: str = ""
    entities: list[Entity] = field(default_factory=list)
    key: bool = False  # flagged by the editor as a key point
    kind: str = "body"  # one of PARAGRAPH_KINDS

    def clone(self) -> Paragraph:
        """A copy whose tags can change without touching this one (cheaper than deepcopy)."""
        # positional construction: dataclasses.replace() inspects the fields on every call
        return Paragraph(
            self.id, self.text, [Entity(e.id, e.kind, e.start, e.end, e.name, e.ref) for e in self.entities], self.key,
            self.kind,
        )

    def entity_text(self, entity: Entity) -> str:
        return self.text[entity.start : entity.end]

    def check(self) -> None:
        """Raise ModelError unless the kind is known, every span lies inside the text and no two cross."""
        if self.kind not in PARAGRAPH_KINDS:
            raise ModelError(f"Paragraph {self.id}: kind {self.kind!r} is not one of {', '.join(PARAGRAPH_KINDS)}")
        self.entities = check_spans(f"Paragraph {self.id}", self.text, self.entities)

    def add_entity(self, entity: Entity) -> None:
        """Add a span, refusing one that would cross another or leave the text."""
        before = list(self.entities)
        self.entities.append(entity)
        try:
            self.check()
        except ModelError:
            self.entities = before
            raise

    def _replace(self, start: int, end: int, new: str) -> None:
        self.text, self.entities = replace_spanned(
            self.text, self.entities, start, end, new, owner=f"Paragraph {self.id}"
        )


def check_spans(owner: str, text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` sorted by start, longest first; ModelError (naming ``owner``) for an unknown kind,
    a span outside ``text`` or empty, or two spans that cross.

    One checker for every tagged text (a paragraph, the headline), so they keep the same rules.
    """
    spans = sorted(entities, key=lambda e: (e.start, -e.end))
    for e in spans:
        if e.kind not in ENTITY_KINDS:
            raise ModelError(
                f"{owner}: entity {e.id} has unknown kind {e.kind!r} (expected one of {', '.join(ENTITY_KINDS)})"
            )
        if not 0 <= e.start < e.end <= len(text):
            raise ModelError(
                f"{owner}: entity {e.id} spans {e.start}-{e.end}, outside the text's {len(text)} characters or empty"
            )
    for i, a in enumerate(spans):
        for b in spans[i + 1 :]:
            if b.start >= a.end:
                break
            if b.end > a.end:
                raise ModelError(
                    f"{owner}: entities {a.id} ({a.start}-{a.end}) and "
                    f"{b.id} ({b.start}-{b.end}) cross; spans may nest but not cross"
                )
    return spans


def replace_spanned(
    text: str, entities: list[Entity], start: int, end: int, new: str, *, owner: str
) -> tuple[str, list[Entity]]:
    """``text`` with ``start:end`` replaced by ``new``, and the spans that survive, moved (in place)."""
    if not 0 <= start <= end <= len(text):
        raise ModelError(f"{owner}: cannot replace {start}-{end} in a text of {len(text)} characters")
    kept: list[Entity] = []
    delta = len(new) - (end - start)
    for e in entities:
        # the two cases of shift_span that almost every keystroke meets, without a call per tag
        if end <= e.start:  # wholly after the edit (text typed at its start included): moves
            e.start += delta
            e.end += delta
        elif start >= e.end:  # wholly before the edit (text typed at its end included): stays
            pass
        else:
            span = shift_span(e.start, e.end, start, end, len(new))
            if span is None:
                continue
            e.start, e.end = span
        kept.append(e)
    return text[:start] + new + text[end:], kept


@dataclass
class Dateline:
    """Where and when the release was issued, and the dateline as printed."""

    place: str | None = None
    date: dt.date | None = None
    text: str | None = None  # as printed: "GENEVA, 24 April 2019 -"


@dataclass
class Embargo:
    """Not for publication before ``when``.

    ``when`` is aware when the release says which time zone it means, naive when
    it does not (the validator warns about that). ``zone`` is the IANA name
    ("Europe/Paris") when the zone is a named one, so the date-time keeps its
    summer and winter time; None for a bare offset ("UTC+2") or no zone at all.
    """

    when: dt.datetime
    zone: str | None = None  # IANA name such as "Europe/Paris"; None for an offset or unknown
    text: str | None = None  # as printed: "EMBARGOED UNTIL 00:01 CET, 5 May 2021"


@dataclass
class SignOff:
    """Who moved the release to ``status``, and when."""

    status: str
    who: str
    when: dt.datetime


@dataclass
class NoteBlock:
    """One block of the notes to editors / "About ..." boilerplate: a heading line and its paragraphs."""

    heading: str = ""  # "About Northwind Trust", "Notes to editors"; empty when the block has none
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Contact:
    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.title, self.organisation, self.email, self.phone))


@dataclass
class Reply:
    id: str
    author: str
    created: dt.datetime
    text: str


@dataclass
class Comment:
    """A note anchored to a paragraph, or to ``start``-``end`` inside it."""

    id: str
    paragraph: str  # id of the anchoring paragraph
    author: str
    created: dt.datetime
    text: str
    start: int | None = None
    end: int | None = None
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)

    def clone(self) -> Comment:
        """A copy whose anchor and replies can change without touching this one."""
        return replace(self, replies=[replace(r) for r in self.replies])


@dataclass
class Release:
    """A press release as the form shows it."""

    id: str = PLACEHOLDER_ID  # until the release has its own (app.model.ids)
    language: str = "en"
    status: str = "draft"
    headline: str = ""
    subheadline: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    abstract: str | None = None
    body: list[Paragraph] = field(default_factory=list)
    boilerplate: list[NoteBlock] = field(default_factory=list)  # "About ..." / notes to editors, as blocks
    photo_credits: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    # How sure the importer was of each field, 0..1; a field the editor has
    # touched is dropped from here.
    confidence: dict[str, float] = field(default_factory=dict)
    # tags in the headline, kept like a paragraph's (last, so positional construction stays as it was)
    headline_entities: list[Entity] = field(default_factory=list)
    byline: str | None = None  # "By Kari Nordmann, Harbour Correspondent": who wrote it, as printed
    # new fields go last: other code builds a Release positionally
    embargo: Embargo | None = None  # not for publication before; None means "for immediate release"
    reference: str | None = None  # the release number as printed: "PR/2021/45", "123/2021" (without "No.")
    signoffs: list[SignOff] = field(default_factory=list)  # who moved it to which status, oldest first
    # the briefing note's purpose line, when the organisation has its own (a template carries it)
    briefing_purpose: str | None = None

    # -- invariants -------------------------------------------------------

    def check(self) -> None:
        """Raise ModelError naming the first broken invariant."""
        if not _ID.match(self.id):
            raise ModelError(f"Release id {self.id!r} is not a valid identifier")
        if not _LANG.match(self.language):
            raise ModelError(f"Language {self.language!r} is not a BCP 47 tag such as 'en' or 'zh-Hans'")
        if self.status not in STATUSES:
            raise ModelError(f"Status {self.status!r} is not one of {', '.join(STATUSES)}")
        seen: set[str] = {self.id}

        def claim(ident: str, what: str) -> None:
            if not _ID.match(ident):
                raise ModelError(f"{what} id {ident!r} is not a valid identifier")
            if ident in seen:
                raise ModelError(f"{what} id {ident!r} is used twice; ids must be unique")
            seen.add(ident)

        self.headline_entities = check_spans("Headline", self.headline, self.headline_entities)
        for e in self.headline_entities:
            claim(e.id, "Entity")
        by_id: dict[str, Paragraph] = {}
        for p in self.body:
            claim(p.id, "Paragraph")
            by_id[p.id] = p
            p.check()
            for e in p.entities:
                claim(e.id, "Entity")
        for c in self.comments:
            claim(c.id, "Comment")
            for r in c.replies:
                claim(r.id, "Reply")
        self.check_comment_anchors(by_id)
        if self.embargo is not None and self.embargo.zone is not None and self.embargo.when.tzinfo is None:
            raise ModelError(f"Embargo: the time {self.embargo.when.isoformat()} has no time zone "
                             f"although the zone {self.embargo.zone!r} is named")
        for s in self.signoffs:
            if s.status not in STATUSES:
                raise ModelError(f"Sign-off by {s.who!r}: status {s.status!r} is not one of {', '.join(STATUSES)}")
        for name, value in self.confidence.items():
            if name not in CONFIDENCE_FIELDS or not 0.0 <= value <= 1.0:
                raise ModelError(f"Confidence {name}={value} is not a known field with a value from 0 to 1")

    def check_comment_anchors(self, by_id: dict[str, Paragraph] | None = None) -> None:
        """Raise ModelError unless every comment points at an existing paragraph and inside its text."""
        if not self.comments:
            return
        if by_id is None:
            by_id = {p.id: p for p in self.body}
        for c in self.comments:
            para = by_id.get(c.paragraph)
            if para is None:
                raise ModelError(f"Comment {c.id} is anchored to paragraph {c.paragraph!r}, which does not exist")
            if (c.start is None) != (c.end is None):
                raise ModelError(f"Comment {c.id} has a start or an end but not both")
            if c.start is not None and c.end is not None and not 0 <= c.start <= c.end <= len(para.text):
                raise ModelError(f"Comment {c.id} spans {c.start}-{c.end}, outside paragraph {para.id}")

    # -- ids --------------------------------------------------------------

    def all_ids(self) -> set[str]:
        ids = {self.id}
        ids.update(e.id for e in self.headline_entities)
        for p in self.body:
            ids.add(p.id)
            ids.update(e.id for e in p.entities)
        for c in self.comments:
            ids.add(c.id)
            ids.update(r.id for r in c.replies)
        return ids

    def new_id(self, prefix: str, taken: set[str] | None = None) -> str:
        """An id ``prefix<N>`` not used anywhere in this release."""
        used = self.all_ids() if taken is None else taken
        n = len(used) + 1
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"

    # -- lookups ----------------------------------------------------------

    def paragraph_index(self, paragraph_id: str) -> int:
        for i, p in enumerate(self.body):
            if p.id == paragraph_id:
                return i
        raise ModelError(f"No paragraph with id {paragraph_id!r}")

    def comments_on(self, paragraph_id: str) -> list[Comment]:
        return [c for c in self.comments if c.paragraph == paragraph_id]

    # -- edits that move text ----------------------------------------------

    def replace_text(self, index: int, start: int, end: int, new: str) -> None:
        """Replace ``start:end`` of paragraph ``index`` with ``new``; spans follow."""
        para = self.body[index]
        para._replace(start, end, new)
        for c in self.comments_on(para.id):
            if c.start is None or c.end is None:
                continue
            span = shift_span(c.start, c.end, start, end, len(new))
            # a comment whose text is gone stays, anchored to the paragraph
            c.start, c.end = span if span is not None else (None, None)

    def replace_headline(self, start: int, end: int, new: str) -> None:
        """Replace ``start:end`` of the headline with ``new``; its tags follow as a paragraph's do."""
        self.headline, self.headline_entities = replace_spanned(
            self.headline, self.headline_entities, start, end, new, owner="Headline"
        )

    def set_headline(self, text: str, cursor: int | None = None) -> None:
        """Make the headline ``text``, moving its tags by the one edit that turns the old text into it.

        ``cursor`` (where the caret is after the edit) settles which of several equal
        edits the user made: typing "a" after "Ann" in "Anna" is inside the tag.
        """
        start, end, new = single_edit(self.headline, text, cursor)
        self.replace_headline(start, end, new)

    def split_paragraph(self, index: int, offset: int) -> Paragraph:
        """Split paragraph ``index`` at ``offset``; returns the new second paragraph.

        A span that straddles the offset stays with the side that holds more of it.
        """
        para = self.body[index]
        if not 0 <= offset <= len(para.text):
            raise ModelError(f"Paragraph {para.id}: cannot split at {offset} of {len(para.text)}")
        # the new paragraph continues what was split: a list item splits into two items
        new = Paragraph(id=self.new_id("p"), text=para.text[offset:], kind=para.kind)
        para.text = para.text[:offset]
        left: list[Entity] = []
        for e in para.entities:
            if e.end <= offset or (e.start < offset and offset - e.start >= e.end - offset):
                e.end = min(e.end, offset)
                left.append(e)
            else:
                e.start, e.end = max(e.start, offset) - offset, e.end - offset
                new.entities.append(e)
        para.entities = left
        for c in self.comments_on(para.id):
            if c.start is None or c.end is None:
                continue
            if c.end <= offset or (c.start < offset and offset - c.start >= c.end - offset):
                c.end = min(c.end, offset)
            else:
                c.paragraph = new.id
                c.start, c.end = max(c.start, offset) - offset, c.end - offset
        self.body.insert(index + 1, new)
        return new

    def merge_paragraphs(self, index: int) -> int:
        """Append paragraph ``index + 1`` to paragraph ``index``; returns the join offset."""
        if not 0 <= index < len(self.body) - 1:
            raise ModelError(f"Cannot merge paragraph {index + 1} with the one after it: there is none")
        first, second = self.body[index], self.body[index + 1]
        offset = len(first.text)
        first.text += second.text
        for e in second.entities:
            e.start += offset
            e.end += offset
            first.entities.append(e)
        first.key = first.key or second.key
        for c in self.comments_on(second.id):
            c.paragraph = first.id
            if c.start is not None and c.end is not None:
                c.start += offset
                c.end += offset
        del self.body[index + 1]
        first.check()
        return offset

    def move_paragraph(self, index: int, new_index: int) -> None:
        if not (0 <= index < len(self.body) and 0 <= new_index < len(self.body)):
            raise ModelError(f"Cannot move paragraph {index + 1} to position {new_index + 1}")
        self.body.insert(new_index, self.body.pop(index))


def flat_boilerplate(release: Release) -> list[str]:
    """The notes to editors as flat paragraphs, each heading a paragraph of its own (for exports that
    print paragraphs: plain text, NITF, printing)."""
    out: list[str] = []
    for block in release.boilerplate:
        if block.heading:
            out.append(block.heading)
        out.extend(block.paragraphs)
    return out
