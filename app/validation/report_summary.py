"""A run's summary, counted file by file as results arrive: what a report's head holds, in bounded memory."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from app.validation.batch import VERDICTS, FileResult
from app.validation.intake import shown_path
from app.validation.issues import Issue

TOP_ISSUES = 10
#: The changed verdicts listed on stderr; beyond them a count (the reports list every file).
CHANGED_LISTED = 1000


def issue_entry(issue: Issue) -> dict[str, Any]:
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


def file_entry(result: FileResult, baseline: Mapping[str, str] | None) -> dict[str, Any]:
    """One file of a report, as plain data (the JSON report's ``files`` item)."""
    issues = result.issues
    path = shown_path(result.path)
    entry: dict[str, Any] = {
        "path": path,
        "verdict": result.verdict,
        "sha256": result.sha256,
        "size": result.size,
        "profile": result.profile,
        "errors": sum(1 for i in issues if i.severity == "error"),
        "warnings": sum(1 for i in issues if i.severity == "warning"),
        "issues": [issue_entry(i) for i in issues],
    }
    if baseline is not None:
        before = baseline.get(path)
        entry["baseline_verdict"] = before
        entry["changed"] = before != result.verdict
    return entry


class Summary:
    """Counts, the most frequent issues and the changes since a baseline, one file at a time."""

    def __init__(self, baseline: Mapping[str, str] | None = None) -> None:
        self.baseline = baseline
        self.counts = dict.fromkeys(VERDICTS, 0)
        self.files = self.errors = self.warnings = 0
        self._issues: Counter[tuple[str, str]] = Counter()
        self._issue_files: Counter[tuple[str, str]] = Counter()
        self._sample: dict[tuple[str, str], str] = {}
        self.unseen = set(baseline) if baseline is not None else set()
        self.changed = 0
        self.changed_listed: list[tuple[str, str | None, str]] = []

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.counts[result.verdict] = self.counts.get(result.verdict, 0) + 1
        if result.issues:
            keys = set()
            for issue in result.issues:
                key = (issue.code, issue.severity)
                keys.add(key)
                self._issues[key] += 1
                self._sample.setdefault(key, issue.message)
                if issue.severity == "error":
                    self.errors += 1
                elif issue.severity == "warning":
                    self.warnings += 1
            self._issue_files.update(keys)
        if self.baseline is not None:
            path = shown_path(result.path)
            self.unseen.discard(path)
            before = self.baseline.get(path)
            if before != result.verdict:
                self.changed += 1
                if len(self.changed_listed) < CHANGED_LISTED:
                    self.changed_listed.append((path, before, result.verdict))

    def add_all(self, results: list[FileResult]) -> None:
        """``add`` each of ``results``; a file without issues, with no baseline to compare, only counts."""
        if self.baseline is not None:
            for result in results:
                self.add(result)
            return
        counts = self.counts
        for result in results:
            if result[5]:  # its issues
                self.add(result)
            else:
                counts[result[1]] = counts.get(result[1], 0) + 1  # its verdict
                self.files += 1

    def top(self) -> list[dict[str, Any]]:
        ranked = sorted(self._issues, key=lambda k: (-self._issues[k], k))[:TOP_ISSUES]
        return [{"id": k[0], "severity": k[1], "count": self._issues[k], "files": self._issue_files[k],
                 "example": self._sample[k]} for k in ranked]

    def as_dict(self, *, cancelled: bool = False, from_cache: int = 0) -> dict[str, Any]:
        summary: dict[str, Any] = {
            "files": self.files,
            **self.counts,
            "errors": self.errors,
            "warnings": self.warnings,
            "cancelled": cancelled,
            "from_cache": from_cache,
            "top_issues": self.top(),
        }
        if self.baseline is not None:
            summary["changed"] = self.changed
            summary["gone"] = sorted(self.unseen)
        return summary
