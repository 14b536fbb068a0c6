"""Agency names the gazetteer does not know, built around a head word.

A capitalized run of words containing a head ("Policía", "Ministry", "Fiscalía", "Army")
is an agency: "Policía Nacional del Perú", "Office of the Attorney General", "Tribunal Oral
en Lo Penal de Arica". A nationality or country before it, or inside it, is the state it
belongs to ("Colombian Army", "El Salvador's Supreme Court", "Ejército de Guatemala"). A
second head after "of/de" starts a second agency ("Fiscalía de Narcoactividad del
Ministerio Público"). Lone generic words and regions ("Department of Antioquia") are not
agencies.
"""

from __future__ import annotations

from kg.extract.function_words import AGAINST_WORDS, AND_WORDS, OF_FORMS, POSSESSIVE_S
from kg.extract.international import un_body
from kg.extract.langdata import mappings_by_language, words, words_by_language
from kg.extract.matchers import DEMONYM, PLACE, REGION
from kg.extract.mentions import CONNECTORS, Analysis, Mention, NameScanner
from kg.extract.name_numbers import is_ordinal, number_sign_end
from kg.extract.name_words import STOP
from kg.extract.national_forces import city_agencies, national_forces
from kg.extract.officer_forces import officer_forces
from kg.extract.text import fold_key, is_capitalized
from kg.schema import AGENCY, COUNTRY, FACTION, GANG

AGENCY_MODIFIERS = words("agency_modifiers")
SPLIT_HEADS = words("split_heads")
# Heads that open another body after "and": "la Policía Nacional y Migración Colombia".
SECOND_BODIES = SPLIT_HEADS | words("single_word_agencies") | words("second_bodies")
SINGLE_WORD_AGENCIES = words("single_word_agencies")
NAMED_LIKE_PEOPLE = words("named_like_people")
POLICE_WORD = words("police_word")
CIVIL_FIELDS = words("civil_fields")  # "the Department of Sociology": a university's, no agency
FIELD_HEADS = words("civil_field_heads")  # the heads such a field may follow (not "Ministerio de Economía")
FINAL_HEADS = words("final_agency_heads")  # heads that end the name: "Security Support Mission"
SPECIALIZED = words("specialized")
PLACE_NAMED_HEADS = words("place_named_heads")
# Heads shared by groups and police units, and the words that make them a police unit.
UNIT_HEADS = words("police_unit_heads")
POLICE_UNIT_WORDS = words("police_unit_words")

# Prepositions that join the parts of an agency's official name in one language:
# "Delegacia de Repressão a Entorpecentes", "Coordenação de Combate ao Crime Organizado",
# "U.S. Attorney's Office for the Southern District of New York".
# Titles whose office is an agency: "Attorney's Office", "Prosecutor's Office", "Sheriff's Office".
POSSESSIVE_TITLES = words("possessive_titles")
# "Delegacia de Repressão às Ações Criminosas" (folded as the tokens are: "às" is "as")
NAME_LINKS = words_by_language("agency_name_links")
# Articles a link may take before the next word: "Força Especial de Luta Contra o Narcotráfico",
# "Apoyo a la Justicia"; links that join only with one ("capturó la Policía a Juan": a person).
LINK_ARTICLES = words_by_language("agency_link_articles")
ARTICLE_LINKS = words_by_language("agency_article_links")
# Words that join an official name's parts ("Office against Organized Crime", "contra el", "en lo Penal";
# see the agencies.yaml files).
INNER_LINKS = AGAINST_WORDS | words("agency_inner_articles")
NEUTER_LINKS = words("agency_neuter_links")
NEUTER_ARTICLES = words("neuter_articles")
FIELD_LINKS = words("agency_field_links")
PLACE_LINKS = words("agency_place_links")
RUN_LINKS = INNER_LINKS | NEUTER_ARTICLES | FIELD_LINKS
CREDIT_WORDS = words("credit_words")  # "Cortesía Policía Nacional": a photo credit, then the name
# State adjectives only one country has: "o Ministério Público paulista" (Brazil).
REGIONAL_DEMONYMS = mappings_by_language("regional_demonyms")


