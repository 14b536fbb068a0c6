"""A member of a group's top ranks is one of its leaders ("integrante do alto escalão do PCC"),
beside a negative: the top ranks of a police force make no leader."""

from __future__ import annotations

from tests.extract.conftest import Extractor


def test_member_of_the_top_ranks_of_a_gang_leads_it(ex: Extractor) -> None:
    text = "Foi preso Osmar Lacerda, o Caju, integrante do alto escalão do Primeiro Comando da Capital."
    assert ("LEADS", "Osmar Lacerda", "Primeiro Comando da Capital") in ex.facts(text, "pt")


def test_top_ranks_of_the_police_make_no_leader(ex: Extractor) -> None:
    text = "O coronel Osmar Lacerda, integrante do alto escalão da Polícia Militar, coordenou a operação."
    assert not {name for kind, name in ex.nodes(text, "pt") if kind == "Leader"}
