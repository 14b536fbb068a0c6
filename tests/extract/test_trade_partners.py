"""Partners told by their trade (kg.extract.trade_cues, kg.extract.trade_partners): one group
buys from, sells to, or moves or launders goods for another. A trade verb in any of its forms,
the goods it may name, then the preposition of its side and the group: "compraba armas al X",
"recebia cocaína do X", "laundering drug proceeds for X". Goods bought in a country or from a
person, an agency that buys, a group that robs or extorts another, or another doer who trades
make no alliance."""

from __future__ import annotations

import pytest

from kg.extract.text import Tok
from kg.extract.trade_cues import conjugated, relative_trade_spans, trade_spans

A = "ALLIED_WITH"

TRADES = [
    ("es", "El Tren de Aragua compraba armas al Comando Vermelho.", ("Tren de Aragua", "Comando Vermelho")),
    (
        "es",
        "La banda Los Cuervos compró fusiles y municiones a la banda Los Pumas.",
        ("Los Cuervos", "Los Pumas"),
    ),
    (
        "es",
        "La banda Los Cuervos vendía parte de la cocaína al Clan del Golfo.",
        ("Los Cuervos", "Clan del Golfo"),
    ),
    (
        "es",
        "La banda Los Cuervos lavaba dinero para el Cártel de Sinaloa.",
        ("Los Cuervos", "Cártel de Sinaloa"),
    ),
    # a reference back: the faction the sentence before was about
    (
        "es",
        "La célula Los Halcones, facción del Tren de Aragua, opera en Lima. "
        "La célula recibía cocaína del Clan del Golfo.",
        ("Los Halcones", "Clan del Golfo"),
    ),
    # a dropped subject: the group of the sentence before
    (
        "es",
        "La banda Los Cuervos nació en Trujillo. Desde 2021 compraba la droga al Cártel de Sinaloa.",
        ("Los Cuervos", "Cártel de Sinaloa"),
    ),
    (
        "pt",
        "A facção Tropa Vermelha passou a comprar armas e drogas do Comando Vermelho.",
        ("Tropa Vermelha", "Comando Vermelho"),
    ),
    (
        "pt",
        "A facção Tropa Vermelha entregava parte da cocaína à 'Ndrangheta.",
        ("Tropa Vermelha", "'Ndrangheta"),
    ),
    # a source between the group and its verb is no trader
    (
        "pt",
        "A facção Tropa Vermelha, segundo a Polícia Federal, recebia cocaína do PCC.",
        ("Tropa Vermelha", "Primeiro Comando da Capital"),
    ),
    ("en", "The Black Lynx gang laundered drug proceeds for Brazil's PCC.", ("Black Lynx", "PCC")),
    ("en", "The Black Lynx gang moved cocaine for the CJNG.", ("Black Lynx", "CJNG")),
    (
        "en",
        "The Black Lynx gang began to buy weapons from the Sinaloa Cartel.",
        ("Black Lynx", "Sinaloa Cartel"),
    ),
    ("en", "The Black Lynx gang sells fentanyl to MS-13.", ("Black Lynx", "MS-13")),
    # a share of the goods given to a second partner after the first
    (
        "pt",
        "A facção Tropa do Sado entregava parte da cocaína a uma rede albanesa e outra parte ao Comando Vermelho.",
        ("Tropa do Sado", "Comando Vermelho"),
    ),
    (
        "es",
        "La banda Los Cuervos vendía una parte de la droga al Clan del Golfo y el resto al Tren de Aragua.",
        ("Los Cuervos", "Tren de Aragua"),
    ),
    (
        "en",
        "The Black Lynx gang sold part of the cocaine to a Dutch broker and the rest to MS-13.",
        ("Black Lynx", "MS-13"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), TRADES)
def test_a_trade_between_groups_is_an_alliance(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


NO_TRADE = [
    # goods bought in a country, or from a person
    ("es", "La banda Los Cuervos compraba cocaína en Colombia, donde opera el Clan del Golfo.", ("Los Cuervos", "Clan del Golfo")),
    ("pt", "A facção Tropa Vermelha comprava cocaína na Bolívia, onde atua o PCC.", ("Tropa Vermelha", "PCC")),
    ("en", "The Black Lynx gang bought cocaine from a Peruvian broker. The Sinaloa Cartel operates in Peru.", ("Black Lynx", "Sinaloa Cartel")),
    # the police buy
    ("es", "La banda Los Cuervos opera en Lima. La Policía compró droga al Tren de Aragua en un operativo encubierto.", ("Los Cuervos", "Tren de Aragua")),
    ("pt", "A facção Tropa Vermelha atua em Belém. A Polícia Federal comprou drogas do Comando Vermelho numa operação.", ("Tropa Vermelha", "Comando Vermelho")),
    # a group that robs or extorts another, or those who trade with it
    ("es", "El Tren de Aragua le robó un cargamento de cocaína al Cártel de Sinaloa.", ("Tren de Aragua", "Cártel de Sinaloa")),
    ("pt", "O PCC roubou um carregamento de armas do Comando Vermelho.", ("PCC", "Comando Vermelho")),
    ("es", "La banda Los Cuervos extorsionaba a vendedores que compraban droga al Cártel de Sinaloa.", ("Los Cuervos", "Cártel de Sinaloa")),
    ("en", "The Black Lynx gang extorted drug dealers who sold cocaine for the Sinaloa Cartel.", ("Black Lynx", "Sinaloa Cartel")),
    ("en", "The Black Lynx gang stole a shipment of cocaine from the Sinaloa Cartel.", ("Black Lynx", "Sinaloa Cartel")),
    # the share's partner is the trader's, not the first partner's
    (
        "es",
        "La banda Los Cuervos vendía una parte de la droga al Clan del Golfo y el resto al Tren de Aragua.",
        ("Clan del Golfo", "Tren de Aragua"),
    ),
    # another doer moves the goods
    ("es", "La banda Los Cuervos usa a policías corruptos para mover cocaína para el Cártel de Sinaloa.", ("Los Cuervos", "Cártel de Sinaloa")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "pair"), NO_TRADE)
def test_no_alliance_without_a_trading_pair(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "verb", "forms"),
    [
        ("es", "comprar", {"compra", "compraban", "compro", "compraron", "comprado", "comprando"}),
        ("es", "recibir", {"recibe", "recibia", "recibio", "recibieron", "recibido"}),
        ("pt", "vender", {"vende", "vendia", "vendeu", "venderam", "vendido"}),
        ("pt", "distribuir", {"distribuia", "distribuiu", "distribuiram"}),
    ],
)
def test_an_infinitive_stands_for_its_forms(lang: str, verb: str, forms: set[str]) -> None:
    assert forms <= conjugated(verb, lang)


@pytest.mark.parametrize(
    ("lang", "words", "span"),
    [
        ("es", "compraba parte de la cocaina del clan", (0, 6)),  # "de" before goods is theirs
        ("pt", "vendia a droga ao cv", (0, 4)),  # "a" before goods is an article
        ("es", "recibia cocaina de la columna", (0, 3)),
    ],
)
def test_a_trade_cue_ends_at_the_preposition_before_the_partner(
    lang: str, words: str, span: tuple[int, int]
) -> None:
    assert trade_spans(words.split(), lang) == [span]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "compraba cocaina en colombia"),  # a place, not a seller
        ("es", "recibia a los detenidos"),  # a goods-bound verb without goods
        ("en", "bought a house from"),  # not goods
        ("pt", "entregou o preso a"),
    ],
)
def test_no_trade_cue_without_goods_and_preposition(lang: str, words: str) -> None:
    assert trade_spans(words.split(), lang) == []


