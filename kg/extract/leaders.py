"""Leaders: named people said to lead, head, found or command a group.

A person becomes a Leader only through a leadership cue tied to a group: "leader
Héctor Guerrero", "X, a co-founder of the Sinaloa Cartel", "alias X y Y, jefes de
Los Tiguerones", "X, líder de la banda", or a list of names introduced after the
group's leaders are mentioned ("São eles: - Nome (Apelido) ..."). Officials, analysts
and other people named in the article stay out of the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.mentions import CONNECTORS, STOP, TITLES, Analysis, Cue, NameScanner
from kg.extract.relations import Fact
from kg.extract.text import Tok, is_capitalized, name_key

ALIAS_WORDS = frozenset(
    {
        *("alias", "vulgo", "aka", "nicknamed", "known", "dubbed", "called"),
        *("apodado", "apodada", "conocido", "conocida", "llamado"),
        *("conhecido", "conhecida", "chamado", "apelidado", "apelidada"),
    }
)
BETWEEN_OK = frozenset(
    [
        "a",
        "an",
        "the",
        "other",
        "another",
        "one",
        "of",
        "its",
        "el",
        "la",
        "otro",
        "otra",
        "uno",
        "una",
        "o",
        "um",
        "uma",
        "outro",
        "outra",
        "seu",
        "sua",
        "su",
        "sus",
        "his",
        "their",
        "alleged",
        "presunto",
        "presuntos",
        "suposto",
        "top",
        "main",
        "principal",
        "principales",
        "alto",
        "altos",
        "first",
        "second",
        "third",
        "ranking",
        "and",
        "y",
        "e",
        "reputed",
        "former",
        "ex",
        "de",
        "los",
        "las",
        "of",
        "the",
        "dos",
        "das",
        "one",
    ]
)
OF_WORDS = frozenset({"of", "de", "del", "do", "da", "dos", "das"})
RELATIVE = frozenset({"who", "que", "quien", "quienes", "which"})
DISCOURSE_WORDS = frozenset(
    [
        "however",
        "meanwhile",
        "moreover",
        "additionally",
        "also",
        "still",
        "yet",
        "instead",
        "furthermore",
        "later",
        "then",
        "now",
        "today",
        "yesterday",
        "finally",
        "first",
        "second",
        "third",
        "last",
        "next",
        "overall",
        "previously",
        "currently",
        "recently",
        "ademas",
        "asimismo",
        "tambien",
        "mientras",
        "entonces",
        "hoy",
        "ayer",
        "ahora",
        "luego",
        "despues",
        "finalmente",
        "porem",
        "contudo",
        "entretanto",
        "tambem",
        "hoje",
        "ontem",
        "agora",
        "depois",
        "assim",
        "ainda",
        "segundo",
        "según",
    ]
)
# What may stand before a one-word name: the start of the sentence, a comma, "and", an article.
SINGLE_NAME_OPENERS = frozenset(
    {",", "and", "y", "e", "the", "el", "la", "o", "a", "(", ":", "alias", "vulgo"}
)
NAME_ARTICLE_WORDS = frozenset({"el", "la", "o", "a", "the"})
ARTICLES = frozenset({"the", "el", "la", "los", "las", "o", "a", "os", "as"})
POSSESSIVES = frozenset({"its", "their", "su", "sus", "seu", "sua", "seus", "suas"})
PERSON_CONNECTORS = frozenset({"de", "da", "do", "dos", "das", "del"})


@dataclass(slots=True)
class Person:
    start: int
    end: int
    name: str
    aliases: list[str] = field(default_factory=list)


def _cap(doc: list[Tok], k: int) -> bool:
    token = doc[k]
    return is_capitalized(token) and token.is_alpha and token.lower_ not in STOP


def _persons(analysis: Analysis, sent: int, blocked: set[int]) -> list[Person]:
    """Candidate person names in a sentence (runs of capitalized words, alias forms, nicknames)."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    persons: list[Person] = []
    k = begin
    while k < end:
        token = doc[k]
        if token.lower_ in {"alias", "vulgo", "aka"} and k + 1 < end:
            scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
            span = scanner.right(k + 1, max_len=4)
            if span and not any(j in blocked for j in range(*span)):
                nick = analysis.surface(*span).strip('"')
                persons.append(Person(k, span[1], nick, [f"alias {nick}"]))
                k = span[1]
                # "alias A y B": B is listed with A, even as a single word.
                if (
                    k + 1 < end
                    and doc[k].lower_ in {"y", "and", "e"}
                    and _cap(doc, k + 1)
                    and k + 1 not in blocked
                ):
                    other = scanner.right(k + 1, max_len=4)
                    if other and not any(j in blocked for j in range(*other)):
                        persons.append(Person(other[0], other[1], analysis.surface(*other)))
                        k = other[1]
                continue
        if _cap(doc, k) and k not in blocked and token.text.lower() not in TITLES:
            j = k
            words: list[str] = []
            aliases: list[str] = []
            while j < end and j not in blocked:
                if _cap(doc, j) or (
                    doc[j].lower_ in PERSON_CONNECTORS and j + 1 < end and _cap(doc, j + 1) and words
                ):
                    words.append(analysis.surface(j, j + 1))
                    j += 1
                elif (
                    words
                    and doc[j].lower_ in PERSON_CONNECTORS
                    and j + 2 < end
                    and doc[j + 1].lower_ in {"la", "las", "los"}
                    and _cap(doc, j + 2)
                ):
                    words.append(analysis.surface(j, j + 2))  # "José de la Cruz"
                    j += 2
                elif doc[j].text == '"' and words:
                    close = next((c for c in range(j + 1, min(j + 5, end)) if doc[c].text == '"'), None)
                    if close is None or close + 1 >= end or not _cap(doc, close + 1):
                        break
                    aliases.append(analysis.surface(j + 1, close))
                    j = close + 1
                else:
                    break
            full = analysis.surface(k, j)
            if len(words) >= 2 and all(w.lower() not in TITLES for w in words[:1]):
                name = " ".join(words)
                aliases += [full] if full != name else []
                persons.append(Person(k, j, name, aliases))
            k = max(j, k + 1)
            continue
        k += 1
    _nicknames(analysis, persons, end)
    return persons


