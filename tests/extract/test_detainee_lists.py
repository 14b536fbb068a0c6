"""A list after "Fueron capturados:" / "Foram presos:" / "Those arrested were:" names detainees,
not leaders, even when one item is called the leader; a list after a sentence about leaders names
leaders."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "members"),
    [
        (
            "es",
            "La Policía desarticuló la banda Los Ñandúes del Norte, cuyo cabecilla fue identificado.\n"
            "Fueron capturados:\n"
            '- Ramiro Tello Vargas (34), alias "Chato", señalado como cabecilla;\n'
            '- Kevin Ruiz Palomino (22), alias "Pollito";\n'
            '- Wilmer Díaz Soto (41), alias "Tío".\n',
            ["Kevin Ruiz Palomino", "Wilmer Díaz Soto"],
        ),
        (
            "pt",
            "A Polícia Civil prendeu o chefe da facção Bonde da Serra e outros integrantes.\n"
            "Entre os presos também estão:\n"
            '• Lucas Nunes Sobreira, o "Sobral", 23, gerente do tráfico;\n'
            '• Renan Viegas Couto, o "Alemão", 26.\n',
            ["Lucas Nunes Sobreira", "Renan Viegas Couto"],
        ),
        (
            "en",
            "Police arrested the leader of the Los Ñandúes gang and several members.\n"
            "Those arrested were:\n"
            "- Ramiro Tello Vargas, 34;\n"
            "- Kevin Ruiz Palomino, 22.\n",
            ["Ramiro Tello Vargas", "Kevin Ruiz Palomino"],
        ),
    ],
)
def test_a_list_of_detainees_names_no_leaders(ex, lang: str, text: str, members: list[str]) -> None:
    leaders = {person for person, _ in ex.leads(text, lang)}
    assert not leaders & set(members), leaders


def test_a_list_after_a_sentence_about_leaders_names_leaders(ex) -> None:
    text = (
        "La Fiscalía identificó a los cabecillas de la banda Los Ñandúes del Norte. Son ellos:\n"
        '- Ramiro Tello Vargas, alias "Chato";\n'
        '- Kevin Ruiz Palomino, alias "Pollito".\n'
    )
    leads = ex.leads(text, "es")
    assert {
        ("Ramiro Tello Vargas", "Los Ñandúes del Norte"),
        ("Kevin Ruiz Palomino", "Los Ñandúes del Norte"),
    } <= leads


def test_a_detainee_called_the_leader_in_a_list_leads_the_articles_group(ex) -> None:
    text = (
        "La Policía desarticuló la banda criminal Los Ñandúes del Norte, dedicada a la extorsión.\n\n"
        "El operativo fue ejecutado en la madrugada por agentes de la Dirincri.\n\n"
        "Fueron capturados:\n"
        '- Ramiro Tello Vargas (34), alias "Chato", señalado como cabecilla;\n'
        '- Kevin Ruiz Palomino (22), alias "Pollito".\n'
    )
    assert ex.leads(text, "es") == {("Ramiro Tello Vargas", "Los Ñandúes del Norte")}


def test_a_list_in_an_article_about_no_group_names_no_leader(ex) -> None:
    text = (
        "La Policía intervino un local en el centro de la ciudad.\n\n"
        "Fueron capturados:\n"
        "- Ramiro Tello Vargas (34), señalado como cabecilla;\n"
        "- Kevin Ruiz Palomino (22).\n"
    )
    assert not ex.leads(text, "es")
