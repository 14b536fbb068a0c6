"""What an arrest told in a sentence does not reach.

An arrest word names one event (once :mod:`kg.extract.unmade_arrests` finds it made); not every
group and agency around it took part in it:

- a group named as the victim, rival or ally of the people arrested ("suspected of killing a
  member of G", "two men from a gang at war with G"), denied as their group ("ningún integrante de G fue detenido"), as the owner of goods seized,
  as the group arrested officials served or whose turf it was, or opening a later clause, was
  not hit by it;
- an agency that only tells or praises the arrest made by another (", the Justice Department
  said", "el Ministerio felicitó a la Policía"), asked for it, or acts in another clause after it
  (", and the Army seized weapons", "donde lo acusa la DEA") did not make it (asking, wanting and
  receiving are read in :mod:`kg.extract.arrest_support`).

>>> sorted(words("harm_words", "en"))[:3]
['ambush', 'ambushed', 'assassinated']
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.leader_words import ASSOCIATE_PLURALS, ASSOCIATES
from kg.extract.mentions import Analysis, Cue
from kg.extract.offshoots import DISSIDENT_NOUNS, offshoot
from kg.extract.rulebase import COORDINATION
from kg.extract.text import Tok, fold_key
from kg.schema import AGENCY, LEADER

OPERATION_WORDS = words("operation_words")
HARM_WORDS = words("harm_words")
OF_WORDS = words("of_words")
PRAISE_WORDS = words("praise_words")
PASSIVE_BY = words("agent_words")
PERFORMED = words("performed")
CLAUSE_OPENERS = words("clause_openers") | words("contrast_words")
WITH_WORDS = words("with_words")
TIME_WORDS = words("time_words")
ARTICLES = words("articles")
WHERE_WORDS = words("where_words")
CONTRAST_WORDS = words("contrast_words")
# Words between a harm and its victim group: "killed one of the members of", "ataque contra a".
VICTIM_GAP = ARTICLES | OF_WORDS | words("victim_gap")
MEMBER_NOUNS = words("member_nouns") | words("member_plurals")  # "a member of", "members of"
# Cue roles that name a rank or a kind of group: "a leader of", "la banda", "a facção".
RANK_ROLES = frozenset({"leader", "gang_intro", "faction_intro"})
PAIR_LINKS = words("pair_links")
GROUP_NOUNS = words("group_nouns")


def past_group_words(doc: list[Tok], k: int, stop: int) -> int:
    """The first token from ``k`` (up to ``stop``) that is no group word: past "gang" in "the X gang, ..."."""
    while k < stop and doc[k].lower_ in GROUP_NOUNS:
        k += 1
    return k


SUBJECT_REACH = 6  # tokens between a negative word and the group it opens
GOODS_WORDS = words("goods_words")
GOODS_LINKS = OF_WORDS | words("goods_links")
SERVICE_LINKS = words("service_links") | PASSIVE_BY
GOODS_REACH = 5  # tokens between what was seized and the group that owned it
OFFICIAL_NOUNS = words("official_nouns")
OFFICIAL_REACH = 9  # tokens between the officials arrested and the group they served
TERRITORY_WORDS = words("territory_words")
KIN_WORDS = ASSOCIATES | ASSOCIATE_PLURALS  # "a un hermano de alias X": X's kin was taken
BLOW_NOUNS = words("blow_nouns")  # "asestó un golpe al G": the group is the one hit
TERRITORY_REACH = 5  # "en un barrio controlado por la banda G"
HARM_REACH = 10  # tokens between a harm word and the group of its victim ("matar a Ana Ruiz, jefa de G")


def _head_before(analysis: Analysis, ref: Ref, lowest: int) -> int:
    """The token before the group's phrase, past its articles and kind words ("para o", "de la banda")."""
    kinds = {
        k
        for c in analysis.cues_between(lowest, ref.start)
        if c.role in RANK_ROLES
        for k in range(c.start, c.end)
    }
    k = ref.start - 1
    while k >= lowest and (analysis.doc[k].lower_ in ARTICLES or k in kinds):
        k -= 1
    return k


