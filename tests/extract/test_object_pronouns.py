"""An arrest whose object is a pronoun ("arrested him", "o prendeu", "lo capturó") after a sentence
opened by one leader is that leader's; a weekday names no one, and "the arrest" ("a prisão") is
still the one told before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            'Oscar Membreño Díaz, known as "El Zorro", is the leader of the Red Foxes gang. The Honduran '
            "National Police arrested him in Choluteca on Tuesday.",
            ("Oscar Membreño Díaz", "Honduran National Police"),
        ),
        (
            "pt",
            "Carlos Souza Lima, o Bigode, é apontado como chefe da facção Bonde dos Tejos. A Polícia Federal o "
            "prendeu em Manaus nesta terça-feira.",
            ("Carlos Souza Lima", "Polícia Federal"),
        ),
        (
            "es",
            'Ramiro Fuentes Paz, alias "Chato", lideraba la banda Los Tejones del Norte desde 2019. La Policía '
            "Nacional del Perú lo capturó en Tumbes el lunes.",
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
        ),
    ],
)
def test_a_pronoun_object_is_the_leader_before(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


def test_the_arrest_told_again_is_no_new_one(rules) -> None:
    text = (
        "Carlos Souza Lima, o Bigode, é apontado como chefe da facção Bonde dos Tejos e foi preso em 2019.\n\n"
        "O Ministério Público do Amazonas elogiou a prisão em nota nesta terça-feira."
    )
    assert ("Carlos Souza Lima", "Ministério Público do Amazonas") not in rules.arrests(text, "pt")


def test_someone_named_in_the_arrest_is_not_the_leader_before(rules) -> None:
    text = (
        'Oscar Membreño Díaz, known as "El Zorro", is the leader of the Red Foxes gang. The Honduran National '
        "Police arrested his driver, Luis Cárcamo, on Tuesday."
    )
    assert ("Oscar Membreño Díaz", "Honduran National Police") not in rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "According to prosecutors, the Red Foxes gang is led by Oscar Membreño Díaz. The Honduran National "
            "Police arrested him in Choluteca on Tuesday.",
            ("Oscar Membreño Díaz", "Honduran National Police"),
        ),
        (
            "es",
            "Según la Fiscalía, el jefe de la banda Los Tejones del Norte es Ramiro Fuentes Paz. La Policía "
            "Nacional del Perú lo capturó en Tumbes el lunes.",
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
        ),
    ],
)
def test_a_pronoun_object_is_the_one_leader_anywhere_before(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_plural_pronoun_is_not_the_one_leader_before(rules) -> None:
    text = (
        "According to prosecutors, the Red Foxes gang is led by Oscar Membreño Díaz. The Honduran National "
        "Police arrested them in Choluteca on Tuesday."
    )
    assert ("Oscar Membreño Díaz", "Honduran National Police") not in rules.arrests(text, "en")


def test_an_article_before_a_detainee_noun_is_no_pronoun(rules) -> None:
    text = (
        "Carlos Souza Lima, o Bigode, chefe da facção Bonde dos Tejos, foi preso em Lima pela polícia peruana.\n\n"
        "Como o Peru não extradita seus cidadãos, mas o preso é brasileiro, a expectativa da Polícia Federal é "
        "que ele seja expulso."
    )
    assert ("Carlos Souza Lima", "Polícia Federal") not in rules.arrests(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "Carlos Souza Lima, de 46 anos, é apontado como chefe da facção Bonde dos Tejos. Ele foi localizado "
            "pela Polícia Federal num condomínio de Manaus.",
            ("Carlos Souza Lima", "Polícia Federal"),
        ),
        (
            "es",
            'Ramiro Fuentes Paz, alias "Chato", cabecilla de Los Tejones del Norte, fue ubicado por agentes de la '
            "Policía Nacional del Perú en Tumbes.",
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
        ),
    ],
)
def test_a_leader_located_by_an_agency_was_taken_by_it(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_load_located_by_an_agency_takes_no_one(rules) -> None:
    text = (
        "Un cargamento de Los Tejones del Norte fue ubicado por agentes de la Policía Nacional del Perú en el "
        "puerto del Callao."
    )
    assert not rules.arrests(text, "es")
