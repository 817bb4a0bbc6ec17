"""Reading plain-text releases: the fields an editor would record, and bad files refused clearly."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

from app.formats import text
from app.formats.errors import FormatError
from app.formats.textparse.decode import MAX_TEXT_BYTES
from app.model import Release, flat_boilerplate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"

# fixture: (language, headline, subheadline, place, date, paragraph count, first paragraph start,
#           photo credits, contact (name, email, phone) triples)
EXPECTED: dict[str, tuple] = {
    "en_page_title.txt": (
        "en",
        "Harbour lights return to Port Ellery",
        None,
        "PORT ELLERY",
        dt.date(2019, 4, 24),
        3,
        "The Northwind Lighthouse Trust today",
        "Northwind Lighthouse Trust",
        [
            ("Jonas Brickell", "j.brickell@northwind-trust.example", "+44 20 7946 0301"),
            ("Ada Ferreira", "a.ferreira@northwind-trust.example", "+44 20 7946 0302"),
        ],
    ),
    "en_prnewswire.txt": (
        "en",
        "Quillfeather Robotics Reports Record First Quarter",
        "Revenue Up 31%; Company Raises Full-Year Outlook",
        "BALTIMORE",
        dt.date(2021, 3, 5),
        3,
        "Quillfeather Robotics Inc. (NASDAQ: QFR)",
        None,
        [("Lena Hartwig", "press@quillfeather.example", "+1 410-555-0142")],
    ),
    "en_businesswire.txt": (
        "en",
        "Tallow & Finch Opens Third Roastery",
        None,
        "SEATTLE",
        dt.date(2009, 6, 25),
        3,
        "Tallow & Finch Coffee Co. today opened",
        None,
        [
            ("Rob Delacroix", "rob@tallowfinch.example", "206-555-0188"),
            ("Inez Marlow", "inez@tallowfinch.example", "206-555-0190"),
        ],
    ),
    "en_notes_to_editors.txt": (
        "en",
        "Kestrel Valley Water Board Completes New Reservoir Ahead of Summer",
        None,
        "Ashford, KY",
        None,
        2,
        "The Kestrel Valley Water Board has filled",
        "Kestrel Valley Water Board",
        [("Owen Pryce", "opryce@kvwb.example", "502-555-0117")],
    ),
    "fr_geneve.txt": (
        "fr",
        "L’Atelier des Rivières ouvre un centre de formation à Genève",
        "Quarante apprentis formés chaque année aux métiers de l’eau",
        "GENÈVE",
        dt.date(2019, 4, 24),
        3,
        "L’Atelier des Rivières, une fondation",
        None,
        [("Bastien Roulet", "b.roulet@atelier-rivieres.example", "+41 22 555 01 20")],
    ),
    "es_malaga.txt": (
        "es",
        "La Cooperativa Sierra Alta abre su primera planta de compostaje",
        None,
        "MÁLAGA",
        dt.date(2019, 4, 24),
        3,
        "La Cooperativa Sierra Alta inauguró hoy",
        None,
        [("Tomás Ibarra", "tibarra@sierraalta.example", "+34 952 555 013")],
    ),
    "ru_murmansk.txt": (
        "ru",
        "Фонд «Северный ветер» открыл школу парусного спорта в Мурманске",
        None,
        "МУРМАНСК",
        dt.date(2019, 4, 24),
        3,
        "Фонд «Северный ветер» открыл сегодня",
        None,
        [("Ольга Миронова", "o.mironova@severny-veter.example", "+7 815 255 01 44")],
    ),
    "ar_amman.txt": (
        "ar",
        "مؤسسة الواحة الخضراء تفتتح مركزا لتدريب المزارعين في عمّان",
        None,
        "عمّان",
        dt.date(2019, 4, 24),
        3,
        "افتتحت مؤسسة الواحة الخضراء",
        None,
        [("كريم النجار", "k.najjar@green-oasis.example", "+962 6 555 0147")],
    ),
    "zh_chengdu.txt": (
        "zh-Hans",
        "青禾基金会在成都启动乡村图书馆计划",
        None,
        "成都",
        dt.date(2019, 4, 24),
        3,
        "青禾基金会今天在成都宣布",
        None,
        [("周明", "zhouming@qinghe.example", "+86 28 5555 0123")],
    ),
    "nb_bodo.txt": (
        "nb",
        "Fjordkraft Bølge AS åpner nytt testsenter for tidevannskraft i Bodø",
        None,
        "BODØ",
        dt.date(2019, 4, 24),
        3,
        "Fjordkraft Bølge AS åpnet i dag",
        None,
        [("Eirik Solbakken", "eirik.solbakken@fjordkraft-bolge.example", "+47 755 50 123")],
    ),
    # layouts met on releases the importer was not tuned on
    "de_freiburg_photo_label.txt": (
        "de",
        "Solvenhaus eröffnet Recyclingwerk für Photovoltaikmodule in Südbaden",
        "Neue Anlage soll jährlich bis zu 12.000 Tonnen Altmodule verwerten",
        "Freiburg im Breisgau",
        dt.date(2026, 3, 3),
        4,
        "Die Solvenhaus GmbH hat am Dienstag in Breisach",
        "Solvenhaus GmbH",  # "Bildnachweis:", a credit label no list of ours names
        [("Jana Kerber", "presse@solvenhaus.de", "+49 761 555 2043")],
    ),
    "es_sevilla_department.txt": (
        "es",
        "La Cooperativa Olivar del Sur duplica su producción de aceite ecológico",
        "La entidad andaluza prevé exportar el 40 % de la cosecha a Alemania y Japón",
        "Sevilla",
        dt.date(2026, 1, 21),
        4,
        "La Cooperativa Olivar del Sur ha cerrado",
        None,
        [("Lucía Márquez", "prensa@olivardelsur.es", "+34 954 55 12 09")],  # her department is no second person
    ),
    "en_stacked_office_line.txt": (
        "en",
        "Seawall upgrade to protect 3,000 homes in Port Kellaway",  # not the office line over the release number
        None,
        None,
        dt.date(2026, 3, 17),
        6,
        "The State Government will begin a $46 million",
        None,
        [(None, "media@dci.example.gov.au", "(08) 5550 4411")],
    ),
    "en_university_byline.txt": (
        "en",
        "Northlake researchers find urban bees thrive on roadside wildflowers",
        "Study of 60 sites shows unmown verges host twice as many bee species as city parks",
        None,  # the byline above the date line is no place
        dt.date(2026, 6, 2),
        6,
        "Roadside strips left unmown through the summer",
        None,
        [("Laura Benning", "lbenning@northlake.edu", "(608) 555-0172")],
    ),
    "en_businesswire_state.txt": (
        "en",
        "HALDEN BIOSCIENCES REPORTS POSITIVE PHASE 2 RESULTS FOR HB-214 IN REFRACTORY CHRONIC COUGH",
        None,
        "CAMBRIDGE, Mass.",  # "Mass.--(BUSINESS WIRE)--": the state's point is no Spanish ".-"
        dt.date(2026, 3, 24),  # from the time stamp line, whose "Eastern Daylight Time" is no place
        4,
        "Halden Biosciences, Inc. (Nasdaq: HLDN)",
        None,
        [("Raymond Cho", "ir@haldenbio.com", "+1 617-555-0193"),
         ("Natalie Greer", "ngreer@bellmontcomms.com", "+1 646-555-0126")],
    ),
    "en_dateline_own_line.txt": (
        "en",
        "Community health workers to reach 1.2 million people in northern Kenya",
        None,
        "NAIROBI, Kenya",  # "NAIROBI, Kenya — 22 June 2026" on a line of its own: the dash is no part of the place
        dt.date(2026, 6, 22),
        4,
        "A coalition of health charities and county governments",
        None,
        [("Joseph Otieno", "j.otieno@amanihealth.org", "+254 20 555 7314")],
    ),
}


def _read(name: str) -> Release:
    return text.read((FIXTURES / name).read_bytes(), source=name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_fields(name: str) -> None:
    """Each sample release gives the headline, dateline, body, credit and contacts an editor would record."""
    lang, headline, sub, place, date, count, start, credits, contacts = EXPECTED[name]
    r = _read(name)
    assert r.language == lang
    assert r.headline == headline
    assert r.subheadline == sub
    assert (r.dateline.place, r.dateline.date) == (place, date)
    assert len(r.body) == count
    assert r.body[0].text.startswith(start)
    assert r.photo_credits == credits
    assert [(c.name, c.email, c.phone) for c in r.contacts] == contacts
    r.check()


def test_dateline_text_is_kept_as_printed() -> None:
    """The dateline as printed stays available, and the first paragraph no longer carries it."""
    r = _read("en_businesswire.txt")
    assert r.dateline.text == "SEATTLE--(BUSINESS WIRE)--Jun. 25, 2009--"
    assert not r.body[0].text.startswith("SEATTLE")


def test_boilerplate_and_end_marks_leave_the_body() -> None:
    """ "Notes to editors" and "About ..." go to the notes as blocks under their heading, not the body;
    end marks are left out of both."""
    r = _read("en_notes_to_editors.txt")
    assert r.boilerplate[0].heading == "Notes to editors"
    assert r.boilerplate[0].paragraphs[0] == "1. The Kestrel Valley Water Board was set up in 1961."
    assert "-ends-" not in flat_boilerplate(r)
    assert all("1961" not in p.text for p in r.body)
    fr = _read("fr_geneve.txt")
    assert "-fin-" not in flat_boilerplate(fr)
    assert fr.boilerplate[0].heading == "Note aux rédactions"
    about = _read("es_malaga.txt")
    assert about.boilerplate[0].heading == "Acerca de Cooperativa Sierra Alta"
    assert about.boilerplate[0].paragraphs[0].startswith("Cooperativa Sierra Alta reúne")


def test_kicker_and_letterhead_lines_are_not_the_headline() -> None:
    """ "FOR IMMEDIATE RELEASE" and a letterhead above a "MEDIA RELEASE" label are dropped, and said so."""
    data = (
        b"OFFICE OF THE MAYOR OF TALLBRIDGE\n\nMEDIA RELEASE\n\nMonday, 3 June 2024\n\n"
        b"Tallbridge opens its first night bus line\n\n"
        b"The city of Tallbridge will run a night bus between the station and the hospital from 1 July.\n\n"
        b"Media contact: Colm Ashe 0400 555 019\n"
    )
    r, warnings = text.read_with_warnings(data, "mayor.txt")
    assert r.headline == "Tallbridge opens its first night bus line"
    assert r.dateline.date == dt.date(2024, 6, 3)
    assert r.body[0].text.startswith("The city of Tallbridge")
    assert [(c.name, c.phone) for c in r.contacts] == [("Colm Ashe", "0400 555 019")]
    assert any("OFFICE OF THE MAYOR" in w for w in warnings)


def test_lines_without_blank_lines_are_paragraphs() -> None:
    """A body written with single line breaks only gives one paragraph per line."""
    r = _read("en_prnewswire.txt")
    assert [p.id for p in r.body] == ["p1", "p2", "p3"]
    assert r.body[2].text == "The company now expects full-year revenue of $210 million."


def test_signoff_date_and_name_end_the_body() -> None:
    """A date line and a capitalised sign-off after the last paragraph are not body text."""
    data = (
        "Member for Eastvale welcomes new library hours\n\n"
        "The library in Eastvale will open on Sundays from next month, the local member said today.\n\n"
        "“Families asked for this and they were right,” she said.\n\n"
        "12 March 2003\n\n"
        "NORA BELLWETHER MP MEMBER FOR EASTVALE\n"
    ).encode()
    r = text.read(data)
    assert len(r.body) == 2
    assert r.dateline.date == dt.date(2003, 3, 12)
    # the sign-off is kept, as boilerplate or as the member who issued it, never as body text
    kept = [*flat_boilerplate(r), *(c.name or "" for c in r.contacts), *(c.organisation or "" for c in r.contacts)]
    assert any("NORA BELLWETHER" in k for k in kept)


def test_confidence_covers_every_field_within_range() -> None:
    """Every field gets a confidence from 0 to 1, lower where the reader guessed."""
    r = _read("en_notes_to_editors.txt")
    assert set(r.confidence) == {"headline", "subheadline", "dateline", "body", "lead", "photo_credits", "contacts",
                                    "language"}
    assert all(0.0 <= v <= 1.0 for v in r.confidence.values())
    # a headline joined from two lines and a place without a date are guesses
    assert r.confidence["headline"] < _read("en_businesswire.txt").confidence["headline"]
    assert r.confidence["dateline"] < _read("en_businesswire.txt").confidence["dateline"]


def test_read_is_read_with_warnings_without_the_warnings() -> None:
    """read() gives the same release as read_with_warnings()."""
    data = (FIXTURES / "fr_geneve.txt").read_bytes()
    assert text.read(data) == text.read_with_warnings(data)[0]


def test_control_characters_are_stripped_with_a_warning() -> None:
    """Control characters XML cannot carry are removed, and the user is told how many."""
    data = "Headline here\n\nVIENNA, 2 May 2022 – The \x07agency said to\x0bday it was ready.\n".encode()
    r, warnings = text.read_with_warnings(data, "bell.txt")
    assert r.body[0].text == "The agency said today it was ready."
    assert any("2 control character" in w for w in warnings)


def test_unicode_is_kept_as_written() -> None:
    """Accents in decomposed form and no-break spaces come through unchanged."""
    decomposed = "Cafe\u0301 owners meet in Lie\u0300ge"
    data = f"{decomposed}\n\nLIÈGE, 2 May 2022 – Owners of the 40\u00a0cafés met today in the city.\n".encode()
    r = text.read(data)
    assert r.headline == decomposed
    assert "40\u00a0cafés" in r.body[0].text


# -- bad input -------------------------------------------------------------------


def test_cp1252_text_is_decoded_with_a_warning() -> None:
    """A release saved as Windows-1252 opens, with a warning to check the accents."""
    body = "Café owners meet\n\nLIÈGE, 2 May 2022 – Owners of the city’s cafés met today to talk about rents.\n"
    r, warnings = text.read_with_warnings(body.encode("cp1252"), "old.txt")
    assert r.headline == "Café owners meet"
    assert "city’s cafés" in r.body[0].text
    assert any("not UTF-8" in w for w in warnings)


def test_latin1_text_is_decoded() -> None:
    """A Latin-1 release opens with its accented letters."""
    body = "Fête de la musique à Genève\n\nGENÈVE, 21 juin 2021 - La fête a réuni des milliers de personnes en ville.\n"
    r = text.read(body.encode("latin-1"), "latin1.txt")
    assert r.headline == "Fête de la musique à Genève"
    assert r.dateline.place == "GENÈVE"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-le"])
def test_utf16_and_bom_text_is_decoded(encoding: str) -> None:
    """UTF-16 (with or without a byte-order mark) and UTF-8 with a BOM open like plain UTF-8."""
    body = "Ветер перемен\n\nМОСКВА, 24 апреля 2019 года – Фонд открыл сегодня новую школу для подростков.\n"
    r = text.read(body.encode(encoding), "wide.txt")
    assert r.headline == "Ветер перемен"
    assert r.dateline.date == dt.date(2019, 4, 24)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  \r\n", "\u00a0\n".encode()])
def test_empty_file_is_refused(data: bytes) -> None:
    """An empty or whitespace-only file is refused with a message naming the file and line 1."""
    with pytest.raises(FormatError) as err:
        text.read(data, "empty.txt")
    assert err.value.source == "empty.txt"
    assert err.value.line == 1
    assert "empty" in str(err.value)
    assert err.value.hint


def test_binary_file_is_refused() -> None:
    """A binary file (a PNG header with NUL bytes) is refused, naming the line of the first NUL."""
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    with pytest.raises(FormatError) as err:
        text.read(data, "logo.png")
    assert "binary" in str(err.value)
    assert str(err.value).startswith("logo.png:3")
    assert "plain text" in str(err.value)


def test_control_character_soup_is_refused() -> None:
    """Bytes that decode but are mostly control characters are not taken for a release."""
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17] * 50) + b"Title\n"
    with pytest.raises(FormatError, match="binary"):
        text.read(data, "blob.bin")


def test_undecodable_text_names_the_line() -> None:
    """Text that no encoding explains is refused, naming the line of the first bad byte."""
    data = b"Headline\n\nLine two is fine.\n" + b"\xff\xfe\xfa\xfb\x81\x8d\x8f\x90\x9d" * 40
    with pytest.raises(FormatError) as err:
        text.read(data, "odd.txt")
    assert err.value.line == 4
    assert err.value.source == "odd.txt"
    assert "UTF-8" in str(err.value)


def test_fifty_megabyte_file_is_refused_by_its_size() -> None:
    """A 50 MB file is refused by its size, before any line is read, with the bound in the message."""
    data = b"A line of a very long file that is not a release at all.\n" * (50 * 1024 * 1024 // 58)
    with pytest.raises(FormatError) as err:
        text.read(data, "huge.txt")
    assert "MiB" in str(err.value)
    assert err.value.line is not None
    assert err.value.line > 1
    assert len(data) > MAX_TEXT_BYTES


@pytest.mark.slow
def test_file_just_under_the_bound_is_read_whole() -> None:
    """A text just under the size bound is read whole, a paragraph for each of its paragraphs."""
    para = "The board met today and agreed the budget for the coming year, said the chair.\n\n"
    data = ("A long report\n\n" + para * (MAX_TEXT_BYTES // len(para) - 10)).encode()
    r = text.read(data, "long.txt")
    assert len(r.body) > 1000


@pytest.mark.parametrize(
    "data",
    [b"\n\n\n###\n", b"-ends-", b"Only a headline", b"\x00", b"\xef\xbb\xbf", "ـ".encode(), b"\t\r\x0c"],
)
def test_odd_small_inputs_never_raise_anything_else(data: bytes) -> None:
    """Odd little files either read or raise FormatError, never another exception."""
    problems: list[FormatError] = []
    try:
        text.read(data, "odd.txt")
    except FormatError as err:
        problems.append(err)
    assert all(p.source == "odd.txt" for p in problems)


# -- the development corpus --------------------------------------------------------


def _scorer(shared: Path) -> ModuleType:
    path = shared / "tools" / "score_corpus.py"
    spec = importlib.util.spec_from_file_location("score_corpus", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_scores_at_least_ninety_percent(shared_dir: Path) -> None:
    """The shared scorer's field checks pass for at least 90 % of the dev corpus, read in-process."""
    from app.formats import json_render

    corpus = shared_dir / "corpus" / "dev"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus/dev is absent")
    scorer = _scorer(shared_dir)
    good = total = 0
    failures: list[str] = []
    for raw in sorted((corpus / "raw").glob("*.txt")):
        truth = json.loads((corpus / "truth" / f"{raw.stem}.json").read_text(encoding="utf-8"))
        got = json.loads(json_render.write(text.read(raw.read_bytes(), source=raw.name)))
        for field, ok, detail in scorer.checks(got, truth):
            good += ok
            total += 1
            if not ok:
                failures.append(f"{raw.stem} {field}: {detail}")
    assert total > 0
    assert good / total >= 0.90, "\n".join(failures)


