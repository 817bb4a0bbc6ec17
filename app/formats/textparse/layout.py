"""Where a release's parts sit: header (headline, deck, labels), body, tail.

The body starts at the lead dateline, or else at the first paragraph of running
text after the headline; it ends at the first end mark, "About ..." heading,
photo credit, contact block, sign-off, source line or footer. What comes after
is the tail: boilerplate, credits and contacts. See ../shared/corpus/README.md
for the rule this follows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import islice

from app.formats.textparse import lines as kinds
from app.formats.textparse.contacts import parse_contacts
from app.formats.textparse.dateline import DatelineMatch, is_place, match_dateline, place_and_date
from app.formats.textparse.dates import date_only
from app.model import Contact

_HEADER_MAX = 40  # non-blank lines above the body: letterheads, labels, dates, headline, deck
_DATELINE_SEARCH = 15  # non-blank lines after the headline where a lead dateline may stand
_HEADLINE_MAX = 110  # characters a wrapped headline may reach before the rest is a deck
_BULLET = re.compile(r"^[*•·▪◦‣\-–]\s|^\d{1,2}[.)]\s")
_CONTINUES = re.compile(r"(?:[,;–—-]|\b(?:and|or|of|to|the|for|in|on|with|a|an|at|by|et|de|des|du|y|del|la|le))$", re.I)


@dataclass
class Layout:
    """What the importer found, before it becomes a Release."""

    headline: str = ""
    subheadline: str | None = None
    place: str | None = None
    date: dt.date | None = None
    dateline_text: str | None = None
    body: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    photo_credits: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _join(lines: list[str]) -> str:
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


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class _Text:
    """The release's lines with the blank-line structure precomputed."""

    def __init__(self, text: str) -> None:
        self.raw = text.splitlines()
        self.s = [line.strip() for line in self.raw]
        self.n = len(self.s)
        self.block = [0] * self.n
        b = 0
        for i, line in enumerate(self.s):
            if not line and i and self.s[i - 1]:
                b += 1
            self.block[i] = b

    def nonblank(self, start: int, end: int) -> list[int]:
        return [i for i in range(start, end) if self.s[i]]

    def next_nonblank(self, i: int) -> int | None:
        return next((j for j in range(i + 1, self.n) if self.s[j]), None)


def parse_layout(text: str) -> Layout:
    t = _Text(text)
    out = Layout()
    start, lead = _find_body_start(t)
    _read_header(t, start, out)
    if lead is not None:
        out.place = lead.place or out.place
        out.date = lead.date or out.date
        out.dateline_text = lead.printed
    end = _find_body_end(t, start)
    _read_body(t, start, end, lead, out)
    _read_tail(t, end, out)
    _score(lead, out)
    return out


# -- where the body starts ---------------------------------------------------


def _header_kind(line: str, seen_candidate: bool) -> str:
    if kinds.is_kicker(line):
        return "kicker"
    if kinds.is_release_number(line):
        return "number"
    if date_only(line) is not None or (seen_candidate and place_and_date(line) is not None):
        return "date"
    if kinds.is_wire_line(line):
        return "wire"
    if kinds.is_byline(line) and seen_candidate:
        return "byline"
    if kinds.is_contact_head(line) and not kinds.ends_sentence(line[-1:] + "x"):
        return "contact"
    if line.count("•") >= 2 or line.count(" | ") >= 2:
        return "office"
    return "candidate"


def _find_body_start(t: _Text) -> tuple[int, DatelineMatch | None]:
    """The first body line, and the lead dateline on it if there is one."""
    window = list(islice((i for i in range(t.n) if t.s[i]), _HEADER_MAX))
    seen_candidate = False
    searched = 0
    first_running: int | None = None
    for i in window:
        line = t.s[i]
        if searched >= _DATELINE_SEARCH or kinds.is_end_mark(line) or kinds.is_about(line):
            break
        if seen_candidate:
            searched += 1
            lead = match_dateline(line)
            if lead is not None and (lead.strong or kinds.looks_like_running_text(_block_from(t, i))):
                return i, lead
        kind = _header_kind(line, seen_candidate)
        if kind != "candidate":
            continue
        if seen_candidate and first_running is None and _is_running(t, i):
            first_running = i
        seen_candidate = True
    if first_running is not None:
        return first_running, None
    candidates = [i for i in window if _header_kind(t.s[i], True) == "candidate"]
    if len(candidates) > 1:
        return candidates[1], None
    # a header never runs this long; whatever follows it is body
    return (window[-1] + 1 if len(window) == _HEADER_MAX else t.n), None


