"""A group's command attributed to someone ("o comando do G é atribuído a X", "el mando de G se
atribuye a X", "the leadership of G is attributed to X") makes that person its leader; an attack
or a murder attributed to someone does not."""

from __future__ import annotations

import pytest


def leads(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "pt",
            "A Polícia Civil prendeu dez suspeitos. Fora das grades, o comando do Bonde do Maluco é "
            'atribuído a Jonas Prado Leite, o "Jonas do Cais", foragido desde 2021.',
            "Jonas Prado Leite",
            "Bonde do Maluco",
        ),
        (
            "es",
            "La policía detuvo a diez integrantes de la banda Los Halcones del Norte. El mando de Los "
            'Halcones del Norte se atribuye a Mario Andrés Pineda Soto, alias "Toro", prófugo desde 2021.',
            "Mario Andrés Pineda Soto",
            "Los Halcones del Norte",
        ),
        (
            "en",
            "Police arrested ten members of the Sinaloa Cartel in Culiacan. The leadership of the Sinaloa "
            "Cartel is now attributed to Mario Pineda Soto, 41, who is at large.",
            "Mario Pineda Soto",
            "Sinaloa Cartel",
        ),
    ],
)
def test_command_attributed_to_someone(rules, lang: str, text: str, leader: str, group: str) -> None:
    assert (leader, group) in leads(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Polícia Civil prendeu dez suspeitos. A autoria do ataque ao Bonde do Maluco é atribuída "
            'a Jonas Prado Leite, o "Jonas do Cais".',
        ),
        (
            "es",
            "La policía detuvo a diez integrantes de la banda Los Halcones del Norte. El ataque contra "
            "Los Halcones del Norte se atribuye a Mario Andrés Pineda Soto.",
        ),
        (
            "en",
            "Police arrested ten members of the Sinaloa Cartel in Culiacan. The murder of a Sinaloa "
            "Cartel courier is attributed to Mario Pineda Soto.",
        ),
        # an attack on the command is attributed, not the command
        ("es", "Un atentado contra el mando del Cártel de Sinaloa se atribuye a Mario Andrés Pineda Soto."),
        (
            "en",
            "An attack on the leadership of the Gulf Cartel was attributed to Mario Pineda Soto, police said.",
        ),
        ("pt", "Um ataque contra a chefia do Comando Vermelho foi atribuído a Jonas Prado Leite."),
    ],
)
def test_no_leader_from_other_things_attributed(rules, lang: str, text: str) -> None:
    assert not leads(rules, text, lang)
