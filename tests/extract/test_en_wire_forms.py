"""English wire and press-release forms: a force placed by its country ("Police in Ecuador"),
rank words ("plaza boss", "high-ranking member", "founding member"), the town after an age
("X, 41, of Culiacán, a leader of G"), a surname after a reporting opener ("Police said Z is a
leader of G") and "both men" when the two were named in different sentences. Each with a
negative beside it."""

from __future__ import annotations


def test_police_in_a_country_is_that_country_force(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Ecuador arrested Marco Vellosa, the alleged leader of Los Choneros, on Tuesday."
    graph = ex.run(text, "en").graph
    agency = next(n for n in graph.nodes() if n.type == "Agency")
    assert agency.name == "Police in Ecuador"
    assert "Ecuadorian police" in agency.aliases
    assert ("Marco Vellosa", "Police in Ecuador") in ex.arrests(text, "en")
    assert ("BASED_IN", "Police in Ecuador", "Ecuador") in ex.facts(text, "en")
    lower = "On Monday the police in Honduras captured Kevin Amaya, a ringleader of Barrio 18."
    assert ("Kevin Amaya", "police in Honduras") in ex.arrests(lower, "en")


def test_police_in_a_city_or_a_country_capital_is_no_country_force(ex) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Police in Quito arrested Hugo Tellar, a leader of Los Lobos.",
        "Police in Ecuador's capital arrested Hugo Tellar, a leader of Los Lobos.",
    ):
        assert not {n for k, n in ex.nodes(text, "en") if k == "Agency"}, text
        assert ("Hugo Tellar", "Los Lobos") in ex.leads(text, "en")


def test_rank_words_name_leaders(ex) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Benito Larrazábal, a Gulf Cartel plaza boss, was arrested by the Mexican army.": "Gulf Cartel",
        "Julio Arrastia, a regional boss of the Sinaloa Cartel, was captured by Mexican marines.": "Sinaloa Cartel",
        "Caleb Ostrow, a high-ranking member of MS-13, was arrested in Houston.": "Mara Salvatrucha",
        "Lucas Arriaga is a regional leader of Tren de Aragua in northern Chile.": "Tren de Aragua",
        "Nadia Ferrone, a senior leader of the 'Ndrangheta, was arrested by Italy's Carabinieri.": "'Ndrangheta",
        "Jonas Pereiro, a founding member of Tren de Aragua, was arrested in Colombia.": "Tren de Aragua",
    }
    for text, group in cases.items():
        person = text.split(",")[0].split(" is ")[0]
        assert (person, group) in ex.leads(text, "en"), text


