"""Leaders named again later in the article: by surname, by nickname, by a pronoun, or
together ("both men were arrested").

"Adolfo Macías Villamar ... Macías had been recaptured", "alias 'El Menchito' ... 'El
Menchito' fue capturado", "Luiz Fernando da Costa ... Ele foi capturado": each later form
becomes a reference to the leader, so the relation rules of that sentence see the person.
A member introduced in apposition ("Sean Ryan, a senior member of the X gang,") and named again
in a later sentence that tells an arrest stands there for the group whose member was arrested.

>>> sorted(PRONOUNS["pt"])
['ela', 'ele']
"""

from __future__ import annotations

from kg.extract.carried_subjects import detainee_subject, person_description
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref, distinct_entities
from kg.extract.langdata import mapping, mappings_by_language, words, words_by_language
from kg.extract.mentions import TITLES, Analysis, Cue
from kg.extract.persons import Person, persons_in
from kg.extract.text import Tok, fold_keep_offsets, fold_key
from kg.schema import AGENCY, LEADER

PRONOUNS = words_by_language("personal_pronouns")
ARTICLES_LIKE_PRONOUNS = words_by_language("articles_like_pronouns")
# A sentence with one of these tells of someone a pronoun after it may stand for: "a man", "the
# prosecutor" (an official's name may be read into an agency's: "Prosecutor Ana Ruiz")
UNNAMED_PEOPLE = words("person_nouns") | words("member_words") | words("member_nouns") | TITLES


def leader_references(analysis: Analysis, table: EntityTable, blocked: set[int]) -> None:
    """Add references for the later forms of each Leader of ``table``.

    Only forms that name one leader of the document count; a pronoun opening a sentence
    refers to the one leader named in the sentence before, when there is exactly one.
    """
    owners: dict[tuple[str, ...], set[str]] = {}
    parts: set[tuple[str, ...]] = set()  # one word of a full name, not a nickname of its own
    for entity in table.of_type(LEADER):
        words = entity.name.split()
        forms: set[tuple[str, ...]] = {(w,) for w in words[1:] if len(w) >= 4 and w[0].isupper()}
        parts |= {tuple(fold_keep_offsets(w) for w in form) for form in forms}
        forms.add(tuple(words))  # a leader known by one name ("Coke") makes that name ambiguous
        for alias in entity.aliases:
            tokens = tuple(alias.replace('"', " ").split())
            if tokens and len(alias) >= 3 and tokens[0][0].isupper():
                forms.add(tokens)
        for form in forms:  # tokens carry the accent-folded text
            owners.setdefault(tuple(fold_keep_offsets(w) for w in form), set()).add(entity.key)
    doc = analysis.doc
    if owners:
        longest = max(len(f) for f in owners)
        firsts = {f[0] for f in owners}
        for token in doc:
            if token.text not in firsts:
                continue
            for size in range(longest, 0, -1):
                form = tuple(t.text for t in doc[token.i : token.i + size])
                keys = owners.get(form)
                if not keys or len(keys) != 1 or any(k in blocked for k in range(token.i, token.i + size)):
                    continue
                if form in parts and _quoted(doc, token.i) and form not in _alias_forms(table, keys):
                    continue  # alias "José": someone's nickname, not the middle name of "Iván José Herrera"
                sent = analysis.sent_of[token.i]
                if any(r.start <= token.i < r.end for r in table.in_sentence(sent)):
                    break
                table.add_ref(sent, Ref(table.entities[next(iter(keys))], token.i, token.i + size))
                break
    pronouns = PRONOUNS.get(analysis.lang, frozenset())
    for sent, (begin, end) in enumerate(analysis.sents):
        at = begin
        described = person_description(analysis, begin) or detainee_subject(analysis, begin)
        if sent > 0 and described:  # "The Montenegrin was arrested by ...", "El detenido fue ..."
            # only the sentence right before: one between may tell of someone else ("the victim")
            before = distinct_entities(table.in_sentence(previous_sentence(analysis, sent), LEADER))
            if len(before) == 1 and not table.in_sentence(sent, LEADER):
                table.add_ref(sent, Ref(before[0], begin, begin + described))
            continue
        if sent > 0 and doc[begin].lower_ not in pronouns and analysis.lang != "es":
            # "Em novembro de 2011, dias antes da ocupação, ele foi preso": after an opening phrase
            # that names nobody
            at = next((k for k in range(begin + 1, end) if doc[k].lower_ in pronouns), begin)
            if (
                at == begin
                or doc[at - 1].text != ","
                or any(doc[k].text[0].isupper() for k in range(begin + 1, at))
            ):
                continue
        elif sent == 0 or doc[begin].lower_ not in pronouns or not doc[begin].text[0].isupper():
            continue
        if _article(analysis, at):
            continue
        leaders = _pronoun_leaders(analysis, table, sent, blocked)
        if len(leaders) == 1 and not table.in_sentence(sent, LEADER):
            table.add_ref(sent, Ref(next(iter(leaders.values())), at, at + 1))


