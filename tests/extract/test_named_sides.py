"""Two groups known to no other rule, each named by a capitalized plural article ("Los X", "Os X"),
set against, allied to or split from each other, and the "Los X" owner of a faction word, in a story
of crime; each with a negative beside it: a match report, a place, a lower-case plural."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

A, R, F = "ALLIED_WITH", "RIVAL_OF", "FACTION_OF"
ES = ("Los Caimanes", "Los Zorros del Norte")
PT = ("Os Caranguejos", "Os Tubarões")


@pytest.mark.parametrize(
    ("lang", "kind", "pair", "text"),
    [
        (
            "es",
            R,
            ES,
            "Los Caimanes están en guerra con Los Zorros del Norte por el tráfico de cocaína en Durán.",
        ),
        ("es", R, ES, "La guerra entre Los Caimanes y Los Zorros del Norte dejó 30 muertos en Durán."),
        ("es", R, ES, "Según la Policía, Los Caimanes mantienen una disputa con Los Zorros del Norte."),
        (
            "es",
            A,
            ES,
            "Los Caimanes sellaron una alianza con Los Zorros del Norte para el tráfico de drogas.",
        ),
        ("es", A, ES, "El pacto entre Los Caimanes y Los Zorros del Norte redujo los homicidios en Manta."),
        (
            "en",
            R,
            ES,
            "Los Caimanes are at war with Los Zorros del Norte over the cocaine routes, police say.",
        ),
        (
            "en",
            A,
            ES,
            "Los Caimanes formed an alliance with Los Zorros del Norte to move cocaine, police said.",
        ),
        ("pt", R, PT, "Os Caranguejos estão em guerra com Os Tubarões pelo tráfico de drogas no porto."),
        ("pt", A, PT, "Segundo a polícia, Os Caranguejos selaram uma aliança com Os Tubarões."),
    ],
)
def test_two_article_names_set_against_each_other(
    ex: Extractor, lang: str, kind: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, kind)


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "Los Pelícanos, una célula de Los Caimanes, fueron desarticulados por la Policía.",
            "Los Pelícanos",
            "Los Caimanes",
        ),
        (
            "en",
            "Los Pelícanos, a cell of Los Caimanes, were dismantled by police in Manta.",
            "Los Pelícanos",
            "Los Caimanes",
        ),
        (
            "es",
            "Según la Fiscalía, Los Pelícanos se escindieron de Los Caimanes en 2022.",
            "Los Pelícanos",
            "Los Caimanes",
        ),
    ],
)
def test_the_article_name_after_a_faction_word_owns_it(
    ex: Extractor, lang: str, text: str, faction: str, gang: str
) -> None:
    assert (faction, gang) in ex.related(F, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a match report: no story of crime
        ("es", "Los Pumas se enfrentaron a Los Jaguares en la final del torneo de Guayaquil."),
        ("en", "Los Pumas beat their rivals Los Jaguares in the final of the tournament."),
        ("pt", "Os Leões enfrentaram Os Tigres na final do campeonato estadual."),
        # a lower-case plural is no name
        ("es", "Los comerciantes están en guerra con los extorsionadores por el tráfico de drogas."),
    ],
)
def test_no_group_where_no_crime_or_no_name(ex: Extractor, lang: str, text: str) -> None:
    assert not {kind for kind, _ in ex.nodes(text, lang)} & {"Gang", "Faction"}


def test_a_place_on_the_other_side_is_no_rival(ex: Extractor) -> None:
    text = "Los Caimanes están en guerra con Los Ángeles por el tráfico de cocaína."
    assert R not in ex.relation_types(text, "es")


def test_an_article_name_apposed_to_a_known_group_s_tie(ex: Extractor) -> None:
    text = "Los Gavilanes, the CJNG's local partners, run the cocaine routes through Esmeraldas."
    assert frozenset(("Los Gavilanes", "CJNG")) in ex.pairs(text, "en", A)


def test_an_article_name_apposed_to_a_tie_outside_a_crime_story(ex: Extractor) -> None:
    text = "Los Pumas, the Sinaloa Cartel's namesakes in the league, beat their rivals in the final."
    assert ("Gang", "Los Pumas") not in ex.nodes(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Lobos and Los Choneros ambushed a military patrol in Ecuador, police said."),
        ("es", "Los Lobos y Los Choneros atacaron a policías en Guayaquil, según la Fiscalía."),
        ("pt", "O PCC e o Comando Vermelho atacaram policiais em Natal, segundo a PM."),
    ],
)
def test_groups_that_attack_together_are_no_rivals(rules, lang: str, text: str) -> None:
    assert not any(f[0] == "RIVAL_OF" for f in rules.facts(text, lang))
