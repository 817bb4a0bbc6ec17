"""The contact lines of a labelled release made contacts: blocks, columns, and contacts said in a sentence.

Kept apart from :mod:`assemble`, which decides where each field's lines are; this
decides which of the lines below the body reach a person and how they group.
"""

from __future__ import annotations

import re

from app.formats.textparse import lines as cues
from app.formats.textparse.contacts import EMAIL, is_name_like, parse_contacts, phone_digits
from app.formats.textparse.features import URL
from app.formats.textparse.labeller import Labelled
from app.model import Contact


def continue_contacts(rows: list[Labelled], body: set[int]) -> None:
    """A block with an e-mail or a phone number right after a contact block is another contact, not a footer."""
    blocks: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        if i not in body:
            blocks.setdefault(r.line.block, []).append(i)
    previous_was_contact = False
    for members in blocks.values():
        labels = {rows[i].label for i in members}
        reachable = any(EMAIL.search(rows[i].line.text) or phone_digits(rows[i].line.text) for i in members)
        if labels & {"contact", "contact_head"}:
            previous_was_contact = True
            if reachable and labels <= {"contact", "contact_head", "other", "boiler"} and len(members) <= 5 and all(
                    len(rows[i].line.text) <= 160 and not rows[i].forced for i in members):
                # a short block that ends in a phone or e-mail is one contact: its name and role lines with it
                for i in members:
                    if rows[i].label in ("other", "boiler"):
                        rows[i] = Labelled(rows[i].line, "contact", rows[i].marginals.get("contact", 0.0),
                                           rows[i].marginals)
            continue
        if previous_was_contact and reachable and labels <= {"other", "boiler"} and not any(rows[i].forced
                                                                                            for i in members):
            for i in members:
                rows[i] = Labelled(rows[i].line, "contact", rows[i].marginals.get("contact", 0.0), rows[i].marginals)
            continue
        previous_was_contact = False


_CONTACT_CUE = re.compile(
    r"\b(?:contact(?:ez|e|o|ar|er)?|kontakt\w*|please\s+(?:call|write|e-?mail)|call|write\s+to|reach|"
    r"inquiries|enquiries|e-?mail)\b|联系|お問い合わせ|연락",
    re.IGNORECASE,
)


_CONTACT_NAME = re.compile(r"\b(?:[Cc]ontact|[Pp]lease\s+(?:call|write\s+to))\s+"
                           r"((?:[A-Z][\w'’-]+\.?\s){1,2}[A-Z][\w'’-]+)(?=\s+(?:for|at|on|if|with|to)\b|[.,;])")


def contact_sentence(text: str, region: str | None) -> list[Contact]:
    """The contact a body sentence gives: a cue word and, within a few words of it, an e-mail or phone."""
    for m in EMAIL.finditer(text):
        found_cues = list(_CONTACT_CUE.finditer(text, max(0, m.start() - 120), m.start()))
        if found_cues:
            cue = found_cues[-1]
            return parse_contacts([text[cue.end() : m.end()].strip(" :,")], region)
    # "Contact John Smith for more information.": a name right after the cue, with no way to reach them
    named = _CONTACT_NAME.search(text)
    if named and is_name_like(named.group(1)):
        # "contact Jane Roe on 0412 555 019": a phone within the same sentence is hers
        tail = re.split(r"(?<=[^\d\s])\.(?:\s|$)", text[named.end():], maxsplit=1)[0]
        if phone_digits(tail):
            found = parse_contacts([f"{named.group(1)}, {tail.strip(' .,:')}"], region)
            if found and found[0].phone:
                return [Contact(name=named.group(1), phone=found[0].phone)]
        return [Contact(name=named.group(1))]
    return []


def contacts_of(rows: list[Labelled], chosen: list[int], region: str | None) -> list[Contact]:
    """Contacts from the contact lines, a heading opening each group; a bare heading carries no value."""
    groups: list[list[str]] = []
    cued: list[bool] = []
    members: list[list[int]] = []
    for i in chosen:
        text = rows[i].line.text
        after_other = i > 0 and rows[i - 1].label not in ("contact", "contact_head")
        # (a cue opens a group even where the labeller called its line a contact: the lines above it are not
        # the contact it announces — a table row over "Contact: Jane Roe, ...")
        if rows[i].label == "contact_head" or not groups or after_other or (
                cues.is_contact_head(text) and groups[-1] and not cued[-1]):
            groups.append([])
            cued.append(False)
            members.append([])
        members[-1].append(i)
        if cues.is_contact_head(text) or (rows[i].label == "contact_head" and _reachable(text)):
            cued[-1] = True
        if rows[i].label == "contact_head" and not (cues.is_contact_head(text) or _reachable(text)):
            continue  # a heading in words the cue list does not know carries no value
        groups[-1].append(text)
    # names with no heading over them and no way to reach anyone (a course paper's author list, a list of
    # sessions, a sign-off) are not a contact block: they stay in the release as other text
    contacts: list[Contact] = []
    for g, has_cue, rows_of in zip(groups, cued, members, strict=True):
        if has_cue or any(_reachable(t) for t in g):
            for column in _side_by_side(g) or [g]:
                contacts.extend(parse_contacts(column, region))
        else:
            for i in rows_of:
                rows[i] = Labelled(rows[i].line, "other", rows[i].marginals.get("other", 0.0), rows[i].marginals)
    return contacts


_COLUMN_GAP = re.compile(r"\t+|\s{3,}")


def _side_by_side(lines: list[str]) -> list[list[str]] | None:
    """Contacts typed in columns side by side ("Jane Roe        Ola Lind" over "Tel ...        Tel ..."): each
    column's lines, a heading line above them given to each; None unless every row splits into the same
    number of columns and each column holds a way to reach its person."""
    rows = [_COLUMN_GAP.split(line.strip()) for line in lines]
    wide = [r for r in rows if len(r) > 1]
    if len(wide) < 2 or len({len(r) for r in wide}) != 1:
        return None
    heading = [r[0] for r in rows[: rows.index(wide[0])]]
    if any(len(r) == 1 for r in rows[rows.index(wide[0]) :]):
        return None  # a line across the columns below them: not a table of people
    columns = [heading + [r[j] for r in wide] for j in range(len(wide[0]))]
    if not all(any(_reachable(cell) for cell in column) for column in columns):
        return None
    return columns


def _reachable(text: str) -> bool:
    return bool(EMAIL.search(text) or phone_digits(text) or URL.search(text))
