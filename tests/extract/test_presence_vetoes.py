"""Countries the learned stage may not read as a group's presence: a tag list, the country that
owns a partner group, a country told after "unlike G2", and where a member fled. Each veto sits
beside a sentence of the same shape that does state the presence. Texts written for these tests;
names invented.
"""

from __future__ import annotations

import pytest

from kg.extract import read_document
from kg.extract.pair_reader import candidates
from kg.model import Document
from tests.extract.conftest import Extractor


def vetoed(text: str, lang: str, group: str, country: str) -> bool:
    """Whether every OPERATES_IN pair of ``group`` and ``country`` the text names is vetoed."""
    _lang, analysis, table, _facts = read_document(Document(id="t", source="t.md", text=text), lang=lang)
    pairs = [
        c
        for c in candidates(analysis, table, only=["OPERATES_IN"])
        if c.source.name == group and c.target.name == country
    ]
    assert pairs, "the text names no such pair"
    return all(c.vetoed for c in pairs)


CASES = [
    # a tag list under the article
    (
        "es",
        "La banda Los Halcones del Sur opera en Colombia.\nEtiquetas: Venezuela, Los Halcones del Sur, crimen",
        "Los Halcones del Sur",
        "Venezuela",
        True,
    ),
    (
        "es",
        "La banda Los Halcones del Sur opera en Colombia.\nLa banda Los Halcones del Sur también opera en Venezuela.",
        "Los Halcones del Sur",
        "Venezuela",
        False,
    ),
    ("en", "The Grey Foxes gang works in Peru.\nTags: Chile, Grey Foxes, crime", "Grey Foxes", "Chile", True),
    # the country owns the partner: "partner of Mexico's Sinaloa Cartel"
    (
        "en",
        "The Grey Foxes gang is the main local partner of Mexico's Sinaloa Cartel, police said.",
        "Grey Foxes",
        "Mexico",
        True,
    ),
    (
        "en",
        "The Grey Foxes gang is the main local partner of the Sinaloa Cartel in Mexico, police said.",
        "Grey Foxes",
        "Mexico",
        False,
    ),
    # "unlike G2, present in X": the country is the other group's
    (
        "pt",
        "O Bonde da Serra continua essencialmente cearense, ao contrário do Comando Vermelho, presente no "
        "Paraguai.",
        "Bonde da Serra",
        "Paraguay",
        True,
    ),
    (
        "pt",
        "O Bonde da Serra continua essencialmente cearense e está presente no Paraguai.",
        "Bonde da Serra",
        "Paraguay",
        False,
    ),
    (
        "es",
        "La banda Los Halcones del Sur sigue en Lima, a diferencia del Tren de Aragua, presente en Chile.",
        "Los Halcones del Sur",
        "Chile",
        True,
    ),
    (
        "en",
        "The Grey Foxes gang stays in Lima, unlike the Tren de Aragua, present in Chile.",
        "Grey Foxes",
        "Chile",
        True,
    ),
    # where a member fled is not where the group is
    (
        "pt",
        "Um dos integrantes do Bonde da Serra segue foragido e teria fugido para a Bolívia.",
        "Bonde da Serra",
        "Bolivia",
        True,
    ),
    (
        "pt",
        "Um dos integrantes do Bonde da Serra segue foragido e atua na Bolívia.",
        "Bonde da Serra",
        "Bolivia",
        False,
    ),
    (
        "es",
        "Uno de los jefes de Los Halcones del Sur sigue prófugo y habría huido a Bolivia.",
        "Los Halcones del Sur",
        "Bolivia",
        True,
    ),
    # where a group's partners are is not where the group is
    (
        "es",
        "Las autoridades investigan si la banda Los Halcones del Sur tenía socios en Ecuador.",
        "Los Halcones del Sur",
        "Ecuador",
        True,
    ),
    (
        "es",
        "Las autoridades investigan si la banda Los Halcones del Sur tenía células en Ecuador.",
        "Los Halcones del Sur",
        "Ecuador",
        False,
    ),
    ("en", "Police say the Grey Foxes gang has partners in Ecuador.", "Grey Foxes", "Ecuador", True),
    ("pt", "A polícia diz que o Bonde da Serra tem sócios no Paraguai.", "Bonde da Serra", "Paraguay", True),
]


@pytest.mark.parametrize(("lang", "text", "group", "country", "expected"), CASES)
def test_presence_vetoes(lang: str, text: str, group: str, country: str, expected: bool) -> None:
    assert vetoed(text, lang, group, country) is expected


def test_french_guiana_is_no_guyana(rules: Extractor) -> None:
    text = (
        "A Polícia Federal prendeu no Brasil oito integrantes do Bonde da Serra. O Bonde da Serra "
        "atua na Guiana Francesa. O Comando Vermelho atua na Guiana."
    )
    placed = rules.related("OPERATES_IN", text, "pt")
    assert ("Bonde da Serra", "Guyana") not in placed
    assert ("Comando Vermelho", "Guyana") in placed
