"""The operation an arrest told with no agent takes its agencies from, each with a negative beside it.

- an agency that only backed the raid ("Militares del Ejército brindaron apoyo al operativo",
  "Troops of the National Guard secured the perimeter") does not take the place of the agencies that
  carried it out; one that raided itself does;
- premises searched ("los inmuebles intervenidos") are no arrest, people "intervenidos" are;
- a raid told in one paragraph made the arrests the next one opens on ("Foram presos ...", "Fueron
  detenidos ...", "Among those arrested was ..."), not those of a paragraph with an agent of its own
  (more in test_raid_detainees.py);
- "os agentes", "los efectivos", "the agents" are those of the one agency named just before, passing
  over one that only asked for the warrants ("a pedido do Ministério Público");
- a partner of another country than the agency that led the operation ("con información de la DEA",
  "a cooperação da DEA") made none of the arrests told after it, unless named in the arrest itself;
- an arrest told far below the operation takes its agencies only for someone its telling named, or
  when told as its detainees ("Among those arrested was ..."): not for someone first named there.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

BACKED = [
    (
        "es",
        "La Policía Nacional golpeó este martes a la banda Los Halcones del Norte en Chimbote. Agentes de la "
        "Dirección Antidrogas allanaron seis casas junto con fiscales. Militares del Ejército Nacional "
        "brindaron apoyo al operativo desde los techos vecinos.\n\nPeralta Quispe, alias "
        '"Chueco", cabecilla de Los Halcones del Norte, fue capturado en un taller del puerto.',
        "Peralta Quispe",
        "Dirección Antidrogas",
        "Ejército Nacional",
    ),
    (
        "en",
        "The Federal Bureau of Investigation dismantled the Latin Kings in a dawn operation on Tuesday, working "
        "with the Chicago Police Department. Troops of the Texas National Guard secured the perimeter during "
        "the raid.\n\nAmong those arrested was Dwayne Pruitt, the alleged leader of the Latin Kings.",
        "Dwayne Pruitt",
        "Federal Bureau of Investigation",
        "Texas National Guard",
    ),
    (
        "pt",
        "A Polícia Civil do Pará desarticulou nesta terça-feira uma célula do Comando Vermelho em Belém, em "
        "ação conjunta com o Ministério Público. Militares do Exército deram apoio à operação nos bairros da "
        'periferia.\n\nEntre os presos está Rogério Lins, o "Careca", apontado como chefe do Comando '
        "Vermelho no Pará.",
        "Rogério Lins",
        "Polícia Civil do Pará",
        "Exército",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person", "leader", "backer"), BACKED)
def test_an_agency_that_only_backed_the_raid_does_not_replace_its_agencies(
    rules: Extractor, lang: str, text: str, person: str, leader: str, backer: str
) -> None:
    arrests = rules.arrests(text, lang)
    assert (person, leader) in arrests
    assert (person, backer) not in arrests


@pytest.mark.parametrize(
    ("lang", "text", "person", "raider"),
    [
        (
            "en",
            "The Federal Bureau of Investigation dismantled the Latin Kings in a dawn operation on Tuesday, "
            "working with the Chicago Police Department. Officers of the Houston Police Department raided "
            "three homes in the south of the city.\n\nAmong those arrested was Dwayne Pruitt, the alleged "
            "leader of the Latin Kings.",
            "Dwayne Pruitt",
            "Houston Police Department",
        ),
        (
            "pt",
            "A Polícia Civil do Pará desarticulou nesta terça-feira uma célula do Comando Vermelho em Belém, "
            "em ação conjunta com o Ministério Público. Agentes da Polícia Federal cumpriram mandados na "
            'operação nos bairros da periferia.\n\nEntre os presos está Rogério Lins, o "Careca", apontado '
            "como chefe do Comando Vermelho no Pará.",
            "Rogério Lins",
            "Polícia Federal",
        ),
    ],
)
def test_an_agency_that_raided_itself_takes_the_arrests_after_it(
    rules: Extractor, lang: str, text: str, person: str, raider: str
) -> None:
    assert (person, raider) in rules.arrests(text, lang)


def test_premises_searched_are_no_arrest(rules: Extractor) -> None:
    text = (
        "La Policía Nacional detuvo a cinco integrantes de Los Lobos en Quito. Efectivos de la Armada "
        "custodiaron los inmuebles intervenidos.\n\nFueron capturados también dos cabecillas de Los Lobos."
    )
    assert ("Los Lobos", "Armada") not in rules.arrests(text, "es")
    assert ("Los Lobos", "Policía Nacional") in rules.arrests(text, "es")


def test_people_intervenidos_are_arrested(rules: Extractor) -> None:
    text = "Cinco integrantes de Los Lobos fueron intervenidos por la Policía Nacional en Quito."
    assert ("Los Lobos", "Policía Nacional") in rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        (
            "es",
            "El Juzgado Federal de Córdoba ordenó 12 allanamientos contra la banda Los Toros del Oeste. Los "
            "procedimientos fueron realizados por la Policía Federal Argentina en cinco barrios.\n\nFueron "
            'detenidos el presunto jefe de la banda, Lautaro Giménez, alias "Chivo", y otras nueve personas.',
            ("Lautaro Giménez", "Policía Federal Argentina"),
        ),
        (
            "pt",
            "Agentes da Polícia Federal cumpriram 20 mandados em três estados nesta quinta-feira.\n\nForam "
            'presos o chefe do Comando Vermelho em Macapá, Júlio Fontes, o "Barão", e outros sete '
            "integrantes do grupo.",
            ("Comando Vermelho", "Polícia Federal"),
        ),
        (
            "en",
            "Agents of the Drug Enforcement Administration raided a dozen homes in Houston on Tuesday.\n\n"
            "Among those detained was Harold Vance, the alleged leader of the Latin Kings in Texas.",
            ("Harold Vance", "Drug Enforcement Administration"),
        ),
    ],
)
def test_a_raid_made_the_arrests_the_next_paragraph_opens_on(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str]
) -> None:
    assert arrest in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "pt",
            "Agentes da Polícia Federal cumpriram 20 mandados em três estados nesta quinta-feira.\n\nA Polícia "
            'Militar prendeu o chefe do Comando Vermelho em Macapá, Júlio Fontes, o "Barão".',
            "Polícia Federal",
        ),
        (
            "en",
            "Agents of the Drug Enforcement Administration raided a dozen homes in Houston on Tuesday.\n\n"
            "Texas police later arrested Harold Vance, the alleged leader of the Latin Kings in Texas.",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Los procedimientos fueron realizados por la Policía Federal Argentina en cinco barrios.\n\nEn "
            'Río Cuarto, efectivos de la Gendarmería Nacional detuvieron a Lautaro Giménez, alias "Chivo", jefe '
            "de Los Toros del Oeste.",
            "Policía Federal Argentina",
        ),
    ],
)
def test_a_raid_does_not_reach_a_paragraph_with_an_agent_of_its_own(
    rules: Extractor, lang: str, text: str, agency: str
) -> None:
    assert not any(b == agency for _, b in rules.arrests(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "arrest", "requester"),
    [
        (
            "pt",
            "A Polícia Civil de Minas Gerais deflagrou nesta terça-feira uma operação contra o Primeiro Comando "
            "da Capital em Uberlândia. Os mandados foram expedidos pela Justiça a pedido do Ministério Público "
            "de Minas Gerais. Os agentes prenderam 11 integrantes da facção.",
            ("Primeiro Comando da Capital", "Polícia Civil de Minas Gerais"),
            "Ministério Público de Minas Gerais",
        ),
        (
            "es",
            "La Policía Nacional allanó ocho viviendas en Cali. Las órdenes fueron emitidas por un juez a "
            "solicitud de la Fiscalía General de la Nación. Los agentes capturaron a 12 integrantes del Clan "
            "del Golfo.",
            ("Clan del Golfo", "Policía Nacional"),
            "Fiscalía General de la Nación",
        ),
        (
            "en",
            "The Chicago Police Department searched six homes on the West Side. The warrants were issued at "
            "the request of the Drug Enforcement Administration. The agents arrested nine members of the "
            "Latin Kings.",
            ("Latin Kings", "Chicago Police Department"),
            "Drug Enforcement Administration",
        ),
    ],
)
def test_officers_are_not_those_of_the_agency_that_asked_for_the_warrants(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str], requester: str
) -> None:
    arrests = rules.arrests(text, lang)
    assert arrest in arrests
    assert not any(b == requester for _, b in arrests)


def test_officers_after_only_a_requester_belong_to_no_agency(rules: Extractor) -> None:
    text = (
        "Los mandados fueron emitidos a solicitud de la Fiscalía General de la Nación. Los agentes "
        "capturaron a 12 integrantes del Clan del Golfo."
    )
    assert not rules.arrests(text, "es")


def test_los_efectivos_are_those_of_the_one_agency_named_before(rules: Extractor) -> None:
    text = (
        "La Policía Nacional recibió una denuncia anónima. Los efectivos capturaron a 12 integrantes del "
        "Clan del Golfo en Cali."
    )
    assert ("Clan del Golfo", "Policía Nacional") in rules.arrests(text, "es")


def test_the_officers_of_two_agencies_named_before_are_neither(rules: Extractor) -> None:
    text = (
        "La Policía Nacional y el Ejército Nacional recibieron una denuncia anónima. Los efectivos "
        "capturaron a 12 integrantes del Clan del Golfo en Cali."
    )
    assert not rules.arrests(text, "es")


FAR = {
    "es": (
        "La Policía Federal capturó el martes a cinco integrantes del Cártel de la Sierra en Sinaloa. El "
        "operativo se realizó en tres municipios.\n\nEl cártel nació en los años noventa en la sierra de "
        "Durango. Con los años se expandió hacia Sonora y Chihuahua.\n\nLa organización se dividió después "
        "en dos facciones rivales.\n\n",
        'Julián Ortega, alias "el Güero", señalado como líder del Cártel de los Valles, fue detenido en una '
        "vivienda de Culiacán.",
        ("Julián Ortega", "Policía Federal"),
    ),
    "pt": (
        "A Polícia Federal prendeu nesta terça-feira 12 integrantes do Comando Vermelho no Acre. A operação "
        "ocorreu em três cidades.\n\nA facção nasceu no presídio de Ilha Grande nos anos 1970. Hoje tem "
        "presença em quase todos os estados.\n\nA disputa com rivais deixou dezenas de mortos na região.\n\n",
        'Sandro Melo, o "Bigorna", apontado como chefe do Terceiro Comando Puro, foi preso em Niterói.',
        ("Sandro Melo", "Polícia Federal"),
    ),
    "en": (
        "Agents of the Federal Bureau of Investigation arrested 14 members of the Latin Kings in Chicago on "
        "Tuesday. The operation covered six neighborhoods.\n\nThe gang was founded in the 1940s. It spread "
        "to New York in the 1980s.\n\nIts leaders have long fought rival gangs for territory.\n\n",
        "Marcus Hale, the alleged leader of MS-13, was arrested at his home.",
        ("Marcus Hale", "Federal Bureau of Investigation"),
    ),
}


@pytest.mark.parametrize("lang", sorted(FAR))
def test_an_arrest_far_below_of_someone_the_operation_never_named_is_not_its(
    rules: Extractor, lang: str
) -> None:
    operation, arrest, fact = FAR[lang]
    assert fact not in rules.arrests(operation + arrest, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            'La Policía Federal capturó el martes a Julián Ortega, alias "el Güero", líder del Cártel de los '
            "Valles, y a otros cuatro integrantes del grupo. El operativo se realizó en tres municipios.\n\nEl "
            "cártel nació en los años noventa en la sierra de Durango. Con los años se expandió hacia Sonora."
            "\n\nLa organización se dividió después en dos facciones rivales.\n\nOrtega fue detenido en una "
            "vivienda de Culiacán.",
            ("Julián Ortega", "Policía Federal"),
        ),
        (
            "en",
            FAR["en"][0] + "Among those arrested was Marcus Hale, the alleged leader of MS-13.",
            ("Marcus Hale", "Federal Bureau of Investigation"),
        ),
        (
            "pt",
            FAR["pt"][0] + 'Entre os presos está Sandro Melo, o "Bigorna", apontado como chefe do Terceiro '
            "Comando Puro.",
            ("Sandro Melo", "Polícia Federal"),
        ),
    ],
)
def test_an_arrest_far_below_of_someone_it_named_or_of_its_detainees_is_its(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "lead", "partner"),
    [
        (
            "es",
            "La Policía Nacional de Colombia desarticuló una red del Clan del Golfo que enviaba cocaína a "
            "Europa. La investigación contó con información de la DEA.\n\nEntre los capturados está alias "
            '"Jhon Mario", señalado cabecilla de la red en Turbo.',
            "Jhon Mario",
            "Policía Nacional de Colombia",
            "Drug Enforcement Administration",
        ),
        (
            "pt",
            "A Polícia Federal prendeu nesta terça-feira 12 integrantes do Primeiro Comando da Capital em Ponta "
            'Porã. A operação teve a cooperação da DEA.\n\nEntre os presos está Júlio Fontes, o "Barão", '
            "apontado como chefe do PCC na fronteira.",
            "Júlio Fontes",
            "Polícia Federal",
            "Drug Enforcement Administration",
        ),
        (
            "en",
            "The Federal Bureau of Investigation dismantled a cell of MS-13 in Houston, in coordination with "
            "the Salvadoran National Civil Police.\n\nAmong those arrested was Harold Vance, the alleged leader "
            "of the cell.",
            "Harold Vance",
            "Federal Bureau of Investigation",
            "Salvadoran National Civil Police",
        ),
    ],
)
def test_a_partner_abroad_made_none_of_the_arrests_told_after_the_operation(
    rules: Extractor, lang: str, text: str, person: str, lead: str, partner: str
) -> None:
    arrests = rules.arrests(text, lang)
    assert (person, lead) in arrests
    assert (person, partner) not in arrests


def test_a_partner_at_home_is_carried_with_the_operation(rules: Extractor) -> None:
    text = (
        "La Policía Nacional de Colombia desarticuló una red del Clan del Golfo que enviaba cocaína a Europa. "
        "La investigación contó con apoyo del Ejército Nacional de Colombia.\n\nEntre los capturados está "
        'alias "Jhon Mario", señalado cabecilla de la red en Turbo.'
    )
    assert ("Jhon Mario", "Ejército Nacional de Colombia") in rules.arrests(text, "es")


def test_a_partner_abroad_named_in_the_arrest_made_it(rules: Extractor) -> None:
    text = (
        "The Federal Bureau of Investigation and the Salvadoran National Civil Police arrested Harold Vance, "
        "the alleged leader of MS-13, in Houston."
    )
    assert ("Harold Vance", "Salvadoran National Civil Police") in rules.arrests(text, "en")
