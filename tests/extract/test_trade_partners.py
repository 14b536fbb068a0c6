"""Partners told by their trade (kg.extract.trade_cues, kg.extract.trade_partners): one group
buys from, sells to, or moves or launders goods for another. A trade verb in any of its forms,
the goods it may name, then the preposition of its side and the group: "compraba armas al X",
"recebia cocaína do X", "laundering drug proceeds for X". Goods bought in a country or from a
person, an agency that buys, a group that robs or extorts another, or another doer who trades
make no alliance."""

from __future__ import annotations

import pytest

from kg.extract.trade_cues import conjugated, trade_spans

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
