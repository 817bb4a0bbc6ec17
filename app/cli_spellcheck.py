"""``release-desk spellcheck FILE [--lang TAG]``: the unknown words of a release, one line each.

    FILE:field[:paragraph]:col: word -> suggestion, suggestion

``paragraph`` (body only) and ``col`` count from 1. Exit status: 0 no unknown
word, 1 some, 2 the file cannot be read or no dictionary serves the language.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FOUND, EXIT_UNREADABLE = 0, 1, 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``spellcheck`` subcommand."""
    parser = subparsers.add_parser(
        "spellcheck",
        help="list the unknown words of a release, with suggestions",
        description=(
            "Spell check the headline, subheadline, body and photo credits of FILE with the system's Hunspell "
            "dictionaries (and the personal word list of the window's Add to Dictionary), in the release's "
            "language or --lang. Tagged names, web and e-mail addresses, numbers and words in capitals are "
            "not checked. Prints FILE:field[:paragraph]:col: word -> suggestions for every unknown word."
        ),
        epilog="Exit status: 0 no unknown word, 1 some, 2 the file is unreadable or no dictionary is installed "
               "for the language.",
    )
    parser.add_argument("input", metavar="FILE", help="the release to check (.txt, .xml, NITF, .docx)")
    parser.add_argument("--lang", metavar="TAG", help="check in this language (en, en-GB, fr...) instead of the "
                                                      "release's own")


def run(args: argparse.Namespace) -> int:
    """Run ``spellcheck``; returns the exit status."""
    from app.formats import FormatError, read_path
    from app.spelling import Checkers, PersonalWords, check_release

    try:
        release = read_path(args.input)
    except FormatError as exc:
        print(f"release-desk: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.lang:
        release.language = args.lang
    checkers = Checkers(PersonalWords())
    checker = checkers(release.language)
    if not checker.available:
        print(f"release-desk: {args.input}: {checker.missing}", file=sys.stderr)
        return EXIT_UNREADABLE
    findings = check_release(release, checkers)
    out = sys.stdout
    for finding in findings:
        where = finding.field if finding.paragraph is None else f"{finding.field}:{finding.paragraph + 1}"
        offered = ", ".join(finding.suggestions) or "(no suggestion)"
        out.write(f"{args.input}:{where}:{finding.column}: {finding.word} -> {offered}\n")
    print(f"{len(findings)} unknown word(s) in {args.input} ({checker.tag} dictionary)", file=sys.stderr)
    return EXIT_FOUND if findings else EXIT_OK
