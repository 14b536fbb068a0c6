"""Precision of the arrest rules: what an arrest word in a sentence does not reach.

Each case that must make no arrest has one beside it, worded alike, that must (see
:mod:`kg.extract.arrest_scope`).
"""

from __future__ import annotations

import pytest


def arrested(extractor, text: str, lang: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "ARRESTED_BY"}


PUMAS = ("Los Pumas", "Honduran National Police")
MALDITOS = ("Los Malditos", "Policía Nacional")
SERRA = ("Tropa da Serra", "Polícia Federal")


@pytest.mark.parametrize(
    ("lang", "made", "unmade"),
    [
        (
            "en",
            "The Honduran National Police managed to arrest leaders of the Los Pumas gang.",
            "The Honduran National Police plans to arrest leaders of the Los Pumas gang.",
        ),
        (
            "en",
            "The Honduran National Police served arrest warrants on leaders of the Los Pumas gang.",
            "The Honduran National Police issued arrest warrants for leaders of the Los Pumas gang.",
        ),
        (
            "en",
            "The Honduran National Police arrested the leader of the Los Pumas gang, who had escaped.",
            "The Honduran National Police tried to arrest the leader of the Los Pumas gang, who escaped.",
        ),
        (
            "es",
            "La Policía Nacional logró la captura de tres jefes de la banda Los Malditos.",
            "La Policía Nacional pidió la captura de tres jefes de la banda Los Malditos.",
        ),
        (
            "es",
            "La Policía Nacional ejecutó órdenes de captura contra miembros de la banda Los Malditos.",
            "La Policía Nacional emitió órdenes de captura contra miembros de la banda Los Malditos.",
        ),
        (
            "pt",
            "A Polícia Federal cumpriu mandados de prisão contra integrantes da facção Tropa da Serra.",
            "A Polícia Federal expediu mandados de prisão contra integrantes da facção Tropa da Serra.",
        ),
    ],
)
def test_an_arrest_planned_tried_ordered_or_asked_for_is_none(ex, lang, made, unmade) -> None:  # type: ignore[no-untyped-def]
    assert arrested(ex, made, lang)
    assert not arrested(ex, unmade, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact", "made"),
    [
        (
            "es",
            "La Policía Nacional creó una unidad para desarticular a la banda Los Malditos.",
            MALDITOS,
            False,
        ),
        ("es", "La Policía Nacional desarticuló a la banda Los Malditos en Lima.", MALDITOS, True),
        (
            "en",
            "The Honduran National Police said the Los Pumas gang runs a money-laundering operation in Miami.",
            PUMAS,
            False,
        ),
        (
            "en",
            "Members of the Los Pumas gang were arrested in an anti-drug operation of the Honduran National Police.",
            PUMAS,
            True,
        ),
        (
            "pt",
            "Presos da facção Tropa da Serra foram transferidos pela Polícia Federal para outro presídio.",
            SERRA,
            False,
        ),
        (
            "pt",
            "Dois integrantes da facção Tropa da Serra foram presos pela Polícia Federal.",
            SERRA,
            True,
        ),
        (
            "es",
            "La Policía Nacional intervino la cárcel controlada por la banda Los Malditos.",
            MALDITOS,
            False,
        ),
        (
            "es",
            "La Policía Nacional intervino a cuatro miembros de la banda Los Malditos en Lima.",
            MALDITOS,
            True,
        ),
    ],
)
def test_a_purpose_a_gangs_own_operation_inmates_or_a_prison_is_no_arrest(
    rules, lang, text, fact, made
) -> None:  # type: ignore[no-untyped-def]
    assert (fact in arrested(rules, text, lang)) is made


@pytest.mark.parametrize(
    ("lang", "text", "fact", "hit"),
    [
        (
            "en",
            "The Honduran National Police arrested two gunmen who killed a member of the Los Pumas gang.",
            PUMAS,
            False,
        ),
        (
            "en",
            "The Honduran National Police arrested two members of the Los Pumas gang who killed a shopkeeper.",
            PUMAS,
            True,
        ),
        (
            "es",
            "La Policía Nacional detuvo a dos sicarios que asesinaron a un miembro de la banda Los Malditos.",
            MALDITOS,
            False,
        ),
        (
            "es",
            "La Policía Nacional capturó a dos sospechosos del ataque de la banda Los Malditos.",
            MALDITOS,
            True,
        ),
        (
            "pt",
            "A Polícia Federal prendeu dois suspeitos de matar um integrante da facção Tropa da Serra.",
            SERRA,
            False,
        ),
        (
            "pt",
            "A Polícia Federal prendeu dois integrantes da facção Tropa da Serra suspeitos de matar um comerciante.",
            SERRA,
            True,
        ),
    ],
)
def test_the_victim_of_the_people_arrested_is_not_hit(rules, lang, text, fact, hit) -> None:  # type: ignore[no-untyped-def]
    assert (fact in arrested(rules, text, lang)) is hit


