"""What an arrest told in a sentence does not reach.

An arrest word names one event; not every group and agency around it took part in it:

- an arrest only planned, tried, ordered or asked for ("plans to arrest", "pidió la captura",
  "expediu mandados de prisão") is no arrest; nor is a gang's own "trafficking operation",
  "presos do G" (inmates) or "intervinieron la cárcel" (a prison taken over);
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
from kg.extract.held_states import held_state
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.offshoots import DISSIDENT_NOUNS, offshoot
from kg.extract.rulebase import COORDINATION, IRREALIS, MODALS, REQUESTS
from kg.extract.text import Tok
from kg.schema import PRISON

INTENT_WORDS = words("arrest_intent")
ESCAPE_WORDS = words("arrest_escapes")  # "escapó de un operativo", "fled a raid": no one was caught
ESCAPE_REACH = 5  # words from an escape to the operation escaped
ORDER_WORDS = words("arrest_orders")
PURPOSE_WORDS = words("purpose_words")
CONCESSIVE_WORDS = words("concessive_words")  # "even jailed, he ran G": a state, not an arrest
WARRANT_WORDS = words("warrant_words")
EXECUTED_WORDS = words("executed_words")
CRIMINAL_TRADES = words("criminal_trades")
COUNTER_PREFIXES = words("counter_prefixes")
# An operation told as the setting of a death is no arrest: "morto durante uma operação da PC".
OPERATION_WORDS = words("operation_words")
DEATH_WORDS = words("death_words")
WOUND_WORDS = words("wound_words")  # "baleados durante uma operação", unless someone was arrested too
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
INMATE_NOUNS = words("inmate_nouns")
INMATE_DETERMINERS = ARTICLES | OF_WORDS | words("inmate_determiners")
PRISON_ROLES = frozenset({"prison_intro", "prison_head"})
GOODS_WORDS = words("goods_words")
GOODS_LINKS = OF_WORDS | words("goods_links")
SERVICE_LINKS = words("service_links") | PASSIVE_BY
GOODS_REACH = 5  # tokens between what was seized and the group that owned it
OFFICIAL_NOUNS = words("official_nouns")
OFFICIAL_REACH = 9  # tokens between the officials arrested and the group they served
TERRITORY_WORDS = words("territory_words")
TERRITORY_REACH = 5  # "en un barrio controlado por la banda G"
DEATH_REACH = 12  # tokens between a death and the operation it happened in
WARRANT_REACH = 8  # tokens around a warrant where the verb that serves it may stand
HARM_REACH = 10  # tokens between a harm word and the group of its victim ("matar a Ana Ruiz, jefa de G")


def unmade(analysis: Analysis, cue: Cue) -> bool:
    """An arrest offered, sought, planned, tried, escaped or asked for, a warrant only issued, a death
    in an operation, or a criminal trade's "operation": "a reward leading to his capture", "plans to
    arrest", "intento de captura", "escapó de un operativo", "ordered the arrest of", "pidió la captura",
    "emitió órdenes de captura", "killed during an operation of the police", "a trafficking operation".
    An arrest reviewed ("el juez legalizó la captura") was still made: only its reviewer made none
    (:func:`kg.extract.arrest_reviews.reviewer`)."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    if _wished(analysis, cue, begin):
        return True
    # an operation is escaped from farther: "logró eludir el sábado un megaoperativo"
    reach = ESCAPE_REACH if doc[cue.end - 1].lower_ in OPERATION_WORDS else 3
    window = doc[max(begin, cue.start - reach) : cue.start]
    escapes = [i for i, t in enumerate(window) if t.lower_ in ESCAPE_WORDS]
    # not "tried to escape and was arrested": "and" opens the arrest that ended the escape
    if escapes and not any(t.lower_ in COORDINATION for t in window[escapes[-1] :]):
        return True
    near = [t.lower_ for t in doc[max(begin, cue.start - 3) : cue.start]]
    if any(w in INTENT_WORDS or w in ORDER_WORDS for w in near):
        return True
    if near and (near[-1] in PURPOSE_WORDS or near[-1] in CONCESSIVE_WORDS):
        return True  # "creado para desarticular a la pandilla", "mesmo preso": no deed
    if _inmates(analysis, cue, begin) or _place_object(analysis, cue, end) or held_state(analysis, cue):
        return True
    if _warrant(analysis, cue, begin, end):
        return not any(
            doc[k].lower_ in EXECUTED_WORDS
            for k in range(max(begin, cue.start - WARRANT_REACH), min(end, cue.end + WARRANT_REACH))
        )
    return _criminal_operation(analysis, cue, begin, end)


def _wished(analysis: Analysis, cue: Cue, sentence_begin: int) -> bool:
    """ "a reward leading to his capture", "could be arrested", "pedido de prisão", "killed in June
    during an operation of the police"."""
    doc = analysis.doc
    begin = max(sentence_begin, cue.start - 12)
    if any(doc[k].lower_ in IRREALIS for k in range(begin, cue.start)):
        return True
    if any(doc[k].lower_ == "leading" and doc[k + 1].lower_ == "to" for k in range(begin, cue.start - 1)):
        return True  # "information leading to the arrest of", not "the leading gang"
    near = [t.lower_ for t in doc[max(begin, cue.start - 4) : cue.start]]
    if any(w in MODALS for w in near[-3:]):
        return True
    if doc[cue.start].lower_ in OPERATION_WORDS:
        harmed = {doc[k].lower_ for k in range(max(begin, cue.start - DEATH_REACH), cue.start)}
        if harmed & DEATH_WORDS:
            return True  # a death, not an arrest
        if harmed & WOUND_WORDS and not _arrest_beside(analysis, cue, sentence_begin):
            return True  # "ficou ferido durante a operação", not "... e foi preso"
    return any(w in REQUESTS for w in near) and any(w in {"de", "for", "of"} for w in near)


