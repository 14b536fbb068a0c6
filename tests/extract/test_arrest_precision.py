"""Precision of the arrest rules: what an arrest word in a sentence does not reach.

Each case that must make no arrest has one beside it, worded alike, that must (see
:mod:`kg.extract.unmade_arrests`, :mod:`kg.extract.arrest_scope` and :mod:`kg.extract.arrest_agents`).
"""

from __future__ import annotations

import pytest

PUMAS = ("Los Pumas", "Federal Bureau of Investigation")
MALDITOS = ("Los Malditos", "Policía Nacional")
SERRA = ("Tropa da Serra", "Polícia Federal")

# An arrest planned, tried, ordered or asked for, a purpose, a gang's own operation,
# inmates and a prison taken over are no arrest.
UNMADE = [
    ("en", "The FBI managed to arrest leaders of the Los Pumas gang.", PUMAS, True),
    ("en", "The FBI plans to arrest leaders of the Los Pumas gang.", PUMAS, False),
    ("en", "The FBI arrested the leader of the Los Pumas gang, who had escaped.", PUMAS, True),
    ("en", "The FBI tried to arrest the leader of the Los Pumas gang, who escaped.", PUMAS, False),
    ("en", "The FBI served arrest warrants on leaders of the Los Pumas gang.", PUMAS, True),
    ("en", "The FBI issued arrest warrants for leaders of the Los Pumas gang.", PUMAS, False),
    ("es", "La Policía Nacional logró la captura de jefes de la banda Los Malditos.", MALDITOS, True),
    ("es", "La Policía Nacional pidió la captura de jefes de la banda Los Malditos.", MALDITOS, False),
    ("es", "La Policía Nacional ejecutó órdenes de captura contra la banda Los Malditos.", MALDITOS, True),
    ("es", "La Policía Nacional emitió órdenes de captura contra la banda Los Malditos.", MALDITOS, False),
    ("pt", "A Polícia Federal cumpriu mandados de prisão contra a facção Tropa da Serra.", SERRA, True),
    ("pt", "A Polícia Federal expediu mandados de prisão contra a facção Tropa da Serra.", SERRA, False),
    ("es", "La Policía Nacional desarticuló a la banda Los Malditos en Lima.", MALDITOS, True),
    ("es", "La Policía Nacional creó una unidad para desarticular a la banda Los Malditos.", MALDITOS, False),
    ("en", "Members of the Los Pumas gang were held in an anti-drug operation of the FBI.", PUMAS, True),
    ("en", "The FBI said the Los Pumas gang runs a money-laundering operation.", PUMAS, False),
    ("pt", "Dois integrantes da facção Tropa da Serra foram presos pela Polícia Federal.", SERRA, True),
    ("pt", "Presos da facção Tropa da Serra foram transferidos pela Polícia Federal.", SERRA, False),
    ("es", "La Policía Nacional intervino a cuatro miembros de la banda Los Malditos.", MALDITOS, True),
    ("es", "La Policía Nacional intervino la cárcel controlada por la banda Los Malditos.", MALDITOS, False),
]

