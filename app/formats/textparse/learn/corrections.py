"""An editor's corrections to the importer, kept as labelled examples, and a model retrained on them.

Each correction made in View > Import Source stores the whole labelled release (its
lines and the labels as corrected) in the user's data folder. "Learn from my
corrections" trains a model on the shipped training sequences (features and labels
only, ``resources/importer/training.jsonl.gz``) plus these releases and writes it
beside them; the importer uses it from then on, and "Reset to the shipped model"
removes it. Nothing here touches the shipped files.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from app.formats.textparse.features import line_features
from app.formats.textparse.labeller import LABELS, Labelled
from app.formats.textparse.learn.train import read_sequences, train_sequences
from app.formats.textparse.segment import Line
from app.paths import resources_dir


def _folder(data_dir: Path) -> Path:
    return data_dir / "importer"


def corrections_path(data_dir: Path) -> Path:
    return _folder(data_dir) / "corrections.jsonl"


def user_model_path(data_dir: Path) -> Path:
    return _folder(data_dir) / "line-labeller.crfsuite"


def shipped_sequences_path() -> Path:
    return resources_dir() / "importer" / "training.jsonl.gz"


def _key(rows: list[Labelled]) -> str:
    return hashlib.sha256("\n".join(r.line.raw for r in rows).encode("utf-8")).hexdigest()[:16]


def record(data_dir: Path, rows: list[Labelled]) -> Path:
    """Keep the release's lines with their labels as corrected; a release corrected again replaces its entry."""
    path = corrections_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = {e["key"]: e for e in _entries(path)}
    entries[_key(rows)] = {
        "key": _key(rows),
        "lines": [{"text": r.line.text, "raw": r.line.raw, "number": r.line.number, "block": r.line.block,
                   "blank_before": r.line.blank_before, "blank_after": r.line.blank_after,
                   "signals": r.line.signals} for r in rows],
        "labels": [r.label for r in rows],
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries.values()), encoding="utf-8")
    os.replace(tmp, path)
    return path


def _entries(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    out = []
    for row in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(row)
        except json.JSONDecodeError:
            continue  # a line cut by a crash is skipped, the others stay
        if all(label in LABELS for label in entry.get("labels", [])):
            out.append(entry)
    return out


def corrected(data_dir: Path) -> list[tuple[list[Line], list[str]]]:
    """The releases the editor corrected, as lines and labels."""
    return [([Line(**line) for line in e["lines"]], e["labels"]) for e in _entries(corrections_path(data_dir))]


def retrain(data_dir: Path) -> Path:
    """Train on the shipped sequences and the editor's corrections; the new model's path."""
    seqs = read_sequences(shipped_sequences_path())
    # a correction weighs like a few releases: the editor means it, and one example among 1,500 would not move
    for lines, labels in corrected(data_dir):
        seqs.extend([(line_features(lines), labels)] * 3)
    return train_sequences(seqs, user_model_path(data_dir))


def reset(data_dir: Path) -> None:
    """Back to the shipped model: the learned one is removed (the corrections are kept)."""
    user_model_path(data_dir).unlink(missing_ok=True)
