"""Arrests told as a stop by a named agency, by "the police" of an article whose one police force
has another word for it, and where the agencies of an earlier arrest no longer reach."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Mario Quintal, the head of the Sinaloa Cartel, was stopped on a highway by the Federal "
            "Police, who handed him over to prosecutors.",
            ("Mario Quintal", "Federal Police"),
        ),
        (
            "en",
            "Two members of MS-13 were intercepted at a checkpoint by the Mexican Army.",
            ("Mara Salvatrucha", "Mexican Army"),
        ),
        (
            "es",
            "Mario Quintal, jefe del Tren de Aragua, fue interceptado en una carretera por la Policía Federal.",
            ("Mario Quintal", "Policía Federal"),
        ),
        (
            "pt",
            "Mario Quintal, chefe do Comando Vermelho, foi abordado em uma rodovia pela Polícia Rodoviária Federal.",
            ("Mario Quintal", "Polícia Rodoviária Federal"),
        ),
    ],
)
def test_people_stopped_by_a_named_agency_were_arrested_by_it(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A cocaine shipment of the Sinaloa Cartel was intercepted by the Mexican Navy."),
        ("es", "Un cargamento de cocaína del Clan del Golfo fue interceptado por la Armada de Colombia."),
        ("pt", "Um caminhão do Comando Vermelho foi abordado pela Polícia Rodoviária Federal."),
        # a stop with no agent named is no arrest by the agency named elsewhere in the sentence
        ("en", "Mario Quintal, the head of the Sinaloa Cartel, was stopped at the border, the FBI said."),
    ],
)
def test_a_load_stopped_or_a_stop_without_its_agent_is_no_arrest(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


def test_the_police_is_the_articles_one_constabulary(rules) -> None:
    text = (
        "In May, a joint operation by the Jamaica Constabulary Force and the Jamaica Defence Force "
        "entered the district. Desmond Pryce, the leader of the Shower Posse, was not found during the "
        "operation. He was captured by the police a month later at a checkpoint."
    )
    assert ("Desmond Pryce", "Jamaica Constabulary Force") in rules.arrests(text, "en")


def test_the_police_is_no_force_of_another_kind(rules) -> None:
    text = (
        "In May, troops of the Jamaica Defence Force entered the district. Desmond Pryce, the leader "
        "of the Shower Posse, was not found. He was captured by the police a month later."
    )
    assert ("Desmond Pryce", "Jamaica Defence Force") not in rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "made", "abroad"),
    [
        (
            "en",
            "Spanish Police arrested Tomas Berrio, the leader of the Sinaloa Cartel, in Malaga. "
            "Hugo Lerma, another leader of the Sinaloa Cartel, was arrested in Mexico.",
            ("Tomas Berrio", "Spanish Police"),
            ("Hugo Lerma", "Spanish Police"),
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó a Jorge Alves, líder del Tren de Aragua, en Lima. "
            "Hugo Lerma, otro cabecilla del Tren de Aragua, fue detenido en el Ecuador.",
            ("Jorge Alves", "Policía Nacional del Perú"),
            ("Hugo Lerma", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            "A Polícia Federal prendeu Pedro Saldanha, chefe do Comando Vermelho, em São Paulo. "
            "Hugo Lerma, outro chefe do Comando Vermelho, foi preso no Paraguai.",
            ("Pedro Saldanha", "Polícia Federal"),
            ("Hugo Lerma", "Polícia Federal"),
        ),
    ],
)
def test_an_earlier_arrests_agency_does_not_reach_an_arrest_in_another_country(
    rules, lang: str, text: str, made: tuple[str, str], abroad: tuple[str, str]
) -> None:
    found = rules.arrests(text, lang)
    assert made in found
    assert abroad not in found


def test_an_earlier_arrests_agency_reaches_an_arrest_in_its_own_country(rules) -> None:
    text = (
        "La Policía Nacional del Perú capturó a Jorge Alves, líder del Tren de Aragua, en Lima. "
        "Hugo Lerma, otro cabecilla del Tren de Aragua, fue detenido en el Perú."
    )
    assert ("Hugo Lerma", "Policía Nacional del Perú") in rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Hugo Lerma, the leader of the Sinaloa Cartel, was arrested in Texas by the FBI. "
            "The Drug Enforcement Administration-led operation lasted six months.",
            ("Hugo Lerma", "Drug Enforcement Administration"),
        ),
        (
            "es",
            "Hugo Lerma, cabecilla de la Mara Salvatrucha, fue detenido en México y entregado a agentes "
            "del FBI. La captura se produjo en Chiapas, donde agentes del Instituto Nacional de "
            "Migración (INM) lo interceptaron con documentos falsos.",
            ("Hugo Lerma", "Instituto Nacional de Migración"),
        ),
        (
            "pt",
            "Hugo Lerma, chefe do Comando Vermelho, foi preso pela Polícia Federal em Santos. A prisão "
            "ocorreu no porto, onde agentes da Receita Federal o abordaram.",
            ("Hugo Lerma", "Receita Federal"),
        ),
    ],
)
def test_an_agency_acting_in_the_arrest_told_again_made_it(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "Hugo Lerma, the leader of the Sinaloa Cartel, was arrested in Texas by the FBI. "
            "The arrest came weeks after the Treasury Department sanctioned him.",
            "Treasury Department",
        ),
        (
            "es",
            "Hugo Lerma, cabecilla de la Mara Salvatrucha, fue detenido por agentes del FBI. La captura "
            "se produjo en Chiapas, donde la Fiscalía General lo buscaba desde 2019.",
            "Fiscalía General",
        ),
        (
            "en",
            "Hugo Lerma, the leader of the Sinaloa Cartel, was arrested in Texas by the FBI. "
            "The DEA-led investigation had tracked him for years.",
            "Drug Enforcement Administration",
        ),
    ],
)
def test_an_agency_only_named_beside_the_arrest_told_again_did_not_make_it(
    rules, lang: str, text: str, agency: str
) -> None:
    assert ("Hugo Lerma", agency) not in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "made", "other"),
    [
        (
            "en",
            "The Treasury Department sanctioned the Tren de Aragua weeks after Venezuelan police "
            "arrested Luis Ortega, one of its leaders.",
            ("Luis Ortega", "Venezuelan police"),
            "Treasury Department",
        ),
        (
            "pt",
            "O Departamento do Tesouro sancionou o PCC semanas depois que a Polícia Federal prendeu "
            "Luis Ortega, um dos chefes da facção.",
            ("Luis Ortega", "Polícia Federal"),
            "Departamento do Tesouro",
        ),
    ],
)
def test_an_agency_before_a_time_clause_with_its_own_arrester_did_not_arrest(
    rules, lang: str, text: str, made: tuple[str, str], other: str
) -> None:
    found = rules.arrests(text, lang)
    assert made in found
    assert (made[0], other) not in found


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "Prosecutors at the Attorney General's Office charged Pedro Saldana, a leader of MS-13, "
            "with murder after his arrest in Honduras.",
            "Attorney General's Office",
        ),
        (
            "es",
            "La Fiscalía General acusó a Pedro Saldaña, cabecilla de la Mara Salvatrucha, de homicidio "
            "tras su captura en Honduras.",
            "Fiscalía General",
        ),
        (
            "pt",
            "O Ministério Público denunciou Pedro Saldanha, chefe do Comando Vermelho, por homicídio "
            "após sua prisão no Paraguai.",
            "Ministério Público",
        ),
    ],
)
def test_an_agency_acting_after_a_persons_arrest_did_not_make_it(
    rules, lang: str, text: str, agency: str
) -> None:
    assert not any(found == agency for _, found in rules.arrests(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Police officers of the Federal Police arrested Pedro Saldana, a leader of MS-13, after his "
            "escape from prison.",
            ("Pedro Saldana", "Federal Police"),
        ),
        (
            "es",
            "La Policía Nacional capturó a Pedro Saldaña, cabecilla de la Mara Salvatrucha, tras una "
            "persecución y lo entregó a la Fiscalía tras su detención.",
            ("Pedro Saldaña", "Policía Nacional"),
        ),
    ],
)
def test_an_agency_that_arrests_before_a_time_clause_still_made_the_arrest(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "earlier"),
    [
        (
            "en",
            "Spanish Police arrested Tomas Berrio, the leader of the Sinaloa Cartel, in Malaga. "
            "Mexico arrested Hugo Lerma, another leader of the Sinaloa Cartel, a week later.",
            "Spanish Police",
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó a Jorge Alves, líder del Tren de Aragua. México "
            "capturó a Hugo Lerma, otro cabecilla del Tren de Aragua, días después.",
            "Policía Nacional del Perú",
        ),
        (
            "pt",
            "A Polícia Federal prendeu Pedro Saldanha, chefe do Comando Vermelho. O Paraguai prendeu "
            "Hugo Lerma, outro chefe do Comando Vermelho, dias depois.",
            "Polícia Federal",
        ),
    ],
)
def test_an_arrest_made_by_a_country_is_not_the_earlier_arrests_agencys(
    rules, lang: str, text: str, earlier: str
) -> None:
    assert ("Hugo Lerma", earlier) not in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "made", "seeker"),
    [
        (
            "en",
            "Tomas Berrio, the leader of the Gulf Clan, who was wanted by the DEA on drug charges, was "
            "arrested by Colombian police in Medellin.",
            ("Tomas Berrio", "Colombian police"),
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Tomás Berrío, cabecilla del Clan del Golfo, que era requerido por la DEA, fue capturado por "
            "la Policía Nacional en Medellín.",
            ("Tomás Berrío", "Policía Nacional"),
            "Drug Enforcement Administration",
        ),
        (
            "pt",
            "Tomás Berrio, chefe do Comando Vermelho, que era procurado pela Interpol, foi preso pela "
            "Polícia Federal no Rio.",
            ("Tomás Berrio", "Polícia Federal"),
            "Interpol",
        ),
    ],
)
def test_the_agency_a_person_was_wanted_by_neither_arrested_nor_hides_the_arrest(
    ex, rules, lang: str, text: str, made: tuple[str, str], seeker: str
) -> None:
    assert made in rules.arrests(text, lang)
    assert (made[0], seeker) not in ex.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "Ramon Tirado, the leader of the Jalisco New Generation Cartel, was arrested in Mexico; the "
            "DEA had been tracking him for years.",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Luis Ortega, cabecilla del Tren de Aragua, fue capturado en Chile y será extraditado a "
            "Estados Unidos, donde lo investiga el FBI.",
            "Federal Bureau of Investigation",
        ),
        (
            "pt",
            "Luis Ortega, chefe do PCC, foi preso no Paraguai e será extraditado para o Brasil, onde a "
            "Polícia Federal o investiga.",
            "Polícia Federal",
        ),
        (
            "en",
            "The Treasury Department sanctioned the Tren de Aragua weeks after Venezuelan police "
            "arrested Luis Ortega, one of its leaders.",
            "Treasury Department",
        ),
    ],
)
def test_the_learned_stage_keeps_agencies_outside_the_arrest_out(
    ex, lang: str, text: str, agency: str
) -> None:
    assert not any(found == agency for _, found in ex.arrests(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "en",
            "Carlos Ibarra Zamora, who co-founded the Sinaloa Cartel, was taken into custody at an airport "
            "in Texas.\n\nHe was not alone. Aboard the plane was Mateo Ruiz López, who together with his "
            "brothers Iván Ruiz Salazar and Jesús Ruiz Salazar runs Los Chapitos. Both men were arrested on "
            "the tarmac by agents of the FBI.",
            "Carlos Ibarra Zamora",
            "Mateo Ruiz López",
        ),
        (
            "es",
            "Carlos Ibarra Zamora, fundador del Cártel de Sinaloa, aterrizó en Texas.\n\nÉl no viajaba solo. "
            "En el avión iba Mateo Ruiz López, quien junto con sus hermanos Iván Ruiz Salazar y Jesús Ruiz "
            "Salazar dirige Los Chapitos. Ambos fueron detenidos en la pista por agentes del FBI.",
            "Carlos Ibarra Zamora",
            "Mateo Ruiz López",
        ),
    ],
)
def test_both_men_are_the_leader_of_the_paragraph_before_and_the_one_beside_his_brothers(
    rules, lang: str, text: str, first: str, second: str
) -> None:
    found = rules.arrests(text, lang)
    assert (first, "Federal Bureau of Investigation") in found
    assert (second, "Federal Bureau of Investigation") in found
    assert ("Iván Ruiz Salazar", "Federal Bureau of Investigation") not in found


def test_both_men_do_not_reach_a_paragraph_that_goes_on_without_a_pronoun(rules) -> None:
    text = (
        "Carlos Ibarra Zamora, who co-founded the Sinaloa Cartel, was taken into custody at an airport "
        "in Texas.\n\nThe plane had left Culiacan. Aboard it was Mateo Ruiz López, who together with his "
        "brothers Iván Ruiz Salazar and Jesús Ruiz Salazar runs Los Chapitos. Both men were arrested on "
        "the tarmac by agents of the FBI."
    )
    assert ("Carlos Ibarra Zamora", "Federal Bureau of Investigation") not in rules.arrests(text, "en")
