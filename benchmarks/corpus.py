"""Generated news articles for scale tests and benchmarks: real-shaped, fictional, deterministic.

Every name here is invented. Articles are written in English, Spanish and Portuguese
from sentence templates like those of real crime reporting, with spelling variants
of the same leader (which resolution must merge by similarity), same-named police
forces of different countries (which it must keep apart) and distinct URLs.

>>> first = next(articles(1))
>>> sorted(first)
['lang', 'published', 'text', 'title', 'url']
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GANGS = (
    "Los Halcones del Sur",
    "Banda Costera",
    "Clan del Río Verde",
    "Hermandad Serrana del Norte",
    "Frente Andino Unido",
    "Cartel de los Manglares",
    "Comando Litoral Paulista",
    "Los Zorros de Ceniza",
)
LEADERS = (
    ("Aurelio Mancera Quintal", "Aurelio Mancera Quintall"),
    ("Baltasar Oquendo Ruvalcaba", "Baltazar Oquendo Ruvalcaba"),
    ("Jacinta Ferreira Lobato", "Jacinta Ferreira Lobatto"),
    ("Eleuterio Casquete Dávila", "Eleuterio Casquete Davila"),
    ("Rosendo Itzamná Barrientos", "Rosendo Itzamna Barrientos"),
    ("Wenceslau Tavares Quiroga", "Wenceslau Tavarez Quiroga"),
)
COUNTRIES = ("Ecuador", "Colombia", "Peru", "Chile", "Bolivia", "Paraguay", "Brazil", "Argentina")
PRISONS = ("Penal de Santa Irene", "Cárcel de Puerto Alambre", "Presídio de Vila Serena")

EN = (
    "The gang {gang} operates in {country} and {country2}, according to prosecutors.",
    "{leader}, the leader of {gang}, was arrested by the National Police of {country}.",
    "Analysts say {gang} remains active in {country} despite the arrests.",
    "{gang} was founded inside {prison}, a prison in {country}.",
    "{gang} is a rival of {gang2} in the port districts of {country}.",
    "The National Police of {country} arrested members of {gang} in raids in {year}.",
)
ES = (
    "La banda {gang} opera en {country} y en {country2}, según la fiscalía.",
    "{leader}, líder de {gang}, fue capturado por la Policía Nacional de {country}.",
    "La Policía Nacional de {country} detuvo a miembros de {gang} en {year}.",
    "{gang} mantiene una rivalidad con {gang2} por el control de las rutas en {country}.",
)
PT = (
    "A facção {gang} atua no {country} e na {country2}, segundo a Polícia Federal.",
    "{leader}, chefe da facção {gang}, foi preso pela Polícia Federal em {year}.",
    "A facção {gang} surgiu no {prison}, um presídio no {country}.",
)
TEMPLATES = {"en": EN, "es": ES, "pt": PT}

# Invented name parts: the pool of groups and leaders grows with the corpus, as in real news.
GROUP_WORDS = ("Halcones", "Lobos", "Zorros", "Cuervos", "Toros", "Pumas", "Cóndores", "Jaguares")
GROUP_PLACES = ("del Sur", "del Norte", "de la Sierra", "del Puerto", "de Ceniza", "del Valle", "do Litoral")
GROUP_KINDS = ("Los", "Banda de los", "Clan de los", "Frente de los", "Hermandad de los")
FIRST_NAMES = ("Aurelio", "Baltasar", "Jacinta", "Eleuterio", "Rosendo", "Wenceslau", "Clodomira", "Teodulfo")
SURNAMES = (
    "Mancera",
    "Oquendo",
    "Quistán",
    "Ordavia",
    "Belcastro",
    "Marvelo",
    "Tuzcano",
    "Ferragut",
    "Olazábal",
)


def _pool_gang(index: int) -> str:
    kind = GROUP_KINDS[index % len(GROUP_KINDS)]
    word = GROUP_WORDS[(index // len(GROUP_KINDS)) % len(GROUP_WORDS)]
    place = GROUP_PLACES[(index // (len(GROUP_KINDS) * len(GROUP_WORDS))) % len(GROUP_PLACES)]
    return f"{kind} {word} {place}"


def _pool_leader(index: int, rng: random.Random) -> str:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    second = SURNAMES[(index // len(FIRST_NAMES)) % len(SURNAMES)]
    third = SURNAMES[(index // (len(FIRST_NAMES) * len(SURNAMES))) % len(SURNAMES)]
    name = f"{first} {second} {third}"
    if rng.random() < 0.15:  # a misspelling: one letter doubled
        at = rng.randrange(len(first) + 2, len(name) - 1)
        name = name[:at] + name[at] + name[at:]
    return name


def articles(count: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """``count`` generated articles as JSON-ready dicts (the fields of a JSONL article file)."""
    rng = random.Random(seed)
    for number in range(count):
        lang = rng.choice(("en", "en", "es", "pt"))
        lines = []
        pool = 20 + number // 8  # distinct names grow with the corpus
        for _ in range(rng.randint(4, 8)):
            gang, gang2 = rng.sample(GANGS, 2)
            if rng.random() < 0.5:
                gang = _pool_gang(rng.randrange(min(pool, 280)))
            country, country2 = rng.sample(COUNTRIES, 2)
            leader = rng.choice(LEADERS)[rng.random() < 0.2]
            if rng.random() < 0.6:
                leader = _pool_leader(rng.randrange(pool), rng)
            template = rng.choice(TEMPLATES[lang])
            lines.append(
                template.format(
                    gang=gang,
                    gang2=gang2,
                    country=country,
                    country2=country2,
                    leader=leader,
                    prison=rng.choice(PRISONS),
                    year=2010 + number % 15,
                )
            )
        title = f"Report {number}: {lines[0].split(',')[0]}"
        yield {
            "title": title,
            "url": f"https://news.example.org/{lang}/{number}",
            "published": f"20{10 + number % 15}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "lang": lang,
            "text": title + "\n\n" + "\n\n".join(lines) + "\n",
        }


def write_jsonl(path: Path, count: int, seed: int = 11) -> Path:
    """Write ``count`` articles to a JSONL file, one article per line."""
    with path.open("w", encoding="utf-8") as handle:
        for article in articles(count, seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def write_folder(folder: Path, count: int, seed: int = 11) -> Path:
    """Write ``count`` articles as Markdown files with front matter, 1,000 per sub-folder."""
    for number, article in enumerate(articles(count, seed)):
        where = folder / f"{number // 1000:04d}"
        where.mkdir(parents=True, exist_ok=True)
        meta = "".join(
            f"{key}: {json.dumps(article[key])}\n" for key in ("title", "url", "published", "lang")
        )
        (where / f"{number:06d}.md").write_text(f"---\n{meta}---\n{article['text']}", encoding="utf-8")
    return folder