@pytest.mark.parametrize(
    ("lang", "text", "fact", "hit"),
    [
        (
            "es",
            "Ningún integrante de la banda Los Malditos fue detenido por la Policía Nacional.",
            MALDITOS,
            False,
        ),
        (
            "es",
            "Un integrante de la banda Los Malditos fue detenido por la Policía Nacional.",
            MALDITOS,
            True,
        ),
        (
            "pt",
            "Nenhum integrante da facção Tropa da Serra foi preso pela Polícia Federal.",
            SERRA,
            False,
        ),
        (
            "en",
            "The Colombian Navy arrested two men and seized cocaine belonging to the Los Pumas gang.",
            ("Los Pumas", "Colombian Navy"),
            False,
        ),
        (
            "en",
            "The Colombian Navy arrested two members of the Los Pumas gang and seized cocaine.",
            ("Los Pumas", "Colombian Navy"),
            True,
        ),
        (
            "es",
            "La Policía Nacional capturó a dos hombres y decomisó armas de la banda Los Malditos.",
            MALDITOS,
            False,
        ),
    ],
)
def test_a_denied_subject_or_the_owner_of_goods_seized_is_not_hit(rules, lang, text, fact, hit) -> None:  # type: ignore[no-untyped-def]
    assert (fact in arrested(rules, text, lang)) is hit


@pytest.mark.parametrize(
    ("lang", "text", "fact", "hit"),
    [
        (
            "en",
            "The Honduran National Police arrested five police officers suspected of working for the Los Pumas gang.",
            PUMAS,
            False,
        ),
        (
            "en",
            "The Honduran National Police arrested five hitmen suspected of working for the Los Pumas gang.",
            PUMAS,
            True,
        ),
        (
            "es",
            "La Policía Nacional capturó a tres policías acusados de colaborar con la banda Los Malditos.",
            MALDITOS,
            False,
        ),
        (
            "es",
            "La Policía Nacional detuvo a dos extorsionadores en un barrio controlado por la banda Los Malditos.",
            MALDITOS,
            False,
        ),
        (
            "es",
            "La Policía Nacional detuvo a dos miembros de la banda Los Malditos en un barrio de Lima.",
            MALDITOS,
            True,
        ),
        (
            "pt",
            "A Polícia Federal prendeu dois policiais suspeitos de trabalhar para a facção Tropa da Serra.",
            SERRA,
            False,
        ),
    ],
)
def test_officials_who_served_a_group_or_its_turf_are_not_its_members(rules, lang, text, fact, hit) -> None:  # type: ignore[no-untyped-def]
    assert (fact in arrested(rules, text, lang)) is hit


@pytest.mark.parametrize(
    ("lang", "text", "fact", "hit"),
    [
        (
            "en",
            "The Honduran National Police arrested two men in Tegucigalpa, and the Los Pumas gang has since "
            "expanded into Guatemala.",
            PUMAS,
            False,
        ),
        (
            "en",
            "The Honduran National Police arrested two men in Tegucigalpa, and three members of the Los Pumas gang.",
            PUMAS,
            True,
        ),
        (
            "pt",
            "A Polícia Federal prendeu dois homens em Manaus, e a facção Tropa da Serra continua a dominar a periferia.",
            SERRA,
            False,
        ),
    ],
)
def test_a_group_that_opens_a_later_clause_is_not_hit(rules, lang, text, fact, hit) -> None:  # type: ignore[no-untyped-def]
    assert (fact in arrested(rules, text, lang)) is hit


