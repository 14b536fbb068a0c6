"""Alliances and rivalries told as events: a deal or a pact struck with a group ("struck a deal
with", "selló un pacto con", "fechou um acordo com") is an alliance; a war declared on a group, a
non-aggression pact, a rupture between two groups or a turf battle is a rivalry. An alliance that
only could be formed ("could form an alliance", "puedan formar una alianza", "possam se aliar")
is none. Beside each, what the cue must not read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

A = "ALLIED_WITH"
R = "RIVAL_OF"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            EN,
            "The Black Heron gang struck a deal with the Iron Fist gang to share the border crossing.",
        ),
        ("en", EN, "The Black Heron gang joined hands with the Iron Fist gang to control illegal mining."),
        (
            "es",
            ES,
            "La banda Los Halcones selló un pacto con la banda Los Coyotes para repartirse la frontera.",
        ),
        (
            "es",
            ES,
            "La banda Los Halcones llegó a un acuerdo con la banda Los Coyotes para repartirse el puerto.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão selou um pacto com a facção Comando Litorâneo no presídio."),
        ("pt", PT, "A facção Irmandade do Sertão chegou a um acordo com a facção Comando Litorâneo em 2023."),
    ],
)
def test_a_deal_or_pact_struck_with_a_group_is_an_alliance(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "Analysts fear that the Black Heron gang and the Iron Fist gang could form an alliance."),
        (
            "es",
            ES,
            "Analistas temen que la banda Los Halcones y la banda Los Coyotes puedan formar una alianza.",
        ),
        (
            "pt",
            PT,
            "Especialistas temem que a facção Irmandade do Sertão e a facção Comando Litorâneo possam se aliar.",
        ),
        (
            "en",
            EN,
            "A non-aggression pact between the Black Heron gang and the Iron Fist gang has held since May.",
        ),
    ],
)
def test_an_alliance_that_could_be_formed_or_a_truce_is_none(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            EN,
            "The Black Heron gang declared war on the Iron Fist gang after the killing of its founder.",
        ),
        (
            "en",
            EN,
            "A non-aggression pact between the Black Heron gang and the Iron Fist gang has held since May.",
        ),
        (
            "en",
            EN,
            "The Black Heron gang and the Iron Fist gang have fought a turf battle in the port for years.",
        ),
        (
            "en",
            EN,
            "The rupture between the Black Heron gang and the Iron Fist gang unleashed a wave of killings.",
        ),
        (
            "es",
            ES,
            "La ruptura entre la banda Los Halcones y la banda Los Coyotes desató una ola de violencia.",
        ),
        (
            "es",
            ES,
            "La banda Los Halcones y la banda Los Coyotes mantienen una sangrienta lucha territorial.",
        ),
        (
            "pt",
            PT,
            "O rompimento entre a facção Irmandade do Sertão e a facção Comando Litorâneo desencadeou rebeliões.",
        ),
        (
            "pt",
            PT,
            "O racha entre a facção Irmandade do Sertão e a facção Comando Litorâneo deixou dez mortos.",
        ),
    ],
)
def test_a_war_declared_a_rupture_or_a_turf_battle_is_a_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        # a peace agreement is most often a state's with a guerrilla: no rivalry of the groups it names
        (
            "es",
            ES,
            "La banda Los Halcones nació de los disidentes que rechazaron el acuerdo de paz firmado por la banda Los Coyotes.",
        ),
        ("en", EN, "The profits were split between the Black Heron gang and the Iron Fist gang."),
        ("pt", PT, "A facção Irmandade do Sertão declarou apoio à facção Comando Litorâneo."),
    ],
)
def test_what_the_rivalry_cues_must_not_read(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Los Lobos allied with the CJNG and with the Black Heron gang against Los Choneros.",
            ("Los Lobos", "Black Heron"),
        ),
        (
            "es",
            "Los Lobos se aliaron con el CJNG y con la banda Los Halcones contra Los Choneros.",
            ("Los Lobos", "Los Halcones"),
        ),
        (
            "pt",
            "A Família do Norte se aliou ao Comando Vermelho e ao Sindicato do Crime contra o PCC.",
            ("Família do Norte", "Sindicato do Crime"),
        ),
    ],
)
def test_each_ally_listed_before_the_common_enemy_is_read(
    ex: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    pairs = ex.pairs(text, lang, A)
    assert frozenset(pair) in pairs
    assert not any(
        {"Los Choneros", "PCC"} & set(p) and {"Los Lobos", "Família do Norte"} & set(p) for p in pairs
    )
