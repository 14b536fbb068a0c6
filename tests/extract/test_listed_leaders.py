"""A leader word in an item of a list of detainees ("- X, señalado como cabecilla;") names the
leader of the group the text told of just before the list, a cell of a larger group or not;
negatives beside each."""

from __future__ import annotations

import pytest

CELL = {
    "en": (
        "Police dismantled the Red Hawks gang, a local cell of the Blue Serpent Cartel, on Thursday.\n\n"
        "Those arrested were:\n"
        '- John Carter Mills (34), alias "Shorty", identified as the leader;\n'
        '- Peter Quinn Adams (22), alias "Chick".\n'
    ),
    "es": (
        "La Policía desarticuló la banda Los Halcones, una célula local del Cártel de la Serpiente, el jueves.\n\n"
        "Fueron capturados:\n"
        '- Juan Carlos Mora Ruiz (34), alias "Chato", señalado como cabecilla;\n'
        '- Pedro Luis Ortega Díaz (22), alias "Pollito".\n'
    ),
    "pt": (
        "A Polícia desarticulou a facção Tropa Preta, uma célula local do Comando Vermelho, na quinta-feira.\n\n"
        "Foram presos:\n"
        '- João Carlos Moura Lima (34), o "Baixinho", apontado como líder;\n'
        '- Pedro Luís Ortega Dias (22), o "Pintinho".\n'
    ),
}
NAMES = {
    "en": ("John Carter Mills", "Red Hawks", "Blue Serpent Cartel"),
    "es": ("Juan Carlos Mora Ruiz", "Los Halcones", "Cártel de la Serpiente"),
    "pt": ("João Carlos Moura Lima", "Tropa Preta", "Comando Vermelho"),
}


def leads(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_listed_leader_leads_the_group_told_just_before_the_list(rules, lang) -> None:
    person, cell, parent = NAMES[lang]
    text = CELL[lang]
    # the parent is the article's main group: named again below
    text += {
        "en": "The Blue Serpent Cartel controls the port. The Blue Serpent Cartel denied it.",
        "es": "El Cártel de la Serpiente controla el puerto. El Cártel de la Serpiente lo negó.",
        "pt": "O Comando Vermelho controla o porto. O Comando Vermelho negou.",
    }[lang]
    found = leads(rules, text, lang)
    assert (person, cell) in found
    assert (person, parent) not in found


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_listed_leader_far_below_the_group_leads_the_article_s_group(rules, lang) -> None:
    person, _, parent = NAMES[lang]
    _, rest = CELL[lang].split("\n\n", 1)
    filler = {
        "en": "The raids took place at dawn. Ten houses were searched. Cash was seized. Two cars were seized.",
        "es": "Los allanamientos fueron al amanecer. Se registraron diez casas. Se incautó dinero. Y dos autos.",
        "pt": "As buscas foram de madrugada. Dez casas foram revistadas. Dinheiro foi apreendido. E dois carros.",
    }[lang]
    main = {
        "en": "The Blue Serpent Cartel controls the port.",
        "es": "El Cártel de la Serpiente controla el puerto.",
        "pt": "O Comando Vermelho controla o porto.",
    }[lang]
    text = f"{main} {main}\n\n{filler}\n\n{rest}"
    assert (person, parent) in leads(rules, text, lang)
