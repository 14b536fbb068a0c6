"""What the learned stage must not read as a fact, each shape beside one it must still read.

A model that accepts every candidate (a large bias) shows the vetoes alone; the shipped model
shows that the shapes no longer pass on the probes they were found on.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.learned import RelationModel
from kg.model import Document
from tests.extract.conftest import Extractor

EAGER = RelationModel(
    {"OPERATES_IN": {"bias": 10.0}, "LEADS": {"bias": 10.0}, "COOPERATES_WITH": {"bias": 10.0}},
    {"OPERATES_IN": 0.5, "LEADS": 0.5, "COOPERATES_WITH": 0.5},
)


def _learned(text: str, lang: str, only_learned: bool = True) -> set[tuple[str, str, str]]:
    """The facts the learned stage adds to ``text`` under the eager model (or, without
    ``only_learned``, every fact of that extraction)."""
    result = extract_document(Document(id="d", source="d.md", text=text), lang=lang, model=EAGER)
    graph = result.graph
    return {
        (e.type, graph.node(e.source).name, graph.node(e.target).name)
        for e in graph.edges()
        if not only_learned or any(ev.rule.startswith("learned/") for ev in e.evidence)
    }


def _places(text: str, lang: str) -> set[str]:
    return {target for kind, _source, target in _learned(text, lang) if kind == "OPERATES_IN"}


# Where the place is named only as what a state punishes, where people fled, where money is
# banked or where goods are bought; beside each, the group's own business there.
PLACES = [
    (
        "en",
        "Human smuggling, a crime that Costa Rica punishes with long prison terms, is run by the Tren de Aragua.",
        "Human smuggling in Costa Rica is run by the Tren de Aragua.",
    ),
    (
        "es",
        "La trata de personas, un delito que Costa Rica castiga con cárcel, es el negocio del Tren de Aragua.",
        "La trata de personas en Costa Rica es el negocio del Tren de Aragua.",
    ),
    (
        "pt",
        "O tráfico de pessoas, um crime que a Costa Rica pune com prisão, é o negócio do Tren de Aragua.",
        "O tráfico de pessoas na Costa Rica é o negócio do Tren de Aragua.",
    ),
    (
        "en",
        "Members of MS-13 fled from Honduras to Guatemala after the crackdown.",
        "Members of MS-13 moved drugs from Honduras to Guatemala after the crackdown.",
    ),
    (
        "es",
        "Miembros de la MS-13 huyeron de Honduras a Guatemala tras la ofensiva.",
        "Miembros de la MS-13 movieron droga de Honduras a Guatemala tras la ofensiva.",
    ),
    (
        "pt",
        "Membros da MS-13 fugiram de Honduras para a Guatemala após a ofensiva.",
        "Membros da MS-13 levaram droga de Honduras para a Guatemala após a ofensiva.",
    ),
    (
        "en",
        "The Sinaloa Cartel laundered money through banks in Panama.",
        "The Sinaloa Cartel smuggled cocaine through Panama.",
    ),
    (
        "es",
        "El Cártel de Sinaloa lavó dinero a través de bancos en Panamá.",
        "El Cártel de Sinaloa movió cocaína a través de Panamá.",
    ),
    (
        "pt",
        "O Comando Vermelho lavou dinheiro por meio de bancos no Panamá.",
        "O Comando Vermelho levou cocaína por meio do Panamá.",
    ),
    ("en", "The Gulf Cartel buys cocaine in Colombia.", "The Gulf Cartel sells cocaine in Colombia."),
    (
        "es",
        "El Cártel del Golfo compra cocaína en Colombia.",
        "El Cártel del Golfo vende cocaína en Colombia.",
    ),
    ("pt", "O Comando Vermelho compra cocaína na Bolívia.", "O Comando Vermelho vende cocaína na Bolívia."),
]


@pytest.mark.parametrize(("lang", "vetoed", "kept"), PLACES)
def test_no_learned_presence_where_a_place_is_named_for_something_else(
    lang: str, vetoed: str, kept: str
) -> None:
    assert _places(vetoed, lang) == set(), vetoed
    assert _places(kept, lang), kept


LEADERS = [
    (
        "en",
        "The Sinaloa Cartel, led by Ramon Ortiga, broke with the Gulf Cartel last year.",
        "The Sinaloa Cartel is led by Ramon Ortiga. In 2020 Ramon Ortiga took over as boss of the Gulf Cartel.",
    ),
    (
        "es",
        "El Cártel de Sinaloa, dirigido por Ramón Ortiga, rompió con el Cártel del Golfo.",
        "El Cártel de Sinaloa es dirigido por Ramón Ortiga. En 2020 Ramón Ortiga tomó el control del Cártel del Golfo.",
    ),
    (
        "pt",
        "O Comando Vermelho, comandado por Jorge Pinheiro, rompeu com o Primeiro Comando da Capital.",
        "O Comando Vermelho é comandado por Jorge Pinheiro. Em 2020 Jorge Pinheiro assumiu o controle do Primeiro Comando da Capital.",
    ),
]


@pytest.mark.parametrize(("lang", "vetoed", "kept"), LEADERS)
def test_a_leader_a_rule_ties_to_one_group_leads_no_other_in_its_sentence(
    lang: str, vetoed: str, kept: str
) -> None:
    rival = (
        "Gulf Cartel"
        if lang == "en"
        else "Cártel del Golfo"
        if lang == "es"
        else "Primeiro Comando da Capital"
    )
    assert not {f for f in _learned(vetoed, lang) if f[0] == "LEADS" and f[2] == rival}, vetoed
    # a tie in another sentence does not stop it (there a hand rule or the learned stage finds it)
    assert {f for f in _learned(kept, lang, False) if f[0] == "LEADS" and f[2] == rival}, kept


PARTNERS = [
    (
        "en",
        "Ramon Ortiga, wanted by the FBI, was arrested by the Guardia Civil in Madrid.",
        "Ramon Ortiga was arrested by the FBI and the Guardia Civil in Madrid.",
    ),
    (
        "es",
        "Ramón Ortiga, buscado por el FBI, fue detenido por la Guardia Civil en Madrid.",
        "Ramón Ortiga fue detenido por el FBI y la Guardia Civil en Madrid.",
    ),
    (
        "pt",
        "Ramón Ortiga, procurado pelo FBI, foi preso pela Polícia Federal em São Paulo.",
        "Ramón Ortiga foi preso pelo FBI e pela Polícia Federal em São Paulo.",
    ),
]


@pytest.mark.parametrize(("lang", "vetoed", "kept"), PARTNERS)
def test_an_agency_that_only_wanted_the_person_is_no_partner_of_the_one_that_arrested(
    lang: str, vetoed: str, kept: str, ex: Extractor
) -> None:
    assert not {f for f in _learned(vetoed, lang) if f[0] == "COOPERATES_WITH"}, vetoed
    assert {f for f in ex.facts(kept, lang) if f[0] == "COOPERATES_WITH"}, kept


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Human smuggling, a crime that Costa Rica punishes with long prison terms, is the main business of the Tren de Aragua.",
        ),
        ("es", "Miembros de la MS-13 huyeron de Honduras a Guatemala tras la ofensiva."),
        ("pt", "O Primeiro Comando da Capital lavou dinheiro por meio de bancos no Panamá."),
        ("es", "El Cártel del Golfo compra cocaína en Colombia."),
    ],
)
def test_the_shipped_model_places_no_group_on_those_shapes(lang: str, text: str, ex: Extractor) -> None:
    assert not {f for f in ex.facts(text, lang) if f[0] == "OPERATES_IN"}, text


ESCAPES = [
    (
        "en",
        "Ramon Ortiga leads the Sinaloa Cartel. The decree came after the escape of Ramon Ortiga and of a leader of the Gulf Cartel.",
        "Ramon Ortiga leads the Sinaloa Cartel. The decree came after the escape of Ramon Ortiga, a leader of the Gulf Cartel.",
        "Gulf Cartel",
    ),
    (
        "es",
        "Ramón Ortiga dirige el Cártel de Sinaloa. El decreto llega tras la fuga de Ramón Ortiga y de un cabecilla del Cártel del Golfo.",
        "Ramón Ortiga dirige el Cártel de Sinaloa. El decreto llega tras la fuga de Ramón Ortiga, un cabecilla del Cártel del Golfo.",
        "Cártel del Golfo",
    ),
    (
        "pt",
        "Jorge Pinheiro comanda o Comando Vermelho. O decreto veio após a fuga de Jorge Pinheiro e de um chefe do Primeiro Comando da Capital.",
        "Jorge Pinheiro comanda o Comando Vermelho. O decreto veio após a fuga de Jorge Pinheiro, um chefe do Primeiro Comando da Capital.",
        "Primeiro Comando da Capital",
    ),
]


@pytest.mark.parametrize(("lang", "another", "same", "group"), ESCAPES)
def test_a_leader_named_after_and_with_an_indefinite_article_is_another_person(
    lang: str, another: str, same: str, group: str
) -> None:
    assert not {f for f in _learned(another, lang, False) if f[0] == "LEADS" and f[2] == group}, another
    assert {f for f in _learned(same, lang, False) if f[0] == "LEADS" and f[2] == group}, same
