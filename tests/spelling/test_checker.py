"""Spell checking with the system's Hunspell dictionaries and the user's own word list."""

from __future__ import annotations

from pathlib import Path

from app.model import Entity, Paragraph, Release
from app.spelling import Checkers, PersonalWords, SpellChecker, check_release
from app.spelling.dictionaries import debian_package, find


def test_unknown_english_words_are_found_with_suggestions(tmp_path: Path) -> None:
    """A misspelt word is reported where it stands, with the right word among the suggestions."""
    checker = SpellChecker("en", PersonalWords(tmp_path / "words.txt"))
    assert checker.available
    text = "The port trust anounced a new ferry"
    found = checker.misspelled(text)
    assert [(m.word, text[m.start:m.end]) for m in found] == [("anounced", "anounced")]
    assert "announced" in checker.suggest("anounced")


def test_french_and_spanish_releases_use_their_own_dictionary(tmp_path: Path) -> None:
    """French and Spanish words are known in their own language and a typo in them is caught."""
    french = SpellChecker("fr", PersonalWords(tmp_path / "w.txt"))
    assert [m.word for m in french.misspelled("L’atelier a inauguré aujourd’hui un centre de formtion")] == [
        "formtion"]
    spanish = SpellChecker("es-ES", PersonalWords(tmp_path / "w.txt"))
    assert [m.word for m in spanish.misspelled("La biblioteca abrirá sus puertas el lunes y el marttes")] == [
        "marttes"]


def test_added_words_are_remembered_in_the_data_folder(tmp_path: Path) -> None:
    """"Add to dictionary" keeps the word for the next session, in every language."""
    path = tmp_path / "data" / "words.txt"
    SpellChecker("en", PersonalWords(path)).add_to_dictionary("Voerendaal")
    assert path.read_text("utf-8") == "Voerendaal\n"
    assert SpellChecker("en", PersonalWords(path)).misspelled("Voerendaal port") == []
    assert SpellChecker("fr", PersonalWords(path)).misspelled("Voerendaal") == []


def test_ignored_words_last_only_for_the_checker(tmp_path: Path) -> None:
    """"Ignore" accepts a word for this session only; nothing is written."""
    checker = SpellChecker("en", PersonalWords(tmp_path / "words.txt"))
    checker.ignore("Quillby")
    assert checker.misspelled("Quillby said") == []
    assert not (tmp_path / "words.txt").exists()
    assert [m.word for m in SpellChecker("en").misspelled("Quillby said")] == ["Quillby"]


def test_default_word_list_lives_in_the_users_data_folder(tmp_path: Path, monkeypatch) -> None:
    """Without a path the word list is release-desk/words.txt under XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    SpellChecker("en", PersonalWords()).add_to_dictionary("Quillby")
    assert (tmp_path / "release-desk" / "words.txt").read_text("utf-8") == "Quillby\n"


def test_a_release_is_checked_field_by_field_skipping_tags(tmp_path: Path) -> None:
    """Headline, subheadline, body and credits are checked; a tagged name is not flagged."""
    release = Release(
        headline="Port trust opnes a dock", subheadline="Ferrys will run daily",
        body=[Paragraph("p1", "Mariska Voerendaal said the dock is redy.", [Entity("e1", "person", 0, 18)])],
        photo_credits="Port Trust/Jan Pietersz", keywords=["dokk"],
    )
    findings = check_release(release, Checkers(PersonalWords(tmp_path / "w.txt")))
    assert [(f.field, f.paragraph, f.word, f.column) for f in findings] == [
        ("headline", None, "opnes", 12), ("subheadline", None, "Ferrys", 1), ("body", 0, "redy", 37),
        ("photo_credits", None, "Pietersz", 16)]
    assert "opens" in findings[0].suggestions


def test_a_language_without_dictionary_names_the_package_to_install() -> None:
    """No German dictionary: the checker is off and says which Debian package adds one."""
    checker = SpellChecker("de-DE", installed=["en_US", "fr"])
    assert not checker.available
    assert checker.misspelled("Rechtschreibfehlr") == []
    assert "hunspell-de-de" in (checker.missing or "")
    assert "not spell checked" in (SpellChecker("zh-Hans", installed=["en_US"]).missing or "")


def test_dictionary_choice_follows_the_language_tag() -> None:
    """en-GB asks for the British dictionary, plain en for the usual one, and packages are named to match."""
    installed = ["en_GB", "en_US", "fr", "fr_FR", "ar"]
    assert find("en-GB", installed).tag == "en_GB"
    assert find("en", installed).tag == "en_US"
    assert find("en", installed).also == ("en_GB",)
    assert find("fr-CH", installed).tag == "fr_FR"
    assert find("ar-JO", installed).tag == "ar"
    assert debian_package("en-GB") == "hunspell-en-gb"
    assert debian_package("pt-BR") == "hunspell-pt-br"
    assert debian_package("ru") == "hunspell-ru"
    assert debian_package("xx") is None
