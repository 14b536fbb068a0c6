"""An arrest of "defendants", "integrantes", "suspeitos" that names no group takes the people of
the group arrested just before, not the article's main group
(:meth:`kg.extract.arrest_context.ArrestContext.members_taken`). With no arrest told just before,
the article's group is still the one its members belong to."""

from __future__ import annotations

import pytest

RECENT = [
    (
        "en",
        "The MS-13 gang has grown on Long Island. Ten members of the Los Cuervos Negros gang were arrested "
        "by the FBI in May. Homeland Security Investigations took part in the arrests of four defendants. "
        "MS-13 remains strong.",
        ("Los Cuervos Negros", "Homeland Security Investigations"),
        "Mara Salvatrucha",
    ),
    (
        "es",
        "El Tren de Aragua se expandió por Chile. Diez integrantes de la banda Los Gallos del Norte fueron "
        "detenidos por la Policía de Investigaciones en Arica. Carabineros de Chile participó en la captura "
        "de cuatro de los integrantes. El Tren de Aragua sigue activo.",
        ("Los Gallos del Norte", "Carabineros de Chile"),
        "Tren de Aragua",
    ),
    (
        "pt",
        "O PCC domina o tráfico em São Paulo. Dez membros da facção Tropa do Vale foram presos pela Polícia "
        "Federal em Santos. A Polícia Militar participou da prisão de quatro dos suspeitos. O PCC segue forte.",
        ("Tropa do Vale", "Polícia Militar"),
        "Primeiro Comando da Capital",
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "main"), RECENT)
def test_members_arrested_right_after_an_arrest_are_of_its_group(ex, lang, text, made, main) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    assert (main, made[1]) not in found


def test_members_arrested_with_no_arrest_before_are_of_the_articles_group(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El Tren de Aragua se expandió por Chile. La Policía de Investigaciones detuvo en Arica a cinco "
        "integrantes de la organización. El Tren de Aragua sigue activo."
    )
    assert ("Tren de Aragua", "Policía de Investigaciones") in ex.arrests(text, "es")
