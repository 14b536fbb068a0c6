"""An arrest that names no group takes the group of the arrest told just before only when it goes
on telling that operation (:meth:`kg.extract.arrest_context.ArrestContext.members_taken`): not after
an opening phrase that turns to another case ("In an unrelated case, ...", "En otro caso, ...",
"Em outro caso, ...") nor after a contrast ("But the DEA ...")."""

from __future__ import annotations

import pytest

ELSEWHERE = [
    (
        "en",
        "Ten MS-13 members were arrested by the FBI in Houston on Monday. In an unrelated case, the DEA "
        "arrested four suspects in Miami for selling fentanyl.",
        ("Mara Salvatrucha", "Federal Bureau of Investigation"),
        ("Mara Salvatrucha", "Drug Enforcement Administration"),
    ),
    (
        "en",
        "Ten MS-13 members were arrested by the FBI in Houston on Monday. But the DEA arrested four "
        "suspects in Miami for selling fentanyl.",
        ("Mara Salvatrucha", "Federal Bureau of Investigation"),
        ("Mara Salvatrucha", "Drug Enforcement Administration"),
    ),
    (
        "es",
        "Diez miembros del Tren de Aragua fueron detenidos por el FBI en Houston el lunes. En otro caso, "
        "la DEA detuvo a cuatro sospechosos en Miami por vender fentanilo.",
        ("Tren de Aragua", "Federal Bureau of Investigation"),
        ("Tren de Aragua", "Drug Enforcement Administration"),
    ),
    (
        "pt",
        "Dez integrantes do PCC foram presos pela Polícia Federal em Santos na segunda. Em outro caso, a "
        "Polícia Civil prendeu quatro suspeitos em Campinas por tráfico.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
        ("Primeiro Comando da Capital", "Polícia Civil"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "other"), ELSEWHERE)
def test_an_arrest_of_another_case_takes_no_group_from_the_one_before(ex, lang, text, made, other) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    assert other not in found


SAME = [
    (
        "en",
        "Ten MS-13 members were arrested by the FBI in Houston on Monday. The DEA took part in the arrests "
        "of four of the suspects.",
        ("Mara Salvatrucha", "Drug Enforcement Administration"),
    ),
    (
        "es",
        "Diez miembros del Tren de Aragua fueron detenidos por el FBI en Houston el lunes. La DEA participó "
        "en la captura de cuatro de los sospechosos.",
        ("Tren de Aragua", "Drug Enforcement Administration"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), SAME)
def test_an_arrest_that_goes_on_telling_the_operation_keeps_its_group(ex, lang, text, made) -> None:  # type: ignore[no-untyped-def]
    assert made in ex.arrests(text, lang)
