"""Origin told in a relative clause ("cuyo origen está en", "cuja origem está no", "whose roots
lie in"), by a faction's nationality ("the Brazilian faction X"), in an opening participle clause
with commas of its own, or in an apposition; and read only within the origin's own clause: a
country the group sends drugs to after a comma or "and" is no origin."""

from __future__ import annotations

import pytest

ORIGINS = [
    # a relative clause, a faction's nationality, a clause that goes on past a place
    (
        "es",
        "La banda Los Cuervos, cuyo origen está en Colombia, trafica cocaína hacia Europa.",
        ("Los Cuervos", "Colombia"),
    ),
    (
        "pt",
        "A facção Comando Norte, cuja origem está no Brasil, domina presídios no Paraguai.",
        ("Comando Norte", "Brazil"),
    ),
    (
        "en",
        "The Black Lynx gang, whose roots lie in the slums of Caracas, ships cocaine to Spain.",
        ("Black Lynx", "Venezuela"),
    ),
    ("en", "Police said the Brazilian faction Black Lynx controls the route.", ("Black Lynx", "Brazil")),
    (
        "es",
        "La banda Los Cuervos, nacida en Guayaquil, Ecuador, envía cocaína a España.",
        ("Los Cuervos", "Ecuador"),
    ),
    (
        "es",
        "La banda Los Cuervos nació en Colombia y en Venezuela, según la fiscalía.",
        ("Los Cuervos", "Colombia"),
    ),
    (
        "pt",
        "Nascida e fortalecida dentro das cadeias do Paraná nos anos 2000, a facção Comando Norte "
        "chegou ao Paraguai.",
        ("Comando Norte", "Brazil"),
    ),
    # an opening participle clause with commas of its own
    (
        "pt",
        "Nascida em 1999 na Penitenciária Central do Estado, no interior do Paraná, a facção Comando Norte "
        "chegou ao Paraguai.",
        ("Comando Norte", "Brazil"),
    ),
    (
        "es",
        "Fundada en 2005 en el penal de Tocorón, en el estado Aragua, la banda Los Cuervos llegó a Chile.",
        ("Los Cuervos", "Venezuela"),
    ),
    # a nationality in apposition with a plain group noun
    (
        "en",
        "Prosecutors say the cell worked for the Black Lynx gang, an Albanian trafficking network that "
        "ships cocaine to Rotterdam.",
        ("Black Lynx", "Albania"),
    ),
    (
        "es",
        "La fiscalía dice que la célula trabajaba para la banda Los Cuervos, una red albanesa de tráfico.",
        ("Los Cuervos", "Albania"),
    ),
    # the place may stand far from the cue, within its clause
    (
        "es",
        "La banda Los Cuervos, surgida a fines de los años 90 en el barrio San Martín, en el sur de "
        "Rosario, domina el narcomenudeo.",
        ("Los Cuervos", "Argentina"),
    ),
    (
        "en",
        "The Black Lynx gang, formed in the late 1990s in a poor district of the town of Quevedo, in the "
        "province of Guayas, controls the port.",
        ("Black Lynx", "Ecuador"),
    ),
    # a group word restating the group
    (
        "es",
        "La policía detuvo a tres miembros de la banda Los Cuervos, la banda nacida en las cárceles venezolanas.",
        ("Los Cuervos", "Venezuela"),
    ),
    (
        "en",
        "Police arrested a member of the Black Lynx gang, the gang born in a Venezuelan prison.",
        ("Black Lynx", "Venezuela"),
    ),
    (
        "es",
        "La banda Los Cuervos, organización venezolana, llegó a Chile en 2018.",
        ("Los Cuervos", "Venezuela"),
    ),
    (
        "en",
        "Paraguayan police arrested two members of the Black Lynx gang. The Brazilian faction controls the border.",
        ("Black Lynx", "Brazil"),
    ),
    # a plural group word with a nationality covers each group listed after it
    (
        "en",
        "Police say the Mexican cartels CJNG and Sinaloa Cartel fight over fentanyl.",
        ("Sinaloa Cartel", "Mexico"),
    ),
    (
        "pt",
        "As facções brasileiras PCC e Comando Vermelho disputam rotas no Paraguai.",
        ("Comando Vermelho", "Brazil"),
    ),
]

NOT_ORIGINS = [
    # a relative clause after the founders tells of them, not of the group
    (
        "en",
        "The Black Lynx gang was founded in the late 1990s by a former police officer who later fled to Chile.",
    ),
    (
        "es",
        "La banda Los Cuervos, creada en 2010 por exmilitares que se habían entrenado en Colombia, controla el puerto.",
    ),
    ("en", "The Black Lynx gang, founded in 2005, ships cocaine to Spain."),
    ("en", "The Black Lynx gang, whose origins are in dispute, ships cocaine to Spain."),
    ("es", "La banda Los Cuervos, fundada en 2005, envía cocaína a España."),
    ("es", "La banda Los Cuervos nació en 2005 y envía cocaína a España."),
    ("es", "La banda Los Cuervos, cuyo origen está en discusión, envía cocaína a España."),
    ("pt", "A facção Comando Norte, cuja origem está em debate, envia cocaína para Portugal."),
    ("pt", "A facção Comando Norte surgiu em 1990 e hoje envia cocaína para Portugal."),
    ("en", "Prosecutors say the cell worked for the Black Lynx gang, an Albanian businessman said."),
    (
        "es",
        "La banda Los Cuervos, surgida a fines de los años 90 en un barrio humilde, vende cocaína en Chile "
        "y Perú desde hace años.",
    ),
    ("es", "La policía detuvo a un miembro de la banda Los Cuervos, nacido en Colombia."),
]

NOT_THIS_ORIGIN = [
    # a singular group word is the first group's only
    (
        "es",
        "La banda colombiana Los Cuervos y la banda Los Pumas se disputan el puerto.",
        ("Los Pumas", "Colombia"),
    ),
    ("en", "The Brazilian faction of the Black Lynx gang controls the route.", ("Black Lynx", "Brazil")),
    (
        "pt",
        "Nascida em 1999 como braço da facção Falange Azul, no interior do Paraná, a facção Comando Norte "
        "chegou ao Paraguai.",
        ("Comando Norte", "Brazil"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), ORIGINS)
def test_the_origin_is_read(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_ORIGINS)
def test_no_origin_is_read(rules, lang: str, text: str) -> None:
    """A destination after the origin's clause, a person's nationality, a member's birthplace."""
    assert not rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), NOT_THIS_ORIGIN)
def test_this_origin_is_not_read(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    """ "the Brazilian faction of G" is a part of G; an opening clause that names another group."""
    assert fact not in rules.related("ORIGINATED_IN", text, lang)
