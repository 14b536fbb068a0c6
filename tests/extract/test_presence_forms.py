"""Forms news uses to place a group in a country, each beside a sentence that must not: members
arrested there, a nationality adjective on the group's branch, crimes, landings and consolidation,
and a presence clause that ends where another group's or another subject's begins."""

from __future__ import annotations

import pytest


def operates(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        (
            "en",
            "Members of the Sinaloa Cartel have been arrested in Spain and Italy.",
            {("Sinaloa Cartel", "Spain"), ("Sinaloa Cartel", "Italy")},
        ),
        ("en", "Tren de Aragua members were arrested last week in Chile.", {("Tren de Aragua", "Chile")}),
        (
            "es",
            "Integrantes del Tren de Aragua fueron capturados en Chile y Perú.",
            {("Tren de Aragua", "Chile"), ("Tren de Aragua", "Peru")},
        ),
        (
            "pt",
            "Membros do Comando Vermelho foram presos no Paraguai e na Bolívia.",
            {("Comando Vermelho", "Paraguay"), ("Comando Vermelho", "Bolivia")},
        ),
        (
            "pt",
            "O Comando Vermelho cresce. Seus integrantes foram presos na Argentina em março.",
            {("Comando Vermelho", "Argentina")},
        ),
        ("es", "Las operaciones chilenas del Tren de Aragua crecieron.", {("Tren de Aragua", "Chile")}),
        ("pt", "A célula paraguaia do PCC foi desarticulada.", {("Primeiro Comando da Capital", "Paraguay")}),
        ("en", "Tren de Aragua's Chilean cells have grown.", {("Tren de Aragua", "Chile")}),
        (
            "en",
            "The Sinaloa Cartel dominates the drug trade in Guatemala.",
            {("Sinaloa Cartel", "Guatemala")},
        ),
        ("en", "Tren de Aragua committed murders in Chile.", {("Tren de Aragua", "Chile")}),
        ("en", "Tren de Aragua has reached Spain.", {("Tren de Aragua", "Spain")}),
        (
            "es",
            "La banda Los Pumas Negros ha cometido homicidios en Chile y Perú.",
            {("Los Pumas Negros", "Chile"), ("Los Pumas Negros", "Peru")},
        ),
        (
            "es",
            "El Cártel de Sinaloa desembarcó en España hace cinco años.",
            {("Cártel de Sinaloa", "Spain")},
        ),
        ("es", "El Tren de Aragua se ha extendido por Chile y Perú.", {("Tren de Aragua", "Chile")}),
        ("pt", "O PCC se consolidou no Paraguai.", {("Primeiro Comando da Capital", "Paraguay")}),
        ("pt", "O Comando Vermelho está por trás de sequestros no Peru.", {("Comando Vermelho", "Peru")}),
        (
            "en",
            "The Chilean branch of Tren de Aragua is led by a man known as El Flaco.",
            {("Tren de Aragua", "Chile")},
        ),
        ("en", "Tren de Aragua extorts shop owners in Chile.", {("Tren de Aragua", "Chile")}),
        ("es", "El Tren de Aragua se infiltró en Chile.", {("Tren de Aragua", "Chile")}),
        ("es", "Los tentáculos del Tren de Aragua llegan a Chile.", {("Tren de Aragua", "Chile")}),
        ("pt", "O Comando Vermelho extorque comerciantes no Paraguai.", {("Comando Vermelho", "Paraguay")}),
        ("en", "Los Choneros extended their reach to Peru.", {("Los Choneros", "Peru")}),
        (
            "en",
            "The MS-13 has spread from Mexico to Chile.",
            {("Mara Salvatrucha", "Mexico"), ("Mara Salvatrucha", "Chile")},
        ),
    ],
)
def test_presence_forms(rules, lang: str, text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        # a leader arrested there, not members
        ("en", "The leader of the Sinaloa Cartel was arrested in Spain.", ("Sinaloa Cartel", "Spain")),
        # members sent there, not arrested there
        (
            "en",
            "Members of the Sinaloa Cartel were extradited to the United States.",
            ("Sinaloa Cartel", "United States"),
        ),
        # a country whose police only helped
        (
            "es",
            "Miembros del Tren de Aragua fueron detenidos en Chile con apoyo de la policía de Perú.",
            ("Tren de Aragua", "Peru"),
        ),
        # a nationality adjective on the group's victims, not its branch
        ("en", "Tren de Aragua's Chilean victims have spoken.", ("Tren de Aragua", "Chile")),
        ("es", "Las víctimas chilenas del Tren de Aragua declararon.", ("Tren de Aragua", "Chile")),
        # where the drugs come from
        ("en", "The Sinaloa Cartel dominates cocaine imports from Colombia.", ("Sinaloa Cartel", "Colombia")),
        (
            "pt",
            "O Comando Vermelho domina o tráfico de cocaína vinda da Colômbia.",
            ("Comando Vermelho", "Colombia"),
        ),
        # another group's country, another subject's clause
        (
            "es",
            "El Tren de Aragua opera en Chile y amenaza a Los Choneros en Ecuador.",
            ("Tren de Aragua", "Ecuador"),
        ),
        (
            "en",
            "Tren de Aragua operates in Chile, while the Shining Path operates in Peru.",
            ("Tren de Aragua", "Peru"),
        ),
        # where people come from, not a range; a country named as the state that speaks
        ("en", "The Sinaloa Cartel recruits hitmen from Colombia.", ("Sinaloa Cartel", "Colombia")),
        ("pt", "O Comando Vermelho recruta jovens vindos da Bolívia.", ("Comando Vermelho", "Bolivia")),
        (
            "en",
            "Tren de Aragua extorts shop owners in Chile, Peru's police said.",
            ("Tren de Aragua", "Peru"),
        ),
        ("en", "The Chilean victims of Tren de Aragua spoke to reporters.", ("Tren de Aragua", "Chile")),
    ],
)
def test_not_presence(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact not in operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact", "placed"),
    [
        ("es", "El Tren de Aragua está en Chile y Perú.", ("Tren de Aragua", "Peru"), True),
        ("es", "El jefe del Tren de Aragua está en Chile.", ("Tren de Aragua", "Chile"), False),
        ("pt", "O PCC está no Paraguai desde 2010.", ("Primeiro Comando da Capital", "Paraguay"), True),
        ("en", "Tren de Aragua is now in Chile.", ("Tren de Aragua", "Chile"), True),
        ("en", "The leader of Tren de Aragua is in Chile.", ("Tren de Aragua", "Chile"), False),
    ],
)
def test_a_group_that_is_in_a_country(
    rules, lang: str, text: str, fact: tuple[str, str], placed: bool
) -> None:
    """ "G está en X" places G; "el jefe de G está en X" places the chief."""
    assert (fact in operates(rules, text, lang)) is placed


