"""The ``release-desk`` command: the window by default, headless subcommands beside it.

    release-desk [FILE ...]                      open the editor window
    release-desk convert IN --to FMT [-o OUT]    convert a release between formats
    release-desk validate DIR_OR_FILE ...        check files or folders against a validation profile
    release-desk suggest FILE [--apply -o OUT]   propose entity tags, offline

Exit status: 0 success / all valid, 1 some invalid, 2 some unreadable or a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from app import __version__, cli_suggest

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2
SUBCOMMANDS = ("convert", "validate", "suggest")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="release-desk",
        description=(
            "Release Desk: structure, tag, validate and export press releases. "
            "With no subcommand it opens the editor window on the FILEs given."
        ),
        epilog="Exit status: 0 all good, 1 some release invalid, 2 some file unreadable or a usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("open", help="open the editor window (the default)")
    gui.add_argument("files", nargs="*", metavar="FILE", help="releases to open (.txt, .docx, Release XML, NITF)")

    convert = sub.add_parser(
        "convert",
        help="convert a release to another format",
        description="Read a release (format from its content or extension) and write it in another format.",
    )
    convert.add_argument("input", metavar="IN", help="the release to read (.txt, .docx, Release XML, NITF)")
    convert.add_argument("--to", required=True, choices=_writable(), help="the format to write")
    convert.add_argument("-o", "--output", default="-", metavar="OUT", help="where to write; - (default) is stdout")
    convert.add_argument("--model", type=Path, metavar="MODEL.crfsuite",
                         help="import text and Word with this line-labeller model instead of the shipped one "
                              "(make score uses it for each fold's model)")

    validate = sub.add_parser(
        "validate",
        help="validate files or folders of XML against the release schema or another profile",
        description=(
            "Check every FILE, and every *.xml under each DIR (recursively), against a validation profile: "
            "the release schema and editorial rules by default (picked by each file's root namespace from "
            "the built-in profiles and the user's catalog), a named --profile, or --schema X.xsd with an "
            "optional --schematron Y.sch. Every file gets a verdict: valid, invalid, not-well-formed or "
            "unreadable. Diagnostics go to stderr as file:line:col: severity: message."
        ),
        epilog="Exit status: 0 every file valid, 1 some file invalid, 2 some file unreadable or not well-formed "
               "(or a usage error).",
    )
    validate.add_argument("files", nargs="+", metavar="DIR_OR_FILE", help="XML files, or folders to search for *.xml")
    chosen = validate.add_mutually_exclusive_group()
    chosen.add_argument("--profile", metavar="NAME",
                        help="check every file against this profile (release, release-xsd, or one from the catalog)")
    chosen.add_argument("--schema", metavar="X.xsd", type=Path, help="check every file against this XSD")
    validate.add_argument("--schematron", metavar="Y.sch", type=Path, help="with --schema: also run this Schematron")
    validate.add_argument("--catalog", metavar="PROFILES.json", type=Path,
                          help="the profile catalog (default: profiles.json in the user's config folder)")
    validate.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: the number of cores)")
    validate.add_argument("--report", action="append", default=[], type=Path, metavar="OUT",
                          help="write a report; the format follows the extension: .json, .csv, .html, .xml "
                               "(may be given more than once)")
    validate.add_argument("--baseline", type=Path, metavar="PREVIOUS.json",
                          help="an earlier JSON report: mark the files whose verdict changed since")
    validate.add_argument("--today", type=_date, metavar="YYYY-MM-DD",
                          help="the date the 'not in the future' rules compare with (default: today)")
    cli_suggest.add_parser(sub)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2019-04-24") from None


def _writable() -> list[str]:
    from app.formats import FORMATS

    return [f.name for f in FORMATS.values() if f.can_write]


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _convert(args: argparse.Namespace) -> int:
    from app.formats import FORMATS, FormatError, read_path_with_warnings

    if args.model is not None:
        if not args.model.is_file():
            _err(f"release-desk: {args.model}: no such model file; train one with `make model`")
            return EXIT_UNREADABLE
        from app.formats.textparse.labeller import use_model

        use_model(args.model)
    try:
        release, read_warnings = read_path_with_warnings(args.input)
    except FormatError as exc:
        _err(f"release-desk: {exc}")
        return EXIT_UNREADABLE
    for warning in read_warnings:  # what the reader left out or guessed (Word tables, an NITF version)
        _err(f"{args.input}: warning: {warning}")
    fmt = FORMATS[args.to]
    module = fmt._load()
    with_warnings = getattr(module, "write_with_warnings", None)
    if with_warnings is not None:
        data, warnings = with_warnings(release)
    else:
        data, warnings = fmt.writer()(release), []
    for warning in warnings:
        _err(f"{args.input}: warning: {warning}")
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    out = Path(args.output)
    if out.resolve() == Path(args.input).resolve():
        _err(f"release-desk: {out}: refusing to overwrite the input file; choose another -o")
        return EXIT_UNREADABLE
    from app.fileio import atomic_write

    try:
        atomic_write(out, data)
    except OSError as exc:
        _err(f"release-desk: {out}: cannot write: {exc.strerror or exc}")
        return EXIT_UNREADABLE
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from app.validation import batch, profiles, reports

    if args.schematron is not None and args.schema is None:
        _err("release-desk: --schematron needs --schema (or define a profile with both in the catalog)")
        return EXIT_UNREADABLE
    try:
        if args.schema is not None:
            chosen: profiles.Profile | None = profiles.adhoc_profile(args.schema, args.schematron)
            available: dict[str, profiles.Profile] = {}
        else:
            available = profiles.all_profiles(args.catalog)
            chosen = None
            if args.profile is not None:
                chosen = available.get(args.profile)
                if chosen is None:
                    _err(f"release-desk: no profile named {args.profile!r}; known: {', '.join(available)}")
                    return EXIT_UNREADABLE
        spec = batch.RunSpec(chosen, tuple(available.values()), args.today)
        checker = batch.prepare(spec)  # a broken schema is a usage error, found before the run
        baseline = reports.load_baseline(args.baseline) if args.baseline is not None else None
        for path in args.report:
            reports.format_for(path)  # a report name we cannot honour is a usage error, before the run
    except (profiles.ProfileError, reports.BaselineError, ValueError) as exc:
        _err(f"release-desk: {exc}")
        return EXIT_UNREADABLE

    files = batch.discover(args.files)
    started = time.perf_counter()
    outcome = batch.run(files, spec, jobs=args.jobs, checker=checker)
    elapsed = time.perf_counter() - started
    for result in outcome.results:
        for issue in result.issues:
            where = ":".join(str(part) for part in (result.path, issue.line, issue.column) if part is not None)
            place = f" [{issue.field}]" if issue.field and issue.line is None else ""
            _err(f"{where}:{place} {issue.severity}: {issue.message}")
    profile_info = chosen.to_json() if chosen is not None else {
        "name": "auto", "catalog": str(args.catalog or profiles.default_catalog_path()), "profiles": list(available)}
    report = reports.build(outcome, profile_info, checker.today.isoformat(), baseline)
    for path in args.report:
        try:
            reports.write(report, path)
        except OSError as exc:
            _err(f"release-desk: {path}: cannot write the report: {exc.strerror or exc}")
            return EXIT_UNREADABLE
    for line in reports.summary_lines(report):
        _err(line)
    rate = len(files) / elapsed if elapsed > 0 else 0.0
    _err(f"checked {len(files)} file(s) in {elapsed:.2f} s ({rate:.0f} files/s)")
    counts = outcome.counts()
    if counts["unreadable"] or counts["not-well-formed"]:
        return EXIT_UNREADABLE
    return EXIT_INVALID if counts["invalid"] else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `release-desk FILE` means `release-desk open FILE`: the window is the default.
    if not args_list or (args_list[0] not in (*SUBCOMMANDS, "open") and not args_list[0].startswith("-")):
        args_list.insert(0, "open")
    args = _parser().parse_args(args_list)
    if args.command == "convert":
        return _convert(args)
    if args.command == "validate":
        return _validate(args)
    if args.command == "suggest":
        return cli_suggest.run(args)
    from app.gui import run

    return run(list(args.files))


if __name__ == "__main__":
    sys.exit(main())
