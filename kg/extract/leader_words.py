"""Word lists of the leadership rules: what may stand between a name and its cue, discourse
words that are not names, articles, possessives and heading verbs.

>>> "principal" in CUE_ADJECTIVES
True
"""

from __future__ import annotations

from kg.extract.persons import ALIAS_WORDS

BETWEEN_OK = frozenset(
    [
        "a",
        "an",
        "the",
        "other",
        "another",
        "one",
        "of",
        "its",
        "el",
        "la",
        "otro",
        "otra",
        "uno",
        "una",
        "o",
        "um",
        "uma",
        "outro",
        "outra",
        "seu",
        "sua",
        "su",
        "sus",
        "his",
        "their",
        "alleged",
        "presunto",
        "presuntos",
        "suposto",
        "top",
        "main",
        "principal",
        "principales",
        "alto",
        "altos",
        "first",
        "second",
        "third",
        "ranking",
        "and",
        "y",
        "e",
        "reputed",
        "former",
        "ex",
        "de",
        "los",
        "las",
        "of",
        "the",
        "dos",
        "das",
        "one",
        "both",
        "ambos",
        "ambas",
        "considered",
        "considerado",
        "considerada",
    ]
)
OF_WORDS = frozenset({"of", "de", "del", "do", "da", "dos", "das"})
RELATIVE = frozenset({"who", "que", "quien", "quienes", "which"})
DISCOURSE_WORDS = frozenset(
    [
        "however",
        "meanwhile",
        "moreover",
        "additionally",
        "also",
        "still",
        "yet",
        "instead",
        "furthermore",
        "later",
        "then",
        "now",
        "today",
        "yesterday",
        "finally",
        "first",
        "second",
        "third",
        "last",
        "next",
        "overall",
        "previously",
        "currently",
        "recently",
        "ademas",
        "asimismo",
        "tambien",
        "mientras",
        "entonces",
        "hoy",
        "ayer",
        "ahora",
        "luego",
        "despues",
        "finalmente",
        "porem",
        "contudo",
        "entretanto",
        "tambem",
        "hoje",
        "ontem",
        "agora",
        "depois",
        "assim",
        "ainda",
        "segundo",
        "según",
    ]
)
# What may stand before a one-word name: the start of the sentence, a comma, "and", an article.
SINGLE_NAME_OPENERS = frozenset(
    {",", "and", "y", "e", "the", "el", "la", "o", "a", "(", ":", "alias", "vulgo"}
)
ARTICLES = frozenset({"the", "el", "la", "los", "las", "o", "a", "os", "as"})
# Words between a leadership cue and the name: "el cabecilla, conocido como 'Gordo'", "leader, the ...".
GAP_WORDS = ARTICLES | ALIAS_WORDS | {"como", "as", "alias", "vulgo"}
# Verbs of heading a group whose subject may follow them ("que encabeza X", "que chefia X").
HEAD_VERBS = frozenset(
    {"encabeza", "encabezaba", "lidera", "lideraba", "liderava", "dirige", "dirigia", "comanda", "comandaba"}
    | {"comandava", "chefia", "chefiava"}
)
CUE_ADJECTIVES = frozenset(
    {"top", "main", "principal", "maximo", "máximo", "máxima", "supreme", "historic", "former", "ex", "new"}
)
POSSESSIVES = frozenset({"its", "their", "su", "sus", "seu", "sua", "seus", "suas"})
# Kinship words between "by" and a name: "run by his son Daniel", "por su hermano Omar".
KIN_WORDS = frozenset(
    {
        "his",
        "her",
        "their",
        "su",
        "sus",
        "seu",
        "sua",
        "son",
        "brother",
        "father",
        "nephew",
        "uncle",
        "cousin",
    }
    | {"wife", "hijo", "hermano", "padre", "sobrino", "tio", "primo", "filho", "irmao", "pai", "sobrinho"}
)
# Copulas between "one of the leaders of G" and the name: "... do Comando Vermelho é X".
COPULAS = frozenset({"is", "was", "es", "era", "fue", "é", "foi", "são", "son"})
# Verbs that open a predicate naming what a person is: "X is regarded as the boss of G",
# "X was named head of G", "X fue el jefe de G", "X se tornou o chefe do G".
PREDICATE_VERBS = COPULAS | frozenset(
    {"became", "becomes", "remains", "remained", "se", "tornou", "virou", "sigue", "segue", "continua"}
)
# Participles of an apposition that says who describes the person: "X, identified by police as".
DESCRIBED_AS = frozenset(
    {"identified", "described", "named", "regarded", "considered", "believed", "alleged"}
    | {"señalado", "senalado", "identificado", "descrito", "considerado", "apuntado", "sindicado"}
    | {"apontado", "identificado", "descrito", "considerado", "tido", "indicado"}
)
# Prepositions that take the cue out of the predicate: "X was arrested with the boss of G".
PREPOSITIONS = frozenset(
    {"with", "by", "from", "for", "against", "at", "in", "on", "after", "before", "without", "near"}
    | {"con", "por", "para", "contra", "en", "sin", "tras", "ante", "junto"}
    | {"com", "pelo", "pela", "em", "no", "na", "sem", "apos", "após", "perto"}
)
# Nouns that make a leadership word a criminal group's: "the mob boss", "a cartel leader".
GROUP_MODIFIERS = frozenset(
    {"mob", "mafia", "gang", "cartel", "crime", "narco", "drug", "faction", "militia"}
)
