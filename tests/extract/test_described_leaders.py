"""A person introduced by a description ("a Japanese national described as a leader of G")
and named at the start of the next sentence is that leader."""

from __future__ import annotations

import pytest


def facts(ex, text: str, lang: str, kind: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == kind}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group", "agency"),
    [
        (
            "en",
            "A Mexican national described by prosecutors as a leader of the Sinaloa Cartel pleaded guilty "
            "in Chicago to smuggling fentanyl.\n\n"
            "Ramón Ortiz Vega, 52, was arrested in Texas in 2023 by the Drug Enforcement Administration.",
            "Ramón Ortiz Vega",
            "Sinaloa Cartel",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Un hombre señalado como líder del Barrio 18 fue condenado el martes en San Salvador. "
            "Mario Castro Pineda fue capturado en 2022 por la Policía Nacional Civil.",
            "Mario Castro Pineda",
            "Barrio 18",
            "Policía Nacional Civil",
        ),
        (
            "pt",
            "Um homem apontado como chefe do Comando Vermelho foi condenado nesta segunda-feira. "
            "Paulo Roberto Nunes foi preso em 2021 pela Polícia Federal.",
            "Paulo Roberto Nunes",
            "Comando Vermelho",
            "Polícia Federal",
        ),
    ],
)
def test_the_person_named_next_is_the_described_leader(ex, lang, text, leader, group, agency):
    assert (leader, group) in facts(ex, text, lang, "LEADS")
    assert (leader, agency) in facts(ex, text, lang, "ARRESTED_BY")


def test_a_sentence_that_names_nobody_first_makes_no_leader(ex):
    text = (
        "A Mexican national described by prosecutors as a leader of the Sinaloa Cartel pleaded guilty "
        "in Chicago. The case was handled by prosecutor Ramón Ortiz Vega, who spoke to reporters."
    )
    assert facts(ex, text, "en", "LEADS") == set()


def test_a_description_without_a_group_makes_no_leader(ex):
    text = (
        "A Mexican national described by prosecutors as a leader of the smuggling ring pleaded guilty. "
        "Ramón Ortiz Vega, 52, was arrested in Texas in 2023 by the Drug Enforcement Administration."
    )
    assert facts(ex, text, "en", "LEADS") == set()