def _block_from(t: _Text, i: int) -> str:
    lines = []
    j = i
    while j < t.n and t.s[j]:
        lines.append(t.s[j])
        j += 1
    return _join(lines)


def _is_running(t: _Text, i: int) -> bool:
    line = t.s[i]
    if kinds.looks_like_running_text(line):
        return True
    nxt = i + 1
    if nxt < t.n and t.s[nxt] and t.s[nxt][:1].islower():
        return kinds.looks_like_running_text(_block_from(t, i))  # hard-wrapped prose
    return False


# -- the header: headline, deck, labels ----------------------------------------


def _read_header(t: _Text, start: int, out: Layout) -> None:
    items: list[tuple[str, int]] = []
    seen = False
    for i in t.nonblank(0, start):
        kind = _header_kind(t.s[i], seen)
        seen = seen or kind == "candidate"
        items.append((kind, i))
    kickers = [n for n, (kind, _) in enumerate(items) if kind == "kicker"]
    if kickers and any(kind == "candidate" for kind, _ in items[kickers[-1] :]):
        # what stands above a "MEDIA RELEASE" label is a letterhead
        items = [(k if n > kickers[-1] or k != "candidate" else "letterhead", i) for n, (k, i) in enumerate(items)]
    candidates = [i for kind, i in items if kind == "candidate"]
    if len(candidates) > 1 and kinds.is_letterhead(t.s[candidates[0]]):
        items = [("letterhead" if i == candidates[0] else k, i) for k, i in items]
        candidates = candidates[1:]
    dropped: list[str] = []
    for kind, i in items:
        line = t.s[i]
        if kind == "date" and out.date is None:
            found = place_and_date(line)
            out.date = date_only(line) or (found[1] if found else None)
            if found and found[0]:
                out.place = found[0]
        elif kind == "contact":
            out.contacts.extend(parse_contacts([line]))
        elif kind == "office":
            last = re.split(r"\s*[•|]\s*", line)[-1].strip()
            if is_place(last):
                out.place = out.place or last
        if kind not in ("candidate", "date", "contact"):
            dropped.append(line)
    if dropped:
        out.notes.append("Left out above the headline: " + " / ".join(dropped))
    _pick_headline(t, candidates, out)


def _pick_headline(t: _Text, candidates: list[int], out: Layout) -> None:
    texts = [kinds.TRAILING_NUMBER.sub("", t.s[i]) for i in candidates]
    keep = list(range(len(candidates)))
    # a page title "Headline | Site" repeats the headline with the site's name
    keep = [k for k in keep if " | " not in texts[k] or _norm(texts[k].split(" | ")[0]) not in map(_norm, texts)]
    # a page title repeated above the headline, or the headline repeated in pieces, counts once
    for a in range(len(texts)):
        for b in range(len(texts)):
            inside = a != b and a in keep and b in keep and _norm(texts[a]) and _norm(texts[a]) in _norm(texts[b])
            if inside and (len(texts[a]) < len(texts[b]) or a < b):
                keep.remove(a)
    lines = [(texts[k], candidates[k]) for k in keep]
    if not lines:
        out.confidence["headline"] = 0.1
        return
    head, at = [lines[0][0]], lines[0][1]
    joined = False
    for text, i in lines[1:]:
        same_block = t.block[i] == t.block[at] and i == at + 1
        wrapped = len(" ".join([*head, text])) <= _HEADLINE_MAX or bool(_CONTINUES.search(head[-1]))
        # a deck often strings clauses with ";", a headline almost never does
        if not same_block or not wrapped or kinds.ends_sentence(head[-1]) or ";" in text:
            break
        head.append(text)
        at = i
        joined = True
    out.headline = " ".join(head)
    deck = [text for text, i in lines if i > at]
    out.subheadline = " ".join(deck) if deck else None
    out.confidence["headline"] = 0.7 if joined else 0.9
    out.confidence["subheadline"] = 0.6 if len(deck) > 1 else 0.8


