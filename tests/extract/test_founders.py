"""Founders named as the agent of a founding verb lead the group; quoted nickname appositions."""

from __future__ import annotations

import pytest


def leads(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Los Pumas gang was formed in the 1990s by his uncle, Ramón Ortiz Vela, known as 'Tigre', "
            "and Pedro Lara Gil.",
            {("Ramón Ortiz Vela", "Los Pumas"), ("Pedro Lara Gil", "Los Pumas")},
        ),
        (
            "es",
            "El cartel Los Malditos fue fundado en 1990 por Pedro Lara Gil y su hermano Mario Lara Gil.",
            {("Pedro Lara Gil", "Los Malditos"), ("Mario Lara Gil", "Los Malditos")},
        ),
        (
            "pt",
            "A facção Bonde do Maluco cresceu. Criada em Salvador por Paulo Souza Lima, o Bigode, "
            "e por Carlos Mendes Neto, a facção domina bairros.",
            {("Paulo Souza Lima", "Bonde do Maluco"), ("Carlos Mendes Neto", "Bonde do Maluco")},
        ),
        (
            "es",
            'Un juez condenó a Rubén Ortega Díaz, hijo de Nemesio Ortega Cervantes, "El Toro", el líder de '
            "la banda Los Malditos.",
            {("Nemesio Ortega Cervantes", "Los Malditos")},
        ),
    ],
)
def test_founders_and_quoted_nicknames(ex, lang, text, expected):
    assert expected <= leads(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Los Pumas gang was founded in 2001, according to a report by Juan Pérez Soto."),
        ("es", "La banda Los Malditos fue creada en 1990. El informe fue escrito por Ana Ruiz Soto."),
        ("pt", "A facção Bonde do Maluco foi criada em 2010 e investigada pelo delegado Paulo Souza Lima."),
    ],
)
def test_no_founder_outside_the_founding_clause(ex, lang, text):
    assert not leads(ex, text, lang)
    assert not {n for t, n in ex.nodes(text, lang) if t == "Gang" and n.endswith(("Soto", "Lima"))}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a surname heading a relative clause is the person named in full before
        (
            "en",
            'Former boss Ramón "Tigre" Ortiz was jailed. Ortiz, who police say led the Los Pumas gang, appealed.',
            ("Ramón Ortiz", "Los Pumas"),
        ),
        # Spanish and Portuguese relatives put the subject after the verb
        (
            "es",
            "El dinero pasa por Los Zorros, el brazo financiero que encabeza Abigael Ruiz Soto, según la DEA.",
            ("Abigael Ruiz Soto", "Los Zorros"),
        ),
        (
            "pt",
            "A facção Bonde do Maluco, que chefia Paulo Souza Lima, atua em Salvador.",
            ("Paulo Souza Lima", "Bonde do Maluco"),
        ),
    ],
)
def test_relative_clauses_name_the_leader(ex, lang, text, expected):
    assert expected in leads(ex, text, lang)


def test_a_place_after_a_heading_verb_is_no_leader(ex):
    assert not leads(ex, "La banda Los Malditos, que controla Ciudad Juárez, cobra extorsiones.", "es")
    assert not leads(ex, "El grupo Los Zorros, que lidera San Pedro Sula, cobra extorsiones.", "es")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Mario Ruiz Vega, "M-1", y su hermano Omar Ruiz Vega, "M-2", ambos exjefes de la banda Los Malditos, '
            "fueron extraditados.",
            {("Mario Ruiz Vega", "Los Malditos"), ("Omar Ruiz Vega", "Los Malditos")},
        ),
        (
            "en",
            "Pedro Lara Gil and his brother Mario Lara Gil, leaders of the Los Pumas gang, were arrested.",
            {("Pedro Lara Gil", "Los Pumas"), ("Mario Lara Gil", "Los Pumas")},
        ),
        (
            "pt",
            "Paulo Souza Lima e seu irmão Carlos Souza Lima, ex-chefes do Comando Vermelho, foram presos.",
            {("Paulo Souza Lima", "Comando Vermelho"), ("Carlos Souza Lima", "Comando Vermelho")},
        ),
    ],
)
def test_coordinated_relatives_and_former_leaders(ex, lang, text, expected):
    assert expected <= leads(ex, text, lang)


def test_a_relative_named_with_no_coordinator_is_not_listed(ex):
    text = "Pedro Lara Gil his lawyer Mario Lara Gil, leader of the Los Pumas gang, spoke."
    assert ("Pedro Lara Gil", "Los Pumas") not in leads(ex, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Bajo el mando de Mario Ruiz Vega, "El Lobo", la banda Los Malditos llegó a Chile.',
            ("Mario Ruiz Vega", "Los Malditos"),
        ),
        (
            "en",
            "The Los Pumas gang, under the command of Juan Pérez Soto, moved into Belize.",
            ("Juan Pérez Soto", "Los Pumas"),
        ),
        (
            "pt",
            "Sob o comando de Paulo Souza Lima, a facção Bonde do Maluco cresceu.",
            ("Paulo Souza Lima", "Bonde do Maluco"),
        ),
    ],
)
def test_under_the_command_of(ex, lang, text, expected):
    assert expected in leads(ex, text, lang)
    # the person is not also taken for a group named in apposition
    assert expected[0] not in {n for t, n in ex.nodes(text, lang) if t == "Gang"}


