"""Proposing entity tags for a whole release, and applying the ones the editor accepts.

``suggest`` is a pure function of the release and a vocabulary: it reads both
and changes neither, so the GUI can run it in a worker thread or process and
show the result when it comes back. Proposals never overlap each other nor a
tag the editor already placed; where candidates overlap, the longer wins, then
the vocabulary over patterns (it carries a ref), then the one further left.

Two passes: the first runs the vocabulary and the rules on every paragraph and
learns what the release itself defines (acronyms, people found after a title,
the editor's own tags); the second proposes later mentions of what was learned.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass
from operator import itemgetter
from typing import Any

from app.annotate import rules
from app.annotate.matcher import TermMatcher
from app.annotate.vocabulary import Term, Vocabulary
from app.model import Entity, ModelError, Release, flat_boilerplate

VOCABULARY, REPEAT, ACRONYM_USE = "vocabulary", "repeat", "acronym-use"

# Lower wins among candidates of the same length.
_PRIORITY = {
    VOCABULARY: 0,
    rules.SDG: 1,
    rules.ACRONYM: 2,
    rules.MINISTRY: 3,
    rules.PERSON: 3,
    rules.ORG_AFTER_TITLE: 3,
    rules.BY_HEAD: 3,
    # a later mention of something learned: the rule that found it first names it at its first place
    REPEAT: 4,
    ACRONYM_USE: 4,
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed tag: ``release.body[paragraph].text[start:end]`` is ``text``, a ``kind`` named ``name``."""

    paragraph: int
    start: int
    end: int
    text: str
    kind: str
    name: str | None
    ref: str | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def entity(self, entity_id: str) -> Entity:
        """The Entity this suggestion becomes once accepted (for an undo command)."""
        return Entity(id=entity_id, kind=self.kind, start=self.start, end=self.end, name=self.name, ref=self.ref)


def _learn(found: Iterable[rules.Found], text: str, learned: dict[str, tuple[Term, str]]) -> None:
    """Remember what the text defines so that later mentions are proposed too."""
    for f in found:
        surface = text[f.start : f.end]
        if surface in learned:
            continue  # the first definition stands (and its Term need not be built again)
        if f.rule == rules.ACRONYM:
            rule = ACRONYM_USE if surface.isupper() or any(c.isupper() for c in surface[1:]) else REPEAT
            learned[surface] = (Term(surface, f.kind, f.name, f.ref), rule)
        elif f.rule in (rules.PERSON, rules.ORG_AFTER_TITLE, rules.BY_HEAD) and " " in surface:
            learned[surface] = (Term(surface, f.kind, f.name, f.ref), REPEAT)


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z0-9&-]*[A-Z0-9])\)")


def _acronyms_after(found: list[rules.Found], text: str) -> list[rules.Found]:
    """"National Institute for ... (INGD)": an acronym right after a found name is that name.

    This catches acronyms of another language's name, which the spelling rule cannot check.
    """
    out: list[rules.Found] = []
    if "(" not in text:
        return out
    spelled = {(f.start, f.end) for f in found if f.rule == rules.ACRONYM}
    for f in found:
        m = _BRACKETED.match(text, f.end)
        if m is None or f.kind == "person" or (m.start(1), m.end(1)) in spelled or len(m.group(1)) < 2:
            continue
        out.append(rules.Found(m.start(1), m.end(1), f.kind, f.name, f.ref, rules.ACRONYM))
    return out


def _resolve(candidates: list[rules.Found], taken: list[tuple[int, int]]) -> list[rules.Found]:
    """Keep candidates that overlap nothing already kept: longer first, then by rule priority."""
    order = sorted(candidates, key=lambda c: (c.start - c.end, _PRIORITY.get(c.rule, 9), c.start))
    kept: list[rules.Found] = []
    if any(start >= end for start, end in taken) or any(c.start >= c.end for c in candidates):
        spans = list(taken)  # an empty span overlaps what holds it strictly: compare pairs
        for c in order:
            if any(c.start < end and start < c.end for start, end in spans):
                continue
            kept.append(c)
            spans.append((c.start, c.end))
    else:
        # one byte per character, set where a kept span lies: a candidate overlaps one when any is set
        size = max([end for _, end in taken] + [c.end for c in candidates], default=0)
        covered = bytearray(size)
        for start, end in taken:
            covered[start:end] = b"\1" * (end - start)
        for c in order:
            if covered.find(1, c.start, c.end) != -1:
                continue
            kept.append(c)
            covered[c.start : c.end] = b"\1" * (c.end - c.start)
    kept.sort(key=itemgetter(0))  # by start (a Found is a tuple that starts with it)
    return kept


def suggest(release: Release, vocabulary: Vocabulary, *, paragraphs: Collection[int] | None = None) -> list[Suggestion]:
    """Proposed tags for the release's body, in reading order; ``paragraphs`` limits which are proposed."""
    matcher = vocabulary.matcher()
    learned: dict[str, tuple[Term, str]] = {}
    for para in release.body:  # the editor's own tags teach their later mentions first
        for e in para.entities:
            surface = para.entity_text(e)
            if len(surface) > 1 and surface not in vocabulary:
                learned[surface] = (Term(surface, e.kind, e.name or surface, e.ref), REPEAT)
    for text in flat_boilerplate(release):  # "About UNIDO" defines acronyms but is not tagged
        _learn(rules.acronym_definitions(text, vocabulary), text, learned)

    first_pass: list[list[rules.Found]] = []
    for para in release.body:
        text = para.text
        found = [rules.Found(s, e, t.kind, t.name, t.ref, VOCABULARY) for s, e, t in matcher.find(text)]
        defined = rules.acronym_definitions(text, vocabulary)
        people = rules.people_after_titles(text, vocabulary) + rules.people_before_titles(text, vocabulary)
        _learn(defined, text, learned)
        _learn(people, text, learned)
        found += defined + people + rules.sdg_mentions(text) + rules.ministries(text, vocabulary)
        found += rules.named_by_head(text, vocabulary)
        bracketed = _acronyms_after(found, text)
        _learn(bracketed, text, learned)
        found += bracketed
        first_pass.append(found)

    repeats: TermMatcher[tuple[Term, str]] = TermMatcher(
        {s: v for s, v in learned.items() if s not in vocabulary}
    )
    out: list[Suggestion] = []
    for index, (para, first) in enumerate(zip(release.body, first_pass, strict=True)):
        if paragraphs is not None and index not in paragraphs:
            continue
        text = para.text
        found = first
        if repeats:
            found = first + [
                rules.Found(s, e, t.kind, t.name, t.ref, rule) for s, e, (t, rule) in repeats.find(text)
            ]
        taken = [(e.start, e.end) for e in para.entities]
        for f in _resolve(found, taken):
            out.append(Suggestion(index, f.start, f.end, text[f.start : f.end], f.kind, f.name, f.ref, f.rule))
    return out


def apply(release: Release, suggestions: Iterable[Suggestion], *, prefix: str = "e") -> int:
    """Add the suggestions as tags; returns how many were added.

    A suggestion whose text no longer matches its paragraph (the editor typed
    since it was computed) or that would cross a tag is skipped, not forced.
    """
    taken = release.all_ids()  # computed once: new_id would otherwise walk the release per tag
    added = 0
    for s in suggestions:
        if not 0 <= s.paragraph < len(release.body):
            continue
        para = release.body[s.paragraph]
        if para.text[s.start : s.end] != s.text:
            continue
        entity = s.entity(release.new_id(prefix, taken))
        try:
            para.add_entity(entity)
        except ModelError:
            continue
        taken.add(entity.id)
        added += 1
    return added
