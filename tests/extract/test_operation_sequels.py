"""An operation told in one sentence, its arrests in the next, each with a negative beside it.

- a sentence that opens on the operation told before ("En ella", "Na ação", "During the raids")
  or on what it yielded ("Como resultado", "Ao todo", "In all") tells the operation's detainees;
  one that opens on another operation ("En otra operación", "In a separate raid") does not.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

A = "ARRESTED_BY"


@pytest.mark.parametrize(
    ("lang", "text", "arrests"),
    [
        (
            "es",
            "La Operación Tormenta fue ejecutada por la Fiscalía General y la Policía Nacional de Colombia. "
            "En ella fueron capturados 14 integrantes de Los Zorros Negros.",
            {
                ("Los Zorros Negros", "Fiscalía General"),
                ("Los Zorros Negros", "Policía Nacional de Colombia"),
            },
        ),
        (
            "es",
            "La Fiscalía General de la Nación y la Policía Nacional de Colombia desarrollaron la Operación "
            "Relámpago en tres departamentos. Como resultado, 9 integrantes de Los Zorros Negros fueron capturados.",
            {
                ("Los Zorros Negros", "Fiscalía General de la Nación"),
                ("Los Zorros Negros", "Policía Nacional de Colombia"),
            },
        ),
        (
            "pt",
            "A Polícia Federal e a Receita Federal deflagraram a Operação Maré Alta nesta terça. Na ação, "
            "foram presos 11 membros da facção Comando Azul.",
            {("Comando Azul", "Polícia Federal"), ("Comando Azul", "Receita Federal")},
        ),
        (
            "en",
            "The Federal Bureau of Investigation carried out an operation in five states on Tuesday. In all, "
            "fourteen members of the Red Foxes gang were arrested.",
            {("Red Foxes", "Federal Bureau of Investigation")},
        ),
    ],
)
def test_a_sentence_opening_on_the_operation_tells_its_detainees(
    rules: Extractor, lang: str, text: str, arrests: set[tuple[str, str]]
) -> None:
    assert arrests <= rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Operación Tormenta fue ejecutada por la Fiscalía General y la Policía Nacional de Colombia. "
            "En otra operación, en 2019, fueron capturados 14 integrantes de Los Zorros Negros.",
        ),
        (
            "pt",
            "A Polícia Federal e a Receita Federal deflagraram a Operação Maré Alta nesta terça. Em 2019, "
            "foram presos 11 membros da facção Comando Azul.",
        ),
        (
            "en",
            "The Federal Bureau of Investigation carried out an operation in five states on Tuesday. In a "
            "separate operation in 2019, fourteen members of the Red Foxes gang were arrested.",
        ),
    ],
)
def test_a_sentence_opening_on_another_operation_is_not_its_sequel(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía Nacional del Perú realizó un operativo contra la banda Los Zorros Negros en Lima. "
            "Otros tres integrantes de la banda fueron detenidos.",
        ),
        (
            "pt",
            "A Polícia Federal deflagrou uma operação contra a facção Comando Azul em Manaus. "
            "Outros três integrantes da facção foram presos.",
        ),
    ],
)
def test_more_detainees_with_no_opening_phrase_are_the_same_operations(
    rules: Extractor, lang: str, text: str
) -> None:
    (arrest,) = [e for e in rules.run(text, lang).graph.edges() if e.type == A]
    assert any(ev.sentence.startswith("Otr") or ev.sentence.startswith("Outr") for ev in arrest.evidence)


@pytest.mark.parametrize(
    ("lang", "text", "unit", "owner", "partner"),
    [
        (
            "es",
            "La Policía Nacional del Perú capturó a 9 integrantes de Los Zorros Negros en Lima. La operación fue "
            "realizada por agentes de la Dirección de Investigaciones Especiales junto con la Fiscalía "
            "Especializada en Delitos de Drogas (Fedro) del Ministerio Público.",
            "Fiscalía Especializada en Delitos de Drogas",
            "Ministerio Público",
            "Dirección de Investigaciones Especiales",
        ),
        (
            "pt",
            "A Polícia Federal prendeu 9 integrantes da facção Comando Azul em Manaus. A ação foi feita em "
            "parceria com a Delegacia de Repressão a Entorpecentes (DRE) da Polícia Civil do Amazonas.",
            "Delegacia de Repressão a Entorpecentes",
            "Polícia Civil do Amazonas",
            "Polícia Federal",
        ),
    ],
)
def test_the_body_a_partner_unit_belongs_to_is_no_partner(
    ex: Extractor, lang: str, text: str, unit: str, owner: str, partner: str
) -> None:
    pairs = ex.pairs(text, lang, "COOPERATES_WITH")
    assert frozenset((unit, partner)) in pairs
    assert not any(owner in pair and unit not in pair for pair in pairs)


@pytest.mark.parametrize(
    ("lang", "text", "agencies"),
    [
        (
            "pt",
            "A Operação Tempestade foi deflagrada pela Polícia Federal e pelo Ministério Público Federal. "
            "Foram presos 14 integrantes da facção Comando Azul.",
            ("Polícia Federal", "Ministério Público Federal"),
        ),
        (
            "es",
            "Nueve integrantes de Los Zorros Negros fueron capturados por la Policía Nacional de Colombia y "
            "por la Fiscalía General de la Nación en Cali.",
            ("Policía Nacional de Colombia", "Fiscalía General de la Nación"),
        ),
        (
            "en",
            "Nine members of the Red Foxes gang were arrested by the Federal Bureau of Investigation and by "
            "the Drug Enforcement Administration in Dallas.",
            ("Federal Bureau of Investigation", "Drug Enforcement Administration"),
        ),
    ],
)
def test_by_said_again_after_and_lists_a_second_agent(
    rules: Extractor, lang: str, text: str, agencies: tuple[str, str]
) -> None:
    arrested = {agency for _, agency in rules.arrests(text, lang)}
    assert set(agencies) <= arrested
    assert frozenset(agencies) in rules.pairs(text, lang, "COOPERATES_WITH")


def test_by_after_and_in_another_clause_is_no_second_agent(rules: Extractor) -> None:
    text = (
        "Nine members of the Red Foxes gang were arrested by the Federal Bureau of Investigation, and the "
        "case was praised by the Drug Enforcement Administration."
    )
    assert {agency for _, agency in rules.arrests(text, "en")} == {"Federal Bureau of Investigation"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "leader", "agency"),
    [
        (
            "pt",
            "A Polícia Federal desarticulou uma célula conhecida como Família Serrana, chefiada pelo paraguaio "
            "Rubén Acosta, em Ponta Porã.",
            "Família Serrana",
            "Rubén Acosta",
            "Polícia Federal",
        ),
        (
            "es",
            "La Policía Nacional de Colombia desarticuló a la banda Los Zorros Negros, liderada por Tomás "
            "Vergara, en Pereira.",
            "Los Zorros Negros",
            "Tomás Vergara",
            "Policía Nacional de Colombia",
        ),
        (
            "en",
            "The Federal Bureau of Investigation dismantled the Red Foxes gang, led by Tom Reyes, in Dallas.",
            "Red Foxes",
            "Tom Reyes",
            "Federal Bureau of Investigation",
        ),
    ],
)
def test_the_head_named_of_the_group_taken_was_not_taken(
    rules: Extractor, lang: str, text: str, group: str, leader: str, agency: str
) -> None:
    arrests = rules.arrests(text, lang)
    assert (group, agency) in arrests
    assert (leader, agency) not in arrests
    assert (leader, group) in rules.leads(text, lang)


def test_a_leader_named_before_the_arrest_was_taken(rules: Extractor) -> None:
    text = "Tom Reyes, who led the Red Foxes gang, was arrested by the Federal Bureau of Investigation."
    assert ("Tom Reyes", "Federal Bureau of Investigation") in rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "He said the Federal Bureau of Investigation and the Drug Enforcement Administration had jointly "
            "searched the house of a Red Foxes gang leader.",
            ("Federal Bureau of Investigation", "Drug Enforcement Administration"),
        ),
        (
            "pt",
            "A investigação, conduzida pela Polícia Federal com participação da Receita Federal, levou à prisão "
            "de 9 integrantes da facção Comando Azul.",
            ("Polícia Federal", "Receita Federal"),
        ),
        (
            "es",
            "El vocero dijo que la Policía Nacional de Colombia y el Ejército Nacional actuaron en conjunto en "
            "la captura de 9 integrantes de Los Zorros Negros.",
            ("Policía Nacional de Colombia", "Ejército Nacional"),
        ),
    ],
)
def test_agencies_named_after_a_speakers_verb_act_in_what_is_told(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "COOPERATES_WITH")


def test_an_agency_that_tells_the_news_after_a_comma_is_only_its_source(rules: Extractor) -> None:
    text = (
        "The Drug Enforcement Administration jointly searched the house of a Red Foxes gang leader, said "
        "the Federal Bureau of Investigation."
    )
    assert not rules.pairs(text, "en", "COOPERATES_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        (
            "pt",
            "Um dos chefes da facção Comando Azul foi preso nesta terça-feira em Belém. A prisão foi feita por "
            "agentes da Polícia Federal.",
            ("Comando Azul", "Polícia Federal"),
        ),
        (
            "en",
            "A senior member of the Red Foxes gang was arrested on Tuesday in Dallas. The arrest was made by "
            "agents of the Federal Bureau of Investigation.",
            ("Red Foxes", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_the_retold_arrest_made_by_an_agencys_agents(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str]
) -> None:
    assert arrest in rules.arrests(text, lang)


def test_the_retold_arrest_praised_by_an_agencys_agents_is_not_theirs(rules: Extractor) -> None:
    text = (
        "A senior member of the Red Foxes gang was arrested on Tuesday in Dallas. The arrest was praised by "
        "agents of the Federal Bureau of Investigation."
    )
    assert not rules.arrests(text, "en")


def test_the_agencies_of_a_joint_effort_made_the_arrests_told_after(rules: Extractor) -> None:
    text = (
        "Operation Thunder, a joint effort by the Federal Bureau of Investigation and the Drug Enforcement "
        "Administration, ended on Monday. Agents arrested 14 members of the Red Foxes gang."
    )
    assert rules.arrests(text, "en") == {
        ("Red Foxes", "Federal Bureau of Investigation"),
        ("Red Foxes", "Drug Enforcement Administration"),
    }


def test_an_agency_after_another_nouns_by_made_no_arrest(rules: Extractor) -> None:
    text = (
        "Operation Thunder, prompted by a report by the Drug Enforcement Administration, ended on Monday. "
        "In all, 14 members of the Red Foxes gang were arrested."
    )
    assert not rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        (
            "en",
            "Homeland Security Investigations has tracked the Red Foxes gang for years. The agency arrested 14 "
            "of its members in Houston on Tuesday.",
            ("Red Foxes", "Homeland Security Investigations"),
        ),
        (
            "es",
            "La Policía Nacional de Colombia investigaba desde 2021 a la banda Los Zorros Negros. Este martes, "
            "la Policía Nacional de Colombia capturó a 12 de sus integrantes en Cali.",
            ("Los Zorros Negros", "Policía Nacional de Colombia"),
        ),
        (
            "pt",
            "A Polícia Federal investigava a facção Comando Azul desde 2021. Nesta terça-feira, a Polícia "
            "Federal prendeu 12 de seus integrantes em Manaus.",
            ("Comando Azul", "Polícia Federal"),
        ),
    ],
)
def test_its_members_arrested_are_the_group_named_before(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str]
) -> None:
    assert arrest in rules.arrests(text, lang)


def test_its_members_after_two_groups_name_neither(rules: Extractor) -> None:
    text = (
        "Homeland Security Investigations has tracked the Red Foxes gang and the Blue Owls gang for years. "
        "The agency arrested 14 of their members in Houston on Tuesday."
    )
    assert not rules.arrests(text, "en")


def test_its_members_told_without_an_arrest_are_no_reference(rules: Extractor) -> None:
    text = "The Red Foxes gang was founded in Dallas. Many of its members come from families with roots in Mexico."
    assert ("OPERATES_IN", "Red Foxes", "Mexico") not in rules.facts(text, "en")


def test_the_detainees_said_to_make_up_a_gang_were_its_members(rules: Extractor) -> None:
    text = (
        "La Policía Nacional del Perú capturó a 12 personas en Lima. Los detenidos integran la banda "
        "Los Pulpos de Trujillo, según la institución."
    )
    assert rules.arrests(text, "es") == {("Los Pulpos de Trujillo", "Policía Nacional del Perú")}


def test_a_gang_said_to_make_up_a_list_is_no_detainees_group(rules: Extractor) -> None:
    text = (
        "La Policía Nacional del Perú capturó a 12 personas en Lima. La banda Los Pulpos de Trujillo integra "
        "la lista de grupos más buscados."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        (
            "pt",
            "Segundo a Polícia Federal, 12 integrantes da facção Comando Azul foram presos nesta terça em Manaus.",
            ("Comando Azul", "Polícia Federal"),
        ),
        (
            "es",
            "Según la Policía Nacional de Colombia, 12 integrantes de la banda Los Zorros Negros fueron "
            "capturados en Cali.",
            ("Los Zorros Negros", "Policía Nacional de Colombia"),
        ),
    ],
)
def test_an_arrest_with_no_agent_cited_to_one_agency_is_its_own(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str]
) -> None:
    assert rules.arrests(text, lang) == {arrest}


def test_an_arrest_abroad_cited_to_an_agency_is_not_its_own(rules: Extractor) -> None:
    text = "According to the Drug Enforcement Administration, 12 members of the Red Foxes gang were arrested in Mexico."
    assert not rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "Según lo informó la Fiscalía, la Policía Nacional capturó a tres integrantes de la banda Los Zorros.",
            "Fiscalía",
        ),
        (
            "pt",
            "Como informou a Polícia Civil, a Polícia Federal prendeu três integrantes da facção Comando Azul.",
            "Polícia Civil",
        ),
    ],
)
def test_a_clitic_or_as_before_a_source_verb_is_no_speaker(
    rules: Extractor, lang: str, text: str, source: str
) -> None:
    arrests = rules.arrests(text, lang)
    assert arrests and not {a for _g, a in arrests if a == source}
