"""Batch reports an archivist can file, diff and act on: JSON, CSV, HTML and XML from one dictionary.

Every format is built from :func:`build`, whose shape is documented in the
README ("Batch validation"). Reports hold no timings and no clock time, so
the same files give byte-identical reports whatever the number of jobs;
"today" is there because the date rules depend on it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from app import __version__
from app.validation.batch import VERDICTS, FileResult, RunResult
from app.validation.issues import Issue

REPORT_FORMAT = 1
FORMATS = ("json", "csv", "html", "xml")
TOP_ISSUES = 10


class BaselineError(Exception):
    """A previous report that cannot be read; the message names it."""


def validator_info() -> dict[str, str]:
    return {
        "name": "release-desk validate",
        "version": __version__,
        "lxml": ".".join(map(str, etree.LXML_VERSION[:3])),
        "libxml2": ".".join(map(str, etree.LIBXML_VERSION)),
        "libxslt": ".".join(map(str, etree.LIBXSLT_VERSION)),
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


def _issue(issue: Issue) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "severity": issue.severity,
        "id": issue.code,
        "message": issue.message,
        "line": issue.line,
        "column": issue.column,
        "xpath": issue.xpath,
    }
    if issue.field:
        entry["field"] = issue.field
    return entry


def _top(results: list[FileResult]) -> list[dict[str, Any]]:
    counts: Counter[tuple[str, str]] = Counter()
    files: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], str] = {}
    for result in results:
        for key in {(i.code, i.severity) for i in result.issues}:
            files[key] += 1
        for issue in result.issues:
            key = (issue.code, issue.severity)
            counts[key] += 1
            sample.setdefault(key, issue.message)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))[:TOP_ISSUES]
    return [{"id": k[0], "severity": k[1], "count": counts[k], "files": files[k], "example": sample[k]}
            for k in ranked]


@dataclass(frozen=True)
class Report:
    """A run's report: ``head`` is everything but the files (validator, profile, today, summary);
    ``files()`` makes the per-file entries one at a time, so writing 10,000 of them never holds
    10,000 dictionaries at once."""

    head: dict[str, Any]
    results: Sequence[FileResult]
    baseline: Mapping[str, str] | None = None

    def files(self) -> Iterator[dict[str, Any]]:
        for result in self.results:
            entry: dict[str, Any] = {
                "path": result.path,
                "verdict": result.verdict,
                "sha256": result.sha256,
                "size": result.size,
                "profile": result.profile,
                "errors": result.errors,
                "warnings": result.warnings,
                "issues": [_issue(i) for i in result.issues],
            }
            if self.baseline is not None:
                before = self.baseline.get(result.path)
                entry["baseline_verdict"] = before
                entry["changed"] = before != result.verdict
            yield entry

    def as_dict(self) -> dict[str, Any]:
        """The whole report as plain data: what the JSON report holds."""
        return {**self.head, "files": list(self.files())}


def build(run: RunResult, profile: Mapping[str, Any], today: str,
          baseline: Mapping[str, str] | None = None) -> Report:
    counts = run.counts()
    summary: dict[str, Any] = {
        "files": len(run.results),
        **counts,
        "errors": sum(r.errors for r in run.results),
        "warnings": sum(r.warnings for r in run.results),
        "cancelled": run.cancelled,
        "top_issues": _top(run.results),
    }
    if baseline is not None:
        seen = {r.path for r in run.results}
        summary["changed"] = sum(1 for r in run.results if baseline.get(r.path) != r.verdict)
        summary["gone"] = sorted(p for p in baseline if p not in seen)
    head = {
        "report": "release-desk validation report",
        "format": REPORT_FORMAT,
        "validator": validator_info(),
        "profile": dict(profile),
        "today": today,
        "summary": summary,
    }
    return Report(head, run.results, baseline)


def summary_lines(report: Report) -> list[str]:
    """The end of a command-line run: counts, changes since the baseline, the most frequent issues."""
    s = report.head["summary"]
    if s["files"] and s["valid"] == s["files"]:
        lines = [f"{s['files']} file(s) valid"]
    else:
        lines = [f"{s['files']} file(s): " + ", ".join(f"{s[k]} {k}" for k in VERDICTS)]
    if "changed" in s:
        lines.append(f"{s['changed']} file(s) changed verdict since the baseline"
                     + (f"; {len(s['gone'])} file(s) of the baseline are gone" if s["gone"] else ""))
        baseline = report.baseline or {}
        lines.extend(f"  {r.path}: {baseline.get(r.path) or 'new'} -> {r.verdict}"
                     for r in report.results if baseline.get(r.path) != r.verdict)
    if s["top_issues"]:
        lines.append("most frequent issues:")
        lines.extend(f"  {t['count']:>6} x {t['id']} ({t['severity']}, {t['files']} file(s)): {t['example']}"
                     for t in s["top_issues"][:5])
    return lines


# -- writers ----------------------------------------------------------------------


def iter_json(report: Report) -> Iterator[bytes]:
    """The JSON report in pieces: indented, with one line per file, so a diff of two runs shows one
    line per file that changed (and the one-line objects go through json's C encoder, which indenting
    would not). Written piece by piece, a report on 10,000 files never sits in memory whole."""
    head = json.dumps(report.head, indent=2, ensure_ascii=False)
    yield (head[:-2] + ',\n  "files": [').encode("utf-8")
    separator = "\n    "
    for entry in report.files():
        yield (separator + json.dumps(entry, ensure_ascii=False)).encode("utf-8")
        separator = ",\n    "
    yield ("\n  ]\n}\n" if separator != "\n    " else "]\n}\n").encode("utf-8")


def to_json(report: Report) -> bytes:
    return b"".join(iter_json(report))


_CSV_COLUMNS = ("path", "verdict", "sha256", "changed", "severity", "id", "line", "column", "xpath", "field",
                "message")


def to_csv(report: Report) -> bytes:
    """One row per issue (a file without issues gets one row); ``#`` lines first name the validator."""
    import csv
    import io

    out = io.StringIO()
    head = report.head
    v = head["validator"]
    out.write(f"# {v['name']} {v['version']}; lxml {v['lxml']}; libxml2 {v['libxml2']}; "
              f"profile {head['profile'].get('name')}; today {head['today']}\n")
    s = head["summary"]
    out.write("# " + "; ".join(f"{k} {s[k]}" for k in ("files", *VERDICTS)) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for f in report.files():
        changed = "" if "changed" not in f else ("yes" if f["changed"] else "no")
        rows = f["issues"] or [{}]
        for i in rows:
            writer.writerow([f["path"], f["verdict"], f["sha256"] or "", changed, i.get("severity", ""),
                             i.get("id", ""), i.get("line") or "", i.get("column") or "", i.get("xpath") or "",
                             i.get("field", ""), i.get("message", "")])
    return out.getvalue().encode("utf-8")


def _attrs(values: Mapping[str, Any], skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Plain values as XML attributes: JSON's spelling for booleans, lists space-separated, None left out."""
    attrs = {}
    for key, value in values.items():
        if value is None or key in skip or isinstance(value, dict):
            continue
        if isinstance(value, bool):
            attrs[key] = "true" if value else "false"
        elif isinstance(value, list):
            if all(isinstance(v, str) for v in value):
                attrs[key] = " ".join(value)
        else:
            attrs[key] = str(value)
    return attrs


def to_xml(report: Report) -> bytes:
    head = report.head
    root = etree.Element("validation-report", format=str(head["format"]), today=head["today"])
    etree.SubElement(root, "validator", _attrs(head["validator"]))
    etree.SubElement(root, "profile", _attrs(head["profile"]))
    s = head["summary"]
    summary = etree.SubElement(root, "summary", _attrs(s, ("top_issues", "gone")))
    for top in s["top_issues"]:
        etree.SubElement(summary, "top-issue", _attrs(top))
    for path in s.get("gone", []):
        etree.SubElement(summary, "gone", path=path)
    for f in report.files():
        el = etree.SubElement(root, "file", _attrs(f, ("issues",)))
        for i in f["issues"]:
            etree.SubElement(el, "issue", _attrs(i, ("message",))).text = i["message"]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_html(report: Report) -> bytes:
    import html

    e = html.escape
    head = report.head
    s, v = head["summary"], head["validator"]
    rows = []
    for f in report.files():
        first = f["issues"][0] if f["issues"] else None
        where = f":{first['line']}" if first and first.get("line") else ""
        mark = " *" if f.get("changed") else ""
        details = "".join(
            f"<li><b>{e(i['severity'])}</b> <code>{e(i['id'])}</code> "
            f"{'line ' + str(i['line']) + ': ' if i.get('line') else ''}{e(i['message'])}</li>" for i in f["issues"])
        rows.append(
            f"<tr class=\"{e(f['verdict'])}\"><td>{e(f['path'])}{where}</td><td>{e(f['verdict'])}{mark}</td>"
            f"<td>{f['errors']}</td><td>{f['warnings']}</td><td><ul>{details}</ul></td>"
            f"<td><code>{e(f['sha256'] or '')}</code></td></tr>")
    tops = "".join(f"<li>{t['count']} × <code>{e(t['id'])}</code> ({e(t['severity'])}, {t['files']} files): "
                   f"{e(t['example'])}</li>" for t in s["top_issues"])
    counts = ", ".join(f"{s[k]} {k}" for k in VERDICTS)
    changed = f"<p>{s['changed']} file(s) changed verdict since the baseline (marked *).</p>" if "changed" in s else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Validation report</title>
<style>body{{font-family:sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px;
vertical-align:top}} tr.valid td:nth-child(2){{color:#185}} tr.invalid td:nth-child(2){{color:#b50}}
tr.not-well-formed td:nth-child(2),tr.unreadable td:nth-child(2){{color:#c00}} ul{{margin:0;padding-left:1em}}</style>
</head><body>
<h1>Validation report</h1>
<p>{s['files']} files: {counts}. Profile <code>{e(str(head['profile'].get('name')))}</code>; today
{e(head['today'])}. Checked by {e(v['name'])} {e(v['version'])} with lxml {e(v['lxml'])}, libxml2
{e(v['libxml2'])}, libxslt {e(v['libxslt'])}.</p>
{changed}<h2>Most frequent issues</h2><ol>{tops}</ol>
<h2>Files</h2>
<table><tr><th>File</th><th>Verdict</th><th>Errors</th><th>Warnings</th><th>Issues</th><th>SHA-256</th></tr>
{chr(10).join(rows)}
</table></body></html>
"""
    return page.encode("utf-8")


WRITERS = {"json": to_json, "csv": to_csv, "html": to_html, "xml": to_xml}


def write(report: Report, path: Path) -> None:
    """Write the report in the format its name asks for, all or nothing (temp file, fsync, rename)."""
    from app.fileio import atomic_write

    fmt = format_for(path)
    atomic_write(path, iter_json(report) if fmt == "json" else WRITERS[fmt](report))


def format_for(path: Path) -> str:
    """The report format a file name asks for (``.htm`` is HTML); ValueError for anything else."""
    suffix = path.suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    if suffix not in WRITERS:
        raise ValueError(f"{path}: a report ends in .json, .csv, .html or .xml")
    return suffix
