"""Portuguese names no gazetteer knows: a gang after a lower-case "grupo" or a member's role
("integrantes do X"), gangs headed by "Bonde", prisons of a town or a saint's name, and a force
named only by its officers ("policiais civis")."""

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


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("Integrantes do Comando Carcará foram presos em Belém.", "Comando Carcará"),
        ("A polícia prendeu o chefe da Família Sombra do Amapá.", "Família Sombra do Amapá"),
        ("Membros da Tropa do Mal atacaram a delegacia.", "Tropa do Mal"),
    ],
)
def test_a_name_after_a_members_role_and_do_or_da_is_a_gang(rules: Extractor, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, "pt")


@pytest.mark.parametrize(
    "text",
    [
        "Membros do Ministério Público de São Paulo denunciaram a facção.",  # a body of the state
        "Integrantes do Movimento Sem Terra protestaram em Brasília.",  # a movement
        "Zeca é gerente de Mauro Teixeira em Santos.",  # "de", no article: a person may follow
    ],
)
def test_a_members_role_before_a_body_or_a_person_names_no_gang(rules: Extractor, text: str) -> None:
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


def test_a_town_after_em_does_not_open_the_person_named_after_it(rules: Extractor) -> None:
    text = "A PSP deteve em Lisboa Carlos Mendes Faria, apontado como líder do Comando Vermelho."
    assert ("Carlos Mendes Faria", "Comando Vermelho") in rules.leads(text, "pt")
    assert rules.leaders(text, "pt") == {"Carlos Mendes Faria"}


def test_a_town_without_em_is_part_of_a_name(rules: Extractor) -> None:
    # no "em" before it: "Santos" is the person's first name
    text = "Santos Carlos Faria, apontado como líder do Comando Vermelho, foi preso."
    assert rules.leaders(text, "pt") == {"Santos Carlos Faria"}


def test_an_office_name_runs_on_over_e_da(rules: Extractor) -> None:
    text = "Segundo a Secretaria de Estado da Justiça e da Cidadania, detentos do PCC fugiram."
    assert ("Agency", "Secretaria de Estado da Justiça e da Cidadania") in rules.nodes(text, "pt")


def test_e_dos_before_a_known_agency_starts_a_second_one(rules: Extractor) -> None:
    text = "Ele foi detido numa operação conjunta da Polícia Federal e dos Carabinieri."
    agencies = {n for k, n in rules.nodes(text, "pt") if k == "Agency"}
    assert {"Polícia Federal", "Carabinieri"} <= agencies
    assert not any(" e " in name for name in agencies)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("A PJ deteve no aeroporto um homem ligado ao PCC.", "Polícia Judiciária"),
        ("A GNR apreendeu duas toneladas de cocaína do PCC no Algarve.", "Guarda Nacional Republicana"),
    ],
)
def test_portuguese_forces_by_their_acronyms(rules: Extractor, text: str, agency: str) -> None:
    assert ("ARRESTED_BY", "Primeiro Comando da Capital", agency) in rules.facts(text, "pt") or (
        "Agency",
        agency,
    ) in rules.nodes(text, "pt")


def test_pj_in_lower_case_names_no_agency(rules: Extractor) -> None:
    text = "A empresa contratava funcionários como pj para lavar dinheiro do PCC."
    assert not {n for k, n in rules.nodes(text, "pt") if k == "Agency"}


def test_still_in_command_leads(rules: Extractor) -> None:
    text = (
        "Preso desde 1996, Márcio Nepomuceno Lemos segue no comando do Comando Vermelho, segundo a polícia."
    )
    assert ("Márcio Nepomuceno Lemos", "Comando Vermelho") in rules.leads(text, "pt")
    other = "Preso desde 1996, Márcio Nepomuceno Lemos segue no Comando Vermelho, segundo a polícia."
    assert not rules.leads(other, "pt")


def test_running_a_groups_business_leads_it(rules: Extractor) -> None:
    text = "Roberval Siqueira comandava o tráfico do Comando Vermelho no Morro do Alemão."
    assert ("Roberval Siqueira", "Comando Vermelho") in rules.leads(text, "pt")


def test_running_an_inquiry_into_a_groups_business_does_not(rules: Extractor) -> None:
    text = "O delegado Roberval Siqueira comandava a investigação do tráfico do Comando Vermelho."
    assert not rules.leads(text, "pt")


def test_a_trade_boss_leads_the_group_his_sentence_names_not_the_articles_main_one(ex: Extractor) -> None:
    text = (
        "O Primeiro Comando da Capital nasceu em São Paulo. A facção é liderada por Marcos Lemos Prado. "
        "A polícia prendeu em Niterói Sidney Pacheco Rangel, chefe do tráfico no Morro do Estado e "
        "integrante do Comando Vermelho."
    )
    leads = ex.leads(text, "pt")
    assert ("Sidney Pacheco Rangel", "Comando Vermelho") in leads
    assert ("Sidney Pacheco Rangel", "Primeiro Comando da Capital") not in leads


