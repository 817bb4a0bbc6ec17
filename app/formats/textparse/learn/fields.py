"""Whether an imported release has the fields an editor recorded (the rules of ``../shared/corpus/README.md``).

``make score`` uses the corpus's own scorer; this is the same comparison, kept here so that
tests and ``learn.crossval`` can judge our own labelled releases without ``../shared``.
A headline, deck, place or credit matches after Unicode normalisation, case folding and
trimming punctuation; a paragraph count may be off by one (the README's rule sometimes
differs from a person's reading); the first paragraph must start with the recorded
opening; every recorded contact name, e-mail and phone number must be found, one fact
more is forgiven.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from app.model import Release

FIELDS = ("language", "headline", "subheadline", "dateline_place", "dateline_date", "paragraph_count",
          "first_paragraph", "photo_credits", "contacts")
# which of the Release's confidences speaks for each scored field
CONFIDENCE_OF = {"language": "language", "headline": "headline", "subheadline": "subheadline",
                 "dateline_place": "dateline", "dateline_date": "dateline", "paragraph_count": "body",
                 "first_paragraph": "lead", "photo_credits": "photo_credits", "contacts": "contacts"}


def _same(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFKC", value).split()).strip(" .,;:–—-").casefold()
    return text or None


def _digits(phone: str | None) -> set[str]:
    parts = re.split(r"\s+(?:or|ou|o|y|и|или)\s+|[;,/|]", phone or "")
    return {d for d in ("".join(ch for ch in p if ch.isdigit()) for p in parts) if len(d) >= 5}


def _facts(contacts: list[dict[str, Any]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for c in contacts:
        if c.get("name"):
            found.add(("name", _same(c["name"]) or ""))
        if c.get("email"):
            found.add(("email", _same(c["email"]) or ""))
        found |= {("phone", d) for d in _digits(c.get("phone"))}
    return found


def _readings(truth: dict[str, Any], key: str) -> list[Any]:
    return [truth.get(key), *(truth.get("alternatives") or {}).get(key, [])]


def outcomes(release: Release, truth: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """(field, right?) for each scored field of ``release`` against an editor's ``truth``."""
    body = [p.text for p in release.body if p.text.strip()]
    yield "language", release.language.split("-")[0].lower() == str(truth.get("language", "")).split("-")[0].lower()
    for field, value in (("headline", release.headline), ("subheadline", release.subheadline),
                         ("dateline_place", release.dateline.place)):
        key = field
        yield field, _same(value) in [_same(v) for v in _readings(truth, key)]
    date = release.dateline.date.isoformat() if release.dateline.date else None
    yield "dateline_date", date in _readings(truth, "dateline_date")
    counts = [c for c in _readings(truth, "body_paragraph_count") if c is not None]
    yield "paragraph_count", any(abs(len(body) - c) <= 1 for c in counts)
    first = _same(body[0]) if body else None
    starts = [_same(s) or "" for s in _readings(truth, "first_body_paragraph_start")]
    yield "first_paragraph", bool(first) and any(first.startswith(s[:50]) for s in starts)  # type: ignore[union-attr]
    yield "photo_credits", _same(release.photo_credits) in [_same(v) for v in _readings(truth, "photo_credits")]
    got = _facts([c.__dict__ for c in release.contacts])
    yield "contacts", any(
        want <= got and len(got - want) <= 1 for want in (_facts(r or []) for r in _readings(truth, "contacts"))
    )
