"""People the article ranks at the top of a group without a leader word: "one of the most
powerful men in G", "a top lieutenant of G", "um dos homens mais importantes do G", "mano
derecha del jefe de G". Negatives: the same phrases about a government or a country, and
"in" that opens something other than the group.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Rafael Quintero Solis, one of the most powerful men in the Gulf Cartel, was caught in a hotel.",
            ("LEADS", "Rafael Quintero Solis", "Gulf Cartel"),
        ),
        (
            "en",
            "Prosecutors say Rafael Quintero Solis, a top lieutenant of MS-13, ordered the killings.",
            ("LEADS", "Rafael Quintero Solis", "Mara Salvatrucha"),
        ),
        (
            "en",
            "The head in Colombia of the Gulf Clan, Rafael Quintero Solis, was captured last week.",
            ("LEADS", "Rafael Quintero Solis", "Gulf Clan"),
        ),
        (
            "es",
            "Julián Prieto Cuesta, uno de los hombres más poderosos del Tren de Aragua, fue capturado en Lima.",
            ("LEADS", "Julián Prieto Cuesta", "Tren de Aragua"),
        ),
        (
            "es",
            "Julián Prieto Cuesta, hombre de confianza de Los Lobos, cayó en un operativo en Manta.",
            ("LEADS", "Julián Prieto Cuesta", "Los Lobos"),
        ),
        (
            "pt",
            "Renato Alves dos Reis, vulgo Tatu, considerado um dos homens mais importantes do "
            "Comando Vermelho fora da cadeia, foi preso pela Polícia Federal.",
            ("LEADS", "Renato Alves dos Reis", "Comando Vermelho"),
        ),
        (
            "pt",
            "Renato Alves dos Reis, o braço direito do Primeiro Comando da Capital no Paraguai, foi preso.",
            ("LEADS", "Renato Alves dos Reis", "Primeiro Comando da Capital"),
        ),
    ],
)
def test_a_top_man_of_a_group_leads_it(ex, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Rafael Quintero Solis, one of the most powerful men in Mexico, spoke against the Gulf Cartel.",
        ),
        ("en", "Rafael Quintero Solis was a top figure in the fight against the Gulf Cartel."),
        ("es", "Julián Prieto Cuesta, hombre fuerte del Ministerio del Interior, habló del Tren de Aragua."),
        (
            "pt",
            "Renato Alves dos Reis, homem de confiança do governador, comentou a ação do Comando Vermelho.",
        ),
    ],
)
def test_the_same_words_about_a_state_or_a_cause_make_no_leader(ex, lang: str, text: str) -> None:
    assert "LEADS" not in ex.relation_types(text, lang)


def test_a_paragraph_full_of_names_ending_a_line_is_prose_not_a_headline(ex) -> None:
    text = "Police report\n\nJuan Carlos Mejia led the Hollywood Locos clique of MS-13.\n"
    assert ("LEADS", "Juan Carlos Mejia", "Hollywood Locos clique") in ex.facts(text, "en")
