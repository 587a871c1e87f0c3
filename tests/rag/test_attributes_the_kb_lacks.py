"""Issue 23, set Z: an attribute asked by a word other than its noun ("what does the pico
weigh", "how tall is it", "does it need plumbing") or an act asked of an agreement ("can i pause
my plan") gets the honest gap when no source sentence states it, never a nearby description."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.understanding.asked import amount_asked, asked_actions, asked_attributes


def test_the_word_asking_an_attribute_names_it() -> None:
    """A verb or noun standing for a measured amount or an attribute names it; a capacity
    ("how big are the pots") is a size, a carbon footprint and a price name none."""
    assert amount_asked("what does the pico weigh, can 2 ppl lift it into a van") == "weight"
    assert amount_asked("whats the weight of the lumen 3 group") == "weight"
    assert amount_asked("whats the pico footprint, our stall is 10x10") == "size"
    assert amount_asked("what are the dimensions of the batchpro") == "size"
    assert amount_asked("whats your carbon footprint") is None
    assert amount_asked("which grinder weighs the coffee") is None
    assert asked_attributes("does the lumen 2 group need to be plumbed in") == ["water supply"]
    assert asked_attributes("can the pico run off a water tank?") == ["water supply"]
    assert asked_attributes("what does the pico cost") == []


def test_an_act_on_an_agreement_is_read() -> None:
    """Pausing is asked by "pause", "suspend", "freeze" or "put ... on hold"."""
    assert asked_actions("can i pause my maintenance plan for the off season") == ["pausing"]
    assert asked_actions("could we put the pro plan on hold over winter") == ["pausing"]
    suspended = "is it possible to suspend the essential plan over the summer"
    assert asked_actions(suspended) == ["pausing"]
    assert asked_actions("can i cancel the pro plan") == []


def test_an_unstated_attribute_of_an_item_is_the_gap(answerer: Answerer) -> None:
    """Weight, size and water supply of machines the knowledge base describes without
    them: the gap naming the attribute, not the Pico's description or its outlet."""
    for question, word in (
        ("what does the pico weigh, can 2 ppl lift it into a van", "weight"),
        ("whats the weight of the lumen 3 group", "weight"),
        ("whats the pico footprint, our stall is 10x10", "size"),
        ("what are the dimensions of the batchpro", "size"),
        ("how tall is the atlas 75, will it fit under our cabinets", "size"),
        ("can the pico run off a water tank? no plumbing at the market", "water supply"),
        ("does the lumen 2 group need to be plumbed in", "water supply"),
    ):
        said = answerer.answer(question)
        assert not said.grounded, question
        assert f"the {word} of" in said.text or "don't know" in said.text, question
        assert "compact" not in said.text, question
        assert "110 V" not in said.text, question


def test_a_stated_attribute_is_still_answered(answerer: Answerer) -> None:
    """The Atlas 75 weighs the coffee and the batch brewer's servers hold 2.5 L: answered."""
    assert "weighs the coffee" in answerer.answer("which grinder weighs the coffee").text
    assert "2.5" in answerer.answer("how big are the pots on the batch brewer").text


def test_pausing_a_plan_is_not_pausing_a_subscription(answerer: Answerer) -> None:
    """The coffee subscription can be paused; no sentence pauses a maintenance plan, so asked
    of a plan it is the gap, asked of the subscription the FAQ's sentence."""
    for question in (
        "can i pause my maintenance plan for the off season",
        "could we put the pro plan on hold over winter",
        "is it possible to suspend the essential plan over the summer",
    ):
        said = answerer.answer(question)
        assert not said.grounded, question
        assert "pausing the" in said.text, question
    assert "pause a subscription" in answerer.answer("can i pause my coffee subscription").text
