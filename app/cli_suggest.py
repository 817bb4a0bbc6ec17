"""``release-desk suggest FILE``: the tag suggester without the window.

    release-desk suggest FILE [--vocabulary CSV|SKOS ...]            proposals as JSON lines
    release-desk suggest FILE [--vocabulary ...] --apply -o OUT      the release with them applied

Each JSON line holds paragraph (0-based), start, end, text, kind, name, ref and
the rule that proposed it. With ``--apply`` the output format follows OUT's
extension (app.formats). Bad input: exit 2 with ``file: message`` on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE = 0, 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``suggest`` subcommand."""
    parser = subparsers.add_parser(
        "suggest",
        help="propose entity tags (people, organisations, places, initiatives, SDGs)",
        description=(
            "Propose entity tags for FILE from the shipped vocabularies and patterns, offline. "
            "Prints one JSON object per proposal; with --apply -o OUT writes the release with them applied."
        ),
    )
    parser.add_argument("input", metavar="FILE", help="the release to read (.txt, .xml, NITF, .docx)")
    parser.add_argument("--vocabulary", action="append", default=[], metavar="FILE",
                        help="an extra vocabulary: CSV (term,kind,name,ref) or SKOS RDF/XML; may repeat")
    parser.add_argument("--apply", action="store_true", help="write the release with the proposals applied")
    parser.add_argument("-o", "--output", metavar="OUT", help="where --apply writes; the extension picks the format")


def _say(message: str) -> None:
    from app.validation.intake import shown_path  # a name that is not UTF-8 as validate shows it: caf\xe9.xml

    print(shown_path(message), file=sys.stderr)


def _fail(message: str) -> int:
    _say(message)
    return EXIT_UNREADABLE


def run(args: argparse.Namespace) -> int:
    """Run ``suggest``; returns the exit status."""
    from app.annotate.suggest import apply, suggest
    from app.annotate.user_vocabulary import load_any
    from app.annotate.vocabulary import load_shipped
    from app.formats import FormatError, format_for_name, read_path
    from app.paths import resources_dir

    out_format = None
    if args.apply:
        if not args.output:
            return _fail(f"{args.input}: --apply needs -o OUT (the extension picks the format)")
        out_format = format_for_name(args.output)
        if out_format is None or not out_format.can_write:
            return _fail(f"{args.output}: cannot tell the format from the extension; "
                         "use .xml, .txt, .json, .nitf or .docx")
        if Path(args.output).resolve() == Path(args.input).resolve():
            return _fail(f"{args.output}: refusing to overwrite the input file; choose another -o")
    elif args.output:
        return _fail(f"{args.output}: -o is only used with --apply")
    try:
        vocabulary = load_shipped(resources_dir() / "vocabularies")
        for extra in args.vocabulary:
            vocabulary.update(load_any(extra))
        release = read_path(args.input)
    except FormatError as exc:
        return _fail(str(exc))
    suggestions = suggest(release, vocabulary)
    if not args.apply:
        for s in suggestions:
            sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
        return EXIT_OK
    applied = apply(release, suggestions)
    assert out_format is not None
    from app.fileio import atomic_write

    try:
        atomic_write(Path(args.output), out_format.writer()(release))
    except OSError as exc:
        return _fail(f"{args.output}: cannot write: {exc.strerror or exc}")
    _say(f"{args.input}: {applied} tag(s) applied, written to {args.output}")
    return EXIT_OK