def goods(analysis: Analysis, ref: Ref) -> bool:
    """The group owns what was seized, not the people arrested: "seized cocaine belonging to G",
    "armas de la banda G", "apreendeu armas do G"."""
    doc = analysis.doc
    lowest = max(analysis.sents[analysis.sent_of[ref.start]][0], ref.start - GOODS_REACH)
    k = _head_before(analysis, ref, lowest)
    linked = False
    while k >= lowest and doc[k].lower_ in GOODS_LINKS:
        k, linked = k - 1, True
    return linked and k >= lowest and doc[k].lower_ in GOODS_WORDS


def not_its_people(analysis: Analysis, ref: Ref, after: int) -> bool:
    """The people arrested are named as officials or the place as the group's turf, so the group
    is only what they served or where they were: "arrested five police officers suspected of
    working for G", "un abogado de G", "em uma comunidade dominada pelo G"."""
    doc = analysis.doc
    # an inserted source is no one arrested, nor part of the reach: "dois homens que, segundo a
    # polícia, pertencem ao G"
    told = {
        j
        for c in analysis.cues_between(max(after, ref.start - 2 * OFFICIAL_REACH), ref.start)
        if c.role == "source"
        for j in range(c.start, next((i for i in range(c.end, ref.start) if doc[i].text == ","), ref.start))
    }
    lowest = max(after, ref.start - OFFICIAL_REACH - len(told))
    k = _head_before(analysis, ref, lowest)
    if k < lowest or doc[k].lower_ not in SERVICE_LINKS:
        return False  # the group is not named through a preposition: "soldiers found G's boss"
    leaders = {
        j for c in analysis.cues_between(lowest, k) if c.role == "leader" for j in range(c.start, c.end)
    }
    turf = doc[k].lower_ in PASSIVE_BY
    # the name of the body that made the arrest is no official arrested: "os detidos pela Polícia
    # Federal pertencem ao G" (not "prendeu policiais militares que trabalhavam para o G")
    bodies = {
        j
        for m in analysis.in_sentence(analysis.sent_of[ref.start])
        if m.type == AGENCY and m.start > 0 and _past_articles_back(doc, m.start - 1) in PASSIVE_BY
        for j in range(m.start, m.end)
    }
    bodies |= told
    for j in range(k - 1, lowest - 1, -1):
        if j in bodies:
            continue
        word = doc[j].lower_
        if word in BLOW_NOUNS:
            return False  # "Police deal a blow to G", "asesta golpe al G": the agency before hit G
        if word in MEMBER_NOUNS or j in leaders or not (doc[j].is_alpha or doc[j].text in {"-", ","}):
            return False  # "arrested two officers and three members of G": G's own people
        if word in OFFICIAL_NOUNS or (turf and word in TERRITORY_WORDS and k - j <= TERRITORY_REACH):
            return True
    return False


def _past_articles_back(doc: list[Tok], k: int) -> str:
    """The word at ``k`` or, past the articles before a name, the one before them ("pela", "by the")."""
    while k > 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return doc[k].lower_


def victim(analysis: Analysis, ref: Ref, after: int) -> bool:
    """The group is named as the victim of a harm told after token ``after`` (the arrest word,
    or the sentence start): "arrested two gunmen who killed a member of G", "suspeitos de matar
    um chefe do G", "tras un ataque contra integrantes de G", "intentaron asesinar a X, líder de G".
    "Un ataque de G" names the attacker."""
    doc = analysis.doc
    lowest = max(after, ref.start - HARM_REACH)
    harm = next((k for k in range(ref.start - 1, lowest - 1, -1) if doc[k].lower_ in HARM_WORDS), None)
    if harm is None:
        return False
    gap = doc[harm + 1 : ref.start]
    cues = analysis.cues_between(harm + 1, ref.start)
    leaders = {k for c in cues if c.role == "leader" for k in range(c.start, c.end)}
    kinds = {k for c in cues if c.role in RANK_ROLES for k in range(c.start, c.end)}
    # "intentaron asesinar a Juan Ruiz, líder de G": the victim named before their rank
    named = {t.i for t in gap if t.text == "," or (t.is_alpha and t.text[:1].isupper())} if leaders else set()
    if not all(
        t.lower_ in VICTIM_GAP or t.lower_ in MEMBER_NOUNS or t.i in kinds or t.i in named or t.like_num
        for t in gap
    ):
        return False  # "acusados de homicidio y extorsión como integrantes de G": their own group
    person = any(t.lower_ in MEMBER_NOUNS or t.i in leaders for t in gap)
    return person or not gap or gap[0].lower_ not in OF_WORDS


