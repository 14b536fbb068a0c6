"""A leader singled out among the people an arrest took, in the sentence after it ("Police detained
three men. One of them, X, is the leader of G", "Entre ellos está alias X, cabecilla de G", "Um
deles, conhecido como X, é chefe do G"): the leader and the group they lead were arrested by the
agency of the arrest. Each beside a negative: no arrest told before (the men were killed), or the
leader named as someone the detainee spoke of.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

SINGLED = [
    (
        "en",
        "Colombian National Police detained three men in Cúcuta on Sunday. One of them, Tomas Berrio, is "
        "the leader of a Tren de Aragua cell, police said.",
        "Tomas Berrio",
        "Tren de Aragua",
        "Colombian National Police",
    ),
    (
        "en",
        "Ecuador's National Police arrested four people in Manta on Monday. Among them was a man known as "
        '"Pelusa", the alleged ringleader of Los Choneros in the port.',
        "Pelusa",
        "Los Choneros",
        "Ecuador's National Police",
    ),
    (
        "es",
        'La PNP intervino a tres personas en Los Olivos. Uno de ellos, alias "Chamo", es cabecilla de una '
        "facción del Tren de Aragua.",
        "Chamo",
        "Tren de Aragua",
        "Peruvian National Police",
    ),
    (
        "es",
        'La Policía Nacional capturó a cuatro sospechosos en Quevedo. Entre ellos está alias "Sapo", '
        "considerado cabecilla de Los Lobos en Los Ríos.",
        "Sapo",
        "Los Lobos",
        "Policía Nacional",
    ),
    (
        "pt",
        "A Polícia Civil prendeu três homens em Duque de Caxias neste domingo. Um deles, conhecido como "
        '"Baixinho", é apontado como chefe do tráfico do Comando Vermelho na região.',
        "Baixinho",
        "Comando Vermelho",
        "Polícia Civil",
    ),
]

# the arrest told before names the group: the leader singled out among its members was taken too
SINGLED += [
    (
        "es",
        'La PNP capturó a cinco integrantes del Tren de Aragua en Lima. Uno de ellos, alias "Chamo", es el '
        "cabecilla de la banda.",
        "Chamo",
        "Tren de Aragua",
        "Peruvian National Police",
    ),
    (
        "en",
        "FBI agents arrested four MS-13 members in Houston. Among them was Nelson Ardila, the leader of an "
        "MS-13 clique.",
        "Nelson Ardila",
        "Mara Salvatrucha",
        "Federal Bureau of Investigation",
    ),
    (
        "pt",
        "A Polícia Civil prendeu cinco integrantes do PCC em Santos. Um deles, Jonas Prado, é apontado como "
        "chefe da facção na Baixada.",
        "Jonas Prado",
        "Primeiro Comando da Capital",
        "Polícia Civil",
    ),
]

NOT_SINGLED = [
    # no arrest told before: the men were killed
    (
        "en",
        "Gunmen killed three men in Cúcuta on Sunday. One of them, Tomas Berrio, was the leader of a Tren "
        "de Aragua cell, the Colombian National Police said.",
        "Tomas Berrio",
    ),
    (
        "es",
        'Sicarios asesinaron a tres personas en Los Olivos. Uno de ellos, alias "Chamo", era cabecilla de '
        "una facción del Tren de Aragua, informó la PNP.",
        "Chamo",
    ),
    # the arrest told before names the group, but the people singled out were killed in it
    (
        "es",
        "La PNP capturó a cinco integrantes del Tren de Aragua en Lima. Otros dos murieron en el tiroteo; "
        'uno de ellos era alias "Chamo", cabecilla de la banda.',
        "Chamo",
    ),
    # the leader is someone the detainee spoke of
    (
        "en",
        "Colombian National Police detained three men in Cúcuta. One of them told police that Tomas Berrio, "
        "the leader of a Tren de Aragua cell, had paid him.",
        "Tomas Berrio",
    ),
    (
        "pt",
        "A Polícia Civil prendeu três homens em Duque de Caxias. Um deles disse que Baixinho, chefe do "
        "Comando Vermelho, pagava o grupo.",
        "Baixinho",
    ),
]


@pytest.mark.parametrize(("lang", "text", "leader", "group", "agency"), SINGLED)
def test_a_leader_singled_out_among_the_people_arrested(
    ex: Extractor, lang: str, text: str, leader: str, group: str, agency: str
) -> None:
    arrests = ex.arrests(text, lang)
    assert (leader, agency) in arrests
    assert (group, agency) in arrests


@pytest.mark.parametrize(("lang", "text", "leader"), NOT_SINGLED)
def test_no_arrest_of_a_leader_not_singled_out_among_detainees(
    rules: Extractor, lang: str, text: str, leader: str
) -> None:
    assert not {agency for who, agency in rules.arrests(text, lang) if who == leader}


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "en",
            "The FBI arrested three men in Texas on Monday. One of them was the nephew of Ramon Vargas, the leader of MS-13.",
            "Ramon Vargas",
        ),
        (
            "es",
            "La Policía Nacional detuvo a tres hombres en Lima. Entre ellos no estaba Juan Pérez, cabecilla de Los Pulpos, que sigue prófugo.",
            "Juan Pérez",
        ),
        (
            "pt",
            "A Polícia Federal prendeu três homens. Um deles é sobrinho de Marcos Souza, chefe do PCC.",
            "Marcos Souza",
        ),
        (
            "en",
            "The FBI arrested three men in Texas. Among them was a man who worked for Ramon Vargas, the leader of MS-13.",
            "Ramon Vargas",
        ),
    ],
)
def test_a_leader_named_past_another_clause_after_one_of_them_was_not_arrested(
    rules, lang, text, leader
) -> None:
    assert leader not in {who for who, _agency in rules.arrests(text, lang)}
