"""Fields given but missed or stored wrong (issue 22): a lower-case name before a dictated
address, complaints named by their kind, a wrong item delivered, the plan one is on, a fault
dated by its own sentence, a drive-thru's cars, a drink never made, a machine named by its plug."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, pain_points, preferences, support, volume
from shared.understanding.entities.complaints import complaint_kinds, with_complaint_kinds
from shared.understanding.entities.contact_names import name_beside_contact
from shared.understanding.entities.names import find_name
from shared.understanding.entities.orders import order_problem
from tests.understanding.test_field_storage import talk


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lena moss, lena at moss dot coffee", "Lena Moss"),
        ("omar haddad omar at haddadroast dot com", "Omar Haddad"),
        ("grace lim grace dot lim at gmail dot com 503 555 0144", "Grace Lim"),
    ],
)
def test_a_lower_case_name_before_a_dictated_address(text: str, name: str) -> None:
    """A name opening a message whose address is dictated ("x at y dot com") is read as it is
    before a written address, asked or not."""
    assert find_name(text, asked=False, missing=True) == name
    assert find_name(text, asked=True, missing=True) == name


def test_a_name_before_a_dictated_address_after_another_sentence() -> None:
    """The sentence the dictated address ends gives the name, after another sentence."""
    text = "we have two carts if that matters. tariq bello tariq at bellobrew dot com"
    assert name_beside_contact(text, "tariq@bellobrew.com") == "Tariq Bello"


def test_a_dictated_address_alone_names_no_one() -> None:
    """A dictated role address and nothing else gives no name."""
    assert find_name("orders at harborhouse dot com", asked=True, missing=True) is None


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("the engineer took three weeks to show up", "slow repairs"),
        ("we waited 10 days for a technician last time", "slow repairs"),
        ("it takes them a week to get it repaired", None),  # the clause says "repair" itself
        ("the shots are hit or miss from one barista to the next", "inconsistent quality"),
        ("our espresso is all over the map", "inconsistent quality"),
        ("my calendar is all over the place", None),
        ("the coffee is inconsistent", None),
        ("the bags we get were roasted about two months ago", "stale beans"),
        ("their roast dates are like 5 weeks old", "stale beans"),
        ("everything is roasted 2 days ago, love it", None),
        ("the beans are stale, roasted a month ago", None),  # the clause says "stale" itself
    ],
)
def test_complaint_kinds(clause: str, kind: str | None) -> None:
    """A slow repair or uneven drinks is named by its kind, unless the clause says it already
    or is about something else."""
    assert complaint_kinds(clause) == ([kind] if kind else [])


def test_the_kind_leads_the_pain_as_said() -> None:
    """The pain keeps the visitor's words behind the kind."""
    found = pain_points("Our machine broke twice and the tech took 6 days each time.", False)
    assert found == "slow repairs (Our machine broke twice and the tech took 6 days each time)"
    assert with_complaint_kinds("no complaint here") == "no complaint here"


@pytest.mark.parametrize(
    "text",
    [
        "hi, you guys shipped us the wrong roast this week",
        "the wrong beans arrived on tuesday",
        "The order came in this morning with 20 lb of Night Shift Decaf. We ordered Riverbend.",
    ],
)
def test_a_wrong_item_delivered_is_an_order_problem(text: str) -> None:
    """The wrong thing sent, said or shown by what came against what was ordered, is the
    support need."""
    assert order_problem(text) is not None
    assert "wrong" in str(support(text, False))


@pytest.mark.parametrize(
    "text",
    [
        "the grinder came on monday. we ordered a second one for the other shop",
        "Riverbend arrived fine. We ordered Riverbend again for next week",
        "what happens if you send the wrong blend?",
    ],
)
def test_no_wrong_item_without_a_difference(text: str) -> None:
    """A delivery and another order of no other named product, or a case supposed, is none."""
    assert order_problem(text) is None


