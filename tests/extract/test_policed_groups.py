"""Presence told through the country whose force arrests a group's members or breaks up its cell;
not through a force that arrests a leader, arrests abroad, or hands someone over."""

from __future__ import annotations

import pytest

ORIGIN = {
    "en": "The Red Heron gang was founded in Venezuela in 2012.",
    "es": "La banda Los Garzas Rojas nació en Venezuela en 2012.",
    "pt": "A facção Garça Vermelha nasceu na Venezuela em 2012.",
}
GROUP = {"en": "Red Heron", "es": "Los Garzas Rojas", "pt": "Garça Vermelha"}


def operates(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Peruvian police arrested twelve members of the Red Heron gang on Monday."),
        ("en", "The Peruvian police dismantled a cell of the Red Heron gang last week."),
        ("es", "La Policía Nacional del Perú detuvo a doce integrantes de la banda Los Garzas Rojas."),
        ("es", "La policía peruana desarticuló una célula de Los Garzas Rojas."),
        ("pt", "A polícia peruana prendeu doze integrantes da facção Garça Vermelha."),
        ("pt", "A Polícia Nacional do Peru desarticulou uma célula da facção Garça Vermelha."),
    ],
)
def test_a_named_countrys_force_arresting_members_places_the_group(rules, lang, sentence) -> None:
    assert (GROUP[lang], "Peru") in operates(rules, f"{ORIGIN[lang]} {sentence}", lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the arrest happened in a place the sentence names
        ("en", "Peruvian police arrested twelve members of the Red Heron gang in Bolivia."),
        # only the leader was arrested
        ("en", "Peruvian police arrested the leader of the Red Heron gang on Monday."),
        ("es", "La policía peruana detuvo a doce integrantes de Los Garzas Rojas en Bolivia."),
        ("es", "La Policía Nacional del Perú capturó al líder de la banda Los Garzas Rojas."),
        # a joint operation with an international body, or a US force in a story about another country
        (
            "en",
            "In a joint operation with Europol, Peruvian police arrested twelve members of the Red Heron gang.",
        ),
        ("es", "Agentes del FBI detuvieron a doce integrantes de la banda Los Garzas Rojas."),
        # handed over to another country
        (
            "pt",
            "A polícia peruana prendeu doze integrantes da facção Garça Vermelha e os extraditou para o Chile.",
        ),
        ("pt", "A polícia peruana prendeu o chefe da facção Garça Vermelha."),
    ],
)
def test_no_presence_from_an_arrest_abroad_of_a_leader_or_with_a_handover(rules, lang, sentence) -> None:
    found = operates(rules, f"{ORIGIN[lang]} {sentence}", lang)
    assert (GROUP[lang], "Peru") not in found
    assert (GROUP[lang], "United States") not in found


@pytest.mark.parametrize(
    ("lang", "text", "cell"),
    [
        (
            "es",
            "La banda Los Garzas Rojas nació en Venezuela en 2012. La policía de Colombia desarticuló una "
            'célula de la banda conocida como "Los Alcatraces".',
            "Los Alcatraces",
        ),
        (
            "pt",
            "A facção Garça Vermelha nasceu no Brasil em 2012. A Polícia Nacional paraguaia desarticulou uma "
            'célula da facção conhecida como "Bonde do Cerro".',
            "Bonde do Cerro",
        ),
    ],
)
def test_a_cell_broken_up_by_another_countrys_force_is_not_placed_at_home(rules, lang, text, cell) -> None:
    found = operates(rules, text, lang)
    abroad = "Colombia" if lang == "es" else "Paraguay"
    home = "Venezuela" if lang == "es" else "Brazil"
    assert (cell, abroad) in found
    assert (cell, home) not in found


def test_a_cell_led_by_a_named_person_is_placed_where_the_force_is(rules) -> None:
    # the leader's surname is a city's name elsewhere, and his cell is not placed at home by his arrest
    text = (
        "A facção Garça Vermelha nasceu no Brasil em 2012 e domina presídios no Brasil. A Polícia Nacional "
        'paraguaia desarticulou uma célula da facção conhecida como "Bonde do Cerro", chefiada pelo '
        "brasileiro Marcos Tavares Lima."
    )
    found = operates(rules, text, "pt")
    assert ("Bonde do Cerro", "Paraguay") in found
    assert ("Bonde do Cerro", "Brazil") not in found


# The people arrested are said to belong to the group in the next sentence.
TOLD_AFTER = [
    (
        "en",
        "Peruvian police arrested twenty people on Monday. All of them belong to the Red Heron gang, police said.",
    ),
    (
        "es",
        "La Policía Nacional del Perú detuvo a veinte personas. Todos pertenecen a la banda Los Garzas Rojas.",
    ),
    (
        "pt",
        "A polícia peruana prendeu vinte pessoas em Lima. Todos são integrantes da facção Garça Vermelha.",
    ),
]
# Beside them: the people were handed over abroad, or the arrest was made in another country.
TOLD_AFTER_ABROAD = [
    (
        "en",
        "Peruvian police arrested two men who were extradited to Chile. Both belong to the Red Heron gang.",
    ),
    (
        "es",
        "La policía peruana detuvo en Bolivia a veinte personas. Todos pertenecen a la banda Los Garzas Rojas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_AFTER)
def test_detainees_said_to_belong_to_the_group_next_place_it(rules, lang, text) -> None:
    assert (GROUP[lang], "Peru") in operates(rules, f"{ORIGIN[lang]} {text}", lang)


@pytest.mark.parametrize(("lang", "text"), TOLD_AFTER_ABROAD)
def test_detainees_sent_or_arrested_abroad_do_not_place_the_group(rules, lang, text) -> None:
    assert (GROUP[lang], "Peru") not in operates(rules, f"{ORIGIN[lang]} {text}", lang)
