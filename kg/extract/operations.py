"""The operation an arrest belongs to, told over several sentences.

A raid told first ("realizaron el operativo", "cumpriram mandados", "the FBI raided homes") whose
detainees a later sentence names; the operation retold far below ("The operation was coordinated
by Europol"); a sentence that turns to another event ("En otra operación, ..."); the agencies
that only tell an arrest, and those whose inquiry it followed. The agencies that worked in an
operation together are read by :mod:`kg.extract.joint_operations`, which builds on these.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.arrest_agents import PERSON_POSSESSIVES, ArrestAgents
from kg.extract.arrest_retold import RETOLD_ARRESTS
from kg.extract.arrest_support import owner_of_unit, unit_of
from kg.extract.entities import Entity, Ref
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import ARTICLES, IN_WORDS, OF_FORMS, POSSESSIVE_S
from kg.extract.langdata import phrases, words, words_by_language
from kg.extract.matchers import PLACE
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import ANAPHORIC_DETERMINERS, NEGATIONS
from kg.extract.text import YEAR, Tok, fold_key
from kg.schema import AGENCY, COUNTRY

# "planean realizar un operativo conjunto", "plan to launch a joint operation": not made yet
PLAN_WORDS = words("plan_words")
WITHOUT_WORDS = words("without_words")  # "sin el apoyo de", "without the help of"
UNMADE_REACH = 5  # words from a denial or plan to the cue it unmakes: "did not work with"
# Words of an operation whose agencies made the arrests a later sentence tells.
OPERATION_TOLD = words("operation_words") | words("raid_words")
GENERIC_RAID_VERBS = words("generic_raid_verbs")  # "realizaron": a raid only with its noun near
RAID_NOUNS = words("raid_nouns")
RAID_NOUN_REACH = 3  # words between a generic verb and its raid noun: "realizaron 14 allanamientos"
# "En la operación", "Durante los allanamientos", "Na ação": a sentence opening on the operation.
OPENING_PREPOSITIONS = IN_WORDS | words("during_words")
OPERATION_NOUNS = words("operation_words") | RETOLD_ARRESTS
# "En otra operación, ...", "Separately, ...": an opening phrase that turns to another event.
OTHER_EVENT_WORDS = words("other_event_words")
OTHER_EVENT_ADVERBS = words("other_event_adverbs")
OPENER_REACH = 8  # words of an opening phrase, up to its comma
PRONOUN_OBJECTS = words_by_language("person_pronoun_objects")  # "arrested him", "lo capturó"
PRONOUN_FOLLOWERS = words("pronoun_object_followers")  # "arrested her in Madrid"
RAID_SEQUEL = 4  # sentences (a paragraph break counts as one) to a sentence opening on the raid
INQUIRY_WORDS = words("investigation_words")  # "la investigación de la PNP", "the FBI's probe"
INQUIRY_LINKS = words("inquiry_links")  # what an arrest that an inquiry led to says: "followed", "tras"
INQUIRY_REACH = 3  # words between the inquiry and its agency
AUXILIARIES = words("passive_auxiliaries")  # "Foram presos", "Fueron detenidos": no subject told
INQUIRY_SENTENCES = 3
SOURCE_OPENING = 8  # words of who tells a sentence, opening it: "Mexican security officials said"
THAT_WORDS = words("that_words")  # sentences back where it may be told (a paragraph break counts as one)


# "la Policía y la Fiscalía se culpan", "the FBI and the DEA blamed each other": agencies at odds, no partners
AT_ODDS = words("agency_conflict_verbs")
REFLEXIVES = words("reflexive_pronouns")  # "se culpan", "se acusam"
# what a verb of blame takes when agencies are at odds with each other: "trocaram acusações"
CONFLICT_OBJECTS = words("agency_conflict_objects")
MUTUAL = phrases("reciprocal_after")  # "blamed each other", "se culpan mutuamente"


def at_odds(doc: Sequence[Tok], k: int) -> bool:
    """The verb of blame or dispute at ``k`` is said of its subjects against each other: "se culpan",
    "blamed each other", "trocaram acusações"; not "acusan a diez miembros", "accused 12 members"."""
    if doc[k].lower_ not in AT_ODDS:
        return False
    if k > 0 and doc[k - 1].lower_ in REFLEXIVES:
        return True
    after = tuple(t.lower_ for t in doc[k + 1 : k + 4])
    return any(after[: len(form)] == form for form in MUTUAL) or bool(set(after) & CONFLICT_OBJECTS)


class OperationContext(ArrestAgents):
    """How the sentences of one operation hang together."""

    def _retells_operation(
        self, sent: int, nouns: frozenset[str] = RETOLD_ARRESTS, after_source: bool = False
    ) -> bool:
        """ "The operation was coordinated by X", "La operación contó con apoyo de X": a sentence that
        opens on the operation or arrest told before (one of ``nouns``), however far back it was told;
        with ``after_source``, maybe past who tells it ("Officials said the raid was ...", "Segundo a
        PF, a operação teve ...")."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        if after_source:
            begin = self.past_source(sent)
        return (
            end - begin > 2
            and doc[begin].lower_ in ANAPHORIC_DETERMINERS[self.analysis.lang]
            and fold_key(doc[begin + 1].text) in nouns
        )

    def past_source(self, sent: int) -> int:
        """Where a sentence goes on past the one who tells it, when that opens it: "Según la
        Policía, el operativo ...", "Mexican officials said the raid ...", "A PF informou que a
        operação ..." (the sentence's start when nobody is cited first)."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        for cue in self.cues(sent, "source"):
            if cue.start - begin > SOURCE_OPENING or any(t.is_punct for t in doc[begin : cue.start]):
                break
            if cue.start == begin:  # "According to police, ...": up to its comma
                comma = next(
                    (k for k in range(cue.end, min(end, cue.end + SOURCE_OPENING)) if doc[k].text == ","),
                    None,
                )
                return comma + 1 if comma is not None else begin
            k = cue.end  # "Officials said (that) ...", "La Policía informó que ..."
            return k + 1 if k < end and doc[k].lower_ in THAT_WORDS else k
        return begin

    def _tells_detainees(
        self, sent: int, arrest: list[Cue], detainees: list[Cue], raiders: list[Entity]
    ) -> bool:
        """ "Entre los capturados está X", "Foram presos 12 integrantes", "The suspects, including X,
        were taken into custody", "Segundo a corporação, X foi preso": the people the raid told before
        took, not another arrest ("Separately, Texas police arrested X")."""
        begin, _ = self.analysis.sents[sent]
        doc = self.analysis.doc
        named = self.table.in_sentence(sent, AGENCY)
        return (
            bool(detainees)
            or (bool(self.cues(sent, "source")) and all(r.entity in raiders for r in named))
            or any(c.start - begin <= 2 for c in arrest)
            or doc[begin].lower_ in ANAPHORIC_DETERMINERS[self.analysis.lang]
            or self._opens_on_operation(sent)
        )

    def _opens_on_operation(self, sent: int) -> bool:
        """ "En ella fueron capturados", "Na ação, foram presos", "During the raids, ...", "Como
        resultado, ...", "In all, ...": a sentence that opens on the operation told before, or on
        what it yielded."""
        begin, end = self.analysis.sents[sent]
        if any(c.start == begin for c in self.cues(sent, "operation_result")):
            return True
        doc = self.analysis.doc
        k = begin + 1
        while k < end and doc[k].lower_ in ARTICLES:
            k += 1
        return (
            k < end and doc[begin].lower_ in OPENING_PREPOSITIONS and fold_key(doc[k].text) in OPERATION_NOUNS
        )

    def opens_elsewhere(self, sent: int) -> bool:
        """ "En otra operación, ...", "Em outra ação, ...", "In a separate raid, ...", "Separately,
        ...": a sentence whose opening phrase turns to another event than the one told before."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        comma = next((k for k in range(begin, min(end, begin + OPENER_REACH)) if doc[k].text == ","), None)
        if comma is None:  # "Otros tres integrantes fueron detenidos": more of the same arrests
            return doc[begin].lower_ in OTHER_EVENT_ADVERBS
        return any(doc[k].lower_ in OTHER_EVENT_WORDS | OTHER_EVENT_ADVERBS for k in range(begin, comma))

    def opens_other_year(self, sent: int) -> bool:
        """ "Em 2019, foram presos ...", "Desde 2013, ...": a sentence opening on a year the two
        sentences before do not name tells its own time; its arrests are not the operation's told
        before (which the sentences after it may go on telling)."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        comma = next((k for k in range(begin, min(end, begin + OPENER_REACH)) if doc[k].text == ","), None)
        if comma is None:
            return False
        years = {doc[k].text for k in range(begin, comma) if YEAR.fullmatch(doc[k].text)}
        before = self.analysis.sents[max(0, sent - 2)][0]
        return bool(years) and not any(doc[k].text in years for k in range(before, begin))

    def opening_source(self, sent: int) -> list[Entity]:
        """The one agency an arrest told with no agent of its own is cited to, in the phrase opening
        the sentence ("Segundo a PF, 12 integrantes foram presos", "According to the FBI, ..."):
        it tells its own arrest, when no operation was told before."""
        begin, _ = self.analysis.sents[sent]
        opening = [c for c in self.cues(sent, "source") if c.start == begin]
        cited = [
            r for r in self.table.in_sentence(sent, AGENCY) if any(0 <= r.start - c.end <= 2 for c in opening)
        ]
        return [cited[0].entity] if len(cited) == 1 else []

    def _abroad(self, sent: int, agency: Entity, arrest: list[Cue]) -> bool:
        """The arrest is told in another country than the agency's, or made by a country: "la
        Policía Federal capturó a A. ... B fue detenido en Paraguay", "Mexico arrested B" were not
        the Policía Federal's arrests."""
        doc = self.analysis.doc
        countries = [m for m in self.analysis.in_sentence(sent) if m.type == COUNTRY]
        if any(m.end == c.start for m in countries for c in arrest):
            return agency.country not in {m.name for m in countries if any(m.end == c.start for c in arrest)}
        places = {  # "en Paraguay", "in Bogotá": a country, or a city's
            m.name if m.type == COUNTRY else m.country
            for m in self.analysis.in_sentence(sent)
            if m.type in (COUNTRY, PLACE) and doc[self._past_articles(m.start)].lower_ in IN_WORDS
        } - {None}
        return bool(agency.country) and bool(places) and agency.country not in places

    def _past_articles(self, start: int) -> int:
        """The token before the phrase at ``start``, past its articles ("en el Perú": "en")."""
        k = start - 1
        while k > 0 and self.analysis.doc[k].lower_ in ARTICLES:
            k -= 1
        return max(k, 0)

    def retold_agents(self, sent: int) -> list[Entity]:
        """The agencies of the arrest told again (:meth:`ArrestAgents.retold_agents`), or the one
        whose inquiry it followed: "The arrests followed a six-month investigation by X", "As prisões
        são resultado de uma investigação de seis meses da X"."""
        found = super().retold_agents(sent)
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        nouns = [
            k
            for k in range(begin + 1, end)
            if doc[k].lower_ in RETOLD_ARRESTS and doc[k - 1].lower_ in self._retelling_determiners
        ]
        inquiries = [  # "followed a six-month investigation", not "are the subject of an investigation"
            j
            for k in nouns
            for j in range(k + 1, min(end, k + INQUIRY_REACH + 4))
            if doc[j].lower_ in INQUIRY_WORDS and any(t.lower_ in INQUIRY_LINKS for t in doc[k + 1 : j])
        ]
        for ref in self.table.in_sentence(sent, AGENCY):
            before = ref.start - 1
            while before > begin and doc[before].lower_ in ARTICLES:
                before -= 1
            by = doc[before].lower_ in OF_FORMS or doc[before].lower_ in AGENT_WORDS
            if not found and by and any(0 < ref.start - j <= INQUIRY_REACH + 3 for j in inquiries):
                found.append(ref.entity)
        return found

    def speakers(self, sent: int) -> set[str]:
        """The agencies that say the sentence: "X was arrested, Ecuador's police said" (not "bajo
        custodia del FBI, informó el Departamento de Justicia": the FBI does not speak there)."""
        doc = self.analysis.doc
        verbs = {c.start for c in self.cues(sent, "source")}
        return {
            r.entity.key
            for r in self.table.in_sentence(sent, AGENCY)
            if r.end in verbs or (r.end + 1 in verbs and doc[r.end].text != ",")
        }

    def raid_reaches(self, raid: int, sent: int) -> bool:
        """The agencies of the raid told in sentence ``raid`` may have made the arrests of ``sent``:
        it follows in the same paragraph, or opens the next one on the operation ("El operativo
        terminó con la captura de ...", "The raid ended with ...") or on its arrests ("Foram presos
        ..."). A blank line waits for the next."""
        doc = self.analysis.doc
        if not any(t.is_alpha for t in doc[slice(*self.analysis.sents[sent])]):
            return True
        if sent - raid <= 2 and self.analysis.same_paragraph(raid, sent):
            return True
        # "... deflagraram a Operação X.\n\nAo todo, 14 pessoas foram presas": what it yielded
        return sent - raid <= RAID_SEQUEL and (
            self._retells_operation(sent) or self._opens_on_operation(sent) or self._opens_on_arrests(sent)
        )

    def _opens_on_arrests(self, sent: int) -> bool:
        """ "Foram presos o líder A e ...", "Entre los detenidos está B", "Among those arrested was C":
        a paragraph that opens on arrests with no agent of its own tells who the raid just told took."""
        begin, _ = self.analysis.sents[sent]
        doc = self.analysis.doc
        passive = [
            c for c in self.cues(sent, "arrest") if c.start > begin and doc[c.start - 1].lower_ in AUXILIARIES
        ]
        opening = [c for c in passive + self.cues(sent, "detainee") if c.start - begin <= 2]
        return bool(opening) and not self.table.in_sentence(sent, AGENCY)

    def retells_own_arrest(self, arrest: list[Cue]) -> bool:
        """ "Tras su captura, X fue trasladado", "after his arrest": each arrest word is a person's own
        arrest told before, which takes no agency from the operation told before it."""
        doc = self.analysis.doc
        return bool(arrest) and all(
            c.start > 0 and doc[c.start - 1].lower_ in PERSON_POSSESSIVES for c in arrest
        )

    def investigator_before(self, sent: int) -> list[Entity]:
        """ "La investigación de la Policía Federal comenzó en 2023. Nesta terça, foram presos 12
        integrantes do G": the one agency whose inquiry the nearest sentence before with an agency
        tells made the arrest told right after with no agent of its own."""
        doc = self.analysis.doc
        for before in range(sent - 1, max(-1, sent - 1 - INQUIRY_SENTENCES), -1):
            refs = [r for r in self.table.in_sentence(before, AGENCY) if not self.source_marked(r)]
            if not self.table.in_sentence(before, AGENCY):
                continue
            if len({r.entity.key for r in refs}) != 1:
                return []
            begin, end = self.analysis.sents[before]
            ref = refs[0]  # the words around its name, not in it ("Federal Bureau of Investigation")
            near = [
                *range(max(begin, ref.start - INQUIRY_REACH), ref.start),
                *range(ref.end, min(end, ref.end + INQUIRY_REACH)),
            ]
            inquiry = any(doc[k].lower_ in INQUIRY_WORDS for k in near) and not self.opens_elsewhere(sent)
            return [ref.entity] if inquiry else []
        return []

    def taken_pronoun(self, arrest: list[Cue]) -> bool:
        """An arrest word takes one person's pronoun: "arrested him", "lo capturó", "o prendeu"."""
        doc = self.analysis.doc
        pronouns = PRONOUN_OBJECTS.get(self.analysis.lang, frozenset())
        if self.analysis.lang != "en":  # the clitic stands before the verb
            return any(c.start > 0 and doc[c.start - 1].lower_ in pronouns for c in arrest)
        return any(
            c.end < len(doc) and doc[c.end].lower_ in pronouns and _object_ends(doc, c.end + 1)
            for c in arrest
        )

    def _operation_told(self, sent: int) -> bool:
        """ "La Policía y Migración Colombia realizaron la operación", "agentes cumpriram mandados",
        "the FBI raided homes": an operation whose detainees a later sentence tells ("los capturados")."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        keys = [fold_key(doc[k].text) for k in range(begin, end)]
        return any(
            key in OPERATION_TOLD
            or (
                key in GENERIC_RAID_VERBS
                and any(w in RAID_NOUNS for w in keys[max(0, i - RAID_NOUN_REACH) : i + RAID_NOUN_REACH + 1])
            )
            for i, key in enumerate(keys)
        )


def unmade_cooperation(analysis: Analysis, begin: int, start: int) -> bool:
    """The cooperation cue at ``start`` is denied or only planned a few words before it, in its
    clause (from ``begin``): "no recibió apoyo de", "did not work with", "não contou com o apoio",
    "planean realizar un operativo conjunto", "plan to launch a joint operation"; or it is had
    "without" ("arrested him without the help of the DEA"), unless that was denied ("would not
    have been possible without the support of", "no habría sido posible sin el apoyo de")."""
    doc = analysis.doc
    if doc[start].lower_ in WITHOUT_WORDS:
        return not needed_cooperation(analysis, begin, start)
    unmaking = (NEGATIONS[analysis.lang] | PLAN_WORDS) - WITHOUT_WORDS
    for k in range(start - 1, max(begin, start - UNMADE_REACH) - 1, -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in WITHOUT_WORDS:  # "sem a cooperação da": its own cue's "without"
            return not needed_cooperation(analysis, begin, k)
        if doc[k].lower_ in unmaking:
            return True
    return False


def needed_cooperation(analysis: Analysis, begin: int, start: int) -> bool:
    """The cue at ``start`` opens with "without" after a denial in its sentence: "would not have
    been possible without the support of X", "no habría sido posible sin el apoyo de X", "não
    teria sido possível sem a cooperação da X" tell a cooperation had."""
    doc = analysis.doc
    denials = NEGATIONS[analysis.lang] - WITHOUT_WORDS
    return doc[start].lower_ in WITHOUT_WORDS and any(doc[k].lower_ in denials for k in range(begin, start))


def not_partners(
    doc: list[Tok], cues: list[tuple[str, int, int]], refs: list[Ref], first: Ref, second: Ref
) -> bool:
    """Two agencies of a sentence that are no partners: the first a unit of the second ("the
    Anti-Drug Directorate (DIRAN) of the Police"); one a body acting through its unit ("the US
    Treasury's Office of Foreign Assets Control"); the first cited as a source, with the second
    listed after it or not ("de acordo com a polícia italiana e o Ministério Público")."""
    # "X junto con la Fecor del Ministerio Público": the body a unit belongs to is no partner
    unit = unit_of(doc, first, second) or owner_of_unit(doc, refs, first) or owner_of_unit(doc, refs, second)
    starts = {r.start for r in refs}
    parent = any(
        doc[r.end].lower_ == POSSESSIVE_S and r.end + 1 in starts
        for r in (first, second)
        if r.end + 1 < len(doc)
    )
    cited = any(role == "source" and 0 <= first.start - stop <= 2 for role, _start, stop in cues)
    return unit or parent or cited


def _object_ends(doc: Sequence[Tok], k: int) -> bool:
    """The object pronoun before ``k`` ends its phrase: "arrested her." or "arrested her in Madrid",
    not "arrested her brother" (a possessive)."""
    return (
        k >= len(doc)
        or not doc[k].is_alpha
        or doc[k].text[:1].isupper()
        or doc[k].lower_ in PRONOUN_FOLLOWERS
    )
