"""Judgements in RDF: ``owl:sameAs`` for merged ids, PROV for who decided what and when.

A node that absorbed others says ``owl:sameAs`` of each absorbed id's IRI and
``tco:judgement`` of the judgements that changed it. Each judgement is a
``tco:Judgement`` (a ``prov:Activity``) with its decision, the ids it names, its status
and outcome, ``prov:wasAssociatedWith`` the person (a ``prov:Agent``) and
``prov:endedAtTime`` when. :class:`JudgementTurtle` writes this for
:class:`kg.export.turtle.TurtleWriter`; :func:`read_judgements` reads it back.

>>> from kg.model import Judgement
>>> j = Judgement("reject", "ana", "2025-03-01", nodes=("leader:quito",), status="applied", outcome="removed")
>>> writer = JudgementTurtle(lambda iri: f"<{iri}>", lambda node_id: node_id, lambda s: f'"{s}"')
>>> text, triples = writer.statements([j])
>>> triples, "prov#endedAtTime> \\"2025-03-01T00:00:00\\"^^" in text
(9, True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote

from kg.export.vocab import INSTANCE_BASE, RDFS_NS, XSD_NS, get_vocabulary, node_id_from_iri, node_iri
from kg.model import Judgement

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
PROV_NS = "http://www.w3.org/ns/prov#"
AGENT_BASE = INSTANCE_BASE + "agent/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SAME_AS, JUDGEMENTS = "same_as", "judgements"
"""The node properties :mod:`kg.judgements.apply` sets, written as links rather than literals."""

Subjects = Mapping[str, Mapping[str, list[Any]]]


def judgement_iri(judgement_id: str) -> str:
    """``judgement:abc`` -> ``…/id/judgement/abc``."""
    return node_iri(judgement_id)


def _date_time(when: str) -> str:
    """An ``xsd:dateTime`` lexical form of a date or date-time (a date starts at midnight)."""
    parsed = dt.datetime.fromisoformat(when)
    return parsed.isoformat() if "T" in when or " " in when else f"{when}T00:00:00"


class JudgementTurtle:
    """Turtle for judgement links on nodes and for the judgements themselves."""

    def __init__(
        self, term: Callable[[str], str], node: Callable[[str], str], literal: Callable[[str], str]
    ) -> None:
        """``term``, ``node`` and ``literal`` write an IRI, a node and a string as the writer does."""
        vocab = get_vocabulary()
        self.term, self.node, self.literal = term, node, literal
        self.same_as, self.judgement = term(OWL_SAME_AS), term(vocab.iri("judgement"))
        self.fields = {name: term(vocab.iri(name)) for name in ("decision", "judgedId", "newValue")}
        self.fields |= {name: term(vocab.iri(name)) for name in ("reason", "status", "outcome")}
        self.a_judgement = f"a {term(vocab.iri('Judgement'))}"
        self.agent = term(PROV_NS + "wasAssociatedWith")
        self.ended = term(PROV_NS + "endedAtTime")
        self.date_time = term(XSD_NS + "dateTime")
        self.a_agent, self.label = f"a {term(PROV_NS + 'Agent')}", term(RDFS_NS + "label")

    def links(self, properties: tuple[tuple[str, Any], ...]) -> tuple[list[str], tuple[tuple[str, Any], ...]]:
        """The ``owl:sameAs`` and ``tco:judgement`` parts of a node, and its other properties."""
        props = dict(properties)
        parts = [f"{self.same_as} <{node_iri(old)}>" for old in props.pop(SAME_AS, ())]
        parts += [f"{self.judgement} {self.node(j)}" for j in props.pop(JUDGEMENTS, ())]
        return parts, tuple(props.items())

    def statements(self, judgements: Sequence[Judgement]) -> tuple[str, int]:
        """Turtle for each judgement and each person who made one; the number of triples."""
        out: list[str] = []
        triples, agents = 0, dict[str, str]()
        for j in judgements:
            agent = agents.setdefault(j.who, f"<{AGENT_BASE}{quote(j.who, safe='')}>")
            named = [" ".join(j.edge)] if j.edge else list(j.nodes)
            values = [("decision", j.decision), *(("judgedId", n) for n in named)]
            values += [(k, v) for k, v in (("newValue", j.type or j.name), ("reason", j.reason)) if v]
            values += [(k, v) for k, v in (("status", j.status), ("outcome", j.outcome)) if v]
            parts = [self.a_judgement, *(f"{self.fields[k]} {self.literal(v)}" for k, v in values)]
            parts += [f"{self.agent} {agent}", f'{self.ended} "{_date_time(j.when)}"^^{self.date_time}']
            out.append(f"{self.node(j.id)} " + " ;\n    ".join(parts) + " .\n\n")
            triples += len(parts)
        for who, agent in agents.items():
            out.append(f"{agent} {self.a_agent} ;\n    {self.label} {self.literal(who)} .\n\n")
            triples += 2
        return "".join(out), triples


def _values(preds: Mapping[str, list[Any]], iri: str) -> list[str]:
    return [str(t.value) for t in preds.get(iri, ())]


def node_judgement_properties(preds: Mapping[str, list[Any]]) -> dict[str, list[str]]:
    """The ``same_as`` and ``judgements`` properties of an entity read from its RDF."""
    props = {}
    same = sorted(node_id_from_iri(v) or v for v in _values(preds, OWL_SAME_AS))
    judged = [node_id_from_iri(v) or v for v in _values(preds, get_vocabulary().iri("judgement"))]
    if same:
        props[SAME_AS] = same
    if judged:
        props[JUDGEMENTS] = sorted(judged)
    return props


def read_judgements(subjects: Subjects) -> list[Judgement]:
    """The judgements of an RDF export, in the order they were made."""
    vocab = get_vocabulary()
    cls = vocab.iri("Judgement")
    found = []
    for preds in subjects.values():
        if not any(t.value == cls for t in preds.get(RDF_TYPE, ())):
            continue

        def one(name: str, preds: Mapping[str, list[Any]] = preds) -> str | None:
            values = _values(preds, vocab.iri(name))
            return values[0] if values else None

        decision, named = one("decision") or "", _values(preds, vocab.iri("judgedId"))
        agent = _values(preds, PROV_NS + "wasAssociatedWith")
        ended = _values(preds, PROV_NS + "endedAtTime")
        edge = named[0].split(" ") if decision == "reject" and " " in named[0] else None
        value = one("newValue")
        judgement = Judgement(
            decision,
            who=unquote(agent[0][len(AGENT_BASE) :]) if agent else "",
            when=ended[0].removesuffix("T00:00:00") if ended else "",
            nodes=() if edge else tuple(named),
            edge=(edge[0], edge[1], edge[2]) if edge else None,
            type=value if decision == "retype" else None,
            name=value if decision == "rename" else None,
            reason=one("reason"),
            status=one("status"),
            outcome=one("outcome"),
        )
        found.append(judgement)
    return sorted(found, key=lambda j: (j.when, j.id))
