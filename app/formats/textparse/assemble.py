"""From labelled lines to a release's fields, with a confidence for each.

The labeller says what each line is; this room only gathers: the headline's lines
joined, the body from its first line to its last, paragraphs split at blank lines
(or at every line when the body has none), the lead dateline parsed by code from the
first body line, contacts parsed from the contact lines. A field's confidence is
the labeller's own: how sure it was of the lines that made the field, and that the
lines beside them are not part of it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.formats.textparse import lines as cues
from app.formats.textparse.contact_blocks import contact_sentence, contacts_of, continue_contacts
from app.formats.textparse.contacts import EMAIL, is_org_like, phone_digits
from app.formats.textparse.dateline import is_place, match_dateline, place_and_date
from app.formats.textparse.dates import date_only, find_date, likely_region
from app.formats.textparse.labeller import Labelled
from app.formats.textparse.placeholders import without_label
from app.model import Contact

_BULLET = re.compile(r"^[*•·▪◦‣\-–]\s|^\d{1,2}[.)]\s")
# labels after which the body does not go on
_BODY_STOPS = frozenset({"end", "about", "boiler", "contact_head"})
_WRAP_SURE = 0.2  # "headline" marginal above which a wrapped first line joins the headline
_BODY_END_LOOK = 1  # lines below the body whose doubt counts


@dataclass
class Layout:
    """What the importer found, before it becomes a Release."""

    headline: str = ""
    subheadline: str | None = None
    byline: str | None = None
    place: str | None = None
    date: dt.date | None = None
    dateline_text: str | None = None
    body: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    photo_credits: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph: wrapped prose joins with a space, list items keep their break."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif _BULLET.match(line):
            out += "\n" + line
        else:
            out += " " + line
    return out


def _runs(rows: list[Labelled], label: str, start: int, stop: int) -> list[int]:
    """Indexes in [start, stop) of the first run of consecutive lines labelled ``label``."""
    found: list[int] = []
    for i in range(start, stop):
        if rows[i].label == label:
            found.append(i)
        elif found:
            break
    return found


def _sure(rows: list[Labelled], chosen: list[int], label: str | tuple[str, ...]) -> float:
    """How sure the labeller is that exactly ``chosen`` lines carry ``label``: each of them does, and the lines
    just outside each run of them do not."""
    labels = (label,) if isinstance(label, str) else label

    def p(j: int) -> float:
        return sum(rows[j].marginals.get(lab, 0.0) for lab in labels)

    if not chosen:
        # that no line carries it: every line's doubt multiplied
        none = 1.0
        for j in range(len(rows)):
            none *= 1.0 - min(1.0, p(j))
        return none
    inside = min(p(i) for i in chosen)
    taken = set(chosen)
    edges = {j for i in chosen for j in (i - 1, i + 1) if 0 <= j < len(rows) and j not in taken}
    outside = min((1.0 - p(j) for j in edges), default=1.0)
    return min(inside, outside)


def _paragraphs(rows: list[Labelled]) -> list[str]:
    if not rows:
        return []
    if all(r.line.block == rows[0].line.block for r in rows):
        return [r.line.text for r in rows]
    groups: dict[int, list[str]] = {}
    for r in rows:
        groups.setdefault(r.line.block, []).append(r.line.text)
    return [join_lines(g) for g in groups.values()]


def assemble(rows: list[Labelled], language: str | None = None) -> Layout:
    """The fields of the release whose labelled lines are ``rows``, written in ``language`` (for phone numbers)."""
    out = Layout()
    n = len(rows)
    _largest_type_headline(rows)
    body_rows = [i for i, r in enumerate(rows) if r.label == "body"]
    if not body_rows:
        body_rows = _likeliest_body(rows)
    first = body_rows[0] if body_rows else n
    first = _lead_start(rows, first)
    body_rows = [i for i in body_rows if i >= first] or ([first] if first < n else [])
    last = first - 1
    stop = n
    for i in range(first, n):
        if rows[i].label in _BODY_STOPS or (i > first and not rows[i].forced and _closes_body(rows[i].line.text)):
            stop = i
            break
        if rows[i].label == "body":
            last = i
    # the writer's own end mark ("###", "- ENDS -") says where the body ends: the lines the labeller left
    # unnamed between the body and the mark are more of it
    if stop < n and cues.is_end_mark(rows[stop].line.text) and last >= first and all(
            rows[j].label == "other" and not rows[j].forced for j in range(last + 1, stop)):
        last = stop - 1
    body = list(range(first, last + 1))
    _headline(rows, first, out)
    lead = None
    if body:
        top = rows[first].line.text
        lead = match_dateline(top)
        paragraphs = _paragraphs([rows[i] for i in body])
        if lead is not None:
            out.place, out.date, out.dateline_text = lead.place, lead.date, lead.printed
            paragraphs[0] = paragraphs[0][lead.rest :].strip() if paragraphs[0].startswith(top) else paragraphs[0]
            if not paragraphs[0]:
                paragraphs.pop(0)
        out.body = paragraphs
    # the body's edges decide its paragraphs; a line inside it the labeller doubted is taken in all the same
    out.confidence["body"] = out.confidence["lead"] = 0.1
    if body:
        # how sure the body starts and ends where it does: its edge lines are body, the line above is not, and
        # none of the few lines below it is (a body cut short ends before more of itself)
        after = [1.0 - rows[j].marginals.get("body", 0.0) for j in range(last + 1, min(n, last + 1 + _BODY_END_LOOK))]
        before = [1.0 - rows[first - 1].marginals.get("body", 0.0)] if first else []
        out.confidence["body"] = min(rows[first].marginals.get("body", 0.0), rows[last].marginals.get("body", 0.0),
                                     *after, *before)
        # where it starts, apart from where it ends: a sure lead over an unsure end of a long body
        out.confidence["lead"] = min([rows[first].marginals.get("body", 0.0), *before])  # (before: none on line 1)
    _dateline(rows, first, last, lead, out)
    _tail(rows, set(body), out, likely_region(language))
    return out


_TOP = 15  # lines read as the top of a Word document
_CLEARLY_LARGER = 1.15  # the body size times this, and larger than every other line at the top


def _largest_type_headline(rows: list[Labelled]) -> None:
    """In Word the headline is the line at the top set largest among those that could be a headline (at least
    1.15x the body's size, and alone at that size): when the labeller took it for something else, it is the
    headline all the same, and the line it had taken for the headline is the deck below it (or a label above it).
    A short line or a letterhead at a larger size is a logo, not a rival (see ``_headline_shaped``)."""
    top = [i for i in range(min(len(rows), _TOP)) if rows[i].line.signals]
    sizes = {i: rows[i].line.signals.get("w:size_ratio", 1.0) for i in top}
    if not sizes or any(r.forced for r in rows[: _TOP]):
        return
    # only the large lines are asked whether they could be a headline (the question costs a dateline parse)
    large = sorted((i for i in top if sizes[i] >= _CLEARLY_LARGER), key=lambda i: -sizes[i])
    pick = next((i for i in large if _headline_shaped(rows[i].line.text)), None)
    if pick is None:
        return
    if any(sizes[i] == sizes[pick] and _headline_shaped(rows[i].line.text) for i in large if i != pick):
        return  # two lines at the same size: the size does not choose
    if rows[pick].label == "headline":
        return
    for i in top:
        if rows[i].label == "headline" and i != pick:
            label = "subheadline" if i > pick else "kicker"
            # what the labeller believed of the headline it believes of the line's new part
            m = dict(rows[i].marginals)
            m[label], m["headline"] = m.get("headline", 0.0), m.get(label, 0.0)
            rows[i] = Labelled(rows[i].line, label, m[label], m)
    # as sure as the type is clear: a headline twice the body's size leaves little doubt
    sure = min(0.95, 0.6 + 1.5 * (sizes[pick] - 1.0))
    marginals = {**rows[pick].marginals, "headline": max(sure, rows[pick].marginals.get("headline", 0.0))}
    rows[pick] = Labelled(rows[pick].line, "headline", marginals["headline"], marginals)


def _office_line(text: str) -> bool:
    """A letterhead: a brand in large capitals, "Ministry of ...", "Department of Harbour Works" over the page."""
    return cues.is_letterhead(text) or (is_org_like(text) and len(text.split()) <= 6 and not cues.ends_sentence(text))


def _headline_shaped(text: str) -> bool:
    """Could be a headline by its words: four or more (six characters in CJK), no cue of another field, not a
    letterhead (a brand in large capitals, "Ministry of ..." over the page)."""
    words = text.split()
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    if len(words) < 4 and cjk < 6:
        return False
    if _office_line(text):
        return False
    return not (cues.is_kicker(text) or cues.is_contact_head(text) or cues.is_end_mark(text) or EMAIL.search(text)
                or phone_digits(text) or date_only(text) or match_dateline(text) is not None)


def _likeliest_body(rows: list[Labelled]) -> list[int]:
    """Every release has a body: where the labeller named none, the line it thought likeliest to be one."""
    candidates = [i for i, r in enumerate(rows)
                  if r.label not in ("headline", "contact", "contact_head", "end") and not r.forced]
    if not candidates:
        return []
    # prose first (a sentence that ends as sentences do), then what the labeller found likeliest
    best = max(candidates, key=lambda i: (cues.ends_sentence(rows[i].line.text), rows[i].marginals.get("body", 0.0)))
    rows[best] = Labelled(rows[best].line, "body", rows[best].marginals.get("body", 0.0), rows[best].marginals)
    return [best]


def _closes_body(text: str) -> bool:
    """An end mark or an "About ..." heading ends the body whatever the labeller thought (the corpus's rule 2)."""
    if cues.is_end_mark(text):
        return True
    return cues.is_about(text) and len(text.split()) <= 8 and not text.endswith(".")


def _lead_start(rows: list[Labelled], first: int) -> int:
    """The body starts at the paragraph holding the lead dateline (the corpus rule); what the labeller put in
    the body above a strong dateline a few lines further down is the deck."""
    for i in range(first + 1, min(len(rows), first + 4)):
        text = rows[i].line.text
        if rows[i].label in _BODY_STOPS:
            break
        lead = match_dateline(text)
        if lead is not None and lead.strong and lead.date is not None:
            if all(len(rows[j].line.text) < 300 and not rows[j].forced for j in range(first, i)):
                for j in range(first, i):
                    rows[j] = Labelled(rows[j].line, "subheadline", rows[j].marginals.get("subheadline", 0.0),
                                       rows[j].marginals)
                return i
            break
    return first


def _uncued_label(row: Labelled, headline: str) -> bool:
    """A line below the headline that the labeller took for a label, though no cue says it is one: a deck.
    (Below a headline a label needs a cue; our own text export must read back whatever the labeller guessed.)"""
    text = row.line.text
    if _words(text) and _words(text) in _words(headline):
        return False  # the headline again, or a piece of it
    return (row.label == "kicker" and not row.forced and not cues.is_kicker(text)
            and not cues.is_release_number(text) and find_date(text) is None
            and not (is_org_like(text) and not any(w[:1].islower() for w in text.split()[1:]))  # a bare name
            and not cues.is_letterhead(text) and not cues.is_wire_line(text) and not cues.is_end_mark(text)
            and not any(sep in text for sep in (" | ", " • ", " · ")) and len(text.split()) >= 3
            and not cues.ends_sentence(text))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _wraps_into(above: Labelled, line: Labelled) -> bool:
    text = above.line.text
    return (above.line.block == line.line.block and not above.forced
            and above.marginals.get("headline", 0.0) >= _WRAP_SURE
            and not cues.ends_sentence(text) and not cues.is_kicker(text) and date_only(text) is None)


def _headline(rows: list[Labelled], first_body: int, out: Layout) -> None:
    top = min(first_body, len(rows)) if first_body < len(rows) else min(len(rows), 12)
    head = _runs(rows, "headline", 0, top)
    # a headline wraps within its block; a "headline" line after a blank line is the deck below it
    deck_too = [i for i in head if rows[i].line.block != rows[head[0]].line.block] if head else []
    head = [i for i in head if i not in deck_too]
    stacked = head and any(rows[j].line.block == rows[head[0]].line.block for j in range(top) if j not in head)
    if stacked and _office_line(" ".join(rows[i].line.text for i in head)):
        # an office line stacked over the release number and date ("Department of ..."), the headline in a block
        # of its own below: the block below is the headline, the office line is reported as left out
        below = deck_too or _runs(rows, "headline", head[-1] + 1, top)
        below = [i for i in below if rows[i].line.block == rows[below[0]].line.block] if below else []
        if below and rows[below[0]].line.block != rows[head[0]].line.block and _headline_shaped(
                " ".join(rows[i].line.text for i in below)):
            head, deck_too = below, [i for i in deck_too if i not in below]
    # a wrapped headline's first line the labeller half-doubted is still part of it
    while head and head[0] > 0 and _wraps_into(rows[head[0] - 1], rows[head[0]]):
        head.insert(0, head[0] - 1)
    if not head and top:
        best = max(range(top), key=lambda i: rows[i].marginals.get("headline", 0.0))
        head = [best]
    headline = without_label(join_lines([rows[i].line.text for i in head]))
    out.headline = cues.LEADING_NUMBER.sub("", cues.TRAILING_NUMBER.sub("", headline)).strip() or headline
    out.confidence["headline"] = _sure(rows, head, "headline") if head else 0.1
    start = head[-1] + 1 if head else 0
    deck = sorted(deck_too + [i for i in range(start, top)
                              if rows[i].label == "subheadline" or (head and _uncued_label(rows[i], headline))])
    out.subheadline = without_label(" ".join(rows[i].line.text for i in deck)) or None
    out.confidence["subheadline"] = _sure(rows, deck, "subheadline")
    bylines = [i for i in range(start, top) if rows[i].label == "byline"]
    out.byline = without_label(" ".join(rows[i].line.text for i in bylines)) or None
    used = set(head) | set(deck) | set(bylines)
    # a second headline run (the real one under an office line) is reported too, never dropped in silence
    left = [rows[i].line.text for i in range(top)
            if i not in used and rows[i].label in ("kicker", "other", "headline", "subheadline")]
    if left:
        out.notes.append("Left out above the headline: " + " / ".join(left))


def _dateline(rows: list[Labelled], first: int, last: int, lead: object, out: Layout) -> None:
    """Place and date from the lead dateline, else (or for what it lacks) from date lines above the body or in a
    sign-off below it; a short place line just above a date line gives the place ("SINGAPORE" / "22 MARCH 2019")."""
    sure: list[float] = []
    if lead is not None:
        sure.append(rows[first].marginals.get("body", 0.0) * (1.0 if getattr(lead, "strong", False) else 0.85))
        if out.date and out.place:
            out.confidence["dateline"] = sure[0]
            return
    dated = [i for i, r in enumerate(rows) if r.label == "date" and not first <= i <= last]
    dated.sort(key=lambda i: (i > first, -rows[i].probability))  # lines above the body first
    for i in dated:
        text = rows[i].line.text
        found = place_and_date(text)
        date = date_only(text) or (found[1] if found else None)
        place = found[0] if found else (text.strip(" ,.–—-") if is_place(text.strip(" ,.–—-")) else None)
        if date is None and place is None and (stamp := find_date(text)) is not None:
            date = stamp.date  # a time stamp the labeller recognised: "Published: 8 January 2025", "发布时间：…"
        beside = rows[i - 1].label if i > 0 else "headline"
        if date is not None and place is None and beside not in ("headline", "body", "subheadline", "byline"):
            above = rows[i - 1].line.text.strip(" ,.–—-")
            if is_place(above) and len(above.split()) <= 3 and not cues.is_kicker(above):
                place = above
        if date is None and place is None:
            continue
        if out.date is None and date is not None:
            out.date = date
            sure.append(rows[i].probability * 0.9)
        if out.place is None and place is not None:
            out.place = place
            sure.append(rows[i].probability * 0.9)
        if out.date and out.place:
            break
    if out.place is None:
        # an office line "Department of Public Information • News and Media Division • New York" ends in a place
        for r in rows[: min(first, len(rows))]:
            parts = [p.strip() for p in re.split(r"\s[•|·]\s", r.line.text)]
            if len(parts) >= 3 and is_place(parts[-1]) and len(parts[-1].split()) <= 3:
                out.place = parts[-1]
                sure.append(r.marginals.get(r.label, 0.0) * 0.8)
                break
    if sure:
        out.confidence["dateline"] = min(sure)
    else:
        out.confidence["dateline"] = _sure(rows, [], "date")


def _tail(rows: list[Labelled], body: set[int], out: Layout, region: str | None) -> None:
    credit_rows = [i for i, r in enumerate(rows) if r.label == "credit"]
    credit_row = None
    for i in credit_rows:
        # a line the labeller took for a credit, with a label of its own ("Bildnachweis: X"): the credit is after it
        credit = cues.photo_credit(rows[i].line.text) or _labelled_value(rows[i].line.text)
        if credit:
            out.photo_credits, credit_row = credit, i
            break
    out.confidence["photo_credits"] = _sure(rows, credit_rows[:1], "credit")
    if out.photo_credits is None:
        # a caption with its credit inside the body does not end it, but its credit is the release's
        for i in sorted(body):
            credit = cues.photo_credit(rows[i].line.text)
            if credit:
                out.photo_credits = credit
                # a credit cue ("Photo:", "图|") inside the body is a caption's: as sure as the cue, short of certain
                out.confidence["photo_credits"] = min(out.confidence["photo_credits"], 0.8)
                break
    continue_contacts(rows, body)
    contact_rows = [i for i, r in enumerate(rows) if r.label in ("contact", "contact_head") and i not in body]
    out.contacts = contacts_of(rows, contact_rows, region)
    out.confidence["contacts"] = _sure(rows, contact_rows, ("contact", "contact_head"))
    if not out.contacts:
        # no contact block: a sentence that says whom to contact ("please contact Prof. X via Email: x@y")
        # (the contact lines too: "For more information, contact X on ..." opens like a block but is a sentence)
        said = [c for i in range(len(rows))
                if i in body or rows[i].label in ("other", "boiler", "contact", "contact_head")
                for c in contact_sentence(rows[i].line.text, region)]
        if said:
            out.contacts = said
            out.confidence["contacts"] = min(out.confidence["contacts"], 0.6)
    end_of_body = max(body) if body else -1
    tail: list[list[str]] = []
    last_block = None
    for i in range(end_of_body + 1, len(rows)):
        r = rows[i]
        if r.label in ("contact", "contact_head") or i == credit_row or (
                r.label == "credit" and cues.PHOTO_CREDIT.match(r.line.text)):
            last_block = None
            continue
        if r.label in ("boiler", "other") and tail and r.line.block == last_block and rows[i - 1].label == r.label:
            tail[-1].append(r.line.text)
        else:
            tail.append([r.line.text])
        last_block = r.line.block
    out.boilerplate = [join_lines(t) for t in tail]


_LABELLED = re.compile(r"([^\W\d_][\w .'’-]{0,30}?)\s*[:：]\s*(\S.*)")


def _labelled_value(text: str) -> str | None:
    """The value of a line "Label: value" with a label of at most three words, else None."""
    m = _LABELLED.fullmatch(text.strip())
    return m.group(2).strip() if m is not None and len(m.group(1).split()) <= 3 else None
