"""Two agencies named with "and" and no article, as headlines write them ("Policía Nacional y
DEA capturan", "Polícia Federal e DEA prendem"), are two agencies that act together, not one
agency named "Policía Nacional y DEA"; an office's second field after "and" stays in its name
("Ministério da Justiça e Segurança Pública"). A cooperation told "under the direction of" or
"received intelligence from" an agency joins the two; two agencies in clauses set apart by
"while" or "mientras" do not cooperate."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"
DEA = "Drug Enforcement Administration"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía Nacional", DEA),
            "Policía Nacional y DEA capturan a 10 miembros del Tren de Aragua en Lima",
        ),
        ("pt", ("Polícia Federal", DEA), "Polícia Federal e DEA prendem 8 integrantes do PCC em Santos"),
        ("en", ("Federal Bureau of Investigation", DEA), "FBI and DEA arrest 20 MS-13 members in Houston"),
    ],
)
def test_headline_pair_is_two_agencies(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    agencies = {n.name for n in ex.run(text, lang).graph.nodes() if n.type == "Agency"}
    assert agencies == set(pair)
    assert frozenset(pair) in ex.pairs(text, lang, C)


def test_second_field_stays_in_the_name(ex: Extractor) -> None:
    text = "O Ministério da Justiça e Segurança Pública anunciou novas medidas contra o PCC."
    agencies = {n.name for n in ex.run(text, "pt").graph.nodes() if n.type == "Agency"}
    assert agencies == {"Ministério da Justiça e Segurança Pública"}


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Carabineros", "Fiscalía"),
            "Carabineros, que actuó bajo la dirección de la Fiscalía, detuvo a nueve integrantes del Tren de Aragua "
            "en Arica.",
        ),
        (
            "en",
            ("Colombian police", "U.S. Southern Command"),
            "Colombian police, which received intelligence from U.S. Southern Command, seized 4 tons of cocaine "
            "from the Clan del Golfo.",
        ),
        (
            "pt",
            ("Polícia Civil", "Ministério Público"),
            "A Polícia Civil, sob a coordenação do Ministério Público, prendeu seis integrantes do Comando Vermelho.",
        ),
    ],
)
def test_directed_or_informed_by(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Carabineros detuvo a nueve integrantes del Tren de Aragua en Arica, mientras la PDI investiga otra "
            "célula en Iquique.",
        ),
        (
            "en",
            "The FBI arrested nine MS-13 members in Maryland, while the DEA is tracking the gang's suppliers in "
            "Texas.",
        ),
    ],
)
def test_clauses_set_apart(ex: Extractor, lang: str, text: str) -> None:
    assert not ex.pairs(text, lang, C)
