"""Rivalries stated with a noun of conflict between two groups, or with two groups given as
examples of rival groups; groups merely listed together are not rivals."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "El enfrentamiento entre los Trinitarios y los Latin Kings sigue en Madrid.",
            {"Trinitarios", "Latin Kings"},
        ),
        ("en", "The rivalry between the Bloods and the Crips goes back decades.", {"Bloods", "Crips"}),
        (
            "pt",
            "O confronto entre o Comando Vermelho e o Terceiro Comando Puro deixou mortos.",
            {"Comando Vermelho", "Terceiro Comando Puro"},
        ),
        (
            "pt",
            "Grupos rivais como os Guardiões do Estado (GDE) e o Comando Vermelho fizeram uma trégua.",
            {"Guardiões do Estado", "Comando Vermelho"},
        ),
        ("en", "Rival gangs such as the Bloods and the Crips signed a truce.", {"Bloods", "Crips"}),
        (
            "es",
            "Bandas rivales como los Trinitarios y los Latin Kings firmaron una tregua.",
            {"Trinitarios", "Latin Kings"},
        ),
    ],
)
def test_conflict_nouns_and_examples_make_rivals(ex, lang: str, text: str, pair: set[str]) -> None:
    assert any(t == "RIVAL_OF" and {s, o} == pair for t, s, o in ex.facts(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gangs such as the Bloods and the Crips operate in Los Angeles."),
        ("pt", "O Comando Vermelho, o Terceiro Comando Puro e a Amigos dos Amigos dominam favelas do Rio."),
        ("es", "Bandas como los Trinitarios y los Latin Kings reclutan a menores en Madrid."),
    ],
)
def test_groups_listed_together_are_not_rivals(ex, lang: str, text: str) -> None:
    assert "RIVAL_OF" not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "relation", "pair"),
    [
        (
            "en",
            "MS-13 and Barrio 18 have waged a bloody war for decades.",
            "RIVAL_OF",
            {"Mara Salvatrucha", "Barrio 18"},
        ),
        (
            "en",
            "The Sinaloa Cartel joined forces with the Gulf Cartel in 2004.",
            "ALLIED_WITH",
            {"Sinaloa Cartel", "Gulf Cartel"},
        ),
        # a truce is made between groups at war: a rivalry, not an alliance
        (
            "es",
            "Los Choneros firmaron una tregua con Los Lobos en 2023.",
            "RIVAL_OF",
            {"Los Choneros", "Los Lobos"},
        ),
        (
            "pt",
            "O PCC fechou um acordo com a 'Ndrangheta para enviar cocaína.",
            "ALLIED_WITH",
            {"Primeiro Comando da Capital", "'Ndrangheta"},
        ),
    ],
)
def test_pacts_and_wars_told_with_a_verb_phrase(rules, lang, text, relation, pair) -> None:
    assert any(t == relation and {s, o} == pair for t, s, o in rules.facts(text, lang))
    # "de acuerdo con", "de acordo com" (according to) are no pact
    if lang == "pt":
        assert not rules.facts("De acordo com o PCC, a 'Ndrangheta compra cocaína.", lang) & {
            ("ALLIED_WITH", "Primeiro Comando da Capital", "'Ndrangheta"),
            ("ALLIED_WITH", "'Ndrangheta", "Primeiro Comando da Capital"),
        }


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Los Choneros, una banda surgida en el cantón de Chone, y Los Lobos, que se desprendieron "
            "de ella en 2020, mantienen una guerra por las rutas.",
            {"Los Choneros", "Los Lobos"},
        ),
        (
            "en",
            "MS-13, founded in Los Angeles, and Barrio 18, which was also born there, have waged a bloody war.",
            {"Mara Salvatrucha", "Barrio 18"},
        ),
    ],
)
def test_coordinated_rivals_each_with_an_apposition(rules, lang, text, pair) -> None:
    assert any(t == "RIVAL_OF" and {s, o} == pair for t, s, o in rules.facts(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los Lobos mantienen una guerra, desde 2019, con Los Choneros por las rutas de Guayaquil."),
        ("es", "Los Lobos protagonizan una feroz guerra por el control del narcotráfico con Los Choneros."),
        ("pt", "O Comando Vermelho trava uma guerra sangrenta, desde 2016, com o PCC."),
        ("en", "Los Lobos have been at war for years with their former allies in Los Choneros."),
    ],
)
def test_a_war_reaches_its_rival_past_a_comma_or_a_long_object(rules, lang, text) -> None:
    """The rule that keeps an alliance cue from a group after another object ("with support from
    the police, fought Y") does not hold for a war: its rival may follow a date or a purpose."""
    pairs = {frozenset(p) for p in rules.related("RIVAL_OF", text, lang)}
    assert len(pairs) == 1, text