@pytest.mark.parametrize(
    ("lead", "place", "date"),
    [
        ("TORONTO, Feb. 22, 2012 /PRNewswire/ - ", "TORONTO", dt.date(2012, 2, 22)),
        ("MINNEAPOLIS--(BUSINESS WIRE)--Jun. 25, 2009-- ", "MINNEAPOLIS", dt.date(2009, 6, 25)),
        ("(Harbour Newswire) - May 30, 2025 - DALLAS — ", "DALLAS", dt.date(2025, 5, 30)),
        (
            "Denver, CO (Newsworthy.ai) Tuesday Oct 28, 2025 @ 10:50 AM US/Mountain — ",
            "Denver, CO",
            dt.date(2025, 10, 28),
        ),
        ("NEW YORK, 24 April (UN News) – ", "NEW YORK", None),
        ("VIENNE, le 24 avril 2019 – ", "VIENNE", dt.date(2019, 4, 24)),
        ("MADRID, 24 de abril de 2019.- ", "MADRID", dt.date(2019, 4, 24)),
        ("فيينا، 24 نيسان/أبريل 2019 - ", "فيينا", dt.date(2019, 4, 24)),
        ("2019年4月24日，深圳 —— ", "深圳", dt.date(2019, 4, 24)),
        ("**Addis Ababa—** ", "Addis Ababa", None),
        ("(Ashford, KY) – ", "Ashford, KY", None),
        ("CAMBRIDGE, Mass.--(BUSINESS WIRE)--", "CAMBRIDGE, Mass.", None),
        ("Athens, Ga. -- ", "Athens, Ga.", None),
        ("CHICAGO, Ill.--March 3, 2026--", "CHICAGO, Ill.", dt.date(2026, 3, 3)),
    ],
)
def test_dateline_shapes(lead: str, place: str, date: dt.date | None) -> None:
    """Wire, agency, French, Spanish, Arabic and Chinese datelines give their place and date and leave the text."""
    sentence = "The Harbour Council agreed today on a plan to open the new bridge in the spring of next year."
    r = text.read(f"Council agrees bridge plan\n\n{lead}{sentence}\n".encode())
    assert (r.dateline.place, r.dateline.date) == (place, date)
    assert r.body[0].text == sentence


