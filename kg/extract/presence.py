"""What a sentence naming a group and a country does not say of the group's presence there.

A country named only as where someone or something was sent ("extradited to the United
States", "la droga enviada a España"), or a group named only as the one a person leads while
that person is arrested ("the leader of G was arrested in Spain"), places the person or the
load, not the group. Read by the learned stage (:mod:`kg.extract.learned`) and the
home-country rule (:mod:`kg.extract.home`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.function_words import ARTICLES
from kg.extract.text import Tok

# A cue as the learned stage keeps it: (role, start, end).
CueSpan = tuple[str, int, int]
# The cue roles of an arrest or a handover, in which a leader's group is only named.
CUSTODY_ROLES = frozenset({"arrest", "handover"})


def _ends_before(doc: Sequence[Tok], end: int, start: int) -> bool:
    """Only articles stand between token ``end`` and token ``start``."""
    return end <= start and all(t.lower_ in ARTICLES for t in doc[end:start])


def destination_only(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The place at token ``start`` follows "extradited to", "enviada a", "com destino a"."""
    return any(role == "destination" and _ends_before(doc, stop, start) for role, _, stop in cues)


def led_group_in_custody(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The group at token ``start`` is named only as what an arrested person leads: "the leader of
    G was arrested", "cabecilla de la MS-13 ... es capturado"; the sentence says nothing of presence."""
    roles = {role for role, _, _ in cues}
    if "operates" in roles or not roles & CUSTODY_ROLES:
        return False
    ofs = [s for role, s, stop in cues if role == "leader_relation_of" and _ends_before(doc, stop, start)]
    return any(role == "leader" and stop == of for role, _, stop in cues for of in ofs)
