"""Phrasings of news the rules had not read before: splinters, coordinated rivals, allies, origins, ranks.

Each sentence is written for this test; the hand rules alone must read it (the learned stage
is left out, so these pin the rules).
"""

from __future__ import annotations

import pytest

SYMMETRIC = {"RIVAL_OF", "ALLIED_WITH", "COOPERATES_WITH"}


def _facts(extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    facts = extractor.facts(text, lang)
    return facts | {(t, b, a) for t, a, b in facts if t in SYMMETRIC}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "O Bonde do Maluco é uma dissidência da facção Coruja.",
            ("FACTION_OF", "Bonde do Maluco", "Coruja"),
        ),
        (
            "es",
            "Los Lobos son una escisión de la banda Los Choneros.",
            ("FACTION_OF", "Los Lobos", "Los Choneros"),
        ),
        (
            "es",
            "Los Choneros y Los Lobos mantienen una disputa territorial en Guayaquil.",
            ("RIVAL_OF", "Los Choneros", "Los Lobos"),
        ),
        (
            "pt",
            "O Comando Vermelho e a Família do Norte são rivais.",
            ("RIVAL_OF", "Comando Vermelho", "Família do Norte"),
        ),
        (
            "es",
            "Los Choneros se aliaron con el Cártel de Sinaloa.",
            ("ALLIED_WITH", "Los Choneros", "Cártel de Sinaloa"),
        ),
        (
            "pt",
            "O Primeiro Comando da Capital se aliou ao Comando Vermelho no Ceará.",
            ("ALLIED_WITH", "Primeiro Comando da Capital", "Comando Vermelho"),
        ),
        (
            "es",
            "Los Lobos, grupo criminal de origen ecuatoriano, cuenta con células en Colombia.",
            ("ORIGINATED_IN", "Los Lobos", "Ecuador"),
        ),
        (
            "es",
            "El Tren de Aragua, de origen venezolano, llegó a Chile.",
            ("ORIGINATED_IN", "Tren de Aragua", "Venezuela"),
        ),
        (
            "es",
            "La Fiscalía de Colombia desarticuló una red del Clan del Golfo.",
            ("ARRESTED_BY", "Clan del Golfo", "Fiscalía de Colombia"),
        ),
        (
            "es",
            "Luis Herrera, el número dos de Los Choneros, fue capturado por la Policía Nacional.",
            ("LEADS", "Luis Herrera", "Los Choneros"),
        ),
        (
            "pt",
            "A polícia prendeu Carlos Souza, o número dois do Comando Vermelho.",
            ("LEADS", "Carlos Souza", "Comando Vermelho"),
        ),
        (
            "es",
            "Miguel Torres, mandamás de Los Tiguerones, fue extraditado.",
            ("LEADS", "Miguel Torres", "Los Tiguerones"),
        ),
    ],
)
def test_the_rules_read_the_phrasing(rules, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(rules, text, lang)


def test_coordinated_groups_need_and_between_them(rules) -> None:
    text = "Los Choneros, tras años en Los Lobos, mantienen una disputa con el Estado."
    assert not any(t == "RIVAL_OF" for t, _, _ in rules.facts(text, "es"))


def test_a_group_that_owns_the_apposition_does_not_name_the_person(rules) -> None:
    nodes = rules.nodes("Tony Smith, the gang's leader, was arrested by the FBI.", "en")
    assert ("Gang", "Tony Smith") not in nodes


def test_an_official_name_in_another_language_is_an_agency(rules) -> None:
    text = "O chefe do PCC foi preso pela Fuerza Especial de Lucha Contra el Crimen da Bolívia."
    agency = "Fuerza Especial de Lucha Contra el Crimen da Bolívia"
    facts = rules.facts(text, "pt")
    assert ("ARRESTED_BY", "Primeiro Comando da Capital", agency) in facts
    assert ("BASED_IN", agency, "Bolivia") in facts


def test_an_offshoot_is_a_faction(rules) -> None:
    text = "O Bonde do Maluco é uma ramificação da facção Coruja."
    assert ("FACTION_OF", "Bonde do Maluco", "Coruja") in rules.facts(text, "pt")


def test_a_place_word_that_ends_a_name_is_a_surname(rules) -> None:
    facts = rules.facts("O juiz condenou Marcos Lima por chefiar o Comando Vermelho no Rio.", "pt")
    assert ("LEADS", "Marcos Lima", "Comando Vermelho") in facts
    assert not any(target == "Peru" for _, _, target in facts)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Carlos Ruiz was charged with leading the Latin Kings gang in Chicago.",
            ("LEADS", "Carlos Ruiz", "Latin Kings"),
        ),
        (
            "es",
            "La Fiscalía acusó a Pedro Ramírez, apodado El Callado, de liderar la banda Los Pulpos.",
            ("LEADS", "Pedro Ramírez", "Los Pulpos"),
        ),
    ],
)
def test_a_leading_verb_in_the_infinitive_or_gerund(
    rules, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in rules.facts(text, lang)


def test_leaders_identified_in_a_list_lead_the_group_named_with_them(rules) -> None:
    text = (
        "Los detenidos son los cabecillas de la clica «Los Cuervos» de la pandilla Barrio 18, y fueron "
        "identificados como Pedro Antonio Salinas, alias «Garra»; Luis Ernesto Vega, «El Sordo»; y Mario Paz."
    )
    leads = {(a, b) for t, a, b in rules.facts(text, "es") if t == "LEADS"}
    assert leads == {
        ("Pedro Antonio Salinas", "Los Cuervos"),
        ("Luis Ernesto Vega", "Los Cuervos"),
        ("Mario Paz", "Los Cuervos"),
    }
    assert ("FACTION_OF", "Los Cuervos", "Barrio 18") in rules.facts(text, "es")


def test_a_singular_leader_word_lists_nobody(rules) -> None:
    text = "El cabecilla de la banda Los Cuervos fue identificado como Pedro Salinas; Luis Vega fue liberado."
    leads = {a for t, a, _ in rules.facts(text, "es") if t == "LEADS"}
    assert "Luis Vega" not in leads


def test_leaders_listed_after_a_colon_without_their_nicknames(rules) -> None:
    text = (
        "El Tren de Aragua extorsiona comerciantes. La embajada ofrece una recompensa por tres de sus "
        "principales cabecillas: Pablo Vicente, Iván Herrera alias ‘Vane’, y Hugo Flores alias ‘Chato’."
    )
    leads = {a for t, a, _ in rules.facts(text, "es") if t == "LEADS"}
    assert leads == {"Pablo Vicente", "Iván Herrera", "Hugo Flores"}


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        (
            "Agentes detuvieron a miembros de la facción criminal de Brasil Primer Comando de la Capital.",
            "Primer Comando de la Capital",
            "Brazil",
        ),
        ("La pandilla de Honduras Los Zetones opera en Guatemala.", "Los Zetones", "Honduras"),
    ],
)
def test_a_country_after_the_group_word_is_its_origin(rules, text: str, group: str, country: str) -> None:
    facts = rules.facts(text, "es")
    assert ("ORIGINATED_IN", group, country) in facts
    assert not any(group != a and a.endswith(group) for _, a, _ in facts)  # not "Pandilla de Honduras X"