def _nicknames(analysis: Analysis, persons: list[Person], end: int) -> None:
    """``Name (Nick)``, ``Name ("Nick")`` and ``Name, nicknamed Nick,`` add an alias to the person."""
    doc = analysis.doc
    for person in persons:
        j = person.end
        if j + 2 < end and doc[j].text == "(":
            close = next((c for c in range(j + 1, min(j + 8, end)) if doc[c].text == ")"), None)
            if close is not None and close > j + 1 and any(_cap(doc, c) for c in range(j + 1, close)):
                person.aliases.append(analysis.surface(j + 1, close).strip('" '))
                person.end = close + 1
        elif (
            j + 3 < end
            and doc[j].text == ","
            and doc[j + 1].lower_ in NAME_ARTICLE_WORDS
            and _cap(doc, j + 2)
            and doc[j + 3].text == ","
        ):
            person.aliases.append(analysis.surface(j + 2, j + 3))  # "Sérgio Netto, o Minotauro,"
            person.end = j + 3
        elif j + 2 < end and doc[j].text == "," and doc[j + 1].lower_ in ALIAS_WORDS:
            start = j + 2 + (1 if doc[j + 2].lower_ in {"as", "como"} else 0)
            scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
            span = scanner.right(start, max_len=4)
            if span:
                person.aliases.append(analysis.surface(*span).strip('"'))
                person.end = span[1]
    # A nickname folded into a person is not a second person.
    for person in list(persons):
        if any(o is not person and o.start <= person.start and person.end <= o.end for o in persons):
            persons.remove(person)


def _titled(analysis: Analysis, person: Person) -> bool:
    doc = analysis.doc
    k = person.start - 1
    while k >= 0 and doc[k].text in {".", ","} and k > person.start - 3:
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in TITLES


def _coordinated(analysis: Analysis, persons: list[Person], anchor: Person) -> list[Person]:
    """``alias A, B y C``: the people listed together with ``anchor``."""
    doc = analysis.doc
    chain = [anchor]
    ordered = sorted({id(p): p for p in persons}.values(), key=lambda p: p.start)
    index = next(i for i, p in enumerate(ordered) if p is anchor)
    for previous in reversed(ordered[:index]):
        between = [doc[k].lower_ for k in range(previous.end, chain[-1].start)]
        if between and all(w in {",", "and", "y", "e"} for w in between):
            chain.append(previous)
        else:
            break
    return chain


