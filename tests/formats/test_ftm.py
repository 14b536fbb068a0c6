"""FollowTheMoney export of the graph built from a PDF, a feed, an article and a fact file:
every entity validates with the followthemoney library and is read back by it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from followthemoney import model
from followthemoney.proxy import EntityProxy

from kg.cli import main
from kg.errors import KgError
from kg.export import export
from kg.export.ftm import entity_id
from kg.graphfile import write_graph_json
from kg.model import KnowledgeGraph


@pytest.fixture(scope="module")
def entities(mixed_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, EntityProxy]:
    path = tmp_path_factory.mktemp("ftm") / "graph.ftm.json"
    count = export(mixed_graph, "ftm", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert count == len(lines)
    read: dict[str, EntityProxy] = {}
    for line in lines:
        data: dict[str, Any] = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # cleaned=False: the library checks every value
        assert proxy.schema.validate(data) is None, data
        assert proxy.to_dict()["properties"] == data["properties"], "a value the library cleans differently"
        read[proxy.id or ""] = proxy
    return read


def _things(entities: dict[str, EntityProxy], schema: str) -> dict[str, EntityProxy]:
    return {p.caption: p for p in entities.values() if p.schema.name == schema}


def test_groups_people_and_agencies_get_their_schemata(entities: dict[str, EntityProxy]) -> None:
    organizations = _things(entities, "Organization")
    assert set(organizations) == {"Tren de Aragua", "Clan del Golfo", "Harbour Cell", "Tocorón prison"}
    assert set(_things(entities, "Person")) == {"John Example"}
    assert set(_things(entities, "PublicBody")) == {"Policía de Investigaciones de Chile"}
    gang = organizations["Tren de Aragua"]
    assert sorted(gang.get("country")) == ["cl", "co", "ec", "pe"]
    assert "TdA" in gang.get("alias") and gang.get("topics") == ["crime"]
    assert _things(entities, "Person")["John Example"].get("topics") == ["crime.boss"]
    assert organizations["Tocorón prison"].get("country") == ["ve"]
    assert _things(entities, "PublicBody")["Policía de Investigaciones de Chile"].get("country") == ["cl"]
    assert not any(p.caption in ("Chile", "Peru") for p in entities.values()), "countries are no entities"


def test_evidence_travels_as_source_urls_and_quotes(entities: dict[str, EntityProxy]) -> None:
    gang = _things(entities, "Organization")["Tren de Aragua"]
    assert {
        "https://monitor.example.org/items/17",
        "https://news.example.org/2024/chile-raids",
        "https://reference.example.org/groups",
    } <= set(gang.get("sourceUrl"))
    notes = gang.get("notes")
    assert (
        "“The court found that Tren de Aragua operates in Colombia.” (Ruling 7/2024, 2024-05-06, p. 2)"
        in notes
    )
    assert any(
        note.startswith("“Analysts say Tren de Aragua operates in Peru and Ecuador.”") for note in notes
    )


def test_relations_become_link_entities(entities: dict[str, EntityProxy]) -> None:
    def ends(link: EntityProxy, source: str, target: str) -> tuple[str, str]:
        return entities[link.first(source) or ""].caption, entities[link.first(target) or ""].caption

    by_schema: dict[str, list[EntityProxy]] = {}
    for proxy in entities.values():
        by_schema.setdefault(proxy.schema.name, []).append(proxy)
    (directorship,) = by_schema["Directorship"]
    assert ends(directorship, "director", "organization") == ("John Example", "Harbour Cell")
    assert directorship.get("role") == ["leads"]
    (membership,) = by_schema["Membership"]
    assert ends(membership, "member", "organization") == ("Harbour Cell", "Tren de Aragua")
    unknown = {link.first("role"): link for link in by_schema["UnknownLink"]}
    assert set(unknown) == {"arrested by", "originated in", "rival of"}
    arrest = unknown["arrested by"]
    assert ends(arrest, "subject", "object") == ("Tren de Aragua", "Policía de Investigaciones de Chile")
    assert arrest.get("date") == ["2024-03"]
    assert arrest.get("description") == [
        "“Detectives arrested members of the gang.” (Example Reference, 2024-03)"
    ]
    assert arrest.get("sourceUrl") == ["https://reference.example.org/groups"]


def test_kg_export_ftm_and_a_missing_library(mixed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    source = tmp_path / "graph.json"
    write_graph_json(mixed_graph, source)
    out = tmp_path / "graph.ftm.json"
    result = CliRunner().invoke(main, ["export", str(source), "--format", "ftm", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert entity_id("gang:tren-de-aragua") in out.read_text(encoding="utf-8")


def test_without_followthemoney_the_export_says_how_to_get_it(
    mixed_graph: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "followthemoney", None)  # what an install without the extra has
    with pytest.raises(KgError, match=r"pip install 'tco-kg\[ftm\]'"):
        export(mixed_graph, "ftm", tmp_path / "graph.ftm.json")
    assert not (tmp_path / "graph.ftm.json").exists()
