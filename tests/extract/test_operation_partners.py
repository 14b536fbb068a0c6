"""The partners of an operation told over several sentences, each with a negative beside it.

- agencies that back the operation just told ("X e Y apoiaram o cumprimento dos mandados",
  "Efectivos del Ejército brindaron seguridad", "assisted in the arrests") cooperate with the
  agencies that led it, not with the ones it was only coordinated with;
- a sentence opening on the operation or its inquiry ("A operação teve apoio da X", "La
  investigación contó con el apoyo de la X") joins X to the agencies of the operation, not to
  those of an older arrest told since, nor to another inquiry ("A investigação brasileira",
  "The investigation into a murder", "A investigação dos Carabinieri");
- support given to something else (a visit, the gang itself, details to the press, an operation
  years before) backs no operation.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@pytest.mark.parametrize(
    ("lang", "text", "partners"),
    [
        (
            "pt",
            "A Polícia Federal deflagrou nesta terça-feira a Operação Rio Escuro contra a facção Bonde da "
            "Serra. Foram presos nove integrantes do grupo.\n\nA investigação contou com a cooperação da "
            "Gendarmaria Nacional francesa, que prendeu dois integrantes em Caiena. A Polícia Civil do "
            "Amapá e a Polícia Militar apoiaram o cumprimento dos mandados.",
            {
                pair("Polícia Federal", "Gendarmaria Nacional francesa"),
                pair("Polícia Federal", "Polícia Civil do Amapá"),
                pair("Polícia Federal", "Polícia Militar"),
            },
        ),
        (
            "es",
            "El operativo Cerco Andino fue ejecutado por agentes de la Dirincri en coordinación con la "
            "Fiscalía contra la banda Los Cóndores del Valle. Efectivos del Ejército del Perú brindaron "
            "seguridad en los inmuebles intervenidos.",
            {pair("Dirincri", "Ejército del Perú")},
        ),
        (
            "en",
            "Army troops arrested Luis Pardo, a Gulf Cartel leader, last March. On Tuesday, the Mexican Navy "
            "arrested his successor, Hugo Lara, in Reynosa. The operation had support from the DEA.",
            {pair("Mexican Navy", "DEA")},
        ),
        (
            "pt",
            "Há dois anos, a Polícia Civil prendeu Caio Nunes, apontado como chefe do Bonde da Serra.\n\n"
            "Nesta terça, a Polícia Federal prendeu o sucessor dele em Guarujá. Policiais militares apoiaram o "
            "cumprimento dos mandados.",
            {pair("Polícia Federal", "Polícia Militar")},
        ),
        (  # a year in the operation's name does not date it
            "es",
            'El operativo, denominado "Muralla Sur 2025", fue ejecutado por agentes de la Dirincri contra '
            "Los Cóndores del Valle. Efectivos del Ejército del Perú brindaron seguridad en los inmuebles "
            "intervenidos.",
            {pair("Dirincri", "Ejército del Perú")},
        ),
        (
            "en",
            "Agents of the Federal Bureau of Investigation raided twelve homes of the Silver Wolves gang in "
            "Houston. The Houston Police Department and the Texas Department of Public Safety assisted in the arrests.",
            {
                pair("Federal Bureau of Investigation", "Houston Police Department"),
                pair("Federal Bureau of Investigation", "Texas Department of Public Safety"),
            },
        ),
        (
            "pt",
            "A Polícia Civil deflagrou a Operação Travessia contra o Bonde da Serra. Segundo a polícia, o "
            "chefe da facção, Caio Pedrosa, foi capturado em 2023 pela Polícia Nacional do Paraguai.\n\n"
            "A operação teve apoio da Polícia Militar, que fez revistas em dois presídios.",
            {pair("Polícia Civil", "Polícia Militar")},
        ),
        (
            "es",
            "La Policía Nacional realizó el operativo Marea Alta contra la banda Los Cóndores del Valle en "
            "Guayaquil. El cabecilla de la banda había sido detenido en 2022 por la Policía Nacional de "
            "Colombia.\n\nLa investigación contó con el apoyo de la DEA.",
            {pair("Policía Nacional", "DEA")},
        ),
    ],
)
def test_the_partners_of_an_operation_told_before(
    rules: Extractor, lang: str, text: str, partners: set[frozenset[str]]
) -> None:
    assert partners <= rules.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text", "not_partners"),
    [
        (
            "es",
            "La Policía Nacional capturó a tres integrantes de Los Halcones del Sur en Trujillo. Efectivos del "
            "Ejército brindaron seguridad durante la visita del presidente a la ciudad.",
            pair("Policía Nacional", "Ejército"),
        ),
        (
            "pt",
            "A Polícia Federal prendeu cinco integrantes do Bonde do Norte em Belém. Segundo a denúncia, "
            "policiais da Polícia Militar deram proteção à facção durante dois anos.",
            pair("Polícia Federal", "Polícia Militar"),
        ),
        (
            "pt",
            "A Polícia Civil prendeu cinco integrantes do Bonde do Norte. Em entrevista coletiva, o Ministério "
            "Público e a Secretaria de Segurança Pública deram detalhes da ação.",
            pair("Polícia Civil", "Ministério Público"),
        ),
        (
            "en",
            "The Guardia Civil dismantled a cell of the Black Tide gang in Málaga. The National Police had "
            "backed a similar operation in Cádiz in 2021.",
            pair("Guardia Civil", "National Police"),
        ),
        pytest.param(
            "es",
            "El operativo Cerco Andino fue ejecutado por agentes de la Dirincri en coordinación con la "
            "Fiscalía contra la banda Los Cóndores del Valle. Efectivos del Ejército del Perú brindaron "
            "seguridad en los inmuebles intervenidos.",
            pair("Fiscalía", "Ejército del Perú"),
            id="not-the-body-it-was-coordinated-with",
        ),
        pytest.param(
            "pt",
            "A Polícia Federal deflagrou a Operação Rio Escuro contra o Bonde da Serra.\n\n"
            "O grupo atua no Amapá desde 2019 e vende drogas na fronteira.\n\n"
            "Segundo moradores, a facção controla três bairros.\n\n"
            "No domingo, policiais da Polícia Militar apoiaram a festa da cidade.",
            pair("Polícia Federal", "Polícia Militar"),
            id="far-below-in-another-paragraph",
        ),
        (
            "en",
            "FBI agents arrested five members of the Red Ravens gang in Dallas.\n\nThe investigation into the "
            "2019 murder of a reporter, conducted with the help of the Texas Department of Public Safety, "
            "remains open.",
            pair("FBI", "Texas Department of Public Safety"),
        ),
        (
            "pt",
            "A Polícia Federal prendeu seis integrantes do Bonde do Norte em Santos.\n\nNa Itália, os "
            "Carabinieri investigam os compradores.\n\nA investigação dos Carabinieri contou com o apoio da "
            "Europol.",
            pair("Polícia Federal", "Europol"),
        ),
        pytest.param(
            "pt",
            "A Polícia Civil deflagrou a Operação Travessia contra o Bonde da Serra. Segundo a polícia, o "
            "chefe da facção, Caio Pedrosa, foi capturado em 2023 pela Polícia Nacional do Paraguai.\n\n"
            "A operação teve apoio da Polícia Militar, que fez revistas em dois presídios.",
            pair("Polícia Nacional do Paraguai", "Polícia Militar"),
            id="not-an-older-arrest-told-since",
        ),
        pytest.param(
            "pt",
            "A Guardia di Finanza deflagrou a Operação Laranja contra a 'Ndrangheta na Calábria.\n\n"
            "Foram presos sete suspeitos.\n\n"
            "A investigação brasileira contou com o apoio da Receita Federal.",
            pair("Guardia di Finanza", "Receita Federal"),
            id="another-countrys-inquiry",
        ),
        pytest.param(
            "en",
            "Army troops arrested Luis Pardo, a Gulf Cartel leader, last March. On Tuesday, the Mexican Navy "
            "arrested his successor, Hugo Lara, in Reynosa. The operation had support from the DEA.",
            pair("Mexican Army", "DEA"),
            id="an-older-arrest-told-first",
        ),
        pytest.param(
            "pt",
            "Na semana passada, a Polícia Civil prendeu Caio Nunes, apontado como chefe do Bonde da Serra. "
            "Nesta terça, a Polícia Federal prendeu o sucessor dele em Guarujá. A operação teve apoio da "
            "Receita Federal.",
            pair("Polícia Civil", "Receita Federal"),
            id="an-older-arrest-told-first-pt",
        ),
        pytest.param(
            "en",
            "The DEA arrested Mark Tully, a leader of the Gulf Cartel, in Houston. The operation was not "
            "coordinated with the Mexican Army, officials said.",
            pair("DEA", "Mexican Army"),
            id="denied",
        ),
        pytest.param(
            "pt",
            "A Polícia Civil prendeu 12 integrantes do Bonde da Serra em Santos. A Polícia Militar não prestou "
            "apoio nas buscas, disse o delegado.",
            pair("Polícia Civil", "Polícia Militar"),
            id="denied-pt",
        ),
        pytest.param(
            "es",
            "La Policía Nacional capturó a Jhon Arce, cabecilla de Los Pulpos del Norte, en Trujillo. La "
            "operación fue similar a la que en 2021 realizó la Marina de Guerra en coordinación con la DEA.",
            pair("Policía Nacional", "DEA"),
            id="another-operation-dated",
        ),
        pytest.param(
            "es",
            "La Policía Nacional capturó a Jhon Arce, cabecilla de Los Pulpos del Norte, en Trujillo. Efectivos "
            "del Ejército brindaron información sobre los allanamientos a la prensa local.",
            pair("Policía Nacional", "Ejército"),
            id="an-account-to-the-press",
        ),
    ],
)
def test_support_or_an_inquiry_about_something_else_joins_no_partner(
    rules: Extractor, lang: str, text: str, not_partners: frozenset[str]
) -> None:
    """Support given to a visit, the gang itself, the press or an operation of years before; an
    inquiry of others ("The investigation into a murder", "A investigação dos Carabinieri"); an
    older arrest told after the operation."""
    assert not_partners not in rules.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text", "partners", "not_partners"),
    [
        (
            "es",
            "La Dirincri realizó un operativo y capturó a siete integrantes de Los Halcones del Sur. Su "
            "fundador había sido detenido en 2022 por la Policía Nacional de Colombia en Cali.\n\nLa "
            "investigación contó con el apoyo de la DEA.",
            {pair("Dirincri", "DEA")},
            pair("Policía Nacional de Colombia", "DEA"),
        ),
        (
            "es",
            "La Dirincri capturó a siete integrantes de Los Halcones del Sur. Su fundador había sido detenido "
            "en 2022 por la Policía Nacional de Colombia en Cali.\n\nLa investigación contó con el apoyo de "
            "la DEA.",
            set(),
            pair("Policía Nacional de Colombia", "DEA"),
        ),
        (
            "en",
            "Houston Police Department officers arrested six members of the Red Ravens.\n\nIn 2021, the "
            "Mexican Army launched Operation Shield against the gang.\n\nThe investigation was conducted with "
            "the help of Homeland Security Investigations.",
            set(),
            pair("Mexican Army", "Homeland Security Investigations"),
        ),
    ],
)
def test_the_operation_retold_is_not_an_arrest_or_operation_dated_years_before(
    rules: Extractor, lang: str, text: str, partners: set[frozenset[str]], not_partners: frozenset[str]
) -> None:
    found = rules.pairs(text, lang, C)
    assert partners <= found
    assert not_partners not in found
