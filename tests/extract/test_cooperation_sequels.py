"""An agency joins the operation told before it when a later sentence says it gave the
intelligence ("El operativo se realizó gracias a información compartida por X", "The DEA
helped locate him"), led the inquiry ("La investigación fue dirigida por X", "The investigation
was led by X", "A investigação foi conduzida pelo X"), or backed it, maybe told by someone
first ("Officials said the raid was carried out with ...", "Segundo a corporação, a operação
teve apoio da X"). Each with a negative beside it: another inquiry, a group's helpers, a year."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"
PF, DEA = "Polícia Federal", "Drug Enforcement Administration"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía Nacional de Colombia", "Policía ecuatoriana"),
            "La Policía Nacional de Colombia capturó en Cali a alias Mono, cabecilla de Los Tigrillos del Sur. El "
            "operativo se realizó gracias a información compartida por la Policía ecuatoriana.",
        ),
        (
            "es",
            ("Secretaría de la Defensa Nacional", "Fiscalía General de la República"),
            "Efectivos de la Sedena detuvieron a alias Tlacua, jefe de Los Pinos Negros, célula del CJNG. El "
            "detenido fue ubicado gracias a trabajos de inteligencia de la Fiscalía General de la República.",
        ),
        (
            "es",
            ("Policía Nacional", "Federal Bureau of Investigation"),
            "La Policía Nacional capturó a alias Chamo, líder del Tren de Aragua en Lima. El FBI colaboró en la "
            "ubicación del detenido.",
        ),
        (
            "pt",
            ("Polícia Civil", "Polícia Militar"),
            "A Polícia Civil prendeu o chefe do Bonde do Vale em Campo Grande. A Polícia Militar colaborou com o "
            "cerco ao imóvel.",
        ),
        (
            "en",
            ("Colombian National Police", DEA),
            "Colombian National Police captured a Clan del Golfo commander in Urabá. Officials said the raid was "
            "based on intelligence from the DEA.",
        ),
    ],
)
def test_intelligence_for_the_operation(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía de Investigaciones", "Fiscalía Regional de Tarapacá"),
            "Los imputados fueron detenidos por la Policía de Investigaciones en 12 allanamientos en Iquique. La "
            "investigación fue dirigida por la Fiscalía Regional de Tarapacá.",
        ),
        (
            "en",
            ("Federal Bureau of Investigation", "U.S. Attorney's Office for the Southern District of Texas"),
            "FBI agents arrested eight MS-13 members in Houston. The investigation was led by the U.S. Attorney's "
            "Office for the Southern District of Texas.",
        ),
        (
            "pt",
            ("Polícia Civil", "Ministério Público do Rio de Janeiro"),
            "Policiais civis prenderam seis integrantes do Comando Vermelho em Niterói. A investigação foi "
            "conduzida pelo Ministério Público do Rio de Janeiro.",
        ),
    ],
)
def test_inquiry_led_by_another(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía Nacional capturó a alias Chamo, del Tren de Aragua. En 2019, otra investigación fue "
            "dirigida por la Fiscalía de Lima.",
        ),
        (
            "en",
            "FBI agents arrested eight MS-13 members in Houston. The gang was led by a man the DEA had tracked "
            "for years.",
        ),
        (
            "pt",
            "Policiais civis prenderam seis integrantes do Comando Vermelho em Niterói. O Ministério Público vai "
            "denunciar os presos.",
        ),
    ],
)
def test_no_inquiry_of_the_operation(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            ("Mexican Army", DEA),
            "Mexican Army troops detained four Sinaloa Cartel members at a drug lab in Culiacán.\n\nOfficials "
            "said the raid was carried out with intelligence shared by the DEA.",
        ),
        (
            "es",
            ("Policía Nacional", "Armada"),
            "La Policía Nacional capturó a diez integrantes de Los Lobos en Machala.\n\nSegún la Policía, el "
            "operativo contó con el apoyo de la Armada.",
        ),
        (
            "pt",
            (PF, "Receita Federal"),
            "A Polícia Federal prendeu três integrantes do PCC em Santos.\n\nSegundo a corporação, a operação teve "
            "apoio da Receita Federal.",
        ),
    ],
)
def test_operation_retold_after_its_teller(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía Nacional capturó a diez integrantes de Los Lobos en Machala.\n\nSegún la Fiscalía, la "
            "banda contó con el apoyo de agentes de la Policía Metropolitana.",
        ),
        (
            "en",
            "Mexican Army troops detained four Sinaloa Cartel members at a drug lab in Culiacán.\n\nOfficials "
            "said a raid in 2019 was carried out with intelligence shared by the DEA.",
        ),
    ],
)
def test_no_operation_retold_after_its_teller(ex: Extractor, lang: str, text: str) -> None:
    pairs = ex.pairs(text, lang, C)
    assert frozenset({"Policía Nacional", "Policía Metropolitana"}) not in pairs
    assert frozenset({"Mexican Army", DEA}) not in pairs


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            ("Paraguayan Navy", DEA),
            "In a statement, the Paraguayan Navy said it had worked with the DEA on the case against PCC money "
            "launderers.",
        ),
        (
            "es",
            ("Fiscalía", DEA),
            "La Fiscalía informó que trabajó con la DEA en la investigación contra Los Lobos.",
        ),
        (
            "pt",
            (PF, "Europol"),
            "Em nota, a Polícia Federal informou que trabalhou com a Europol na investigação contra o PCC.",
        ),
    ],
)
def test_speaker_tells_its_own_cooperation(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "En un comunicado, la DEA dijo que la Policía Nacional trabajó con el Ejército en la captura de alias "
            "Lobo.",
        ),
        ("en", "Houston police arrested three MS-13 members, the FBI said."),
    ],
)
def test_speaker_tells_of_others(ex: Extractor, lang: str, text: str) -> None:
    assert not any(DEA in p or "Federal Bureau of Investigation" in p for p in ex.pairs(text, lang, C))
