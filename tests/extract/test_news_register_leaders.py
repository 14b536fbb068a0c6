"""Leaders in the registers of Latin American police notes and dailies, on texts written for
these tests: the leader of a group named by its kind, a passive after the group that opens the
sentence, a nickname before the name, a kinship apposition, a place between group and name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía detuvo a 14 integrantes de Los Cuervos del Sur. El líder de la agrupación, Ramón Cifuentes, fue enviado a la cárcel.",
        ),
        (
            "pt",
            "A Polícia Civil prendeu seis integrantes da facção Os Caranguejos. O chefe da gangue, Roberto Lins, foi levado para o presídio.",
        ),
    ],
)
def test_a_leader_of_the_group_named_by_its_kind_leads_the_group_named_before(ex, lang, text):
    assert ex.leads(text, lang) == {
        (
            "Ramón Cifuentes" if lang == "es" else "Roberto Lins",
            "Los Cuervos del Sur" if lang == "es" else "Os Caranguejos",
        )
    }


def test_a_leader_of_a_group_word_that_names_no_crime_group_leads_nothing(ex):
    text = "Según la Policía, la agrupación vecinal organizó una marcha. El líder de la agrupación, Ramón Cifuentes, habló."
    assert not ex.leads(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O Bonde do Tigre, rival do PCC no Rio Grande do Norte, teve dois líderes presos."),
        ("es", "Los Tejones, rivales de Los Choneros en Santo Domingo, perdieron a dos cabecillas."),
    ],
)
def test_a_place_after_in_before_a_leader_word_is_no_leader(ex, lang, text):
    assert not ex.leaders(text, lang)


def test_a_person_named_after_a_town_is_still_a_leader(ex):
    text = "A Polícia prendeu em Santos Carlos Faria, líder do Bonde do Tigre."
    assert ex.leads(text, "pt") == {("Carlos Faria", "Bonde do Tigre")}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "pt",
            'A facção Bonde dos 40, aliada do Comando Vermelho no Maranhão, é liderada por Diego Araújo, o "DG".',
            "Diego Araújo",
            "Bonde dos 40",
        ),
        (
            "es",
            "La banda Los Tejones, aliada de Los Choneros en Manabí, es liderada por Iván Mora.",
            "Iván Mora",
            "Los Tejones",
        ),
    ],
)
def test_a_passive_leads_the_group_that_opens_the_sentence_after_its_group_word(
    ex, lang, text, leader, group
):
    assert ex.leads(text, lang) == {(leader, group)}


def test_a_passive_after_a_group_named_inside_the_clause_leads_that_group(ex):
    text = "Según la Policía, el mercado lo controla la banda Los Tejones, liderada por Iván Mora."
    assert ex.leads(text, "es") == {("Iván Mora", "Los Tejones")}


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "pt",
            "Conhecido como Doca, Edson Brito é apontado pela polícia como líder do Comando Vermelho.",
            "Edson Brito",
        ),
        ("es", 'Alias "Toro", Iván Mora fue identificado como cabecilla de Los Tejones.', "Iván Mora"),
    ],
)
def test_a_nickname_opening_the_sentence_is_the_name_after_it(ex, lang, text, leader):
    assert ex.leaders(text, lang) == {leader}


def test_a_nickname_opening_the_sentence_without_a_name_after_it_is_the_person(ex):
    text = 'Alias "Toro", cabecilla de Los Tejones, fue capturado.'
    assert ex.leaders(text, "es") == {"Toro"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            "Según la Policía, Ovidio Lara, hijo de Joaquín Lara, lidera Los Tejones desde 2019.",
            "Ovidio Lara",
            "Los Tejones",
        ),
        (
            "es",
            'Iván Mora, "El Toro", hermano de Luis Mora, dirige la banda Los Tejones desde 2019.',
            "Iván Mora",
            "Los Tejones",
        ),
        (
            "pt",
            "Carlos Faria, filho de Jorge Faria, comanda o Bonde do Tigre desde 2020.",
            "Carlos Faria",
            "Bonde do Tigre",
        ),
        ("en", "Carlos Faria, the son of Jorge Faria, runs the Tigre gang.", "Carlos Faria", "Tigre"),
    ],
)
def test_the_subject_of_a_heading_verb_is_the_person_a_kinship_apposition_describes(
    ex, lang, text, leader, group
):
    assert ex.leads(text, lang) == {(leader, group)}


def test_a_relative_named_without_kinship_apposition_is_still_the_subject(ex):
    text = "Según la esposa de Luis Mora, Iván Mora dirige la banda Los Tejones."
    assert ex.leads(text, "es") == {("Iván Mora", "Los Tejones")}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("es", "La Policía detuvo a Iván Mora, quien lidera Los Tejones.", "Los Tejones"),
        ("pt", "Segundo a Polícia Civil, Carlos Faria comanda Os Caranguejos desde 2020.", "Os Caranguejos"),
    ],
)
def test_a_plural_article_name_after_a_heading_verb_in_a_crime_story_is_a_gang(ex, lang, text, group):
    assert ("Gang", group) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Iván Mora lidera Los Ángeles Azules, una orquesta de cumbia.",
        "El general Pérez dirige Las Fuerzas Armadas desde 2019.",
    ],
)
def test_a_plural_article_name_after_a_heading_verb_names_no_band_and_no_body_of_the_state(ex, text):
    assert not {name for kind, name in ex.nodes(text, "es") if kind in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ('"El Toro" Arellano, líder de Los Tejones, fue detenido en Texas por la DEA.', "El Toro"),
        ('La banda Los Tejones, liderada por "El Toro" Arellano, opera en Sonora.', "El Toro"),
    ],
)
def test_a_quoted_nickname_before_a_surname_names_one_person(ex, text, alias):
    leaders = [n for n in ex.run(text, "es").graph.nodes() if n.type == "Leader"]
    assert [n.name for n in leaders] == ["El Toro Arellano"]  # the name holds no quote marks
    assert alias in leaders[0].aliases


def test_a_quoted_nickname_before_a_full_name_goes_with_that_name(ex):
    text = 'La PNP capturó a "Chato" Julián Pérez, cabecilla de Los Tejones, en Piura.'
    leaders = [n.name for n in ex.run(text, "es").graph.nodes() if n.type == "Leader"]
    assert leaders == ["Julián Pérez"]


def test_a_quoted_nickname_alone_is_still_the_person(ex):
    assert ex.leaders('La banda Los Tejones, liderada por "El Toro", opera en Sonora.', "es") == {"El Toro"}


def test_a_kinship_apposition_with_a_quoted_nickname_leaves_the_subject_first(ex):
    text = 'Ovidio Lara, "El Ratón", hijo de "El Toro" Lara, lidera la banda Los Tejones.'
    assert ex.leads(text, "es") == {("Ovidio Lara", "Los Tejones")}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "pt",
            "A Polícia Federal prendeu o líder do Comando Vermelho no Acre, Anderson Lima, de 35 anos.",
            "Anderson Lima",
            "Comando Vermelho",
        ),
        (
            "es",
            'La Policía capturó al cabecilla de Los Tejones en Manabí, Franklin Guerrero, alias "Tigre".',
            "Franklin Guerrero",
            "Los Tejones",
        ),
    ],
)
def test_a_leader_word_its_group_and_a_place_then_the_name_in_apposition(ex, lang, text, leader, group):
    assert ex.leads(text, lang) == {(leader, group)}


def test_a_name_after_a_place_that_opens_a_new_clause_is_no_leader(ex):
    text = "A Polícia Federal prendeu o líder do Comando Vermelho no Acre, e Anderson Lima fugiu."
    assert not ex.leaders(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "leader", "alias"),
    [
        (
            "pt",
            "Marcos Lima, conhecido no mundo do crime como Tatu, chefia o Bonde do Tigre.",
            "Marcos Lima",
            "Tatu",
        ),
        (
            "es",
            'Iván Mora, conocido en el mundo criminal como "Toro", es el jefe de Los Tejones según la Policía.',
            "Iván Mora",
            "Toro",
        ),
        (
            "en",
            'Ivan Mora, known in the underworld as "Toro", is the boss of the Tejones gang.',
            "Ivan Mora",
            "Toro",
        ),
    ],
)
def test_a_nickname_after_known_in_some_world_as_is_the_persons(ex, lang, text, leader, alias):
    leaders = [n for n in ex.run(text, lang).graph.nodes() if n.type == "Leader"]
    assert [n.name for n in leaders] == [leader]
    assert alias in leaders[0].aliases


def test_known_for_acting_as_someone_gives_no_nickname(ex):
    text = "Marcos Lima, conhecido por agir como Robin Hood, chefia o Bonde do Tigre."
    assert not any("Robin Hood" in n.aliases for n in ex.run(text, "pt").graph.nodes())
