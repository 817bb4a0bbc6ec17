"""release-desk spellcheck FILE: every unknown word with its place and suggestions; exit 1 if any."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.formats import release_xml
from app.model import Entity, Paragraph, Release

TYPO_RELEASE = """Port trust opnes a new dock

Ferries will berth at night from October

KIRKWALL, 1 October 2024 - The port trust said the new dock is redy for the winter timetable.

Tickets are on sale at https://ferry.example/tickets and press@ferry.example answers questions.

Photo credits: Port Trust

Contact:
Ines Halvorsen
press@ferry.example
"""


def test_unknown_words_are_listed_with_place_and_suggestions(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Each unknown word prints as file:field[:paragraph]:col: word -> suggestions, and the exit status is 1."""
    path = tmp_path / "dock.txt"
    path.write_text(TYPO_RELEASE, encoding="utf-8")
    assert main(["spellcheck", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" -> ")[0] for line in lines] == [f"{path}:headline:12: opnes", f"{path}:body:1:37: redy"]
    assert "opens" in lines[0].split(" -> ")[1].split(", ")


def test_a_clean_release_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release without unknown words prints nothing on stdout and exits 0; tagged names are not words."""
    release = Release(headline="Ferries will sail at night",
                      body=[Paragraph("p1", "Ines Halvorsen said the dock is ready.", [Entity("e1", "person", 0, 14)])])
    path = tmp_path / "clean.release.xml"
    path.write_bytes(release_xml.write(release))
    assert main(["spellcheck", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 unknown word(s)" in captured.err


def test_lang_checks_in_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--lang fr checks an English-labelled release with the French dictionary."""
    path = tmp_path / "fr.release.xml"
    path.write_bytes(release_xml.write(Release(headline="Le port ouvre un nouveau quai", body=[
        Paragraph("p1", "Les traversiers partiront la nuit à partir d’octobre.")])))
    assert main(["spellcheck", str(path), "--lang", "fr"]) == 0
    assert main(["spellcheck", str(path)]) == 1
    assert "quai" in capsys.readouterr().out


def test_unreadable_file_and_missing_dictionary_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file, or a language without an installed dictionary, is exit 2 with a message saying why."""
    assert main(["spellcheck", str(tmp_path / "nothing.txt")]) == 2
    assert "nothing.txt" in capsys.readouterr().err
    path = tmp_path / "dock.txt"
    path.write_text(TYPO_RELEASE, encoding="utf-8")
    assert main(["spellcheck", str(path), "--lang", "xx"]) == 2
    assert "no spelling dictionary is known for xx" in capsys.readouterr().err


def test_words_added_to_the_personal_list_are_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word in the user's personal list (release-desk/words.txt in the data folder) is not reported."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "data" / "release-desk").mkdir(parents=True)
    (tmp_path / "data" / "release-desk" / "words.txt").write_text("opnes\nredy\n", encoding="utf-8")
    path = tmp_path / "dock.txt"
    path.write_text(TYPO_RELEASE, encoding="utf-8")
    assert main(["spellcheck", str(path)]) == 0
