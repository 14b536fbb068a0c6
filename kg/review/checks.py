"""Single-node and single-relation checks: nodes typed against their own evidence, facts that
rest on one passage from a low-precision rule, nodes with no relation.

>>> cue_types("Los Cuervos, a faction of the cartel, run the port.", "Los Cuervos")
{'Faction'}
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import KnowledgeGraph, Node
from kg.names import fold
from kg.review.candidate import Candidate, edge_passages, node_passages
from kg.schema import AGENCY, COUNTRY, FACTION, GANG, PRISON

WEAK_RULES = {
    "learned/": "a statistical model's guess, not a hand rule",
    "operates-in/home-country": "inferred from the article's home country, not stated",
    "leads/outfit": "a person named beside a group's outfit",
}
"""Rule ids (or prefixes) whose facts deserve a look when they rest on a single source."""
CUE_WINDOW = 3
"""Words on each side of a name where a type word (faction, gang, prison, police) counts."""
_CUE_LISTS = {
    FACTION: "faction_head",
    GANG: "gang_head",
    PRISON: "prison_head",
    AGENCY: "agency_head",
}


def _cue_words() -> dict[str, frozenset[str]]:
    from kg.extract.langdata import generation

    return _cue_words_of(generation())


@cache
def _cue_words_of(generation: str) -> dict[str, frozenset[str]]:
    """The head words of each node type in extraction's cue data, as read since
    :func:`kg.extract.langdata.set_data_root` last ran (its ``generation``)."""
    from kg.extract.langdata import cue_phrases, languages  # the per-language cue data of extraction

    cues = [cue_phrases(lang) for lang in languages()]
    return {
        node_type: frozenset(fold(w) for by_role in cues for w in by_role.get(key, ()))
        for node_type, key in _CUE_LISTS.items()
    }


def cue_types(sentence: str, name: str) -> set[str]:
    """The node types whose head words stand next to ``name`` in ``sentence``."""
    text, target = fold(sentence), fold(name)
    found: set[str] = set()
    for match in re.finditer(rf"\b{re.escape(target)}\b", text):
        before = text[: match.start()].split()[-CUE_WINDOW:]
        after = text[match.end() :].split()[:CUE_WINDOW]
        window = " ".join([*before, "|", *after])
        for node_type, cues in _cue_words().items():
            if any(re.search(rf"(^|\s){re.escape(cue)}(\s|$)", window) for cue in cues):
                found.add(node_type)
    return found


def _gazetteer_type(node: Node) -> tuple[str, str] | None:
    """(type, why) when the gazetteer knows the name as something else than the node's type."""
    from kg.extract import load_gazetteer

    gazetteer = load_gazetteer()
    for form in (node.name, *node.aliases):
        for entry in gazetteer.lookup(form):
            if entry.type != node.type:
                return entry.type, f"the gazetteer knows {form!r} as a {entry.type}"
    places = {fold(place): country for place, country in gazetteer.places}
    for form in (node.name, *node.aliases):
        if fold(form) in places and node.type != COUNTRY:
            return "", f"{form!r} is a place in {places[fold(form)]}, not a {node.type}"
    return None


def mistyped_candidates(graph: KnowledgeGraph) -> list[Candidate]:
    """Nodes whose name or evidence says they are of another type."""
    found = []
    for node in graph.nodes():
        known = _gazetteer_type(node)
        if known is not None:
            new_type, why = known
            suggestion = "retype" if new_type else "reject"
            found.append(
                Candidate(
                    "mistyped",
                    0.95,
                    why,
                    nodes=(node.id,),
                    suggestion=suggestion,
                    suggested_type=new_type or None,
                    evidence=tuple(node_passages(node)),
                )
            )
            continue
        if node.type not in _CUE_LISTS:
            continue  # a leader is named beside its group's type words; a country needs none
        said: dict[str, int] = {}
        for e in node.evidence:
            for node_type in cue_types(e.sentence, node.name):
                said[node_type] = said.get(node_type, 0) + 1
        if said and node.type not in said:
            new_type = max(sorted(said), key=lambda t: said[t])
            why = f"typed {node.type}, but its evidence calls it a {new_type.lower()} ({said[new_type]} passage(s))"
            found.append(
                Candidate(
                    "mistyped",
                    0.8,
                    why,
                    nodes=(node.id,),
                    suggestion="retype",
                    suggested_type=new_type,
                    evidence=tuple(node_passages(node)),
                )
            )
    return found


def _weak(rule: str | None) -> str | None:
    for prefix, why in WEAK_RULES.items():
        if rule and (rule == prefix or (prefix.endswith("/") and rule.startswith(prefix))):
            return why
    return None


def weak_fact_candidates(graph: KnowledgeGraph) -> list[Candidate]:
    """Relations that rest on one document and only on low-precision rules."""
    names = {node.id: node.name for node in graph.nodes()}
    found = []
    for edge in graph.edges():
        documents = {e.document for e in edge.evidence}
        reasons = [_weak(e.rule) for e in edge.evidence]
        if len(documents) == 1 and reasons and all(reasons):
            why = f"one source, rule {edge.evidence[0].rule}: {reasons[0]}"
            found.append(
                Candidate(
                    "weak-fact",
                    0.6,
                    why,
                    edge=(edge.source, edge.type, edge.target),
                    suggestion="reject",
                    evidence=tuple(edge_passages(edge, names)),
                )
            )
    return found


def isolated_candidates(graph: KnowledgeGraph) -> list[Candidate]:
    """Nodes with no relation at all."""
    return [
        Candidate(
            "isolated",
            0.3,
            f"a {node.type} with no relation",
            nodes=(node.id,),
            suggestion="reject",
            evidence=tuple(node_passages(node)),
        )
        for node in graph.nodes()
        if graph.nx.degree(node.id) == 0
    ]