def partner(analysis: Analysis, ref: Ref, after: int) -> bool:
    """The group is named after the arrest as the rival or ally of the group of the people arrested:
    "two men from a crew at war with G", "una célula aliada a la banda G", "uma facção rival da G".
    "Members of the rival G gang" names G itself, "cinco brasileiros ligados ao G" its people."""
    doc = analysis.doc
    # the name's mention may hold the words before it: "grupo rival do [PCC]" is one mention
    cues = analysis.cues_between(after, ref.end)
    kinds = {k for c in cues if c.role in RANK_ROLES for k in range(c.start, c.end)}
    for cue in cues:
        if cue.role not in ("rival", "ally") or cue.start == 0 or cue.end >= ref.end:
            continue
        if doc[cue.start - 1].lower_ not in GROUP_NOUNS and cue.start - 1 not in kinds:
            continue  # "cinco brasileiros ligados ao G": people of G, not of a group beside it
        named = max(ref.start, cue.end)
        while named < ref.end - 1 and doc[named].lower_ in PAIR_LINKS | ARTICLES:
            named += 1  # past "do" in the mention "grupo rival do PCC"
        gap = doc[cue.end : named]
        if not all(t.lower_ in PAIR_LINKS or t.lower_ in ARTICLES or t.i in kinds for t in gap):
            continue
        if doc[cue.end - 1].lower_ in PAIR_LINKS or any(t.lower_ in PAIR_LINKS for t in gap):
            return True
    return False


def denied_subject(analysis: Analysis, ref: Ref, lang: str) -> bool:
    """ "Ningún integrante de G fue detenido", "nenhum membro do G foi preso", "no G member was
    arrested": a negative word opens the group's phrase."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    denials = words("negative_quantifiers", lang)
    for k in range(ref.start - 1, max(begin, ref.start - SUBJECT_REACH) - 1, -1):
        if not doc[k].is_alpha:
            return False
        if doc[k].lower_ in denials:
            return True
    return False


def subject_of_later_clause(analysis: Analysis, ref: Ref, cue_end: int) -> bool:
    """A group that opens a clause after the arrest: "arrested two men, and the G gang has since
    expanded", "prendeu dois homens, e o G continua". "..., and three members of G" and "capturó a A,
    y a B" are still its objects."""
    doc = analysis.doc
    opener = next(
        (
            k
            for k in range(ref.start - 1, cue_end - 1, -1)
            if doc[k].lower_ in WHERE_WORDS
            or doc[k].lower_ in CONTRAST_WORDS
            or (doc[k].lower_ in COORDINATION and doc[k - 1].text == ",")
        ),
        None,
    )
    if opener is None:
        return False
    gang_words = {
        k
        for c in analysis.cues_between(opener + 1, ref.start)
        if c.role in RANK_ROLES
        for k in range(c.start, c.end)
    }
    # the sentence's own articles: "y a X" in Spanish marks one more object, not a new subject
    articles = words("articles", analysis.lang)
    return all(t.lower_ in articles or t.i in gang_words for t in doc[opener + 1 : ref.start])


def speaker(analysis: Analysis, ref: Ref, sources: list[Cue], arrest: list[Cue]) -> bool:
    """An agency that tells the arrest after it: "were arrested by agents of the FBI, the Justice
    Department said". Alone in its sentence such an agency tells its own arrest ("X has been
    arrested, the Federal Police said"): the caller asks only when another agency made it."""
    doc = analysis.doc
    told = any(c.start == ref.end or (c.start == ref.end + 1 and doc[ref.end].is_alpha) for c in sources)
    return told and any(c.end <= ref.start for c in arrest)


