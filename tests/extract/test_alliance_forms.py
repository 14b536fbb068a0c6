"""Alliances told with the words news uses for them, each with a negative beside it: "joined
forces", "se unieron", "uniram forças", "work together", "trabajan juntas", "socia de", "selaram
um acordo", "la alianza de X con Y"; across sentences, the two groups named before and taken up
as "both criminal groups", "ambas estructuras", "os dois grupos criminosos", "between them",
"entre ellas", or named one in each of the two sentences before. A truce or a peace deal is no
alliance."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

A, R = "ALLIED_WITH", "RIVAL_OF"
EN_BOTH = "The Black Heron gang and the Iron Fist gang operate in the port city of Valmora. "
ES_BOTH = "La banda Los Halcones y la banda Los Coyotes operan en el puerto de Valmora. "
PT_BOTH = "A facção Irmandade do Sertão e a facção Comando Litorâneo dominam a periferia de Valmora. "
EN_APART = "The Black Heron gang controls the north of Valmora. The Iron Fist gang controls the south. "
ES_APART = "La banda Los Halcones domina el norte de Valmora. La banda Los Coyotes controla el sur. "
PT_APART = (
    "A facção Irmandade do Sertão domina o norte de Valmora. A facção Comando Litorâneo controla o sul. "
)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        # a verb of joining with the pair as its coordinated subject
        ("en", EN, "The Black Heron gang and the Iron Fist gang joined forces to control the port."),
        ("es", ES, "La banda Los Halcones y la banda Los Coyotes se unieron para controlar el puerto."),
        ("es", ES, "La banda Los Halcones y la banda Los Coyotes unieron fuerzas en 2020."),
        ("pt", PT, "A facção Irmandade do Sertão e a facção Comando Litorâneo uniram forças em 2020."),
        ("pt", PT, "A facção Irmandade do Sertão e a facção Comando Litorâneo se uniram em 2019."),
        ("en", EN, "The Black Heron gang and the Iron Fist gang agreed to work together."),
        ("en", EN, "The Black Heron gang reached an agreement with the Iron Fist gang to split the routes."),
        ("es", ES, "La banda Los Halcones es socia de la banda Los Coyotes y opera en Valmora."),
        ("pt", PT, "A facção Irmandade do Sertão é sócia da facção Comando Litorâneo."),
        ("pt", PT, "A facção Irmandade do Sertão é parceira da facção Comando Litorâneo."),
        ("en", EN, "The Black Heron gang and the Iron Fist gang partnered in 2019 to move cocaine."),
        ("es", ES, "La banda Los Halcones y la banda Los Coyotes se asociaron en 2019."),
        ("pt", PT, "A facção Irmandade do Sertão atua em conjunto com a facção Comando Litorâneo."),
        ("es", ES, "La banda Los Halcones opera en conjunto con la banda Los Coyotes."),
        # "the alliance of X with Y", support and links between groups
        ("es", ES, "La alianza de la banda Los Halcones con la banda Los Coyotes comenzó en 2019."),
        ("pt", PT, "A aliança da facção Irmandade do Sertão com a facção Comando Litorâneo começou em 2019."),
        ("en", EN, "The alliance of the Black Heron gang with the Iron Fist gang began in 2019."),
        ("en", EN, "The Black Heron gang, which has links with the Iron Fist gang, controls the docks."),
        ("en", EN, "The Black Heron gang has connections to the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones cuenta con el apoyo de la banda Los Coyotes."),
        ("pt", PT, "A facção Irmandade do Sertão conta com o apoio da facção Comando Litorâneo."),
        ("es", ES, "La banda Los Halcones, socia estratégica de la banda Los Coyotes, controla el puerto."),
        # the pair named in the sentence before, taken up by a plural phrase
        ("en", EN, EN_BOTH + "Both criminal groups sealed a pact in 2021."),
        ("en", EN, EN_BOTH + "Police said the two criminal organizations formed an alliance in 2019."),
        ("en", EN, EN_BOTH + "The two groups joined forces in 2020."),
        ("es", ES, ES_BOTH + "Según la Fiscalía, ambas estructuras criminales se aliaron en 2019."),
        ("es", ES, ES_BOTH + "Las dos agrupaciones trabajan juntas desde 2019."),
        ("es", ES, ES_BOTH + "Ambas bandas se unieron para controlar el puerto."),
        ("pt", PT, PT_BOTH + "Os dois grupos criminosos selaram um acordo em 2020."),
        ("pt", PT, PT_BOTH + "As duas facções trabalham juntas desde 2019."),
        ("pt", PT, PT_BOTH + "As duas facções uniram forças contra a polícia."),
        # "among the allies of X is Y", protection of one group by another
        ("es", ES, "Entre los aliados de la banda Los Halcones está la banda Los Coyotes."),
        ("pt", PT, "Entre os aliados da facção Irmandade do Sertão está a facção Comando Litorâneo."),
        ("es", ES, "La banda Los Coyotes opera bajo la protección de la banda Los Halcones."),
        ("pt", PT, "A facção Comando Litorâneo atua sob a proteção da facção Irmandade do Sertão."),
        # the alliance "formed by" the pair
        ("es", ES, "La alianza formada por la banda Los Halcones y la banda Los Coyotes domina el puerto."),
        ("en", EN, "An alliance made up of the Black Heron gang and the Iron Fist gang controls the port."),
        (
            "pt",
            PT,
            "A aliança formada pela facção Irmandade do Sertão e pela facção Comando Litorâneo domina o porto.",
        ),
        (
            "es",
            ES,
            "La coalición integrada por la banda Los Halcones y la banda Los Coyotes domina el puerto.",
        ),
        # any word for two before a plural group noun, with its adjectives
        ("en", EN, EN_BOTH + "These two gangs sealed a pact in 2021."),
        ("en", EN, EN_BOTH + "The two crime groups formed an alliance in 2019."),
        ("es", ES, ES_BOTH + "Estas dos organizaciones sellaron un pacto en 2021."),
        ("es", ES, ES_BOTH + "Ambas mafias sellaron un pacto en 2021."),
        ("pt", PT, PT_BOTH + "Essas duas facções firmaram uma aliança em 2020."),
        ("pt", PT, PT_BOTH + "Esses dois grupos selaram uma aliança em 2020."),
        # the pair as subject, restated in an apposition between commas
        (
            "es",
            ES,
            "La banda Los Halcones y la banda Los Coyotes, los dos grupos más poderosos del puerto, "
            "sellaron un pacto en 2021.",
        ),
        (
            "en",
            EN,
            "The Black Heron gang and the Iron Fist gang, the two most powerful groups in the port, "
            "formed an alliance in 2019.",
        ),
        # "between them": the alliance of the pair the sentence before names
        ("en", EN, EN_BOTH + "The alliance between them was sealed in 2021."),
        ("es", ES, ES_BOTH + "La alianza entre ellas se selló en 2021."),
        ("pt", PT, PT_BOTH + "A aliança entre elas começou em 2019."),
        # one group in each of the two sentences before
        ("en", EN, EN_APART + "Both gangs sealed a pact in 2021."),
        ("es", ES, ES_APART + "Ambas bandas sellaron un pacto en 2021."),
        ("pt", PT, PT_APART + "As duas facções firmaram uma aliança em 2020."),
        # a supplier told in the past: "proveía la droga a", "fornecia drogas ao", "was supplying"
        ("es", ES, "La banda Los Halcones proveía la droga a la banda Los Coyotes desde 2019."),
        ("pt", PT, "A facção Irmandade do Sertão fornecia drogas à facção Comando Litorâneo."),
        ("en", EN, "The Black Heron gang was supplying cocaine to the Iron Fist gang."),
    ],
)
def test_alliance_form(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a fight, a truce or a peace deal between the same two
        ("en", EN_BOTH + "Both criminal groups fought over the drug routes in 2020."),
        ("en", "The Black Heron gang signed a truce with the Iron Fist gang."),
        ("en", "The Black Heron gang reached a peace agreement with the Iron Fist gang."),
        ("es", ES_BOTH + "Ambas estructuras se disputan el puerto."),
        ("es", "La banda Los Halcones y la banda Los Coyotes firmaron un acuerdo de paz."),
        ("es", ES_BOTH + "La guerra entre ellas dejó cien muertos."),
        ("pt", PT_BOTH + "Os dois grupos criminosos disputam o território."),
        ("pt", "A facção Irmandade do Sertão e a facção Comando Litorâneo firmaram um acordo de paz."),
        ("pt", PT_APART + "As duas facções disputam o território."),
        # the groups are only arrested together, or three are named before "both"
        (
            "en",
            "Police arrested members of the Black Heron gang and the Iron Fist gang in a joint operation.",
        ),
        ("es", "La policía detuvo a miembros de la banda Los Halcones y de la banda Los Coyotes."),
        # protection by an agency; "among the rivals of X is Y" is a rivalry
        ("es", "La banda Los Coyotes opera bajo la protección de la Policía Nacional."),
        ("es", "Entre los rivales de la banda Los Halcones está la banda Los Coyotes."),
        # "formed by" one group, the other named in another phrase
        (
            "es",
            "La alianza formada por la banda Los Halcones tras su ruptura con la banda Los Coyotes domina el puerto.",
        ),
        # agencies working together against both
        (
            "es",
            "La Policía Nacional, en conjunto con la Fiscalía, detuvo a miembros de la banda Los Halcones y de "
            "la banda Los Coyotes.",
        ),
        (
            "en",
            "Police, in conjunction with the FBI, arrested members of the Black Heron gang and the Iron Fist gang.",
        ),
        (
            "es",
            "La banda Los Halcones y la banda Los Pumas dominan el norte. La banda Los Coyotes controla el sur. "
            "Ambas bandas sellaron un pacto en 2021.",
        ),
        # "the war of X with Y"; support from an agency, not a group
        ("es", "La guerra de la banda Los Halcones con la banda Los Coyotes dejó cien muertos."),
        ("pt", "A disputa da facção Irmandade do Sertão com a facção Comando Litorâneo deixou mortos."),
        (
            "es",
            "Con el apoyo de la Policía Nacional, el Ejército detuvo a miembros de la banda Los Halcones "
            "y de la banda Los Coyotes.",
        ),
        # an apposition naming a third group is no restatement of the pair
        (
            "es",
            "La banda Los Halcones y la banda Los Coyotes, enemigas de la banda Los Pumas, dominan el puerto.",
        ),
        # "entre ellos" after no alliance word is "among them"
        ("es", ES_BOTH + "La policía detuvo a veinte personas, entre ellos dos jefes."),
    ],
)
def test_no_alliance(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "kind", "pair", "text"),
    [
        ("en", A, EN, EN_BOTH + "They joined forces in 2020 to control the docks."),
        ("es", A, ES, ES_BOTH + "En 2020 sellaron una alianza para controlar el puerto."),
        ("pt", A, PT, PT_BOTH + "Em 2020, firmaram uma aliança para controlar o porto."),
        ("es", R, ES, ES_BOTH + "Desde 2020 mantienen una guerra por el puerto."),
        # a rivalry told across sentences the same ways
        ("es", R, ES, ES_BOTH + "La guerra entre ellas dejó cien muertos."),
        ("en", R, EN, EN_APART + "Both gangs fought over the port in 2021."),
        ("pt", R, PT, PT_APART + "As duas facções disputam o território."),
        ("en", A, EN, EN_BOTH + "The alliance was sealed in 2021."),
        ("es", A, ES, ES_BOTH + "El pacto se firmó en 2019 en una cárcel."),
        ("pt", A, PT, PT_BOTH + "A aliança foi selada em 2021."),
        ("en", A, EN, EN_BOTH + "Their alliance dates back to 2019."),
        ("es", A, ES, ES_BOTH + "Su alianza se remonta a 2019."),
        ("pt", A, PT, PT_BOTH + "Sua aliança começou em 2019."),
    ],
)
def test_pair_across_sentences(ex: Extractor, lang: str, kind: str, pair: tuple[str, str], text: str) -> None:
    """A sentence without a subject of its own ("They ...") goes on about the pair before."""
    assert frozenset(pair) in ex.pairs(text, lang, kind)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", EN_BOTH + "Police formed an alliance with local residents."),
        ("en", EN_BOTH + "In 2020 an alliance was sealed."),  # English names its subject
        ("en", EN_BOTH + "A regional alliance of mayors asked for help."),
        (
            "en",
            "Police watch the Black Heron gang and the Iron Fist gang. Their alliance dates back to 2019.",
        ),
        ("es", ES_BOTH + "Estas dos mujeres sellaron un pacto con la policía."),  # two persons, no groups
        ("es", ES_BOTH + "En 2020 la Policía Nacional selló una alianza con los vecinos."),
        # the pair before is an object, or not joined by "y"
        (
            "es",
            "La policía vigila a la banda Los Halcones y a la banda Los Coyotes. En 2020 sellaron una alianza.",
        ),
        (
            "es",
            "La banda Los Halcones opera en el puerto con la banda Los Coyotes. En 2020 sellaron una alianza.",
        ),
    ],
)
def test_no_pair_subject(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, A)


def test_pair_subject_keeps_both_sentences(ex: Extractor) -> None:
    text = ES_BOTH + "En 2020 sellaron una alianza para controlar el puerto."
    graph = ex.run(text, "es").graph
    edge = next(e for e in graph.edges() if e.type == A)
    assert {ev.sentence for ev in edge.evidence} == {ES_BOTH.strip(), text[len(ES_BOTH) :]}
