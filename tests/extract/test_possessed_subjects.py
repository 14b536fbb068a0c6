"""A group's members or cells opening a clause stand for the group the sentence before named:
"Sus integrantes libran una guerra con X", "Its cells are at war with X", "Seus integrantes
travam uma guerra com X" tell that group's rivalry."""

from __future__ import annotations

import pytest


def rivals(rules, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in rules.facts(text, lang) if t == "RIVAL_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La banda Los Pardos nació en Arequipa. "
            "Sus integrantes libran una guerra con la banda Los Cuervos por el puerto.",
            {"Los Pardos", "Los Cuervos"},
        ),
        (
            "es",
            "La banda Los Pardos nació en Iquique. En Lima, sus células se disputan el control de la "
            "extorsión con otras bandas, como la banda Los Zorzales.",
            {"Los Pardos", "Los Zorzales"},
        ),
        (
            "pt",
            "A facção Guerreiros do Sol surgiu na Bahia. "
            "Seus integrantes travam uma guerra com a facção Bonde do Trovão pelo controle do porto.",
            {"Guerreiros do Sol", "Bonde do Trovão"},
        ),
        (
            "en",
            "The Ortega clan was born in Iquique. Its members are at war with the Cuervos gang over the port.",
            {"Ortega clan", "Cuervos"},
        ),
    ],
)
def test_the_members_of_the_group_named_before_make_its_rivalry(rules, lang: str, text: str, pair) -> None:
    assert rivals(rules, text, lang) == {frozenset(pair)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two groups named before: whose members they are is not told
        (
            "es",
            "La banda Los Pardos y la banda Los Grises nacieron en Arequipa. "
            "Sus integrantes libran una guerra con la banda Los Cuervos.",
        ),
        # the possessive does not open the clause: the mayor's partners
        (
            "es",
            "La banda Los Pardos nació en Arequipa. "
            "El alcalde y sus socios libran una guerra con la banda Los Cuervos.",
        ),
        # the sentence before names no group
        ("en", "Police raided the port at dawn. Its members are at war with the Cuervos gang."),
    ],
)
def test_members_of_no_single_group_before_make_no_rivalry_of_it(rules, lang: str, text: str) -> None:
    assert rivals(rules, text, lang) == set()
