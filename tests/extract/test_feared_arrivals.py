"""A country that fears, awaits or tries to stop a group's arrival ("Chile fears the arrival of
G", "Uruguay se prepara para la llegada de la banda", "o Uruguai tenta evitar a chegada da
facção") is no place the group operates in; beside each, an arrival told as made.

The learned stage accepts every presence candidate (conftest.eager_places), so that only the
vetoes decide.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import eager_places

ARRIVALS = [
    (
        "en",
        "Tren de Aragua operates in Peru. Uruguay is bracing for the gang's arrival, the minister said.",
        "Tren de Aragua operates in Peru. The gang's arrival in Uruguay changed the criminal map.",
        "Tren de Aragua",
        "Uruguay",
    ),
    (
        "es",
        "El Tren de Aragua opera en Perú. Uruguay se prepara para la llegada de la banda.",
        "El Tren de Aragua opera en Perú. La llegada de la banda a Uruguay cambió el mapa criminal.",
        "Tren de Aragua",
        "Uruguay",
    ),
    (
        "pt",
        "O PCC atua no Paraguai e na Bolívia. O Chile teme a chegada da facção ao seu território.",
        "O PCC atua no Paraguai e na Bolívia. A chegada da facção ao Chile mudou o mapa do crime.",
        "Primeiro Comando da Capital",
        "Chile",
    ),
]


@pytest.mark.parametrize(("lang", "feared", "made", "group", "country"), ARRIVALS)
def test_a_feared_arrival_is_no_presence(lang: str, feared: str, made: str, group: str, country: str) -> None:
    assert country not in eager_places(feared, lang, group), feared
    assert country in eager_places(made, lang, group), made