class LeaderFinder:
    """Finds Leader entities and LEADS facts, adding the leaders to the entity table."""

    def __init__(self, analysis: Analysis, table: EntityTable):
        self.analysis = analysis
        self.table = table
        self.blocked = {k for m in analysis.mentions for k in range(m.start, m.end) if m.type != "Place"}
        self.facts: list[Fact] = []
        self.cues_by_sent: dict[int, list[Cue]] = {}
        for cue in analysis.cues:
            self.cues_by_sent.setdefault(analysis.sent_of[cue.start], []).append(cue)

    def group_for(self, cue: Cue, sent: int) -> Entity | None:
        doc = self.analysis.doc
        refs = self.table.in_sentence(sent, *GROUP_TYPES)
        for ref in refs:
            if 0 <= ref.start - cue.end <= 5:
                between = [doc[k] for k in range(cue.end, ref.start)]
                if (
                    between
                    and between[0].lower_ in {"of", "de", "del", "do", "da", "dos", "das"}
                    and all(not t.is_punct for t in between)
                ):
                    return ref.entity
            if 0 <= cue.start - ref.end <= 1 and all(
                doc[k].lower_ in {"'s"} for k in range(ref.end, cue.start)
            ):
                return ref.entity
        for ref in self.table.in_sentence(sent, "Agency", "Country", "Prison"):
            if 0 <= ref.start - cue.end <= 2 and doc[cue.end].lower_ in OF_WORDS:
                return None  # "chefe da Polícia Civil", "head of the Army": not a group's leader
        main = self.table.main_group
        if main is not None and cue.start > 0 and doc[cue.start - 1].lower_ in POSSESSIVES:
            return main  # "its leader", "su cabecilla", "seu chefe": the article's group
        has_group_word = any(c.role in ("gang_intro", "anaphor_gang") for c in self._sent_cues(sent))
        previous = sent > 0 and any(r.entity is main for r in self.table.in_sentence(sent - 1))
        if (refs or has_group_word or previous) and main is not None:
            return main
        return None

    def _name_part(self, cue: Cue) -> bool:
        """A capitalized cue inside a sentence is part of a name ("Cabeça de Sabão"), not a cue."""
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        return cue.start > begin + 1 and self.analysis.doc[cue.start].text[0].isupper()

    def _sent_cues(self, sent: int) -> list[Cue]:
        return self.cues_by_sent.get(sent, [])

    def persons_for(self, cue: Cue, persons: list[Person], group: Entity, sent: int) -> list[Person]:
        doc = self.analysis.doc
        chosen: list[Person] = []
        group_end = max(
            (r.end for r in self.table.in_sentence(sent) if r.entity is group and r.start >= cue.end),
            default=cue.end,
        )
        fillers = {
            k
            for m in self.analysis.mentions
            if m.type == "Demonym" and self.analysis.sent_of[m.start] == sent
            for k in range(m.start, m.end)
        }
        fillers |= {
            k
            for c in self._sent_cues(sent)
            if c.role in ("gang_intro", "gang_head")
            for k in range(c.start, c.end)
        }
        for person in persons:
            if _titled(self.analysis, person):
                continue
            near_cue = 0 <= person.start - cue.end <= 3
            near_group = group_end > cue.end and 0 <= person.start - group_end <= 4
            if near_cue or near_group:
                gap = doc[cue.end if near_cue else group_end : person.start]
                if all(t.text in {",", ":"} or t.lower_ in ARTICLES or t.i in fillers for t in gap):
                    chosen.append(person)
        left = [p for p in persons if p.end <= cue.start]
        singles = self.single_names_before(cue, sent)
        if singles and (not left or left[-1].end <= singles[0].start):
            left += singles  # "Marcola, líder do PCC", "Otoniel, the former head of the Clan del Golfo"
        if left:
            last = left[-1]
            between = doc[last.end : cue.start]
            words = [t.lower_ for t in between]
            # "X, a co-founder of", "X, the former police officer who leads", "X, apontado como um dos líderes"
            appositive = (
                words[:1] == [","]
                and len(words) <= 8
                and all(t.lower_ in BETWEEN_OK or (t.is_alpha and t.text.islower()) for t in between[1:])
                and not any(w in TITLES for w in words)
            )
            relative = len(words) > 1 and words[0] == "," and words[1] in RELATIVE and len(words) <= 16
            if appositive or relative:
                chosen += [
                    p
                    for p in _coordinated(self.analysis, [*persons, *singles], last)
                    if not _titled(self.analysis, p)
                ]
        return chosen

    def single_names_before(self, cue: Cue, sent: int) -> list[Person]:
        """One-word names heading an apposition that ends in the cue: "Marcola, líder do PCC",
        "Marcola e Fuminho, chefes do PCC"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[sent]
        comma = next(
            (k for k in range(cue.start - 1, max(begin, cue.start - 8), -1) if doc[k].text == ","), None
        )
        found: list[Person] = []
        k = comma - 1 if comma is not None else -1
        while k >= begin and self._single_name(k):
            found.insert(0, Person(k, k + 1, self.analysis.surface(k, k + 1)))
            if k - 2 >= begin and doc[k - 1].lower_ in {"and", "y", "e", ","} and self._single_name(k - 2):
                k -= 2
                continue
            if k > begin and (_cap(doc, k - 1) or doc[k - 1].lower_ not in SINGLE_NAME_OPENERS):
                return []
            break
        return found

    def _single_name(self, k: int) -> bool:
        token = self.analysis.doc[k]
        return (
            _cap(self.analysis.doc, k)
            and k not in self.blocked
            and token.lower_ not in TITLES
            and token.lower_ not in DISCOURSE_WORDS
        )

    def verbs(self, sent: int, persons: list[Person]) -> None:
        """ "X leads G", "X, who heads G", "G, led by X", "liderada por X"."""
        doc = self.analysis.doc
        groups = self.table.in_sentence(sent, *GROUP_TYPES)
        for cue in self._sent_cues(sent):
            if cue.role == "leader_verb":
                objects = [r for r in groups if 0 <= r.start - cue.end <= 3]
                subjects = [p for p in persons if p.end <= cue.start and cue.start - p.end <= 6]
                if not objects or not subjects or _titled(self.analysis, subjects[-1]):
                    continue
                between = [t.lower_ for t in doc[subjects[-1].end : cue.start]]
                plain = all(w == "," or w.isalpha() for w in between)
                if plain and not any(w in TITLES for w in between):
                    self.lead(subjects[-1], objects[0].entity, sent, "leads/verb")
            elif cue.role == "leader_passive":
                led = [r for r in groups if 0 <= cue.start - r.end <= 3]
                agents = [p for p in persons if 0 <= p.start - cue.end <= 2]
                if led and agents and not _titled(self.analysis, agents[0]):
                    self.lead(agents[0], led[-1].entity, sent, "leads/passive")

    def leader(self, person: Person) -> Entity:
        keys = {name_key(f) for f in (person.name, *person.aliases)}
        for entity in self.table.of_type("Leader"):
            known = {name_key(f) for f in (entity.name, *entity.aliases)}
            if keys & known:
                entity.aliases |= {person.name, *person.aliases}
                return entity
        entity = Entity(f"Leader:{name_key(person.name)}", "Leader", person.name, set(person.aliases))
        self.table.entities[entity.key] = entity
        return entity

    def run(self) -> list[Fact]:
        last_group: Entity | None = None
        list_open = False
        leader_sents = {
            self.analysis.sent_of[c.start]
            for c in self.analysis.cues
            if c.role in ("leader", "leader_verb", "leader_passive")
        }
        for sent in range(len(self.analysis.sents)):
            begin, end = self.analysis.sents[sent]
            wanted = sent in leader_sents or (list_open and self.analysis.doc[begin].text in {"-", "*", "•"})
            persons = _persons(self.analysis, sent, self.blocked) if wanted else []
            if persons:
                self.verbs(sent, persons)
            for cue in (c for c in self._sent_cues(sent) if c.role == "leader" and not self._name_part(c)):
                group = self.group_for(cue, sent)
                if group is None:
                    continue
                last_group = group
                for person in self.persons_for(cue, persons, group, sent):
                    self.lead(person, group, sent, "leads/cue")
            begin, end = self.analysis.sents[sent]
            first = self.analysis.doc[begin].text
            if list_open and first in {"-", "*", "•"} and last_group is not None:
                leading = [p for p in persons if p.start <= begin + 1]
                for person in leading[:1]:
                    self.lead(person, last_group, sent, "leads/list")
            elif self.analysis.doc[end - 1].text == ":" or (
                end - begin > 1 and self.analysis.doc[end - 2].text == ":"
            ):
                list_open = True
            elif first not in {"-", "*", "•"}:
                list_open = False
        return self.facts

    def lead(self, person: Person, group: Entity, sent: int, rule: str) -> None:
        entity = self.leader(person)
        self.table.add_ref(sent, Ref(entity, person.start, person.end))
        self.facts.append(Fact("LEADS", entity.key, group.key, sent, rule))


def find_leaders(analysis: Analysis, table: EntityTable) -> list[Fact]:
    """LEADS facts; the leaders join ``table`` as Leader entities with their references."""
    return LeaderFinder(analysis, table).run()


__all__ = ["CONNECTORS", "find_leaders"]
