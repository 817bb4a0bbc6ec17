"""Batch reports an archivist can file, diff and act on: JSON, JSON Lines, CSV, HTML and XML.

A report is a head (validator, profile, today, summary) and one entry per
file; its shape is documented in the README ("Batch validation"). The command
line writes reports as the run goes (:class:`ReportWriter`, formats in
``report_formats``); the GUI builds one from a finished run (:func:`build`).
Reports hold no timings and no clock time, so the same files give
byte-identical reports whatever the number of jobs ("today" is there because
the date rules depend on it); only ``summary.from_cache`` says how many
verdicts a validation cache gave.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from app import __version__
from app.fileio import atomic_fill, spool_file
from app.validation import libraries
from app.validation.batch import VERDICTS, FileResult, RunResult
from app.validation.intake import one_line, shown_path
from app.validation.report_formats import FORMAT_CLASSES, FORMATS
from app.validation.report_summary import TOP_ISSUES, Summary, file_entry

__all__ = ["FORMATS", "TOP_ISSUES", "BaselineError", "Report", "ReportWriter", "build", "format_for", "head",
           "load_baseline", "summary_lines", "write"]

REPORT_FORMAT = 1


class BaselineError(Exception):
    """A previous report that cannot be read; the message names it."""


def validator_info() -> dict[str, str]:
    found = libraries.versions()[0]  # a cache opened before knows them without importing lxml
    return {
        "name": "release-desk validate",
        "version": __version__,
        "lxml": ".".join(map(str, found["lxml"][:3])),
        "libxml2": ".".join(map(str, found["libxml2"])),
        "libxslt": ".".join(map(str, found["libxslt"])),
    }


def load_baseline(path: Path) -> dict[str, str]:
    """path -> verdict from an earlier JSON report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(f["path"]): str(f["verdict"]) for f in data["files"]}
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline report: {error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{path}: not a JSON report from release-desk validate ({error})") from None


class Report:
    """A finished run's report (the GUI's folder check): ``head`` is everything but the files (validator,
    profile, today, summary); ``files()`` makes the per-file entries one at a time. A plain class: this
    module loads with `release-desk validate`, where each dataclass costs the start a millisecond or two."""

    __slots__ = ("baseline", "head", "results")

    def __init__(self, head: dict[str, Any], results: Sequence[FileResult],
                 baseline: Mapping[str, str] | None = None) -> None:
        self.head = head
        self.results = results
        self.baseline = baseline

    def files(self) -> Iterator[dict[str, Any]]:
        for result in self.results:
            yield file_entry(result, self.baseline)

    def as_dict(self) -> dict[str, Any]:
        """The whole report as plain data: what the JSON report holds."""
        return {**self.head, "files": list(self.files())}

    def changed(self) -> list[tuple[str, str | None, str]]:
        baseline = self.baseline or {}
        shown = [(shown_path(r.path), r.verdict) for r in self.results]
        return [(path, baseline.get(path), verdict) for path, verdict in shown if baseline.get(path) != verdict]


def head(profile: Mapping[str, Any], today: str, summary: dict[str, Any] | None = None) -> dict[str, Any]:
    """A report's head; ``summary`` comes when the run is over."""
    value: dict[str, Any] = {
        "report": "release-desk validation report",
        "format": REPORT_FORMAT,
        "validator": validator_info(),
        "profile": dict(profile),
        "today": today,
    }
    if summary is not None:
        value["summary"] = summary
    return value


def build(run: RunResult, profile: Mapping[str, Any], today: str,
          baseline: Mapping[str, str] | None = None, *, from_cache: int = 0) -> Report:
    summary = Summary(baseline)
    for result in run.results:
        summary.add(result)
    return Report(head(profile, today, summary.as_dict(cancelled=run.cancelled, from_cache=from_cache)),
                  run.results, baseline)


def summary_lines(report: Report | Mapping[str, Any],
                  changed: list[tuple[str, str | None, str]] | None = None) -> list[str]:
    """The end of a command-line run: counts, changes since the baseline, the most frequent issues.
    ``report`` is a Report, or a report's head with ``changed`` the (path, before, after) listed."""
    if isinstance(report, Report):
        head_, changed = report.head, report.changed()
    else:
        head_ = report
    s = head_["summary"]
    if s["files"] and s["valid"] == s["files"]:
        lines = [f"{s['files']} file(s) valid"]
    else:
        lines = [f"{s['files']} file(s): " + ", ".join(f"{s[k]} {k}" for k in VERDICTS)]
    if s.get("cancelled"):
        lines.append("cancelled: the run was stopped before every file was checked")
    if "changed" in s:
        lines.append(f"{s['changed']} file(s) changed verdict since the baseline"
                     + (f"; {len(s['gone'])} file(s) of the baseline are gone" if s["gone"] else ""))
        listed = changed or []
        lines.extend(f"  {path}: {before or 'new'} -> {after}" for path, before, after in listed)
        if s["changed"] > len(listed):
            lines.append(f"  ... and {s['changed'] - len(listed)} more (the report lists every file)")
    if s["top_issues"]:
        lines.append("most frequent issues:")
        lines.extend(f"  {t['count']:>6} x {t['id']} ({t['severity']}, {t['files']} file(s)): "
                     f"{one_line(t['example'])}" for t in s["top_issues"][:5])
    return lines


# -- writers ----------------------------------------------------------------------------


class ReportWriter:
    """One report file, written as results arrive: ``add`` each file's entry, then ``finish`` with the
    head holding the summary. JSON Lines and CSV grow in place; the others are written whole at the end."""

    def __init__(self, path: Path, head_: Mapping[str, Any]) -> None:
        self.path = path
        self.format = FORMAT_CLASSES[format_for(path)]()
        if self.format.spooled:
            self.out: IO[bytes] = spool_file(path.parent if str(path.parent) else Path())
        else:
            self.out = open(path, "wb", buffering=1 << 16)  # noqa: SIM115 - closed by finish() / close()
            self.format.begin(head_, self.out)

    def add(self, entry: dict[str, Any]) -> None:
        self.format.add(entry, self.out)

    @property
    def takes_json(self) -> bool:
        return self.format.add_json is not None

    def add_json(self, text: str) -> None:
        """A file's entry already spelled as JSON (a format that ``takes_json``)."""
        self.format.add_json(text, self.out)  # type: ignore[misc]

    def add_json_all(self, texts: list[str]) -> None:
        """Several files' entries spelled as JSON, in order (a format that ``takes_json``)."""
        self.format.add_json_all(texts, self.out)

    def finish(self, head_: Mapping[str, Any]) -> None:
        try:
            if self.format.spooled:
                self.out.seek(0)
                atomic_fill(self.path, lambda handle: self.format.end(
                    head_, handle, iter(lambda: self.out.read(1 << 20), b"")))
            else:
                self.format.end(head_, self.out)
                self.out.flush()
        finally:
            self.close()

    def close(self) -> None:
        self.out.close()


def render(report: Report, fmt: str) -> bytes:
    """The whole report in one format, in memory (small runs, tests)."""
    import io

    out = io.BytesIO()
    writer = FORMAT_CLASSES[fmt]()
    if writer.spooled:
        spool = io.BytesIO()
        for entry in report.files():
            writer.add(entry, spool)
        writer.end(report.head, out, iter([spool.getvalue()]))
    else:
        writer.begin(report.head, out)
        for entry in report.files():
            writer.add(entry, out)
        writer.end(report.head, out)
    return out.getvalue()


def iter_json(report: Report) -> Iterator[bytes]:
    yield render(report, "json")


def to_json(report: Report) -> bytes:
    return render(report, "json")


def to_csv(report: Report) -> bytes:
    return render(report, "csv")


def to_xml(report: Report) -> bytes:
    return render(report, "xml")


def to_html(report: Report) -> bytes:
    return render(report, "html")


def to_jsonl(report: Report) -> bytes:
    return render(report, "jsonl")


WRITERS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "html": to_html, "xml": to_xml}


def write(report: Report, path: Path) -> None:
    """Write the report in the format its name asks for."""
    writer = ReportWriter(path, report.head)
    try:
        for entry in report.files():
            writer.add(entry)
    except BaseException:
        writer.close()
        raise
    writer.finish(report.head)


def format_for(path: Path) -> str:
    """The report format a file name asks for (``.htm`` is HTML, ``.ndjson`` JSON Lines); ValueError otherwise."""
    suffix = path.suffix.lower().lstrip(".")
    suffix = {"htm": "html", "ndjson": "jsonl"}.get(suffix, suffix)
    if suffix not in FORMAT_CLASSES:
        raise ValueError(f"{path}: a report ends in .json, .jsonl, .csv, .html or .xml")
    return suffix
