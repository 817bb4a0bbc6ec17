"""`release-desk validate --status`: the verdicts of approving, headless, with the exit status scripts rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.cli_validate import STATUSES
from app.formats import release_xml
from app.model import Contact
from app.model.release import STATUSES as MODEL_STATUSES
from tests.validation.defects import TODAY, base_release


def _statement(status: str = "draft") -> bytes:
    """A complete release but for one thing: nobody to call."""
    release = base_release()
    release.contacts = [Contact(name="Office of the Mayor")]
    release.status = status
    return release_xml.write(release)


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["validate", "--today", TODAY.isoformat(), "--no-cache", *args])
    return code, capsys.readouterr().err


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_draft_without_contact_is_valid_with_a_warning(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft statement without a contact: exit 0, and a warning that says a contact is needed to approve."""
    Path("s.xml").write_bytes(_statement())
    code, err = _validate(capsys, "s.xml")
    assert code == 0
    assert "warning: Contacts: no contact can be reached; before the release is approved" in err


def test_status_approved_makes_the_same_draft_invalid(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same draft with --status approved: exit 1 and an error naming the missing contact."""
    Path("s.xml").write_bytes(_statement())
    code, err = _validate(capsys, "--status", "approved", "s.xml")
    assert code == 1
    assert "error: Contacts: no contact can be reached, and a release that is approved must have one" in err


def test_a_file_saved_as_approved_is_judged_as_approved(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """By default each file's own status counts: an approved file without contact fails, and --status draft
    passes it."""
    Path("s.xml").write_bytes(_statement("approved"))
    assert _validate(capsys, "s.xml")[0] == 1
    assert _validate(capsys, "--status", "draft", "s.xml")[0] == 0


def test_the_cache_keeps_the_verdicts_of_each_status_apart(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft checked once (valid, cached) is checked again for --status approved, not answered from the cache."""
    Path("s.xml").write_bytes(_statement())
    assert main(["validate", "--today", TODAY.isoformat(), "--cache", "c.sqlite", "s.xml"]) == 0
    assert main(["validate", "--today", TODAY.isoformat(), "--cache", "c.sqlite", "--status", "approved",
                 "s.xml"]) == 1
    assert main(["validate", "--today", TODAY.isoformat(), "--cache", "c.sqlite", "s.xml"]) == 0
    capsys.readouterr()


def test_an_unknown_status_is_a_usage_error(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--status final is refused with exit 2 and the list of statuses."""
    Path("s.xml").write_bytes(_statement())
    with pytest.raises(SystemExit) as stopped:
        main(["validate", "--status", "final", "s.xml"])
    assert stopped.value.code == 2
    assert "approved" in capsys.readouterr().err


def test_every_status_of_the_model_is_accepted() -> None:
    """Whatever status the editor can give a release, the command line can ask for."""
    assert set(MODEL_STATUSES) <= set(STATUSES)
