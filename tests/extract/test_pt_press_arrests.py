"""Arrests in Brazilian and Portuguese crime news that name a second group beside the one hit: the
group arrested members belong to is set off with its rival or ally ("Seis membros do G, grupo
ligado ao H, foram presos pela PF"); H was not hit. Each negative has beside it the group the
arrest did take, which keeps its fact; the same shape is checked in Spanish and English."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

PCC = "Primeiro Comando da Capital"


def test_ally_set_off_after_the_members_arrested_was_not_hit(rules: Extractor) -> None:
    pt = "Seis membros do Bonde do Estuário, grupo ligado ao PCC, foram presos pela PF no Pará."
    arrests = rules.arrests(pt, "pt")
    assert ("Bonde do Estuário", "Polícia Federal") in arrests
    assert (PCC, "Polícia Federal") not in arrests
    es = "Seis miembros del Tren del Llano, grupo aliado del Tren de Aragua, fueron detenidos por la PNP en Lima."
    arrests = rules.arrests(es, "es")
    assert ("Tren del Llano", "Peruvian National Police") in arrests
    assert ("Tren de Aragua", "Peruvian National Police") not in arrests


def test_rival_in_the_mention_of_its_name_was_not_hit(rules: Extractor) -> None:
    # "grupo rival do PCC" is read as one mention of the PCC: the rival word inside it still counts
    pt = "Seis membros do Bonde do Estuário, grupo rival do PCC, foram presos pela PF no Pará."
    arrests = rules.arrests(pt, "pt")
    assert ("Bonde do Estuário", "Polícia Federal") in arrests
    assert (PCC, "Polícia Federal") not in arrests
    es = "Seis miembros del Tren del Llano, banda rival del Tren de Aragua, fueron detenidos por la PNP en Lima."
    assert ("Tren de Aragua", "Peruvian National Police") not in rules.arrests(es, "es")
    en = "Six members of Los Tiguerones, a gang linked to Los Lobos, were arrested by the National Police in Quito."
    arrests = rules.arrests(en, "en")
    assert ("Los Tiguerones", "National Police") in arrests
    assert ("Los Lobos", "National Police") not in arrests


def test_people_linked_to_a_group_are_its_members(rules: Extractor) -> None:
    # no group word before "ligados": the people arrested are the group's own
    pt = "Seis homens ligados ao PCC foram presos pela PF no Pará."
    assert (PCC, "Polícia Federal") in rules.arrests(pt, "pt")
    en = "Six men linked to Los Lobos were arrested by the National Police in Quito."
    assert ("Los Lobos", "National Police") in rules.arrests(en, "en")


def test_group_set_off_as_the_arrested_group_itself_is_hit(rules: Extractor) -> None:
    # the apposition names the members' own group's kind, no other group
    pt = "Seis membros do Bonde do Estuário, facção que atua no Pará, foram presos pela PF."
    assert ("Bonde do Estuário", "Polícia Federal") in rules.arrests(pt, "pt")


SOURCED = [
    (
        "pt",
        "A PSP deteve dois homens que, segundo a polícia, pertencem ao Comando Vermelho.",
        ("Comando Vermelho", "Polícia de Segurança Pública"),
    ),
    (
        "es",
        "La PNP detuvo a dos hombres que, según la policía, pertenecen al Tren de Aragua.",
        ("Tren de Aragua", "Peruvian National Police"),
    ),
    (
        "en",
        "The FBI arrested two men who, according to police, belong to Tren de Aragua.",
        ("Tren de Aragua", "Federal Bureau of Investigation"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), SOURCED)
def test_source_inserted_in_the_detainees_clause_is_no_one_arrested(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    # "segundo a polícia" names who tells it, not police officers arrested for working for G
    assert fact in rules.arrests(text, lang)


def test_officers_arrested_for_working_for_a_group_do_not_make_it_hit(rules: Extractor) -> None:
    text = "A PF prendeu dois advogados que, segundo a investigação, trabalhavam para o Comando Vermelho."
    assert ("Comando Vermelho", "Polícia Federal") not in rules.arrests(text, "pt")
