"""An arrest told in one sentence and its agency or its detainees' group in the next: "The arrests
were made by X", "Los operativos estuvieron a cargo de X", "As prisões foram feitas pela X"; "The
suspects are believed to be members of G", "el detenido sería integrante de G", "o grupo integra a
facção G" (not the victim's group, nor a verb of praise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Doce integrantes de la banda Los Tejones del Norte fueron capturados el martes en Trujillo. Los "
            "operativos estuvieron a cargo de la Dirección de Investigación Criminal.",
            ("Los Tejones del Norte", "Dirección de Investigación Criminal"),
        ),
        (
            "pt",
            "Doze integrantes da facção Bonde dos Tejos foram presos nesta terça-feira em Manaus. As prisões "
            "foram feitas pela Polícia Federal.",
            ("Bonde dos Tejos", "Polícia Federal"),
        ),
        (
            "en",
            "Twelve members of the Red Foxes gang were detained on Tuesday in Tegucigalpa. These arrests were "
            "carried out by the Honduran National Police.",
            ("Red Foxes", "Honduran National Police"),
        ),
    ],
)
def test_a_plural_retelling_names_the_agency(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_plural_retelling_praised_names_no_agency(rules) -> None:
    text = (
        "Doce integrantes de la banda Los Tejones del Norte fueron capturados el martes en Trujillo. Los "
        "operativos fueron criticados por la Defensoría del Pueblo."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Honduran National Police arrested 12 people in San Pedro Sula on Tuesday. The suspects are "
            "believed to be members of the Red Foxes gang.",
            ("Red Foxes", "Honduran National Police"),
        ),
        (
            "es",
            "La Policía Nacional de Colombia capturó a un hombre en Cali. Según las autoridades, el detenido "
            "sería integrante de Los Tejones, una banda dedicada al sicariato.",
            ("Los Tejones", "Policía Nacional de Colombia"),
        ),
        (
            "pt",
            "A Polícia Civil do Amazonas prendeu seis pessoas em Manaus nesta terça-feira. De acordo com a "
            "polícia, o grupo integra a facção Bonde dos Tejos.",
            ("Bonde dos Tejos", "Polícia Civil do Amazonas"),
        ),
    ],
)
def test_the_detainees_group_told_after(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía Nacional de Colombia capturó a dos hombres en Cali por el asesinato de un comerciante. "
            "Según las autoridades, la víctima era integrante de Los Tejones, una banda dedicada al sicariato.",
        ),
        (
            "en",
            "The Honduran National Police arrested two men in San Pedro Sula on Tuesday for the killing. The "
            "victims were members of the Red Foxes gang.",
        ),
    ],
)
def test_the_victims_group_was_not_hit(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La Policía Nacional del Perú ejecutó el martes un megaoperativo contra la banda Los Tejones del "
            "Norte en Trujillo. Se allanaron 15 inmuebles y se detuvo a 22 personas.",
            ("Los Tejones del Norte", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            "A Polícia Civil do Amazonas fez nesta terça-feira uma megaoperação contra a facção Bonde dos Tejos "
            "em Manaus.",
            ("Bonde dos Tejos", "Polícia Civil do Amazonas"),
        ),
    ],
)
def test_a_large_operation_is_an_arrest(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Los cabecillas de la banda Los Tejones del Norte escaparon del megaoperativo de la Policía Nacional "
        "del Perú en Trujillo.",
        "Ramiro Fuentes Paz, jefe de la banda Los Tejones del Norte, logró eludir el sábado un megaoperativo "
        "de la Policía Nacional del Perú en Trujillo.",
    ],
)
def test_a_large_operation_escaped_hit_no_one(rules, text: str) -> None:
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            'El Ejército de Colombia mantiene operaciones en el Catatumbo desde 2023.\n\nAlias "Mocho", cabecilla '
            "del Clan del Golfo, fue capturado por tropas en Tibú.",
            ("Clan del Golfo", "Ejército de Colombia"),
        ),
        (
            "pt",
            "O Exército Brasileiro mantém operações em Roraima desde 2023.\n\nCinco integrantes da facção Bonde "
            "dos Tejos foram presos por tropas em Pacaraima.",
            ("Bonde dos Tejos", "Exército Brasileiro"),
        ),
    ],
)
def test_troops_are_the_one_army_named(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


def test_troops_with_two_armies_named_are_neither(rules) -> None:
    text = (
        "El Ejército de Colombia y el Ejército del Perú vigilan la frontera.\n\nCinco integrantes del Clan del "
        "Golfo fueron capturados por tropas en Leticia."
    )
    assert not rules.arrests(text, "es")