RELATIVE_TRADES = [
    (
        "pt",
        "Em 2016, a facção Tropa Vermelha contatou o Comando Vermelho (CV), de quem passou a comprar armas e drogas.",
        ("Tropa Vermelha", "Comando Vermelho"),
    ),
    (
        "es",
        "En 2016, la banda Los Cuervos contactó al Cártel de Sinaloa, al que compraba la cocaína.",
        ("Los Cuervos", "Cártel de Sinaloa"),
    ),
    (
        "en",
        "In 2016, the Black Lynx gang contacted the Sinaloa Cartel, from which it bought weapons.",
        ("Black Lynx", "Sinaloa Cartel"),
    ),
    # the trader named inside the relative
    (
        "es",
        "El Cártel de Sinaloa, al que la banda Los Cuervos compraba armas, opera en Perú.",
        ("Los Cuervos", "Cártel de Sinaloa"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), RELATIVE_TRADES)
def test_a_trade_told_in_a_relative_after_the_partner(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # an agency trades in the relative
        (
            "pt",
            "Em 2016, a facção Tropa Vermelha contatou o Comando Vermelho (CV), de quem a Polícia Federal comprou armas.",
            ("Tropa Vermelha", "Comando Vermelho"),
        ),
        (
            "en",
            "In 2016, the Black Lynx gang contacted the Sinaloa Cartel, from which the DEA bought cocaine.",
            ("Black Lynx", "Sinaloa Cartel"),
        ),
        # the clause's own subject is a group named in a way not read: not the group before it
        (
            "pt",
            "Para se fortalecer contra o PCC, o Sindiquinho se aproximou do Comando Vermelho (CV), "
            "de quem passou a comprar armas.",
            ("PCC", "Comando Vermelho"),
        ),
        # a verb bound to goods names none
        (
            "es",
            "En 2016, la banda Los Cuervos contactó al Cártel de Sinaloa, del que recibía a los detenidos.",
            ("Los Cuervos", "Cártel de Sinaloa"),
        ),
    ],
)
def test_no_alliance_from_a_relative_without_a_trading_group(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


# Another doer named by a group noun between the named group and the trade verb: one after an
# indefinite article or the object of another verb trades, not the group; a description set
# beside the group (an apposition) is the group's own.
OTHER_DOERS = [
    ("en", "The CJNG killed members of a rival gang that bought drugs from the Sinaloa Cartel.", ("CJNG", "Sinaloa Cartel")),
    ("es", "El CJNG atacó a una célula que compraba droga al Cártel de Sinaloa.", ("CJNG", "Cártel de Sinaloa")),
    ("pt", "O PCC atacou uma quadrilha que comprava armas do Comando Vermelho.", ("PCC", "Comando Vermelho")),
    (
        "en",
        "After the CJNG attacked Los Zetas, police said a local gang bought weapons from the Sinaloa Cartel.",
        ("Los Zetas", "Sinaloa Cartel"),
    ),
    ("es", "El CJNG atacó a la banda que compraba droga al Cártel de Sinaloa.", ("CJNG", "Cártel de Sinaloa")),
    ("en", "The CJNG killed members of the gang that bought drugs from the Sinaloa Cartel.", ("CJNG", "Sinaloa Cartel")),
]  # fmt: skip

DESCRIBED_TRADERS = [
    ("en", "MS-13, a street gang that bought drugs from the Sinaloa Cartel, grew fast.", ("MS-13", "Sinaloa Cartel")),
    ("es", "Los Cuervos, una banda que compraba droga al Cártel de Sinaloa, opera en Lima.", ("Los Cuervos", "Cártel de Sinaloa")),
    ("pt", "A Tropa Vermelha, uma facção que comprava armas do Comando Vermelho, atua em Belém.", ("Tropa Vermelha", "Comando Vermelho")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "pair"), OTHER_DOERS)
def test_a_group_noun_after_the_group_is_another_doer(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(("lang", "text", "pair"), DESCRIBED_TRADERS)
def test_a_group_noun_in_apposition_is_the_group(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


# A trade that stopped tells no partnership now; one that goes on beside it does.
CEASED = [
    ("es", "El Clan del Golfo dejó de vender cocaína al Cártel de Sinaloa tras la ruptura.", ("Clan del Golfo", "Cártel de Sinaloa")),
    ("es", "El Clan del Golfo ya no le compraba armas al Cártel de Sinaloa.", ("Clan del Golfo", "Cártel de Sinaloa")),
    ("en", "MS-13 stopped buying drugs from the Sinaloa Cartel.", ("MS-13", "Sinaloa Cartel")),
    ("en", "MS-13 ceased to buy drugs from the Sinaloa Cartel.", ("MS-13", "Sinaloa Cartel")),
    ("pt", "O PCC deixou de comprar armas do Comando Vermelho.", ("PCC", "Comando Vermelho")),
    ("pt", "O PCC já não comprava armas do Comando Vermelho.", ("PCC", "Comando Vermelho")),
    (
        "pt",
        "Em 2016, a facção Tropa Vermelha contatou o Comando Vermelho (CV), de quem deixou de comprar armas.",
        ("Tropa Vermelha", "Comando Vermelho"),
    ),
]  # fmt: skip

GOING_ON = [
    ("es", "El Clan del Golfo siguió vendiendo cocaína al Cártel de Sinaloa tras la ruptura.", ("Clan del Golfo", "Cártel de Sinaloa")),
    ("en", "MS-13 kept buying drugs from the Sinaloa Cartel.", ("MS-13", "Sinaloa Cartel")),
    ("pt", "O PCC passou a comprar armas do Comando Vermelho.", ("PCC", "Comando Vermelho")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "pair"), CEASED)
def test_a_trade_that_stopped_is_no_alliance(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(("lang", "text", "pair"), GOING_ON)
def test_a_trade_that_goes_on_is_an_alliance(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


# "vender"/"comprar" with the personal "a" right after it hand a group over ("lo vendieron al
# CJNG": betrayed it), or buy a person: with nothing between the verb and the preposition, the
# goods must be named.
HANDED_OVER = [
    ("es", "Los Zetas traicionaron al Cártel del Golfo y lo vendieron al CJNG.", ("Los Zetas", "CJNG")),
    ("es", "El Cártel de Sinaloa vendió al CJNG a la DEA.", ("Cártel de Sinaloa", "CJNG")),
    (
        "pt",
        "O PCC traiu o Comando Vermelho e o vendeu ao Terceiro Comando Puro.",
        ("PCC", "Terceiro Comando Puro"),
    ),
]

GOODS_HANDED = [
    ("es", "Los Zetas vendieron la droga al CJNG.", ("Los Zetas", "CJNG")),
    ("es", "El Cártel de Sinaloa vendió armas al CJNG.", ("Cártel de Sinaloa", "CJNG")),
    ("pt", "O PCC vendeu armas ao Terceiro Comando Puro.", ("PCC", "Terceiro Comando Puro")),
]


@pytest.mark.parametrize(("lang", "text", "pair"), HANDED_OVER)
def test_a_group_handed_over_is_no_trade(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(("lang", "text", "pair"), GOODS_HANDED)
def test_goods_sold_to_a_group_are_a_trade(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "lo vendieron al cjng"),  # the personal "a": the group is sold out
        ("es", "vendio al cjng a la dea"),
        ("pt", "o vendeu ao tcp"),
    ],
)
def test_no_trade_cue_with_the_preposition_straight_after_the_verb(lang: str, words: str) -> None:
    assert trade_spans(words.split(), lang) == []


# A bare "que" is a relative of the trade only after a preposition and its article ("al que",
# "de la que"): "para que" opens a purpose.
@pytest.mark.parametrize(
    ("lang", "words", "spans"),
    [
        ("es", "el cjng presiono al cartel del golfo , para que trasladara la droga hacia texas", []),
        ("pt", "o pcc pressionou o cv , para que vendera armas", []),
        ("es", "contacto al cartel de sinaloa , al que compraba la cocaina", [(6, 9)]),
        ("es", "contacto a la banda , de la que compraba armas", [(5, 9)]),
        ("es", "contacto al cartel , a quien compraba armas", [(4, 7)]),
        ("pt", "contatou o cv , do qual comprava armas", [(4, 7)]),
    ],
)
def test_a_bare_que_is_a_trade_relative_only_after_an_article(
    lang: str, words: str, spans: list[tuple[int, int]]
) -> None:
    assert relative_trade_spans(words.split(), lang) == spans


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("es", "El CJNG presionó al Cártel del Golfo, para que trasladara la droga hacia Texas.", ("CJNG", "Cártel del Golfo")),
        ("es", "El CJNG presionó al Cártel del Golfo, para que vendiera armas a Los Zetas.", ("CJNG", "Cártel del Golfo")),
    ],
)  # fmt: skip
def test_no_trade_relative_after_para_que(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("words", "end", "start"),
    [
        (["el", "comando", "vermelho", "(", "cv", ")", ","], 6, 3),  # past its acronym
        (["el", "cjng", ","], 2, 2),  # no acronym
        ([",", "al", "que", "(", "cv", ")"], 0, 0),  # nothing before the start: no wrap to the end
    ],
)
def test_a_name_ends_before_its_acronym(words: list[str], end: int, start: int) -> None:
    from kg.extract.pairs import before_parenthesis, past_parenthesis

    doc = [Tok(k, w, w, 0, " ", w.isalpha(), not w.isalnum(), False) for k, w in enumerate(words)]
    assert before_parenthesis(doc, end) == start
    assert past_parenthesis(doc, start) == end
