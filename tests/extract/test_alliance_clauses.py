"""Alliances and rivalries told around a clause: the subject past a relative clause ("X, which
works with Y, is at war with Z"), a possessed partner past the place it is in ("its allies in
Ecuador, the Y gang"), and a political ally, who is nobody's criminal partner."""

from __future__ import annotations

import pytest

RELATIVE_CLAUSES = [
    (
        "en",
        "The Black Lynx gang, which works with the Iron Fist cartel, is at war with the Red Wolves gang.",
        {"Black Lynx", "Red Wolves"},
        {"Iron Fist cartel", "Red Wolves"},
    ),
    (
        "es",
        "La banda Los Cuervos, que trabaja con la banda Los Lobos Negros, está en guerra con la banda Los Pumas.",
        {"Los Cuervos", "Los Pumas"},
        {"Los Lobos Negros", "Los Pumas"},
    ),
    (
        "pt",
        "A facção Comando Norte, que trabalha com a facção Tropa Vermelha, está em guerra com a facção Falange Azul.",
        {"Comando Norte", "Falange Azul"},
        {"Tropa Vermelha", "Falange Azul"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "rival", "not_rival"), RELATIVE_CLAUSES)
def test_the_group_before_a_relative_clause_is_the_subject(
    rules, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


@pytest.mark.parametrize(("lang", "text", "rival", "not_rival"), RELATIVE_CLAUSES)
def test_the_learned_stage_does_not_pair_the_partners_of_one_group(
    ex, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in ex.facts(text, lang) if t in ("RIVAL_OF", "ALLIED_WITH")]
    assert rival in pairs
    assert not_rival not in pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Black Lynx gang, which the Red Wolves gang once helped, is at war with the Iron Fist cartel.",
        ),
        (
            "es",
            "La banda Los Cuervos, que ayudó a la banda Los Pumas, está en guerra con la banda Los Lobos Negros.",
        ),
    ],
)
def test_a_group_in_a_clause_of_its_own_is_not_the_subject(rules, lang: str, text: str) -> None:
    rivals = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rivals and all(("Red Wolves" not in p and "Los Pumas" not in p) for p in rivals)


@pytest.mark.parametrize(
    ("lang", "text", "partners"),
    [
        (
            "en",
            "The Black Lynx gang moves cocaine through the port. Its allies in Ecuador, the Red Wolves gang "
            "and the Iron Fist cartel, store the drugs.",
            {"Red Wolves", "Iron Fist cartel"},
        ),
        (
            "es",
            "La banda Los Cuervos controla el puerto de Manta. Sus aliados en Perú, la banda Los Pumas, "
            "guardan la droga.",
            {"Los Pumas"},
        ),
        (
            "pt",
            "A facção Comando Norte domina o porto. Seus aliados no Paraguai, a facção Falange Azul, guardam a droga.",
            {"Falange Azul"},
        ),
    ],
)
def test_a_possessed_partner_after_the_place_it_is_in(
    rules, lang: str, text: str, partners: set[str]
) -> None:
    found = rules.related("ALLIED_WITH", text, lang)
    owner = {"en": "Black Lynx", "es": "Los Cuervos", "pt": "Comando Norte"}[lang]
    assert {b for a, b in found if a == owner} | {a for a, b in found if b == owner} == partners