def _agency_word(analysis: Analysis, k: int, blocked: set[int]) -> bool:
    token = analysis.doc[k]
    if k in blocked or not (is_capitalized(token) and token.is_alpha) or fold_key(token.text) in CREDIT_WORDS:
        return False
    # "São" in "Ministério Público de São Paulo" is a place's word, not the verb "são"
    return token.lower_ not in STOP or any(m.type in (PLACE, COUNTRY) for m in analysis.covering(k))


def _agency_span(
    analysis: Analysis, start: int, end: int, heads: set[int], blocked: set[int]
) -> tuple[int, int]:
    """The full name around an agency head: left modifiers, then words and 'of ...' phrases."""
    doc = analysis.doc
    begin, stop = analysis.sents[analysis.sent_of[start]]
    first = start
    while first > begin:
        if _agency_word(analysis, first - 1, blocked):
            first -= 1
        elif is_ordinal(doc[first - 1].text):
            first -= 1  # "the 2nd Circuit Court of Appeals", "a 1ª Vara Criminal"
            break
        elif (
            first - 2 >= begin
            and doc[first - 1].lower_ == POSSESSIVE_S
            and doc[first - 2].lower_ in POSSESSIVE_TITLES
            and _agency_word(analysis, first - 2, blocked)
        ):
            first -= 2  # "the U.S. Attorney's Office": a title's office
        else:
            break
    last = end
    j = end
    while j < stop:
        token = doc[j]
        numbered = number_sign_end(doc, j, stop)
        if numbered > j and j == last:
            j = last = numbered  # "Tribunal Oral en lo Criminal Federal N° 3", "Juzgado Nº 4"
            continue
        if _agency_word(analysis, j, blocked) or (token.lower_ in AGENCY_MODIFIERS and j == last):
            j += 1
            last = j
            continue
        connector = (
            token.lower_ in CONNECTORS
            or token.lower_ in INNER_LINKS
            or token.lower_ in NAME_LINKS.get(analysis.lang, frozenset())
            # "de Luta Contra o Narcotráfico": an article after a capitalized link word
            or (token.lower_ in LINK_ARTICLES.get(analysis.lang, ()) and doc[j - 1].lower_ in AGAINST_WORDS)
            or (token.lower_ in NEUTER_LINKS and j + 1 < stop and doc[j + 1].lower_ in NEUTER_ARTICLES)
            # "Fiscalía Especializada en Delitos de ...", "Unidad Especializada em Combate ao ..."
            or (token.lower_ in FIELD_LINKS and doc[j - 1].lower_ in SPECIALIZED)
            # "Procuradoria da República em São Paulo": offices named after the state they serve
            or (token.lower_ in PLACE_LINKS and doc[start].lower_ in PLACE_NAMED_HEADS)
        )
        if connector:
            k = j
            while (
                k < stop
                and k - j < 3
                and (
                    doc[k].lower_ in CONNECTORS
                    or doc[k].lower_ in RUN_LINKS
                    or doc[k].lower_ in NAME_LINKS.get(analysis.lang, ())
                    or (
                        doc[k].lower_ in LINK_ARTICLES.get(analysis.lang, ())
                        and (k > j or doc[k - 1].lower_ in AGAINST_WORDS)
                    )
                )
            ):
                k += 1
            if k + 1 < stop and is_ordinal(doc[k].text) and _agency_word(analysis, k + 1, blocked):
                k += 1  # "Tribunal Regional Federal da 3ª Região", "Court of Appeals for the 9th Circuit"
            if (
                k < stop
                and _agency_word(analysis, k, blocked)
                and doc[k].lower_ not in SPLIT_HEADS
                and (
                    doc[j].lower_ not in NAME_LINKS.get(analysis.lang, ())
                    or (k == j + 1 and doc[j].lower_ not in ARTICLE_LINKS.get(analysis.lang, ()))
                    or doc[j + 1].lower_ in LINK_ARTICLES.get(analysis.lang, ())
                )
            ):
                j = k
                continue
            if k < stop and doc[k].lower_ in NEUTER_ARTICLES and k + 1 < stop:
                j = k + 1
                continue
            break
        # "... e Segurança Pública", "... e da Cidadania": a second field of the same office, also
        # after an article in a field fought against ("contra la Delincuencia ... y el Lavado de Activos")
        field = any(t.lower_ in AGAINST_WORDS for t in doc[start:j])
        linked = OF_FORMS | (LINK_ARTICLES.get(analysis.lang, frozenset()) if field else frozenset())
        after_and = j + 2 if j + 2 < stop and doc[j + 1].lower_ in linked else j + 1
        if after_and > j + 1 and analysis.covering(after_and):
            break  # "da Polícia Federal e dos Carabinieri": a second agency, named already
        # "la Policía Nacional y Migración Colombia": a second body, not a second field of the first
        second_body = after_and < stop and (
            fold_key(doc[after_and].text) in SECOND_BODIES
            # "Policía Nacional y DEA capturan": an agency the gazetteer knows, named after "and"
            or any(m.type == AGENCY and m.entry is not None for m in analysis.covering(after_and))
        )
        if (
            token.lower_ in AND_WORDS
            and after_and < stop
            and _agency_word(analysis, after_and, blocked)
            and not second_body
        ):
            k = after_and
            while k < stop and _agency_word(analysis, k, blocked):
                k += 1
            if not any(h in heads for h in range(j + 1, k)):
                j = k
                last = k
                continue
        break
    return first, last