def _arrest_beside(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """The sentence of the operation word ``cue`` (from ``begin``) tells an arrest with a verb of its own."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[cue.start]]
    return any(
        c.role == "arrest" and doc[c.start].lower_ not in OPERATION_WORDS
        for c in analysis.cues_between(begin, end)
    )


def _inmates(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """ "Presos do G foram transferidos", "os presos das duas facções": the noun of people held,
    not the arrest of anyone ("foram presos pela PM", "os presos pela PF" are arrests)."""
    doc = analysis.doc
    if cue.end - cue.start != 1 or doc[cue.start].lower_ not in INMATE_NOUNS:
        return False
    opens = cue.start == begin or doc[cue.start - 1].lower_ in INMATE_DETERMINERS
    after = doc[cue.end].lower_ if cue.end < len(doc) else ""
    return opens and after in OF_WORDS


def _place_object(analysis: Analysis, cue: Cue, end: int) -> bool:
    """ "intervinieron la cárcel", "raided the prison": the arrest word takes a prison, not people."""
    k = cue.end
    while k < end and k - cue.end < 2 and analysis.doc[k].lower_ in ARTICLES:
        k += 1
    if k >= end:
        return False
    return any(m.type == PRISON and m.start == k for m in analysis.covering(k)) or any(
        c.start == k and c.role in PRISON_ROLES for c in analysis.cues_between(k, k + 1)
    )


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
    lowest = max(after, ref.start - OFFICIAL_REACH)
    k = _head_before(analysis, ref, lowest)
    if k < lowest or doc[k].lower_ not in SERVICE_LINKS:
        return False  # the group is not named through a preposition: "soldiers found G's boss"
    leaders = {
        j for c in analysis.cues_between(lowest, k) if c.role == "leader" for j in range(c.start, c.end)
    }
    turf = doc[k].lower_ in PASSIVE_BY
    for j in range(k - 1, lowest - 1, -1):
        word = doc[j].lower_
        if word in MEMBER_NOUNS or j in leaders or not (doc[j].is_alpha or doc[j].text in {"-", ","}):
            return False  # "arrested two officers and three members of G": G's own people
        if word in OFFICIAL_NOUNS or (turf and word in TERRITORY_WORDS and k - j <= TERRITORY_REACH):
            return True
    return False


def _warrant(analysis: Analysis, cue: Cue, begin: int, end: int) -> bool:
    """ "an arrest warrant", "órdenes de captura", "mandados de prisão": a warrant, served or not;
    also one listed after another warrant's kind: "órdenes de allanamiento y detención"."""
    doc = analysis.doc
    around = range(max(begin, cue.start - 2), min(end, cue.end + 1))
    if any(doc[k].lower_ in WARRANT_WORDS for k in around):
        return True
    if cue.start - 1 <= begin or doc[cue.start - 1].lower_ not in COORDINATION:
        return False
    for k in range(cue.start - 2, max(begin, cue.start - 5) - 1, -1):
        if doc[k].lower_ in WARRANT_WORDS:
            return True
        if not doc[k].is_alpha:
            return False
    return False


def _criminal_operation(analysis: Analysis, cue: Cue, begin: int, end: int) -> bool:
    """ "a trafficking operation", "una operación de lavado": the gang's business, not a raid."""
    doc = analysis.doc
    if doc[cue.start].lower_ not in OPERATION_WORDS:
        return False
    before = [t.lower_ for t in doc[max(begin, cue.start - 3) : cue.start]]
    if len(before) == 3 and before[0] in COUNTER_PREFIXES and before[1] == "-":
        return False  # "an anti-drug operation"
    after = [t.lower_ for t in doc[cue.end : min(end, cue.end + 2)]]
    return (bool(before) and before[-1] in CRIMINAL_TRADES) or (
        len(after) == 2 and after[0] in OF_WORDS and after[1] in CRIMINAL_TRADES
    )


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
    cues = analysis.cues_between(after, ref.start)
    kinds = {k for c in cues if c.role in RANK_ROLES for k in range(c.start, c.end)}
    for cue in cues:
        if cue.role not in ("rival", "ally") or cue.start == 0:
            continue
        if doc[cue.start - 1].lower_ not in GROUP_NOUNS and cue.start - 1 not in kinds:
            continue  # "cinco brasileiros ligados ao G": people of G, not of a group beside it
        gap = doc[cue.end : ref.start]
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
        or (cue_end > begin and partner(analysis, ref, cue_end))
        or denied_subject(analysis, ref, analysis.lang)
        # "cabecilla de una estructura de las disidencias de las FARC"; not "remnants of Los Zetas"
        or offshoot(analysis, ref, DISSIDENT_NOUNS)
        or goods(analysis, ref)
        or not_its_people(analysis, ref, cue_end)
        or (cue_end > begin and subject_of_later_clause(analysis, ref, cue_end))
    )
