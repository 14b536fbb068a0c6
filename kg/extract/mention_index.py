"""Mentions by where they start and end, the tokens they cover and their sentence: the index
:class:`kg.extract.mentions.Analysis` keeps so that rules stay linear in text length."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    """What the index reads of a mention (:class:`kg.extract.mentions.Mention`)."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


K = TypeVar("K")
M = TypeVar("M", bound=Span)  # a mention


def _grouped(mentions: Iterable[M], key: Callable[[M], K]) -> dict[K, list[M]]:
    found: dict[K, list[M]] = {}
    for mention in mentions:
        found.setdefault(key(mention), []).append(mention)
    return found


class MentionIndex(Generic[M]):
    """Mentions by start, end, covered token and sentence (each table built when first read)."""

    def __init__(self, mentions: list[M], sent_of: list[int]):
        self.mentions = mentions
        self.sent_of = sent_of

    @cached_property
    def starting(self) -> dict[tuple[str, int], list[M]]:
        return _grouped(self.mentions, lambda m: (m.type, m.start))

    @cached_property
    def ending(self) -> dict[tuple[str, int], list[M]]:
        return _grouped(self.mentions, lambda m: (m.type, m.end))

    @cached_property
    def at(self) -> dict[int, list[M]]:
        return _grouped(self.mentions, lambda m: m.start)

    @cached_property
    def by_sentence(self) -> dict[int, list[M]]:
        within = (m for m in self.mentions if m.start < len(self.sent_of))
        return _grouped(within, lambda m: self.sent_of[m.start])

    @cached_property
    def covering(self) -> dict[int, list[M]]:
        found: dict[int, list[M]] = {}
        for m in self.mentions:
            for k in range(m.start, m.end):
                found.setdefault(k, []).append(m)
        return found

    @cached_property
    def position(self) -> dict[int, int]:
        return {id(m): number for number, m in enumerate(self.mentions)}
