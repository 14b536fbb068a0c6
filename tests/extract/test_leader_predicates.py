"""Leaders named by a predicate or by a described apposition, in English, Spanish and Portuguese.

"X is regarded as the top boss of G", "X fue el jefe de G", "X se tornou o chefe do G";
"X, identified by the police as the head of G". Negatives: a preposition or an agent takes
the cue out of the predicate ("X was arrested with the boss of G", "killed by the boss of G").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Marco Vella Greco is regarded as the top boss of the Camorra.",
            ("LEADS", "Marco Vella Greco", "Camorra"),
        ),
        (
            "en",
            "Paolo Greco Lenti was named the new boss of the Sacra Corona Unita in 2019.",
            ("LEADS", "Paolo Greco Lenti", "Sacra Corona Unita"),
        ),
        (
            "es",
            "Según la Fiscalía, Diego Pérez Henao era el máximo jefe de Los Rastrojos.",
            ("LEADS", "Diego Pérez Henao", "Los Rastrojos"),
        ),
        (
            "pt",
            "Segundo a polícia, Marcos Vieira da Costa se tornou o chefe do Comando Vermelho em 2020.",
            ("LEADS", "Marcos Vieira da Costa", "Comando Vermelho"),
        ),
        (
            "es",
            "Álvaro Ruiz Santa Cruz, señalado por la Fiscalía como jefe del Clan del Golfo, huyó.",
            ("LEADS", "Álvaro Ruiz Santa Cruz", "Clan del Golfo"),
        ),
        (
            "pt",
            "Álvaro Ramos da Silva Braga, o Peixinho, apontado pela Polícia Civil como chefe do Comando Vermelho, fugiu.",
            ("LEADS", "Álvaro Ramos da Silva Braga", "Comando Vermelho"),
        ),
        (
            "en",
            "Tomas Reyes Vidal, identified by the FBI as the leader of MS-13, was extradited.",
            ("LEADS", "Tomas Reyes Vidal", "Mara Salvatrucha"),
        ),
    ],
)
def test_predicate_and_described_apposition_make_a_leader(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Marco Vella Greco was arrested with the boss of the Camorra."),
        ("en", "Marco Vella Greco was killed by the boss of the Camorra."),
        ("es", "Diego Pérez Henao fue detenido con el jefe de Los Rastrojos."),
        ("pt", "Marcos Vieira da Costa foi preso com o chefe do Comando Vermelho."),
    ],
)
def test_a_preposition_keeps_the_cue_out_of_the_predicate(ex, lang: str, text: str) -> None:
    assert "LEADS" not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Bloods dominate the east side. Another gang in the city is the Crips. One of its leaders, "
            "Marcus Dale Brown, was arrested.",
            ("LEADS", "Marcus Dale Brown", "Crips"),
        ),
        (
            "es",
            "Los Lobos controlan el puerto. Otra banda de la zona son Los Choneros. Su máximo jefe, "
            "Adolfo Macías Villamar, está preso.",
            ("LEADS", "Adolfo Macías Villamar", "Los Choneros"),
        ),
        (
            "pt",
            "O Comando Vermelho domina o norte. Outro grupo forte é a Família do Norte. Um de seus chefes, "
            "João Branco da Silva, foi preso.",
            ("LEADS", "João Branco da Silva", "Família do Norte"),
        ),
    ],
)
def test_a_possessive_opening_the_sentence_is_the_group_named_just_before(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Matteo Rossi Valli, the Calabrian mob boss who had been hiding since 1999, was detained. "
            "Police say the 'Ndrangheta is weaker.",
            ("LEADS", "Matteo Rossi Valli", "'Ndrangheta"),
        ),
        (
            "es",
            "El Cártel de Sinaloa sigue activo. Emanuel Zaldívar Pérez, el capo mexicano más buscado, "
            "fue detenido por el Ejército.",
            ("LEADS", "Emanuel Zaldívar Pérez", "Cártel de Sinaloa"),
        ),
    ],
)
def test_a_group_modifier_or_nationality_in_the_apposition(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)


def test_an_ambassador_with_a_nationality_is_no_leader(ex) -> None:
    text = "Mexican Army soldiers detained a man. Juan Carlos Perez, the Mexican ambassador, praised the Mexican Army."
    assert not any(t == "Leader" for t, _ in ex.nodes(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The G9 federation, headed by the former police officer Jimmy Cherizier, controls the port.",
            ("LEADS", "Jimmy Cherizier", "G9 and Family"),
        ),
        (
            "es",
            "Los Pulpos, liderada por el antiguo militar Carlos Ruiz Soto, controla Trujillo.",
            ("LEADS", "Carlos Ruiz Soto", "Los Pulpos"),
        ),
    ],
)
def test_a_past_job_before_the_agent_of_a_leadership_passive(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)


def test_a_past_job_without_a_leadership_verb_is_no_leader(ex) -> None:
    text = "The G9 federation, praised by the former police officer Jimmy Cherizier, controls the port."
    assert "LEADS" not in ex.relation_types(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Los Lobos are still active. John Mora took over the leadership of the gang in 2022.",
            ("John Mora", "Los Lobos"),
        ),
        (
            "es",
            "Los Lobos siguen activos. Julio Mora Paz asumió el mando de la organización en 2022.",
            ("Julio Mora Paz", "Los Lobos"),
        ),
        (
            "pt",
            "O Comando Vermelho segue ativo. Caio Reis assumiu o comando da facção em 2021.",
            ("Caio Reis", "Comando Vermelho"),
        ),
        (
            "es",
            "Los Lobos siguen activos. El mando de la organización pasó a Mario Mora Paz.",
            ("Mario Mora Paz", "Los Lobos"),
        ),
        (
            "pt",
            "O Comando Vermelho segue ativo. A liderança da facção passou para Caio Reis em 2021.",
            ("Caio Reis", "Comando Vermelho"),
        ),
    ],
)
def test_taking_over_the_command_is_leading(rules, lang, text, fact):
    assert ("LEADS", *fact) in rules.facts(text, lang)
    # an agency taking control of a prison leads nothing
    assert not any(
        t == "LEADS" for t, _, _ in rules.facts("The army took control of the prison in 2023.", "en")
    )


def test_a_capitalized_spanish_month_after_de_opens_a_name(rules):
    text = "La jefatura de la banda Los Lobos quedó en manos de Julio Mora Paz."
    assert ("LEADS", "Julio Mora Paz", "Los Lobos") in rules.facts(text, "es")
    assert not [
        n for t, n in rules.nodes("El 10 de Julio Los Lobos atacaron la cárcel.", "es") if t == "Leader"
    ]


def test_a_groups_possessive_before_the_cue_and_a_cue_after_a_preposition(rules):
    for text in (
        "Juan Soto Gil, MS-13's top leader, was arrested.",
        "Juan Soto Gil, one of MS-13's top leaders, was held.",
    ):
        assert ("LEADS", "Juan Soto Gil", "Mara Salvatrucha") in rules.facts(text, "en")
    # working for the leader is not leading
    for lang, text in (
        ("en", "Juan Soto Gil, who worked for MS-13's leader, was arrested."),
        ("en", "Juan Soto Gil, who worked for the leader of MS-13, was arrested."),
        ("es", "Juan Soto Gil, quien trabajaba para el jefe del Tren de Aragua, fue detenido."),
    ):
        assert not [f for f in rules.facts(text, lang) if f[0] == "LEADS"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El cabecilla de la banda Los Pulpos, identificado como Juan Soto Gil, fue capturado."),
        ("en", "The leader of the Los Pulpos gang, identified as Juan Soto Gil, was captured."),
    ],
)
def test_a_leader_identified_after_the_group(rules, lang, text):
    assert ("LEADS", "Juan Soto Gil", "Los Pulpos") in rules.facts(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "MS-13 remains strong. FBI chief Juan Soto Gil said the gang is weaker.",
        "MS-13 remains strong. Five members were held, Federal Police drug unit chief Juan Soto Gil said.",
    ],
)
def test_the_chief_of_an_agency_or_its_unit_is_an_official(rules, text):
    assert not [n for t, n in rules.nodes(text, "en") if t == "Leader"]
    # described by an agency as the leader still leads
    text = "Juan Soto Gil, identified by the FBI as the leader of MS-13, was extradited."
    assert ("LEADS", "Juan Soto Gil", "Mara Salvatrucha") in rules.facts(text, "en")


def test_a_leadership_word_qualifying_an_officials_title(rules):
    text = (
        "The 'Ndrangheta is strong. The case grew out of an investigation led by Nicola Pérez Gil, "
        "then the chief anti-mafia prosecutor of Catanzaro, into the clans."
    )
    assert not [n for t, n in rules.nodes(text, "en") if t == "Leader"]
    text = "The 'Ndrangheta is strong. Luigi Soto Gil, the chief of the 'Ndrangheta, was arrested."
    assert ("LEADS", "Luigi Soto Gil", "'Ndrangheta") in rules.facts(text, "en")


def test_the_leader_of_an_unnamed_group_is_no_group_and_leads_none_named(rules):
    text = (
        "Serbian police arrested Juan Soto Gil, the leader of a clan linked to the Kavač group, in Belgrade."
    )
    assert ("Gang", "Juan Soto Gil") not in rules.nodes(text, "en")
    assert not [f for f in rules.facts(text, "en") if f[0] == "LEADS"]
    text = "La policía detuvo a Juan Soto Gil, líder de una banda llamada Los Pulpos."
    assert ("LEADS", "Juan Soto Gil", "Los Pulpos") in rules.facts(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Segundo a investigação, Ervin Kastrati foi morto a mando do chefe do Comando Vermelho."),
        ("pt", "Ervin Kastrati foi preso a pedido do chefe do Comando Vermelho."),
        ("en", "Ervin Kastrati was killed at the behest of the boss of Los Lobos."),
        ("es", "Ervin Kastrati fue asesinado a petición del jefe de Los Lobos."),
    ],
)
def test_a_bidding_of_the_leader_makes_no_predicate(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


def test_a_predicate_without_a_bidding_still_names_the_leader(rules) -> None:
    text = "Segundo a investigação, Ervin Kastrati era o chefe do Comando Vermelho em Santos."
    assert ("Ervin Kastrati", "Comando Vermelho") in rules.leads(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            "Daniel Soto, a quien la Fiscalía señala como jefe de Los Choneros, fue detenido.",
            "Daniel Soto",
            "Los Choneros",
        ),
        (
            "pt",
            "Daniel Souto, que a polícia aponta como chefe do Comando Vermelho, foi preso.",
            "Daniel Souto",
            "Comando Vermelho",
        ),
        (
            "en",
            "Police say Daniel Soto has taken over Los Choneros after his brother's death.",
            "Daniel Soto",
            "Los Choneros",
        ),
    ],
)
def test_a_describing_verb_in_a_relative_clause_names_the_leader(rules, lang, text, leader, group) -> None:
    assert (leader, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ana Ruiz, a quien la Fiscalía considera testigo clave contra el jefe de Los Choneros, declaró.",
        ),
        ("es", "Ana Ruiz, a quien la Policía identifica como esposa del jefe de Los Lobos, fue detenida."),
        ("pt", "Ana Rocha, que a polícia aponta como mulher do chefe do Comando Vermelho, foi presa."),
        (
            "en",
            "Ana Ruiz, whom prosecutors describe as a witness against the leader of Los Choneros, testified.",
        ),
    ],
)
def test_a_describing_verb_over_a_leaders_associate_names_no_leader(rules, lang, text) -> None:
    assert rules.leads(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Los Ñandúes emerged in Esmeraldas. Police have linked the gang to the CJNG, which buys cocaine "
            "from local groups. Its second-in-command, Jairo Mendoza, remains at large.",
        ),
        (
            "es",
            "Los Ñandúes surgieron en Esmeraldas. La Policía vincula a la banda con el CJNG, que compra "
            "cocaína a grupos locales. Su número dos, Jairo Mendoza, sigue prófugo.",
        ),
        (
            "pt",
            "O Bonde da Serra surgiu em Manaus. A polícia associa a facção com o Comando Vermelho, que compra "
            "cocaína de grupos locais. Seu número dois, Jairo Mendoza, segue foragido.",
        ),
    ],
)
def test_a_possessive_after_a_sentence_about_the_articles_group_points_to_it(
    ex, lang: str, text: str
) -> None:
    leads = ex.leads(text, lang)
    assert {group for person, group in leads if person == "Jairo Mendoza"} == {
        "Los Ñandúes" if lang != "pt" else "Bonde da Serra"
    }, leads
