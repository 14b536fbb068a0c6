"""An agency referred to back at the head of a sentence: "La institución detuvo a ...", "Los agentes
capturaron a ..." (not "Agentes de la PNC", whose agency is named there)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Según la Policía Nacional, el Tren de Aragua tiene células en Lima. La institución detuvo la "
            "semana pasada a tres hombres acusados de integrar la banda.",
            ("Tren de Aragua", "Policía Nacional"),
        ),
        (
            "pt",
            "Segundo a Polícia Federal, o Comando Vermelho tem integrantes no Paraguai. A corporação prendeu "
            "na semana passada três homens suspeitos de integrar a facção.",
            ("Comando Vermelho", "Polícia Federal"),
        ),
        (
            "en",
            "The FBI has tracked MS-13 cliques in Virginia for years. The agency arrested three members "
            "of MS-13 on Monday.",
            ("Mara Salvatrucha", "Federal Bureau of Investigation"),
        ),
        (
            "es",
            "La Policía Nacional del Perú seguía a la banda desde 2022. Los agentes capturaron a Jorge Salinas, "
            "cabecilla del Tren de Aragua, en Lima.",
            ("Jorge Salinas", "Policía Nacional del Perú"),
        ),
        (
            "en",
            "The FBI had tracked the clique for two years. Agents arrested Kevin Ortiz, a leader of MS-13, at his "
            "home in Queens.",
            ("Kevin Ortiz", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_the_agency_referred_to_back_made_the_arrest(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_with_two_agencies_before_the_reference_names_neither(rules) -> None:
    text = (
        "A Polícia Federal e a Polícia Militar atuam no Paraná, onde o Comando Vermelho tem integrantes. "
        "A corporação prendeu três homens suspeitos de integrar a facção."
    )
    assert not rules.arrests(text, "pt")


def test_the_phrase_inside_a_sentence_is_no_reference(rules) -> None:
    text = (
        "Según la Policía Nacional, el Tren de Aragua tiene células en Lima. Tres hombres acusados de "
        "integrar la banda fueron detenidos tras denunciar a la institución."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "es",
            "La DEA investigaba a la banda desde 2020. Agentes de la Policía Nacional Civil detuvieron a Mario "
            "Cruz, cabecilla de la Mara Salvatrucha.",
            "Drug Enforcement Administration",
        ),
        (
            "en",
            "The DEA had tracked the gang for years. Agents from the FBI arrested Kevin Ortiz, a leader of MS-13.",
            "Drug Enforcement Administration",
        ),
    ],
)
def test_agents_of_an_agency_named_there_are_its_own(rules, lang: str, text: str, other: str) -> None:
    assert not any(b == other for _, b in rules.arrests(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Federal Bureau of Investigation has been investigating the Red Foxes gang since 2020. On "
            "Tuesday, the bureau arrested 12 members of the gang in Chicago.",
            ("Red Foxes", "Federal Bureau of Investigation"),
        ),
        (
            "pt",
            "A Polícia Civil de São Paulo investiga a facção Comando Azul desde 2020. Nesta terça-feira, a "
            "corporação prendeu 12 integrantes da facção em Campinas.",
            ("Comando Azul", "Polícia Civil de São Paulo"),
        ),
    ],
)
def test_the_reference_after_an_opening_phrase_is_the_subject(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_an_opening_phrase_that_names_an_agency_keeps_the_reference_unresolved(rules) -> None:
    text = (
        "The Federal Bureau of Investigation has been investigating the Red Foxes gang since 2020. On Tuesday, "
        "after a tip from the Drug Enforcement Administration, the bureau arrested 12 members of the gang."
    )
    assert ("Red Foxes", "Federal Bureau of Investigation") not in rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La Dirección Antidrogas de la Policía Nacional del Perú siguió durante meses a la banda Los Tejones "
            "del Norte. El martes, los agentes capturaron a doce integrantes de Los Tejones del Norte en Chiclayo.",
            ("Los Tejones del Norte", "Dirección Antidrogas de la Policía Nacional del Perú"),
        ),
        (
            "en",
            "In March, agents of the Colombian National Police seized two tonnes of cocaine in Buenaventura.\n\n"
            "Six weeks later, the same police unit arrested Tomas Verbeke, who prosecutors say heads the Red "
            "Foxes gang.",
            ("Tomas Verbeke", "Colombian National Police"),
        ),
        (
            "en",
            "In March, agents of the Colombian National Police seized two tonnes of cocaine in Buenaventura.\n\n"
            "Six weeks later, in a rented house in Cali, the same police unit arrested Tomas Verbeke, who "
            "prosecutors say heads the Red Foxes gang.",
            ("Tomas Verbeke", "Colombian National Police"),
        ),
        (
            "pt",
            "Em março, a Polícia Civil de São Paulo apreendeu duas toneladas de cocaína em Santos. Seis semanas "
            "depois, a mesma unidade prendeu 12 integrantes da facção Comando Azul.",
            ("Comando Azul", "Polícia Civil de São Paulo"),
        ),
    ],
)
def test_a_time_phrase_opens_before_the_reference(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_time_phrase_with_its_own_agency_keeps_it(rules) -> None:
    text = (
        "La Dirección Antidrogas siguió durante meses a la banda Los Tejones del Norte. El martes, los agentes "
        "de la Policía Nacional Civil capturaron a doce integrantes de Los Tejones del Norte."
    )
    assert ("Los Tejones del Norte", "Dirección Antidrogas") not in rules.arrests(text, "es")
