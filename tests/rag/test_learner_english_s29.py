"""Questions in learner English answered as asked: a letter's courtesies and a greeting or
thanks in another language ask nothing, "wich" and "e-mail" are spellings of words the
knowledge base has, and a blend named by what its name says ("the decaffeinated coffee") is
that blend."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.described import described_member
from shared.rag.question import as_custom
from shared.rag.spelling import Speller
from shared.understanding.courtesies import without_courtesies
from shared.understanding.learner_questions import as_native

from .conftest import KNOWLEDGE_BASE

CATALOG = catalog_from_folder(KNOWLEDGE_BASE)


def test_a_letters_salutation_and_sign_off_are_taken_off() -> None:
    """'Dear Madam, ... Best regards, Ana', 'Guten Morgen, ... grazie mille' and 'Three
    questions: ...' keep the ask."""
    assert without_courtesies("Dear Madam, how long is the warranty? Best regards, Ana") == (
        "how long is the warranty?"
    )
    assert without_courtesies("Guten Morgen, you sell cups? grazie mille") == "you sell cups?"
    assert without_courtesies("Bonsoir Madame, the Pico costs what?") == "the Pico costs what?"
    assert without_courtesies("We have 3 questions: price? warranty?") == "price? warranty?"


def test_courtesy_words_inside_the_question_stay() -> None:
    """Negative: 'dear' or 'regards' inside a sentence is no courtesy, and a courtesy alone is
    left as typed."""
    assert without_courtesies("is the Pico dear to run?") == "is the Pico dear to run?"
    text = "what regards the warranty of the grinder?"
    assert without_courtesies(text) == text
    assert without_courtesies("Kind regards") == "Kind regards"
    text = "two questions about the pico: price and warranty?"
    assert without_courtesies(text) == text


def test_a_misspelt_which_and_a_hyphenated_email_are_read_as_meant() -> None:
    """'wich' is 'which', 'e-mail' is 'email' and 'telephone' is 'phone'; the wych elm's
    'wich' is no topic word."""
    speller = Speller(["email", "sales"])
    assert speller.correct("wich e-mail for sales") == "which email for sales"
    assert speller.correct("telephone or telephon") == "phone or phone"
    assert speller.correct("the witch of sales") == "the witch of sales"


def test_a_blend_named_by_a_word_of_its_name_is_that_blend() -> None:
    """'the decaffeinated coffee' is the Night Shift Decaf, 'the organic blend' the Riverbend."""
    said = described_member("price of the decaffeinated coffee?", CATALOG)
    assert said == "price of the Night Shift Decaf?"
    said = described_member("is the organic blend strong?", CATALOG)
    assert said == "is the Riverbend Organic strong?"


def test_a_word_no_name_holds_names_no_blend() -> None:
    """Negative: 'the strong coffee' names no blend by its name, and 'the barista training'
    names a kind (whose word one course's name also holds): both stay as asked."""
    assert described_member("price of the strong coffee?", CATALOG) == (
        "price of the strong coffee?"
    )
    text = "is the barista training free with it?"
    assert described_member(text, CATALOG) == text


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


def test_statement_order_asks_are_put_as_questions() -> None:
    """'there is a deposit?', 'we could pay later?' and 'to ship it on Monday is possible?'
    read as the native questions."""
    assert as_native("and there is a deposit for the machine?") == (
        "and is there a deposit for the machine?"
    )
    assert as_native("If it breaks, we could pay later?") == "If it breaks, could we pay later?"
    assert as_native("to ship it on Monday is possible?") == "is it possible to ship it on Monday?"
    assert as_native("It is possible to rent a grinder?") == "is it possible to rent a grinder?"


def test_which_of_one_thing_and_for_before_a_verb_read_natively() -> None:
    """'which is your address' is 'what is your address'; 'for to try' and 'for send' are
    'to try' and 'to send'; 'give them back' is returning them."""
    assert as_native("which is your address of the roastery?") == (
        "what is your address of the roastery?"
    )
    assert as_native("how long for send the beans?") == "how long to send the beans?"
    assert as_native("we need samples for to try?") == "we need samples to try?"
    assert as_native("the bags, we can give them back?") == "the bags, can we return them?"


def test_a_stop_for_a_while_is_a_pause() -> None:
    """'interrupt the deliveries during summer' is a pause; 'stop the subscription' stays."""
    assert as_native("we can interrupt the deliveries during summer?") == (
        "can we pause the deliveries during summer?"
    )
    assert as_native("we can stop the subscription?") == "can we stop the subscription?"


def test_when_an_item_arrives_is_its_lead_time(answerer: Answerer) -> None:
    """'when it will be here' after the 3-group is its lead time, not coffee delivery days."""
    reply = answerer.answer("if we buy now, when it will be here?", ["Lumen 3-Group"]).text
    assert "three-week" in reply


def test_statements_and_real_choices_stay_as_typed() -> None:
    """Negative: a statement ('we can wait a month.'), a choice ('which is the better one',
    'which is the grinder, the 64 or the 75?') and 'for' before a noun stay."""
    for text in [
        "we can wait a month.",
        "which is the better one for us?",
        "which is the grinder for espresso, the 64 or the 75?",
        "is there a discount for delivery?",
        "there is a café next door. we can share?",
    ]:
        assert as_native(text) == text.replace("we can share?", "can we share?")


def test_a_blend_with_the_name_of_the_cafe_is_a_custom_blend(answerer: Answerer) -> None:
    """'for to have a blend with the name of our bakery, how many pound we must buy?' asks the
    custom blend's monthly minimum."""
    asked = "for to have a blend with the name of our bakery, how many pound we must buy?"
    assert "150 lb" in answerer.answer(asked).text
    assert as_custom("a blend with our shop name") == "a custom blend"
    assert as_custom("a blend with chocolate notes") == "a blend with chocolate notes"


def test_learner_asks_of_policies_are_answered(answerer: Answerer) -> None:
    """A fee asked 'and there is a fee?' after a delivery question to Canada, and a phone
    number asked 'which is the telephone of sales', get the delivery terms and the number."""
    reply = answerer.answer("How long for deliver the beans to Toronto and there is a fee?").text
    assert "5 to 7" in reply
    assert "$18" in reply
    reply = answerer.answer("which is the telephone number for the sales?").text
    assert "503 555 0142" in reply
