"""Extraction speed on generated news-like articles (not a test).

Builds N articles of about 2 KB in English, Spanish and Portuguese from varied
sentence templates (groups, countries, agencies, people and dates drawn at random
with a fixed seed, and sentences without named actors, as in real news), extracts them with one process and with two, and prints a
final JSON line: articles, seconds, articles_per_s (one process), speedup_2_jobs, and
the same from CPU time (cpu_articles_per_s, cpu_speedup_2_jobs) with the load average,
since wall time on a busy machine also measures the other work.

With ``--real DIR`` it also extracts the real articles of DIR (its ``*.md`` files,
for example an annotated corpus), replicated to the same count, on one process
(real_articles_per_s, real_cpu_articles_per_s), and CPU microseconds per character on its
first real article and on one of about 1 MB made of the real ones (real_us_per_char_article,
real_us_per_char_1mb). Every run reports how time grows with text length: CPU microseconds per
character on one 2 KB article and on one article of about 1 MB made of generated ones
(us_per_char_2kb, us_per_char_1mb, length_ratio).

    python benchmarks/extract.py --articles 2000 [--real ../annotated]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time
from dataclasses import replace

from kg.extract import extract_document, extract_documents, load_gazetteer
from kg.model import Document

GROUPS = [
    "Tren de Aragua",
    "Los Choneros",
    "Clan del Golfo",
    "Primeiro Comando da Capital",
    "Barrio 18",
    "Los Lobos",
    "Sinaloa Cartel",
    "Comando Vermelho",
    "Los Pulpos",
    "Mara Salvatrucha",
]
NEW_GROUPS = ["Los Gatos", "La Nueva Fuerza", "Los Tiburones", "El Comando Sur", "Os Lobos do Norte"]
COUNTRIES = {
    "en": ["Peru", "Chile", "Ecuador", "Colombia", "Brazil", "Spain", "the United States"],
    "es": ["Perú", "Chile", "Ecuador", "Colombia", "Brasil", "España", "Estados Unidos"],
    "pt": ["Peru", "Chile", "Equador", "Colômbia", "Brasil", "Espanha", "Estados Unidos"],
}
AGENCIES = {
    "en": ["the National Police", "the Army", "Interpol", "the DEA", "the Attorney General's Office"],
    "es": ["la Policía Nacional", "el Ejército", "la Fiscalía General", "la Interpol", "la DEA"],
    "pt": ["a Polícia Federal", "o Exército", "a Polícia Civil", "o Ministério Público", "a Interpol"],
}
PEOPLE = [
    "Juan Carlos Pérez",
    "María Fernanda Ruiz",
    "José Luis Andrade",
    "Ana Paula Souza",
    "Pedro Henrique Lima",
]
# Sentences without named actors, as most of a news article is.
FILLER = {
    "en": [
        "Residents say extortion has become part of daily life for bus drivers and shopkeepers.",
        "Officials did not give details about the weapons and cash seized during the raids.",
        "Experts warn that prison overcrowding helps criminal groups recruit new members.",
        "The government promised more resources for investigators and prosecutors next year.",
        "Homicides fell slightly last year, but kidnappings and extortion complaints rose.",
    ],
    "es": [
        "Los vecinos denuncian que las extorsiones afectan a transportistas y comerciantes.",
        "Las autoridades no dieron detalles sobre las armas y el dinero incautados.",
        "Expertos advierten que el hacinamiento carcelario facilita el reclutamiento de jóvenes.",
        "El gobierno prometió más recursos para fiscales e investigadores el próximo año.",
        "Los homicidios bajaron levemente, pero aumentaron las denuncias por secuestro.",
    ],
    "pt": [
        "Moradores relatam que a extorsão virou rotina para motoristas e comerciantes.",
        "As autoridades não deram detalhes sobre as armas e o dinheiro apreendidos.",
        "Especialistas alertam que a superlotação dos presídios facilita o recrutamento.",
        "O governo prometeu mais recursos para promotores e investigadores no próximo ano.",
        "Os homicídios caíram levemente, mas as denúncias de sequestro aumentaram.",
    ],
}
TEMPLATES = {
    "en": [
        "{agency} arrested {n} members of {group} on March {d} in an operation in {country}.",
        "{group}, which has roots in {country}, has expanded its operations to {country2} and {country3}.",
        "{person}, the leader of {group}, was captured by {agency} with the support of {agency2}.",
        "Analyst {person} said the gang is weakened but still active in {country}.",
        "The gang {new} is a rival of {group} and fights for control of drug routes.",
        "Officials said the criminal organization {new} operates in {country2}, where it extorts merchants.",
        "Prosecutors said the group's cells in {country3} answer to commanders held in prison.",
    ],
    "es": [
        "{agency} capturó a {n} integrantes de {group} el pasado {d} de junio en {country}.",
        "La banda {new}, aliada de {group}, opera en {country2} y {country3}, según {agency2}.",
        "{person}, alias El Flaco, cabecilla de {group}, fue detenido por {agency}.",
        "El analista {person} dijo que la organización criminal sigue activa en {country}.",
        "La organización nació en {country} y se expandió a {country2} en 2019.",
        "Los fiscales señalaron que la estructura criminal lava dinero en empresas fachada.",
    ],
    "pt": [
        "{agency} prendeu {n} integrantes do {group} nesta terça-feira em {country}.",
        "A facção {new}, rival do {group}, atua em {country2} e {country3}, segundo {agency2}.",
        "{person}, conhecido como Magrelo, chefe do {group}, foi preso pela {agency}.",
        "O analista {person} disse que o grupo continua forte em {country}.",
        "A organização criminosa surgiu em {country} e se expandiu para {country2} em 2018.",
        "Os promotores afirmam que a quadrilha lava dinheiro em empresas de fachada.",
    ],
}


def article(rng: random.Random, number: int) -> Document:
    lang = ("en", "es", "pt")[number % 3]
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < 2000:
        countries = rng.sample(COUNTRIES[lang], 3)
        agencies = rng.sample(AGENCIES[lang], 2)
        if rng.random() < 0.5:
            sentences.append(rng.choice(FILLER[lang]))
            continue
        sentence = rng.choice(TEMPLATES[lang]).format(
            agency=agencies[0],
            agency2=agencies[1],
            group=rng.choice(GROUPS),
            new=rng.choice(NEW_GROUPS),
            country=countries[0],
            country2=countries[1],
            country3=countries[2],
            person=rng.choice(PEOPLE),
            n=rng.randint(2, 60),
            d=rng.randint(1, 28),
        )
        sentences.append(sentence[0].upper() + sentence[1:])
    text = "\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
    return Document(id=f"bench-{number}", source=f"bench-{number}.md", text=text, published="2024-07-01")


def run(documents: list[Document], jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (this process and its workers) and facts found."""
    gazetteer = load_gazetteer()
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    facts = sum(
        len(list(e.graph.edges())) for e in extract_documents(documents, gazetteer=gazetteer, jobs=jobs)
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True))
    return wall, cpu, facts