@pytest.mark.parametrize(
    ("lang", "text", "fact", "placed"),
    [
        ("en", "In Chile, Tren de Aragua controls extortion rackets.", ("Tren de Aragua", "Chile"), True),
        ("es", "Con presencia en Chile, el Tren de Aragua crece.", ("Tren de Aragua", "Chile"), True),
        ("pt", "No Paraguai, o Comando Vermelho domina o tráfico.", ("Comando Vermelho", "Paraguay"), True),
        # the fronted phrase says something else of the subject, or of another subject
        (
            "en",
            "Born in Venezuela and sanctioned in Chile, Tren de Aragua controls rackets.",
            ("Tren de Aragua", "Chile"),
            False,
        ),
        (
            "en",
            "Like Los Choneros in Peru, Tren de Aragua controls extortion.",
            ("Tren de Aragua", "Peru"),
            False,
        ),
        (
            "es",
            "En Chile, la policía dijo que el Tren de Aragua controla el tráfico.",
            ("Tren de Aragua", "Chile"),
            False,
        ),
    ],
)
def test_a_country_fronted_before_the_subject(
    rules, lang: str, text: str, fact: tuple[str, str], placed: bool
) -> None:
    """ "En Chile, el G controla ...": the country of the phrase that opens the sentence."""
    assert (fact in operates(rules, text, lang)) is placed
