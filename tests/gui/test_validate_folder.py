"""The Validate Folder window: a folder in, a live table of verdicts, a summary and a saved report out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.formats import release_xml
from app.gui.folder_validation.validate_folder import ValidateFolderWindow, verdict_name
from tests.validation.defects import TODAY, base_release, make_defects


class StubFolderDialogs:
    """Canned answers for the window's two questions."""

    def __init__(self) -> None:
        self.folders: list[Path | None] = []
        self.report_paths: list[Path | None] = []

    def get_folder(self, start: str) -> Path | None:
        return self.folders.pop(0) if self.folders else None

    def get_report_path(self, suggested: str) -> Path | None:
        return self.report_paths.pop(0) if self.report_paths else None


@pytest.fixture
def dialogs() -> StubFolderDialogs:
    return StubFolderDialogs()


@pytest.fixture
def window(qtbot, dialogs: StubFolderDialogs) -> Iterator[ValidateFolderWindow]:
    win = ValidateFolderWindow(jobs=1, dialogs=dialogs, today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def defects(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, set[str]]]]:
    folder = tmp_path / "in"
    return folder, make_defects(folder)


def _run(qtbot, window: ValidateFolderWindow, folder: Path, dialogs: StubFolderDialogs) -> None:
    dialogs.folders.append(folder)
    window.choose_folder()
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)


def _shown(window: ValidateFolderWindow, column: int = 0) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_a_run_lists_every_file_with_its_verdict(qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs,
                                                 defects: tuple[Path, dict[str, tuple[str, set[str]]]]) -> None:
    """Validating the defects folder shows one row per file, with the expected verdict, and "Done" in the status."""
    folder, expected = defects
    _run(qtbot, window, folder, dialogs)
    rows = dict(zip(_shown(window, 0), _shown(window, 1), strict=True))
    assert rows == {name: verdict_name(verdict) for name, (verdict, _) in expected.items()}
    assert window.status.text().startswith("Done:")
    assert window.progress.value() == len(expected)
    assert window.summary.count() > 0
    assert window.save_button.isEnabled()


def test_filter_and_sort_the_results(qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs,
                                     defects: tuple[Path, dict[str, tuple[str, set[str]]]]) -> None:
    """A filter chosen before the run applies to rows as they arrive; sorting by errors puts the worst first."""
    folder, expected = defects
    window.verdict_box.setCurrentIndex(window.verdict_box.findData("problems"))
    _run(qtbot, window, folder, dialogs)
    assert sorted(_shown(window)) == sorted(n for n, (v, _) in expected.items() if v != "valid")
    QTest.keyClicks(window.filter_edit, "hostile/")
    assert set(_shown(window)) == {n for n, (v, _) in expected.items() if n.startswith("hostile/") and v != "valid"}
    window.filter_edit.clear()
    window.verdict_box.setCurrentIndex(window.verdict_box.findData(""))
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    errors = [int(e) for e in _shown(window, 2)]
    assert errors == sorted(errors, reverse=True)
    assert _shown(window, 0)[0] == "two-errors.xml"  # the one file with two errors


def test_double_click_asks_to_open_the_file_at_its_first_issue(
        qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs,
        defects: tuple[Path, dict[str, tuple[str, set[str]]]]) -> None:
    """Double-clicking the bad-phone row emits its path, the phone's line and the contacts[0].phone field."""
    folder, _ = defects
    _run(qtbot, window, folder, dialogs)
    QTest.keyClicks(window.filter_edit, "phone-malformed")
    index = window.proxy.index(0, 0)
    rect = window.table.visualRect(index)
    data = (folder / "phone-malformed.xml").read_bytes()
    line = data[: data.index(b"<phone>")].count(b"\n") + 1
    with qtbot.waitSignal(window.open_requested) as signal:
        QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [str(folder / "phone-malformed.xml"), line, "contacts[0].phone"]


def test_cancel_stops_the_run(qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs,
                              tmp_path: Path) -> None:
    """Cancel right after starting ends the run early, says so, and leaves fewer rows than files."""
    folder = tmp_path / "many"
    folder.mkdir()
    data = release_xml.write(base_release())
    for n in range(200):
        (folder / f"r{n:03d}.xml").write_bytes(data)
    dialogs.folders.append(folder)
    window.choose_folder()
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as signal:
        window.start()
        QTest.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].cancelled
    assert window.status.text().startswith("Cancelled")
    assert window.proxy.rowCount() < 200
    assert window.start_button.isEnabled()


