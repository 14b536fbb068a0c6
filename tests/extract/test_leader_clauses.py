"""Leaders named by what a sentence says about the group or by the verb that governs it: "G, que
tem como líder X", "O principal deles é X", "co-founded G with Y", "Prosecutors described X as the
leader of G", "Entre os chefes do G está X"; beside them, bodies, objects and groups that the same
shapes must not tie to a leader.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Los Lobos, liderados por Wilmer Geovanny Chávez, alias "Pipo", son la mayor banda de Ecuador.',
            {("Wilmer Geovanny Chávez", "Los Lobos")},
        ),
        (
            "pt",
            "O Comando Vermelho, facção rival do PCC no Rio Grande do Norte, é chefiado por Francisco Lima Neto, o Chicão.",
            {("Francisco Lima Neto", "Comando Vermelho")},
        ),
        (
            "pt",
            "O PCC, que tem como líder máximo Marcos Willians Lima, atua no Paraguai.",
            {("Marcos Willians Lima", "Primeiro Comando da Capital")},
        ),
        (
            "es",
            "Los Lobos, que tienen como cabecilla a Wilmer Chávez Ortiz, operan en Ecuador.",
            {("Wilmer Chávez Ortiz", "Los Lobos")},
        ),
        (
            "en",
            "MS-13, which has Walter Yovani Reyes as its top leader, operates in Honduras.",
            {("Walter Yovani Reyes", "Mara Salvatrucha")},
        ),
        (
            "pt",
            "Três homens estão na liderança do Comando Vermelho. O principal deles é Antônio Souza de Jesus, "
            "o Pintado, que continua dando ordens.",
            {("Antônio Souza de Jesus", "Comando Vermelho")},
        ),
    ],
)
def test_clauses_about_the_group_name_its_leader(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Fiscalía, que tiene como jefe a Mario Ruiz Gil, investiga a Los Lobos."),
        (
            "pt",
            "Três facções atuam no Rio. A principal delas é o Comando Vermelho, segundo o promotor Mário Ruiz.",
        ),
        ("pt", "Os chefes do PCC foram presos. Um deles é o delegado Mário Ruiz Lima."),
    ],
)
def test_a_body_that_has_a_chief_or_one_of_some_groups_is_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leaders(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ismael Zavala Mora co-founded the Sinaloa Cartel with Joaquín Galván Loera in the 1980s.",
            {("Ismael Zavala Mora", "Sinaloa Cartel"), ("Joaquín Galván Loera", "Sinaloa Cartel")},
        ),
        (
            "es",
            "Ismael Zavala Mora fundó el Cártel de Sinaloa junto con Joaquín Galván Loera.",
            {("Ismael Zavala Mora", "Cártel de Sinaloa"), ("Joaquín Galván Loera", "Cártel de Sinaloa")},
        ),
        (
            "en",
            "Ismael Zavala Mora founded the Sinaloa Cartel with the help of Colonel Juan Ruiz Gil.",
            {("Ismael Zavala Mora", "Sinaloa Cartel")},
        ),
        (
            "en",
            "Ismael Zavala Mora ran the Sinaloa Cartel alongside Joaquín Galván Loera until 2019.",
            {("Ismael Zavala Mora", "Sinaloa Cartel"), ("Joaquín Galván Loera", "Sinaloa Cartel")},
        ),
        (
            "en",
            "Ismael Zavala Mora ran the Sinaloa Cartel alongside police chief Juan Ruiz Gil.",
            {("Ismael Zavala Mora", "Sinaloa Cartel")},
        ),
        (
            "en",
            "Ecuadorian police captured Wilmer Chavez Ortiz, alias Pipo, Los Lobos' top leader, in Malaga.",
            {("Wilmer Chavez Ortiz", "Los Lobos")},
        ),
        (
            "es",
            "El Tren de Aragua, nacido en la cárcel de Tocorón, tiene como líder a Héctor Rafael Flores.",
            {("Héctor Rafael Flores", "Tren de Aragua")},
        ),
    ],
)
def test_co_founders_possessive_groups_and_a_fronted_holder(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Walter Reyes Lima, a journalist who heads the inquiry into MS-13, was threatened.",
            set(),
        ),
        (
            "en",
            "Walter Reyes Lima, who prosecutors say led Mexico's Sinaloa Cartel, pleaded guilty.",
            {("Walter Reyes Lima", "Sinaloa Cartel")},
        ),
        (
            "es",
            "Walter Reyes Lima, que dirigía la clica Sailors Locos, fue detenido.",
            {("Walter Reyes Lima", "Sailors Locos")},
        ),
    ],
)
def test_a_heading_verb_takes_the_group_it_governs_not_one_further_on(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Darko Belic, 36, and Marko Jovic, 35, the leaders of the Vuk clan, were convicted.",
            {("Darko Belic", "Vuk clan"), ("Marko Jovic", "Vuk clan")},
        ),
        (
            "en",
            "Prosecutors described Darko Belic as the leader of the Vuk clan.",
            {("Darko Belic", "Vuk clan")},
        ),
        (
            "es",
            "La Fiscalía señaló a Wilmer Chávez Ortiz como el cabecilla de Los Lobos.",
            {("Wilmer Chávez Ortiz", "Los Lobos")},
        ),
        (
            "pt",
            "A polícia apontou Luiz Fernando da Costa como chefe do Comando Vermelho.",
            {("Luiz Fernando da Costa", "Comando Vermelho")},
        ),
        (
            "pt",
            "Entre os chefes do PCC em Portugal está Marcos Lima Pires, segundo a Polícia Judiciária.",
            {("Marcos Lima Pires", "Primeiro Comando da Capital")},
        ),
        (
            "en",
            "Among the leaders of MS-13 in New York were Carlos Mena Ruiz and Walter Reyes Lima.",
            {("Carlos Mena Ruiz", "Mara Salvatrucha"), ("Walter Reyes Lima", "Mara Salvatrucha")},
        ),
    ],
)
def test_ages_objects_described_as_leaders_and_names_among_the_leaders(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested Darko Belic as the leader of the Vuk clan watched."),
        ("es", "Entre los detenidos por el ataque contra el jefe de Los Lobos está Pedro Vera Ruiz."),
        ("pt", "O delegado descreveu o promotor Mário Ruiz Lima como chefe da investigação contra o PCC."),
    ],
)
def test_an_object_or_a_name_among_others_is_no_leader_without_a_naming_verb(
    rules, lang: str, text: str
) -> None:
    assert rules.leaders(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 'Ndrangheta runs the trade. Prosecutors targeted the Rossi clan. They say the clan was "
            "headed by Luigi Rossi, a man who spent years in prison.",
            {("Luigi Rossi", "Rossi clan")},
        ),
        (
            "The 'Ndrangheta runs the trade. They say the clan was headed by Luigi Bruno, who spent years in prison.",
            {("Luigi Bruno", "'Ndrangheta")},
        ),
    ],
)
def test_a_group_word_led_by_a_person_is_the_group_named_after_the_family(
    rules, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Os chefes do PCC foram presos. Um deles"),
        ("es", "Los jefes del Cártel de Sinaloa fueron detenidos. Uno de ellos"),
    ],
)
def test_of_them_closing_a_truncated_text_is_read_without_error(rules, lang: str, text: str) -> None:
    assert not rules.leaders(text, lang)  # a headline or a cut article may end on "one of them"


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            "Mario Ruiz Vega, quien dirige una célula conocida como Los Halcones del Norte, fue capturado.",
            "Mario Ruiz Vega",
            "Los Halcones del Norte",
        ),
        (
            "pt",
            "Mário Ruiz Vega, que chefia um grupo conhecido como Bonde do Falcão, foi preso.",
            "Mário Ruiz Vega",
            "Bonde do Falcão",
        ),
    ],
)
def test_a_heading_verb_over_a_noun_called_by_the_groups_name(rules, lang, text, leader, group) -> None:
    assert (leader, group) in rules.leads(text, lang)


def test_a_heading_verb_over_a_case_called_by_a_name_leads_no_group(rules) -> None:
    text = "Mario Ruiz Vega, quien dirige una investigación conocida como Operación Halcón contra Los Zetas, habló."
    assert rules.leads(text, "es") == set()
