"""The members a union brings together ("an alliance that brought together A and B", "una alianza
que reunió a A y B", "uma aliança que reuniu A e B") are allied, and the fight the sentence tells
of them ("which had fought each other for years") is their past, not a rivalry; beside each, a
union whose verb gathers nothing named and a plain rivalry of a coordinated pair."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

GATHERED = [
    (
        "en",
        "The Union Front is an alliance announced in 2022 that brought together the two largest gang"
        " federations of the city, the North Block gang and the South Block gang, which had fought"
        " each other for years over the markets.",
        ("North Block", "South Block"),
    ),
    (
        "es",
        "El Frente Unido es una alianza anunciada en 2022 que reunió a las dos mayores federaciones de"
        " la ciudad, la banda Bloque Norte y la banda Bloque Sur, que se habían enfrentado durante años.",
        ("Bloque Norte", "Bloque Sur"),
    ),
    (
        "pt",
        "A Frente Unida é uma aliança anunciada em 2022 que reuniu as duas maiores facções da cidade,"
        " a facção Bonde do Norte e a facção Tropa do Sul, que haviam se enfrentado durante anos.",
        ("Bonde do Norte", "Tropa do Sul"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), GATHERED)
def test_a_union_allies_the_groups_it_brought_together(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(("lang", "text", "pair"), GATHERED)
def test_the_fight_of_the_groups_a_union_brought_together_is_past(
    ex: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, "RIVAL_OF")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The North Block gang and the South Block gang, which have fought each other for years, clashed again.",
            ("North Block", "South Block"),
        ),
        (
            "es",
            "La banda Bloque Norte y la banda Bloque Sur, que se han enfrentado durante años, volvieron a chocar.",
            ("Bloque Norte", "Bloque Sur"),
        ),
        (
            "pt",
            "A facção Bonde do Norte e a facção Tropa do Sul, que se enfrentam há anos, voltaram a brigar.",
            ("Bonde do Norte", "Tropa do Sul"),
        ),
    ],
)
def test_a_pair_no_union_brought_together_stays_rivals(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "RIVAL_OF")
    assert frozenset(pair) not in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The alliance brought together dozens of local crews; the North Block gang and the South Block gang stayed out.",
            ("North Block", "South Block"),
        ),
        (
            "es",
            "La alianza reunió a decenas de grupos locales; la banda Bloque Norte y la banda Bloque Sur quedaron fuera.",
            ("Bloque Norte", "Bloque Sur"),
        ),
        (
            "pt",
            "A aliança reuniu dezenas de grupos locais; a facção Bonde do Norte e a facção Tropa do Sul ficaram de fora.",
            ("Bonde do Norte", "Tropa do Sul"),
        ),
    ],
)
def test_a_union_gathering_no_named_pair_allies_none(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, "ALLIED_WITH")


PAID = [
    (
        "en",
        "Prosecutors say the Lobo cell also paid a smaller outfit, the Remeros gang, a crew of boatmen.",
        ("Lobo cell", "Remeros"),
    ),
    (
        "es",
        "La fiscalía dice que Marco Pérez dirigía una célula llamada La Célula del Lobo. La Célula del Lobo"
        " también pagó a una banda más pequeña, Los Remeros, que cobraba una tarifa por contenedor.",
        ("La Célula del Lobo", "Los Remeros"),
    ),
    (
        "pt",
        "A promotoria diz que Marcos Pereira chefiava uma célula chamada Célula do Lobo. A Célula do Lobo"
        " também pagou a uma facção menor, a facção Remadores do Cais, que cobrava uma taxa por contêiner.",
        ("Célula do Lobo", "Remadores do Cais"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), PAID)
def test_a_group_paid_or_hired_by_another_is_its_partner_not_its_parent(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")
    assert ("FACTION_OF", *pair) not in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Lobo cell also paid a police officer, the Remeros gang said."),
        ("en", "The Lobo cell also paid a smaller outfit, the port workers and the Remeros gang."),
        ("es", "La banda Los Lobos pagó a un policía, dijo la banda Los Remeros."),
        ("pt", "A facção Os Lobos pagou a um policial, disse a facção Remadores do Cais."),
    ],
)
def test_a_group_named_past_another_object_of_paid_is_no_partner(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not {f for f in rules.facts(text, lang) if f[0] == "ALLIED_WITH"}


@pytest.mark.parametrize(
    ("lang", "offshoot", "named"),
    [
        (
            "en",
            "The war between the ELN and the dissidents of the FARC has left 500 displaced.",
            "The war between the ELN and the FARC has left 500 displaced.",
        ),
        (
            "es",
            "La guerra entre el ELN y las disidencias de las FARC deja 500 desplazados.",
            "La guerra entre el ELN y las FARC deja 500 desplazados.",
        ),
        (
            "pt",
            "A guerra entre o ELN e as dissidências das FARC deixou 500 deslocados.",
            "A guerra entre o ELN e as FARC deixou 500 deslocados.",
        ),
    ],
)
def test_the_dissidents_of_a_group_are_not_the_group_at_war(
    ex: Extractor, lang: str, offshoot: str, named: str
) -> None:
    assert not ex.pairs(offshoot, lang, "RIVAL_OF")
    assert ex.pairs(named, lang, "RIVAL_OF")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "The Zmaj clan and the Vuk clan, whose feud began in 2014, have killed 30 people.",
            "RIVAL_OF",
        ),
        (
            "en",
            "The Zmaj clan and the Vuk clan, whose alliance dates to 2014, control the port.",
            "ALLIED_WITH",
        ),
        (
            "es",
            "El clan Zmaj y el clan Vuk, cuya guerra comenzó en 2014, han matado a 30 personas.",
            "RIVAL_OF",
        ),
        (
            "pt",
            "A facção Bonde do Norte e a facção Tropa do Sul, cuja guerra começou em 2014, mataram 30 pessoas.",
            "RIVAL_OF",
        ),
    ],
)
def test_a_coordinated_pair_whose_fight_is_told_is_a_pair(
    rules: Extractor, lang: str, text: str, kind: str
) -> None:
    found = rules.pairs(text, lang, kind)
    assert found & {frozenset(("Zmaj", "Vuk")), frozenset(("Bonde do Norte", "Tropa do Sul"))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Zmaj clan and the Vuk clan, whose members fought the police, control the port."),
        (
            "es",
            "El clan Zmaj y el clan Vuk, cuyos miembros se enfrentaron a la policía, controlan el puerto.",
        ),
        (
            "pt",
            "A facção Bonde do Norte e a facção Tropa do Sul, cujos membros enfrentaram a polícia, dominam o porto.",
        ),
    ],
)
def test_a_fight_of_the_pair_s_members_with_others_is_none_between_them(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not rules.pairs(text, lang, "RIVAL_OF")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "The Black Heron gang is on the payroll of the Gulf Cartel.", ("Black Heron", "Gulf Cartel")),
        (
            "en",
            "The Black Heron gang acts as enforcers for the Gulf Cartel in the port.",
            ("Black Heron", "Gulf Cartel"),
        ),
        (
            "es",
            "La banda Los Tiburones está a sueldo del Cártel del Golfo.",
            ("Los Tiburones", "Cártel del Golfo"),
        ),
        (
            "pt",
            "A facção Bonde do Gavião está na folha de pagamento do Comando Vermelho.",
            ("Bonde do Gavião", "Comando Vermelho"),
        ),
    ],
)
def test_a_group_on_another_s_payroll_is_its_partner(
    rules: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Heron gang killed a judge who was on the payroll of the Gulf Cartel."),
        ("es", "La banda Los Tiburones mató a un juez que estaba a sueldo del Cártel del Golfo."),
        (
            "pt",
            "A facção Bonde do Gavião matou um juiz que estava na folha de pagamento do Comando Vermelho.",
        ),
    ],
)
def test_a_person_on_a_group_s_payroll_allies_no_other_group(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Union Front gang is an alliance announced in 2022 that brought together the two largest gang"
            " federations of the city, the North Block gang and the South Block gang, which had fought each"
            " other for years over the markets.",
        ),
        (
            "es",
            "La banda Frente Unido es una alianza anunciada en 2022 que reunió a las dos mayores federaciones"
            " de la ciudad, la banda Bloque Norte y la banda Bloque Sur, que se habían enfrentado durante años.",
        ),
        (
            "pt",
            "A facção Frente Unida é uma aliança anunciada em 2022 que reuniu as duas maiores facções da"
            " cidade, a facção Bonde do Norte e a facção Tropa do Sul, que haviam se enfrentado durante anos.",
        ),
    ],
)
def test_a_union_is_no_rival_of_the_members_it_brought_together(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, "RIVAL_OF")


def test_a_group_that_owns_the_partner_is_no_partner(rules) -> None:
    facts = rules.facts("Los Zetas paid the Gulf Cartel's rivals to attack the CJNG.", "en")
    assert not {f for f in facts if f[0] == "ALLIED_WITH"}
    facts = rules.facts("Los Zetas paid the Gulf Cartel to attack the CJNG.", "en")
    assert ("ALLIED_WITH", "Gulf Cartel", "Los Zetas") in facts


def test_cells_that_fought_a_group_tell_their_groups_rivalry(rules) -> None:
    text = (
        "Marco Ruiz Vela dirige el cártel del Golfo, pero antes comandó las células que enfrentaban a "
        "sicarios del cártel del Noreste."
    )
    assert ("RIVAL_OF", "Cartel del Noreste", "Gulf Cartel") in rules.facts(text, "es")
    text = "Marco Ruiz Vela dirige el cártel del Golfo, pero antes mató a un juez que estaba a sueldo del cártel del Noreste."
    assert not {f for f in rules.facts(text, "es") if f[0] in ("RIVAL_OF", "ALLIED_WITH")}