def real_documents(folder: str, count: int) -> list[Document]:
    """The articles of ``folder`` repeated to ``count`` documents, each with its own id."""
    from pathlib import Path

    from loaders import load_documents

    originals = list(load_documents(sorted(str(p) for p in Path(folder).glob("*.md"))))
    if not originals:
        raise SystemExit(f"{folder}: no articles")
    return [
        replace(originals[i % len(originals)], id=f"real-{i}", source=f"real-{i}.md") for i in range(count)
    ]


def per_char(documents: list[Document]) -> tuple[float, float, int]:
    """CPU microseconds per character for one ~2 KB article and for one ~1 MB article."""
    small = documents[0]
    parts, size = [], 0
    for document in documents:
        parts.append(document.text)
        size += len(document.text) + 2
        if size >= 1_000_000:
            break
    large = replace(small, id="large", source="large.md", text="\n\n".join(parts))
    timings = []
    for document in (small, large):
        repeats = max(1, 20_000 // len(document.text))
        start = time.process_time()
        for _ in range(repeats):
            extract_document(document)
        timings.append((time.process_time() - start) / repeats / len(document.text) * 1e6)
    return timings[0], timings[1], len(large.text) // len(small.text)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real", metavar="DIR", help="also measure the real articles of DIR, replicated")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    documents = [article(rng, i) for i in range(args.articles)]
    size = sum(len(d.text) for d in documents) / len(documents)
    run(documents[:30], 1)  # warm up: build the pipelines and matchers once
    one, cpu_one, facts = run(documents, 1)
    two, cpu_two, facts_two = run(documents, 2)
    assert facts == facts_two, "parallel extraction must give the same facts"
    load = os.getloadavg()[0]
    print(f"{len(documents)} articles, {size:.0f} chars on average, {facts} facts, load average {load:.1f}")
    print(f"1 job: {one:.2f}s wall, {cpu_one:.2f}s CPU ({len(documents) / one:.0f} articles/s)")
    print(
        f"2 jobs: {two:.2f}s wall, {cpu_two:.2f}s CPU in all processes ({len(documents) / two:.0f} articles/s)"
    )
    # On a machine shared with other work, wall time measures the neighbours too; the CPU
    # figures show what two free cores would give: the single-process CPU time over half
    # the two-process CPU time.
    small_us, large_us, ratio = per_char(documents)
    real: dict[str, float] = {}
    if args.real:
        originals = real_documents(args.real, args.articles)
        wall, cpu, _ = run(originals, 1)
        real_small_us, real_large_us, _ = per_char(originals)
        real = {
            "real_articles_per_s": round(len(originals) / wall, 1),
            "real_cpu_articles_per_s": round(len(originals) / cpu, 1),
            # real news repeats its names: an article of ~1 MB made of them shows what grows with
            # the mentions of one entity, which generated articles spread over many names
            "real_us_per_char_article": round(real_small_us, 2),
            "real_us_per_char_1mb": round(real_large_us, 2),
        }
    result = {
        "articles": len(documents),
        "seconds": round(one, 3),
        "articles_per_s": round(len(documents) / one, 1),
        "speedup_2_jobs": round(one / two, 2),
        "cpu_articles_per_s": round(len(documents) / cpu_one, 1),
        "cpu_speedup_2_jobs": round(cpu_one / (cpu_two / 2), 2),
        **real,
        "us_per_char_2kb": round(small_us, 2),
        "us_per_char_1mb": round(large_us, 2),
        "length_ratio": ratio,
        "load_average": round(load, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