def praiser(analysis: Analysis, ref: Ref) -> bool:
    """An agency that praises those who made the arrest: "El Ministerio felicitó a la Policía por
    la captura", "the Ministry hailed the police"."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[ref.start]]
    return any(doc[k].lower_ in PRAISE_WORDS for k in range(ref.end, min(end, ref.end + 2)))


def later_clause(
    analysis: Analysis, ref: Ref, arrest: list[Cue], linked: bool, cooperation: list[Cue]
) -> bool:
    """An agency after every arrest word of its sentence, past a comma or a clause opener, with no
    word that ties it to the arrest (by, of, with, performed, a cooperation phrase, "a DEA
    operation") and not listed with an agency that made it: "was arrested in Spain and extradited
    to the US, where the DEA charged him", "fue detenido por la Policía y trasladado a la Fiscalía",
    "was arrested in May, weeks after the Treasury Department sanctioned the gang"."""
    doc = analysis.doc
    if linked or not arrest or any(c.start >= ref.end for c in arrest):
        return False
    last = max(c.end for c in arrest if c.end <= ref.start)
    openers = [
        k for k in range(last, ref.start) if doc[k].lower_ in CLAUSE_OPENERS or doc[k].text in {";", ","}
    ]
    if not openers:
        return False
    start = openers[-1] + 1
    gap = [t.lower_ for t in doc[start : ref.start]]
    after = doc[ref.end].lower_ if ref.end < len(doc) else ""
    # "..., where he will face charges brought by the DEA": a "by" in a clause of place is another verb's
    by_words = frozenset() if doc[openers[-1]].lower_ in WHERE_WORDS else PASSIVE_BY
    tied = (
        any(w in by_words or w in PERFORMED or w in WITH_WORDS for w in gap)
        or any(start <= c.start < ref.start for c in cooperation)
        or _of_agency(gap)
        or after in OPERATION_WORDS
        or after == "-"  # "a DEA-led operation"
    )
    return not tied


def _of_agency(gap: list[str]) -> bool:
    """The words before an agency make it the owner of what they name: "agents of the", "una
    operación de la"; not "semanas depois de o", "after the"."""
    while gap and gap[-1] in ARTICLES:
        gap = gap[:-1]
    return bool(gap) and gap[-1] in OF_WORDS and (len(gap) < 2 or gap[-2] not in TIME_WORDS)


def not_hit(analysis: Analysis, ref: Ref, arrest: list[Cue]) -> bool:
    """The group or leader at ``ref`` is named in the arrest's sentence but not as one it hit:
    a victim, a denied subject, the group its dissidents broke from (not the one its remnants are
    of), the owner of goods seized, what officials served or whose turf
    it was, or the subject of a clause after the arrest."""
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    cue_end = max((c.end for c in arrest if c.end <= ref.start), default=begin)
    return (
        victim(analysis, ref, cue_end)
        or partner(
            analysis, ref, cue_end
        )  # also before the arrest: "Membros do G, grupo rival do H, foram presos"
        or denied_subject(analysis, ref, analysis.lang)
        # "cabecilla de una estructura de las disidencias de las FARC"; not "remnants of Los Zetas"
        or offshoot(analysis, ref, DISSIDENT_NOUNS)
        or goods(analysis, ref)
        or not_its_people(analysis, ref, cue_end)
        or (cue_end > begin and subject_of_later_clause(analysis, ref, cue_end))
        or kin_taken(analysis, ref)
    )


def kin_taken(analysis: Analysis, ref: Ref) -> bool:
    """The leader is named only as the kin or associate of the one arrested: "a un hermano de
    alias X", "the wife of X", "o irmão de X", "X's brother"."""
    doc = analysis.doc
    if ref.entity.type != LEADER:
        return False
    before = (
        ref.start > 1
        and doc[ref.start - 1].lower_ in OF_WORDS
        and fold_key(doc[ref.start - 2].text) in KIN_WORDS
    )
    after = (
        ref.end + 1 < len(doc)
        and doc[ref.end].lower_ in POSSESSIVE_S
        and fold_key(doc[ref.end + 1].text) in KIN_WORDS
    )
    return before or after
