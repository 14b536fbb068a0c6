"""General constructions: appositions, nicknames, possessives, relative clauses, head nouns.

Each rule is pinned in English, Spanish and Portuguese on sentences written for these tests,
with a negative beside it.
"""

from __future__ import annotations

import pytest


def leaders(ex, text: str, lang: str) -> set[str]:
    return {n for t, n in ex.nodes(text, lang) if t == "Leader"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        # a nickname in quotes, even after "better known as", sits between the name and the apposition
        (
            "en",
            'Rafael Soto Mena, better known as "Chato", the leader of Los Lobos, was captured.',
            ("LEADS", "Rafael Soto Mena", "Los Lobos"),
        ),
        (
            "es",
            "Luis Romero Díaz, alias 'Flaco', quien durante años fue el máximo cabecilla del Clan del Golfo, "
            "fue capturado por la Policía Nacional.",
            ("LEADS", "Luis Romero Díaz", "Clan del Golfo"),
        ),
        (
            "pt",
            'Paulo Souza Lima, mais conhecido como "Bigode", chefe do Comando Vermelho, foi preso.',
            ("LEADS", "Paulo Souza Lima", "Comando Vermelho"),
        ),
        # the group named in an apposition to the group word: "head of Peru's largest gang, X"
        (
            "en",
            "Ana Ruiz Soto, the leader of Mexico's oldest cartel, the Sinaloa Cartel, was arrested by the Army.",
            ("LEADS", "Ana Ruiz Soto", "Sinaloa Cartel"),
        ),
        (
            "en",
            "Ana Ruiz Soto, the leader of Mexico's oldest cartel, the Sinaloa Cartel, was arrested by the Army.",
            ("ORIGINATED_IN", "Sinaloa Cartel", "Mexico"),
        ),
        (
            "es",
            "Pedro Lara Gil, jefe de la banda más temida del país, Los Malditos, fue detenido.",
            ("LEADS", "Pedro Lara Gil", "Los Malditos"),
        ),
    ],
)
def test_appositions_around_nicknames_and_group_words(ex, lang, text, fact):
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "pt",
            "O Comando Vermelho domina favelas do Rio. O Comando Vermelho cresceu. "
            "Seu principal líder, Carlos Alberto Mendes, o Gordo, cumpre pena.",
            "Carlos Alberto Mendes",
        ),
        (
            "pt",
            "O Comando Vermelho domina favelas do Rio. O Comando Vermelho cresceu. "
            "Um dos nomes da facção é Paulo Souza Lima, o Bigode Grosso, apontado como um de seus chefes.",
            "Paulo Souza Lima",
        ),
        (
            "es",
            "La banda Los Malditos controla el puerto. Los Malditos cobran extorsiones. "
            "Su máximo líder, Pedro Lara Gil, huyó a Bolivia.",
            "Pedro Lara Gil",
        ),
    ],
)
def test_possessive_leader_with_an_adjective_and_multiword_nicknames(ex, lang, text, leader):
    assert leader in leaders(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "leader", "nickname"),
    [
        (
            "es",
            'Fue capturado Julio Mora Paz, conocido como "el Chueco", cabecilla del Tren de Aragua.',
            "Julio Mora Paz",
            "el Chueco",
        ),
        ("en", 'Police held Dean Cole, known as "the Fox", a leader of MS-13.', "Dean Cole", "the Fox"),
        ("pt", 'Foi preso Caio Reis, vulgo "o Magro", chefe do Comando Vermelho.', "Caio Reis", "o Magro"),
    ],
)
def test_a_quoted_nickname_may_open_with_a_lower_case_article(ex, lang, text, leader, nickname):
    [node] = [n for n in ex.run(text, lang).graph.nodes() if n.type == "Leader"]
    assert (node.name, nickname in node.aliases) == (leader, True)
    assert "LEADS" in {t for t, person, _ in ex.facts(text, lang) if person == leader}


