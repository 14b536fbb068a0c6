"""A description of "the new group" ("o novo grupo", "el nuevo grupo") refers to the group the
text named first most lately (a splinter just told), not to the article's main group; a plain
"o grupo" still refers to the main group."""

from __future__ import annotations

import pytest

SPLIT = {
    "pt": "A Polícia Civil prendeu dez suspeitos. Em 2023, uma ala do Comando Vermelho rompeu com a "
    'cúpula e passou a se chamar "Os Leais do Farol". Segundo a polícia, {group}, liderado por '
    'Jonas Prado Leite, o "Jonas do Cais", se aproximou do PCC.',
    "es": "La policía detuvo a diez personas. En 2021, una célula del Cártel de Sinaloa se separó y "
    'pasó a llamarse "Los Leales del Faro". Según la fiscalía, {group}, liderado por Mario Andrés '
    'Pineda Soto, alias "Toro", se alió con el CJNG.',
    "en": "Police arrested ten men. In 2021, a faction of the Sinaloa Cartel broke away and began "
    'calling itself "Los Leales del Faro". Prosecutors say {group}, led by Mario Pineda Soto, '
    "allied with the CJNG.",
}
CASES = [
    ("pt", "o novo grupo", "Jonas Prado Leite", "Os Leais do Farol", "Comando Vermelho"),
    ("es", "el nuevo grupo", "Mario Andrés Pineda Soto", "Los Leales del Faro", "Cártel de Sinaloa"),
    ("en", "the new group", "Mario Pineda Soto", "Los Leales del Faro", "Sinaloa Cartel"),
]


@pytest.mark.parametrize(("lang", "group", "leader", "new", "main"), CASES)
def test_the_new_group_is_the_one_named_last(
    rules, lang: str, group: str, leader: str, new: str, main: str
) -> None:
    facts = rules.facts(SPLIT[lang].format(group=group), lang)
    assert ("LEADS", leader, new) in facts
    assert ("LEADS", leader, main) not in facts


@pytest.mark.parametrize(("lang", "group", "leader", "new", "main"), CASES)
def test_a_plain_group_word_is_the_main_group(
    rules, lang: str, group: str, leader: str, new: str, main: str
) -> None:
    plain = group.replace(" novo", "").replace(" nuevo", "").replace(" new", "")
    assert ("LEADS", leader, new) not in rules.facts(SPLIT[lang].format(group=plain), lang)


def test_the_new_group_is_the_one_first_named_last_even_when_an_older_one_is_named_again(rules) -> None:
    text = (
        "El Tren de Aragua nació en la cárcel de Tocorón. Tiene células en varios países. La policía lo "
        "investiga. Hubo detenidos. La fiscalía pidió penas. El caso sigue. Los jueces deliberan. Una "
        "célula pasó a llamarse Los Gallegos. El Tren de Aragua no reconoce a esa célula. El nuevo grupo, "
        "liderado por Julián Ordaz, opera en Santiago."
    )
    facts = rules.facts(text, "es")
    assert ("LEADS", "Julián Ordaz", "Los Gallegos") in facts
    assert ("LEADS", "Julián Ordaz", "Tren de Aragua") not in facts
