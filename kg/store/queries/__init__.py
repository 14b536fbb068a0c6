"""The Cypher query library: one ``*.cypher`` file per question analysts ask.

Each file starts with ``//`` comment lines: a one-line description, then one
``// @param NAME TYPE[= DEFAULT]: description`` line per parameter.

>>> sorted(p.name for p in QUERIES_DIR.glob("*.cypher"))[0]
'allies-rivals.cypher'
"""

from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent

__all__ = ["QUERIES_DIR"]
