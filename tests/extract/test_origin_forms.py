"""Origins told by formation verbs ("se formaron en", "teve origem em", "got its start in"), a
war's origin that is not a group's, and prisons named by their town after a kind of prison
("o presídio federal de Brasília", "la cárcel regional de Guayaquil"), and a group name that runs
into a known gang ("la facción Los Pinos del Tren de Aragua").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Los Tiguerones se formaron en Esmeraldas a comienzos de la década.",
            ("Los Tiguerones", "Ecuador"),
        ),
        (
            "pt",
            "O Comando Vermelho teve origem em Angra dos Reis, no Rio de Janeiro.",
            ("Comando Vermelho", "Brazil"),
        ),
        ("en", "Barrio 18 got its start in Los Angeles decades ago.", ("Barrio 18", "United States")),
        ("en", "Tren de Aragua began as a prison gang in Venezuela.", ("Tren de Aragua", "Venezuela")),
        (
            "pt",
            "O Comando Vermelho começou como uma quadrilha do Rio de Janeiro nos anos 1970.",
            ("Comando Vermelho", "Brazil"),
        ),
    ],
)
def test_formation_verbs_tell_an_origin(ex, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert ("ORIGINATED_IN", *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La guerra entre Los Lobos y Los Tiguerones tuvo su origen en una cárcel de Guayaquil."),
        ("en", "The feud between Barrio 18 and MS-13 got its start in Los Angeles."),
        ("en", "The Sinaloa Cartel began operating in Ecuador in 2010."),
        ("pt", "A disputa entre o Comando Vermelho e o PCC teve origem em Roraima."),
    ],
)
def test_the_origin_of_a_war_between_groups_is_no_groups_origin(rules, lang: str, text: str) -> None:
    assert "ORIGINATED_IN" not in rules.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "prison", "country"),
    [
        (
            "pt",
            "O chefe da facção cumpre pena no presídio federal de Brasília.",
            "Presídio federal de Brasília",
            "Brazil",
        ),
        (
            "es",
            "El cabecilla está preso en la cárcel regional de Guayaquil.",
            "Cárcel regional de Guayaquil",
            "Ecuador",
        ),
    ],
)
def test_a_kind_of_prison_and_its_town_name_a_prison(
    ex, lang: str, text: str, prison: str, country: str
) -> None:
    assert ("Prison", prison) in ex.nodes(text, lang)
    assert ("LOCATED_IN", prison, country) in ex.facts(text, lang)


def test_a_town_after_a_bare_prison_word_is_no_prison(rules) -> None:
    assert not {
        n for n in rules.nodes("Ele ficou preso em uma cadeia de Brasília.", "pt") if n[0] == "Prison"
    }


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "La facción Los Pinos del Tren de Aragua fue desarticulada en Santiago.",
            "Los Pinos",
            "Tren de Aragua",
        ),
        (
            "es",
            "La célula Los Malditos del Clan del Golfo cayó en Medellín.",
            "Los Malditos",
            "Clan del Golfo",
        ),
        (
            "pt",
            "A facção Tropa do Morro do Comando Vermelho foi alvo da operação.",
            "Tropa do Morro",
            "Comando Vermelho",
        ),
    ],
)
def test_a_name_running_into_a_known_gang_is_its_faction(
    ex, lang: str, text: str, faction: str, gang: str
) -> None:
    assert ("FACTION_OF", faction, gang) in ex.facts(text, lang)


def test_a_common_noun_before_a_known_gang_is_no_faction(rules) -> None:
    text = "Un video del grupo armado del Tren de Aragua circuló en redes."
    assert not {n for n in rules.nodes(text, "es") if n[0] == "Faction"}
