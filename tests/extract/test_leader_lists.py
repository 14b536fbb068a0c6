"""Leaders and gang names in shapes that repeat a word: "comandada por A e por B", gang names
headed by "Bonde" or "Tropa" whose tail holds a known gang's short name. Beside each, the shape
that must not make a leader or a gang.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "A facção Guardiões do Vale, comandada por Rafael Dias Moura, conhecido como Rafinha, e por "
            "Lucas Prado Neto, atua em Macaé.",
            {("Rafael Dias Moura", "Guardiões do Vale"), ("Lucas Prado Neto", "Guardiões do Vale")},
        ),
        (
            "es",
            "La banda Los Cuervos del Norte, liderada por Raúl Peña Ortiz y por Iván Soto Ruiz, opera en Quito.",
            {("Raúl Peña Ortiz", "Los Cuervos del Norte"), ("Iván Soto Ruiz", "Los Cuervos del Norte")},
        ),
        (
            "en",
            "The Harbor Kings gang, led by Tom Okafor and by Daniel Mensah, is active in Lagos.",
            {("Tom Okafor", "Harbor Kings"), ("Daniel Mensah", "Harbor Kings")},
        ),
    ],
)
def test_a_second_agent_repeats_by(rules, lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "pt",
            "A facção Guardiões do Vale, comandada por Rafael Dias Moura, foi investigada por Lucas Prado Neto.",
            "Rafael Dias Moura",
        ),
        (
            "es",
            "La banda Los Cuervos del Norte, liderada por Raúl Peña Ortiz y denunciada por Iván Soto Ruiz, opera en Quito.",
            "Raúl Peña Ortiz",
        ),
    ],
)
def test_by_after_another_verb_names_no_leader(rules, lang: str, text: str, leader: str) -> None:
    assert rules.leaders(text, lang) == {leader}


def test_a_bonde_whose_tail_is_a_known_gangs_short_name_is_a_gang_of_its_own(rules) -> None:
    text = "A Polícia Civil prendeu Marcelo Souza Lima, apontado como líder do Bonde dos Lobos, em Niterói."
    nodes = rules.nodes(text, "pt")
    assert ("Gang", "Bonde dos Lobos") in nodes
    assert not {name for kind, name in nodes if kind in ("Gang", "Faction") and name in ("Lobos", "Bonde")}
    assert rules.leads(text, "pt") == {("Marcelo Souza Lima", "Bonde dos Lobos")}


def test_a_tropa_after_a_members_word_is_a_gang(rules) -> None:
    text = "Os criminosos da Tropa do Macaco foram presos pela Polícia Militar em Campos."
    assert ("Gang", "Tropa do Macaco") in rules.nodes(text, "pt")


@pytest.mark.parametrize(
    "text",
    [
        "Segundo o coronel, a Tropa de Choque dispersou o protesto em Campos.",
        "Os soldados da tropa do Exército chegaram a Campos.",
        "O Bonde do Comando Vermelho chegou a Campos.",
    ],
)
def test_a_police_troop_or_a_known_gangs_full_name_makes_no_tropa_gang(rules, text: str) -> None:
    names = {name for kind, name in rules.nodes(text, "pt") if kind in ("Gang", "Faction")}
    assert not {n for n in names if n.startswith(("Tropa", "tropa", "Bonde"))}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Blue Serpent gang operates in Ghana. Among those charged is Borja Castellano, alias "
            '"Tito," long described by investigators as the most senior of the gang\'s leaders.',
            {("Borja Castellano", "Blue Serpent")},
        ),
        (
            "en",
            "Borja Castellano, the most senior of the Blue Serpent gang's leaders, was charged in Accra.",
            {("Borja Castellano", "Blue Serpent")},
        ),
        (
            "en",
            "Borja Castellano, the Blue Serpent gang's most senior leader, was charged in Accra.",
            {("Borja Castellano", "Blue Serpent")},
        ),
    ],
)
def test_an_apposition_through_a_groups_possessive_names_its_leader(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Blue Serpent gang operates in Ghana. Among those charged is Borja Castellano, described "
            "by investigators as a rival of the gang's leaders.",
        ),
        ("en", "Borja Castellano, a rival of the Blue Serpent gang's leader, was charged in Accra."),
        ("es", "Borja Castellano, rival del jefe de la banda Los Cuervos del Norte, fue detenido en Quito."),
        ("pt", "Borja Castellano, inimigo do chefe do Bonde do Gago, foi preso em Itaboraí."),
    ],
)
def test_a_rival_of_the_leader_is_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leaders(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Fidel Rojas Luna, alias el Gordo, gerente del Cártel del Golfo en Reynosa, fue abatido.",
            {("Fidel Rojas Luna", "Cártel del Golfo")},
        ),
        ("es", "Fidel Rojas Luna, gerente de una empresa de transporte, fue citado por la Fiscalía.", set()),
        (
            "es",
            "Fidel Rojas Luna, gerente de Pemex en Reynosa, dijo que el Cártel del Golfo roba combustible.",
            set(),
        ),
    ],
)
def test_a_manager_leads_only_the_group_named_right_after(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Nicolás Prieto Vera comandó el llamado Cartel de las Montañas durante años.",
            {("Nicolás Prieto Vera", "Cartel de las Montañas")},
        ),
        (
            "pt",
            "Nicolau Prado Reis comandou o chamado Bonde do Gago durante anos.",
            {("Nicolau Prado Reis", "Bonde do Gago")},
        ),
        (
            "en",
            "Nicholas Price Jr led the group known as the Mountain Cartel for years.",
            {("Nicholas Price Jr", "Mountain Cartel")},
        ),
        (
            "es",
            "Nicolás Prieto Vera dirige la investigación llamada Operación Cuervo contra el Cartel de las Montañas.",
            set(),
        ),
        ("pt", "Nicolau Prado Reis comanda a chamada Operação Urso contra o Bonde do Gago.", set()),
    ],
)
def test_a_heading_verb_reaches_its_group_through_so_called(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Comandado por Wagner Costa Lima, vulgo Nego, e por Ivo Reis Neto, o Bonde dos Corvos atua em Maricá.",
            {("Wagner Costa Lima", "Bonde dos Corvos"), ("Ivo Reis Neto", "Bonde dos Corvos")},
        ),
        (
            "es",
            "Liderada por Hernán Ibarra Soto, la banda Los Cuervos del Norte opera en Quito.",
            {("Hernán Ibarra Soto", "Los Cuervos del Norte")},
        ),
        (
            "en",
            "Led by Tom Okafor and Daniel Mensah, the Harbor Kings gang operates in Lagos.",
            {("Tom Okafor", "Harbor Kings"), ("Daniel Mensah", "Harbor Kings")},
        ),
        ("pt", "Investigado por Wagner Costa Lima, o Bonde dos Corvos atua em Maricá.", set()),
        (
            "pt",
            "Comandada por Wagner Costa Lima, a operação contra o Bonde dos Corvos prendeu dez pessoas.",
            set(),
        ),
        ("en", "Led by Tom Okafor, the police operation against the Harbor Kings gang ended.", set()),
    ],
)
def test_a_participle_opening_the_sentence_speaks_of_the_group_after_its_agents(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Police arrested Tom Okafor Obi on Monday. He is the leader of the Harbor Kings gang.",
            {("Tom Okafor Obi", "Harbor Kings")},
        ),
        (
            "en",
            "Tom Okafor Obi was arrested on Monday. Okafor allegedly heads the Harbor Kings gang.",
            {("Tom Okafor Obi", "Harbor Kings")},
        ),
        (
            "pt",
            "A polícia prendeu Wagner Costa Lima na terça. Ele é apontado como chefe do Bonde do Gago.",
            {("Wagner Costa Lima", "Bonde do Gago")},
        ),
        ("en", "Tom Okafor and Ben Ade Obi were arrested. He is the leader of the Harbor Kings gang.", set()),
        (
            "en",
            "Judge Tom Okafor Obi spoke on Monday. He heads the inquiry into the Harbor Kings gang.",
            set(),
        ),
        (
            "en",
            "Police chief Tom Okafor Obi spoke on Monday. He is the leader of the Harbor Kings gang.",
            set(),
        ),
    ],
)
def test_a_pronoun_or_a_surname_opening_the_sentence_stands_for_the_one_person_named(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_an_article_opening_the_sentence_is_no_pronoun(rules) -> None:
    text = "La Policía capturó a Juan Pérez Soto en Quito. El grupo lidera Los Choneros desde 2019."
    assert "Juan Pérez Soto" not in rules.leaders(text, "es")
