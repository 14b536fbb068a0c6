"""The publisher's country, from a country-code domain, places forces named without their country."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.gazetteer import load_gazetteer
from kg.extract.sources import source_country
from kg.model import Document


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.abc.com.py/policiales/x", "Paraguay"),
        ("https://elpais.com.uy/informacion/x", "Uruguay"),
        ("https://www.jornada.com.mx/notas/x", "Mexico"),
        ("https://g1.globo.com.br/x", "Brazil"),
        ("https://news.bbc.co.uk/x", "United Kingdom"),
        ("https://insightcrime.org/x", None),
        ("https://noticias.co/x", None),
        ("https://example.tv/x", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_source_country(url: str | None, country: str | None) -> None:
    assert source_country(url, load_gazetteer()) == country


def _based_in(url: str | None) -> set[tuple[str, str]]:
    text = (
        "Agentes de la Policía Nacional detuvieron a dos brasileños del Comando Vermelho en Pedro Juan "
        "Caballero, en la frontera de Paraguay con Brasil."
    )
    graph = extract_document(Document(id="d", source="d.md", text=text, url=url), lang="es").graph
    return {
        (graph.node(e.source).name, graph.node(e.target).name) for e in graph.edges() if e.type == "BASED_IN"
    }


def test_a_force_without_its_country_is_the_publishers_when_the_article_names_it() -> None:
    assert _based_in("https://www.abc.com.py/nota") == {("Policía Nacional", "Paraguay")}
    assert _based_in("https://www.folha.com.br/nota") == {("Policía Nacional", "Brazil")}


def test_a_publisher_country_the_article_never_names_places_nothing() -> None:
    assert ("Policía Nacional", "Uruguay") not in _based_in("https://elpais.com.uy/nota")
