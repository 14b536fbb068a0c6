"""Portuguese (and Spanish) relation phrasings: nicknames named again, successions, an agency's
country after its name. Each sentence is written for this test; the hand rules alone read it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (  # a one-word nickname given in apposition stands for the person later on
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido pela Justiça. Bigode é o chefe do Comando Vermelho.",
            ("LEADS", "Carlos Mendes da Rocha", "Comando Vermelho"),
        ),
        (
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido. Bigode sucedeu a Zecão como principal liderança"
            " do Comando Vermelho.",
            ("LEADS", "Carlos Mendes da Rocha", "Comando Vermelho"),
        ),
        (
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido. Bigode sucedeu a Zecão como principal liderança"
            " do Comando Vermelho.",
            ("LEADS", "Zecão", "Comando Vermelho"),
        ),
        (
            "es",
            "Según la Fiscalía, Pedro Ruiz Mora sustituyó a Lucho Vargas Pinto como jefe del Clan del Golfo.",
            ("LEADS", "Lucho Vargas Pinto", "Clan del Golfo"),
        ),
        (
            "en",
            "Juan Ortega Ruiz succeeded Pablo Mena Díaz as the top leader of the Gulf Clan.",
            ("LEADS", "Juan Ortega Ruiz", "Gulf Clan"),
        ),
        (  # the country after the name (and its acronym) is where the agency is based
            "pt",
            "Ele foi preso numa ação da Polícia Federal e da Força Especial de Combate ao Crime (FECC)"
            " da Bolívia.",
            ("BASED_IN", "Força Especial de Combate ao Crime", "Bolivia"),
        ),
    ],
)
def test_phrasing_states_the_fact(rules, lang: str, text: str, fact: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert fact in rules.facts(text, lang)


def test_succession_needs_the_leadership_cue(rules) -> None:  # type: ignore[no-untyped-def]
    """Replacing someone as a witness makes nobody a leader."""
    text = (
        "Pedro Ruiz Mora sustituyó a Lucho Vargas Pinto como testigo en el juicio contra el Clan del Golfo."
    )
    assert not {f for f in rules.facts(text, "es") if f[0] == "LEADS"}


def test_the_agency_country_is_not_the_home_country(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Polícia Federal prendeu o chefe do Comando Vermelho no Brasil com a Força Especial de"
        " Combate ao Crime (FECC) da Bolívia."
    )
    assert ("BASED_IN", "Força Especial de Combate ao Crime", "Brazil") not in rules.facts(text, "pt")
