"""The word-for-word English gloss of messages in other languages, from the lexicon files."""

from __future__ import annotations

import pytest

from shared.rag.parts import UNQUOTED_REST, unquoted
from shared.rag.types import Answer
from shared.understanding.gloss import LEXICONS, gloss, parse_glossary, typed_words


def test_gloss_prefers_the_longest_phrase_and_ignores_accents() -> None:
    """ "vamos a abrir una panaderia" (no accent) glosses as a phrase, not word by word."""
    assert gloss("vamos a abrir una panaderia", "es") == "we are going to open a bakery"


def test_gloss_keeps_names_contacts_and_punctuation_as_typed() -> None:
    """Unknown words, emails and phone numbers survive the gloss unchanged."""
    text = "Mi nombre es Inés Ñúñez. Mi correo es ines.nunez@panaderia.mx, celular 503 555 0173."
    assert gloss(text, "es") == (
        "My name is Inés Ñúñez. My email is ines.nunez@panaderia.mx, cell 503 555 0173."
    )


def test_gloss_reorders_a_day_first_date() -> None:
    """ "el 1 de marzo de 2026" becomes "march 1 2026", a date the English reader parses."""
    assert gloss("Abrimos el 1 de marzo de 2026", "es") == "We open march 1 2026"
    assert gloss("l'ouverture le 15 septembre", "fr") == "the opening the 15 september"


def test_months_come_from_the_shared_lexicon() -> None:
    """A month name glosses through lexicon.py's month list, not a second list."""
    assert gloss("im März", "de") == "in the March"
    assert gloss("em setembro", "pt") == "in september"


def test_language_without_glossary_is_left_alone() -> None:
    """A language with no lexicon file (Dutch) is returned as typed."""
    assert gloss("wij openen een café", "nl") == "wij openen een café"


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_lexicon_file_parses(path: object) -> None:
    """Every shipped lexicon line is a "phrase = english" pair (a bad line would raise)."""
    assert len(parse_glossary(path.read_text(encoding="utf-8"))) > 50  # type: ignore[attr-defined]


def test_a_malformed_line_is_rejected() -> None:
    """A line without "=" is a data error naming its line number."""
    with pytest.raises(ValueError, match="line 2"):
        parse_glossary("hola = hello\nadios\n")


def test_kept_english_words_are_not_glossed_alone() -> None:
    """In a mostly-English message, "son" stays English while Spanish phrases are glossed."""
    text = "with my son. necesitamos máquina de espresso y molino"
    assert gloss(text, "es", keep={"son", "y"}) == (
        "with my son. we need espresso machine y grinder"
    )


def test_letters_without_a_decomposition_still_fold() -> None:
    """ "heiße" matches the "heisse" entry and Vietnamese "được" matches "duoc"."""
    assert gloss("Ich heiße Jürgen", "de") == "My name is Jürgen"
    assert gloss("được không", "vi") == "please"


def test_an_answer_quoting_a_gloss_says_the_rest_instead() -> None:
    """The words a glossed question left unanswered are not quoted back in pidgin."""
    answer = Answer(
        text='Night Shift is decaf. I couldn\'t find "¿Like le quitan the cafeína" or "no I want '
        'nada" in our information; our sales team can answer it.',
        sources=[],
        grounded=True,
    )
    assert unquoted(answer).text == f"Night Shift is decaf. {UNQUOTED_REST}"


def test_hyphenated_phrases_match_as_messages_are_split() -> None:
    """ "est-ce que" and "parlez-vous" in a lexicon match the words a message splits into."""
    assert gloss("Parlez-vous anglais? Est-ce que vous livrez?", "fr") == (
        "Do you speak English? Do you deliver?"
    )


def test_an_elided_article_is_its_own_word() -> None:
    """ "l'installation" glosses its article and keeps the noun ("the installation")."""
    assert gloss("J'ai lu que l'installation est incluse.", "fr") == (
        "I read that the installation is included."
    )


def test_a_value_read_from_the_gloss_is_given_back_in_the_visitors_words() -> None:
    """A span of the French gloss maps back to the French the visitor typed, whole phrases."""
    typed = "Notre machine a 12 ans et elle brise au moins une fois par mois. Merci"
    reading = gloss(typed, "fr")
    assert "breaks down at least once a month" in reading
    value = "it breaks down at least once a month"
    assert typed_words(value, typed, "fr") == "elle brise au moins une fois par mois"


def test_the_visitors_words_are_found_whatever_the_accents() -> None:
    """A value the reader took without accents ("cafes") still maps to the typed "cafés"."""
    typed = "Je voudrais un plan d'entretien pour les deux cafés."
    value = "a maintenance plan for the two cafes"
    assert typed_words(value, typed, "fr") == "un plan d'entretien pour les deux cafés"


def test_a_mixed_message_maps_back_through_its_kept_english() -> None:
    """In a mostly-English message glossed with the earlier language, the English stays."""
    typed = "sorry my english not so good. necesitamos máquina y molino"
    assert typed_words("machine y grinder", typed, None, "es") == "máquina y molino"


def test_a_value_not_in_the_gloss_is_kept_as_read() -> None:
    """A value the reader rewrote (not found in the gloss) comes back unchanged."""
    assert typed_words("light roast", "café claro por favor", "es") == "light roast"
    assert typed_words("dark roast", "we like dark roast", None) == "dark roast"


def test_an_answer_names_only_what_the_visitor_typed() -> None:
    """ "We don't carry <gloss>" and "doesn't mention <gloss> by name" quote no gloss; a name
    the visitor typed themselves ("Ottawa") is still said."""
    carried = Answer(
        text="We don't carry coffee brazilian. What we do have: Foundry.", sources=[], grounded=True
    )
    named = Answer(
        text="Our information doesn't mention Outlet Normal Here by name. We cover Oregon.",
        sources=[],
        grounded=True,
    )
    place = Answer(
        text="Our information doesn't mention Ottawa by name. We cover Oregon.",
        sources=[],
        grounded=True,
    )
    assert unquoted(carried, "Vocês têm café brasileiro?").text == (
        "We don't carry that. What we do have: Foundry."
    )
    assert unquoted(named, "funciona na tomada normal daqui?").text == "We cover Oregon."
    assert unquoted(place, "un technicien peut venir à Ottawa ?").text == place.text


def test_a_quoted_entry_matches_only_as_accented() -> None:
    """ "¿Cómo ...?" asks how, while "como 50 kilos" stays "like"; French "à" is "to", "a" has."""
    assert gloss("¿Cómo le quitan la cafeína?", "es").startswith("¿How do you remove")
    assert gloss("como 50 kilos", "es") == "like 50 kilos"
    assert gloss("elle a 12 ans, à Ottawa", "fr") == "it has 12 years, to Ottawa"
