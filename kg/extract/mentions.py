"""Mentions: where the text names a group, faction, agency, country, prison or place.

Two sources: the gazetteer (known names in three languages) and patterns that find
names never seen before from the words around them ("the X gang", "la banda X",
"a facção X", "X, a criminal organization", "X prison", "cárcel de X"). Overlaps
keep the longest mention; known names win ties.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.langdata import language_data, languages, words
from kg.extract.matchers import Lexicon, lexicon, matchers
from kg.extract.mention_index import MentionIndex
from kg.extract.name_words import closing_number, saint_word
from kg.extract.name_words import name_word as _cap
from kg.extract.placenames import in_place_name
from kg.extract.text import (
    PARAGRAPH_BREAK,
    Tok,
    fold_keep_offsets,
    fold_key,
    is_capitalized,
    parse,
    reading_copy,
    sentences,
    tokens,
)
from kg.extract.trade_cues import TRADE, TRADE_RELATIVE, relative_trade_spans, trade_spans
from kg.schema import COUNTRY, FACTION, GANG

CONNECTORS = words("name_connectors")
NAME_ARTICLES = words("name_articles")
# Spanish and Portuguese write a common plural with a lower-case article: a capitalized one opens a name.
PLURAL_NAME_ARTICLES = NAME_ARTICLES & words("plural_definite_articles")
DOUBLE_CONNECTORS = words("name_double_connectors")
QUOTED_ARTICLES = NAME_ARTICLES | words("nickname_articles")  # '"el Gordo"', '"the Fox"', '"o Magro"'
ARTICLE_CONTRACTIONS = {
    lang: frozenset(language_data(lang).mappings.get("article_contractions", {})) for lang in languages()
}
TITLES = words("titles")
ARTICLES_EN = words("name_leading_articles")
OPENING_MODIFIERS = words("sentence_opening_modifiers")
# Words between a group word and its name: "known as", "conocida como", "called".
INTRO_WORDS = words("intro_words")
CIVIL_BODY_HEADS = words("civil_body_heads")
UNIT_HEADS = words("unit_heads")  # "Frente", "Bloque": a unit's word, no name by itself
OPENING_QUOTES = frozenset({'"', "'"})  # as folded: « “ ‘ are '"' or "'" here


@dataclass(slots=True)
class Mention:
    """A span of tokens that names something; ``type`` is an ontology type or a helper kind."""

    type: str
    name: str
    start: int
    end: int
    rule: str
    entry: Entry | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    priority: int = 1


@dataclass(slots=True)
class Cue:
    """A cue phrase (``arrest``, ``leader``...) at a token span."""

    role: str
    start: int
    end: int


@dataclass(slots=True)
class Analysis:
    """A parsed document with its mentions and cues, shared by all relation rules."""

    text: str
    lang: str
    spacy_doc: Doc
    doc: list[Tok]
    gazetteer: Gazetteer
    lexicon: Lexicon
    mentions: list[Mention]
    cues: list[Cue]
    sent_of: list[int]
    sents: list[tuple[int, int]]
    _index: tuple[int, int, MentionIndex[Mention]] | None = None
    source_country: str | None = None  # where the document was published, from its URL

    def index(self) -> MentionIndex[Mention]:
        """Mentions by position, built once per mention list (rules stay linear in text length)."""
        if self._index is None or self._index[:2] != (id(self.mentions), len(self.mentions)):
            self._index = (id(self.mentions), len(self.mentions), MentionIndex(self.mentions, self.sent_of))
        return self._index[2]

    def starting(self, type_: str, start: int) -> list[Mention]:
        """Mentions of ``type_`` that start at token ``start``."""
        return self.index().starting.get((type_, start), [])

    def ending(self, type_: str, end: int) -> list[Mention]:
        """Mentions of ``type_`` that end at token ``end``."""
        return self.index().ending.get((type_, end), [])

    def covering(self, k: int) -> list[Mention]:
        """Mentions whose span holds token ``k``."""
        return self.index().covering.get(k, [])

    def starting_between(self, start: int, end: int) -> list[Mention]:
        """Mentions of any type that start in tokens ``start:end``, in list order."""
        index = self.index()
        found = [m for k in range(max(0, start), end) for m in index.at.get(k, ())]
        return sorted(found, key=lambda m: index.position[id(m)])

    def cues_between(self, start: int, end: int) -> list[Cue]:
        """Cues that start in tokens ``start:end`` (cues are in token order)."""
        lo = bisect_left(self.cues, start, key=lambda c: c.start)
        hi = bisect_left(self.cues, end, key=lambda c: c.start)
        return self.cues[lo:hi]

    def in_sentence(self, sent: int) -> list[Mention]:
        """Mentions that start in sentence ``sent``, in order."""
        return self.index().by_sentence.get(sent, [])

    def surface(self, start: int, end: int) -> str:
        """The original text (with accents) of tokens ``start:end``."""
        if start >= end:
            return ""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx : last.idx + len(last.text)]

    def same_paragraph(self, earlier: int, later: int) -> bool:
        """No blank line stands between the start of sentence ``earlier`` and that of ``later``."""
        start, end = self.doc[self.sents[earlier][0]].idx, self.doc[self.sents[later][0]].idx
        return not PARAGRAPH_BREAK.search(self.text, start, end)

    def sentence_chars(self, sent: int) -> tuple[int, int]:
        start, end = self.sents[sent]
        while end - 1 > start and not self.doc[end - 1].text.strip():
            end -= 1  # the line break a sentence keeps before the next paragraph
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last.text)


_DEMONYM_FORMS: dict[str, frozenset[str]] = {}


def _demonym_forms(gazetteer: Gazetteer) -> frozenset[str]:
    """The folded forms of the gazetteer's demonyms, built once per gazetteer (by its fingerprint:
    hashing the gazetteer itself would read all its entries for every document)."""
    forms = _DEMONYM_FORMS.get(gazetteer.fingerprint)
    if forms is None:
        forms = _DEMONYM_FORMS[gazetteer.fingerprint] = frozenset(
            fold_keep_offsets(d.form).lower() for d in gazetteer.demonyms
        )
    return forms


def _double_connector(doc: list[Tok], first: int, second: int, word: int, end: int) -> bool:
    """Two lower-case connectors that join a name ("de la") at ``first`` and ``second`` and a
    capitalized word at ``word`` (all before ``end``)."""
    if max(first, second, word) >= end or not (doc[first].text.islower() and doc[second].text.islower()):
        return False
    return f"{doc[first].lower_} {doc[second].lower_}" in DOUBLE_CONNECTORS and _cap(doc[word])


def capitalized_article(token: Tok, articles: frozenset[str] = PLURAL_NAME_ARTICLES) -> bool:
    """``token`` is one of ``articles`` written with a capital: "Los", "Os" (a name's, not a common plural's)."""
    return token.lower_ in articles and token.text[:1].isupper()


def article_opens_name(doc: list[Tok], k: int, articles: frozenset[str] = PLURAL_NAME_ARTICLES) -> bool:
    """A capitalized article at ``k`` (of ``articles``) before a capitalized word opens a name:
    "Los Tordos", "Os Manos"."""
    return k + 1 < len(doc) and capitalized_article(doc[k], articles) and is_capitalized(doc[k + 1])


class NameScanner:
    """Finds proper-name token spans to the left or right of a position, inside one sentence."""

    def __init__(
        self, doc: list[Tok], sent_of: list[int], sents: list[tuple[int, int]], demonyms: frozenset[str]
    ):
        self.doc = doc
        self.sent_of = sent_of
        self.sents = sents
        self.demonyms = demonyms

    def bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[min(i, len(self.doc) - 1)]]

    def right(self, i: int, max_len: int = 7) -> tuple[int, int] | None:
        """The name starting at token ``i`` (quotes and a leading article allowed)."""
        doc = self.doc
        _, end = self.bounds(i)
        quoted = i < end and doc[i].text in {'"', "'"}
        j = i + 1 if quoted else i
        start = j
        if (j < end and doc[j].lower_ in NAME_ARTICLES and j + 1 < end and _cap(doc[j + 1])) or (
            j < end and doc[j].lower_ == "the" and quoted
        ):
            j += 1
        while j < end and j - start < max_len:
            token = doc[j]
            if quoted and token.text in {'"', "'"}:
                break
            if _cap(token) or (quoted and token.is_alpha) or saint_word(doc, j, end):
                j += 1
            elif token.lower_ in CONNECTORS and j + 1 < end and j > start and _cap(doc[j + 1]):
                if token.text == "-" and (doc[j - 1].whitespace_ or token.whitespace_):
                    break
                if len(doc[j + 1].text) == 4 and doc[j + 1].text.isdigit():
                    break  # "Bonde do Serrote de 2019": a year, not part of the name
                j += 1
            elif _double_connector(doc, j, j + 1, j + 2, end) and j > start:
                j += 2  # "Los Gallos de la Sierra": "de la" joins the name's words
            elif closing_number(doc, j, end) and j > start:
                j += 2  # "Bonde dos 40": a short number closing a name after its connector
                break
            else:
                break
        if quoted and not (j < end and doc[j].text in {'"', "'"}):
            return None
        if quoted and not (
            doc[start].text[:1].isupper()
            or (doc[start].lower_ in QUOTED_ARTICLES and start + 1 < j and _cap(doc[start + 1]))
        ):
            return None  # 'the gang "gained strength"': a quotation, not a name
        while j > start and doc[j - 1].lower_ in CONNECTORS:
            j -= 1
        if j <= start or all(doc[k].lower_ in NAME_ARTICLES for k in range(start, j)):
            return None
        return start, j

    def left(self, i: int, max_len: int = 7) -> tuple[int, int] | None:
        """The name ending just before token ``i`` (leading demonyms and articles dropped)."""
        doc = self.doc
        begin, _ = self.bounds(max(i - 1, 0))
        if i - 2 > begin and doc[i - 1].text in OPENING_QUOTES:
            quoted = self.left(i - 1, max_len)  # 'a chamada "Sintonia Europa", a célula do G'
            return (
                quoted
                if quoted and quoted[0] > begin and doc[quoted[0] - 1].text == doc[i - 1].text
                else None
            )
        j = i
        while j > begin and i - j < max_len:
            token = doc[j - 1]
            if (
                token.like_num
                and j == i
                and j - 3 >= begin
                and doc[j - 2].lower_ in CONNECTORS
                and _cap(doc[j - 3])
            ):
                j -= 1  # "Bonde dos 13": a number closing a name after its connector
                continue
            if token.like_num and not (j - 2 >= begin and doc[j - 2].is_alpha and _cap(doc[j - 2])):
                break
            if (_cap(token) and token.lower_ not in self.demonyms) or (j < i and saint_word(doc, j - 1, i)):
                j -= 1
            elif token.lower_ in CONNECTORS and j - 1 > begin and j < i and _cap(doc[j - 2]):
                if token.text == "-" and (doc[j - 2].whitespace_ or token.whitespace_):
                    break
                j -= 1
            elif j - 3 >= begin and j < i and _double_connector(doc, j - 2, j - 1, j - 3, i):
                j -= 2  # "Los Gallos de la Sierra", read from the right
            elif token.lower_ in NAME_ARTICLES and j < i and token.text[0].isupper():
                j -= 1
                break
            else:
                break
        if j == begin and j + 1 < i and doc[j].lower_ in OPENING_MODIFIERS:
            j += 1  # "Former Gulf Cartel leader X"
        while j < i and (doc[j].lower_ in CONNECTORS or doc[j].lower_ in ARTICLES_EN):
            if doc[j].lower_ in NAME_ARTICLES and doc[j].text[0].isupper() and j + 1 < i and _cap(doc[j + 1]):
                break  # "Los Pumas", "La Mayiza": the article is part of the name
            if doc[j].is_alpha and doc[j].text[0].isupper() and j > begin and j + 1 < i and _cap(doc[j + 1]):
                break  # "the Di Lauro clan", "the De Luca family": a capitalized particle of a surname
            j += 1
        if j >= i or all(doc[k].lower_ in NAME_ARTICLES for k in range(j, i)):
            return None
        return j, i


# A mention rule: the new mentions it finds in an analysed document.
MentionRule = Callable[[Analysis, NameScanner], list[Mention]]


def _cues(analysis: Analysis) -> list[Cue]:
    m = matchers(analysis.gazetteer, analysis.lang)
    cues = [Cue(m.targets[match_id], start, end) for match_id, start, end in m.cues(analysis.spacy_doc)]
    lowered = [t.lower_ for t in analysis.doc]
    cues += [Cue(TRADE, start, end) for start, end in trade_spans(lowered, analysis.lang)]
    cues += [Cue(TRADE_RELATIVE, start, end) for start, end in relative_trade_spans(lowered, analysis.lang)]
    # "do Comando Vermelho": a capitalized noun after a contracted article is a name, not a reference back
    contractions = ARTICLE_CONTRACTIONS.get(analysis.lang, frozenset())
    doc = analysis.doc
    cues = [
        c
        for c in cues
        if not (
            c.end - c.start >= 2 and doc[c.start].lower_ in contractions and is_capitalized(doc[c.start + 1])
        )
    ]
    cues.sort(key=lambda c: (c.start, -c.end))
    return cues


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest mentions first (known names win ties); drop what overlaps a kept one."""
    kept: list[Mention] = []
    taken: set[int] = set()
    # Same span, same source: the narrower reading wins (a faction is also a group).
    rank = {FACTION: 0, GANG: 1}
    for mention in sorted(
        mentions, key=lambda x: (-(x.end - x.start), -x.priority, x.start, rank.get(x.type, 2))
    ):
        span = range(mention.start, mention.end)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        kept.append(mention)
    kept.sort(key=lambda x: x.start)
    return kept


