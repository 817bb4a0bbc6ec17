"""The Validate Folder window: an archivist's batch run, with progress, a live table and a report.

The run itself is app.validation (headless, worker processes, the validation
cache); this room only shows it. The run goes on a QThread (run_thread.py) so the
window keeps painting, and its results arrive a chunk at a time through a queued
signal into the table (results.py). The table
sorts and filters while rows keep arriving (a QSortFilterProxyModel over an
append-only model). Double-clicking a row emits ``open_requested(path, line,
field)`` for the main window to open the file at its first issue.

The main window calls :func:`open_validate_folder`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.i18n import english_plural
from app.gui.folder_validation.results import ResultsFilter, ResultsModel, severity_name, verdict_name
from app.gui.folder_validation.run_thread import RunThread
from app.validation import batch, reports
from app.validation.profiles import Profile, ProfileError, all_profiles, builtin_profiles

AUTO = QT_TRANSLATE_NOOP("ValidateFolderWindow", "Automatic (by namespace)")


class FolderDialogs:
    """The window's questions; tests replace this object (no modal dialog in a test)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def get_folder(self, start: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.parent, QCoreApplication.translate("FolderDialogs", "Folder to validate"), start)
        return Path(chosen) if chosen else None

    def get_report_path(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("FolderDialogs", "Save report"), suggested,
            QCoreApplication.translate(
                "FolderDialogs", "JSON report (*.json);;HTML report (*.html);;CSV report (*.csv);;XML report (*.xml)"))
        return Path(chosen) if chosen else None

