"""Questions typed in internet slang answered as asked (set AJ, s30): chat abbreviations glued to
a digit or a slash ("b4", "w/"), contractions typed without their apostrophe ("doesnt"), common
words misspelt into rare English headwords ("teh", "prise"), transposed letters, and
interjections ("ngl", "lol") are words of the message, not unknown topic words; a question
about what the knowledge base never says still abstains."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.matching import tasted_by_us
from shared.rag.spelling import Speller
from shared.understanding.fuzzy import normalise
from shared.understanding.questions import asks_something


def test_glued_text_speak_is_written_out() -> None:
    """'b4', 'w/', 'w/our' and 'w/o' are words the speller's letter-only pieces never held."""
    speller = Speller(["grinder", "blend", "delivery"])
    assert speller.correct("can it ship b4 friday w/ a grinder") == (
        "can it ship before friday with a grinder"
    )
    assert speller.correct("a blend w/our logo, w/o milk") == "a blend with our logo, without milk"


def test_glued_text_speak_inside_other_words_stays() -> None:
    """Negative: a model code holding 'b4' or a street 'w 3rd st' is no text-speak."""
    speller = Speller(["grinder"])
    assert speller.correct("is the xb4 grinder in stock") == "is the xb4 grinder in stock"
    assert speller.correct("we are at 12 w 3rd st") == "we are at 12 w 3rd st"
    assert speller.correct("sizes 1/2 or 3/4") == "sizes 1/2 or 3/4"


def test_contractions_without_apostrophes_and_misspelt_headwords() -> None:
    """'doesnt', 'isnt' (GCIDE headwords the speller kept) and 'teh', 'prise' are read as the
    words meant."""
    speller = Speller(["price", "warranty"])
    assert speller.correct("doesnt teh warranty cover it") == "doesn't the warranty cover it"
    assert speller.correct("isnt the prise high") == "isn't the price high"


def test_transposed_letters_are_one_edit() -> None:
    """'atlsa' and 'wrranty' style slips: two letters swapped are one typo."""
    speller = Speller(["atlas", "warranty", "lumen"])
    assert speller.correct("the atlsa and lumne") == "the atlas and lumen"
    assert speller.correct("what is the warrnaty") == "what is the warranty"


def test_the_chat_normaliser_keeps_the_new_entries() -> None:
    """Negative: the chat's classifier is trained without them, so its normaliser leaves them."""
    assert normalise("thats teh one, nxt week") == "thats teh one, nxt week"


def test_slang_questions_with_several_typos_are_answered(answerer: Answerer) -> None:
    """A short question with several slips still finds its item and its answer."""
    assert "$1,350" in answerer.answer("hw much is teh atlsa 64 grnder lol").text
    assert "$1,980" in answerer.answer("ngl wats teh prise of the batchpro 2 brewr").text
    returned = answerer.answer("can we send back beans we havent opened tbh")
    assert "14 days" in returned.text


def test_an_unknown_question_in_slang_still_abstains(answerer: Answerer) -> None:
    """Negative: slang spelt out does not make a question the knowledge base lacks known."""
    assert not answerer.answer("wats teh prise of a unicorn saddle lol").grounded
    assert not answerer.answer("ngl do u guys sell teh surfboards w/ ur logo").grounded


def test_tasting_the_coffee_before_buying_is_no_tasting_notes_ask(answerer: Answerer) -> None:
    """'b4' written out makes 'a way to taste your blends before ordering' a clean question: the
    visitor tasting the coffee is the sample kit, not every blend's tasting notes."""
    assert tasted_by_us("could i sample some of them first") == {"sample"}
    assert "sample kit" in answerer.answer("any way we can taste ur coffees b4 we order").text


def test_the_coffees_own_taste_is_still_its_tasting_notes(answerer: Answerer) -> None:
    """Negative: how a coffee tastes is its tasting notes."""
    assert tasted_by_us("how does the foundry taste") == set()
    assert tasted_by_us("what do they taste like") == set()
    assert "molasses" in answerer.answer("how does the foundry taste").text


def test_a_terse_request_closed_by_please_before_a_remark_asks() -> None:
    """'<item> price pls, <a remark>': the 'pls' ends the request as a stop would."""
    assert asks_something("riverbend price pls, my barista loves fruity stuff lol")
    assert asks_something("grinder cost please, ours is dying")


def test_a_comma_without_please_does_not_split_a_statement() -> None:
    """Negative: no 'pls' before the comma, or a request that asks no price, stays as it was."""
    assert not asks_something("the pico price, we pay too much")
    assert not asks_something("send it please, we are at 5 cafes")
