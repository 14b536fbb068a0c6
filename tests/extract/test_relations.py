"""Each relation type in English, Spanish and Portuguese, with the negatives that matter."""

from __future__ import annotations

import pytest

POSITIVE = [
    # OPERATES_IN
    (
        "en",
        "The Los Pumas gang has expanded to Guatemala and Belize.",
        ("OPERATES_IN", "Los Pumas", "Belize"),
    ),
    ("es", "La banda Los Malditos opera en Bolivia y Paraguay.", ("OPERATES_IN", "Los Malditos", "Paraguay")),
    ("pt", "A facção Bonde do Maluco atua no Paraguai.", ("OPERATES_IN", "Bonde do Maluco", "Paraguay")),
    # ORIGINATED_IN: cue and nationality attached to a named group
    (
        "en",
        "Los Pumas, a gang that was founded in Honduras, smuggles migrants.",
        ("ORIGINATED_IN", "Los Pumas", "Honduras"),
    ),
    ("en", "The Salvadoran gang Los Pumas smuggles migrants.", ("ORIGINATED_IN", "Los Pumas", "El Salvador")),
    (
        "es",
        "El cartel mexicano Los Tuxpeños vende droga en Texas.",
        ("ORIGINATED_IN", "Los Tuxpeños", "Mexico"),
    ),
    (
        "pt",
        "A facção Bonde do Maluco surgiu em Salvador, no Brasil.",
        ("ORIGINATED_IN", "Bonde do Maluco", "Brazil"),
    ),
    # ARRESTED_BY
    (
        "en",
        "The Guatemalan National Civil Police arrested six members of the Los Pumas gang.",
        ("ARRESTED_BY", "Los Pumas", "Guatemalan National Civil Police"),
    ),
    (
        "es",
        "Integrantes de la banda Los Malditos fueron capturados por la Policía Boliviana.",
        ("ARRESTED_BY", "Los Malditos", "Policía Boliviana"),
    ),
    (
        "pt",
        "A Polícia Federal prendeu dez integrantes da facção Bonde do Maluco.",
        ("ARRESTED_BY", "Bonde do Maluco", "Polícia Federal"),
    ),
    # FACTION_OF
    (
        "en",
        "The Lions faction of the Los Pumas gang controls extortion.",
        ("FACTION_OF", "Lions faction", "Los Pumas"),
    ),
    (
        "es",
        "Los Zorros, brazo armado de la banda Los Malditos, cobra extorsiones.",
        ("FACTION_OF", "Los Zorros", "Los Malditos"),
    ),
    (
        "pt",
        "A célula Os Lobos, braço armado da facção Bonde do Maluco, foi desarticulada.",
        ("FACTION_OF", "Os Lobos", "Bonde do Maluco"),
    ),
    # LEADS
    (
        "en",
        "Mario Andrés Funes, the leader of the Los Pumas gang, was arrested.",
        ("LEADS", "Mario Andrés Funes", "Los Pumas"),
    ),
    (
        "es",
        "Alias Chucho, cabecilla de la banda Los Malditos, fue detenido.",
        ("LEADS", "Chucho", "Los Malditos"),
    ),
    (
        "pt",
        "O chefe da facção Bonde do Maluco, José Carlos Santos, foi preso.",
        ("LEADS", "José Carlos Santos", "Bonde do Maluco"),
    ),
    # LOCATED_IN
    (
        "en",
        "Inmates escaped from the Pavoncito prison in Guatemala.",
        ("LOCATED_IN", "Pavoncito prison", "Guatemala"),
    ),
    (
        "es",
        "El cabecilla huyó de la cárcel de La Esperanza, en Ecuador.",
        ("LOCATED_IN", "La Esperanza", "Ecuador"),
    ),
    (
        "pt",
        "Os presos foram levados para o presídio Vicente Piragibe, no Brasil.",
        ("LOCATED_IN", "Vicente Piragibe", "Brazil"),
    ),
    # BASED_IN
    ("en", "The Colombian Army seized a submarine.", ("BASED_IN", "Colombian Army", "Colombia")),
    (
        "es",
        "La Policía Nacional del Perú capturó a diez personas.",
        ("BASED_IN", "Policía Nacional del Perú", "Peru"),
    ),
    ("pt", "A Polícia Federal fez buscas em São Paulo.", ("BASED_IN", "Polícia Federal", "Brazil")),
    # ALLIED_WITH
    (
        "en",
        "The Los Pumas gang is allied with the Sinaloa Cartel.",
        ("ALLIED_WITH", "Los Pumas", "Sinaloa Cartel"),
    ),
    (
        "es",
        "La banda Los Malditos mantiene una alianza con el Primeiro Comando da Capital.",
        ("ALLIED_WITH", "Los Malditos", "Primeiro Comando da Capital"),
    ),
    (
        "pt",
        "A facção Bonde do Maluco é aliada do Primeiro Comando da Capital.",
        ("ALLIED_WITH", "Bonde do Maluco", "Primeiro Comando da Capital"),
    ),
    # RIVAL_OF
    ("en", "The Los Pumas gang is at war with Barrio 18.", ("RIVAL_OF", "Los Pumas", "Barrio 18")),
    (
        "es",
        "La banda Los Malditos se disputa el mercado con el Clan del Golfo.",
        ("RIVAL_OF", "Los Malditos", "Clan del Golfo"),
    ),
    (
        "pt",
        "A facção Bonde do Maluco é rival do Comando Vermelho.",
        ("RIVAL_OF", "Bonde do Maluco", "Comando Vermelho"),
    ),
    # COOPERATES_WITH
    (
        "en",
        "The DEA and the Colombian Army carried out a joint operation.",
        ("COOPERATES_WITH", "Drug Enforcement Administration", "Colombian Army"),
    ),
    (
        "es",
        "La Guardia Civil actuó en coordinación con la Policía Federal de Brasil.",
        ("COOPERATES_WITH", "Guardia Civil", "Policía Federal de Brasil"),
    ),
    (
        "pt",
        "A Polícia Federal agiu em cooperação com a Interpol.",
        ("COOPERATES_WITH", "Polícia Federal", "Interpol"),
    ),
]


