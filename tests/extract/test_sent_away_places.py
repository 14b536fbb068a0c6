"""Where people of a group were sent (deported, expelled, repatriated), the state that sent them,
or where its leader was caught is no place the group operates in; beside each, a sentence that places the group there.

The learned stage accepts every presence candidate (conftest.eager_places), so that only the
vetoes decide.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import eager_places

SENT = [
    # the group's name among the people deported, a word for members after it
    (
        "en",
        "Chile deported 40 Tren de Aragua members to Venezuela last year.",
        "Forty Tren de Aragua members ran extortion rackets in Venezuela last year.",
        "Tren de Aragua",
        "Venezuela",
    ),
    (
        "en",
        "Panama deported 15 MS-13 gang members to Honduras on Friday.",
        "Fifteen MS-13 gang members extorted shopkeepers in Honduras on Friday.",
        "Mara Salvatrucha",
        "Honduras",
    ),
    # "expulsado a", "expulso para", "expelled to": a destination like "deportado a"
    (
        "es",
        "Un integrante del Tren de Aragua fue expulsado a Venezuela la semana pasada.",
        "Un integrante del Tren de Aragua fue detenido en Venezuela la semana pasada.",
        "Tren de Aragua",
        "Venezuela",
    ),
    (
        "pt",
        "Um integrante do PCC foi expulso para a Bolívia na semana passada.",
        "Um integrante do PCC foi preso na Bolívia na semana passada.",
        "Primeiro Comando da Capital",
        "Bolivia",
    ),
    (
        "en",
        "A member of Tren de Aragua was expelled to Venezuela last week.",
        "A member of Tren de Aragua was arrested in Venezuela last week.",
        "Tren de Aragua",
        "Venezuela",
    ),
    # the state that extradited or deported someone, after "by", "por", "pela"
    (
        "en",
        "Comando Vermelho operates in Peru and Bolivia. A member of the gang was extradited by Argentina to Brazil.",
        "Comando Vermelho operates in Peru and Bolivia. A member of the gang was arrested by police in Argentina.",
        "Comando Vermelho",
        "Argentina",
    ),
    (
        "es",
        "El Comando Vermelho opera en Perú y Bolivia. Un integrante de la facción fue extraditado por Argentina a Brasil.",
        "El Comando Vermelho opera en Perú y Bolivia. Integrantes de la facción extorsionan a comerciantes en Argentina.",
        "Comando Vermelho",
        "Argentina",
    ),
    (
        "pt",
        "O Comando Vermelho atua no Peru e na Bolívia. Um integrante da facção foi extraditado pela Argentina para o Brasil.",
        "O Comando Vermelho atua no Peru e na Bolívia. Um integrante da facção foi preso pela polícia na Argentina.",
        "Comando Vermelho",
        "Argentina",
    ),
    # a leader named with the group's name before the word: caught where he hid
    (
        "en",
        "An MS-13 leader was captured in Mexico and flown to Texas to face charges.",
        "MS-13 members were captured in Mexico and flown to Texas to face charges.",
        "Mara Salvatrucha",
        "Mexico",
    ),
    (
        "en",
        "A Tren de Aragua boss was arrested in Colombia on Monday.",
        "Tren de Aragua gunmen were arrested in Colombia on Monday.",
        "Tren de Aragua",
        "Colombia",
    ),
]


@pytest.mark.parametrize(("lang", "sent", "kept", "group", "country"), SENT)
def test_where_people_were_sent_or_a_leader_caught_is_no_presence(
    lang: str, sent: str, kept: str, group: str, country: str
) -> None:
    assert country not in eager_places(sent, lang, group), sent
    assert country in eager_places(kept, lang, group), kept
