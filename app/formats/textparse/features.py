"""What the labeller knows about each line: the old rules, asked as questions.

Every feature is a question that holds for releases in general — where the line
stands, how long it is, how it is cased and punctuated, whether it holds a date, a
place before a date, a wire tag, an e-mail, a phone number, a cue word of a release
layout in any supported language — never a word or a name taken from one release.
The chain model adds the labels of the neighbouring lines; a few salient questions
are also asked of the lines just above and below, and of everything above (an end
mark or a contact heading further up changes what a line is).
"""

from __future__ import annotations

import re

from app.formats.textparse import lines as cues
from app.formats.textparse.contacts import EMAIL, PHONE, is_name_like, is_org_like, is_title_like
from app.formats.textparse.dateline import is_place, match_dateline, place_and_date
from app.formats.textparse.dates import date_only, find_date
from app.formats.textparse.placeholders import field_label, placeholders
from app.formats.textparse.segment import Line

Features = dict[str, float]

URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|int|edu|io)\b(?!@)", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[*•·▪◦‣\-–]\s|\d{1,2}[.)]\s)")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_][^\W_]*")
_LABEL_PREFIX = re.compile(r"^[^\W\d_][\w .’'-]{0,30}[:：]\s*\S")  # "Tel: ...", "Date: ...", "Contacto: ..."

# the questions also asked of the neighbours and remembered for what follows
_CONTEXT = (
    "email", "phone", "contact_head", "end_mark", "about", "date_only", "running", "kicker", "name_like",
    "credit", "lead_dateline", "short", "caps", "blank_before", "blank_after", "title_like", "url", "label_prefix",
)
_SEEN_ABOVE = ("end_mark", "about", "contact_head", "running", "email", "lead_dateline", "credit")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value < edge:
            return f"<{edge}"
    return f">={edges[-1]}"


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


_CONNECTING = frozenset(
    {"of", "for", "and", "the", "de", "du", "des", "la", "le", "el", "del", "di", "da", "do", "van", "von", "für",
     "und", "y", "e", "et", "i", "och", "og"}
)


def _name_shaped(words: list[str]) -> bool:
    """Every word capitalised but connecting ones: a name ("Ministry of Health"), not a phrase ("Council opens")."""
    return all(not w[:1].islower() or w.casefold() in _CONNECTING for w in words)


