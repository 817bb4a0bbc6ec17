"""``python -m app.formats.textparse.learn model|score``: train the shipped model, or print honest figures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.formats.textparse.labeller import shipped_model
from app.formats.textparse.learn.align import load_corpus
from app.formats.textparse.learn.calendar import write as write_calendar
from app.formats.textparse.learn.crossval import evaluate, report
from app.formats.textparse.learn.train import sequences, train_sequences, write_sequences
from app.paths import resources_dir

PROJECT = Path(__file__).resolve().parents[4]
SHARED = PROJECT.parent / "shared"
TEXT_CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_corpus.py"


def own_releases() -> Path:
    """Releases we wrote and labelled through truth files of the corpus's shape (shipped with the app)."""
    return resources_dir() / "importer" / "releases"


def training_examples(corpus: Path | None) -> tuple[list, list, list[str]]:
    own, problems = load_corpus(own_releases())
    corpus_examples: list = []
    if corpus is not None:
        corpus_examples, more = load_corpus(corpus)
        problems += more
    return corpus_examples, own, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.formats.textparse.learn")
    sub = parser.add_subparsers(dest="command", required=True)
    model = sub.add_parser("model", help="train the shipped line-labeller model")
    model.add_argument("--corpus", type=Path, default=TEXT_CORPUS)
    model.add_argument("-o", "--output", type=Path, default=shipped_model())
    score = sub.add_parser("score", help="resubstitution and grouped k-fold cross-validated scores")
    score.add_argument("--corpus", type=Path, default=TEXT_CORPUS)
    score.add_argument("-k", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: the development corpus is not there (../shared beside the project)", file=sys.stderr)
        return 2
    corpus, own, problems = training_examples(args.corpus)
    for p in problems:
        print(f"not aligned: {p}", file=sys.stderr)
    if args.command == "model":
        write_calendar()
        seqs = sequences([*corpus, *own])
        write_sequences(seqs, args.output.with_name("training.jsonl.gz"))
        train_sequences(seqs, args.output)
        print(f"{args.output}: trained on {len(corpus)} corpus releases and {len(own)} of our own "
              f"({sum(len(e.lines) for e in [*corpus, *own])} lines)")
        return 0
    from app.formats.text import read

    resub, cv = evaluate(SCORER, args.corpus, corpus, own, read, k=args.k)
    print(report(f"{args.corpus}: resubstitution (trained and scored on all {len(corpus)})", resub))
    print(report(f"{args.corpus}: {args.k}-fold cross-validation, folds grouped by organisation "
                 "(the figure to expect on new releases)", cv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
