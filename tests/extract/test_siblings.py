"""Leaders named as siblings after a founding or command phrase, in English, Spanish and Portuguese.

"founded by the brothers A and B C": kinship words may stand between "by" and the names, and the
first names listed before the full name share its surname. Negatives: an agency after the phrase
is no leader; without a sibling word, the surname is not shared.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leaders", "group"),
    [
        (
            "en",
            "The Gulf Cartel was founded by the brothers Juan and Humberto Garcia Abrego.",
            {"Juan Garcia Abrego", "Humberto Garcia Abrego"},
            "Gulf Cartel",
        ),
        (
            "es",
            "La Familia Michoacana se reorganizó bajo el liderazgo de los hermanos José Alfredo y Johnny Hurtado Olascoaga.",
            {"José Alfredo Hurtado Olascoaga", "Johnny Hurtado Olascoaga"},
            "La Familia Michoacana",
        ),
        (
            "pt",
            "A Liga da Justiça, milícia fundada nos anos 2000 pelos irmãos Jerônimo Guimarães Filho e Natalino Guimarães, domina a Zona Oeste.",
            {"Jerônimo Guimarães Filho", "Natalino Guimarães"},
            "Liga da Justiça",
        ),
        (
            "pt",
            "O Comando Vermelho ficou sob o comando dos irmãos Marcos e Paulo Souza Neto.",
            {"Marcos Souza Neto", "Paulo Souza Neto"},
            "Comando Vermelho",
        ),
        (
            "es",
            'Tras su muerte, Los Rastrojos quedaron en manos de Diego Pérez Henao, alias "Diego Rastrojo".',
            {"Diego Pérez Henao"},
            "Los Rastrojos",
        ),
    ],
)
def test_siblings_lead_the_group(ex, lang: str, text: str, leaders: set[str], group: str) -> None:
    facts = ex.facts(text, lang)
    assert {s for t, s, g in facts if t == "LEADS" and g == group} == leaders


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los Rastrojos cayeron en manos de la Policía Nacional."),
        ("en", "The Gulf Cartel was founded by Juan Perez and dismantled by the Mexican Army."),
    ],
)
def test_no_sibling_leaders_without_names(ex, lang: str, text: str) -> None:
    facts = ex.facts(text, lang)
    assert not any(t == "LEADS" and s != "Juan Perez" for t, s, _ in facts)


def test_command_phrase_with_no_group_named_is_the_article_groups(ex) -> None:
    text = (
        "La Familia Michoacana dominó Michoacán. La Familia Michoacana perdió fuerza. Lo que quedó se "
        "reorganizó en Guerrero bajo el liderazgo de los hermanos José Alfredo y Johnny Hurtado Olascoaga."
    )
    leads = {s for t, s, o in ex.facts(text, "es") if t == "LEADS" and o == "La Familia Michoacana"}
    assert leads == {"José Alfredo Hurtado Olascoaga", "Johnny Hurtado Olascoaga"}


def test_command_phrase_in_a_sentence_about_an_agency_leads_nothing(ex) -> None:
    text = (
        "La Familia Michoacana dominó Michoacán. La Familia Michoacana perdió fuerza. La Policía Federal "
        "actuó bajo el mando de Genaro García Luna."
    )
    assert "LEADS" not in ex.relation_types(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "Los hermanos Juan, Pedro y Luis Soto Gil, líderes del Tren de Aragua, fueron capturados.",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Os irmãos Pedro e Luis Soto Gil, chefes do Comando Vermelho, foram presos.",
            "Comando Vermelho",
        ),
    ],
)
def test_brothers_named_by_first_name_in_an_apposition_share_the_surname(ex, lang, text, group):
    leaders = {a for t, a, b in ex.facts(text, lang) if t == "LEADS" and b == group}
    assert {"Pedro Soto Gil", "Luis Soto Gil"} <= leaders
