"""Alliances whose partners are listed with their group words ("allied with the A gang and the B
gang", "se aliou à facção A e à facção B"), named as members ("a coalition of A and B"), joined
by a relative ("A and B, which are allied"), or told as support ("with support from B"), each
with a negative beside it: a list that goes on into a new clause, a relative of rivalry, a
coalition with one member, support from an unnamed force, a singular apposition (the last
group's alone)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

A = "ALLIED_WITH"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        # the partners listed, each with its group word
        (
            "en",
            ("Black Heron", "Red Dogs"),
            "The Black Heron gang has allied with the Iron Fist gang and the Red Dogs gang.",
        ),
        (
            "en",
            ("Black Heron", "Sea Wolves"),
            "The Black Heron gang is allied with the Iron Fist gang, the Red Dogs gang and the Sea Wolves gang.",
        ),
        (
            "es",
            ("Los Halcones", "Los Toros"),
            "La banda Los Halcones se alió con la banda Los Coyotes y la banda Los Toros.",
        ),
        (
            "pt",
            ("Irmandade do Sertão", "Bonde do Mar"),
            "A facção Irmandade do Sertão se aliou à facção Comando Litorâneo e à facção Bonde do Mar.",
        ),
        # the pair named as members of a union of groups
        ("en", EN, "A coalition of the Black Heron gang and the Iron Fist gang controls the port."),
        ("es", ES, "Una coalición de la banda Los Halcones y la banda Los Coyotes controla el puerto."),
        (
            "pt",
            PT,
            "Uma coalizão da facção Irmandade do Sertão e da facção Comando Litorâneo controla o porto.",
        ),
        # the pair as the subject of a relative clause
        ("en", EN, "The Black Heron gang and the Iron Fist gang, which are allied, control the port."),
        ("es", ES, "La banda Los Halcones y la banda Los Coyotes, que son aliadas, controlan el puerto."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão e a facção Comando Litorâneo, que são aliadas, controlam o porto.",
        ),
        # an alliance told with an infinitive after the verb that led to it
        (
            "pt",
            PT,
            "A pressão da polícia levou a facção Irmandade do Sertão a se aliar à facção Comando Litorâneo.",
        ),
        ("es", ES, "La presión policial llevó a la banda Los Halcones a aliarse a la banda Los Coyotes."),
        # a plural apposition to a coordinated pair: each of the two is a partner
        (
            "es",
            ("Los Halcones", "Los Toros"),
            "La banda Los Halcones y la banda Los Coyotes, aliadas de la banda Los Toros, atacaron el puerto.",
        ),
        (
            "pt",
            ("Irmandade do Sertão", "Bonde do Mar"),
            "A facção Irmandade do Sertão e a facção Comando Litorâneo, aliadas da facção Bonde do Mar, atacaram o porto.",
        ),
        (
            "en",
            ("Black Heron", "Red Dogs"),
            "The Black Heron gang and the Iron Fist gang, allies of the Red Dogs gang, attacked the port.",
        ),
        # the partner in apposition after a possessive cue and its comma
        ("en", EN, "The Black Heron gang and its ally, the Iron Fist gang, control the port."),
        ("es", ES, "La banda Los Halcones y su aliada, la banda Los Coyotes, controlan el puerto."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão e sua aliada, a facção Comando Litorâneo, controlam o porto.",
        ),
        # an alliance forged, told without a subject after a sentence about the group
        (
            "es",
            ES,
            "La banda Los Halcones controla el puerto. En 2019 forjó una alianza con la banda Los Coyotes.",
        ),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão controla o porto. Em 2019, fechou uma aliança com a facção Comando Litorâneo.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão e a facção Comando Litorâneo são parceiras desde 2019."),
        # backing in a compound, reliance on another group; supply "para" a group is no purpose
        ("en", ("Black Heron", "CJNG"), "The CJNG-backed Black Heron gang controls the port."),
        ("es", ES, "La banda Los Halcones se apoya en la banda Los Coyotes para mover la droga."),
        ("pt", PT, "A facção Irmandade do Sertão fornece cocaína para a facção Comando Litorâneo."),
        # support from another group
        ("en", EN, "The Black Heron gang, with support from the Iron Fist gang, took the port."),
        ("en", EN, "The Black Heron gang is supported by the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones recibe apoyo de la banda Los Coyotes."),
        ("pt", PT, "A facção Irmandade do Sertão recebe apoio da facção Comando Litorâneo."),
    ],
)
def test_alliance_member_form(rules: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        # the list ends where a new clause opens with the last group as its subject
        (
            "es",
            ("Los Halcones", "Los Toros"),
            "La banda Los Halcones se alió con la banda Los Coyotes y la banda Los Toros controla el sur.",
        ),
        (
            "en",
            ("Black Heron", "Red Dogs"),
            "The Black Heron gang allied with the Iron Fist gang and the Red Dogs gang took the south.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão não quis se aliar à facção Comando Litorâneo."),
        # a singular apposition is the last group's alone
        (
            "es",
            ("Los Halcones", "Los Toros"),
            "La banda Los Halcones y la banda Los Coyotes, grupo aliado de la banda Los Toros, atacaron el puerto.",
        ),
        # reliance on a force that is no group
        ("en", EN, "The Black Heron gang relies on corrupt police to move cocaine for the Iron Fist gang."),
        # a relative of rivalry, a union with one named member
        ("en", EN, "The Black Heron gang and the Iron Fist gang, which are rivals, control the port."),
        ("es", ES, "La banda Los Halcones y la banda Los Coyotes, que son rivales, controlan el puerto."),
        ("en", EN, "A coalition of the Black Heron gang fought the Iron Fist gang."),
        ("pt", PT, "Uma coalizão da facção Irmandade do Sertão atacou a facção Comando Litorâneo."),
        # the support comes from a force that is no group; the group after it is another object
        ("en", EN, "The Black Heron gang, with support from the police, fought the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones recibe apoyo de la policía para atacar a la banda Los Coyotes."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão recebe apoio de policiais corruptos para atacar a facção Comando Litorâneo.",
        ),
    ],
)
def test_no_alliance(rules: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "An alliance between the Black Heron gang, the Iron Fist gang and the Red Dogs gang controls the port.",
        ),
        (
            "es",
            "La alianza entre la banda Los Halcones, la banda Los Coyotes y la banda Los Toros domina el puerto.",
        ),
        (
            "pt",
            "O pacto entre a facção Irmandade do Sertão, a facção Comando Litorâneo e a facção Bonde do Mar domina "
            "o porto.",
        ),
    ],
)
def test_alliance_between_three_pairs_each_two(rules: Extractor, lang: str, text: str) -> None:
    assert len({p for p in rules.pairs(text, lang, A) if not any(" gang" in name for name in p)}) == 3


def test_alliance_between_two_leaves_out_the_group_after_the_verb(rules: Extractor) -> None:
    text = "An alliance between the Black Heron gang and the Iron Fist gang worried the Red Dogs gang."
    assert rules.pairs(text, "en", A) and not any("Red Dogs" in p for p in rules.pairs(text, "en", A))


@pytest.mark.parametrize(
    ("text", "allied"),
    [
        (
            "The Black Heron gang controls the port. In 2019 it forged an alliance with the Iron Fist gang.",
            True,
        ),
        # the subject is named: police, not the group before
        (
            "The Black Heron gang controls the port. In 2019 police forged an alliance with the Iron Fist gang.",
            False,
        ),
    ],
)
def test_it_after_a_year_goes_on_about_the_group_before(rules: Extractor, text: str, allied: bool) -> None:
    assert (frozenset(EN) in rules.pairs(text, "en", A)) is allied


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Black Heron gang, the Iron Fist gang's main partner in Valmora, controls the port.", A),
        ("The Black Heron gang is the Iron Fist gang's closest ally.", A),
        ("The Black Heron gang became the Iron Fist gang's partner in 2019.", A),
        ("The Black Heron gang, the Iron Fist gang's main rival in Valmora, controls the port.", "RIVAL_OF"),
    ],
)
def test_genitive_owner_of_the_cue(rules: Extractor, text: str, kind: str) -> None:
    assert frozenset(EN) in rules.pairs(text, "en", kind)


@pytest.mark.parametrize(
    "text",
    [
        # the group before is the subject of another verb whose object the genitive phrase is
        "The Black Heron gang attacked the Iron Fist gang's partners in Valmora.",
        "The Black Heron gang killed the Iron Fist gang's leader's partner.",
    ],
)
def test_genitive_object_of_another_verb(rules: Extractor, text: str) -> None:
    assert frozenset(EN) not in rules.pairs(text, "en", A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang controls the port. The gang works closely with the Iron Fist gang."),
        (
            "es",
            ES,
            "La banda Los Halcones domina el puerto. La organización opera junto a la banda Los Coyotes.",
        ),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão domina o porto. O grupo atua ao lado da facção Comando Litorâneo.",
        ),
        # the group told before owns "its ally" in apposition to a group with its group word
        (
            "en",
            EN,
            "The Black Heron gang controls the north. The Iron Fist gang, its ally, controls the south.",
        ),
    ],
)
def test_partner_of_the_group_told_before(
    rules: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Black Heron gang works closely with corrupt police officers to attack the Iron Fist gang.",
        ),
        ("es", "La banda Los Halcones opera junto a policías corruptos para atacar a la banda Los Coyotes."),
        ("en", "The Black Heron gang controls the north. The Iron Fist gang, its rival, controls the south."),
    ],
)
def test_no_partner_of_the_group_told_before(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        # affiliation, backing, trade in drugs or arms between two groups
        ("pt", PT, "A facção Irmandade do Sertão é filiada à facção Comando Litorâneo."),
        ("es", ES, "La banda Los Halcones está afiliada a la banda Los Coyotes."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão, que tem o apoio da facção Comando Litorâneo, domina o porto.",
        ),
        ("es", ES, "La banda Los Halcones tiene el apoyo de la banda Los Coyotes en el puerto."),
        ("pt", PT, "A facção Irmandade do Sertão mantém relações comerciais com a facção Comando Litorâneo."),
        ("pt", PT, "A facção Irmandade do Sertão vende cocaína para a facção Comando Litorâneo."),
        ("es", ES, "La banda Los Halcones le vende cocaína a la banda Los Coyotes."),
        ("en", EN, "The Black Heron gang receives weapons from the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones recibía armas de la banda Los Coyotes."),
    ],
)
def test_trade_and_affiliation(rules: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the buyer is another, unnamed party who resells to the group
        (
            "pt",
            "A facção Irmandade do Sertão vende cocaína para traficantes que a revendem à facção Comando Litorâneo.",
        ),
        (
            "en",
            "The Black Heron gang receives weapons from corrupt soldiers, who also arm the Iron Fist gang.",
        ),
    ],
)
def test_no_trade_between_the_two(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, A)


def test_three_coordinated_subjects_pair_each_two(rules: Extractor) -> None:
    text = "The Black Heron gang, the Iron Fist gang and the Red Dogs gang formed a coalition in 2021."
    named = {p for p in rules.pairs(text, "en", A) if not any(" gang" in name for name in p)}
    assert named == {
        frozenset(EN),
        frozenset(("Black Heron", "Red Dogs")),
        frozenset(("Iron Fist", "Red Dogs")),
    }


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang and the Iron Fist gang, once allies, now fight for the port."),
        (
            "es",
            ES,
            "La banda Los Halcones y la banda Los Coyotes, otrora aliadas, hoy se disputan el puerto.",
        ),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão e a facção Comando Litorâneo, outrora aliadas, disputam o porto.",
        ),
    ],
)
def test_former_allies_now_rivals(rules: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, A)
    assert frozenset(pair) in rules.pairs(text, lang, "RIVAL_OF")


def test_a_list_with_another_kind_of_name_pairs_only_the_groups(rules: Extractor) -> None:
    text = "Police in Valmora, the Black Heron gang and the Iron Fist gang formed a coalition."
    assert {p for p in rules.pairs(text, "en", A) if not any(" gang" in name for name in p)} == {
        frozenset(EN)
    }
