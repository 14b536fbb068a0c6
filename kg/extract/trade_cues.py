"""Trade cues: one group told buying from, selling to or working goods for another.

News often tells a partnership by the trade itself: "la célula recibía cocaína de la Columna X",
"passou a comprar armas e drogas do CV", "laundering drug proceeds for Brazil's PCC". A trade
cue is a trade verb (in any of its common forms), the goods and amounts it may name, then the
preposition of the verb's side before the partner:

- ``from``: the seller follows ("compraba armas al X", "bought weapons from X");
- ``to``: the buyer follows ("vendía la droga a X", "entregava parte da cocaína à X");
- ``for``: the client follows ("lavaba dinero para X", "moved cocaine for X").

All of it is language data (``trade.yaml``): the verbs by side, an infinitive standing for the
forms its class's endings make ("comprar": "compraba", "compraron", ...), the goods, the amounts
and the prepositions. A preposition with goods after it belongs to them ("parte de la cocaína
del X"); the first one without closes the cue. Anything else between the verb and the
preposition ("compraba cocaína en Colombia", "bought a house from") makes no cue; nor does a
Spanish or Portuguese verb with the preposition straight after it and no goods ("lo vendieron al
CJNG": the personal "a" hands a group over). A trade that stopped ("dejó de vender", "stopped
buying": :func:`ceased`) tells no partnership. Who trades
with whom is read by the alliance rules (:mod:`kg.extract.alliances`), which also ask that the
partner be a group named right after the cue. A trade may also be told in a relative after its
partner, the preposition before the relative ("o CV, de quem passou a comprar armas", "the
CJNG, from which it bought weapons": :func:`relative_trade_spans`), and go on to a second share
of the goods ("a uma rede albanesa e outra parte à X").

>>> sorted(verb_forms("es")["compraba"])
['from']
>>> trade_spans(["la", "celula", "recibia", "cocaina", "de", "la", "columna"], "es")
[(2, 5)]
>>> trade_spans(["compraba", "cocaina", "en", "colombia"], "es")
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.langdata import data_cache, language_data, words

TRADE = "trade"  # the role of a trade cue
TRADE_RELATIVE = "trade_relative"  # the role of a trade told in a relative after its partner
SIDES = ("from", "to", "for")
TRADE_GAP = 7  # words of goods and amounts between a trade verb and its preposition
RELATIVE_GAP = 6  # words between a relative and its trade verb: "de quem passou a comprar"
SHARE_REACH = 6  # words of a first partner before "and" another share: "a uma rede albanesa e outra parte"
CEASE_GAP = 2  # words between the words of a trade that stopped and its verb: "ya no le compraba"


@data_cache
def verb_forms(lang: str) -> dict[str, frozenset[str]]:
    """Each form of the trade verbs of ``lang`` with the sides its partner may stand on.

    >>> verb_forms("pt")["comprava"], verb_forms("en")["sold"]
    (frozenset({'from'}), frozenset({'to'}))
    """
    found: dict[str, set[str]] = {}
    for side in SIDES:
        for verb in words(f"trade_verbs_{side}", lang):
            for form in conjugated(verb, lang):
                found.setdefault(form, set()).add(side)
    return {form: frozenset(sides) for form, sides in found.items()}


def conjugated(verb: str, lang: str) -> frozenset[str]:
    """``verb`` and, for an infinitive whose class has endings in the language data, its stem
    with each of them.

    >>> {"vendia", "vendieron", "vendido"} <= conjugated("vender", "es")
    True
    >>> conjugated("sold", "en")
    frozenset({'sold'})
    """
    endings = words(f"verb_endings_{verb[-2:]}", lang) if len(verb) > 4 else frozenset()
    return frozenset({verb} | {verb[:-2] + ending for ending in endings})


@dataclass(frozen=True, slots=True)
class TradeWords:
    """The trade data of one language, gathered once: each trade verb found reads it."""

    goods: frozenset[str]  # the goods and their amounts
    links: frozenset[str]  # the articles and possessives before goods
    joins: frozenset[str]  # what joins goods once named: "armas y drogas", "parte de la cocaína"
    ands: frozenset[str]  # what opens a second share: "y el resto al X"
    bound: frozenset[str]  # the forms of the verbs that tell a trade only with the goods named
    prepositions: dict[str, frozenset[str]]  # each side's prepositions and their contractions
    straight: frozenset[str]  # the prepositions that, right after a verb, need goods named
    relatives: frozenset[str]  # a relative after a bare preposition: "de quem", "a quien"
    article_relatives: frozenset[str]  # a relative after an article: "al que", "de la que"
    articles: frozenset[str]
    contracted: frozenset[str]  # a preposition with its article: "al", "do"
    ceasing: tuple[tuple[str, ...], ...]  # the words of a trade that stopped: "dejó de", "no longer"


@data_cache
def trade_words(lang: str) -> TradeWords:
    """The trade data of ``lang`` (``trade.yaml`` and the function words).

    >>> sorted(trade_words("es").straight)
    ['a', 'al', 'de', 'del', 'para']
    """
    data = language_data(lang)
    articles = words("definite_articles", lang)
    return TradeWords(
        goods=words("trade_goods", lang) | words("trade_amounts", lang),
        links=articles | words("indefinite_articles", lang) | words("possessives", lang),
        joins=words("and_words", lang) | words("of_words", lang) | {","},
        ands=words("and_words", lang),
        bound=frozenset(f for verb in words("goods_bound_verbs", lang) for f in conjugated(verb, lang)),
        prepositions={side: _contracted(words(f"trade_prepositions_{side}", lang), lang) for side in SIDES},
        straight=_contracted(words("goods_bound_prepositions", lang), lang),
        relatives=words("trade_relatives", lang),
        article_relatives=words("trade_relatives_after_article", lang),
        articles=articles,
        contracted=frozenset(data.mappings.get("article_contractions", {})),
        ceasing=tuple(sorted(tuple(p.split()) for p in words("trade_ceasing", lang))),
    )


def _contracted(bare: frozenset[str], lang: str) -> frozenset[str]:
    """The prepositions ``bare`` and their contractions with an article ("a": "al", "ao", "à")."""
    contracted = language_data(lang).mappings.get("contractions", {})
    return bare | {form for form, preposition in contracted.items() if preposition in bare}


def trade_spans(tokens: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """The token spans of the trade cues in ``tokens`` (lowercased and folded): each runs from
    its verb to the preposition before the partner.

    >>> trade_spans("passou a comprar armas e drogas do cv".split(), "pt")
    [(2, 7)]
    >>> trade_spans("laundering drug proceeds for brazil 's pcc".split(), "en")
    [(0, 4)]
    >>> trade_spans("entregava parte da cocaina a uma rede e outra parte a mafia".split(), "pt")
    [(0, 5), (0, 11)]
    """
    if not any(key in language_data(lang).lists for key in ("trade_verbs_from", "trade_verbs_to")):
        return []
    forms = verb_forms(lang)
    data = trade_words(lang)
    spans = []
    for k, word in enumerate(tokens):
        for side in sorted(forms.get(word, ())):
            end = _preposition_after(tokens, k, data.prepositions[side], data, bound=word in data.bound)
            if end is not None:
                spans.append((k, end))
                spans.extend((k, more) for more in _shares_after(tokens, end, data.prepositions[side], data))
                break
    return spans


def _preposition_after(
    tokens: Sequence[str], start: int, prepositions: frozenset[str], data: TradeWords, bound: bool
) -> int | None:
    """Where a trade cue whose verb (or shared part) is at ``start`` ends: past the first of
    ``prepositions`` that no goods follow, when only goods, amounts and their links stand before
    it (``bound``: goods must be named). A preposition right after the verb may take a person or
    a group handed over ("lo vendieron al CJNG", "vendió al CJNG a la DEA"): with nothing
    between, the goods must be named for the prepositions of ``data.straight``."""
    named = False  # goods named so far
    for k in range(start + 1, min(len(tokens), start + 2 + TRADE_GAP)):
        word = tokens[k]
        if word in prepositions and not _goods_next(tokens, k + 1, data.goods, data.links):
            needs_goods = bound or (k == start + 1 and word in data.straight)
            return k + 1 if named or not needs_goods else None
        if word in data.goods:
            named = True
        elif not (
            word in data.links or word in prepositions or (named and word in data.joins) or word.isdigit()
        ):
            return None
    return None


def _shares_after(
    tokens: Sequence[str], end: int, prepositions: frozenset[str], data: TradeWords
) -> list[int]:
    """The ends of the shares a trade verb goes on to give after its first partner, each a part
    of the goods: "entregava parte da cocaína a uma rede albanesa e outra parte à X", "vendía
    una parte al X y el resto al Y" (the cue then runs from the verb to that share's preposition).
    """
    found = []
    for k in range(end, min(len(tokens), end + SHARE_REACH)):
        if not tokens[k].isalpha():
            break  # the first partner ends at a punctuation mark
        if tokens[k] in data.ands:
            more = _preposition_after(tokens, k, prepositions, data, bound=True)
            if more is not None:
                found.append(more)
                found.extend(_shares_after(tokens, more, prepositions, data))
            break
    return found


def relative_trade_spans(tokens: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """The spans of trades told in a relative clause after the partner, from the preposition
    to the trade verb: "o CV, de quem passou a comprar armas", "el CJNG, al que compraba
    armas", "the CJNG, from which it bought weapons". The preposition is one of the verb's side,
    after a comma; a bare "que" is a relative only after an article ("al que", "de la que"), not
    "para que" (a purpose); a verb bound to goods names them right after it.

    >>> relative_trade_spans("o cv , de quem passou a comprar armas".split(), "pt")
    [(3, 8)]
    >>> relative_trade_spans("el cjng , del que recibia a los detenidos".split(), "es")
    []
    >>> relative_trade_spans("el cjng , para que trasladara la droga".split(), "es")
    []
    """
    forms = verb_forms(lang)
    data = trade_words(lang)
    spans = []
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1] != ",":
            continue
        article = tokens[k + 1] in data.articles  # "a la que", "do qual"
        relative = k + 1 + article
        if relative >= len(tokens) or not _relative(
            tokens[relative], article or tokens[k] in data.contracted, data
        ):
            continue
        for verb in range(relative + 1, min(len(tokens), relative + 2 + RELATIVE_GAP)):
            if not tokens[verb].isalpha():
                break
            sides = [side for side in forms.get(tokens[verb], ()) if tokens[k] in data.prepositions[side]]
            if sides and _goods_given(tokens, verb, data):
                spans.append((k, verb + 1))
                break
    return spans


def _relative(word: str, after_article: bool, data: TradeWords) -> bool:
    return word in data.relatives or (after_article and word in data.article_relatives)


def _goods_given(tokens: Sequence[str], verb: int, data: TradeWords) -> bool:
    """The verb needs no goods, or names them right after it ("comprar armas", "la droga")."""
    return tokens[verb] not in data.bound or _goods_next(tokens, verb + 1, data.goods, data.links)


def _goods_next(tokens: Sequence[str], start: int, goods: frozenset[str], links: frozenset[str]) -> bool:
    """Goods or an amount stand at ``start``, past articles: "parte da cocaína", "a droga"."""
    k = start
    while k < len(tokens) and tokens[k] in links:
        k += 1
    return k < len(tokens) and tokens[k] in goods


def ceased(before: Sequence[str], lang: str) -> bool:
    """The words ``before`` a trade verb (lowercased and folded) tell that the trade stopped:
    words of cessation end at most ``CEASE_GAP`` words before it ("dejó de vender", "ya no le
    compraba", "stopped buying", "ceased to buy", "deixou de comprar").

    >>> ceased("el clan dejo de".split(), "es"), ceased("el clan paso a".split(), "es")
    (True, False)
    """
    for phrase in trade_words(lang).ceasing:
        for end in range(max(len(phrase), len(before) - CEASE_GAP), len(before) + 1):
            if tuple(before[end - len(phrase) : end]) == phrase:
                return True
    return False


__all__ = [
    "TRADE",
    "TRADE_RELATIVE",
    "TradeWords",
    "ceased",
    "conjugated",
    "relative_trade_spans",
    "trade_spans",
    "trade_words",
    "verb_forms",
]
