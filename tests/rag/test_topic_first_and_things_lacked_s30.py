"""Issue 23, set AI's fragments (session 30): a topic typed as its own sentence before its
question is that question's subject, and a thing typed alone or priced in a fragment that the
knowledge base never mentions is said to be lacking, not answered with a neighbour."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.parts import DONT_KNOW
from shared.rag.question import product_object, thing_alone
from shared.rag.told import told_apart

LACKING = "in our range"


def test_a_topic_typed_alone_anchors_the_ask_after_it() -> None:
    """ "pro plan. what's covered": the bare first sentence is the subject of the ask."""
    asked = told_apart([("pro plan.", ""), ("how many visits", "")])
    assert asked == [("how many visits", "pro plan")]


def test_a_remark_before_an_ask_is_no_topic() -> None:
    """ "thanks. how many visits": a thanks names no subject, so the ask keeps none."""
    assert told_apart([("thanks.", ""), ("how many visits", "")]) == [("how many visits", "")]
    assert told_apart([("ok cool.", ""), ("delivery cost?", "")]) == [("delivery cost?", "")]


def test_an_unclosed_ask_before_another_stays_an_ask() -> None:
    """ "grinder price and how loud is it": the first part asks (no full stop closes it as a
    sentence typed alone), so both are answered, neither anchors the other."""
    parts = [("grinder price", ""), ("how loud is it", "")]
    assert told_apart(parts) == parts


def test_a_deed_or_a_time_before_an_ask_is_no_topic() -> None:
    """ "got it in march. warranty?": when the visitor bought is their story, not the subject
    of the warranty asked (the item discussed is)."""
    assert told_apart([("bought march.", ""), ("warranty?", "")]) == [("warranty?", "")]
    assert told_apart([("last tuesday.", ""), ("refund?", "")]) == [("refund?", "")]


def test_a_minimum_asked_after_its_topic_is_answered(answerer: Answerer) -> None:
    """ "custom blend. min order?": the custom blend's 150 lb a month, not a don't-know."""
    assert "150 lb" in answerer.answer("custom blend. min order?").text


def test_a_clipped_process_verb_after_its_topic_is_answered(answerer: Answerer) -> None:
    """ "the decaf. how is it decafed": the Swiss Water process."""
    assert "Swiss Water" in answerer.answer("the decaf. how is it decafed").text


def test_an_ask_naming_its_own_item_is_unchanged_by_a_remark(answerer: Answerer) -> None:
    """ "thanks. what's the pro plan price": the Pro plan's $99, as without the thanks."""
    assert "$99" in answerer.answer("thanks. what's the pro plan price").text


def test_a_thing_typed_alone_is_only_a_few_plain_words() -> None:
    """Two or three words of a thing; a remark, a person's name, one word or a sentence none."""
    assert thing_alone("paper straws") == "paper straws"
    assert thing_alone("loyalty program?") == "loyalty program"
    for said in ("just browsing", "thanks a lot", "john smith", "parking", "saturday possible"):
        assert thing_alone(said) is None


def test_a_price_word_after_a_thing_makes_it_the_object() -> None:
    """ "beer tap price": the tap is what is priced, as "price of a beer tap" says."""
    assert product_object("beer tap price") == "beer tap"
    assert product_object("the lumen 2 price?") == "lumen 2"


def test_a_thing_alone_the_knowledge_base_lacks_is_said_lacking(answerer: Answerer) -> None:
    """ "paper straws": no passage is about them, so the range is said, no neighbour."""
    reply = answerer.answer("paper straws").text
    assert LACKING in reply
    assert "$" not in reply


def test_a_thing_priced_that_the_catalog_lacks_gets_no_price(answerer: Answerer) -> None:
    """ "beer tap cost?": no blend's price per lb for an item the catalog lacks."""
    reply = answerer.answer("beer tap cost?").text
    assert LACKING in reply
    assert "per lb" not in reply


def test_a_topic_the_knowledge_base_holds_is_still_answered(answerer: Answerer) -> None:
    """ "payment terms", "sample kit", "lumen 2 price": passages and the catalog answer them."""
    assert "net-30" in answerer.answer("payment terms").text
    assert "sample kit" in answerer.answer("sample kit").text
    assert "$9,800" in answerer.answer("lumen 2 price").text


def test_a_remark_typed_alone_stays_a_dont_know(answerer: Answerer) -> None:
    """ "quick question" alone is no thing lacking: the plain don't-know (read as an opening)."""
    assert answerer.answer("quick question").text == DONT_KNOW
