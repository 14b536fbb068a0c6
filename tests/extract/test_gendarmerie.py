"""A gendarmerie is an agency in Portuguese too: "A investigação contou com a cooperação da
Gendarmaria Nacional francesa" makes it a partner of the operation's agency."""

from __future__ import annotations

LEAD_PT = (
    "A Polícia Federal deflagrou nesta terça-feira a Operação Maré Alta contra uma célula do Comando "
    "Vermelho no Amapá. Foram presos 11 suspeitos. "
)


def test_a_gendarmerie_cooperates_with_the_operations_agency(ex):
    text = LEAD_PT + "A investigação contou com a cooperação da Gendarmaria Nacional francesa."
    assert frozenset(("Polícia Federal", "Gendarmaria Nacional francesa")) in ex.pairs(
        text, "pt", "COOPERATES_WITH"
    )


def test_support_for_a_group_makes_no_cooperation(rules):
    text = (
        "A Polícia Federal prendeu 11 integrantes do Comando Vermelho no Amapá. "
        "Políticos locais apoiaram a facção durante anos, segundo a denúncia."
    )
    assert not rules.pairs(text, "pt", "COOPERATES_WITH")