class ValidateFolderWindow(QWidget):
    """Choose a folder and a profile, watch the run, read and save the report."""

    # (path, line or 0, form field or "") of the first issue of a double-clicked file
    open_requested = Signal(str, int, str)
    # emitted when a run ends (cancelled or not) with its RunResult
    run_finished = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, catalog: Path | None = None, jobs: int | None = None,
                 dialogs: FolderDialogs | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Validate Folder — Release Desk"))
        self.setObjectName("validate-folder")
        self.catalog, self.jobs = catalog, jobs
        self.fixed_today = today  # None: the clock, read when a run starts
        self.dialogs = dialogs or FolderDialogs(self)
        self.profiles: dict[str, Profile] = {}
        self.thread: RunThread | None = None
        self.outcome: batch.RunResult | None = None
        self.today = ""
        self.total = 0
        self.started = 0.0
        self.counts: Counter[tuple[str, str]] = Counter()
        self.examples: dict[tuple[str, str], str] = {}
        self._build()
        self.reload_profiles()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("Folder of XML submissions"))
        self.folder_edit.setAccessibleName(self.tr("Folder to validate"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        self.profile_box = QComboBox(self)
        self.profile_box.setAccessibleName(self.tr("Validation profile"))
        self.start_button = QPushButton(self.tr("&Validate"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Folder:"), self, buddy=self.folder_edit))
        top.addWidget(self.folder_edit, 1)
        top.addWidget(choose)
        top.addWidget(QLabel(self.tr("&Profile:"), self, buddy=self.profile_box))
        top.addWidget(self.profile_box)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel(self.tr("Choose a folder and press Validate."), self)

        self.verdict_box = QComboBox(self)
        self.verdict_box.setAccessibleName(self.tr("Show"))
        for label, value in ((self.tr("All files"), ""), (self.tr("Problems only"), "problems"),
                             (self.tr("Valid"), "valid"), (self.tr("Invalid"), "invalid"),
                             (self.tr("Not well-formed"), "not-well-formed"), (self.tr("Unreadable"), "unreadable"),
                             (self.tr("Refused (unsafe)"), "refused-unsafe"), (self.tr("Unchecked"), "unchecked")):
            self.verdict_box.addItem(label, value)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by file name"))
        self.filter_edit.setAccessibleName(self.tr("Filter by file name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.verdict_box.currentIndexChanged.connect(self._refilter)
        self.filter_edit.textChanged.connect(self._refilter)
        self.save_button = QPushButton(self.tr("&Save report…"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_report)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("S&how:"), self, buddy=self.verdict_box))
        bar.addWidget(self.verdict_box)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.save_button)

        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 60)
        self.table.setColumnWidth(3, 70)
        self.table.doubleClicked.connect(self._open_row)

        self.summary = QListWidget(self)
        self.summary.setAccessibleName(self.tr("Most frequent issues"))
        summary_box = QWidget(self)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(QLabel(self.tr("Most frequent issues"), self))
        summary_layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(summary_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.resize(980, 640)

    def reload_profiles(self) -> None:
        """Fill the profile list from the built-ins and the catalog; a broken catalog is said in the status."""
        try:
            self.profiles = all_profiles(self.catalog)
        except ProfileError as error:
            self.profiles = builtin_profiles()
            self.status.setText(self.tr("The profile catalog was not loaded: {error}").format(error=error))
        self.profile_box.clear()
        self.profile_box.addItem(self.tr(AUTO), "")
        for name, profile in self.profiles.items():
            self.profile_box.addItem(f"{name} — {profile.description}" if profile.description else name, name)

    # -- actions -------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = self.dialogs.get_folder(self.folder_edit.text() or str(Path.home()))
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def start(self) -> None:
        """Start a run on the folder with the chosen profile (a no-op while one runs)."""
        if self.thread is not None:
            return
        folder = Path(self.folder_edit.text().strip())
        if not self.folder_edit.text().strip() or not folder.is_dir():
            self.status.setText(self.tr("That is not a folder; choose one with Choose…."))
            return
        name = self.profile_box.currentData()
        chosen = self.profiles.get(name) if name else None
        spec = batch.RunSpec(chosen, tuple(self.profiles.values()), self.fixed_today)
        try:
            checker = batch.prepare(spec)  # a schema that does not compile is said now, not per file
        except ProfileError as error:
            self.status.setText(str(error))
            return
        spec = checker.spec
        self.today = checker.today.isoformat()
        self.model.clear(str(folder))
        self.counts.clear()
        self.examples.clear()
        self.summary.clear()
        self.outcome = None
        self.total = 0
        self.progress.setRange(0, 0)  # busy until the folder is counted
        self.status.setText(self.tr("Looking for XML files…"))
        self.started = time.perf_counter()
        self.thread = RunThread(folder, spec, self.jobs, self)
        self.thread.counted.connect(self._counted)
        self.thread.batch_done.connect(self._batch_done)
        self.thread.finished_run.connect(self._finished)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.thread.start()

    def cancel(self) -> None:
        """Stop after the batches already being checked."""
        if self.thread is not None:
            self.thread.cancel_requested = True
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current batch…"))

    def save_report(self) -> None:
        if self.outcome is None:
            return
        path = self.dialogs.get_report_path("validation-report.json")
        if path is None:
            return
        if path.suffix.lower() not in (".json", ".csv", ".html", ".htm", ".xml"):
            path = path.with_suffix(".json")
        name = self.profile_box.currentData()
        profile = self.profiles[name].to_json() if name else {"name": "auto", "profiles": list(self.profiles)}
        try:
            reports.write(reports.build(self.outcome, profile, self.today), path)
        except OSError as error:
            self.status.setText(self.tr("The report was not saved: {error}").format(error=error.strerror or error))
            return
        self.status.setText(self.tr("Report saved to {path}").format(path=path))

    # -- the run's signals -----------------------------------------------------------

    def _counted(self, total: int) -> None:
        self.total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)

    def _batch_done(self, results: list[batch.FileResult]) -> None:
        self.model.append(results)
        for result in results:
            for issue in result.issues:
                key = (issue.code, issue.severity)
                self.counts[key] += 1
                self.examples.setdefault(key, issue.message)
        done = len(self.model.results)
        self.progress.setValue(done)
        elapsed = time.perf_counter() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        number = self.locale().toString
        self.status.setText(self.tr("{done} of {total} files checked — {rate} files/s").format(
            done=number(done), total=number(self.total), rate=number(round(rate))))
        self._show_summary()

    def _finished(self, outcome: batch.RunResult) -> None:
        assert self.thread is not None
        self.thread.wait()
        from_cache = self.thread.from_cache
        self.thread.deleteLater()
        self.thread = None
        self.outcome = outcome
        counts = outcome.counts()
        number = self.locale().toString
        words = self.tr(", ").join(f"{number(counts[v])} {verdict_name(v)}" for v in batch.VERDICTS if counts[v])
        ending = (self.tr("Cancelled: {checked} of {total} files — {counts}") if outcome.cancelled
                  else self.tr("Done: {checked} of {total} files — {counts}"))
        status = ending.format(checked=number(len(outcome.results)), total=number(self.total),
                               counts=words or self.tr("no files"))
        if from_cache:  # unchanged since a run, here or on the command line: not checked again
            status += ". " + english_plural(self.tr("%n verdict(s) came from the cache.", "", from_cache), from_cache)
        self.status.setText(status)
        self.progress.setRange(0, max(self.total, 1))
        self.progress.setValue(len(outcome.results))
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(True)
        self.run_finished.emit(outcome)

    def _show_summary(self) -> None:
        self.summary.clear()
        for (code, severity), count in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
            self.summary.addItem(self.tr("{count} × {code} ({severity}): {example}").format(
                count=self.locale().toString(count), code=code, severity=severity_name(severity),
                example=self.examples[(code, severity)]))

    def _refilter(self) -> None:
        self.proxy.set_filter(self.verdict_box.currentData(), self.filter_edit.text())

    def _open_row(self, index: QModelIndex) -> None:
        result = self.model.results[self.proxy.mapToSource(index).row()]
        first = result.issues[0] if result.issues else None
        self.open_requested.emit(result.path, (first.line or 0) if first else 0, (first.field or "") if first else "")

    def closeEvent(self, event: Any) -> None:
        # a window closed mid-run stops its run rather than leave worker processes behind
        if self.thread is not None:
            self.thread.cancel_requested = True
            self.thread.wait()
        super().closeEvent(event)


def open_validate_folder(parent: QWidget | None = None, *, catalog: Path | None = None) -> ValidateFolderWindow:
    """Show a Validate Folder window (the main window keeps the reference and connects ``open_requested``)."""
    window = ValidateFolderWindow(parent, catalog=catalog)
    window.show()
    return window
