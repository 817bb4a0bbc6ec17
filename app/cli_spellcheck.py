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
    from app.validation.intake import shown_path  # a name that is not UTF-8 as validate shows it: caf\xe9.xml

    try:
        release = read_path(args.input)
    except FormatError as exc:
        print(shown_path(f"release-desk: {exc}"), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.lang:
        release.language = args.lang
    checkers = Checkers(PersonalWords())
    checker = checkers(release.language)
    if not checker.available:
        print(shown_path(f"release-desk: {args.input}: {_no_dictionary(release.language, checker.missing or '')}"),
              file=sys.stderr)
        return EXIT_UNREADABLE
    findings = check_release(release, checkers)
    out = sys.stdout
    name = shown_path(args.input)
    for finding in findings:
        where = finding.field if finding.paragraph is None else f"{finding.field}:{finding.paragraph + 1}"
        offered = ", ".join(finding.suggestions) or "(no suggestion)"
        out.write(f"{name}:{where}:{finding.column}: {finding.word} -> {offered}\n")
    print(f"{len(findings)} unknown word(s) in {name} ({checker.tag} dictionary)", file=sys.stderr)
    return EXIT_FOUND if findings else EXIT_OK


def _no_dictionary(language: str, said: str) -> str:
    """Why ``language`` is not checked, in the command line's words: the dictionaries there are, and how to
    add the one that is missing (the window's message speaks of reopening the release instead)."""
    from app.spelling import installed_dictionaries
    from app.spelling.dictionaries import debian_package, is_unspaced, language_name

    if is_unspaced(language):
        return said
    have = sorted({tag.split("_")[0] for tag in installed_dictionaries()})  # languages; most come in regions
    there = (f"dictionaries are installed for {', '.join(have)} (--lang TAG checks in one of them)" if have
             else "no Hunspell dictionary is installed")
    package = debian_package(language)
    if package is None:
        return (f"no spelling dictionary is known for {language_name(language)}; {there}; for another language, "
                "install its Hunspell dictionary (apt search hunspell) and run spellcheck again")
    return (f"no spelling dictionary for {language_name(language)} is installed; install it with "
            f"`sudo apt install {package}` and run spellcheck again; {there}")