# -- where the body ends -------------------------------------------------------


def _ends_body(t: _Text, i: int) -> bool:
    line = t.s[i]
    if (
        kinds.is_end_mark(line)
        or kinds.is_about(line)
        or kinds.is_notes(line)
        or kinds.is_contact_head(line)
        or kinds.is_source_line(line)
        or kinds.is_footer(line)
        or kinds.is_release_number(line)
        or kinds.photo_credit(line) is not None
        or date_only(line) is not None
    ):
        return True
    signoff = place_and_date(line)
    if signoff is not None and signoff[0]:
        return True  # a sign-off "Vienna, 24 April 2019"
    if kinds.is_shouting(line):
        nxt = t.next_nonblank(i)
        return nxt is None or date_only(t.s[nxt]) is not None or kinds.is_contact_head(t.s[nxt])
    return False


def _find_body_end(t: _Text, start: int) -> int:
    for i in range(start + 1, t.n):
        if t.s[i] and _ends_body(t, i):
            return i
    return t.n


def _read_body(t: _Text, start: int, end: int, lead: DatelineMatch | None, out: Layout) -> None:
    rows = [(i, t.s[i]) for i in range(start, end)]
    if rows and lead is not None:
        rows[0] = (start, t.s[start][lead.rest :].strip())
    filled = [i for i, s in rows if s]
    by_line = not filled or all(t.block[i] == t.block[filled[0]] for i in filled)
    if by_line:
        out.body = [s for _, s in rows if s]
        return
    groups: dict[int, list[str]] = {}
    for i, s in rows:
        if s:
            groups.setdefault(t.block[i], []).append(s)
    out.body = [_join(g) for g in groups.values()]


# -- the tail: boilerplate, credits, contacts -----------------------------------


def _read_tail(t: _Text, end: int, out: Layout) -> None:
    mode: str | None = None
    contact_lines: list[str] = []
    last_block = -1
    after_heading = False
    for i in t.nonblank(end, t.n):
        line = t.s[i]
        credit = kinds.photo_credit(line)
        found = place_and_date(line)
        signoff = date_only(line) or (found[1] if found else None)
        if credit is not None:
            out.photo_credits = out.photo_credits or credit
            if kinds.PHOTO_CREDIT.match(line):
                continue
            mode = None
        elif kinds.is_contact_head(line):
            mode = "contact"
        elif kinds.is_end_mark(line) or kinds.is_source_line(line) or kinds.is_footer(line) or kinds.is_shouting(line):
            mode = None
        elif signoff is not None:
            out.date = out.date or signoff
            if found and found[0] and out.place is None:
                out.place = found[0]
            mode = None
        elif kinds.is_about(line) or kinds.is_notes(line):
            mode = "boiler"
        if mode == "contact" and not (kinds.looks_like_running_text(line) and len(line) > 200):
            contact_lines.append(line)
            continue
        heading = kinds.is_about(line) or kinds.is_notes(line)
        if out.boilerplate and t.block[i] == last_block and mode == "boiler" and not heading and not after_heading:
            out.boilerplate[-1] += " " + line
        else:
            out.boilerplate.append(line)
        if mode is None and not (kinds.is_end_mark(line) or kinds.is_footer(line) or kinds.is_source_line(line)):
            mode = "boiler"
        last_block = t.block[i]
        # a short heading line ("About Acme") stands alone even without a blank line after it
        after_heading = heading and kinds.word_count(line) <= 8 and not kinds.ends_sentence(line)
    out.contacts.extend(parse_contacts(contact_lines))


def _score(lead: DatelineMatch | None, out: Layout) -> None:
    """How sure each field is; lower where a rule had to guess."""
    c = out.confidence
    c.setdefault("headline", 0.1)
    c.setdefault("subheadline", 0.8)
    if lead is not None:
        c["dateline"] = 0.9 if lead.place and lead.date else 0.75
    elif out.date or out.place:
        c["dateline"] = 0.6
    else:
        c["dateline"] = 0.5
    c["body"] = 0.85 if out.boilerplate or out.contacts else 0.7
    if not out.body:
        c["body"] = 0.1
    c["photo_credits"] = 0.85 if out.photo_credits else 0.8
    c["contacts"] = 0.7 if out.contacts else 0.75
