"""Classes of set W (issue 22): people typing for someone else. Whom sales is asked to reach
is the lead's contact and a handoff; facts relayed in the third person are read as the
business's; a plan relayed or hedged commits to nothing. Phrasings of our own, with near
misses the rules must not take, through the real reader and machine."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType
from shared.conversation.signals import flags
from shared.conversation.state import Stage
from shared.understanding.commitment import tentative, unsure_plans
from shared.understanding.entities.contact_names import name_beside_contact
from shared.understanding.entities.interest import interest
from shared.understanding.entities.quantities import find_locations
from shared.understanding.entities.signed_names import titled_name
from shared.understanding.entities.timeline import find_timeline
from shared.understanding.quotes import asks_quote, refers_sales_to_them
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text",
    [
        "could someone from sales email the owner? she decides",
        "please have your rep call my partner, Sam, on 503 555 0142",
        "send the price list to Noor: noor@figandfennel.com",
        "ok, mail the proposal to me instead of Dana",
        "she's busy till 3, call her after that: 971 555 0133",
    ],
)
def test_a_request_that_sales_reach_someone_is_a_handoff(text: str) -> None:
    """Sales asked to write to or call the visitor or the person they speak for is a request
    to proceed, as "call me" is."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send it to my manager tonight",
        "do you ship to Canada?",
        "could you send it to Calgary?",
        "I emailed them last week about it",
        "call me Sam, everyone does",
        "our chef Tony thinks the Lumen is too big",
    ],
)
def test_mentions_and_the_visitors_own_actions_ask_for_no_one(text: str) -> None:
    """The visitor's own sending, a question about shipping, a nickname or a colleague's opinion
    asks sales to reach no one."""
    assert not asks_quote(text)
    assert not refers_sales_to_them(text)


def test_the_person_sales_is_asked_to_email_is_the_contact_named() -> None:
    """ "have someone email my boss, Adaeze Okafor, adaeze@..." names the boss as the contact:
    the name set off before the address the address spells."""
    text = "Please have someone email my boss, Adaeze Okafor, adaeze@harbourbakes.com. She signs."
    assert name_beside_contact(text, "adaeze@harbourbakes.com") == "Adaeze Okafor"


def test_a_colleagues_address_given_in_passing_names_no_one() -> None:
    """ "cc my boss, adaeze@..." without asking sales to write to her keeps her name out."""
    text = "cc my boss adaeze@harbourbakes.com on anything you send me"
    assert name_beside_contact(text, "adaeze@harbourbakes.com") is None


async def test_an_owners_address_with_write_to_her_names_the_owner(brain: LocalBrain) -> None:
    """ "her address is giulia@..., please write to her, not me" records Giulia as the name
    and hands the conversation to sales."""
    state = await play(
        brain,
        [
            "I'm the pastry chef at a bistro in Eugene, the owner wants to switch coffee supplier",
            "Her address is giulia@bistrolune.com, please write to her, not me.",
        ],
    )
    assert state.collected.get("name") == "Giulia"
    assert state.handoff


async def test_a_named_colleagues_address_with_send_to_is_a_handoff(brain: LocalBrain) -> None:
    """ "send the details to Marco: marco@..." hands off with Marco's email."""
    state = await play(
        brain,
        [
            "we're opening a juice bar with espresso in Boise in March",
            "send the details to Marco: marco@pressedboise.com",
        ],
    )
    assert state.handoff
    assert state.collected.get("email") == "marco@pressedboise.com"


def test_a_business_name_ending_in_one_counts_no_site() -> None:
    """ "Cobblestone Cafes" or "Stone Hotels" hold the letters "one" but count no site; the
    number said is the count."""
    assert find_locations("We're Cobblestone Cafes, we run four cafes in Ohio", False) == 4
    text = "at Alder & Stone Hotels. We run two inns and each one has a coffee bar"
    assert find_locations(text, False) == 2


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("update: she agreed may is more realistic", "may"),
        ("ok he says may", "may"),
        ("may works better for both of us", "may"),
    ],
)
def test_may_relayed_or_as_a_subject_is_the_month(text: str, month: str) -> None:
    """ "may" agreed to, relayed or made the subject of a verb no modal takes is a month."""
    found = find_timeline(text)
    assert found is not None
    assert month in found.lower()


