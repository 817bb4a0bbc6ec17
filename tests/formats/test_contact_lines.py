"""Contact blocks as releases type them: what an editor finds in the Contacts cards after import."""

from __future__ import annotations

from app.formats import text

RELEASE = """Harbour Ferries opens one helpline for every crossing

PORTSMOUTH, 3 June 2025 - Harbour Ferries today opened a single helpline for all of its routes, \
so travellers no longer need to know which company runs which boat.

The helpline is staffed from six in the morning until ten at night.

Media contacts:

Priya Anand, Operations Manager, Harbour Ferries
Tel: 023 9455 0123 or 07700 900 123
Email: priya.anand@harbourferries.example

Tom Weller, Customer Services, Harbour Ferries
Tel: +1 212 555 0199 ext. 214
Helpline: 1-800-FERRIES (337-7437)
Email: tom.weller@harbourferries.example
"""


def test_name_role_and_organisation_on_one_line_make_one_contact() -> None:
    """"Tom Weller, Customer Services, Harbour Ferries" is a name, a role and an organisation, not two people."""
    contacts = text.read(RELEASE.encode()).contacts
    assert [(c.name, c.title, c.organisation) for c in contacts] == [
        ("Priya Anand", "Operations Manager", "Harbour Ferries"),
        ("Tom Weller", "Customer Services", "Harbour Ferries"),
    ]


def test_an_extension_and_a_vanity_number_are_kept_whole() -> None:
    """"ext. 214" stays with its number, and "1-800-FERRIES (337-7437)" is not cut to its digits in brackets."""
    tom = text.read(RELEASE.encode()).contacts[1]
    assert tom.phone is not None
    assert "+1 212 555 0199 ext. 214" in tom.phone
    assert "1-800-FERRIES (337-7437)" in tom.phone
    assert tom.email == "tom.weller@harbourferries.example"


def test_two_numbers_joined_by_or_belong_to_one_person() -> None:
    """"023 9455 0123 or 07700 900 123" is two ways to reach Priya Anand, and "or" is not her organisation."""
    priya = text.read(RELEASE.encode()).contacts[0]
    assert priya.phone == "023 9455 0123 or 07700 900 123"
    assert priya.organisation == "Harbour Ferries"


def test_a_name_and_phone_in_the_closing_sentence_are_the_contact() -> None:
    """"For further comment contact Jane Roe on 0412 555 019." gives Jane Roe with her number."""
    data = (
        b"Volunteers replant the creek\n\n"
        b"MELBOURNE, 2 March 2025 - More than 400 volunteers planted 10,000 native trees along the creek.\n\n"
        b"The group will hold weeding days on the first Sunday of each month.\n\n"
        b"For further comment contact Jane Roe on 0412 555 019.\n"
    )
    contacts = text.read(data).contacts
    assert [(c.name, c.phone) for c in contacts] == [("Jane Roe", "0412 555 019")]


STACKED = """Island school reopens after the storm

KIRKWALL, 9 January 2026 - The island school reopened today, four weeks after the storm took part of its roof.

Lessons start at nine as before, and the bus runs on its winter timetable.

For more information, please contact:

Ola Brennan
Orkney Schools Trust
ola.brennan@orkneyschools.example

Mairi Flett
mairi.flett@orkneyschools.example
"""


def test_an_organisation_under_a_name_is_not_a_second_person() -> None:
    """A name, then the organisation on the line under it (a name-like line whose words are the domain of an
    address in the block), then the address: one contact with its organisation, and the next name a second."""
    contacts = text.read(STACKED.encode()).contacts
    assert [(c.name, c.organisation, c.email) for c in contacts] == [
        ("Ola Brennan", "Orkney Schools Trust", "ola.brennan@orkneyschools.example"),
        ("Mairi Flett", None, "mairi.flett@orkneyschools.example"),
    ]


def test_a_spaced_dash_parts_a_name_from_its_organisation_when_no_comma_does() -> None:
    """"Jane Roe – Harbour Ferries" is a name and an organisation; with commas on the line the dash is part of
    the organisation's name ("Harbour Ferries - Press Office"); a hyphen inside a name never parts it."""
    from app.formats.textparse.contacts import parse_contacts

    (one,) = parse_contacts(["Media contact:", "Jane Roe – Harbour Ferries", "+44 20 7946 0018"], "GB")
    assert (one.name, one.organisation, one.phone) == ("Jane Roe", "Harbour Ferries", "+44 20 7946 0018")
    (two,) = parse_contacts(["Contact: Jean-Pierre Dubois, Harbour Ferries - Press Office, +33 1 23 45 67 89"], "FR")
    assert (two.name, two.organisation) == ("Jean-Pierre Dubois", "Harbour Ferries - Press Office")


