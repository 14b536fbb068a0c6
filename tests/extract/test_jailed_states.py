"""An arrest word told as a state kept ("mesmo preso, ele comandava o braço do G", "even jailed he
kept running G") is no new arrest of G; negatives beside each."""

from __future__ import annotations

import pytest

STATES = [
    (
        "en",
        "The leader of the Red Hawks gang was arrested by the Federal Police on Thursday. According to "
        "investigators, even jailed he kept running the local arm of the Blue Serpent Cartel.",
        ("Red Hawks", "Blue Serpent Cartel", "Federal Police"),
    ),
    (
        "es",
        "El jefe de la banda Los Halcones fue capturado por la Policía Nacional el jueves. Según la "
        "investigación, aun detenido seguía dirigiendo el brazo del Cártel de la Serpiente en el interior.",
        ("Los Halcones", "Cártel de la Serpiente", "Policía Nacional"),
    ),
    (
        "pt",
        "O chefe da facção Tropa Preta foi preso pela Polícia Civil na quinta-feira. Segundo as "
        "investigações, mesmo preso ele continuaria chefiando o braço do Comando Vermelho no interior.",
        ("Tropa Preta", "Comando Vermelho", "Polícia Civil"),
    ),
]


def arrests(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "ARRESTED_BY"}


@pytest.mark.parametrize(("lang", "text", "names"), STATES)
def test_a_jailed_state_is_no_arrest_of_the_group_told_with_it(rules, lang, text, names) -> None:
    hit, other, agency = names
    found = arrests(rules, text, lang)
    assert (hit, agency) in found
    assert (other, agency) not in found


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "Even after fleeing to Peru, the leader of the Blue Serpent Cartel was arrested by the Federal "
            "Police.",
            ("Blue Serpent Cartel", "Federal Police"),
        ),
        (
            "es",
            "Aun así, el jefe del Cártel de la Serpiente fue detenido por la Policía Nacional.",
            ("Cártel de la Serpiente", "Policía Nacional"),
        ),
        (
            "pt",
            "Mesmo assim, o chefe do Comando Vermelho foi preso pela Polícia Civil.",
            ("Comando Vermelho", "Polícia Civil"),
        ),
    ],
)
def test_an_arrest_told_after_a_concession_is_an_arrest(rules, lang, text, names) -> None:
    assert names in arrests(rules, text, lang)
