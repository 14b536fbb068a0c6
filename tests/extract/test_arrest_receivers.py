"""The body a person arrested is handed to did not arrest them ("quedó a disposición de la Fiscalía",
"ficou à disposição da Justiça"), and a person's own arrest told again ("Tras su captura", "after his
arrest") takes no agency from an earlier operation of the article."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "arrester", "receiver"),
    [
        (
            "es",
            'Agentes de la Policía Nacional del Perú capturaron a Ramiro Fuentes Paz, alias "Chato", cabecilla '
            "de Los Tejones del Norte, que quedó a disposición de la Fiscalía Provincial de Trujillo.",
            "Policía Nacional del Perú",
            "Fiscalía Provincial de Trujillo",
        ),
        (
            "pt",
            "Carlos Souza Lima, o Bigode, chefe da facção Bonde dos Tejos, foi preso pela Polícia Federal e "
            "ficou à disposição da Justiça Federal do Amazonas.",
            "Polícia Federal",
            "Justiça Federal do Amazonas",
        ),
    ],
)
def test_the_body_a_detainee_is_handed_to_made_no_arrest(
    rules, lang: str, text: str, arrester: str, receiver: str
) -> None:
    agencies = {b for _, b in rules.arrests(text, lang)}
    assert arrester in agencies and receiver not in agencies


def test_a_persons_own_arrest_told_again_takes_no_earlier_operation(rules) -> None:
    text = (
        'Ramiro Fuentes Paz, alias "Chato", cabecilla de Los Tejones del Norte, fue capturado el martes en '
        "Tumbes.\n\nEn octubre de 2024, la Policía Nacional del Perú detuvo a 14 integrantes de Los Tejones del "
        "Norte en un operativo en Trujillo.\n\nTras su captura, Fuentes Paz fue trasladado a Lima."
    )
    arrests = rules.arrests(text, "es")
    assert ("Los Tejones del Norte", "Policía Nacional del Perú") in arrests
    assert ("Ramiro Fuentes Paz", "Policía Nacional del Perú") not in arrests