def test_an_official_named_next_is_no_leader(ex):
    text = (
        "Un hombre señalado como líder del Barrio 18 fue condenado el martes en San Salvador. "
        "Fiscal Mario Castro Pineda pidió una pena de 40 años."
    )
    assert facts(ex, text, "es", "LEADS") == set()


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            'The leader of Los Lobos was arrested on Monday in Quito. Jorge Villacrés, alias "Pecoso", '
            "was detained by the Ecuadorian police.",
            "Jorge Villacrés",
            "Los Lobos",
        ),
        (
            "en",
            "The top boss of the Gulf Cartel was extradited to the United States on Friday. "
            "Julio Andrade had been held in Mexico since 2020.",
            "Julio Andrade",
            "Gulf Cartel",
        ),
        (
            "en",
            "Police said the Tren de Aragua had grown in Chile. Its leader was captured in Colombia. "
            "Wilson Paredes, 41, had been on the run since 2021.",
            "Wilson Paredes",
            "Tren de Aragua",
        ),
        (
            "es",
            'El cabecilla de Los Lobos fue capturado el lunes en Quito. Jorge Villacrés, alias "El Pecoso", '
            "fue detenido por la Policía Nacional.",
            "Jorge Villacrés",
            "Los Lobos",
        ),
        (
            "es",
            "El Tren de Aragua creció en Chile. Su líder fue capturado en Colombia. "
            "Wilson Paredes, de 41 años, estaba prófugo desde 2021.",
            "Wilson Paredes",
            "Tren de Aragua",
        ),
        (
            "pt",
            "O chefe do Comando Vermelho na Bahia foi preso nesta segunda-feira. Marcos Teixeira, conhecido "
            'como "Marquinho", foi detido pela Polícia Federal em Salvador.',
            "Marcos Teixeira",
            "Comando Vermelho",
        ),
        (
            "pt",
            "O Primeiro Comando da Capital atua no Paraguai. Seu líder foi preso na Bolívia. "
            "Wilson Paredes, de 41 anos, estava foragido desde 2021.",
            "Wilson Paredes",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_leader_announced_without_a_name_is_the_person_named_next(ex, lang, text, leader, group):
    assert (leader, group) in facts(ex, text, lang, "LEADS")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an official, a speaker, a victim, a lawyer named next
        ("en", "The leader of Los Lobos was arrested on Monday. Ana Ruiz, the prosecutor in charge, spoke."),
        (
            "en",
            "Los Lobos operate in Quito. Its leader was captured on Friday. Maria Lopez, a resident, said it.",
        ),
        ("en", "The leader of Los Lobos ordered the killing. Carlos Ruiz, 34, was shot dead on Monday."),
        ("en", "The leader's lawyer was arrested for helping Los Lobos. Carlos Paz, 50, was detained."),
        ("es", "El líder de Los Choneros ordenó el ataque. Carlos Ruiz, de 34 años, murió en el lugar."),
        ("es", "El abogado del líder de Los Lobos fue capturado. Carlos Paz, de 50 años, fue detenido."),
        (
            "es",
            "El Tren de Aragua opera en Chile. Su líder fue capturado en Colombia. "
            "María López, vecina del sector, dijo que hubo disparos.",
        ),
        (
            "pt",
            "O Comando Vermelho atua no Rio. Seu líder foi preso. Ana Souza, moradora da região, disse que houve tiros.",
        ),
    ],
)
def test_a_leader_announced_without_a_name_is_not_the_official_victim_or_speaker_named_next(ex, lang, text):
    assert facts(ex, text, lang, "LEADS") == set()


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            "Los Lobos control the port of Guayaquil. The gang's leader was arrested on Monday. "
            'Jorge Villacrés, alias "Pecoso", was detained in Quito.',
            "Jorge Villacrés",
            "Los Lobos",
        ),
        (
            "en",
            "MS-13's leader in Honduras was arrested in May. Kevin Ortiz Paz, 38, was detained in San Pedro Sula.",
            "Kevin Ortiz Paz",
            "Mara Salvatrucha",
        ),
        (
            "en",
            "Los Choneros dominate Manabí. Their leader was captured by the army on Friday. "
            'Police identified him as Mario Pinto Vera, alias "Gordo".',
            "Mario Pinto Vera",
            "Los Choneros",
        ),
        (
            "es",
            'Los Choneros dominan Manabí. Su cabecilla fue capturado el viernes. Se trata de Mario Pinto Vera, alias "Gordo".',
            "Mario Pinto Vera",
            "Los Choneros",
        ),
        (
            "pt",
            'O Comando Vermelho domina a região. Seu chefe foi preso na sexta-feira. Trata-se de Marcos Teixeira Lima, o "Marquinho".',
            "Marcos Teixeira Lima",
            "Comando Vermelho",
        ),
    ],
)
def test_an_announced_leader_after_a_group_possessive_or_presented_next(ex, lang, text, leader, group):
    assert (leader, group) in facts(ex, text, lang, "LEADS")


@pytest.mark.parametrize(
    "text",
    [
        "Los Choneros dominate Manabí. Their leader was captured by the army on Friday. "
        "Police identified the victim as Carlos Ruiz Soto.",
        "Los Choneros dominate Manabí. Their leader was captured by the army on Friday. "
        "Prosecutor Ana Ruiz Soto named the judge.",
        "The gang's leader's lawyer was arrested in Quito for helping Los Lobos. Carlos Paz Soto was detained.",
    ],
)
def test_a_person_presented_as_someone_else_is_no_announced_leader(ex, text):
    assert facts(ex, text, "en", "LEADS") == set()


def test_the_sentence_that_announces_a_leader_is_evidence(rules) -> None:
    text = (
        "El Tren de Aragua creció en Chile. Su líder fue capturado por la PDI. "
        "Wilson Paredes Soto fue llevado a Santiago."
    )
    (leads,) = [e for e in rules.run(text, "es").graph.edges() if e.type == "LEADS"]
    assert {"Su líder fue capturado por la PDI.", "Wilson Paredes Soto fue llevado a Santiago."} <= {
        ev.sentence for ev in leads.evidence
    }
