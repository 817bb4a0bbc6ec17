"""``python -m app.formats.textparse.learn model|score``: train the shipped model, or print honest figures.

The model learns from four sets: the editors' text corpus and Word corpus beside the
project (``../shared/corpus/dev`` and ``docx-dev``), and our own text and Word releases
(``resources/importer/releases`` and ``resources/importer/word``). ``score`` cross-validates
each of the two corpora in turn, grouped by organisation (text) or source repository
(Word), with everything else always in training.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.formats.textparse.labeller import WORD_MODEL_NAME, shipped_model
from app.formats.textparse.learn.align import Example, load_corpus
from app.formats.textparse.learn.calendar import write as write_calendar
from app.formats.textparse.learn.crossval import evaluate, report
from app.formats.textparse.learn.train import sequences, train_sequences, write_sequences
from app.paths import resources_dir

PROJECT = Path(__file__).resolve().parents[4]
SHARED = PROJECT.parent / "shared"
TEXT_CORPUS = SHARED / "corpus" / "dev"
WORD_CORPUS = SHARED / "corpus" / "docx-dev"
SCORER = SHARED / "tools" / "score_corpus.py"


def own_releases() -> Path:
    """Text releases we wrote and labelled through truth files of the corpus's shape (shipped with the app)."""
    return resources_dir() / "importer" / "releases"


def own_word_releases() -> Path:
    """Word releases we made (scripts/make_word_releases.py), with truth files of the same shape."""
    return resources_dir() / "importer" / "word"


def _load(folder: Path, problems: list[str]) -> list[Example]:
    if not (folder / "raw").is_dir():
        return []
    examples, more = load_corpus(folder)
    problems.extend(more)
    return examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.formats.textparse.learn")
    sub = parser.add_subparsers(dest="command", required=True)
    model = sub.add_parser("model", help="train the shipped line-labeller model")
    model.add_argument("--corpus", type=Path, default=TEXT_CORPUS)
    model.add_argument("--word-corpus", type=Path, default=WORD_CORPUS)
    model.add_argument("-o", "--output", type=Path, default=shipped_model())
    score = sub.add_parser("score", help="resubstitution and grouped k-fold cross-validated scores")
    score.add_argument("--corpus", type=Path, default=TEXT_CORPUS)
    score.add_argument("--word-corpus", type=Path, default=WORD_CORPUS)
    score.add_argument("-k", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: the development corpus is not there (../shared beside the project)", file=sys.stderr)
        return 2
    problems: list[str] = []
    text_corpus = _load(args.corpus, problems)
    word_corpus = _load(args.word_corpus, problems)
    own_text = _load(own_releases(), problems)
    own_word = _load(own_word_releases(), problems)
    for p in problems:
        print(f"not aligned: {p}", file=sys.stderr)
    if args.command == "model":
        write_calendar(args.output.with_name("calendar.json"))
        text_seqs = sequences([*text_corpus, *own_text])
        word_seqs = text_seqs + sequences([*word_corpus, *own_word])
        write_sequences(word_seqs, args.output.with_name("training.jsonl.gz"))
        train_sequences(text_seqs, args.output)
        train_sequences(word_seqs, args.output.with_name(WORD_MODEL_NAME))
        print(f"{args.output}: trained on {len(text_corpus)} corpus and {len(own_text)} of our own text releases; "
              f"the Word model also on {len(word_corpus)} corpus and {len(own_word)} of our own Word releases")
        return 0
    from app.formats import docx_draft
    from app.formats.text import read

    for name, folder, corpus, others, reader, suffix in (
        ("text", args.corpus, text_corpus, own_text, read, ".txt"),
        ("Word", args.word_corpus, word_corpus, [*text_corpus, *own_text, *own_word], docx_draft.read, ".docx"),
    ):
        if not corpus:
            continue
        resub, cv = evaluate(SCORER, folder, corpus, others, reader, k=args.k, suffix=suffix)
        print(report(f"{folder} ({name}): resubstitution (trained and scored on all {len(corpus)})", resub))
        group = "organisation" if name == "text" else "source repository"
        print(report(f"{folder} ({name}): {args.k}-fold cross-validation, folds grouped by {group} "
                     "(the figure to expect on new releases)", cv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