def _own(line: Line) -> Features:
    s = line.text
    f: Features = {"bias": 1.0}
    words = s.split()
    letters = _LETTER.findall(s)
    cased = [ch for ch in letters if ch.isupper() or ch.islower()]
    upper = sum(ch.isupper() for ch in cased)
    f["len=" + _bucket(len(s), (15, 30, 60, 100, 160, 300))] = 1.0
    f["words=" + _bucket(len(words), (2, 4, 7, 12, 20, 40))] = 1.0
    if len(words) <= 8:
        f["short"] = 1.0
    if cased:
        ratio = upper / len(cased)
        if ratio > 0.9 and len(cased) >= 4:
            f["caps"] = 1.0
        elif ratio > 0.5:
            f["mostly_caps"] = 1.0
        title = [w for w in words if w[:1].isalpha()]
        if title and sum(w[0].isupper() for w in title) / len(title) >= 0.7 and len(title) >= 3:
            f["title_case"] = 1.0
    elif letters:
        f["uncased_script"] = 1.0
    first = s[:1]
    if first.islower():
        f["first_lower"] = 1.0
    elif first.isdigit():
        f["first_digit"] = 1.0
    elif first in "\"“‘«'„":
        f["first_quote"] = 1.0
    if _BULLET.match(s):
        f["bullet"] = 1.0
    last = s[-1:]
    f["end=" + (last if last in ".:!?,;)\"”»。：" else ("alnum" if last.isalnum() else "other"))] = 1.0
    if cues.looks_like_running_text(s):
        f["running"] = 1.0
    if line.blank_before:
        f["blank_before"] = 1.0
    if line.blank_after:
        f["blank_after"] = 1.0
    for name, test in (
        ("kicker", cues.is_kicker),
        ("number_line", cues.is_release_number),
        ("end_mark", cues.is_end_mark),
        ("about", cues.is_about),
        ("notes", cues.is_notes),
        ("contact_head", cues.is_contact_head),
        ("source_line", cues.is_source_line),
        ("footer", cues.is_footer),
        ("byline", cues.is_byline),
        ("wire_line", cues.is_wire_line),
        ("letterhead", cues.is_letterhead),
        ("shouting", cues.is_shouting),
    ):
        if test(s):
            f[name] = 1.0
    if cues.TRAILING_NUMBER.search(s):
        f["trailing_number"] = 1.0
    if cues.has_wire(s[:200]):
        f["wire"] = 1.0
    if cues.photo_credit(s) is not None:
        f["credit"] = 1.0
        if cues.PHOTO_CREDIT.match(s):
            f["credit_at_start"] = 1.0
    if date_only(s) is not None:
        f["date_only"] = 1.0
    else:
        found = find_date(s[:300])
        if found is not None:
            f["has_date"] = 1.0
            f["date_at=" + _bucket(found.start, (1, 20, 60))] = 1.0
            if place_and_date(s) is not None:
                f["place_date"] = 1.0
    lead = match_dateline(s[:400]) if len(words) >= 3 else None
    if lead is not None:
        f["lead_dateline"] = 1.0
        f["lead_strong" if lead.strong else "lead_weak"] = 1.0
    if EMAIL.search(s):
        f["email"] = 1.0
    phones = [m.group(0) for m in PHONE.finditer(s[:300]) if sum(ch.isdigit() for ch in m.group(0)) >= 7]
    if phones:
        f["phone"] = 1.0
        if sum(len(p) for p in phones) >= 0.4 * len(s):
            f["mostly_phone"] = 1.0
    if URL.search(s):
        f["url"] = 1.0
    if _LABEL_PREFIX.match(s):
        f["label_prefix"] = 1.0
    if (label := field_label(s)) is not None:
        f["field_label=" + label.split()[0].strip(":：").casefold()[:12]] = 1.0
    if placeholders(s):
        f["placeholder"] = 1.0
    if len(words) <= 6:
        if is_place(s.strip(" ,.–—-")) and len(words) <= 4:
            f["place_only"] = 1.0
        if is_name_like(s):
            f["name_like"] = 1.0
        if is_title_like(s):
            f["title_like"] = 1.0
    if len(words) <= 10 and is_org_like(s) and not cues.ends_sentence(s) and _name_shaped(words):
        f["org_like"] = 1.0  # a letterhead: "MINISTRY OF ...", "Embassy of ...", "City Council"
    if ";" in s[:-1]:
        f["semicolon"] = 1.0  # a deck strings clauses with ";", a headline almost never does
    if s.count(" | ") >= 1 or s.count("•") >= 2:
        f["separators"] = 1.0
    return f


# what a line above the body can be besides a headline or deck: the old header rules, as cues
_NOT_CANDIDATE = ("kicker", "number_line", "date_only", "place_date", "wire_line", "byline", "contact_head",
                  "email", "phone", "separators", "letterhead", "end_mark", "url")


def _header_features(own: list[Features]) -> list[Features]:
    """Where each line stands against the first prose and among the header's candidate lines."""
    first_prose = next((i for i, f in enumerate(own) if "running" in f or "lead_dateline" in f), len(own))
    # the body starts at the lead dateline (the corpus rule): what stands above the first strong one is header
    lead = next((i for i, f in enumerate(own[:25]) if "lead_strong" in f), None)
    out: list[Features] = []
    candidates = 0
    for i, f in enumerate(own):
        g: Features = {}
        if lead is not None and i < lead:
            g["above_lead=" + str(min(lead - i, 3))] = 1.0
        if i == first_prose:
            g["first_prose"] = 1.0
        elif i < first_prose:
            g["above_prose=" + str(min(first_prose - i, 4))] = 1.0
            if not any(name in f for name in _NOT_CANDIDATE):
                g["candidate=" + str(min(candidates, 2))] = 1.0
                candidates += 1
        out.append(g)
    return out


