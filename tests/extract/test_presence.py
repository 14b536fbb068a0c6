"""Presence stated as bases, as a superlative ("the largest gang in X"), or with the subject
dropped in Spanish and Portuguese; with negatives."""

from __future__ import annotations

import pytest


def operates(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Los Pumas gang has bases in southern Spain and the UAE.",
            ("Los Pumas", "United Arab Emirates"),
        ),
        ("es", "La banda Los Malditos tiene bases en Bolivia.", ("Los Malditos", "Bolivia")),
        ("pt", "A facção Bonde do Maluco tem bases no Paraguai.", ("Bonde do Maluco", "Paraguay")),
        (
            "en",
            "Barrio 18 has since become the largest gang in Honduras, with thousands of members.",
            ("Barrio 18", "Honduras"),
        ),
        (
            "es",
            "Con los años, el Tren de Aragua se convirtió en la mayor banda criminal de Chile.",
            ("Tren de Aragua", "Chile"),
        ),
        ("pt", "O Comando Vermelho virou a maior facção do Paraguai.", ("Comando Vermelho", "Paraguay")),
        (
            "es",
            "La banda Los Malditos nació en una cárcel. Además, tiene integrantes en Perú y Chile.",
            ("Los Malditos", "Chile"),
        ),
        (
            "pt",
            "O Comando Vermelho surgiu num presídio. Além disso, tem integrantes no Paraguai e na Bolívia.",
            ("Comando Vermelho", "Bolivia"),
        ),
    ],
)
def test_bases_superlatives_and_dropped_subjects(ex, lang, text, fact):
    assert fact in operates(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        # a subject named in the sentence is not dropped
        (
            "es",
            "El Tren de Aragua nació en una cárcel. La Policía Boliviana tiene integrantes en Perú.",
            ("Tren de Aragua", "Perú"),
        ),
        # English does not drop subjects
        (
            "en",
            "The Los Pumas gang was born in a prison. Has members in Peru, police say.",
            ("Los Pumas", "Peru"),
        ),
        # a superlative about another thing
        ("en", "Barrio 18 fought the largest gang in Honduras for years.", ("Barrio 18", "Honduras")),
        ("es", "El Tren de Aragua desafía a la mayor banda de Chile.", ("Tren de Aragua", "Chile")),
    ],
)
def test_no_presence_without_its_subject(rules, lang, text, fact):
    assert fact not in operates(rules, text, lang)


def test_a_dropped_subject_counts_countries_from_the_verb_on(ex):
    text = (
        "O Comando Vermelho surgiu em 1979 num presídio da Ilha Grande, no litoral do estado, e hoje é uma das "
        "maiores facções criminosas do Brasil. Além do território nacional, tem integrantes no Paraguai e na "
        "Bolívia, por onde passam rotas de cocaína."
    )
    assert ("Comando Vermelho", "Bolivia") in operates(ex, text, "pt")


def test_an_arrest_word_inside_a_prison_name_is_no_arrest(ex):
    text = "A Polícia Federal investiga a facção Bonde do Maluco, que nasceu na Casa de Custódia de Salvador."
    assert not {f for f in ex.facts(text, "pt") if f[0] == "ARRESTED_BY"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "O Brasil enfrenta novas facções. A facção Bonde dos Grises atua na Bahia.",
            ("Bonde dos Grises", "Brazil"),
        ),
        (
            "es",
            "El PCC llegó a Paraguay hace una década. El PCC tiene presencia en Pedro Juan Caballero.",
            ("Primeiro Comando da Capital", "Paraguay"),
        ),
    ],
)
def test_presence_in_a_place_is_presence_in_its_country(rules, lang: str, text: str, fact) -> None:
    assert ("OPERATES_IN", *fact) in rules.facts(text, lang)


def test_a_place_of_a_country_the_article_never_names_places_nothing(rules) -> None:
    text = "The Gulf Clan operates in Colombia. The faction operated in San José de Uré."
    assert {b for t, _, b in rules.facts(text, "en") if t == "OPERATES_IN"} == {"Colombia"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "linked"),
    [
        (
            "pt",
            "O grupo Os Malvados é ligado ao Comando Vermelho e atua na Bahia.",
            "Os Malvados",
            "Comando Vermelho",
        ),
        ("en", "The Ravens gang is linked to MS-13 and operates in Honduras.", "Ravens", "Mara Salvatrucha"),
    ],
)
def test_the_verb_after_a_link_belongs_to_the_linked_groups_partner(rules, lang, text, group, linked):
    present = {a for t, a, _ in rules.facts(text, lang) if t == "OPERATES_IN"}
    assert group in present
    assert linked not in present


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "MS-13 has cliques in more than a dozen U.S. states.", "United States"),
        ("es", "La MS-13 tiene clicas en Honduras y Guatemala.", "Honduras"),
    ],
)
def test_cliques_and_strongholds_are_presence(rules, lang, text, country):
    assert ("OPERATES_IN", "Mara Salvatrucha", country) in rules.facts(text, lang)


def test_a_place_acting_as_a_government_places_nothing(rules):
    text = "Los Lobos mantienen su bastión en Durán y fueron designados terroristas por Washington."
    assert ("OPERATES_IN", "Los Lobos", "United States") not in rules.facts(text, "es")
