"""A bare force name ("la Policía Nacional") in an article that names two countries' forces of
that name is the one it names far more often (the article's own); with no clear lead it stays
apart, and so does a bare "Polícia" beside one country's several forces."""

from __future__ import annotations

from tests.extract.conftest import Extractor

ECUADOR_FIRST = (
    "La Policía Nacional del Ecuador capturó a 13 integrantes de Los Tigrillos del Sur en Esmeraldas. "
    "Según la Policía Nacional del Ecuador, la banda enviaba cocaína a Centroamérica. La Policía Nacional "
    "informó que los detenidos fueron trasladados a Quito. En paralelo, la Policía Nacional de Colombia "
    "capturó en Cali a otro cabecilla de la banda. Un vocero de la Policía Nacional del Ecuador dijo que "
    "hubo cooperación."
)


def agencies(rules: Extractor, text: str, lang: str) -> set[str]:
    return {n.name for n in rules.run(text, lang).graph.nodes() if n.type == "Agency"}


def test_a_bare_force_name_is_the_countrys_force_the_article_names_most(rules: Extractor) -> None:
    assert agencies(rules, ECUADOR_FIRST, "es") == {
        "Policía Nacional del Ecuador",
        "Policía Nacional de Colombia",
    }


def test_a_bare_force_name_stays_apart_when_no_country_leads(rules: Extractor) -> None:
    text = (
        "La Policía Nacional del Ecuador capturó a 13 integrantes de Los Tigrillos del Sur. La Policía "
        "Nacional de Colombia capturó en Cali a otro cabecilla. La Policía Nacional informó que hubo "
        "cooperación."
    )
    assert "Policía Nacional" in agencies(rules, text, "es")


def test_a_bare_police_beside_one_countrys_several_forces_stays_apart(rules: Extractor) -> None:
    text = (
        "A Polícia Civil prendeu 12 integrantes do Bonde da Serra em Santos. Segundo a Polícia Civil, a "
        "Polícia Militar apoiou as buscas. A Polícia Civil disse que a facção vendia drogas. Os presos "
        "foram levados para a sede da Polícia."
    )
    assert agencies(rules, text, "pt") == {"Polícia", "Polícia Civil", "Polícia Militar"}
