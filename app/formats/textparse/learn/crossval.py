"""Honest figures for the importer: resubstitution beside k-fold cross-validation grouped by source.

Each fold's model is trained on the other folds (and on our own labelled releases,
which share no organisation with the corpus) and the fold's releases are scored by
``../shared/tools/score_corpus.py`` through its ``--cmd`` option, running
``release-desk convert --model FOLD_MODEL`` on each file as a user would. The same
fold models also give each field's confidence, so the report says what share of the
wrong fields the form would mark unsure, and what share of the right ones.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.formats.textparse.learn.align import Example
from app.formats.textparse.learn.fields import CONFIDENCE_OF, FIELDS, outcomes
from app.formats.textparse.learn.train import train

UNSURE_BELOW = 0.8  # the form's default threshold (app.gui.settings.Preferences.unsure_below)


@dataclass(frozen=True)
class Outcome:
    item: str
    field: str
    ok: bool
    confidence: float


def assign_folds(examples: Sequence[Example], k: int = 5) -> list[list[Example]]:
    """``k`` folds of whole groups, largest groups first onto the smallest fold; the same folds every run."""
    groups: dict[str, list[Example]] = defaultdict(list)
    for ex in examples:
        groups[ex.group].append(ex)
    folds: list[list[Example]] = [[] for _ in range(k)]
    for _, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        min(folds, key=len).extend(members)
    return [f for f in folds if f]


def _rows(output: str) -> dict[str, set[str]]:
    """Per release, the fields score_corpus.py printed as failed (its lines "NNN: 8/9  field ...")."""
    failed: dict[str, set[str]] = {}
    for line in output.splitlines():
        m = re.match(r"^(\S+): (\d+)/(\d+)\s*(.*)$", line)
        if m and m.group(1) not in ("score",):
            failed[m.group(1)] = set(m.group(4).split())
    return failed


def score_fold(scorer: Path, folder: Path, items: Sequence[str], model: Path,
               suffix: str = ".txt") -> dict[str, set[str]]:
    """Run score_corpus.py on ``items`` of ``folder`` with ``model``; the failed fields per item."""
    with tempfile.TemporaryDirectory(prefix="fold-") as tmp:
        root = Path(tmp)
        (root / "raw").mkdir()
        (root / "truth").mkdir()
        for item in items:
            os.symlink((folder / "raw" / (item + suffix)).resolve(), root / "raw" / (item + suffix))
            os.symlink((folder / "truth" / (item + ".json")).resolve(), root / "truth" / (item + ".json"))
        exe = Path(sys.executable).with_name("release-desk")
        cmd = f"{shlex.quote(str(exe))} convert {{}} --to json -o - --model {shlex.quote(str(model))}"
        done = subprocess.run([sys.executable, str(scorer), str(root), "--cmd", cmd], capture_output=True,
                              text=True, check=False)
        if "score:" not in done.stdout:
            raise RuntimeError(f"score_corpus.py failed: {done.stderr[-500:]}")
        return _rows(done.stdout)


def confidences(folder: Path, items: Sequence[str], model: Path, read: Callable[[bytes, str], object],
                suffix: str = ".txt") -> dict[str, dict[str, float]]:
    """Each item's field confidences as imported with ``model``."""
    from app.formats.textparse.labeller import use_model

    use_model(model)
    try:
        out = {}
        for item in items:
            path = folder / "raw" / (item + suffix)
            release = read(path.read_bytes(), str(path))
            out[item] = dict(release.confidence)  # type: ignore[attr-defined]
        return out
    finally:
        use_model(None)


def evaluate(scorer: Path, folder: Path, examples: Sequence[Example], extra: Sequence[Example],
             read: Callable[[bytes, str], object], *, k: int = 5, suffix: str = ".txt",
             log: Callable[[str], None] = print) -> tuple[list[Outcome], list[Outcome]]:
    """(resubstitution outcomes, cross-validated outcomes) for ``examples`` of the corpus in ``folder``."""
    with tempfile.TemporaryDirectory(prefix="models-") as tmp:
        resub_model = train([*examples, *extra], Path(tmp) / "all.crfsuite")
        names = [e.name for e in examples]
        resub = _outcomes(score_fold(scorer, folder, names, resub_model, suffix),
                          confidences(folder, names, resub_model, read, suffix))
        cv: list[Outcome] = []
        for n, fold in enumerate(assign_folds(examples, k), start=1):
            held = {e.name for e in fold}
            model = train([e for e in examples if e.name not in held] + list(extra), Path(tmp) / f"fold{n}.crfsuite")
            items = sorted(held)
            found = _outcomes(score_fold(scorer, folder, items, model, suffix),
                              confidences(folder, items, model, read, suffix))
            log(f"fold {n}: {len(items)} releases from {len({e.group for e in fold})} organisations, "
                f"{sum(o.ok for o in found)}/{len(found)} field checks")
            cv.extend(found)
    return resub, cv


def _outcomes(failed: dict[str, set[str]], conf: dict[str, dict[str, float]]) -> list[Outcome]:
    return [Outcome(item, f, f not in failed[item], conf.get(item, {}).get(CONFIDENCE_OF[f], 1.0))
            for item in sorted(failed) for f in FIELDS]


def report(title: str, outcomes: Sequence[Outcome], unsure_below: float = UNSURE_BELOW) -> str:
    """A table per field and overall, with the share of wrong and right fields marked unsure."""
    lines = [title]
    for f in FIELDS:
        rows = [o for o in outcomes if o.field == f]
        good = sum(o.ok for o in rows)
        lines.append(f"  {f:16} {good:3}/{len(rows):<3} {100 * good / max(1, len(rows)):5.1f}%")
    good = sum(o.ok for o in outcomes)
    lines.append(f"  {'overall':16} {good:3}/{len(outcomes):<3} {100 * good / max(1, len(outcomes)):5.1f}%")
    wrong = [o for o in outcomes if not o.ok]
    right = [o for o in outcomes if o.ok]
    flagged_wrong = sum(o.confidence < unsure_below for o in wrong)
    flagged_right = sum(o.confidence < unsure_below for o in right)
    lines.append(f"  unsure (confidence < {unsure_below}): {flagged_wrong}/{len(wrong)} wrong fields "
                 f"({100 * flagged_wrong / max(1, len(wrong)):.0f}%), {flagged_right}/{len(right)} right fields "
                 f"({100 * flagged_right / max(1, len(right)):.0f}%)")
    return "\n".join(lines)

def cross_validate(examples: Sequence[Example], extra: Sequence[Example], raw_of: Callable[[Example], Path],
                   read: Callable[[bytes, str], object], *, k: int = 5) -> list[Outcome]:
    """Grouped k-fold cross-validation in this process, judged by ``fields.outcomes`` (no ../shared needed)."""
    from app.formats.textparse.labeller import use_model

    found: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="models-") as tmp:
        for n, fold in enumerate(assign_folds(examples, k), start=1):
            held = {e.name for e in fold}
            model = train([e for e in examples if e.name not in held] + list(extra), Path(tmp) / f"fold{n}.crfsuite")
            use_model(model)
            try:
                for ex in sorted(fold, key=lambda e: e.name):
                    path = raw_of(ex)
                    release = read(path.read_bytes(), str(path))
                    conf = release.confidence  # type: ignore[attr-defined]
                    found.extend(Outcome(ex.name, f, ok, conf.get(CONFIDENCE_OF[f], 1.0))
                                 for f, ok in outcomes(release, ex.truth))  # type: ignore[arg-type]
            finally:
                use_model(None)
    return found