def test_page_title_with_site_name_is_not_the_headline() -> None:
    """A page title "Headline | Site" and a page date above the headline are dropped."""
    data = (
        "Press Releases\nLakeside Works signs solar pact | Lakeside Works\n24 April 2019\n"
        "Lakeside Works signs solar pact\n\n"
        "VIENNA, 24 April 2019 – The Lakeside Works foundation today agreed to build solar grids for clinics.\n\n"
        "For more information, please contact:\n\nIlse Brandauer\nSpokesperson, Lakeside Works\n"
        "Telephone: +43 1 555 3021\nMobile: +43 664 555 4567\nEmail: i.brandauer@lakeside.example\n"
    ).encode()
    r = text.read(data)
    assert r.headline == "Lakeside Works signs solar pact"
    assert r.subheadline is None
    assert len(r.body) == 1
    assert r.contacts[0].phone == "+43 1 555 3021 / +43 664 555 4567"
    assert (r.contacts[0].title, r.contacts[0].organisation) == ("Spokesperson", "Lakeside Works")


def test_a_date_line_opened_by_an_article_gives_no_place() -> None:
    """"Le 19 octobre 2023" above the headline is a date; "Le" is not the dateline's place."""
    data = (
        "Le 19 octobre 2023\n\n"
        "Les livreurs à vélo-cargo de Lyon ouvrent leur coopérative\n\n"
        "Vingt-deux livreurs ont fondé une coopérative qui leur appartient et fixe elle-même ses tarifs.\n\n"
        "La coopérative livrera d'abord les commerces du centre-ville, puis les particuliers dès le printemps.\n"
    ).encode()
    r = text.read(data)
    assert r.dateline.date == dt.date(2023, 10, 19)
    assert r.dateline.place is None