def test_a_clause_only_naming_the_plan_one_is_on_is_no_need() -> None:
    """ ", on the Pro plan" after the account's details is its status; a plan asked for stays."""
    said = "Copperline account, Atlas 75 at the Pine Lodge, on the Pro plan."
    assert support(said, False) is None
    assert support("please put us on the pro plan", False) == "put us on the pro plan"


async def test_a_fault_dated_by_its_own_sentence_is_a_need(brain: LocalBrain) -> None:
    """A fault that happens constantly and "started this morning" is repaired now: a need."""
    state, _ = await talk(
        brain,
        [
            "we're an existing account with a Lumen 2-Group",
            "The group head is dripping water constantly. It started this morning.",
        ],
    )
    assert "dripping" in str(state.collected.get("support_needs"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we see about 250 cars a day at the window", "about 250 cars a day"),
        ("the lot has parking for 12 cars", None),
    ],
)
def test_cars_count_only_with_a_period(text: str, found: str | None) -> None:
    """A drive-thru's cars a day are its volume; cars without a period are none."""
    assert volume(text, False) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "we love dark roasts, though I have never pulled a shot of espresso",
            "we love dark roasts",
        ),
        ("none of my staff can make a cappuccino yet", None),
        ("mostly cappuccinos and a nutty blend", "mostly cappuccinos and a nutty blend"),
    ],
)
def test_a_drink_never_made_is_no_taste(text: str, found: str | None) -> None:
    """A drink one has never made is a skill to learn, not a coffee preference."""
    assert preferences(text, False) == found


def test_a_machine_named_by_its_plug_is_the_one_on_ordinary_power(brain: LocalBrain) -> None:
    """ "the plug-in machine" asks for the catalog's machine on an ordinary outlet."""
    found = str(equipment("we'd need a plug-in machine plus a grinder", False))
    assert found.startswith("Pico 1-Group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lina and omar haddad", "Lina and Omar Haddad"),
        ("lina and omar", "Lina and Omar"),
        ("lina and omar please", None),
    ],
)
def test_two_people_answering_the_name(text: str, name: str | None) -> None:
    """Two first names asked for, with the surname they share when it is no English word."""
    assert find_name(text, asked=True, missing=True) == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("maybe 30 lbs of the decaf and 50 of the riverbend a month", "maybe 80 lb a month"),
        ("20 lb of decaf and 3 of our cafes a month", "20 lb"),
    ],
)
def test_a_unit_said_once_carries_to_a_coffee(text: str, found: str) -> None:
    """A later part naming a coffee without a unit has the first part's unit; a part that
    names no coffee is not added."""
    assert str(volume(text, False)).startswith(found)


@pytest.mark.parametrize(
    ("text", "consulting"),
    [
        ("could you help us with the drinks menu and the bar layout", True),
        ("we'd love advice on how everything goes behind the counter", True),
        ("can you help with the invoice from last month", False),
    ],
)
def test_help_opening_a_cafe_is_launch_consulting(text: str, consulting: bool) -> None:
    """Help asked with a part of opening a café is the launch consulting service."""
    assert ("Consulting" in str(support(text, False))) is consulting


@pytest.mark.parametrize(
    ("text", "found"),
    [("the 64 one", "Atlas 64"), ("that 75 model", "Atlas 75"), ("the 2 one", None)],
)
def test_a_product_by_its_model_number(text: str, found: str | None) -> None:
    """A product named by its number alone is the one equipment product holding that number."""
    assert equipment(text, False) == found


@pytest.mark.parametrize(
    "text",
    [
        "the screen keeps showing an E7 error",
        "honestly the moka pots aren't keeping up anymore",
        "our crappy capsule machine is the problem",
    ],
)
def test_pains_told_plainly(text: str) -> None:
    """A display error, a setup that cannot keep up, gear called crappy are pains."""
    assert pain_points(text, False) is not None
