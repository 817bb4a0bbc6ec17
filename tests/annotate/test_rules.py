"""Each suggestion rule on sentences written for the test."""

from __future__ import annotations

from app.annotate import rules
from app.annotate.normalise import acronym_letters, person_name
from app.annotate.vocabulary import Vocabulary


def _spans(found: list[rules.Found], text: str) -> list[tuple[str, str, str]]:
    return [(text[f.start : f.end], f.kind, f.name) for f in found]


def test_person_right_after_a_title(shipped: Vocabulary) -> None:
    """"Director General LI Yong opened" proposes LI Yong, named Li Yong."""
    text = "UNIDO Director General LI Yong opened the forum."
    assert _spans(rules.people_after_titles(text, shipped), text) == [("LI Yong", "person", "Li Yong")]


def test_person_after_a_title_and_an_organisation(shipped: Vocabulary) -> None:
    """"Vice President of the X Association ZHOU Mingcheng said" finds both the person and the organisation."""
    text = "Vice President of the Harbour Traders Association ZHOU Mingcheng said it would start soon."
    got = _spans(rules.people_after_titles(text, shipped), text)
    assert ("ZHOU Mingcheng", "person", "Zhou Mingcheng") in got
    assert ("Harbour Traders Association", "organisation", "Harbour Traders Association") in got


def test_person_after_a_long_title_with_commas(shipped: Vocabulary) -> None:
    """"La ministre de l'Économie, du Plan et de la Coopération, Awa SARR" finds Awa SARR."""
    text = "La ministre de l'Économie, du Plan et de la Coopération, Awa SARR, a signé l'accord."
    assert ("Awa SARR", "person", "Awa Sarr") in _spans(rules.people_after_titles(text, shipped), text)


def test_honorific_and_a_surname(shipped: Vocabulary) -> None:
    """"said Ms. BERGER" proposes the surname alone after an honorific."""
    text = "The plan is ready, said Ms. BERGER."
    assert _spans(rules.people_after_titles(text, shipped), text) == [("BERGER", "person", "Berger")]


def test_title_without_a_name_proposes_nothing(shipped: Vocabulary) -> None:
    """A title followed by a verb or an organisation is not a person."""
    text = "The Director General opened the session. The President of the World Bank said so."
    assert rules.people_after_titles(text, shipped) == []


def test_name_then_comma_then_title(shipped: Vocabulary) -> None:
    """"said Amina Okafor, Regional Director" proposes the name before the title."""
    text = '"We need boats," said Amina Okafor, Regional Director at the agency.'
    assert _spans(rules.people_before_titles(text, shipped), text) == [("Amina Okafor", "person", "Amina Okafor")]


def test_acronym_definition_with_an_ordinal() -> None:
    """"Third Industrial Development Decade for Africa (IDDA III)" proposes the long name and the acronym."""
    text = "It contributes to the Third Industrial Development Decade for Africa (IDDA III) through twinning."
    got = _spans(rules.acronym_definitions(text, Vocabulary()), text)
    name = "Third Industrial Development Decade for Africa"
    assert got == [(name, "initiative", name), ("IDDA III", "initiative", name)]


def test_acronym_definition_in_french() -> None:
    """"Programme d'appui à l'emploi des jeunes (PAEJ)" is spelled by its content words."""
    text = "un accord qui crée le Programme d'appui à l'emploi des jeunes (PAEJ)."
    got = _spans(rules.acronym_definitions(text, Vocabulary()), text)
    assert got[1] == ("PAEJ", "initiative", "Programme d'appui à l'emploi des jeunes")


def test_brackets_that_are_not_an_acronym_of_the_words_before() -> None:
    """"(USD)" after words that do not spell it proposes nothing."""
    text = "The partnership will invest 40 million dollars (USD) in the region (Asia)."
    assert rules.acronym_definitions(text, Vocabulary()) == []


def test_sdg_spellings() -> None:
    """SDG9, SDG 9, Sustainable Development Goal 9 and ODD 9 are all the topic "SDG 9"; SDG 18 does not exist."""
    text = "SDG9, SDG 9, Sustainable Development Goal 9, l'ODD 9 and SDG 18."
    got = rules.sdg_mentions(text)
    assert [text[f.start : f.end] for f in got] == ["SDG9", "SDG 9", "Sustainable Development Goal 9", "ODD 9"]
    assert {(f.kind, f.name, f.ref) for f in got} == {("topic", "SDG 9", "sdg:9")}


def test_ministries_and_local_governments(shipped: Vocabulary) -> None:
    """"Ministry of Trade and Industry" and "Shenzhen Municipal Government" are organisations."""
    text = "The Ministry of Trade and Industry and the Shenzhen Municipal Government signed."
    got = [text[f.start : f.end] for f in rules.ministries(text, shipped)]
    assert got == ["Ministry of Trade and Industry", "Shenzhen Municipal Government"]


def test_names_known_by_their_head_word(shipped: Vocabulary) -> None:
    """"the first Green Manufacturing Forum" is an event, "the Harbour Investment Commission" an organisation."""
    text = "He opened the first Green Manufacturing Forum with the Harbour Investment Commission today."
    got = _spans(rules.named_by_head(text, shipped), text)
    assert ("Green Manufacturing Forum", "event", "Green Manufacturing Forum") in got
    assert ("Harbour Investment Commission", "organisation", "Harbour Investment Commission") in got


def test_normalised_names() -> None:
    """Surnames in capitals become title case; particles stay small; acronym letters drop ordinals and plurals."""
    assert person_name("LI Yong") == "Li Yong"
    assert person_name("Jean-Pierre DE LA TOUR") == "Jean-Pierre de la Tour"
    assert person_name("Anna  Berger") == "Anna Berger"
    assert acronym_letters("IDDA III") == "idda"
    assert acronym_letters("SMEs") == "sme"
