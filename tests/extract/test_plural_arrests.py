"""'Both men were arrested', 'los dos fueron detenidos', 'os irmãos foram presos': the leaders
named just before, arrested together."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.model import Document

FIRST = {
    "en": "Aboard the plane was Ramón Ortega Lugo, a co-founder of the Sinaloa Cartel, and Julio Ruiz Peña, "
    "who runs MS-13.",
    "es": "En la avioneta viajaban Ramón Ortega Lugo, cofundador del Cártel de Sinaloa, y Julio Ruiz Peña, "
    "líder de la MS-13.",
    "pt": "No avião estavam Ramón Ortega Lugo, cofundador do Cartel de Sinaloa, e Julio Ruiz Peña, "
    "chefe do Comando Vermelho.",
}
SECOND = {
    "en": "{} were arrested on the tarmac by agents of the FBI and Homeland Security Investigations.",
    "es": "{} fueron detenidos en la pista por agentes del FBI.",
    "pt": "{} foram presos na pista pela Polícia Federal.",
}
AGENCIES = {
    "en": {"Federal Bureau of Investigation", "Homeland Security Investigations"},
    "es": {"Federal Bureau of Investigation"},
    "pt": {"Polícia Federal"},
}
LEADERS = {"Ramón Ortega Lugo", "Julio Ruiz Peña"}


def arrests(ex, text: str, lang: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "ARRESTED_BY"}


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "Both men"),
        ("en", "The two men"),
        ("en", "The two"),
        ("en", "Both"),
        ("en", "The brothers"),
        ("en", "The pair"),
        ("es", "Ambos"),
        ("es", "Los dos"),
        ("es", "Ambos hombres"),
        ("es", "Los hermanos"),
        ("pt", "Os dois"),
        ("pt", "Ambos"),
        ("pt", "Os irmãos"),
    ],
)
def test_both_leaders_and_their_groups_are_arrested(ex, lang: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    found = arrests(ex, f"{FIRST[lang]} {SECOND[lang].format(phrase)}", lang)
    assert {(leader, agency) for leader in LEADERS for agency in AGENCIES[lang]} <= found
    # a leader's arrest is one of the group's members, as when one man is arrested alone
    groups = {a for a, _ in found} - LEADERS
    assert len(groups) == 2
    assert {b for _, b in found} == AGENCIES[lang]


def test_the_arrest_shows_the_sentence_that_named_the_leaders() -> None:
    second = SECOND["en"].format("Both men")
    graph = extract_document(Document(id="d", source="d.md", text=f"{FIRST['en']} {second}")).graph
    names = {n.id: n.name for n in graph.nodes()}
    (arrest,) = [
        e
        for e in graph.edges()
        if e.type == "ARRESTED_BY"
        and names[e.source] == "Julio Ruiz Peña"
        and names[e.target] == "Federal Bureau of Investigation"
    ]
    assert [(ev.sentence, ev.rule) for ev in arrest.evidence] == [
        (second, "arrested-by/cue"),
        (FIRST["en"], "arrested-by/cue/antecedent"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ramón Ortega Lugo, jefe del Cártel de Sinaloa; Julio Ruiz Peña, líder de la MS-13, y Tomás "
            "Varela Soto, cabecilla del Barrio 18, cruzaron la frontera. Los tres fueron capturados por el "
            "Ejército Mexicano.",
        ),
        (
            "pt",
            "Ramón Ortega Lugo, chefe do PCC; Julio Ruiz Peña, líder do Comando Vermelho, e Tomás Varela "
            "Soto, chefe do Terceiro Comando Puro, fugiram juntos. Os três foram presos pela Polícia "
            "Federal.",
        ),
    ],
)
def test_three_leaders_for_the_three(ex, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    people = {a for a, _ in arrests(ex, text, lang)}
    assert {"Ramón Ortega Lugo", "Julio Ruiz Peña", "Tomás Varela Soto"} <= people


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("en", "The three men"), ("en", "The three"), ("es", "Los tres"), ("pt", "Os três")],
)
def test_a_number_that_does_not_match_the_leaders_named_refers_to_none(ex, lang: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert arrests(ex, f"{FIRST[lang]} {SECOND[lang].format(phrase)}", lang) == set()


@pytest.mark.parametrize(
    ("lang", "second"),
    [
        ("en", "Both men denied the charges before a judge in Houston."),
        ("es", "Ambos negaron los cargos ante un juez en Houston."),
        ("pt", "Os dois negaram as acusações diante de um juiz."),
    ],
)
def test_no_arrest_cue_no_arrest(ex, lang: str, second: str) -> None:  # type: ignore[no-untyped-def]
    assert arrests(ex, f"{FIRST[lang]} {second}", lang) == set()


def test_both_cartels_are_groups_not_the_men(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ramón Ortega Lugo, a co-founder of the Sinaloa Cartel, met Julio Ruiz Peña, who runs MS-13, in "
        "Tijuana. Both cartels were weakened by arrests made by the FBI."
    )
    assert not {a for a, _ in arrests(ex, text, "en")} & LEADERS


def test_agents_named_before_are_no_leaders(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Agents Mark Dillon and Peter Shaw of the FBI waited at the airport in Houston. "
        "Both men were praised for the arrest of a courier on Monday."
    )
    assert arrests(ex, text, "en") == set()
    text = (
        "Agents Mark Dillon and Peter Shaw of the FBI waited at the airport in Houston. "
        "Both men arrested Julio Ruiz Peña, who runs MS-13, on the tarmac."
    )
    assert {a for a, _ in arrests(ex, text, "en")} <= {"Julio Ruiz Peña", "MS-13"}


def test_leaders_who_make_an_arrest_are_not_arrested(rules) -> None:  # type: ignore[no-untyped-def]
    """The phrase must be the subject of an arrest told in the passive."""
    text = f"{FIRST['en']} Both men detained a courier of the rival gang in a raid with the help of the FBI."
    assert not {a for a, _ in arrests(rules, text, "en")} & LEADERS
