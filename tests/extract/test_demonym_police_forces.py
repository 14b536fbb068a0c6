""" "A polícia italiana", "Italian police", "la policía española" told of the one police force of
that country the article names, whose name has no word for police ("Guardia di Finanza",
"Guardia Civil", "Carabineros"), is that force: one agency, not two. Not when the article names
two such forces of the country, nor a force of another kind ("Colombian police" is no "Colombian
Army"). And a partner told with its own subject ("A polícia italiana também contou com
informações da DEA") works with that subject, not with every agency of the operation."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


def _agencies(ex: Extractor, text: str, lang: str) -> set[str]:
    return {n.name for n in ex.run(text, lang).graph.nodes() if n.type == "Agency"}


@pytest.mark.parametrize(
    ("lang", "force", "text"),
    [
        (
            "pt",
            "Guardia di Finanza",
            "A Guardia di Finanza prendeu na Calábria quatro integrantes da 'Ndrangheta. A polícia italiana disse "
            "que o clã controlava o porto.",
        ),
        (
            "en",
            "Guardia Civil",
            "The Guardia Civil arrested nine members of the Camorra in Málaga. Spanish police said the cell "
            "laundered money.",
        ),
        (
            "es",
            "Guardia di Finanza",
            "La Guardia di Finanza detuvo en Calabria a cuatro integrantes de la 'Ndrangheta. La policía italiana "
            "dijo que el clan controlaba el puerto.",
        ),
    ],
)
def test_demonym_police_is_the_force(ex: Extractor, lang: str, force: str, text: str) -> None:
    assert _agencies(ex, text, lang) == {force}


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "en",
            "The Carabinieri and the Guardia di Finanza arrested 12 'Ndrangheta members. Italian police said the "
            "clan ran ports.",
            3,
        ),
        ("en", "The Colombian Army captured a Clan del Golfo boss. Colombian police said he ran routes.", 2),
    ],
)
def test_demonym_police_stays_apart(ex: Extractor, lang: str, text: str, count: int) -> None:
    assert len(_agencies(ex, text, lang)) == count


def test_partner_of_the_subject_only(ex: Extractor) -> None:
    text = (
        "Na mesma manhã, a Guardia di Finanza prendeu na Calábria quatro integrantes da 'Ndrangheta. A ação foi "
        "coordenada pela Europol. A Guardia di Finanza também contou com informações da DEA."
    )
    pairs = ex.pairs(text, "pt", "COOPERATES_WITH")
    assert frozenset({"Guardia di Finanza", "Drug Enforcement Administration"}) in pairs
    assert frozenset({"Guardia di Finanza", "Europol"}) in pairs
    assert frozenset({"Europol", "Drug Enforcement Administration"}) not in pairs
