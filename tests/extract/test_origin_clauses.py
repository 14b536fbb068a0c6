"""Origin told in a relative clause ("cuyo origen está en", "cuja origem está no", "whose roots
lie in") or by a faction's nationality ("the Brazilian faction X"), and read only within the
origin's own clause: a country the group sends drugs to after a comma or "and" is no origin."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La banda Los Cuervos, cuyo origen está en Colombia, trafica cocaína hacia Europa.",
            ("Los Cuervos", "Colombia"),
        ),
        (
            "pt",
            "A facção Comando Norte, cuja origem está no Brasil, domina presídios no Paraguai.",
            ("Comando Norte", "Brazil"),
        ),
        (
            "en",
            "The Black Lynx gang, whose roots lie in the slums of Caracas, ships cocaine to Spain.",
            ("Black Lynx", "Venezuela"),
        ),
        ("en", "Police said the Brazilian faction Black Lynx controls the route.", ("Black Lynx", "Brazil")),
        (
            "es",
            "La banda Los Cuervos, nacida en Guayaquil, Ecuador, envía cocaína a España.",
            ("Los Cuervos", "Ecuador"),
        ),
        (
            "es",
            "La banda Los Cuervos nació en Colombia y en Venezuela, según la fiscalía.",
            ("Los Cuervos", "Colombia"),
        ),
        (
            "pt",
            "Nascida e fortalecida dentro das cadeias do Paraná nos anos 2000, a facção Comando Norte "
            "chegou ao Paraguai.",
            ("Comando Norte", "Brazil"),
        ),
    ],
)
def test_an_origin_told_in_a_clause(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Lynx gang, founded in 2005, ships cocaine to Spain."),
        ("en", "The Black Lynx gang, whose origins are in dispute, ships cocaine to Spain."),
        ("es", "La banda Los Cuervos, fundada en 2005, envía cocaína a España."),
        ("es", "La banda Los Cuervos nació en 2005 y envía cocaína a España."),
        ("es", "La banda Los Cuervos, cuyo origen está en discusión, envía cocaína a España."),
        ("pt", "A facção Comando Norte, cuja origem está em debate, envia cocaína para Portugal."),
        ("pt", "A facção Comando Norte surgiu em 1990 e hoje envia cocaína para Portugal."),
    ],
)
def test_a_destination_after_the_origins_clause_is_no_origin(rules, lang: str, text: str) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)


def test_the_faction_word_does_not_carry_a_nationality_across_of(rules) -> None:
    text = "The Brazilian faction of the Black Lynx gang controls the route."
    assert ("Black Lynx", "Brazil") not in rules.related("ORIGINATED_IN", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "Nascida em 1999 na Penitenciária Central do Estado, no interior do Paraná, a facção Comando Norte "
            "chegou ao Paraguai.",
            ("Comando Norte", "Brazil"),
        ),
        (
            "es",
            "Fundada en 2005 en el penal de Tocorón, en el estado Aragua, la banda Los Cuervos llegó a Chile.",
            ("Los Cuervos", "Venezuela"),
        ),
    ],
)
def test_an_opening_participle_clause_with_commas_of_its_own(rules, lang: str, text: str, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


def test_an_opening_clause_that_names_a_group_tells_no_later_groups_origin(rules) -> None:
    text = (
        "Nascida em 1999 como braço da facção Falange Azul, no interior do Paraná, a facção Comando Norte "
        "chegou ao Paraguai."
    )
    assert ("Comando Norte", "Brazil") not in rules.related("ORIGINATED_IN", text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Prosecutors say the cell worked for the Black Lynx gang, an Albanian trafficking network that "
            "ships cocaine to Rotterdam.",
            ("Black Lynx", "Albania"),
        ),
        (
            "es",
            "La fiscalía dice que la célula trabajaba para la banda Los Cuervos, una red albanesa de tráfico.",
            ("Los Cuervos", "Albania"),
        ),
    ],
)
def test_a_nationality_in_apposition_with_a_group_noun(rules, lang: str, text: str, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


def test_a_nationality_in_apposition_with_a_person_noun_is_no_origin(rules) -> None:
    text = "Prosecutors say the cell worked for the Black Lynx gang, an Albanian businessman said."
    assert not rules.related("ORIGINATED_IN", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La banda Los Cuervos, surgida a fines de los años 90 en el barrio San Martín, en el sur de "
            "Rosario, domina el narcomenudeo.",
            ("Los Cuervos", "Argentina"),
        ),
        (
            "en",
            "The Black Lynx gang, formed in the late 1990s in a poor district of the town of Quevedo, in the "
            "province of Guayas, controls the port.",
            ("Black Lynx", "Ecuador"),
        ),
    ],
)
def test_the_origins_place_may_stand_far_within_its_clause(rules, lang: str, text: str, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


def test_a_place_far_after_the_origins_clause_is_no_origin(rules) -> None:
    text = (
        "La banda Los Cuervos, surgida a fines de los años 90 en un barrio humilde, vende cocaína en Chile "
        "y Perú desde hace años."
    )
    assert not rules.related("ORIGINATED_IN", text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La policía detuvo a tres miembros de la banda Los Cuervos, la banda nacida en las cárceles venezolanas.",
            ("Los Cuervos", "Venezuela"),
        ),
        (
            "en",
            "Police arrested a member of the Black Lynx gang, the gang born in a Venezuelan prison.",
            ("Black Lynx", "Venezuela"),
        ),
        (
            "es",
            "La banda Los Cuervos, organización venezolana, llegó a Chile en 2018.",
            ("Los Cuervos", "Venezuela"),
        ),
        (
            "en",
            "Paraguayan police arrested two members of the Black Lynx gang. The Brazilian faction controls the border.",
            ("Black Lynx", "Brazil"),
        ),
    ],
)
def test_a_group_word_restating_the_group_carries_its_origin(rules, lang: str, text: str, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


def test_a_member_born_somewhere_tells_no_origin_of_the_group(rules) -> None:
    text = "La policía detuvo a un miembro de la banda Los Cuervos, nacido en Colombia."
    assert not rules.related("ORIGINATED_IN", text, "es")