def test_a_chinese_credit_for_text_and_photo_names_the_photographer() -> None:
    """"（文/图｜林海）" at the start of a caption line credits 林海 for the photos."""
    data = (
        "海港长廊用潮汐点亮路灯\n\n"
        "5月12日上午，峡湾之光能源公司宣布，海港长廊的四十盏路灯将全部改用潮汐发电。\n\n"
        "这些路灯储存码头下方小型涡轮机在每次潮汐转换时产生的电能，并在天黑后释放。\n\n"
        "（文/图｜林海）\n"
    ).encode()
    assert text.read(data).photo_credits == "林海"


def test_each_imported_release_has_an_id_of_its_own() -> None:
    """Releases imported from different texts get different ids (their revision histories, NewsML-G2 guids
    and ninjs uris stay apart); the same text imported again is the same release, with the same id."""
    from app.formats import newsmlg2, release_xml

    first = "Harbour opens a second berth\n\nBERGEN, 3 March 2025 - The harbour opened a second berth today.\n"
    second = "Library extends its hours\n\nTROMSØ, 4 March 2025 - The city library now opens on Sundays.\n"
    a, b, again = (text.read(t.encode(), "x.txt") for t in (first, second, first))
    assert a.id != b.id
    assert a.id == again.id
    assert "release" not in (a.id, b.id)
    assert release_xml.read(release_xml.write(a)).id == a.id  # a valid id, kept by the native file
    guid_a = etree.fromstring(newsmlg2.write(a)).get("guid")
    guid_b = etree.fromstring(newsmlg2.write(b)).get("guid")
    assert guid_a != guid_b


