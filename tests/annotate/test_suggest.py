"""Suggesting tags for a release and applying them: no crossing spans, editor's tags respected."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.annotate.suggest import Suggestion, apply, suggest
from app.annotate.vocabulary import Term, Vocabulary
from app.formats import json_render
from app.model import Entity, Paragraph, Release

PROJECT = Path(__file__).resolve().parents[2]

_TEXT = (
    "UNIDO Director General LI Yong opened the Harbour Clean Production Partnership (HCPP) in Shenzhen "
    "with the United Nations Industrial Development Organization and Sustainable Development Goal 9 (SDG9)."
)


def _release(*texts: str) -> Release:
    return Release(id="r", headline="Test", body=[Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)])


def _no_overlaps(spans: list[tuple[int, int]]) -> bool:
    spans = sorted(spans)
    return all(a[1] <= b[0] for a, b in pairwise(spans))


def test_suggestions_cover_each_rule(shipped: Vocabulary) -> None:
    """One paragraph yields vocabulary, person, acronym and SDG proposals, in reading order."""
    got = suggest(_release(_TEXT), shipped)
    assert [(s.text, s.kind, s.rule) for s in got] == [
        ("UNIDO", "organisation", "vocabulary"),
        ("LI Yong", "person", "person-after-title"),
        ("Harbour Clean Production Partnership", "initiative", "acronym-definition"),
        ("HCPP", "initiative", "acronym-definition"),
        ("Shenzhen", "place", "vocabulary"),
        ("United Nations Industrial Development Organization", "organisation", "vocabulary"),
        ("Sustainable Development Goal 9", "topic", "sdg"),
        ("SDG9", "topic", "sdg"),
    ]
    assert all(_TEXT[s.start : s.end] == s.text for s in got)


def test_later_mentions_are_proposed(shipped: Vocabulary) -> None:
    """A person found after a title and an acronym defined once are proposed again in later paragraphs."""
    got = suggest(_release(_TEXT, "Later LI Yong said the HCPP would grow."), shipped)
    later = [(s.text, s.name, s.rule) for s in got if s.paragraph == 1]
    assert later == [("LI Yong", "Li Yong", "repeat"),
                     ("HCPP", "Harbour Clean Production Partnership", "acronym-use")]


def test_longer_span_wins_and_nothing_crosses(shipped: Vocabulary) -> None:
    """"Shenzhen" inside "Shenzhen Municipal Government" is not proposed on its own."""
    got = suggest(_release("It met the Shenzhen Municipal Government in Shenzhen."), shipped)
    assert [(s.text, s.kind) for s in got] == [("Shenzhen Municipal Government", "organisation"),
                                               ("Shenzhen", "place")]


_VOCAB: dict[str, Vocabulary] = {}
_WORDS = st.sampled_from(
    ["UNIDO", "Director", "General", "LI", "Yong", "United", "Nations", "Industrial", "Development",
     "Organization", "(UNIDO)", "of", "the", "and", "Shenzhen", "Municipal", "Government", "SDG", "9", "said",
     "Ministry", "Trade", "Forum", "Geneva", "Ms.", "BERGER", ",", "Third", "Decade", "for", "Africa", "(IDDA III)"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=3))
def test_suggestions_never_overlap_and_always_apply(texts: list[str]) -> None:
    """Whatever the text, proposals never overlap, match their text, and all apply to a valid release."""
    # hypothesis does not mix with function-scoped fixtures: load once, by hand
    if not _VOCAB:
        from app.annotate.vocabulary import load_shipped
        from app.paths import resources_dir

        _VOCAB["v"] = load_shipped(resources_dir() / "vocabularies")
    vocabulary = _VOCAB["v"]
    release = _release(*texts)
    got = suggest(release, vocabulary)
    for index, text in enumerate(texts):
        mine = [s for s in got if s.paragraph == index]
        assert _no_overlaps([(s.start, s.end) for s in mine])
        assert all(text[s.start : s.end] == s.text for s in mine)
    assert apply(release, got) == len(got)
    release.check()


def test_already_tagged_spans_are_skipped(shipped: Vocabulary) -> None:
    """Text the editor already tagged gets no proposal over it, and their tag's later mentions are proposed."""
    release = _release("Talks in Geneva with Rosa Klee today.", "Rosa Klee flew to Geneva.")
    release.body[0].entities.append(Entity(id="e1", kind="person", start=21, end=30, name="Rosa Klee"))
    release.body[0].entities.append(Entity(id="e2", kind="organisation", start=9, end=15))
    got = suggest(release, shipped)
    assert [(s.paragraph, s.text, s.rule) for s in got] == [
        (1, "Rosa Klee", "repeat"),
        (1, "Geneva", "vocabulary"),
    ]


def test_apply_then_json_lists_the_tags(shipped: Vocabulary) -> None:
    """Accepting all proposals adds tags with fresh ids, and the JSON rendering lists them per paragraph."""
    release = _release(_TEXT, "Nothing here.")
    release.body[1].entities.append(Entity(id="e9", kind="topic", start=0, end=7))
    got = suggest(release, shipped)
    assert apply(release, got) == len(got)
    release.check()
    data = json.loads(json_render.write(release))
    tags = data["body"][0]["tags"]
    assert [(t["text"], t["kind"], t["name"]) for t in tags] == [(s.text, s.kind, s.name) for s in got]
    assert tags[1] == {"id": tags[1]["id"], "kind": "person", "start": 23, "end": 30, "text": "LI Yong",
                       "name": "Li Yong", "ref": None}
    ids = [t["id"] for t in tags] + ["e9", "r", "p0", "p1"]
    assert len(ids) == len(set(ids))


def test_apply_skips_stale_and_crossing_suggestions() -> None:
    """A proposal whose text changed since, or that would cross a tag, is skipped and not counted."""
    release = _release("Geneva and Vienna")
    release.body[0].entities.append(Entity(id="e1", kind="place", start=0, end=10))
    stale = Suggestion(0, 11, 17, "Vienne", "place", "Vienna", None, "vocabulary")
    crossing = Suggestion(0, 7, 17, "and Vienna", "place", None, None, "vocabulary")
    good = Suggestion(0, 11, 17, "Vienna", "place", "Vienna", None, "vocabulary")
    assert apply(release, [stale, crossing, good]) == 1
    assert [(e.start, e.end) for e in release.body[0].entities] == [(0, 10), (11, 17)]


def test_editor_vocabulary_entry_is_proposed(tmp_path: Path) -> None:
    """A term the editor added is proposed with its kind, name and ref."""
    vocabulary = Vocabulary()
    vocabulary.add(Term("Harbour Board", "organisation", "Port Harbour Board", "org:phb"))
    got = suggest(_release("The Harbour Board met."), vocabulary)
    assert [(s.text, s.name, s.ref) for s in got] == [("Harbour Board", "Port Harbour Board", "org:phb")]


def test_core_tagger_imports_without_pyside6() -> None:
    """The tagger runs headless: importing it loads no PySide6 module."""
    code = (
        "import app.annotate.suggest, app.annotate.skos, app.annotate.scoring, app.cli_suggest, sys; "
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not loaded, loaded"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