# A group named as the victim, rival or ally, denied, the owner of goods seized, served by
# officials or whose turf it was, or opening a later clause, was not hit.
NOT_HIT = [
    ("en", "The FBI arrested two members of the Los Pumas gang who killed a shopkeeper.", PUMAS, True),
    ("en", "The FBI arrested two gunmen who killed a member of the Los Pumas gang.", PUMAS, False),
    ("es", "La Policía Nacional capturó a sospechosos del ataque de la banda Los Malditos.", MALDITOS, True),
    (
        "es",
        "La Policía Nacional detuvo a sicarios que mataron a un miembro de la banda Los Malditos.",
        MALDITOS,
        False,
    ),
    ("pt", "A Polícia Federal prendeu integrantes da facção Tropa da Serra suspeitos de matar.", SERRA, True),
    (
        "pt",
        "A Polícia Federal prendeu suspeitos de matar um integrante da facção Tropa da Serra.",
        SERRA,
        False,
    ),
    ("en", "The FBI arrested two members of the rival Los Pumas gang.", PUMAS, True),
    ("en", "The FBI arrested two men from a crew at war with the Los Pumas gang.", PUMAS, False),
    (
        "es",
        "La Policía Nacional capturó a dos hombres de una célula aliada a la banda Los Malditos.",
        MALDITOS,
        False,
    ),
    (
        "pt",
        "A Polícia Federal prendeu dois homens de uma quadrilha aliada à facção Tropa da Serra.",
        SERRA,
        False,
    ),
    ("pt", "A Polícia Federal prendeu cinco homens ligados à facção Tropa da Serra.", SERRA, True),
    ("es", "Un integrante de la banda Los Malditos fue detenido por la Policía Nacional.", MALDITOS, True),
    (
        "es",
        "Ningún integrante de la banda Los Malditos fue detenido por la Policía Nacional.",
        MALDITOS,
        False,
    ),
    ("pt", "Um integrante da facção Tropa da Serra foi preso pela Polícia Federal.", SERRA, True),
    ("pt", "Nenhum integrante da facção Tropa da Serra foi preso pela Polícia Federal.", SERRA, False),
    ("en", "The FBI arrested two members of the Los Pumas gang and seized cocaine.", PUMAS, True),
    ("en", "The FBI arrested two men and seized cocaine belonging to the Los Pumas gang.", PUMAS, False),
    (
        "es",
        "La Policía Nacional capturó a dos hombres y decomisó armas de la banda Los Malditos.",
        MALDITOS,
        False,
    ),
    ("en", "The FBI arrested five hitmen suspected of working for the Los Pumas gang.", PUMAS, True),
    (
        "en",
        "The FBI arrested five police officers suspected of working for the Los Pumas gang.",
        PUMAS,
        False,
    ),
    (
        "es",
        "La Policía Nacional capturó a tres policías que colaboraban con la banda Los Malditos.",
        MALDITOS,
        False,
    ),
    (
        "pt",
        "A Polícia Federal prendeu dois policiais que trabalhavam para a facção Tropa da Serra.",
        SERRA,
        False,
    ),
    (
        "es",
        "La Policía Nacional detuvo a dos miembros de la banda Los Malditos en un barrio.",
        MALDITOS,
        True,
    ),
    (
        "es",
        "La Policía Nacional detuvo a dos hombres en un barrio controlado por la banda Los Malditos.",
        MALDITOS,
        False,
    ),
    ("en", "The FBI arrested two men in Miami, and three members of the Los Pumas gang.", PUMAS, True),
    ("en", "The FBI arrested two men in Miami, and the Los Pumas gang has since expanded.", PUMAS, False),
    ("pt", "A Polícia Federal prendeu dois homens, e a facção Tropa da Serra segue forte.", SERRA, False),
]


@pytest.mark.parametrize(("lang", "text", "fact", "hit"), UNMADE + NOT_HIT)
def test_an_arrest_reaches_only_the_group_it_hit(rules, lang, text, fact, hit) -> None:  # type: ignore[no-untyped-def]
    assert (fact in rules.arrests(text, lang)) is hit


@pytest.mark.parametrize(
    ("lang", "text", "arrester", "other"),
    [
        (
            "en",
            "The Honduran National Police arrested three members of the Los Pumas gang, the Justice Department said.",
            "Honduran National Police",
            "Justice Department",
        ),
        (
            "es",
            "El Ministerio de Seguridad felicitó a la Policía Nacional por la captura de miembros de la banda "
            "Los Malditos.",
            "Policía Nacional",
            "Ministerio de Seguridad",
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue detenido por la Policía Nacional a solicitud de la DEA.",
            "Policía Nacional",
            "Drug Enforcement Administration",
        ),
        (
            "en",
            "Juan Ortega, the leader of the Los Pumas gang, was arrested by the Spanish National Police and "
            "extradited to the United States, where the DEA had charged him.",
            "Spanish National Police",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue detenido por la Policía Nacional, y la Fiscalía de "
            "Guatemala pidió su extradición.",
            "Policía Nacional",
            "Fiscalía de Guatemala",
        ),
        (
            "pt",
            "Paulo Lima, chefe da facção Tropa da Serra, foi preso pela Polícia Federal em maio, semanas depois "
            "de o Ministério Público denunciar a facção.",
            "Polícia Federal",
            "Ministério Público",
        ),
        (
            "en",
            "Interpol had issued a red notice for Juan Ortega, the leader of the Los Pumas gang, who was "
            "arrested by the Spanish National Police.",
            "Spanish National Police",
            "Interpol",
        ),
        (
            "es",
            "El líder de la banda Los Malditos, detenido en 2019 por la Policía Nacional, fue condenado por un "
            "tribunal de la Fiscalía.",
            "Policía Nacional",
            "Fiscalía",
        ),
    ],
)
def test_an_agency_that_tells_praises_asks_for_or_follows_the_arrest_did_not_make_it(  # type: ignore[no-untyped-def]
    rules, lang, text, arrester, other
) -> None:
    agencies = {b for _, b in rules.arrests(text, lang)}
    assert arrester in agencies
    assert other not in agencies


