"""People who lead a group by their role rather than a leader word: in charge of its cells,
operations or finances, its deputy or second in command. Beside them, the officials, relatives and
people in charge of something else that the same words must not make leaders.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Walter Yovani Reyes was accused of being in charge of the Gulf Clan's cells in the north.",
            {("Walter Yovani Reyes", "Gulf Clan")},
        ),
        (
            "es",
            "Wilmer Chávez Ortiz, encargado de las finanzas de Los Lobos, fue capturado.",
            {("Wilmer Chávez Ortiz", "Los Lobos")},
        ),
        (
            "es",
            "Wilmer Chávez Ortiz, quien estaba a cargo de las operaciones de Los Lobos en Guayaquil, fue capturado.",
            {("Wilmer Chávez Ortiz", "Los Lobos")},
        ),
        (
            "pt",
            "Paulo Roberto de Oliveira, responsável pelo tráfico do PCC na região de Campinas, foi preso.",
            {("Paulo Roberto de Oliveira", "Primeiro Comando da Capital")},
        ),
    ],
)
def test_a_person_in_charge_of_a_groups_business_leads_it(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Walter Yovani Reyes, in charge of the investigation into the Gulf Clan, spoke to reporters."),
        (
            "en",
            "Walter Yovani Reyes, responsible for the Gulf Clan's drug shipments to Europe, was arrested.",
        ),
        ("es", "Wilmer Chávez Ortiz, encargado de la investigación contra Los Lobos, habló con la prensa."),
        ("pt", "Luiz Fernando da Costa, responsável pela morte de um policial do PCC, foi preso."),
    ],
)
def test_in_charge_of_something_else_is_no_leadership(rules, lang: str, text: str) -> None:
    assert rules.leaders(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police chief Juan Carlos Ruiz said MS-13 leaders had been arrested in Houston."),
        (
            "en",
            "Peter Holmes Grant, head of research at Crime Watch, said the Sinaloa Cartel is fragmenting.",
        ),
        ("es", "Ana Ruiz Paz, jefa de prensa de la Alcaldía, dijo que el Tren de Aragua opera en Bogotá."),
        ("es", "La esposa del líder de Los Lobos, María Fernanda Ruiz, fue detenida."),
        ("pt", "A mulher do chefe do Comando Vermelho, Ana Paula da Silva, foi presa."),
        ("en", "Police also arrested Marta Reyes Gil, the wife of the Tren de Aragua leader, in Bogota."),
        ("en", "Walter Yovani Reyes, the brother of the Gulf Clan leader, was arrested in Panama."),
    ],
)
def test_officials_and_relatives_of_leaders_are_not_leaders(rules, lang: str, text: str) -> None:
    assert rules.leaders(text, lang) == set()


def test_a_leader_named_inside_a_relatives_phrase_still_leads(rules) -> None:
    text = "The lawyer of MS-13 leader Walter Yovani Reyes, Ana Diaz Soto, said he was innocent."
    assert rules.leads(text, "en") == {("Walter Yovani Reyes", "Mara Salvatrucha")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Walter Yovani Reyes, the MS-13 leader, was sentenced to life in prison.",
            {("Walter Yovani Reyes", "Mara Salvatrucha")},
        ),
        (
            "en",
            "Walter Yovani Reyes, the deputy leader of MS-13 in New York, was arrested.",
            {("Walter Yovani Reyes", "Mara Salvatrucha")},
        ),
        (
            "en",
            "MS-13 leader Walter Yovani Reyes and his deputy Carlos Mena Ruiz were arrested in Queens.",
            {("Walter Yovani Reyes", "Mara Salvatrucha"), ("Carlos Mena Ruiz", "Mara Salvatrucha")},
        ),
        (
            "es",
            "Wilmer Chávez Ortiz, el máximo líder de Los Lobos, y su lugarteniente, Ángel Aguilar Mora, "
            "fueron detenidos.",
            {("Wilmer Chávez Ortiz", "Los Lobos"), ("Ángel Aguilar Mora", "Los Lobos")},
        ),
        (
            "pt",
            "O Comando Vermelho, chefiado por Fernando Costa Lima e seu braço direito, Luiz Mendes Rocha, atua no Rio.",
            {("Fernando Costa Lima", "Comando Vermelho"), ("Luiz Mendes Rocha", "Comando Vermelho")},
        ),
        (
            "pt",
            "Luiz Fernando da Costa, o número 2 do Comando Vermelho, foi preso.",
            {("Luiz Fernando da Costa", "Comando Vermelho")},
        ),
        (
            "en",
            "The FBI said Marko Jovic was the second-highest-ranking member of MS-13 in the United States.",
            {("Marko Jovic", "Mara Salvatrucha")},
        ),
    ],
)
def test_seconds_in_command_and_deputies_lead(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_a_second_child_of_a_leader_is_no_deputy(rules) -> None:
    text = "Wilmer Chávez Ortiz, jefe de Los Lobos, y su segundo hijo, Pedro Chávez Ruiz, fueron detenidos."
    assert rules.leaders(text, "es") == {"Wilmer Chávez Ortiz"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "unit"),
    [
        (
            "pt",
            'A PF prendeu Cláudio Moreira Dias, o "Beto". Moreira Dias é apontado como o responsável pela chamada '
            '"Sintonia Geral", o braço do Primeiro Comando da Capital encarregado das operações no exterior.',
            "Cláudio Moreira Dias",
            "Sintonia Geral",
        ),
        (
            "es",
            'Luis Mora Paz, encargado de la llamada "Los Tigres del Norte", el brazo armado de Los Lobos, fue detenido.',
            "Luis Mora Paz",
            "Los Tigres del Norte",
        ),
    ],
)
def test_in_charge_of_a_unit_called_by_its_name(rules, lang: str, text: str, leader: str, unit: str) -> None:
    assert (leader, unit) in rules.leads(text, lang)


def test_in_charge_of_something_called_by_a_name_that_is_no_group(rules) -> None:
    text = 'Carlos Dias Moura, responsável pela chamada "Operação Verão", disse que o Comando Vermelho recua.'
    assert rules.leads(text, "pt") == set()