def test_plain_member_is_no_leader(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Caleb Ostrow, a member of MS-13, was arrested in Houston."
    assert not ex.leads(text, "en")


def test_age_and_town_before_the_apposition(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marcos Ruelo, 41, of Culiacán, a leader of the Sinaloa Cartel, was arrested in Arizona by "
        "agents of Homeland Security Investigations."
    )
    assert ("Marcos Ruelo", "Sinaloa Cartel") in ex.leads(text, "en")
    assert ("Marcos Ruelo", "Homeland Security Investigations") in ex.arrests(text, "en")
    two_towns = "Marcos Ruelo, 41, of Houston, Texas, a leader of the Latin Kings, pleaded guilty."
    assert ("Marcos Ruelo", "Latin Kings") in ex.leads(two_towns, "en")


def test_age_and_town_then_another_person_leads(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Officers questioned Marcos Ruelo, 41, of Culiacán, and Ana Ruiz, a leader of the Sinaloa Cartel."
    assert rules.leads(text, "en") == {("Ana Ruiz", "Sinaloa Cartel")}


def test_surname_after_a_reporting_opener(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Hugo Tellar was arrested in Guayaquil. Police said Tellar is a senior figure in Los Lobos."
    assert ("Hugo Tellar", "Los Lobos") in ex.leads(text, "en")
    that = "Hugo Tellar was arrested in Guayaquil. Prosecutors said that Tellar is a leader of Los Lobos."
    assert ("Hugo Tellar", "Los Lobos") in ex.leads(that, "en")


def test_unknown_word_after_a_reporting_opener_is_nobody(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Hugo Tellar was arrested in Guayaquil. Police said Guayaquil is a stronghold of Los Lobos."
    assert not rules.leads(text, "en")


def test_both_men_named_in_different_sentences(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ramiro Fuentes Olid, who co-founded the Sinaloa Cartel, was taken into custody Thursday in Texas. "
        "He was not alone. Aboard the plane was Tadeo Lira Campos, one of the leaders of Los Chapitos. "
        "Both men were arrested on the tarmac by agents of the FBI."
    )
    found = ex.arrests(text, "en")
    assert ("Ramiro Fuentes Olid", "Federal Bureau of Investigation") in found
    assert ("Tadeo Lira Campos", "Federal Bureau of Investigation") in found


def test_both_men_when_three_were_named_is_nobody(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Aboard the plane were Tadeo Lira Campos and Nico Baz Ortega, leaders of Los Chapitos. "
        "Ramiro Fuentes Olid, who co-founded the Sinaloa Cartel, was also on board. "
        "Both men were arrested by agents of the FBI."
    )
    assert not {a for a, _ in rules.arrests(text, "en")} & {"Tadeo Lira Campos", "Nico Baz Ortega"}


def test_work_with_is_an_alliance(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Los Choneros are allied with the Sinaloa Cartel, while Los Lobos work with the Jalisco cartel."
    assert frozenset({"Los Lobos", "Jalisco cartel"}) in ex.pairs(text, "en", "ALLIED_WITH")
    officials = "Prosecutors work with the FBI on cases against Los Lobos."
    assert not ex.pairs(officials, "en", "ALLIED_WITH")


def test_handed_over_by_a_force_is_its_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Hugo Tellar, a leader of the Gulf Clan, was handed over to U.S. authorities by Colombian police."
    assert ("Hugo Tellar", "Colombian police") in ex.arrests(text, "en")


def test_handed_over_to_an_agency_is_no_arrest_by_it(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Hugo Tellar, a leader of the Gulf Clan, was handed over to the DEA on Friday."
    assert not rules.arrests(text, "en")


def test_took_shape_inside_a_prison_is_its_origin(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Tren de Aragua took shape inside the Tocorón prison in Venezuela."
    facts = ex.facts(text, "en")
    assert ("ORIGINATED_IN", "Tren de Aragua", "Tocorón prison") in facts
    assert ("ORIGINATED_IN", "Tren de Aragua", "Venezuela") in facts


def test_taking_shape_before_reaching_a_country_is_no_origin(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Tren de Aragua took shape as a threat long before it reached Chile."
    assert not {f for f in rules.facts(text, "en") if f[0] == "ORIGINATED_IN"}


def test_among_those_in_custody_is_the_arrested_leader(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nine defendants were arrested on Tuesday by agents of Homeland Security Investigations. "
        "Among those in custody is Yorbis Cantarell, who heads Tren de Aragua's Houston cell."
    )
    assert ("Yorbis Cantarell", "Homeland Security Investigations") in ex.arrests(text, "en")
    wanted = (
        "Nine defendants were arrested on Tuesday by agents of Homeland Security Investigations. "
        "Still at large is Yorbis Cantarell, who heads Tren de Aragua's Houston cell."
    )
    assert ("Yorbis Cantarell", "Homeland Security Investigations") not in ex.arrests(wanted, "en")


def test_nickname_after_an_age(ex) -> None:  # type: ignore[no-untyped-def]
    text = 'Yorbis Cantarell, 34, known as "El Flaco Yorbi," who heads Tren de Aragua, was arrested.'
    graph = ex.run(text, "en").graph
    leader = next(n for n in graph.nodes() if n.type == "Leader")
    assert (leader.name, leader.aliases) == ("Yorbis Cantarell", ("El Flaco Yorbi",))
    assert ("Yorbis Cantarell", "Tren de Aragua") in ex.leads(text, "en")
    plain = "Yorbis Cantarell, 34, was arrested in Houston. He is a member of Tren de Aragua."
    assert not ex.leaders(plain, "en")


def test_agencies_listed_past_an_acronym_both_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nine of the defendants were arrested on Tuesday by agents of Homeland Security Investigations "
        "(HSI) and the FBI. Among those in custody is Yorbis Cantarell, who heads Tren de Aragua."
    )
    found = ex.arrests(text, "en")
    assert ("Yorbis Cantarell", "Homeland Security Investigations") in found
    assert ("Yorbis Cantarell", "Federal Bureau of Investigation") in found


def test_agency_in_a_later_clause_past_an_acronym_is_no_arrester(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Yorbis Cantarell, who heads Tren de Aragua, was arrested by Homeland Security Investigations "
        "(HSI), and the FBI said it would seek more charges."
    )
    assert ("Yorbis Cantarell", "Federal Bureau of Investigation") not in rules.arrests(text, "en")


def test_a_gang_faction_in_apposition_is_a_faction_of_it(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Los Halcones, a Sinaloa Cartel faction led by Hugo Tellar, control the city."
    assert ("Faction", "Los Halcones") in rules.nodes(text, "en")
    assert ("FACTION_OF", "Los Halcones", "Sinaloa Cartel") in rules.facts(text, "en")
    assert rules.leads(text, "en") == {("Hugo Tellar", "Los Halcones")}


def test_the_gang_itself_led_by_someone_keeps_its_leader(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Los Halcones, the Sinaloa Cartel, led by Hugo Tellar, control the city."
    assert ("Faction", "Los Halcones") not in rules.nodes(text, "en")
    plain = "The Sinaloa Cartel, led by Hugo Tellar, controls the city."
    assert rules.leads(plain, "en") == {("Hugo Tellar", "Sinaloa Cartel")}


def test_a_name_described_as_a_prison_is_one(rules) -> None:  # type: ignore[no-untyped-def]
    text = "The boss was moved to La Roca, a maximum-security prison in Guayaquil, Ecuador."
    assert ("Prison", "La Roca") in rules.nodes(text, "en")
    assert ("LOCATED_IN", "La Roca", "Ecuador") in rules.facts(text, "en")


def test_a_person_described_by_a_prison_job_is_no_prison(rules) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Ana Ruiz, a prison guard, was killed by Los Lobos.",
        "Hugo Tellar, a former prison director, was arrested.",
    ):
        assert not {n for k, n in rules.nodes(text, "en") if k == "Prison"}, text


def test_a_man_who_spent_years_in_prison_is_no_prison(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors say the Rossi clan was headed by Luigi Rossi, a man who spent years in prison."
    assert not {n for k, n in rules.nodes(text, "en") if k == "Prison"}


def test_a_member_of_a_gang_in_apposition_is_no_gang(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz, a member of a gang, was injured in Guayaquil."
    assert not {n for k, n in rules.nodes(text, "en") if k == "Gang"}
    named = "Los Rápidos, a criminal group, control extortion in Lima."
    assert ("Gang", "Los Rápidos") in rules.nodes(named, "en")


def test_served_as_head_names_a_leader(ex) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Wilmer Castrillo served as head of the Gulf Clan until 2021.",
        "Wilmer Castrillo served as the top leader of the Gulf Clan.",
        "Wilmer Castrillo replaced his brother as leader of the Gulf Clan.",
    ):
        assert ("Wilmer Castrillo", "Gulf Clan") in ex.leads(text, "en"), text


def test_serving_or_replacing_a_leader_is_no_leadership(rules) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Wilmer Castrillo served as a lawyer for the leader of the Gulf Clan.",
        "Wilmer Castrillo replaced the leader of the Gulf Clan as the gang's accountant.",
        "Wilmer Castrillo served time with the leader of the Gulf Clan.",
    ):
        assert not rules.leads(text, "en"), text
