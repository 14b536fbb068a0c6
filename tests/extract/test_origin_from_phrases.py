"""Where a group comes from, told in an apposition: "a gang from Ecuador", "una banda de Ecuador",
"organización proveniente de Venezuela", "O PCC, do Brasil, ..."."""

from __future__ import annotations

import pytest

# A first sentence that places the group elsewhere, so that the article's home country is not the
# country the second sentence names.
TDA_ES = "El Tren de Aragua opera en Perú y Chile, donde la policía detuvo a decenas de integrantes. "
PCC = "Primeiro Comando da Capital"


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Los Choneros, a gang from Ecuador, fights Los Lobos for control of prisons.",
            "en",
            "Los Choneros",
            "Ecuador",
        ),
        (
            "Tren de Aragua, a criminal organization from Venezuela, has spread to Chile.",
            "en",
            "Tren de Aragua",
            "Venezuela",
        ),
        (
            "Los Choneros, una banda de Ecuador, pelean con Los Lobos por las cárceles.",
            "es",
            "Los Choneros",
            "Ecuador",
        ),
        (
            "El Tren de Aragua, organización criminal proveniente de Venezuela, se expandió a Chile.",
            "es",
            "Tren de Aragua",
            "Venezuela",
        ),
        ("O PCC, uma facção do Brasil, disputa rotas com o Comando Vermelho.", "pt", PCC, "Brazil"),
        (
            "O Tren de Aragua, grupo criminoso vindo da Venezuela, chegou ao Brasil.",
            "pt",
            "Tren de Aragua",
            "Venezuela",
        ),
        ("Los Choneros, la mayor banda ecuatoriana, perdió a su líder.", "es", "Los Choneros", "Ecuador"),
    ],
)
def test_an_apposition_tells_where_a_group_comes_from(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("ORIGINATED_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        ("Los Lobos, a partner of Mexico's CJNG, operates in Peru.", "en", "Los Lobos", "Mexico"),
        ("Los Lobos, la mayor banda de Ecuador, opera en Perú.", "es", "Los Lobos", "Ecuador"),
        ("Los Lobos, una banda de sicarios de Ecuador, opera en Perú.", "es", "Los Lobos", "Ecuador"),
        ("O Comando Vermelho, uma facção ativa na Bolívia, cresceu.", "pt", "Comando Vermelho", "Bolivia"),
    ],
)
def test_an_apposition_of_size_partners_or_members_tells_no_origin(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("ORIGINATED_IN", group, country) not in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country", "found"),
    [
        ("Los Choneros, from Ecuador, fight Los Lobos for the port.", "en", "Los Choneros", "Ecuador", True),
        (
            "Los Choneros, de Ecuador, se disputan el puerto con Los Lobos.",
            "es",
            "Los Choneros",
            "Ecuador",
            True,
        ),
        ("O PCC, do Brasil, disputa rotas com o Comando Vermelho.", "pt", PCC, "Brazil", True),
        ("Tren de Aragua, from Chile to Peru, runs extortion rings.", "en", "Tren de Aragua", "Chile", False),
        (
            "El Tren de Aragua, de Chile a Perú, controla redes de extorsión.",
            "es",
            "Tren de Aragua",
            "Chile",
            False,
        ),
    ],
)
def test_a_closed_apposition_of_a_bare_place_tells_origin(
    ex, text: str, lang: str, group: str, country: str, found: bool
) -> None:
    assert (("ORIGINATED_IN", group, country) in ex.facts(text, lang)) is found


def test_a_group_born_in_a_country_is_still_from_there(ex) -> None:
    text = TDA_ES + "La banda nació en Venezuela, en la cárcel de Tocorón."
    assert ("ORIGINATED_IN", "Tren de Aragua", "Venezuela") in ex.facts(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Members of the Los Cuervos gang, from Chile, were arrested in Peru by the PNP."),
        ("es", "Integrantes de la banda Los Cuervos, de Chile, fueron detenidos en Perú."),
        ("pt", "O chefe do Bonde do Vale, da Bolívia, foi preso no Brasil."),
    ],
)
def test_a_place_after_a_members_group_is_the_members(rules, lang: str, text: str) -> None:
    assert not any(f[0] == "ORIGINATED_IN" for f in rules.facts(text, lang))