@pytest.mark.parametrize(
    ("lang", "text", "node"),
    [
        ("es", "El grupo «Los Pepes» extorsiona a comerciantes en Perú.", ("Gang", "Los Pepes")),
        ("pt", "O grupo “Os Manos” domina o tráfico no bairro.", ("Gang", "Os Manos")),
        (
            "es",
            "El grupo colombiano Los Halcones extorsiona a comerciantes en Lima.",
            ("Gang", "Los Halcones"),
        ),
        (
            "es",
            "Detuvieron a los jefes del grupo «Los Zorros Grises» de la pandilla Barrio 18.",
            ("Faction", "Los Zorros Grises"),
        ),
    ],
)
def test_a_quoted_name_after_a_plain_group_word(rules, lang: str, text: str, node: tuple[str, str]) -> None:
    assert node in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Rosa Quispe, cabecilla de Los Halcones, fue capturada en Arequipa.",
            ("LEADS", "Rosa Quispe", "Los Halcones"),
        ),
        (
            "es",
            "El líder de Las Panteras, Hugo Mena, huyó a Bolivia.",
            ("LEADS", "Hugo Mena", "Las Panteras"),
        ),
        (
            "en",
            'Omar Rivas, the leader of "Los Halcones", fled to Bolivia.',
            ("LEADS", "Omar Rivas", "Los Halcones"),
        ),
    ],
)
def test_a_members_role_before_a_plural_article_names_a_group(rules, lang: str, text: str, fact) -> None:
    assert ("Gang", fact[2]) in rules.nodes(text, lang)
    assert fact in rules.facts(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Trabajó como jefe de La Paz durante años.",  # a singular article: a place may follow
        "Era miembro de Las Fuerzas Armadas.",  # a body of the state
        "El jefe de Los Ángeles llegó ayer.",  # a place
        "El jefe de los sicarios huyó.",  # no name
    ],
)
def test_a_members_role_names_no_group_before_a_place_or_the_state(rules, text: str) -> None:
    assert not any(t in {"Gang", "Faction"} for t, _ in rules.nodes(text, "es"))


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("Tres integrantes del Tren del Llano fueron capturados en Caracas.", ("Gang", "Tren del Llano")),
        (
            "Los integrantes del Frente Oliver Sinisterra atacaron un cuartel.",
            ("Faction", "Frente Oliver Sinisterra"),
        ),
    ],
)
def test_a_members_role_before_del_opens_a_groups_name(rules, text: str, node: tuple[str, str]) -> None:
    assert node in rules.nodes(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Los miembros del Congreso Nacional votaron la reforma.",
        "El líder del Partido Liberal habló en Bogotá.",
    ],
)
def test_a_members_role_before_a_body_of_the_state_names_no_group(rules, text: str) -> None:
    assert not any(t in {"Gang", "Faction"} for t, _ in rules.nodes(text, "es"))


def test_a_plain_group_word_without_quotes_names_nothing(rules) -> None:
    assert not any(
        t in {"Gang", "Faction"} for t, _ in rules.nodes("El Grupo Bimbo abrió una planta en Perú.", "es")
    )


def test_a_groups_place_is_not_its_leader(rules) -> None:
    text = "O PCC mantém uma rivalidade com o Comando Vermelho, facção criminosa do Rio de Janeiro."
    assert not any(t == "Leader" for t, _ in rules.nodes(text, "pt"))
