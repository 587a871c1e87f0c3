"""Catalog items a visitor asks or talks about are recorded as interest, never as commitment."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import timeline
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState, Stage
from shared.understanding.entities.interest import interest, merge_items

NOW = datetime(2026, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pico 1 group price", {"equipment_needs": "Pico 1-Group"}),
        ("whats the multi site plan? how much", {"support_needs": "Multi-site plan"}),
        ("how much does the lumen of 2 groups cost?", {"equipment_needs": "Lumen 2-Group"}),
        ("is the foundry good for lattes?", {"coffee_preferences": "Foundry Espresso"}),
        ("does the training come with it?", {"support_needs": "training"}),
        ("$3900 for the pico is more than i was hoping", {"equipment_needs": "Pico 1-Group"}),
        ("is the pico cheaper than the lumen?", {"equipment_needs": "Pico 1-Group"}),
    ],
)
def test_asked_about_catalog_items_are_recorded(text: str, expected: dict[str, str]) -> None:
    """A catalog product, service or coffee named in a question or remark is recorded under its
    catalog name in the need of its kind (a model beside its family is the model; the one
    compared away is left out)."""
    assert interest(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "our pico keeps dying",
        "the pico we have keeps leaking",
        "not the pico",
        "we don't want the lumen",
        "the lumen is too big for us",
        "my sister wants a pico, how much is it?",
        "how much is the pico for my friend's cart?",
        "we're on the pro plan already",
        "delivery came today and two bags of riverbend were split open",
        "we're done paying for repairs",
        "the batchpro wont brew",
    ],
)
def test_owned_rejected_or_someone_elses_items_are_not_recorded(text: str) -> None:
    """Items the visitor owns, rejects, had delivered or asks about for someone else, and a
    service word outside a question, record nothing."""
    assert interest(text) == {}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("espresso machine, grinder", "Lumen 2-Group", ("Lumen 2-Group, grinder", "")),
        ("the Lumen", "Lumen 2-Group", ("Lumen 2-Group", "")),
        ("Pico 1-Group", "2 picos, grinders", ("2 picos", "grinders")),
        ("pico 1 group", "Pico 1-Group", ("pico 1 group", "")),
        ("the Lumen 2-Group", "a machine", ("the Lumen 2-Group", "")),
        ("2 grinders", "Atlas 75", ("2 grinders", "Atlas 75")),
        (
            "Multi-site plan",
            "I want the Multi-site plan and the online course for 14 people",
            ("Multi-site plan", "I want the Multi-site plan and the online course for 14 people"),
        ),
    ],
)
def test_a_product_replaces_or_joins_the_stored_need(
    old: str, new: str, expected: tuple[str, str]
) -> None:
    """A product replaces a generic item of its kind or its family, a count replaces a bare
    catalog name, an item already named adds nothing, and a counted generic item or a clause
    is kept."""
    assert merge_items(old, new) == expected


def test_a_short_month_after_in_is_an_opening_month() -> None:
    """ "in jun" typed short is June; "in mar vista" is a place, and a site "opened in jan" is
    in the past."""
    today = date(2026, 12, 5)
    assert timeline("hii we r openin a cofee shop in jun, need grindr", False, today) == "in jun"
    assert timeline("i live in mar vista", False, today) is None
    assert timeline("we opened the new one in jan. what does it cost", False, today) is None


async def play(brain: LocalBrain, messages: list[str]) -> ConversationState:
    """Every message through the brain and the state machine; the final state."""
    state = ConversationState()
    for message in messages:
        state, _ = advance(state, await brain.understand(message, state), NOW)
    return state


async def test_a_business_visitors_question_records_the_product(brain: LocalBrain) -> None:
    """A new café owner asking a product's price has it in equipment_needs, held until the
    type is known."""
    state = await play(brain, ["pico 1 group price", "coffee cart. opening may"])
    assert state.collected.get("equipment_needs") == "Pico 1-Group"


async def test_a_product_asked_about_replaces_the_generic_word(brain: LocalBrain) -> None:
    """ "espresso machine" stated, then the Lumen 2-Group asked about: the need is the Lumen."""
    state = await play(
        brain,
        [
            "we're opening a cafe in june, need an espresso machine",
            "how much is the lumen 2 group?",
        ],
    )
    assert state.collected.get("equipment_needs") == "Lumen 2-Group"


async def test_a_service_asked_about_is_interest_not_intent(brain: LocalBrain) -> None:
    """An existing café asking about the multi-site plan has it as a support need while the
    stage stays interest_detected (support_needs commits only when asked for)."""
    state = await play(
        brain,
        [
            "got 2 drive thru stands in olympia. machines keep dying on weekends",
            "whats the multi site plan? how much",
        ],
    )
    assert state.collected.get("support_needs") == "Multi-site plan"
    assert state.stage is Stage.INTEREST_DETECTED


async def test_a_casual_browser_records_nothing(brain: LocalBrain) -> None:
    """A home buyer asking about the Pico's price has no equipment need stored."""
    state = await play(
        brain, ["just for my kitchen at home, i love espresso", "how much is the pico?"]
    )
    assert "equipment_needs" not in state.collected