_SENTENCE = ("The Harbour Council agreed today on a plan to open the new bridge in the spring of next year, after two "
             "years of work.")
_SECOND = "The bridge will carry cyclists and walkers as well as buses and trams."


def test_a_clock_time_is_followed_by_its_zone_not_a_place() -> None:
    """A date line "March 24, 2026 07:00 AM Eastern Daylight Time" gives the date, and no place named "Eastern
    Daylight Time"."""
    r = text.read(f"Bridge plan agreed\n\nMarch 24, 2026 07:00 AM Eastern Daylight Time\n\n{_SENTENCE}\n\n"
                  f"{_SECOND}\n".encode())
    assert (r.dateline.place, r.dateline.date) == (None, dt.date(2026, 3, 24))


def test_a_rule_across_the_page_is_no_paragraph() -> None:
    """A separator line of a hundred dashes between the body and the boilerplate ends the body."""
    r = text.read(f"Bridge plan agreed\n\nOSLO, 3 March 2026 – {_SENTENCE}\n\n{_SECOND}\n\n{'-' * 100}\n\n"
                  "About the Harbour Council\nThe Harbour Council runs the port of Oslo and its ferries.\n".encode())
    assert [p.text for p in r.body] == [_SENTENCE, _SECOND]
    assert [b.heading for b in r.boilerplate] == ["About the Harbour Council"]


