"""Origins told in apposition to a group's name: "the Kavač clan, a Montenegrin crime group", "Los
Pulpos, una banda peruana", "el PCC, de origen brasileño", and the tests of a nationality that
says origin ("de origen colombiano", "Colombian-born", "of Czech origin") the other origin rules
share (:class:`kg.extract.origins.OriginRules` builds on this class).
"""

from __future__ import annotations

from kg.extract.appositions import group_noun, partitive
from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.entities import GROUP_TYPES, Entity
from kg.extract.function_words import ARTICLES, INDEFINITE, POSSESSIVE_S
from kg.extract.home import HomeRules
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Mention
from kg.extract.origin_clauses import RELATIVES
from kg.extract.rulebase import COORDINATION, ORIGIN_GAP
from kg.extract.topics import TopicRules
from kg.schema import COUNTRY, ORIGINATED_IN

# the roles of people whose group an apposition's place may follow: "Members of Los X, from Chile"
PERSON_ROLES = frozenset({"group_member_of", "leader_relation_of", "membership"})
PERSON_ROLE_REACH = 4  # tokens from the role to the group: "the leader of the Los X gang"
CLOSING_QUOTES = frozenset({'"', "”", "»", "'", "’"})
ORIGIN_SUFFIXES = words("origin_suffixes")  # "Colombian-born", "Mexico-based"
# "de origen colombiano", "de origem paraguaia", "of Albanian origin"
ORIGIN_NOUNS = words("origin_nouns")
# "a gang from Ecuador", "una banda proveniente de Venezuela", "grupo criminoso vindo da Venezuela"
ORIGIN_PARTICIPLES = words("origin_participles")
FROM_LINKS = words("of_words") | words("from_words")
BOTH_WORDS = words("both_words")  # ", both from Ecuador": the place is each joined group's
SUPERLATIVES = words("superlatives")  # "la mayor banda del Perú" is where it is biggest, not whence
DESCRIPTION_SPAN = 4  # words of a group's description before "from" ("a criminal organization from")


