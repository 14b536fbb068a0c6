"""Leaders named in phrasings news uses around the name: an opening participle before a plain
group word ("Liderado por X, el grupo G"), a leader "identified as" someone after a place ("El
cabecilla de G en Manta fue identificado como X"), a trade run for a group ("comandava o tráfico na
Rocinha para o CV") and a nickname after its noun ("known by the alias X"). Beside each, what the
same shape must not read: community and social leaders, officials, members and plain traders.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Liderado por Juan Pérez Solano, el grupo Los Lobos controla el puerto de Guayaquil.",
            {("Juan Pérez Solano", "Los Lobos")},
        ),
        (
            "es",
            "Liderada por Carlos Mendoza Vera, la organización Los Choneros domina varias cárceles.",
            {("Carlos Mendoza Vera", "Los Choneros")},
        ),
        (
            "es",
            "Dirigido por Rodrigo Salas Ibarra, el grupo criminal Los Tiguerones opera en Esmeraldas.",
            {("Rodrigo Salas Ibarra", "Los Tiguerones")},
        ),
        (
            "pt",
            "Chefiado por Marcos Silva Prado, o grupo Bonde do Maluco atua na Bahia.",
            {("Marcos Silva Prado", "Bonde do Maluco")},
        ),
        (
            "en",
            "Led by John Carter Reyes, the group Los Lobos controls the port of Guayaquil.",
            {("John Carter Reyes", "Los Lobos")},
        ),
        (
            "en",
            "Headed by Luis Ortega Paz, the organization Los Choneros dominates Ecuador's prisons.",
            {("Luis Ortega Paz", "Los Choneros")},
        ),
    ],
)
def test_an_opening_participle_leads_the_group_a_plain_group_word_names(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Liderado por Juan Pérez Solano, el equipo de la Policía capturó a miembros de Los Lobos."),
        (
            "pt",
            "Chefiada por Marcos Silva Prado, a equipe da Polícia Civil prendeu integrantes do Bonde do Maluco.",
        ),
        ("en", "Led by John Carter Reyes, the team of investigators tracked the group Los Lobos."),
    ],
)
def test_an_opening_participle_of_a_team_leads_no_group_named_later(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El cabecilla de Los Choneros en Manta fue identificado como Óscar Benítez Loor.",
            {("Óscar Benítez Loor", "Los Choneros")},
        ),
        (
            "es",
            "La Fiscalía identificó al líder del Tren de Aragua en Chile como Julio Carrasco Peña.",
            {("Julio Carrasco Peña", "Tren de Aragua")},
        ),
        (
            "pt",
            "O chefe do Comando Vermelho na Maré foi identificado como Carlos Eduardo Nunes.",
            {("Carlos Eduardo Nunes", "Comando Vermelho")},
        ),
        (
            "en",
            "The Tren de Aragua leader in Chile was identified as Miguel Arroyo Lanz, 38.",
            {("Miguel Arroyo Lanz", "Tren de Aragua")},
        ),
        (
            "en",
            "Police arrested members of Tren de Aragua. The gang's leader was identified as Miguel Arroyo Lanz.",
            {("Miguel Arroyo Lanz", "Tren de Aragua")},
        ),
    ],
)
def test_a_leader_placed_somewhere_is_identified_as_the_person_named_after(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El cabecilla de Los Choneros en Manta fue asesinado junto a Óscar Benítez Loor."),
        ("pt", "O chefe do Comando Vermelho na Maré foi preso com Carlos Eduardo Nunes."),
        ("en", "The Tren de Aragua leader in Chile was arrested with Miguel Arroyo Lanz."),
        (
            "en",
            "Police arrested members of Tren de Aragua. The gang's leader was shot by Miguel Arroyo Lanz.",
        ),
    ],
)
def test_a_placed_leader_is_not_someone_named_with_him(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "João Pereira Lima, conhecido como Grandão, comandava o tráfico na Rocinha para o Comando Vermelho.",
            {("João Pereira Lima", "Comando Vermelho")},
        ),
        (
            "pt",
            "João Pereira Lima, que comandava o tráfico na Rocinha para o Comando Vermelho, foi preso.",
            {("João Pereira Lima", "Comando Vermelho")},
        ),
        (
            "en",
            "John Pereira Lima ran the drug trade in Rocinha for the Comando Vermelho.",
            {("John Pereira Lima", "Comando Vermelho")},
        ),
        (
            "es",
            "Juan Pereira Lima dirigía el narcotráfico en Culiacán para el Cártel de Sinaloa.",
            {("Juan Pereira Lima", "Cártel de Sinaloa")},
        ),
    ],
)
def test_running_a_trade_for_a_group_leads_it(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "João Pereira Lima vendia drogas na Rocinha para o Comando Vermelho."),
        ("pt", "O delegado João Pereira Lima comandava a investigação do tráfico para a Polícia Civil."),
        ("en", "John Pereira Lima ran errands in Rocinha for the Comando Vermelho."),
        ("es", "Juan Pereira Lima trabajaba en el narcotráfico en Culiacán para el Cártel de Sinaloa."),
    ],
)
def test_working_for_a_group_leads_nothing(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'Juan Salazar Mora, known by the alias "Pipo", is the head of Los Lobos.',
            {("Juan Salazar Mora", "Los Lobos")},
        ),
        (
            "en",
            'Juan Salazar Mora, better known by his alias "Pipo", is the head of Los Lobos.',
            {("Juan Salazar Mora", "Los Lobos")},
        ),
        (
            "es",
            'Juan Salazar Mora, conocido con el alias de "Pipo", es el cabecilla de Los Lobos.',
            {("Juan Salazar Mora", "Los Lobos")},
        ),
        (
            "pt",
            "João Salazar Mota, conhecido pelo apelido de Pipo, é o chefe do Comando Vermelho.",
            {("João Salazar Mota", "Comando Vermelho")},
        ),
    ],
)
def test_a_nickname_after_its_noun_is_the_leaders(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Juan Salazar Mora, known by the alias "Pipo", is a member of Los Lobos.'),
        ("es", 'Juan Salazar Mora, conocido con el alias de "Pipo", es miembro de Los Lobos.'),
        ("pt", "João Salazar Mota, conhecido pelo apelido de Pipo, é integrante do Comando Vermelho."),
    ],
)
def test_a_nicknamed_member_is_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Community leader Lucas Ferreira Dias was killed by members of the Clan del Golfo."),
        ("en", "Lucas Ferreira Dias, a community leader, was killed by the Clan del Golfo."),
        ("en", "Opposition leader Lucas Ferreira Dias said Tren de Aragua was a threat."),
        ("es", "El líder social Lucas Ferreira Díaz fue asesinado por el Clan del Golfo."),
        ("es", "Lucas Ferreira Díaz, líder comunitario de la zona, denunció amenazas del Clan del Golfo."),
        ("pt", "Lucas Ferreira Dias, líder comunitário da Rocinha, denunciou o Comando Vermelho."),
        ("pt", "A líder religiosa Ana Torres Lima criticou o Primeiro Comando da Capital."),
    ],
)
def test_a_community_or_social_leader_leads_no_gang(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Lucas Ferreira Dias, a leader of the Clan del Golfo, was killed by the army.",
            {("Lucas Ferreira Dias", "Clan del Golfo")},
        ),
        (
            "es",
            "Lucas Ferreira Díaz, líder del Clan del Golfo en la zona, fue abatido.",
            {("Lucas Ferreira Díaz", "Clan del Golfo")},
        ),
        (
            "pt",
            "Otávio Nogueira Lima, um dos cabeças do Primeiro Comando da Capital, foi preso.",
            {("Otávio Nogueira Lima", "Primeiro Comando da Capital")},
        ),
    ],
)
def test_a_gangs_leader_beside_them_still_leads(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Cayó alias "el Chino", Julio Ramos Peña, jefe del Tren de Aragua en Lima.',
            {("Julio Ramos Peña", "Tren de Aragua")},
        ),
        (
            "es",
            'Capturaron a Pedro Lara Gil y a alias "Chino", Julio Ramos Peña, cabecilla de Los Lobos.',
            {("Julio Ramos Peña", "Los Lobos")},
        ),
        (
            "pt",
            "Polícia prende vulgo Juju, Júlio Ramos Pena, chefe do Comando Vermelho na Maré.",
            {("Júlio Ramos Pena", "Comando Vermelho")},
        ),
    ],
)
def test_a_nickname_before_the_name_in_apposition_is_no_second_leader(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_a_nickname_listed_with_others_stays_a_leader_of_its_own(rules) -> None:
    text = 'Cayó alias "Chino", Julio Ramos Peña y Pedro Lara Gil, cabecillas de Los Lobos.'
    assert rules.leads(text, "es") == {
        ("Chino", "Los Lobos"),
        ("Julio Ramos Peña", "Los Lobos"),
        ("Pedro Lara Gil", "Los Lobos"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'Julio Ramos Peña, a senior MS-13 leader known as "Snoopy", was extradited.',
            {("Julio Ramos Peña", "Mara Salvatrucha")},
        ),
        (
            "en",
            'Julio Ramos Peña, the Los Lobos boss nicknamed "Pipo", was extradited.',
            {("Julio Ramos Peña", "Los Lobos")},
        ),
        (
            "es",
            'Julio Ramos Peña, cabecilla de Los Lobos, alias "Pipo", fue extraditado.',
            {("Julio Ramos Peña", "Los Lobos")},
        ),
        (
            "es",
            'Julio Ramos Peña, el cabecilla de Los Lobos apodado "Pipo", fue extraditado.',
            {("Julio Ramos Peña", "Los Lobos")},
        ),
        (
            "pt",
            "Júlio Ramos Pena, chefe do Comando Vermelho conhecido como Juju, foi preso.",
            {("Júlio Ramos Pena", "Comando Vermelho")},
        ),
    ],
)
def test_a_nickname_closing_the_leaders_description_is_his(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            'Julio Ramos Peña, socio del cabecilla de Los Lobos alias "Pipo", fue detenido.',
            {("Pipo", "Los Lobos")},
        ),
        (
            "en",
            'Julio Ramos Peña, a driver for the Los Lobos boss known as "Pipo", was arrested.',
            {("Pipo", "Los Lobos")},
        ),
        ("es", 'Julio Ramos Peña, hermano de alias "Pipo", fue detenido por la Policía.', set()),
        (
            "pt",
            "Júlio Ramos Pena, sócio do chefe do Comando Vermelho vulgo Juju, foi preso.",
            {("Juju", "Comando Vermelho")},
        ),
    ],
)
def test_a_nickname_of_someone_the_description_names_stays_theirs(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Júlio Ramos Pena, advogado de um dos chefes do Comando Vermelho, foi preso."),
        ("es", "Julio Ramos Peña, abogado de uno de los cabecillas de Los Lobos, fue detenido."),
        ("en", "Julio Ramos Peña, the brother of one of the leaders of Los Lobos, was detained."),
        ("es", "Julio Ramos Peña, esposo de una de las líderes del Tren de Aragua, fue detenido."),
    ],
)
def test_a_tie_to_one_of_the_leaders_makes_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Júlio Ramos Pena, um dos chefes do Comando Vermelho, foi preso.",
            {("Júlio Ramos Pena", "Comando Vermelho")},
        ),
        (
            "pt",
            "Segundo a polícia, Júlio Ramos Pena exercia a liderança do Comando Vermelho no bairro.",
            {("Júlio Ramos Pena", "Comando Vermelho")},
        ),
        (
            "es",
            "Según la Fiscalía, Julio Ramos Peña ejercía el liderazgo de Los Lobos en la provincia.",
            {("Julio Ramos Peña", "Los Lobos")},
        ),
        (
            "es",
            "El Tren de Aragua tenía como cabecilla en Lima a Julio Ramos Peña.",
            {("Julio Ramos Peña", "Tren de Aragua")},
        ),
    ],
)
def test_exercising_the_leadership_or_held_as_leader_somewhere_leads(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El fiscal Julio Ramos Peña ejercía el liderazgo de la investigación contra Los Lobos."),
        ("pt", "O delegado Júlio Ramos Pena exercia o comando da operação contra o Comando Vermelho."),
        ("es", "El Tren de Aragua tenía como cabecilla en Lima a un venezolano."),
    ],
)
def test_leading_an_inquiry_or_an_unnamed_leader_leads_nothing(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "El nuevo jefe de Los Lobos sería Adrián Cruz Soto.", {("Adrián Cruz Soto", "Los Lobos")}),
        (
            "pt",
            "O novo chefe do Comando Vermelho no Complexo seria Adrião Cruz Sá.",
            {("Adrião Cruz Sá", "Comando Vermelho")},
        ),
        (
            "es",
            "Quien dirige Los Lobos es Adrián Cruz Soto, según la Policía.",
            {("Adrián Cruz Soto", "Los Lobos")},
        ),
        (
            "pt",
            "Quem comanda o Comando Vermelho na Maré é Adrião Cruz Sá, o Dão.",
            {("Adrião Cruz Sá", "Comando Vermelho")},
        ),
        (
            "en",
            "The man who runs Los Lobos is Adrián Cruz Soto, police said.",
            {("Adrián Cruz Soto", "Los Lobos")},
        ),
    ],
)
def test_a_copula_or_a_cleft_names_who_leads(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El nuevo jefe de Los Lobos sería detenido por la Policía."),
        ("es", "El abogado del jefe de Los Lobos sería Adrián Cruz Soto."),
        ("en", "The lawyer of the leader of Los Lobos is Adrián Cruz Soto."),
        ("pt", "O advogado do chefe do Comando Vermelho é Adrião Cruz Sá."),
        ("es", "Quien dirige la investigación sobre Los Lobos es el fiscal Adrián Cruz Soto."),
        ("en", "The man who runs Los Lobos is unknown."),
    ],
)
def test_a_copula_after_an_associate_or_an_inquiry_names_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Júlio Ramos Pena, que integra a cúpula do Primeiro Comando da Capital, foi transferido.",
            {("Júlio Ramos Pena", "Primeiro Comando da Capital")},
        ),
        (
            "pt",
            "Júlio Ramos Pena, que faz parte da cúpula do Primeiro Comando da Capital, foi transferido.",
            {("Júlio Ramos Pena", "Primeiro Comando da Capital")},
        ),
        (
            "es",
            "Julio Ramos Peña, quien forma parte de la cúpula del Cártel de Sinaloa, fue detenido.",
            {("Julio Ramos Peña", "Cártel de Sinaloa")},
        ),
        (
            "es",
            "Julio Ramos Peña, quien integra la cúpula del Cártel de Sinaloa, fue detenido.",
            {("Julio Ramos Peña", "Cártel de Sinaloa")},
        ),
    ],
)
def test_joining_the_body_of_a_groups_leaders_leads(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Júlio Ramos Pena, que integra a equipe que investiga a cúpula do Primeiro Comando da Capital, "
            "deu entrevista.",
        ),
        (
            "pt",
            "Júlio Ramos Pena, que fazia a segurança da cúpula do Primeiro Comando da Capital, foi preso.",
        ),
        ("es", "Julio Ramos Peña, quien integra la unidad contra la cúpula del Cártel de Sinaloa, habló."),
    ],
)
def test_serving_or_investigating_the_leaders_leads_nothing(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Liderado por Ana Ruiz Lima, de 40 anos, o grupo Comando Vermelho domina a região.",
            {("Ana Ruiz Lima", "Comando Vermelho")},
        ),
        (
            "en",
            "Led by Ana Ruiz Lima, 40, the criminal group Los Lobos dominates the port.",
            {("Ana Ruiz Lima", "Los Lobos")},
        ),
        (
            "es",
            "Liderados por Ana Ruiz Lima y Pedro Lara Gil, los integrantes del grupo Los Lobos extorsionaban "
            "a comerciantes.",
            {("Ana Ruiz Lima", "Los Lobos"), ("Pedro Lara Gil", "Los Lobos")},
        ),
        (
            "en",
            "Led by Ana Ruiz Lima, members of Los Lobos extorted shop owners.",
            {("Ana Ruiz Lima", "Los Lobos")},
        ),
    ],
)
def test_an_opening_participle_reads_past_an_age_and_the_groups_members(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Led by Ana Ruiz Lima, members of the police unit arrested members of Los Lobos."),
        ("es", "Liderado por Ana Ruiz Lima, de 40 años, el operativo contra Los Lobos dejó diez detenidos."),
        ("es", "Liderado por el fiscal Ana Ruiz Lima, el operativo contra Los Lobos dejó diez detenidos."),
        (
            "es",
            "Liderados por el fiscal Ana Ruiz Lima, los integrantes de la Policía capturaron a Los Lobos.",
        ),
    ],
)
def test_an_opening_participle_of_an_operation_or_an_official_leads_nothing(
    rules, lang: str, text: str
) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Julio Ramos Peña fungía como jefe del Tren de Aragua en Lima.",
            {("Julio Ramos Peña", "Tren de Aragua")},
        ),
        (
            "es",
            "Julio Ramos Peña operaba como líder del Tren de Aragua en Lima.",
            {("Julio Ramos Peña", "Tren de Aragua")},
        ),
        (
            "pt",
            "Júlio Ramos Pena atuava como chefe do Comando Vermelho na região.",
            {("Júlio Ramos Pena", "Comando Vermelho")},
        ),
    ],
)
def test_acting_as_a_groups_leader_leads_it(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Julio Ramos Peña actuaba como abogado del jefe del Tren de Aragua."),
        ("pt", "Júlio Ramos Pena atuava como segurança do chefe do Comando Vermelho."),
        ("es", "Julio Ramos Peña operaba como sicario del Tren de Aragua en Lima."),
        ("es", "Julio Ramos Peña era abogado del jefe del Tren de Aragua."),
        ("en", "Julio Ramos Peña was the lawyer of the leader of Tren de Aragua."),
        ("pt", "Júlio Ramos Pena era o segurança do chefe do Comando Vermelho."),
    ],
)
def test_acting_or_being_a_leaders_associate_leads_nothing(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


def test_a_nickname_of_someone_arrested_with_the_person_stays_a_person_of_its_own(rules) -> None:
    text = (
        'Julio Ramos Peña, arrested along with a man known as "Pipo", was freed. '
        'Police say "Pipo" is the leader of Los Lobos.'
    )
    assert ("Julio Ramos Peña", "Los Lobos") not in rules.leads(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the annotated sets mark a drug-point or area manager ("gerente") as no Leader
        ("pt", "Paulo Souza Lima, que seria o gerente do tráfico do CV no Complexo da Maré, foi preso."),
        ("pt", "Paulo Souza Lima, apontado como gerente financeiro do Comando Vermelho, foi preso."),
    ],
)
def test_a_trade_manager_is_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Juan Pérez actuaba como enlace del jefe de Los Lobos."),
        ("es", "Juan Pérez era mensajero del jefe de Los Lobos."),
        ("pt", "João Silva era mensageiro do chefe do Comando Vermelho."),
    ],
)
def test_a_go_between_of_a_leader_leads_nothing(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()