def test_a_nickname_apposition_does_not_make_an_official_a_leader(ex):
    text = 'The prosecutor Ana Ruiz Soto, better known as "Anita", the head of the anti-gang unit, spoke.'
    assert not leaders(ex, text, "en")
    # the group word's apposition needs the group word: "head of the Army, Los Lobos ..." is no leadership
    text = "Jorge Paz Vela, the head of the Army, Los Lobos and other gangs said, was in Quito."
    assert ("LEADS", "Jorge Paz Vela", "Los Lobos") not in ex.facts(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        ("en", "Peru's most feared gang, The Red Hawks, runs the port.", "Red Hawks"),
        ("es", "Es la banda más violenta del país, Los Malditos, según la policía.", "Los Malditos"),
        ("pt", "A maior quadrilha do estado, Os Corujas, domina o porto.", "Os Corujas"),
    ],
)
def test_a_group_named_in_apposition_to_a_group_word(ex, lang, text, gang):
    assert ("Gang", gang) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The leader of the gang, Juan Pérez, was arrested."),
        ("es", "Es la banda más grande, La Paz es su base."),
        ("pt", "O chefe da quadrilha, O Baixinho vive no Rio."),
    ],
)
def test_no_group_from_a_person_or_a_clause_after_a_group_word(ex, lang, text):
    assert not {n for t, n in ex.nodes(text, lang) if t == "Gang"}


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "The Los Pumas gang has bases in the UAE.", "United Arab Emirates"),
        (
            "es",
            "La banda Los Malditos tiene presencia en los Emiratos Árabes Unidos.",
            "United Arab Emirates",
        ),
        ("pt", "A facção Bonde do Maluco atua nos Emirados Árabes Unidos.", "United Arab Emirates"),
    ],
)
def test_more_countries_in_three_languages(ex, lang, text, country):
    assert ("Country", country) in ex.nodes(text, lang)


def test_an_agency_named_after_a_city_is_based_in_the_citys_country(ex):
    text = "Dubai Police arrested a member of the Los Pumas gang in Ireland. Ireland wants him."
    facts = ex.facts(text, "en")
    assert ("BASED_IN", "Dubai Police", "United Arab Emirates") in facts
    assert ("BASED_IN", "Dubai Police", "Ireland") not in facts


@pytest.mark.parametrize(
    ("lang", "text", "prison", "country"),
    [
        ("en", "He fled the prison known as La Roca, in Guayaquil.", "La Roca", "Ecuador"),
        (
            "es",
            "Fue trasladado al Centro de Confinamiento del Sur, en Sonora.",
            "Centro de Confinamiento del Sur",
            "Mexico",
        ),
        ("es", "Escapó de la cárcel conocida como El Infiernito, en Lima.", "El Infiernito", "Peru"),
        (
            "pt",
            "O grupo nasceu no Instituto Penal Vicente Piragibe, no Rio de Janeiro.",
            "Instituto Penal Vicente Piragibe",
            "Brazil",
        ),
        ("pt", "Ele fugiu da Cárcel Nueva de Asunción com outros presos.", "Cárcel Nueva", "Paraguay"),
        ("pt", "A facção surgiu na Casa de Custódia de Curitiba.", "Casa de Custódia de Curitiba", "Brazil"),
    ],
)
def test_prisons_named_by_their_head_noun_or_known_as(ex, lang, text, prison, country):
    assert ("LOCATED_IN", prison, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The prison known for its riots holds 3,000 inmates in Guayaquil."),
        ("pt", "Ele foi levado a um presídio de Curitiba."),
        ("es", "La cárcel de máxima seguridad tiene 2.000 reos."),
    ],
)
def test_no_prison_without_a_name(ex, lang, text):
    assert not {n for t, n in ex.nodes(text, lang) if t == "Prison"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            'Paulo Souza Lima, conhecido como "Bigode" e considerado um dos chefes mais procurados do Comando '
            "Vermelho, foi preso.",
            ("LEADS", "Paulo Souza Lima", "Comando Vermelho"),
        ),
        (
            "en",
            'Ramón Ortiz Vela, known as "Tigre" and described as one of the most wanted bosses of Barrio 18, '
            "was arrested.",
            ("LEADS", "Ramón Ortiz Vela", "Barrio 18"),
        ),
        (
            "es",
            'Pedro Lara Gil, conocido como "Chivo" y señalado como uno de los jefes más buscados del Tren de '
            "Aragua, fue detenido.",
            ("LEADS", "Pedro Lara Gil", "Tren de Aragua"),
        ),
    ],
)
def test_an_apposition_goes_on_after_a_nickname_and_modifiers_before_of(ex, lang, text, fact):
    assert fact in ex.facts(text, lang)


def test_and_without_a_nickname_does_not_continue_an_apposition(ex):
    text = "Ramón Ortiz Vela and the most wanted bosses of Barrio 18 met in Tegucigalpa."
    assert not {n for t, n in ex.nodes(text, "en") if t == "Leader"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "El Tren de Aragua nació en una cárcel.", "Tren de Aragua"),
        ("pt", "O Comando Vermelho nasceu num presídio.", "Comando Vermelho"),
        ("es", "Los Choneros crecieron en Manabí.", "Los Choneros"),
    ],
)
def test_an_article_opening_the_sentence_is_not_part_of_a_known_name(ex, lang, text, name):
    assert name in {n for t, n in ex.nodes(text, lang) if t == "Gang"}


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        ("es", "El grupo creció tras la caída del Cártel del Milenio en 2003.", "Cártel del Milenio"),
        ("en", "Police named the Clan del Sur in the report.", "Clan del Sur"),
        ("pt", "O grupo nasceu do antigo Cartel do Norte, segundo a polícia.", "Cartel do Norte"),
    ],
)
def test_a_capitalized_group_word_heads_a_name(ex, lang, text, gang):
    assert ("Gang", gang) in ex.nodes(text, lang)


