"""The answer-and-flow defects left from sets Z and X: samples asked as a question are answered
before the handoff; an everyday word for a catalog kind ("a filter", "a softener") names it;
harm done to gear is a pain, not gear wanted; a delivery fee asked of an item priced whole is
the delivery policy applied to its price; the unserved-area line answers a shipping ask once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment
from shared.conversation.state import ConversationState
from shared.rag.answering import Answerer
from shared.rag.delivery import asks_delivery
from shared.rag.parts import gaps_answered
from shared.understanding.entities.gazetteer import kind_by_synonym
from shared.understanding.fuzzy import normalise
from shared.understanding.quotes import asks_samples

KINDS = ("espresso machine", "espresso grinder", "batch brewer", "water filtration", "coffee blend")


@pytest.mark.parametrize(
    "said",
    [
        "opening a pop up, can i get samples before i commit to a coffee",
        "could we try some samples before we order?",
        "is it possible to get samples first",
        "can i get a couple of samples of the foundry?",
    ],
)
async def test_samples_asked_as_a_question_are_answered_then_handed_off(
    brain: LocalBrain, said: str
) -> None:
    """The sample kit answers the question; sales still gets the request."""
    heard = await brain.understand(said, ConversationState())
    assert asks_samples(said)
    assert heard.question
    assert heard.human


async def test_samples_asked_for_outright_ask_nothing_of_the_knowledge_base(
    brain: LocalBrain,
) -> None:
    """ "send us samples of the foundry please" is a request only: no question answered."""
    heard = await brain.understand("send us samples of the foundry please", ConversationState())
    assert heard.human
    assert not heard.question


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("do u have a filter", "water filtration"),
        ("got a water softener", "water filtration"),
        ("what about a limescale filter", "water filtration"),
        ("need a filter machine for the office", "batch brewer"),
        ("any drip brewer", "batch brewer"),
        ("best coffee for filter coffee", None),
        ("is the foundry a filter roast", None),
    ],
)
def test_everyday_words_name_a_catalog_kind(said: str, kind: str | None) -> None:
    """Each chosen word names its kind; "filter" before a coffee word is the method."""
    assert kind_by_synonym(said.split(), KINDS) == kind


@pytest.mark.parametrize(
    "question",
    [
        "water up here is super hard, kills machines. do u have a filter",
        "do you have a filter",
        "got a filter? our water is brutal",
    ],
)
def test_a_filter_asked_is_the_water_filtration(answerer: Answerer, question: str) -> None:
    assert "Clarity" in answerer.answer(question).text


@pytest.mark.parametrize(
    "said",
    [
        "water up here is super hard, kills machines",
        "the scale wrecked our boiler",
        "hard water ruins grinders",
    ],
)
def test_harm_done_to_gear_wants_no_gear(said: str) -> None:
    assert equipment(said, False) is None


def test_gear_listed_is_still_wanted() -> None:
    assert equipment("grinder and brewer", False) == "grinder, brewer"


@pytest.mark.parametrize(
    "question",
    [
        "is there a delivery fee for the atlas 64",
        "do i pay shipping on a pico",
        "what does delivery cost for the batchpro 2",
    ],
)
def test_a_delivery_fee_asked_of_an_item_applies_the_delivery_policy(
    answerer: Answerer, question: str
) -> None:
    """The item's price goes through the free-over threshold: it ships free in the zone."""
    said = answerer.answer(question).text
    assert "ships free" in said
    assert "$18" in said


def test_two_items_priced_whole_are_summed_before_the_delivery_fee(answerer: Answerer) -> None:
    said = answerer.answer("whats delivery cost on 2 picos to ottawa").text
    assert "$7,800 + $18 = $7,818" in said


def test_the_unserved_line_answers_the_shipping_ask_once() -> None:
    """The quoted gap goes when every ask it quotes is a delivery ask; another one stays."""
    gap = (
        'I couldn\'t find "any chance you ship to Australia" in our information; our sales team '
        "can answer it."
    )
    assert gaps_answered(f"Sunrise is floral. {gap}", asks_delivery) == "Sunrise is floral."
    other = gap.replace("any chance you ship to Australia", "who distributes you")
    assert gaps_answered(f"Sunrise is floral. {other}", asks_delivery).endswith(other)


def test_an_australian_cafe_asking_for_shipping_is_told_once(
    follow: Callable[..., str],
) -> None:
    """The chat's lookup (the place read) says where we deliver, and not "sales can answer"."""
    said = follow(
        "We run a café in Melbourne and love the Sunrise. Any chance you ship to Australia?"
    )
    assert "We deliver to" in said
    assert "sales team can answer it" not in said


@pytest.mark.parametrize(
    "said",
    [
        "nothing is broken rn but im paranoid. what happens if my machine dies on a sunday",
        "nothing's wrong with the grinder yet, what if it breaks mid service",
        "the machine isn't broken. what happens if the boiler goes on a saturday",
    ],
)
async def test_a_denied_or_supposed_fault_opens_no_ticket(brain: LocalBrain, said: str) -> None:
    """Nothing is reported: no ticket, no pain point, the question is answered."""
    heard = await brain.understand(said, ConversationState())
    assert not heard.support_issue
    assert heard.fields.get("pain_points") is None
    assert heard.question


@pytest.mark.parametrize(
    "said",
    [
        "our grinder is broken",
        "it's not broken. our atlas 64 just takes forever to grind a double",
        "our lumen isnt faulty exactly, it's just slow to pull shots since monday",
    ],
)
async def test_a_fault_told_still_opens_a_ticket(brain: LocalBrain, said: str) -> None:
    """A fault told, even beside a denial of another ("not broken, just slow"), is reported."""
    heard = await brain.understand(said, ConversationState())
    assert heard.support_issue


@pytest.mark.parametrize(
    ("said", "reads"),
    [
        ("hard water kills machines", "hard water kills machines"),
        ("it killed the boiler", "it killed the boiler"),
        ("about 20 kilos a week", "about 20 kilos a week"),
    ],
)
def test_kill_is_no_mistyped_kilo(said: str, reads: str) -> None:
    assert normalise(said) == reads


@pytest.mark.parametrize(
    "question",
    [
        "do you actually deliver the pico up to Canada?",
        "how long would a lumen 2 group take to get to Alberta",
    ],
)
def test_a_delivery_asked_without_its_cost_sums_nothing(answerer: Answerer, question: str) -> None:
    """Whether or how fast an item comes is the delivery passage's, not a delivered sum."""
    assert " = $" not in answerer.answer(question).text
