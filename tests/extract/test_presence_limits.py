"""What places a person or a load, not the group: a country named as where someone was sent
("entregado a Estados Unidos", "shipped to Australia"), a group named only as the one an arrested
person leads; and the home country of a faction of a foreign gang."""

from __future__ import annotations

import pytest


def operates(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Alias Chato, cabecilla de la MS-13 liberado en El Salvador, es capturado en México y "
            "entregado a Estados Unidos.",
            ("Mara Salvatrucha", "Mexico"),
        ),
        (
            "es",
            "Alias Uno y alias Dos, ambos exjefes de Los Zetas, fueron entregados a Estados Unidos.",
            ("Los Zetas", "United States"),
        ),
        (
            "en",
            "Juan Pérez, whom Ecuadorian authorities regard as the top leader of Los Lobos, was "
            "extradited to the United States on Monday.",
            ("Los Lobos", "United States"),
        ),
        (
            "pt",
            "O traficante Zé Pequeno, um dos chefes do Comando Vermelho, foi capturado na Venezuela.",
            ("Comando Vermelho", "Venezuela"),
        ),
        (
            "es",
            "La cocaína del Clan del Golfo fue enviada a España en contenedores.",
            ("Clan del Golfo", "Spain"),
        ),
        (
            "en",
            "Police say the cocaine the Sinaloa Cartel shipped to Australia was hidden in tiles.",
            ("Sinaloa Cartel", "Australia"),
        ),
    ],
)
def test_a_destination_or_a_leaders_arrest_is_no_presence(ex, lang: str, text: str, fact) -> None:
    assert fact not in operates(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "The Sinaloa Cartel has cells in Australia, police say.", ("Sinaloa Cartel", "Australia")),
        ("es", "Miembros de la MS-13 fueron capturados en México.", ("Mara Salvatrucha", "Mexico")),
        ("en", "Members of Los Lobos were arrested in Spain last week.", ("Los Lobos", "Spain")),
        ("pt", "Integrantes do PCC foram presos no Paraguai.", ("Primeiro Comando da Capital", "Paraguay")),
        (
            "en",
            "The leader of Tren de Aragua was arrested in Colombia, where the gang runs extortion rackets.",
            ("Tren de Aragua", "Colombia"),
        ),
    ],
)
def test_members_arrested_or_the_group_named_again_is_presence(ex, lang: str, text: str, fact) -> None:
    assert fact in operates(ex, text, lang)


def test_a_faction_of_a_foreign_gang_is_not_placed_in_the_home_country(rules) -> None:
    text = (
        "U.S. agents arrested Juan Pérez, a leader of the Sinaloa Cartel, at an airport in El Paso, Texas. "
        "U.S. prosecutors in New York charged him on Monday. Los Chapitos, a faction of the Sinaloa "
        "Cartel, is run by his sons. The United States has offered rewards for them."
    )
    assert ("Los Chapitos", "United States") not in operates(rules, text, "en")


def test_a_faction_of_a_home_gang_is(rules) -> None:
    text = (
        "La Marina detuvo en Culiacán a Juan Pérez, jefe de Los Chapitos, una facción del Cártel de "
        "Sinaloa. Es el tercer golpe en México este año. La Fiscalía de México lo acusa de homicidio."
    )
    assert ("Los Chapitos", "Mexico") in operates(rules, text, "es")


def test_local_media_do_not_make_a_group_local(rules) -> None:
    text = (
        "U.S. agents arrested two men in Texas. The United States charged them. The Sinaloa Cartel had "
        "long been split between the Chapitos and the followers of the boss, a bloc that local media call "
        "La Mayiza. U.S. officials said more arrests would follow in the United States."
    )
    assert ("La Mayiza", "United States") not in operates(rules, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Ecuador's police raided homes in Quito. Ecuador has suffered a wave of killings by local groups "
            "like the Diablos gang. The National Police of Ecuador said the operation continues.",
            ("Diablos", "Ecuador"),
        ),
        (
            "pt",
            "A Polícia Federal prendeu dez pessoas no Acre. O Brasil investiga. O CV disputa o Acre com o "
            "Bonde do Norte, grupo local que atua no estado. A Polícia Civil do Brasil apoiou.",
            ("Bonde do Norte", "Brazil"),
        ),
    ],
)
def test_a_group_called_local_operates_in_the_home_country(rules, lang: str, text: str, fact) -> None:
    assert fact in operates(rules, text, lang)


def test_arrest_words_do_not_place_a_faction_of_a_foreign_gang(rules) -> None:
    text = (
        "U.S. agents arrested Juan Pérez, a leader of the Sinaloa Cartel, in El Paso, Texas. The United "
        "States charged him. Analysts warned that the detentions could tip Los Chapitos, a faction of the "
        "Sinaloa Cartel, into open war in Culiacán."
    )
    assert ("Los Chapitos", "United States") not in operates(rules, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "pt",
            "A Família do Norte dominava a rota por onde desce pelo rio a cocaína produzida na Colômbia e no Peru.",
            "Peru",
        ),
        ("es", "El Clan del Golfo controla las rutas de la cocaína producida en Perú y Bolivia.", "Bolivia"),
    ],
)
def test_where_the_drug_is_made_is_no_presence(rules, lang: str, text: str, country: str) -> None:
    assert not {c for _, c in operates(rules, text, lang)} & {country}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("es", "El Clan del Golfo controla rutas en Perú y Bolivia.", ("Clan del Golfo", "Bolivia")),
        ("en", "The Sinaloa Cartel operates in Colombia and Peru.", ("Sinaloa Cartel", "Peru")),
    ],
)
def test_a_list_of_countries_after_a_presence_cue_is_presence(rules, lang: str, text: str, fact) -> None:
    assert fact in operates(rules, text, lang)


def test_a_state_that_speaks_is_no_place_of_presence(ex) -> None:
    text = "The Sinaloa Cartel, which U.S. officials blame for the fentanyl, had long been split."
    assert ("Sinaloa Cartel", "United States") not in operates(ex, text, "en")


def test_a_state_that_speaks_of_presence_there_still_places(ex) -> None:
    text = "The Sinaloa Cartel operates in the United States, U.S. officials said."
    assert ("Sinaloa Cartel", "United States") in operates(ex, text, "en")


def test_a_faction_placed_only_abroad_is_not_home(rules) -> None:
    text = (
        "El Gobierno de Venezuela retomó la cárcel de Tocorón. Venezuela celebró. Colombia investiga. "
        "Los Trenes, una facción del Tren de Aragua, opera en Bogotá. Caracas no comentó."
    )
    found = operates(rules, text, "es")
    assert ("Los Trenes", "Colombia") in found
    assert ("Los Trenes", "Venezuela") not in found


def test_a_faction_at_home_is_home(rules) -> None:
    text = (
        "El Gobierno de Venezuela retomó la cárcel de Tocorón. Venezuela celebró. Los Trenes, una facción "
        "del Tren de Aragua, controlaba el penal. Caracas no comentó."
    )
    assert ("Los Trenes", "Venezuela") in operates(rules, text, "es")
