"""Arrests: what is not an arrest (rewards, requests, indictments) and leaders named again by surname."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The State Department offered a reward for information leading to the arrest of Los Pumas leaders.",
        ),
        ("en", "An indictment unsealed by the Justice Department says the Los Pumas gang moved cocaine."),
        (
            "es",
            "La Fiscalía ofreció una recompensa por datos que conduzcan a la captura de jefes de la banda Los Malditos.",
        ),
        ("pt", "A Polícia Federal fez um pedido de prisão contra chefes da facção Bonde do Maluco."),
    ],
)
def test_rewards_requests_and_indictments_are_not_arrests(ex, lang, text):
    assert not ex.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Juan Pablo Ortega, the leader of the Los Pumas gang, fled in May. "
            "Ortega was arrested by the Honduran National Police in June.",
            ("Juan Pablo Ortega", "Honduran National Police"),
        ),
        (
            "es",
            "Luis Romero Díaz, alias 'Flaco', líder de la banda Los Malditos, huyó. "
            "Flaco fue capturado por la Policía Boliviana en Santa Cruz.",
            ("Luis Romero Díaz", "Policía Boliviana"),
        ),
        (
            "pt",
            "Paulo Souza Lima, chefe da facção Bonde do Maluco, fugiu. "
            "Meses depois, Lima foi preso pela Polícia Federal em Salvador.",
            ("Paulo Souza Lima", "Polícia Federal"),
        ),
    ],
)
def test_a_leader_named_again_by_surname_or_nickname_is_the_one_arrested(ex, lang, text, fact):
    assert fact in ex.arrests(text, lang)


def test_a_surname_shared_by_two_leaders_names_neither(ex):
    text = (
        "Omar Ruiz Vega and Mario Ruiz Vega, leaders of the Los Pumas gang, split the routes. "
        "Vega was arrested by the Honduran National Police."
    )
    assert not {a for a, _ in ex.arrests(text, "en") if a.endswith("Vega")}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "Among those arrested by the Honduran National Police and the Army were members of the Los Pumas gang.",
            "Honduran National Police",
        ),
        (
            "es",
            "Entre los capturados por la Policía Boliviana (PB) y el Ejército figuran miembros de la banda Los Malditos.",
            "Policía Boliviana",
        ),
        (
            "pt",
            "Entre os presos pela Polícia Federal e pelo Exército estão integrantes da facção Bonde do Maluco.",
            "Polícia Federal",
        ),
    ],
)
def test_the_agents_of_a_detainee_phrase_made_the_arrests(ex, lang, text, agency):
    assert agency in {b for _, b in ex.arrests(text, lang)}


def test_a_detainee_phrase_without_agents_keeps_no_agency_of_the_sentence(ex):
    text = "Los capturados pertenecen a la banda Los Malditos, informó la Fiscalía de Arica."
    assert not ex.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Los Pumas gang and Barrio 18 were founded in Honduras, far from their later bases."),
        ("es", "La banda Los Malditos y el Tren de Aragua nacieron en Venezuela, según la policía."),
        ("pt", "A facção Bonde do Maluco e o Comando Vermelho surgiram no Brasil."),
    ],
)
def test_a_plural_origin_verb_has_every_coordinated_group(ex, lang, text):
    origins = {a for t, a, _ in ex.facts(text, lang) if t == "ORIGINATED_IN"}
    assert len(origins) == 2


@pytest.mark.parametrize(
    ("lang", "text", "agency", "alias"),
    [
        (
            "pt",
            "O Ministério Público de São Paulo (MP-SP) denunciou a facção.",
            "Ministério Público de São Paulo",
            "MP-SP",
        ),
        (
            "es",
            "La Fiscalía de San Salvador (FGR-SS) acusó a la pandilla.",
            "Fiscalía de San Salvador",
            "FGR-SS",
        ),
        (
            "en",
            "The Police Service of Northern Ireland (PSNI-NI) raided the homes.",
            "Police Service of Northern Ireland",
            "PSNI-NI",
        ),
    ],
)
def test_agency_names_run_over_place_words_and_hyphenated_acronyms(ex, lang, text, agency, alias):
    nodes = {n.name: n for n in ex.run(text, lang).graph.nodes()}
    assert agency in nodes
    assert alias in nodes[agency].aliases
    assert "SP" not in nodes[agency].aliases and "NI" not in nodes[agency].aliases


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Treasury's Office of Foreign Assets Control acted in a move co-ordinated with the FBI.",
            ("Office of Foreign Assets Control", "Federal Bureau of Investigation"),
        ),
        (
            "es",
            "La Policía Nacional del Perú actuó con la colaboración de la Fiscalía de Lima.",
            ("Policía Nacional del Perú", "Fiscalía de Lima"),
        ),
        (
            "pt",
            "A Polícia Federal agiu com a ajuda da Receita Federal.",
            ("Polícia Federal", "Receita Federal"),
        ),
    ],
)
def test_more_cooperation_wording_and_no_parent_body_as_partner(ex, lang, text, pair):
    coop = {frozenset((a, b)) for t, a, b in ex.facts(text, lang) if t == "COOPERATES_WITH"}
    assert frozenset(pair) in coop
    assert not any("Treasury" in name for p in coop for name in p)


def test_a_lower_case_agency_form_listed_in_the_gazetteer_is_found(ex):
    text = "Sean Ryan, a senior member of the Kinahan cartel, was arrested by gardaí in Dublin."
    assert ("Kinahan cartel", "Garda Síochána") in ex.arrests(text, "en")
    # other lower-case words are never names: "the police", "garda" as a common noun stays out
    assert not {n for t, n in ex.nodes("He said the army would help.", "en") if t == "Agency"}


def test_a_place_after_from_in_the_headline_is_not_the_articles_country(ex):
    text = (
        "Gang figure extradited from Dubai\n\n"
        "Sean Ryan, a member of the Kinahan cartel, was arrested by gardaí after landing in Dublin. "
        "The Criminal Assets Bureau seized his house in Cork. Police in Dubai had held him for months."
    )
    facts = ex.facts(text, "en")
    assert ("BASED_IN", "Criminal Assets Bureau", "Ireland") in facts


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Police, the Army and the Coast Guard took part in the raid on the Los Pumas gang.",
            ("Army", "Coast Guard"),
        ),
        (
            "es",
            "En el operativo participaron el Ejército Nacional, la Armada Nacional y la Policía Nacional.",
            ("Ejército Nacional", "Policía Nacional"),
        ),
        (
            "pt",
            "Participaram da ação a Polícia Federal, a Polícia Militar e a Receita Federal.",
            ("Polícia Federal", "Receita Federal"),
        ),
    ],
)
def test_agencies_that_take_part_together_cooperate(ex, lang, text, pair):
    coop = {frozenset((a, b)) for t, a, b in ex.facts(text, lang) if t == "COOPERATES_WITH"}
    assert frozenset(pair) in coop


def test_an_arrest_at_someones_request_is_an_arrest(ex):
    text = (
        "A pedido do Ministério Público, a Polícia Federal prendeu dez integrantes da facção Bonde do Maluco."
    )
    assert ("Bonde do Maluco", "Polícia Federal") in ex.arrests(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "made"),
    [
        (
            "en",
            "Police said the suspects could face 20 years; the FBI arrested six members of the Los Pumas gang.",
            True,
        ),
        ("en", "Members of the Los Pumas gang could be arrested by the FBI next week.", False),
        (
            "es",
            "El líder huyó para evitar ser capturado por la Policía Boliviana, dijo la banda Los Malditos.",
            False,
        ),
    ],
)
def test_a_modal_right_before_the_arrest_word_unmakes_it(ex, lang, text, made):
    assert bool(ex.arrests(text, lang)) is made


def test_leading_as_an_adjective_does_not_unmake_an_arrest(ex):
    text = (
        "Leading figures of the Los Pumas gang were arrested by the Honduran National Police in Tegucigalpa."
    )
    assert ("Los Pumas", "Honduran National Police") in ex.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Efectivos de la Dirección Antidrogas intervinieron a dos miembros del Clan del Golfo.",
            ("Clan del Golfo", "Dirección Antidrogas"),
        ),
        (
            "es",
            "Agentes de la Policía Nacional arrestaron a tres integrantes del Tren de Aragua.",
            ("Tren de Aragua", "Policía Nacional"),
        ),
        (
            "pt",
            "Policiais da Polícia Civil detiveram três integrantes do Comando Vermelho.",
            ("Comando Vermelho", "Polícia Civil"),
        ),
    ],
)
def test_more_arrest_verbs(rules, lang, text, fact):
    assert fact in {(a, b) for t, a, b in rules.facts(text, lang) if t == "ARRESTED_BY"}


@pytest.mark.parametrize(
    ("lang", "text", "hit", "rival"),
    [
        (
            "en",
            "Soldiers of the Mexican Army captured Luis Ortega Rey, the leader of the Santa Rosa de Lima Cartel, "
            "which has been at war with the Jalisco New Generation Cartel.",
            "Santa Rosa de Lima Cartel",
            "Jalisco New Generation Cartel",
        ),
        (
            "es",
            "La Policía Nacional capturó a Luis Ortega Rey, cabecilla de Los Pulpos, rivales del Tren de Aragua.",
            "Los Pulpos",
            "Tren de Aragua",
        ),
    ],
)
def test_the_rival_named_after_an_arrest_is_not_hit_by_it(ex, lang, text, hit, rival):
    hit_by = {a for t, a, _ in ex.facts(text, lang) if t == "ARRESTED_BY"}
    assert hit in hit_by
    assert rival not in hit_by


@pytest.mark.parametrize(
    ("lang", "text", "hit", "not_hit"),
    [
        (
            "es",
            "La Policía Nacional detuvo a trece personas del Tren de Aragua; algunos medios las vincularon a Los Lobos.",
            "Tren de Aragua",
            "Los Lobos",
        ),
        (
            "pt",
            "A polícia paraguaia prendeu cinco brasileiros ligados ao PCC; o CV não foi alvo da operação.",
            "Primeiro Comando da Capital",
            "Comando Vermelho",
        ),
        (
            "en",
            "The FBI arrested two members of MS-13, while the DEA said the CJNG remains its main target.",
            "Mara Salvatrucha",
            "Jalisco New Generation Cartel",
        ),
    ],
)
def test_an_arrest_does_not_reach_past_its_clause(rules, lang, text, hit, not_hit):
    hit_by = {a: b for t, a, b in rules.facts(text, lang) if t == "ARRESTED_BY"}
    assert hit in hit_by
    assert not_hit not in hit_by
    assert "Drug Enforcement Administration" not in hit_by.values()


def test_portuguese_no_is_in_the_not_a_denial(rules):
    text = (
        "Caio Reis Lima, chefe do Comando Vermelho na Rocinha, fugiu em 2011. "
        "Ele foi encontrado no porta-malas de um carro e preso pela Polícia Militar."
    )
    assert ("ARRESTED_BY", "Caio Reis Lima", "Polícia Militar") in rules.facts(text, "pt")