def test_a_capitalized_group_word_before_a_place_names_no_group(ex):
    assert not {n for t, n in ex.nodes("The Cartel of Mexico City case was closed.", "en") if t == "Gang"}


def test_a_faction_belongs_to_the_group_the_sentence_is_about(ex):
    text = (
        "La banda Los Malditos domina Santa Cruz. Los Malditos cobran extorsiones. "
        "La banda, creada tras la caída del Cártel del Sur, creció gracias a Los Zorros, su brazo financiero."
    )
    facts = ex.facts(text, "es")
    assert ("FACTION_OF", "Los Zorros", "Los Malditos") in facts
    assert ("FACTION_OF", "Los Zorros", "Cártel del Sur") not in facts


def test_a_comma_inside_the_closing_quote_still_ends_the_nickname(ex):
    text = (
        'Pedro Ruiz Gil, known as "El Toro," the veteran trafficker who co-founded the Gulf Cartel, was held.'
    )
    [node] = [n for n in ex.run(text, "en").graph.nodes() if n.type == "Leader"]
    assert (node.name, "El Toro" in node.aliases) == ("Pedro Ruiz Gil", True)
    assert ("LEADS", "Pedro Ruiz Gil", "Gulf Cartel") in ex.facts(text, "en")
    # evidence quotes the article as written
    [edge] = [e for e in ex.run(text, "en").graph.edges() if e.type == "LEADS"]
    assert '"El Toro," the' in edge.evidence[0].sentence


def test_a_modifier_opening_the_sentence_is_not_part_of_the_groups_name(ex):
    text = "Former Gulf Cartel leader Juan Soto Gil was arrested by Mexican marines in Tamaulipas."
    facts = ex.facts(text, "en")
    assert ("LEADS", "Juan Soto Gil", "Gulf Cartel") in facts
    assert any(t == "ARRESTED_BY" and a == "Juan Soto Gil" for t, a, _ in facts)
    # "First Capital Command" keeps its first word: it is not a modifier
    assert ("Gang", "First Capital Command") in ex.nodes("First Capital Command leaders met in Brazil.", "en")


def test_a_countrys_possessive_places_the_prison_it_names(ex):
    text = "Tren de Aragua, which was born in Venezuela's Tocorón prison, now operates in Chile and Peru."
    located = {b for t, a, b in ex.facts(text, "en") if t == "LOCATED_IN"}
    assert located == {"Venezuela"}


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        ("pt", "O CV disputa o Acre com o Bonde dos 13, grupo criminoso que atua no estado.", "Bonde dos 13"),
        ("pt", "O CV disputa o Acre com o Bonde do Norte, grupo local que atua no estado.", "Bonde do Norte"),
        (
            "es",
            "Los Lobos pelean Durán con Los Tigres del Sur, grupo local que cobra extorsiones.",
            "Los Tigres del Sur",
        ),
    ],
)
def test_a_group_described_after_its_name_by_a_local_group_word(ex, lang, text, gang):
    assert ("Gang", gang) in ex.nodes(text, lang)
    assert not [n for t, n in ex.nodes("Em 2019, 13 presos fugiram do presídio.", "pt") if t == "Gang"]


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        ("pt", "Segundo a polícia, o grupo Os Malvados é ligado ao Comando Vermelho.", "Os Malvados"),
        ("es", "El grupo Los Pepes fue creado en 1993.", "Los Pepes"),
    ],
)
def test_a_plain_group_word_before_a_name_opening_with_an_article(ex, lang, text, gang):
    assert ("Gang", gang) in ex.nodes(text, lang)
    # a lower-case article is not a name: "el grupo la llevó" names nothing
    assert not [n for t, n in ex.nodes("El grupo la llevó a Lima en 2020.", "es") if t == "Gang"]


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        (
            "es",
            "La banda criminal Los Injertos del Cono extorsionaba a transportistas.",
            "Los Injertos del Cono",
        ),
        ("pt", "A quadrilha criminosa Bonde do Jefferson atua em Manaus.", "Bonde do Jefferson"),
    ],
)
def test_a_group_word_with_its_adjective_introduces_a_name(ex, lang, text, gang):
    assert ("Gang", gang) in ex.nodes(text, lang)