@pytest.mark.parametrize(
    ("lang", "text", "agencies"),
    [
        ("en", "The leader of the Los Pumas gang has been arrested, the FBI said.", {PUMAS[1]}),
        (
            "en",
            "Juan Ortega, of the Los Pumas gang, was arrested in Madrid, in a Civil Guard operation.",
            {"Civil Guard"},
        ),
        (
            "en",
            "Juan Ortega, of the Los Pumas gang, was arrested in Madrid, with help from the FBI.",
            {PUMAS[1]},
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue capturado por la Policía Nacional, el Ejército y la "
            "Fiscalía.",
            {"Policía Nacional", "Ejército", "Fiscalía"},
        ),
        (
            "pt",
            "Paulo Lima, da facção Tropa da Serra, foi preso em Salvador, em uma operação da Polícia Federal.",
            {SERRA[1]},
        ),
    ],
)
def test_an_agency_that_tells_its_own_arrest_or_is_tied_to_it_made_it(rules, lang, text, agencies) -> None:  # type: ignore[no-untyped-def]
    assert {b for _, b in rules.arrests(text, lang)} == agencies


JOINT = {
    "en": "The Honduran National Police and the FBI carried out a joint operation on Monday. ",
    "es": "La Policía Nacional realizó un operativo conjunto con la DEA el lunes. ",
    "pt": "A Polícia Federal fez uma operação conjunta com a DEA na segunda-feira. ",
}


@pytest.mark.parametrize(
    ("lang", "cited", "plain", "carried"),
    [
        (
            "en",
            "Guatemalan police said a member of the Red Scorpions gang was arrested in Guatemala City.",
            "A member of the Red Scorpions gang was arrested in Tegucigalpa.",
            ("Red Scorpions", "Honduran National Police"),
        ),
        (
            "es",
            "Según la Policía de Guatemala, un miembro de la banda Los Malditos fue detenido en Ciudad de Guatemala.",
            "Un miembro de la banda Los Malditos fue detenido en Tegucigalpa.",
            MALDITOS,
        ),
        (
            "pt",
            "Segundo a Polícia Civil, um integrante da facção Tropa da Serra foi preso em Salvador.",
            "Um integrante da facção Tropa da Serra foi preso em Manaus.",
            SERRA,
        ),
    ],
)
def test_an_arrest_told_by_an_agency_is_not_the_operation_told_before(
    rules, lang, cited, plain, carried
) -> None:  # type: ignore[no-untyped-def]
    assert carried in rules.arrests(JOINT[lang] + plain, lang)
    assert carried not in rules.arrests(JOINT[lang] + cited, lang)


def test_a_leader_of_two_groups_hits_only_the_group_his_arrest_names(rules) -> None:  # type: ignore[no-untyped-def]
    told = "Juan Ortega is the leader of the Los Pumas gang. Juan Ortega founded the Red Scorpions gang in 2010. "
    unnamed = rules.arrests(told + "Ortega was arrested by the FBI in May.", "en")
    assert unnamed == {("Juan Ortega", PUMAS[1])}
    named = rules.arrests(
        told + "Ortega, the boss of the Los Pumas gang, was arrested by the FBI in May.", "en"
    )
    assert PUMAS in named
    assert ("Red Scorpions", PUMAS[1]) not in named
    one = (
        "Juan Ortega, the leader of the Los Pumas gang, fled in 2015. Ortega was arrested by the FBI in May."
    )
    assert PUMAS in rules.arrests(one, "en")


def test_the_learned_stage_keeps_to_the_scope_of_the_arrest_rules(ex) -> None:  # type: ignore[no-untyped-def]
    planned = "The Honduran National Police plans to arrest leaders of the Los Pumas gang."
    assert not ex.arrests(planned, "en")
    victim = (
        "The Honduran National Police arrested three Los Pumas members suspected of murdering a leader of "
        "the Red Scorpions gang."
    )
    assert ("Red Scorpions", "Honduran National Police") not in ex.arrests(victim, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("pt", "Dois integrantes da facção Tropa da Serra foram recapturados pela Polícia Federal.", SERRA),
        ("en", "The FBI raided a house in Miami, arresting three members of the Los Pumas gang.", PUMAS),
        (
            "es",
            "La Policía Nacional allanó una casa, deteniendo a dos miembros de la banda Los Malditos.",
            MALDITOS,
        ),
    ],
)
def test_more_arrest_word_forms(rules, lang, text, fact) -> None:  # type: ignore[no-untyped-def]
    assert fact in rules.arrests(text, lang)
