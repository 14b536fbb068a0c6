"""One group's attack on another's people is a rivalry (kg.extract.group_attacks): the active verb
("Black Heron gunmen ambushed an Iron Fist convoy"), the passive ("fueron asesinados por sicarios
de"), the act named before its author ("a morte do chefe do G foi encomendada pelo H"). Beside
each, an act that reaches no people of the other group, or is denied."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

R = "RIVAL_OF"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            EN,
            "Gunmen from the Black Heron gang ambushed an Iron Fist gang convoy in the port, killing four.",
        ),
        ("en", EN, "The Black Heron gang killed three members of the Iron Fist gang in the prison yard."),
        ("en", EN, "Two Iron Fist gang members were murdered by Black Heron gang gunmen on Sunday."),
        (
            "en",
            EN,
            "The killing of the Iron Fist gang's leader was ordered by the Black Heron gang, prosecutors said.",
        ),
        (
            "es",
            ES,
            "Sicarios de la banda Los Halcones emboscaron a una caravana de la banda Los Coyotes en el puerto.",
        ),
        (
            "es",
            ES,
            "Tres integrantes de la banda Los Coyotes fueron asesinados por sicarios de la banda Los Halcones.",
        ),
        (
            "es",
            ES,
            "El asesinato del cabecilla de la banda Los Coyotes fue ordenado por la banda Los Halcones.",
        ),
        (
            "pt",
            PT,
            "Criminosos da facção Irmandade do Sertão executaram três integrantes da facção Comando Litorâneo.",
        ),
        (
            "pt",
            PT,
            "A morte do chefe da facção Comando Litorâneo foi encomendada pela facção Irmandade do Sertão.",
        ),
    ],
)
def test_an_attack_on_another_groups_people_is_a_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "Black Heron gang gunmen killed a shopkeeper in Iron Fist gang territory."),
        (
            "en",
            EN,
            "The killing of an Iron Fist gang leader was not ordered by the Black Heron gang, prosecutors said.",
        ),
        (
            "es",
            ES,
            "Tres integrantes de la banda Los Coyotes no fueron asesinados por la banda Los Halcones, aclaró la Fiscalía.",
        ),
        ("en", EN, "The Black Heron gang did not kill members of the Iron Fist gang, its lawyer said."),
        (
            "es",
            ES,
            "Sicarios de la banda Los Halcones asesinaron a un comerciante que pagaba extorsiones a la banda Los Coyotes.",
        ),
        (
            "es",
            ES,
            "La muerte del cabecilla de la banda Los Coyotes fue confirmada por la Policía; la banda Los Halcones opera en el norte.",
        ),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão matou um motorista de aplicativo no bairro dominado pela facção Comando Litorâneo.",
        ),
    ],
)
def test_an_act_reaching_no_people_of_the_other_group_is_no_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang lost control of the port to the Iron Fist gang in 2023."),
        ("es", ES, "La banda Los Halcones perdió el control del puerto a manos de la banda Los Coyotes."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão perdeu o controle do bairro para a facção Comando Litorâneo.",
        ),
    ],
)
def test_a_group_that_lost_control_to_another_is_its_rival(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            EN,
            "The Black Heron gang lost control of the port after the raids, while the Iron Fist gang grew.",
        ),
        ("es", ES, "La banda Los Halcones perdió el control de sus rutas y la banda Los Coyotes aprovechó."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão perdeu o controle do presídio, e a facção Comando Litorâneo cresceu.",
        ),
    ],
)
def test_a_loss_with_no_taker_named_is_no_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, R)


def test_a_group_name_owning_someone_else_is_no_victim(ex: Extractor) -> None:
    text = "The Sinaloa Cartel killed a CJNG informant's lawyer in Culiacán."
    assert not ex.pairs(text, "en", R)
