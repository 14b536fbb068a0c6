"""Units of a gang named by a clause or told as a unit once: "a cell its members called the X",
"una célula que sus propios miembros llamaban 'Los X'", "uma célula a que os membros chamavam
'Tropa do X'"; "the group is a cell of G" types the group a faction everywhere; a unit that
"works for" a gang is its faction, not its ally. Each positive has a negative beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "en",
            "Police arrested John Ruiz, who ran a cell its members called the Night Owls and answered to"
            " Tren de Aragua bosses in Caracas.",
            "Night Owls",
            "Tren de Aragua",
        ),
        (
            "en",
            "Tren de Aragua ran a clique that police dubbed the Silver Foxes in Santiago.",
            "Silver Foxes",
            "Tren de Aragua",
        ),
        (
            "es",
            "La policía detuvo a Mario Ruiz, que dirigía una célula que sus propios miembros llamaban"
            ' "Los Coyotes" y respondía a los jefes del Tren de Aragua en Caracas.',
            "Los Coyotes",
            "Tren de Aragua",
        ),
        (
            "es",
            'Según la Fiscalía, el detenido dirigía una célula del Tren de Aragua a la que llamaban "Los Coyotes".',
            "Los Coyotes",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Segundo a investigação, ele chefiava uma célula a que os próprios membros chamavam"
            ' "Tropa do Vento" e respondia a dirigentes do PCC em São Paulo.',
            "Tropa do Vento",
            "Primeiro Comando da Capital",
        ),
        (
            "pt",
            "O PCC mantém uma célula que a polícia batizou de Tropa do Vento em Portugal.",
            "Tropa do Vento",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_clause_names_the_unit(rules, lang, text, unit, gang):
    result = rules.facts(text, lang)
    assert ("FACTION_OF", unit, gang) in result
    assert ("Gang", unit) not in rules.nodes(text, lang)


def test_english_names_a_unit_after_a_lower_case_the(rules):
    text = "He led a cell known as the Night Owls, which answered to Tren de Aragua."
    assert ("FACTION_OF", "Night Owls", "Tren de Aragua") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Agents seized a cell phone that its owner called the Black Box.",
        'Agents seized a cell phone its owner called "Black Box".',
        'A unit of the Federal Police that agents called "Hawks" raided the house in Lima.',
        "A unit of the Federal Police that agents called the Hawks raided the house in Lima.",
    ],
)
def test_a_phone_or_an_agency_unit_is_no_faction(rules, text):
    assert not {name for kind, name in rules.nodes(text, "en") if kind in ("Gang", "Faction")}


def test_a_terrorist_cell_without_a_name_is_no_group(rules):
    nodes = rules.nodes("La policía desarticuló una célula terrorista en Madrid.", "es")
    assert not {name for kind, name in nodes if kind in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "en",
            "Police arrested members of the Night Owls gang in Lima. The group operates as a cell of Tren de Aragua.",
            "Night Owls",
            "Tren de Aragua",
        ),
        (
            "es",
            "La policía detuvo a miembros de la banda Los Coyotes en Lima. Según la Fiscalía, la banda es"
            " una célula del Tren de Aragua.",
            "Los Coyotes",
            "Tren de Aragua",
        ),
        (
            "pt",
            "A polícia prendeu integrantes do grupo Tropa do Vento em Lisboa. O grupo é uma célula do PCC.",
            "Tropa do Vento",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_group_described_once_as_a_unit_is_a_faction(rules, lang, text, unit, gang):
    assert ("FACTION_OF", unit, gang) in rules.facts(text, lang)
    assert ("Gang", unit) not in rules.nodes(text, lang)


def test_a_known_gang_described_as_a_cell_keeps_its_type(rules):
    text = "Police arrested members of Tren de Aragua in Lima. The group is a cell of the Sinaloa Cartel."
    nodes = rules.nodes(text, "en")
    assert ("Gang", "Tren de Aragua") in nodes
    assert ("Faction", "Tren de Aragua") not in nodes


def test_a_group_allied_with_a_cell_of_a_gang_is_no_faction(rules):
    text = "La policía detuvo a miembros de la banda Los Coyotes. Los Coyotes se aliaron con una célula del Tren de Aragua."
    nodes = rules.nodes(text, "es")
    assert ("Gang", "Los Coyotes") in nodes


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "en",
            "Police arrested members of the Night Owls gang in Lima. The Night Owls, which prosecutors describe"
            " as a clique of MS-13, sell drugs in Peru.",
            "Night Owls",
            "Mara Salvatrucha",
        ),
        (
            "es",
            "La policía detuvo a miembros de la banda Los Coyotes en Lima. Los Coyotes nacieron como una clica de la MS-13.",
            "Los Coyotes",
            "Mara Salvatrucha",
        ),
        (
            "pt",
            "A polícia prendeu integrantes do grupo Tropa do Vento em Lisboa. A Tropa do Vento surgiu como uma"
            " célula do PCC.",
            "Tropa do Vento",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_clique_or_cell_of_a_gang_is_a_splinter_noun(rules, lang, text, unit, gang):
    assert ("FACTION_OF", unit, gang) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "en",
            "Prosecutors say Ruiz headed a cell that Peruvian investigators call La Célula del Halcón, and that it"
            " worked for Tren de Aragua. The Halcón cell moved cocaine to Spain.",
            "La Célula del Halcón",
            "Tren de Aragua",
        ),
        (
            "es",
            'La Fiscalía dice que Ruiz dirigía una célula conocida como "Los Coyotes", que trabajaba para el Tren de Aragua.',
            "Los Coyotes",
            "Tren de Aragua",
        ),
    ],
)
def test_a_unit_that_works_for_a_gang_is_its_faction(rules, lang, text, unit, gang):
    facts = rules.facts(text, lang)
    assert ("FACTION_OF", unit, gang) in facts
    assert ("ALLIED_WITH", unit, gang) not in facts and ("ALLIED_WITH", gang, unit) not in facts
    assert len({name for kind, name in rules.nodes(text, lang) if kind == "Faction"}) == 1


def test_a_gang_that_works_for_a_gang_stays_an_ally(rules):
    text = "Police say the Night Owls gang works for the Sinaloa Cartel in Arizona."
    pairs = rules.pairs(text, "en", "ALLIED_WITH")
    assert frozenset({"Night Owls", "Sinaloa Cartel"}) in pairs


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "pt",
            "O PCC e a facção carioca Comando Vermelho disputam rotas no Norte. O PCC domina o tráfico em São Paulo,"
            " e o PCC controla os presídios paulistas. A Tropa do Vento, braço logístico da facção carioca, atua em"
            " Manaus.",
            "Tropa do Vento",
            "Comando Vermelho",
        ),
        (
            "es",
            "El Cártel de Sinaloa y el CJNG se disputan Tijuana. El Cártel de Sinaloa controla la frontera y el"
            " Cártel de Sinaloa domina el puerto. Los Coyotes, brazo armado del cártel jalisciense, operan en Tijuana.",
            "Los Coyotes",
            "Jalisco New Generation Cartel",
        ),
        (
            "en",
            "Tren de Aragua and the Gulf Clan are fighting over Cúcuta. The Gulf Clan controls the border, and the"
            " Gulf Clan runs the port. The Night Owls, a cell of the Venezuelan gang, operate in Cúcuta.",
            "Night Owls",
            "Tren de Aragua",
        ),
    ],
)
def test_a_unit_of_the_gang_an_adjective_picks_out(rules, lang, text, unit, gang):
    assert ("FACTION_OF", unit, gang) in rules.facts(text, lang)


def test_an_adjective_two_gangs_share_picks_no_owner(rules):
    text = (
        "O PCC e o Comando Vermelho disputam rotas no Norte. O PCC domina o tráfico em São Paulo, e o PCC controla"
        " os presídios. A Tropa do Vento, braço logístico da facção brasileira, atua em Manaus."
    )
    assert ("FACTION_OF", "Tropa do Vento", "Comando Vermelho") not in rules.facts(text, "pt")


def test_the_short_name_of_a_faction_head_names_the_faction(rules):
    text = (
        "Jurors found that he ran the Oak Hollow Locos Salvatrucha (OHLS), a clique active in Hempstead, from 2017"
        " until his arrest in 2022. Prosecutors said the OHLS clique was at war with local members of the 18th"
        " Street gang. Three other OHLS members pleaded guilty."
    )
    nodes = rules.nodes(text, "en")
    assert ("Faction", "Oak Hollow Locos Salvatrucha") in nodes
    assert ("Gang", "OHLS") not in nodes


def test_a_faction_head_on_a_known_gangs_short_name_keeps_the_gang(rules):
    text = (
        "La Familia Michoacana lost ground in 2010. The La Familia faction led by Juan Pérez fought the group"
        " led by Mario Ruiz. Police arrested three La Familia members in Morelia."
    )
    nodes = rules.nodes(text, "en")
    assert ("Faction", "La Familia") not in nodes


def test_a_regional_structure_of_a_gang_is_a_faction(rules):
    text = 'Prosecutors say Juan Pérez runs the "Programa Pacífico," a regional structure of MS-13 along the coast.'
    assert ("FACTION_OF", "Programa Pacífico", "Mara Salvatrucha") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Division, a structure of the Federal Police, seized two tonnes of cocaine.",
        "The gang has a complex command structure, prosecutors said.",
    ],
)
def test_a_structure_of_no_gang_is_no_faction(rules, text):
    assert not {name for kind, name in rules.nodes(text, "en") if kind == "Faction"}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "Los Halcones began as the armed wing of Los Choneros, the gang that dominated Ecuador prisons. When the"
            " Choneros boss was shot dead in 2020, the wing broke away. Los Halcones now fight Los Choneros in Manta.",
            "Los Halcones",
        ),
        (
            "es",
            "Los Halcones nacieron como el brazo armado de Los Choneros en las cárceles de Ecuador. Tras la muerte"
            " del jefe en 2020, el brazo armado rompió con la cúpula. Los Halcones ahora pelean con Los Choneros.",
            "Los Halcones",
        ),
    ],
)
def test_an_armed_wing_that_later_broke_away_is_a_gang(rules, lang, text, group):
    nodes = rules.nodes(text, lang)
    assert ("Gang", group) in nodes
    assert ("Faction", group) not in nodes


def test_an_armed_wing_that_did_not_break_stays_a_faction(rules):
    text = (
        "Los Halcones began as the armed wing of Los Choneros, the gang that dominated Ecuador prisons. The wing"
        " still answers to the Choneros bosses in Manta."
    )
    assert ("Faction", "Los Halcones") in rules.nodes(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "pt",
            "Chefe da Tropa do Vento é preso em Salvador; grupo é ligado ao BDM. Segundo a polícia, a Tropa do Vento"
            ' é uma "ramificação" do Bonde do Maluco (BDM), facção baiana.',
            "Tropa do Vento",
            "Bonde do Maluco",
        ),
        (
            "es",
            "Cae el jefe de Los Coyotes en Lima; el grupo está vinculado al Tren de Aragua. Según la policía, Los"
            ' Coyotes son una "célula" del Tren de Aragua.',
            "Los Coyotes",
            "Tren de Aragua",
        ),
    ],
)
def test_a_scare_quoted_unit_noun_makes_a_faction(rules, lang, text, unit, gang):
    facts = rules.facts(text, lang)
    assert ("FACTION_OF", unit, gang) in facts
    assert ("ALLIED_WITH", unit, gang) not in facts


def test_a_scare_quoted_noun_with_more_words_says_nothing_of_a_parent(rules):
    text = 'Segundo a polícia, a Tropa do Vento é uma "ramificação" independente e rival do Bonde do Maluco.'
    assert ("FACTION_OF", "Tropa do Vento", "Bonde do Maluco") not in rules.facts(text, "pt")


def test_a_place_before_an_indefinite_clique_is_no_name(rules):
    text = "A judge sentenced the former leader of a Long Beach clique of the MS-13 street gang to life in prison."
    assert not {name for kind, name in rules.nodes(text, "en") if kind == "Faction"}


def test_a_named_clique_keeps_its_head(rules):
    text = "The Fulton Locos clique of MS-13 operates in Honduras."
    assert ("FACTION_OF", "Fulton Locos clique", "Mara Salvatrucha") in rules.facts(text, "en")


def test_a_faction_head_on_a_known_gangs_first_words_is_that_gangs_part(rules):
    text = (
        "La Familia Michoacana split in 2010. The La Familia faction led by Juan Pérez has been fighting the group"
        " led by Mario Ruiz, who formed Los Caballeros Templarios in March."
    )
    nodes = rules.nodes(text, "en")
    assert not {name for kind, name in nodes if kind == "Faction"}
    assert ("Gang", "La Familia Michoacana") in nodes


def test_a_faction_head_on_another_name_beside_a_known_gang_is_a_faction(rules):
    text = "The Sinaloa Cartel is split. The Hermanos Ruiz faction of the Sinaloa Cartel controls Culiacán."
    assert ("FACTION_OF", "Hermanos Ruiz faction", "Sinaloa Cartel") in rules.facts(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "es",
            "Tras la caída de Los Zetas apareció el Cártel del Noreste, una escisión que hoy domina Tamaulipas.",
            "Cártel del Noreste",
            "Los Zetas",
        ),
        (
            "en",
            "After the collapse of Los Zetas came the Northeast Cartel, a splinter that now rules Tamaulipas.",
            "Northeast Cartel",
            "Los Zetas",
        ),
        (
            "pt",
            "Depois do fim dos Zetas surgiu o Cártel del Noreste, uma dissidência que domina Tamaulipas.",
            "Cártel del Noreste",
            "Zetas",
        ),
    ],
)
def test_an_apposed_offshoot_belongs_to_the_group_named_before(rules, lang, text, unit, gang):
    assert ("FACTION_OF", unit, gang) in rules.facts(text, lang)


def test_an_apposed_offshoot_after_a_war_names_no_parent(rules):
    text = "Tras la guerra con el CJNG, el Cártel del Noreste, una escisión que opera en Tamaulipas, ganó terreno."
    nodes = rules.nodes(text, "es")
    assert ("Gang", "Cártel del Noreste") in nodes