def test_an_officer_in_command_leads_no_gang(ex):
    text = "Under the command of General Juan Pérez Soto, the Army attacked the Los Pumas gang."
    assert not leads(ex, text, "en")


def test_a_leader_named_as_someone_elses_relative_is_not_the_one_arrested(ex):
    text = (
        "Mario Ruiz Vega, líder de la banda Los Malditos, murió en 2012. "
        "Tras la muerte de Vega, su sucesor fue capturado por la Policía Boliviana."
    )
    arrests = {a for t, a, _ in ex.facts(text, "es") if t == "ARRESTED_BY"}
    assert "Mario Ruiz Vega" not in arrests


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Los Pumas gang, founded by Pedro Lara Gil and later run day to day by his son Mario, grew fast. "
            "Mario Lara Gil now lives in Dubai.",
            ("Mario Lara Gil", "Los Pumas"),
        ),
        (
            "es",
            "La banda Los Malditos, dirigida desde 2015 por Juan Pérez Soto, opera en Bolivia.",
            ("Juan Pérez Soto", "Los Malditos"),
        ),
        (
            "pt",
            "A facção Bonde do Maluco, comandada desde 2019 pelo seu irmão Carlos, cresceu. "
            "Carlos Souza Lima vive em Salvador.",
            ("Carlos Souza Lima", "Bonde do Maluco"),
        ),
    ],
)
def test_an_agent_a_few_words_after_the_participle(ex, lang, text, expected):
    assert expected in leads(ex, text, lang)


def test_an_investigation_led_by_a_prosecutor_is_no_leadership(ex):
    text = (
        "La banda Los Malditos opera en Arica. Los Malditos cobran extorsiones. "
        "La investigación fue liderada desde 2020 por Mario Soto Vera, jefe de la Fiscalía de Arica."
    )
    assert not leads(ex, text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "MS-13, for its part, was founded by Salvadoran refugees in Los Angeles in the 1980s."),
        ("es", "La MS-13 fue fundada por refugiados salvadoreños en Los Ángeles."),
    ],
)
def test_the_founders_nationality_is_not_the_groups_origin(rules, lang, text):
    origins = {b for t, a, b in rules.facts(text, lang) if t == "ORIGINATED_IN"}
    assert origins == {"United States"}


def test_a_nationality_describing_the_prison_named_next(rules):
    text = "Tren de Aragua was founded in the Venezuelan prison of Tocorón."
    origins = {b for t, a, b in rules.facts(text, "en") if t == "ORIGINATED_IN"}
    assert origins == {"Venezuela", "Tocorón"}


def test_a_countrys_possessive_in_the_apposition_after_the_name(rules):
    text = "Los Lobos, Ecuador's largest gang, is fighting for control of the ports."
    assert ("ORIGINATED_IN", "Los Lobos", "Ecuador") in rules.facts(text, "en")
    text = "Los Lobos, Ecuador's president said, are weaker."
    assert not [f for f in rules.facts(text, "en") if f[0] == "ORIGINATED_IN"]


@pytest.mark.parametrize(
    ("lang", "text", "origin"),
    [
        ("es", "El cártel de Sinaloa opera en Ecuador.", None),
        ("es", "El cártel mexicano de Sinaloa opera en Ecuador.", "Mexico"),
        ("pt", "O cartel de Sinaloa atua no Brasil.", None),
    ],
)
def test_a_known_group_spelt_in_lower_case_with_a_nationality(rules, lang, text, origin):
    facts = rules.facts(text, lang)
    assert any(t == "OPERATES_IN" and a == "Sinaloa Cartel" for t, a, _ in facts)
    origins = {b for t, a, b in facts if t == "ORIGINATED_IN"}
    assert origins == ({origin} if origin else set())
    # a lower-case group word before a place that spells no known group names nothing
    assert not [n for t, n in rules.nodes("La pandilla de Medellín opera en Colombia.", "es") if t == "Gang"]


@pytest.mark.parametrize(
    ("lang", "text", "founder", "group"),
    [
        (
            "en",
            "Los Lobos was founded in the early 2000s in the river town of Quevedo, in the province of "
            'Los Ríos, by Mario Salazar Vera, alias "Toro", and grew fast.',
            "Mario Salazar Vera",
            "Los Lobos",
        ),
        (
            "es",
            'Los Lobos fue fundado a finales de los años noventa en Quevedo por Mario Salazar Vera, alias "Toro".',
            "Mario Salazar Vera",
            "Los Lobos",
        ),
        (
            "pt",
            "O Comando Vermelho foi fundado no fim dos anos 1970 no presídio da Ilha Grande, no Rio de "
            "Janeiro, por Rogério Lemgruber Filho.",
            "Rogério Lemgruber Filho",
            "Comando Vermelho",
        ),
    ],
)
def test_a_founder_after_places_and_times(rules, lang: str, text: str, founder: str, group: str) -> None:
    assert (founder, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Lobos was founded in 2005 in Quevedo, according to a report by analyst Mark Field Soto."),
        ("en", "Los Lobos was founded in 2005 in Quevedo and was financed for years by Mark Field Soto."),
        ("es", "Los Lobos fue fundado en 2005 en Quevedo, según un informe elaborado por Mark Field Soto."),
    ],
)
def test_a_by_of_another_clause_names_no_founder(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()
