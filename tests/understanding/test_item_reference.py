"""Equipment wanted by reference (issue 22): "the bigger one" and "pair it with ..." resolved
against the items discussed, a machine taken back in the same message, a generic item after
our recommendation, and a grinder named in Portuguese."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState
from shared.understanding.entities.interest import interest
from shared.understanding.entities.negation import after_taken_back
from shared.understanding.entities.power import power_need
from shared.understanding.gloss import english_reading
from shared.understanding.item_reference import (
    generic_as_recommended,
    paired_item,
    recommended,
    sized_one,
    taken_up,
)

GRINDERS_DISCUSSED = [["Atlas 75"], ["Atlas 64"]]


@pytest.mark.parametrize(
    ("text", "needs", "discussed", "meant"),
    [
        # the grinders were just discussed: the bigger one is the bigger grinder
        ("bigger one with the 2 group, total?", "Lumen 2-Group", GRINDERS_DISCUSSED, "Atlas 75"),
        ("ok we'll take the smaller one", "", GRINDERS_DISCUSSED, "Atlas 64"),
        # the message names the kind itself
        ("also I need a new grinder, the big one, with weight", "grinder", [], "Atlas 75"),
        # the grinder after it is another item: the small one is the machine discussed
        (
            "can you send me a quote for that small one + whatever grinder goes with it",
            "grinder",
            [["Pico 1-Group"]],
            None,
        ),
        # asked about, not wanted
        ("and the bigger one?", "", GRINDERS_DISCUSSED, None),
        # compared, not chosen
        (
            "whats the difference between the bigger one and the 2 group",
            "Lumen 2-Group",
            GRINDERS_DISCUSSED,
            None,
        ),
        # a predicate, not a reference
        (
            "so the 75 is the bigger one, and we need the 2 group",
            "Lumen 2-Group",
            GRINDERS_DISCUSSED,
            None,
        ),
        # one machine discussed and three in the catalog: which is bigger is not clear
        ("we'll take the bigger one", "", [["Pico 1-Group"]], None),
        # a machine and a grinder discussed together: two kinds, no one kind
        ("we'll take the bigger one", "", [["Lumen 2-Group", "Atlas 64"]], None),
    ],
)
def test_the_bigger_one_is_of_the_kind_discussed(
    text: str, needs: str, discussed: list[list[str]], meant: str | None
) -> None:
    """ "the bigger one" in a need is the bigger of the two products of the kind the message
    or the latest answer about equipment names; nothing when asked, compared or unclear."""
    assert sized_one(text, needs, discussed) == meant


def test_a_pronoun_paired_with_another_item_is_the_item_just_answered() -> None:
    """ "pair it with the two group" after an answer about the Atlas 75 wants the Atlas 75;
    not when the answer was about two grinders, or the pronoun is paired with no need."""
    text = "We'd pair it with the two group. What's the total for two of each"
    assert paired_item(text, "Lumen 2-Group", [[], ["Atlas 75"]]) == "Atlas 75"
    assert paired_item(text, "Lumen 2-Group", [["Atlas 75", "Atlas 64"]]) is None
    assert paired_item(text, "", [["Atlas 75"]]) is None
    assert paired_item("We'd pair it with a Lumen 3", "Lumen 3-Group", [["Lumen 2-Group"]]) is None


def test_a_machine_taken_back_in_the_same_message_is_not_wanted() -> None:
    """ "I was going to get the two group but ... scrap that, what's the one that runs on
    normal power" wants the machine on ordinary power, and asks only about it."""
    text = (
        "I was going to get the two group for the new one but I've just realised the "
        "generator can't do 220 so scrap that, what's the one that runs on normal power"
    )
    assert interest(text) == {"equipment_needs": "Pico 1-Group"}
    assert after_taken_back(text) == "what's the one that runs on normal power"
    assert interest("we need the two group, the generator can do 220") == {
        "equipment_needs": "Lumen 2-Group"
    }
    assert after_taken_back("we need the two group") is None
    returned = "got an atlas 75 last week, changed my mind. if i send it back is there a fee"
    assert after_taken_back(returned) is None  # the question is about the grinder taken back