def test_a_japanese_label_with_a_full_width_colon_gives_the_name() -> None:
    """"広報担当：山田太郎" (press officer: Yamada Taro) is a role and a name, parted by the full-width colon."""
    from app.formats.textparse.contacts import parse_contacts

    lines = ["お問い合わせ先", "広報担当：山田太郎", "TEL：03-1234-5678", "E-mail：pr@minato.example"]
    (one,) = parse_contacts(lines, "JP")
    assert (one.name, one.title, one.phone, one.email) == ("山田太郎", "広報担当", "03-1234-5678", "pr@minato.example")


def test_a_press_department_under_a_name_is_its_organisation_in_every_language() -> None:
    """A department line between a name and the number ("Abteilung Kommunikation", "Dział Komunikacji") is that
    person's department, not a second person without a way to reach them."""
    for name, department, phone in (
        ("Lucía Márquez", "Departamento de Comunicación", "+34 954 55 12 09"),
        ("Hans Krüger", "Abteilung Kommunikation", "+49 30 5555 1234"),
        ("Joost de Wit", "Afdeling Communicatie", "+31 30 555 1234"),
        ("Anna Nowak", "Dział Komunikacji", "+48 22 555 12 34"),
        ("Chiara Neri", "Ufficio Comunicazione", "+39 02 5555 1234"),
    ):
        block = f"Bridge plan agreed\n\n{RELEASE.splitlines()[2]}\n\nContact:\n{name}\n{department}\n{phone}\n"
        contacts = text.read(block.encode()).contacts
        assert [(c.name, c.organisation, c.phone) for c in contacts] == [(name, department, phone)], department


def test_contacts_typed_side_by_side_in_columns_are_two_people() -> None:
    """Two contacts set in columns with spaces between ("Jane Roe        Ola Lind" over their titles, numbers
    and addresses) are two people, each with their own title, organisation, phone and e-mail."""
    columns = [
        ("Media contacts:", ""),
        ("Jane Roe", "Ola Lind"),
        ("Head of Communications", "Press Officer"),
        ("Harbour Ferries Ltd", "Fjordline AS"),
        ("+44 23 9455 0123", "+47 22 55 51 90"),
        ("jane.roe@harbourferries.example", "ola.lind@fjordline.example"),
    ]
    block = "\n".join(f"{left:<40}{right}".rstrip() for left, right in columns)
    release = text.read(f"{RELEASE.split('Media contacts:', maxsplit=1)[0]}{block}\n".encode())
    assert [(c.name, c.title, c.organisation, c.phone, c.email) for c in release.contacts] == [
        ("Jane Roe", "Head of Communications", "Harbour Ferries Ltd", "+44 23 9455 0123",
         "jane.roe@harbourferries.example"),
        ("Ola Lind", "Press Officer", "Fjordline AS", "+47 22 55 51 90", "ola.lind@fjordline.example"),
    ]


def test_a_contact_sentence_in_german_or_dutch_names_the_person_it_ends_with() -> None:
    """ "Für Rückfragen wenden Sie sich bitte an Jana Kerber, ..." and "Voor meer informatie kunt u contact
    opnemen met Sanne Verhoeven, ... via ... of ...": the person is the name the clause ends with, not an
    organisation called by the whole clause, and the sentence's little words are no organisation either."""
    cases = (
        ("Für Rückfragen wenden Sie sich bitte an Jana Kerber, Telefon +49 761 555 2043, presse@hafen.example.",
         ("Jana Kerber", None, "+49 761 555 2043", "presse@hafen.example")),
        ("Voor meer informatie kunt u contact opnemen met Sanne Verhoeven via 06 5555 1234 of "
         "sanne@despaak.example.", ("Sanne Verhoeven", None, "06 5555 1234", "sanne@despaak.example")),
    )
    for sentence, expected in cases:
        body = f"Bridge plan agreed\n\n{RELEASE.splitlines()[2]}\n\n{sentence}\n"
        contacts = text.read(body.encode()).contacts
        assert [(c.name, c.organisation, c.phone, c.email) for c in contacts] == [expected], sentence
