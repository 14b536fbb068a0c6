"""Portuguese names no gazetteer knows: a gang after a lower-case "grupo", gangs headed by "Bonde",
prisons of a town or a saint's name, and a force named only by its officers ("policiais civis")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("O grupo Tropa do Rato controla o tráfico em bairros de Manaus.", "Tropa do Rato"),
        ("Wesley Andrade Pires, líder do grupo Guerreiros do Vale, foi morto.", "Guerreiros do Vale"),
        ("Ele pertence ao grupo Primeiro Comando do Maranhão desde 2010.", "Primeiro Comando do Maranhão"),
    ],
)
def test_a_capitalized_name_after_grupo_is_a_gang(rules: Extractor, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, "pt")


@pytest.mark.parametrize(
    "text",
    [
        "O grupo Globo informou que o jornalista foi ameaçado.",  # one word: a company may be so named
        "O grupo Tático Integrado de Resgate cercou a casa.",  # a police unit
        "O grupo Rio de Janeiro venceu a eleição do clube.",  # a place only
    ],
)
def test_grupo_before_a_single_word_a_unit_or_a_place_names_no_gang(rules: Extractor, text: str) -> None:
    assert not {name for kind, name in rules.nodes(text, "pt") if kind == "Gang"}


def test_the_leader_of_a_group_named_after_grupo(rules: Extractor) -> None:
    text = "O grupo Guerreiros do Vale, liderado por Otávio Sena Prates, controla o tráfico em Itabuna."
    assert ("Otávio Sena Prates", "Guerreiros do Vale") in rules.leads(text, "pt")


def test_a_bonde_with_a_number_is_a_gang_and_its_leader_leads_it(rules: Extractor) -> None:
    text = "O líder do Bonde dos 40, Francisco Melo Vaz, conhecido como Chaguinha, foi preso em São Luís."
    assert ("Francisco Melo Vaz", "Bonde dos 40") in rules.leads(text, "pt")


def test_a_lower_case_bonde_is_a_tram(rules: Extractor) -> None:
    assert not rules.nodes("Ele pegou o bonde de Santa Teresa para subir o morro.", "pt")


def test_a_year_after_a_known_name_does_not_join_it(rules: Extractor) -> None:
    nodes = rules.nodes("O Bonde do Serrote de 2019 era outro.", "pt")
    assert ("Gang", "Bonde do Serrote") in nodes


def test_sao_opens_a_prison_name(rules: Extractor) -> None:
    text = "A facção Primeiro Grupo Catarinense surgiu na Penitenciária de São Pedro de Alcântara."
    facts = rules.facts(text, "pt")
    assert ("ORIGINATED_IN", "Primeiro Grupo Catarinense", "Penitenciária de São Pedro de Alcântara") in facts


def test_the_prison_of_a_town_is_a_prison_but_a_prison_in_a_town_is_not(rules: Extractor) -> None:
    named = rules.facts("O Primeiro Comando da Capital nasceu no presídio de Taubaté, em 1993.", "pt")
    assert ("ORIGINATED_IN", "Primeiro Comando da Capital", "Presídio de Taubaté") in named
    assert not {n for k, n in rules.nodes("Ele cumpria pena numa cadeia de Assunção.", "pt") if k == "Prison"}


def test_civil_police_officers_stand_for_the_civil_police(rules: Extractor) -> None:
    text = "Policiais civis prenderam dois integrantes do Comando Vermelho em Niterói."
    assert ("ARRESTED_BY", "Comando Vermelho", "Polícia Civil") in rules.facts(text, "pt")


def test_civil_police_officers_are_the_civil_police_the_article_names(rules: Extractor) -> None:
    text = (
        "A Polícia Civil de Goiás abriu o inquérito. "
        "Policiais civis prenderam dois integrantes do Comando Vermelho em Anápolis."
    )
    facts = rules.facts(text, "pt")
    assert ("ARRESTED_BY", "Comando Vermelho", "Polícia Civil de Goiás") in facts
    assert ("ARRESTED_BY", "Comando Vermelho", "Polícia Civil") not in facts


def test_federal_officers_opening_a_sentence_keep_the_agency_name(rules: Extractor) -> None:
    text = "Policiais federais prenderam dois integrantes do Comando Vermelho em Foz do Iguaçu."
    assert ("ARRESTED_BY", "Comando Vermelho", "Polícia Federal") in rules.facts(text, "pt")


def test_procuradoria_geral_heads_an_agency(rules: Extractor) -> None:
    text = "A Procuradoria-Geral da República denunciou dez integrantes do PCC."
    assert ("Agency", "Procuradoria-Geral da República") in rules.nodes(text, "pt")
