"""A definite description of a faction ("la célula", "the cell", "a célula") refers back to a
faction named before it, never to one the article first names below, however often; an
indefinite one ("a cell that investigators call X") may name its faction later in its sentence."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "leader", "cell", "later"),
    [
        (
            "es",
            "La Policía capturó a 13 miembros de Los Tigrillos del Sur, célula de Los Tiguerones, en "
            'Esmeraldas.\n\nEntre los aprehendidos está Jairo Mina, alias "Tigre", a quien la Policía '
            "identifica como el cabecilla de la célula.\n\nSegún el informe, la cocaína llegaba de la Columna "
            "Móvil Pedro Arias, una estructura disidente de las FARC. La Columna Móvil Pedro Arias opera en "
            "Nariño. En 2024 la Columna Móvil Pedro Arias perdió a su jefe.",
            "Jairo Mina",
            "Los Tigrillos del Sur",
            "Columna Móvil Pedro Arias",
        ),
        (
            "pt",
            "A Polícia Federal prendeu 11 integrantes do Bonde da Serra, célula do Comando Vermelho, em "
            'Macapá.\n\nEntre os presos está Caio Brito, o "Mano", apontado como chefe da célula.\n\nSegundo '
            "a PF, a droga vinha da Frente Carlos Patiño, uma estrutura dissidente das FARC. A Frente Carlos "
            "Patiño atua no Cauca. Em 2024 a Frente Carlos Patiño perdeu seu chefe.",
            "Caio Brito",
            "Bonde da Serra",
            "Frente Carlos Patiño",
        ),
    ],
)
def test_the_cell_refers_back_not_to_a_faction_first_named_below(
    rules: Extractor, lang: str, text: str, leader: str, cell: str, later: str
) -> None:
    leads = rules.leads(text, lang)
    assert (leader, cell) in leads
    assert (leader, later) not in leads


def test_an_indefinite_cell_may_be_named_later_in_its_sentence(rules: Extractor) -> None:
    text = (
        "Six weeks later, the same police unit arrested Ervin Hoxa. Prosecutors say Hoxa headed a cell that "
        "investigators call La Célula del Alacrán."
    )
    assert ("Ervin Hoxa", "La Célula del Alacrán") in rules.leads(text, "en")