def _article(analysis: Analysis, k: int) -> bool:
    """Spanish "El director ..." opens on an article: the pronoun is written "Él"."""
    tok = analysis.doc[k]
    written = analysis.text[tok.idx : tok.idx + len(tok.text)]
    return any(written in (a, a.capitalize()) for a in ARTICLES_LIKE_PRONOUNS.get(analysis.lang, ()))


def _pronoun_leaders(
    analysis: Analysis, table: EntityTable, sent: int, blocked: set[int]
) -> dict[str, Entity]:
    """The leaders a pronoun opening ``sent`` may stand for: those of the sentence before, or, when
    that one names nobody ("In May, officers of the JCF entered the district."), of the one before it."""
    before = previous_sentence(analysis, sent)
    leaders = {r.entity.key: r.entity for r in table.in_sentence(before, LEADER)}
    begin, end = analysis.sents[before]
    unnamed = any(t.lower_ in UNNAMED_PEOPLE for t in analysis.doc[begin:end])
    if leaders or before == 0 or unnamed or persons_in(analysis, before, blocked):
        return leaders
    return {r.entity.key: r.entity for r in table.in_sentence(previous_sentence(analysis, before), LEADER)}


def _quoted(doc: list[Tok], k: int) -> bool:
    """The one word at ``k`` stands between quotes ('"José"'; quotes are folded to '"' and "'")."""
    return 0 < k < len(doc) - 1 and doc[k - 1].text in {'"', "'"} and doc[k + 1].text in {'"', "'"}


def _alias_forms(table: EntityTable, keys: set[str]) -> set[tuple[str, ...]]:
    """The folded aliases of the leaders ``keys``, as token tuples."""
    return {
        tuple(fold_keep_offsets(w) for w in alias.replace('"', " ").split())
        for key in keys
        for alias in table.entities[key].aliases
    }


def previous_sentence(analysis: Analysis, sent: int) -> int:
    """The nearest sentence before ``sent`` with words (a paragraph break is a sentence too)."""
    before = sent - 1
    while before > 0 and not any(analysis.doc[k].is_alpha for k in range(*analysis.sents[before])):
        before -= 1
    return before


MEMBER = words("member_nouns")


def member_references(analysis: Analysis, table: EntityTable, blocked: set[int]) -> None:
    """ "Sean Ryan, a senior member of the Kinahan cartel, ... . Ryan was detained by Dubai Police":
    in a later sentence with an arrest, the member's name stands for the group's arrested member.
    """
    doc = analysis.doc
    arrests: dict[int, list[Cue]] = {}
    for cue in analysis.cues:
        if cue.role == "arrest":
            arrests.setdefault(analysis.sent_of[cue.start], []).append(cue)
    if not arrests:
        return  # no sentence for a member's name to stand in
    members: dict[str, set[str]] = {}
    member_sents: dict[str, int] = {}
    for sent, (begin, end) in enumerate(analysis.sents):
        words = [k for k in range(begin, end) if doc[k].lower_ in MEMBER]
        if not words:
            continue
        groups = table.in_sentence(sent, *GROUP_TYPES)
        persons: list[Person] | None = None  # found once, for the first member word with a group
        for k in words:
            group = next((r for r in groups if 0 < r.start - k <= 4 and doc[k + 1].lower_ in OF), None)
            if group is None:
                continue
            persons = persons_in(analysis, sent, blocked) if persons is None else persons
            person = next(
                (p for p in reversed(persons) if p.end <= k and k - p.end <= 8 and doc[p.end].text == ","),
                None,
            )
            if person is not None:
                surname = fold_keep_offsets(person.name.split()[-1])
                members.setdefault(surname, set()).add(group.entity.key)
                member_sents[surname] = sent
    if not members:
        return  # most articles name no member this way
    for token in doc:
        keys = members.get(token.text)
        sent = analysis.sent_of[token.i]
        if not keys or len(keys) != 1 or sent not in arrests or sent <= member_sents[token.text]:
            continue
        if token.i in blocked or any(r.start <= token.i < r.end for r in table.in_sentence(sent)):
            continue
        table.add_ref(sent, Ref(table.entities[next(iter(keys))], token.i, token.i + 1))


OF = words("of_words")


