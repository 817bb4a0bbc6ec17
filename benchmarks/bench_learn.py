"""Learning from corrections: retraining with one corrected release against training on the shipped data alone.

Not a test: run it (``make bench`` runs every bench_*.py) and read the ratio.

    .venv/bin/python benchmarks/bench_learn.py

Settings > Import > "Learn from My Corrections" runs ``corrections.retrain`` in a
worker thread. The baseline, measured in the same run, is training a model on the
shipped sequences alone (what ``make model``'s data costs the trainer); the ratio
says what the corrections add. Target: at most 1.5x, and the retrain itself is
printed in seconds for the README (about a second or two is what the menu promises).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timing import bench_line, best_pair  # noqa: E402

from app.formats import import_path  # noqa: E402
from app.formats.textparse.learn import corrections  # noqa: E402
from app.formats.textparse.learn.train import read_sequences, train_sequences  # noqa: E402
from app.formats.textparse.pipeline import relabel  # noqa: E402

RELEASE = HERE.parent / "tests" / "fixtures" / "import_source" / "acme_plant.txt"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        imported = import_path(RELEASE)
        assert imported is not None
        corrections.record(data_dir, relabel(imported, 2, "byline").rows)
        shipped = read_sequences(corrections.shipped_sequences_path())
        baseline_model = data_dir / "baseline.crfsuite"
        retrain, baseline = best_pair(lambda: corrections.retrain(data_dir),
                                      lambda: train_sequences(list(shipped), baseline_model), rounds=3)
    print(f"retrain with one correction: {retrain:.2f} s CPU; shipped data alone: {baseline:.2f} s CPU")
    held = bench_line("learn_retrain_vs_shipped", retrain / baseline, 1.5, "<=")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
