"""Training the line labeller: a linear-chain CRF (crfsuite, L-BFGS), the same file from the same data.

Every training release also teaches its short form and its text export (``augment.py``).

The examples are fed in a fixed order (sorted by name) with fixed parameters, and
crfsuite's L-BFGS is deterministic, so ``make model`` on the same data writes the
same bytes; a test holds the shipped model to that.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.formats.textparse.features import Features, line_features
from app.formats.textparse.learn.align import Example
from app.formats.textparse.learn.augment import augmented

# L1 keeps the model small and drops features that only fit one release; L2 spreads weight over
# correlated cues. Chosen by the grouped cross-validation in crossval.py, not by the score on the training set.
PARAMS = {
    "c1": 0.2,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


Sequence = tuple[list[Features], list[str]]


def sequences(examples: Iterable[Example]) -> list[Sequence]:
    """The feature sequences and labels the trainer sees for ``examples`` (augmented), in a fixed order."""
    return [(line_features(ex.lines), list(ex.labels)) for ex in sorted(augmented(examples), key=lambda e: e.name)]


def train(examples: Iterable[Example], out: Path, params: dict[str, object] | None = None) -> Path:
    """Train on ``examples`` and write the model to ``out`` (atomically)."""
    return train_sequences(sequences(examples), out, params)


def train_sequences(seqs: Iterable[Sequence], out: Path, params: dict[str, object] | None = None) -> Path:
    """Train on feature sequences (ours, shipped ones, an editor's corrections) and write the model to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in seqs:
        trainer.append(xseq, yseq)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name, dir=out.parent)
    os.close(fd)
    try:
        trainer.train(tmp)
        os.chmod(tmp, 0o644)  # a shipped resource, readable by everyone like the rest of resources/
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def write_sequences(seqs: list[Sequence], out: Path) -> Path:
    """The training sequences as gzipped JSON lines: features and labels only, no text of any release."""
    lines = "".join(json.dumps({"x": x, "y": y}, sort_keys=True, ensure_ascii=False) + "\n" for x, y in seqs)
    out.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    return out


def read_sequences(path: Path) -> list[Sequence]:
    rows = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return [(d["x"], d["y"]) for d in map(json.loads, rows) if d]
