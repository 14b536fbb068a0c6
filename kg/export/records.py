"""Evidence records as flat tuples, read fast, for the RDF writers.

An export reads every evidence record once to get its field values and the text
its IRI is hashed from. Like :mod:`dataclasses`, this module generates that
reader from the fields of :class:`~kg.model.Evidence`, because plain attribute
reads in generated code are several times faster than a generic loop; a record
whose values have the wrong type falls back to a checked path that drops them.

>>> from kg.model import Evidence
>>> read = EvidenceReader({"start": int, "end": int}, key=["document", "url"])
>>> values, text, key = read(Evidence("d1", "Peru.", start=0))
>>> values[:4], text[:21], key
(('d1', 'Peru.', 0, None), '["d1","Peru.",0,null,', ('d1', None))

The hashed text is the JSON array of the values: unambiguous, so two different
records never hash the same text (a value holding a separator or ``"\\x00"`` cannot
pass for another field or for a missing one).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from kg.model import Evidence

Values = tuple[Any, ...]

hash_text: Callable[[Values], str] = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False
).encode
"""The text an evidence IRI is hashed from: the values as a JSON array."""


def _wrong_type() -> str:
    raise TypeError("a value of the wrong type")


class EvidenceReader:
    """``reader(evidence) -> (values, hash_text, key)``.

    ``types`` maps non-string fields to their type; ``key`` names the fields whose
    values form the third item (the exporters use it to group evidence by document).
    """

    def __init__(self, types: Mapping[str, type], key: list[str]) -> None:
        self.names = [f.name for f in fields(Evidence)]
        self.types = [types.get(name, str) for name in self.names]
        self.key = [self.names.index(name) for name in key]
        self.skipped: Counter[str] = Counter()
        self.fast = self._generate()

    def _generate(self) -> Callable[[Evidence], tuple[Values, str, Values]]:
        reads = "".join(f"    a{i} = e.{name}\n" for i, name in enumerate(self.names))
        checks = []
        for i, kind in enumerate(self.types):
            if kind not in (str, int):
                raise TypeError(f"evidence field {self.names[i]}: unsupported type {kind}")
            checks.append(f"a{i} if a{i} is None or a{i}.__class__ is {kind.__name__} else wrong_type()")
        key = ", ".join(f"a{i}" for i in self.key)
        source = (
            f"def read(e):\n{reads}    values = ({', '.join(checks)},)\n"
            f"    return values, hash_text(values), ({key},)\n"
        )
        namespace: dict[str, Any] = {"hash_text": hash_text, "wrong_type": _wrong_type}
        exec(source, namespace)
        read: Callable[[Evidence], tuple[Values, str, Values]] = namespace["read"]
        return read

    def checked(self, evidence: Evidence) -> Values:
        """The values with any of the wrong type replaced by ``None`` (and counted in ``skipped``)."""
        values = [getattr(evidence, name) for name in self.names]
        for i, (value, kind) in enumerate(zip(values, self.types, strict=True)):
            if value is not None and type(value) is not kind:
                values[i] = None
                self.skipped[f"Evidence.{self.names[i]}"] += 1
        return tuple(values)

    def slow(self, evidence: Evidence) -> tuple[Values, str, Values]:
        """What :attr:`fast` returns, for a record that has values of the wrong type."""
        values = self.checked(evidence)
        return values, hash_text(values), tuple(values[i] for i in self.key)

    def __call__(self, evidence: Evidence) -> tuple[Values, str, Values]:
        try:
            return self.fast(evidence)
        except TypeError:
            return self.slow(evidence)
