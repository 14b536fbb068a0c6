"""Agencies that cooperate without an arrest told: a memorandum of understanding or a cooperation
agreement they signed, intelligence one shared with the other, agencies working side by side, or
analytical support given. Beside each, two agencies named in one sentence without cooperating,
among them agencies that blame or accuse each other even where the sentence tells of detainees."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            ("DEA", "Colombian National Police"),
            "The DEA and the Colombian National Police signed a memorandum of understanding on the Clan del Golfo.",
        ),
        (
            "en",
            ("Peruvian National Police", "Colombian National Police"),
            "The Peruvian National Police worked in tandem with the Colombian National Police to track the cell.",
        ),
        (
            "en",
            ("Carabineros", "PDI"),
            "Carabineros worked side by side with the PDI to locate the Tren de Aragua cell in Arica.",
        ),
        (
            "en",
            ("Europol", "Guardia Civil"),
            "Europol provided analytical support to the Guardia Civil in the investigation into the Camorra.",
        ),
        (
            "es",
            ("DEA", "Policía Nacional de Colombia"),
            "La DEA y la Policía Nacional de Colombia firmaron un memorando de entendimiento sobre el Clan del Golfo.",
        ),
        (
            "es",
            ("Policía Nacional del Perú", "FBI"),
            "La Policía Nacional del Perú compartió información de inteligencia con el FBI sobre el Tren de Aragua.",
        ),
        (
            "es",
            ("Carabineros", "PDI"),
            "Carabineros trabajó codo a codo con la PDI para ubicar a la célula del Tren de Aragua.",
        ),
        (
            "es",
            ("Fiscalía", "FBI"),
            "La Fiscalía contó con la asistencia técnica del FBI para analizar los teléfonos de los cabecillas de Los Lobos.",
        ),
        (
            "pt",
            ("Polícia Federal", "DEA"),
            "A Polícia Federal e a DEA assinaram um memorando de entendimento sobre o PCC.",
        ),
        (
            "pt",
            ("Polícia Federal", "Europol"),
            "A Polícia Federal compartilhou informações de inteligência com a Europol sobre o PCC.",
        ),
        (
            "pt",
            ("Polícia Civil", "Polícia Militar"),
            "A Polícia Civil trabalhou lado a lado com a Polícia Militar para localizar os integrantes do Comando Vermelho.",
        ),
    ],
)
def test_agreements_shared_intelligence_and_joint_work_are_cooperation(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", ("FBI", "DEA"), "The FBI and the DEA competed for jurisdiction over the MS-13 case."),
        (
            "es",
            ("Fiscalía", "Policía Nacional"),
            "La Fiscalía acusó a la Policía Nacional de ocultar pruebas en el caso de Los Lobos.",
        ),
        (
            "pt",
            ("Polícia Federal", "Polícia Civil"),
            "A Polícia Federal e a Polícia Civil trocaram acusações sobre a fuga do chefe do PCC.",
        ),
        (
            "es",
            ("Policía Nacional", "Fiscalía"),
            "La Policía Nacional y la Fiscalía se culpan mutuamente por la liberación de los detenidos de Los Lobos.",
        ),
        (
            "en",
            ("FBI", "DEA"),
            "The FBI and the DEA blamed each other for the release of the MS-13 detainees.",
        ),
        (
            "pt",
            ("Polícia Federal", "Polícia Civil"),
            "A Polícia Federal e a Polícia Civil se acusam pela soltura dos presos do PCC.",
        ),
        (
            "es",
            ("Policía Nacional", "DEA"),
            "La Policía Nacional y la DEA planean firmar un memorando de entendimiento el próximo año.",
        ),
    ],
)
def test_agencies_named_together_without_working_together(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "A Polícia Federal e a Polícia Rodoviária Federal trocaram informações e prenderam cinco integrantes do PCC.",
            ("Polícia Federal", "Polícia Rodoviária Federal"),
        ),
        (
            "en",
            "The FBI and the DEA accused 12 MS-13 members of murder after arresting them in Virginia.",
            ("FBI", "DEA"),
        ),
    ],
)
def test_a_blame_word_with_an_outside_object_keeps_the_agencies_partners(ex, lang, text, pair) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, "COOPERATES_WITH")
