"""Phone numbers as a press office writes them pass validation; what cannot be a number is a warning naming it."""

from __future__ import annotations

import pytest

from app.model import Contact, Release
from app.validation import Issue, validate_release
from app.validation.phones import region_of, unreadable_numbers
from tests.validation.defects import TODAY, base_release


def _phone_issues(phone: str, language: str = "en", status: str | None = None) -> list[Issue]:
    release = base_release()
    release.language = language
    release.contacts = [Contact(name="Press office", email="press@example.org"),
                        Contact(name="Duty officer", phone=phone)]
    return [i for i in validate_release(release, today=TODAY, status=status) if i.field == "contacts[1].phone"]


@pytest.mark.parametrize(("phone", "language"), [
    ("+61 2 5550 1234", "en"),  # international format
    ("(02) 5550 1234", "en-AU"),  # national format, with the country in the language tag
    ("01 23 45 67 89", "fr"),  # national format of the country the language suggests
    ("030/12345-67", "de"),  # a German area code behind a slash
    ("5550 1234 or 0491 570 006", "en"),  # "A or B", national numbers of a country the language does not name
    ("+998 71 207 05 24 / +998 77 550 33 66", "ru"),  # two international numbers behind a slash
    ("0171 1234567 oder 030 1234567", "de"),  # "A oder B"
    ("+86 10 6532 1234或13800138000", "zh-Hans"),  # 或 between two numbers, no spaces
    ("1-800-FERRIES (337-7437)", "en"),  # a vanity number, spelled in digits after it
    ("1-800-FERRIES", "en"),
    ("+44 20 7946 0958 ext. 214", "en"),  # an extension
    ("(212) 555-0199 x12", "en"),
    ("Tel. +33 1 23 45 67 89 (mobile)", "fr"),  # a label before, a word in brackets after
    ("0113 496 0721", "en"),  # a British number in an English release: 011 is no call abroad here
])
def test_numbers_written_the_usual_ways_are_accepted(phone: str, language: str) -> None:
    """National and international formats, several numbers in one field, vanity numbers and extensions give
    no issue."""
    assert _phone_issues(phone, language) == []


def test_a_number_that_cannot_be_dialled_is_a_warning_naming_it() -> None:
    """A number cut short after its country code is a warning on that contact's phone that quotes it."""
    [issue] = _phone_issues("+44 20 79")
    assert (issue.severity, issue.code) == ("warning", "phone-form")
    assert issue.message.startswith('Contact 2: phone "+44 20 79" is not a number that can be dialled')


def test_only_the_bad_number_of_two_is_named() -> None:
    """In "A or B" where B is three digits, the warning names B and not A."""
    [issue] = _phone_issues("+41 22 917 12 34 or 123")
    assert 'phone "123" is not a number' in issue.message


def test_words_are_no_number() -> None:
    """A phone field saying "call the newsroom" is a warning, though its letters spell digits on a keypad."""
    [issue] = _phone_issues("call the newsroom")
    assert '"call the newsroom"' in issue.message


def test_the_warning_names_the_country_numbers_are_read_in() -> None:
    """A French release reads numbers without a country code as French ones, and says so."""
    [issue] = _phone_issues("12", "fr")
    assert "read as a number of France" in issue.message


def test_a_bad_number_stays_a_warning_when_approving() -> None:
    """Approving does not make an unreadable phone an error: the library may not know a new number range."""
    [issue] = _phone_issues("+44 20 79", status="approved")
    assert issue.severity == "warning"


def test_the_release_country_comes_from_the_language_tag() -> None:
    """en-AU reads in Australia, pt in Brazil (CLDR's likely region), zh-Hans-CN in China; no language, none."""
    assert [region_of(tag) for tag in ("en-AU", "pt", "zh-Hans-CN", "fr", None)] == ["AU", "BR", "CN", "FR", None]


def test_unreadable_numbers_are_returned_as_written() -> None:
    """The numbers that do not read come back as the field wrote them, spaces and all."""
    assert unreadable_numbers("+47 55 00 00 00; +47 55 00", "nb") == ["+47 55 00"]
    assert unreadable_numbers("+47 55 00 00 00", "nb") == []


def test_a_release_without_phones_needs_no_phone_check() -> None:
    """A contact with an e-mail only gives no phone issue at all."""
    release = Release(headline="x")
    release.contacts = [Contact(email="press@example.org")]
    assert not [i for i in validate_release(release, today=TODAY) if i.code == "phone-form"]
