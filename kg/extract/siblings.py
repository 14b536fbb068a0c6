"""Kinship words between an agent preposition and the names, and surnames shared by siblings.

"fundada pelos irmãos A e B", "bajo el liderazgo de los hermanos A y B C", "by the brothers A and
B": the kinship words may stand between "by / por / de" and the first name, and siblings listed
as "los hermanos José Alfredo y Johnny Hurtado Olascoaga" share the surname given last.

>>> shared_surname(["José Alfredo", "Johnny Hurtado Olascoaga"])
['José Alfredo Hurtado Olascoaga', 'Johnny Hurtado Olascoaga']
>>> shared_surname(["Jerônimo Guimarães Filho", "Natalino Guimarães"])
['Jerônimo Guimarães Filho', 'Natalino Guimarães']
"""

from __future__ import annotations

from kg.extract.text import Tok

SIBLING_WORDS = frozenset(
    {"brothers", "hermanos", "irmaos", "irmãos", "sisters", "hermanas", "irmas", "irmãs"}
)
KIN_GAP = SIBLING_WORDS | frozenset(
    {"the", "los", "las", "os", "as", "o", "a", "el", "la", "his", "her", "their", "su", "sus"}
    | {"seu", "sua", "seus", "suas", "brother", "hermano", "irmao", "irmão", "son", "sons", "hijo"}
    | {"hijos", "filho", "filhos", "father", "padre", "pai", "cousins", "primos", "twin", "gemelos"}
)


def kin_gap(doc: list[Tok], start: int, end: int) -> bool:
    """Tokens ``start:end`` are only articles, possessives and kinship words (or nothing)."""
    return all(doc[k].lower_ in KIN_GAP for k in range(start, end))


def siblings_before(doc: list[Tok], start: int, lookback: int = 3) -> bool:
    """A plural sibling word stands just before the name at ``start`` ("los hermanos A y B")."""
    return any(doc[k].lower_ in SIBLING_WORDS for k in range(max(0, start - lookback), start))


def shared_surname(names: list[str]) -> list[str]:
    """Siblings listed with the surname only on the last name: the others take it too (call it
    only after :func:`siblings_before`)."""
    if len(names) < 2:
        return names
    last = names[-1].split()
    if len(last) < 3:
        return names
    surname = last[-2:]
    return [
        n if len(n.split()) > 2 or n.split()[-len(surname) :] == surname else " ".join([*n.split(), *surname])
        for n in names[:-1]
    ] + [names[-1]]


def first_names_before(doc: list[Tok], start: int, person_start: int) -> list[tuple[int, str]] | None:
    """ "los hermanos Juan y Humberto García": the one-word first names listed between the
    kinship words (from ``start``) and the full name at ``person_start``, or None if something
    else stands there."""
    k = start
    while k < person_start and doc[k].lower_ in KIN_GAP:
        k += 1
    if not siblings_before(doc, k):
        return None
    found: list[tuple[int, str]] = []
    while k < person_start:
        token = doc[k]
        if token.is_alpha and token.text[:1].isupper():
            found.append((k, token.text))
        elif token.lower_ not in {",", "and", "y", "e"}:
            return None
        k += 1
    return found
