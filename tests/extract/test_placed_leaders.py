"""A leadership word opening its sentence, then a phrase of place closed by a comma, then a name:
"Su cabecilla dentro del penal, X", "Seu chefe dentro da cadeia, X", "Its leader inside the
prison, X": X leads the group the sentence before named."""

from __future__ import annotations

import pytest


def leads(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            'Siete de los muertos pertenecían a la clica "Locos del Río", una estructura del Barrio 18. '
            'Su cabecilla dentro del penal, Mario Andrés Pineda Soto, alias "Toro", de 33 años, figura '
            "entre los heridos.",
            "Mario Andrés Pineda Soto",
            "Locos del Río",
        ),
        (
            "pt",
            "Sete dos mortos eram da Tropa do Farol, uma célula do Comando Vermelho. Seu chefe dentro "
            "da cadeia, Jonas Prado Leite, de 33 anos, foi ferido.",
            "Jonas Prado Leite",
            "Tropa do Farol",
        ),
        (
            "en",
            "Seven of the dead belonged to the Locos del Rio clique, a unit of the 18th Street gang. "
            "Its leader inside the prison, Mario Pineda Soto, 33, was among the wounded.",
            "Mario Pineda Soto",
            "Locos del Rio clique",
        ),
    ],
)
def test_leader_after_a_phrase_of_place(rules, lang: str, text: str, leader: str, group: str) -> None:
    assert (leader, group) in leads(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # a verb after the leadership word: the name is of someone else
            "es",
            'Siete de los muertos pertenecían a la clica "Locos del Río", una estructura del Barrio 18. '
            "Su cabecilla murió dentro del penal, y Mario Andrés Pineda Soto, de 33 años, figura entre "
            "los heridos.",
        ),
        (  # the phrase of place ends the clause; the name opens another
            "en",
            "Seven of the dead belonged to the Locos del Rio clique, a unit of the 18th Street gang. "
            "Its leader in prison is unknown; Mario Pineda Soto, 33, was among the wounded.",
        ),
    ],
)
def test_no_leader_past_a_clause(rules, lang: str, text: str) -> None:
    assert not {p for p, _ in leads(rules, text, lang)} & {"Mario Andrés Pineda Soto", "Mario Pineda Soto"}