@pytest.mark.parametrize(
    ("lang", "text", "arrester", "other"),
    [
        (
            "en",
            "The Honduran National Police arrested three members of the Los Pumas gang on Monday, "
            "the Justice Department said.",
            "Honduran National Police",
            "Justice Department",
        ),
        (
            "es",
            "El Ministerio de Seguridad felicitó a la Policía Nacional por la captura de tres integrantes "
            "de la banda Los Malditos.",
            "Policía Nacional",
            "Ministerio de Seguridad",
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue detenido por la Policía Nacional de España "
            "a solicitud de la DEA.",
            "Policía Nacional de España",
            "Drug Enforcement Administration",
        ),
        (
            "en",
            "Juan Ortega, the leader of the Los Pumas gang, was arrested in Spain by the Spanish National Police "
            "and extradited to the United States, where the DEA had charged him.",
            "Spanish National Police",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue detenido en Madrid por la Policía Nacional de España, "
            "y la Fiscalía de Guatemala pidió su extradición.",
            "Policía Nacional de España",
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
            "arrested by the Spanish National Police in Madrid.",
            "Spanish National Police",
            "Interpol",
        ),
        (
            "es",
            "El líder de la banda Los Malditos, detenido en 2019 por la Policía Nacional, fue condenado "
            "por un tribunal de la Fiscalía.",
            "Policía Nacional",
            "Fiscalía",
        ),
    ],
)
def test_an_agency_that_tells_praises_asks_for_or_follows_the_arrest_did_not_make_it(  # type: ignore[no-untyped-def]
    rules, lang, text, arrester, other
) -> None:
    agencies = {b for _, b in arrested(rules, text, lang)}
    assert arrester in agencies
    assert other not in agencies


@pytest.mark.parametrize(
    ("lang", "text", "agencies"),
    [
        (
            "en",
            "The leader of the Los Pumas gang has been arrested, the Honduran National Police said.",
            {"Honduran National Police"},
        ),
        (
            "en",
            "Juan Ortega, the leader of the Los Pumas gang, was arrested in Madrid, in a Civil Guard operation.",
            {"Civil Guard"},
        ),
        (
            "en",
            "Juan Ortega, the leader of the Los Pumas gang, was arrested in Madrid, with help from the FBI.",
            {"Federal Bureau of Investigation"},
        ),
        (
            "es",
            "Luis Romero, líder de la banda Los Malditos, fue capturado por la Policía Nacional, el Ejército "
            "y la Fiscalía.",
            {"Policía Nacional", "Ejército", "Fiscalía"},
        ),
        (
            "pt",
            "Paulo Lima, chefe da facção Tropa da Serra, foi preso em Salvador, em uma operação da Polícia Federal.",
            {"Polícia Federal"},
        ),
    ],
)
def test_an_agency_that_tells_its_own_arrest_or_is_tied_to_it_made_it(rules, lang, text, agencies) -> None:  # type: ignore[no-untyped-def]
    assert {b for _, b in arrested(rules, text, lang)} == agencies


def test_a_leader_of_two_groups_hits_only_the_group_his_arrest_names(rules) -> None:  # type: ignore[no-untyped-def]
    told = "Juan Ortega is the leader of the Los Pumas gang. Juan Ortega founded the Red Scorpions gang in 2010. "
    unnamed = arrested(rules, told + "Ortega was arrested by the Honduran National Police in May.", "en")
    assert unnamed == {("Juan Ortega", "Honduran National Police")}
    named = arrested(
        rules,
        told + "Ortega, the boss of the Los Pumas gang, was arrested by the Honduran National Police in May.",
        "en",
    )
    assert PUMAS in named
    assert ("Red Scorpions", "Honduran National Police") not in named
    one = "Juan Ortega, the leader of the Los Pumas gang, fled in 2015. Ortega was arrested by the Honduran National Police in May."
    assert PUMAS in arrested(rules, one, "en")


def test_the_learned_stage_keeps_to_the_scope_of_the_arrest_rules(ex) -> None:  # type: ignore[no-untyped-def]
    planned = "The Honduran National Police plans to arrest leaders of the Los Pumas gang."
    assert not arrested(ex, planned, "en")
    victim = (
        "The Honduran National Police arrested three Los Pumas members suspected of murdering a leader of "
        "the Red Scorpions gang."
    )
    assert ("Red Scorpions", "Honduran National Police") not in arrested(ex, victim, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("pt", "Dois integrantes da facção Tropa da Serra foram recapturados pela Polícia Federal.", SERRA),
        (
            "en",
            "The Honduran National Police raided a house in Tegucigalpa, arresting three members of the Los Pumas gang.",
            PUMAS,
        ),
        (
            "es",
            "La Policía Nacional allanó una casa, deteniendo a dos miembros de la banda Los Malditos.",
            MALDITOS,
        ),
    ],
)
def test_more_arrest_word_forms(rules, lang, text, fact) -> None:  # type: ignore[no-untyped-def]
    assert fact in arrested(rules, text, lang)
