"""``release-desk validate``: check files or folders against a validation profile, at archive scale.

Imports only what validation needs (lxml, no python-docx, no Qt), so checking
one file starts about as fast as lxml itself. Results stream: each file's
diagnostics go to stderr and its entry to the reports as soon as it is checked,
and nothing per file is kept, so a million files run in the memory of a few
thousand. Ctrl+C stops the workers, writes the reports of what was checked
(marked cancelled) and exits 130; a further Ctrl+C does not cut the reports short.
A run that finds no file to check says so and exits 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

    from app.validation.batch import FileResult

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE, EXIT_UNCHECKED, EXIT_CANCELLED = 0, 1, 2, 3, 130
#: What --status accepts: the model's statuses, spelled here so that parsing the options loads no model.
STATUSES = ("draft", "review", "approved", "released")


def _date(text: str) -> dt.date:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2019-04-24") from None


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of worker processes") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give at least 1 worker process") from None
    return jobs


def add_parser(sub: Any) -> None:
    validate = sub.add_parser(
        "validate",
        help="validate files or folders of XML against the release schema or another profile",
        description=(
            "Check every FILE, and every *.xml under each DIR (recursively), against a validation profile: "
            "the release schema and editorial rules by default (picked by each file's root namespace from "
            "the built-in profiles and the user's catalog), a named --profile, or --schema X.xsd with an "
            "optional --schematron Y.sch. Built-in profiles: release, release-xsd, nitf (NITF 3.6) and "
            "newsml-g2 (NewsML-G2 2.35). Every file gets a verdict: valid, invalid, not-well-formed, "
            "unreadable, refused-unsafe (it declares an external entity or an entity bomb: never read) or "
            "unchecked (no profile applies to its root namespace). Diagnostics go to stderr as "
            "file:line:col: severity: message; the column is given where libxml2 knows one (parse errors), "
            "schema errors have a line only. Verdicts are kept in a cache, so a second run only checks the "
            "files that changed."
        ),
        epilog="Exit status: 0 every file valid, 1 some file invalid, 2 some file unreadable, not well-formed or "
               "refused as unsafe (or a usage error), 3 the files checked were valid but some were unchecked "
               "(no profile applies), 130 stopped with Ctrl+C (the reports hold what was checked). A run that "
               "finds no file to check (an empty folder) says so and exits 2.",
    )
    validate.add_argument("files", nargs="+", metavar="DIR_OR_FILE", help="XML files, or folders to search for *.xml")
    chosen = validate.add_mutually_exclusive_group()
    chosen.add_argument("--profile", metavar="NAME",
                        help="check every file against this profile (release, release-xsd, nitf, newsml-g2, "
                             "or one from the catalog)")
    chosen.add_argument("--schema", metavar="X.xsd", type=Path, help="check every file against this XSD")
    validate.add_argument("--schematron", metavar="Y.sch", type=Path, help="with --schema: also run this Schematron")
    validate.add_argument("--catalog", metavar="PROFILES.json", type=Path,
                          help="the profile catalog (default: profiles.json in the user's config folder, if any); "
                               "a catalog named here must exist")
    validate.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                          help="worker processes, 1 or more (default: the number of cores)")
    validate.add_argument("--report", action="append", default=[], type=Path, metavar="OUT",
                          help="write a report; the format follows the extension: .json, .jsonl, .csv, .html, .xml "
                               "(may be given more than once; .jsonl and .csv grow as the run goes)")
    validate.add_argument("--baseline", type=Path, metavar="PREVIOUS.json",
                          help="an earlier JSON report: mark the files whose verdict changed since")
    validate.add_argument("--today", type=_date, metavar="YYYY-MM-DD",
                          help="the date the 'not in the future' rules compare with (default: today)")
    validate.add_argument("--status", choices=STATUSES,
                          help="judge every release as if it had this status (default: the status written in each "
                               "file): what a finished release must have (a contact who can be reached, a date, a "
                               "summary) is a warning for draft and review and an error for approved and released")
    cached = validate.add_mutually_exclusive_group()
    cached.add_argument("--cache", type=Path, metavar="FILE",
                        help="the validation cache (default: validation-cache.sqlite in the user's cache folder); "
                             "its folder must exist")
    cached.add_argument("--no-cache", action="store_true", help="check every file, and keep no verdicts")
    validate.add_argument("--no-follow", action="store_true",
                          help="do not follow symbolic links to folders (each one skipped is named on stderr); "
                               "by default they are followed, and a link that loops back is followed once")
    validate.add_argument("--quiet", "-q", action="store_true",
                          help="no progress line and no per-issue lines; the summary only")


def _err(message: str) -> None:
    print(message, file=sys.stderr)


class _Interrupt:
    """Ctrl+C asks the run to stop: the workers are stopped after the chunk in hand and the reports written
    with what was checked. Any further Ctrl+C is ignored, so an impatient second press cannot cut a report
    short (what is left is only writing, and the workers are already told to stop)."""

    def __init__(self) -> None:
        self.asked = False
        self._old: Any = None

    def __enter__(self) -> _Interrupt:
        import signal

        # only the main thread may take Ctrl+C (run from a test's or an app's thread, it is not ours)
        with contextlib.suppress(ValueError):
            self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, _signum: int, _frame: object) -> None:
        self.asked = True

    def __exit__(self, *_exc: object) -> None:
        import signal

        if self._old is None:
            return
        # A cancelled run goes on ignoring Ctrl+C: it is on its way out with exit status 130, and Python's
        # handler back would turn one more press into a KeyboardInterrupt on the way. SIG_IGN, not a handler
        # of ours: Python puts back the default action for its own handlers as it shuts down.
        signal.signal(signal.SIGINT, signal.SIG_IGN if self.asked else self._old)

    def __call__(self) -> bool:
        return self.asked


class _Progress:
    """``files done / total, files/s, time left`` on one stderr line, redrawn at most five times a second."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.started = time.perf_counter()
        self.shown = self.started - 1.0  # the first file draws the line

    def tick(self, done: int) -> None:
        now = time.perf_counter()
        if now - self.shown < 0.2:
            return
        self.shown = now
        rate = done / (now - self.started) if now > self.started else 0.0
        left = (self.total - done) / rate if rate else 0.0
        minutes, seconds = divmod(int(left), 60)
        sys.stderr.write(f"\r{done:,} / {self.total:,} files, {rate:,.0f} files/s, "
                         f"{minutes}:{seconds:02d} left   ")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r" + " " * 70 + "\r")
        sys.stderr.flush()


