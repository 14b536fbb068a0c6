"""An agency that announces what another did is its teller, not its partner: "The Justice
Department announced that the FBI had arrested", "El Ministerio del Interior anunció que la
Policía Nacional capturó", "O Ministério da Justiça informou que a Polícia Federal prendeu"
(the learned stage reads no cooperation there); one that tells its own cooperation still
cooperates ("informó que trabajó con la Policía Nacional")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Justice Department announced that the FBI had arrested 12 MS-13 members."),
        (
            "es",
            "El Ministerio del Interior anunció que la Policía Nacional capturó a cinco integrantes del Tren de Aragua.",
        ),
        (
            "pt",
            "O Ministério da Justiça informou que a Polícia Federal prendeu cinco integrantes do PCC em Santos.",
        ),
    ],
)
def test_announcer_is_no_partner(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Ministerio del Interior", "Policía Nacional"),
            "El Ministerio del Interior informó que trabajó con la Policía Nacional en la captura de cinco "
            "integrantes del Tren de Aragua.",
        ),
        (
            "en",
            ("Justice Department", "Federal Bureau of Investigation"),
            "The Justice Department and the FBI arrested 12 MS-13 members in a joint operation.",
        ),
    ],
)
def test_announcer_telling_its_own_cooperation(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)
