"""Classes of issue 22 seen inside conversations (who the visitor is, whom we ask for contact,
privacy and next steps), with phrasings of our own and near misses the rules must not take,
through the real reader and machine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType
from shared.conversation.machine import advance
from shared.conversation.replies import compose
from shared.conversation.state import ConversationState
from shared.understanding.declines import declines_calls_only, only_gathering
from shared.understanding.entities.relationship import already_customer
from shared.understanding.fault_timing import dated_now, habitual, names_equipment
from shared.understanding.meta import meta_question
from shared.understanding.visitor import type_after, visitor_type

NOW = datetime(2026, 12, 6, tzinfo=UTC)


async def play(brain: LocalBrain, messages: list[str]) -> tuple[ConversationState, str]:
    """The state after the messages and the last reply."""
    state, reply = ConversationState(), ""
    for message in messages:
        state, plan = advance(state, await brain.understand(message, state), NOW)
        reply = compose(plan, state, reply)
    return state, reply


async def test_a_request_naming_the_visitors_data_erases_at_once(brain: LocalBrain) -> None:
    """ "please wipe my details, I'm not interested" after a name, email and phone: nothing is
    held on that same turn, and the reply says it was done (no yes/no question first)."""
    state, reply = await play(
        brain,
        [
            "we have a bakery in tacoma, looking at a new grinder",
            "Priya Raman, priya@loafandlatte.com, 253 555 0147",
            "hmm on second thought please wipe my details, I'm not interested anymore",
        ],
    )
    assert not {"name", "email", "phone"} & set(state.collected)
    assert reply.startswith("Done")


@pytest.mark.parametrize(
    "text",
    [
        "we run 3 gyms with coffee bars, currently buying ~80 lb a month of riverbend from you",
        "two shops in eugene, both ordering the foundry from you guys",
    ],
)
def test_an_ongoing_purchase_told_as_a_clause_is_a_customer(text: str) -> None:
    assert already_customer(text)


@pytest.mark.parametrize(
    "text",
    [
        "a bakery, and getting beans from you would be nice",
        "we run a cafe, and buying from you could be good?",
        "thinking about buying from you",
    ],
)
def test_a_purchase_wished_or_asked_is_no_customer(text: str) -> None:
    assert not already_customer(text)


@pytest.mark.parametrize(
    "text",
    [
        "we've got three cafes in spokane and are opening a fourth this summer",
        "we run 2 coffee shops, opening our third in april",
        "i run a coffee cart at the sunday flea market",
        "we do an espresso stand at the county fairgrounds",
    ],
)
def test_a_running_coffee_business_growing_is_existing(text: str) -> None:
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


def test_a_cart_asking_for_its_first_machine_is_still_new() -> None:
    """A cart that asks for the machine it starts with is a coffee programme starting."""
    assert visitor_type("we run a coffee cart, need a machine that runs off a plug") is (
        CustomerType.NEW_CAFE
    )


@pytest.mark.parametrize(
    "text",
    [
        "what if we went to 200 lb a month, adding iced coffee, still the same price?",
        "we want to add a second grinder for decaf",
    ],
)
def test_an_existing_business_growing_keeps_its_type(text: str) -> None:
    assert type_after(text, CustomerType.EXISTING_CAFE) is None


def test_an_existing_business_that_has_not_opened_is_new() -> None:
    """A visitor typed running who says the opening is ahead is a new café after all."""
    text = "sorry, we haven't opened yet, the cafe opens in june"
    assert type_after(text, CustomerType.EXISTING_CAFE) is CustomerType.NEW_CAFE


@pytest.mark.parametrize(
    "text",
    ["ok so what are the next steps?", "whats the next step then", "so what now?"],
)
def test_a_next_step_question_is_about_the_assistant(text: str) -> None:
    assert meta_question(text)[0] == "next"


def test_a_next_step_of_a_recipe_is_not_asked_of_us() -> None:
    """ "next" inside another question is no meta question."""
    assert meta_question("what grinder is next up from the atlas 64")[0] is None


async def test_next_steps_name_the_channel_left(brain: LocalBrain) -> None:
    """After an email, "what are the next steps?" says the team writes to that address."""
    _, reply = await play(
        brain,
        [
            "we have a deli in boise, thinking of switching coffee supplier",
            "Marta Flores, marta@corner-deli.com",
            "ok what are the next steps?",
        ],
    )
    assert "marta@corner-deli.com" in reply
    assert "don't know" not in reply


def test_sales_calls_declined_is_a_declined_call_only() -> None:
    assert declines_calls_only("no phone number, I don't want sales calls")
    assert not declines_calls_only("I don't want to talk to a sales person yet")


async def test_an_email_given_with_sales_calls_declined_stays_reachable(brain: LocalBrain) -> None:
    """The email is kept and the phone refused; the reply does not say "no sales contact"."""
    state, reply = await play(
        brain,
        [
            "we have a small cafe in a record store in bend",
            "ok it's lena@spinandsip.com, not giving my number tho, I don't want sales calls",
        ],
    )
    assert state.collected.get("email") == "lena@spinandsip.com"
    assert "phone" in state.refused
    assert "no sales contact" not in reply.lower()


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        ("I'm just gathering prices for our board, no email thanks", True),
        ("only getting numbers for my boss", True),
        ("just getting a machine for the shop", False),
    ],
)
def test_only_gathering_figures(text: str, gathering: bool) -> None:
    assert only_gathering(text) is gathering


def test_fault_timing_words() -> None:
    """The words of the lexicon read a habit, a fault dated now and equipment named."""
    assert habitual("the grinder keeps jamming")
    assert not habitual("the grinder jammed")
    assert dated_now("leaking since 7am")
    assert dated_now("down right now")
    assert not dated_now("it leaked last month")
    assert names_equipment("water under the drip  tray")
    assert names_equipment("grinding is slow")
    assert not names_equipment("the guests complain it is lukewarm")


async def test_the_sites_are_asked_once_after_a_volume(brain: LocalBrain) -> None:
    """A running business that gave its volume is asked its sites once; questions that pass
    it over do not bring the question back."""
    state = ConversationState()
    for message in [
        "we run a bakery in salem, about 90 coffees a day",
        "our brewer leaks and the coffee tastes flat",
        "what batch brewer would you suggest",
        "and how much is the riverbend per lb",
    ]:
        state, _ = advance(state, await brain.understand(message, state), NOW)
    assert state.ask_counts.get("locations", 0) <= 1


def test_a_sized_programme_whose_date_was_passed_over_is_qualified() -> None:
    """Gear, volume and an email, the date asked twice and never given: qualified; asked once
    only, not yet."""
    from shared.conversation.machine import is_qualified

    state = ConversationState(
        customer_type=CustomerType.NEW_CAFE,
        collected={
            "equipment_needs": "Pico 1-Group",
            "expected_volume": "120 drinks a day",
            "email": "ops@example.com",
        },
        ask_counts={"opening_timeline": 2},
    )
    assert is_qualified(state)
    once = state.model_copy(update={"ask_counts": {"opening_timeline": 1}})
    assert not is_qualified(once)


async def test_a_refusal_while_only_gathering_figures_ends_contact_asks(brain: LocalBrain) -> None:
    """ "no email, I'm just gathering prices for the board" after the name was asked: no
    contact detail is asked again, and the next question is still answered."""
    state = ConversationState()
    messages = [
        "we run the coffee for our library's reading room, maybe 40 cups a day",
        "what would a batchpro 2 cost",
        "and is there a minimum order for beans",
        "I'd rather not leave an email, I'm just gathering prices for the board",
        "does the batchpro come with a warranty",
    ]
    asked = []
    for message in messages:
        state, plan = advance(state, await brain.understand(message, state), NOW)
        asked.append(plan.ask)
    assert not {"name", "email", "phone"} & set(asked[3:])


async def test_a_channel_refused_is_not_followed_by_another_contact_ask(brain: LocalBrain) -> None:
    """ "no phone please, too many sales calls" after a few turns: the reply may offer email,
    but the same turn asks for no name, email or phone."""
    state = ConversationState()
    messages = [
        "we manage a dental clinic, 25 staff drinking drip all day",
        "our old brewer is dying",
        "which batch brewer would suit us",
        "no phone please, I get too many sales calls",
    ]
    for message in messages:
        state, plan = advance(state, await brain.understand(message, state), NOW)
    assert "phone" in state.refused
    assert plan.ask not in ("name", "email", "phone")


def test_a_drink_named_then_never_served_starts_coffee() -> None:
    """ "sell coffee, we've never served it" at a taproom is a coffee programme starting."""
    text = "taproom in yakima, we'd like to sell coffee in the mornings, never served it before"
    assert visitor_type(text) is CustomerType.NEW_CAFE


def test_a_purchase_of_two_items_from_us_is_a_customer() -> None:
    """Eight words between the purchase and "from you" still name a purchase from us."""
    assert already_customer("we bought a lumen 3 group and two atlas 64s from you in 2024")


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("we've got two bakeries and we're opening a third in may", 3),
        ("we run 3 shops and are launching our fourth in june", 4),
        ("we have two cafes and are opening a fifth someday", 2),
        ("we have 2 cafes", 2),
    ],
)
def test_the_site_being_opened_counts_after_those_run(text: str, sites: int) -> None:
    from shared.understanding.entities.quantities import find_locations

    assert find_locations(text, False) == sites


def test_an_opening_date_by_ordinal_is_no_further_site() -> None:
    """ "we open the 3rd week of march" dates a first opening: a new café, no site count."""
    from shared.understanding.entities.quantities import find_locations

    text = "it's my first business, a small cafe. we open the 3rd week of march"
    assert visitor_type(text) is CustomerType.NEW_CAFE
    assert find_locations("we have 2 cafes and open the 3rd of may", False) == 2


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("hmm you know what, I've changed my mind", True),
        ("we're having second thoughts", True),
        ("changed my mind, we want the 3 group", False),
        ("I changed my mind about the grinder, the 75 please", False),
    ],
)
def test_a_bare_change_of_mind_leaves_the_plan_undecided(text: str, unsure: bool) -> None:
    from shared.understanding.commitment import unsure_plans

    assert unsure_plans(text) is unsure


async def test_a_change_of_mind_after_details_asks_no_contact(brain: LocalBrain) -> None:
    """Email and phone given, the name asked, then "actually I've changed my mind": the name
    is not asked again."""
    state = ConversationState()
    for message in [
        "we run a juice bar in provo and want to add espresso",
        "mara@provojuice.com, 801 555 0112",
        "actually, you know what, I've changed my mind",
    ]:
        state, plan = advance(state, await brain.understand(message, state), NOW)
    assert plan.ask not in ("name", "email", "phone")
