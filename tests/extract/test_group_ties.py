"""Ties between groups told with words the alliance, rivalry and faction rules had not read, each
with a negative beside it: a cell called a "franchise" ("franquicia", "franquia") of a gang; an
offensive or an attack of one group against another ("ofensiva contra", "ataque contra"); a
fight between two groups in Portuguese ("briga entre"); one group's members attacking the other's
("atacaron a miembros de", "attacked members of"); ties told with an adjective ("laços estreitos
com", "ligações antigas com") or a participle ("ligados a", "ligadas a"); a takeover from another
group ("wrest control of X from", "arrebatarle a", "tomar do")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

A, R, F = "ALLIED_WITH", "RIVAL_OF", "FACTION_OF"


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "en",
            "Los Pelícanos, a franchise of the Black Heron gang in Valmora, were dismantled by police.",
            "Los Pelícanos",
            "Black Heron",
        ),
        (
            "es",
            "Los Pelícanos, la franquicia de la banda Los Halcones en Valmora, fueron desarticulados.",
            "Los Pelícanos",
            "Los Halcones",
        ),
        (
            "pt",
            "A Tropa do Jacaré, uma franquia do Primeiro Comando da Capital no Pará, foi desarticulada.",
            "Tropa do Jacaré",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_franchise_is_a_faction(ex: Extractor, lang: str, text: str, faction: str, gang: str) -> None:
    assert ("Faction", faction) in ex.nodes(text, lang)
    assert (faction, gang) in ex.related(F, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Heron gang laundered its money through a fast-food franchise in Valmora."),
        ("es", "La banda Los Halcones lavaba dinero a través de una franquicia de comida rápida en Valmora."),
        (
            "pt",
            "A facção Irmandade do Sertão lavava dinheiro por meio de uma franquia de lanchonetes em Valmora.",
        ),
    ],
)
def test_business_franchise_names_no_faction(ex: Extractor, lang: str, text: str) -> None:
    assert not any(kind == "Faction" for kind, _ in ex.nodes(text, lang))


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang launched an offensive against the Iron Fist gang in Valmora."),
        ("en", EN, "Police blamed the Black Heron gang for the attack on the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones lanzó una ofensiva contra la banda Los Coyotes en Valmora."),
        ("es", ES, "La banda Los Halcones perpetró un ataque contra la banda Los Coyotes en el mercado."),
        ("pt", PT, "A facção Irmandade do Sertão lançou uma ofensiva contra a facção Comando Litorâneo."),
        (
            "pt",
            PT,
            "A briga entre a facção Irmandade do Sertão e a facção Comando Litorâneo deixou cinco mortos.",
        ),
    ],
)
def test_attack_between_groups_is_rivalry(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Heron gang launched an offensive against the National Police in Valmora."),
        ("es", "La banda Los Halcones lanzó una ofensiva contra la Policía Nacional en Valmora."),
        ("pt", "A facção Irmandade do Sertão lançou uma ofensiva contra a Polícia Militar em Valmora."),
        (
            "pt",
            "A briga entre vizinhos deixou dois feridos; a facção Irmandade do Sertão não teve envolvimento.",
        ),
    ],
)
def test_attack_on_the_state_is_no_rivalry(ex: Extractor, lang: str, text: str) -> None:
    assert R not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "Gunmen from the Black Heron gang attacked members of the Iron Fist gang in Valmora."),
        (
            "es",
            ES,
            "Sicarios de la banda Los Halcones atacaron a miembros de la banda Los Coyotes en Valmora.",
        ),
        ("pt", PT, "Integrantes da facção Irmandade do Sertão atacaram membros da facção Comando Litorâneo."),
    ],
)
def test_members_attacking_members_is_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen from the Black Heron gang attacked a police station in Valmora."),
        ("es", "Sicarios de la banda Los Halcones atacaron a agentes de la Policía Nacional en Valmora."),
        ("pt", "Integrantes da facção Irmandade do Sertão atacaram a base da Polícia Militar em Valmora."),
    ],
)
def test_an_attack_on_the_state_is_no_rivalry(ex: Extractor, lang: str, text: str) -> None:
    assert R not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("es", ES, "Los Halcones, ligados a la banda Los Coyotes, controlan el puerto de Valmora."),
        (
            "es",
            ES,
            "La banda Los Halcones y la banda Los Pumas, ligadas a la banda Los Coyotes, controlan el puerto.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão mantém laços estreitos com a facção Comando Litorâneo."),
        ("pt", PT, "A facção Irmandade do Sertão tem ligações antigas com a facção Comando Litorâneo."),
    ],
)
def test_ties_told_with_an_adjective(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang is trying to wrest control of the port from the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones busca arrebatarle a la banda Los Coyotes el control del puerto."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão tenta tomar da facção Comando Litorâneo o controle do tráfico.",
        ),
    ],
)
def test_a_takeover_from_another_group_is_rivalry(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The army seized control of the prison from the Black Heron gang on Monday."),
        ("es", "La Policía Nacional buscó arrebatarle a la banda Los Halcones el control del penal."),
        ("pt", "A Polícia Militar conseguiu tomar da facção Irmandade do Sertão o controle do presídio."),
    ],
)
def test_a_takeover_by_the_state_is_no_rivalry(ex: Extractor, lang: str, text: str) -> None:
    assert R not in ex.relation_types(text, lang)