def agency_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Agency names built around a capitalized head word, with the country they belong to."""
    doc = analysis.doc
    found: list[Mention] = []
    heads_spans = [
        (s, e)
        for s, e in [(c.start, c.end) for c in analysis.cues if c.role == "agency_head"]
        if is_capitalized(doc[s])
    ]
    heads_spans += _unit_heads(analysis)
    heads = {s for s, _ in heads_spans}
    blocked = {
        k for m in analysis.mentions if m.type in (GANG, FACTION, REGION) for k in range(m.start, m.end)
    }
    seen: set[tuple[int, int]] = set()
    inside: set[int] = set()  # the tokens of the spans in ``seen``
    for start, end in heads_spans:
        if start in blocked:
            continue
        begin, _ = scanner.bounds(start)
        first, last = _agency_span(analysis, start, end, heads, blocked)
        if (first, last) in seen or start in inside:
            continue
        seen.add((first, last))
        inside.update(range(first, last))
        country = None
        # A nationality or a country right before the name belongs to it ("Colombian Army", "U.S. ...").
        for mention in [*analysis.ending(DEMONYM, first), *analysis.ending(COUNTRY, first)]:
            if is_capitalized(doc[mention.start]):
                first, country = mention.start, mention.country or mention.name
                break
        # ... or a lower-case one right after it in Spanish and Portuguese ("Ejército ecuatoriano",
        # also called "Ejército" in the article).
        aliases: list[str] = []
        for mention in analysis.starting_between(last, last + 1) if analysis.lang != "en" else []:
            if mention.type == DEMONYM and doc[mention.start].text.islower():
                aliases.append(analysis.surface(first, last))
                last, country = mention.end, country or mention.country
                break
        state = (
            REGIONAL_DEMONYMS.get(analysis.lang, {}).get(fold_key(doc[last].text))
            if last < len(doc)
            else None
        )
        if state and doc[last].text.islower() and not aliases:
            aliases.append(analysis.surface(first, last))  # "Ministério Público paulista"
            last, country = last + 1, country or state
        # "Gendarmería informó" names one; a bare "Polícia faz operação" (any police) does not
        opening = first == begin and (
            doc[first].lower_ in POLICE_WORD
            or doc[first].lower_ in NAMED_LIKE_PEOPLE
            or not _acts(analysis, last)
        )
        if last - first == 1 and (opening or doc[first].lower_ not in SINGLE_WORD_AGENCIES):
            continue  # "Office", "Service" alone name nothing; "the Army", "la Fiscalía" do
        rest = [k for k in range(end, last) if doc[k].lower_ not in CONNECTORS]
        if (
            doc[start].lower_ in {"department", "departamento", "state", "estado"}
            and rest
            and all(any(m.type in (PLACE, COUNTRY) for m in analysis.covering(k)) for k in rest)
        ):
            continue  # "the Department of Antioquia", "Estado de México": a region, not an agency
        if rest and doc[start].lower_ in FIELD_HEADS and fold_key(doc[rest[0]].text) in CIVIL_FIELDS:
            continue  # "the Department of Sociology", "la Dirección de Comunicaciones del club"
        if first > 0 and doc[first - 1].lower_ == POSSESSIVE_S:
            for mention in analysis.ending(COUNTRY, first - 1):  # "El Salvador's Supreme Court"
                country = mention.name
                aliases.append(analysis.surface(mention.start, last))
        for mention in analysis.starting_between(first, last):
            if mention.type in {DEMONYM, COUNTRY, PLACE} and mention.end <= last:
                country = country or (mention.name if mention.type == COUNTRY else mention.country)
        name = analysis.surface(first, last)
        if un_body(name) or (doc[start].lower_ in FINAL_HEADS and end < last):  # not "Mission District of X"
            continue  # "la Oficina de la ONU para ...": the UN's crime bodies are the gazetteer's
        country = country or _apposition_country(analysis, last)
        found.append(Mention(AGENCY, name, first, last, "agency-head", country=country, aliases=aliases))
    found += city_agencies(analysis, blocked)
    found += national_forces(analysis, blocked)
    found += officer_forces(analysis, blocked)
    return found


def _acts(analysis: Analysis, k: int) -> bool:
    """A Spanish or Portuguese verb follows at ``k``: "Gendarmería informó", "Exército ocupa"."""
    token = analysis.doc[k] if k < len(analysis.doc) else None
    return (
        analysis.lang != "en"
        and token is not None
        and token.is_alpha
        and token.text.islower()
        and token.lower_ not in STOP
    )


def _apposition_country(analysis: Analysis, end: int) -> str | None:
    """The nationality an apposition gives the agency named before it: "the Sernic, Mozambique's
    criminal police", "Sernic (Serviço ...), a polícia de investigação moçambicana"."""
    doc = analysis.doc
    _, stop = analysis.sents[analysis.sent_of[end - 1]]
    k = end
    if k < stop and doc[k].text == "(":  # past the acronym
        k = next((j + 1 for j in range(k + 1, min(k + 6, stop)) if doc[j].text == ")"), k)
    if k >= stop or doc[k].text != ",":
        return None
    window = range(k + 1, min(k + 9, stop))
    close = next((j for j in window if doc[j].text in {",", ".", ";", "("}), window.stop)
    if not any(c.role in ("agency_head", "national_force") for c in analysis.cues_between(k + 1, close)):
        return None  # the apposition is not an agency's description (no agency word in it)
    for j in range(k + 1, close):
        for mention in [*analysis.starting(DEMONYM, j), *analysis.starting(COUNTRY, j)]:
            return mention.country or mention.name
    return None


def _unit_heads(analysis: Analysis) -> list[tuple[int, int]]:
    """A word shared by groups and police units heads an agency when a police word describes it:
    "Grupo Especial de Operaciones", "Bloque de Búsqueda", "Comando de Operaciones Especiales"
    ("Comando Vermelho", "Grupo Los Andes" stay groups)."""
    doc = analysis.doc
    found: list[tuple[int, int]] = []
    for k in range(len(doc) - 1):
        if doc[k].lower_ not in UNIT_HEADS or not is_capitalized(doc[k]):
            continue
        j = k + 2 if doc[k + 1].lower_ in CONNECTORS and k + 2 < len(doc) else k + 1
        if is_capitalized(doc[j]) and doc[j].lower_ in POLICE_UNIT_WORDS:
            found.append((k, k + 1))
    return found
