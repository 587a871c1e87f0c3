"""Set W (issue 23): messages typed for someone else (an owner, a chef, a boss) read as asks:
prices wanted by another person are a question, and a question whose subject is that person is
searched as the visitor's own."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.questions import is_question
from shared.understanding.relayed import as_ours


@pytest.mark.parametrize(
    "text",
    [
        "Our chef wants both grinder prices side by side",
        "Price per pound of Foundry and of the Night Shift Decaf, please. Our owner is comparing.",
        "the owner needs prices for the two lumens",
        "my manager would like the brewer prices",
    ],
)
def test_prices_wanted_for_someone_else_are_a_question(text: str) -> None:
    """A request for prices, relayed or as a noun phrase with "please", asks them."""
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "the owner wants lower prices than our current roaster",
        "my boss wants a house blend with our hotel name on it",
        "we pay too much, our costs are high",
    ],
)
def test_a_wish_or_a_complaint_about_prices_asks_nothing(text: str) -> None:
    """Better prices wanted, a product wanted or a complaint is no question."""
    assert not is_question(text)


@pytest.mark.parametrize(
    ("question", "ours"),
    [
        (
            "can the owner taste your coffees before committing?",
            "can we taste your coffees before committing?",
        ),
        ("does my boss get the volume discount", "do we get the volume discount"),
        ("who is the owner of Copperline?", "who is the owner of Copperline?"),
        ("is the owner based in Portland?", "is the owner based in Portland?"),
        ("does the owner of copperline roast", "does the owner of copperline roast"),
        ("can my partner and I visit the roastery", "can my partner and I visit the roastery"),
        (
            "Our chef wants both grinder prices side by side",
            "we want both grinder prices side by side",
        ),
        (
            "Decaf prices, please. Our owner is comparing.",
            "Decaf prices, please. we are comparing.",
        ),
        ("the owner is Maria", "the owner is Maria"),
    ],
)
def test_a_person_asked_for_is_read_as_we(question: str, ours: str) -> None:
    """Only the subject of an asking verb or of a verb of wanting becomes "we"; a person
    asked about or named stays."""
    assert as_ours(question) == ours


async def test_a_relayed_question_is_searched_as_the_visitors_own(brain: LocalBrain) -> None:
    """The ask is looked up with "we" in place of the owner it is asked for."""
    message = "we're a brand new cafe opening in spring. can the owner taste your coffees?"
    heard = await brain.understand(message, ConversationState())
    assert heard.retrieve
    assert heard.query is not None
    assert heard.query.endswith("can we taste your coffees?")


async def test_a_question_the_classifier_alone_reads_is_looked_up(brain: LocalBrain) -> None:
    """No rule words "the chef is asking what ..." as a question; the classifier (trained on
    relayed questions, this one written with "you'd") does, and the knowledge base is searched."""
    message = "The chef is asking what grind you would suggest for cold brew"
    assert not is_question(message)
    heard = await brain.understand(message, ConversationState())
    assert heard.question
    assert heard.retrieve
