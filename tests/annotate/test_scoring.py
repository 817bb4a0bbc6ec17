"""The suggester finds what a careful editor would tag: precision and recall on the gold releases."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.annotate.scoring import score_file
from app.annotate.vocabulary import Vocabulary

GOLD = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "annotate").glob("*.gold.json"))


def test_there_are_gold_releases_of_several_shapes() -> None:
    """The gold set holds the UN visit, the bundled example and releases of other shapes."""
    names = {p.name.removesuffix(".gold.json") for p in GOLD}
    assert {"visit", "unido-shenzhen", "fr-ministere", "ngo-appeal"} <= names


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name)
def test_precision_and_recall_reach_the_target(gold: Path, shipped: Vocabulary) -> None:
    """At least 80 % of the tags an editor would place are found, and at most 1 proposal in 5 is wrong."""
    score = score_file(gold, shipped)
    assert score.gold >= 10
    assert score.precision >= 0.8, f"wrong: {score.wrong}"
    assert score.recall >= 0.8, f"missed: {score.missed}"
