"""Arrest phrasings probed in S25: the body a unit belongs to when the arrest is told again, and
what must stay out (a prosecutor's office behind its investigators' unit)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "Foi preso nesta quinta-feira Rafael Nunes, apontado como chefe do Comando Vermelho em Niterói. "
            "A prisão foi feita por equipes da Delegacia de Homicídios (DH), da Polícia Civil do Rio de "
            "Janeiro, com apoio da PM.",
            ("Rafael Nunes", "Polícia Civil do Rio de Janeiro"),
        ),
        (
            "es",
            "Fue capturado el martes Julio Paredes, cabecilla del Tren de Aragua en Lima. La captura fue "
            "realizada por agentes de la Dirincri de la Policía Nacional del Perú.",
            ("Julio Paredes", "Policía Nacional del Perú"),
        ),
    ],
)
def test_the_body_of_the_unit_that_made_a_retold_arrest_made_it_too(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    found = rules.arrests(text, lang)
    assert pair in found
    assert (pair[0], "Delegacia de Homicídios" if lang == "pt" else "Dirincri") in found


def test_a_prosecutors_office_behind_the_unit_of_a_retold_arrest_made_none(rules) -> None:
    text = (
        "Tres integrantes del Tren de Aragua fueron capturados en Cúcuta. "
        "La captura estuvo a cargo del CTI de la Fiscalía."
    )
    found = rules.arrests(text, "es")
    assert ("Tren de Aragua", "Cuerpo Técnico de Investigación") in found
    assert not any(agency == "Fiscalía" for _, agency in found)


def test_a_body_named_after_a_retold_arrest_in_another_role_made_none(rules) -> None:
    text = (
        "Fue capturado el martes Julio Paredes, cabecilla del Tren de Aragua en Lima. La captura fue "
        "realizada por la Dirincri, y la Fiscalía de Lima pidió prisión preventiva."
    )
    found = rules.arrests(text, "es")
    assert ("Julio Paredes", "Dirincri") in found
    assert not any("Fiscalía" in agency for _, agency in found)


@pytest.mark.parametrize(
    ("lang", "text", "agent", "other"),
    [
        (
            "es",
            "La Fiscalía de El Salvador acusó a 40 pandilleros de la MS-13 que fueron capturados por la PNC "
            "durante el régimen de excepción.",
            "Policía Nacional Civil",
            "Fiscalía de El Salvador",
        ),
        (
            "pt",
            "O Ministério Público denunciou Jorge Luiz Batista, chefe do PCC, preso em 2022 pela Polícia Civil.",
            "Polícia Civil",
            "Ministério Público",
        ),
    ],
)
def test_an_agency_acting_before_an_arrest_told_with_its_own_agent_made_none(
    ex, lang: str, text: str, agent: str, other: str
) -> None:
    # the full extractor: the learned stage is held to the arrest's scope too
    agencies = {agency for _, agency in ex.arrests(text, lang)}
    assert agent in agencies
    assert other not in agencies


def test_agencies_that_are_the_subject_of_the_arrest_made_it_whoever_wanted_the_person(ex) -> None:
    text = (
        "La Fiscalía y la Policía Nacional Civil capturaron a 40 pandilleros de la MS-13 que eran "
        "buscados por la Interpol."
    )
    agencies = {agency for _, agency in ex.arrests(text, "es")}
    assert {"Fiscalía", "Policía Nacional Civil"} <= agencies
    assert "Interpol" not in agencies


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "es",
            "Ramiro Félix, operador del Cártel de Sinaloa, fue detenido en Culiacán. En el operativo "
            "participaron elementos de la Secretaría de Marina y de la Fiscalía General de la República.",
            "Secretaría de Marina",
            "Fiscalía General de la República",
        ),
        (
            "pt",
            "Rogério Tavares, apontado como chefe do Comando Vermelho em Macaé, foi preso nesta sexta-feira. "
            "Participaram da ação agentes da Polícia Federal e da Polícia Rodoviária Federal.",
            "Polícia Federal",
            "Polícia Rodoviária Federal",
        ),
    ],
)
def test_the_agencies_listed_as_taking_part_in_a_retold_arrest_made_it(
    rules, lang: str, text: str, first: str, second: str
) -> None:
    agencies = {agency for _, agency in rules.arrests(text, lang)}
    assert {first, second} <= agencies


def test_an_agency_after_a_retold_arrests_agent_in_another_clause_made_none(rules) -> None:
    text = (
        "Ramiro Félix, operador del Cártel de Sinaloa, fue detenido en Culiacán. La detención fue realizada "
        "por elementos de la Secretaría de Marina, y agentes de la Fiscalía General de la República "
        "aseguraron la vivienda."
    )
    agencies = {agency for _, agency in rules.arrests(text, "es")}
    assert "Secretaría de Marina" in agencies
    assert "Fiscalía General de la República" not in agencies


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The United States has requested the extradition of Ricardo Solano, a leader of the Gulf Clan, "
            "who was captured by the Colombian National Police in March.",
            ("Ricardo Solano", "Colombian National Police"),
        ),
        (
            "es",
            'Estados Unidos pidió la extradición de Jhon Fredy Ortiz, alias "el Mono", cabecilla del Clan del '
            "Golfo, capturado el mes pasado por la Policía Nacional.",
            ("Jhon Fredy Ortiz", "Policía Nacional"),
        ),
    ],
)
def test_a_person_named_through_of_whom_a_relative_clause_tells_arrested_was_arrested(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "en",
            "Prosecutors charged the wife of Ricardo Solano, a leader of the Gulf Clan, who was detained by "
            "the Colombian National Police in Medellín.",
            "Ricardo Solano",
        ),
        (
            "pt",
            "Após a morte de Jorge Luiz Batista, chefe do PCC, o irmão dele foi preso pela Polícia Civil.",
            "Jorge Luiz Batista",
        ),
    ],
)
def test_a_person_named_through_of_whose_clause_tells_another_arrest_was_not_arrested(
    rules, lang: str, text: str, person: str
) -> None:
    assert not any(who == person for who, _ in rules.arrests(text, lang))


@pytest.mark.parametrize(
    ("lang", "hurt", "arrest", "pair"),
    [
        (
            "pt",
            "Dois policiais militares foram baleados durante uma operação contra o Comando Vermelho no "
            "Complexo do Alemão.",
            "Durante uma operação contra o Comando Vermelho no Complexo do Alemão, policiais militares "
            "prenderam três integrantes da facção.",
            ("Comando Vermelho", "Polícia Militar"),
        ),
        (
            "es",
            "Dos agentes resultaron heridos durante un operativo de la Policía Nacional contra Los Lobos en Durán.",
            "En un operativo de la Policía Nacional contra Los Lobos en Durán fueron capturados tres "
            "integrantes de la banda.",
            ("Los Lobos", "Policía Nacional"),
        ),
        (
            "en",
            "Two officers were wounded during a Federal Police operation against the Comando Vermelho in "
            "Rio de Janeiro.",
            "During a Federal Police operation against the Comando Vermelho in Rio de Janeiro, four members "
            "of the gang were arrested.",
            ("Comando Vermelho", "Federal Police"),
        ),
    ],
)
def test_an_operation_told_as_where_people_were_hurt_is_no_arrest(
    rules, lang: str, hurt: str, arrest: str, pair: tuple[str, str]
) -> None:
    assert not rules.arrests(hurt, lang)
    assert pair in rules.arrests(arrest, lang)


def test_a_release_from_custody_is_no_arrest(rules) -> None:
    released = (
        "Ricardo Solano, a leader of the Gulf Clan, was released from custody on Monday, the Colombian "
        "National Police said."
    )
    taken = released.replace("released from", "taken into")
    assert not rules.arrests(released, "en")
    assert ("Ricardo Solano", "Colombian National Police") in rules.arrests(taken, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ricardo Solano, the Gulf Clan leader arrested in 2021, was extradited to the United States on "
            "Thursday, where he will face charges brought by the DEA.",
        ),
        (
            "es",
            'Alias "el Mono", cabecilla del Clan del Golfo capturado en 2021, fue extraditado a Estados '
            "Unidos, donde enfrenta cargos presentados por la DEA.",
        ),
    ],
)
def test_an_agency_after_by_in_a_clause_of_place_made_no_arrest(ex, lang: str, text: str) -> None:
    assert not any(agency == "Drug Enforcement Administration" for _, agency in ex.arrests(text, lang))


def test_the_arrests_own_agent_stays_beside_a_clause_of_place(ex) -> None:
    text = (
        "Ricardo Solano, a leader of the Gulf Clan, was arrested in 2021 by the Colombian National Police "
        "and extradited to the United States, where he faces charges brought by the DEA."
    )
    agencies = {agency for _, agency in ex.arrests(text, "en")}
    assert "Colombian National Police" in agencies
    assert "Drug Enforcement Administration" not in agencies


def test_the_cicpc_spelled_as_a_word_is_the_venezuelan_agency(rules) -> None:
    text = "Funcionarios del Cicpc aprehendieron a tres integrantes del Tren de Aragua en Maracay."
    assert any(gang == "Tren de Aragua" and "Cicpc" in agency for gang, agency in rules.arrests(text, "es"))
    told = "El Cicpc investiga a tres integrantes del Tren de Aragua que huyeron de Maracay."
    assert not rules.arrests(told, "es")


@pytest.mark.parametrize(
    ("lang", "arrest", "taken", "sought", "pair"),
    [
        (
            "es",
            'Alias "el Gato", cabecilla de Los Costeños, fue capturado el martes en Barranquilla.',
            "Uniformados de la Policía Nacional lo interceptaron cuando salía de una vivienda.",
            "La Policía Nacional lo buscaba desde 2020 por varios homicidios.",
            ("el Gato", "Policía Nacional"),
        ),
        (
            "en",
            "Carlos Ruiz, the alleged leader of a Tren de Aragua cell, was arrested in Miami.",
            "FBI agents stopped him at a gas station on Tuesday morning.",
            "FBI agents had tracked him for months before the arrest.",
            ("Carlos Ruiz", "Federal Bureau of Investigation"),
        ),
        (
            "pt",
            'Marcelo Dias, o "Tubarão", apontado como chefe do Comando Vermelho em Niterói, foi preso nesta terça.',
            "Agentes da Polícia Rodoviária Federal o abordaram em uma blitz na BR-101.",
            "A Polícia Rodoviária Federal o procurava desde 2021.",
            ("Marcelo Dias", "Polícia Rodoviária Federal"),
        ),
    ],
)
def test_an_agency_that_takes_the_person_right_after_an_arrest_told_without_agent_made_it(
    rules, lang: str, arrest: str, taken: str, sought: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(f"{arrest} {taken}", lang)
    assert pair not in rules.arrests(f"{arrest} {sought}", lang)


@pytest.mark.parametrize(
    ("lang", "arrest", "retold", "inquiry", "pair"),
    [
        (
            "pt",
            "Três integrantes do PCC foram presos nesta terça-feira em Campinas.",
            "A operação, batizada de Fronteira Fechada, foi deflagrada pela Polícia Federal.",
            "A investigação, batizada de Fronteira Fechada, foi comandada pela Polícia Federal.",
            ("Primeiro Comando da Capital", "Polícia Federal"),
        ),
        (
            "es",
            "Tres integrantes del Tren de Aragua fueron capturados en Cúcuta.",
            "El operativo fue encabezado por la Dijín.",
            "La investigación fue encabezada por la Dijín.",
            ("Tren de Aragua", "Dijín"),
        ),
        (
            "en",
            "Three members of Tren de Aragua were arrested in Denver.",
            "The raid was spearheaded by the FBI.",
            "The investigation was spearheaded by the FBI.",
            ("Tren de Aragua", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_more_verbs_of_carrying_out_a_retold_arrest_name_its_agent(
    rules, lang: str, arrest: str, retold: str, inquiry: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(f"{arrest} {retold}", lang)
    assert pair not in rules.arrests(f"{arrest} {inquiry}", lang)


def test_one_warrant_served_is_an_arrest_and_one_only_issued_is_none(rules) -> None:
    served = (
        "A Polícia Civil cumpriu mandado de prisão contra Jorge Luiz Batista, apontado como chefe do PCC, "
        "em Sorocaba."
    )
    issued = "A Justiça expediu mandado de prisão contra Jorge Luiz Batista, chefe do PCC, a pedido da Polícia Civil."
    open_warrant = "Jorge Luiz Batista, chefe do PCC, tem mandado de prisão em aberto e é procurado pela Polícia Federal."
    assert ("Jorge Luiz Batista", "Polícia Civil") in rules.arrests(served, "pt")
    assert not rules.arrests(issued, "pt")
    assert not rules.arrests(open_warrant, "pt")


def test_an_apprehension_order_carried_out_is_an_arrest_and_one_only_issued_is_none(rules) -> None:
    served = (
        "Elementos de la Fiscalía General de la República cumplimentaron una orden de aprehensión contra "
        "Omar Beltrán, jefe de sicarios del Cártel de Sinaloa."
    )
    issued = (
        "Un juez federal giró una orden de aprehensión contra Omar Beltrán, jefe de sicarios del Cártel de "
        "Sinaloa, a petición de la Fiscalía General de la República."
    )
    assert ("Omar Beltrán", "Fiscalía General de la República") in rules.arrests(served, "es")
    assert not rules.arrests(issued, "es")


@pytest.mark.parametrize(
    ("lang", "text", "made", "crossed"),
    [
        (
            "es",
            'La Policía Nacional capturó a alias "el Zarco", cabecilla de Los Lobos, mientras que alias '
            '"Pitufo", de Los Choneros, fue detenido por el Ejército.',
            {("Los Lobos", "Policía Nacional"), ("Los Choneros", "Ejército")},
            {("Los Lobos", "Ejército"), ("Los Choneros", "Policía Nacional")},
        ),
        (
            "pt",
            "A Polícia Civil prendeu Jorge Luiz Batista, chefe do PCC, enquanto Marcelo Dias, chefe do "
            "Comando Vermelho, foi preso pela Polícia Federal.",
            {("Primeiro Comando da Capital", "Polícia Civil"), ("Comando Vermelho", "Polícia Federal")},
            {("Primeiro Comando da Capital", "Polícia Federal"), ("Comando Vermelho", "Polícia Civil")},
        ),
        (
            "en",
            "Police arrested Juan Vega, a leader of the Gulf Clan; Pedro Ruiz, a commander of the ELN, was "
            "detained by the Colombian Army.",
            {("Pedro Ruiz", "Colombian Army")},
            {("Gulf Clan", "Colombian Army"), ("Juan Vega", "Colombian Army")},
        ),
    ],
)
def test_two_arrests_in_contrasted_clauses_pair_each_group_with_its_own_agency(
    ex, lang: str, text: str, made: set[tuple[str, str]], crossed: set[tuple[str, str]]
) -> None:
    found = ex.arrests(text, lang)
    assert made <= found
    assert not crossed & found


def test_one_arrest_with_a_contrast_clause_keeps_its_agency(ex) -> None:
    text = (
        "Juan Vega, a leader of the Gulf Clan, was arrested by the Colombian National Police while trying "
        "to cross into Venezuela."
    )
    assert ("Gulf Clan", "Colombian National Police") in ex.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # a contrast or semicolon whose other clause names no agency of its own splits nothing
        (
            "es",
            "Ramiro Tello, jefe de Los Pulpos, fue detenido mientras la Policía Nacional realizaba un operativo "
            "en el Callao.",
            ("Ramiro Tello", "Policía Nacional"),
        ),
        (
            "en",
            "John Marlow, an MS-13 leader, was arrested in 2019 but released, and was arrested again by the "
            "FBI in 2021.",
            ("John Marlow", "Federal Bureau of Investigation"),
        ),
        (
            "pt",
            "Júlio Ramos, chefe do CV, foi preso enquanto a Polícia Militar fazia uma operação no Complexo da Maré.",
            ("Júlio Ramos", "Polícia Militar"),
        ),
        # hurt in the operation and then arrested: still an arrest
        (
            "pt",
            "Júlio Ramos, chefe do CV, ficou ferido durante a operação da Polícia Militar e foi preso.",
            ("Júlio Ramos", "Polícia Militar"),
        ),
    ],
)
def test_one_arrest_across_a_contrast_keeps_its_agency(rules, lang: str, text: str, pair) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence between may bring in whom the pronoun stands for
        (
            "es",
            "Ramiro Tello, jefe de Los Pulpos, fue capturado el lunes en Lima. Su chofer logró huir. Agentes "
            "de la Policía Nacional lo interceptaron horas después en la Panamericana.",
        ),
        (
            "pt",
            "Júlio Ramos, chefe do PCC, foi preso em Santos. Um caminhão com duas toneladas de cocaína seguia "
            "para o porto. Agentes da PRF o abordaram na BR-116.",
        ),
        # a warrant sought, not served
        (
            "es",
            "La Fiscalía busca cumplimentar una orden de aprehensión contra Ramiro Tello, jefe del CJNG, "
            "quien sigue prófugo.",
        ),
    ],
)
def test_a_pronoun_after_another_sentence_or_a_warrant_sought_is_no_arrest(
    rules, lang: str, text: str
) -> None:
    assert not rules.arrests(text, lang)


def test_a_list_of_bodies_in_a_joint_operation_are_all_partners(rules) -> None:
    text = (
        "Cinco integrantes del Clan del Golfo fueron capturados en un operativo conjunto de la Policía "
        "Nacional, del Ejército y de la Fiscalía."
    )
    pairs = rules.pairs(text, "es", "COOPERATES_WITH")
    assert {frozenset(("Ejército", "Policía Nacional")), frozenset(("Ejército", "Fiscalía"))} <= pairs