def _diagnostics(result: FileResult) -> str:
    from app.validation.intake import one_line, shown_path

    lines = []
    path = shown_path(result.path)  # named once per line, escaped when the name is not UTF-8
    for issue in result.issues:
        where = ":".join(str(part) for part in (path, issue.line, issue.column) if part is not None)
        place = f" [{issue.field}]" if issue.field and issue.line is None else ""
        lines.append(f"{where}:{place} {issue.severity}: {one_line(issue.message)}\n")
    return "".join(lines)


def _wrong_paths(args: argparse.Namespace) -> str | None:
    """What is wrong with a file or folder named by an option, before anything is read: a --catalog that is
    not there (a missing default catalog is an empty one, a missing named one a mistake), a --cache whose
    folder is not there (only the default cache folder is made)."""
    from app.validation.intake import shown_path

    if args.catalog is not None and not args.catalog.is_file():
        return (f"{shown_path(str(args.catalog))}: no such profile catalog (--catalog); give the path of a "
                "profiles.json, or leave --catalog out for the one in your settings folder")
    if args.cache is not None and not args.no_cache:
        folder = args.cache.parent if str(args.cache.parent) else Path()
        if not folder.is_dir():
            return (f"{shown_path(str(folder))}: no such folder for the cache (--cache); create it, or choose "
                    "a cache file in a folder that exists")
    return None


def _open_reports(paths: list[Path], head: dict[str, Any]) -> list[Any] | None:
    """A writer for each report, or None (said on stderr) when one cannot be written: then no report is
    left behind, and a report that was there before is left as it was."""
    from app.validation import reports
    from app.validation.intake import shown_path

    for path in paths:  # the common mistakes, before any report is opened (opening one truncates it)
        folder = path.parent if str(path.parent) else Path()
        reason = ("it is a folder" if path.is_dir() else
                  f"there is no folder {shown_path(str(folder))}" if not folder.is_dir() else
                  f"you may not write in {shown_path(str(folder))}" if not os.access(folder, os.W_OK) else None)
        if reason is not None:
            _err(f"release-desk: {shown_path(str(path))}: cannot write the report: {reason}; choose another "
                 "--report (nothing was checked and no report written)")
            return None
    from app.validation.report_formats import FORMAT_CLASSES

    writers: list[reports.ReportWriter] = []
    made: list[Path] = []
    # the reports written at the end first: they only open a temporary file, so a failure among them
    # happens before a report that grows in place has been created or truncated
    for path in sorted(paths, key=lambda path: not FORMAT_CLASSES[reports.format_for(path)].spooled):
        existed = path.exists()
        try:
            writers.append(reports.ReportWriter(path, head))
        except OSError as exc:  # named by the report, not by the temporary file a spooled report opens beside it
            for writer in writers:
                writer.close()
            for name in made:
                with contextlib.suppress(OSError):
                    name.unlink()
            _err(f"release-desk: {shown_path(str(path))}: cannot write the report: {exc.strerror or exc}; "
                 "choose another --report (nothing was checked and no report written)")
            return None
        if not existed and path.exists():
            made.append(path)  # a report that grows in place: removed again if a later one fails
    return writers


def _open_cache(args: argparse.Namespace, spec: Any) -> Any:
    if args.no_cache:
        return None
    from app.validation.cache import CacheError, VerdictCache, default_cache_path

    try:
        return VerdictCache(args.cache or default_cache_path(), spec, time.time_ns())
    except CacheError as exc:
        _err(f"release-desk: {exc}; checking every file without it")
        return None


