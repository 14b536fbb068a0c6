"""A small example graph built with the project model, the fixture every Neo4j test loads.

The sentences are written for these tests; the facts are simplified and partly invented.
"""

from __future__ import annotations

from kg.model import Edge, Evidence, KnowledgeGraph, Node

DOCS = {
    "doc-chile": {
        "url": "https://news.example.org/2023/05/tda-chile",
        "title": "Chilean police detain members of a Venezuelan gang",
        "publisher": "Example Daily",
        "published": "2023-05-10",
        "lang": "en",
    },
    "doc-peru": {
        "url": "https://noticias.example.org/2024/02/tren-de-aragua-peru",
        "title": "La policía peruana captura a integrantes del Tren de Aragua",
        "publisher": "Diario Ejemplo",
        "published": "2024-02-20",
        "lang": "es",
    },
    "doc-history": {
        "url": "https://noticias.example.org/2022/historia-tren-de-aragua",
        "title": "Cómo creció una banda nacida en una cárcel",
        "publisher": "Diario Ejemplo",
        "published": "2022-11-02",
        "lang": "es",
    },
    "doc-maras": {
        "url": "https://news.example.org/2021/maras",
        "title": "Old rivals across two countries",
        "publisher": "Example Daily",
        "published": "2021-08-15",
        "lang": "en",
    },
    "doc-brasil": {
        "url": "https://noticias.example.com.br/2024/pcc",
        "title": "Facção paulista amplia presença no Paraguai",
        "publisher": "Jornal Exemplo",
        "published": "2024-06-01",
        "lang": "pt",
    },
}


def ev(doc: str, sentence: str, date: str | None = None, precision: str | None = None) -> Evidence:
    """Evidence from one of :data:`DOCS`; offsets are those of the sentence in an imagined text."""
    meta = DOCS[doc]
    return Evidence(
        document=doc,
        sentence=sentence,
        start=0,
        end=len(sentence),
        extractor="tests/1",
        rule="example",
        fact_date=date,
        fact_date_precision=precision,
        **meta,
    )


S_CHILE = "In May 2023 Chile's investigative police detained eleven members of Tren de Aragua and of its cell Los Gallegos in Arica."
S_PERU = (
    "La Policía Nacional del Perú capturó en febrero de 2024 a seis integrantes del Tren de Aragua en Lima."
)
S_ORIGIN = (
    "El Tren de Aragua surgió en la cárcel de Tocorón, en Venezuela, y su jefe es Héctor Guerrero Flores."
)
S_EXPAND_CO = "Hacia 2018 la banda ya operaba en Colombia."
S_EXPAND_PE = "En 2019 aparecieron sus primeras células en Perú."
S_EXPAND_CL = "Desde 2021 opera también en Chile."
S_US = "By 2023 the gang was also reported in the United States."
S_COOP = "Chile's investigative police and Colombia's National Police ran a joint operation against the gang."
S_COOP_PE = "The Peruvian police shared intelligence with Chile's investigative police."
S_COOP_CL = "Chile's national prosecutor's office worked with the investigative police on the case."
S_MARAS = "MS-13 and Barrio 18 have fought each other for decades in El Salvador and in the United States."
S_FBI = "The FBI arrested several MS-13 members in 2021."
S_PCC = (
    "O PCC ampliou sua presença no Paraguai em 2024, além do Brasil, e firmou aliança com o Tren de Aragua."
)