def test_a_trade_boss_does_not_lead_the_group_he_fought(rules: Extractor) -> None:
    text = (
        "O Primeiro Comando da Capital domina o estado. Sidney Pacheco Rangel, chefe do tráfico local, "
        "foi morto em confronto com o Comando Vermelho."
    )
    assert ("Sidney Pacheco Rangel", "Comando Vermelho") not in rules.leads(text, "pt")


def test_a_leader_of_a_place_then_identified_as_a_name(rules: Extractor) -> None:
    text = "O líder do PCC no Ceará, identificado como Antônio Belo Cavalcante, foi transferido."
    assert ("Antônio Belo Cavalcante", "Primeiro Comando da Capital") in rules.leads(text, "pt")
    other = "O líder do PCC no Ceará, identificado como chefe, disse que Antônio Belo Cavalcante fugiu."
    assert not rules.leads(other, "pt")


def test_ties_to_a_group_ally_with_it(rules: Extractor) -> None:
    pairs = rules.pairs("O PCC tem ligações à 'Ndrangheta, segundo a PJ.", "pt", "ALLIED_WITH")
    assert frozenset({"Primeiro Comando da Capital", "'Ndrangheta"}) in pairs
    assert not rules.pairs("O PCC tem ligações a políticos do Paraguai.", "pt", "ALLIED_WITH")


def test_the_police_of_a_country_is_that_countrys_force(rules: Extractor) -> None:
    facts = rules.facts("A polícia do Paraguai prendeu dois integrantes do PCC.", "pt")
    assert ("ARRESTED_BY", "Primeiro Comando da Capital", "polícia do Paraguai") in facts
    assert ("BASED_IN", "polícia do Paraguai", "Paraguay") in facts
    # a place that is no country names no national force
    assert not {
        n for k, n in rules.nodes("A polícia do bairro prendeu dois suspeitos.", "pt") if k == "Agency"
    }


def test_a_trafficker_whose_killing_is_told_leads_no_group(rules: Extractor) -> None:
    lead = "O PCC domina a fronteira. "
    killed = lead + "A facção foi apontada como responsável pela morte do traficante Jorge Tavares Lima."
    assert not rules.leads(killed, "pt")
    alive = lead + "O traficante Jorge Tavares Lima, chefe da facção, controla a fronteira."
    assert ("Jorge Tavares Lima", "Primeiro Comando da Capital") in rules.leads(alive, "pt")


def test_an_escort_by_two_forces_is_cooperation(rules: Extractor) -> None:
    text = "Os chefes do PCC foram levados para Brasília com escolta da Polícia Federal e do Exército."
    assert frozenset({"Polícia Federal", "Exército"}) in rules.pairs(text, "pt", "COOPERATES_WITH")
    alone = "Os chefes do PCC foram levados para Brasília com escolta da Polícia Federal. O Exército não comentou."
    assert not rules.pairs(alone, "pt", "COOPERATES_WITH")


def test_a_quoted_name_before_its_apposition_is_a_faction(rules: Extractor) -> None:
    text = 'A PJ deteve o suspeito de chefiar a chamada "Rede Atlântica", a célula do PCC em Portugal.'
    assert ("FACTION_OF", "Rede Atlântica", "Primeiro Comando da Capital") in rules.facts(text, "pt")
    # a quotation in lower case before the comma names nothing
    quotation = 'Segundo o delegado, "a investigação continua", a célula do PCC em Portugal segue ativa.'
    assert not {n for k, n in rules.nodes(quotation, "pt") if k == "Faction"}


def test_members_settled_in_a_country_are_presence(rules: Extractor) -> None:
    text = "O Comando Vermelho já tem membros radicados em Portugal, segundo a Europol."
    assert ("OPERATES_IN", "Comando Vermelho", "Portugal") in rules.facts(text, "pt")


def test_acting_in_concert_with_a_force_is_cooperation(rules: Extractor) -> None:
    text = "Em articulação com a PJ, a Guardia Civil deteve em Vigo três membros do PCC."
    assert frozenset({"Polícia Judiciária", "Guardia Civil"}) in rules.pairs(text, "pt", "COOPERATES_WITH")


def test_dciap_is_portuguese(rules: Extractor) -> None:
    text = "O inquérito, dirigido pelo DCIAP, contou com informações da Polícia Federal brasileira."
    assert ("BASED_IN", "Departamento Central de Investigação e Ação Penal", "Portugal") in rules.facts(
        text, "pt"
    )