def test_save_the_report(qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs,
                         defects: tuple[Path, dict[str, tuple[str, set[str]]]], tmp_path: Path) -> None:
    """Save report writes the JSON report of the run to the chosen file."""
    folder, expected = defects
    _run(qtbot, window, folder, dialogs)
    dialogs.report_paths.append(tmp_path / "report.json")
    QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["files"] == len(expected)
    assert window.status.text() == f"Report saved to {tmp_path / 'report.json'}"


def test_not_a_folder_is_said_and_nothing_runs(window: ValidateFolderWindow, tmp_path: Path) -> None:
    """Pressing Validate with a path that is not a folder explains it and starts nothing."""
    window.folder_edit.setText(str(tmp_path / "missing"))
    QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.thread is None
    assert "not a folder" in window.status.text()


def test_catalog_profiles_are_offered(qtbot, tmp_path: Path) -> None:
    """Profiles from the catalog appear in the profile list after the built-in ones."""
    catalog = tmp_path / "profiles.json"
    memo = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "memo"
    catalog.write_text(json.dumps({"profiles": [{"name": "memo", "schema": str(memo / "memo.xsd"),
                                                 "description": "test memos"}]}), encoding="utf-8")
    win = ValidateFolderWindow(catalog=catalog)
    qtbot.addWidget(win)
    names = [win.profile_box.itemData(i) for i in range(win.profile_box.count())]
    assert names == ["", "release", "release-xsd", "nitf", "newsml-g2", "memo"]


def test_two_worker_processes_from_the_window(qtbot, dialogs: StubFolderDialogs, tmp_path: Path) -> None:
    """With two jobs the run uses worker processes started from the window's thread, and every file is checked."""
    folder = tmp_path / "many"
    folder.mkdir()
    data = release_xml.write(base_release())
    for n in range(140):
        (folder / f"r{n:03d}.xml").write_bytes(data)
    win = ValidateFolderWindow(jobs=2, dialogs=dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    try:
        _run(qtbot, win, folder, dialogs)
        assert set(_shown(win, 1)) == {"valid"}
        assert win.proxy.rowCount() == 140
    finally:
        win.close()


def test_a_second_run_takes_unchanged_files_from_the_cache(
        qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs, tmp_path: Path) -> None:
    """Checking the same folder again answers unchanged files from the validation cache (the command line's
    too), says how many, and shows the same verdicts; a file changed since is checked again."""
    import os
    import time

    folder = tmp_path / "arrived"
    folder.mkdir()
    for n in range(3):
        release = base_release()
        release.headline = f"Ferry timetable change {n}"
        (folder / f"r{n}.xml").write_bytes(release_xml.write(release))
    hour_ago = time.time() - 3600  # files that arrived earlier (a file changed seconds ago is not trusted)
    for path in folder.iterdir():
        os.utime(path, (hour_ago, hour_ago))
    _run(qtbot, window, folder, dialogs)
    first = list(zip(_shown(window, 0), _shown(window, 1), strict=True))
    assert "from the cache" not in window.status.text()

    _run(qtbot, window, folder, dialogs)
    assert window.status.text().endswith("valid. 3 verdicts came from the cache.")
    assert list(zip(_shown(window, 0), _shown(window, 1), strict=True)) == first

    broken = base_release()
    broken.contacts[0].email = "press@example..org"
    (folder / "r1.xml").write_bytes(release_xml.write(broken))
    _run(qtbot, window, folder, dialogs)
    assert window.status.text().endswith("2 verdicts came from the cache.")
    rows = dict(zip(_shown(window, 0), _shown(window, 1), strict=True))
    assert rows["r1.xml"] == verdict_name("invalid")


def test_an_unusable_cache_does_not_stop_the_run(
        qtbot, window: ValidateFolderWindow, dialogs: StubFolderDialogs, tmp_path: Path) -> None:
    """When the cache folder cannot be made (a file stands where it should be), every file is checked and the
    run ends as usual, with nothing said about the cache."""
    import os

    cache_home = Path(os.environ["XDG_CACHE_HOME"])
    cache_home.mkdir(parents=True, exist_ok=True)
    (cache_home / "release-desk").write_text("not a folder")
    folder = tmp_path / "arrived"
    folder.mkdir()
    for n in range(2):
        (folder / f"r{n}.xml").write_bytes(release_xml.write(base_release()))
    for _ in range(2):
        _run(qtbot, window, folder, dialogs)
        assert window.status.text().startswith("Done: 2 of 2 files")
        assert "cache" not in window.status.text()
