"""More layouts from the same labelled releases: the short form, and the shape our own text export prints.

A release reduced to its headline, deck and body is still a release (statements often
arrive that way), and every release the desk exports as text must import again to the
same fields, so both shapes are added to the training data of every model, built
from the training releases only (never from a fold's held-out ones).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from app.formats.textparse.dateline import match_dateline
from app.formats.textparse.learn.align import AlignError, Example, align
from app.formats.textparse.segment import Line, segment
from app.model import Contact, Dateline, NoteBlock, Paragraph, Release

_CORE = ("headline", "subheadline", "body")


def _render(lines: list[Line]) -> str:
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and line.block != lines[n - 1].block:
            out.append("")
        out.append(line.text)
    return "\n".join(out) + "\n"


def short_form(ex: Example) -> Example | None:
    """The release as headline, deck and body alone."""
    kept = [(line, label) for line, label in zip(ex.lines, ex.labels, strict=True) if label in _CORE]
    if len(kept) == len(ex.lines) or not any(label == "body" for _, label in kept):
        return None
    lines = segment(_render([line for line, _ in kept]))
    return Example(ex.name + "~short", ex.group, lines, [label for _, label in kept], ex.truth)


def _paragraphs(ex: Example, labels: tuple[str, ...]) -> list[str]:
    blocks: dict[int, list[str]] = {}
    chosen = [line for line, label in zip(ex.lines, ex.labels, strict=True) if label in labels]
    if chosen and all(line.block == chosen[0].block for line in chosen):
        return [line.text for line in chosen]
    for line in chosen:
        blocks.setdefault(line.block, []).append(line.text)
    return [" ".join(b) for b in blocks.values()]


def as_release(ex: Example) -> Release | None:
    """A Release holding what the truth and the labels say, for the text writer."""
    truth = ex.truth
    body = _paragraphs(ex, ("body",))
    if not body or not truth.get("headline"):
        return None
    lead = match_dateline(body[0])
    if lead is not None:
        body[0] = body[0][lead.rest :].strip()
    body = [p for p in body if p]
    if not body:
        return None
    date = dt.date.fromisoformat(truth["dateline_date"]) if truth.get("dateline_date") else None
    contacts = [Contact(**{k: c.get(k) for k in ("name", "title", "organisation", "email", "phone")})
                for c in truth.get("contacts") or []]
    return Release(
        language=str(truth.get("language") or "en"),
        headline=truth["headline"],
        subheadline=truth.get("subheadline"),
        dateline=Dateline(place=truth.get("dateline_place"), date=date),
        body=[Paragraph(id=f"p{n}", text=t) for n, t in enumerate(body, start=1)],
        photo_credits=truth.get("photo_credits"),
        contacts=[c for c in contacts if not c.is_empty()],
        # one block without a heading: the text export prints exactly these paragraphs, as before blocks
        boilerplate=[NoteBlock(paragraphs=notes)] if (notes := _paragraphs(ex, ("about", "boiler"))) else [],
    )


def exported(ex: Example) -> Example | None:
    """The release as Release Desk's own text export prints it, labelled again from the same truth."""
    from app.formats import text

    release = as_release(ex)
    if release is None:
        return None
    printed = text.write(release).decode("utf-8")
    truth = dict(ex.truth)
    truth.update(body_paragraph_count=len(release.body), first_body_paragraph_start=release.body[0].text[:60],
                 alternatives={})
    lines = segment(printed)
    try:
        return Example(ex.name + "~export", ex.group, lines, align(lines, truth, ex.name), truth)
    except AlignError:
        return None


def augmented(examples: Iterable[Example]) -> Iterator[Example]:
    """Each example, then its short form and its text export where they differ from it."""
    for ex in examples:
        yield ex
        if "~" in ex.name:
            continue
        for variant in (short_form(ex), exported(ex)):
            if variant is not None:
                yield variant
