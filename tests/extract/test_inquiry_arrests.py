"""An arrest told with no agent right after a sentence that tells one agency's inquiry ("La
investigación de la Policía Federal comenzó en 2023") was that agency's, unless it is told in
another country or the inquiry is only cited."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "A investigação da Polícia Federal começou em 2023, após a apreensão de duas toneladas de cocaína "
            "no porto de Manaus.\n\nNesta terça-feira, foram presos 12 integrantes da facção Bonde dos Tejos.",
            ("Bonde dos Tejos", "Polícia Federal"),
        ),
        (
            "es",
            "La investigación de la Dirección Antidrogas comenzó en 2023, tras el decomiso de dos toneladas de "
            "cocaína en el Callao.\n\nEl martes fueron capturados doce integrantes de la banda Los Tejones del Norte.",
            ("Los Tejones del Norte", "Dirección Antidrogas"),
        ),
        (
            "en",
            "The investigation by the Honduran National Police began in 2023 after a seizure of two tonnes of "
            "cocaine.\n\nOn Tuesday, twelve members of the Red Foxes gang were arrested.",
            ("Red Foxes", "Honduran National Police"),
        ),
    ],
)
def test_the_inquiring_agency_made_the_arrest_told_next(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La investigación de la DEA comenzó en 2023 en Texas.\n\nEl martes fueron capturados en Colombia "
            "doce integrantes de la banda Los Tejones del Norte.",
        ),
        (
            "en",
            "The Honduran National Police seized two tonnes of cocaine in 2023.\n\nOn Tuesday, twelve members of "
            "the Red Foxes gang were arrested.",
        ),
        (
            "en",
            "The Federal Bureau of Investigation seized two tonnes of cocaine in 2023.\n\nOn Tuesday, twelve "
            "members of the Red Foxes gang were arrested.",
        ),
        (
            "en",
            "According to the Honduran National Police, its investigation began in 2023.\n\nOn Tuesday, twelve "
            "members of the Red Foxes gang were arrested.",
        ),
    ],
)
def test_no_inquiry_or_one_abroad_names_no_agency(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Twelve members of the Red Foxes gang were arrested on Tuesday in Tegucigalpa. The arrests followed a "
            "six-month investigation by the Honduran National Police.",
            ("Red Foxes", "Honduran National Police"),
        ),
        (
            "pt",
            "Doze integrantes da facção Bonde dos Tejos foram presos nesta terça-feira em Manaus. As prisões são "
            "resultado de uma investigação de seis meses da Polícia Civil do Amazonas.",
            ("Bonde dos Tejos", "Polícia Civil do Amazonas"),
        ),
    ],
)
def test_the_arrest_retold_after_an_inquiry_names_its_agency(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_an_inquiry_into_the_arrest_names_no_arrester(rules) -> None:
    text = (
        "Twelve members of the Red Foxes gang were arrested on Tuesday in Tegucigalpa. The arrests are now the "
        "subject of an investigation by the Honduran National Police."
    )
    assert not rules.arrests(text, "en")