def test_a_possessed_word_far_from_the_group_is_no_partner(rules) -> None:
    text = "The Black Lynx gang controls the port. Its allies in the Senate said the Red Wolves gang is weak."
    assert not rules.related("ALLIED_WITH", text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Black Lynx gang controls the port. The mayor, a political ally of the governor, said the "
            "Red Wolves gang is allied with nobody.",
        ),
        (
            "es",
            "La banda Los Cuervos controla el puerto. Los aliados políticos del gobernador culparon a la banda "
            "Los Pumas de la violencia.",
        ),
        (
            "pt",
            "A facção Comando Norte domina o porto. Os aliados políticos do governador culparam a facção "
            "Falange Azul pela violência.",
        ),
    ],
)
def test_a_political_ally_is_no_criminal_partner(ex, lang: str, text: str) -> None:
    assert not ex.related("ALLIED_WITH", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La banda Los Cuervos controla el puerto. Sus aliados, la banda Los Pumas, guardan la droga."),
        (
            "pt",
            "A facção Comando Norte domina o porto. Seus aliados, a facção Falange Azul, guardam a droga.",
        ),
    ],
)
def test_a_criminal_ally_in_the_same_words_is_kept(rules, lang: str, text: str) -> None:
    assert rules.related("ALLIED_WITH", text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Black Lynx gang has long worked with the Iron Fist cartel, while the Red Wolves gang "
            "is allied with the Jade Dragon cartel.",
            {"Black Lynx", "Iron Fist cartel"},
        ),
        (
            "es",
            "La banda Los Cuervos trabajó con la banda Los Pumas durante años.",
            {"Los Cuervos", "Los Pumas"},
        ),
        (
            "pt",
            "A facção Comando Norte trabalhou com a facção Falange Azul durante anos.",
            {"Comando Norte", "Falange Azul"},
        ),
    ],
)
def test_worked_with_tells_an_alliance(rules, lang: str, text: str, pair: set[str]) -> None:
    assert pair in [{s, o} for t, s, o in rules.facts(text, lang) if t == "ALLIED_WITH"]


@pytest.mark.parametrize(
    ("lang", "text", "rivals", "faction"),
    [
        (
            "en",
            "Officials blamed the violence on a dispute for control of the port between the Red Wolves gang "
            "and a cell known as the Jade Dragons.",
            {"Red Wolves", "Jade Dragons"},
            None,
        ),
        (
            "es",
            "Las autoridades atribuyeron la violencia a una disputa por el control del puerto entre la banda "
            "Los Pumas y una célula conocida como Los Topos.",
            {"Los Pumas", "Los Topos"},
            "Los Topos",
        ),
        (
            "pt",
            "As autoridades atribuíram a violência a uma disputa pelo controle do porto entre a facção "
            "Falange Azul e uma célula conhecida como Tropa Vermelha.",
            {"Falange Azul", "Tropa Vermelha"},
            "Tropa Vermelha",
        ),
    ],
)
def test_a_dispute_over_something_between_two_groups(rules, lang, text, rivals, faction) -> None:
    facts = rules.facts(text, lang)
    assert rivals in [{s, o} for t, s, o in facts if t == "RIVAL_OF"]
    assert faction is None or not [f for f in facts if f[0] == "FACTION_OF" and f[1] == faction]


def test_a_dispute_far_from_between_is_no_pair(rules) -> None:
    text = (
        "The dispute over the new law, which the mayor signed in March, split the council between "
        "the Red Wolves gang and the Iron Fist cartel."
    )
    assert not rules.related("RIVAL_OF", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Black Lynx gang has also fought alongside the Red Wolves gang in the eastern suburbs.",
            {"Black Lynx", "Red Wolves"},
        ),
        (
            "es",
            "La banda Los Cuervos luchó junto a la banda Los Pumas en el puerto.",
            {"Los Cuervos", "Los Pumas"},
        ),
        (
            "pt",
            "A facção Comando Norte lutou ao lado da facção Falange Azul no porto.",
            {"Comando Norte", "Falange Azul"},
        ),
    ],
)
def test_fighting_alongside_is_an_alliance_not_a_rivalry(ex, lang: str, text: str, pair: set[str]) -> None:
    facts = ex.facts(text, lang)
    assert pair in [{s, o} for t, s, o in facts if t == "ALLIED_WITH"]
    assert pair not in [{s, o} for t, s, o in facts if t == "RIVAL_OF"]