class AppositionOriginRules(HomeRules, TopicRules):
    """The apposition rule of ORIGINATED_IN and the origin tests of a nationality."""

    def _origin(self, group: Entity, country_name: str | None, sent: int, rule: str) -> None:
        """ORIGINATED_IN the country called ``country_name``, when there is one."""
        country = self.country_of(country_name)
        if country is not None:
            self.add(ORIGINATED_IN, group, country, sent, rule)

    def appositive_origin(self) -> None:
        """ "the Kavač clan, a Montenegrin crime group", "Los Pulpos, una banda peruana"."""
        doc = self.analysis.doc
        demonyms = {m.start: m for m in self.analysis.mentions if m.type == DEMONYM}
        countries = {m.start: m for m in self.analysis.mentions if m.type == COUNTRY}
        for group in self.table.of_type(*GROUP_TYPES):
            for mention in group.mentions:
                j = mention.end + (1 if self._is_group_word(mention.end) else 0)  # "the Black Lynx gang, ..."
                j += 1 if j < len(doc) and doc[j].text in CLOSING_QUOTES else 0  # '"Los X", la banda ...'
                if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                    j += 3  # "el Primeiro Comando da Capital (PCC), la facción de origen brasileño"
                elif j + 1 < len(doc) and doc[j].text == ")":
                    j += 1  # the same, from the acronym's mention
                if j + 2 >= len(doc) or doc[j].text != ",":
                    continue
                # ", both from Ecuador,", ", ambos de Ecuador,": past the word that makes it the pair's
                lead_in = j + 1 + (doc[j + 1].lower_ in BOTH_WORDS)
                place = self._described_from(lead_in)
                if place is not None and not self._owned_by_person(mention.start):
                    where = self.analysis.sent_of[place.start]
                    self._origin(group, place.name, where, "originated-in/apposition")
                    # "Los Choneros y Los Lobos, de Ecuador,": a bare place or "both" is every joined group's
                    if lead_in > j + 1 or doc[lead_in].lower_ in FROM_LINKS:
                        for other in self._joined_before(mention.start):
                            if other.country in (None, place.name):
                                self._origin(other, place.name, where, "originated-in/apposition")
                    continue
                # ", de origen venezolano", ", de origem paraguaia", ", of Albanian origin"
                origin = [doc[x].lower_ for x in range(j + 1, min(len(doc), j + 4))]
                marker: Mention | None
                # ", one of the two Montenegrin groups": past the partitive
                lead = j + 1 + partitive(self.analysis, j + 1, len(doc))
                if origin[:2] in (["de", "origen"], ["de", "origem"]) and j + 3 in demonyms:
                    marker, window, k = demonyms[j + 3], range(j + 3, j + 4), j + 3
                elif j + 2 in demonyms and self._origin_after(demonyms[j + 2]):
                    marker, window, k = demonyms[j + 2], range(j + 2, j + 3), j + 2  # ", of Czech origin"
                elif j + 1 in countries and doc[countries[j + 1].end].lower_ == POSSESSIVE_S:
                    # "Los Lobos, Ecuador's largest gang,": the possessive owns the group word
                    marker, k = countries[j + 1], j + 1
                    window = range(marker.end + 1, min(len(doc), marker.end + 5))
                elif (
                    lead > j + 1
                    or doc[j + 1].lower_ in INDEFINITE | ARTICLES | GROUP_NOUNS
                    or self._is_group_word(j + 1)
                ):
                    k = lead + 1 if doc[lead].lower_ in INDEFINITE | ARTICLES else lead
                    stop = min(len(doc), lead + 6)  # not past a relative: "a gang that buys from Peruvian X"
                    while (
                        k < stop and k not in demonyms and doc[k].is_alpha and doc[k].lower_ not in RELATIVES
                    ):
                        k += 1
                    marker, window = demonyms.get(k), range(j + 1, min(len(doc), k + 4))
                else:
                    continue
                explicit = marker is not None and self._explicit_origin(marker)
                if doc[j + 1].lower_ in ARTICLES - INDEFINITE and not explicit and self._names_after(marker):
                    continue  # "A, la banda peruana B": the nationality may be B's; "la facción de origen X" is A's
                if marker is not None and (
                    explicit
                    or origin[0] == "de"
                    or any(self._is_group_word(x) or group_noun(doc[x].lower_) for x in window)
                ):
                    where = self.analysis.sent_of[k]
                    self._origin(group, marker.country or marker.name, where, "originated-in/apposition")

    def _joined_before(self, start: int) -> list[Entity]:
        """The groups joined by "and" or commas to the group named at ``start``, before it: "A, B y C"
        gives A and B for C, past articles and group words ("la banda A y la banda B")."""
        doc = self.analysis.doc
        refs = self.table.in_sentence(self.analysis.sent_of[start], *GROUP_TYPES)
        by_end = {r.end: r for r in refs if not r.anaphor}
        joined: list[Entity] = []
        k = self._past_group_words(start - 1)
        while k > 0 and (doc[k].lower_ in COORDINATION or doc[k].text == ",") and k in by_end:
            ref = by_end[k]
            joined.append(ref.entity)
            k = self._past_group_words(ref.start - 1)
        return joined

    def _past_group_words(self, k: int) -> int:
        """The first token at or before ``k`` that is no article nor group word ("y la banda")."""
        while k > 0 and (self.analysis.doc[k].lower_ in ARTICLES or self._is_group_word(k)):
            k -= 1
        return k

    def _owned_by_person(self, start: int) -> bool:
        """The group opening at ``start`` follows a member's or a leader's role ("Members of Los X,
        from Chile, ...", "El jefe de la banda X, de Bolivia, ..."): the place after it is theirs."""
        begin = max(0, start - PERSON_ROLE_REACH)
        return any(
            c.role in PERSON_ROLES and c.end <= start for c in self.analysis.cues_between(begin, start)
        )

    def _described_from(self, start: int) -> Mention | None:
        """The country an apposition opening at token ``start`` says a group comes from: "(,) a gang
        from Ecuador", "una banda de Ecuador", "organización criminal proveniente de Venezuela",
        "uma facção do Brasil", "de Ecuador,"; not "the largest gang in Ecuador" nor "a partner of
        Mexico's CJNG"."""
        doc = self.analysis.doc
        k = start + (1 if doc[start].lower_ in INDEFINITE else 0)
        described = False
        while k < min(len(doc), start + DESCRIPTION_SPAN) and (
            self._is_group_word(k)
            or (doc[k].is_alpha and (group_noun(doc[k].lower_) or doc[k].lower_ in ORIGIN_GAP))
        ):
            if doc[k].lower_ in SUPERLATIVES:
                return None
            described = described or self._is_group_word(k) or group_noun(doc[k].lower_)
            k += 1
        k += 1 if k < len(doc) and doc[k].lower_ in ORIGIN_PARTICIPLES else 0
        if k >= len(doc) or doc[k].lower_ not in FROM_LINKS:
            return None
        bare = k == start  # "de Ecuador" with no group word before it
        k += 1 if k + 1 < len(doc) and doc[k + 1].lower_ in ARTICLES else 0
        country = next((m for m in self.analysis.mentions if m.type == COUNTRY and m.start == k + 1), None)
        if country is None or (country.end < len(doc) and doc[country.end].lower_ == POSSESSIVE_S):
            return None
        # "Los Choneros, de Ecuador, ...": the place alone makes the apposition when a comma closes it
        closed = bare and country.end < len(doc) and doc[country.end].text == ","
        return country if described or closed else None

    def _names_after(self, marker: Mention | None) -> bool:
        """A name may follow the nationality: not when a relative pronoun or a comma closes the
        apposition right after it ("X, la organización boliviana que ...", "X, the Bolivian gang, ...")."""
        doc = self.analysis.doc
        if marker is None:
            return True
        k = marker.end
        while k < len(doc) and (
            self._is_group_word(k) or (doc[k].is_alpha and doc[k].lower_ in GROUP_NOUNS | ORIGIN_GAP)
        ):
            k += 1  # "the Honduran criminal group that ..."; a comma closes the apposition
        return k < len(doc) and not (doc[k].is_punct or doc[k].lower_ in RELATIVES)

    def _hyphen_origin(self, k: int) -> bool:
        """Tokens ``k`` on read "-born" or "-based": the place just before is where the group is from."""
        doc = self.analysis.doc
        return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in ORIGIN_SUFFIXES

    def _explicit_origin(self, marker: Mention) -> bool:
        """ "de origen colombiano", "Colombian-born": the words say origin, not only nationality."""
        doc = self.analysis.doc
        before = [t.lower_ for t in doc[max(0, marker.start - 2) : marker.start]]
        return (
            self._hyphen_origin(marker.end)
            or (len(before) == 2 and before[1] in ORIGIN_NOUNS)
            or self._origin_after(marker)
        )

    def _origin_after(self, marker: Mention) -> bool:
        """ "of Czech origin": the word for origin follows the nationality."""
        doc = self.analysis.doc
        return marker.end < len(doc) and doc[marker.end].lower_ in ORIGIN_NOUNS
