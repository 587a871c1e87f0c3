"""Questions in learner English answered as asked: a letter's courtesies and a greeting or
thanks in another language ask nothing, "wich" and "e-mail" are spellings of words the
knowledge base has, and a blend named by what its name says ("the decaffeinated coffee") is
that blend."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.described import described_member
from shared.rag.spelling import Speller
from shared.understanding.courtesies import without_courtesies

from .conftest import KNOWLEDGE_BASE

CATALOG = catalog_from_folder(KNOWLEDGE_BASE)


def test_a_letters_salutation_and_sign_off_are_taken_off() -> None:
    """'Dear Madam, ... Best regards, Ana' and 'Guten Morgen, ... grazie mille' keep the ask."""
    assert without_courtesies("Dear Madam, how long is the warranty? Best regards, Ana") == (
        "how long is the warranty?"
    )
    assert without_courtesies("Guten Morgen, you sell cups? grazie mille") == "you sell cups?"
    assert without_courtesies("Bonsoir Madame, the Pico costs what?") == "the Pico costs what?"


def test_courtesy_words_inside_the_question_stay() -> None:
    """Negative: 'dear' or 'regards' inside a sentence is no courtesy, and a courtesy alone is
    left as typed."""
    assert without_courtesies("is the Pico dear to run?") == "is the Pico dear to run?"
    text = "what regards the warranty of the grinder?"
    assert without_courtesies(text) == text
    assert without_courtesies("Kind regards") == "Kind regards"


def test_a_misspelt_which_and_a_hyphenated_email_are_read_as_meant() -> None:
    """'wich' is 'which' and 'e-mail' is 'email'; the wych elm's 'wich' is no topic word."""
    speller = Speller(["email", "sales"])
    assert speller.correct("wich e-mail for sales") == "which email for sales"
    assert speller.correct("the witch of sales") == "the witch of sales"


def test_a_blend_named_by_a_word_of_its_name_is_that_blend() -> None:
    """'the decaffeinated coffee' is the Night Shift Decaf, 'the organic blend' the Riverbend."""
    said = described_member("price of the decaffeinated coffee?", CATALOG)
    assert said == "price of the Night Shift Decaf?"
    said = described_member("is the organic blend strong?", CATALOG)
    assert said == "is the Riverbend Organic strong?"


def test_a_word_no_name_holds_names_no_blend() -> None:
    """Negative: 'the strong coffee' names no blend by its name and stays as asked."""
    assert described_member("price of the strong coffee?", CATALOG) == (
        "price of the strong coffee?"
    )


def test_learner_questions_with_courtesies_are_answered(answerer: Answerer) -> None:
    """A decaf price asked with a letter's courtesies and a sales address asked with 'wich'
    and 'e-mail' are answered, not declined."""
    asked = "Dear Sirs, which is the cost of the decaffeinated coffee? Regards"
    reply = answerer.answer(asked).text
    assert "$13.25" in reply
    reply = answerer.answer("Hola, wich is the e-mail of your sales people? gracias").text
    assert "sales@copperline.coffee" in reply


def test_a_learner_question_the_kb_cannot_answer_still_abstains(answerer: Answerer) -> None:
    """Negative: courtesies taken off, a question about something the knowledge base never
    says ('a vegan certificate') is still declined."""
    reply = answerer.answer("Dear Sir, wich vegan certificate has your company? Kind regards")
    assert not reply.grounded