def line_features(lines: list[Line]) -> list[Features]:
    """One feature dictionary per line, in order."""
    n = len(lines)
    own = [_own(line) for line in lines]
    for f, line in zip(own, lines, strict=True):
        if _display(line.signals) and "running" in f and len(line.text.split()) <= 40 and len(line.text) <= 300:
            # a sentence set large, or bold and centred, is a headline or a deck however it reads; a lead
            # typed in a heading style runs longer than a deck
            del f["running"]
            f["display_sentence"] = 1.0
    header = _header_features(own)
    word = _word_features(lines)
    norms = [_norm(line.text) for line in lines]
    blocks: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        blocks.setdefault(line.block, []).append(i)
    block_running = {b: cues.looks_like_running_text(" ".join(lines[j].text for j in members))
                     for b, members in blocks.items() if len(members) > 1}
    first_seen: dict[str, int] = {}
    for i, key in enumerate(norms):
        first_seen.setdefault(key, i)
    out: list[Features] = []
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        f = dict(own[i])
        f.update(header[i])
        f["top=" + str(min(i, 8))] = 1.0
        f["bottom=" + str(min(n - 1 - i, 8))] = 1.0
        f["rel=" + str(int(5 * i / n))] = 1.0
        members = blocks[line.block]
        if len(members) == 1:
            f["alone_in_block"] = 1.0
        else:
            f["block_lines=" + str(min(len(members), 4))] = 1.0
            f["in_block=" + ("first" if i == members[0] else "last" if i == members[-1] else "middle")] = 1.0
            if block_running[line.block]:
                f["block_running"] = 1.0
            widest = max(len(lines[j].text) for j in members)
            if i != members[-1] and len(line.text) >= 0.75 * widest and widest >= 40:
                f["wrapped"] = 1.0  # hard-wrapped prose: the line runs to the block's width
            if i != members[-1] and lines[i + 1].text[:1].islower():
                f["continues_lower"] = 1.0
        key = norms[i]
        if key and first_seen[key] < i:
            f["repeats_earlier"] = 1.0
        if key and any(norms[j] == key for j in range(i + 1, min(n, i + 12))):
            f["repeats_later"] = 1.0
        if key and len(key) > 12 and any(key in norms[j] and norms[j] != key for j in range(max(0, i - 6), i)):
            f["inside_earlier"] = 1.0
        if key and any(len(norms[j]) > 12 and norms[j] in key and norms[j] != key for j in range(i + 1, min(n, i + 6))):
            f["holds_later"] = 1.0  # "Headline | Site" above the headline itself
        for name in _CONTEXT:
            if i > 0 and name in own[i - 1]:
                f["-1:" + name] = 1.0
            if i + 1 < n and name in own[i + 1]:
                f["+1:" + name] = 1.0
        for name in _SEEN_ABOVE:
            if name in seen:
                f["above:" + name] = 1.0
                if i - seen[name] <= 3:
                    f["near_above:" + name] = 1.0
        if "running" not in seen:
            f["no_prose_above"] = 1.0
        for name in _SEEN_ABOVE:
            if name in own[i]:
                seen[name] = i
        f.update(line.signals)
        f.pop("w:size_ratio", None)
        f.update(word[i])
        out.append(f)
    return out


def _display(signals: dict[str, float]) -> bool:
    """Word's display type: larger than the body, a title or heading style, or bold and centred."""
    if not signals or ("w:part=body" not in signals and "w:part=cell" not in signals):
        return False
    return ("w:size=big" in signals or "w:size=large" in signals or "w:style=title" in signals
            or "w:style=heading" in signals or ("w:bold" in signals and "w:align=center" in signals))


_EMPHASIS = ("w:bold", "w:size=big", "w:size=large", "w:align=center", "w:style=title", "w:style=heading")


def _word_features(lines: list[Line]) -> list[Features]:
    """Word's formatting against the rest of the document's top: the largest type, the first emphasised line."""
    out: list[Features] = [{} for _ in lines]
    top = [i for i in range(min(len(lines), 15)) if lines[i].signals]
    if not top:
        return out
    sizes = [lines[i].signals.get("w:size_ratio", 1.0) for i in top]
    largest = max(sizes)
    if largest > 1.05:
        for i, size in zip(top, sizes, strict=True):
            if size == largest:
                out[i]["w:largest_top"] = 1.0
    emphasised = [i for i in top if any(k in lines[i].signals for k in _EMPHASIS)]
    if emphasised:
        out[emphasised[0]]["w:first_emphasis"] = 1.0
        if len(emphasised) > 1:
            out[emphasised[1]]["w:second_emphasis"] = 1.0
    return out

