"""A known group's name run straight into a person's names after a role ("El cabecilla de Los
Lobos Juan Pérez Soto fue capturado") is the group and then its leader, beside a negative: one
more capitalized word after a known name is part of a longer group name ("Los Lobos Negros")."""

from __future__ import annotations

from tests.extract.conftest import Extractor


def test_known_group_then_a_persons_names(ex: Extractor) -> None:
    text = "El cabecilla de Los Lobos Juan Pérez Soto fue capturado en Quito."
    assert ("LEADS", "Juan Pérez Soto", "Los Lobos") in ex.facts(text, "es")


def test_one_more_word_makes_a_longer_group_name(ex: Extractor) -> None:
    text = "Los integrantes de Los Lobos Negros fueron capturados en Quito."
    assert ("Gang", "Los Lobos Negros") in ex.nodes(text, "es")
