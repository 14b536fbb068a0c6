"""The language data: one folder per language, word lists by key, read by one loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import langdata
from kg.extract.text import LANGUAGES, fold_key


def test_one_folder_per_language() -> None:
    assert langdata.languages() == LANGUAGES
    for lang in LANGUAGES:
        data = langdata.language_data(lang)
        assert data.lists and data.cues, lang


def test_union_is_every_language_and_the_common_words() -> None:
    union = langdata.words("coordination")
    assert union == {"and", "y", "e", ","}
    assert langdata.words("coordination", "es") == {"y", ","}
    assert langdata.words_by_language("personal_pronouns")["en"] == {"he", "she"}


def test_words_are_plain_lowercase_strings() -> None:
    for lang in (*LANGUAGES, langdata.COMMON):
        for key, listed in langdata.language_data(lang).lists.items():
            assert all(w == w.strip() and w == w.lower() and w for w in listed), (lang, key)


def test_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError, match="no word list 'not_a_key'"):
        langdata.words("not_a_key")


def test_a_word_yaml_reads_as_a_boolean_is_refused(data_copy: Path) -> None:
    path = data_copy / "es" / "function.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "extra_negations: [no, nunca]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"function.yaml: extra_negations must be a list of words"):
        langdata.words("extra_negations")


def test_a_key_defined_twice_in_one_language_is_refused(data_copy: Path) -> None:
    path = data_copy / "pt" / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "negations: [jamais]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="negations is defined twice for pt"):
        langdata.words("negations", "pt")


def test_a_key_defined_twice_in_one_file_is_refused(data_copy: Path) -> None:
    """YAML would keep only the second list; the loader names the key instead."""
    path = data_copy / "en" / "function.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "contrast_words: [while]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"function\.yaml: contrast_words defined twice"):
        langdata.words("contrast_words", "en")


def test_a_spanish_cue_is_a_data_edit(data_copy: Path, rules) -> None:  # type: ignore[no-untyped-def]
    """Adding a Spanish pattern: one phrase in es/cues.yaml, and the sentence now states a fact."""
    text = "El Tren de Aragua siembra el terror en Chile desde 2018."
    presence = ("OPERATES_IN", "Tren de Aragua", "Chile")
    assert presence not in rules.facts(text, "es")
    cues = data_copy / "es" / "cues.yaml"
    text_of_cues = cues.read_text(encoding="utf-8")
    cues.write_text(
        text_of_cues.replace("\noperates: [", "\noperates: [siembra el terror en, ", 1), encoding="utf-8"
    )
    langdata.set_data_root(data_copy)  # the matchers read the edited cues from now on
    assert "siembra el terror en" in langdata.cue_phrases("es")["operates"]
    assert presence in rules.facts(text, "es")
    assert presence not in rules.facts(text.replace("siembra el terror en", "recibe visitas de"), "es")


# Accented words whose folded form is another word of the language ("é" and "e", "à" and "a"),
# and the function words read by language detection on unfolded text.
FOLDING_CLASHES = {"é", "à", "às", "más"}
UNFOLDED_LISTS = {"function_words"}


def test_word_lists_hold_the_folded_form_of_each_accented_word() -> None:
    """Word lists are compared with tokens folded of their accents ("máxima" reads "maxima"),
    so a list that holds only the accented form never matches."""
    missing = {
        (lang, key, word)
        for lang in LANGUAGES
        for key, listed in langdata.language_data(lang).lists.items()
        if key not in UNFOLDED_LISTS
        for word in listed
        if word not in FOLDING_CLASHES and fold_key(word) != word and fold_key(word) not in listed
    }
    assert not missing


# Lists a rule also reads as the text is written, accents kept (``Analysis.surface``): a copula
# "é", "sería"; a title or a name's word; "señalado como". Every other list is read on folded tokens.
READ_AS_WRITTEN = UNFOLDED_LISTS | {
    "copulas",
    "predicate_verbs",
    "listing_verbs",
    "hedged_copulas",
    "as_verbs",
    "described_as",
    "titles",
}


def _never_matched() -> set[tuple[str, str, str]]:
    """Entries of lists read only on folded tokens that no folded token can be: an accented word
    ("operación" beside "operacion"), a typographic quote the tokens straighten ("»" reads '"')."""
    return {
        (lang, key, word)
        for lang in (*LANGUAGES, langdata.COMMON)
        for key, listed in langdata.language_data(lang).lists.items()
        if key not in READ_AS_WRITTEN
        for word in listed
        if fold_key(word) != word
    }


def test_word_lists_read_folded_hold_no_word_they_can_never_match() -> None:
    assert not _never_matched()


def test_the_folded_list_check_catches_an_accented_entry(data_copy: Path) -> None:
    people = data_copy / "pt" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    people.write_text(text.replace("member_nouns: [", "member_nouns: [sócio, ", 1), encoding="utf-8")
    langdata.set_data_root(data_copy)
    assert _never_matched() == {("pt", "member_nouns", "sócio")}