def _unordered(fact):
    kind, a, b = fact
    return (kind, *sorted((a, b))) if kind in ("ALLIED_WITH", "RIVAL_OF", "COOPERATES_WITH") else fact


@pytest.mark.parametrize(("lang", "text", "fact"), POSITIVE, ids=[f"{p[2][0]}-{p[0]}" for p in POSITIVE])
def test_relation(ex, lang, text, fact):
    assert _unordered(fact) in {_unordered(f) for f in ex.facts(text, lang)}


def test_every_relation_type_is_pinned():
    from kg.schema import get_schema

    assert {f[0] for _, _, f in POSITIVE} == set(get_schema().relation_names)


NEGATIVE = [
    # a country named in passing is not where the group operates
    (
        "en",
        "The Los Pumas gang sells drugs to buyers who travel from Canada.",
        ("OPERATES_IN", "Los Pumas", "Canada"),
    ),
    (
        "es",
        "La banda Los Malditos no tiene presencia en Chile, dijo el ministro.",
        ("OPERATES_IN", "Los Malditos", "Chile"),
    ),
    # rivals are not allies, and allies are not rivals
    ("en", "The Los Pumas gang is at war with Barrio 18.", ("ALLIED_WITH", "Los Pumas", "Barrio 18")),
    (
        "pt",
        "A facção Bonde do Maluco é aliada do Primeiro Comando da Capital.",
        ("RIVAL_OF", "Bonde do Maluco", "Primeiro Comando da Capital"),
    ),
    # an agency cited as a source did not make the arrest
    (
        "es",
        "Según la Fiscalía General del Estado, la Policía Nacional del Ecuador detuvo a miembros de Los Lobos.",
        ("ARRESTED_BY", "Los Lobos", "Fiscalía General del Estado"),
    ),
    # the head of an agency does not lead a gang
    (
        "es",
        "El fiscal Mario Carrera, jefe de la Fiscalía de Arica, acusó a la banda Los Malditos.",
        ("LEADS", "Mario Carrera", "Los Malditos"),
    ),
    # a nationality of unnamed groups, or after the name, states no origin
    (
        "en",
        "Mexican cartels supply Los Pumas, a gang that works in Honduras.",
        ("ORIGINATED_IN", "Los Pumas", "Mexico"),
    ),
    # a convicted gang was not arrested by the court
    (
        "es",
        "El tribunal de Arica condenó a 30 miembros de la banda Los Malditos.",
        ("ARRESTED_BY", "Los Malditos", "Tribunal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), NEGATIVE, ids=[f"no-{n[2][0]}-{n[0]}" for n in NEGATIVE])
def test_no_relation(rules, lang, text, fact):
    found = {_unordered(f) for f in rules.facts(text, lang)}
    assert _unordered(fact) not in found
    if fact[0] == "ARRESTED_BY":
        assert not any(f[0] == "ARRESTED_BY" and f[2].startswith(fact[2]) for f in found)


def test_the_article_main_group_is_what_the_gang_refers_to(ex):
    text = (
        "The Los Pumas gang was founded in Honduras. "
        "Police say the gang has since spread to Mexico and the United States."
    )
    facts = ex.facts(text, "en")
    assert ("OPERATES_IN", "Los Pumas", "Mexico") in facts
    assert ("OPERATES_IN", "Los Pumas", "United States") in facts


def test_arrests_told_across_sentences_keep_the_operation_agencies(ex):
    text = (
        "The Colombian Army and the National Police launched a joint operation in Antioquia. "
        "The operation led to the capture of 12 members of the Clan del Golfo."
    )
    facts = ex.facts(text, "en")
    assert ("ARRESTED_BY", "Clan del Golfo", "Colombian Army") in facts
    assert ("ARRESTED_BY", "Clan del Golfo", "National Police") in facts


def test_a_list_of_leaders_after_the_group_is_named(ex):
    text = (
        "A Polícia Federal transferiu quatro lideranças da facção Bonde do Maluco para presídios federais.\n"
        "São eles:\n"
        "- João Pedro Alves (Pezão) – condenado a 30 anos;\n"
        "- Marcos Vinícius Rocha (Russo) – condenado a 40 anos.\n"
    )
    facts = ex.facts(text, "pt")
    assert ("LEADS", "João Pedro Alves", "Bonde do Maluco") in facts
    assert ("LEADS", "Marcos Vinícius Rocha", "Bonde do Maluco") in facts


def test_every_node_and_edge_has_evidence_with_offsets_into_the_text(ex):
    text = "On February 7 the Peruvian National Police arrested 20 members of the Los Pumas gang in Lima."
    result = ex.run(text, "en", published="2025-02-12")
    items = [*result.graph.nodes(), *result.graph.edges()]
    assert items
    for item in items:
        for evidence in item.evidence:
            assert evidence.document == "t" and evidence.rule and evidence.extractor.startswith("kg-rules/")
            assert text[evidence.start : evidence.end] == evidence.sentence
    arrest = next(e for e in result.graph.edges() if e.type == "ARRESTED_BY")
    assert (arrest.evidence[0].fact_date, arrest.evidence[0].fact_date_precision) == ("2025-02-07", "day")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Jimmy Pérez Luna, a former police officer, leads the Los Pumas gang.",
            ("LEADS", "Jimmy Pérez Luna", "Los Pumas"),
        ),
        (
            "es",
            "La banda Los Malditos, liderada por Juan Carlos Rivas, opera en Bolivia.",
            ("LEADS", "Juan Carlos Rivas", "Los Malditos"),
        ),
        (
            "en",
            "The Los Pumas gang lost ground. Its leader, Mario Andrés Funes, was arrested.",
            ("LEADS", "Mario Andrés Funes", "Los Pumas"),
        ),
        (
            "pt",
            "A polícia prendeu João Pedro Alves, o Pezão, apontado como um dos chefes da facção Bonde do Maluco.",
            ("LEADS", "João Pedro Alves", "Bonde do Maluco"),
        ),
        (
            "en",
            "The drugs were sent to the Black Hand clan, a Montenegrin crime group.",
            ("ORIGINATED_IN", "Black Hand clan", "Montenegro"),
        ),
        (
            "es",
            "La Policía Federal Argentina detuvo a 12 miembros del Primer Comando Capital. El operativo se realizó en conjunto con la Gendarmería Nacional Argentina.",
            ("COOPERATES_WITH", "Policía Federal Argentina", "Gendarmería Nacional Argentina"),
        ),
        (
            "es",
            "Crece la guerra entre la banda Los Malditos y el Clan del Golfo.",
            ("RIVAL_OF", "Los Malditos", "Clan del Golfo"),
        ),
    ],
    ids=[
        "leads-verb",
        "leads-passive",
        "its-leader",
        "leader-nickname-apposition",
        "origin-apposition",
        "cooperation-across-sentences",
        "war-between",
    ],
)
def test_more_relation_patterns(ex, lang, text, fact):
    assert _unordered(fact) in {_unordered(f) for f in ex.facts(text, lang)}


