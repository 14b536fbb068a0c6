"""Portuguese (and Spanish) relation phrasings: nicknames named again, successions, an agency's
country after its name. Each sentence is written for this test; the hand rules alone read it."""

from __future__ import annotations

import pytest

SYMMETRIC = {"RIVAL_OF", "ALLIED_WITH", "COOPERATES_WITH"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (  # a one-word nickname given in apposition stands for the person later on
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido pela Justiça. Bigode é o chefe do Comando Vermelho.",
            ("LEADS", "Carlos Mendes da Rocha", "Comando Vermelho"),
        ),
        (
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido. Bigode sucedeu a Zecão como principal liderança"
            " do Comando Vermelho.",
            ("LEADS", "Carlos Mendes da Rocha", "Comando Vermelho"),
        ),
        (
            "pt",
            "Carlos Mendes da Rocha, o Bigode, foi ouvido. Bigode sucedeu a Zecão como principal liderança"
            " do Comando Vermelho.",
            ("LEADS", "Zecão", "Comando Vermelho"),
        ),
        (
            "es",
            "Según la Fiscalía, Pedro Ruiz Mora sustituyó a Lucho Vargas Pinto como jefe del Clan del Golfo.",
            ("LEADS", "Lucho Vargas Pinto", "Clan del Golfo"),
        ),
        (
            "en",
            "Juan Ortega Ruiz succeeded Pablo Mena Díaz as the top leader of the Gulf Clan.",
            ("LEADS", "Juan Ortega Ruiz", "Gulf Clan"),
        ),
        (  # a cue phrase ending in "em" also ends in its contractions ("nas")
            "pt",
            "A Polícia Federal prendeu dez suspeitos no Brasil. O Primeiro Comando da Capital se instalou"
            " nas fronteiras do Paraguai.",
            ("OPERATES_IN", "Primeiro Comando da Capital", "Paraguay"),
        ),
        (  # plural contractions are prepositions too: "nos Estados Unidos"
            "pt",
            "A Polícia Federal do Brasil investiga o Cartel de Sinaloa. Membros do Comando Vermelho nos"
            " Estados Unidos vendem cocaína.",
            ("OPERATES_IN", "Comando Vermelho", "United States"),
        ),
        (  # presence told in the past tense
            "pt",
            "O Comando Vermelho atua no Brasil e o Comando Vermelho cresce. A Família do Norte dominava"
            " as rotas do tráfico na Colômbia.",
            ("OPERATES_IN", "Família do Norte", "Colombia"),
        ),
        (
            "es",
            "El Cártel de Sinaloa opera en México y el Cártel de Sinaloa crece. Los Zetas controlaban el"
            " tráfico en Guatemala.",
            ("OPERATES_IN", "Los Zetas", "Guatemala"),
        ),
        (  # ties "between" two groups
            "pt",
            "A denúncia aponta ligação entre o Primeiro Comando da Capital e a 'Ndrangheta.",
            ("ALLIED_WITH", "Primeiro Comando da Capital", "'Ndrangheta"),
        ),
        (
            "es",
            "La Fiscalía investiga los vínculos entre el Tren de Aragua y el Cártel de Sinaloa.",
            ("ALLIED_WITH", "Tren de Aragua", "Cártel de Sinaloa"),
        ),
        (  # "the Italian organization" in an article about a Brazilian group is the Italian one
            "pt",
            "O Primeiro Comando da Capital domina presídios e o Primeiro Comando da Capital cresce. A"
            " Polícia Federal investiga a 'Ndrangheta. Segundo a polícia, a organização italiana compra"
            " cocaína na Bolívia.",
            ("ORIGINATED_IN", "'Ndrangheta", "Italy"),
        ),
        (  # "as a splinter of", told far from the group's name
            "pt",
            "A facção Tropa do Trovão surgiu entre os pavilhões do Presídio Central, no complexo prisional"
            " da Serra Alta, como uma ramificação da facção Lua Negra.",
            ("FACTION_OF", "Tropa do Trovão", "Lua Negra"),
        ),
        (  # an opening participle clause tells of the group named right after it
            "es",
            "Fundado en 1993 durante un motín en San Pablo, el Primer Comando Capital se expandió a Uruguay.",
            ("ORIGINATED_IN", "Primer Comando Capital", "Brazil"),
        ),
        (
            "pt",
            "Criada em Manaus, a facção Família do Norte dominou as rotas do tráfico.",
            ("ORIGINATED_IN", "Família do Norte", "Brazil"),
        ),
        (  # the article after the group word opens the group's name
            "es",
            "Nacida en Ecuador, la banda Los Halcones extorsiona a comerciantes en Piura.",
            ("ORIGINATED_IN", "Los Halcones", "Ecuador"),
        ),
        (  # the apposition's group, not the object of its preposition; a state places it in Brazil
            "pt",
            "A quadrilha Bonde dos Quarenta, ligada ao Comando Vermelho, domina o tráfico em São Luís.",
            ("OPERATES_IN", "Bonde dos Quarenta", "Brazil"),
        ),
        (
            "es",
            "La banda Los Tigres Negros, aliada del Tren de Aragua, opera en Colombia.",
            ("OPERATES_IN", "Los Tigres Negros", "Colombia"),
        ),
        (  # the reflexive pronoun after the verb, in one token
            "pt",
            "A Polícia Federal atua no Brasil. O Primeiro Comando da Capital instalou-se no Paraguai.",
            ("OPERATES_IN", "Primeiro Comando da Capital", "Paraguay"),
        ),
        (
            "pt",
            "O Comando Vermelho uniu-se ao Terceiro Comando Puro contra o Primeiro Comando da Capital.",
            ("ALLIED_WITH", "Comando Vermelho", "Terceiro Comando Puro"),
        ),
        (  # an age apposition between the name and its description
            "pt",
            "Carlos Alberto Nunes, de 35 anos, apontado como um dos líderes do Comando Vermelho, foi preso"
            " pela Polícia Militar.",
            ("LEADS", "Carlos Alberto Nunes", "Comando Vermelho"),
        ),
        (
            "es",
            "Luis Alberto Rojas, de 42 años, cabecilla del Tren de Aragua, fue capturado por la Policía Nacional.",
            ("LEADS", "Luis Alberto Rojas", "Tren de Aragua"),
        ),
        (
            "en",
            "John Patrick Kelly, 35, a leader of the Kinahan cartel, was arrested by the Garda.",
            ("LEADS", "John Patrick Kelly", "Kinahan cartel"),
        ),
        (  # a description opening the sentence may end in a place
            "pt",
            "Considerado o chefe do Comando Vermelho na Rocinha, Carlos Alberto Nunes foi preso.",
            ("LEADS", "Carlos Alberto Nunes", "Comando Vermelho"),
        ),
        (  # coordinated subjects both take the presence
            "es",
            "El Cártel de Sinaloa y el Cártel Jalisco Nueva Generación se disputan el control de Tijuana.",
            ("OPERATES_IN", "Cártel de Sinaloa", "Mexico"),
        ),
        (
            "pt",
            "O Comando Vermelho e o Terceiro Comando Puro disputam o controle do tráfico no Paraguai.",
            ("OPERATES_IN", "Comando Vermelho", "Paraguay"),
        ),
        (  # every agent listed after a passive leadership cue, a single word included
            "pt",
            "Segundo a polícia, o Terceiro Comando Puro é comandado por Gavião e Baleia.",
            ("LEADS", "Baleia", "Terceiro Comando Puro"),
        ),
        (
            "es",
            "El Tren de Aragua es liderado por alias Niño Malo y alias Flaco.",
            ("LEADS", "Flaco", "Tren de Aragua"),
        ),
        (  # the country after the name (and its acronym) is where the agency is based
            "pt",
            "Ele foi preso numa ação da Polícia Federal e da Força Especial de Combate ao Crime (FECC)"
            " da Bolívia.",
            ("BASED_IN", "Força Especial de Combate ao Crime", "Bolivia"),
        ),
    ],
)
def test_phrasing_states_the_fact(rules, lang: str, text: str, fact: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = rules.facts(text, lang)
    assert fact in facts | {(t, b, a) for t, a, b in facts if t in SYMMETRIC}


def test_succession_needs_the_leadership_cue(rules) -> None:  # type: ignore[no-untyped-def]
    """Replacing someone as a witness makes nobody a leader."""
    text = (
        "Pedro Ruiz Mora sustituyó a Lucho Vargas Pinto como testigo en el juicio contra el Clan del Golfo."
    )
    assert not {f for f in rules.facts(text, "es") if f[0] == "LEADS"}


def test_the_agency_country_is_not_the_home_country(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Polícia Federal prendeu o chefe do Comando Vermelho no Brasil com a Força Especial de"
        " Combate ao Crime (FECC) da Bolívia."
    )
    assert ("BASED_IN", "Força Especial de Combate ao Crime", "Brazil") not in rules.facts(text, "pt")


def test_cue_phrases_end_in_every_contraction() -> None:
    from kg.extract.langdata import cue_phrases

    pt, es = cue_phrases("pt"), cue_phrases("es")
    assert {"se instalou em", "se instalou no", "se instalou nas"} <= set(pt["operates"])
    assert {"liderada pela", "liderada pelos"} <= set(pt["leader_passive"])
    assert "aliado del" in es["ally"]
    assert "atua" in pt["operates"]  # a single word stays as it is
    assert {"instalou-se em", "instalou-se nas"} <= set(pt["operates"])
    assert not any("-se" in p for p in es["operates"])  # Spanish puts it before a finite verb


def test_a_nationality_of_another_group_is_not_the_main_groups_origin(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "O Primeiro Comando da Capital domina presídios e o Primeiro Comando da Capital cresce. A Polícia"
        " Federal investiga a 'Ndrangheta. Segundo a polícia, a organização italiana compra cocaína."
    )
    assert ("ORIGINATED_IN", "Primeiro Comando da Capital", "Italy") not in rules.facts(text, "pt")


def test_a_far_group_without_as_a_splinter_is_no_parent(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A facção Tropa do Trovão surgiu entre os pavilhões do Presídio Central, no complexo prisional"
        " da Serra Alta, e hoje enfrenta uma dissidência da facção Lua Negra."
    )
    assert ("FACTION_OF", "Tropa do Trovão", "Lua Negra") not in rules.facts(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Os presos são membros do Comando Vermelho, disse o delegado Paulo Henrique Souza, chefe de"
            " Operações da unidade antidrogas da Polícia Civil.",
        ),
        (
            "es",
            "Los detenidos son miembros del Tren de Aragua, indicó el subcomisario Raúl Ibarra Soto, jefe de"
            " Operaciones de la unidad antidrogas de la Policía Nacional.",
        ),
    ],
)
def test_a_police_rank_makes_an_official_not_a_leader(rules, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {f for f in rules.facts(text, lang) if f[0] == "LEADS"}


def test_a_place_after_the_fronted_group_is_no_origin(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Fundada en 2012, la banda Los Tigres Negros opera en Colombia."
    assert not {f for f in rules.facts(text, "es") if f[0] == "ORIGINATED_IN"}


def test_the_object_inside_an_apposition_does_not_operate(rules) -> None:  # type: ignore[no-untyped-def]
    text = "La banda Los Tigres Negros, aliada del Tren de Aragua, opera en Colombia."
    assert ("OPERATES_IN", "Tren de Aragua", "Colombia") not in rules.facts(text, "es")


def test_a_right_hand_man_is_no_faction(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Gavião, líder do Terceiro Comando Puro, e Baleia, seu braço direito, foram presos."
    assert ("Faction", "Baleia") not in rules.nodes(text, "pt")