NUMBER_WORDS = mappings_by_language("number_words")
PASSIVE_AUXILIARIES = words("passive_auxiliaries")
PASSIVE_GAP = words("passive_gap") | PASSIVE_AUXILIARIES


def plural_leader_references(analysis: Analysis, table: EntityTable) -> None:
    """ "A, a co-founder of G, and B, who runs H. Both men were arrested by X": "both men", "los
    dos", "os irmãos" as the subject of an arrest told in the passive stand for the leaders named
    just before.

    The leaders are the ones named earlier in the same sentence, otherwise in the sentence
    before; there must be at least two, and as many as a number word in the phrase says
    ("los tres": three). Only auxiliaries and a few adverbs may stand between the phrase and
    the arrest ("were later arrested", "ya habían sido capturados"), one of them the passive's.
    """
    doc = analysis.doc
    numbers = NUMBER_WORDS.get(analysis.lang, {})
    arrests = [c for c in analysis.cues if c.role == "arrest"]
    seen: set[int] = set()
    for cue in analysis.cues:  # the longest phrase at each start comes first
        if cue.role != "plural_persons" or cue.start in seen:
            continue
        seen.add(cue.start)
        sent = analysis.sent_of[cue.start]
        arrest = next((a.start for a in arrests if a.start >= cue.end), None)
        if arrest is None or analysis.sent_of[arrest] != sent:
            continue
        gap = [doc[k].lower_ for k in range(cue.end, arrest)]
        if not any(w in PASSIVE_AUXILIARIES for w in gap) or any(w not in PASSIVE_GAP for w in gap):
            continue  # "both cartels were hit by arrests", "both men arrested a suspect"
        counts = {numbers[doc[k].lower_] for k in range(cue.start, cue.end) if doc[k].lower_ in numbers}
        leaders = distinct_entities([r for r in table.in_sentence(sent, LEADER) if r.end <= cue.start])
        if len(leaders) < 2 and sent > 0:
            leaders = _leaders_before(
                analysis, table, sent, int(next(iter(counts))) if len(counts) == 1 else None
            )
        if len(leaders) < 2 or any(int(n) != len(leaders) for n in counts):
            continue
        for entity in leaders:
            table.add_ref(sent, Ref(entity, cue.start, cue.end, anaphor=True))


def _leaders_before(analysis: Analysis, table: EntityTable, sent: int, wanted: int | None) -> list[Entity]:
    """The leaders named in the sentences just before ``sent``, within its paragraph: those of the
    sentence before, then of the one or two before it while they are fewer than two ("A, a boss of
    G, landed in Texas. Aboard was B, who runs H. Both men were arrested"). With a number ("the
    two men") exactly that many are wanted: none when the sentences name more. Brothers named
    beside a leader ("B, who with his brothers C and D runs H") count only when wanted."""
    found: dict[str, Entity] = {}
    beside: dict[str, Entity] = {}
    for before in _sentences_before(analysis, sent):
        for ref in table.in_sentence(before, LEADER):
            (beside if _companion(analysis, ref) else found).setdefault(ref.entity.key, ref.entity)
        if len(found) >= (wanted or 2):
            break
    if wanted is not None and len(found) < wanted:
        found.update(beside)
    return list(found.values()) if wanted is None or len(found) == wanted else []


def _sentences_before(analysis: Analysis, sent: int) -> list[int]:
    """Up to three sentences before ``sent`` in its paragraph, then the last of the paragraph
    before when this one opens on a personal pronoun ("He was not alone."; not the article "El")."""
    doc = analysis.doc
    found: list[int] = []
    for before in range(sent - 1, max(-1, sent - 4), -1):
        if not analysis.same_paragraph(before, before + 1):
            opener = doc[analysis.sents[before + 1][0]]
            if opener.lower_ not in PRONOUNS.get(analysis.lang, ()) or opener.text.lower() in ARTICLES:
                break
            spoken = [
                k
                for k in range(before, max(-1, before - 3), -1)
                if analysis.sents[k][1] - analysis.sents[k][0] > 1
            ]
            return found + spoken[:1]  # past the blank lines between paragraphs
        found.append(before)
    return found


KIN_WORDS = words("kin_words")
ARTICLES = words("articles")
COMPANION_REACH = 12  # tokens from the companion phrase to the last brother named


def _companion(analysis: Analysis, ref: Ref) -> bool:
    """The leader is named after a companion phrase and a kin word: "together with his brothers"."""
    doc = analysis.doc
    return any(
        cue.role == "companion"
        and any(fold_key(doc[k].text) in KIN_WORDS for k in range(cue.end, min(ref.start, cue.end + 2)))
        for cue in analysis.cues_between(max(0, ref.start - COMPANION_REACH), ref.start)
    )


