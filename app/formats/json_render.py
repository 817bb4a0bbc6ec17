"""A Release as JSON: what ../shared/tools/score_corpus.py reads, and a readable dump for people.

Write-only: the native XML is the format that round-trips; this one shows every
field with plain JSON types (dates as ISO strings).
"""

from __future__ import annotations

import json
from typing import Any

from app.model import Comment, Entity, Release


def _comment(c: Comment) -> dict[str, Any]:
    return {
        "id": c.id,
        "paragraph": c.paragraph,
        "author": c.author,
        "created": c.created.isoformat(),
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "resolved": c.resolved,
        "replies": [
            {"id": r.id, "author": r.author, "created": r.created.isoformat(), "text": r.text} for r in c.replies
        ],
    }


def _tags(text: str, entities: list[Entity]) -> list[dict[str, Any]]:
    """The tags on ``text`` (a paragraph's, the headline's), each with the words it covers."""
    return [
        {"id": e.id, "kind": e.kind, "start": e.start, "end": e.end, "text": text[e.start : e.end], "name": e.name,
         "ref": e.ref}
        for e in entities
    ]


def to_dict(release: Release) -> dict[str, Any]:
    """The release as plain JSON-ready values, in the scorer's key names."""
    dl = release.dateline
    return {
        "id": release.id,
        "language": release.language,
        "status": release.status,
        "headline": release.headline,
        "headline_tags": _tags(release.headline, release.headline_entities),
        "subheadline": release.subheadline,
        "byline": release.byline,
        "dateline": {"place": dl.place, "date": dl.date.isoformat() if dl.date else None, "text": dl.text},
        "abstract": release.abstract,
        "body": [
            {
                "id": p.id,
                "text": p.text,
                "key": p.key,
                "kind": p.kind,
                "tags": _tags(p.text, p.entities),
            }
            for p in release.body
        ],
        "reference": release.reference,
        # ISO 8601, with the offset when the release names a zone; null for "for immediate release"
        "embargo": release.embargo.when.isoformat() if release.embargo else None,
        "embargo_zone": release.embargo.zone if release.embargo else None,
        "boilerplate": [{"heading": b.heading, "paragraphs": list(b.paragraphs)} for b in release.boilerplate],
        "photo_credits": release.photo_credits,
        "contacts": [
            {"name": c.name, "title": c.title, "organisation": c.organisation, "email": c.email, "phone": c.phone}
            for c in release.contacts
        ],
        "keywords": list(release.keywords),
        "subjects": list(release.subjects),
        "comments": [_comment(c) for c in release.comments],
        "signoffs": [{"status": s.status, "who": s.who, "when": s.when.isoformat()} for s in release.signoffs],
        "confidence": {k: float(v) for k, v in release.confidence.items()},
    }


def write(release: Release) -> bytes:
    """UTF-8 JSON, non-ASCII kept as written, indented two spaces."""
    return json.dumps(to_dict(release), ensure_ascii=False, indent=2).encode("utf-8")
