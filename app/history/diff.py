"""What changed between two Releases, field by field, word by word.

Each text is cut into words and punctuation marks, each carrying the spaces
that follow it, and ``difflib`` matches the two sequences; the pieces joined
give back the old text (dropping the added ones) or the new (dropping the
removed ones). Body paragraphs are first matched as a sequence, so a paragraph
inserted at the top does not make every later one look changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.model import Contact, Entity, NoteBlock, Release

_TOKEN = re.compile(r"\s+|[\w'’]+\s*|[^\w\s]\s*")
SAME, ADDED, REMOVED = "same", "added", "removed"


@dataclass(frozen=True, slots=True)
class Piece:
    op: str  # SAME, ADDED or REMOVED
    text: str


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: ``field`` as the form names it (``headline``, ``body[2]``, ``contacts[0]``)."""

    field: str
    kind: str  # "changed", "added" (only in the new release) or "removed" (only in the old)
    old: str
    new: str
    pieces: tuple[Piece, ...] = field(default=())

    @property
    def words_added(self) -> int:
        return sum(_count_words(p.text) for p in self.pieces if p.op == ADDED)

    @property
    def words_removed(self) -> int:
        return sum(_count_words(p.text) for p in self.pieces if p.op == REMOVED)

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "kind": self.kind, "old": self.old, "new": self.new,
                "words_added": self.words_added, "words_removed": self.words_removed,
                "changes": [{"op": p.op, "text": p.text} for p in self.pieces]}


def _count_words(text: str) -> int:
    return sum(1 for token in _TOKEN.findall(text) if token[0].isalnum() or token[0] == "_")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    """``old`` -> ``new`` as pieces; neighbouring pieces of one kind are joined."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, [t.rstrip() for t in a], [t.rstrip() for t in b], autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _push(pieces, SAME, "".join(b[j1:j2]))
            continue
        if i2 > i1:
            _push(pieces, REMOVED, "".join(a[i1:i2]))
        if j2 > j1:
            _push(pieces, ADDED, "".join(b[j1:j2]))
    return tuple(pieces)


def _push(pieces: list[Piece], op: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].op == op:
        pieces[-1] = Piece(op, pieces[-1].text + text)
    else:
        pieces.append(Piece(op, text))


def _text_change(name: str, old: str | None, new: str | None) -> FieldChange | None:
    old, new = old or "", new or ""
    if old == new:
        return None
    kind = "added" if not old else "removed" if not new else "changed"
    return FieldChange(name, kind, old, new, word_diff(old, new))


def _contact_text(contact: Contact) -> str:
    parts = (contact.name, contact.title, contact.organisation, contact.email, contact.phone)
    return ", ".join(p for p in parts if p)


def _tags_text(text: str, entities: list[Entity]) -> str:
    return "; ".join(f"{e.kind}: {text[e.start:e.end]}" for e in entities)


def _align(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index) of a list matched as a sequence; None on the side an item is missing.

    The unchanged start and end are cut off first: an edit touches a few items in the middle, and
    the matcher is slow on thousands of alike items.
    """
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    pairs: list[tuple[int | None, int | None]] = [(i, i) for i in range(head)]
    matcher = difflib.SequenceMatcher(None, old[head:len(old) - tail], new[head:len(new) - tail], autojunk=False)
    for _op, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):  # a replaced item pairs with the one in its place
            i, j = i1 + k, j1 + k
            pairs.append((head + i if i < i2 else None, head + j if j < j2 else None))
    pairs.extend((len(old) - tail + k, len(new) - tail + k) for k in range(tail))
    return pairs


def _list_changes(name: str, old: list[str], new: list[str],
                  pairs: list[tuple[int | None, int | None]] | None = None) -> Iterator[FieldChange]:
    """The items that differ, named by their place in the new list (the old one for a removed item)."""
    if old == new:
        return
    for i, j in pairs if pairs is not None else _align(old, new):
        change = _text_change(f"{name}[{j if j is not None else i}]", old[i] if i is not None else "",
                              new[j] if j is not None else "")
        if change is not None:
            yield change


