"""A machine asked for by the power it must run on, a cart equipping itself, the kind of a
product a pain names, and a visitor who leaves after two asks of a field: each class with
phrasings of our own and a case the rule must not take, through the real reader (and the
real brain and machine where a turn matters)."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, pain_points
from shared.conversation.kinds import CustomerType
from shared.conversation.machine import advance
from shared.conversation.phrases import ACK_CORRECTED
from shared.conversation.replies import Writer, corrected_value, when
from shared.conversation.state import ConversationState as State
from shared.conversation.state import Stage
from shared.crm.support import troubled
from shared.understanding.entities.power import POWER_QUERY
from shared.understanding.questions import is_question
from shared.understanding.support_issues import SupportIssue
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import NOW, play


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "launching a lemonade and coffee stand. need something that runs on a normal plug",
            "normal plug",
        ),
        ("we want one that works off a regular outlet", "regular outlet"),
        ("need a machine for the trailer, theres no 240 where we set up", "no 240"),
    ],
)
def test_power_constraint_is_an_equipment_need(text: str, part: str) -> None:
    """A machine asked for by the power it must run on is an equipment need kept as said."""
    found = equipment(text, asked=False)
    assert found is not None
    assert part in found


def test_question_about_power_is_no_power_need() -> None:
    """A question about a machine's power states no need for one ("does it run on 110v?")."""
    assert equipment("does it run on 110v?", asked=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need a machine for a coffee cart, no 220 power at the market", CustomerType.NEW_CAFE),
        ("looking for an espresso machine for a kiosk at the mall", CustomerType.NEW_CAFE),
        ("our cart's machine died, need a new one", CustomerType.EXISTING_CAFE),
    ],
)
def test_mobile_venue_buying_its_machine(text: str, expected: CustomerType) -> None:
    """A cart or kiosk asking for its first machine is new; one replacing its own is not."""
    assert visitor_type(text) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("our atlas 64 keeps clumping and dosing all over the place", "grinder"),
        ("the lumen 3 group keeps tripping the breaker", "espresso machine"),
    ],
)
def test_pain_names_the_kind_of_product(text: str, kind: str) -> None:
    """A pain naming a product by name alone carries its catalog kind, so sales reads what broke."""
    found = pain_points(text, asked=False)
    assert found is not None
    assert kind in found
    assert text.split()[1] in found.lower()


def test_pain_saying_the_kind_is_kept_as_is() -> None:
    """A pain that says the kind already ("our atlas 75 grinder") gets no note."""
    assert pain_points("our atlas 75 grinder keeps jamming", asked=False) == (
        "our atlas 75 grinder keeps jamming"
    )


def test_timeline_adverb_is_said_back_without_in() -> None:
    """An opening 'eventually' is said back as 'eventually', not 'in eventually'."""
    assert (when("eventually"), when("june")) == ("eventually", "in June")


async def test_goodbye_after_two_asks_skips_the_field(brain: LocalBrain) -> None:
    """A visitor who says goodbye after two unanswered asks of a field leaves it skipped, so a
    lead with a channel and everything else is qualified."""
    state = await play(
        brain,
        [
            "we're opening a bakery in Portland in March",
            "I'm Dana Cole, dana@crumbco.com, 503-555-0100",
            "we need a 2 group and a grinder",
            "mostly chocolatey espresso for lattes",
            "what's the price of the 2 group?",
            "ok great, thanks, bye for now",
        ],
    )
    assert state.customer_type is CustomerType.NEW_CAFE
    if "expected_volume" in state.collected:
        pytest.fail(f"volume invented: {state.collected['expected_volume']}")
    assert state.ask_counts.get("expected_volume", 0) >= 2
    assert "expected_volume" in state.skipped
    assert state.stage is Stage.QUALIFIED


async def test_goodbye_after_one_ask_skips_nothing(brain: LocalBrain) -> None:
    """One ask is not enough: a goodbye right after the first ask of a field leaves it open."""
    state = await play(
        brain,
        ["we're opening a bakery in Portland in March", "thanks, bye"],
    )
    assert state.skipped == []


async def test_power_need_asks_the_knowledge_base(brain: LocalBrain) -> None:
    """A machine asked for by its power, said as a statement, is looked up (a recommendation is
    owed), with one query whatever the words; a plain need for a machine is not."""
    cart = await brain.understand("need one for our cart, theres no 240 at the market", State())
    plain = await brain.understand("we need a machine for the new shop", State())
    assert cart.retrieve
    assert cart.query == POWER_QUERY
    assert not plain.retrieve


@pytest.mark.parametrize("text", ["price 3 group", "pricing for the pico", "lead time", "warranty"])
def test_terse_query_is_a_question(text: str) -> None:
    """A terse query with the attribute first ("price 3 group", "lead time") asks something."""
    assert is_question(text)


@pytest.mark.parametrize("text", ["price is fine", "cost too high", "price matters most"])
def test_remark_on_price_is_no_question(text: str) -> None:
    """A remark on the price ("price is fine") asks nothing."""
    assert not is_question(text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("atlas 75 stopped grinding mid-service, motor hums", "your grinder"),
        ("the brewer we have started leaking all over the counter", "your brewer"),
        ("our lumen 2 group is leaking under the group head", "your machine"),
        ("our machine and grinder both died", "your machine"),
    ],
)
def test_support_note_names_the_gear(text: str, thing: str) -> None:
    """The ticket note is sorry about the one kind of gear the fault names, else the machine."""
    assert troubled(SupportIssue("equipment", urgent=False), text) == thing


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a pico and an atlas 64, actually no make it the atlas 75", "a pico, the atlas 75"),
        ("the 2-group I think. no wait, the 3-group", "Lumen 3-Group"),
        ("a lumen 2 group and an atlas 75", "a lumen 2 group, an atlas 75"),
    ],
)
def test_item_taken_back_in_the_message_is_dropped(text: str, kept: str) -> None:
    """An item taken back for a later one of the same kind inside one message is not stored;
    items of different kinds both stay."""
    assert equipment(text, asked=False) == kept


def test_item_named_twice_is_stored_once() -> None:
    """The same item named twice in a message ("the 3 group ... the 3 group it is") is one."""
    assert equipment("can we lease the 3 group? if so the 3 group it is", asked=False) == (
        "Lumen 3-Group"
    )


def test_corrected_items_take_the_case_of_their_place() -> None:
    """A corrected list is said "Updated to the Lumen 3-Group" mid-sentence and "The Lumen
    3-Group, got it" at a reply's start."""
    value = corrected_value("equipment_needs", "Lumen 3-Group")
    said = {Writer(State(), None).pick((template,), value=value) for template in ACK_CORRECTED}
    assert said == {
        "The Lumen 3-Group, got it: I've updated that.",
        "Updated to the Lumen 3-Group, thanks for the fix.",
    }


async def test_item_said_again_by_another_name_is_no_news(brain: LocalBrain) -> None:
    """The machine stored, named again by an alias ("if so the 3 group it is"), is not
    acknowledged as an update; another machine is."""
    state = await play(brain, ["opening a cafe in Reno in May, looking at the Lumen 3-Group"])
    same = advance(state, await brain.understand("ok the 3 group it is", state), NOW)[1]
    other = advance(state, await brain.understand("actually the 2 group instead", state), NOW)[1]
    assert "equipment_needs" not in same.collected_now
    assert "equipment_needs" in other.collected_now
