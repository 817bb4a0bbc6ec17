"""Line labels derived from what an editor recorded: a raw release and its truth JSON.

The truth names fields, not lines (the keys of ``../shared/corpus/README.md``), so each
field is looked for in the lines it came from: the headline's lines, the deck's, the
first body paragraph by its opening words and the body by its paragraph count, the
credit line, the lines that hold a contact's name, e-mail or phone. What lies between
gets the label its place implies (above the headline: a kicker; after an "About"
heading: boilerplate). A release whose headline or body cannot be found is reported,
not guessed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.formats.textparse import lines as cues
from app.formats.textparse.contacts import phone_digits
from app.formats.textparse.dateline import match_dateline, place_and_date
from app.formats.textparse.dates import date_only, find_date
from app.formats.textparse.decode import decode
from app.formats.textparse.segment import Line, segment


@dataclass
class Example:
    """One labelled release: its lines, a label per line, and the group it belongs to for folds."""

    name: str
    group: str
    lines: list[Line]
    labels: list[str]
    truth: dict[str, Any]


class AlignError(ValueError):
    """The truth's fields could not be found in the text."""


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _find_run(lines: list[Line], target: str, start: int, stop: int) -> tuple[int, int] | None:
    """The first run of whole lines in [start, stop) whose joined text is ``target``; else a line holding it."""
    want = _norm(target)
    if not want:
        return None
    for i in range(start, stop):
        joined = ""
        if not _norm(lines[i].text):
            continue  # a run never opens with a line of punctuation ("******")
        for j in range(i, min(stop, i + 6)):
            joined = _norm(joined + " " + lines[j].text)
            if joined == want:
                return i, j + 1
            if not want.startswith(joined):
                break
    for i in range(start, stop):
        if want in _norm(lines[i].text):
            return i, i + 1
    return None


def _body_start(lines: list[Line], truth: dict[str, Any], after: int) -> int | None:
    alternatives = (truth.get("alternatives") or {}).get("first_body_paragraph_start", [])
    starts = [truth.get("first_body_paragraph_start"), *alternatives]
    for start_text in starts:
        want = _norm(start_text)[:40]
        if not want:
            continue
        for i in range(after, len(lines)):
            text = lines[i].text
            lead = match_dateline(text)
            candidates = [_norm(text)]
            if lead is not None:
                candidates.insert(0, _norm(text[lead.rest :]))
            if any(c.startswith(want) or (len(c) >= 20 and want.startswith(c)) for c in candidates):
                return i
            if want in _norm(text) and len(want) >= 15:
                return i
    return None


def _body_end(lines: list[Line], start: int, count: int) -> int:
    """The index after the body's last line, given its paragraph count (the corpus README's rule 3)."""
    n = len(lines)
    # block mode: paragraphs are blank-line separated blocks
    blocks: list[int] = []
    end = start
    for i in range(start, n):
        if lines[i].block not in blocks:
            if len(blocks) == count:
                break
            blocks.append(lines[i].block)
        end = i + 1
    first_block = [i for i in range(start, n) if lines[i].block == lines[start].block]
    # line mode: no blank line inside the body, every line a paragraph
    if len(first_block) >= count > 1:
        ends = [cues.ends_sentence(lines[i].text) or len(lines[i].text) < 80 for i in first_block[: count - 1]]
        if sum(ends) >= 0.6 * len(ends):  # whole paragraphs on a line each, not hard-wrapped prose
            return start + count
    return end


def _contact_values(truth: dict[str, Any]) -> tuple[list[str], set[str]]:
    values: list[str] = []
    digits: set[str] = set()
    for c in truth.get("contacts") or []:
        for key in ("name", "email", "title", "organisation"):
            if c.get(key):
                values.append(_norm(c[key]))
        if c.get("phone"):
            digits |= phone_digits(c["phone"])
    return [v for v in values if v], digits


def _is_contact_line(line: Line, values: list[str], digits: set[str]) -> bool:
    text = _norm(line.text)
    if digits & phone_digits(line.text):
        return True
    if any(v and v == text for v in values):
        return True
    # a contact's name inside a long paragraph is a mention ("Jane Roe, who founded ..."), not the contact block
    short = len(text.split()) <= 15 or "@" in line.text
    return short and any(len(v) >= 5 and v in text for v in values)