def test_a_contact_written_as_a_sentence_is_read() -> None:
    """ "For more information, contact Jane Roe, spokesperson, on ... or ..." gives Jane Roe's contact."""
    r = text.read(f"Bridge plan agreed\n\nLEEDS, 3 March 2026 – {_SENTENCE}\n\n{_SECOND}\n\n"
                  "For more information, contact Jane Roe, spokesperson, on 0113 496 0000 or "
                  "jane.roe@harbour.example.\n".encode())
    assert [(c.name, c.title, c.phone, c.email) for c in r.contacts] == [
        ("Jane Roe", "spokesperson", "0113 496 0000", "jane.roe@harbour.example")]


def test_the_office_line_over_the_headline_is_reported_not_lost() -> None:
    """The line the headline was not taken from is named in the import notes, never dropped in silence."""
    imported = text.import_text(f"MEDIA RELEASE\nDepartment of Harbour Works\nRelease No. DHW-2026/017\n"
                                f"3 March 2026\n\nNew bridge to open over the harbour in spring\n\n{_SENTENCE}\n\n"
                                f"{_SECOND}\n".encode())
    assert imported.release.headline == "New bridge to open over the harbour in spring"
    assert any("Department of Harbour Works" in note for note in imported.notes)


def test_a_release_whose_body_starts_on_its_first_line_is_read() -> None:
    """A two-line note with no headline reads (its headline left for the editor), where it used to fail."""
    r = text.read("Communiqué de presse\n\nLe ministère annonce la réouverture du musée.\n".encode())
    assert "Le ministère annonce la réouverture du musée." in [p.text for p in r.body] + [
        para for block in r.boilerplate for para in block.paragraphs]