def _write(writers: list[Any], results: list[Any], baseline: dict[str, str] | None) -> None:
    """A chunk's entries to every report: spelled as JSON once for the formats that take it, as
    dictionaries once for the others."""
    from app.validation.report_formats import entry_json, quick_json
    from app.validation.report_summary import file_entry

    texts: list[str] | None = None
    entries: list[dict[str, Any]] | None = None
    for writer in writers:
        if writer.takes_json:
            if texts is None:
                texts = [quick_json(result) if baseline is None and not result.issues
                         else entry_json(file_entry(result, baseline)) for result in results]
            writer.add_json_all(texts)
        else:
            if entries is None:
                entries = [file_entry(result, baseline) for result in results]
            for entry in entries:
                writer.add(entry)


def run(args: argparse.Namespace) -> int:
    from app.validation import batch, profiles, reports
    from app.validation.report_summary import Summary

    if args.schematron is not None and args.schema is None:
        _err("release-desk: --schematron needs --schema (or define a profile with both in the catalog)")
        return EXIT_UNREADABLE
    wrong = _wrong_paths(args)
    if wrong:
        _err(f"release-desk: {wrong}")
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
        import datetime as dt

        spec = batch.RunSpec(chosen, tuple(available.values()), args.today or dt.date.today(), status=args.status)
        cache = _open_cache(args, spec)
        # A broken schema is a usage error, found before the run (prepare compiles it); but when these very
        # schema files compiled before (the cache knows their fingerprint), they compile on the first file the
        # cache cannot answer, and a run the cache answers whole starts without compiling anything.
        known = cache is not None and cache.knows_profile()
        checker = batch.Checker(spec) if known else batch.prepare(spec)
        baseline = reports.load_baseline(args.baseline) if args.baseline is not None else None
        for path in args.report:
            reports.format_for(path)  # a report name we cannot honour is a usage error, before the run
    except (profiles.ProfileError, reports.BaselineError, ValueError) as exc:
        _err(f"release-desk: {exc}")
        return EXIT_UNREADABLE

    profile_info = chosen.to_json() if chosen is not None else {
        "name": "auto", "catalog": str(args.catalog or profiles.default_catalog_path()), "profiles": list(available)}
    head = reports.head(profile_info, checker.today.isoformat())
    writers = _open_reports(args.report, head)
    if writers is None:
        return EXIT_UNREADABLE

    from app.validation.intake import shown_path
    from app.validation.stream import Run
    from app.validation.walk import count_files, iter_files

    follow = not args.no_follow
    progress = _Progress(count_files(args.files, follow=follow)) if not args.quiet and sys.stderr.isatty() else None
    summary = Summary(baseline)
    started = time.perf_counter()
    err = sys.stderr
    with _Interrupt() as stop:  # to the end: a Ctrl+C while the reports are written is ignored
        # sys.stderr looked up at each note: a process that walks ahead for the run says its notes through it
        found = iter_files(args.files, follow=follow, note=lambda line: sys.stderr.write(shown_path(line) + "\n"))
        checked = Run(found, spec, jobs=args.jobs, checker=checker, cache=cache, cancelled=stop)
        for results in checked.batches():  # a chunk at a time: a re-run from the cache is mostly this loop
            if not args.quiet:
                told = [_diagnostics(result) for result in results if result.issues]
                if told:
                    if progress is not None:
                        progress.clear()
                    err.write("".join(told))
            summary.add_all(results)
            if writers:
                _write(writers, results, baseline)
            if progress is not None:
                progress.tick(checked.done)
        if progress is not None:
            progress.clear()
        elapsed = time.perf_counter() - started
        head["summary"] = summary.as_dict(cancelled=checked.cancelled, from_cache=checked.from_cache)
        unwritten = 0
        for writer in writers:  # every report is finished, even when one of them cannot be
            try:
                writer.finish(head)
            except OSError as exc:
                unwritten += 1
                _err(f"release-desk: {shown_path(str(writer.path))}: cannot write the report: "
                     f"{exc.strerror or exc}; free some space or choose another --report")
        if cache is not None:
            cache.close()
        for line in reports.summary_lines(head, summary.changed_listed):
            _err(line)
        if cache is not None:
            _err(f"{checked.from_cache} of {summary.files} verdict(s) from the cache ({cache.path})")
        rate = summary.files / elapsed if elapsed > 0 else 0.0
        _err(f"checked {summary.files} file(s) in {elapsed:.2f} s ({rate:.0f} files/s)")
    if checked.cancelled:
        return EXIT_CANCELLED
    if unwritten:
        return EXIT_UNREADABLE
    if not summary.files:
        where = ", ".join(shown_path(os.fspath(name)) for name in args.files)
        _err(f"release-desk: no XML file found under {where}: nothing was checked (a folder is searched for "
             "*.xml; name a file to check it whatever its name)")
        return EXIT_UNREADABLE
    counts = summary.counts
    if counts["unreadable"] or counts["not-well-formed"] or counts.get("refused-unsafe"):
        return EXIT_UNREADABLE
    if counts["invalid"]:
        return EXIT_INVALID
    return EXIT_UNCHECKED if counts.get("unchecked") else EXIT_OK
