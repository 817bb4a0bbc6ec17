"""Real releases, imported and validated as drafts, open without a red error; each warning is one an editor
would give too (the truth file an editor wrote for the release says the same thing is missing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.formats import import_path
from app.validation import Issue, validate_release

PROJECT = Path(__file__).resolve().parents[2]
#: Our own releases: the importer's training set (text and Word, each with an editor's truth file) and the
#: fixture releases of the tests.
OWN = [("resources/importer/releases/raw", "*.txt"), ("resources/importer/word/raw", "*.docx"),
       ("tests/fixtures/text", "*.txt"), ("tests/fixtures/import_source", "*.txt"),
       ("tests/fixtures/annotate", "*.txt"), ("resources/examples", "*.txt"), ("tests/fixtures/validation", "*.txt")]
#: What a draft may be told: no contact to reach, no date, no summary (statements and ministries publish that
#: way), a headline over 120 characters. Nothing else, and never an error.
DRAFT_WARNINGS = {"contact-reachable", "date-present", "summary-present", "headline-length"}


def _files(root: Path, folders: list[tuple[str, str]]) -> list[Path]:
    return [path for folder, pattern in folders for path in sorted((root / folder).glob(pattern))]


def _issues(path: Path) -> list[Issue]:
    imported = import_path(path)
    assert imported is not None, path
    assert imported.release.status == "draft"
    return validate_release(imported.release)


def _check(paths: list[Path]) -> dict[Path, set[str]]:
    """Every file's warning codes; fails on any error or on a warning an editor would not give a draft."""
    assert paths
    errors, odd, codes = [], [], {}
    for path in paths:
        issues = _issues(path)
        errors += [f"{path.name}: {i.message}" for i in issues if i.severity == "error"]
        odd += [f"{path.name}: {i.message}" for i in issues if i.code not in DRAFT_WARNINGS]
        codes[path] = {i.code for i in issues}
    assert errors == []
    assert odd == []
    return codes


def _agree_with_truth(codes: dict[Path, set[str]], truth_folder: Path) -> int:
    """The contact and date warnings fall on exactly the releases whose truth file has no reachable contact
    and no date. Returns how many releases were compared."""
    compared = 0
    for path, found in codes.items():
        truth_file = truth_folder / f"{path.stem}.json"
        if not truth_file.is_file():
            continue
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        reachable = any(c.get("email") or c.get("phone") for c in truth.get("contacts") or [])
        assert ("contact-reachable" in found) == (not reachable), path.name
        assert ("date-present" in found) == (not truth.get("dateline_date")), path.name
        compared += 1
    return compared


def test_our_own_releases_give_no_error_as_drafts() -> None:
    """Every release text and Word file of our own imports as a draft with warnings of the expected kinds only,
    and the warnings about contacts and dates fall where the editor's truth file says they are missing."""
    codes = _check(_files(PROJECT, OWN))
    assert len(codes) > 100
    compared = sum(_agree_with_truth({p: c for p, c in codes.items() if p.parent.name == "raw"},
                                     folder.parent / "truth")
                   for folder in {p.parent for p in codes if p.parent.name == "raw"})
    assert compared >= 100
    # statements without a contact block are among them, so the draft rule is really exercised
    assert sum("contact-reachable" in found for found in codes.values()) >= 10


@pytest.mark.parametrize("corpus", ["dev", "docx-dev"])
def test_the_development_releases_give_no_error_as_drafts(shared_dir: Path, corpus: str) -> None:
    """The real releases of ../shared/corpus (text and Word) import as drafts without a single error, and
    their warnings agree with the truth files an editor wrote for them."""
    folder = shared_dir / "corpus" / corpus
    codes = _check(sorted((folder / "raw").glob("*.txt")) + sorted((folder / "raw").glob("*.docx")))
    assert _agree_with_truth(codes, folder / "truth") == len(codes)


def test_two_numbers_in_one_phone_field_pass() -> None:
    """A contact block of ours whose phone line gives two national numbers joined by "or" imports as one phone
    field, and validation accepts it."""
    release = import_path(PROJECT / "tests" / "fixtures" / "validation" / "en_ferry_helpline.txt").release
    assert release.contacts[0].phone == "5550 1234 or 0491 570 006"
    assert [i for i in validate_release(release) if i.field and i.field.startswith("contacts")] == []


def test_the_same_statement_approved_is_held_back() -> None:
    """A mayor's statement of our own, without contact block or date: warnings as a draft, errors when
    approving."""
    path = PROJECT / "tests" / "fixtures" / "validation" / "fr_mairie_declaration.txt"
    release = import_path(path).release
    draft = {(i.severity, i.code) for i in validate_release(release)}
    approved = {(i.severity, i.code) for i in validate_release(release, status="approved")}
    assert draft == {("warning", "contact-reachable"), ("warning", "date-present")}
    assert approved == {("error", "contact-reachable-finished"), ("error", "date-present-finished")}