def compare(old: Release, new: Release) -> list[FieldChange]:
    """The fields of ``new`` that differ from ``old``, in the form's order; empty when they read the same."""
    changes: list[FieldChange | None] = [
        _text_change("language", old.language, new.language),
        _text_change("status", old.status, new.status),
        _text_change("headline", old.headline, new.headline),
        _text_change("headline.tags", _tags_text(old.headline, old.headline_entities),
                     _tags_text(new.headline, new.headline_entities)),
        _text_change("subheadline", old.subheadline, new.subheadline),
        _text_change("dateline", old.dateline.text, new.dateline.text),
        _text_change("dateline.place", old.dateline.place, new.dateline.place),
        _text_change("dateline.date", _iso(old.dateline.date), _iso(new.dateline.date)),
        _text_change("reference", old.reference, new.reference),
        _text_change("embargo", _embargo_text(old), _embargo_text(new)),
        _text_change("abstract", old.abstract, new.abstract),
    ]
    result = [c for c in changes if c is not None]
    old_texts, new_texts = [p.text for p in old.body], [p.text for p in new.body]
    pairs = _align(old_texts, new_texts)
    result.extend(_list_changes("body", old_texts, new_texts, pairs))
    # tags by the same alignment: a paragraph's tags compare with those of the paragraph it became
    result.extend(_list_changes("body.tags", [_tags_text(p.text, p.entities) for p in old.body],
                                [_tags_text(p.text, p.entities) for p in new.body], pairs))
    result.extend(_list_changes("boilerplate", [_block_text(b) for b in old.boilerplate],
                                [_block_text(b) for b in new.boilerplate]))
    tail = [
        _text_change("photo_credits", old.photo_credits, new.photo_credits),
        _text_change("keywords", ", ".join(old.keywords), ", ".join(new.keywords)),
        _text_change("subjects", ", ".join(old.subjects), ", ".join(new.subjects)),
    ]
    result.extend(c for c in tail[:1] if c is not None)
    result.extend(_list_changes("contacts", [_contact_text(c) for c in old.contacts],
                                [_contact_text(c) for c in new.contacts]))
    result.extend(c for c in tail[1:] if c is not None)
    comments = _text_change("comments", _comments_text(old), _comments_text(new))
    if comments is not None:
        result.append(comments)
    signoffs = _text_change("signoffs", _signoffs_text(old), _signoffs_text(new))
    if signoffs is not None:
        result.append(signoffs)
    return result


def _block_text(block: NoteBlock) -> str:
    """A note block as the editor reads it: its heading line, then its paragraphs."""
    return "\n".join([block.heading, *block.paragraphs] if block.heading else block.paragraphs)


def _embargo_text(release: Release) -> str:
    e = release.embargo
    if e is None:
        return ""
    return " ".join(part for part in (e.when.isoformat(), e.zone or "") if part)


def _signoffs_text(release: Release) -> str:
    return "\n".join(f"{s.status}: {s.who}, {s.when.isoformat()}" for s in release.signoffs)


def _iso(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


def _comments_text(release: Release) -> str:
    return "\n".join(f"{c.author}: {c.text}" + "".join(f"\n  {r.author}: {r.text}" for r in c.replies)
                     + (" (resolved)" if c.resolved else "") for c in release.comments)


def changed_words(old: Release, new: Release) -> int:
    """How many words were added or removed between the two: the size of a revision."""
    return sum(c.words_added + c.words_removed for c in compare(old, new))


def render_inline(change: FieldChange) -> str:
    """``[-removed-]{+added+}`` inside the text, the way ``git diff --word-diff`` prints it."""
    out = []
    pieces = change.pieces
    for index, piece in enumerate(pieces):
        if piece.op == SAME:
            out.append(piece.text)
            continue
        core, trailing = piece.text.rstrip(), piece.text[len(piece.text.rstrip()):]
        if piece.op == REMOVED and index + 1 < len(pieces) and pieces[index + 1].op == ADDED:
            trailing = ""  # the added words that replace these bring their own space
        out.append(f"[-{core}-]{trailing}" if piece.op == REMOVED else f"{{+{core}+}}{trailing}")
    return "".join(out)