def test_an_agency_that_only_wants_someone_did_not_arrest_him(ex):
    text = "La Policía Hondureña capturó a dos miembros de la Mara Salvatrucha que eran buscados por el FBI."
    facts = ex.facts(text, "es")
    assert ("ARRESTED_BY", "Mara Salvatrucha", "Policía Hondureña") in facts
    assert not any(f[0] == "ARRESTED_BY" and f[2] == "Federal Bureau of Investigation" for f in facts)


def test_the_arrest_told_again_is_not_a_new_arrest_of_other_groups(ex):
    text = (
        "La Secretaría de Marina detuvo en Culiacán a un operador de Los Chapitos. "
        "La detención se dio en medio de la guerra entre Los Chapitos y La Mayiza."
    )
    facts = ex.facts(text, "es")
    assert ("ARRESTED_BY", "Los Chapitos", "Secretaría de Marina") in facts
    assert not any(f[0] == "ARRESTED_BY" and f[1] == "La Mayiza" for f in facts)


def test_where_clauses_and_local_groups(ex):
    text = (
        "Costa Rica's Judicial Investigation Agency (OIJ) says homicides in Costa Rica doubled. "
        "Most cocaine comes from Colombia, where the Clan del Golfo controls the ports. "
        "Local groups like the Diablos gang, based in Limón, move the drugs for the Sinaloa Cartel."
    )
    facts = ex.facts(text, "en")
    assert ("OPERATES_IN", "Clan del Golfo", "Colombia") in facts
    assert ("OPERATES_IN", "Diablos", "Costa Rica") in facts
    # groups named once among many are not taken for the article's main group
    assert ("OPERATES_IN", "Clan del Golfo", "Costa Rica") not in facts
    assert ("OPERATES_IN", "Sinaloa Cartel", "Costa Rica") not in facts


