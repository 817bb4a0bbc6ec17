"""Print the tag suggester's precision and recall on the gold files (a Markdown table for the README).

    .venv/bin/python scripts/score_suggestions.py [GOLD.json ...] [-v]

With no file it scores every ``tests/fixtures/annotate/*.gold.json``. ``-v``
lists what was missed and what was proposed wrongly. Exit 1 when a release
scores below 0.8 precision or recall.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 0.8


def main(argv: list[str]) -> int:
    from app.annotate.scoring import score_file
    from app.annotate.vocabulary import load_shipped
    from app.paths import resources_dir

    verbose = "-v" in argv
    files = [Path(a) for a in argv if a != "-v"] or sorted((ROOT / "tests/fixtures/annotate").glob("*.gold.json"))
    vocabulary = load_shipped(resources_dir() / "vocabularies")
    print("| release | gold tags | proposed | correct | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    ok = True
    for path in files:
        s = score_file(path, vocabulary)
        print(f"| {s.name} | {s.gold} | {s.proposed} | {s.correct} | {s.precision:.2f} | {s.recall:.2f} |")
        ok = ok and s.precision >= TARGET and s.recall >= TARGET
        if verbose:
            for key in s.missed:
                print(f"    missed: {key}", file=sys.stderr)
            for key in s.wrong:
                print(f"    wrong:  {key}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
