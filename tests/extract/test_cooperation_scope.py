"""Which agencies of a sentence cooperate: agencies listed as the subject of a verb of joint
action ("la Policía y la Armada incautaron", "the Coast Guard and the Navy seized"), each listed
one with every other ("A, B e C deflagraram"); not a cooperation denied or only planned ("no
recibió apoyo de la DEA", "plan to launch a joint operation"), nor two partners that different
cues give the agency that acted ("con el apoyo del Ejército y con información de la DEA"), nor
one had "without" ("sin el apoyo de la DEA") unless that is denied ("no habría sido posible sin
el apoyo de la DEA", "would not have been possible without the support of")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"
PF = "Polícia Federal"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía Nacional", "Armada"),
            "La Policía Nacional y la Armada incautaron dos toneladas de cocaína de Los Choneros en Guayaquil.",
        ),
        (
            "pt",
            (PF, "Marinha"),
            "A Marinha e a Polícia Federal apreenderam duas toneladas de cocaína do PCC no porto de Paranaguá.",
        ),
        (
            "pt",
            (PF, "Receita Federal"),
            "A Polícia Federal e a Receita Federal apreenderam nesta terça-feira (12) uma tonelada de cocaína do PCC.",
        ),
        (
            "en",
            ("U.S. Coast Guard", "U.S. Navy"),
            "The U.S. Coast Guard and the U.S. Navy seized 3 tons of cocaine from a Sinaloa Cartel vessel.",
        ),
        (
            "es",
            ("Ejército", "Guardia Nacional"),
            "Elementos del Ejército y la Guardia Nacional aseguraron 46 mil litros de combustible robado por el CJNG.",
        ),
    ],
)
def test_agencies_acting_together(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The FBI and the DEA said the Sinaloa Cartel seized a plane in Texas."),
        ("en", "Cocaine seized from the Sinaloa Cartel is analyzed by labs of the FBI and the DEA."),
        (
            "es",
            "La droga incautada a Los Choneros fue entregada a la Fiscalía y a la Policía Nacional, informó la Armada.",
        ),
        ("pt", "A Marinha e a Polícia Federal disseram que o PCC apreendeu armas de rivais."),
    ],
)
def test_agencies_not_acting_together(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, C)


def test_listed_agencies_each_with_every_other(ex: Extractor) -> None:
    text = (
        "A Receita Federal, a Polícia Federal e o Ministério Público deflagraram nesta quinta-feira uma "
        "operação contra o PCC."
    )
    found = ex.pairs(text, "pt", C)
    assert frozenset({"Receita Federal", "Ministério Público"}) in found
    assert frozenset({"Receita Federal", PF}) in found


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía Nacional", "Fiscalía"),
            "La Policía Nacional y la Fiscalía planean realizar un operativo conjunto contra Los Lobos el próximo año.",
        ),
        (
            "es",
            ("Policía Nacional", "Drug Enforcement Administration"),
            "El director de la Policía Nacional dijo que no recibió apoyo de la DEA en la captura de alias Zurdo.",
        ),
        (
            "en",
            ("Mexican police", "Mexican Army"),
            "Mexican police and the Mexican Army plan to launch a joint operation against the Sinaloa Cartel next year.",
        ),
        (
            "en",
            ("Drug Enforcement Administration", "Mexican Army"),
            '"We did not work with the Mexican Army on this," a DEA spokesman said of the Sinaloa Cartel arrest.',
        ),
        (
            "pt",
            (PF, "Polícia Militar"),
            "A Polícia Federal e a Polícia Militar pretendem realizar uma operação conjunta contra o PCC em março.",
        ),
    ],
)
def test_cooperation_denied_or_planned(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía Nacional y la Fiscalía realizaron un operativo conjunto contra Los Lobos en Machala.",
        ),
        (
            "en",
            "Mexican police and the Mexican Army launched a joint operation against the Sinaloa Cartel in Sinaloa.",
        ),
        (
            "pt",
            "A Polícia Federal e a Polícia Militar realizaram uma operação conjunta contra o PCC em Santos.",
        ),
    ],
)
def test_cooperation_made(ex: Extractor, lang: str, text: str) -> None:
    assert any(len(p) == 2 for p in ex.pairs(text, lang, C))


def test_partners_of_different_cues_apart(ex: Extractor) -> None:
    text = (
        "La Policía Nacional capturó a alias Loro, de Los Choneros, con el apoyo del Ejército y con información "
        "de la DEA."
    )
    found = ex.pairs(text, "es", C)
    assert frozenset({"Policía Nacional", "Ejército"}) in found
    assert frozenset({"Policía Nacional", "Drug Enforcement Administration"}) in found
    assert frozenset({"Ejército", "Drug Enforcement Administration"}) not in found


def test_partners_of_one_cue_together(ex: Extractor) -> None:
    text = "La Policía Nacional capturó a 20 integrantes de Los Choneros con el apoyo del Ejército y de la Armada."
    found = ex.pairs(text, "es", C)
    assert frozenset({"Policía Nacional", "Ejército"}) in found
    assert frozenset({"Policía Nacional", "Armada"}) in found


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            ("Colombian National Police", "Drug Enforcement Administration"),
            "Colombian National Police arrested a Clan del Golfo boss in Medellín. The arrest would not have been "
            "possible without the support of the DEA, police said.",
        ),
        (
            "es",
            ("Policía Nacional", "Drug Enforcement Administration"),
            "La Policía Nacional capturó a alias Zorro, de Los Lobos. La captura no habría sido posible sin el "
            "apoyo de la DEA.",
        ),
        (
            "pt",
            (PF, "Drug Enforcement Administration"),
            "A Polícia Federal prendeu três integrantes do PCC. A prisão não teria sido possível sem a cooperação "
            "da DEA.",
        ),
    ],
)
def test_not_possible_without(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The FBI arrested six MS-13 members in Maryland without the help of the DEA."),
        ("es", "La Policía Nacional capturó a alias Zorro, de Los Lobos, sin el apoyo de la DEA."),
        (
            "pt",
            "A Polícia Federal prendeu três integrantes do PCC. A operação foi feita sem a cooperação da DEA.",
        ),
    ],
)
def test_had_without(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, C)
