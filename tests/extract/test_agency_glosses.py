"""An agency's name glossed in parentheses by its name in another language is one agency:
"the Attorney General's Office (Ministerio Público)", "la Fiscalía Nacional (Ministerio
Público)", even when the gloss is the longer name; a country or a place in the parentheses is no
gloss, and neither is an agency named in a longer parenthesis."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


def _agencies(ex: Extractor, text: str, lang: str) -> list[tuple[str, list[str]]]:
    graph = ex.run(text, lang).graph
    return [(n.name, list(n.aliases)) for n in graph.nodes() if n.type == "Agency"]


@pytest.mark.parametrize(
    ("lang", "names", "text"),
    [
        (
            "en",
            ("Attorney General's Office", "Ministerio Público"),
            "Paraguay's National Police detained a PCC financier in a raid coordinated with the Attorney "
            "General's Office (Ministerio Público). The Ministerio Público said the man laundered money.",
        ),
        (
            "es",
            ("Fiscalía Nacional", "Ministerio Público"),
            "La Fiscalía Nacional (Ministerio Público) formalizó a nueve integrantes del Tren de Aragua. El "
            "Ministerio Público pidió prisión preventiva.",
        ),
        (
            "es",
            ("Secretaría de Seguridad Pública", "Ministerio de Seguridad"),
            "La Secretaría de Seguridad Pública (Ministerio de Seguridad) detuvo a dos integrantes del CJNG. El "
            "Ministerio de Seguridad dijo que traficaban armas.",
        ),
    ],
)
def test_gloss_is_one_agency(ex: Extractor, lang: str, names: tuple[str, str], text: str) -> None:
    agencies = _agencies(ex, text, lang)
    assert any(set(names) <= {name, *aliases} for name, aliases in agencies), agencies
    assert not any(
        set(names) & {name, *aliases} and not set(names) <= {name, *aliases} for name, aliases in agencies
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Attorney General's Office (Paraguay) charged two PCC members with money laundering."),
        (
            "en",
            "The Attorney General's Office (which works with the Ministerio Público) charged two PCC members.",
        ),
    ],
)
def test_no_gloss(ex: Extractor, lang: str, text: str) -> None:
    for _name, aliases in _agencies(ex, text, lang):
        assert "Paraguay" not in aliases and "Ministerio Público" not in aliases
