"""A small built graph with the mistakes review should find, from fact files written for these tests.

Every name is invented; dates are there for the ``--as-of`` tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FACTS = """\
source: {publisher: Test Desk, url: https://news.example/desk}
nodes:
  - {type: Gang, name: Cartel de la Montaña, quote: "The Cartel de la Montaña controls the valley."}
  - {type: Gang, name: Cartel de Montaña, quote: "Cartel de Montaña gunmen were seen in the port."}
  - {type: Gang, name: Frente Armado del Norte, quote: "The Frente Armado del Norte grew fast."}
  - {type: Gang, name: FAN, quote: "FAN fighters crossed the river."}
  - {type: Gang, name: Los Cuervos, quote: "Los Cuervos, a faction of the Cartel de la Montaña, run the port."}
  - {type: Leader, name: Rodrigo Valenzuela Ortiz, quote: "Rodrigo Valenzuela Ortiz leads the cartel."}
  - {type: Leader, name: Rodrigo Valenzuela, quote: "Rodrigo Valenzuela was seen in Lima."}
  - {type: Leader, name: Lima, quote: "The cartel operates in Lima, police said."}
  - {type: Gang, name: Banda Solitaria, quote: "Banda Solitaria is a small gang."}
edges:
  - {type: LEADS, source: Rodrigo Valenzuela Ortiz, target: Cartel de la Montaña, published: "2019-05-02"}
  - {type: LEADS, source: Rodrigo Valenzuela, target: Cartel de la Montaña, published: "2020-01-10"}
  - {type: LEADS, source: Lima, target: Cartel de Montaña, published: "2021-03-03"}
  - {type: OPERATES_IN, source: Cartel de la Montaña, target: Peru, published: "2019-05-02", fact_date: "2018"}
  - {type: OPERATES_IN, source: Cartel de la Montaña, target: Chile, published: "2022-08-15"}
  - {type: OPERATES_IN, source: FAN, target: Bolivia, published: "2021-06"}
  - {type: ARRESTED_BY, source: Rodrigo Valenzuela Ortiz, target: Policía Andina, target_type: Agency,
     published: "2023-02-20", fact_date: "2023-02-18"}
  - {type: BASED_IN, source: Policía Andina, target: Peru, published: "2023-02-20"}
"""

WEAK_EDGE = """\
source: {publisher: Other Desk}
edges:
  - {type: OPERATES_IN, source: Frente Armado del Norte, target: Chile, source_type: Gang,
     quote: "Some say the Frente Armado del Norte reached Chile.", published: "2024-01-05"}
"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "facts.yaml").write_text(FACTS, encoding="utf-8")
    return folder
