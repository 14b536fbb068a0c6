"""The project's ontology files, shipped as package data.

>>> ONTOLOGY_PATH.name
'tco.ttl'
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_PATH = HERE / "tco.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
BROWSER_STYLE_PATH = HERE / "browser.grass"

__all__ = ["BROWSER_STYLE_PATH", "ONTOLOGY_PATH", "SHAPES_PATH"]