def test_fighting_against_stays_a_rivalry(ex) -> None:
    text = "The Black Lynx gang has also fought against the Red Wolves gang in the eastern suburbs."
    assert not ex.related("ALLIED_WITH", text, "en")
    assert ex.related("RIVAL_OF", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "He is linked to the Rossi clan, a Camorra group from the outskirts of Naples that broke away from "
            "the Bianchi clan in the mid-2000s in a bloody feud.",
            {"Rossi clan", "Bianchi clan"},
        ),
        (
            "es",
            "Está vinculado a la banda Los Cuervos, una pandilla del norte de Quito que se separó de la banda "
            "Los Pumas en 2010 en una guerra sangrienta.",
            {"Los Cuervos", "Los Pumas"},
        ),
    ],
)
def test_a_war_told_in_a_relative_clause_of_an_apposition(
    rules, lang: str, text: str, pair: set[str]
) -> None:
    assert pair in [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]


def test_an_apposition_closed_before_the_relative_tells_no_war(rules) -> None:
    text = (
        "He is linked to the Rossi clan, a Camorra group, and to a man that broke away from the Bianchi clan "
        "in a bloody feud."
    )
    assert not rules.related("RIVAL_OF", text, "en")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Explainer: the PCC-CV war spilled into the northern prisons.", "RIVAL_OF"),
        ("Analysts say the PCC-CV alliance held until 2016.", "ALLIED_WITH"),
    ],
)
def test_two_groups_joined_by_a_hyphen_before_a_noun_of_war_or_alliance(rules, text: str, kind: str) -> None:
    assert rules.related(kind, text, "en")


def test_two_groups_joined_by_a_hyphen_before_another_noun_are_no_pair(rules) -> None:
    text = "Analysts say the PCC-CV meeting took place in 2016."
    assert not rules.related("RIVAL_OF", text, "en") and not rules.related("ALLIED_WITH", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La banda Los Cuervos y la banda Los Pumas dominan el puerto. Desde 2019 son aliadas.",
            {"Los Cuervos", "Los Pumas"},
        ),
        (
            "pt",
            "A facção Comando Norte e a facção Falange Azul dominam o porto. Desde 2019 são aliadas.",
            {"Comando Norte", "Falange Azul"},
        ),
    ],
)
def test_a_plural_copula_goes_on_about_the_pair_before(rules, lang: str, text: str, pair: set[str]) -> None:
    assert pair in [{s, o} for t, s, o in rules.facts(text, lang) if t == "ALLIED_WITH"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La banda Los Cuervos y la banda Los Pumas dominan el puerto. Desde 2019 son aliadas del alcalde.",
        ),
        (
            "es",
            "La banda Los Cuervos y la banda Los Pumas dominan el puerto. En 2019 sellaron una alianza con el alcalde.",
        ),
        (
            "pt",
            "A facção Comando Norte e a facção Falange Azul dominam o porto. Desde 2019 são aliadas do prefeito.",
        ),
    ],
)
def test_a_pair_allied_with_someone_else_is_not_allied_together(rules, lang: str, text: str) -> None:
    assert not rules.related("ALLIED_WITH", text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Members of the Black Lynx gang exchanged fire with members of the Red Wolves gang on Sunday.",
            {"Black Lynx", "Red Wolves"},
        ),
        (
            "es",
            "Integrantes de la banda Los Cuervos intercambiaron disparos con miembros de la banda Los Pumas.",
            {"Los Cuervos", "Los Pumas"},
        ),
        (
            "pt",
            "Integrantes da facção Comando Norte trocaram tiros com membros da facção Falange Azul.",
            {"Comando Norte", "Falange Azul"},
        ),
    ],
)
def test_an_exchange_of_fire_between_two_groups_is_a_rivalry(
    rules, lang: str, text: str, pair: set[str]
) -> None:
    assert pair in [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police exchanged fire with members of the Red Wolves gang."),
        ("pt", "Policiais trocaram tiros com integrantes da facção Falange Azul."),
    ],
)
def test_the_police_exchanging_fire_with_a_group_is_no_rivalry(ex, lang: str, text: str) -> None:
    assert not ex.related("RIVAL_OF", text, lang)