POLICE = {lang: word for lang, forms in words_by_language("police_word").items() for word in forms}
POLICE_ARTICLES = words("police_articles")
POLICE_NAMES = words_by_language("police_names")  # "Jamaica Constabulary Force" is a police force


def police_references(analysis: Analysis, table: EntityTable) -> None:
    """ "the police", "la policía", "a polícia" in lower case: the one police agency named before.

    Only when the document names exactly one agency whose name holds a police word ("Federal
    Police", "Constabulary Force"), and names it before the generic mention.
    """
    word = POLICE.get(analysis.lang)
    doc = analysis.doc
    if word is None:
        return
    police = [
        e
        for e in table.of_type(AGENCY)
        if e.mentions
        and POLICE_NAMES.get(analysis.lang, frozenset())
        & set(fold_keep_offsets(e.name).lower().replace("-", " ").split())
    ]
    if len(police) != 1:
        return
    agency = police[0]
    first = min(m.start for m in agency.mentions)
    for token in doc:
        k = token.i
        if token.text != word or k <= first or k == 0 or doc[k - 1].lower_ not in POLICE_ARTICLES:
            continue
        sent = analysis.sent_of[k]
        if any(r.start <= k < r.end for r in table.in_sentence(sent)):
            continue
        table.add_ref(sent, Ref(agency, k, k + 1, anaphor=True))


# "presos por policiais militares": officers of the one "Polícia Militar ..." of the article
OFFICERS = mapping("officer_kinds")


def officer_references(analysis: Analysis, table: EntityTable) -> None:
    """ "policiais militares", "policiais civis", "policiais federais": officers of the one agency
    of the article whose name opens with "Polícia Militar", "Polícia Civil", "Polícia Federal".
    Portuguese only (see its rule in :mod:`kg.extract.pipeline`).
    """
    doc = analysis.doc
    for token in doc[:-1]:
        k = token.i
        kind = OFFICERS.get(doc[k + 1].lower_)
        if token.lower_ != "policiais" or kind is None:  # "Policiais civis prenderam" opens a sentence
            continue
        agencies = [
            e
            for e in table.of_type(AGENCY)
            if fold_keep_offsets(e.name).lower().split()[:2] == ["policia", kind]
        ]
        sent = analysis.sent_of[k]
        if len(agencies) != 1 or any(r.start <= k + 1 and k < r.end for r in table.in_sentence(sent)):
            continue
        table.add_ref(sent, Ref(agencies[0], k, k + 2, anaphor=True))


POLICE_MEMBERS = words_by_language("police_members")
MILITARY_MEMBERS = words_by_language("military_members")
MILITARY_WORDS = words_by_language("military_words")
FORCE_QUALIFIERS = words("force_qualifiers") | frozenset(OFFICERS)


def force_member_references(analysis: Analysis, table: EntityTable) -> None:
    """ "recapturado por militares y policías", "soldiers and police officers arrested": members of
    a force in lower case stand for the one agency of that kind the article names (the one police,
    the one army or armed forces), wherever it is named."""
    lang = analysis.lang
    police_word = POLICE.get(lang)
    kinds = [
        (POLICE_MEMBERS.get(lang, frozenset()), frozenset({police_word} if police_word else ())),
        (MILITARY_MEMBERS.get(lang, frozenset()), MILITARY_WORDS.get(lang, frozenset())),
    ]
    doc = analysis.doc
    for members, names in kinds:
        agencies = [
            e
            for e in table.of_type(AGENCY)
            if e.mentions and any(n in " ".join(fold_keep_offsets(e.name).lower().split()) for n in names)
        ]
        if len(agencies) != 1 or not members:
            continue
        phrases = {tuple(m.split()) for m in members}
        firsts = {p[0] for p in phrases}
        for k in range(len(doc)):
            if doc[k].lower_ not in firsts or not doc[k].text.islower():
                continue
            size = max(
                (len(p) for p in phrases if tuple(t.lower_ for t in doc[k : k + len(p)]) == p), default=0
            )
            qualified = (k + size < len(doc) and doc[k + size].lower_ in FORCE_QUALIFIERS) or (
                k > 0 and doc[k - 1].lower_ in FORCE_QUALIFIERS
            )  # "policiais civis", "local police officers": another force
            if not size or qualified:
                continue
            sent = analysis.sent_of[k]
            if not any(r.start < k + size and k < r.end for r in table.in_sentence(sent)):
                table.add_ref(sent, Ref(agencies[0], k, k + size, anaphor=True))
