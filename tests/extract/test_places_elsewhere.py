"""Countries a group's loads were shipped to, and foreign groups named in an arrest's sentence but
not as what the arrest hit: neither places the group; members sent, or members arrested, do."""

from __future__ import annotations

import pytest


def operates(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "places"),
    [
        (
            "en",
            "LIMA, Peru - Peruvian police arrested nine members of the Black Condors gang. The gang shipped "
            "cocaine to Spain and the Netherlands hidden in fruit containers, police said.",
            "Black Condors",
            {"Spain", "Netherlands"},
        ),
        (
            "es",
            "LIMA (Perú) - La Policía Nacional del Perú detuvo a nueve integrantes de la banda Los Cóndores "
            "Negros. La banda enviaba cocaína a España y Holanda oculta en contenedores de fruta.",
            "Los Cóndores Negros",
            {"Spain", "Netherlands"},
        ),
        (
            "pt",
            "SÃO PAULO - A Polícia Federal prendeu nove integrantes da facção Irmandade do Vale em Santos. "
            "A facção enviava cocaína para a Espanha e a Holanda escondida em contêineres de frutas.",
            "Irmandade do Vale",
            {"Spain", "Netherlands"},
        ),
    ],
)
def test_where_a_load_was_shipped_places_nothing(ex, lang, text, group, places) -> None:
    assert not {(group, p) for p in places} & operates(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group", "place"),
    [
        (
            "en",
            "LIMA, Peru - Peruvian police arrested nine members of the Black Condors gang. The gang sent "
            "members to Chile to extort shopkeepers.",
            "Black Condors",
            "Chile",
        ),
        (
            "es",
            "LIMA (Perú) - La Policía Nacional del Perú detuvo a nueve integrantes de la banda Los Cóndores "
            "Negros. La banda envía integrantes a Chile para extorsionar a comerciantes.",
            "Los Cóndores Negros",
            "Chile",
        ),
    ],
)
def test_members_sent_there_are_no_load(ex, lang, text, group, place) -> None:
    assert (group, place) in operates(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "LIMA, Peru - Peruvian police arrested nine members of the Black Condors gang in Lima. One suspect "
            "was arrested while carrying a phone used to call contacts of the Gulf Cartel.",
            "Gulf Cartel",
        ),
        (
            "es",
            "LIMA (Perú) - La Policía Nacional del Perú detuvo a nueve integrantes de la banda Los Cóndores "
            "Negros en Lima. Uno de ellos fue capturado cuando llamaba a contactos del Cártel del Golfo.",
            "Cártel del Golfo",
        ),
    ],
)
def test_a_foreign_group_named_outside_the_arrest_is_not_placed(rules, lang, text, group) -> None:
    assert (group, "Peru") not in operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "LIMA, Peru - Peruvian police arrested nine members of the Black Condors gang in Lima. Police "
            "also arrested four members of the Gulf Cartel.",
            "Gulf Cartel",
        ),
        (
            "es",
            "LIMA (Perú) - La Policía Nacional del Perú detuvo a nueve integrantes de la banda Los Cóndores "
            "Negros en Lima. La policía también detuvo a cuatro miembros del Cártel del Golfo.",
            "Cártel del Golfo",
        ),
    ],
)
def test_a_foreign_group_the_arrest_hit_is_placed_in_the_story_s_country(rules, lang, text, group) -> None:
    assert (group, "Peru") in operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "arm", "country"),
    [
        (
            "pt",
            "SÃO PAULO - A Polícia Federal prendeu o chefe da facção Irmandade do Vale em Santos, no Brasil. "
            'Ele comandava a chamada "Sintonia do Mar", o braço da facção encarregado das {}.',
            "Sintonia do Mar",
            "Brazil",
        ),
        (
            "es",
            "LIMA (Perú) - La Policía Nacional del Perú capturó al jefe de la banda Los Cóndores Negros en el "
            'Callao. Él dirigía la llamada "Ala del Mar", el brazo de la banda encargado de las {}.',
            "Ala del Mar",
            "Peru",
        ),
        (
            "en",
            "LIMA, Peru - Peruvian police arrested the boss of the Black Condors gang in Callao. He ran the "
            'so-called "Sea Wing", the arm of the gang in charge of its {}.',
            "Sea Wing",
            "Peru",
        ),
    ],
)
def test_an_arm_working_abroad_is_not_placed_where_the_story_is(rules, lang, text, arm, country) -> None:
    work = {
        "pt": ("operações no exterior", "finanças"),
        "es": ("operaciones en el exterior", "finanzas"),
        "en": ("business abroad", "finances"),
    }
    abroad, home = work[lang]
    assert (arm, country) not in operates(rules, text.format(abroad), lang)
    assert (arm, country) in operates(rules, text.format(home), lang)
