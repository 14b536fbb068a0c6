"""Evidence records as flat tuples, read fast, for the RDF writers.

An export reads every evidence record once to get its field values and the text
its IRI is hashed from. Like :mod:`dataclasses`, this module generates that
reader from the fields of :class:`~kg.model.Evidence`, because plain attribute
reads in generated code are several times faster than a generic loop; a record
whose values have the wrong type falls back to a checked path that drops them.

>>> from kg.model import Evidence
>>> read = EvidenceReader({"start": int, "end": int}, key=["document", "url"])
>>> values, text, key = read(Evidence("d1", "Peru.", start=0))
>>> values[:4], text.split("\\x1f")[:4], key
(('d1', 'Peru.', 0, None), ['d1', 'Peru.', '0', '\\x00'], ('d1', None))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from kg.model import Evidence

ABSENT = "\x00"
SEPARATOR = "\x1f"
LATER_FIELDS = ("page",)
"""Evidence fields added after evidence IRIs were first minted. They enter the hash text
only when set, so a record without them keeps the IRI it always had."""

Values = tuple[Any, ...]


def hash_text(values: Values, later: frozenset[int] = frozenset()) -> str:
    """The text an evidence IRI is hashed from: the values, ``None`` as ``\\x00``; the values
    at the ``later`` positions are appended only when set.

    >>> hash_text(("d1", None, 3), later=frozenset({2})).split(SEPARATOR)
    ['d1', '\\x00', '3']
    >>> hash_text(("d1", None, None), later=frozenset({2})) == hash_text(("d1", None))
    True
    """
    base = SEPARATOR.join([ABSENT if v is None else str(v) for i, v in enumerate(values) if i not in later])
    return base + "".join(SEPARATOR + str(values[i]) for i in sorted(later) if values[i] is not None)


def _not_int() -> str:
    raise TypeError("not an integer")


class EvidenceReader:
    """``reader(evidence) -> (values, hash_text, key)``.

    ``types`` maps non-string fields to their type; ``key`` names the fields whose
    values form the third item (the exporters use it to group evidence by document).
    """

    def __init__(self, types: Mapping[str, type], key: list[str]) -> None:
        self.names = [f.name for f in fields(Evidence)]
        self.types = [types.get(name, str) for name in self.names]
        self.key = [self.names.index(name) for name in key]
        self.later = frozenset(self.names.index(name) for name in LATER_FIELDS)
        self.skipped: Counter[str] = Counter()
        self.fast = self._generate()

    def _generate(self) -> Callable[[Evidence], tuple[Values, str, Values]]:
        reads = "".join(f"    a{i} = e.{name}\n" for i, name in enumerate(self.names))
        texts, later = [], []
        for i, kind in enumerate(self.types):
            if kind is str:  # join() and + raise TypeError for anything but a string
                value = f"a{i}"
            elif kind is int:
                value = f"(str(a{i}) if a{i}.__class__ is int else not_int())"
            else:
                raise TypeError(f"evidence field {self.names[i]}: unsupported type {kind}")
            if i in self.later:
                later.append(f' + ("" if a{i} is None else SEPARATOR + {value})')
            else:
                texts.append(f"ABSENT if a{i} is None else {value}")
        variables = ", ".join(f"a{i}" for i in range(len(self.names)))
        key = ", ".join(f"a{i}" for i in self.key)
        text = f"SEPARATOR.join(({', '.join(texts)},)){''.join(later)}"
        source = f"def read(e):\n{reads}    return ({variables},), {text}, ({key},)\n"
        namespace: dict[str, Any] = {"ABSENT": ABSENT, "SEPARATOR": SEPARATOR, "not_int": _not_int}
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
        return values, hash_text(values, self.later), tuple(values[i] for i in self.key)

    def __call__(self, evidence: Evidence) -> tuple[Values, str, Values]:
        try:
            return self.fast(evidence)
        except TypeError:
            return self.slow(evidence)
