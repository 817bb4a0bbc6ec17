"""Precision and recall of the suggester against gold files a careful editor wrote.

A gold file is JSON: ``{"release": "<path relative to the gold file>", "entities":
[{"paragraph": 0, "text": "LI Yong", "kind": "person"}, ...]}`` listing every
mention the editor would tag. A proposal is right when its paragraph, exact text
and kind match a gold entry not already matched (a text tagged twice in one
paragraph is listed twice). Used by ``scripts/score_suggestions.py`` and the tests.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.annotate.suggest import suggest
from app.annotate.vocabulary import Vocabulary
from app.formats import read_path
from app.formats.errors import FormatError

Key = tuple[int, str, str]


@dataclass(frozen=True)
class Score:
    """How one release scored: counts, and what was missed or proposed wrongly."""

    name: str
    gold: int
    proposed: int
    correct: int
    missed: tuple[Key, ...]
    wrong: tuple[Key, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def load_gold(path: str | Path) -> tuple[Path, list[Key]]:
    """The release a gold file names, and its entries as (paragraph, text, kind)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = [(int(e["paragraph"]), str(e["text"]), str(e["kind"])) for e in data["entities"]]
        release = path.parent / data["release"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"not a usable gold file: {exc}", source=str(path)) from None
    return release, keys


def score_file(gold_path: str | Path, vocabulary: Vocabulary) -> Score:
    """Run the suggester on the gold file's release and compare."""
    release_path, keys = load_gold(gold_path)
    release = read_path(release_path)
    proposed = [(s.paragraph, s.text, s.kind) for s in suggest(release, vocabulary)]
    gold, got = Counter(keys), Counter(proposed)
    hits = gold & got
    return Score(
        name=Path(gold_path).name.removesuffix(".gold.json"),
        gold=len(keys),
        proposed=len(proposed),
        correct=sum(hits.values()),
        missed=tuple((gold - hits).elements()),
        wrong=tuple((got - hits).elements()),
    )