@pytest.mark.parametrize(
    ("lang", "text", "leaders"),
    [
        ("pt", "Marcola e Fuminho, chefes do PCC, foram transferidos.", {"Marcola", "Fuminho"}),
        ("en", "Otoniel, the former head of the Clan del Golfo, was extradited.", {"Otoniel"}),
        (
            "es",
            "José de la Cruz Pérez, líder de la banda Los Malditos, fue capturado.",
            {"José de la Cruz Pérez"},
        ),
        ("en", "However, the leaders of the Los Pumas gang were arrested.", set()),
    ],
)
def test_one_word_names_and_particles_in_leader_appositions(ex, lang, text, leaders):
    assert {n for t, n in ex.nodes(text, lang) if t == "Leader"} == leaders


def test_lowercase_network_heads_and_arrests_of_the_groups_members(ex):
    text = (
        "Police dismantled the Kompania Lekaj drug trafficking network in March. "
        "The Kompania Lekaj network shipped cocaine to Europe. "
        "Europol agents arrested most of the suspects in Antwerp."
    )
    facts = ex.facts(text, "en")
    assert ("ARRESTED_BY", "Kompania Lekaj", "Europol") in facts
    assert not {n for t, n in ex.nodes("Criminal network\nThe gang grew.", "en") if t == "Gang"}


def test_possessive_leader_refers_to_the_group_named_before_and_possessive_origin(ex):
    text = (
        'Ecuador\'s most powerful gang, Los Choneros, saw its leader, Adolfo Macías Villamar, alias "Fito," '
        "escape from prison. Los Lobos, a former faction, has aligned itself with the Jalisco Cartel New Generation."
    )
    facts = ex.facts(text, "en")
    assert ("LEADS", "Adolfo Macías Villamar", "Los Choneros") in facts
    assert ("ORIGINATED_IN", "Los Choneros", "Ecuador") in facts
    assert _unordered(("ALLIED_WITH", "Los Lobos", "Jalisco Cartel New Generation")) in {
        _unordered(f) for f in facts
    }


def test_a_spanish_gang_raid_with_a_clique_and_its_leader(ex):
    text = (
        "Agentes de la Policía Nacional Civil (PNC), en coordinación con el Ministerio Público (MP), capturaron "
        "a 15 integrantes de la pandilla Barrio 18 en Mixco, Guatemala.\n"
        "Entre los capturados figura Kevin Alexander López, alias el Snoopy, señalado como palabrero de la clica "
        "Los Solitos, una de las células más violentas de la pandilla.\n"
        "Según la Fiscalía contra las Extorsiones, la estructura cobraba extorsiones a pilotos."
    )
    facts = ex.facts(text, "es")
    assert ("LEADS", "Kevin Alexander López", "Los Solitos") in facts
    assert ("FACTION_OF", "Los Solitos", "Barrio 18") in facts
    assert ("ARRESTED_BY", "Barrio 18", "Policía Nacional Civil") in facts
    assert _unordered(("COOPERATES_WITH", "Policía Nacional Civil", "Ministerio Público")) in {
        _unordered(f) for f in facts
    }
    nodes = ex.nodes(text, "es")
    assert ("Agency", "Fiscalía contra las Extorsiones") in nodes
    assert not any(name == "Extorsiones" for _, name in nodes)


def test_presence_countries_end_at_the_source_of_the_claim(ex):
    facts = ex.facts("The Los Pumas gang is present in Peru, according to analysts in Chile.", "en")
    assert ("OPERATES_IN", "Los Pumas", "Peru") in facts
    assert ("OPERATES_IN", "Los Pumas", "Chile") not in facts


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "es",
            "Fue capturado el cabecilla de la banda Los Malditos, conocido como 'Gordo Luis'.",
            "Gordo Luis",
        ),
        ("en", 'The leader of the Los Pumas gang, known as "El Toro", was arrested.', "El Toro"),
    ],
)
def test_a_leader_known_only_by_a_nickname(ex, lang, text, leader):
    assert leader in {n for t, n in ex.nodes(text, lang) if t == "Leader"}