def test_a_grinder_by_its_size_is_the_catalog_grinder() -> None:
    """ "the smaller grinder" is the Atlas 64 and "the bigger grinder" the Atlas 75."""
    assert interest("how much is the smaller grinder") == {"equipment_needs": "Atlas 64"}
    assert interest("we want the bigger grinder") == {"equipment_needs": "Atlas 75"}


CART_ADVICE = (
    "How exciting, a new cart! For a cart or kiosk: the Pico 1-Group at $3,900. The Pico "
    "1-Group is a compact one-group machine."
)


def test_a_plain_generic_item_after_our_recommendation_is_the_product_recommended() -> None:
    """ "1 espresso machine, 1 grinder" after we recommended the Pico for a cart needs the
    Pico; a sized or counted item, or a reply that recommends nothing, changes nothing."""
    assert recommended(CART_ADVICE) == ["Pico 1-Group"]
    assert recommended("For the Lumen 2-Group, the power is 220 V.") == []
    replaced = generic_as_recommended("1 espresso machine, 1 grinder", CART_ADVICE)
    assert replaced == "Pico 1-Group, 1 grinder"
    assert generic_as_recommended("a bigger machine, 1 grinder", CART_ADVICE) is None
    assert generic_as_recommended("2 espresso machines", CART_ADVICE) is None
    assert generic_as_recommended("1 espresso machine", "The Pico 1-Group is $3,900.") is None


def test_acquiring_it_is_interest_in_the_one_item_just_answered() -> None:
    """ "if we lease it" after an answer about the Lumen 3-Group alone is about that machine;
    after an answer about two machines, or asking no acquisition, it is about none."""
    asked = "And if we lease it, what would the monthly payment look like?"
    assert taken_up(asked, [["Lumen 3-Group"]]) == "Lumen 3-Group"
    assert taken_up(asked, [["Lumen 3-Group", "Lumen 2-Group"]]) is None
    assert taken_up("what's the warranty on it?", [["Lumen 3-Group"]]) is None
    assert (
        taken_up("Any discount if we buy it all together?", [["BatchPro 2 batch brewer"]]) is None
    )


def test_a_grinder_in_portuguese_is_read() -> None:
    """ "moinho" is a grinder in Portuguese, alone or sized."""
    assert "grinder" in english_reading("preciso de um moinho novo", "pt")
    assert "big grinder" in english_reading("o moinho grande", "pt")


async def test_the_bigger_one_after_the_grinders_replaces_the_smaller_one_asked() -> None:
    """Through the brain and the machine: the smaller grinder asked, then "bigger one with the
    2 group, total?" after the Atlas 75 was answered, stores the Atlas 75 and the Lumen
    2-Group in place of the Atlas 64."""
    brain, now = LocalBrain(), datetime.now(UTC)
    state = ConversationState()
    turns = [
        ("getting a stall in the new food hall downtown. how much is the smaller grinder", "1"),
        ("and the bigger one?", "2"),
        ("bigger one with the 2 group, total?", None),
    ]
    for message, answer in turns:
        state, _ = advance(state, await brain.understand(message, state), now)
        if answer:
            state.topics.append(f"recent:{answer}:{'Atlas 64' if answer == '1' else 'Atlas 75'}")
    assert state.collected["equipment_needs"] == "Lumen 2-Group, Atlas 75"


def test_filter_coffee_wanted_in_quantity_needs_the_batch_brewer() -> None:
    """ "We want filter coffee in big quantity" asks for the batch brewer; filter coffee
    liked, with no quantity, asks for none."""
    found = business_fields(
        "We are 45 employees. We want filter coffee in big quantity.", None, False
    )
    assert "batch brewer" in str(found.get("equipment_needs"))
    assert "equipment_needs" not in business_fields(
        "we like filter coffee, medium roast", None, False
    )


def test_a_site_with_only_a_regular_outlet_needs_the_machine_on_ordinary_power() -> None:
    """ "only a regular outlet back there" limits the machine as "only have normal outlets"
    does; a regular outlet mentioned without "only" limits nothing."""
    assert power_need("tiny counter, and only a regular outlet back there") is not None
    assert power_need("there's a regular outlet back there") is None
