"""A pronoun opening an arrest may reach past one sentence that names nobody ("In May, officers of
the X entered the district. He was captured ..."), but not past one that tells of an unnamed person,
and a Spanish article ("El director ...") is no pronoun."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            'Marcus "Bull" Fenwick, who prosecutors say led the Eastside Posse, fled after the raid. In May, '
            "officers of the Jamaica Constabulary Force entered the district to serve the warrant.\n\n"
            "He was captured by the police a month later at a checkpoint.",
            ("Marcus Fenwick", "Jamaica Constabulary Force"),
        ),
        (
            "es",
            'Ramiro Fuentes Paz, alias "Chato", lideraba la banda Los Tejones del Norte desde 2019. En 2021, la '
            "Policía Nacional del Perú desarticuló la banda. Él fue capturado por la Policía Nacional del Perú "
            "en Chiclayo.",
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            "Carlos Souza Lima, o Bigode, chefiava a facção Bonde dos Tejos. Em 2022, a facção passou a atuar "
            "em Manaus. Ele foi preso nesta terça-feira pela Polícia Federal.",
            ("Carlos Souza Lima", "Polícia Federal"),
        ),
    ],
)
def test_a_pronoun_past_a_sentence_that_names_nobody(
    rules, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "en",
            'Marcus "Bull" Fenwick, who prosecutors say led the Eastside Posse, fled after the raid. Last week '
            "the police questioned a man in Kingston.\n\nHe was detained by the Jamaica Constabulary Force on "
            "Monday.",
            "Marcus Fenwick",
        ),
        (
            "en",
            'Marcus "Bull" Fenwick, who prosecutors say led the Eastside Posse, fled after the raid. Prosecutor '
            "Anna Reyes Holt filed the charges in May.\n\nShe was detained by the Jamaica Constabulary Force on "
            "Monday.",
            "Marcus Fenwick",
        ),
    ],
)
def test_a_pronoun_does_not_pass_someone_else(rules, lang: str, text: str, person: str) -> None:
    assert not any(a == person for a, _ in rules.arrests(text, lang))


def test_a_spanish_article_is_no_pronoun(rules) -> None:
    text = (
        'Ramiro Fuentes Paz, alias "Chato", lideraba la banda Los Tejones del Norte desde 2019. La banda '
        "controlaba el puerto. El director de la Policía Nacional del Perú calificó la captura de golpe "
        "histórico."
    )
    assert not any(a == "Ramiro Fuentes Paz" for a, _ in rules.arrests(text, "es"))