def align(lines: list[Line], truth: dict[str, Any], name: str = "") -> list[str]:
    """A label per line; raises AlignError when the headline or the body cannot be found."""
    n = len(lines)
    labels = ["other"] * n
    heads = [truth.get("headline"), *(truth.get("alternatives") or {}).get("headline", [])]
    head = None
    for candidate in heads:
        head = head or _find_run(lines, candidate or "", 0, min(n, 40))
    if head is None:
        raise AlignError(f"{name}: headline {truth.get('headline')!r} not found")
    # a page title repeated above: the headline is the occurrence nearest the body
    again = _find_run(lines, truth["headline"], head[1], min(n, head[1] + 8)) if truth.get("headline") else None
    if again is not None and again[1] - again[0] == head[1] - head[0]:
        for i in range(*head):
            labels[i] = "kicker"
        head = again
    for i in range(*head):
        labels[i] = "headline"
    after = head[1]
    if truth.get("subheadline"):
        deck = _find_run(lines, truth["subheadline"], after, min(n, after + 12))
        if deck is not None:
            for i in range(*deck):
                labels[i] = "subheadline"
            after = deck[1]
    start = _body_start(lines, truth, after)
    if start is None:
        start = _body_start(lines, truth, 0)
    if start is None:
        raise AlignError(f"{name}: first body paragraph {truth.get('first_body_paragraph_start')!r} not found")
    end = _body_end(lines, start, max(1, int(truth.get("body_paragraph_count") or 1)))
    for i in range(start, end):
        labels[i] = "body"
    values, digits = _contact_values(truth)
    # above the body: labels, dates, bylines, contacts
    for i in range(0, start):
        if labels[i] in ("headline", "subheadline"):
            continue
        s = lines[i].text
        if _is_date_line(s, truth):
            labels[i] = "date"
        elif cues.is_byline(s):
            labels[i] = "byline"
        elif (values or digits) and _is_contact_line(lines[i], values, digits):
            labels[i] = "contact"
        elif cues.is_contact_head(s) and i + 1 < n and _is_contact_line(lines[i + 1], values, digits):
            labels[i] = "contact_head"
        else:
            labels[i] = "kicker"
    _label_tail(lines, labels, end, truth, (values, digits))
    return labels


def _label_tail(lines: list[Line], labels: list[str], end: int, truth: dict[str, Any],
                contact: tuple[list[str], set[str]]) -> None:
    values, digits = contact
    n = len(lines)
    credit = _norm(truth.get("photo_credits"))
    boiler = False
    for i in range(end, n):
        s = lines[i].text
        if cues.is_end_mark(s):
            labels[i], boiler = "end", False
        elif credit and credit in _norm(s) and cues.photo_credit(s) is not None:
            labels[i] = "credit"
        elif cues.is_about(s) or cues.is_notes(s):
            labels[i], boiler = "about", True
        elif (values or digits) and _is_contact_line(lines[i], values, digits):
            labels[i], boiler = "contact", False
        elif cues.is_contact_head(s) and any(
            _is_contact_line(lines[j], values, digits) for j in range(i + 1, min(n, i + 4))
        ):
            labels[i], boiler = "contact_head", False
        elif _is_date_line(s, truth):
            labels[i] = "date"
        elif boiler:
            labels[i] = "boiler"
        else:
            labels[i] = "other"
    for i in range(end, n):
        if labels[i] in ("other", "boiler") and 0 < i < n - 1 and labels[i - 1] == labels[i + 1] == "contact":
            labels[i] = "contact"  # a title wrapped onto a line of its own
        elif labels[i] in ("other", "boiler", "kicker") and i + 1 < n and labels[i + 1] == "contact" and (
            i == end or labels[i - 1] != "contact") and len(lines[i].text.split()) <= 8:
            labels[i] = "contact_head"  # the heading of a contact block, in whatever words


def _is_date_line(text: str, truth: dict[str, Any]) -> bool:
    """A line that states the release's date (and maybe its place) and little else, or only its place."""
    if date_only(text) is not None or place_and_date(text) is not None:
        return True
    want_date, want_place = truth.get("dateline_date"), _norm(truth.get("dateline_place"))
    found = find_date(text)
    if found is not None and want_date and found.date.isoformat() == want_date and len(text) <= 90:
        return True
    return bool(want_place) and _norm(text) == want_place


def release_lines(path: Path) -> list[Line]:
    """The lines the labeller reads from a raw release: plain text, or a Word document with its signals."""
    if path.suffix == ".docx":
        from app.formats.docx_draft import word_lines

        return word_lines(path.read_bytes(), str(path))
    text, _ = decode(path.read_bytes(), str(path))
    return segment(text)


def source_group(truth: dict[str, Any], fallback: str) -> str:
    """The group a release's fold is chosen by: its repository for Word files ("owner/repo:path@commit"),
    else its issuing organisation."""
    source = truth.get("source")
    if isinstance(source, str) and ":" in source:
        return source.split(":", 1)[0]
    return str(truth.get("organisation") or fallback)


def load_corpus(folder: Path) -> tuple[list[Example], list[str]]:
    """Every release under ``folder/raw`` (.txt and .docx) with its ``folder/truth`` JSON, labelled; and what
    could not be aligned."""
    examples: list[Example] = []
    problems: list[str] = []
    for raw in sorted(p for p in (folder / "raw").iterdir() if p.suffix in (".txt", ".docx")):
        truth_path = folder / "truth" / (raw.stem + ".json")
        if not truth_path.is_file():
            problems.append(f"{raw}: no truth file {truth_path.name}")
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        try:
            lines = release_lines(raw)
            labels = align(lines, truth, str(raw))
        except (AlignError, ValueError) as exc:
            problems.append(str(exc))
            continue
        examples.append(Example(raw.stem, source_group(truth, raw.stem), lines, labels, truth))
    return examples, problems
