"""A group's origin told by a partitive apposition ("X, one of the two Montenegrin criminal
groups", "uno de los dos grupos criminales montenegrinos"); negatives beside each."""

from __future__ import annotations

import pytest


def origins(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "ORIGINATED_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The network operated as a logistics arm of the Lastra clan, one of the two Montenegrin criminal "
            "groups that emerged from the old Bokel clan.",
            ("Lastra clan", "Montenegro"),
        ),
        (
            "es",
            "La red operaba como brazo logístico del clan Lastra, uno de los dos grupos criminales montenegrinos "
            "que surgieron del antiguo clan Bokel.",
            ("Lastra", "Montenegro"),
        ),
        (
            "pt",
            "A rede atuava como braço logístico da facção Tropa Preta, um dos dois grupos criminosos paraguaios "
            "que surgiram do antigo clã Bokel.",
            ("Tropa Preta", "Paraguay"),
        ),
    ],
)
def test_a_partitive_apposition_names_the_group_s_origin(rules, lang, text, pair) -> None:
    assert pair in origins(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The network worked for the Lastra clan, one of the two groups that buy from Montenegrin suppliers "
            "in the port.",
            ("Lastra clan", "Montenegro"),
        ),
        (
            "es",
            "La red trabajaba para el clan Lastra, uno de los dos grupos que compran a proveedores montenegrinos "
            "en el puerto.",
            ("Lastra", "Montenegro"),
        ),
        (
            "pt",
            "A rede trabalhava para a facção Tropa Preta, um dos dois grupos que compram de fornecedores "
            "paraguaios no porto.",
            ("Tropa Preta", "Paraguay"),
        ),
    ],
)
def test_a_nationality_of_others_after_the_partitive_is_no_origin(rules, lang, text, pair) -> None:
    assert pair not in origins(rules, text, lang)