@pytest.mark.parametrize("text", ["you may be right", "so may I ask the price?", "it may work"])
def test_may_as_a_modal_is_no_month(text: str) -> None:
    """The modal verb stays a verb."""
    assert find_timeline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my boss wants a kiosk, and she's opening it in June",
        "not before the fall, realistically",
    ],
)
def test_a_plan_relayed_or_floored_is_tentative(text: str) -> None:
    """Someone else's opening, a budget not approved or a "not before" floor commits to no
    date."""
    assert tentative(text)


def test_a_budget_not_approved_leaves_the_plan_unsure() -> None:
    """ "the board hasn't approved the budget yet" says the plan itself is undecided."""
    assert unsure_plans("the board hasn't approved the budget yet, so June at the earliest")
    assert not unsure_plans("the budget is approved, we open in June")


def test_our_own_opening_is_not_tentative() -> None:
    """ "we're opening in June" is the visitor's own plan."""
    assert not tentative("we're opening in June")


async def test_an_assistants_relayed_opening_stays_interest(brain: LocalBrain) -> None:
    """An assistant researching the boss's café "he's opening in Helena next summer" has
    committed to nothing: interest, not intent."""
    state = await play(
        brain,
        [
            "Hello, I'm researching for my boss, Ms. Varga, a coffee shop she's opening in "
            "Helena next summer.",
            "If the grinder fails in the first month, who fixes it?",
        ],
    )
    assert state.stage is Stage.INTEREST_DETECTED


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("the owner wants the bigger of the two Lumens", "Lumen 3-Group"),
        ("we'd go for the smaller one of the lumens", "Lumen 2-Group"),
    ],
)
def test_a_machine_named_by_size_within_its_family(text: str, item: str) -> None:
    """ "the bigger of the two Lumens" is the family's largest machine, not the family."""
    assert interest(text) == {"equipment_needs": item}


def test_a_budget_not_approved_commits_to_nothing() -> None:
    """ "haven't approved a budget" is no concrete step; "our budget is 15k" is one."""
    assert not flags("the partners haven't approved a budget for it")["commitment"]
    assert not flags("no budget yet, just gathering numbers")["commitment"]
    assert flags("our budget is about 15k")["commitment"]


def test_writing_for_a_spouse_who_runs_a_cart_is_her_business() -> None:
    """ "writing for my husband, he runs the Tidewater coffee cart" speaks for a running
    business; "a machine for my husband" is a gift for home."""
    text = "hi, writing for my husband Jon, he runs the Tidewater coffee cart at the pier"
    assert visitor_type(text) is CustomerType.EXISTING_CAFE
    assert visitor_type("looking at a machine for my husband") is CustomerType.CASUAL_BROWSER


def test_a_title_set_off_after_my_boss_names_the_boss_not_the_visitor() -> None:
    """ "my boss, Dr. Lindgren, wants ..." names the boss; "dr amir patel, 503..." the visitor."""
    assert titled_name("I'm asking for my boss, Dr. Lindgren, about a kiosk") is None
    assert titled_name("dr amir patel, 503 555 0100") == "Amir Patel"


@pytest.mark.parametrize(
    "text",
    [
        "we have three bakeries in Reno and a fourth opening in June",
        "two cafés downtown, a third one coming in the spring",
    ],
)
def test_an_ordinal_site_opening_beside_running_ones_is_existing(text: str) -> None:
    """A further site opening beside the ones run now is an existing business growing."""
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


def test_a_department_running_coffee_counters_is_existing() -> None:
    """ "our catering services runs three coffee counters" runs coffee venues now; a question
    "do you run a coffee bar?" says nothing of the visitor."""
    text = "our catering services runs three hospital coffee counters"
    assert visitor_type(text) is CustomerType.EXISTING_CAFE
    assert visitor_type("do you run a coffee bar?") is None


def test_a_coworking_space_speaks_for_a_running_business() -> None:
    """The community manager of a coworking space buys for a workplace run now; a question
    about selling to coworking spaces says nothing of the visitor."""
    text = "community manager at Hive Cowork here, our members drink a lot of coffee"
    assert visitor_type(text) is CustomerType.EXISTING_CAFE
    assert visitor_type("do you sell to coworking spaces?") is None