def parse_document(text: str, lang: str, gazetteer: Gazetteer) -> Analysis:
    """Tokens, sentences and cues of ``text``; its mentions are found by the mention rules."""
    folded = reading_copy(text)
    doc = parse(folded, lang)
    toks = tokens(doc, folded)
    sents = sentences(toks, folded)
    sent_of = [0] * len(toks)
    for number, (start, end) in enumerate(sents):
        sent_of[start:end] = [number] * (end - start)
    analysis = Analysis(text, lang, doc, toks, gazetteer, lexicon(lang), [], [], sent_of, sents)
    analysis.cues = _cues(analysis)
    return analysis


def name_scanner(analysis: Analysis) -> NameScanner:
    """The name scanner of an analysed document."""
    gazetteer = analysis.gazetteer
    return NameScanner(analysis.doc, analysis.sent_of, analysis.sents, _demonym_forms(gazetteer))


def _no_group_name(mention: Mention) -> bool:
    """A group found by a rule whose name a civil body's word heads ("o Fórum Brasileiro de
    Segurança Pública, organização que monitora ...", "the Andean Institute, a think tank"), or
    a unit word alone ("... de Bloques y Frente (EMBF), una de las facciones": "Frente" is none)."""
    if mention.type not in (GANG, FACTION) or mention.entry is not None:
        return False
    # by name, not by span: an acronym elsewhere ("(EMBF)") carries the name it stands for
    words = [w for w in fold_key(mention.name).split() if w not in NAME_ARTICLES]
    if len(words) == 1 and words[0] in UNIT_HEADS:
        return True
    return bool(words) and words[0] in CIVIL_BODY_HEADS


def settle_mentions(analysis: Analysis, candidates: list[Mention]) -> None:
    """Keep the longest of overlapping mentions, no country inside a place's name and no civil
    body or lone unit word taken for a group."""
    toks, sents, sent_of = analysis.doc, analysis.sents, analysis.sent_of
    analysis.mentions = [
        m
        for m in resolve_overlaps(candidates)
        if (m.type != COUNTRY or not in_place_name(toks, m.start, sents[sent_of[m.start]][0]))
        and not _no_group_name(m)
    ]


__all__ = [
    "PLURAL_NAME_ARTICLES",
    "TITLES",
    "Analysis",
    "Cue",
    "Mention",
    "MentionRule",
    "NameScanner",
    "article_opens_name",
    "capitalized_article",
    "name_scanner",
    "parse_document",
    "resolve_overlaps",
    "settle_mentions",
]
