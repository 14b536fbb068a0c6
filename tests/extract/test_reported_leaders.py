"""A leader named in one sentence and said to lead a group in the next, by a pronoun after a
speaker, a verb of finding and "that" ("Jurors found that he ran G", "The ministry said at the
time that he ran G") or by a cleft ("Segundo a PF, é ele quem comanda G", "es él quien dirige G",
"it was he who ran G"); a place read as a name after the leadership takes nothing away from it."""

from __future__ import annotations

import pytest


def leads(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            "Tomas Varga Lind, 38, was convicted on Friday of racketeering. "
            "Jurors found that he ran the Harbor Locos Salvatrucha, a clique of MS-13.",
            "Tomas Varga Lind",
            "Harbor Locos Salvatrucha",
        ),
        (
            "en",
            "Tomas Varga Lind, 38, was convicted on Friday of racketeering. "
            "Jurors found he ran the Harbor Locos Salvatrucha, a clique of MS-13.",
            "Tomas Varga Lind",
            "Harbor Locos Salvatrucha",
        ),
        (
            "en",
            'Ramiro Ochoa Vela, known as "El Cuervo", was extradited to Texas. '
            "Mexico's security ministry said at the time that he ran Los Cuervos de Nayar, "
            "a cell of the Sinaloa Cartel.",
            "Ramiro Ochoa Vela",
            "Los Cuervos de Nayar",
        ),
        (
            "en",
            "Tomas Varga Lind was detained in Newark. Prosecutors say it was he who ran the "
            "Harbor Locos Salvatrucha, a clique of MS-13.",
            "Tomas Varga Lind",
            "Harbor Locos Salvatrucha",
        ),
        (
            "es",
            "Ramiro Ochoa Vela fue detenido en Tepic. Según la fiscalía, es él quien dirige "
            "Los Cuervos de Nayar, una célula del Cártel de Sinaloa con rutas hacia Puerto Vallarta.",
            "Ramiro Ochoa Vela",
            "Los Cuervos de Nayar",
        ),
        (
            "es",
            "Ramiro Ochoa Vela fue condenado en marzo. Los fiscales creen que dirigía "
            "la banda Los Cuervos de Nayar.",
            "Ramiro Ochoa Vela",
            "Los Cuervos de Nayar",
        ),
        (
            "pt",
            'Lá dentro estava Valdir Moreira Lins, 44 anos, conhecido como "Cação". Segundo a PF, '
            "é ele quem comanda o Bonde da Maré, a célula do Comando Vermelho que despacha "
            "cocaína para Gioia Tauro.",
            "Valdir Moreira Lins",
            "Bonde da Maré",
        ),
    ],
)
def test_reported_and_cleft_subjects_lead(rules, lang: str, text: str, leader: str, group: str) -> None:
    assert (leader, group) in leads(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # two people in the sentence before: "he" stands for neither
            "en",
            "Tomas Varga Lind and Oscar Pell were convicted on Friday. "
            "Jurors found that he ran the Harbor Locos Salvatrucha, a clique of MS-13.",
        ),
        (  # "that" opens a clause whose subject is the gang, not the man
            "en",
            'Ramiro Ochoa Vela, known as "El Cuervo", was extradited to Texas. '
            "Mexico's security ministry said at the time that the gang ran Los Cuervos de Nayar.",
        ),
        (  # the cleft's pronoun stands for a prosecutor, an official
            "es",
            "La fiscal Marta Lozano Gil habló el lunes. Según la fiscalía, es ella quien dirige "
            "la investigación sobre Los Cuervos de Nayar.",
        ),
        (  # no cleft: "é ele" is a copula and a pronoun, then a description
            "pt",
            'Lá dentro estava Valdir Moreira Lins, 44 anos, conhecido como "Cação". Segundo a PF, '
            "é ele o dono do barco usado pelo Bonde da Maré.",
        ),
    ],
)
def test_no_leader_without_one_subject(rules, lang: str, text: str) -> None:
    assert not leads(rules, text, lang)
