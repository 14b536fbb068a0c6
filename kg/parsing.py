"""JSON and YAML from files we did not write, parsed within limits.

Every structured input (fact files, front matter, ``graph.json``) goes through
:func:`parse_json` or :func:`parse_yaml`, so one set of limits holds everywhere:
nesting at most :data:`MAX_DEPTH` levels, integers of at most :data:`MAX_INT_DIGITS`
digits, YAML aliases expanding to at most :data:`MAX_ALIAS_EXPANSION` extra values
(a 400-byte "billion laughs" file stays 400 bytes), no NaN or infinity, no lone
surrogate in a string. YAML dates stay text, checked where a date is read
(:func:`iso_date`), so ``2025-13-45`` is a clear error, not a crash in the parser.

>>> parse_yaml("date: 2025-02-12\\nn: 3", "a.yaml")
{'date': '2025-02-12', 'n': 3}
>>> bomb = "a: &a [x, x]\\nb: &b [*a, *a]\\nc: &c [*b, *b]\\n" + "d: [" + ", ".join(["*c"] * 30000) + "]"
>>> parse_yaml(bomb, "bomb.yaml")
Traceback (most recent call last):
...
kg.errors.InputError: bomb.yaml: YAML aliases expand to more than 100,000 values
>>> parse_json('{"n": NaN}', "g.json")
Traceback (most recent call last):
...
kg.errors.InputError: g.json: NaN is not a number JSON allows
>>> iso_date("2025-13-45", "a.md", "date")
Traceback (most recent call last):
...
kg.errors.InputError: a.md: date: '2025-13-45' is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any, NoReturn

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

from kg.errors import InputError

MAX_DEPTH = 100
MAX_INT_DIGITS = 100
MAX_ALIAS_EXPANSION = 100_000

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_ISO_LIKE = re.compile(r"\d{4}(-\d{1,2}(-\d{1,2})?)?([T ].*)?")
_SURROGATES = re.compile("[\ud800-\udfff]")


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader with dates left as text, and limits on depth, numbers and aliases."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - the class attribute PyYAML reads
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_document(self) -> Any:
        node = super().compose_document()
        _check_expansion(node)
        return node

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        if sum(ch.isdigit() for ch in node.value) > MAX_INT_DIGITS:
            raise ConstructorError(
                None, None, f"integer with more than {MAX_INT_DIGITS} digits", node.start_mark
            )
        return int(super().construct_yaml_int(node))


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


class _AliasBomb(Exception):
    pass


def _check_expansion(root: Any) -> None:
    """Refuse a document whose aliases expand far beyond its size, or refer to themselves."""
    sizes: dict[int, int] = {}
    unique: set[int] = set()

    def size(node: Any, active: set[int]) -> int:
        key = id(node)
        unique.add(key)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise _AliasBomb("a YAML alias refers to itself")
        active.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child, active) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k, active) + size(v, active) for k, v in node.value)
        active.discard(key)
        sizes[key] = total
        if total - len(unique) > MAX_ALIAS_EXPANSION:
            raise _AliasBomb(f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION:,} values")
        return total

    if root is not None:
        size(root, set())


def _where(exc: yaml.YAMLError, first_line: int) -> str:
    mark = getattr(exc, "problem_mark", None)
    return f" at line {mark.line + first_line}" if mark is not None else ""


def parse_yaml(text: str, shown: str, what: str = "malformed YAML", first_line: int = 1) -> Any:
    """The data of a YAML text; :class:`InputError` naming ``shown`` for any problem."""
    try:
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader: no Python objects
    except _AliasBomb as exc:
        raise InputError(shown, str(exc)) from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or exc
        raise InputError(shown, f"{what}{_where(exc, first_line)}: {problem}") from None
    except RecursionError:
        raise InputError(shown, f"{what}: nested too deeply") from None
    except (ValueError, OverflowError) as exc:  # PyYAML lets some through, e.g. "\UFFFFFFFF"
        raise InputError(shown, f"{what}: {exc}") from None
    check_values(data, shown)
    return data


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"an integer with more than {MAX_INT_DIGITS} digits")
    return int(text)


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str, shown: str) -> Any:
    """The data of a JSON text; :class:`InputError` naming ``shown`` for any problem."""
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            shown, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise InputError(shown, str(exc)) from None
    except RecursionError:
        raise InputError(shown, f"JSON nested more than {MAX_DEPTH} levels deep") from None
    check_values(data, shown)
    return data


def check_values(data: Any, shown: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH`, NaN or infinity, and strings with lone surrogates.

    (A NUL byte in a file means it is not text, see :func:`loaders.reading.read_text`;
    an escaped ``\\u0000`` inside a JSON string is just a character.)
    """
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError(shown, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, str):
            bad = _SURROGATES.search(value)
            if bad:
                raise InputError(
                    shown, f"text contains a lone surrogate ({bad.group()!a}), not valid Unicode text"
                )
        elif isinstance(value, float) and not math.isfinite(value):
            raise InputError(shown, f"{value} is not a number the graph can store")
        elif isinstance(value, dict):
            stack.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def iso_date(value: object, shown: str, where: str) -> str | None:
    """A date as ISO 8601 text; a value that looks like an ISO date but is not one is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(shown, f"{where}: expected a date, not {type(value).__name__}")
    text = str(value).strip()
    if not _ISO_LIKE.fullmatch(text):
        return text or None  # free text such as "March 2024" is kept as given
    try:
        if len(text) <= 4:
            dt.date(int(text), 1, 1)
        elif text.count("-") == 1 and len(text) <= 7:
            year, month = text.split("-")
            dt.date(int(year), int(month), 1)
        elif len(text) <= 10:
            return dt.date.fromisoformat(_padded(text)).isoformat()
        else:
            return dt.datetime.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(
            shown, f"{where}: {text!r} is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None
    return text


def _padded(text: str) -> str:
    year, month, day = text.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"
