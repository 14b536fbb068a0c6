"""Word lists of the leadership rules: what may stand between a name and its cue, discourse
words that are not names, articles, possessives and heading verbs.

>>> "principal" in CUE_ADJECTIVES
True
"""

from __future__ import annotations

from kg.extract.function_words import ARTICLES, COPULAS, POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.person_nicknames import ALIAS_WORDS

BETWEEN_OK = words("between_name_and_cue")
RELATIVE = words("relative_pronouns")
DISCOURSE_WORDS = words("discourse_words")
# What may stand before a one-word name: the start of the sentence, a comma, "and", an article.
SINGLE_NAME_OPENERS = words("single_name_openers")
# Words between a leadership cue and the name: "el cabecilla, conocido como 'Gordo'", "leader, the ...".
GAP_WORDS = ARTICLES | ALIAS_WORDS | words("gap_words")
# Verbs of heading a group whose subject may follow them ("que encabeza X", "que chefia X").
HEAD_VERBS = words("head_verbs")
CUE_ADJECTIVES = words("leader_cue_adjectives")
# Kinship words between "by" and a name: "run by his son Daniel", "por su hermano Omar".
KIN_WORDS = words("kin_words")
KIN_PLURALS = words("kin_plurals")  # "led by sons of X"
# Copulas between "one of the leaders of G" and the name: "... do Comando Vermelho é X".
# Verbs that open a predicate naming what a person is: "X is regarded as the boss of G",
# "X was named head of G", "X fue el jefe de G", "X se tornou o chefe do G".
PREDICATE_VERBS = COPULAS | words("predicate_verbs")
# Participles of an apposition that says who describes the person: "X, identified by police as".
DESCRIBED_AS = words("described_as")
# "X, who was named as the boss of G", "X, que fue señalado como jefe de G"
# "X served as head of G": a verb whose predicate follows "as"
AS_VERBS = words("as_verbs")
# "the wife of the leader of G", "el abogado del jefe de G": someone tied to a leader.
ASSOCIATES = words("leader_associates")
ASSOCIATE_PLURALS = words("leader_associate_plurals")  # "his brothers belong to G"
# Prepositions that take the cue out of the predicate: "X was arrested with the boss of G".
PREPOSITIONS = words("leader_prepositions")
# Nouns that make a leadership word a criminal group's: "the mob boss", "a cartel leader".
GROUP_MODIFIERS = words("group_modifiers")
# What links an office to the body it belongs to: "head of research at X", "jefe de prensa de X".
OFFICE_LINKS = words("office_links")
# What a person in charge of a group runs: "in charge of the cells of G", "a cargo de las finanzas de G".
CHARGE_OBJECTS = words("charge_objects")
# "community leader X", "el líder social X", "o líder comunitário X": a leader of no criminal group.
CIVIC_WORDS = words("civic_leader_words")
# "comandava o tráfico na Rocinha para o CV": what stands before the group a business is run for.
TRADE_FOR_WORDS = words("trade_for_words")
# "the lawyer of one of the leaders of G": the word before "of" that picks one of several.
ONE_WORDS = words("one_of_words")
# "Led by X, members of G": a group's members, named before the group.
MEMBER_WORDS = words("member_words")
# Plain group words that may stand before a group's name: "el grupo Los Lobos", "the organization G".
GROUP_NOUNS = words("group_nouns")
# The English possessive: "the gang's boss", "MS-13's leaders".
POSSESSIVE_MARKS = frozenset({POSSESSIVE_S, "'"})
