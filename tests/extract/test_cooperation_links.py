"""Cooperation between agencies told as work together ("has been working with"), thanks ("agradeció
la colaboración de"), a request ("a pedido de"), shared
intelligence ("relied on intelligence shared by", "con información de inteligencia de", "com
informações de inteligência da") or a joint arrest ("detenido por elementos del X y de la Y",
"preso pela X e pela Y"), each with a negative beside it: a source named after a list, an arrest
by one agency handed over to another."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"
PNP, DEA, PF = "Policía Nacional del Perú", "Drug Enforcement Administration", "Polícia Federal"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", ("FBI", "Europol"), "The FBI has been working with Europol to track the gang's money."),
        ("en", ("FBI", "Europol"), "The FBI relied on intelligence shared by Europol to find the fugitive."),
        (
            "es",
            (PNP, DEA),
            "La Policía Nacional del Perú capturó al cabecilla con información de inteligencia de la DEA.",
        ),
        (
            "pt",
            (PF, DEA),
            "A Polícia Federal prendeu o chefe da facção com informações de inteligência da DEA.",
        ),
        (
            "es",
            ("Ejército Mexicano", "Guardia Nacional"),
            "El cabecilla de la banda Los Halcones fue detenido por elementos del Ejército Mexicano y de la "
            "Guardia Nacional en Culiacán.",
        ),
        (
            "pt",
            (PF, "Polícia Militar"),
            "O chefe da facção Irmandade do Sertão foi preso pela Polícia Federal e pela Polícia Militar em Salvador.",
        ),
        # support for the investigation of an arrest told just before
        (
            "en",
            ("FBI", "Europol"),
            "The FBI arrested the boss in Miami. Europol supported the investigation.",
        ),
        (
            "es",
            (PNP, DEA),
            "La Policía Nacional del Perú capturó al cabecilla en Lima. La DEA apoyó la investigación.",
        ),
        (
            "pt",
            (PF, DEA),
            "A Polícia Federal prendeu o chefe da facção em Salvador. A DEA apoiou a investigação.",
        ),
        # thanks for cooperation, a partnership between two agencies, an arrest made at a request
        ("en", ("FBI", "Guardia Civil"), "The FBI thanked the Guardia Civil for its cooperation."),
        ("es", (PNP, DEA), "La Policía Nacional del Perú agradeció la colaboración de la DEA."),
        ("pt", (PF, DEA), "A Polícia Federal agradeceu a colaboração da DEA."),
        ("pt", (PF, DEA), "A prisão foi resultado de uma parceria entre a Polícia Federal e a DEA."),
        ("es", (PNP, DEA), "La Policía Nacional del Perú detuvo al cabecilla a pedido de la DEA."),
        ("pt", (PF, "Interpol"), "A Polícia Federal prendeu o chefe a pedido da Interpol."),
        (
            "en",
            ("FBI", "Guardia Civil"),
            "The Guardia Civil, acting on a request from the FBI, arrested the boss.",
        ),
        # an agency joined to the arrest told just before
        (
            "en",
            ("FBI", "Guardia Civil"),
            "The Guardia Civil arrested the boss in Madrid. The operation was carried out with the FBI.",
        ),
        (
            "es",
            (PNP, DEA),
            "La Policía Nacional del Perú capturó al cabecilla en Lima. En la operación también intervino la DEA.",
        ),
        # intelligence shared or received
        ("en", ("FBI", "Guardia Civil"), "The Guardia Civil shared intelligence with the FBI for months."),
        ("es", (PNP, DEA), "La Policía Nacional del Perú recibió información de la DEA sobre el cargamento."),
        (
            "pt",
            ("Polícia Federal", "Europol"),
            "A Polícia Federal trocou informações com a Europol sobre a carga.",
        ),
    ],
)
def test_cooperation_link(rules: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The gang controls the port, according to the FBI and Europol."),
        ("en", "The FBI arrested the boss in Miami. Europol had warned about the gang in 2019."),
        # thanks to people, a request by a judge: no agency on the other side
        ("en", "The FBI thanked witnesses for their cooperation. Europol said the gang was dangerous."),
        ("pt", "A Polícia Federal agradeceu a colaboração da população. A DEA não comentou o caso."),
        ("es", "La Policía Nacional del Perú detuvo al cabecilla a pedido de un juez, informó la Fiscalía."),
        # the agency that closes the sentence telling it, or listed with a source, only speaks
        ("en", "The Guardia Civil arrested the boss at the request of a judge, the FBI said."),
        (
            "pt",
            "A facção mantém parceria com a máfia, de acordo com a Polícia Federal e o Ministério Público.",
        ),
        ("es", "La banda domina el puerto, según la Policía Nacional del Perú y la Fiscalía."),
        (
            "pt",
            "O chefe da facção Irmandade do Sertão foi preso pela Polícia Federal e depois levado para um "
            "presídio da Polícia Militar.",
        ),
    ],
)
def test_no_cooperation_link(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Justiça Federal decretou a prisão preventiva a pedido da Polícia Civil. O chefe da facção "
            "Irmandade do Sertão foi preso em Salvador.",
        ),
        (
            "es",
            "La Fiscalía abrió la investigación a pedido de la DEA. El cabecilla de la banda Los Halcones fue "
            "detenido en Lima.",
        ),
    ],
)
def test_request_joins_agencies_but_makes_no_arrest(rules: Extractor, lang: str, text: str) -> None:
    """The body that acted at another's request is not carried to the arrest told after it."""
    assert rules.pairs(text, lang, C)
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "giver", "receiver"),
    [
        (
            "es",
            "El cabecilla de la banda Los Halcones fue detenido por el Ejército Mexicano y luego entregado a la "
            "Guardia Nacional.",
            "Ejército Mexicano",
            "Guardia Nacional",
        ),
        (
            "pt",
            "O chefe da facção Irmandade do Sertão foi preso pela Polícia Militar, que o entregou à Polícia Federal.",
            "Polícia Militar",
            PF,
        ),
    ],
)
def test_handover_joins_agencies_but_the_receiver_made_no_arrest(
    rules: Extractor, lang: str, text: str, giver: str, receiver: str
) -> None:
    assert frozenset((giver, receiver)) in rules.pairs(text, lang, C)
    assert {agency for _, agency in rules.arrests(text, lang)} == {giver}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # the parent body acts through its unit: the unit is the partner, not the parent
        (
            "en",
            "In 2022 the US Treasury's Office of Foreign Assets Control imposed sanctions on the Black Heron gang, "
            "in a move co-ordinated with the Guardia Civil.",
            ("Guardia Civil", "US Treasury"),
        ),
        # two bodies cited as the sources of a sentence about groups
        (
            "pt",
            "A facção Irmandade do Sertão mantém uma parceria com a máfia calabresa, de acordo com a polícia "
            "italiana e o Ministério Público brasileiro.",
            ("polícia italiana", "Ministério Público brasileiro"),
        ),
    ],
)
def test_learned_stage_pairs_no_parent_nor_sources(
    ex: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, C)


def test_unit_of_its_parent_still_cooperates(ex: Extractor) -> None:
    text = (
        "In 2022 the US Treasury's Office of Foreign Assets Control imposed sanctions on the Black Heron gang, "
        "in a move co-ordinated with the Guardia Civil."
    )
    assert frozenset(("Guardia Civil", "Office of Foreign Assets Control")) in ex.pairs(text, "en", C)


def test_agencies_listed_with_a_plural_article_arrest_together(rules) -> None:  # type: ignore[no-untyped-def]
    for lang, text in (
        (
            "es",
            "Hugo Tellar, cabecilla de Los Lobos, fue capturado por la Policía Nacional y las Fuerzas Militares.",
        ),
        (
            "es",
            "Hugo Tellar, cabecilla de Los Lobos, fue capturado por agentes de la Policía Nacional y los Carabineros.",
        ),
        ("pt", "Hugo Tellar, chefe do PCC, foi preso por agentes da Polícia Federal e as Forças Armadas."),
    ):
        assert len(rules.related("COOPERATES_WITH", text, lang)) == 1, text
