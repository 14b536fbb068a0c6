"""The name a part of a group took is a faction of that group: "uma ala do CV rompeu com a
cúpula e passou a se chamar X", "una célula del G pasó a llamarse X", "a faction of G broke away
and began calling itself X"; "uma ala da facção" is one of the article's gang. A whole gang that
changed its name, or a name taken by some other group, is no faction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "pt",
            "A Polícia Civil prendeu dez suspeitos. Em 2023, uma ala do Comando Vermelho rompeu com "
            'a cúpula e passou a se chamar "Os Leais do Farol". O novo grupo se aproximou do PCC.',
            "Os Leais do Farol",
            "Comando Vermelho",
        ),
        (
            "pt",
            "O Comando Vermelho domina o tráfico no bairro desde 2015, segundo a Polícia Civil. "
            "Em 2023, uma ala da facção instalada na Barra rompeu com a cúpula e passou a se chamar "
            '"Os Leais do Farol".',
            "Os Leais do Farol",
            "Comando Vermelho",
        ),
        (
            "es",
            "La policía detuvo a diez personas. En 2021, una célula del Cártel de Sinaloa se separó "
            'y pasó a llamarse "Los Leales del Faro".',
            "Los Leales del Faro",
            "Cártel de Sinaloa",
        ),
        (
            "en",
            "Police arrested ten men. In 2021, a faction of the Sinaloa Cartel broke away and began "
            'calling itself "Los Leales del Faro".',
            "Los Leales del Faro",
            "Sinaloa Cartel",
        ),
    ],
)
def test_renamed_part_is_a_faction(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert ("Faction", faction) in rules.nodes(text, lang)
    assert ("FACTION_OF", faction, gang) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (  # the whole gang took the new name
            "pt",
            "A Polícia Civil prendeu dez suspeitos. Em 2023, o Comando Vermelho rompeu com o PCC e "
            'passou a se chamar "Os Leais do Farol".',
            "Os Leais do Farol",
        ),
        (  # no part of a group named before the new name
            "es",
            'La policía detuvo a diez personas. En 2021, el Cártel de Sinaloa pasó a llamarse "Los Leales del Faro".',
            "Los Leales del Faro",
        ),
        (  # the faction is told in one sentence, another group's new name in the next
            "en",
            "Police arrested ten men. In 2021, a faction of the Sinaloa Cartel broke away. "
            'Its rival began calling itself "Los Leales del Faro".',
            "Los Leales del Faro",
        ),
    ],
)
def test_no_faction_from_a_whole_gang_renamed(rules, lang: str, text: str, name: str) -> None:
    assert ("Faction", name) not in rules.nodes(text, lang)