def example_graph() -> KnowledgeGraph:
    """The example graph: 20 nodes and 30 edges about four groups in the Americas."""
    g = KnowledgeGraph()

    def node(
        type_: str, name: str, doc: str, sentence: str, aliases: tuple[str, ...] = (), **props: str
    ) -> str:
        return g.add_node(Node.new(type_, name, aliases, props or None, [ev(doc, sentence)])).id

    tda = node("Gang", "Tren de Aragua", "doc-history", S_ORIGIN, ("TdA",))
    pcc = node("Gang", "Primeiro Comando da Capital", "doc-brasil", S_PCC, ("PCC",))
    ms13 = node("Gang", "MS-13", "doc-maras", S_MARAS, ("Mara Salvatrucha",))
    b18 = node("Gang", "Barrio 18", "doc-maras", S_MARAS)
    gallegos = node("Faction", "Los Gallegos", "doc-chile", S_CHILE)
    hector = node("Leader", "Héctor Guerrero Flores", "doc-history", S_ORIGIN, ("Niño Guerrero",))
    pdi = node("Agency", "Policía de Investigaciones de Chile", "doc-chile", S_CHILE, ("PDI",))
    pnp = node("Agency", "Policía Nacional del Perú", "doc-peru", S_PERU, ("PNP",))
    pnc = node("Agency", "Policía Nacional de Colombia", "doc-chile", S_COOP)
    fiscalia = node("Agency", "Fiscalía Nacional de Chile", "doc-chile", S_COOP_CL)
    fbi = node("Agency", "FBI", "doc-maras", S_FBI, ("Federal Bureau of Investigation",))
    countries = {
        name: node("Country", name, doc, sentence, country_code=code)
        for name, code, doc, sentence in [
            ("Venezuela", "VE", "doc-history", S_ORIGIN),
            ("Colombia", "CO", "doc-history", S_EXPAND_CO),
            ("Peru", "PE", "doc-history", S_EXPAND_PE),
            ("Chile", "CL", "doc-history", S_EXPAND_CL),
            ("United States", "US", "doc-maras", S_MARAS),
            ("El Salvador", "SV", "doc-maras", S_MARAS),
            ("Brazil", "BR", "doc-brasil", S_PCC),
            ("Paraguay", "PY", "doc-brasil", S_PCC),
        ]
    }
    tocoron = node("Prison", "Tocorón prison", "doc-history", S_ORIGIN, ("Tocorón",))

    def edge(type_: str, source: str, target: str, *evidence: Evidence) -> None:
        g.add_edge(Edge(type=type_, source=source, target=target, evidence=evidence))

    c = countries
    edge("ORIGINATED_IN", tda, tocoron, ev("doc-history", S_ORIGIN))
    edge("LOCATED_IN", tocoron, c["Venezuela"], ev("doc-history", S_ORIGIN))
    edge("OPERATES_IN", tda, c["Venezuela"], ev("doc-history", S_ORIGIN, "2014", "year"))
    edge("OPERATES_IN", tda, c["Colombia"], ev("doc-history", S_EXPAND_CO, "2018", "year"))
    edge(
        "OPERATES_IN", tda, c["Peru"], ev("doc-history", S_EXPAND_PE, "2019", "year"), ev("doc-peru", S_PERU)
    )
    edge(
        "OPERATES_IN",
        tda,
        c["Chile"],
        ev("doc-history", S_EXPAND_CL, "2021", "year"),
        ev("doc-chile", S_CHILE),
    )
    edge("OPERATES_IN", tda, c["United States"], ev("doc-maras", S_US, "2023", "year"))
    edge("OPERATES_IN", gallegos, c["Chile"], ev("doc-chile", S_CHILE, "2023-05", "month"))
    edge("FACTION_OF", gallegos, tda, ev("doc-chile", S_CHILE))
    edge("LEADS", hector, tda, ev("doc-history", S_ORIGIN))
    edge("ARRESTED_BY", tda, pdi, ev("doc-chile", S_CHILE, "2023-05", "month"))
    edge("ARRESTED_BY", gallegos, pdi, ev("doc-chile", S_CHILE, "2023-05", "month"))
    edge("ARRESTED_BY", tda, pnp, ev("doc-peru", S_PERU, "2024-02", "month"))
    edge("ARRESTED_BY", ms13, fbi, ev("doc-maras", S_FBI, "2021", "year"))
    edge("BASED_IN", pdi, c["Chile"], ev("doc-chile", S_CHILE))
    edge("BASED_IN", fiscalia, c["Chile"], ev("doc-chile", S_COOP_CL))
    edge("BASED_IN", pnp, c["Peru"], ev("doc-peru", S_PERU))
    edge("BASED_IN", pnc, c["Colombia"], ev("doc-chile", S_COOP))
    edge("BASED_IN", fbi, c["United States"], ev("doc-maras", S_FBI))
    edge("COOPERATES_WITH", pdi, pnc, ev("doc-chile", S_COOP, "2023-05", "month"))
    edge("COOPERATES_WITH", pnp, pdi, ev("doc-peru", S_COOP_PE))
    edge("COOPERATES_WITH", fiscalia, pdi, ev("doc-chile", S_COOP_CL))
    edge("RIVAL_OF", ms13, b18, ev("doc-maras", S_MARAS))
    edge("OPERATES_IN", ms13, c["El Salvador"], ev("doc-maras", S_MARAS))
    edge("OPERATES_IN", ms13, c["United States"], ev("doc-maras", S_MARAS))
    edge("OPERATES_IN", b18, c["El Salvador"], ev("doc-maras", S_MARAS))
    edge("OPERATES_IN", b18, c["United States"], ev("doc-maras", S_MARAS))
    edge("OPERATES_IN", pcc, c["Brazil"], ev("doc-brasil", S_PCC))
    edge("OPERATES_IN", pcc, c["Paraguay"], ev("doc-brasil", S_PCC, "2024", "year"))
    edge("ALLIED_WITH", pcc, tda, ev("doc-brasil", S_PCC, "2024", "year"))
    return g


def synthetic_graph(gangs: int, countries: int = 50, seed: int = 7) -> KnowledgeGraph:
    """A larger graph of invented gangs, factions and countries (about 4 elements per gang)."""
    import random

    rng = random.Random(seed)
    g = KnowledgeGraph()
    doc = Evidence(document="synthetic", sentence="An invented sentence for load tests.", rule="synthetic")
    country_ids = [g.add_node(Node.new("Country", f"Country {i}")).id for i in range(countries)]
    for i in range(gangs):
        gang = g.add_node(Node.new("Gang", f"Gang {i}", evidence=[doc])).id
        faction = g.add_node(Node.new("Faction", f"Faction {i}")).id
        g.add_edge(Edge("FACTION_OF", faction, gang, evidence=(doc,)))
        for country in rng.sample(country_ids, 2):
            g.add_edge(Edge("OPERATES_IN", gang, country, evidence=(doc,)))
    return g
