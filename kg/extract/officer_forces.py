"""Forces named only by their officers or in lower case: "policiais civis prenderam ...", "a
polícia civil prendeu ..." stand for the Polícia Civil when the article never spells its name.

>>> OFFICER_FORCES["pt"]["policiais civis"]
'Polícia Civil'
"""

from __future__ import annotations

from kg.extract.langdata import mappings_by_language
from kg.extract.mentions import Analysis, Mention
from kg.extract.text import fold_key, is_capitalized
from kg.schema import AGENCY

OFFICER_FORCES = mappings_by_language("officer_forces")


def officer_forces(analysis: Analysis, blocked: set[int]) -> list[Mention]:
    """Officers of a force the article never names, or the force in lower case: "policiais civis
    prenderam ...", "a polícia civil prendeu ..." stand for the Polícia Civil (where the article
    spells "Polícia Civil ...", the officers are that one's, see
    :func:`kg.extract.coref.officer_references`)."""
    forces = OFFICER_FORCES.get(analysis.lang, {})
    doc = analysis.doc
    firsts = {phrase.split()[0] for phrase in forces}
    hits = [
        (k, name)
        for k in range(len(doc) - 1)
        if doc[k].lower_ in firsts
        and (name := forces.get(f"{doc[k].lower_} {doc[k + 1].lower_}")) is not None
    ]
    if not hits:
        return []
    spelled = {
        fold_key(analysis.surface(k, k + 2)) for k in range(len(doc) - 1) if is_capitalized(doc[k + 1])
    }
    return [
        Mention(AGENCY, name, k, k + 2, "agency-officers")
        for k, name in hits
        if fold_key(name) not in spelled and k not in blocked
    ]
