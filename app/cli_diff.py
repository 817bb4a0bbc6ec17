"""``release-desk diff A B [--json]``: the fields where two releases differ, word by word.

Text output: one block per field, the field's text with ``[-removed-]`` and
``{+added+}`` words, the way ``git diff --word-diff`` shows them. ``--json``: a
list of objects (field, kind, old, new, words_added, words_removed, changes).
Either file may be in any format the desk reads. Exit status: 0 the same, 1
they differ, 2 a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys

EXIT_SAME, EXIT_DIFFER, EXIT_UNREADABLE = 0, 1, 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``diff`` subcommand."""
    parser = subparsers.add_parser(
        "diff",
        help="compare two releases field by field, word by word",
        description=(
            "Compare release A (the old one) with release B (the new one), in any formats the desk reads, "
            "and print each field that differs with its removed words as [-...-] and added words as {+...+}."
        ),
        epilog="Exit status: 0 the releases are the same, 1 they differ, 2 a file cannot be read.",
    )
    parser.add_argument("old", metavar="A", help="the old release")
    parser.add_argument("new", metavar="B", help="the new release")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")


def run(args: argparse.Namespace) -> int:
    """Run ``diff``; returns the exit status."""
    from app.formats import FormatError, read_path_with_warnings
    from app.history import compare, render_inline
    from app.validation.intake import shown_path  # a name that is not UTF-8 as validate shows it: caf\xe9.xml

    try:
        # (a submission that breaks the release schema is still compared with its fix, as the editor opens it)
        old = read_path_with_warnings(args.old, strict=False)[0]
        new = read_path_with_warnings(args.new, strict=False)[0]
    except FormatError as exc:
        print(shown_path(f"release-desk: {exc}"), file=sys.stderr)
        return EXIT_UNREADABLE
    changes = compare(old, new)
    if args.json:
        json.dump([c.to_json() for c in changes], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for change in changes:
            counts = f"+{change.words_added} -{change.words_removed} words"
            sys.stdout.write(f"{change.field} ({change.kind}, {counts}):\n")
            for line in render_inline(change).splitlines() or [""]:
                sys.stdout.write(f"    {line}\n")
    if not args.json:
        verdict = "the same" if not changes else f"{len(changes)} field(s) differ"
        print(shown_path(f"{args.old} -> {args.new}: {verdict}"), file=sys.stderr)
    return EXIT_DIFFER if changes else EXIT_SAME
