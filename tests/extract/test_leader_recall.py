"""Leaders named in the shapes crime news uses beyond "leader of G": relative clauses, brothers
named together, surnames standing for a full name, lists after a plural leader word, and groups
named by a family or a city. Beside each, the people the same shapes must not make leaders (roles
and deputies: test_leader_roles.py; clauses about the group: test_leader_clauses.py).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Rafael Montes Ibarra, the 58-year-old trafficker who co-founded the Gulf Cartel, was "
            "arrested by Mexican marines.",
            {("Rafael Montes Ibarra", "Gulf Cartel")},
        ),
        (
            "es",
            "Julio Ramírez Soto, que comandaba Los Choneros desde la cárcel, fue trasladado.",
            {("Julio Ramírez Soto", "Los Choneros")},
        ),
        (
            "pt",
            "Paulo Roberto de Oliveira, conhecido como Paulinho, que comandava o Comando Vermelho de "
            "dentro do presídio, foi transferido.",
            {("Paulo Roberto de Oliveira", "Comando Vermelho")},
        ),
    ],
)
def test_a_relative_clause_after_an_apposition_speaks_of_the_person(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O advogado Paulo Sérgio Mendes, que defende líderes do PCC, foi preso."),
        ("en", "Walter Reyes Lima, who represented leaders of MS-13 in court, was disbarred."),
        ("es", "Walter Reyes Lima, que investigó a los jefes de Los Choneros, fue amenazado."),
    ],
)
def test_a_relative_clause_that_acts_on_leaders_names_none(rules, lang: str, text: str) -> None:
    assert rules.leaders(text, lang) == set()


def test_a_son_and_his_brothers_run_the_faction_and_their_father_does_not(rules) -> None:
    text = (
        "Aboard the plane was Dario Quintana Ruiz, one of the sons of Ramon Quintana who, together "
        "with his brothers Hugo and Felipe Quintana Ortiz, runs the Sinaloa Cartel."
    )
    assert rules.leads(text, "en") == {
        ("Dario Quintana Ruiz", "Sinaloa Cartel"),
        ("Hugo Quintana Ortiz", "Sinaloa Cartel"),
        ("Felipe Quintana Ortiz", "Sinaloa Cartel"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Miguel Ángel Rangel Morales, "Z-50", y su hermano Omar, "Z-52", ambos exjefes de Los Zetas, '
            "fueron entregados a Estados Unidos.",
            {("Miguel Ángel Rangel Morales", "Los Zetas"), ("Omar Rangel Morales", "Los Zetas")},
        ),
        (
            "es",
            "Gilberto Ramos Orozco, jefe del Cártel de Sinaloa junto con su hermano Miguel, fue capturado. "
            "Su hermano Miguel Ramos Orozco fue detenido dos meses después.",
            {("Gilberto Ramos Orozco", "Cártel de Sinaloa"), ("Miguel Ramos Orozco", "Cártel de Sinaloa")},
        ),
        (
            "pt",
            "Os irmãos Paulo e João Oliveira Neto comandam o Comando Vermelho.",
            {("Paulo Oliveira Neto", "Comando Vermelho"), ("João Oliveira Neto", "Comando Vermelho")},
        ),
        (
            "es",
            "Los hijos de Ramón Ortega, Pedro, Luis y Raúl Ortega Salas, lideran el Cártel de Sinaloa.",
            {
                ("Pedro Ortega Salas", "Cártel de Sinaloa"),
                ("Luis Ortega Salas", "Cártel de Sinaloa"),
                ("Raúl Ortega Salas", "Cártel de Sinaloa"),
            },
        ),
        (
            "es",
            "Wilmer Chávez Ortiz y Ángel Aguilar Mora lideran Los Lobos.",
            {("Wilmer Chávez Ortiz", "Los Lobos"), ("Ángel Aguilar Mora", "Los Lobos")},
        ),
    ],
)
def test_brothers_and_lists_named_with_a_leader_share_the_leadership(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "es",
            "Gilberto Ramos Orozco, jefe de Los Lobos, fue detenido junto con su esposa Ana.",
            "Gilberto Ramos Orozco",
        ),
        (
            "en",
            "Saúl Perez Lara, who leads MS-13, and his brother Tom were arrested in Houston.",
            "Saúl Perez Lara",
        ),
        ("es", "Según Juan Pérez Gil, Pedro Soto Vera lidera Los Lobos.", "Pedro Soto Vera"),
    ],
)
def test_a_wife_a_brother_outside_the_phrase_or_a_source_shares_nothing(
    rules, lang: str, text: str, leader: str
) -> None:
    assert rules.leaders(text, lang) == {leader}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Ovidio Beltrán, "El Ratón", fue detenido en Culiacán. Ovidio Beltrán López fue llevado a la '
            "capital. Ovidio es uno de los líderes del Cártel de Sinaloa.",
            {("Ovidio Beltrán López", "Cártel de Sinaloa")},
        ),
        (
            "en",
            "Rafael Montes Ibarra was sentenced to life. Montes Ibarra is widely seen as the most powerful "
            "figure in the Gulf Cartel.",
            {("Rafael Montes Ibarra", "Gulf Cartel")},
        ),
        (
            "en",
            "The Vuk clan operates in Serbia. Police arrested Darko Belic and his right-hand man Marko Jovic. "
            "Belic led the Vuk clan.",
            {("Darko Belic", "Vuk clan"), ("Marko Jovic", "Vuk clan")},
        ),
    ],
)
def test_a_shorter_name_stands_for_the_one_full_name(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_a_father_named_inside_his_sons_name_stays_apart(rules) -> None:
    text = (
        "Joaquín Beltrán López, son of the cartel's founder, was detained. "
        "Joaquín Beltrán founded the Gulf Cartel in 1985."
    )
    assert rules.leads(text, "en") == {("Joaquín Beltrán", "Gulf Cartel")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Los cabecillas de Los Lobos, Wilmer Chávez Ortiz y Ángel Aguilar Mora, fueron detenidos.",
            {("Wilmer Chávez Ortiz", "Los Lobos"), ("Ángel Aguilar Mora", "Los Lobos")},
        ),
        (
            "en",
            "The Sinaloa Cartel is fractured. Its leaders include Ivan Reyes Salas and Jesus Reyes Salas.",
            {("Ivan Reyes Salas", "Sinaloa Cartel"), ("Jesus Reyes Salas", "Sinaloa Cartel")},
        ),
        (
            "es",
            "El Tren de Aragua, cuyo líder es Héctor Rangel Flores, opera en Chile.",
            {("Héctor Rangel Flores", "Tren de Aragua")},
        ),
        (
            "en",
            "MS-13, whose leader is Walter Yovani Reyes, operates in Honduras.",
            {("Walter Yovani Reyes", "Mara Salvatrucha")},
        ),
    ],
)
def test_a_plural_leader_word_or_a_whose_clause_lists_the_leaders(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_a_singular_leader_word_takes_only_the_first_name_listed(rules) -> None:
    text = "El jefe de Los Lobos, Wilmer Chávez Ortiz, y Ángel Aguilar Mora fueron detenidos."
    assert rules.leads(text, "es") == {("Wilmer Chávez Ortiz", "Los Lobos")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El Clan Ferreyra opera en Paraguay. Su líder, Armando Javier Ferreyra, está preso en Asunción.",
            {("Armando Javier Ferreyra", "Clan Ferreyra")},
        ),
        (
            "pt",
            "Considerado o maior traficante do país, Carlos Mão-Branca chefiava o Comando Vermelho.",
            {("Carlos Mão-Branca", "Comando Vermelho")},
        ),
        (
            "en",
            "Police arrested the clan's leader, Veljko Belivan, in 2021. The Belivan clan operated in Belgrade.",
            {("Veljko Belivan", "Belivan clan")},
        ),
        (
            "en",
            "Prosecutors charged the Centrales Locos Salvatrucha clique of MS-13. Elmer Cruz Soto, the "
            "clique's leader, was convicted.",
            {("Elmer Cruz Soto", "Centrales Locos Salvatrucha clique")},
        ),
        (
            "es",
            "Rogelio Vera Ruiz, líder del Cártel de San Pedro de Ocampo, fue sentenciado.",
            {("Rogelio Vera Ruiz", "Cártel de San Pedro de Ocampo")},
        ),
        (
            "es",
            "Gilberto Ramos Orozco, jefe del cartel de Cali, fue capturado.",
            {("Gilberto Ramos Orozco", "Cartel de Cali")},
        ),
        (
            "en",
            "Rafael Montes Ibarra, who co-founded the Guadalajara Cartel, was arrested.",
            {("Rafael Montes Ibarra", "Guadalajara Cartel")},
        ),
    ],
)
def test_groups_named_by_a_family_a_city_or_a_long_place_name_and_hyphenated_names(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La pandilla de Medellín fue desarticulada por la Policía."),
        ("en", "Mexican cartels operate in Guadalajara."),
        ("pt", "A milícia do Rio perdeu força."),
    ],
)
def test_a_place_names_no_group_but_a_cartel(rules, lang: str, text: str) -> None:
    assert not {kind for kind, _ in rules.nodes(text, lang)} & {"Gang", "Faction"}
