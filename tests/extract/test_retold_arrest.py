"""An arrest told without its agent, then told again with it: "The arrest was carried out by X"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Camorra is weaker. Marco Vella Greco, the top boss of the Camorra, was detained on Monday "
            "in Naples. The arrest was carried out by the Carabinieri.",
            ("ARRESTED_BY", "Marco Vella Greco", "Carabinieri"),
        ),
        (
            "es",
            "El Cártel de Sinaloa sigue activo. Emanuel Zaldívar Pérez, jefe del Cártel de Sinaloa, fue "
            "capturado el lunes. La captura fue realizada por el Ejército Mexicano.",
            ("ARRESTED_BY", "Emanuel Zaldívar Pérez", "Ejército Mexicano"),
        ),
        (
            "pt",
            "O PCC domina o estado. Mauro Teixeira, chefe do PCC, foi preso ontem. A prisão foi feita "
            "pela Polícia Federal.",
            ("ARRESTED_BY", "Mauro Teixeira", "Polícia Federal"),
        ),
    ],
)
def test_the_retold_arrest_names_its_agent(ex, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Marco Vella Greco, the top boss of the Camorra, was detained on Monday. The arrest was praised by the Carabinieri.",
        ),
        (
            "es",
            "Emanuel Zaldívar Pérez, jefe del Cártel de Sinaloa, fue capturado. La captura fue celebrada por el Ejército Mexicano.",
        ),
    ],
)
def test_another_verb_does_not_make_the_agency_the_arrester(ex, lang: str, text: str) -> None:
    assert "ARRESTED_BY" not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "O chefe do Comando Vermelho, Paulo Souza Neto, foi morto em junho de 2021 durante uma operação da Polícia Civil.",
        ),
        (
            "es",
            "Diego Pérez Henao, jefe de Los Rastrojos, murió en 2012 durante un operativo de la Policía Nacional.",
        ),
        (
            "en",
            "Jake Moran Doyle, the leader of the Bloods, was shot dead last year during a raid by the FBI.",
        ),
    ],
)
def test_a_death_during_an_operation_is_no_arrest(ex, lang: str, text: str) -> None:
    assert "ARRESTED_BY" not in ex.relation_types(text, lang)


def test_an_arrest_in_an_operation_still_counts(ex) -> None:
    text = "Paulo Souza Neto, chefe do Comando Vermelho, foi preso durante uma operação da Polícia Civil."
    assert ("ARRESTED_BY", "Paulo Souza Neto", "Polícia Civil") in ex.facts(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "O Terceiro Comando Puro domina o complexo. O Terceiro Comando Puro cresce. A Polícia Militar fez "
            "operações no complexo, com prisões de gerentes do tráfico.",
            ("ARRESTED_BY", "Terceiro Comando Puro", "Polícia Militar"),
        ),
        (
            "es",
            "Los Choneros controlan Manta. Los Choneros se expanden. La Policía Nacional detuvo a tres sicarios "
            "en un operativo.",
            ("ARRESTED_BY", "Los Choneros", "Policía Nacional"),
        ),
        (
            "en",
            "The Shower Posse runs the port. The Shower Posse is growing. The Jamaica Constabulary Force "
            "arrested two lieutenants in Kingston.",
            ("ARRESTED_BY", "Shower Posse", "Jamaica Constabulary Force"),
        ),
    ],
)
def test_ranks_of_the_article_group_arrested(ex, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La policía detuvo el lunes a tres integrantes del Tren de Aragua en Santiago. "
            "Los tres fueron capturados por agentes de la PDI en un allanamiento.",
            ("ARRESTED_BY", "Tren de Aragua", "Policía de Investigaciones de Chile"),
        ),
        (
            "pt",
            "Três integrantes do Comando Vermelho foram presos nesta terça no Rio. "
            "Eles foram detidos por agentes da Polícia Civil durante uma operação.",
            ("ARRESTED_BY", "Comando Vermelho", "Polícia Civil"),
        ),
        (
            "en",
            "Three members of MS-13 were detained on Monday. They were arrested by the FBI in Houston.",
            ("ARRESTED_BY", "Mara Salvatrucha", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_an_arrest_told_again_with_its_agent_and_no_name(ex, lang, text, fact):
    assert fact in ex.facts(text, lang)
    # a sentence that names someone else tells another arrest
    other = (
        text.replace("Los tres", "Luis Vera")
        .replace("Eles foram", "Caio Souza foi")
        .replace("They", "Tom Reed")
    )
    assert fact not in ex.facts(other, lang)


@pytest.mark.parametrize(
    "text",
    [
        "A prisão de Caio Reis Lima, chefe do PCC em Roraima, foi feita pela Polícia Federal.",
        "Após a prisão de Caio Reis Lima, chefe do PCC, pela Polícia Federal, a facção perdeu força.",
    ],
)
def test_the_arrest_of_someone_is_an_arrest_with_its_agent_at_the_end(rules, text):
    facts = rules.facts(text, "pt")
    assert ("ARRESTED_BY", "Caio Reis Lima", "Polícia Federal") in facts
    assert ("ARRESTED_BY", "Primeiro Comando da Capital", "Polícia Federal") in facts
